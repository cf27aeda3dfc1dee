"""Settings changes reach the audit log, with who and before → after, readable in both
languages; 誰が finds people by their display name (walk 10, F23: the log showed only
sign-ins after an hour of acknowledgement, survey, SLA, template, absence and memo edits)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import Any

from django.utils import timezone

from madoguchi.actions.absence import set_absence
from madoguchi.actions.outbound import set_auto_acknowledgement
from madoguchi.actions.records import update_customer
from madoguchi.actions.satisfaction import set_satisfaction_survey
from madoguchi.actions.sla_settings import save_policy
from madoguchi.actions.templates import PERSONAL, save_template
from madoguchi.models import SlaPolicy, Status
from tests.web.conftest import World, make_conversation


def _friday(world: World) -> int:
    """What the walker changed on Friday; returns the conversation handed over."""
    set_auto_acknowledgement(
        world.lead, world.support, enabled=True, subject="受付", text="受け付けました。"
    )
    set_satisfaction_survey(world.lead, world.support, enabled=True)
    policy = save_policy(
        world.lead, SlaPolicy(name="VIP 対応", mailbox=world.support, first_response_minutes=30)
    )
    policy.first_response_minutes = 120
    save_policy(world.lead, policy)
    template = save_template(
        world.alice, None, name="お礼", body="ありがとうございます。", language="ja", scope=PERSONAL
    )
    save_template(
        world.alice,
        template,
        name="お礼",
        body="ありがとうございました。",
        language="ja",
        scope=PERSONAL,
    )
    conversation = make_conversation(world.support)
    conversation.owner, conversation.status = world.alice, Status.OPEN
    conversation.save()
    today = timezone.localdate()
    set_absence(
        world.alice,
        away_from=today,
        away_until=today + timedelta(days=2),
        substitute=world.bob,
        hand_over=True,
    )
    update_customer(
        world.alice, conversation.customer_id, name="山田 太郎", notes="電話連絡希望", custom={}
    )
    return conversation.pk


def test_it_shows_a_fridays_settings_changes_in_japanese(world: World) -> None:
    handed = _friday(world)
    page = (
        world.client(world.lead)
        .get("/audit/?kind=settings", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    for name in (
        "受付メールを変更",
        "満足度アンケートを切り替え",
        "SLA ポリシーを作成",
        "テンプレートを作成",
        "テンプレートを変更",
        "不在を設定",
        "顧客情報を変更",
    ):
        assert name in page, name
    assert "本文: ありがとうございます。 → ありがとうございました。" in page
    assert "初回応答（営業時間の分）: 30 → 120" in page and "SLA ポリシーを変更" in page
    assert "代理: — → bob" in page and f"引き継いだ問い合わせ: [{handed}]" in page
    assert "メモ: — → 電話連絡希望" in page
    assert "オン: いいえ → はい" in page and "メールボックス: Support" in page
    assert "ログイン" not in page.split("<tbody", 1)[-1]  # only settings rows


def test_it_shows_them_in_english_too(world: World) -> None:
    _friday(world)
    page = (
        world.client(world.admin)
        .get("/audit/?kind=settings", HTTP_ACCEPT_LANGUAGE="en")
        .content.decode()
    )
    assert "Acknowledgement mail changed" in page and "Satisfaction survey switched" in page
    assert "Template changed" in page and "Absence set" in page and "Customer changed" in page
    assert "Text: ありがとうございます。 → ありがとうございました。" in page
    assert "Memo: — → 電話連絡希望" in page
    assert "Switched on: no → yes" in page and "Substitute: — → bob" in page


def test_who_accepts_a_display_name(world: World) -> None:
    _friday(world)
    client = world.client(world.lead)
    # alice is 佐藤 アリス: typing the family name finds her changes, not the lead's.
    page = client.get("/audit/?actor=佐藤", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "テンプレートを変更" in page and "不在を設定" in page
    assert "SLA ポリシーを作成" not in page
    by_login = client.get("/audit/?actor=alice", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "テンプレートを変更" in by_login


def test_a_calendar_change_shows_its_hours_before_and_after(world: World) -> None:
    from tests.web.test_sla_settings import _calendar_form

    client = world.client(world.lead)
    form = _calendar_form(team=str(world.team_a.pk))
    response = client.post("/sla/calendars/new/", form)
    assert response.status_code == 303
    assert client.post(response["Location"], {**form, "hours_4": "09:00-15:00"}).status_code == 303
    page = client.get("/audit/?kind=settings", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "営業カレンダーを変更" in page and "営業カレンダーを作成" in page
    assert "09:00-12:00, 13:00-18:00 / — / — → " in page  # Friday's hours, then the weekend
    assert "09:00-15:00 / — / —</span>" in page


def test_the_csv_gives_times_as_the_page_shows_them(world: World, settings: Any) -> None:
    settings.TIME_ZONE = "Asia/Tokyo"
    _friday(world)
    response = world.client(world.admin).get("/audit/export.csv?kind=settings")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][0].endswith("+09:00")
