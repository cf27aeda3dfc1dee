"""Walk a MIME tree: pick the readable body, list the attachments, decode each payload once."""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass, field

from madoguchi.mail.charset import decode_bytes
from madoguchi.mail.headers import decode_words, parse_parameters, unfold
from madoguchi.mail.html import html_to_text, sanitize_html
from madoguchi.mail.message import Attachment
from madoguchi.mail.mime import MimePart
from madoguchi.mail.tnef import extract_files
from madoguchi.mail.uuencode import decode_transfer_encoding, extract_blocks

_BASE64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_NEWLINES = re.compile(r"\r\n?")
# Names are shown, not used as paths; only what breaks a path or a terminal is replaced.
_UNSAFE_FILENAME = re.compile(r"[\x00-\x1f\x7f\\/]+")
_EXTENSIONS = {
    "text/plain": ".txt",
    "text/html": ".html",
    "text/calendar": ".ics",
    "text/csv": ".csv",
    "text/rfc822-headers": ".txt",
    "message/delivery-status": ".txt",
    "message/disposition-notification": ".txt",
    "application/pdf": ".pdf",
    "application/pgp-signature": ".asc",
    "application/pgp-encrypted": ".asc",
    "application/pkcs7-signature": ".p7s",
    "application/x-pkcs7-signature": ".p7s",
    "application/pkcs7-mime": ".p7m",
    "application/zip": ".zip",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
}
_SUBTYPE_EXTENSIONS = {"jpeg": "jpg", "quicktime": "mov", "mpeg": "mpg", "octet-stream": "bin"}
_TYPE_STEMS = {"image": "image", "video": "video", "audio": "audio", "text": "document"}
_TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})
_BODY_TYPES = frozenset({"text/plain", "text/html", "text/enriched", ""})


@dataclass(slots=True)
class _Segment:
    """One readable piece of body: a text/plain part, a text/html part, or an alternative pair."""

    plain: str | None = None
    html: str | None = None


@dataclass(slots=True)
class Walk:
    segments: list[_Segment] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    # Kept as parts are added, not recomputed per part: asking "is there an HTML body yet?"
    # and "which names are taken?" of every earlier part made 20,000 tiny parts take minutes.
    has_html: bool = False
    filenames: set[str] = field(default_factory=set)
    last_numbers: dict[str, int] = field(default_factory=dict)  # invented name → its last number

    def text(self) -> str:
        pieces = [
            segment.plain if segment.plain is not None else html_to_text(segment.html or "")
            for segment in self.segments
        ]
        return (
            "\n".join(piece for piece in pieces if piece.strip())
            if len(pieces) > 1
            else "".join(pieces)
        )

    def html(self) -> str | None:
        htmls = [segment.html for segment in self.segments if segment.html is not None]
        if not htmls:
            return None
        return sanitize_html("\n".join(htmls))


@dataclass(frozen=True, slots=True)
class _PartInfo:
    content_type: str
    params: dict[str, str]
    disposition: str
    filename: str | None
    transfer_encoding: str
    content_id: str | None


def _part_info(
    part: MimePart, defects: list[str], default_type: str, hint: str | None
) -> _PartInfo:
    wanted: dict[str, str] = {}
    for name, value in part.headers:
        key = name.lower()
        if key in (
            "content-type",
            "content-disposition",
            "content-transfer-encoding",
            "content-id",
        ):
            wanted.setdefault(key, value)
    content_type, params = parse_parameters(wanted.get("content-type"), defects, hint)
    if "/" not in content_type:
        if content_type:
            defects.append(f"invalid Content-Type {content_type!r}, read as {default_type}")
        content_type = default_type
    disposition, disposition_params = parse_parameters(
        wanted.get("content-disposition"), defects, hint
    )
    filename = disposition_params.get("filename") or params.get("name") or None
    content_id = wanted.get("content-id")
    if content_id:
        content_id = unfold(content_id).strip().strip("<>").strip() or None
    return _PartInfo(
        content_type=content_type,
        params=params,
        disposition=disposition,
        filename=filename.strip() if filename else None,
        transfer_encoding=unfold(wanted.get("content-transfer-encoding", "")).strip().lower(),
        content_id=content_id,
    )


