from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "他社サービスについてはサポート外です。",
        "この動作は仕様です。",
        "Mac版のアプリには対応しておりません。",
        "That is not supported.",
        "This is working as intended.",
    ],
)
def test_it_flags_brush_offs(rules_in, sentence: str) -> None:
    assert "dismissive" in rules_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "他社サービスはサポート外ですが、弊社ツールとの連携方法であれば手順をご案内いたします。",
        "Mac版のアプリには対応しておりませんが、ブラウザ版であればMacでもすべての機能をご利用いただけます。",
        "この機能はスタンダードプラン以上でご利用いただけます。",
        "That is not supported, but you can export the data as CSV and import it there instead.",
    ],
)
def test_it_accepts_a_refusal_followed_by_an_alternative(rules_in, sentence: str) -> None:
    assert "dismissive" not in rules_in(sentence)


def test_an_alternative_in_the_next_sentence_counts(rules_in) -> None:
    draft = "その機能には対応しておりません。\n代わりに、CSVの書き出しで同じデータを取り込めます。"
    assert "dismissive" not in rules_in(draft)
