"""Reading mail from files: .eml files, mbox files and Maildir folders, streamed.

Each source yields (raw bytes, a description of where it came from, its size on disk),
so a progress bar can advance by bytes without reading everything first.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_MBOX_FROM = b"From "
_MAILDIR_PARTS = ("cur", "new")


@dataclass(frozen=True)
class FileMail:
    raw: bytes
    source: str
    consumed: int  # bytes of input this mail accounts for (for progress)


class SourceError(Exception):
    """A path that cannot be imported: the message names the path and the problem."""


def is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def is_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
    except OSError:
        return False
    return head == _MBOX_FROM


def total_size(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            for root, _dirs, files in os.walk(path):
                for name in files:
                    try:
                        total += (Path(root) / name).stat().st_size
                    except OSError:
                        pass
    return total


_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
_BLOCK = 1 << 20
# A From_ line cut by a block's end is found again when the next block arrives.
_OVERLAP = 4096


def read_mbox(path: Path) -> Iterator[FileMail]:
    """Split an mbox (mboxo or mboxrd) at its From_ lines, reading 1 MB at a time.

    A From_ line starts the file or follows a blank line; '>From ' quoting is undone for
    mboxrd (one '>' removed from '>+From ' lines). Memory: a block plus one message.
    """
    index = 0
    pending = b""
    starts: list[int] = []
    scanned = 0
    with path.open("rb") as handle:
        while True:
            block = handle.read(_BLOCK)
            pending += block
            for position in _from_lines(pending, max(0, scanned - _OVERLAP)):
                if (not starts or position > starts[-1]) and _after_blank(pending, position):
                    starts.append(position)
            scanned = len(pending)
            bounds = starts + [len(pending)] if not block else starts
            for begin, end in zip(bounds, bounds[1:], strict=False):
                index += 1
                yield _mbox_message(pending[begin:end], path, index)
            if not block:
                return
            if len(starts) > 1:  # keep the message that may go on in the next block
                cut = starts[-1]
                pending, starts, scanned = pending[cut:], [0], scanned - cut


def _from_lines(data: bytes, start: int) -> Iterator[int]:
    """Where complete "From " lines begin in data[start:] (bytes.find: far faster than a
    multi-line regex, which tries every position of the block)."""
    if start == 0 and data.startswith(b"From ") and b"\n" in data:
        yield 0
    position = data.find(b"\nFrom ", max(0, start - 1))
    while position >= 0:
        if data.find(b"\n", position + 1) < 0:
            return  # the line goes on in the next block
        yield position + 1
        position = data.find(b"\nFrom ", position + 1)


def _after_blank(data: bytes, position: int) -> bool:
    return position == 0 or data.endswith((b"\n\n", b"\n\r\n"), 0, position)


def _mbox_message(chunk: bytes, path: Path, index: int) -> FileMail:
    consumed = len(chunk)
    body = chunk[chunk.index(b"\n") + 1 :]  # drop the From_ line
    # The blank line before the next From_ belongs to the mbox, not to the message.
    if body.endswith(b"\r\n\r\n"):
        body = body[:-2]
    elif body.endswith(b"\n\n"):
        body = body[:-1]
    if b">From " in body:
        body = _QUOTED_FROM.sub(rb"\1", body)
    return FileMail(body, f"mbox:{path}#{index}", consumed)


def read_maildir(path: Path) -> Iterator[FileMail]:
    for part in _MAILDIR_PARTS:
        folder = path / part
        for name in sorted(os.listdir(folder)):
            if name.startswith("."):
                continue
            yield _read_file(folder / name, prefix="maildir")


def _read_file(path: Path, prefix: str = "file") -> FileMail:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(f"{path}: cannot read ({error.strerror})") from None
    return FileMail(data, f"{prefix}:{path}", len(data))


def read_path(path: Path) -> Iterator[FileMail | SourceError]:
    """Every mail under a path; unreadable files are yielded as errors, not raised."""
    if not path.exists():
        yield SourceError(f"{path}: no such file or folder")
        return
    if is_maildir(path):
        yield from _guard(read_maildir(path))
        for child in sorted(path.iterdir()):  # Maildir++ sub-folders: .Archive, .Sent …
            if child.name.startswith(".") and is_maildir(child):
                yield from _guard(read_maildir(child))
        return
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.name.startswith("."):
                continue
            yield from read_path(child)
        return
    if is_mbox(path):
        yield from _guard(read_mbox(path))
        return
    try:
        yield _read_file(path)
    except SourceError as error:
        yield error


def _guard(mails: Iterator[FileMail]) -> Iterator[FileMail | SourceError]:
    try:
        yield from mails
    except SourceError as error:
        yield error
    except OSError as error:
        yield SourceError(f"{getattr(error, 'filename', '?')}: cannot read ({error.strerror})")