def _decode_base64(data: bytes, defects: list[str]) -> bytes:
    try:
        return binascii.a2b_base64(data)
    except (binascii.Error, ValueError):
        cleaned = _BASE64_JUNK.sub(b"", data)
        cleaned = cleaned[: len(cleaned) - len(cleaned) % 4 if len(cleaned) % 4 == 1 else None]
        defects.append("invalid base64 repaired")
        return binascii.a2b_base64(cleaned + b"=" * (-len(cleaned) % 4))


def _payload_bytes(part: MimePart, info: _PartInfo, defects: list[str]) -> tuple[bytes, str | None]:
    """Transfer-decoded bytes, and a filename when uuencode's `begin` line supplied one."""
    data = part.body
    encoding = info.transfer_encoding
    if encoding == "base64":
        return _decode_base64(data, defects), None
    if encoding == "quoted-printable":
        return binascii.a2b_qp(data), None
    if encoding in ("x-uuencode", "uuencode", "x-uue", "uue"):
        return decode_transfer_encoding(data)[::-1]  # type: ignore[return-value]
    return data, None


def _clean_filename(name: str) -> str:
    return _UNSAFE_FILENAME.sub("_", name).strip(" .") or "attachment"


class MimeWalker:
    """Visits parts depth first; text parts feed the body, everything else becomes an attachment."""

    def __init__(self, hint: str | None = None) -> None:
        self.walk = Walk()
        self.hint = hint  # the message's charset, for raw 8-bit parameters

    def visit(
        self,
        part: MimePart,
        depth: int = 0,
        default_type: str = "text/plain",
        in_alternative: bool = False,
    ) -> None:
        self.walk.defects.extend(part.defects)
        info = _part_info(part, self.walk.defects, default_type, self.hint)
        main_type = info.content_type.partition("/")[0]
        if main_type == "multipart":
            self._visit_multipart(part, info, depth)
        elif info.content_type in ("message/rfc822", "message/global") and part.children:
            self._add_forward(part, info)
        elif self._is_body(info, depth, in_alternative):
            self._add_text(part, info)
        else:
            self._add_attachment(part, info)

    def _is_body(self, info: _PartInfo, depth: int, in_alternative: bool) -> bool:
        if info.content_type not in _BODY_TYPES:
            return False
        if depth == 0:
            return True
        if info.disposition == "attachment" or info.filename:
            return False
        # A further HTML document after the body (Apple Mail, Outlook forwards) is a file the
        # sender attached, not more body: only alternatives and plain text add to the body.
        return in_alternative or info.content_type != "text/html" or not self.walk.has_html

    def _visit_multipart(self, part: MimePart, info: _PartInfo, depth: int) -> None:
        children = list(part.children)
        if not children:
            if part.body.strip():
                self.walk.defects.append(f"{info.content_type} without parts, read as text")
                self._add_text(part, info)
            return
        subtype = info.content_type.partition("/")[2]
        child_default = "message/rfc822" if subtype == "digest" else "text/plain"
        if subtype == "alternative":
            self._visit_alternative(children, depth)
            return
        if subtype == "related" and "start" in info.params:
            start = info.params["start"].strip("<>")
            children.sort(
                key=lambda child: (child.header("content-id") or "").strip(" \t\r\n<>") != start
            )
        for child in children:
            self.visit(child, depth + 1, child_default)

    def _visit_alternative(self, children: list[MimePart], depth: int) -> None:
        """Keep the last plain and the last HTML rendering (RFC 2046 §5.1.4: best is last)."""
        before = len(self.walk.segments)
        merged = _Segment()
        for child in children:
            self.visit(child, depth + 1, in_alternative=True)
            for segment in self.walk.segments[before:]:
                if segment.plain is not None:
                    merged.plain = segment.plain
                if segment.html is not None:
                    merged.html = segment.html
            del self.walk.segments[before:]
        if merged.plain is not None and not merged.plain.strip() and merged.html is not None:
            merged.plain = None  # an empty text/plain beside real HTML: render the HTML
        if merged.plain is not None or merged.html is not None:
            self.walk.segments.append(merged)

    def _add_text(self, part: MimePart, info: _PartInfo) -> None:
        data, _ = _payload_bytes(part, info, self.walk.defects)
        charset = info.params.get("charset")
        is_html = info.content_type == "text/html"
        if is_html and not charset and not data.isascii():
            found = _META_CHARSET.search(data[:4096])
            charset = found.group(1).decode("ascii") if found else None
        decoded = decode_bytes(data, charset)
        if decoded.defect:
            self.walk.defects.append(f"{info.content_type}: {decoded.defect}")
        text = decoded.text
        if "\r" in text:
            text = _NEWLINES.sub("\n", text)
        if is_html:
            self.walk.segments.append(_Segment(html=text))
            self.walk.has_html = True
            return
        text, files = extract_blocks(text)
        for file in files:
            self._append(file.filename, "application/octet-stream", file.payload, None, False)
        self.walk.segments.append(_Segment(plain=text))

    def _add_forward(self, part: MimePart, info: _PartInfo) -> None:
        """message/rfc822: listed as a file of the forwarded message's exact bytes."""
        name = info.filename
        if not name:
            subject = decode_words(part.children[0].header("subject") or "", None, self.hint)
            name = (subject.strip() or "forwarded message") + ".eml"
        inline = info.disposition == "inline"
        self._append(name, info.content_type, part.body, info.content_id, inline)

    def _add_attachment(self, part: MimePart, info: _PartInfo) -> None:
        data, uu_name = _payload_bytes(part, info, self.walk.defects)
        name = info.filename or uu_name
        if info.content_type in _TNEF_TYPES or (name or "").lower() == "winmail.dat":
            files = extract_files(data)
            if files:
                for file in files:
                    content_type = file.content_type or "application/octet-stream"
                    self._append(file.filename, content_type, file.payload, file.content_id, False)
                return
        if not name:
            name = self._invented_name(info)
        inline = info.disposition == "inline" or (
            not info.disposition and info.content_id is not None
        )
        self._append(name, info.content_type, data, info.content_id, inline)

    def _invented_name(self, info: _PartInfo) -> str:
        """A name for a nameless part: its Content-ID's local part, else one from its type."""
        used = self.walk.filenames
        if info.content_id and "@" in info.content_id:
            local = _clean_filename(info.content_id.split("@", 1)[0])
            if "." in local and local not in used:  # Outlook's "image001.png@01D…"
                return local
        main_type, _, subtype = info.content_type.partition("/")
        extension = _EXTENSIONS.get(info.content_type) or (
            f".{_SUBTYPE_EXTENSIONS.get(subtype, subtype)}" if subtype.isalnum() else ".bin"
        )
        stem = _TYPE_STEMS.get(main_type, "file")
        if info.content_type.startswith("message/"):
            stem = subtype
        name = stem + extension
        # every lower number is taken already (names are never given back): start past them
        number = self.walk.last_numbers.get(name, 0)
        invented = f"{stem}{number}{extension}" if number else name
        while invented in used:
            number += 1
            invented = f"{stem}{number}{extension}"
        self.walk.last_numbers[name] = number
        return invented

    def _append(
        self, name: str, content_type: str, payload: bytes, content_id: str | None, inline: bool
    ) -> None:
        filename = _clean_filename(name)
        self.walk.filenames.add(filename)
        self.walk.attachments.append(
            Attachment(
                filename=filename,
                content_type=content_type,
                size=len(payload),
                payload=payload,
                content_id=content_id,
                inline=inline,
            )
        )
