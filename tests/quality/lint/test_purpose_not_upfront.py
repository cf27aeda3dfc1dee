# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
from __future__ import annotations

BURIED = """山田様

お世話になっております。マドグチサポートの佐藤です。
日頃より弊社サービスをご愛顧いただき、誠にありがとうございます。
弊社では、お客様の声をもとにサービスの改善を続けております。

さて、先日お問い合わせいただいた請求書の宛名変更ですが、管理画面から変更できるようになりました。
"""

UPFRONT = """山田様

お世話になっております。マドグチサポートの佐藤です。

請求書の宛名は、管理画面の「請求」から変更して再発行できます。
"""


def test_it_flags_a_purpose_buried_under_pleasantries(rules_in) -> None:
    assert "purpose_not_upfront" in rules_in(BURIED, subject="Re: お問い合わせ")


def test_greeting_and_self_introduction_are_not_in_the_way(rules_in) -> None:
    assert "purpose_not_upfront" not in rules_in(UPFRONT, subject="Re: お問い合わせ")


def test_a_subject_that_names_the_topic_is_enough(rules_in) -> None:
    assert "purpose_not_upfront" not in rules_in(BURIED, subject="請求書の宛名変更について")


def test_english_small_talk_before_the_point_is_flagged(rules_in) -> None:
    draft = (
        "Dear Mr. Brown,\n\nI hope this email finds you well.\nIt was a pleasure meeting you at the conference.\n"
        "As you may know, our company has grown a lot this year.\n\nI am writing about the renewal of your contract.\n"
    )
    assert "purpose_not_upfront" in rules_in(draft, subject="Update")


BACKGROUND_FIRST = """佐藤様

お世話になっております。みなと電機サポートの石田です。

今年の春から修理受付の仕組みを全面的に改めました。
それに合わせて、保証の記録も新しい台帳に移しております。
恐れ入りますが、購入時の保証書を撮影してお送りいただけますでしょうか。
"""


def test_it_flags_a_request_that_comes_only_after_background(rules_in) -> None:
    assert "purpose_not_upfront" in rules_in(BACKGROUND_FIRST, subject="ご連絡")


def test_a_subject_with_the_request_lets_background_come_first(rules_in) -> None:
    assert "purpose_not_upfront" not in rules_in(BACKGROUND_FIRST, subject="保証書のお写真のお願い")


def test_without_a_subject_background_first_is_not_judged(rules_in) -> None:
    assert "purpose_not_upfront" not in rules_in(BACKGROUND_FIRST)


def test_a_first_sentence_that_answers_the_customer_is_the_purpose(rules_in) -> None:
    draft = BACKGROUND_FIRST.replace(
        "今年の春から修理受付の仕組みを全面的に改めました。",
        "お問い合わせいただいた修理の受付について、ご案内いたします。",
    )
    assert "purpose_not_upfront" not in rules_in(draft, subject="Re: お問い合わせ")


# Session 18: a subject that only greets or "checks in" names nothing this mail wants, and a
# reply's subject is the customer's own words; the sender's news before a late turn of topic
# puts the point off either way.
NEWS_THEN_TURN = """Hi Ms. Lindqvist,

Hope the new term has started well for your team! We've had a busy autumn at Northlight Print, with a second press installed in October. Our designers also picked up an award at the regional fair.

Anyway, the proofs for your spring catalogue are ready; could you approve them by Wednesday so they can go to press on Thursday?

Tom
Northlight Print
"""

ANSWER_FIRST_REPLY = """Hi Ms. Lindqvist,

The proofs for your spring catalogue are ready; could you approve them by Wednesday so they can go to press on Thursday?
We've had a busy autumn, with a second press installed in October.

Tom
Northlight Print
"""


def test_a_late_turn_after_the_senders_news_is_flagged_under_a_greeting_subject(rules_in) -> None:
    assert "purpose_not_upfront" in rules_in(NEWS_THEN_TURN, subject="Checking in")


def test_a_reply_subject_does_not_state_what_the_reply_wants(rules_in) -> None:
    assert "purpose_not_upfront" in rules_in(NEWS_THEN_TURN, subject="Re: Spring catalogue")
    assert "purpose_not_upfront" not in rules_in(ANSWER_FIRST_REPLY, subject="Re: Spring catalogue")


def test_a_subject_that_is_a_greeting_or_a_newsletter_name_names_no_topic(rules_in) -> None:
    draft = """川島様

いつもご愛顧いただき、ありがとうございます。
朝晩の冷え込みが厳しくなってまいりました。当工房では今年、新しい窯を導入いたしました。

ところで、ご注文の湯呑みの名入れですが、お名前の書体をお選びいただけますでしょうか。
"""
    for subject in ("ご挨拶", "陶房やまびこよりお知らせ", "やまびこ通信", "近況のご報告"):
        assert "purpose_not_upfront" in rules_in(draft, subject=subject), subject
    assert "purpose_not_upfront" not in rules_in(draft, subject="湯呑みの名入れ書体のご確認")


# Session 20 (fresh-eval17 d-ja-008's shape, new wording): the addressee's company on its own
# line above 「〜様」, and a late request whose words include 「引き続き」, which is not a closing.
COMPANY_LINE_THEN_NEWS = """有限会社みどり造園
高木様

しらかば乗馬クラブの森でございます。
日頃より、外乗コースをご利用をいただき誠にありがとうございます。
今年は新しく二頭の馬が仲間入りし、初心者向けの曳き馬も始めました。
厩舎の屋根も夏に葺き替えを終えております。
つきましては、来春の団体外乗の枠を引き続きご利用になるかどうかを、1月末までにお知らせいただけますでしょうか。
"""


def test_a_late_request_with_hikitsuzuki_under_the_senders_news_is_flagged(rules_in) -> None:
    assert "purpose_not_upfront" in rules_in(
        COMPANY_LINE_THEN_NEWS, subject="しらかば乗馬クラブより"
    )


def test_the_same_request_right_after_the_greeting_is_up_front(rules_in) -> None:
    upfront = COMPANY_LINE_THEN_NEWS.replace(
        "今年は新しく二頭の馬が仲間入りし、初心者向けの曳き馬も始めました。\n厩舎の屋根も夏に葺き替えを終えております。\nつきましては、",
        "",
    )
    assert "purpose_not_upfront" not in rules_in(upfront, subject="しらかば乗馬クラブより")
