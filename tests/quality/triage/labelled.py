"""The hand-labelled incoming mails in data/*.txt and their dev / held-out split.

Format (one mail per block):

    === ja-001 | high | angry | terse          (id | urgency | emotion | terse|full)
    Subject: optional first line
    body lines …

The held-out 30% is chosen by a hash of the id, so adding mails never moves old ones
between the two parts. Rules are tuned on "dev" only; "held-out" is reported separately.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

DATA_DIR = Path(__file__).resolve().parent / "data"
HELD_OUT_SHARE = 0.3

Split = Literal["dev", "held-out"]


@dataclass(frozen=True, slots=True)
class LabelledMail:
    key: str
    subject: str | None
    body: str
    urgency: str
    emotion: str
    terse: bool

    @property
    def split(self) -> Split:
        digest = hashlib.sha1(self.key.encode()).digest()
        return "held-out" if digest[0] / 256 < HELD_OUT_SHARE else "dev"


def load_labelled(data_dir: Path = DATA_DIR) -> list[LabelledMail]:
    mails: list[LabelledMail] = []
    for path in sorted(data_dir.glob("*.txt")):
        mails.extend(_parse(path.read_text(encoding="utf-8"), path.name))
    return mails


def _parse(text: str, source: str) -> list[LabelledMail]:
    mails: list[LabelledMail] = []
    for block in text.split("=== ")[1:]:
        header, _, rest = block.partition("\n")
        key, urgency, emotion, terse = (field.strip() for field in header.split("|"))
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
            LabelledMail(key, subject, rest.rstrip("\n"), urgency, emotion, terse == "terse")
        )
    return mails
