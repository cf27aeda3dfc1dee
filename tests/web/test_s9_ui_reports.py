"""Per person, /reports/ no longer shows a 受信 column of zeros: mail is received before
anyone owns it, and the page says where received mail and each person's load are counted
(s8 walk). By mailbox the column stays."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from tests.web.conftest import World
from tests.web.test_reports import worked_week  # noqa: F401  (the fixture)
from tests.web.test_sla import frozen_clock  # noqa: F401  (the clock fixture)

PERIOD = "/reports/?start=2026-07-13&end=2026-07-19"


def _breakdown(body: str) -> str:
    return body.split('class="card report-breakdown"')[1].split("</section>")[0]


def test_per_person_the_breakdown_has_no_received_column_and_says_why(
    world: World,
    worked_week: Any,  # noqa: F811
) -> None:
    client = world.client(world.lead)
    table = _breakdown(
        client.get(f"{PERIOD}&group=agent", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    )
    assert "<th>受信</th>" not in table and 'data-label="受信"' not in table
    assert "受信したメールは担当者が決まる前に数えるため" in table
    # alice's row: one resolved, two replies, no column of zeros ahead of them.
    row = re.search(r'<td class="what">佐藤 アリス</td>(.*?)</tr>', table)
    assert row is not None
    assert row.group(1).startswith('<td class="num" data-label="対応済">1</td>')
    # The period's total above still counts what was received.
    assert "受信" in client.get(f"{PERIOD}&group=agent", HTTP_ACCEPT_LANGUAGE="ja").content.decode()

    by_mailbox = _breakdown(
        client.get(f"{PERIOD}&group=mailbox", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    )
    assert "<th>Received</th>" in by_mailbox
    assert '<td class="num" data-label="Received">2</td>' in by_mailbox
    assert "counted per mailbox" not in by_mailbox


def test_the_report_dates_are_written_the_way_the_ui_language_writes_them(
    world: World,
) -> None:
    client = world.client(world.lead)
    query = {"start": "2026-11-01", "end": "２０２６年１１月７日"}
    ja = client.get("/reports/", query, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert re.search(
        r'<input type="text" name="start" value="2026/11/01"[^>]*placeholder="YYYY/MM/DD"', ja
    )
    assert 'name="end" value="2026/11/07"' in ja
    assert "mm/dd/yyyy" not in ja
    # The browser's calendar beside the text (s10-ui) sends nothing itself: it fills the text.
    assert re.search(r'<input type="date"[^>]*data-date-picker', ja)
    assert not re.search(r'<input type="date"[^>]*name=', ja)
    en = client.get("/reports/", query, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'name="start" value="2026-11-01"' in en and 'name="end" value="2026-11-07"' in en
    # A date that is not one stays as typed, beside its error.
    bad = client.get("/reports/", {"start": "2026/13/01"}, HTTP_ACCEPT_LANGUAGE="ja")
    assert bad.status_code == 400
    assert 'name="start" value="2026/13/01"' in bad.content.decode()


def test_the_summary_csv_per_person_has_no_received_column_either(
    world: World,
    worked_week: Any,  # noqa: F811
) -> None:
    response = world.client(world.lead).get(
        "/reports/summary.csv?start=2026-07-13&end=2026-07-19&group=agent",
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and "受信" not in rows[0]
    assert {row["担当者"]: row["対応済"] for row in rows}["佐藤 アリス"] == "1"
