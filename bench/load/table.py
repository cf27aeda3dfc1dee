"""One table from the load test's runs (bench/load/run.py --keep DIR, one DIR per run), in
the shape issue 15 asks for: requests/s and p50/p95 per action for each number of web
processes, then errors, mail lost or stored twice and replies sent twice.

usage: .venv/bin/python bench/load/table.py /tmp/load-1 /tmp/load-2 /tmp/load-4 --out load.md
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ACTIONS = [
    "queue",
    "conversation",
    "search",
    "note",
    "reply",
    "reply stopped",  # a colleague drafting or replying first: the send-time question (409)
    "presence",
    "live",
    "all",
]
CHECKS = [
    ("failed requests (Locust)", "errors (requests)"),
    ("errors in the server logs", "errors (server logs)"),
    ("mail delivered", "mail delivered"),
    ("mail lost", "mail lost"),
    ("mail stored twice", "mail stored twice"),
    ("replies sent", "replies sent"),
    ("replies sent twice", "replies sent twice"),
]


def table(runs: list[dict[str, object]]) -> str:
    head = "| action | " + " | ".join(f"{run['web']} web: req/s | p50 ms | p95 ms" for run in runs)
    lines = [head + " |", "|---|" + "---:|" * (3 * len(runs))]
    for action in ACTIONS:
        cells = []
        for run in runs:
            row = run["actions"].get(action)  # type: ignore[attr-defined]
            cells += [f"{row['rps']:.1f}", str(row["p50"]), str(row["p95"])] if row else ["–"] * 3
        lines.append(f"| {action} | " + " | ".join(cells) + " |")
    lines += ["", "| check | " + " | ".join(f"{run['web']} web" for run in runs) + " |"]
    lines.append("|---|" + "---:|" * len(runs))
    for key, label in CHECKS:
        values = [str(run["checks"].get(key, "–")) for run in runs]  # type: ignore[attr-defined]
        lines.append(f"| {label} | " + " | ".join(values) + " |")
    cpu = [f"{run['cpu_ms_per_request']:.1f} / {run['cpu_ms_per_mail']:.1f}" for run in runs]
    lines.append("| CPU ms a request / a mail | " + " | ".join(cpu) + " |")
    first = runs[0]
    lines += [
        "",
        f"{first['users']} agents, {first['minutes']:g} minutes, mail arriving at "
        f"{first['mail_rate']:g}/s; web and worker processes alike (--web N --workers N).",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", nargs="+", type=Path, help="folders given to run.py --keep")
    parser.add_argument("--out", type=Path, help="write the table to this file too")
    args = parser.parse_args()
    missing = [str(run) for run in args.runs if not (run / "result.json").exists()]
    if missing:
        print("no result.json (run bench/load/run.py --keep DIR first):", ", ".join(missing))
        return 2
    runs = [json.loads((run / "result.json").read_text()) for run in args.runs]
    text = table(runs)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
