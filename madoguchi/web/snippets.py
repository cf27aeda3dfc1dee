"""Search result snippets: the words found, highlighted, in a few dozen characters around.

Matching is done on normalised text (NFKC, case-folded: ｴﾗｰ finds エラー, ERROR finds
error) but shown in the original, so every original character keeps its own offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from madoguchi.models import Message, OutboxState
from madoguchi.search.tokens import normalise

CONTEXT = 40
_SPACES = re.compile(r"\s+")
MAX_SCANNED = 20_000


@dataclass(frozen=True)
class Snippet:
    pieces: tuple[tuple[str, bool], ...]  # (text, highlighted)
    # Found in a reply of ours that failed to send: the customer never read these words
    # (walk 13, F10: 「…本日返金手続きをいたしました」 read as an answer given).
    unsent: bool = False


@lru_cache(maxsize=20_000)
def _normalised_character(char: str) -> str:
    # NFKC per character is the slow part of a snippet (a page: ~10,000 characters), and
    # mail repeats a few thousand characters.
    return normalise(char)


def _normalised_with_offsets(text: str) -> tuple[str, list[int]]:
    folded: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        piece = _normalised_character(char)
        folded.append(piece)
        offsets.extend([index] * len(piece))
    return "".join(folded), offsets


def highlight(text: str, terms: Sequence[str]) -> Snippet | None:
    text = text[:MAX_SCANNED]
    folded, offsets = _normalised_with_offsets(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = normalise(term).strip()
        if not needle:
            continue
        start = folded.find(needle)
        while start != -1 and len(spans) < 20:
            end = start + len(needle)
            spans.append((offsets[start], offsets[end - 1] + 1))
            start = folded.find(needle, end)
    if not spans:
        return None
    spans.sort(key=lambda span: (span[0], -span[1]))  # the longest of those at one place
    first = spans[0][0]
    window_start = max(0, first - CONTEXT)
    window_end = min(len(text), first + CONTEXT * 3)
    pieces: list[tuple[str, bool]] = []
    if window_start > 0:
        pieces.append(("…", False))
    cursor = window_start
    for start, end in spans:
        if start < cursor or start >= window_end:
            continue
        pieces.append((text[cursor:start], False))
        pieces.append((text[start:end], True))
        cursor = end
    pieces.append((text[cursor:window_end], False))
    if window_end < len(text):
        pieces.append(("…", False))
    # Runs of spaces and line breaks become one space, keeping the space at either end of
    # a piece ("Hi " + "Lukas" must not read "HiLukas").
    cleaned = tuple((_SPACES.sub(" ", p) if not hit else p, hit) for p, hit in pieces if p)
    return Snippet(cleaned)


def snippets_for(conversations: Sequence[Any], terms: Sequence[str]) -> dict[int, Snippet]:
    """One query for the page: the first message (newest first) of each conversation whose
    text contains a term; the subject if none does."""
    if not terms or not conversations:
        return {}
    ids = [c.pk for c in conversations]
    found: dict[int, Snippet] = {}
    for conversation in conversations:
        snippet = highlight(conversation.subject, terms)
        if snippet:
            found[conversation.pk] = snippet
    rows = (
        Message.objects.filter(conversation_id__in=ids)
        .order_by("-received_at")
        .values_list("conversation_id", "text", "outbox__state")
    )
    best: dict[int, Snippet] = {}
    for conversation_id, text, state in rows.iterator(chunk_size=200):
        if conversation_id in best:
            continue
        snippet = highlight(text or "", terms)
        if snippet and state == OutboxState.FAILED:
            snippet = replace(snippet, unsent=True)
        if snippet:
            best[conversation_id] = snippet
    found.update(best)
    return found
