"""Short ways to run one fetch or one send round against the test servers."""

from __future__ import annotations

from imapclient import IMAPClient

from madoguchi.actions.ingest import IngestSession
from madoguchi.models import Mailbox
from madoguchi.transport import imap
from madoguchi.transport.endpoints import imap_endpoint
from madoguchi.transport.outbox import OutboxConfig
from madoguchi.worker.fetching import fetch_mailbox
from madoguchi.worker.sending import OutboxSender, SendRound


def fetch(mailbox: Mailbox, **options: object) -> imap.FetchResult:
    """One fetch as the worker does it: store raw, then process (unless process=False)."""
    client = imap.connect(imap_endpoint(mailbox))
    session = IngestSession(mailbox)
    try:
        return fetch_mailbox(client, mailbox, session, **options)  # type: ignore[arg-type]
    finally:
        session.close()
        imap.logout(client)


def send_round(config: OutboxConfig | None = None, owner: str = "test-worker") -> SendRound:
    sender = OutboxSender(owner, config)
    try:
        return sender.run_once()
    finally:
        sender.close()


def imap_client(mailbox: Mailbox) -> IMAPClient:
    return imap.connect(imap_endpoint(mailbox))


def folder_message_ids(mailbox: Mailbox, folder: str) -> list[str]:
    client = imap_client(mailbox)
    try:
        if not client.folder_exists(folder):
            return []
        client.select_folder(folder, readonly=True)
        uids = client.search(["ALL"])
        fetched = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        return [
            data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip()
            for data in fetched.values()
        ]
    finally:
        imap.logout(client)
