"""Reports read the rollups the actions keep: volume, times in business hours, SLA
attainment, breakdowns, the previous period, and CSV exports."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from madoguchi.actions import sla
from madoguchi.actions.conversations import add_label, set_status
from madoguchi.models import ReportDay, SlaPolicy, Status
from madoguchi.web.report_queries import percentile
from madoguchi.web.views.reports import safe_cell
from tests.web.conftest import World
from tests.web.test_sla import frozen_clock, mail, reply  # noqa: F401  (the clock fixture)

TOKYO = ZoneInfo("Asia/Tokyo")


def tokyo(*args: int) -> datetime:
    return datetime(*args, tzinfo=TOKYO)  # type: ignore[misc]


@pytest.fixture
def worked_week(world: World, clock: Any) -> Any:
    """Tuesday 2026-07-14: two mails; one answered in 30 business minutes and resolved,
    one answered late (the next morning). One of them gets the label."""
    SlaPolicy.objects.create(name="標準", first_response_minutes=60, resolution_minutes=240)
    sla.forget_setup()
    clock.set(tokyo(2026, 7, 14, 10, 0))
    quick = mail(world, tokyo(2026, 7, 14, 10, 0), subject='=HYPERLINK("http://x")')
    slow = mail(world, tokyo(2026, 7, 14, 17, 0), subject="請求書の再発行")
    clock.set(tokyo(2026, 7, 14, 10, 30))
    reply(world, quick, tokyo(2026, 7, 14, 10, 30))
    add_label(world.alice, quick.pk, world.label)
    clock.set(tokyo(2026, 7, 14, 11, 0))
    set_status(world.alice, quick.pk, Status.RESOLVED)
    clock.set(tokyo(2026, 7, 15, 11, 0))
    reply(world, slow, tokyo(2026, 7, 15, 11, 0))
    clock.set(tokyo(2026, 7, 20, 12, 0))
    return quick, slow


def test_the_actions_keep_the_daily_rollup(world: World, worked_week: Any) -> None:
    total = ReportDay.objects.filter(label_id=0)
    assert sum(total.values_list("received", flat=True)) == 2
    assert sum(total.values_list("resolved", flat=True)) == 1
    assert sum(total.values_list("replies", flat=True)) == 2
    assert sum(total.values_list("first_response_met", flat=True)) == 1
    # The label was added before resolving: the resolution counts under it too.
    labelled = ReportDay.objects.filter(label_id=world.label.pk)
    assert sum(labelled.values_list("resolved", flat=True)) == 1


def test_a_lead_sees_volume_times_and_attainment(world: World, worked_week: Any) -> None:
    client = world.client(world.lead)
    url = "/reports/?start=2026-07-13&end=2026-07-19&group=agent"
    body = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "First response within target" in body
    # This period against the one before (nothing happened then).
    assert (
        '<th>Received</th><td class="num" data-label="This period">2</td>'
        '<td class="num" data-label="Previous period">0</td>'
    ) in body
    assert (
        '<th>Replies</th><td class="num" data-label="This period">2</td>'
        '<td class="num" data-label="Previous period">0</td>'
    ) in body
    assert "50.0%" in body  # one of two first responses within the hour
    assert "100.0%" in body  # the one resolution within four business hours
    assert "2026-07-06" in body  # the previous period is named
    assert 'id="report-data"' in body and "chart.umd.min.js" in body
    body = client.get(url, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "初回応答が目標内" in body


def test_agents_do_not_see_reports(world: World) -> None:
    assert world.client(world.alice).get("/reports/").status_code == 404
    assert world.client(world.alice).get("/reports/conversations.csv").status_code == 404


def test_a_lead_of_another_team_sees_nothing_of_this_mailbox(
    world: World, worked_week: Any
) -> None:
    from madoguchi.models import Agent

    Agent.objects.filter(user=world.charlie).update(role="lead")
    body = world.client(world.charlie).get(
        "/reports/conversations.csv?start=2026-07-13&end=2026-07-19"
    )
    rows = list(csv.reader(io.StringIO(b"".join(body.streaming_content).decode())))
    assert len(rows) == 1  # the header only


def test_the_conversation_csv_streams_one_safe_row_each(world: World, worked_week: Any) -> None:
    quick, slow = worked_week
    response = world.client(world.lead).get(
        "/reports/conversations.csv?start=2026-07-13&end=2026-07-19", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.streaming
    assert response["Content-Disposition"].startswith("attachment;")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    by_id = {int(row["No."]): row for row in rows}
    assert set(by_id) == {quick.pk, slow.pk}
    assert by_id[quick.pk]["Subject"].startswith("'=HYPERLINK")  # not a live formula
    assert by_id[quick.pk]["First response (business seconds)"] == "1800"
    assert by_id[quick.pk]["Labels"] == world.label.name
    assert by_id[slow.pk]["First response within target (1/0)"] == "0"


def test_the_summary_csv_has_one_row_per_group(world: World, worked_week: Any) -> None:
    response = world.client(world.lead).get(
        "/reports/summary.csv?start=2026-07-13&end=2026-07-19&group=mailbox",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")))
    )
    assert [(row["Mailbox"], row["Received"]) for row in rows] == [("Support", "2")]
    japanese = world.client(world.lead).get(
        "/reports/summary.csv?start=2026-07-13&end=2026-07-19&group=mailbox",
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    text = b"".join(japanese.streaming_content).decode("utf-8-sig")
    assert text.startswith("メールボックス,受信,対応済,再オープン,返信,初回応答・中央値")


def test_a_period_that_ends_before_it_starts_is_named(world: World) -> None:
    body = world.client(world.lead).get(
        "/reports/?start=2026-07-19&end=2026-07-13", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert body.status_code == 400
    assert "The period ends before it starts." in body.content.decode()


def test_percentiles_interpolate_within_a_bucket() -> None:
    # Buckets 7 (60–90 minutes) and 9 (120–180): 3 in the first, 1 in the second.
    assert percentile({7: 3, 9: 1}, 0.5) == pytest.approx(80.0)  # 2 of 3 into 60–90
    assert percentile({7: 3, 9: 1}, 0.9) == pytest.approx(156.0)
    assert percentile({}, 0.5) is None


def test_formula_like_cells_get_a_quote() -> None:
    assert [safe_cell(v) for v in ("=1+1", "+81", "-x", "@SUM", "普通", 3, None)] == [
        "'=1+1", "'+81", "'-x", "'@SUM", "普通", "3", "",
    ]  # fmt: skip
    assert safe_cell(timezone.datetime(2026, 7, 14).date()) == "2026-07-14"
