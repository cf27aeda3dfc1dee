"""Input far beyond what a person types: a clear answer that names the problem, nothing
sent, the agent's text kept where it can be, never a 500 or a bare error page."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from madoguchi.models import Draft, OutboxItem
from madoguchi.web.forms import MAX_UPLOAD_BYTES
from tests.web.conftest import World, make_conversation

TEXT = "山田様\n\n返金の件、承知しました。"


def post_reply(world: World, conversation_id: int, **fields: object) -> str:
    data = {"body": TEXT, "seen_at": timezone.now().isoformat(), **fields}
    response = world.client(world.alice).post(
        f"/c/{conversation_id}/reply/", data, follow=True, HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 200
    return response.content.decode()


def test_a_10_mb_reply_gets_the_apps_page_naming_the_limit(world: World) -> None:
    conversation = make_conversation(world.support)
    body = "あ" * (10 * 1024 * 1024 // 3)
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/",
        {"body": body, "seen_at": timezone.now().isoformat()},
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert 'class="brand"' in page and "200,000" in page and "25 MB" in page
    assert "送信も変更もしていません" in page
    assert not OutboxItem.objects.exists()


def test_a_reply_over_200000_characters_is_refused_as_too_long_not_as_empty(
    world: World,
) -> None:
    conversation = make_conversation(world.support)
    page = post_reply(world, conversation.pk, body="a" * 200_001)
    assert "返信が長すぎます（200,000 文字まで）" in page
    assert "返信が空です" not in page
    assert not OutboxItem.objects.exists()


def test_a_reply_to_500_addresses_is_refused_by_name_and_its_text_kept(world: World) -> None:
    conversation = make_conversation(world.support)
    many = ", ".join(f"person{number}@customer.example" for number in range(500))
    page = post_reply(world, conversation.pk, cc=many)
    assert "Cc のアドレスが多すぎます" in page
    assert not OutboxItem.objects.exists()
    draft = Draft.objects.get(conversation=conversation, author=world.alice)
    assert draft.body == TEXT and draft.cc == ""


def test_attachments_over_the_limit_are_refused_and_the_text_kept(world: World) -> None:
    conversation = make_conversation(world.support)
    big = SimpleUploadedFile("見積書.pdf", b"%PDF" + b"0" * MAX_UPLOAD_BYTES, "application/pdf")
    page = post_reply(world, conversation.pk, attachments=big)
    assert "添付ファイルが大きすぎます" in page
    assert not OutboxItem.objects.exists()
    assert Draft.objects.get(conversation=conversation, author=world.alice).body == TEXT


def test_an_enormous_search_query_is_answered_with_a_page(world: World) -> None:
    make_conversation(world.support, text="返金をお願いします。")
    query = "返金 " * 50_000  # 150,000 characters
    response = world.client(world.alice).get("/search/", {"q": query})
    assert response.status_code == 200
    assert len(response.content) < 2_000_000  # the query is not echoed whole
