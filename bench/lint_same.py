"""Whether a speed change left the reply checker's findings as they were: old code against new.

    .venv/bin/python bench/lint_same.py OLD_ROOT

OLD_ROOT: a directory holding the `madoguchi` package as it was (`git archive REV madoguchi
| tar -x -C DIR`). Every item of every .jsonl under tests/quality/lint/data (sentences and
drafts, with their subject) is linted by both, with and without the learned layer, and every
field of every finding (rule, span, excerpt, message in both languages, suggestion, family,
evidence, severity, added) must be the same. Prints the differences; exit 1 on any.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_DUMP = r"""
import json, sys
from pathlib import Path
root, repo = sys.argv[1], sys.argv[2]
sys.path[:0] = [root]
from madoguchi.quality.lint import lint
out = {}
for path in sorted(Path(repo, "tests/quality/lint/data").rglob("*.jsonl")):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        item = json.loads(line)
        key = f"{path.name}:{number}:{item.get('id', '')}"
        for learned in (True, False):
            found = lint(item["text"], subject=item.get("subject"), learned=learned)
            out[f"{key}:{int(learned)}"] = [
                [f.rule, f.start, f.end, f.excerpt, f.message, f.suggestion, f.family,
                 list(f.messages), f.evidence, f.severity, f.added]
                for f in found
            ]
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def _dump(root: Path) -> dict[str, list[object]]:
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, str(root), str(REPO)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, list[object]] = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old_root", type=Path, help="a directory holding the old madoguchi/")
    args = parser.parse_args()
    old, new = _dump(args.old_root.resolve()), _dump(REPO)
    differ = sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))
    for key in differ[:20]:
        print(f"{key}\n  old {old.get(key)}\n  new {new.get(key)}")
    findings = sum(len(value) for value in new.values())
    print(f"{len(new)} lint calls ({findings} findings), {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
