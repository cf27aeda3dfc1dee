"""Split a plain-text mail body into what the sender wrote now, the quoted history and
the signature.

Triage reads only the new text: a customer who quotes our own earlier "urgent" reply
is not urgent because of it. The web UI folds the quoted part.

Mailers mark history in a handful of ways, all handled line by line without a full parse:
- `>` (and full-width `＞`) quoting, Gmail/Apple "On <date>, <name> wrote:" and the
  Japanese 「<date> <name> さんは書きました：」 / 「… wrote:」 attribution lines;
- Outlook's "-----Original Message-----" / 「-----元のメッセージ-----」 and its
  header block "From: / Sent: / To: / Subject:" (差出人: / 送信日時: / 件名:);
- signatures after the RFC 3676 delimiter "-- " (and the common "--"), or after a rule
  line (━━, ＝＝, ----, ＿＿, ***) followed by a name, company, phone or address, as
  Japanese business mail does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuoteSplit:
    body: str  # what the sender wrote in this mail
    quoted: str  # history: quoted lines and forwarded/replied-to messages
    signature: str  # the sender's signature block
    # The end of `body` the sender wrote below the quoted history (words under a forwarded
    # mail); empty when all of their words are above it. The web UI shows the history
    # folded in its place, between `above` and this.
    below: str = ""

    @property
    def above(self) -> str:
        """The sender's words above the quoted history (all of `body` when none below)."""
        if not self.below:
            return self.body
        return self.body[: len(self.body) - len(self.below)].rstrip()


_QUOTE_LINE = re.compile(r"^[ \t]*[>＞|｜]")
_ATTRIBUTION = re.compile(
    r"""^\s*(?:
        On\s.{4,200}\swrote:\s*$                       # Gmail / Apple Mail
      | .{0,200}(?:さんは|様は|が)書きました\s*[:：]?\s*$  # Thunderbird / Gmail ja
      | .{4,200}\swrote:\s*$                           # "<name> wrote:" variants
      | .{0,120}\d{1,2}:\d{2}.{0,80}[:：]\s*$           # "2024/05/01 10:20 山田 <a@b>:"
    )""",
    re.VERBOSE,
)
_FORWARD_SEPARATOR = re.compile(
    r"""^\s*(?:
        -{2,}\s*(?:Original\s+Message|Forwarded\s+message|元のメッセージ|転送(?:メッセージ|されたメッセージ)?|Original)\s*-{2,}
      | _{10,}\s*$                                    # Outlook for the web: a bare underline
      | Begin\s+forwarded\s+message:
    )""",
    re.VERBOSE | re.IGNORECASE,
)
# Outlook's reply header: "From:" then "Sent:"/"Date:" (or the Japanese labels) right after.
_HEADER_FROM = re.compile(r"^\s*\*?(?:From|差出人|送信者)\s*\*?\s*[:：]", re.IGNORECASE)
_HEADER_NEXT = re.compile(
    r"^\s*\*?(?:Sent|Date|To|Subject|Cc|送信日時|日時|宛先|件名|送信日)\s*\*?\s*[:：]",
    re.IGNORECASE,
)
_SIGNATURE_DASHES = re.compile(r"^--\s?$")
_RULE_LINE = re.compile(r"^\s*(?:[━─＝=＿_*＊~〜―ー\-]\s*){4,}\s*$")
# Lines that make a block below a rule line look like a signature rather than content.
_SIGNATURE_HINT = re.compile(
    r"""(?:
        株式会社|有限会社|合同会社|\(株\)|（株）|Inc\.?|Co\.,?\s*Ltd|LLC|GmbH|Corp
      | TEL|Tel|tel|電話|FAX|Fax|携帯|Mobile|Phone
      | 〒|E-?mail|Mail\s*[:：]|https?://
      | \d{2,4}-\d{2,4}-\d{3,4}
      | 部|課|室|担当
    )""",
    re.VERBOSE,
)
_SIGN_OFF_EN = re.compile(
    r"^\s*(?:best(?:\sregards)?|regards|kind\sregards|thanks(?:\sagain)?|thank\syou|cheers"
    r"|sincerely)\s*,?\s*$",
    re.IGNORECASE,
)

# Every line that one of the three patterns above matches contains one of these: a cheap
# search of the whole text finds the few lines worth trying them on.
_MAYBE_HISTORY = re.compile(r"[:：]|--|__|書きました")

# A signature is short; a rule line with 30 lines of text below is a section divider.
_MAX_SIGNATURE_LINES = 12


