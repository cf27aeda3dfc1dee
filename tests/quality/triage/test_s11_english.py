"""Session 11: English urgency said as consequence and time, a counted contact, praise."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import render_reasons, triage
from madoguchi.quality.triage.matching import find_hits


def _categories(text: str) -> set[str]:
    return {hit.category.name for hit in find_hits(text.lower())}


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Tickets gone",
            "The show starts in about three hours and our tickets have vanished from the app. "
            "What do we show at the door?",
        ),
        (
            "Passport",
            "My passport is in the envelope you collected on Monday and the tracking still says "
            "in transit. I fly out first thing Thursday. Can it be held for collection?",
        ),
        (
            "Repeat prescription",
            "The tracking has not moved for two days and I have one pen left, which lasts "
            "until tomorrow night. Could it go to the chemist on the high street instead?",
        ),
    ],
)
def test_it_reads_a_trip_or_supply_that_cannot_wait_said_in_english_as_high(
    subject: str, body: str
) -> None:
    assert triage(body, subject=subject).urgency == "high"


@pytest.mark.parametrize(
    "body",
    [
        "This is my fourth email about the broken hinge on order 5521. Please send the part.",
        "I have asked three times now for a copy of my contract. Could someone send it?",
        "Third time asking about a business account. No rush, but I'd like an answer.",
    ],
)
def test_it_reads_a_counted_third_contact_as_high_even_said_calmly(body: str) -> None:
    assert triage(body).urgency == "high"


def test_it_does_not_count_a_third_failure_of_ours_as_a_third_contact() -> None:
    assert "repeated_contact" not in _categories(
        "That's the third time the courier has missed us. Could you use the side door?"
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("wow", "the wedding invites are STUNNING. the foil!!! you are wizards"),
        ("PB!!!", "deadlifted 140kg today!!! Coach Sam you absolute legend"),
    ],
)
def test_it_reads_praise_in_capitals_and_exclamations_as_positive_and_low(
    subject: str, body: str
) -> None:
    result = triage(body, subject=subject)
    assert (result.urgency, result.emotion) == ("low", "positive")


def test_it_does_not_read_a_clock_time_on_a_later_date_as_little_time_left() -> None:
    body = "We land at 9:40 on 3 June. Could you add a booster seat to booking RX-90211?"
    assert "time_near" not in _categories(body)
    assert triage(body, subject="Child seat").urgency == "normal"


def test_it_reads_event_words_only_as_whole_words() -> None:
    # "legend" holds "end", "example" "exam", "prevent" "event".
    assert "cannot_wait" not in _categories(
        "Tomorrow I'll send an example; the legend on the map should prevent confusion."
    )


def test_it_gives_an_english_mails_new_reasons_in_a_japanese_readers_language() -> None:
    result = triage(
        "The show starts in about three hours and our tickets have vanished from the app.",
        subject="Tickets gone",
    )
    reasons = render_reasons(result.codes, "ja")
    assert "日時の決まった予定に間に合わない（「show starts in about three hours」）" in reasons
    assert render_reasons(triage("This is my fourth email about my refund.").codes, "ja")[0] == (
        "何度も連絡しているのに解決しない（「fourth email」）"
    )
