"""Throughput of the reply linter in batch mode, on one core.

    .venv/bin/python bench/lint.py [--items 20000]

Feeds the labelled sentences (Japanese and English, repeated) and drafts through
`madoguchi lint --jsonl -` in one process, pinned to one CPU where the OS allows, and
prints sentences per second; then the same in-process (no JSON, no process start), with
and without the learned layer; the time to load the learned model in a fresh process; and
the p50/p95 time of one check of a 2,000-character draft (what the compose box waits for).
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
    # CPU time as well as wall time: on a shared machine the wall clock counts the waits
    # for a core, the CPU clock only the work.
    import madoguchi.quality.lint as checker

    for learned in (True, False):
        # Each pass starts with no verdicts on rewrites kept from the one before (lint._VERDICTS);
        # repeats within a pass still find theirs. --items 6289 reads each sentence once.
        getattr(checker, "_VERDICTS", {}).clear()
        started, cpu = time.perf_counter(), time.process_time()
        findings = sum(len(lint(item["text"], learned=learned)) for item in items)
        elapsed, used = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"in-process{'' if learned else ', rules only'}: {len(items)} sentences = "
            f"{len(items) / elapsed:,.0f} sentences/s wall, {len(items) / used:,.0f} /s of CPU "
            f"({findings} findings; one core)"
        )

    load = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; t = time.perf_counter(); import numpy; "
            "from madoguchi.quality.lint.learned import model; u = time.perf_counter(); "
            "model(); print(time.perf_counter() - t, time.perf_counter() - u)",
        ],
        capture_output=True,
        check=True,
        cwd=ROOT,
        text=True,
    )
    with_import, alone = (float(value) * 1000 for value in load.stdout.split())
    print(f"learned model load (fresh process): {alone:.0f} ms, {with_import:.0f} ms with numpy")

    drafts = []
    with open(DATA / "drafts.jsonl", encoding="utf-8") as handle:
        bodies = [json.loads(line)["text"] for line in handle if line.strip()]
    for start in range(0, len(bodies), 7):
        text = ""
        for body in bodies[start:] + bodies:
            if len(text) >= 2000:
                break
            text += body + "\n"
        drafts.append(text[:2000])
    for learned in (True, False):
        times, cpus = [], []
        for text in drafts:
            started, cpu = time.perf_counter(), time.process_time()
            lint(text, subject="Re: お問い合わせ", learned=learned)
            times.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
        times.sort()
        cpus.sort()
        p50, p95 = times[len(times) // 2], times[int(len(times) * 0.95)]
        print(
            f"2,000-character draft ({len(times)} drafts{'' if learned else ', rules only'}): "
            f"p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms wall; "
            f"p95 {cpus[int(len(cpus) * 0.95)] * 1000:.1f} ms of CPU"
        )
    return 0 if result.returncode in (0, 1) else 1


if __name__ == "__main__":
    sys.exit(main())
