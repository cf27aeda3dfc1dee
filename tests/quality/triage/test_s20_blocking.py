"""Walk 20 G10: "This is blocking our nightly sync since Tuesday" (an API customer whose
integration stopped) read "Normal urgency / no sign of urgency". A process of theirs held
up by us is a stopped business; blocking time in a calendar is not."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Webhook signatures rejected",
            "Since the update every webhook we receive fails the signature check.\n"
            "It is blocking our order import, nothing has come through since Friday.",
        ),
        (
            "Export",
            "The CSV export times out after 30 seconds. This keeps blocking our payroll run.",
        ),
        (
            "Backups",
            "Our nightly backup job has been failing since Monday with error 503.",
        ),
    ],
)
def test_our_fault_holding_up_their_process_is_high(subject: str, body: str) -> None:
    result = triage(body, subject=subject)
    assert result.urgency == "high"
    assert any("stopped" in reason for reason in result.reasons)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Training", "We are blocking our calendars for the onboarding session next month."),
        ("Spam", "Would blocking the sender's domain stop these newsletters? No rush."),
    ],
)
def test_blocking_without_a_stopped_process_is_not_high(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency != "high"
