"""A long draft is checked in linear time (issue 16, item 7): converting each finding's offsets
to the browser's UTF-16 units encoded the draft up to that finding, once per finding."""

from __future__ import annotations

import time

import pytest

from madoguchi.actions.lint_policy import lint_draft
from madoguchi.web.views.lint import finding_views

pytestmark = pytest.mark.django_db

DRAFT = "😀9月10日までに書類を返送してください。\n"


def test_the_offsets_of_thousands_of_findings_in_a_long_draft_take_linear_time() -> None:
    body = DRAFT * 8_000  # 200,000 characters, an emoji in every line
    findings = lint_draft(body, "書類")
    assert len(findings) >= 8_000
    started = time.process_time()
    views = finding_views(body, findings)
    assert time.process_time() - started < 0.5
    last = views[-1]
    utf16 = body.encode("utf-16-le")
    excerpt = body[last.finding.start : last.finding.end]
    assert utf16[last.start_utf16 * 2 : last.end_utf16 * 2].decode("utf-16-le") == excerpt
    assert last.start_utf16 == last.finding.start + body[: last.finding.start].count("😀")
