"""Session 9's outgoing-mail leftovers in the web app (s10-ui): the satisfaction survey's
switch warns, as the acknowledgement does, that English-writing customers get it unsigned
when the mailbox has only a Japanese signature; /new/'s 添付 question speaks of a mail,
not of a reply (there is nothing to reply to yet)."""

from __future__ import annotations

from typing import Any

import pytest

from madoguchi.actions.satisfaction import english_survey_goes_unsigned
from madoguchi.models import Agent, Mailbox, OutboxItem
from tests.web.conftest import World

SURVEY_WARNING = {
    "ja": "英語で問い合わせたお客様にはアンケートが英語で送られますが",
    "en": "Customers who write in English get the survey in English",
}


def _only_japanese_signature(mailbox: Mailbox) -> None:
    Mailbox.objects.filter(pk=mailbox.pk).update(signature="株式会社サンプル", signature_en="")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_it_warns_the_lead_who_switches_on_a_survey_that_goes_unsigned_in_english(
    world: World, language: str
) -> None:
    _only_japanese_signature(world.support)
    lead = world.client(world.lead)
    saved = lead.post(
        "/acknowledgements/satisfaction/",
        {"mailbox": world.support.pk, "enabled": "on"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE=language,
    )
    page = saved.content.decode()
    # The message after saving, and the note beside the survey's switch.
    assert page.count(SURVEY_WARNING[language]) == 2

    switched_off = lead.post(
        "/acknowledgements/satisfaction/",
        {"mailbox": world.support.pk},
        follow=True,
        HTTP_ACCEPT_LANGUAGE=language,
    )
    # Switching it off is not warned about; the note stays beside the switch.
    assert switched_off.content.decode().count(SURVEY_WARNING[language]) == 1


def test_an_english_signature_or_no_signature_at_all_is_not_warned_about(world: World) -> None:
    lead = world.client(world.lead)
    Mailbox.objects.filter(pk=world.support.pk).update(signature="", signature_en="")
    world.support.refresh_from_db()
    assert not english_survey_goes_unsigned(world.support)  # nothing to miss
    Mailbox.objects.filter(pk=world.support.pk).update(
        signature="株式会社サンプル", signature_en="Sample Inc. Support"
    )
    world.support.refresh_from_db()
    assert not english_survey_goes_unsigned(world.support)
    saved = lead.post(
        "/acknowledgements/satisfaction/",
        {"mailbox": world.support.pk, "enabled": "on"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert SURVEY_WARNING["ja"] not in saved.content.decode()


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("ja", "本文に「添付」とありますが、ファイルが添付されていません"),
        ("en", "The mail mentions an attachment, but nothing is attached. Send it anyway?"),
    ],
)
def test_the_new_mail_attachment_question_speaks_of_a_mail_not_a_reply(
    world: World, language: str, question: str
) -> None:
    Agent.objects.filter(user=world.alice).update(signature="佐藤 アリス", signature_en="Alice")
    alice = world.client(world.alice)
    fields = {
        "mailbox": world.support.pk,
        "to": "new@client.example",
        "subject": "Your quote",
        "body": "Hello,\n\nPlease find the quote attached.",
    }
    asked = alice.post("/new/", fields, HTTP_ACCEPT_LANGUAGE=language)
    assert asked.status_code == 409
    page = asked.content.decode()
    assert question in page
    assert "The reply mentions" not in page
    assert not OutboxItem.objects.exists()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ja", "評価（満足 / 普通 / 不満。英語で書くお客様には Great / Okay / Bad）"),
        ("en", "a rating (Great / Okay / Bad; 満足 / 普通 / 不満 to a customer who writes in"),
    ],
)
def test_the_survey_switch_names_the_ratings_each_customer_sees(
    world: World, language: str, words: str
) -> None:
    # s10 walk F10: the English page named only 満足 / 普通 / 不満.
    page = world.client(world.lead).get("/acknowledgements/", HTTP_ACCEPT_LANGUAGE=language)
    assert words in page.content.decode()


def test_switching_on_a_survey_whose_links_only_this_machine_can_open_is_warned(
    world: World, settings: Any
) -> None:
    """Walk 12, F-17: every survey went out linking to http://localhost:8000, unwarned."""
    lead = world.client(world.lead)

    def switch_on() -> str:
        return lead.post(
            "/acknowledgements/satisfaction/",
            {"mailbox": world.support.pk, "enabled": "on"},
            follow=True,
            HTTP_ACCEPT_LANGUAGE="ja",
        ).content.decode()

    settings.PUBLIC_URL = "http://localhost:8000"
    saved = switch_on()
    assert "http://localhost:8000 を指していますが" in saved and "MADOGUCHI_PUBLIC_URL" in saved

    settings.PUBLIC_URL = "https://support.example.co.jp"
    assert "MADOGUCHI_PUBLIC_URL" not in switch_on()
