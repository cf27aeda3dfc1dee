"""Templates in the compose box (issue 13 item 10): the picker grouped by folder and
searched by name and body (Japanese too), and macros that set status, priority and labels
when the reply that used them is sent, each change with its Event."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from madoguchi.models import Event, LintPolicy, OutboxItem, Priority, Status, Template
from tests.web.conftest import World, make_conversation


def _macro(world: World) -> Template:
    template = Template.objects.create(
        name="返金完了のお知らせ",
        body="{customer_name}様\n返金の手続きが完了しました。",
        folder="返金",
        set_status=Status.RESOLVED,
        set_priority=Priority.URGENT,
    )
    template.add_labels.add(world.label)
    return template


def test_the_picker_finds_templates_by_name_and_body(world: World) -> None:
    _macro(world)
    Template.objects.create(name="配送の遅れ", body="お届けが遅れております。", folder="配送")
    Template.objects.create(name="Password reset", body="Please use the link.", language="en")
    conversation = make_conversation(world.support)
    client = world.client(world.alice)

    def search(query: str) -> str:
        response = client.get(
            f"/c/{conversation.pk}/template/search/",
            {"template_q": query},
            HTTP_HX_REQUEST="true",
        )
        assert response.status_code == 200
        return response.content.decode()

    by_body = search("手続き")
    assert "返金完了のお知らせ" in by_body and "配送の遅れ" not in by_body
    assert "<h4>返金</h4>" in by_body  # grouped by folder
    assert "配送の遅れ" in search("配送 遅れ")
    assert "Password reset" in search("password")
    assert "一致するテンプレートはありません" in search("存在しない言葉")


def test_the_page_groups_the_picker_by_folder(world: World) -> None:
    _macro(world)
    Template.objects.create(name="配送の遅れ", body="お届けが遅れております。", folder="配送")
    conversation = make_conversation(world.support)
    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    assert page.index("<h4>返金</h4>") < page.index("<h4>配送</h4>")


def test_inserting_a_macro_says_what_sending_will_do(world: World) -> None:
    template = _macro(world)
    conversation = make_conversation(world.support)
    response = world.client(world.alice).get(
        f"/c/{conversation.pk}/template/",
        {"template": template.pk},
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    body = response.content.decode()
    assert "山田 太郎様" in body
    assert f'name="macro_template" value="{template.pk}"' in body
    assert "ステータス: 対応済" in body and "優先度: 至急" in body
    assert "ラベル: 請求" in body
    assert conversation.labels.count() == 0  # inserting alone changes nothing


def test_sending_the_reply_applies_the_macro(world: World) -> None:
    template = _macro(world)
    conversation = make_conversation(world.support)
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/",
        {
            "body": "山田 太郎様\n返金の手続きが完了しました。",
            "seen_at": timezone.now().isoformat(),
            "macro_template": template.pk,
        },
    )
    assert response.status_code == 303
    assert OutboxItem.objects.filter(conversation=conversation).count() == 1
    conversation.refresh_from_db()
    assert conversation.status == Status.RESOLVED
    assert conversation.priority == Priority.URGENT
    assert [label.name for label in conversation.labels.all()] == ["請求"]
    verbs = set(
        Event.objects.filter(conversation=conversation, actor=world.alice).values_list(
            "verb", flat=True
        )
    )
    assert {"status_changed", "priority_changed", "label_added"} <= verbs


def test_a_reply_that_is_not_sent_applies_nothing(world: World) -> None:
    template = _macro(world)
    LintPolicy.objects.create(rule="imperative", mode="block")
    conversation = make_conversation(world.support)
    world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/",
        {
            "body": "9月10日までに書類を返送してください。",
            "seen_at": timezone.now().isoformat(),
            "macro_template": template.pk,
        },
    )
    conversation.refresh_from_db()
    assert not OutboxItem.objects.filter(conversation=conversation).exists()
    assert conversation.status == Status.NEW and conversation.labels.count() == 0


def test_another_agents_personal_macro_cannot_be_applied(world: World) -> None:
    template = _macro(world)
    template.owner = world.bob
    template.save()
    conversation = make_conversation(world.support)
    world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/",
        {
            "body": "ご連絡ありがとうございます。確認いたします。",
            "seen_at": timezone.now().isoformat(),
            "macro_template": template.pk,
        },
    )
    conversation.refresh_from_db()
    assert OutboxItem.objects.filter(conversation=conversation).count() == 1
    assert conversation.status != Status.RESOLVED and conversation.labels.count() == 0


def test_the_conversation_page_queries_do_not_grow_with_templates(
    world: World, django_assert_max_num_queries: Any
) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    _macro(world)
    client.get(f"/c/{conversation.pk}/")
    with django_assert_max_num_queries(80) as few:
        client.get(f"/c/{conversation.pk}/")
    for i in range(30):
        Template.objects.create(name=f"定型文{i}", body="本文", folder=f"フォルダ{i % 4}")
        Template.objects.create(name=f"個人{i}", body="本文", owner=world.alice)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(f"/c/{conversation.pk}/").status_code == 200
