# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Stock phrases of everyday replies: what every retrain must leave as it is.

A retrained model once read "We are looking into it." as a policy refusal and held a reply at
send time (session 36), and after another retrain read "Kind regards," as a bare request and
"We appreciate your feedback." as a brush-off (session 37). These sentences are what agents
type many times a day; each must stay clean, whatever the model learned from the last set.
The second list is the convention the checker keeps on purpose (seeds: a "we're checking"
owes a date, 「確認でき次第」 is no date, a request owes its reason) — it must keep naming
exactly those rules and nothing more (not a brush-off, not talking down).
Written for this test, not taken from the labelled data.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of

CLEAN_JA = [
    "お問い合わせいただき、ありがとうございます。",
    "いつも当店をご利用いただき、誠にありがとうございます。",
    "ご連絡ありがとうございます。担当の佐藤でございます。",
    "明日の午後3時までに、改めてご連絡いたします。",
    "ご不便をおかけしており、申し訳ございません。",
    "お手数をおかけいたしますが、よろしくお願いいたします。",
    "ご注文の商品は、本日発送いたしました。",
    "お問い合わせ番号は 1234-5678 です。",
    "到着は12月8日（火）の午前中を予定しております。",
    "ご返金の手続きが完了いたしました。",
    "お客様のアカウントを確認したところ、お支払いは正常に完了しておりました。",
    "ご希望の日程で予約をお取りしました。",
    "ご不明な点がございましたら、お気軽にお問い合わせください。",
    "引き続きよろしくお願いいたします。",
    "今後ともどうぞよろしくお願いいたします。",
    "ご確認のほど、よろしくお願いいたします。",
    "何かございましたら、このメールにご返信ください。",
    "ご指摘いただいた点について、社内で共有いたしました。",
    "貴重なご意見をいただき、ありがとうございます。",
    "交換品は、明後日お届けできる見込みです。",
    "念のため、受付内容を以下にお送りします。",
    "担当者が不在のため、代わりに私がご返信いたします。",
    "お調べするために、ご登録のメールアドレスをお知らせいただけますか。",
    "調査の結果は、金曜日までにお知らせいたします。",
    "ご迷惑をおかけしましたことを、心よりお詫び申し上げます。",
    "ご案内が遅くなり、申し訳ございません。",
    "請求書を添付いたしましたので、ご査収ください。",
    "見積書をお送りいたします。",
    "領収書は、マイページからダウンロードいただけます。",
    "ご予約の変更を承りました。",
    "キャンセルの手続きを承りました。",
    "お気をつけてお越しください。",
    "またのご利用を心よりお待ちしております。",
    "寒い日が続きますので、どうぞご自愛ください。",
    "冷めないうちにお召し上がりください。",
    "どうぞ当日の舞台をお楽しみください。",
    "本件について、私が担当させていただきます。",
    "ご要望の件、承知いたしました。",
    "早速ご対応いただき、ありがとうございます。",
    "お待たせしてしまい、申し訳ありません。",
    "修理が完了しましたので、本日返送いたします。",
    "このたびはご購入いただき、ありがとうございました。",
    "以上、よろしくお願いいたします。",
    "取り急ぎ、受付のご連絡まで。",
    "ご返信には及びません。",
    "営業時間は平日の午前9時から午後6時までです。",
]

CLEAN_EN = [
    "Thank you for getting in touch.",
    "Thanks for your patience while we looked into this.",
    "We're looking into this now and will get back to you by Friday.",
    "Your order shipped today, and the tracking number is 1Z999AA10123456784.",
    "Your refund has been processed.",
    "I'm sorry for the trouble this has caused.",
    "I'm sorry for the delay in getting back to you.",
    "Please let me know if you have any other questions.",
    "Let me know if there's anything else I can help with.",
    "Happy to help.",
    "I hope this helps.",
    "I've attached the invoice you asked for.",
    "Your booking is confirmed for Tuesday at 10am.",
    "I've changed the delivery address on your order.",
    "We've received your return and will inspect it within two working days.",
    "I'll keep you posted.",
    "Could you send me your order number so I can look it up?",
    "Could you reply with a screenshot of the error so we can see what went wrong?",
    "Have a great weekend.",
    "Thanks again for your order.",
    "Kind regards,",
    "Best wishes,",
    "I've added a note to your account.",
    "The replacement is on its way.",
    "You should receive it by Thursday.",
    "We appreciate your feedback.",
    "I've shared your suggestion with the product team.",
    "Your account is now active.",
    "The charge you saw is a temporary authorization and will drop off within five days.",
    "We're open Monday to Friday, 9am to 6pm.",
    "Our technician will arrive between 1pm and 3pm.",
    "I checked with the kitchen and the dish contains no nuts.",
    "Thanks for letting us know.",
    "Good news: the part arrived this morning.",
    "I've cancelled the subscription, and you won't be charged again.",
    "No action is needed on your part.",
    "Feel free to reply to this email at any time.",
]

