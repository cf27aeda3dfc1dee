"""The reply check in the compose box, and the team's rules that stop a send."""

from __future__ import annotations

import re

from django.test import Client
from django.utils import timezone

from madoguchi.models import Event, LintPolicy, OutboxItem
from tests.web.conftest import World, make_conversation

DRAFT = "9月10日までに書類を返送してください。"


def _lint(world: World, conversation_id: int, body: str) -> list[dict[str, object]]:
    response = world.client(world.alice).post(
        f"/c/{conversation_id}/lint/?format=json", {"body": body}
    )
    assert response.status_code == 200
    return response.json()["findings"]


def _send(
    world: World, conversation_id: int, body: str, client: Client | None = None, **extra: object
) -> object:
    return (client or world.client(world.alice)).post(
        f"/c/{conversation_id}/reply/",
        {"body": body, "seen_at": timezone.now().isoformat(), **extra},
    )


def test_it_returns_findings_with_offsets(world: World) -> None:
    conversation = make_conversation(world.support, subject="書類のご返送のお願い")
    findings = _lint(world, conversation.pk, DRAFT)
    imperative = next(f for f in findings if f["rule"] == "imperative")
    assert DRAFT[imperative["start"] : imperative["end"]] == "書類を返送してください"  # type: ignore[misc]
    assert imperative["suggestion"] == "書類のご返送をお願いいたします"
    assert imperative["mode"] == "warn"


def test_offsets_for_the_browser_count_an_emoji_as_two(world: World) -> None:
    conversation = make_conversation(world.support)
    body = "😀" + DRAFT
    finding = next(f for f in _lint(world, conversation.pk, body) if f["rule"] == "imperative")
    assert finding["start_utf16"] == finding["start"] + 1  # type: ignore[operator]
    utf16 = body.encode("utf-16-le")
    start, end = finding["start_utf16"], finding["end_utf16"]
    assert utf16[start * 2 : end * 2].decode("utf-16-le") == "書類を返送してください"  # type: ignore[operator]


def test_the_panel_offers_the_rewrite_with_one_click(world: World) -> None:
    conversation = make_conversation(world.support)
    response = world.client(world.alice).post(f"/c/{conversation.pk}/lint/", {"body": DRAFT})
    html = response.content.decode()
    assert 'data-suggestion="書類のご返送をお願いいたします"' in html
    assert 'data-start="8" data-end="19"' in html


def test_crlf_from_the_form_gives_the_same_offsets_as_the_textarea(world: World) -> None:
    conversation = make_conversation(world.support)
    lf = _lint(world, conversation.pk, "山田様\n\n" + DRAFT)
    crlf = _lint(world, conversation.pk, "山田様\r\n\r\n" + DRAFT)
    assert [(f["rule"], f["start"]) for f in lf] == [(f["rule"], f["start"]) for f in crlf]


def test_a_blocking_rule_stops_sending_until_the_text_is_fixed(world: World) -> None:
    LintPolicy.objects.create(rule="imperative", mode="block")
    conversation = make_conversation(world.support)
    alice = world.client(world.alice)
    response = _send(world, conversation.pk, DRAFT, alice)
    assert response.status_code == 303  # type: ignore[attr-defined]
    assert not OutboxItem.objects.filter(conversation=conversation).exists()
    page = alice.get(f"/c/{conversation.pk}/").content.decode()
    assert "送信を止めました" in page
    assert DRAFT in page  # the draft was kept
    fixed = "書類確認のため、9月10日までに書類のご返送をお願いいたします。"
    _send(world, conversation.pk, fixed)
    assert OutboxItem.objects.filter(conversation=conversation).count() == 1


def test_acknowledging_lets_the_text_through_and_is_recorded(world: World) -> None:
    LintPolicy.objects.create(rule="vague", mode="acknowledge")
    conversation = make_conversation(world.support)
    body = "なるべく早くご連絡いたします。"
    _send(world, conversation.pk, body)
    assert not OutboxItem.objects.filter(conversation=conversation).exists()
    _send(world, conversation.pk, body, lint_ack="vague")
    assert OutboxItem.objects.filter(conversation=conversation).count() == 1
    event = Event.objects.get(conversation=conversation, verb="reply_queued")
    assert event.after["lint_acknowledged"] == ["vague"]


def test_an_acknowledgement_for_another_rule_does_not_count(world: World) -> None:
    LintPolicy.objects.create(rule="vague", mode="acknowledge")
    conversation = make_conversation(world.support)
    _send(world, conversation.pk, "なるべく早くご連絡いたします。", lint_ack="imperative")
    assert not OutboxItem.objects.filter(conversation=conversation).exists()


def test_a_rule_turned_off_is_not_shown(world: World) -> None:
    LintPolicy.objects.create(rule="imperative", mode="off")
    conversation = make_conversation(world.support)
    assert "imperative" not in {f["rule"] for f in _lint(world, conversation.pk, DRAFT)}


