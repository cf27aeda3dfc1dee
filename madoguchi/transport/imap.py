"""IMAP: fetching new mail by UID checkpoint, reconciliation, waiting (IDLE or polling),
and the Sent folder (append a copy, look for a Message-ID).

Rules (DESIGN.md, "Rules that keep mail safe"):
- Progress is UIDVALIDITY + UID, never the \\Seen flag: we fetch with BODY.PEEK[] and select
  read-only, so another client reading the mailbox neither hides mail from us nor sees it
  marked read by us.
- A batch's raw bytes are committed before the checkpoint moves past it; a crash between
  the two re-fetches the batch and the content hash drops the copies.
- A new UIDVALIDITY means the server renumbered the folder: fetch it again from UID 1, the
  content hash keeps what is already stored from being stored twice.
- Nothing is deleted from the server unless the mailbox says delete_after_fetch.
"""

from __future__ import annotations

import imaplib
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.utils import timezone
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from madoguchi.models import FetchCheckpoint, Mailbox, RawMessage
from madoguchi.transport.credentials import redact
from madoguchi.transport.endpoints import STARTTLS, TLS, Endpoint, tls_context
from madoguchi.transport.oauth import OAuthError, access_token
from madoguchi.transport.store import FetchedMail, store_raws

log = logging.getLogger(__name__)

BATCH_SIZE = 500
# A batch is also cut when its messages add up to this many bytes: memory stays bounded
# however large the mailbox or its attachments.
BATCH_BYTES = 32 * 1024 * 1024
# Of a mail over the size cap (settings.MAX_MESSAGE_BYTES) only the header block is fetched,
# and at most this much of it: a header of a gigabyte is no more welcome than a body.
HEADER_BYTES = 1024 * 1024


@dataclass(frozen=True)
class FetchResult:
    folder: str
    uidvalidity: int
    new_uids: int
    stored: int
    duplicates: int
    last_uid: int
    resynced: bool


@dataclass(frozen=True)
class ReconcileResult:
    on_server: int
    stored: int
    missing: tuple[int, ...]  # UIDs below the checkpoint that were not stored
    recovered: int  # of those, fetched and stored now
    report: str


def connect(endpoint: Endpoint) -> IMAPClient:
    client = IMAPClient(
        endpoint.host,
        port=endpoint.port,
        ssl=endpoint.security == TLS,
        ssl_context=tls_context() if endpoint.security == TLS else None,
        timeout=endpoint.timeout,
    )
    client.normalise_times = False  # keep INTERNALDATE's offset: aware datetimes
    if endpoint.security == STARTTLS:
        client.starttls(tls_context())
    try:
        if endpoint.oauth is not None:
            client.oauth2_login(endpoint.username, access_token(endpoint.oauth))
        else:
            client.login(endpoint.username, endpoint.password)
    except OAuthError as error:
        # No token, no login: to the callers this is a refused login, with the reason.
        raise LoginError(f"OAuth2: {error}") from None
    except IMAPClientError as error:
        # Some servers repeat the LOGIN command in their refusal: the password must not go on
        # to the log and the stored last error with it.
        raise type(error)(redact(str(error), *endpoint.secrets)) from None
    return client


def logout(client: IMAPClient | None) -> None:
    if client is None:
        return
    try:
        client.logout()
    except (OSError, IMAPClientError):
        try:
            client.shutdown()
        except OSError:
            pass


def _checkpoint(mailbox: Mailbox, folder: str) -> FetchCheckpoint:
    checkpoint, _ = FetchCheckpoint.objects.get_or_create(mailbox=mailbox, folder=folder)
    return checkpoint


def _select(client: IMAPClient, folder: str, readonly: bool) -> int:
    info = client.select_folder(folder, readonly=readonly)
    return int(info[b"UIDVALIDITY"])


def _sizes(client: IMAPClient, uids: Sequence[int]) -> dict[int, int]:
    """RFC822.SIZE of each UID, as the server announces it (0 when it does not say)."""
    response = client.fetch(list(uids), ["RFC822.SIZE"])
    return {uid: int(response.get(uid, {}).get(b"RFC822.SIZE", 0)) for uid in uids}


