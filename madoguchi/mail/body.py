"""The one owner of an outgoing body: what the customer reads, decided in one place.

The agent's own words, then the signature (RFC 3676 4.3 separator "-- "), then the quoted
original when the mailbox quotes. Nothing else adds a signature: the compose box starts
empty, the outbox sends the stored text as it is, and the timeline shows that same text.

A signature is added once. It is left out when the agent's text already carries it — a
pasted signature or a "-- " line — and completed when the text ends with its sender line
alone (a template signing off "{agent_name}": the rest of the signature follows that line, the
name once); because a browser posts CRLF and a template may fold the lines differently, the
comparison is made on the text with line endings and spaces removed.

Pure: no Django, values in and a str out; line endings are LF (the SMTP writer makes CRLF).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

SIGNATURE_SEPARATOR = "-- "  # RFC 3676 4.3: the line mail clients use to find a signature
_SPACES = re.compile(r"\s+")
# How far from the end of the agent's text a sign-off line still counts as signing off.
_SIGN_OFF_LINES = 6
_WORD = re.compile(r"[^\W_]")  # a letter or digit of any script
_CLOSING = re.compile(
    r"よろしく|宜しく|以上|お願い(?:いた|致)?します|^\W*(?:best|kind|warm)?\s*regards|thank|sincerely|cheers",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QuotedOriginal:
    """The customer's mail a reply quotes."""

    sender_name: str
    sender_address: str
    sent_at: datetime | None
    text: str


@dataclass(frozen=True)
class Signatures:
    """The signatures that may apply; the first non-empty one for the language wins."""

    agent_ja: str = ""
    agent_en: str = ""
    mailbox_ja: str = ""
    mailbox_en: str = ""

    def for_language(self, language: str) -> str:
        if language == "en":
            chosen = _first(self.agent_en, self.mailbox_en)
            # An English reply never gets a Japanese signature; an ASCII one fits both.
            return chosen or _first(*(s for s in (self.agent_ja, self.mailbox_ja) if s.isascii()))
        return _first(self.agent_ja, self.mailbox_ja)


def _first(*texts: str) -> str:
    for text in texts:
        if text.strip():
            return text
    return ""


def normalise_newlines(text: str) -> str:
    """CRLF (what browsers post) and lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def above_signature(text: str) -> str:
    """The text above the signature separator line ("-- " alone on its line; a "-- " inside
    a sentence is not one), newlines normalised."""
    return ("\n" + normalise_newlines(text)).partition("\n" + SIGNATURE_SEPARATOR + "\n")[0][1:]


def without_separator(signature: str) -> str:
    """The signature without a separator line of its own at its top: one typed into the
    signature setting ("-- " or "--", as mail clients that add none teach people to) went
    out under ours as a second one."""
    lines = normalise_newlines(signature).strip("\n").split("\n")
    if lines and lines[0].rstrip() == SIGNATURE_SEPARATOR.rstrip():
        lines = lines[1:]
    return "\n".join(lines).strip("\n")


def _squashed(text: str) -> str:
    return _SPACES.sub("", text)


def signs_off(own_text: str, signature: str) -> bool:
    """True when the agent's text already ends with this signature (or any signature)."""
    text = normalise_newlines(own_text)
    if any(line.rstrip() == SIGNATURE_SEPARATOR.rstrip() for line in text.split("\n")):
        return True
    wanted = _squashed(signature)
    if not wanted:
        return True
    if wanted in _squashed(text):
        return True
    if _signature_begun(text, signature):
        return False  # the rest of it is still to come (outgoing_body completes it)
    first_line = next((line for line in signature.split("\n") if _names_the_sender(line)), "")
    tail = [_squashed(line) for line in text.rstrip().split("\n")[-_SIGN_OFF_LINES:]]
    return bool(first_line) and _squashed(first_line) in tail


