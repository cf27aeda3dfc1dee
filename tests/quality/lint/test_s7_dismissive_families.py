# Sample sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Each family of brush-off outside writers use is caught; a refusal that offers something is not."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _rules(text: str) -> set[str]:
    return {f.rule for f in lint(text, learned=False)}


@pytest.mark.parametrize(
    "sentence",
    [
        "中古品どうしの交換トラブルは、当店の業務の範囲ではありません。",  # out of scope, flatly
        "訪問での設定作業は受け付けていないんです。",
        "施設の決まりで、途中での退場後の再入場はできないことになっております。",  # a rule as the answer
        "違約金は約款どおり、全額ちょうだいいたします。",
        "延長のお申し込みは、規則で認められていません。",
        "申し訳ございませんが、今月中の納品は難しいです。",  # can't, nothing offered
        "その金額での買い取りは無理です。",
        "残念ながら、今回のご希望にはお応えしかねます。",
        "補償の対象になるかは、ご加入の共済会社でご確認ください。",  # pushed elsewhere
        "引き落としの停止は銀行の判断ですので、そちらでお願いします。",
        "よくあるご質問のページをご覧ください。",  # a canned pointer
        "詳しくはホームページに載っていますので、そちらをご確認ください。",
        "本件につきましては、これ以上のご説明はいたしかねます。",  # closing the topic
        "このお問い合わせは、これで終わりとさせていただきます。",
    ],
)
def test_it_catches_each_japanese_brush_off_family(sentence: str) -> None:
    assert "dismissive" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Questions about custom firmware are outside what our team covers.",
        "Gift wrapping is not a service we offer.",
        "Our terms state that the booking fee is non-refundable.",
        "Rules are rules: check-out is at 11 am.",
        "We aren't able to change the delivery address at this stage.",
        "I'm afraid that won't be possible.",
        "You'd need to speak to your bank about that.",
        "Please reach out to the marketplace for refunds.",
        "Please refer to our FAQ.",
        "Everything you need is covered in the help center.",
        "We consider this matter closed.",
        "Our decision is final.",
    ],
)
def test_it_catches_each_english_brush_off_family(sentence: str) -> None:
    assert "dismissive" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "離島への配達はしておりませんが、港の営業所でのお受け取りでしたら同じ日にお渡しできます。",
        "規約上、払い戻しはできませんが、次の回へのお振り替えは承ります。",
        "よくあるご質問の5番に画面つきの手順がありますので、それで直らなければ画面の写真をお送りください。",
        "設定のしかたは、添付の説明書の図3をご覧ください。",
        "回数券の残りは、スマホのアプリの右上に表示されます。",
        "We can't refund the ticket, though we can transfer it to a friend's name free of charge.",
        "Gift wrapping isn't something we offer, but the shop next door does it and we can drop the parcel there for you.",
        "The steps are in the manual section 4, and I've pasted them below.",
    ],
)
def test_a_refusal_or_pointer_that_gives_something_is_not_dismissive(sentence: str) -> None:
    assert "dismissive" not in _rules(sentence)
