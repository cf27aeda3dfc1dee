"""Who an internal note mentions: 「@佐藤さん」「@佐藤」「@sato」「@佐藤アリス」.

Japanese colleagues are called by family name with an honorific, written straight on
(「@佐藤さん確認お願いします」), so a mention is not a whitespace-delimited word: a name
matches the start of what follows the @ when the rest is empty, an honorific, hiragana
(a particle: 「@佐藤に」) or punctuation. A Latin login id must end where the word ends.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# @ not inside an e-mail address or a word; what follows runs to white space. A Japanese IME
# types the full-width ＠ (U+FF20) unless switched to half-width, so both count; after 。 or 、
# (not word characters) a mention starts as after a space.
_AT = re.compile(r"(?<![\w.@＠])[@＠](\S+)")
_AT_AT_END = re.compile(r"(?<![\w.@＠])[@＠](\S*)$")
_HONORIFICS = ("さん", "様", "さま", "くん", "君", "ちゃん", "氏", "殿", "先輩")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_LATIN_WORD = re.compile(r"[A-Za-z0-9_.\-]")


@dataclass(frozen=True, slots=True)
class Person:
    key: int
    login: str
    display_name: str = ""
    family_name: str = ""
    given_name: str = ""
    # 田中 健太 is also "Kenta Tanaka" to colleagues who type Latin letters (s8 walk).
    latin_name: str = ""

    def names(self) -> set[str]:
        """Every way colleagues write this person's name, normalised."""
        names = {self.login, self.family_name, self.given_name}
        for written in (self.display_name, self.latin_name):
            parts = written.split()
            names.update(parts)
            names.add("".join(parts))
        return {_normalise(name) for name in names if name.strip()}


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _ends_a_name(rest: str) -> bool:
    if not rest:
        return True
    if rest.startswith(_HONORIFICS) or _HIRAGANA.match(rest):
        return True
    if _LATIN_WORD.match(rest):
        return False
    # Kanji or katakana straight after a kanji name could be more name (佐藤 vs 佐藤田).
    return unicodedata.category(rest[0]).startswith(("P", "S"))


def mentioned(text: str, people: Sequence[Person]) -> list[int]:
    """Keys of the people the text mentions, in the order of `people`."""
    # "cc @alice." — the full stop ends the sentence, not the login id.
    tokens = [_normalise(token).rstrip(".,!?;:") for token in _AT.findall(text)]
    if not tokens:
        return []
    found: list[int] = []
    for person in people:
        names = person.names()
        if any(
            token.startswith(name) and _ends_a_name(token[len(name) :])
            for token in tokens
            for name in names
        ):
            found.append(person.key)
    return found


def partial_mention(text: str) -> str | None:
    """The name being typed after a final @ (for autocomplete), or None."""
    match = _AT_AT_END.search(text)
    return match.group(1) if match else None


def completions(prefix: str, people: Sequence[Person], limit: int = 8) -> list[Person]:
    """People whose login, name or family name starts with what was typed after @, or whose
    name was typed in full with an honorific or particle after it (「@佐藤さん」「@佐藤に」)."""
    wanted = _normalise(prefix)

    def fits(name: str) -> bool:
        if name.startswith(wanted):
            return True
        return wanted.startswith(name) and _ends_a_name(wanted[len(name) :])

    return [person for person in people if any(fits(name) for name in person.names())][:limit]
