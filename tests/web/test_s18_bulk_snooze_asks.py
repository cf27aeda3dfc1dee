"""The queue's bulk snooze asks first where a single snooze does (session 17, walk 13 F13):
a never-answered conversation whose first-reply deadline passes before it would come back
is not snoozed silently. It is skipped and listed with its deadline, the others are
snoozed, and 「このままスヌーズする」 under the list snoozes the skipped ones."""

from __future__ import annotations

import re
from datetime import timedelta

from django.utils import timezone

from madoguchi.models import Conversation
from tests.web.conftest import World, make_conversation


def test_bulk_snooze_skips_and_lists_a_first_deadline_it_would_hide(world: World) -> None:
    owed = make_conversation(world.support, subject="初めての問い合わせ")
    Conversation.objects.filter(pk=owed.pk).update(
        sla_response_owed=True, sla_due_at=timezone.now() + timedelta(hours=2)
    )
    answered = make_conversation(world.support, subject="見積もりの件", status="open")
    client = world.client(world.alice)

    done = client.post(
        "/q/bulk/",
        {"ids": [owed.pk, answered.pk], "operation": "snooze", "preset": "monday"},
        HTTP_ACCEPT_LANGUAGE="ja",
        follow=True,
    ).content.decode()

    owed.refresh_from_db()
    answered.refresh_from_db()
    assert owed.snoozed_until is None  # still in 未対応, its deadline in sight
    assert answered.snoozed_until is not None
    report = done.split('class="card bulk-report"')[1].split("</section>")[0]
    assert f"#{owed.pk} 初めての問い合わせ" in report and "見積もりの件" not in report
    assert "まだ一度も返信しておらず" in report and "最初の返信の期限" in report
    assert "1 件の問い合わせを" in done  # the other one was snoozed, and said so
    anyway = re.search(
        r'<form method="post" action="/q/bulk/" id="bulk-snooze-anyway".*?</form>', done, re.S
    )
    assert anyway is not None
    assert 'name="confirmed" value="1"' in anyway.group(0)
    assert 'name="preset" value="monday"' in anyway.group(0)
    assert f'name="ids" value="{owed.pk}" form="bulk-snooze-anyway"' in report
    assert "このままスヌーズする" in report

    # The agent confirms: the skipped one is snoozed now.
    client.post(
        "/q/bulk/", {"ids": [owed.pk], "operation": "snooze", "preset": "monday", "confirmed": "1"}
    )
    owed.refresh_from_db()
    assert owed.snoozed_until is not None
