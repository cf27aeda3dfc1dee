"""Write the anchors of triage's cues (madoguchi/quality/triage/anchors.json).

    .venv/bin/python scripts/triage_anchors.py            # after changing a cue
    .venv/bin/python scripts/triage_anchors.py --check    # exit 1 when the file is stale

Every cue's literal anchors (quality/triage/anchors.py) are worked out from its regular
expression; shipping them spares every process that imports triage that parsing. A stale
file costs time, not verdicts: a cue not in it is worked out at import.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from madoguchi.quality.triage.matching import ANCHORS_PATH, anchor_table  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    args = parser.parse_args()
    text = anchor_table()
    if args.check:
        same = ANCHORS_PATH.exists() and ANCHORS_PATH.read_text(encoding="utf-8") == text
        print("anchors.json is up to date" if same else "anchors.json differs: run without --check")
        return 0 if same else 1
    ANCHORS_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {ANCHORS_PATH} ({len(text.encode()) / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
