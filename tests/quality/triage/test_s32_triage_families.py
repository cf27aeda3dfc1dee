"""Session 32 (fresh-eval34, read after its scoring): a flight or a meeting named with its date
and time ("our flight is on the 14th at 9:40", 「フライトは18日の9時」) and a wish to have
something "ideally in time for" a meeting weeks away leave no time short; "a six-year-old cob" is
a horse, not "close of business"; "the parcel I'd ordered from someone else" is no data incident;
"forwarded it to our solicitor" names a lawyer. The mails are new, written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import rule_view, triage


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Collection next week",
            "Hello, we'd like two suitcases collected from the Hotel Granvia on Friday 12 "
            "December. Our flight is on the 14th at 9:40. What time do you usually come?\n\n"
            "Thanks, Ana",
        ),
        (
            "来月の荷物の預け入れ",
            "来月の旅行で、スーツケースを2個お願いしたいです。\nフライトは18日の9時です。"
            "ホテルのフロントに預ければよいでしょうか。\n\n佐々木",
        ),
        (
            "Quote for the clock tower",
            "Hello,\n\nThe parish council would like a quote for cleaning the tower clock, ideally "
            "in time for the council meeting on 20 February.\n\nRegards,\nJune Okafor",
        ),
        (
            "Trimming for our pony",
            "Hi, we've just bought a six-year-old cob and he is due a trim. Could you fit him in "
            "some time in the next month?\n\nThanks, Leah",
        ),
    ],
)
def test_a_dated_plan_is_not_urgent(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency != "high"


def test_a_parcel_from_someone_else_is_no_incident() -> None:
    body = (
        "The bottle arrived broken again and soaked the book I'd ordered from someone else that "
        "came in the same box. Please pack them properly next time."
    )
    assert "incident" not in rule_view(body, "Broken bottle").weights


def test_a_solicitor_is_named() -> None:
    body = (
        "Your letter went to our client instead of to us. I want an explanation by tomorrow, and "
        "I've forwarded our agreement to our solicitor."
    )
    assert rule_view(body, "Your letter").weights.get("legal", 0.0) > 0
