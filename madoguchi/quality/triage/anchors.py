"""Literal anchors of a cue's regular expression: a cheap test before the scan.

Every match of `(?:doesn't|does not) work|\\bbroken` starts with "doesn't work", "does
not work" or "broken". An AnchorIndex finds where any anchor of any cue occurs in one
scan of the mail (a trie of all anchors as one regular expression, run in C); a cue is
then tried only at those positions. Most cues are absent from most mails, so this turns
~65 scans of every mail into one scan and a handful of anchored matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

try:  # Python 3.11 moved the parser
    from re import _constants as constants  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as constants  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

# Alternatives multiply ((?:can't|cannot) (?:log in|sign in|access)...): past this many
# anchors for one part of a pattern, stop lengthening them. A cue's anchors all go into one
# trie, so many anchors cost little.
_MAX_GROWTH = 64


Prefix = tuple[str, bool]  # (literal text, whether it spans the whole sequence so far)


def _prefixes(items: list[tuple[object, object]]) -> set[Prefix]:
    """The literal strings one of which every match of this sequence starts with.

    Each comes with whether it covers the whole sequence (then what follows the sequence
    may extend it). An empty text: a match may start with anything (\\w, a class of many).
    """
    current: set[Prefix] = {("", True)}
    for opcode, argument in items:
        if opcode in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
            continue  # \b, ^, (?<!ば), (?!から): match no character
        choices = _item_prefixes(opcode, argument)
        grown: set[Prefix] = set()
        for text, complete in current:
            if not complete or choices is None:
                grown.add((text, False))
            else:
                grown.update((text + more, whole) for more, whole in choices)
        if len(grown) > _MAX_GROWTH and all(text for text, _ in current):
            # Stop growing: the shorter ones are still anchors.
            return {(text, False) for text, _ in current}
        current = grown
        if not any(complete for _, complete in current):
            break
    return current


def _item_prefixes(opcode: object, argument: object) -> set[Prefix] | None:
    if opcode is constants.LITERAL:
        return {(chr(argument), True)}  # type: ignore[arg-type]
    if opcode is constants.SUBPATTERN:
        return _prefixes(list(argument[-1]))  # type: ignore[index]
    if opcode is constants.BRANCH:
        found: set[Prefix] = set()
        for branch in argument[1]:  # type: ignore[index]
            found |= _prefixes(list(branch))
        return found
    if opcode in (constants.MAX_REPEAT, constants.MIN_REPEAT):
        low: int
        high: int
        body: list[tuple[object, object]]
        low, high, body = argument  # type: ignore[misc]
        once = high == 1  # x? may be followed by what comes next; x+ by more x
        repeated = {(text, whole and once) for text, whole in _prefixes(list(body))}
        return repeated if low >= 1 else repeated | {("", True)}
    if opcode is constants.IN:  # [一1], [0-9]: a few characters, each a start
        characters = _class_characters(argument)
        return None if characters is None else {(character, True) for character in characters}
    return None


_MAX_CLASS = 16


def _class_characters(argument: object) -> set[str] | None:
    """The characters of a small class of literals and ranges; None for anything else."""
    characters: set[str] = set()
    for op, value in argument:  # type: ignore[attr-defined]
        if op is constants.LITERAL:
            characters.add(chr(value))
        elif op is constants.RANGE and value[1] - value[0] < _MAX_CLASS:
            characters.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None  # \\w, [^。], a negated or large class
    return characters if len(characters) <= _MAX_CLASS else None


def literal_anchors(pattern: re.Pattern[str] | str) -> tuple[str, ...] | None:
    """Strings one of which must occur in any text the pattern matches; None: unknown.

    pattern: a compiled expression, or the source of one compiled without flags.
    """
    source, flags = (pattern, 0) if isinstance(pattern, str) else (pattern.pattern, pattern.flags)
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = parser.parse(source, flags)
    except Exception:  # noqa: BLE001 - an odd pattern simply gets no anchors
        return None
    found = {text for text, _ in _prefixes(list(parsed))}
    if not found or any(not anchor for anchor in found):
        return None
    # A shorter anchor that is a prefix of a longer one makes the longer one redundant.
    ordered = sorted(found, key=lambda anchor: (len(anchor), anchor))  # the same in every process
    minimal = [a for i, a in enumerate(ordered) if not any(a.startswith(b) for b in ordered[:i])]
    return tuple(minimal)


class AnchorIndex:
    """Where the anchors of many cues occur in a text, found in one scan.

    cue_anchors[i]: the anchors of cue i, or None for a cue without (left out here).
    """

    def __init__(self, cue_anchors: Sequence[Sequence[str] | None]) -> None:
        cues_with: dict[str, set[int]] = {}  # anchor → the cues that have it
        for number, anchors in enumerate(cue_anchors):
            for anchor in anchors or ():
                cues_with.setdefault(anchor, set()).add(number)
        words = set(cues_with)
        # The trie matches the longest anchor at a position; the anchors that are its
        # prefixes start there too.
        self.cues_of: dict[str, tuple[int, ...]] = {
            word: tuple(
                sorted(
                    {
                        number
                        for length in range(1, len(word) + 1)
                        for number in cues_with.get(word[:length], ())
                    }
                )
            )
            for word in words
        }
        # Words that start with hiragana get a trie of their own: hiragana fill most of
        # a Japanese text, and at each of them the engine tries the first characters of
        # its trie one by one (3x faster than one trie of ~160 first characters).
        groups: dict[bool, list[str]] = {}
        for word in sorted(words):
            groups.setdefault(_HIRAGANA_FIRST.match(word) is not None, []).append(word)
        self.sources = [trie_pattern(group) for group in groups.values()]
        # Compiled at the first mail (an index of one language may never be used).
        self._patterns: list[re.Pattern[str]] | None = None

    @property
    def patterns(self) -> list[re.Pattern[str]]:
        if self._patterns is None:
            self._patterns = [re.compile(source) for source in self.sources]
        return self._patterns

    def positions(self, text: str) -> dict[int, list[int]]:
        """cue number → the positions (ascending) where one of its anchors starts."""
        found: dict[int, list[int]] = {}
        patterns = self._patterns if self._patterns is not None else self.patterns
        for pattern in patterns:
            search = pattern.search
            match = search(text)
            while match is not None:
                start = match.start()
                for number in self.cues_of[match.group()]:
                    if number in found:
                        found[number].append(start)
                    else:
                        found[number] = [start]
                match = search(text, start + 1)  # anchors may overlap: look one further
        if len(patterns) > 1:
            for starts in found.values():
                starts.sort()
        return found


_HIRAGANA_FIRST = re.compile("[\u3041-\u309f]")


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of the words, the longest one at a position.

    Shared beginnings are written once ((?:does(?:n't| not)|...)), so the engine tries a
    handful of first characters at each position instead of every word.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}
    return _trie_branch(root)


def _trie_branch(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends_here = "" in node
    branches = [re.escape(ch) + _trie_branch(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends_here else f"(?:{'|'.join(branches)})"
    return body + "?" if ends_here else body  # greedy: the longer word is tried first