def _sized_batches(
    client: IMAPClient, uids: Sequence[int], batch_size: int, cap: int
) -> Iterator[dict[int, int]]:
    """Batches of {UID: size}; a mail over `cap` counts only as its header towards a batch."""
    for start in range(0, len(uids), batch_size):
        chunk = list(uids[start : start + batch_size])
        sizes = _sizes(client, chunk)
        batch: dict[int, int] = {}
        total = 0
        for uid in chunk:
            size = min(sizes[uid], HEADER_BYTES) if sizes[uid] > cap else sizes[uid]
            if batch and total + size > BATCH_BYTES:
                yield batch
                batch, total = {}, 0
            batch[uid] = sizes[uid]
            total += size
        if batch:
            yield batch


# A literal's announcement ends its line: "{N}" and CRLF (imaplib's own test, CRLF kept).
_LITERAL_AT_END = re.compile(rb"\{(\d+)\}\r\n\Z")
# How much of a literal over the limit is read and dropped at a time.
DISCARD_CHUNK = 64 * 1024


class _LiteralBound:
    """imaplib's reads with each literal kept to at most `limit` bytes.

    A server that ignores a partial fetch's <0.N> (RFC 3501 6.4.5) sends the whole mail;
    imaplib would read that literal into memory at once. Here the line announcing it is
    rewritten to announce `limit`, the first `limit` bytes are handed on, and the rest
    is read in small pieces and dropped: the stream stays in step with the server and
    imapclient's parser sees a literal of the size its line announces. `announced` keeps
    the true sizes of the literals cut.

    It mirrors imaplib's own reading: a line read with readline() that ends in {N}
    is a literal only if imaplib then calls read(); a line read next cancels it."""

    def __init__(self, readline: Callable[[], bytes], read: Callable[[int], bytes], limit: int):
        self._readline = readline
        self._read = read
        self.limit = limit
        self.announced: list[int] = []
        self._pending: int | None = None

    def readline(self) -> bytes:
        self._pending = None
        line = self._readline()
        match = _LITERAL_AT_END.search(line)
        if match is not None and int(match.group(1)) > self.limit:
            self._pending = int(match.group(1))
            line = line[: match.start(1)] + b"%d}\r\n" % self.limit
        return line

    def read(self, size: int) -> bytes:
        announced, self._pending = self._pending, None
        data = self._read(size)
        if announced is None:
            return data
        left = announced - len(data)
        while left > 0:
            dropped = len(self._read(min(left, DISCARD_CHUNK)))
            if not dropped:
                break  # end of stream: imaplib's next line read reports it
            left -= dropped
        self.announced.append(announced)
        return data


@contextmanager
def _literals_at_most(client: IMAPClient, limit: int) -> Iterator[_LiteralBound]:
    """Within the block, no literal the server sends is kept beyond `limit` bytes.

    imaplib's IMAP4.read and IMAP4.readline are its documented points to override; they
    are replaced on this connection's object only, and put back after the block (the
    connection's file may be replaced between commands, by STARTTLS, so it is not
    wrapped)."""
    protocol: imaplib.IMAP4 = client._imap
    own = vars(protocol)
    before = {name: own[name] for name in ("readline", "read") if name in own}
    bound = _LiteralBound(protocol.readline, protocol.read, limit)
    setattr(protocol, "readline", bound.readline)  # noqa: B010 - a method, per instance
    setattr(protocol, "read", bound.read)  # noqa: B010
    try:
        yield bound
    finally:
        for name in ("readline", "read"):
            if name in before:
                setattr(protocol, name, before[name])
            else:
                delattr(protocol, name)


def _fetch_part(
    client: IMAPClient, uids: Sequence[int], section: str, limit: int
) -> tuple[dict[int, dict[bytes, Any]], list[int]]:
    """FETCH `section`<0.limit> and INTERNALDATE of `uids`, no literal kept beyond `limit`
    even from a server that ignores the partial limit; also the true sizes of any cut."""
    with _literals_at_most(client, limit) as bound:
        answer = client.fetch(list(uids), [f"{section}<0.{limit}>", "INTERNALDATE"])
    return answer, bound.announced


