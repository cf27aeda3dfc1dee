"""Literal anchors of a cue's regular expression: a cheap test before the scan.

Every match of `(?:doesn't|does not) work|\\bbroken` starts with "doesn", "does not" or
"broken". When none of them occurs in a mail (a substring test, done in C), the cue
cannot match and its regex scan is skipped. Most cues are absent from most mails, so
this turns ~65 scans of every mail into a handful.
"""

from __future__ import annotations

import re

try:  # Python 3.11 moved the parser
    from re import _constants as constants  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as constants  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

_MAX_ANCHORS = 64


def _prefixes(items: list[tuple[object, object]]) -> set[str] | None:
    """The literal strings one of which every match of this sequence starts with."""
    literal = ""
    for index, (opcode, argument) in enumerate(items):
        if opcode is constants.AT:
            if literal:
                break
            continue  # \b, ^: match no character
        if opcode is constants.LITERAL:
            literal += chr(argument)  # type: ignore[arg-type]
            continue
        tails: set[str] | None
        if opcode is constants.SUBPATTERN:
            tails = _prefixes(list(argument[-1]))  # type: ignore[index]
        elif opcode is constants.BRANCH:
            tails = set()
            for branch in argument[1]:  # type: ignore[index]
                found = _prefixes(list(branch))
                if found is None:
                    tails = None
                    break
                tails |= found
        elif opcode in (constants.MAX_REPEAT, constants.MIN_REPEAT):
            if argument[0] >= 1:  # type: ignore[index]
                tails = _prefixes(list(argument[2]))  # type: ignore[index]
            elif literal:
                return {literal}
            else:  # an optional start (大?好評): either the optional part or what follows
                skipped = _prefixes(items[index + 1 :])
                taken = _prefixes(list(argument[2]))  # type: ignore[index]
                if skipped is None or taken is None:
                    return None
                return skipped | taken
        elif opcode is constants.IN and _only_literals(argument):
            tails = {chr(code) for _, code in argument}  # type: ignore[attr-defined]  # [一1]
        else:
            tails = None
        if tails is None or not tails or any(not tail for tail in tails):
            return {literal} if literal else None
        return {literal + tail for tail in tails}
    return {literal} if literal else None


def _only_literals(argument: object) -> bool:
    return all(op is constants.LITERAL for op, _ in argument)  # type: ignore[attr-defined]


def literal_anchors(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which must occur in any text the pattern matches; None: unknown."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an odd pattern simply gets no anchors
        return None
    found = _prefixes(list(parsed))
    if not found or len(found) > _MAX_ANCHORS or any(not anchor for anchor in found):
        return None
    # A shorter anchor that is a prefix of a longer one makes the longer one redundant.
    ordered = sorted(found, key=len)
    minimal = [a for i, a in enumerate(ordered) if not any(a.startswith(b) for b in ordered[:i])]
    return tuple(minimal)