BY_CONVENTION = {
    "現在、担当部署にて確認しております。": ["unknown_without_followup"],
    "確認でき次第、改めてご連絡いたします。": ["vague"],
    "お忙しいところ恐れ入りますが、ご確認いただけますと幸いです。": ["request_without_reason"],
    "差し支えなければ、ご注文番号をお教えいただけますでしょうか。": ["request_without_reason"],
    "現在、原因を調査しております。": ["unknown_without_followup"],
    "当日は、受付でお名前をお伝えください。": ["request_without_reason"],
    "We are looking into it.": ["unknown_without_followup"],
    "I've passed this on to our billing team.": ["unknown_without_followup"],
    "I'll update you as soon as I hear back from the warehouse.": [
        "unknown_without_followup",
        "vague",
    ],
}

# Whole replies made of such phrases, as a team sends them every day.
CLEAN_DRAFTS = [
    (
        "Re: 注文した商品が届きません",
        "山田様\n\nお問い合わせいただき、ありがとうございます。担当の佐藤でございます。\n\nお届けが遅れており、ご不便をおかけして申し訳ございません。\n配送業者に確認したところ、悪天候のため配送センターで止まっていたとのことです。\nお荷物は本日出荷され、明日12月8日（火）の午前中に到着する予定です。\nお問い合わせ番号は 1234-5678 です。\n\nご不明な点がございましたら、お気軽にお問い合わせください。\n今後ともよろしくお願いいたします。\n\n株式会社サンプル カスタマーサポート\n佐藤 花子\n",
    ),
    (
        "Re: 領収書について",
        "田中様\n\nいつもご利用いただき、誠にありがとうございます。\n\n領収書は、マイページの「注文履歴」からダウンロードいただけます。\n宛名も画面上で変更できますので、会社名でのご発行も可能です。\n\n何かございましたら、このメールにご返信ください。\nよろしくお願いいたします。\n",
    ),
    (
        "Re: Refund?",
        "Hi Maria,\n\nThanks for getting in touch.\n\nYour refund has been processed today, and you should see it on your card within 5 business days.\nThe charge you saw is a temporary authorization and will drop off on its own.\n\nLet me know if there's anything else I can help with.\n\nKind regards,\nSam\nAcme Support\n",
    ),
    (
        "Re: Broken lid",
        "Hi Tom,\n\nThanks for the photos, and I'm sorry the lid arrived cracked.\nA replacement is on its way and should reach you by Thursday; the tracking number is 1Z999AA10123456784.\nThere's no need to send the broken one back.\n\nHave a great weekend.\n\nBest,\nSam\n",
    ),
]


def _warned(text: str, lang: str) -> list[tuple[str, str]]:
    return [(finding.rule, finding.excerpt) for finding in warnings_of(lint(text, lang=lang))]


@pytest.mark.parametrize("sentence", CLEAN_JA)
def test_a_japanese_stock_phrase_stays_clean(sentence: str) -> None:
    assert _warned(sentence, "ja") == []


@pytest.mark.parametrize("sentence", CLEAN_EN)
def test_an_english_stock_phrase_stays_clean(sentence: str) -> None:
    assert _warned(sentence, "en") == []


@pytest.mark.parametrize(("sentence", "rules"), list(BY_CONVENTION.items()))
def test_a_stock_phrase_the_convention_flags_is_named_for_that_alone(
    sentence: str, rules: list[str]
) -> None:
    found = warnings_of(lint(sentence))
    assert sorted({finding.rule for finding in found}) == rules


@pytest.mark.parametrize(("subject", "body"), CLEAN_DRAFTS, ids=[s for s, _ in CLEAN_DRAFTS])
def test_a_reply_of_stock_phrases_stays_clean(subject: str, body: str) -> None:
    assert [(f.rule, f.excerpt) for f in warnings_of(lint(body, subject=subject))] == []
