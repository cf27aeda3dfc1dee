"""A new mail (/new/, 新規メール) gets the reply box's template picker and reply check: the
same parts, the same rules (a blank left in blocks sending, a must-acknowledge rule is
ticked once), the chosen mailbox's team policy."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from madoguchi.models import Agent, Conversation, Event, LintPolicy, OutboxItem, Template
from tests.web.conftest import World

FIELDS = {"to": "tanaka@client.example", "subject": "お見積りのご案内"}


def test_it_offers_the_templates_and_fills_one_in_the_text_box(world: World) -> None:
    template = Template.objects.create(
        name="見積のご案内", body="{customer_name}様\n\n{mailbox_name}の{agent_name}です。"
    )
    alice = world.client(world.alice)
    page = alice.get("/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "見積のご案内" in page and 'data-lint-url="/new/lint/"' in page
    assert 'id="reply-body"' in page and "テンプレートを挿入" in page
    found = alice.get("/new/template/search/", {"template_q": "見積"}).content.decode()
    assert "見積のご案内" in found and "/new/template/" in found
    box = alice.get(
        "/new/template/",
        {"template": template.pk, "mailbox": world.support.pk, "body": "前置き"},
    ).content.decode()
    # Known names are filled; the customer's stays a visible blank for the agent to fill.
    assert "前置き\n\n{customer_name}様\n\nSupportの佐藤 アリスです。" in box
    assert 'id="reply-body"' in box and "data-draft-url" not in box


def test_the_check_panel_marks_a_blank_and_sending_is_refused(world: World) -> None:
    alice = world.client(world.alice)
    body = "{customer_name}様\n\nお見積りをお送りします。"
    panel = alice.post(
        "/new/lint/",
        {"body": body, "mailbox": world.support.pk, "subject": "ご案内"},
        HTTP_ACCEPT_LANGUAGE="ja",
    ).content.decode()
    assert 'data-rule="placeholder_left"' in panel
    response = alice.post(
        "/new/",
        {"mailbox": world.support.pk, **FIELDS, "body": body},
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert response.status_code == 200
    assert "「{customer_name}」" in response.content.decode()
    assert not Conversation.objects.exists() and not OutboxItem.objects.exists()


def test_a_must_acknowledge_rule_of_the_mailboxs_team_is_ticked_once(world: World) -> None:
    LintPolicy.objects.create(rule="vague", mode="acknowledge", team=world.team_a)
    alice = world.client(world.alice)
    body = "田中様\n\nなるべく早くお見積りをお送りいたします。"
    panel = alice.post("/new/lint/", {"body": body, "mailbox": world.support.pk}).content.decode()
    assert 'name="lint_ack" value="vague"' in panel
    elsewhere = alice.post("/new/lint/", {"body": body}).content.decode()
    assert 'name="lint_ack"' not in elsewhere  # the global policy: only a warning
    fields = {"mailbox": world.support.pk, **FIELDS, "body": body}
    alice.post("/new/", fields)
    assert not OutboxItem.objects.exists()
    response = alice.post("/new/", {**fields, "lint_ack": "vague"})
    assert response.status_code == 303 and OutboxItem.objects.count() == 1
    event = Event.objects.get(verb="mail_started")
    assert event.after["lint_acknowledged"] == ["vague"]


def test_an_english_mail_that_would_leave_unsigned_is_asked_about_first(world: World) -> None:
    """Only Japanese signatures (alice's and the mailbox's): the reply box's question."""
    Agent.objects.filter(user=world.alice).update(signature="佐藤 アリス")
    world.support.signature = "株式会社サンプル"
    world.support.save()
    alice = world.client(world.alice)
    fields = {
        "mailbox": world.support.pk,
        "to": "john@client.example",
        "subject": "Your quote",
        "body": "Hello John,\n\nHere is the quote you asked for.",
    }
    upload = SimpleUploadedFile("quote.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    asked = alice.post("/new/", {**fields, "attachments": [upload]}, HTTP_ACCEPT_LANGUAGE="ja")
    assert asked.status_code == 409
    page = asked.content.decode()
    assert "この英語のメールには署名が付きません" in page
    assert "添付したファイルは保持されていません" in page  # the page cannot keep the files
    assert 'name="confirmed" value="signature"' in page and "Here is the quote" in page
    assert not Conversation.objects.exists() and not OutboxItem.objects.exists()

    sent = alice.post("/new/", {**fields, "confirmed": "signature"})
    assert sent.status_code == 303
    assert OutboxItem.objects.get().message.text == fields["body"] + "\n"


def test_it_asks_about_an_attachment_the_text_mentions_but_nothing_attached(
    world: World,
) -> None:
    """「添付」 with no file: the reply box's question, asked by /new/ too; the mail waits."""
    Agent.objects.filter(user=world.alice).update(signature="佐藤 アリス")
    alice = world.client(world.alice)
    fields = {
        "mailbox": world.support.pk,
        "to": "new@client.example",
        "subject": "お見積りのご案内",
        "body": "新規様\n\n添付の見積書をご確認ください。",
    }
    asked = alice.post("/new/", fields, HTTP_ACCEPT_LANGUAGE="ja")
    assert asked.status_code == 409
    page = asked.content.decode()
    assert "ファイルが添付されていません" in page
    assert 'name="confirmed" value="attachment"' in page
    assert "佐藤 アリス" in page  # the preview is the mail as it will go, signed
    assert not Conversation.objects.exists() and not OutboxItem.objects.exists()

    sent = alice.post("/new/", {**fields, "confirmed": "attachment"})
    assert sent.status_code == 303
    assert OutboxItem.objects.get().message.text.count("佐藤 アリス") == 1
