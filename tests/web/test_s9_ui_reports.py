"""Per person, /reports/ no longer shows a 受信 column of zeros: mail is received before
anyone owns it, and the page says where received mail and each person's load are counted
(s8 walk). By mailbox the column stays."""

from __future__ import annotations

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
