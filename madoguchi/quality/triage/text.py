"""Turning an incoming mail into the text the signals read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from madoguchi.mail.nfkc import nfkc
from madoguchi.mail.quote import split_quoted
from madoguchi.quality.language import Language, detect_language

# A person triaging reads the top of a mail: past this it is detail, a log dump or a
# forwarded thread. Reading only the head keeps triage at thousands of mails a second
# (every cue is a scan of the text), long mails included. 500: the new text of 97% of the
# labelled mails is shorter, and they score the same as with 800 (scripts/triage_eval.py);
# at 400 English mails, longer in characters for the same content, begin to lose
# high-urgency recall. The import's mails (bench/triage.py --generated) run 2,860.
MAX_BODY_CHARS = 500
# A Japanese character carries about what two or three Latin letters do (the n-grams of
# learned.py and language.py count so): 300 of them hold as much of a mail as 500 Latin
# ones. The labelled Japanese mails score the same as with 800.
MAX_BODY_CHARS_JA = 300
MAX_RAW_CHARS = 200_000

# What marks a quoted earlier mail in a body whose new text the caller split off already
# (mail.quote's markers, in short): ">" lines, an attribution, a forwarded header.
_QUOTE_HINT = re.compile(
    r"^[ \t]*[>＞]|wrote:\s*$|書きました|^-{2,}\s*(?:Original|Forwarded|元のメッセージ)"
    r"|^\s*\*?(?:From|差出人)\s*\*?\s*[:：]",
    re.MULTILINE | re.IGNORECASE,
)
_SHORT_OWN_TEXT = 600
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


@dataclass(frozen=True, slots=True)
class PreparedMail:
    body: str  # the sender's new text, normalised (NFKC), quotes and signature removed
    subject: str  # normalised subject without "Re:"/"Fwd:"/「返信:」 prefixes
    lang: Language
    # "Re: 【至急】在庫確認" is the thread's subject, urgent when the thread began; what
    # this reply says is in its body, so a reply's subject is not searched for cues.
    reply: bool = False
    # The mail quotes an earlier one (a reply above the thread): the quote says what "it"
    # is, so a short "any update?" is not terse (terse.judge_terse).
    quoted: bool = False

    @property
    def text(self) -> str:
        """Subject and body together: where cues are searched."""
        return f"{self.subject}\n{self.body}" if self.subject and not self.reply else self.body


_ANSWER_PREFIX = re.compile(r"^\s*(?:re|aw|返信)\s*(?:\[\d+\])?\s*[:：]", re.I)
_FORWARD_PREFIX = re.compile(r"^\s*(?:fw|fwd|転送)\s*(?:\[\d+\])?\s*[:：]", re.I)
# Where a forwarded mail starts, and its header lines (their dates are not a deadline).
_FORWARD_MARK = re.compile(
    r"^[ \t]*-{2,}\s*(?:forwarded message|original message"
    r"|転送(?:された)?メッセージ|元のメッセージ)[^\n]*$",
    re.MULTILINE | re.IGNORECASE,
)
_HEADER_LINE = re.compile(
    r"^[ \t]*\*?(?:from|date|sent|to|cc|subject|差出人|送信者|送信日時|日付|宛先|件名)"
    r"\*?[ \t]*[:：][^\n]*\n?",
    re.MULTILINE | re.IGNORECASE,
)


def _forwarded(body: str) -> str:
    """The text of the mail a forward carries, without its header lines: in "FW: …"
    the forwarded mail is the matter ("brochures misprinted, the show is tomorrow"),
    the sender's own lines often only hand it on (fresh-eval6)."""
    mark = _FORWARD_MARK.search(body[:MAX_RAW_CHARS])
    if mark is None:
        return ""
    return _HEADER_LINE.sub("", body[mark.end() : mark.end() + 4 * MAX_BODY_CHARS]).strip()


_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fw|fwd|aw|返信|転送)\s*(?:\[\d+\])?\s*[:：]\s*)+", re.I)


def prepare(body: str, subject: str | None, own_text: str | None = None) -> PreparedMail:
    """own_text: the new text when the caller has already split off quotes and signature."""
    if own_text:
        # Only a short new text can be terse, so only then is the quote looked for.
        quoted = len(own_text) < _SHORT_OWN_TEXT and _QUOTE_HINT.search(body[:4000]) is not None
        own_text = _CONTROL.sub(" ", own_text[:MAX_BODY_CHARS])
    else:
        # Quoted history starts after the new text, and only the head of the new text is
        # read: a long mail's tail need not be split at all.
        raw = _CONTROL.sub(" ", body[: min(MAX_RAW_CHARS, 4 * MAX_BODY_CHARS)])
        split = split_quoted(raw)
        own_text = split.body or _fallback_body(raw)
        quoted = bool(split.body) and bool(split.quoted.strip())
    clean_subject = nfkc(_CONTROL.sub(" ", (subject or "")[:500]))
    if _FORWARD_PREFIX.match(clean_subject):
        carried = _forwarded(_CONTROL.sub(" ", body[:MAX_RAW_CHARS]))
        if carried:
            own_text = f"{own_text}\n{carried}" if own_text.strip() else carried
    clean_body = _without_repeated_lines(nfkc(own_text[:MAX_BODY_CHARS]))
    stripped_subject = _REPLY_PREFIX.sub("", clean_subject).strip()
    # A forward's subject ("Fwd: Your order will be cancelled") is what is forwarded: read.
    reply = _ANSWER_PREFIX.match(clean_subject) is not None and bool(clean_body.strip())
    lang = detect_language(f"{stripped_subject}\n{clean_body}")
    if lang == "ja":
        clean_body = clean_body[:MAX_BODY_CHARS_JA]
    return PreparedMail(
        body=clean_body, subject=stripped_subject, lang=lang, reply=reply, quoted=quoted
    )


def _without_repeated_lines(text: str) -> str:
    """The text with a line that repeats an earlier one left out.

    A cue counts a phrase once however often it recurs (matching.find_hits), and the
    model's n-grams are a set: a repeated line (a log's, a pasted form's, a signature
    twice) tells nothing new, and scanning it again is time in the import's hot path.
    """
    if text.count("\n") < 2:
        return text
    lines = text.split("\n")
    seen: set[str] = set()
    kept: list[str] = []
    for line in lines:
        key = line.strip()
        if key:
            if key in seen:
                continue
            seen.add(key)
        kept.append(line)
    return "\n".join(kept) if len(kept) < len(lines) else text


def _fallback_body(raw: str) -> str:
    """A mail that is all quote (a bare forward) still has to be read: use the quote."""
    split = split_quoted(raw)
    return split.quoted or split.signature
