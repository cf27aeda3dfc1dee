"""When a finding's suggestion may replace the flagged words with one click, and how far.

A suggestion is often a pattern to follow (「〇〇のため、〇月〇日までに…」, "We don't support
that, but you can … instead"), not text to paste: pasted, it leaves blanks in the reply or
a sentence inside a sentence (「〇月〇日〇時までにお時間をいただきます」, "Could you you must…").
So a rewrite is offered only when it is a drop-in: no blanks or ellipses, the flagged words
are still where the finding says, no word doubled at either seam, and a suggestion that
ends a sentence replaces words that end one. Everything else stays a hint to read.

Pure: no Django; offsets are code points into the draft, as in Finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from madoguchi.quality.lint.base import Finding
from madoguchi.quality.lint.rules.placeholder_left import placeholders_in

_SENTENCE_END = "。．.！!？?"
_PATTERN_MARKS = ("〜", "～", "…", "...", "___")
_WORD = re.compile(r"[A-Za-z']+")


@dataclass(frozen=True, slots=True)
class Rewrite:
    start: int
    end: int  # exclusive; may take the closing 「。」 the excerpt stops before
    text: str


def _last_word(text: str) -> str:
    words = _WORD.findall(text[-40:])
    return words[-1].lower() if words else ""


def _first_word(text: str) -> str:
    match = _WORD.match(text.lstrip())
    return match.group().lower() if match else ""


def _doubled(before: str, after: str) -> bool:
    """The same word on both sides of a seam: "could you" + "you must"."""
    if before[-1:].isspace() or after[:1].isspace() or not before or not after:
        last, first = _last_word(before), _first_word(after)
        return bool(last) and last == first
    return False


def sound_rewrite(text: str, finding: Finding) -> Rewrite | None:
    suggestion = finding.suggestion
    if not suggestion or not suggestion.strip():
        return None
    if placeholders_in(suggestion) or any(mark in suggestion for mark in _PATTERN_MARKS):
        return None
    if text[finding.start : finding.end] != finding.excerpt or not finding.excerpt:
        return None
    end = finding.end
    following = text[end : end + 1]
    if following and following in _SENTENCE_END and suggestion.endswith(following):
        end += 1  # the suggestion brings its own 「。」: do not leave 「。。」
    before, after = text[: finding.start], text[end:]
    if _doubled(before, suggestion) or _doubled(suggestion, after):
        return None
    ends_sentence = suggestion.rstrip()[-1:] in _SENTENCE_END
    at_sentence_end = text[end - 1 : end] in _SENTENCE_END or not after.strip(" \t")[:1].strip()
    if ends_sentence and not at_sentence_end:
        return None  # a whole sentence pasted over a few words mid-sentence
    return Rewrite(finding.start, end, suggestion)
