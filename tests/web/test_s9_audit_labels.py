"""The audit log names what changed in the reader's language: field labels, team and person
names for ids, role names (s8 walk: it showed the stored keys, "teams: [3, 4]")."""

from __future__ import annotations

import csv
import io

from django.test import Client

from madoguchi.models import BlockedSender
from tests.web.conftest import PASSWORD, World, make_conversation


def _change_bob(world: World) -> None:
    world.client(world.admin).post(
        f"/people/{world.bob.pk}/",
        {
            "display_name": "鈴木 ボブ",
            "role": "lead",
            "teams": [str(world.team_a.pk), str(world.team_b.pk)],
        },
    )


def test_it_names_fields_roles_and_teams_in_japanese(world: World) -> None:
    _change_bob(world)
    Client().post("/login/", {"username": "alice", "password": "wrong"})
    page = world.client(world.admin).get("/audit/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "役割: 担当者 → リーダー" in page
    assert "チーム: Team A → Team A, Team B" in page
    assert "表示名: — → 鈴木 ボブ" in page
    assert "理由: パスワードの誤り" in page
    for raw in ("display_name:", "teams:", "role:", "reason:", "password → "):
        assert raw not in page


def test_it_names_them_in_english(world: World) -> None:
    _change_bob(world)
    page = world.client(world.admin).get("/audit/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Role: Agent → Lead" in page and "Teams: Team A → Team A, Team B" in page


def test_the_csv_keeps_its_columns_and_adds_the_readable_text(world: World) -> None:
    _change_bob(world)
    spam = make_conversation(world.support, subject="当選", sender="win@prize.example")
    world.client(world.alice).post(f"/c/{spam.pk}/spam/", {"block": "sender"})
    entry = BlockedSender.objects.get()
    world.client(world.lead).post(f"/spam/blocked/{entry.pk}/delete/")
    response = world.client(world.admin).get("/audit/export.csv", HTTP_ACCEPT_LANGUAGE="ja")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "time",
        "event",
        "actor",
        "address",
        "conversation",
        "details",
        "event_name",
        "summary",
    ]
    by_verb = {row[1]: row for row in rows[1:]}
    changed = by_verb["person_changed"]
    assert '"role": "lead"' in changed[5]  # the stored keys, for scripts, as before
    assert "役割: 担当者 → リーダー" in changed[7]
    unblocked = by_verb["unblocked"]
    assert unblocked[2] == "lead" and unblocked[6] == "送信者のブロックを解除"
    assert "ブロックしたアドレスまたはドメイン: win@prize.example" in unblocked[7]


def test_a_signed_in_agent_sees_no_audit_log_still(world: World) -> None:
    client = Client()
    assert client.login(username="alice", password=PASSWORD)
    assert client.get("/audit/").status_code == 404
