"""uuencode: whole-part `x-uuencode` transfer encoding and `begin 644 name` blocks in text bodies.

Old Outlook Express and Unix `mail` still send attachments this way; binascii decodes one line at
a time and we forgive the common breakage (trailing garbage, short last lines).
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass

_BLOCK = re.compile(
    r"^begin(?:-base64)? +[0-7]{3,4} +([^\r\n]+)\r?\n(.*?)^end[ \t]*$\r?\n?",
    re.MULTILINE | re.DOTALL,
)


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

    def cut(match: re.Match[str]) -> str:
        payload = decode_lines(match.group(2).encode("latin-1", "replace").splitlines())
        files.append(UuencodedFile(match.group(1).strip(), payload))
        # The `begin` line stays as a marker of where the file was in the sender's text.
        return match.group(0).split("\n", 1)[0].rstrip("\r") + "\n"

    remaining = _BLOCK.sub(cut, text)
    return remaining, tuple(files)
