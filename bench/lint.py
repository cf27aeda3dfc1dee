"""Throughput of the reply linter in batch mode, on one core.

    .venv/bin/python bench/lint.py [--items 20000]

Feeds the labelled sentences (Japanese and English, repeated) and drafts through
`madoguchi lint --jsonl -` in one process, pinned to one CPU where the OS allows, and
prints sentences per second; then the same in-process (no JSON, no process start).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "quality" / "lint" / "data"
sys.path.insert(0, str(ROOT))


def _items(count: int) -> list[dict[str, str]]:
    source = []
    for name in ("sentences_ja.jsonl", "sentences_en.jsonl"):
        with open(DATA / name, encoding="utf-8") as handle:
            source.extend(json.loads(line) for line in handle if line.strip())
    return [{"id": str(n), "text": source[n % len(source)]["text"]} for n in range(count)]


def _pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20000)
    args = parser.parse_args()
    items = _items(args.items)
    _pin_to_one_core()

    with tempfile.NamedTemporaryFile(
        "w", suffix=".jsonl", delete=False, encoding="utf-8"
    ) as handle:
        handle.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
        path = handle.name
    executable = ROOT / ".venv" / "bin" / "madoguchi"
    started = time.perf_counter()
    result = subprocess.run(
        [str(executable), "lint", "--jsonl", path], capture_output=True, check=False
    )
    elapsed = time.perf_counter() - started
    os.unlink(path)
    lines = result.stdout.count(b"\n")
    rate = lines / elapsed
    print(
        f"CLI batch: {lines} sentences in {elapsed:.2f} s = {rate:,.0f} sentences/s (with start-up)"
    )

    from madoguchi.quality.lint import lint

    lint("ウォームアップ。お世話になっております。")  # load the dictionary outside the timing
    started = time.perf_counter()
    findings = sum(len(lint(item["text"])) for item in items)
    elapsed = time.perf_counter() - started
    rate = len(items) / elapsed
    print(f"in-process: {len(items)} sentences in {elapsed:.2f} s = {rate:,.0f} sentences/s")
    print(f"({findings} findings; one core)")
    return 0 if result.returncode in (0, 1) else 1


if __name__ == "__main__":
    sys.exit(main())
