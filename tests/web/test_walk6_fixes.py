"""Findings of the session-6 walk, each as the user met it: report dates typed the Japanese
way, the default team of a new label, template or lint policy, and the wording of
self-assignment and the collision warning."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from madoguchi.models import (
    Agent,
    BlockedSender,
    Conversation,
    Note,
    Priority,
    ReportDay,
    Status,
    Team,
    WeeklyDigestSetting,
)
from tests.web.conftest import World, make_conversation


@pytest.mark.parametrize(
    "typed",
    ["2026/11/01", "2026-11-01", "2026年11月1日", "２０２６／１１／０１", "２０２６年１１月１日"],
)
def test_it_reads_report_dates_typed_the_japanese_way(world: World, typed: str) -> None:
    ReportDay.objects.create(
        day=date(2026, 11, 1), mailbox_id=world.support.pk, priority=Priority.NORMAL, received=4
    )
    response = world.client(world.lead).get(
        "/reports/", {"start": typed, "end": "2026/11/07"}, HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 200
    report = response.context["report"]
    assert (report.start, report.end) == (date(2026, 11, 1), date(2026, 11, 7))
    assert response.context["current"]["received"] == 4
    # Shown back the Japanese way, whatever the browser's locale (s9-ui; was a date picker).
    assert 'type="text" name="start" value="2026/11/01"' in response.content.decode()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ja", "開始日: 2026-11-01、2026/11/01、2026年11月1日 のように日付を入力してください。"),
        ("en", "From: Enter a date such as 2026-11-01, 2026/11/01 or 2026年11月1日."),
    ],
)
def test_it_names_the_bad_date_and_keeps_the_page(
    world: World, language: str, message: str
) -> None:
    client = world.client(world.lead)
    for bad in ("11/01/2026", "2026/13/01", "来週"):
        response = client.get("/reports/", {"start": bad}, HTTP_ACCEPT_LANGUAGE=language)
        page = response.content.decode()
        assert response.status_code == 400
        assert message in page
        assert 'name="end"' in page  # the filter form is there to correct it
    csv = client.get("/reports/summary.csv", {"start": "来週"}, HTTP_ACCEPT_LANGUAGE=language)
    assert csv.status_code == 400 and message in csv.content.decode()


def test_a_good_period_still_counts_from_today(world: World) -> None:
    today = timezone.localdate()
    response = world.client(world.lead).get(
        "/reports/", {"start": f"{today - timedelta(days=3):%Y/%m/%d}"}, HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.context["report"].end == today


@pytest.mark.parametrize(
    ("language", "said"),
    [("ja", "佐藤 アリス さんが担当になりました"), ("en", "佐藤 アリス took it")],
)
def test_it_says_someone_took_a_conversation_rather_than_assigned_it_to_themselves(
    world: World, language: str, said: str
) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    client.post(f"/c/{conversation.pk}/assign/", {"owner": "me"})
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert said in page
    assert "佐藤 アリス さんが 佐藤 アリス さんに" not in page
    assert "佐藤 アリス assigned it to 佐藤 アリス" not in page


def test_the_collision_warning_names_the_colleague_by_display_name(world: World) -> None:
    conversation = make_conversation(world.support)
    seen = timezone.now() - timedelta(minutes=5)
    Agent.objects.filter(user=world.bob).update(display_name="小林 ボブ")
    Note.objects.create(
        conversation=conversation,
        author=world.bob,
        text="先に返信します",
        created_at=timezone.now(),
    )
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/",
        {"body": "お世話になっております。", "seen_at": seen.isoformat()},
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    page = response.content.decode()
    assert response.status_code == 409
    assert "小林 ボブ さんがメモを追加しました" in page
    assert "bob さん" not in page


def selected_option(page: str, name: str) -> str:
    """The text of the option a <select name=…> shows before the user touches it."""
    start = page.index(f'name="{name}"')
    menu = page[start : page.index("</select>", start)]
    options = menu.split("<option")[1:]
    chosen = next((o for o in options if " selected" in o.split(">")[0]), options[0])
    return chosen[chosen.index(">") + 1 : chosen.index("</option>")]


def test_a_leads_new_template_label_and_lint_policy_start_on_their_first_team(
    world: World,
) -> None:
    sales_team = Team.objects.create(name="営業チーム")  # sorts after Team A and Team B
    world.lead.agent.teams.add(world.team_b, sales_team)
    client = world.client(world.lead)
    page = client.get("/templates/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert selected_option(page, "scope") == "Team A"
    page = client.get("/labels/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert selected_option(page, "team") == "Team A"
    page = client.get("/lint-rules/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "この設定は Team A にだけ適用されます" in page


def test_an_admins_new_template_and_label_start_global(world: World) -> None:
    client = world.client(world.admin)
    page = client.get("/templates/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert selected_option(page, "scope") == "全チーム共通"
    page = client.get("/labels/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert selected_option(page, "team") == "全チーム共通"


@pytest.mark.parametrize(
    ("path", "english"),
    [
        ("/sla/calendars/new/", ("Team:", "Mailbox:")),
        ("/sla/policies/new/", ("Label:", "Mailbox:")),
        ("/approval-rules/new/", ()),
        ("/new/", ()),
        ("/preferences/absence/", ()),
    ],
)
def test_the_japanese_forms_have_no_english_labels_or_dashes(
    world: World, path: str, english: tuple[str, ...]
) -> None:
    user = world.admin if path.startswith(("/sla/", "/approval")) else world.alice
    page = world.client(user).get(path, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "---------" not in page
    for word in english:
        assert word not in page
    assert "Every team" not in page and "(none)" not in page


def test_the_connection_test_without_servers_says_so_in_japanese_one_step_a_line(
    world: World,
) -> None:
    page = (
        world.client(world.lead)
        .post(f"/mailboxes/{world.support.pk}/test/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    assert "このメールボックスには受信（IMAP）サーバーが設定されていません。" in page
    assert "このメールボックスには送信（SMTP）サーバーが設定されていません。" in page
    assert "no IMAP server configured" not in page
    assert '<span class="failed-at">失敗した手順: 受信（IMAP） — 設定</span>' in page


def test_until_the_customer_replies_is_refused_while_the_customer_waits_on_us(
    world: World,
) -> None:
    new = make_conversation(world.support)
    assert new.status == Status.NEW
    client = world.client(world.alice)
    response = client.post(
        f"/c/{new.pk}/snooze/", {"preset": "reply"}, HTTP_ACCEPT_LANGUAGE="ja", follow=True
    )
    new.refresh_from_db()
    assert new.snoozed_until is None  # still in 未対応 with its deadline in sight
    assert "「お客様の返信まで」は返信待ちの問い合わせ用です。" in response.content.decode()
    # Bulk: the same refusal per conversation; one waiting on the customer snoozes.
    waiting = make_conversation(world.support, subject="見積もりの件")
    Conversation.objects.filter(pk=waiting.pk).update(status=Status.WAITING)
    client.post(
        "/q/bulk/",
        {"ids": [new.pk, waiting.pk], "operation": "snooze", "preset": "reply"},
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    new.refresh_from_db()
    waiting.refresh_from_db()
    assert new.snoozed_until is None
    assert waiting.snoozed_until is not None


def test_spam_asks_before_blocking_a_sender_with_other_conversations(world: World) -> None:
    junk = make_conversation(world.support, subject="ご確認ください")
    make_conversation(world.support, subject="請求書の再発行について")  # same sender, still open
    client = world.client(world.alice)
    asked = client.post(f"/c/{junk.pk}/spam/", {"block": "sender"}, HTTP_ACCEPT_LANGUAGE="ja")
    page = asked.content.decode()
    assert asked.status_code == 200
    assert "taro@customer.example をブロックすると" in page
    assert "請求書の再発行について" in page
    junk.refresh_from_db()
    assert junk.status == Status.NEW and not BlockedSender.objects.exists()  # nothing yet
    client.post(f"/c/{junk.pk}/spam/", {"block": "none", "confirmed": "1"})
    junk.refresh_from_db()
    assert junk.status == Status.SPAM and not BlockedSender.objects.exists()


def test_spam_from_a_sender_with_nothing_else_blocks_in_one_click(world: World) -> None:
    junk = make_conversation(world.support, subject="当選しました", sender="win@junk.example")
    world.client(world.alice).post(f"/c/{junk.pk}/spam/", {"block": "sender"})
    junk.refresh_from_db()
    assert junk.status == Status.SPAM
    assert BlockedSender.objects.filter(pattern="win@junk.example").exists()


def test_preferences_are_one_form_whose_one_save_keeps_every_section(world: World) -> None:
    client = world.client(world.lead)
    page = client.get("/preferences/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert page.count(">保存</button>") == 1
    chosen = {
        "display_name": "田中 リード",
        "language": "ja",
        "time_zone": "Asia/Tokyo",
        "enabled": "on",
        "kinds": ["sla_breached"],
    }
    # A mistake in one section: nothing is saved and the ticks elsewhere stay ticked.
    wrong = client.post("/preferences/", {**chosen, "time_zone": "Mars/Olympus"})
    shown = wrong.content.decode()
    assert 'name="enabled" checked' in shown
    assert 'name="kinds" value="sla_breached" checked' in shown
    assert not WeeklyDigestSetting.objects.filter(user=world.lead, is_enabled=True).exists()
    # One 保存 saves the name, the digest and the mail choices together.
    saved = client.post("/preferences/", chosen, HTTP_ACCEPT_LANGUAGE="ja", follow=True)
    shown = saved.content.decode()
    assert "田中 リード" in shown
    assert 'name="enabled" checked' in shown
    assert 'name="kinds" value="sla_breached" checked' in shown
    assert 'name="kinds" value="mentioned">' in shown
    assert WeeklyDigestSetting.objects.filter(user=world.lead, is_enabled=True).exists()
