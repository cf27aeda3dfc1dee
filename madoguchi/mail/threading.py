"""Pure threading keys: normalised subjects, conversation tags, referenced ids.

The database side (which conversation a message joins) is in actions/threading.py.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata

# Reply/forward prefixes seen in the wild, in any case, optionally numbered (Re[2]:, Re^3:),
# with ASCII or full-width colons: Re: RE: Fwd: FW: Fw: AW: WG: SV: VS: TR: 返信: 転送: 回答:
# Out-of-office answers carry the subject behind their own prefix (Outlook's "Automatic
# reply:", 「自動応答:」, "Out of Office:"), often with no In-Reply-To: they are replies too,
# and join the conversation they answer (walk 12, F-29: each opened a new 未対応 one).
_PREFIX = re.compile(
    r"^\s*(?:re|fwd?|aw|wg|sv|vs|tr|antw|返信|転送|回答|答复|回复|轉寄"
    r"|automatic reply|auto[- ]?reply|out of (?:the )?office(?: auto-?reply)?"
    r"|automatische antwort|r[ée]ponse automatique|自動応答|自動返信|不在通知)"
    r"\s*(?:\[\d+\]|\^\d+|\(\d+\))?\s*[:：]\s*",
    re.IGNORECASE,
)
# Bracketed tags: [#123], [support-list], 【重要】, 【再送】, ［ｘｘ］ (full-width is NFKC'd first).
_BRACKET_TAG = re.compile(r"^\s*(?:\[[^\]]{0,40}\]|【[^】]{0,20}】|〔[^〕]{0,20}〕)\s*")
_CONVERSATION_TAG = re.compile(r"\[#(\d{1,12})\]")
_SPACES = re.compile(r"\s+")
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def _nfkc(text: str) -> str:
    # Full-width Ｒｅ：, ［＃１２］ and half-width katakana fold to one form.
    return unicodedata.normalize("NFKC", text)


def strip_subject_prefixes(subject: str) -> tuple[str, bool]:
    """The subject without reply/forward prefixes and bracketed tags, and whether any
    reply or forward prefix was there (a reply-shaped subject).

    Prefixes are found on the NFKC form (Ｒｅ：, ［ｘｘ］) but the rest is returned as the
    customer wrote it: a reply's subject must not turn （取引先マスタ） into (取引先マスタ)
    (s8 walk: the customer sees their own words changed)."""
    original = subject or ""
    text = _nfkc(original)
    was_reply = False
    while True:
        stripped = _PREFIX.sub("", text, count=1)
        if stripped != text:
            was_reply = True
            text = stripped
            continue
        stripped = _BRACKET_TAG.sub("", text, count=1)
        if stripped != text:
            text = stripped
            continue
        break
    return _original_suffix(original, text.strip()), was_reply


def _original_suffix(original: str, stripped: str) -> str:
    """The end of `original` whose NFKC form is `stripped` (prefixes only come off the
    front), or `stripped` itself when no such end exists."""
    if _nfkc(original).strip() == stripped:
        return original.strip()
    for start in range(min(len(original), 400) + 1):  # prefixes are short
        tail = original[start:]
        if _nfkc(tail).strip() == stripped:
            return tail.strip()
    return stripped


def subject_key(subject: str) -> str:
    """A key equal for 'Re: 【重要】返金について [#12]' and '返金について'."""
    text, _ = strip_subject_prefixes(_CONVERSATION_TAG.sub(" ", _nfkc(subject or "")))
    return _SPACES.sub(" ", text).casefold().strip()[:255]


def is_reply_subject(subject: str) -> bool:
    return strip_subject_prefixes(subject)[1]


def conversation_tag(subject: str) -> int | None:
    """The number in a [#123]-style conversation tag (full-width ［＃１２３］ too)."""
    found = _CONVERSATION_TAG.findall(_nfkc(subject or ""))
    return int(found[-1]) if found else None


def referenced_ids(in_reply_to: str | None, references: tuple[str, ...] | list[str]) -> list[str]:
    """Message-IDs this message points at, most specific first.

    In-Reply-To names the parent; References lists ancestors oldest first, so it is read
    backwards. Broken References (missing brackets, junk between ids) still yield the ids.
    """
    ordered: list[str] = []
    if in_reply_to:
        ordered.extend(_MESSAGE_ID.findall(in_reply_to) or [in_reply_to.strip()])
    for reference in reversed(list(references)):
        ordered.extend(reversed(_MESSAGE_ID.findall(reference) or [reference.strip()]))
    seen: set[str] = set()
    unique = []
    for message_id in ordered:
        if message_id and message_id not in seen:
            seen.add(message_id)
            unique.append(message_id)
    return unique


def thread_index_root(thread_index: str | None) -> str:
    """Outlook's Thread-Index: its first 22 bytes are the same for every message of a thread.

    Outlook and Exchange often drop In-Reply-To on replies but keep this header.
    """
    if not thread_index:
        return ""
    try:
        decoded = base64.b64decode(thread_index.strip() + "==", validate=False)
    except (binascii.Error, ValueError):
        return ""
    if len(decoded) < 22:
        return ""
    return base64.b64encode(decoded[:22]).decode("ascii")
