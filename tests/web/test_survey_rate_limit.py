"""The satisfaction page needs no login, so each client address gets a limited number of
requests, and only a few with a token that is not one of ours: past either, a translated
429 page (actions/throttle.py)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from madoguchi.models import RateLimitHit, SatisfactionSurvey
from tests.web.conftest import World, make_conversation

TOKEN = "k" * 43


@pytest.fixture
def survey(world: World) -> SatisfactionSurvey:
    conversation = make_conversation(world.support)
    return SatisfactionSurvey.objects.create(
        conversation=conversation,
        mailbox=world.support,
        token=TOKEN,
        language="ja",
        created_at=timezone.now(),
    )


def from_address(address: str) -> Client:
    return Client(REMOTE_ADDR=address)


def test_it_refuses_token_guessing_after_a_few_tries(
    survey: SatisfactionSurvey, settings: Any
) -> None:
    settings.SURVEY_BAD_TOKENS = 5
    guesser = from_address("203.0.113.7")
    for number in range(5):
        assert guesser.get(f"/satisfaction/guess{number:038d}/great/").status_code == 404
    refused = guesser.get(f"/satisfaction/{TOKEN}/great/", HTTP_ACCEPT_LANGUAGE="ja")
    # Even the right token is refused now: the guesser learns nothing by guessing on.
    assert refused.status_code == 429
    assert refused["Retry-After"] == str(settings.SURVEY_WINDOW)
    page = refused.content.decode()
    assert "アクセスが集中しています" in page
    assert "10分ほど待ってから" in page
    # Another address (the real customer) is not affected.
    assert from_address("198.51.100.2").get(f"/satisfaction/{TOKEN}/great/").status_code == 200


def test_it_limits_every_request_per_address_and_says_so_in_english(
    survey: SatisfactionSurvey, settings: Any
) -> None:
    settings.SURVEY_REQUESTS = 4
    client = from_address("203.0.113.9")
    for _ in range(3):
        assert client.get(f"/satisfaction/{TOKEN}/okay/").status_code == 200
    sent = client.post(f"/satisfaction/{TOKEN}/", {"rating": "okay", "comment": "早い対応でした"})
    assert sent.status_code == 200
    survey.refresh_from_db()
    assert survey.rating == "okay" and survey.comment == "早い対応でした"
    refused = client.post(f"/satisfaction/{TOKEN}/", {"rating": "bad"}, HTTP_ACCEPT_LANGUAGE="en")
    assert refused.status_code == 429
    assert "Too many requests" in refused.content.decode()
    survey.refresh_from_db()
    assert survey.rating == "okay"  # the refused request changed nothing


def test_it_counts_within_the_window_only(survey: SatisfactionSurvey, settings: Any) -> None:
    settings.SURVEY_REQUESTS = 2
    client = from_address("203.0.113.10")
    assert client.get(f"/satisfaction/{TOKEN}/").status_code == 200
    assert client.get(f"/satisfaction/{TOKEN}/").status_code == 200
    assert client.get(f"/satisfaction/{TOKEN}/").status_code == 429
    # The window passes (the hits are moved back in time).
    RateLimitHit.objects.update(at=timezone.now() - timedelta(seconds=601))
    assert client.get(f"/satisfaction/{TOKEN}/").status_code == 200


def test_a_customer_answers_from_a_browser_that_posts_with_a_null_origin(
    survey: SatisfactionSurvey,
) -> None:
    """The page's `Referrer-Policy: no-referrer` makes Chromium post with `Origin: null`:
    every answer met the staff's CSRF 403 page (walk 12, F-16)."""
    customer = Client(enforce_csrf_checks=True, REMOTE_ADDR="198.51.100.20")
    assert customer.get(f"/satisfaction/{TOKEN}/great/").status_code == 200

    answered = customer.post(
        f"/satisfaction/{TOKEN}/",
        {"rating": "great", "comment": "早い対応でした"},
        HTTP_ORIGIN="null",
        HTTP_ACCEPT_LANGUAGE="ja",
    )

    assert answered.status_code == 200
    survey.refresh_from_db()
    assert survey.rating == "great"
    assert survey.comment == "早い対応でした"
