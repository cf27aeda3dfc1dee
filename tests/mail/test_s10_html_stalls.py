"""HTML shapes that stalled the sanitiser, found by session 10's randomized fuzzing
(bench/fuzz_shapes.py) and by profiling session 9's 4 MB mail of 50,000 unknown tags.

html5ever (inside nh3) spent, on each `&` or no-break space in a text node, time in proportion
to the node's length; the depth limit scanned its stack for every closing tag."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import pytest

from madoguchi.mail.html import (
    MAX_HTML_DEPTH,
    _cut_long_text,
    _limit_depth,
    html_to_text,
    sanitize_html,
)
from madoguchi.mail.parse import parse_message

pytestmark = pytest.mark.pure

# CPU seconds, not wall time: the machine is shared. The aim is 1 s a MB; the margin is for CI.
_LIMIT = 3.0


T = TypeVar("T")


def _timed(function: Callable[..., T], *args: object) -> T:
    started = time.process_time()
    result = function(*args)
    elapsed = time.process_time() - started
    assert elapsed < _LIMIT, f"took {elapsed:.1f} s of CPU"
    return result


def test_it_sanitises_a_text_node_of_600000_ampersands_in_linear_time() -> None:
    # 3.6 MB: over 60 s of CPU before (7.6 s at 700,000 in nh3 alone), 0.3 s after.
    html = "<div>" * 600 + "a&amp;" * 300_000 + "b&nbsp;" * 300_000
    cleaned = _timed(sanitize_html, html)
    assert cleaned.count("a&amp;") == 300_000  # every one kept, as nh3 writes it
    assert cleaned.count("b&nbsp;") == 300_000
    assert "x-cut" not in cleaned
    assert cleaned.count("<div>") == MAX_HTML_DEPTH


def test_it_sanitises_bare_ampersands_and_no_break_spaces_in_linear_time() -> None:
    cleaned = _timed(sanitize_html, "Q&A " * 500_000 + "x\u00a0" * 500_000)
    assert cleaned.count("Q&amp;A ") == 500_000
    assert cleaned.count("x&nbsp;") == 500_000


def test_cutting_text_changes_nothing_the_sanitiser_gives() -> None:
    # Small enough to sanitise uncut quickly: the cut text must give byte for byte the same.
    html = (
        '<p class="x">'
        + "Tom &amp; Jerry&nbsp;&nbsp;&notin;&amp &zzz; Q&A\u00a0" * 400
        + '</p><a title="'
        + "&amp;" * 3_000
        + '">link</a><pre>'
        + "a&lt;b&nbsp;" * 400
        + "</pre>"
    )
    cut = _cut_long_text(html)
    assert cut != html and cut.replace("<x-cut></x-cut>", "") == html
    from madoguchi.mail.html import _CLEANER

    assert _CLEANER.clean(cut) == _CLEANER.clean(html)
    assert sanitize_html(html) == _CLEANER.clean(html)


def test_it_cuts_only_before_an_ampersand_and_never_inside_a_tag() -> None:
    html = '<img alt="' + "&nbsp;x" * 1_000 + '">' + "y&eacute;z" * 1_000
    cut = _cut_long_text(html)
    tag, _bracket, text = cut.partition(">")
    assert "<x-cut></x-cut>" not in tag  # a tag's inside is never cut
    assert all(piece.startswith("&") for piece in text.split("<x-cut></x-cut>")[1:])


def test_it_parses_the_4_mb_mail_of_50000_unknown_tags_within_a_second_a_megabyte() -> None:
    # Session 9's CI find: `<font-size:11pt;">` opens an element `</font>` does not close.
    # 1.2 s of CPU before (the depth limit scanned 512 open names per closing tag), 0.7 s after.
    unit = b'<font-size:11pt;">\r\n<div>1</div>\r\n</span></font>\r\n'
    body = (unit + b"text " * 7) * 50_000
    raw = (
        b"Message-ID: <tags@example.com>\r\nFrom: a@example.com\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n" + body
    )
    assert len(raw) > 3_500_000
    parsed = _timed(parse_message, raw)
    assert parsed.text.count("\n" + " ".join(["text"] * 7)) == 50_000  # no text lost
    assert _limit_depth(body.decode()).count('<font-size:11pt;">') == MAX_HTML_DEPTH


def test_it_turns_an_unclosed_link_with_a_long_unquoted_href_into_text_in_linear_time() -> None:
    # Found by probing session 10: the href's value was given back a letter at a time, each
    # rescanning the rest (200 KB: 44 s of CPU before, 0.00 s after).
    assert _timed(html_to_text, "before <a href=" + "x" * 200_000) == "before"
    # 300,000 hrefs in one tag, its label never closed: every href was tried against the end.
    html = "<p>before</p><a " + 'href="x ' * 300_000 + ">label"
    assert _timed(html_to_text, html) == "before\nlabel"
    # Links still read as before.
    assert html_to_text('<a href="https://example.com/a">the page</a>') == (
        "the page <https://example.com/a>"
    )


def test_it_reads_breaks_and_blocks_without_a_closing_bracket_in_linear_time() -> None:
    # `<br` 40,000 times without a `>` (120 KB): each was scanned to the end, 1.5 s of CPU.
    for name in ("br", "li", "div"):
        assert _timed(html_to_text, "top<br>" + f"<{name}" * 40_000) == "top"
    assert html_to_text("<br<br>x") == "x"  # what is read as one tag is unchanged
    assert _timed(html_to_text, "<pre>a<br" + "<br" * 40_000 + "</pre>b") == "a b"


def test_it_sanitises_ampersands_moved_out_of_a_table_in_linear_time() -> None:
    # Found by bench/fuzz_shapes.py --prepare (seed 964010353): text directly in a <table> is
    # moved before it and joined into one node, comments or not (3 MB: 13 s of CPU, 1.3 s now).
    html = "<table>" + "&amp;a&\r\n" * 300_000
    cleaned = _timed(sanitize_html, html)
    assert cleaned.count("&amp;a&amp;") == 300_000 and "x-cut" not in cleaned
