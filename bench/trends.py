"""Time `find_topics` over generated mail (default 100,000 mails in a 30-day window).

    .venv/bin/python bench/trends.py [--mails 100000] [--window 30]

Target (issue): 100,000 mails in <= 60 s on the 2-core machine. The shared-term mapping
that joins both languages' reports of one defect (actions/trend_terms) runs first, as
actions/triage does, and is timed on its own.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "quality"))

from trend_data import generate_mails  # noqa: E402

from madoguchi.actions.trend_terms import with_shared_terms  # noqa: E402
from madoguchi.quality.trends import find_topics  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mails", type=int, default=100_000)
    parser.add_argument("--window", type=int, default=30)
    parser.add_argument(
        "--no-shared-terms", action="store_true", help="group the words as written (before s13)"
    )
    args = parser.parse_args()
    now = datetime(2024, 6, 30, 12, 0, tzinfo=UTC)
    per_day = max(1, args.mails // args.window)
    spike_per_day = max(5, per_day // 20)
    mails, spike_keys = generate_mails(
        now=now, window_days=args.window, per_day=per_day, spike_per_day=spike_per_day, spike_days=2
    )
    started = time.perf_counter()
    if not args.no_shared_terms:
        mails = [replace(mail, text=with_shared_terms(mail.text)) for mail in mails]
    mapping = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    topics = find_topics(mails, now=now, window_days=args.window)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu
    rising = [topic for topic in topics if topic.rising]
    caught = set().union(*(set(topic.keys) for topic in rising)) if rising else set()
    print(f"mails: {len(mails)}  window: {args.window} days  topics: {len(topics)}")
    print(f"shared terms: {mapping:.1f} s")
    print(f"find_topics: {elapsed:.1f} s  ({len(mails) / elapsed:,.0f} mails/s)")
    print(f"CPU: {cpu:.1f} s  ({cpu / len(mails) * 1000:.2f} ms per mail)")
    print(
        f"rising topics: {len(rising)}  planted spike mails caught: "
        f"{len(caught & spike_keys)}/{len(spike_keys)}  false positives: {len(caught - spike_keys)}"
    )
    for topic in rising:
        print(
            f"  rising: {topic.label}  ({topic.count}, {topic.recent_per_day}/day "
            f"vs {topic.baseline_per_day}/day)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