def _fetch_mails(
    client: IMAPClient, folder: str, uidvalidity: int, sizes: dict[int, int], cap: int
) -> tuple[list[FetchedMail], set[int]]:
    """The mails of `sizes` ({UID: announced size}) and the UIDs found over `cap`.

    One over `cap` is not fetched whole (a mail of a gigabyte would take the worker's
    memory): only its header block is, and it is stored with `size_on_server` set; the
    mail itself stays on the server, named in the log. The announced size is not trusted
    either: the others are fetched partially — RFC 3501 6.4.5, BODY.PEEK[]<0.N> returns at
    most N octets — first up to a little more than announced, then (alone) up to cap + 1;
    a server that announced a small size and holds a huge mail sends cap + 1 bytes of it,
    and that mail is treated as announced too large. A batch of such mails costs one
    cap at a time, not one per mail.
    """
    whole = [uid for uid, size in sizes.items() if size <= cap]
    large = {uid for uid, size in sizes.items() if size > cap}
    on_server = dict(sizes)
    response: dict[int, dict[bytes, Any]] = {}
    for limit, group in _by_limit(whole, sizes, cap):
        answer, _cut = _fetch_part(client, group, "BODY.PEEK[]", limit + 1)
        for uid in group:
            data = answer.get(uid)
            body = None if data is None else _body(data, header_only=False)
            cut: list[int] = []
            if body is not None and len(body) > limit and limit < cap:
                # More than announced (a server's size can be off): asked again, alone, up
                # to the cap, so a batch of such mails never holds more than one at a time.
                alone, cut = _fetch_part(client, [uid], "BODY.PEEK[]", cap + 1)
                data = alone.get(uid)
                body = None if data is None else _body(data, header_only=False)
            if body is not None and len(body) > cap:
                log.warning(
                    "%s UID %s announced %d bytes but holds more than the cap of %d",
                    folder,
                    uid,
                    sizes[uid],
                    cap,
                )
                large.add(uid)
                # At least this much; the true size when the server sent it whole anyway.
                on_server[uid] = max([len(body), *cut])
            elif data is not None:
                response[uid] = data
    if large:
        headers, _cut = _fetch_part(client, sorted(large), "BODY.PEEK[HEADER]", HEADER_BYTES)
        response.update(headers)
    mails = []
    for uid in sorted(sizes):
        data = response.get(uid)
        body = None if data is None else _body(data, uid in large)
        if data is None or body is None:
            continue  # expunged by another client between SEARCH and FETCH
        received = data.get(b"INTERNALDATE")
        if uid in large:
            log.warning(
                "%s UID %s: %d bytes, over the cap of %d: only its header is stored, the mail "
                "stays on the server (MADOGUCHI_MAX_MESSAGE_MB)",
                folder,
                uid,
                on_server[uid],
                cap,
            )
        mails.append(
            FetchedMail(
                raw=body,
                source=f"imap:{folder}:{uidvalidity}:{uid}",
                received_at=received if isinstance(received, datetime) else None,
                size_on_server=on_server[uid] if uid in large else None,
            )
        )
    return mails, large


# What a mail is first asked for, by its announced size: twice that and a little more,
# rounded up to a power of two from 64 KB (one FETCH per limit in a batch), never over the
# cap. So a batch never holds much more than four times its announced bytes.
SMALLEST_LIMIT = 64 * 1024
SIZE_SLACK = 16 * 1024


def _by_limit(uids: Sequence[int], sizes: dict[int, int], cap: int) -> list[tuple[int, list[int]]]:
    groups: dict[int, list[int]] = {}
    for uid in uids:
        limit = SMALLEST_LIMIT
        while limit < 2 * sizes[uid] + SIZE_SLACK and limit < cap:
            limit *= 2
        groups.setdefault(min(limit, cap), []).append(uid)
    return sorted(groups.items())


def _body(data: dict[bytes, Any], header_only: bool) -> bytes | None:
    # A partial fetch answers BODY[]<0> or BODY[HEADER]<0>; servers differ on echoing the
    # origin, so the key is matched by its section.
    section = b"BODY[HEADER]" if header_only else b"BODY[]"
    for key, value in data.items():
        if key.startswith(section) and value is not None:
            return bytes(value)
    return None


