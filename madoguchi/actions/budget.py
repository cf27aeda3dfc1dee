"""Preparing mail in child processes, each mail under a time and a memory budget.

One mail from outside must not stall or take down the process that stores mail: parsing
(mail/) is linear on every input we know of, but the next hostile shape is not known yet. So
every incoming mail is prepared (actions/prepare.py) in a child process whose address space is
capped (RLIMIT_AS) and which is killed when one mail takes more CPU time than the budget (or
six times it in wall time, on a machine too busy to give it the CPU). That mail is
then stored raw with the defect mail.message.OVER_BUDGET_DEFECT (its page shows a notice), and
the mails behind it carry on in a fresh child.

A child answers a few mails at a time (at the end of a chunk, or every _ANSWER_SECONDS),
not mail by mail: one pickle, one pipe message and one wake-up of the storing process per
answer was a quarter of that process's CPU. So that the parent still knows which mail a child
is on, the child writes into a small shared array (no system call) how many mails it has
begun and its CPU and wall clocks when it began the last; the parent reads it, and the
child's CPU time from /proc, only when a mail could be over budget.

Children are forked (the code is loaded already; a fork server or spawn would re-run the
console script's main module). A child runs pure code only (mail/, quality/, search/tokens)
and leaves with os._exit, so the database connections and locks it inherits are never used.
"""

from __future__ import annotations

import base64
import ctypes
import multiprocessing
import os
import queue
import resource
import signal
import threading
import time
import weakref
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from madoguchi.actions.prepare import PreparedMail, preview_of, searchable_tokens
from madoguchi.mail.charset import decode_text_guess
from madoguchi.mail.ids import content_hash
from madoguchi.mail.message import OVER_BUDGET_DEFECT
from madoguchi.mail.parse import ParsedMessage, parse_message_id

SHOWN_RAW_BYTES = 256 * 1024  # of a mail stored raw, the text shown is its first bytes
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
# The budget is CPU time, so a busy machine (or the children's lower priority) does not push
# ordinary mail over it; wall time may run this many times the budget before a child is killed.
_WALL_FACTOR = 6
_READY_SECONDS = 120.0  # a child loads the triage lexicons before its first mail
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
# A child sends the answers it has at most this long after the first of them, and at the end
# of each chunk (the storing process waits for whole chunks anyway).
_ANSWER_SECONDS = 0.05
# The shared progress array of a child: mails begun, and its CPU seconds and time.monotonic()
# when it began the last one (CLOCK_MONOTONIC: the same clock in every process).
_BEGUN, _CPU_AT, _WALL_AT = 0, 1, 2


@dataclass(frozen=True)
class Budget:
    seconds: float = 5.0
    memory_bytes: int = 512 * 1024 * 1024  # on top of what a child uses before its first mail


def configured_budget() -> Budget:
    from django.conf import settings

    return Budget(seconds=settings.PARSE_SECONDS, memory_bytes=settings.PARSE_MEMORY_MB << 20)


def _limit_memory(extra: int | None, statm: int | None = None) -> None:
    """Cap the address space at what is used now plus `extra` (None: no cap). Only the soft
    limit moves, so the next mail can be given its own budget on top of the chunk it came in.

    statm: a descriptor of /proc/self/statm kept open by the child; read again from its start
    it gives the current sizes, without an open and close per mail (48 → 5 µs a mail)."""
    if extra is None:
        resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        return
    if statm is None:
        with open("/proc/self/statm", "rb") as handle:
            sizes = handle.read()
    else:
        sizes = os.pread(statm, 128, 0)
    used = int(sizes.split()[0]) * _PAGE_SIZE  # sizes in pages; the first is the address space
    resource.setrlimit(resource.RLIMIT_AS, (used + extra, resource.RLIM_INFINITY))


def _own_cpu_seconds() -> float:
    """This process's user + system CPU seconds, in the clock ticks of /proc/PID/stat (so the
    parent may subtract one from the other)."""
    times = os.times()
    return times.user + times.system


