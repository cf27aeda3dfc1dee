"""uuencode: whole-part `x-uuencode` transfer encoding and `begin 644 name` blocks in text bodies.

Old Outlook Express and Unix `mail` still send attachments this way; binascii decodes one line at
a time and we forgive the common breakage (trailing garbage, short last lines).
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass

# One regex `^begin …\n(.*?)^end` rescanned the rest of the text from every `begin` line that
# has no `end` after it (16,000 such lines, 208 KB: 16 s); the two ends are found separately.
_BEGIN = re.compile(r"^begin(?:-base64)? +[0-7]{3,4} +([^\r\n]+)\r?\n", re.MULTILINE)
_END = re.compile(r"^end[ \t]*$\r?\n?", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class UuencodedFile:
    filename: str
    payload: bytes


def decode_lines(lines: list[bytes]) -> bytes:
    out = bytearray()
    for line in lines:
        line = line.rstrip(b"\r\n")
        if not line or line in (b"`", b" "):
            continue
        try:
            out += binascii.a2b_uu(line)
        except binascii.Error:
            # Some encoders pad or truncate differently: decode exactly the declared length.
            length = ((line[0] - 32) & 63) * 4 // 3
            try:
                out += binascii.a2b_uu(line[: length + 1 + (-length % 4)])
            except binascii.Error:
                continue
    return bytes(out)


def decode_transfer_encoding(data: bytes) -> tuple[str | None, bytes]:
    """A part with Content-Transfer-Encoding: x-uuencode → (filename from `begin`, bytes)."""
    lines = data.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(b"begin ")), None)
    if start is None:
        return None, decode_lines(lines)
    header = lines[start].split(None, 2)
    name = header[2].decode("utf-8", "replace").strip() if len(header) == 3 else None
    body: list[bytes] = []
    for line in lines[start + 1 :]:
        if line.strip() == b"end":
            break
        body.append(line)
    return name, decode_lines(body)


def extract_blocks(text: str) -> tuple[str, tuple[UuencodedFile, ...]]:
    """Cut `begin … end` blocks out of a text body; return the remaining text and the files."""
    if "begin " not in text:
        return text, ()
    files: list[UuencodedFile] = []
    kept: list[str] = []
    position = 0
    while (begin := _BEGIN.search(text, position)) is not None:
        end = _END.search(text, begin.end())
        if end is None:
            break  # no `end` after this `begin`, so none after any later one either
        payload = decode_lines(
            text[begin.end() : end.start()].encode("latin-1", "replace").splitlines()
        )
        files.append(UuencodedFile(begin.group(1).strip(), payload))
        # The `begin` line stays as a marker of where the file was in the sender's text.
        kept.append(text[position : begin.start()])
        kept.append(begin.group(0).split("\n", 1)[0].rstrip("\r") + "\n")
        position = end.end()
    if not files:
        return text, ()
    kept.append(text[position:])
    return "".join(kept), tuple(files)
