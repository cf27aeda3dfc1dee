"""Parsing the search box into a tree (pure: no database, no Django).

The language, in the order people reach for it:

    返金 refund              words: every one must match (AND)
    "same invoice"          a phrase: the words next to each other, in this order
    -請求  NOT 請求           negation of a word, a phrase, a filter or a group
    返金 OR 請求             either (OR binds tighter than the implicit AND, as in Gmail)
    (返金 OR 請求) -status:resolved
    from:木村 to: label: status: assignee: customer: org: mailbox: team: priority:
    before:2026-01-31 after:2026-01-01 has:attachment is:open is:closed

`status:` names one status exactly (status:open is 対応中 only, as Zendesk's status:open);
`is:open` is what a lead means by "open" (GitHub's and Front's is:open, Zendesk's
"unsolved"): anything not yet settled, 未対応・対応中・返信待ち; `is:closed` is 対応済・対応不要.

Full-width forms typed with a Japanese IME (：（）－＂“”) count as their ASCII forms. Any
input parses: what cannot be understood is reported in `problems` (naming the filter and
the value), never raised.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date

from madoguchi.search.japanese import compound_parts, content_parts

FILTER_NAMES = frozenset(
    {
        "from",
        "to",
        "label",
        "status",
        "assignee",
        "before",
        "after",
        "has",
        "customer",
        "org",
        "mailbox",
        "team",
        "priority",
        "is",
    }
)
# Other names people type for the same filters.
FILTER_ALIASES = {
    "organization": "org",
    "organisation": "org",
    "company": "org",
    "会社": "org",
    "差出人": "from",
    "宛先": "to",
    "ラベル": "label",
    "状態": "status",
    "担当": "assignee",
    "担当者": "assignee",
    "顧客": "customer",
    "受信箱": "mailbox",
    "メールボックス": "mailbox",  # the word the navigation uses (s8)
    "チーム": "team",
    "優先度": "priority",
    "owner": "assignee",
    "tag": "label",
    "tags": "label",
    "labels": "label",
}

# Status words people type, in both languages.
STATUS_ALIASES = {
    "new": "new",
    "未対応": "new",
    "open": "open",
    "対応中": "open",
    "waiting": "waiting",
    "返信待ち": "waiting",
    "resolved": "resolved",
    "closed": "resolved",
    "対応済": "resolved",
    "対応済み": "resolved",
    "no_action": "no_action",
    "対応不要": "no_action",
    "解決済み": "resolved",
    "spam": "spam",
    "迷惑メール": "spam",
}
# is: values → the statuses they cover. Spam is neither open nor closed work.
IS_OPEN = ("new", "open", "waiting")  # 未対応・対応中・返信待ち
IS_CLOSED = ("resolved", "no_action")  # 対応済・対応不要
IS_VALUES = {
    "open": IS_OPEN,
    "unresolved": IS_OPEN,
    "未解決": IS_OPEN,
    "未完了": IS_OPEN,
    "closed": IS_CLOSED,
    "done": IS_CLOSED,
    "解決済み": IS_CLOSED,
    "完了": IS_CLOSED,
}
# Priority words → the stored number (models.Priority: 0 urgent, 1 normal, 2 low).
PRIORITY_ALIASES = {
    "urgent": 0,
    "high": 0,
    "至急": 0,
    "高": 0,
    "normal": 1,
    "通常": 1,
    "中": 1,
    "low": 2,
    "後で": 2,
    "低": 2,
}
HAS_VALUES = {"attachment": "attachment", "attachments": "attachment", "添付": "attachment"}
# Dates outside this range are typing mistakes, and year 1 or 9999 overflows time zones.
EARLIEST_DATE = date(1970, 1, 1)
LATEST_DATE = date(2999, 12, 31)

_FULL_WIDTH = str.maketrans(
    {"：": ":", "（": "(", "）": ")", "－": "-", "＂": '"', "“": '"', "”": '"'}
)
# One lexical token: a parenthesis, or an optional minus, then name:"quoted value",
# name:value, "a phrase" or a bare word. A word ends at whitespace or a parenthesis.
_TOKEN = re.compile(
    r"""\s*(?:
        (?P<paren>[()])
      | (?P<minus>-)?(?:
            (?P<name>[^\s():"-][^\s():"]*):(?:"(?P<quoted_value>[^"]*)"?|(?P<value>[^\s()]+))
          | "(?P<phrase>[^"]*)"?
          | (?P<word>[^\s()]+)
        )
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Text:
    """A word or a phrase, matched against the messages' text."""

    text: str
    phrase: bool = False
    # The word as typed when `text` is one of its parts (届かなかった → 届): what a
    # snippet highlights where the text has it. Not part of the query's meaning.
    typed: str = field(default="", compare=False)


