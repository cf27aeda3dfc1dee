"""The send thread's IMAP work, beside it: one thread (a lane) per mailbox.

SMTP delivery never waits on IMAP. An IMAP server that accepts the connection and then says
nothing used to hold the send thread for the whole IMAP timeout per reply, for every
mailbox: filing a reply's Sent copy and the check of a send that was cut off both ran on it.
Now the Sent copy is filed by the mailbox's lane (the reply's row says the copy is still to
be filed until the lane has done it, so a failure or a restart files it later), and the
check waits a few seconds at most for the lane's answer: no answer is "could not check",
and the reply is held, never sent on a guess. A lane stuck on a silent server is not asked
again until it is free, so the wait is paid once, not once per reply.

A lane's thread only speaks IMAP; it never touches the database (results are collected by
the send thread), so nothing here needs a connection of its own.
"""

from __future__ import annotations

import dataclasses
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import datetime
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from madoguchi.models import Mailbox
from madoguchi.transport import imap
from madoguchi.transport.credentials import CredentialError
from madoguchi.transport.endpoints import imap_endpoint

log = logging.getLogger(__name__)

# The lanes' own IMAP timeout (connect and each answer): shorter than the fetcher's.
LANE_TIMEOUT_SECONDS = 15.0
IMAP_ERRORS = (OSError, IMAPClientError, CredentialError)

T = TypeVar("T")
Found = tuple[str, bytes | None] | None  # (folder, copy or None when over the cap) or None


class _Lane:
    """One mailbox's IMAP session and its jobs, run in order on a daemon thread (a lane
    stuck on a silent server must not keep the process from exiting)."""

    def __init__(self, mailbox_id: int, timeout: float) -> None:
        self.timeout = timeout
        self.client: IMAPClient | None = None
        self.running_since: float | None = None  # monotonic start of the job running now
        self._jobs: queue.SimpleQueue[tuple[Callable[[_Lane], Any], Future[Any]] | None] = (
            queue.SimpleQueue()
        )
        self._lock = threading.Lock()
        self._queued = 0
        name = f"imap-lane-{mailbox_id}"
        threading.Thread(target=self._serve, name=name, daemon=True).start()

    @property
    def queued(self) -> int:
        with self._lock:
            return self._queued

    def submit(self, job: Callable[[_Lane], T]) -> Future[T]:
        future: Future[T] = Future()
        with self._lock:
            self._queued += 1
        self._jobs.put((job, future))
        return future

    def stop(self) -> None:
        self._jobs.put(None)

    def _serve(self) -> None:
        while (entry := self._jobs.get()) is not None:
            job, future = entry
            self.running_since = time.monotonic()
            try:
                future.set_result(job(self))
            except Exception as error:  # noqa: BLE001 - handed to whoever waits on it
                log.exception("IMAP lane job failed")
                future.set_exception(error)
            finally:
                self.running_since = None
                with self._lock:
                    self._queued -= 1
        self.drop()

    def stuck_for(self) -> float:
        started = self.running_since
        return 0.0 if started is None else time.monotonic() - started

    def session(self, mailbox: Mailbox) -> IMAPClient:
        if self.client is not None:
            try:
                self.client.noop()
                return self.client
            except IMAP_ERRORS:
                self.drop()
        endpoint = dataclasses.replace(imap_endpoint(mailbox), timeout=self.timeout)
        self.client = imap.connect(endpoint)
        return self.client

    def drop(self) -> None:
        if self.client is not None:
            imap.logout(self.client)
            self.client = None


class ImapLanes:
    """Per-mailbox IMAP threads for the outbox: Sent copies filed and sends checked."""

    def __init__(self, timeout: float = LANE_TIMEOUT_SECONDS) -> None:
        self.timeout = timeout
        self._lanes: dict[int, _Lane] = {}
        self.filed: queue.SimpleQueue[tuple[int, str]] = queue.SimpleQueue()  # (item, problem)
        self.filing: set[int] = set()  # items handed to a lane and not yet collected

    def _lane(self, mailbox_id: int) -> _Lane:
        lane = self._lanes.get(mailbox_id)
        if lane is None:
            lane = self._lanes[mailbox_id] = _Lane(mailbox_id, self.timeout)
        return lane

    def file_sent(
        self, mailbox: Mailbox, item_id: int, data: bytes, when: datetime, message_id: str = ""
    ) -> None:
        """Files `data` in the mailbox's Sent folder beside the send thread; the outcome
        comes back through `collect`. With `message_id` (a copy tried before), the folder is
        searched for it first: a server that took the copy and dropped the connection before
        it said so has it already, and a second APPEND would file it twice."""
        if item_id in self.filing:
            return
        self.filing.add(item_id)

        def job(lane: _Lane) -> None:
            try:
                client = lane.session(mailbox)
                folder = mailbox.sent_folder
                if not message_id or imap.find_message_id(client, [folder], message_id) is None:
                    imap.append_sent(client, folder, data, when)
                problem = ""
            except IMAP_ERRORS as error:
                lane.drop()
                problem = f"{type(error).__name__}: {error}"
                log.warning(
                    "%s: copy to %s failed: %s", mailbox.address, mailbox.sent_folder, problem
                )
            self.filed.put((item_id, problem))

        self._lane(mailbox.pk).submit(job)

    def collect(self) -> list[tuple[int, str]]:
        """(item id, problem: "" when filed) of the filings finished since the last call."""
        done: list[tuple[int, str]] = []
        while True:
            try:
                item_id, problem = self.filed.get_nowait()
            except queue.Empty:
                return done
            self.filing.discard(item_id)
            done.append((item_id, problem))

    def busy_mailboxes(self, longer_than: float) -> set[int]:
        """The mailboxes whose lane has been waiting on a job for over `longer_than` s."""
        return {key for key, lane in self._lanes.items() if lane.stuck_for() > longer_than}

    def find_copy(
        self, mailbox: Mailbox, message_id: str, max_bytes: int, wait: float
    ) -> tuple[Found, str]:
        """(found, problem) as the check of an interrupted send needs it; problem set = do
        not know (the server failed, or did not answer within `wait` seconds)."""
        lane = self._lane(mailbox.pk)
        if lane.stuck_for() > wait:
            return None, (
                f"IMAP: the server has not answered for {lane.stuck_for():.0f} s "
                "(an earlier request is still waiting)"
            )

        def job(lane: _Lane) -> tuple[Found, str]:
            try:
                client = lane.session(mailbox)
                found = imap.find_message_id(
                    client, [mailbox.sent_folder, mailbox.imap_folder], message_id
                )
                if found is None:
                    return None, ""
                folder, uid = found
                return (folder, imap.fetch_copy(client, folder, uid, max_bytes)), ""
            except IMAP_ERRORS as error:
                lane.drop()
                return None, f"IMAP: {type(error).__name__}: {error}"

        future = lane.submit(job)
        try:
            return future.result(timeout=wait)
        except FutureTimeout:
            return None, f"IMAP: the server did not answer within {wait:g} s"

    def close(self, wait: float) -> None:
        """Lets queued filings finish for up to `wait` seconds, then logs the lanes out; a
        lane still stuck on a silent server is left to its timeout (a daemon thread)."""
        deadline = time.monotonic() + wait
        for lane in self._lanes.values():
            while lane.queued and time.monotonic() < deadline:
                time.sleep(0.02)
        for lane in self._lanes.values():
            lane.stop()  # logs out after its last job
        self._lanes.clear()
