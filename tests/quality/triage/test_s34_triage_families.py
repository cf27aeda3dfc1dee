"""Session 34 (fresh-eval37, read after its scoring): food eaten up with pleasure
(「あっという間に食べてしまいました」) is thanks, not a child who swallowed something; a leaking
pen is no data leak and no hazard; 「写真詐欺」 is a figure of speech, no fraud or legal step; a
question about privacy terms is no incident; private mail gone to a work address others read
(「会社のアドレスにも届いていました」「誰かに見られていたら」) is one.
The mails are new, written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "お菓子のお礼",
            "先日の焼き菓子、とてもおいしくて、子どもたちがぺろりと食べてしまいました。\n"
            "また季節のセットを楽しみにしています。",
        ),
        (
            "届いた花瓶",
            "サイトの写真と色がかなり違っていて、正直写真詐欺みたいだと思いました。\n"
            "返品の方法を教えてください。",
        ),
        (
            "Ink everywhere",
            "The calligraphy pen I ordered arrived leaking, and there's ink all over the box. "
            "Could you send a replacement? Not great.",
        ),
        (
            "Before I upload my drawings",
            "Hello, before I send my drawings for a quote, could you point me to your privacy "
            "policy and tell me how long uploads are kept?\n\nThanks, Omar",
        ),
    ],
)
def test_lookalikes_are_not_urgent(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency != "high"


def test_private_mail_sent_where_colleagues_read_it_is_urgent() -> None:
    body = (
        "昨日の予約確認メールに、私の名前と通院の内容が書かれていました。\n"
        "それが、以前登録していた職場のアドレスにも届いていました。\n"
        "職場のメールは同僚も見られるので、誰かに見られていたらと思うと不安です。\n"
        "ほかに誰に送られているのか、教えてください。"
    )
    assert triage(body, subject="予約確認メールの宛先について").urgency == "high"


# fresh-eval38 (read after its scoring, session 34): a polite request 「〜をお願いできないかと」 is
# nothing stopped; a worry that someone might get hurt (「けがをしないか心配です」) and a card
# that might be fake (「偽物かもしれません」) are questions, not incidents; "I'm done wasting paper"
# is anger at the product, not leaving.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "社内イベントのご相談",
            "はじめまして。株式会社みなとの総務の佐藤です。\n"
            "12月の忘年会で、社員向けに何か余興をお願いできないかと考えております。\n"
            "30分程度で、費用の目安を教えていただけますでしょうか。",
        ),
        (
            "階段の手すり",
            "昨年付けていただいた手すりの角が少しとがっています。\n"
            "子どもがよく触るので、けがをしないか心配です。カバーなどはありますか。",
        ),
        (
            "届いたフィギュア",
            "先日購入したフィギュアですが、箱の印刷がにじんでいて、偽物かもしれませんと友人に"
            "言われました。確認していただくことはできますか。",
        ),
        (
            "Faded toner again",
            "Second toner in a row that prints faded on the left. I'm done wasting paper on this. "
            "Please send a replacement or refund it.",
        ),
    ],
)
def test_more_lookalikes_are_not_urgent(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency != "high"
