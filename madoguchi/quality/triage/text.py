"""Turning an incoming mail into the text the signals read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from madoguchi.mail.nfkc import nfkc
from madoguchi.mail.quote import split_quoted
from madoguchi.quality.language import Language, detect_language

# A person triaging reads the top of a mail: past this it is detail, a log dump or a
# forwarded thread. Reading only the head keeps triage at thousands of mails a second
# (every cue is a scan of the text), long mails included; the labelled set scores the same.
MAX_BODY_CHARS = 800
MAX_RAW_CHARS = 200_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


@dataclass(frozen=True, slots=True)
class PreparedMail:
    body: str  # the sender's new text, normalised (NFKC), quotes and signature removed
    subject: str  # normalised subject without "Re:"/"Fwd:"/「返信:」 prefixes
    lang: Language

    @property
    def text(self) -> str:
        """Subject and body together: where cues are searched."""
        return f"{self.subject}\n{self.body}" if self.subject else self.body


_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fw|fwd|aw|返信|転送)\s*(?:\[\d+\])?\s*[:：]\s*)+", re.I)


def prepare(body: str, subject: str | None, own_text: str | None = None) -> PreparedMail:
    """own_text: the new text when the caller has already split off quotes and signature."""
    if own_text:
        own_text = _CONTROL.sub(" ", own_text[:MAX_BODY_CHARS])
    else:
        # Quoted history starts after the new text, and only the head of the new text is
        # read: a long mail's tail need not be split at all.
        raw = _CONTROL.sub(" ", body[: min(MAX_RAW_CHARS, 4 * MAX_BODY_CHARS)])
        own_text = split_quoted(raw).body or _fallback_body(raw)
    clean_body = nfkc(own_text[:MAX_BODY_CHARS])
    clean_subject = nfkc(_CONTROL.sub(" ", (subject or "")[:500]))
    clean_subject = _REPLY_PREFIX.sub("", clean_subject).strip()
    lang = detect_language(f"{clean_subject}\n{clean_body}")
    return PreparedMail(body=clean_body, subject=clean_subject, lang=lang)


def _fallback_body(raw: str) -> str:
    """A mail that is all quote (a bare forward) still has to be read: use the quote."""
    split = split_quoted(raw)
    return split.quoted or split.signature
