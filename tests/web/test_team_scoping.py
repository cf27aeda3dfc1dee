"""Per-team scoping (issue 13 item 1c): labels, templates, FAQ entries, the reply-check
policy and topic names belong to a team or are global (an admin's). A lead changes only
their own teams' items; global ones are read-only to them; nobody sees another team's."""

from __future__ import annotations

import pytest
from django.utils import timezone

from madoguchi.actions.base import NotAllowed
from madoguchi.actions.triage import set_topic_label, topic_names
from madoguchi.models import FaqEntry, LintPolicy, OutboxItem, Template
from tests.web.conftest import World, make_conversation

DRAFT = "9月10日までに書類を返送してください。"  # the "imperative" rule fires


def _send(world: World, user: object, conversation_id: int, body: str = DRAFT) -> None:
    world.client(user).post(  # type: ignore[arg-type]
        f"/c/{conversation_id}/reply/", {"body": body, "seen_at": timezone.now().isoformat()}
    )


def _modes(**modes: str) -> dict[str, str]:
    from madoguchi.quality.lint import RULES

    return {rule.id: modes.get(rule.id, "warn") for rule in RULES}


def test_a_leads_reply_check_policy_blocks_only_their_teams_replies(world: World) -> None:
    lead = world.client(world.lead)
    assert lead.post("/lint-rules/", _modes(imperative="block")).status_code == 303
    row = LintPolicy.objects.get(rule="imperative")
    assert (row.team, row.mode) == (world.team_a, "block")
    ours = make_conversation(world.support)
    theirs = make_conversation(world.sales, sender="hanako@other.example")
    _send(world, world.alice, ours.pk)
    _send(world, world.charlie, theirs.pk)
    assert not OutboxItem.objects.filter(conversation=ours).exists()  # team A: blocked
    assert OutboxItem.objects.filter(conversation=theirs).count() == 1  # team B: sent


def test_a_lead_cannot_pick_another_teams_or_the_global_policy(world: World) -> None:
    lead = world.client(world.lead)
    lead.post(f"/lint-rules/?team={world.team_b.pk}", _modes(imperative="block"))
    assert not LintPolicy.objects.filter(team=world.team_b).exists()
    assert not LintPolicy.objects.filter(team=None).exists()


def test_an_admins_global_policy_applies_where_a_team_has_none(world: World) -> None:
    admin = world.client(world.admin)
    assert admin.post("/lint-rules/", _modes(imperative="block")).status_code == 303
    assert LintPolicy.objects.get(rule="imperative").team is None
    world.client(world.lead).post("/lint-rules/", _modes(imperative="warn"))
    ours = make_conversation(world.support)
    theirs = make_conversation(world.sales, sender="hanako@other.example")
    _send(world, world.alice, ours.pk)
    _send(world, world.charlie, theirs.pk)
    assert OutboxItem.objects.filter(conversation=ours).count() == 1  # team A chose warn
    assert not OutboxItem.objects.filter(conversation=theirs).exists()  # global: block


def test_faq_entries_are_scoped_to_teams(world: World) -> None:
    ours = FaqEntry.objects.create(title="返金の手順", body="…", team=world.team_a)
    theirs = FaqEntry.objects.create(title="営業資料の送付", body="…", team=world.team_b)
    shared = FaqEntry.objects.create(title="営業時間", body="平日9時から18時")
    lead = world.client(world.lead)
    page = lead.get("/faq/").content.decode()
    assert ours.title in page and shared.title in page and theirs.title not in page
    assert f"/faq/{ours.pk}/" in page and f"/faq/{shared.pk}/" not in page
    for entry in (theirs, shared):
        assert lead.get(f"/faq/{entry.pk}/").status_code == 404
        assert lead.post(f"/faq/{entry.pk}/delete/").status_code == 404
    assert FaqEntry.objects.count() == 3
    response = lead.post(
        "/faq/new/", {"title": "解約", "body": "解約は…", "language": "ja", "team": ""}
    )
    assert response.status_code == 200  # a lead must choose their team
    lead.post(
        "/faq/new/",
        {"title": "解約", "body": "解約は…", "language": "ja", "team": world.team_a.pk},
    )
    assert FaqEntry.objects.get(title="解約").team == world.team_a


def test_templates_personal_team_and_global(world: World) -> None:
    mine = Template.objects.create(
        name="私の定型文", body="いつもありがとうございます", owner=world.alice
    )
    bobs = Template.objects.create(name="ボブの定型文", body="…", owner=world.bob)
    ours = Template.objects.create(name="返金手順", body="返金は…", team=world.team_a)
    theirs = Template.objects.create(name="営業向け", body="…", team=world.team_b)
    shared = Template.objects.create(name="共通のお礼", body="ありがとうございます")
    page = world.client(world.alice).get("/templates/").content.decode()
    assert all(t.name in page for t in (mine, ours, shared))
    assert bobs.name not in page and theirs.name not in page
    assert f"/templates/{mine.pk}/" in page  # an agent edits their own
    assert f"/templates/{ours.pk}/" not in page and f"/templates/{shared.pk}/" not in page
    conversation = make_conversation(world.support)
    compose = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    assert mine.name in compose and bobs.name not in compose and theirs.name not in compose
    inserted = world.client(world.alice).get(
        f"/c/{conversation.pk}/template/", {"template": bobs.pk}
    )
    assert inserted.status_code == 404
    lead = world.client(world.lead)
    for template in (theirs, shared, bobs):
        assert lead.post(f"/templates/{template.pk}/delete/").status_code == 404
    assert Template.objects.count() == 5


def test_an_agent_keeps_a_personal_template(world: World) -> None:
    alice = world.client(world.alice)
    response = alice.post(
        "/templates/new/",
        {
            "name": "私の挨拶",
            "scope": "personal",
            "folder": "挨拶",
            "language": "ja",
            "kind": "reply",
            "body": "お世話になっております。",
        },
    )
    assert response.status_code == 303
    template = Template.objects.get(name="私の挨拶")
    assert (template.owner, template.team, template.folder) == (world.alice, None, "挨拶")
    refused = alice.post(
        "/templates/new/",
        {
            "name": "チームへ",
            "scope": f"team:{world.team_a.pk}",
            "language": "ja",
            "kind": "reply",
            "body": "…",
        },
    )
    assert refused.status_code == 200  # not a choice an agent has
    assert not Template.objects.filter(name="チームへ").exists()


def test_topic_names_per_team(world: World) -> None:
    set_topic_label(world.admin, "返金 / 手続き", "返金の問い合わせ")
    set_topic_label(world.lead, "返金 / 手続き", "返金（A班）", world.team_a)
    assert topic_names([world.team_a.pk])["返金 / 手続き"] == "返金（A班）"
    assert topic_names([world.team_b.pk])["返金 / 手続き"] == "返金の問い合わせ"
    with pytest.raises(NotAllowed):
        set_topic_label(world.lead, "返金 / 手続き", "横取り", world.team_b)


def test_a_personal_template_is_a_reply_template(world: World) -> None:
    response = world.client(world.alice).post(
        "/templates/new/",
        {
            "name": "私の確認質問",
            "scope": "personal",
            "language": "ja",
            "kind": "clarify",  # offered to every agent by the assistant: not personal
            "body": "ご注文番号を教えてください。",
        },
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert "個人用テンプレートは返信用テンプレートに限られます" in response.content.decode()
    assert not Template.objects.filter(name="私の確認質問").exists()