def fetch_new(
    client: IMAPClient,
    mailbox: Mailbox,
    folder: str | None = None,
    *,
    secret: bytes,
    batch_size: int = BATCH_SIZE,
    stop: threading.Event | None = None,
    after_batch: Callable[[], object] | None = None,
) -> FetchResult:
    """Store every message above the folder's checkpoint, batch by batch.

    `secret` signs our own Message-IDs (a copy of a reply we sent is recognised as ours);
    `after_batch` runs once each batch is committed and the checkpoint moved past it (the
    worker processes the new mail there, so it shows up during a long first sync)."""
    folder = folder or mailbox.imap_folder
    uidvalidity = _select(client, folder, readonly=not mailbox.delete_after_fetch)
    checkpoint = _checkpoint(mailbox, folder)
    resynced = False
    if checkpoint.uidvalidity != uidvalidity:
        if checkpoint.uidvalidity is not None:
            log.warning(
                "%s %s: UIDVALIDITY changed %s -> %s; fetching the folder again",
                mailbox.address,
                folder,
                checkpoint.uidvalidity,
                uidvalidity,
            )
            resynced = True
        FetchCheckpoint.objects.filter(pk=checkpoint.pk).update(uidvalidity=uidvalidity, last_uid=0)
        checkpoint.last_uid = 0
    last_uid = checkpoint.last_uid
    # "n:*" always matches the highest UID, even one below n (RFC 3501 6.4.8): filter.
    uids = sorted(uid for uid in client.search(["UID", f"{last_uid + 1}:*"]) if uid > last_uid)
    prefix = f"imap:{folder}:{uidvalidity}:"
    stored = duplicates = 0
    cap = settings.MAX_MESSAGE_BYTES
    for sizes in _sized_batches(client, uids, batch_size, cap):
        if stop is not None and stop.is_set():
            break
        mails, too_large = _fetch_mails(client, folder, uidvalidity, sizes, cap)
        report = store_raws(mailbox, mails, secret, prefix)
        stored += report.stored
        duplicates += report.duplicates
        last_uid = max(sizes)
        # A mail over the cap was not fetched whole: never delete it from the server.
        batch = [uid for uid in sizes if uid not in too_large]
        # Only now, with the batch committed, may the checkpoint move past it.
        FetchCheckpoint.objects.filter(pk=checkpoint.pk, uidvalidity=uidvalidity).update(
            last_uid=last_uid, last_fetch_at=timezone.now(), last_error=""
        )
        if mailbox.delete_after_fetch and batch:
            client.delete_messages(batch)
            client.expunge(batch) if client.has_capability("UIDPLUS") else client.expunge()
        if after_batch is not None:
            after_batch()
    if not uids:
        FetchCheckpoint.objects.filter(pk=checkpoint.pk).update(
            last_fetch_at=timezone.now(), last_error=""
        )
    return FetchResult(folder, uidvalidity, len(uids), stored, duplicates, last_uid, resynced)


def reconcile(
    client: IMAPClient,
    mailbox: Mailbox,
    folder: str | None = None,
    *,
    secret: bytes,
    batch_size: int = BATCH_SIZE,
) -> ReconcileResult:
    """Compare the server's UIDs below the checkpoint with what is stored; fetch any gap."""
    folder = folder or mailbox.imap_folder
    uidvalidity = _select(client, folder, readonly=True)
    checkpoint = _checkpoint(mailbox, folder)
    if checkpoint.uidvalidity != uidvalidity:
        return ReconcileResult(0, 0, (), 0, "UIDVALIDITY changed: the next fetch re-syncs")
    last_uid = checkpoint.last_uid
    on_server = set(client.search(["UID", f"1:{last_uid}"])) if last_uid else set()
    on_server = {uid for uid in on_server if uid <= last_uid}
    prefix = f"imap:{folder}:{uidvalidity}:"
    stored_uids: set[int] = set()
    for source in (
        RawMessage.objects.filter(mailbox=mailbox, source__startswith=prefix)
        .values_list("source", flat=True)
        .iterator(chunk_size=5000)
    ):
        tail = source[len(prefix) :]
        if tail.isdigit():
            stored_uids.add(int(tail))
    missing = sorted(on_server - stored_uids)
    recovered = 0
    cap = settings.MAX_MESSAGE_BYTES
    for start in range(0, len(missing), batch_size):
        sizes = _sizes(client, missing[start : start + batch_size])
        mails, _too_large = _fetch_mails(client, folder, uidvalidity, sizes, cap)
        recovered += store_raws(mailbox, mails, secret, prefix).stored
    if missing:
        shown = ", ".join(str(uid) for uid in missing[:20]) + (" …" if len(missing) > 20 else "")
        report = (
            f"{len(missing)} message(s) on the server were not stored (UIDs {shown}); "
            f"{recovered} fetched now, {len(missing) - recovered} already stored as duplicates"
        )
        log.warning("%s %s: %s", mailbox.address, folder, report)
    else:
        report = ""
    FetchCheckpoint.objects.filter(pk=checkpoint.pk).update(
        reconcile_report=report, last_reconciled_at=timezone.now()
    )
    return ReconcileResult(len(on_server), len(stored_uids), tuple(missing), recovered, report)