@dataclass(frozen=True)
class Filter:
    name: str  # one of FILTER_NAMES
    value: str


@dataclass(frozen=True)
class Not:
    node: Node


@dataclass(frozen=True)
class And:
    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    nodes: tuple[Node, ...]


Node = Text | Filter | Not | And | Or


@dataclass(frozen=True)
class Problem:
    """Something in the query that could not be used; `kind` picks the message shown."""

    # "bad_date", "date_range", "unknown_value", "empty_range", "empty_value", "nothing";
    # and two that still search: "parenthesis", "unknown_filter" (a misspelt filter name).
    kind: str
    name: str = ""
    value: str = ""


@dataclass(frozen=True)
class SearchQuery:
    tree: Node | None = None
    problems: tuple[Problem, ...] = ()
    # Words and phrases that must match (not under NOT): for snippets and relevance.
    terms: tuple[str, ...] = ()
    # Filters anywhere in the tree, for pre-filling the facets.
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Japanese words as typed where only their parts are searched (届かなかった → 届).
    typed: tuple[str, ...] = ()

    @property
    def highlights(self) -> tuple[str, ...]:
        """What a snippet marks: the words as typed where the text has them, else their
        parts (届かなかった whole, not 届 alone)."""
        return self.typed + self.terms

    @property
    def is_empty(self) -> bool:
        return self.tree is None

    @property
    def blocking_problems(self) -> tuple[Problem, ...]:
        """Problems that make any result misleading (an unmatched parenthesis does not)."""
        return tuple(problem for problem in self.problems if problem.kind not in _NOTES)

    def filter(self, name: str) -> tuple[str, ...]:
        return self.filters.get(name, ())


# Problems reported beside results rather than instead of them.
_NOTES = frozenset({"parenthesis", "unknown_filter"})


@dataclass
class _Token:
    kind: str  # "(", ")", "or", "and", "not", "atom"
    negated: bool = False
    node: Node | None = None


def _word(word: str) -> Node:
    """A bare word; a Japanese one typed with inflection (返金する) as its parts; one with a
    numeral before a kanji (2段階認証) also as its other spelling (二段階認証)."""
    node = _parts(word)
    other = numeral_variant(word)
    return Or((node, _parts(other))) if other else node


def _parts(word: str) -> Node:
    parts = content_parts(word)
    if parts == (word,):
        parts = compound_parts(word)
    typed = word if parts != (word,) else ""
    if len(parts) == 1:
        return Text(parts[0], typed=typed)
    return And(tuple(Text(part, typed=typed) for part in parts))


_DIGIT_TO_KANJI = dict(zip("123456789", "一二三四五六七八九", strict=True))
_KANJI_TO_DIGIT = {kanji: digit for digit, kanji in _DIGIT_TO_KANJI.items() if kanji != "一"}
# A single numeral directly before a kanji (2段階, 二段階, ３回目), not part of a longer number.
_NUMERAL_BEFORE_KANJI = re.compile(
    "(?<![0-9一二三四五六七八九十百千万])([1-9二三四五六七八九])(?=[\u3400-\u9fff])"
)


