"""A long draft is checked in linear time (issue 16, item 7): converting each finding's offsets
to the browser's UTF-16 units encoded the draft up to that finding, once per finding. Asserted
by what the code does (one scan of the draft, no encode), not by a clock: a CPU-time limit
failed on a loaded CI machine (bench/lint.py measures the time)."""

from __future__ import annotations

from unittest import mock

import pytest

from madoguchi.actions.lint_policy import lint_draft
from madoguchi.web.views.lint import Utf16Offsets, finding_views

pytestmark = pytest.mark.django_db

DRAFT = "😀9月10日までに書類を返送してください。\n"


def test_the_offsets_of_thousands_of_findings_in_a_long_draft_take_linear_time() -> None:
    body = DRAFT * 8_000  # 200,000 characters, an emoji in every line
    findings = lint_draft(body, "書類")
    assert len(findings) >= 8_000
    scans = []
    real_init = Utf16Offsets.__init__

    def counted(self: Utf16Offsets, text: str) -> None:
        scans.append(len(text))
        real_init(self, text)

    with mock.patch.object(Utf16Offsets, "__init__", counted):
        views = finding_views(body, findings)
    assert scans == [len(body)]  # the draft is scanned once for all its findings
    last = views[-1]
    utf16 = body.encode("utf-16-le")
    excerpt = body[last.finding.start : last.finding.end]
    assert utf16[last.start_utf16 * 2 : last.end_utf16 * 2].decode("utf-16-le") == excerpt
    assert last.start_utf16 == last.finding.start + body[: last.finding.start].count("😀")
