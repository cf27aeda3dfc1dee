"""Parsing the search box: words, "phrases" and filters such as from: or status: (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

FILTER_NAMES = ("from", "to", "label", "status", "assignee", "before", "after", "has", "customer")
_TOKEN = re.compile(r'(\w+):"([^"]*)"|(\w+):(\S+)|"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[str, ...] = ()  # each a word or a phrase; all must match
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    errors: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.filters

    def filter(self, name: str) -> tuple[str, ...]:
        return self.filters.get(name, ())

    def date_filter(self, name: str) -> date | None:
        values = self.filter(name)
        if not values:
            return None
        try:
            return date.fromisoformat(values[-1].replace("/", "-"))
        except ValueError:
            return None


def parse_query(text: str) -> SearchQuery:
    terms: list[str] = []
    filters: dict[str, list[str]] = {}
    errors: list[str] = []
    # Full-width colon and quotes typed with a Japanese IME count as their ASCII forms.
    text = text.replace("：", ":").replace("“", '"').replace("”", '"').replace("＂", '"')
    for match in _TOKEN.finditer(text):
        quoted_name, quoted_value, name, value, phrase, word = match.groups()
        name = (quoted_name or name or "").lower()
        value = quoted_value if quoted_name else value
        if name:
            if name in FILTER_NAMES:
                filters.setdefault(name, []).append(value)
                continue
            word = match.group(0)  # "http://…" or "10:30": not a filter, a word
        term = phrase if phrase is not None else word
        if term and term.strip():
            terms.append(term.strip())
    for name in ("before", "after"):
        for value in filters.get(name, []):
            try:
                date.fromisoformat(value.replace("/", "-"))
            except ValueError:
                errors.append(f"{name}: expects a date like 2026-11-25, not {value!r}")
    return SearchQuery(
        terms=tuple(terms),
        filters={key: tuple(values) for key, values in filters.items()},
        errors=tuple(errors),
    )
