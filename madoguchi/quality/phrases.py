"""Large alternations of phrases, searched only where one of their words can be.

Python's `re` tries every branch of an alternation at every position of the text: a family
list of two hundred wordings costs 40–60 µs per sentence whether or not any of its words is
there, and the reply checker runs a few dozen such lists on every sentence (issue 11: a
third of its time was `Pattern.search`). Every match of such a list contains, in each
branch, some literal run of characters (「筋合い」, "not our"): `compile()` reads the
pattern's parse tree once, picks for each branch the literal every match of it must
contain, and `search()` looks for those few words with `in` (a C loop over the sentence)
before it runs the regular expression. Where no word is there the pattern cannot match and
None is returned at once; otherwise the real search runs and its answer is returned as it is.

The filter only ever skips a search that cannot match: the literals are compared
lower-cased on both sides (so a case-insensitive pattern is filtered too), literals with a
character whose lower case is context-dependent or not one character are not used, and a
text containing a character that `re` folds differently from `str.lower` (dotless ı, long
ſ, İ, Greek and old Cyrillic variants: `re._casefix`) is always searched in full.
tests/quality/test_phrases.py checks this against `re` on every pattern of the checker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar, cast

try:  # Python 3.11+: the parser `re` itself uses.
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older layout; the patterns are then searched in full
    _sre_constants = None  # type: ignore[assignment]
    _sre_parse = None  # type: ignore[assignment]

try:
    from re._casefix import _EXTRA_CASES

    _FOLDED = frozenset(
        chr(code) for key, values in _EXTRA_CASES.items() for code in (key, *values)
    )
except ImportError:  # pragma: no cover
    _FOLDED = frozenset("ıſµμΐΰβϐεϵθϑικϰπϖρϱςσφϕͅвᲀдᲁоᲂсᲃтᲄᲅъᲆѣᲇꙋᲈṡẛﬅﬆ")

# Text characters `re` may match to a literal while `str.lower` maps them elsewhere (İ lowers
# to two characters; the others are the case folds `re` adds to i, s, µ and Greek and Cyrillic
# letters): such a text is searched in full, and a literal holding one is not used.
_UNSAFE_TEXT = frozenset(char for char in _FOLDED if ord(char) > 127) | {
    "\u0130",
    "\u212a",
    "\u212b",
}

_T = TypeVar("_T")

_BARE = re.compile(r"[\W_]+")

# Below this many characters a required literal filters too little to be worth the check.
_SHORTEST = 2


def _usable(literal: str) -> bool:
    return all(
        len(char.lower()) == 1 and char not in _UNSAFE_TEXT and char not in "Σ" for char in literal
    )


def _required(items: Any) -> list[str] | None:
    """Words at least one of which every match of this parsed sequence contains, or None."""
    constants = _sre_constants
    candidates: list[list[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(["".join(run).lower()])
            run.clear()

    for op, value in items:
        if op is constants.LITERAL:
            run.append(chr(value))
            continue
        flush()
        if op is constants.SUBPATTERN:
            found = _required(value[-1])
        elif op is constants.BRANCH:
            branches = [_required(branch) for branch in value[1]]
            found = (
                None
                if any(branch is None for branch in branches)
                else [word for branch in branches for word in cast(list[str], branch)]
            )
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
            found = _required(value[2]) if value[0] >= 1 else None
        elif op is constants.ATOMIC_GROUP:
            found = _required(value)
        else:  # a class, any character, an anchor, a look-around, a back-reference
            found = None
        if found:
            candidates.append(found)
    flush()
    usable = [
        sorted(set(words))
        for words in candidates
        if all(_usable(word) and len(word) >= _SHORTEST for word in words)
    ]
    if not usable:
        return None
    # The most selective: the longest shortest word (spaces and punctuation do not count: " to "
    # is as common as "to"), then the fewest words.
    return max(
        usable, key=lambda words: (min(len(_BARE.sub("", word)) for word in words), -len(words))
    )


def _split_branches(pattern: str) -> list[str] | None:
    """The pattern as one pattern per branch of its widest alternation, or None.

    `A|B|C` gives A, B, C; `P(?:A|B|C)S` (one group holding the alternation, with no branch
    outside it) gives PAS, PBS, PCS: a text matches the whole at a position exactly where one
    of these matches there. Only a plain, non-capturing or named group is opened (splitting a
    look-around's alternation would change what it asserts), and never under a global inline
    flag or verbose mode."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern) or re.search(r"\\[1-9]|\(\?P=|\(\?\(", pattern):
        return None  # a global inline flag, a back-reference, a condition on a group
    top: list[int] = []  # positions of "|" at depth 0
    groups: list[tuple[int, int, int, list[int]]] = []  # (open, body start, close, bars)
    stack: list[tuple[int, int, list[int]]] = []
    index, klass = 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if klass:
            klass = char != "]"
        elif char == "[":
            klass = True
            if pattern.startswith("^", index + 1):
                index += 1
            if pattern.startswith("]", index + 1):
                index += 1
        elif char == "(":
            body = index + 1
            if pattern.startswith("?:", body):
                body += 2
            elif pattern.startswith("?P<", body):
                body = pattern.index(">", body) + 1
            elif pattern.startswith("?", body):
                body = -1  # a look-around, a condition, a comment: never opened
            stack.append((index, body, []))
        elif char == ")":
            if not stack:
                return None
            opened, body, bars = stack.pop()
            if not stack and body >= 0:
                groups.append((opened, body, index, bars))
        elif char == "|":
            if stack:
                stack[-1][2].append(index)
            else:
                top.append(index)
        index += 1
    if stack or klass:
        return None
    if top:
        edges = [-1, *top, len(pattern)]
        return [pattern[a + 1 : b] for a, b in zip(edges, edges[1:], strict=False)]
    widest = max(groups, key=lambda group: len(group[3]), default=None)
    if widest is None or not widest[3]:
        return None
    opened, body, close, bars = widest
    head, tail = pattern[:body], pattern[close:]
    edges = [body - 1, *bars, close]
    return [head + pattern[a + 1 : b] + tail for a, b in zip(edges, edges[1:], strict=False)]


# A pattern is searched a branch at a time from this many branches with a required word each.
_BRANCHES = 4


class PhrasePattern:
    """A compiled pattern that answers no at once when none of its required words is there.

    Behaves as the `re.Pattern` it wraps for search, match, fullmatch, finditer, findall,
    sub and subn; every other attribute is the wrapped pattern's.

    A long alternation is also searched a branch at a time (session 26: `re` tries every
    branch at every position, so one list of forty wordings cost 70 µs on an English
    sentence): only the branches whose required word is in the text are searched, the
    leftmost start among them is where the whole pattern matches first, and the match is
    the whole pattern's own, found from there (its groups as `re` numbers them).
    """

    __slots__ = ("compiled", "_by_first", "_branches", "_open")

    def __init__(
        self,
        compiled: re.Pattern[str],
        words: list[str],
        branches: list[tuple[frozenset[str] | None, re.Pattern[str]]] | None = None,
    ) -> None:
        self.compiled = compiled
        # Keyed by each word's first two characters (every word has two: _SHORTEST): in English
        # nearly every letter is in every sentence, a pair of them far less often.
        by_first: dict[str, list[str]] = {}
        for word in words:
            by_first.setdefault(word[:2], []).append(word)
        self._by_first = {pair: tuple(group) for pair, group in by_first.items()}
        self._branches = tuple(branches or ())
        # Branches with no required word are searched whatever the text.
        self._open = any(required is None for required, _ in self._branches)

    def _present(self, lowered: str, pairs: frozenset[str]) -> set[str]:
        by_first = self._by_first
        return {
            word
            for pair in pairs.intersection(by_first)
            for word in by_first[pair]
            if word in lowered
        }

    def _search_branches(self, text: str, *args: int) -> re.Match[str] | None:
        lowered, pairs = _lowered(text)
        if lowered is None:
            return self.compiled.search(text, *args)
        present = self._present(lowered, pairs)
        if not present and not self._open:
            return None
        start = args[0] if args else 0
        best = -1
        for required, branch in self._branches:
            if required is not None and required.isdisjoint(present):
                continue
            found = branch.search(text, *args)
            if found is not None and (best < 0 or found.start() < best):
                best = found.start()
                if best <= start:
                    break
        if best < 0:
            return None
        return self.compiled.search(text, best, *args[1:])

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"PhrasePattern({self.compiled!r})"

    def possible(self, text: str) -> bool:
        if self._open:
            return True  # a branch with no required word can match any text
        lowered, pairs = _lowered(text)
        if lowered is None:
            return True
        by_first = self._by_first
        for pair in pairs.intersection(by_first):
            for word in by_first[pair]:
                if word in lowered:
                    return True
        return False

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        if self._branches:
            return self._search_branches(text, *args)
        return self.compiled.search(text, *args) if self.possible(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(text, *args) if self.possible(text) else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, *args) if self.possible(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *args) if self.possible(text) else iter(())

    def findall(self, text: str, *args: int) -> list[Any]:
        return self.compiled.findall(text, *args) if self.possible(text) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count) if self.possible(text) else text

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled.subn(repl, text, count) if self.possible(text) else (text, 0)


# The texts most recently filtered, each lower-cased with the pairs of characters in it (None
# where `re` folds a character differently: searched in full). The checker runs a few dozen
# lists over each sentence, and a draft's sentences a rule at a time, so a few hundred texts
# are kept; emptied when full. (A dict entry is set whole, so a thread reads one text's values.)
_SEEN: dict[str, tuple[str | None, frozenset[str]]] = {}
_SEEN_MAX = 512


def _lowered(text: str) -> tuple[str | None, frozenset[str]]:
    seen = _SEEN.get(text)
    if seen is not None:
        return seen
    chars = frozenset(text)
    if not _UNSAFE_TEXT.isdisjoint(chars):
        seen = (None, chars)
    else:
        lowered = text.lower()
        seen = (lowered, frozenset(lowered[index : index + 2] for index in range(len(lowered) - 1)))
    if len(_SEEN) >= _SEEN_MAX:
        _SEEN.clear()
    _SEEN[text] = seen
    return seen


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - as re.compile
    """`re.compile`, filtered by the words every match must contain where there are such.

    Typed as the `re.Pattern` it behaves as (PhrasePattern answers the same calls)."""
    compiled = re.compile(pattern, flags)
    words = None
    if _sre_parse is not None:
        try:
            words = _required(_sre_parse.parse(pattern, flags))
        except Exception:  # noqa: BLE001 - a parser change only costs the filter
            words = None
    branches = _branch_patterns(pattern, flags)
    if branches is not None:
        words = sorted({word for required, _ in branches for word in required or ()})
        if words:
            return cast(re.Pattern[str], PhrasePattern(compiled, words, branches))
    if not words:
        return compiled
    return cast(re.Pattern[str], PhrasePattern(compiled, words))


def _branch_patterns(
    pattern: str, flags: int
) -> list[tuple[frozenset[str] | None, re.Pattern[str]]] | None:
    """Each branch of the pattern compiled alone with the words it requires (None: none), or
    None when the pattern is not worth searching a branch at a time (_BRANCHES)."""
    if _sre_parse is None or flags & re.VERBOSE:
        return None
    try:
        sources = _split_branches(pattern)
        if sources is None or len(sources) < _BRANCHES:
            return None
        branches = []
        for source in sources:
            required = _required(_sre_parse.parse(source, flags))
            branches.append((frozenset(required) if required else None, re.compile(source, flags)))
    except Exception:  # noqa: BLE001 - a pattern this cannot split is searched whole
        return None
    if sum(1 for required, _ in branches if required is not None) < _BRANCHES:
        return None
    return branches


def _words_of(pattern: re.Pattern[str] | PhrasePattern) -> frozenset[str] | None:
    """The words one of which every match of the pattern contains, or None (any text)."""
    if isinstance(pattern, PhrasePattern):
        if pattern._open:  # noqa: SLF001 - the same module's class
            return None
        return frozenset(word for group in pattern._by_first.values() for word in group)  # noqa: SLF001
    if _sre_parse is None:
        return None
    try:
        words = _required(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a parser change only costs the screen
        return None
    return frozenset(words) if words else None


class Screen(Generic[_T]):
    """An ordered list of (label, pattern), screened together: `candidates(text)` yields, in
    order, the items whose pattern can match the text.

    A rule that tries fifty family patterns on every sentence in turn paid `re`'s scan (or
    PhrasePattern's check) fifty times; the words all of them require are looked for once
    here, and a pattern none of whose words is in the text is skipped with a set operation.
    A pattern that requires no word is always yielded. The caller searches what is yielded,
    so what it finds and in which order is as before.
    """

    __slots__ = ("_items", "_by_first")

    def __init__(self, items: Iterable[tuple[_T, re.Pattern[str]]]) -> None:
        entries = []
        by_first: dict[str, set[str]] = {}
        for label, pattern in items:
            words = _words_of(pattern)
            entries.append((label, pattern, words))
            for word in words or ():
                by_first.setdefault(word[:2], set()).add(word)
        self._items = tuple(entries)
        self._by_first = {pair: tuple(sorted(group)) for pair, group in by_first.items()}

    def candidates(self, text: str) -> Iterator[tuple[_T, re.Pattern[str]]]:
        lowered, pairs = _lowered(text)
        if lowered is None:
            for label, pattern, _ in self._items:
                yield label, pattern
            return
        by_first = self._by_first
        present = {
            word
            for pair in pairs.intersection(by_first)
            for word in by_first[pair]
            if word in lowered
        }
        for label, pattern, words in self._items:
            if words is None or not words.isdisjoint(present):
                yield label, pattern

    def first(self, text: str) -> tuple[_T, re.Match[str]] | None:
        """The label and match of the first item, in order, whose pattern matches the text."""
        for label, pattern in self.candidates(text):
            found = pattern.search(text)
            if found is not None:
                return label, found
        return None
