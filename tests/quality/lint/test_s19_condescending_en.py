"""English condescension in the families the lists lacked (session 19): reproach for asking
again, implied obviousness, blame placed on their side, disclaiming, lecturing, ultimatums,
doubt of their ability, an apology for how they feel, pressure — and the lookalikes that are
fine: thanks or apologies said "again", a kind offer, a plain "clearly labelled". Wordings
are new, not the labelled sentences."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _condescending(text: str) -> bool:
    return any(f.rule == "condescending" for f in lint(text, lang="en", learned=False))


@pytest.mark.parametrize(
    "text",
    [
        "Once again, the invoice is sent on the 1st.",
        "For the fourth time: the locker code changes every Monday.",
        "As per my previous message, the upgrade needs an admin login.",
        "I'll explain it one more time.",
        "Everyone knows the store closes at 8.",
        "It's honestly not that complicated.",
        "Clearly the filter needs cleaning.",
        "The answer's right there in the onboarding screens.",
        "The outage was caused by a firewall rule on your end.",
        "Once the keys are handed over, they are no longer our responsibility.",
        "What happens after delivery is out of our hands.",
        "For future reference, deposits are non-refundable.",
        "Next time, please check the size chart before ordering.",
        "Unless you pay by Friday, we will cancel the booking.",
        "Settle the balance or your account will be closed.",
        "We will have no choice but to involve our solicitor.",
        "We're sorry you feel the instructor was strict.",
        "As you'll no doubt recall, the price rise was announced in March.",
    ],
)
def test_it_finds_condescension_in_the_new_shapes(text: str) -> None:
    assert _condescending(text)


@pytest.mark.parametrize(
    "text",
    [
        "Again, I apologize for the trouble this caused.",
        "Once again, thank you for your patience.",
        "Thank you once again for your order.",
        "For the first time this year we are offering a discount.",
        "Unless you tell us otherwise, we'll ship on Monday.",
        "If you're not comfortable with the app, we can set it up for you by phone.",
        "Clearly labelled bins are available at the entrance.",
        "We'll be right there within 20 minutes.",
        "Clearly we made a mistake here, and we will refund you.",
        "It's easy to change your plan: open Settings and choose Plan.",
    ],
)
def test_it_leaves_the_lookalikes_alone(text: str) -> None:
    assert not _condescending(text)