def _serve(
    connection: Connection,
    progress: Any,
    root: Path,
    triage: bool,
    memory: int,
    nice: bool,
) -> None:
    """A child: prepare each mail of each chunk it is sent, answering a few mails at a time.

    Before each mail it records in `progress` (shared with the parent) that it begins one
    more mail, with its CPU and wall clocks: the parent times the mail from those, and knows
    which mail to blame (the answers of the mails before it may not have been sent yet)."""
    from madoguchi.actions.prepare import prepare_mail

    _die_with_parent()
    if nice:
        os.nice(10)  # the process that stores mail is the one all others wait for
    # Warm up (codec tables, lexicons) before the cap, so the budget is the mail's alone.
    for raw in _WARM_UP_MAILS:
        prepare_mail(raw, root, triage=triage)
    statm = os.open("/proc/self/statm", os.O_RDONLY)
    begun = 0
    connection.send(("ready",))
    outbox: queue.SimpleQueue[list[tuple[int, int, tuple[str, object]]] | None]
    outbox = queue.SimpleQueue()
    writer = threading.Thread(target=_send_answers, args=(connection, outbox), daemon=True)
    writer.start()
    while True:
        _limit_memory(None)  # a chunk of large mails may need more than one mail's budget
        try:
            chunk: list[tuple[int, int, bytes]] | None = connection.recv()
        except (EOFError, OSError):
            return
        if chunk is None:  # the pool is closing: what is answered reaches it first
            outbox.put(None)
            writer.join()
            return
        answers: list[tuple[int, int, tuple[str, object]]] = []
        first_answer = 0.0
        for ticket, position, raw in chunk:
            # The clocks first and the count last: the parent reads the count on both sides
            # of the clocks, so it never pairs one mail's count with another's clocks.
            progress[_CPU_AT] = _own_cpu_seconds()
            progress[_WALL_AT] = time.monotonic()
            begun += 1
            progress[_BEGUN] = begun
            try:
                _limit_memory(memory, statm)
                answer: tuple[str, object] = ("ok", prepare_mail(raw, root, triage=triage))
            except MemoryError:
                answer = ("over", "needed more memory than its budget")
            except Exception as error:  # noqa: BLE001 - prepare_mail never raises; but if it does
                answer = ("over", f"{type(error).__name__}: {error}"[:200])
            if not answers:
                first_answer = time.monotonic()
            answers.append((ticket, position, answer))
            if time.monotonic() - first_answer >= _ANSWER_SECONDS:
                outbox.put(answers)
                answers = []
        if answers:
            outbox.put(answers)


def _send_answers(
    connection: Connection, outbox: queue.SimpleQueue[list[tuple[int, int, Any]] | None]
) -> None:
    """A child's second thread: sends the answers while the first parses on.

    Sent from the parsing thread, answers filled the socket's buffer (a few hundred KB, some
    twenty mails) while the storing process was busy writing a batch, and the child then
    waited, its core idle, until that process came back to read. The storing process still
    reads the answers in order, at its own pace; a child holds at most its one chunk.
    """
    while (answers := outbox.get()) is not None:
        try:
            connection.send(answers)
        except BaseException:  # noqa: BLE001 - the parent is gone or memory ran out:
            # leave, and the parent sees the child die (the mail it was on is stored raw).
            os._exit(1)


def stored_raw(raw: bytes, reason: str) -> PreparedMail:
    """What a mail that could not be prepared within its budget is stored and shown as."""
    message_id = parse_message_id(raw)  # the header block alone: linear, as the fetcher uses it
    text = decode_text_guess(raw[:SHOWN_RAW_BYTES]).replace("\x00", "\ufffd")
    parsed = ParsedMessage(
        message_id=message_id,
        in_reply_to=None,
        references=(),
        from_=None,
        to=(),
        cc=(),
        reply_to=(),
        subject="",
        date=None,
        text=text,
        html=None,
        attachments=(),
        defects=(f"{OVER_BUDGET_DEFECT} ({reason}); stored raw",),
    )
    return PreparedMail(
        parsed=parsed,
        content_hash=content_hash(raw, message_id),
        attachment_hashes=(),
        triage=None,
        search_tokens=searchable_tokens(parsed),
        preview=preview_of(text[:2000]),
    )


