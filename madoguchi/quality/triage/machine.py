"""What a customer pastes rather than writes: log lines, stack traces, HTTP status text,
error codes and quoted error messages.

"Our calls fail with 429 Too Many Requests" is a calm bug report; the words "too many
requests" are the server's, not a customer who has written many times. Nor is
"ERROR … connection refused" a refusal, a FATAL in a log shouting, or a log's timestamp
a deadline. The writer's own words around the paste still count ("the site is down",
"this is the third time I write"), and so does what the paste shows is broken: a failure
cue (outage, login, a payment failed…) may be read inside it, a feeling, a repetition, a
threat or a time may not (matching.find_hits), and the learned layer reads the mail with
the paste blanked out (blank).

Spans are found on the text as prepared (NFKC), before lower-casing: a log level is
upper case (ERROR, WARN), an exception's class is CamelCase.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

# A whole line of machine output: a timestamped or levelled log line, a stack frame, an
# exception line, an HTTP request or status line, a JSON object, a shell command.
_LINE = re.compile(
    r"^[ \t>|]*(?:"
    r"\[?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}"  # 2026-11-30 10:02 …
    r"|\[?\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\]?\s"  # 10:02:11 …
    r"|\[?(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|FATAL|TRACE|CRITICAL|SEVERE|NOTICE)\b[\]:]?"
    r"|at [\w$.<>]+ ?\("  # at com.example.Foo.bar(Foo.java:12) / at fn (app.js:1:2)
    r"|File \"[^\"\n]+\", line \d+"
    r"|Traceback \(most recent call last\)"
    r"|(?:[A-Za-z_][\w]*\.)*[A-Z][A-Za-z]*(?:Exception|Error|Fault)\b"
    r"|HTTP/\d(?:\.\d)? \d{3}"
    r"|(?:GET|POST|PUT|PATCH|DELETE|HEAD) /"
    r"|\{\s*\""
    r"|\$ [a-z]"
    r")[^\n]*",
    re.MULTILINE,
)
_REASON_PHRASES = (
    "too many requests|service unavailable|service temporarily unavailable"
    "|internal server error|bad gateway|gateway time-?out|not found|forbidden"
    "|unauthori[sz]ed|bad request|request time-?out|payload too large|conflict"
    "|unprocessable (?:entity|content)|method not allowed|not acceptable"
    "|precondition failed|too early|locked|gone|not implemented|insufficient storage"
    "|payment required|request entity too large|upgrade required|failed dependency"
)
# Inside a sentence: an HTTP status with its reason phrase, before or after the number;
# a numbered code (E1023, ORA-00942, 0x80070005); a constant or snake_case error code
# (ERR_CONNECTION_REFUSED, card_declined); an exception's dotted class name. Each is
# looked for only when a cheap test says it may be there (the import's hot path).
_NUMBER = re.compile(r"\d{3,}")
_REASON_AFTER = re.compile(rf"[ :-]+(?i:{_REASON_PHRASES})\b")
_REASON_BEFORE = re.compile(rf"\b(?i:{_REASON_PHRASES})\s*\(?(?:HTTP\s*)?$")
_CODE_PREFIX = re.compile(r"\b(?:[A-Z]{1,5}-?|0x[0-9A-Fa-f]*)$")
_SNAKE = re.compile(r"\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b")
_DOTTED = re.compile(r"\b(?:[a-z_]\w*\.)+[A-Z]\w*(?:Exception|Error)\b")
# A quoted message that reads like the machine's (a code, a number, an error word):
# 「429 Too Many Requests」, "Payment failed (code 51)", `npm ERR!`.
_QUOTE = re.compile(r"「[^」\n]{1,200}」|\"[^\"\n]{1,200}\"|`[^`\n]{1,200}`")
_MACHINE_WORDING = re.compile(
    r"\d{3,}|_|error|exception|failed|denied|refused|invalid|timeout|timed out|code"
    r"|エラー|失敗|無効|拒否|タイムアウト|コード",
    re.IGNORECASE,
)


def machine_spans(text: str) -> list[Span]:
    """Where `text` holds pasted machine output, in order, not overlapping."""
    spans = [match.span() for match in _LINE.finditer(text)]
    for number in _NUMBER.finditer(text):  # a mail has few: each is looked at closely
        start, end = number.span()
        if end - start == 3 and text[start] in "12345":
            after = _REASON_AFTER.match(text, end)
            if after is not None:
                spans.append((start, after.end()))
                continue
            before = _REASON_BEFORE.search(text, max(0, start - 45), start)
            if before is not None:
                spans.append((before.start(), end))
                continue
        code = _CODE_PREFIX.search(text, max(0, start - 8), start)
        if code is not None and code.start() < start:
            spans.append((code.start(), end))
    if "_" in text:
        spans.extend(match.span() for match in _SNAKE.finditer(text))
    if "Exception" in text or "Error" in text:
        spans.extend(match.span() for match in _DOTTED.finditer(text))
    spans.extend(
        match.span()
        for match in _QUOTE.finditer(text)
        if match.group(0)[0] == "`" or _MACHINE_WORDING.search(match.group(0)) is not None
    )
    if len(spans) < 2:
        return spans
    spans.sort()
    merged = [spans[0]]
    for start, end in spans[1:]:
        last_start, last_end = merged[-1]
        if start <= last_end:
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


def blank(text: str, spans: list[Span]) -> str:
    """The text with the spans replaced by spaces (positions kept)."""
    if not spans:
        return text
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        pieces.append(text[done:start])
        pieces.append(" " * (end - start))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)
