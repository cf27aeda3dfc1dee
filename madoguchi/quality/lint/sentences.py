"""Split a draft body into sentences with character offsets.

Mail bodies wrap lines mid-sentence and mix Japanese and English punctuation, so a
sentence ends at 。！？!? (plus closing brackets), at ". " in English, at a line that
cannot continue, and never crosses a blank line. Quoted lines (">") and everything under
an "Original Message" / "wrote:" header are the customer's words, not the draft's, and
are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from madoguchi.quality.lint.base import QUOTE_MASK

MAX_SENTENCE = 600  # a "sentence" longer than this is a run-on paste; cut it for the tagger

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")
_QUOTED_LINE = re.compile(r"^\s*[>＞|｜]")
_REPLY_HEADER = re.compile(
    r"^\s*(-{2,}\s*(Original Message|元のメッセージ|Forwarded message)|On .{4,200} wrote:\s*$"
    r"|.{1,120}(wrote|書きました)\s*[:：]\s*$)",
    re.IGNORECASE,
)
# A line ending in a particle, a comma or a lower-case word goes on on the next line.
_CONTINUES = re.compile(r"([、，,をにがはのてでともやへ]|[a-z])\s*$")
_LIST_START = re.compile(r"^\s*([-・•*●■□◆◇※]|\d+[.)．）]|[（(]\d+[)）])")
_END = re.compile(
    r"[。！？!?]+[」』）)\]】\"'”’]*|(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|vs|No))(?<!\be\.g)(?<!\bi\.e)\.(?=\s)"
)
_QUOTES = re.compile(r"「[^「」\n]*」|『[^『』\n]*』|“[^“”\n]*”|\"[^\"\n]{1,80}\"")


_LIST_NUMBER = re.compile(r"\s*\d{1,3}\.")
LIST_ITEM = re.compile(r"^\s*([-・•*●■□◆◇]|\d{1,3}[.)．）]|[（(]\d{1,3}[)）])\s*")


def cursor_of_line(chunk: str, position: int) -> int:
    """Where the line holding chunk[position] starts."""
    return chunk.rfind("\n", 0, position) + 1


def _mask_quotes(text: str) -> str:
    """Blank the inside of quotation brackets, keeping length so offsets still match."""

    def blank(match: re.Match[str]) -> str:
        inner = match.group(0)
        return inner[0] + QUOTE_MASK * (len(inner) - 2) + inner[-1]

    return _QUOTES.sub(blank, text)


def _lines(text: str) -> Iterator[tuple[int, str, int]]:
    """(offset, line, paragraph) for the draft's own lines, quoted ones skipped."""
    paragraph = 0
    offset = 0
    blank_before = False
    for raw_line in text.split("\n"):
        line_offset = offset
        offset += len(raw_line) + 1
        if _REPLY_HEADER.match(raw_line):
            return  # the rest is the message being replied to
        if not raw_line.strip():
            blank_before = True
            continue
        if _QUOTED_LINE.match(raw_line):
            continue
        if blank_before:
            paragraph += 1
            blank_before = False
        yield line_offset, raw_line, paragraph


def _chunks(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, paragraph) of sentence candidates: joined wrapped lines, then cut at ends."""
    pending_start = -1
    pending_end = -1
    pending_paragraph = 0
    previous_line = ""
    for offset, line, paragraph in _lines(text):
        joinable = (
            pending_start >= 0
            and paragraph == pending_paragraph
            and _CONTINUES.search(previous_line) is not None
            and not _LIST_START.match(line)
        )
        if not joinable and pending_start >= 0:
            yield pending_start, pending_end, pending_paragraph
            pending_start = -1
        if pending_start < 0:
            pending_start, pending_paragraph = offset, paragraph
        pending_end = offset + len(line)
        previous_line = line
    if pending_start >= 0:
        yield pending_start, pending_end, pending_paragraph


def split_sentences(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, paragraph) of each sentence, stripped of surrounding white space."""
    for chunk_start, chunk_end, paragraph in _chunks(text):
        chunk = text[chunk_start:chunk_end]
        cursor = 0
        # "1. Open Settings." is one sentence: the full stop of a list number ends nothing.
        cuts = [
            match.end()
            for match in _END.finditer(chunk)
            if not _LIST_NUMBER.fullmatch(chunk[cursor_of_line(chunk, match.start()) : match.end()])
        ] + [len(chunk)]
        for cut in cuts:
            while cut - cursor > MAX_SENTENCE:
                yield from _trimmed(
                    text, chunk_start + cursor, chunk_start + cursor + MAX_SENTENCE, paragraph
                )
                cursor += MAX_SENTENCE
            yield from _trimmed(text, chunk_start + cursor, chunk_start + cut, paragraph)
            cursor = cut


def _trimmed(text: str, start: int, end: int, paragraph: int) -> Iterator[tuple[int, int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end, paragraph


def is_japanese(text: str) -> bool:
    return _JAPANESE.search(text) is not None


def mask_quotes(text: str) -> str:
    return _mask_quotes(text)
