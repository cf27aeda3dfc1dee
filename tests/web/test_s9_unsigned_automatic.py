"""An English automatic mail (acknowledgement, a rule's reply, a follow-up) when the team
has only Japanese signatures: nobody is at the keyboard to ask, so it goes without a
signature (never the Japanese one under English text), and people are told where they
look: the lead where the acknowledgement is written, everyone on the conversation."""

from __future__ import annotations

from madoguchi.actions.outbound import acknowledge_new_conversations, set_auto_acknowledgement
from madoguchi.models import Mailbox, OutboxItem, Template
from tests.web.conftest import World, make_conversation

ENGLISH = "Thank you for contacting us. We will get back to you shortly."
WARNING_JA = "この文面は英語ですが、メールボックスに英語の署名がありません"


def _only_japanese_signature(mailbox: Mailbox) -> None:
    Mailbox.objects.filter(pk=mailbox.pk).update(signature="株式会社サンプル", signature_en="")


def test_it_warns_the_lead_who_saves_an_english_acknowledgement_that_will_go_unsigned(
    world: World,
) -> None:
    _only_japanese_signature(world.support)
    lead = world.client(world.lead)
    fields = {"mailbox": world.support.pk, "enabled": "on", "subject": "", "text": ENGLISH}
    saved = lead.post("/acknowledgements/", fields, follow=True, HTTP_ACCEPT_LANGUAGE="ja")
    page = saved.content.decode()
    assert page.count(WARNING_JA) == 2  # the message after saving, and beside the text

    Mailbox.objects.filter(pk=world.support.pk).update(signature_en="Sample Inc. Support")
    page = lead.get("/acknowledgements/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert WARNING_JA not in page


def test_a_japanese_acknowledgement_is_not_warned_about(world: World) -> None:
    _only_japanese_signature(world.support)
    lead = world.client(world.lead)
    fields = {"mailbox": world.support.pk, "enabled": "on", "subject": "", "text": "受付ました。"}
    saved = lead.post("/acknowledgements/", fields, follow=True, HTTP_ACCEPT_LANGUAGE="ja")
    assert WARNING_JA not in saved.content.decode()


def test_the_conversation_says_the_acknowledgement_went_without_a_signature(
    world: World,
) -> None:
    _only_japanese_signature(world.support)
    world.support.refresh_from_db()
    set_auto_acknowledgement(world.lead, world.support, enabled=True, subject="", text=ENGLISH)
    conversation = make_conversation(
        world.support, subject="Refund", text="When will I get my refund?", name="John Smith"
    )
    assert acknowledge_new_conversations() == 1
    sent = OutboxItem.objects.get(conversation=conversation).message.text
    assert "株式会社サンプル" not in sent and "\n-- \n" not in sent

    page = world.client(world.alice).get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "署名なしで送信：英語の文面で、英語の署名がありません" in page.content.decode()


def test_it_warns_the_lead_who_saves_a_rule_with_an_english_automatic_reply(
    world: World,
) -> None:
    _only_japanese_signature(world.support)
    english = Template.objects.create(
        name="Refund received", body="Dear {customer_name},\n\n" + ENGLISH, team=world.team_a
    )
    japanese = Template.objects.create(name="受付", body="受け付けました。", team=world.team_a)
    client = world.client(world.lead)
    rule = {"name": "返金", "position": "10", "is_active": "on", "match": "all", "every_mail": "on"}
    rule["mailbox"] = str(world.support.pk)

    saved = client.post(
        "/rules/new/", {**rule, "auto_reply": english.pk}, follow=True, HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert WARNING_JA in saved.content.decode()
    saved = client.post(
        "/rules/new/",
        {**rule, "name": "受付", "auto_reply": japanese.pk},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert WARNING_JA not in saved.content.decode()


def test_it_warns_the_lead_who_names_an_english_follow_up_for_a_mailbox_without_one(
    world: World,
) -> None:
    _only_japanese_signature(world.support)
    english = Template.objects.create(name="Checking in", body="Dear {customer_name}, " + ENGLISH)
    japanese = Template.objects.create(name="その後", body="その後いかがでしょうか。")
    client = world.client(world.lead)
    form = {
        "name": "標準",
        "mailbox": str(world.support.pk),
        "warn_percent": "80",
        "first_response_minutes": "60",
        "remind_after_days": "3",
        "followup_template": str(english.pk),
    }
    warning = "フォローアップのテンプレートは英語ですが、メールボックスに英語の署名がありません"
    saved = client.post("/sla/policies/new/", form, follow=True, HTTP_ACCEPT_LANGUAGE="ja")
    assert warning in saved.content.decode()
    form |= {"name": "和文", "followup_template": str(japanese.pk)}
    saved = client.post("/sla/policies/new/", form, follow=True, HTTP_ACCEPT_LANGUAGE="ja")
    assert warning not in saved.content.decode()


def test_an_english_forward_with_only_japanese_signatures_says_it_went_unsigned(
    world: World,
) -> None:
    _only_japanese_signature(world.support)
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    forwarded = client.post(
        f"/c/{conversation.pk}/forward/",
        {"to": "billing@partner.example", "note": "Could you check this refund, please?"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    page = forwarded.content.decode()
    assert "署名なしで送信されます：英語の文面ですが、英語の署名がありません" in page
    text = OutboxItem.objects.get(conversation=conversation).message.text
    assert "株式会社サンプル" not in text.split("----------")[0]  # never under the note

    japanese = client.post(
        f"/c/{conversation.pk}/forward/",
        {"to": "keiri@partner.example", "note": "ご確認をお願いします。"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert "署名なしで送信されます" not in japanese.content.decode()
