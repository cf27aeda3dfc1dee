"""Suggestion latency: one mail against 2,000 templates/FAQ entries.

    .venv/bin/python bench/suggest.py [--entries 2000] [--queries 500]

Targets (issue): index build < 1 s; one query <= 20 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "quality" / "triage"))

from labelled import load_labelled  # noqa: E402

from madoguchi.quality.similarity import SuggestionEntry, SuggestionIndex  # noqa: E402

SUBJECTS_JA = [
    "ログイン",
    "請求書",
    "返金",
    "解約",
    "エクスポート",
    "署名",
    "ユーザー追加",
    "障害",
    "パスワード",
    "キャンペーン",
    "領収書",
    "API",
    "通知",
    "ラベル",
    "テンプレート",
]
SUBJECTS_EN = [
    "login",
    "invoice",
    "refund",
    "cancellation",
    "export",
    "signature",
    "seats",
    "outage",
    "password",
    "campaign",
    "receipt",
    "API",
    "notifications",
    "labels",
]


def make_entries(count: int) -> list[SuggestionEntry]:
    rng = random.Random(1)
    entries = []
    for index in range(count):
        if index % 2:
            topic = rng.choice(SUBJECTS_JA)
            title = f"{topic}についてのご案内 {index}"
            text = (
                f"{topic}に関するお問い合わせありがとうございます。{topic}は管理画面の"
                f"「設定」から変更いただけます。手順{rng.randint(1, 9)}をご確認ください。" * 3
            )
        else:
            topic = rng.choice(SUBJECTS_EN)
            title = f"About {topic} ({index})"
            text = (
                f"Thanks for asking about {topic}. You can change the {topic} settings "
                f"under Settings, step {rng.randint(1, 9)}. " * 3
            )
        entries.append(
            SuggestionEntry(f"e{index}", title, text, "faq" if index % 3 else "template")
        )
    return entries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=500)
    args = parser.parse_args()
    entries = make_entries(args.entries)
    started = time.perf_counter()
    index = SuggestionIndex(entries)
    build = time.perf_counter() - started
    mails = [mail.body for mail in load_labelled()]
    started, cpu = time.perf_counter(), time.process_time()
    index.suggest(mails[0])  # pays for lazy imports and the entries' content words
    first = time.perf_counter() - started
    first_cpu = time.process_time() - cpu
    cpu = time.process_time()
    timings = []
    for number in range(args.queries):
        started = time.perf_counter()
        index.suggest(mails[number % len(mails)], k=3)
        timings.append((time.perf_counter() - started) * 1000)
    query_cpu = (time.process_time() - cpu) / args.queries * 1000
    timings.sort()
    print(f"entries: {len(entries)}  build: {build * 1000:.0f} ms")
    print(f"first query: {first * 1000:.0f} ms ({first_cpu * 1000:.0f} ms CPU)")
    print(f"CPU per query: {query_cpu:.2f} ms")
    print(
        f"query ({args.queries}): median {statistics.median(timings):.2f} ms  "
        f"p95 {timings[int(0.95 * len(timings)) - 1]:.2f} ms  max {timings[-1]:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
