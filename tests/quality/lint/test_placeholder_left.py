from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint
from madoguchi.quality.lint.rules.placeholder_left import placeholders_in


@pytest.mark.parametrize(
    ("draft", "blank"),
    [
        ("〇〇様\n\nお問い合わせありがとうございます。", "〇〇様"),
        ("〇月〇日の午後に担当者が伺う予定でございます。", "〇月〇日"),
        ("△△の件について、確認いたしました。", "△△"),
        ("担当の××より改めてご連絡いたします。", "××"),
        ("{customer_name}様、お待たせいたしました。", "{customer_name}"),
        ("Dear {{ name }}, thank you for writing.", "{{ name }}"),
        ("Your refund of XX will arrive by Friday.", "XX"),
    ],
)
def test_it_flags_an_unfilled_blank_and_names_it(rules_in, draft: str, blank: str) -> None:
    findings = [f for f in lint(draft) if f.rule == "placeholder_left"]
    assert [f.excerpt for f in findings] == [blank]
    assert blank in findings[0].message
    assert findings[0].suggestion is None  # nobody but the agent knows what goes there


@pytest.mark.parametrize(
    "draft",
    [
        "二〇二六年四月一日より新料金となります。",
        "ご注文番号 A-1029 の件、本日発送いたしました。",
        "The XL size ships next week; xx-large is sold out.",
        "JSON の {} は空のオブジェクトです。",
    ],
)
def test_it_leaves_filled_text_alone(rules_in, draft: str) -> None:
    assert "placeholder_left" not in rules_in(draft)


def test_it_lists_each_blank_once_in_order() -> None:
    text = "〇〇様\n〇月〇日に〇〇様へ{agent_name}よりご連絡します。"
    assert placeholders_in(text) == ["〇〇様", "〇月〇日", "{agent_name}"]


def test_template_variables_in_other_syntaxes_and_japanese_names_are_found() -> None:
    text = (
        "{店舗名}の%STAFF_NAME%です。"
        + "[ORDER NUMBER]のご注文は<SHIP DATE>に{{配送業者}}でお届けします。"
    )
    found = [f.excerpt for f in lint(text, learned=False) if f.rule == "placeholder_left"]
    assert found == ["{店舗名}", "%STAFF_NAME%", "[ORDER NUMBER]", "<SHIP DATE>", "{{配送業者}}"]


def test_bracketed_words_that_are_not_variables_pass() -> None:
    for text in (
        "Please see [Attachment] below.",
        "Your plan is the [A] tier.",
        "【お詫び】配送遅延について",
    ):
        assert [f for f in lint(text, learned=False) if f.rule == "placeholder_left"] == []
