"""`madoguchi lint --jsonl` as a script runs it: the exit code says whether any draft in the
batch has findings (1), as it does for one draft, and a bad line still makes it 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

MADOGUCHI = Path(sys.executable).with_name("madoguchi")
CLEAN = {"id": "clean", "text": "お問い合わせいただきありがとうございます。", "lang": "ja"}
FLAGGED = {"id": "flagged", "text": "駐車券は帰りに係の者へ渡してください。", "lang": "ja"}

pytestmark = pytest.mark.pure


def _batch(*items: object) -> tuple[int, list[dict[str, object]]]:
    lines = "".join(
        (item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)) + "\n"
        for item in items
    )
    result = subprocess.run(
        [str(MADOGUCHI), "lint", "--jsonl", "-"],
        input=lines.encode(),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert not result.stderr.strip(), result.stderr
    return result.returncode, [json.loads(line) for line in result.stdout.splitlines()]


def test_a_batch_with_a_flagged_draft_exits_1_and_a_clean_batch_0() -> None:
    status, results = _batch(CLEAN, FLAGGED)
    assert status == 1
    assert [result["id"] for result in results] == ["clean", "flagged"]
    assert results[0]["findings"] == [] and results[1]["findings"]
    assert _batch(CLEAN)[0] == 0


def test_a_bad_line_makes_it_2_whatever_came_before() -> None:
    status, results = _batch(FLAGGED, "not json", CLEAN)
    assert status == 2
    assert "error" in results[1] and results[2]["findings"] == []
