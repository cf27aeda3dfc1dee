"""Terse: whether a first reply has to ask what the mail is about (issue 12).

The mechanism is what a request needs and whether it is there: the object, which one,
what is wrong, what is wanted; and a pointer ("it", 「あの件」) is resolved only by a
quoted thread or something named beside it.
"""

from __future__ import annotations

from madoguchi.quality.triage import triage

_QUOTE_EN = (
    "\n\nOn Tue, 3 Mar 2026 at 09:12, Kimono Hana <desk@example.jp> wrote:\n"
    "> We are checking whether the furisode in size L (pattern no. 118)\n"
    "> can be ready for your fitting on 14 March.\n"
)
_QUOTE_JA = (
    "\n\n2026年3月3日(火) 9:12 着物はな <desk@example.jp>:\n"
    "> 振袖（柄番号118）のLサイズが3月14日のご試着に間に合うか確認しております。\n"
)


def test_it_reads_a_reply_above_a_quoted_thread_as_not_terse() -> None:
    assert triage("Any update on this?", subject="update").terse
    assert not triage("Any update on this?" + _QUOTE_EN, subject="Re: Your fitting").terse
    assert triage("その後いかがでしょうか。", subject="確認").terse
    assert not triage("その後いかがでしょうか。" + _QUOTE_JA, subject="Re: ご試着").terse


def test_it_reads_a_quote_the_caller_split_off_as_not_terse() -> None:
    body = "ok, go ahead" + _QUOTE_EN
    assert not triage(body, subject="Re: quote", own_text="ok, go ahead").terse


def test_it_calls_a_pointer_with_no_referent_terse_and_a_named_thing_not() -> None:
    assert triage("Hi, can you sort it out before Saturday? Thanks").terse
    assert triage("例の件、進んでますか？").terse
    assert triage("Hello, about the thing we talked about on the phone, is it ok?").terse
    assert not triage("Could you post me paper copies of my statements for January to March?").terse


def test_it_calls_a_short_complete_request_not_terse_and_a_bare_identifier_terse() -> None:
    assert not triage("Please cancel order 58213, I ordered the wrong grind.").terse
    assert not triage("注文番号58877をキャンセルしてください。").terse
    assert triage("Reservation 44817.", subject="Reservation 44817").terse
    assert triage("予約番号 KR-55210 です。", subject="予約").terse


def test_it_calls_a_polite_paragraph_around_an_unnamed_problem_terse() -> None:
    english = (
        "Dear team,\n\nI hope this message finds you well. I am writing because I have run "
        "into a bit of a problem and I am honestly not sure what the right thing to do is. "
        "I would be really grateful if someone could get back to me and look into it.\n\n"
        "Kind regards,\nHannah"
    )
    japanese = (
        "いつもお世話になっております。\n以前こちらでお世話になった者ですが、少し気になることが"
        "ございまして、どうしたらよいものか分からずご連絡いたしました。"
        "お手すきの際にご確認いただけますと幸いです。"
    )
    assert triage(english, subject="Help please").terse
    assert triage(japanese, subject="ご相談").terse


def test_it_does_not_take_when_is_for_a_step_the_writer_took() -> None:
    # "when i" in "when is" once counted as a described step ("when I click …").
    assert triage("when is the tuner coming?", subject="tuner").terse
