"""Label management by leads (issue 13 item 1c): create, rename, recolour, merge, delete,
within their own teams; agents pick existing labels and manage none."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

from madoguchi.actions.labels import merge_labels
from madoguchi.models import ApprovalPolicy, Conversation, Event, Label, SlaPolicy
from tests.web.conftest import World, make_conversation


def _team_label(world: World, name: str = "解約", team: Any = None) -> Label:
    return Label.objects.create(name=name, color="#047857", team=team or world.team_a)


def _names(conversation: Conversation) -> list[str]:
    return sorted(label.name for label in conversation.labels.all())


def test_it_lets_a_lead_create_a_label_for_their_team(world: World) -> None:
    client = world.client(world.lead)
    response = client.post(
        "/labels/", {"name": " 返金 ", "color": "#B91C1C", "team": world.team_a.pk}
    )
    assert response.status_code == 303
    label = Label.objects.get(name="返金")
    assert (label.team, label.color) == (world.team_a, "#b91c1c")
    assert Event.objects.filter(verb="label_created", actor=world.lead).exists()


def test_it_refuses_a_lead_a_global_label_or_another_teams(world: World) -> None:
    client = world.client(world.lead)
    for team in ("", str(world.team_b.pk)):
        response = client.post("/labels/", {"name": "返金", "color": "#b91c1c", "team": team})
        assert response.status_code == 200  # the form again, with the error
    assert not Label.objects.filter(name="返金").exists()


def test_it_refuses_a_name_in_use_case_insensitively(world: World) -> None:
    Label.objects.create(name="VIP", team=world.team_b)
    response = world.client(world.lead).post(
        "/labels/",
        {"name": "vip", "color": "#b91c1c", "team": world.team_a.pk},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "exists already" in response.content.decode()
    assert Label.objects.filter(name__iexact="vip").count() == 1


def test_it_shows_agents_no_label_management(world: World) -> None:
    label = _team_label(world)
    client = world.client(world.alice)
    assert client.get("/labels/").status_code == 404
    assert client.post(f"/labels/{label.pk}/", {"name": "x", "color": "#000000"}).status_code == 404
    label.refresh_from_db()
    assert label.name == "解約"


def test_it_renames_and_recolours_a_teams_label(world: World) -> None:
    label = _team_label(world)
    conversation = make_conversation(world.support)
    conversation.labels.add(label)
    response = world.client(world.lead).post(
        f"/labels/{label.pk}/", {"name": "解約希望", "color": "#0369a1"}
    )
    assert response.status_code == 303
    label.refresh_from_db()
    assert (label.name, label.color) == ("解約希望", "#0369a1")
    assert _names(conversation) == ["解約希望"]
    event = Event.objects.get(verb="label_changed")
    assert event.before == {"label": "解約", "color": "#047857", "id": label.pk}


def test_it_keeps_global_and_other_teams_labels_read_only_to_a_lead(world: World) -> None:
    theirs = _team_label(world, "営業", world.team_b)
    client = world.client(world.lead)
    page = client.get("/labels/").content.decode()
    assert world.label.name in page  # the global one is listed…
    assert f"/labels/{world.label.pk}/" not in page  # …without an edit link
    assert "営業" not in page  # another team's is not even listed
    for label in (world.label, theirs):
        assert client.get(f"/labels/{label.pk}/").status_code == 404
        assert client.post(f"/labels/{label.pk}/delete/", {"confirm": "1"}).status_code == 404
        assert client.post(f"/labels/{label.pk}/merge/", {"target": label.pk}).status_code == 404
    assert Label.objects.filter(pk__in=[world.label.pk, theirs.pk]).count() == 2


def test_it_lets_an_admin_edit_a_global_label(world: World) -> None:
    response = world.client(world.admin).post(
        f"/labels/{world.label.pk}/", {"name": "請求書", "color": "#b45309"}
    )
    assert response.status_code == 303
    world.label.refresh_from_db()
    assert world.label.name == "請求書"


def test_it_previews_a_merge_before_doing_it(world: World) -> None:
    source = _team_label(world)
    make_conversation(world.support).labels.add(source)
    response = world.client(world.lead).get(
        f"/labels/{source.pk}/merge/", {"target": world.label.pk}, HTTP_ACCEPT_LANGUAGE="ja"
    )
    body = response.content.decode()
    assert "1 件の会話" in body
    assert Label.objects.filter(pk=source.pk).exists()


def test_it_merges_every_conversation_onto_the_target(world: World) -> None:
    source = _team_label(world)
    only_source = make_conversation(world.support, sender="a@customer.example")
    both = make_conversation(world.support, sender="b@customer.example")
    untouched = make_conversation(world.support, sender="c@customer.example")
    only_source.labels.add(source)
    both.labels.add(source, world.label)
    untouched.labels.add(world.label)
    versions = {c.pk: c.version for c in (only_source, both, untouched)}
    sla = SlaPolicy.objects.create(name="解約", label=source, first_response_minutes=60)
    approval = ApprovalPolicy.objects.create(name="解約は承認")
    approval.labels.add(source)

    response = world.client(world.lead).post(
        f"/labels/{source.pk}/merge/", {"target": world.label.pk}
    )

    assert response.status_code == 303
    assert not Label.objects.filter(pk=source.pk).exists()
    for conversation in (only_source, both, untouched):
        assert _names(conversation) == ["請求"]
        conversation.refresh_from_db()
    assert only_source.version == versions[only_source.pk] + 1
    assert both.version == versions[both.pk] + 1
    assert untouched.version == versions[untouched.pk]
    merged = Event.objects.filter(verb="label_merged").order_by("conversation_id")
    assert [e.conversation_id for e in merged] == [only_source.pk, both.pk]
    assert merged[0].before == {"label": "解約", "label_id": source.pk}
    assert merged[0].after == {"label": "請求", "label_id": world.label.pk}
    assert merged[0].actor == world.lead
    summary = Event.objects.get(verb="labels_merged")
    assert summary.after["conversations"] == 2
    sla.refresh_from_db()
    assert sla.label == world.label  # the policy follows the label instead of vanishing
    assert list(approval.labels.all()) == [world.label]


def test_it_shows_the_merge_in_the_conversations_timeline(world: World) -> None:
    source = _team_label(world)
    conversation = make_conversation(world.support)
    conversation.labels.add(source)
    merge_labels(world.lead, source, world.label)
    page = world.client(world.alice).get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "ラベル「解約」を「請求」に統合しました" in page.content.decode()


def test_it_merges_with_the_same_number_of_queries_for_many_conversations(
    world: World,
) -> None:
    def merge_with(count: int, name: str) -> int:
        source = _team_label(world, name)
        for i in range(count):
            make_conversation(world.support, sender=f"{name}{i}@customer.example").labels.add(
                source
            )
        with CaptureQueriesContext(connection) as queries:
            assert merge_labels(world.lead, source, world.label) == count
        return len(queries.captured_queries)

    assert merge_with(2, "few") == merge_with(40, "many")


def test_it_deletes_a_label_from_every_conversation(world: World) -> None:
    label = _team_label(world)
    conversation = make_conversation(world.support)
    conversation.labels.add(label, world.label)
    client = world.client(world.lead)
    client.post(f"/labels/{label.pk}/delete/", {})  # not confirmed: nothing happens
    assert Label.objects.filter(pk=label.pk).exists()
    response = client.post(f"/labels/{label.pk}/delete/", {"confirm": "1"})
    assert response.status_code == 303
    assert not Label.objects.filter(pk=label.pk).exists()
    assert _names(conversation) == ["請求"]
    event = Event.objects.get(verb="label_removed", conversation=conversation)
    assert event.before == {"label": "解約", "label_id": label.pk}


def test_it_refuses_to_delete_a_label_an_sla_policy_uses(world: World) -> None:
    label = _team_label(world)
    SlaPolicy.objects.create(name="解約対応", label=label, first_response_minutes=60)
    client = world.client(world.lead)
    client.post(f"/labels/{label.pk}/delete/", {"confirm": "1"})
    assert Label.objects.filter(pk=label.pk).exists()
    assert SlaPolicy.objects.filter(name="解約対応").exists()


def test_it_lets_agents_pick_but_not_create_labels(world: World) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    client.post(f"/c/{conversation.pk}/label/", {"new_label": "新しいラベル"})
    assert not Label.objects.filter(name="新しいラベル").exists()
    client.post(f"/c/{conversation.pk}/label/", {"label": world.label.pk})
    assert _names(conversation) == ["請求"]
    page = client.get(f"/c/{conversation.pk}/").content.decode()
    assert 'name="new_label"' not in page and 'name="label"' in page


def test_it_lets_a_lead_create_a_teams_label_from_the_conversation(world: World) -> None:
    conversation = make_conversation(world.support)
    world.client(world.lead).post(f"/c/{conversation.pk}/label/", {"new_label": "至急"})
    label = Label.objects.get(name="至急")
    assert label.team == world.team_a
    assert _names(conversation) == ["至急"]


def test_it_offers_only_the_users_teams_labels_and_global_ones(world: World) -> None:
    ours = _team_label(world, "解約")
    theirs = _team_label(world, "営業", world.team_b)
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    page = client.get(f"/c/{conversation.pk}/").content.decode()
    assert ours.name in page and world.label.name in page and theirs.name not in page
    client.post(f"/c/{conversation.pk}/label/", {"label": theirs.pk})
    assert _names(conversation) == []


def test_it_lists_labels_with_the_same_number_of_queries(
    world: World, django_assert_max_num_queries: Any
) -> None:
    client = world.client(world.lead)
    client.get("/labels/")
    # 15 (s14; 16 before the sidebar's mailboxes and the ids were one read).
    # 16: the sidebar's 送信失敗 count is read apart (s44: two index reads
    # instead of a walk of every conversation).
    with django_assert_max_num_queries(16) as few:
        client.get("/labels/")
    for i in range(20):
        label = _team_label(world, f"ラベル{i}")
        make_conversation(world.support, sender=f"l{i}@customer.example").labels.add(label)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get("/labels/").status_code == 200
