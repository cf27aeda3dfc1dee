"""People, roles and teams in the app: admins add people (a first password or a one-time
link), change roles, deactivate (never delete); leads manage the members of the teams they
lead, nothing more; admins create and rename teams."""

from __future__ import annotations

import re
from typing import Any

from django.contrib.auth.models import User
from django.test import Client

from madoguchi.actions.sending import compose_body
from madoguchi.models import Agent, Event, Team
from tests.web.conftest import PASSWORD, World, make_conversation


def _new_person(**changes: Any) -> dict[str, Any]:
    return {
        "username": "hanako",
        "display_name": "山本 花子",
        "email": "hanako@staff.example",
        "role": "agent",
        "teams": [],
        "first_access": "link",
        "password": "",
        **changes,
    }


def test_a_lead_finds_people_and_teams_in_the_menu_in_japanese(world: World) -> None:
    client = world.client(world.lead)
    assert 'href="/people/"' in client.get("/q/new/").content.decode()
    body = client.get("/people/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "メンバーとチーム" in body and "佐藤 アリス" in body and "Team A" in body
    assert "メンバーを追加" not in body  # adding people is the admin's


def test_an_agent_cannot_manage_people(world: World) -> None:
    client = world.client(world.alice)
    assert 'href="/people/"' not in client.get("/q/new/").content.decode()
    assert client.get("/people/").status_code == 404
    assert client.get(f"/people/{world.bob.pk}/").status_code == 404
    assert client.post("/people/new/", _new_person()).status_code == 404
    assert client.post("/teams/new/", {"name": "乗っ取り班"}).status_code == 404
    assert not User.objects.filter(username="hanako").exists()


def test_an_admin_invites_a_person_with_a_one_time_link(world: World) -> None:
    admin = world.client(world.admin)
    response = admin.post(
        "/people/new/", _new_person(teams=[str(world.team_a.pk)]), HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "山本 花子 さんを追加しました" in body
    link = re.search(r'value="(http://testserver/welcome/[^"]+)"', body)
    assert link is not None
    hanako = User.objects.get(username="hanako")
    assert not hanako.has_usable_password()
    assert list(hanako.agent.teams.all()) == [world.team_a]
    event = Event.objects.get(verb="person_added")
    assert event.after["first_password"] == "invitation link"
    assert "welcome" not in str(event.after)  # the link is shown once, stored nowhere
    assert "3 日間有効です" in body

    newcomer = Client()
    form_page = newcomer.get(link.group(1).removeprefix("http://testserver"), follow=True)
    assert "パスワードを設定" in form_page.content.decode()
    set_url = form_page.redirect_chain[-1][0]
    done = newcomer.post(
        set_url, {"new_password1": "hanako-first-pw-2026", "new_password2": "hanako-first-pw-2026"}
    )
    assert done.status_code == 302 and done["Location"] == "/login/"
    assert Client().login(username="hanako", password="hanako-first-pw-2026")
    # The link works once.
    again = Client().get(link.group(1).removeprefix("http://testserver"), follow=True)
    assert "このリンクは使用済みか期限切れです" in again.content.decode()


def test_an_admin_gives_a_first_password_and_weak_ones_are_refused(world: World) -> None:
    admin = world.client(world.admin)
    weak = admin.post(
        "/people/new/",
        _new_person(first_access="password", password="password"),
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert weak.status_code == 400
    assert "このパスワードは一般的すぎます。" in weak.content.decode()
    assert not User.objects.filter(username="hanako").exists()
    missing = admin.post(
        "/people/new/", _new_person(first_access="password"), HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert "最初のパスワードを入れるか、リンクを選んでください。" in missing.content.decode()
    response = admin.post(
        "/people/new/", _new_person(first_access="password", password="kaisha-no-hajime-42")
    )
    assert response.status_code == 200
    assert Client().login(username="hanako", password="kaisha-no-hajime-42")


def test_a_taken_user_name_is_named(world: World) -> None:
    response = world.client(world.admin).post(
        "/people/new/", _new_person(username="ALICE"), HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 400
    assert "ユーザー名 ALICE は使われています。" in response.content.decode()
    assert User.objects.filter(username__iexact="alice").count() == 1


def test_an_admin_changes_a_role_but_not_their_own(world: World) -> None:
    admin = world.client(world.admin)
    response = admin.post(
        f"/people/{world.bob.pk}/",
        {"display_name": "鈴木 ボブ", "role": "lead", "teams": [str(world.team_a.pk)]},
    )
    assert response.status_code == 303
    agent = Agent.objects.get(user=world.bob)
    assert (agent.role, agent.display_name) == ("lead", "鈴木 ボブ")
    event = Event.objects.get(verb="person_changed")
    assert event.before["role"] == "agent" and event.after["role"] == "lead"
    body = admin.post(
        f"/people/{world.admin.pk}/",
        {"display_name": "", "role": "agent", "teams": []},
        HTTP_ACCEPT_LANGUAGE="ja",
        follow=True,
    ).content.decode()
    assert "自分の管理者の権限は外せません。" in body
    assert Agent.objects.get(user=world.admin).role == "admin"


def test_a_deactivated_person_is_signed_out_and_kept(world: World) -> None:
    bob = Client()
    assert bob.login(username="bob", password=PASSWORD)
    assert bob.get("/q/new/").status_code == 200
    admin = world.client(world.admin)
    response = admin.post(f"/people/{world.bob.pk}/active/", {"active": "0"})
    assert response.status_code == 303
    assert bob.get("/q/new/").status_code == 302  # back to the sign-in page
    assert not Client().login(username="bob", password=PASSWORD)
    assert User.objects.filter(pk=world.bob.pk).exists()  # never deleted
    body = admin.get("/people/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "無効化済み" in body
    admin.post(f"/people/{world.bob.pk}/active/", {"active": "1"})
    assert Client().login(username="bob", password=PASSWORD)
    verbs = list(Event.objects.order_by("pk").values_list("verb", flat=True))
    assert verbs[-2:] == ["person_deactivated", "person_reactivated"]
    # An admin cannot lock themselves out.
    admin.post(f"/people/{world.admin.pk}/active/", {"active": "0"})
    assert User.objects.get(pk=world.admin.pk).is_active


def test_a_lead_changes_only_the_members_of_their_own_teams(world: World) -> None:
    lead = world.client(world.lead)
    # Charlie works in team B; the lead of team A adds him to team A.
    body = lead.get(f"/people/{world.charlie.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "Team B" in body  # shown as "also in", not as a choice
    assert f'value="{world.team_b.pk}"' not in body
    assert 'name="role"' not in body
    response = lead.post(f"/people/{world.charlie.pk}/", {"teams": [str(world.team_a.pk)]})
    assert response.status_code == 303
    assert set(Agent.objects.get(user=world.charlie).teams.all()) == {world.team_a, world.team_b}
    # Team B is not theirs to change: the form refuses the choice and nothing moves.
    refused = lead.post(f"/people/{world.alice.pk}/", {"teams": [str(world.team_b.pk)]})
    assert refused.status_code == 200
    assert list(Agent.objects.get(user=world.alice).teams.all()) == [world.team_a]
    # Nor roles, nor deactivation, nor new people or teams.
    lead.post(f"/people/{world.alice.pk}/", {"teams": [str(world.team_a.pk)], "role": "admin"})
    assert Agent.objects.get(user=world.alice).role == "agent"
    assert lead.post(f"/people/{world.alice.pk}/active/", {"active": "0"}).status_code == 404
    assert lead.get("/people/new/").status_code == 404
    assert lead.post(f"/teams/{world.team_a.pk}/", {"name": "改名"}).status_code == 404
    # Taking someone out of the team works as well.
    lead.post(f"/people/{world.bob.pk}/", {"teams": []})
    assert not Agent.objects.get(user=world.bob).teams.exists()


def test_an_admin_creates_and_renames_teams(world: World) -> None:
    admin = world.client(world.admin)
    admin.post("/teams/new/", {"name": "請求チーム"})
    team = Team.objects.get(name="請求チーム")
    admin.post(f"/teams/{team.pk}/", {"name": "経理・請求チーム"})
    assert Team.objects.get(pk=team.pk).name == "経理・請求チーム"
    body = admin.post(
        "/teams/new/", {"name": "team a"}, HTTP_ACCEPT_LANGUAGE="ja", follow=True
    ).content.decode()
    assert "「team a」というチームはもうあります。" in body
    verbs = list(Event.objects.order_by("pk").values_list("verb", flat=True))
    assert verbs == ["team_created", "team_renamed"]


def test_the_people_page_uses_the_same_number_of_queries_for_many_people(
    world: World, django_assert_max_num_queries: Any
) -> None:
    client = world.client(world.admin)
    client.get("/people/")
    with django_assert_max_num_queries(30) as few:
        client.get("/people/")
    for number in range(15):
        user = User.objects.create_user(f"person{number}", password=None)
        Agent.objects.create(user=user, display_name=f"担当 {number}").teams.add(
            world.team_a, world.team_b
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        body = client.get("/people/").content.decode()
    assert "担当 14" in body


def test_an_admin_sets_a_persons_signatures_and_latin_name(world: World) -> None:
    """A new agent's replies are signed before they ever open their preferences."""
    admin = world.client(world.admin)
    page = admin.get(f"/people/{world.bob.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'name="signature"' in page and 'name="signature_en"' in page
    assert 'name="name_en"' in page and "ローマ字" in page
    response = admin.post(
        f"/people/{world.bob.pk}/",
        {
            "display_name": "鈴木 ボブ",
            "role": "agent",
            "teams": [str(world.team_a.pk)],
            "name_en": " Bob Suzuki ",
            "signature": "鈴木 ボブ\r\n株式会社サンプル",
            "signature_en": "Bob Suzuki\r\nSample Inc.",
        },
    )
    assert response.status_code == 303
    agent = Agent.objects.get(user=world.bob)
    assert (agent.name_en, agent.signature, agent.signature_en) == (
        "Bob Suzuki",
        "鈴木 ボブ\n株式会社サンプル",
        "Bob Suzuki\nSample Inc.",
    )
    event = Event.objects.get(verb="person_changed")
    assert event.after["signature_en"] == "Bob Suzuki\nSample Inc."

    conversation = make_conversation(world.support)
    text = compose_body(conversation, world.bob, "山田様\n\n承知しました。", quote=False).body
    assert text == "山田様\n\n承知しました。\n\n-- \n鈴木 ボブ\n株式会社サンプル\n"
    english = compose_body(conversation, world.bob, "Hello,\n\nNoted.", quote=False).body
    assert english.endswith("-- \nBob Suzuki\nSample Inc.\n")

    # The person's own preferences page still shows and keeps them.
    bob = world.client(world.bob)
    assert "Bob Suzuki\nSample Inc." in bob.get("/preferences/").content.decode()


def test_a_lead_does_not_see_or_set_signatures(world: World) -> None:
    Agent.objects.filter(user=world.bob).update(signature="鈴木 ボブ")
    lead = world.client(world.lead)
    page = lead.get(f"/people/{world.bob.pk}/").content.decode()
    assert 'name="signature"' not in page
    lead.post(f"/people/{world.bob.pk}/", {"teams": [str(world.team_a.pk)], "signature": "x"})
    assert Agent.objects.get(user=world.bob).signature == "鈴木 ボブ"


def test_saving_a_role_does_not_rewrite_a_signature_posted_back_unchanged(world: World) -> None:
    Agent.objects.filter(user=world.bob).update(signature="鈴木 ボブ\r\n株式会社サンプル\r\n")
    admin = world.client(world.admin)
    admin.post(
        f"/people/{world.bob.pk}/",
        {
            "display_name": "",
            "role": "lead",
            "teams": [],
            "name_en": "",
            "signature": "鈴木 ボブ\r\n株式会社サンプル",
            "signature_en": "",
        },
    )
    agent = Agent.objects.get(user=world.bob)
    assert agent.role == "lead" and agent.signature == "鈴木 ボブ\r\n株式会社サンプル\r\n"
    assert "signature" not in Event.objects.get(verb="person_changed").after
