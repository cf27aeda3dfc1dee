"""Issue 13 leftovers: Django's is_staff flag alone opens nothing of the admin (only a
superuser's maintenance tool), and the clarifying templates and the approval policy's label
choices are scoped by team like every other template and label list."""

from __future__ import annotations

from django.contrib.auth.models import User

from madoguchi.actions.assist import clarify_templates
from madoguchi.models import ApprovalPolicy, Label, Template
from tests.web.conftest import World

CLARIFY = Template.Kind.CLARIFY


def staff(user: User) -> User:
    User.objects.filter(pk=user.pk).update(is_staff=True)
    user.refresh_from_db()
    return user


def test_a_lead_with_the_staff_flag_is_sent_to_the_apps_pages_not_the_admin(
    world: World,
) -> None:
    client = world.client(staff(world.lead))
    for path in ("/admin/", "/admin/madoguchi/mailbox/", "/admin/auth/user/"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="ja", follow=True)
        assert response.redirect_chain[-1] == ("/people/", 302), path
        page = response.content.decode()
        assert "Django の管理画面はスーパーユーザー向けの保守用ツールです" in page
        assert "Django administration" not in page and "サイト管理" not in page


def test_an_agent_with_the_staff_flag_gets_the_apps_403(world: World) -> None:
    response = world.client(staff(world.alice)).get("/admin/", follow=True)
    assert response.status_code == 403
    assert "Django" not in response.content.decode()


def test_a_superuser_still_opens_the_admin(world: World) -> None:
    User.objects.filter(pk=world.admin.pk).update(is_staff=True, is_superuser=True)
    response = world.client(world.admin).get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "Site administration" in response.content.decode()


def clarifying(team: object, body: str) -> Template:
    return Template.objects.create(
        name="[login] 確認のお願い", body=body, language="ja", kind=CLARIFY, team=team
    )


def test_clarifying_templates_offered_are_the_users_teams_and_the_global_ones(
    world: World,
) -> None:
    clarifying(None, "全体: ログインについて詳しく教えてください。")
    clarifying(world.team_a, "チームA: ログイン画面の表示を教えてください。")
    clarifying(world.team_b, "チームB: 営業担当からご連絡します。")

    def bodies(user: User) -> set[str]:
        return {template.text.split(":")[0] for template in clarify_templates(user)}

    assert bodies(world.lead) == {"全体", "チームA"}
    assert bodies(world.alice) == {"全体", "チームA"}
    assert bodies(world.charlie) == {"全体", "チームB"}
    assert bodies(world.admin) == {"全体", "チームA", "チームB"}


def test_a_lead_sees_and_picks_only_their_teams_and_global_labels_in_an_approval_policy(
    world: World,
) -> None:
    ours = Label.objects.create(name="チームAの返金", color="#b45309", team=world.team_a)
    theirs = Label.objects.create(name="チームBの解約", color="#b45309", team=world.team_b)
    client = world.client(world.lead)

    page = client.get("/approval-rules/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert ours.name in page and world.label.name in page  # world.label is global
    assert theirs.name not in page

    def post(label: Label) -> int:
        data = {"name": f"{label.name}は承認", "is_active": "on", "first_replies": "0"}
        data["team"] = str(world.team_a.pk)  # a lead's policy is for their own team
        return client.post("/approval-rules/new/", {**data, "labels": [label.pk]}).status_code

    assert post(theirs) == 200  # the form again, with the error
    assert not ApprovalPolicy.objects.exists()
    assert post(ours) == 303
    assert list(ApprovalPolicy.objects.get().labels.all()) == [ours]


def test_a_rules_label_and_automatic_reply_choices_are_the_leads_teams_and_global_ones(
    world: World,
) -> None:
    ours = Template.objects.create(name="チームAの受付", body="受け付けました。", team=world.team_a)
    theirs = Template.objects.create(name="チームBの受付", body="承りました。", team=world.team_b)
    personal = Template.objects.create(name="ボブの下書き", body="メモ", owner=world.bob)
    their_label = Label.objects.create(name="チームBの解約", color="#b45309", team=world.team_b)
    client = world.client(world.lead)

    page = client.get("/rules/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert ours.name in page and world.label.name in page
    assert theirs.name not in page and personal.name not in page and their_label.name not in page

    rule = {"name": "受付", "position": "10", "is_active": "on", "match": "all", "every_mail": "on"}
    rule["mailbox"] = str(world.support.pk)
    assert client.post("/rules/new/", {**rule, "auto_reply": theirs.pk}).status_code == 200
    assert client.post("/rules/new/", {**rule, "label": their_label.name}).status_code == 200
    assert client.post("/rules/new/", {**rule, "auto_reply": ours.pk}).status_code == 303


def test_a_lead_saving_a_policy_keeps_the_labels_they_cannot_see(world: World) -> None:
    theirs = Label.objects.create(name="チームBの解約", color="#b45309", team=world.team_b)
    policy = ApprovalPolicy.objects.create(name="解約は承認", team=world.team_a)
    policy.labels.add(theirs, world.label)
    data = {"name": "解約は承認（改）", "is_active": "on", "first_replies": "0"}
    data["team"] = str(world.team_a.pk)

    response = world.client(world.lead).post(f"/approval-rules/{policy.pk}/", data)

    assert response.status_code == 303
    policy.refresh_from_db()
    assert policy.name == "解約は承認（改）"
    assert set(policy.labels.all()) == {theirs}  # the global one was unticked; B's stays