def _signature_begun(own: str, signature: str) -> list[str]:
    """The signature's lines still to come when the agent's text ends with its sender line
    alone: "Best regards,\nEmi Kobayashi" over "Emi Kobayashi / Customer Support, Example Inc.
    / support@example.com" (walk 24 H6: the shipped English template ends "{agent_name}", and
    every reply from it left with the name and without the company and the address). An empty
    list when the text does not end so, or the sender line is the signature's last."""
    own_lines = [line for line in normalise_newlines(own).split("\n") if line.strip()]
    lines = signature.split("\n")
    sender = next((at for at, line in enumerate(lines) if _names_the_sender(line)), None)
    if not own_lines or sender is None:
        return []
    if _squashed(own_lines[-1]) != _squashed(lines[sender]):
        return []
    rest = lines[sender + 1 :]
    return rest if any(line.strip() for line in rest) else []


def _names_the_sender(line: str) -> bool:
    """A signature line that says who signs: not a ruled line (━━━━, ----, ＊＊＊) nor a
    closing phrase. Either one at the top of a signature, ending the agent's text (「今後とも
    よろしくお願いいたします。」, or a ruled line above a P.S.), counted as the signature and
    the company name and telephone number were left off."""
    return bool(_WORD.search(line)) and not _CLOSING.search(line)


def _closing_overlap(own: str, signature: str) -> int:
    """How many of the signature's first lines the agent's text already ends with (its
    closing phrase typed by hand): those are not written a second time."""
    own_lines = [_squashed(line) for line in own.split("\n") if line.strip()]
    signature_lines = [line for line in signature.split("\n") if line.strip()]
    for count in range(min(len(own_lines), len(signature_lines) - 1), 0, -1):
        if own_lines[-count:] == [_squashed(line) for line in signature_lines[:count]]:
            return count
    return 0


def _quotes(own_text: str, original: str) -> bool:
    wanted = _squashed(quote_lines(original))
    return bool(wanted) and wanted in _squashed(own_text)


def quote_header(quoted: QuotedOriginal, language: str) -> str:
    name = quoted.sender_name.strip()
    address = f"<{quoted.sender_address}>" if quoted.sender_address else ""
    if language == "ja":
        # Japanese mailers' own form, 「2026年11月25日(水) 09:30 山田 太郎 様 <…>:」: no English
        # "wrote:" in a Japanese reply (mail/quote.py reads this line as an attribution).
        when = ""
        if quoted.sent_at:
            at = quoted.sent_at
            weekday = "月火水木金土日"[at.weekday()]
            when = f"{at.year}年{at.month}月{at.day}日({weekday}) {at:%H:%M} "
        who = f"{name} 様 {address}".strip() if name else address or "お客様"
        return f"{when}{who}:"
    when = f"On {quoted.sent_at.strftime('%Y-%m-%d %H:%M')}, " if quoted.sent_at else ""
    who = f"{name} {address}".strip() or "the customer"
    return f"{when}{who} wrote:"


def quote_lines(text: str) -> str:
    lines = normalise_newlines(text).rstrip().split("\n")
    return "\n".join(">" if not line.strip() else "> " + line.rstrip() for line in lines)


def outgoing_body(
    own_text: str,
    signature: str,
    language: str,
    quoted: QuotedOriginal | None = None,
) -> str:
    """The text part exactly as the customer receives it (LF line endings, one final LF)."""
    own = normalise_newlines(own_text).strip("\n").rstrip()
    signature = without_separator(signature).rstrip()
    begun = _signature_begun(own, signature) if signature else []
    if begun:
        # Completed under the agent's own sign-off, as one block: the name is not repeated.
        own = own + "\n" + "\n".join(begun).strip("\n")
    parts = [own]
    if signature and not begun and not signs_off(own, signature):
        overlap = _closing_overlap(own, signature)
        if overlap:
            lines = signature.split("\n")
            starts = [at for at, line in enumerate(lines) if line.strip()][overlap]
            signature = "\n".join(lines[starts:])
        parts.append(f"{SIGNATURE_SEPARATOR}\n{signature}")
    # A quote already in the agent's text (a draft kept from an earlier composition) is
    # not added a second time, as the signature is not.
    if quoted is not None and quoted.text.strip() and not _quotes(own, quoted.text):
        parts.append(quote_header(quoted, language) + "\n" + quote_lines(quoted.text))
    return "\n\n".join(parts) + "\n"
