"""Lines that open or close a business mail without saying what it is about.

Japanese business mail wraps every message in the same formulas: the addressee
(〇〇株式会社 御中, 〇〇様), 「いつもお世話になっております」, the sender's introduction
(株式会社〇〇の山田です), and 「よろしくお願いいたします」 at the end; English mail has
"Hi team," and "Best regards,". A preview or a topic built from them says nothing.
"""

from __future__ import annotations

import re

_OPENING = re.compile(
    r"^(?:.{0,40}(?:御中|様|さま|各位|ご担当者様?)[、,。.]?"
    r"|(?:いつも|大変)?お世話に(?:なっております|なります)[。.!！]?.{0,30}"
    r"|お疲れ(?:様|さま)です[。.!！]?"
    r"|.{0,30}(?:株式会社|有限会社|㈱|\(株\)).{0,20}(?:です|でございます|と申します)[。.!！]?"
    # 「さくら歯科クリニック受付の中村です。」「何度もすみません、岡田です。」: who is writing
    r"|.{0,30}の\s?[一-龥ァ-ヶー々]{1,6}(?:です|でございます|と申します)[。.!！]?"
    r"|(?:何度も|たびたび|度々)?(?:すみません|失礼いたします|失礼します)[、,]\s?.{1,12}です[。.!！]?"
    r"|(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b.{0,40}"
    r"|to whom it may concern[,.]?)$",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:(?:以上、?)?(?:何卒|なにとぞ|引き続き)?(?:どうぞ)?よろしく(?:お願い(?:いたし|致し|申し上げ)?ます|お願いします)[。.!！]?"
    r"|以上(?:です|となります)?[。.]?"
    r"|(?:best|kind|warm)?\s*regards,?|(?:many )?thanks,?|thank you,?|cheers,?|sincerely,?"
    r"|best,?)$",
    re.IGNORECASE,
)


def is_opening_line(line: str) -> bool:
    return bool(_OPENING.match(line.strip()))


def is_closing_line(line: str) -> bool:
    return bool(_CLOSING.match(line.strip()))


def strip_pleasantries(text: str) -> str:
    """The text without its opening and closing formula lines."""
    return "\n".join(
        line for line in text.splitlines() if not (is_opening_line(line) or is_closing_line(line))
    )


_SIGNATURE_LINES = 4  # a name, a shop or company, a telephone, an address
_SIGNATURE_LINE_CHARS = 60


def without_sign_off(text: str, names: tuple[str, ...] = ()) -> str:
    """The text without the signature at its end: the lines below its last closing formula
    (「よろしくお願いいたします。\n岡田 健（フリーランス・Web制作）」), or a last short paragraph
    that names the sender (one of `names`). Customers seldom use a "-- " separator; their
    signature's words (their trade, their shop) are about who writes, not what the mail is
    about (walk 11, F-4: a topic 「フリーランス / web / 制作」)."""
    lines = text.rstrip().splitlines()
    for index in range(len(lines) - 1, max(-1, len(lines) - _SIGNATURE_LINES - 2), -1):
        if is_closing_line(lines[index]):
            if _short([line for line in lines[index + 1 :] if line.strip()]):
                return "\n".join(lines[:index])
            break
        if not lines[index].strip():
            paragraph = lines[index + 1 :]
            if _short(paragraph) and _names_any(paragraph, names):
                return "\n".join(lines[:index])
    return text


def _short(lines: list[str]) -> bool:
    return len(lines) <= _SIGNATURE_LINES and all(
        len(line.strip()) <= _SIGNATURE_LINE_CHARS for line in lines
    )


def _names_any(lines: list[str], names: tuple[str, ...]) -> bool:
    squashed = ["".join(name.split()) for name in names if len("".join(name.split())) >= 2]
    return any(name in "".join(line.split()) for line in lines for name in squashed)
