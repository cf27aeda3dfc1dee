"""A consequence word with no stakes now is not high, and Japanese requests that leave the
thing unnamed are terse (session 20; fresh-eval17 read 9 of 24 English mails high wrongly
and found 8 of 12 Japanese terse mails). Wordings here are new, not the labelled mails."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # A question about a made-up case: a policy, not a hazard.
        (
            "Trampoline park",
            "What happens if a child breaks an arm on one of your trampolines? "
            "Is there a first-aider on every session? We're planning a party for May.",
        ),
        (
            "Storage",
            "If our customer records were ever stolen from your servers, would we be told "
            "within 72 hours? Legal asked me to check before we sign.",
        ),
        # A past scare told as over.
        (
            "Invoice",
            "The carbon monoxide alarm went off in March but it turned out to be a faulty "
            "sensor. Could you send the invoice for the replacement?",
        ),
        (
            "Last spring",
            "The heater you installed last spring sparked when we first switched it on. "
            "Your electrician repaired it the same week and nobody was hurt. I'd like the "
            "warranty paperwork, please.",
        ),
        # A consequence word in another sense.
        ("Camping", "Do your pitches have a fire-pit, or should we bring a fire bowl?"),
        ("Tea", "Do you sell the green tea loose, or only in bags?"),
        # A clock time that says when it happened.
        (
            "Keys",
            "We handed the keys in at 9:55am on the Tuesday, before your 10am check-out, "
            "but the deposit has a note saying late. Could you look at it?",
        ),
    ],
)
def test_a_consequence_with_no_stakes_now_is_not_high(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency != "high"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Trampoline park",
            "A boy has just broken his arm on trampoline 3 and your first-aider is not on "
            "site. We've called an ambulance. Please send someone now.",
        ),
        (
            "Roof",
            "Since the wind last night a loose slate is hanging over our front door and "
            "the children go out that way to school at 8. Can someone come this morning?",
        ),
        ("Horse", "There's a horse loose on the lane by your yard, heading for the main road."),
    ],
)
def test_the_same_consequence_now_is_high(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency == "high"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("これ", "これ何日くらいかかりますか"),
        ("今週", "今週の分、キャンセルできますか"),
        ("（件名なし）", "土曜お願いできますか"),
        ("クリーニング", "クリーニング頼みたいんですけど、いくら？"),
    ],
)
def test_a_request_whose_thing_is_never_named_is_terse(subject: str, body: str) -> None:
    assert triage(body, subject=subject).terse


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("コートのクリーニング", "ウールのロングコート1着のクリーニング料金はいくらですか。"),
        ("今週の配達", "会員番号 R-5521 です。今週の分の配達だけキャンセルできますか。"),
        (
            "大型車での来場",
            "はじめまして。\n全長7mのマイクロバスで伺う予定ですが、駐車場に停められますか？\n"
            "よろしくお願いします。",
        ),
    ],
)
def test_the_same_with_the_thing_named_is_not(subject: str, body: str) -> None:
    assert not triage(body, subject=subject).terse
