"""The lead sees the survey mail's words where the survey is switched on (walk 13 F15)."""

from __future__ import annotations

import re

from madoguchi.models import Agent
from tests.web.conftest import World


def _preview(world: World) -> str:
    page = world.client(world.lead).get("/acknowledgements/").content.decode()
    found = re.search(r"<details class=\"survey-preview\".*?</details>", page, re.S)
    assert found is not None
    return found.group(0)


def test_the_acknowledgements_page_shows_both_languages_survey_mail(world: World) -> None:
    Agent.objects.filter(user=world.lead).update(language="ja")
    ja = _preview(world)
    assert "アンケートのメール" in ja
    assert "今回の対応はいかがでしたか。当てはまるものを一つお選びください。" in ja
    assert "How was our support this time? Please choose one:" in ja  # the English customer's
    assert "/satisfaction/abc123/" in ja
    Agent.objects.filter(user=world.lead).update(language="en")
    en = _preview(world)
    assert "The survey mail" in en and "To a customer who wrote in Japanese:" in en
    assert "この度はお問い合わせいただき" in en
