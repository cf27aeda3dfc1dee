"""Parsing throughput on one core: `.venv/bin/python bench/parse.py [N] [--seed S]`.

Generates N realistic messages in memory first (bench/generate_mail.py), then times
parse_message() alone and prints msg/s, MB/s and peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_mail import generate_messages  # noqa: E402

from madoguchi.mail.parse import parse_message  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    messages = list(generate_messages(args.n, args.seed))
    total_bytes = sum(len(message) for message in messages)
    parse_message(messages[0])  # warm caches (codec lookups, JIS table) outside the timing
    started = time.perf_counter()
    attachments = 0
    for raw in messages:
        attachments += len(parse_message(raw).attachments)
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"parsed {len(messages)} messages ({total_bytes / 1e6:.1f} MB, "
        f"avg {total_bytes / len(messages) / 1024:.1f} KB, {attachments} attachments) "
        f"in {elapsed:.2f} s: {len(messages) / elapsed:,.0f} msg/s, "
        f"{total_bytes / 1e6 / elapsed:.1f} MB/s; peak RSS {peak_kb / 1024:.0f} MB"
    )


if __name__ == "__main__":
    main()
