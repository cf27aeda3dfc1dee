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
