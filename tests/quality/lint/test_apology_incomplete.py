# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
from __future__ import annotations

from madoguchi.quality.lint import lint

COMPLETE = """鈴木様

このたびはご注文と異なる商品をお送りしてしまい、誠に申し訳ございません。
出荷作業の際に、よく似た型番の商品と取り違えたことが原因です。
正しい商品を本日発送いたしました。明日午前中にお届けの予定です。
今後は出荷前にバーコードでの照合を必ず行い、再発防止を徹底いたします。
"""


def _apology(text: str, subject: str | None = None):
    return [f for f in lint(text, subject=subject) if f.rule == "apology_incomplete"]


def test_it_accepts_an_apology_with_all_four_parts() -> None:
    assert _apology(COMPLETE, subject="商品誤配送のお詫び") == []


def test_it_names_the_missing_cause_and_prevention() -> None:
    draft = "鈴木様\n\nご注文と異なる商品をお送りしてしまい、誠に申し訳ございません。\n正しい商品を本日発送いたしました。\n"
    (finding,) = _apology(draft, subject="商品誤配送のお詫び")
    missing = finding.message.split("。")[0]
    assert "原因" in missing and "再発防止策" in missing
    assert "実施した対応" not in missing
    assert "申し訳ございません" in finding.excerpt


def test_an_incident_report_without_an_apology_is_flagged() -> None:
    draft = "二重請求について確認いたしました。\n決済システムの不具合により、二回請求されておりました。\n重複分は本日返金いたしました。\n今後は重複を自動で検知する仕組みを導入いたします。\n"
    (finding,) = _apology(draft)
    assert "お詫び" in finding.message


def test_a_cushion_apology_in_an_ordinary_answer_is_not_an_apology_mail() -> None:
    draft = "お待たせしてしまい、申し訳ございません。\nCSVの取り込み上限は1回あたり10万行です。\n"
    assert _apology(draft) == []


def test_english_apology_mails_are_checked_too() -> None:
    draft = "Hi Tom,\n\nWe apologize for sending you the wrong item.\nA replacement was shipped today.\n"
    (finding,) = _apology(draft, subject="Re: Wrong item received")
    assert "the cause" in finding.message
