"""A cue word in another sense is not the cue: an address is not a court, a power of
attorney is not a lawyer, trying four times is not being charged four times."""

from __future__ import annotations

from madoguchi.quality.triage.matching import find_hits
from madoguchi.quality.triage.text import prepare


def _categories(body: str) -> set[str]:
    return {hit.category.name for hit in find_hits(prepare(body, None).text)}


def test_it_does_not_read_an_address_or_a_power_of_attorney_as_legal() -> None:
    assert "legal" not in _categories("Hi, I own flat 3 Mill Court. Could I keep a cat there?")
    assert "legal" not in _categories("My mum has registered a lasting power of attorney.")
    # The institution still is.
    assert "legal" in _categories("If this is not fixed I will take you to court.")
    assert "legal" in _categories("I have forwarded everything to my attorney.")


def test_it_does_not_read_attempts_or_frozen_embryos_as_money_lost() -> None:
    assert "money_lost" not in _categories("I've tried four times to submit the form.")
    assert "money_lost" not in _categories("The storage consent for our frozen embryos ends.")
    assert "money_lost" in _categories("You charged me four times for one order.")
    assert "money_lost" in _categories("My account has been frozen since Monday.")
