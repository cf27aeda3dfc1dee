"""`madoguchi parse` as a user runs it: a subprocess on a Japanese message."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"
MADOGUCHI = Path(sys.executable).with_name("madoguchi")


def test_it_prints_the_contract_object_for_a_japanese_message() -> None:
    fixture = FIXTURES / "iso2022jp_nec_extensions_and_halfwidth_kana.eml"
    result = subprocess.run(
        [str(MADOGUCHI), "parse", "--format", "json", str(fixture)],
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    parsed = json.loads(result.stdout)
    assert parsed["subject"] == "テスト①"
    assert parsed["from"] == {"name": "", "address": "sato@example.jp"}
    assert "㈱山田商事です。" in parsed["text"]
    assert set(parsed) >= {
        "message_id",
        "in_reply_to",
        "references",
        "to",
        "cc",
        "date",
        "html",
        "attachments",
        "defects",
    }