def split_quoted(text: str) -> QuoteSplit:
    """Split `text` into body, quoted history and signature. Never raises."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    history_start = _history_start(lines, text)
    own = lines[:history_start]
    quoted = lines[history_start:]
    closed = _forward_closed_at(lines, history_start)
    if closed is not None:
        # 「---------- 転送メッセージ ----------」 … 「------------------」 and the sender's own
        # words below it: the forwarded mail is history, what follows it is theirs.
        own = own + [""] + lines[closed + 1 :]
        quoted = lines[history_start : closed + 1]
    signature_start = _signature_start(own)
    body_lines = own[:signature_start]
    signature_lines = own[signature_start:]
    # Inline replies (">" quotes interleaved with answers) keep the answers in the body.
    kept: list[str] = []
    inline_quotes: list[str] = []
    for line in body_lines:
        (inline_quotes if _QUOTE_LINE.match(line) else kept).append(line)
    quoted_text = "\n".join(inline_quotes + quoted).strip("\n")
    below = ""
    if closed is not None:
        below = "\n".join(
            line for line in body_lines[history_start + 1 :] if not _QUOTE_LINE.match(line)
        ).strip()
    return QuoteSplit(
        body="\n".join(kept).strip(),
        quoted=quoted_text,
        signature="\n".join(signature_lines).strip(),
        below=below,
    )


# The line a hand-made forward closes with (「------------------------------------」).
_FORWARD_END = re.compile(r"^\s*[-─━＝=_]{10,}\s*$")
# A line of the sender's own prose: ends a sentence and says something.
_PROSE_LINE = re.compile(r"^(?!\s*[>＞|｜]).{12,}[。．.!?！？]\s*$")


def _forward_closed_at(lines: list[str], start: int) -> int | None:
    """The closing rule line of a forwarded mail the sender wrote below, or None.

    Japanese customers often forward their own earlier mail and write under it
    (「上記のメールを送ったところ…3週間たっても入金がありません」, fresh-eval48 t-ja-102):
    the forward starts with its marker and ends with a bare rule line. Only a forward
    marker counts (a reply's quoted history runs to the end), and only when the lines
    below the rule are prose and start no history of their own; a rule line followed by
    a name and a phone number is the forwarded mail's signature, left in the history."""
    if start >= len(lines) or not _FORWARD_SEPARATOR.match(lines[start]):
        return None
    index = next((i for i in range(start + 1, len(lines)) if _FORWARD_END.match(lines[i])), None)
    if index is None:
        return None
    rest = lines[index + 1 :]
    text = "\n".join(rest)
    if _marked_history(rest, text) is not None:
        return None
    if not any(_PROSE_LINE.match(line) for line in rest):
        return None
    if _SIGNATURE_HINT.search(text) and len([line for line in rest if line.strip()]) <= 4:
        return None
    return index


def _history_start(lines: list[str], text: str) -> int:
    """Index of the first line of the trailing quoted history (len(lines) if none)."""
    marked = _marked_history(lines, text)
    if marked is not None:
        return marked
    # A run of ">" lines that reaches the end of the mail (bottom of a top-posted reply,
    # possibly with a signature after it) is history too.
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and (_QUOTE_LINE.match(lines[start - 1]) or not lines[start - 1].strip()):
        start -= 1
    if start < end and any(_QUOTE_LINE.match(line) for line in lines[start:end]):
        return start
    return len(lines)


def _marked_history(lines: list[str], text: str) -> int | None:
    """The first line that starts history: a forward marker, a reply header or attribution."""
    for index in _candidate_lines(text):
        line = lines[index]
        if _FORWARD_SEPARATOR.match(line):
            return index
        if _HEADER_FROM.match(line) and _followed_by_header(lines, index):
            return index
        if _ATTRIBUTION.match(line) and _quote_follows(lines, index):
            return index
    return None


def _candidate_lines(text: str) -> Iterator[int]:
    """Indexes of the lines that contain one of _MAYBE_HISTORY, in order."""
    line = counted = 0  # line number of position `counted`
    search = _MAYBE_HISTORY.search
    match = search(text)
    while match is not None:
        line += text.count("\n", counted, match.start())
        counted = match.start()
        yield line
        end = text.find("\n", counted)
        if end < 0:
            return
        match = search(text, end)


def _followed_by_header(lines: list[str], index: int) -> bool:
    following = [line for line in lines[index + 1 : index + 4] if line.strip()]
    return bool(following) and _HEADER_NEXT.match(following[0]) is not None


def _quote_follows(lines: list[str], index: int) -> bool:
    """An attribution line only counts when quoted text (or nothing) follows it."""
    for line in lines[index + 1 : index + 4]:
        if line.strip():
            return _QUOTE_LINE.match(line) is not None
    return True


def _signature_start(lines: list[str]) -> int:
    """Index of the first signature line in the sender's own text (len(lines) if none)."""
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    lower_bound = max(0, end - _MAX_SIGNATURE_LINES - 1)
    for index in range(lower_bound, end):
        line = lines[index]
        if _SIGNATURE_DASHES.match(line):
            return index
        if _RULE_LINE.match(line) and index > 0:
            block = "\n".join(lines[index + 1 : end])
            if block.strip() and _SIGNATURE_HINT.search(block):
                return index
    # "Best regards,\nName" at the very end: the sign-off and name are the signature.
    for index in range(max(0, end - 4), end):
        if _SIGN_OFF_EN.match(lines[index]) and index > 0:
            return index
    return end
