"""Filling `{name}` variables in templates: the one renderer for every template and
clarifying reply.

Values come from customers (their name, a subject), so this must not be a template
language: `str.format` reads format specs (`{tag:>150000000}` builds 150 MB), attributes
(`{subject.__class__.__mro__}`) and indexes. Here a variable is a brace, an ASCII name and
a brace, nothing else; every value is inserted as text in one pass (a value that itself
holds `{x}` is never expanded); an unknown name stays as written so the agent sees it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_VARIABLE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fill_placeholders(template: str, values: Mapping[str, str]) -> str:
    def value_of(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _VARIABLE.sub(value_of, template)
