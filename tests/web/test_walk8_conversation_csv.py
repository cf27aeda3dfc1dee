"""The per-conversation CSV as a lead opens it in Excel: headers in the UI language, times in
their time zone with the zone named in the header, UTF-8 with a BOM like the other exports."""

from __future__ import annotations

import csv
import io
from typing import Any

from tests.web.conftest import World
from tests.web.test_reports import worked_week  # noqa: F401  (the fixture)
from tests.web.test_sla import frozen_clock  # noqa: F401  (the clock fixture)


def _csv(world: World, language: str) -> tuple[bytes, list[dict[str, str]]]:
    response = world.client(world.lead).get(
        "/reports/conversations.csv?start=2026-07-13&end=2026-07-19",
        HTTP_ACCEPT_LANGUAGE=language,
    )
    raw = b"".join(response.streaming_content)
    return raw, list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_japanese_headers_and_tokyo_times(
    world: World,
    worked_week: Any,  # noqa: F811
) -> None:
    quick, _slow = worked_week
    raw, rows = _csv(world, "ja")
    assert raw.startswith("\ufeff".encode())  # Excel reads the Japanese as UTF-8
    row = {int(r["番号"]): r for r in rows}[quick.pk]
    assert row["件名"].startswith("'=HYPERLINK")
    # Mail at 10:00 Tokyo, answered 10:30, resolved 11:00: as the lead's clock read them.
    assert row["受信日時（Asia/Tokyo）"] == "2026-07-14 10:00:00"
    assert row["初回応答日時（Asia/Tokyo）"] == "2026-07-14 10:30:00"
    assert row["対応済日時（Asia/Tokyo）"] == "2026-07-14 11:00:00"
    assert row["初回応答（営業時間・秒）"] == "1800"
    assert row["ステータス"] == "対応済" and row["優先度"] == "通常"


def test_english_headers_name_the_zone_too(
    world: World,
    worked_week: Any,  # noqa: F811
) -> None:
    quick, _slow = worked_week
    _raw, rows = _csv(world, "en")
    row = {int(r["No."]): r for r in rows}[quick.pk]
    assert row["Received at (Asia/Tokyo)"] == "2026-07-14 10:00:00"
    assert row["Status"] == "Resolved"
