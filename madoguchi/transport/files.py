"""Reading mail from files: .eml files, mbox files and Maildir folders, streamed.

Each source yields (raw bytes, a description of where it came from, its size on disk),
so a progress bar can advance by bytes without reading everything first.
"""

from __future__ import annotations

import os
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


def read_mbox(path: Path) -> Iterator[FileMail]:
    """Split an mbox (mboxo or mboxrd) at its From_ lines, streaming line by line.

    '>From ' quoting is undone for mboxrd (one '>' removed from '>+From ' lines).
    """
    lines: list[bytes] = []
    consumed = 0
    index = 0
    with path.open("rb") as handle:
        previous_blank = True
        for line in handle:
            if line.startswith(_MBOX_FROM) and previous_blank:
                if lines:
                    index += 1
                    yield FileMail(_join(lines), f"mbox:{path}#{index}", consumed)
                lines, consumed = [], 0
                consumed += len(line)
                previous_blank = False
                continue
            consumed += len(line)
            if line.startswith(b">") and line.lstrip(b">").startswith(_MBOX_FROM):
                line = line[1:]
            lines.append(line)
            previous_blank = line in (b"\n", b"\r\n")
        if lines:
            index += 1
            yield FileMail(_join(lines), f"mbox:{path}#{index}", consumed)


def _join(lines: list[bytes]) -> bytes:
    # The blank line before the next From_ belongs to the mbox, not to the message.
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines = lines[:-1]
    return b"".join(lines)


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
