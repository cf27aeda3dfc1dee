"""Customer satisfaction in the reports: the share of 満足 with its count, per period and
per agent/team, and the customer's answer in the per-conversation CSV."""

from __future__ import annotations

import csv
import io
import secrets
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

from madoguchi.models import Conversation, SatisfactionSurvey, Team
from tests.web.conftest import World
from tests.web.test_reports import tokyo, worked_week  # noqa: F401  (the fixture)
from tests.web.test_sla import frozen_clock  # noqa: F401  (the clock fixture)

URL = "/reports/?start=2026-07-13&end=2026-07-19&group={group}"


def answer(conversation: Conversation, rating: str, agent: Any, day: int = 15) -> None:
    SatisfactionSurvey.objects.create(
        conversation=conversation,
        mailbox_id=conversation.mailbox_id,
        agent=agent,
        token=secrets.token_urlsafe(32),
        created_at=tokyo(2026, 7, 14, 12, 0),
        rating=rating,
        rated_at=tokyo(2026, 7, day, 9, 0),
    )


def test_the_share_of_great_is_shown_per_period_and_per_agent(
    world: World,
    worked_week: Any,  # noqa: F811 (the fixture imported above)
) -> None:
    quick, slow = worked_week
    answer(quick, "great", world.alice)
    answer(slow, "bad", None)
    client = world.client(world.lead)
    body = client.get(URL.format(group="agent"), HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    # This period: one 満足 of two answers; the week before: no answers.
    assert (
        '<td class="num" data-label="この期間">50.0% (1/2)</td>'
        '<td class="num" data-label="前の期間">—</td>'
    ) in body
    assert "満足の割合" in body
    # The breakdown's cells name their figure (a card per row on a phone, s8-lead).
    assert (
        '<td class="num" data-label="満足（回答数）">100.0% (1/1)</td></tr>' in body
    )  # Alice's row
    assert '<td class="num" data-label="満足（回答数）">0.0% (0/1)</td></tr>' in body  # nobody's
    english = client.get(URL.format(group="team"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Customer satisfaction: share of Great (answers)" in english
    team = Team.objects.get(mailboxes=quick.mailbox)
    assert f'<td class="what">{team.name}</td>' in english and english.count("50.0% (1/2)") == 2


def test_an_answer_outside_the_period_is_not_counted(
    world: World,
    worked_week: Any,  # noqa: F811 (the fixture imported above)
) -> None:
    quick, _slow = worked_week
    answer(quick, "great", world.alice, day=21)
    body = world.client(world.lead).get(URL.format(group="agent")).content.decode()
    assert "(1/1)" not in body


def test_the_report_reads_the_same_number_of_queries_for_more_answers(
    world: World,
    worked_week: Any,  # noqa: F811 (the fixture imported above)
) -> None:
    quick, slow = worked_week
    client = world.client(world.lead)
    answer(quick, "great", world.alice)
    client.get(URL.format(group="team"))  # warm caches (sessions, the SLA set-up)
    with CaptureQueriesContext(connection) as few:
        client.get(URL.format(group="team"))
    answer(slow, "okay", world.bob)
    with CaptureQueriesContext(connection) as more:
        client.get(URL.format(group="team"))
    assert len(more.captured_queries) == len(few.captured_queries)


def test_the_conversation_csv_carries_the_answer(
    world: World,
    worked_week: Any,  # noqa: F811 (the fixture imported above)
) -> None:
    quick, slow = worked_week
    answer(quick, "okay", world.alice)
    response = world.client(world.lead).get(
        "/reports/conversations.csv?start=2026-07-13&end=2026-07-19", HTTP_ACCEPT_LANGUAGE="en"
    )
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = {int(row["No."]): row for row in csv.DictReader(io.StringIO(text))}
    assert rows[quick.pk]["Customer satisfaction"] == "okay"
    assert rows[slow.pk]["Customer satisfaction"] == ""
    assert rows[quick.pk]["Labels"] == world.label.name
