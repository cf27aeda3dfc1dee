"""Fetch benchmark: messages/s from a local Dovecot into the database (raw stored, committed,
checkpoint moved), then the parse/thread/triage rate on what was fetched.

usage: .venv/bin/python bench/fetch.py [--messages 20000] [--batch-size 500] [--process 2000]
       (prefix with scripts/with-postgresql to measure PostgreSQL)

Mail: bench/generate_mail.py (Japanese/English, 1–30 KB, 10% with attachments).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "faults"))
from environment import ADDRESS, Environment  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument(
        "--process", type=int, default=2000, help="how many fetched mails to parse/thread after"
    )
    args = parser.parse_args()
    environment = Environment("bench-fetch")
    try:
        from generate_mail import generate_messages

        from madoguchi.actions.ingest import IngestSession, process_pending
        from madoguchi.actions.replies import message_id_secret
        from madoguchi.models import RawMessage
        from madoguchi.transport import imap
        from madoguchi.transport.endpoints import imap_endpoint

        total_bytes = 0
        for raw in generate_messages(args.messages, seed=11):
            environment.dovecot.deliver(
                ADDRESS, raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            )
            total_bytes += len(raw)
        mailbox = environment.mailbox
        client = imap.connect(imap_endpoint(mailbox))
        started = time.monotonic()
        client.select_folder("INBOX", readonly=True)  # Dovecot indexes the new Maildir files
        indexing = time.monotonic() - started

        started = time.monotonic()
        secret = message_id_secret()
        result = imap.fetch_new(client, mailbox, secret=secret, batch_size=args.batch_size)
        fetching = time.monotonic() - started
        stored = RawMessage.objects.filter(mailbox=mailbox).count()

        session = IngestSession(mailbox)
        started = time.monotonic()
        processed = 0
        while processed < args.process:
            report = process_pending(session, limit=min(200, args.process - processed))
            if not report.stored and not report.failed:
                break
            processed += report.stored + len(report.failed)
        processing = time.monotonic() - started
        imap.logout(client)
        figures = {
            "benchmark": "fetch from local Dovecot",
            "engine": environment.engine,
            "messages": args.messages,
            "megabytes": round(total_bytes / 1e6, 1),
            "stored": stored,
            "new_uids": result.new_uids,
            "dovecot_first_select_seconds": round(indexing, 2),
            "fetch_store_seconds": round(fetching, 2),
            "fetch_store_messages_per_second": round(result.new_uids / fetching, 1),
            "processed": processed,
            "parse_thread_triage_messages_per_second": round(processed / processing, 1)
            if processing
            else None,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
        print(json.dumps(figures))
        return 0 if stored == args.messages else 1
    finally:
        environment.close()


if __name__ == "__main__":
    sys.exit(main())
