"""Shapes that got past the HTML depth limit and made nh3 (html5ever) quadratic, found by
session 11's randomized tag sequences: the limit counted open elements differently from the
parser. Each test checks what the limit keeps; none measures time, but every input here
would cost nh3 seconds again if the limit let it through whole (`<div/>` 32,000 times: 3.2 s
of CPU; 4 MB of it: minutes)."""

from __future__ import annotations

import re

import pytest

from madoguchi.mail.html import MAX_HTML_DEPTH, _limit_depth, html_to_text, sanitize_html
from madoguchi.mail.parse import parse_message

pytestmark = pytest.mark.pure

REPEATS = 3 * MAX_HTML_DEPTH


@pytest.mark.parametrize(
    ("piece", "counted"),
    [
        ("<div/>", "<div/>"),  # the parser ignores a slash on a non-void element
        ("<p/><div/>", "<div/>"),  # a div closes the p before it and nests
        ("<optgroup>", "<optgroup>"),  # outside a select an optgroup closes nothing
        ("<rt/>", "<rt/>"),  # outside a ruby neither does an rt
        ("<svg><center/>", "<center/>"),  # center ends the svg: an HTML center, nested
        ("<math>x<dt>x<section/>", "<section/>"),
        ("<optgroup><center><dt/></optgroup>", "<optgroup>"),  # </optgroup> stops at dt
        ("<em/><p>x<rt/><hr/>", "<em/>"),  # the hr closes the p (and the rt in it)
        ("<br<br>", "<br<br>"),  # one element named `br<br`: a tag name runs past "<"
    ],
)
def test_elements_the_parser_keeps_open_count_towards_the_depth_limit(
    piece: str, counted: str
) -> None:
    limited = _limit_depth(piece * REPEATS)

    assert limited.count(counted) <= MAX_HTML_DEPTH


def test_nested_tables_thousands_deep_keep_their_text_and_at_most_the_limit_of_tables() -> None:
    depth = 2_000
    html = "<table><tr><td>" * depth + "中身です" + "</td></tr></table>" * depth
    raw = (
        b"From: a@example.jp\r\nTo: support@example.test\r\nSubject: t\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html.encode()
    )

    parsed = parse_message(raw)

    assert parsed.text == "中身です"
    assert parsed.html is not None and parsed.html.count("<table>") <= MAX_HTML_DEPTH


def test_ordinary_mail_with_many_paragraphs_rows_and_list_items_passes_untouched() -> None:
    rows = "".join(f"<tr><td>品目{n}<td>{n}円" for n in range(300))  # cells left open
    paragraphs = "".join(f"<p>段落{n}" for n in range(300))  # Outlook leaves them open too
    items = "<ul>" + "".join(f"<li>項目{n}<ul><li>詳細</ul>" for n in range(300)) + "</ul>"
    definitions = "<dl>" + "".join(f"<dt>語{n}<dd>説明" for n in range(300)) + "</dl>"
    nested = "<table><tr><td>" * 20 + "<br/><img src='cid:x'/>" + "</td></tr></table>" * 20
    html = f"<div><table>{rows}</table>{paragraphs}{items}{definitions}{nested}</div>"

    assert _limit_depth(html) == html
    text = html_to_text(sanitize_html(html))
    assert "品目299 299円" in text and "段落299" in text and "- 項目299" in text


def test_a_tag_dropped_after_a_stray_angle_bracket_does_not_make_a_new_tag() -> None:
    # Found by bench/fuzz_shapes.py (s11, 3 MB, over 60 s): with `<em/>` and `<p>` dropped
    # past the limit, `<` + `x<hr/>` read as an element named `x<hr/`, nesting again.
    limited = _limit_depth("<em/><p>x<hr/><<" * REPEATS)

    assert limited.count("<em/>") == MAX_HTML_DEPTH
    assert not re.search(r"<x(?!-cut>)", limited)  # no tag named from the text
    assert html_to_text(sanitize_html(limited)).count("x") == REPEATS