_warm: set[bool] = set()
# One English and one Japanese mail: triage compiles a language's lexicons on the first mail
# in it (some 50 ms of CPU for Japanese, 12 for English), which counted against that mail's
# budget: with a budget of 0.05 s a two-line Japanese mail was stored raw.
_WARM_UP_MAILS = (
    b"From: a@example.com\r\nSubject: Order\r\n\r\nMy order has not arrived; please refund it.\r\n",
    b"From: a@example.com\r\nSubject: =?utf-8?b?5ZWP44GE5ZCI44KP44Gb?=\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + base64.b64encode("お問い合わせです。至急返金をお願いします。".encode())
    + b"\r\n",
)


def _warm_up(root: Path, triage: bool) -> None:
    """Load codec tables and lexicons here once, so every forked child starts with them."""
    from madoguchi.actions.prepare import prepare_mail

    if triage not in _warm:
        for raw in _WARM_UP_MAILS:
            prepare_mail(raw, root, triage=triage)
        _warm.add(triage)


def _close_children(children: list[_Child]) -> None:
    # A word to each first: a child does not see EOF while a sibling forked after it still
    # holds a copy of its pipe.
    for child in children:
        try:
            if not child.chunk:
                child.connection.send(None)
        except OSError:
            pass
    for child in children:
        child.connection.close()
        child.process.join(timeout=5)
        if child.process.is_alive():
            child.process.kill()
            child.process.join()
    children.clear()


def _cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds of a process (/proc/PID/stat fields 14 and 15)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("inf")  # gone or unreadable: judged by wall time alone


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this child when its parent dies (a worker SIGKILLed mid-fetch must
    not leave children behind holding its pipes)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the children still end at EOF
        return
    if os.getppid() == 1:  # the parent died before the request was made
        os._exit(0)


@dataclass
class _Child:
    process: BaseProcess
    connection: Connection
    progress: Any  # the shared array the child writes (_BEGUN, _CPU_AT, _WALL_AT)
    chunk: deque[tuple[int, int, bytes]] = field(default_factory=deque)  # sent, not answered
    answered: int = 0  # mails this child has answered since it started
    deadline: float = 0.0  # when to look at it next (monotonic)


