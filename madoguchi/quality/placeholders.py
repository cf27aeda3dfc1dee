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


def template_variable_names(template: str) -> list[str]:
    """The `{name}` variables a template uses, in order of appearance."""
    return _VARIABLE.findall(template)


def fill_placeholders(template: str, values: Mapping[str, str]) -> str:
    def value_of(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _VARIABLE.sub(value_of, template)


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam"})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def first_name(name: str) -> str:
    """The name an English greeting uses, "Hi Grace," for "Grace Lee" (walk 8 finding 22:
    "Hi Grace Lee," reads like a form letter). "Lee, Grace" is Grace; a title (Dr, Ms …) is
    skipped. A name in Japanese, Chinese or Korean script is given whole: which part is the
    given name cannot be told, and 山田 太郎 stays 山田 太郎 rather than becoming 山田. An
    address, or nothing, gives "" (the template's blank rule then writes "Hello,")."""
    name = " ".join(name.split())
    if not name or "@" in name:
        return ""
    if _CJK.search(name):
        return name
    if name.count(",") == 1:
        family, given = (part.strip() for part in name.split(","))
        name = given or family
    words = [word for word in name.split(" ") if word.rstrip(".").lower() not in _TITLES]
    return words[0].strip(",") if words else ""


# A greeting line whose name was empty: 「様」 alone or "Dear ," is worse than no name.
_JA_NAME_FALLBACK = "お客様"
_JA_HONORIFIC_AFTER_FALLBACK = re.compile(r"お客様\s*(様|さま|殿)")
_EN_BARE_GREETING = re.compile(r"^\s*(Dear|Hi|Hello)\s*[,.!:]?\s*$", re.IGNORECASE)


def fill_template(
    template: str, values: Mapping[str, str], known: frozenset[str], language: str
) -> str:
    """A template for the compose box: a known variable without a value renders empty, a
    line it leaves empty goes, and a missing customer name becomes 「お客様」 (or "Hello,"
    for an English "Dear {customer_name},"). An unknown name stays as written.

    An empty variable in the middle of a sentence ("… from {organization}.") stays
    visible as `{organization}`: rendered empty the line read "… from." and went out so.
    Kept, the reply check marks it (placeholder_left) and sending refuses it, naming it,
    until the agent fills it or rewrites the line."""
    blanks = {name: "" for name in known if not values.get(name)}
    lines = []
    for line in template.split("\n"):
        names = set(_VARIABLE.findall(line))
        if not names & blanks.keys():
            lines.append(fill_placeholders(line, values))
            continue
        if "customer_name" in names & blanks.keys() and language != "en":
            filled = fill_placeholders(
                line,
                {**values, **_droppable(line, blanks), "customer_name": _JA_NAME_FALLBACK},
            )
            filled = _JA_HONORIFIC_AFTER_FALLBACK.sub(_JA_NAME_FALLBACK, filled)
        else:
            filled = _tidy(fill_placeholders(line, {**values, **blanks}))
            if _EN_BARE_GREETING.match(filled):
                filled = "Hello,"
            else:
                filled = _tidy(fill_placeholders(line, {**values, **_droppable(line, blanks)}))
        if not line[:1].isspace():
            filled = filled.lstrip()  # 「{organization} {customer_name}様」 without a company
        if filled.strip():
            lines.append(filled)
    return "\n".join(lines)


def _tidy(filled: str) -> str:
    filled = re.sub(r"[ \t]+([,.、。])", r"\1", filled)
    return re.sub(r"[ \t]{2,}", " ", filled)


def _droppable(line: str, blanks: Mapping[str, str]) -> dict[str, str]:
    """The empty variables of `line` that can go without breaking it: one that opens the
    line (nothing but other variables before it) and is followed by nothing or by another
    variable — 「{organization}」 alone, 「{organization} {customer_name}様」. One with words
    on either side ("from {organization}.", 「{organization}様」) is not in the result, so
    it stays visible as a blank."""
    kept: set[str] = set()
    dropped: set[str] = set()
    for match in _VARIABLE.finditer(line):
        name = match.group(1)
        if name not in blanks:
            continue
        before = _VARIABLE.sub("", line[: match.start()]).strip()
        after = line[match.end() :]
        if not before and (not after.strip() or _VARIABLE.match(after.lstrip())):
            dropped.add(name)
        else:
            kept.add(name)
    return {name: "" for name in dropped - kept}
