"""Japanese talking-down that a new user typed while walking the app and the checker let
through (its English equivalents were caught): a reproach for asking again 「前にも説明しました
が」, blame put on 「そちら」, and being sent to read the FAQ first 「FAQにも書いてありますので」.
Their polite neighbours stay clean."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def rules(text: str) -> set[str]:
    return {finding.rule for finding in lint(text)}


@pytest.mark.parametrize(
    "text",
    [
        "前にも説明しましたが、設定画面から変更できます。",
        "前もご案内しましたとおり、返品は7日以内です。",
        "そちらの操作ミスだと思います。",
        "そちら側の確認不足が原因かと存じます。",
        "FAQにも書いてありますので、まずそちらをご確認ください。",
        "マニュアルに書いてありますから、まずよく読んでください。",
    ],
)
def test_it_flags_the_reproach_the_blame_and_the_read_it_first(text: str) -> None:
    assert "condescending" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "手順はFAQに記載しておりますので、あわせてご確認ください。",
        "そちらの商品は明日発送いたします。",
        "午前も午後も受付しております。",
        "領収書にも記載されますので、お手元でご確認ください。",
        "事前にご案内したお時間より10分ほど遅れて伺います。",
    ],
)
def test_it_leaves_the_polite_neighbours_alone(text: str) -> None:
    assert "condescending" not in rules(text)