class ParsePool:
    """Child processes that prepare mail; results come back in the order mails were submitted.

    submit() hands over a chunk of raw mails and returns a ticket; results(ticket) waits for
    that chunk. A mail over budget comes back as stored_raw(...) and never delays the others
    by more than the budget.
    """

    def __init__(
        self,
        attachment_root: Path,
        *,
        workers: int = 1,
        triage: bool = True,
        budget: Budget | None = None,
        nice: bool = False,
    ) -> None:
        self.root = attachment_root
        self.triage = triage
        self.budget = budget or Budget()
        self.nice = nice
        self._context = multiprocessing.get_context("fork")
        _warm_up(attachment_root, triage)
        self._children: list[_Child] = []
        # Children of a pool that is dropped without close() still end (they see EOF).
        weakref.finalize(self, _close_children, self._children)
        self._children.extend(self._start() for _ in range(max(1, workers)))
        self._waiting: deque[list[tuple[int, int, bytes]]] = deque()  # chunks not sent yet
        self._results: dict[int, list[PreparedMail | None]] = {}
        self._missing: dict[int, int] = {}  # per ticket, the mails not answered yet
        self._next_ticket = 0

    def _start(self) -> _Child:
        parent, child = self._context.Pipe()
        progress = self._context.RawArray(ctypes.c_double, 3)  # shared, no lock: see _check_time
        process = self._context.Process(
            target=_serve,
            args=(child, progress, self.root, self.triage, self.budget.memory_bytes, self.nice),
            daemon=True,
            name="madoguchi-parse",
        )
        process.start()
        child.close()
        # The first mail's clock starts once the child is warm, not while it loads lexicons.
        ready = parent.recv() if parent.poll(_READY_SECONDS) else None
        if not (isinstance(ready, tuple) and ready[0] == "ready"):
            raise RuntimeError("the parsing process did not start")
        return _Child(process, parent, progress)

    def submit(self, raws: Sequence[bytes]) -> int:
        ticket = self._next_ticket
        self._next_ticket += 1
        self._results[ticket] = [None] * len(raws)
        self._missing[ticket] = len(raws)
        if raws:
            self._waiting.append([(ticket, position, raw) for position, raw in enumerate(raws)])
            self._dispatch()
        return ticket

    def results(self, ticket: int) -> list[PreparedMail]:
        while self._missing[ticket]:
            self._service()
        del self._missing[ticket]
        return [slot for slot in self._results.pop(ticket) if slot is not None]

    def prepare(self, raws: Sequence[bytes]) -> list[PreparedMail]:
        return self.results(self.submit(raws))

    def _dispatch(self) -> None:
        for child in self._children:
            if child.chunk or not self._waiting:
                continue
            chunk = self._waiting.popleft()
            child.chunk.extend(chunk)
            # A child only ever gets a chunk while it waits for one, so this send never blocks
            # on a child that is busy (and might be writing its answers to us meanwhile).
            try:
                child.connection.send(chunk)
            except OSError:  # it died after its last answer: the chunk goes to a new child
                self._waiting.appendleft(chunk)
                child.chunk.clear()
                self._children[self._children.index(child)] = self._start()
                continue
            # No mail of this chunk can be over budget before then.
            child.deadline = time.monotonic() + self.budget.seconds

    def _service(self) -> None:
        busy = [child for child in self._children if child.chunk]
        if not busy:
            self._dispatch()
            return
        deadline = min(child.deadline for child in busy)
        ready = wait([child.connection for child in busy], max(0.0, deadline - time.monotonic()))
        for child in busy:
            if child.connection in ready:
                self._receive(child)
            elif time.monotonic() >= child.deadline:
                self._check_time(child)
        self._dispatch()

    def _receive(self, child: _Child) -> None:
        """Every answer the child has written so far: one wait() for several mails."""
        connection = child.connection
        while child.chunk:
            try:
                answers = connection.recv()
            except (EOFError, OSError):
                self._replace(child, "the parsing process died")
                return
            for ticket, position, (state, value) in answers:
                _, _, raw = child.chunk.popleft()
                child.answered += 1
                self._results[ticket][position] = (
                    value if state == "ok" else stored_raw(raw, str(value))
                )
                self._missing[ticket] -= 1
            if not connection.poll():
                return

    def _current(self, child: _Child) -> tuple[int, float, float] | None:
        """(index in child.chunk, CPU seconds and monotonic time when it began) of the mail
        the child is on; None between mails. A read that crosses the start of the next mail
        (the count moved) is None too: look again shortly."""
        progress = child.progress
        begun = progress[_BEGUN]
        cpu_at, wall_at = progress[_CPU_AT], progress[_WALL_AT]
        index = int(begun) - 1 - child.answered
        if progress[_BEGUN] != begun or not 0 <= index < len(child.chunk):
            return None
        return index, cpu_at, wall_at

    def _check_time(self, child: _Child) -> None:
        budget = self.budget.seconds
        current = self._current(child)
        if current is None:
            child.deadline = time.monotonic() + min(0.01, budget)
            return
        index, cpu_at, wall_at = current
        used = _cpu_seconds(child.process.pid) - cpu_at
        if self._current(child) != current:  # it moved on meanwhile: `used` spans two mails
            child.deadline = time.monotonic() + min(0.01, budget)
            return
        if used >= budget or time.monotonic() - wall_at >= _WALL_FACTOR * budget:
            self._replace(child, f"took longer than {budget:g} s", index)
        else:  # waited for the CPU, not on the mail: look again when the budget could be spent
            child.deadline = min(
                time.monotonic() + max(0.01, budget - used), wall_at + _WALL_FACTOR * budget
            )

    def _replace(self, child: _Child, reason: str, index: int | None = None) -> None:
        """Kill a child: the mail it was on is stored raw, the others go to a new child.

        index: that mail's place in child.chunk (None: read from the child's progress). The
        mails before it were done but not all answered: they are prepared again."""
        child.process.kill()
        child.process.join()
        child.connection.close()
        if index is None:
            current = self._current(child)
            index = current[0] if current is not None else 0
        pending = list(child.chunk)
        ticket, position, raw = pending.pop(index)
        self._results[ticket][position] = stored_raw(raw, reason)
        self._missing[ticket] -= 1
        if pending:
            self._waiting.appendleft(pending)
        self._children[self._children.index(child)] = self._start()

    def close(self) -> None:
        _close_children(self._children)

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