def numeral_variant(word: str) -> str | None:
    """The same word with its numeral written the other way (2段階 ↔ 二段階), or None.

    Mail writes both and the index keeps what was written. 一 is left alone: 一部, 一度,
    統一 are words, not counts."""
    folded = word.translate(_FULL_WIDTH_DIGITS)

    def swap(match: re.Match[str]) -> str:
        numeral = match.group(1)
        return _DIGIT_TO_KANJI.get(numeral) or _KANJI_TO_DIGIT.get(numeral, numeral)

    other = _NUMERAL_BEFORE_KANJI.sub(swap, folded)
    return other if other != folded else None


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _misspelt_filter(name: str) -> str | None:
    """The filter a Latin name not known as one was probably meant to be (stauts → status)."""
    if not name.isascii() or not name.isalpha() or len(name) < 3:
        return None
    close = difflib.get_close_matches(name, sorted(FILTER_NAMES | set(FILTER_ALIASES)), 1, 0.75)
    return FILTER_ALIASES.get(close[0], close[0]) if close else None


def _tokens(text: str, problems: list[Problem] | None = None) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            break  # only trailing whitespace is left
        position = match.end()
        if match["paren"]:
            tokens.append(_Token(match["paren"]))
            continue
        negated = bool(match["minus"])
        if match["name"] is not None:
            name = match["name"].lower()
            name = FILTER_ALIASES.get(name, name)
            value = match["quoted_value"] if match["quoted_value"] is not None else match["value"]
            if name in FILTER_NAMES:
                if value and value.strip():
                    tokens.append(_Token("atom", negated, Filter(name, value.strip())))
                elif problems is not None:
                    problems.append(Problem("empty_value", name))
                continue
            # "http://…" or "10:30": not a filter, a word — but "stauts:open" is a typo.
            meant = _misspelt_filter(name)
            if meant is not None and problems is not None:
                problems.append(Problem("unknown_filter", match["name"], meant))
            word = match.group(0).strip().removeprefix("-")
            tokens.append(_Token("atom", negated, Text(word)))
            continue
        if match["phrase"] is not None:
            if match["phrase"].strip():
                tokens.append(_Token("atom", negated, Text(match["phrase"].strip(), phrase=True)))
            continue
        word = match["word"]
        if not negated and word in ("OR", "|"):
            tokens.append(_Token("or"))
        elif not negated and word == "AND":
            tokens.append(_Token("and"))
        elif not negated and word == "NOT":
            tokens.append(_Token("not"))
        elif word == "-":
            # -( … ) negates the group (NOT before it); a lone minus negates nothing.
            if text.startswith("(", position):
                tokens.append(_Token("not"))
            continue
        elif (
            word.endswith(":")
            and FILTER_ALIASES.get(word[:-1].lower(), word[:-1].lower()) in FILTER_NAMES
        ):
            if problems is not None:  # "status:" with nothing after it
                problems.append(
                    Problem("empty_value", FILTER_ALIASES.get(word[:-1].lower(), word[:-1].lower()))
                )
        elif not any(character.isalnum() for character in word):
            continue  # ":" or "…": nothing to match (it matched every conversation)
        else:
            tokens.append(_Token("atom", negated, _word(word)))
    return tokens


