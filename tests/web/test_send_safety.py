"""誤送信防止 in the compose box: reply-all shown, no signature pre-filled, questions asked
once (attachment mentioned, recipients outside the conversation), the preview is the body
that will be sent, undo send, and the 送信失敗 folder."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from madoguchi.models import Draft, Mailbox, Message, OutboxItem, OutboxState
from tests.web.conftest import World, make_conversation

HTMX = {"HTTP_HX_REQUEST": "true"}


def post_reply(world: World, conversation_id: int, **fields: Any) -> Any:
    data = {"body": "ご連絡ありがとうございます。", "seen_at": timezone.now().isoformat()}
    data.update(fields)
    return world.client(world.alice).post(f"/c/{conversation_id}/reply/", data, **HTMX)


def test_the_compose_box_starts_empty_with_reply_all_recipients(world: World) -> None:
    Mailbox.objects.filter(pk=world.support.pk).update(signature="株式会社サンプル")
    conversation = make_conversation(world.support)
    Message.objects.filter(conversation=conversation).update(
        to=[{"name": "", "address": "support@example.com"}],
        cc=[{"name": "部長", "address": "boss@customer.example"}],
    )

    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()

    assert '<textarea name="body" id="reply-body"' in page
    assert "株式会社サンプル</textarea>" not in page
    assert 'name="to" value="&quot;山田 太郎&quot; &lt;taro@customer.example&gt;"' in page
    assert 'name="cc" value="&quot;部長&quot; &lt;boss@customer.example&gt;"' in page


def test_an_attachment_mentioned_but_missing_is_asked_about_once(world: World) -> None:
    conversation = make_conversation(world.support)
    body = "見積書を添付いたしますので、ご確認ください。"

    asked = post_reply(world, conversation.pk, body=body)

    assert asked.status_code == 200 and asked.headers["HX-Retarget"] == "#send-confirm"
    assert 'data-question="attachment"' in asked.content.decode()
    assert not OutboxItem.objects.exists()
    assert Draft.objects.get(conversation=conversation).body == body  # nothing lost

    sent = post_reply(world, conversation.pk, body=body, confirmed="attachment")
    assert sent.status_code == 204 and OutboxItem.objects.count() == 1


def test_a_recipient_outside_the_conversation_is_confirmed_with_the_list(world: World) -> None:
    conversation = make_conversation(world.support)

    asked = post_reply(world, conversation.pk, cc="someone@elsewhere.example")

    html = asked.content.decode()
    assert 'data-question="recipients"' in html and "someone@elsewhere.example" in html
    assert "data-send-preview" in html  # the body as it will go, with the signature
    assert not OutboxItem.objects.exists()
    post_reply(world, conversation.pk, cc="someone@elsewhere.example", confirmed="recipients")
    assert OutboxItem.objects.count() == 1


def test_a_mailbox_set_to_always_confirms_every_reply(world: World) -> None:
    Mailbox.objects.filter(pk=world.support.pk).update(confirm_before_send="always")
    conversation = make_conversation(world.support)
    assert 'data-question="recipients"' in post_reply(world, conversation.pk).content.decode()
    Mailbox.objects.filter(pk=world.support.pk).update(confirm_before_send="never")
    assert post_reply(world, conversation.pk).status_code == 204


def test_the_preview_is_the_body_that_will_be_sent(world: World) -> None:
    Mailbox.objects.filter(pk=world.support.pk).update(
        signature="株式会社サンプル", quote_style="none"
    )
    conversation = make_conversation(world.support)

    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/preview/", {"body": "承知しました。\r\n"}
    )

    assert (
        '<pre class="text" data-send-preview>承知しました。\n\n-- \n株式会社サンプル\n</pre>'
        in (response.content.decode())
    )


def test_undo_send_puts_the_text_back_and_removes_the_reply(world: World) -> None:
    conversation = make_conversation(world.support)
    post_reply(world, conversation.pk, body="やはり取り消します。")
    item = OutboxItem.objects.get()
    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    assert f"/c/{conversation.pk}/outbox/{item.pk}/undo/" in page
    # Only the author may take it back.
    world.client(world.bob).post(f"/c/{conversation.pk}/outbox/{item.pk}/undo/")
    assert OutboxItem.objects.filter(pk=item.pk, state=OutboxState.PENDING).exists()

    world.client(world.alice).post(f"/c/{conversation.pk}/outbox/{item.pk}/undo/")

    assert not OutboxItem.objects.exists()
    assert not Message.objects.filter(conversation=conversation, direction="out").exists()
    assert Draft.objects.get(conversation=conversation, author=world.alice).body == (
        "やはり取り消します。"
    )


def test_failed_replies_have_their_own_folder_with_a_count(world: World) -> None:
    failed = make_conversation(world.support, subject="届かなかった返信")
    fine = make_conversation(world.support, subject="届いた返信", sender="hanako@customer.example")
    for conversation in (failed, fine):
        post_reply(world, conversation.pk)
    OutboxItem.objects.filter(conversation=failed).update(
        state=OutboxState.FAILED, last_error="no SMTP server is set for this mailbox"
    )

    page = world.client(world.alice).get("/q/send_failed/", HTTP_ACCEPT_LANGUAGE="ja")

    html = page.content.decode()
    assert "届かなかった返信" in html and "届いた返信" not in html
    assert 'class="send-failed-folder active"><span>送信失敗</span><em>1</em>' in html
    banner = world.client(world.alice).get(f"/c/{failed.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    # The reason, in the reader's language (s6 walk: it was English in the Japanese banner).
    assert (
        "このメールボックスには送信（SMTP）サーバーが設定されていません。"
        in banner.content.decode()
    )
    assert "今すぐ送信" in banner.content.decode()


def test_an_agents_english_signature_overrides_the_mailboxs_for_english_replies(
    world: World,
) -> None:
    Mailbox.objects.filter(pk=world.support.pk).update(
        signature="株式会社サンプル", signature_en="Sample Inc.", quote_style="none"
    )
    client = world.client(world.alice)
    client.post(
        "/preferences/",
        {"language": "", "time_zone": "", "signature": "", "signature_en": "Alice, Sample Inc."},
    )
    conversation = make_conversation(world.support)

    english = client.post(f"/c/{conversation.pk}/reply/preview/", {"body": "Thank you."})
    japanese = client.post(f"/c/{conversation.pk}/reply/preview/", {"body": "承知しました。"})

    assert "Thank you.\n\n-- \nAlice, Sample Inc.\n</pre>" in english.content.decode()
    assert "承知しました。\n\n-- \n株式会社サンプル\n</pre>" in japanese.content.decode()