def test_a_lead_sets_the_rules_and_an_agent_cannot(world: World) -> None:
    assert world.client(world.alice).get("/lint-rules/").status_code == 404
    lead = world.client(world.lead)
    page = lead.get("/lint-rules/")
    assert page.status_code == 200
    modes = {rule: "warn" for rule in ("condescending", "vague", "request_without_reason")}
    modes |= {
        "imperative": "block",
        "unknown_without_followup": "acknowledge",
        "dismissive": "warn",
        "apology_incomplete": "off",
        "purpose_not_upfront": "off",
        "placeholder_left": "block",
    }
    assert lead.post("/lint-rules/", modes).status_code == 303
    assert LintPolicy.objects.get(rule="imperative").mode == "block"
    assert Event.objects.filter(verb="lint_policy_changed", actor=world.lead).exists()


def test_charlie_cannot_lint_in_a_conversation_of_another_team(world: World) -> None:
    conversation = make_conversation(world.support)
    response = world.client(world.charlie).post(f"/c/{conversation.pk}/lint/", {"body": DRAFT})
    assert response.status_code == 404


def test_each_finding_shows_its_rule_name(world: World) -> None:
    conversation = make_conversation(world.support)
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/lint/", {"body": DRAFT}, HTTP_ACCEPT_LANGUAGE="en"
    )
    names = re.findall(r"data-lint-locate>([^<]*)</button>", response.content.decode())
    assert names and all(name.strip() for name in names)
    assert "Commanding tone" in names


def test_a_suggestion_with_blanks_is_shown_without_a_one_click_apply(world: World) -> None:
    conversation = make_conversation(world.support)
    body = "近日中にご連絡いたします。"
    findings = _lint(world, conversation.pk, body)
    hinted = [f for f in findings if f["suggestion"] and "〇" in f["suggestion"]]
    assert hinted and all(f["rewrite"] is None for f in hinted)
    html = world.client(world.alice).post(f"/c/{conversation.pk}/lint/", {"body": body})
    assert 'data-suggestion="〇' not in html.content.decode()


def test_the_rules_page_shows_the_families_each_rule_covers(world: World) -> None:
    page = world.client(world.lead).get("/lint-rules/", HTTP_ACCEPT_LANGUAGE="ja")
    html = page.content.decode()
    assert "この規則が見つける言い回しの型" in html
    assert "再度の質問をとがめる" in html  # condescending: reproach for asking again
    assert "背景説明の後、最後に依頼が来る" in html  # purpose_not_upfront: request last


def test_talking_down_is_not_sent_with_one_click_until_a_lead_says_so(world: World) -> None:
    # No policy rows at all: the defaults. A rude draft waits for the agent's tick, in Japanese.
    conversation = make_conversation(world.support)
    rude = "前にもお伝えした通りです。マニュアルをよく読んでからご連絡ください。"
    findings = {f["rule"] for f in _lint(world, conversation.pk, rude)}
    assert "condescending" in findings
    client = world.client(world.alice)
    response = client.post(
        f"/c/{conversation.pk}/reply/",
        {"body": rude, "seen_at": timezone.now().isoformat()},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert not OutboxItem.objects.filter(conversation=conversation).exists()
    assert "送信を止めました" in response.content.decode()
    _send(world, conversation.pk, rude, lint_ack=sorted(findings))
    assert OutboxItem.objects.filter(conversation=conversation).count() == 1
    # A lead who wants the old behaviour sets the rule back to warn.
    LintPolicy.objects.create(rule="condescending", mode="warn")
    LintPolicy.objects.create(rule="dismissive", mode="warn")
    other = make_conversation(world.support, subject="別件")
    _send(world, other.pk, rude)
    assert OutboxItem.objects.filter(conversation=other).count() == 1


JAPANESE = re.compile(r"[ぁ-んァ-ヴ一-龥]")


def _panel(world: World, conversation_id: int, body: str, language: str) -> str:
    response = world.client(world.alice).post(
        f"/c/{conversation_id}/lint/", {"body": body}, HTTP_ACCEPT_LANGUAGE=language
    )
    return response.content.decode()


def test_each_card_explains_in_the_readers_language_whatever_the_replys(world: World) -> None:
    """Walk 8 finding 24: an English UI showed a Japanese reply's findings with English
    titles over Japanese explanations. Both now follow the UI; the rewrite, which goes into
    the reply, stays in the reply's language."""
    conversation = make_conversation(world.support)
    english_ui = _panel(world, conversation.pk, DRAFT, "en")
    explanations = re.findall(r'<p class="lint-message">([^<]*)</p>', english_ui)
    assert explanations and not any(JAPANESE.search(text) for text in explanations)
    assert "Commanding tone" in english_ui
    assert (
        "ご返送をお願いいたします" in english_ui
    )  # the rewrite for the Japanese reply stays Japanese

    japanese_ui = _panel(world, conversation.pk, "Obviously you should have read the manual.", "ja")
    explanations = re.findall(r'<p class="lint-message">([^<]*)</p>', japanese_ui)
    assert explanations and all(JAPANESE.search(text) for text in explanations)
    # The JSON of the contract keeps the reply's language.
    assert _lint(world, conversation.pk, DRAFT)[0]["message"].startswith("お客様")  # type: ignore[union-attr]