class _Parser:
    """Recursive descent over the tokens: or_expr := and_expr (OR and_expr)*."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.position = 0
        self.problems: list[Problem] = []

    def complain(self) -> None:
        if Problem("parenthesis") not in self.problems:
            self.problems.append(Problem("parenthesis"))

    def peek(self) -> _Token | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def parse(self) -> Node | None:
        node = self.or_expr()
        while self.peek() is not None:  # a ")" with no "(" before it
            self.complain()
            self.position += 1
            more = self.or_expr()
            node = _and([n for n in (node, more) if n is not None])
        return node

    def or_expr(self) -> Node | None:
        options = []
        first = self.and_expr()
        if first is not None:
            options.append(first)
        while (token := self.peek()) is not None and token.kind == "or":
            self.position += 1
            option = self.and_expr()
            if option is not None:
                options.append(option)
        if not options:
            return None
        return options[0] if len(options) == 1 else Or(tuple(options))

    def and_expr(self) -> Node | None:
        parts: list[Node] = []
        while (token := self.peek()) is not None and token.kind not in ("or", ")"):
            if token.kind == "and":
                self.position += 1
                continue
            part = self.unary()
            if part is not None:
                parts.append(part)
        return _and(parts)

    def unary(self) -> Node | None:
        token = self.peek()
        assert token is not None
        if token.kind == "not":
            self.position += 1
            following = self.peek()
            if following is None or following.kind in ("or", ")"):
                return None  # "NOT" with nothing after it negates nothing
            inner = self.unary()
            return Not(inner) if inner is not None else None
        return self.primary()

    def primary(self) -> Node | None:
        token = self.peek()
        assert token is not None
        self.position += 1
        if token.kind == "(":
            inner = self.or_expr()
            closing = self.peek()
            if closing is not None and closing.kind == ")":
                self.position += 1
            else:
                self.complain()
            return inner
        assert token.node is not None
        return Not(token.node) if token.negated else token.node


def _and(parts: list[Node]) -> Node | None:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(tuple(parts))


def _walk(node: Node, negated: bool = False):  # type: ignore[no-untyped-def]
    """Yields (leaf, under_negation) for every Text and Filter in the tree."""
    if isinstance(node, Not):
        yield from _walk(node.node, not negated)
    elif isinstance(node, And | Or):
        for child in node.nodes:
            yield from _walk(child, negated)
    else:
        yield node, negated


def parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.replace("/", "-"))
    except ValueError:
        return None


def _check_filter(leaf: Filter) -> Problem | None:
    """Values that can be checked without the database."""
    value = leaf.value
    if leaf.name in ("before", "after"):
        day = parse_date(value)
        if day is None:
            return Problem("bad_date", leaf.name, value)
        if not EARLIEST_DATE <= day <= LATEST_DATE:
            return Problem("date_range", leaf.name, value)
    elif leaf.name == "status" and value.lower() not in STATUS_ALIASES:
        return Problem("unknown_value", leaf.name, value)
    elif leaf.name == "priority" and value.lower() not in PRIORITY_ALIASES:
        return Problem("unknown_value", leaf.name, value)
    elif leaf.name == "is" and value.lower() not in IS_VALUES:
        return Problem("unknown_value", leaf.name, value)
    elif leaf.name == "has" and value.lower() not in HAS_VALUES:
        return Problem("unknown_value", leaf.name, value)
    return None


def _date_range_problem(tree: Node, dates: list[Filter]) -> Problem | None:
    """after: on or later than before: finds nothing; say so instead of an empty page.
    Only for dates that must all hold (not negated, no OR anywhere)."""
    if any(isinstance(node, Or) for node in _nodes(tree)):
        return None
    afters = [day for leaf in dates if leaf.name == "after" and (day := parse_date(leaf.value))]
    befores = [day for leaf in dates if leaf.name == "before" and (day := parse_date(leaf.value))]
    if afters and befores and max(afters) >= min(befores):
        return Problem("empty_range", "after", f"{max(afters)} – {min(befores)}")
    return None


def _nodes(node: Node):  # type: ignore[no-untyped-def]
    yield node
    if isinstance(node, Not):
        yield from _nodes(node.node)
    elif isinstance(node, And | Or):
        for child in node.nodes:
            yield from _nodes(child)


def parse_query(text: str) -> SearchQuery:
    found: list[Problem] = []
    parser = _Parser(_tokens(text.translate(_FULL_WIDTH), found))
    tree = parser.parse()
    problems = list(dict.fromkeys(found + parser.problems))
    terms: list[str] = []
    typed: list[str] = []
    filters: dict[str, list[str]] = {}
    dates: list[Filter] = []
    if tree is not None:
        for leaf, negated in _walk(tree):
            if isinstance(leaf, Filter):
                filters.setdefault(leaf.name, []).append(leaf.value)
                if leaf.name in ("after", "before") and not negated:
                    dates.append(leaf)
                problem = _check_filter(leaf)
                if problem is not None and problem not in problems:
                    problems.append(problem)
            elif not negated:
                if leaf.text not in terms:
                    terms.append(leaf.text)
                if leaf.typed and leaf.typed not in typed:
                    typed.append(leaf.typed)
        if (empty := _date_range_problem(tree, dates)) is not None:
            problems.append(empty)
    elif text.strip() and not problems:
        problems.append(Problem("nothing", value=text.strip()))  # "OR", "-", ":" alone
    return SearchQuery(
        tree=tree,
        problems=tuple(problems),
        terms=tuple(terms),
        filters={name: tuple(values) for name, values in filters.items()},
        typed=tuple(typed),
    )
