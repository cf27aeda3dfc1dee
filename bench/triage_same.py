"""Whether a speed change left triage's outputs as they were: old code against new.

    .venv/bin/python bench/triage_same.py OLD_ROOT [--generated 2000]

OLD_ROOT: a directory holding the `madoguchi` package as it was (`git archive REV madoguchi
| tar -x -C DIR`; copy the new model.json into it when only the code changed). Every mail
in tests/quality/triage/data (and --generated import mails, bench/generate_mail.py) is
triaged by both: urgency, emotion, terse, score and the reasons (codes, and the wording in
the mail's language and in both UI languages) must be the same on every one. Prints the
differences; exit 1 on any.
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
root, repo, generated = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path[:0] = [root, repo + "/tests/quality/triage", repo + "/bench", repo]
from labelled import load_labelled
from madoguchi.quality.triage import render_reasons, triage
mails = [(m.key, m.body, m.subject, None) for m in load_labelled()]
if generated:
    from triage import generated_mails
    mails += [(f"g{n}", *mail) for n, mail in enumerate(generated_mails(generated))]
out = {}
for key, body, subject, own in mails:
    r = triage(body, subject=subject, own_text=own)
    out[key] = [r.urgency, r.emotion, r.terse, r.score, list(r.reasons), [list(c) for c in r.codes],
                list(render_reasons(r.codes, "ja")), list(render_reasons(r.codes, "en"))]
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def _dump(root: Path, generated: int) -> dict[str, list[object]]:
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, str(root), str(REPO), str(generated)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, list[object]] = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old_root", type=Path, help="a directory holding the old madoguchi/")
    parser.add_argument("--generated", type=int, default=0, help="also this many import mails")
    args = parser.parse_args()
    old, new = _dump(args.old_root.resolve(), args.generated), _dump(REPO, args.generated)
    differ = sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))
    for key in differ[:20]:
        print(f"{key}\n  old {old.get(key)}\n  new {new.get(key)}")
    print(f"{len(new)} mails, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