def wait_for_mail(
    client: IMAPClient,
    folder: str,
    seconds: float,
    stop: threading.Event,
    seen_uid: int | None = None,
) -> bool:
    """Block until the server reports new mail (IDLE), `seconds` pass, or `stop` is set.

    `seen_uid`: the highest UID the caller has fetched. IDLE reports only mail that arrives
    after it starts, so mail that came during the fetch (a burst, then quiet) would wait
    for the next mail or the IDLE timeout (5 minutes): it is looked for first.
    Returns False when the server has no IDLE and the caller should poll instead.
    """
    if not client.has_capability("IDLE"):
        return False
    client.select_folder(folder, readonly=True)
    if seen_uid is not None:
        # "n:*" always matches the highest UID, even one below n (RFC 3501 6.4.8): filter.
        if any(uid > seen_uid for uid in client.search(["UID", f"{seen_uid + 1}:*"])):
            return True
    client.idle()
    try:
        deadline = time.monotonic() + seconds
        while not stop.is_set() and time.monotonic() < deadline:
            responses = client.idle_check(timeout=1)
            if any(len(item) > 1 and item[1] in (b"EXISTS", b"RECENT") for item in responses):
                break
    finally:
        client.idle_done()
    return True


# Sent folder -----------------------------------------------------------------------------


def append_sent(client: IMAPClient, folder: str, data: bytes, when: datetime) -> None:
    try:
        client.append(folder, data, flags=[b"\\Seen"], msg_time=when)
    except IMAPClientError as error:
        if client.folder_exists(folder):
            raise
        log.info("creating the Sent folder %r (%s)", folder, error)
        client.create_folder(folder)
        client.append(folder, data, flags=[b"\\Seen"], msg_time=when)


def find_message_id(
    client: IMAPClient, folders: Sequence[str], message_id: str
) -> tuple[str, int] | None:
    """(the first of `folders` holding a message with this Message-ID, its UID), or None.

    The server searches its Message-ID field; nothing of the mail is read (it was fetched
    whole here before: a reply with attachments is megabytes, and the check runs for every
    send that was cut off). `fetch_copy` reads it when it is to be kept."""
    for folder in folders:
        if not folder or not client.folder_exists(folder):
            continue
        client.select_folder(folder, readonly=True)
        found = client.search(["HEADER", "Message-ID", message_id])
        if found:
            return folder, min(found)
    return None


def fetch_copy(client: IMAPClient, folder: str, uid: int, cap: int) -> bytes | None:
    """The bytes of `uid` in `folder`, or None when it is gone or over `cap` (then no more
    than cap + 1 bytes were kept, even from a server that ignores the partial limit)."""
    client.select_folder(folder, readonly=True)
    answer, _cut = _fetch_part(client, [uid], "BODY.PEEK[]", cap + 1)
    data = answer.get(uid)
    body = None if data is None else _body(data, header_only=False)
    return body if body is not None and len(body) <= cap else None


def record_error(mailbox: Mailbox, folder: str, error: str) -> None:
    checkpoint = _checkpoint(mailbox, folder)
    FetchCheckpoint.objects.filter(pk=checkpoint.pk).update(last_error=error[:2000])
