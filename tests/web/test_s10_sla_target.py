"""The mailbox's response target (応答目標) times its mail when no policy covers it, from
the next mail on; and when an admin's policy for every mailbox does cover it, /sla/ and the
mailbox page say so to a lead instead of "the mailbox target is used" (walk 10, F29)."""

from __future__ import annotations

from typing import Any

import pytest

from madoguchi.models import SlaPolicy
from tests.web.conftest import World
from tests.web.test_mailbox_settings import _settings_of
from tests.web.test_sla import frozen_clock, mail, tokyo

__all__ = ["frozen_clock"]  # the `clock` fixture


@pytest.mark.parametrize(
    ("hours", "due"),
    [
        # Tuesday 10:00 + 8 business hours (lunch 12–13 skipped) = Wednesday 10:00.
        (8, tokyo(2026, 7, 15, 10, 0)),
        # + 24 business hours = three days of 8 hours: Friday 10:00.
        (24, tokyo(2026, 7, 17, 10, 0)),
    ],
)
def test_it_times_the_next_mail_on_the_target_a_lead_just_saved(
    world: World, clock: Any, django_capture_on_commit_callbacks: Any, hours: int, due: Any
) -> None:
    clock.set(tokyo(2026, 7, 14, 9, 0))
    first = mail(world, tokyo(2026, 7, 14, 9, 0), subject="前の問い合わせ")
    assert first.sla_due_at == tokyo(2026, 7, 16, 18, 0)  # the default 24 h; setup cached
    client = world.client(world.lead)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/mailboxes/{world.support.pk}/", _settings_of(world.support, sla_hours=str(hours))
        )
    assert response.status_code == 303
    clock.set(tokyo(2026, 7, 14, 10, 0))
    conversation = mail(world, tokyo(2026, 7, 14, 10, 0))
    assert conversation.sla_due_at == due


def test_it_tells_a_lead_when_a_policy_for_every_mailbox_shadows_the_target(
    world: World,
) -> None:
    client = world.client(world.lead)
    page = client.get("/sla/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "ポリシーはまだありません" in page
    SlaPolicy.objects.create(name="標準（営業時間）", first_response_minutes=240)
    page = client.get("/sla/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "ポリシーはまだありません" not in page
    assert "標準（営業時間）" in page and "（管理者が設定）" in page
    assert (
        "すべてのメールボックスに当てはまるため、各メールボックスの応答目標（時間）は使われません"
        in page
    )
    page = client.get("/sla/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "so the mailboxes' response targets (hours) are not used" in page
    edit = client.get(f"/mailboxes/{world.support.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "今は使われていません：SLA ポリシー「標準（営業時間）」" in edit.content.decode()
    # A policy for this mailbox alone (the lead's own) takes precedence and is named instead.
    SlaPolicy.objects.create(name="サポート", mailbox=world.support, first_response_minutes=60)
    edit = client.get(f"/mailboxes/{world.support.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert "Not used now: the SLA policy “サポート” applies" in edit.content.decode()
