"""Whom a reply greets, and whether that is someone in the conversation (pure: no Django).

A reply that opens 「田中様」 on 山本さんの conversation, or "Hi Grace," on Hannah's, tells
the customer their mail was handled as somebody else's — the template was filled from
the wrong conversation or a colleague's draft was reused. The reply checker cannot see it
(it reads the text alone); the send gate knows the conversation and asks.

Only a clear greeting line near the top is read: 「<name>様」/「<name>さん」 on a line of its
own (a company before it is allowed: 「株式会社ミナト 山本様」), or "Hi/Hello/Dear <Name>,".
Generic greetings (お客様, ご担当者様, 各位, "Hi there", "Dear customer") name nobody. A
name is compared only with names in the same script: 山本様 to a customer known as
"Yamamoto Hanako" is not a mismatch, merely unknown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_JAPANESE_GREETING = re.compile(
    r"^(?P<who>[^\s、。,.!?！？「」]{1,30}(?:[ 　][^\s、。]{1,15}){0,3}?)"
    r"[ 　]*(?:様|さま|さん|殿)[、,。！!]?$"
)
_ENGLISH_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))[ ,]+"
    r"(?:(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+)?"
    r"(?P<who>[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+)?)\s*[,!.:]?$",
    re.IGNORECASE,
)
_GENERIC_JAPANESE = (
    "お客",
    "ご担当",
    "担当者",
    "各位",
    "皆",
    "みな",
    "関係者",
    "会員",
    "ご利用者",
    "利用者",
)
_GENERIC_ENGLISH = frozenset(
    {
        "there",
        "team",
        "all",
        "everyone",
        "everybody",
        "sir",
        "madam",
        "customer",
        "customers",
        "folks",
        "friend",
        "friends",
        "colleague",
        "colleagues",
        "support",
        "valued",
    }
)
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_COMPANY = re.compile(r"(株式会社|有限会社|合同会社|\(株\)|（株）|御中)")


def greeted_name(text: str) -> str | None:
    """The name the reply's greeting line addresses, or None (no greeting, or a generic one)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:3]
    for line in lines:
        line = unicodedata.normalize("NFKC", line)
        english = _ENGLISH_GREETING.match(line)
        if english:
            who = english["who"]
            if who.split()[0].lower() in _GENERIC_ENGLISH:
                return None
            return who
        japanese = _JAPANESE_GREETING.match(line)
        if japanese and _JAPANESE.search(japanese["who"]):
            who = japanese["who"]
            if _COMPANY.search(who):  # 株式会社ミナト 山本: the person is the last part
                who = who.split()[-1] if len(who.split()) > 1 else ""
            if not who or any(word in who for word in _GENERIC_JAPANESE):
                return None
            return who
    return None


# "Dear Okada-san,": an English greeting of a Japanese customer carries the honorific; the
# name is what is compared (walk 23: "Okada-san" was asked about on 岡田 健's conversation,
# whose address is ken.okada…@).
_HONORIFICS = frozenset({"san", "sama", "sensei", "kun", "chan", "dono"})


def _words(name: str) -> set[str]:
    flat = unicodedata.normalize("NFKC", name).lower()
    parts = {part for part in re.split(r"[\s,.・()（）<>\"'\-‐]+", flat) if part}
    return (parts - _HONORIFICS) | {flat.replace(" ", "")}


def is_someone_known(greeted: str, known: Iterable[str]) -> bool:
    """Whether the greeted name is one of `known` (names and address local parts), compared
    word by word in the same script; True when nothing known is in that script (no basis
    to doubt)."""
    japanese = bool(_JAPANESE.search(greeted))
    comparable = [name for name in known if name and bool(_JAPANESE.search(name)) == japanese]
    if not comparable:
        return True
    greeted_words = _words(greeted)
    for name in comparable:
        words = _words(name)
        if greeted_words & words:
            return True
        if japanese and any(
            word in greeted for word in words if len(word) >= 2
        ):  # 山本花子 greeted as 山本花子様 or 花子さん
            return True
        if japanese and any(
            word in name.replace(" ", "") for word in greeted_words if len(word) >= 2
        ):
            return True
    return False
