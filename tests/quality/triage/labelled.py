"""The hand-labelled incoming mails in data/*.txt and their leave-domains-out split.

Format (one mail per block):

    === ja-ins-001 | high | angry | full | insurance | money/cold-anger | p017
    Subject: optional first line
    body lines …

Fields: id | urgency | emotion | terse|full | domain | family | pair. The last three are
optional (the first 233 mails, written before domains were kept, are domain "legacy").
`family` names how the labels are expressed (urgency family / emotion family), `pair` ties
a mail to its translation ("-" for none).

The split is by domain: every mail of a held-out domain is held out, so the cues and the
learned layer are measured on kinds of business they were never written or fitted on.
A translated pair always shares its domain, so twins never straddle the split (a test
checks it, and that no held-out mail nearly copies a dev one).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

DATA_DIR = Path(__file__).resolve().parent / "data"
# Chosen before the cues were revised, and never looked at while revising them.
HELD_OUT_DOMAINS = frozenset(
    {
        "clinic",
        "utilities",
        "games",
        "insurance",
        "recruiting",
        # Kinds of business only the hand-written mails (h_*.txt) have, chosen by name
        # before any of those mails was read, so that part has a held-out side of its own.
        "veterinary",
        "wedding",
        "law_office",
        "moving",
        "payroll",
        "nursery",
        # Session 6's new kinds of business, chosen before its mails (h_s6_*.txt) were
        # written; the other s6 domains are dev.
        "bouldering_gym",
        "piano_tuning",
        "swim_school",
        "drone_repair",
    }
)


def _outside_held_out(domain: str) -> bool:
    """Session 8: mails written outside the repository by someone who never saw the cues
    (o8_*.txt, scripts/triage_import_outside.py) come in blocks of 20 consecutive mails
    (the writer wrote a few mails a kind of business, one kind after another), a block
    per "domain". Every fourth block from the third is held out, chosen by number before
    the mails were read."""
    prefix, _, block = domain.rpartition("_b")
    # Session 9: fresh-eval6's mails (o6_*.txt, scored once as an outside set before
    # they came in) are all dev. Its English mails retell its Japanese ones in another
    # order (「預けている犬」 gjt-001 is "Max not eating" get-002), so blocks by number
    # would put twins on both sides of the split; none is held out.
    # Session 10: train10's mails (o10_*.txt, written as training data by someone who never
    # saw the code; scored once before they came in) are all dev too, each under its kind
    # of business ("o10_moving", the same in both languages). Its English mails follow
    # its Japanese ones kind by kind but not mail by mail (a short English mail retells a
    # Japanese one from another kind's range), so no kind is held out: none straddles.
    # Session 12: fresh-eval9's mails (fe9_*.txt, scored as an outside set in sessions 10
    # and 11, spent) are dev, each under its kind of business with the set's prefix
    # ("fe9_wedding": our own "wedding" is held out), so every one is a new domain.
    # Session 13: fresh-eval10's mails (fe10_*.txt, scored as an outside set in session 12,
    # spent) come in the same way ("fe10_hotel"), all dev; so do fresh-eval11's (fe11_*,
    # session 14), fresh-eval12's (fe12_*, session 15), fresh-eval13's (fe13_*, session 16),
    # fresh-eval14's (fe14_*, session 17), fresh-eval15's (fe15_*, session 18),
    # fresh-eval16's (fe16_*, session 19), fresh-eval17's (fe17_*, session 20),
    # fresh-eval18's (fe18_*, session 21), fresh-eval19's and fresh-eval20's (fe19_*, fe20_*,
    # session 24), fresh-eval21's and fresh-eval22's (fe21_*, fe22_*, session 25) and
    # fresh-eval23's (fe23_*, session 26), fresh-eval24's to fresh-eval26's (fe24_*, fe25_*,
    # fe26_*, session 27), fresh-eval27's and fresh-eval28's (fe27_*, fe28_*, session 28) and
    # fresh-eval29's and fresh-eval30's (fe29_*, fe30_*, session 29) and fresh-eval31's and
    # fresh-eval32's (fe31_*, fe32_*, session 30).
    # Session 29: as the dev side grew, the held-out share fell under 9% (787 of 8,987), so four
    # of fresh-eval30's twelve kinds of business are held out, chosen by name before any of
    # their triage mails was read (its misses read that session were in other kinds).
    # Session 30: the share stood at 9.06% with fresh-eval31/32 in; one kind of business from
    # each is held out, the two whose triage mails nobody read that session (every misread
    # mail was in another kind): fresh-eval31's gravestones and fresh-eval32's inflatables.
    if domain in _FE30_HELD_OUT or domain in ("fe31_gravestone", "fe32_inflatables"):
        return True
    return prefix in ("o8_ja", "o8_en") and block.isdigit() and int(block) % 4 == 3


_FE30_HELD_OUT = frozenset({"fe30_umbrella", "fe30_kaiseki", "fe30_dolls", "fe30_fonts"})


Split = Literal["dev", "held-out"]


@dataclass(frozen=True, slots=True)
class LabelledMail:
    key: str
    subject: str | None
    body: str
    urgency: str
    emotion: str
    terse: bool
    domain: str = "legacy"
    family: str = "-"
    pair: str = "-"

    @property
    def split(self) -> Split:
        if self.domain in HELD_OUT_DOMAINS or _outside_held_out(self.domain):
            return "held-out"
        return "dev"

    @property
    def lang(self) -> str:
        return "ja" if self.key.startswith(("ja-", "long-ja", "hja-")) else "en"

    @property
    def outside_written(self) -> bool:
        """Written outside the repository by someone who never saw the cues (o8_*.txt,
        fresh-eval6's o6_*.txt, train10's o10_*.txt, fresh-eval9's fe9_*.txt and
        fresh-eval10's to fresh-eval64's fe10_…fe64_*.txt)."""
        return self.key.startswith(
            ("ja-o8-", "en-o8-", "ja-o6-", "en-o6-", "ja-o10-", "en-o10-", "ja-fe9-", "en-fe9-")
            + ("ja-fe10-", "en-fe10-", "ja-fe11-", "en-fe11-", "ja-fe12-", "en-fe12-")
            + ("ja-fe13-", "en-fe13-", "ja-fe14-", "en-fe14-", "ja-fe15-", "en-fe15-")
            + ("ja-fe16-", "en-fe16-", "ja-fe17-", "en-fe17-", "ja-fe18-", "en-fe18-")
            + ("ja-fe19-", "en-fe19-", "ja-fe20-", "en-fe20-", "ja-fe21-", "en-fe21-")
            + ("ja-fe22-", "en-fe22-", "ja-fe23-", "en-fe23-", "ja-fe24-", "en-fe24-")
            + ("ja-fe25-", "en-fe25-", "ja-fe26-", "en-fe26-", "ja-fe27-", "en-fe27-")
            + ("ja-fe28-", "en-fe28-", "ja-fe29-", "en-fe29-", "ja-fe30-", "en-fe30-")
            + ("ja-fe31-", "en-fe31-", "ja-fe32-", "en-fe32-", "ja-fe33-", "en-fe33-")
            + ("ja-fe34-", "en-fe34-", "ja-fe35-", "en-fe35-", "ja-fe36-", "en-fe36-")
            + ("ja-fe37-", "en-fe37-", "ja-fe38-", "en-fe38-")
            + ("ja-fe39-", "en-fe39-", "ja-fe40-", "en-fe40-", "ja-fe41-", "en-fe41-")
            + ("ja-fe42-", "en-fe42-", "ja-fe43-", "en-fe43-", "ja-fe44-", "en-fe44-")
            + ("ja-fe45-", "en-fe45-", "ja-fe46-", "en-fe46-")
            + ("ja-fe47-", "en-fe47-", "ja-fe48-", "en-fe48-", "ja-fe49-", "en-fe49-")
            + ("ja-fe50-", "en-fe50-", "ja-fe51-", "en-fe51-")
            + ("ja-fe52-", "en-fe52-", "ja-fe53-", "en-fe53-", "ja-fe54-", "en-fe54-")
            + ("ja-fe55-", "en-fe55-", "ja-fe56-", "en-fe56-")
            + ("ja-fe57-", "en-fe57-", "ja-fe58-", "en-fe58-", "ja-fe59-", "en-fe59-")
            + ("ja-fe60-", "en-fe60-", "ja-fe61-", "en-fe61-", "ja-fe62-", "en-fe62-")
            + ("ja-fe63-", "en-fe63-", "ja-fe64-", "en-fe64-")
        )

    @property
    def hand_written(self) -> bool:
        """Worded by hand, one by one (h_ja_*.txt, h_en_*.txt): the varied part."""
        return self.key.startswith(("hja-", "hen-"))


def load_labelled(data_dir: Path = DATA_DIR) -> list[LabelledMail]:
    mails: list[LabelledMail] = []
    for path in sorted(data_dir.glob("*.txt")):
        mails.extend(_parse(path.read_text(encoding="utf-8"), path.name))
    return mails


def _parse(text: str, source: str) -> list[LabelledMail]:
    mails: list[LabelledMail] = []
    for block in text.split("\n=== "):
        block = block.removeprefix("=== ")
        if not block.strip():
            continue
        header, _, rest = block.partition("\n")
        fields = [field.strip() for field in header.split("|")]
        if len(fields) < 4:
            raise ValueError(f"{source}: a header needs at least 4 fields: {header!r}")
        key, urgency, emotion, terse = fields[:4]
        domain, family, pair = "legacy", "-", "-"
        if len(fields) > 4:
            domain, family, pair = [*fields[4:], "-", "-"][:3]
        if urgency not in ("high", "normal", "low") or emotion not in (
            "angry",
            "anxious",
            "neutral",
            "positive",
        ):
            raise ValueError(f"{source}: bad labels in {header!r}")
        if terse not in ("terse", "full"):
            raise ValueError(f"{source}: terse must be 'terse' or 'full' in {header!r}")
        subject: str | None = None
        if rest.startswith("Subject:"):
            first, _, rest = rest.partition("\n")
            subject = first.removeprefix("Subject:").strip()
        mails.append(
            LabelledMail(
                key,
                subject,
                rest.rstrip("\n"),
                urgency,
                emotion,
                terse == "terse",
                domain,
                family,
                pair,
            )
        )
    return mails
