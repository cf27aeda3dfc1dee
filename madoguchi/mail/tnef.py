"""List and extract the files inside a TNEF blob (winmail.dat, application/ms-tnef).

Outlook sends these when "Rich Text" is on; the recipient otherwise sees one opaque file.
Layout per [MS-OXTNEF] §2.1.3: signature, legacy key, then attributes of
(level:1, id:4, length:4, data, checksum:2). attAttachRendData starts an attachment; its name is
attAttachTitle (8.3 on old Outlook) or PR_ATTACH_LONG_FILENAME inside attAttachment's MAPI
properties; the bytes are attAttachData.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

SIGNATURE = 0x223E9F78
_ATT_ATTACH_DATA = 0x800F
_ATT_ATTACH_TITLE = 0x8010
_ATT_ATTACH_REND_DATA = 0x9002
_ATT_ATTACHMENT = 0x9005
_ATT_OEM_CODEPAGE = 0x9007
_LEVEL_ATTACHMENT = 0x02

_PR_ATTACH_LONG_FILENAME = 0x3707
_PR_ATTACH_FILENAME = 0x3704
_PR_ATTACH_MIME_TAG = 0x370E
_PR_ATTACH_CONTENT_ID = 0x3712
_PR_ATTACH_DATA_BIN = 0x3701

_FIXED_SIZES = {0x0001: 4, 0x0002: 4, 0x0003: 4, 0x0004: 4, 0x000A: 4, 0x000B: 4, 0x0005: 8}
_FIXED_SIZES |= {0x0006: 8, 0x0007: 8, 0x0014: 8, 0x0040: 8, 0x0048: 16}
_VARIABLE_TYPES = frozenset({0x001E, 0x001F, 0x0102, 0x000D})
_MULTI_VALUE = 0x1000


@dataclass(frozen=True, slots=True)
class TnefFile:
    filename: str
    payload: bytes
    content_type: str | None = None
    content_id: str | None = None


@dataclass(slots=True)
class _Builder:
    title: str = ""
    payload: bytes = b""
    properties: dict[int, bytes | str] = field(default_factory=dict)

    def build(self, index: int) -> TnefFile:
        name = self.properties.get(_PR_ATTACH_LONG_FILENAME) or self.title
        name = name or self.properties.get(_PR_ATTACH_FILENAME) or f"attachment-{index}"
        data = self.payload
        if not data and isinstance(self.properties.get(_PR_ATTACH_DATA_BIN), bytes):
            data = self.properties[_PR_ATTACH_DATA_BIN]  # type: ignore[assignment]
        mime = self.properties.get(_PR_ATTACH_MIME_TAG)
        content_id = self.properties.get(_PR_ATTACH_CONTENT_ID)
        return TnefFile(
            filename=str(name).rstrip("\x00").strip(),
            payload=bytes(data),
            content_type=str(mime).rstrip("\x00").lower()
            if isinstance(mime, str) and mime
            else None,
            content_id=str(content_id).rstrip("\x00") if isinstance(content_id, str) else None,
        )


def _string(data: bytes, codepage: str) -> str:
    data = data.split(b"\x00", 1)[0]
    try:
        return data.decode(codepage)
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", "replace")


def _mapi_properties(data: bytes, codepage: str) -> dict[int, bytes | str]:
    """[MS-OXTNEF] §2.1.3.4 MAPI property list; only the first value of each is kept."""
    properties: dict[int, bytes | str] = {}
    (count,) = struct.unpack_from("<I", data, 0)
    offset = 4
    for _ in range(min(count, 4096)):
        prop_type, prop_id = struct.unpack_from("<HH", data, offset)
        offset += 4
        if prop_id >= 0x8000:  # named property: GUID, kind, then an id or a UTF-16 name
            offset += 16
            (kind,) = struct.unpack_from("<I", data, offset)
            offset += 4
            if kind == 0:
                offset += 4
            else:
                (name_length,) = struct.unpack_from("<I", data, offset)
                offset += 4 + name_length + (-name_length % 4)
        base_type = prop_type & ~_MULTI_VALUE
        values = 1
        if prop_type & _MULTI_VALUE or base_type in _VARIABLE_TYPES:
            (values,) = struct.unpack_from("<I", data, offset)
            offset += 4
        first: bytes | str | None = None
        for _value in range(min(values, 65536)):
            if base_type in _VARIABLE_TYPES:
                (length,) = struct.unpack_from("<I", data, offset)
                offset += 4
                raw = data[offset : offset + length]
                offset += length + (-length % 4)
                if base_type == 0x001F:
                    value: bytes | str = raw.decode("utf-16-le", "replace").rstrip("\x00")
                elif base_type == 0x001E:
                    value = _string(raw, codepage)
                elif base_type == 0x000D:
                    value = raw[16:]  # PT_OBJECT: an IID, then the object's bytes
                else:
                    value = raw
            elif base_type in _FIXED_SIZES:
                value = data[offset : offset + _FIXED_SIZES[base_type]]
                offset += _FIXED_SIZES[base_type]
            else:
                return properties  # unknown type: the rest cannot be framed
            if first is None:
                first = value
        if first is not None:
            properties[prop_id] = first
    return properties


def extract_files(blob: bytes) -> tuple[TnefFile, ...]:
    """The attachments inside a TNEF blob; () when it is not TNEF or holds none. Never raises."""
    if len(blob) < 6 or struct.unpack_from("<I", blob, 0)[0] != SIGNATURE:
        return ()
    files: list[TnefFile] = []
    current: _Builder | None = None
    codepage = "cp1252"
    offset = 6
    try:
        while offset + 9 <= len(blob):
            level = blob[offset]
            (attribute,) = struct.unpack_from("<I", blob, offset + 1)
            (length,) = struct.unpack_from("<I", blob, offset + 5)
            data = blob[offset + 9 : offset + 9 + length]
            offset += 9 + length + 2
            attribute_id = attribute & 0xFFFF
            if attribute_id == _ATT_OEM_CODEPAGE and len(data) >= 4:
                codepage = f"cp{struct.unpack_from('<I', data, 0)[0]}"
            elif level != _LEVEL_ATTACHMENT:
                continue
            elif attribute_id == _ATT_ATTACH_REND_DATA:
                if current is not None:
                    files.append(current.build(len(files) + 1))
                current = _Builder()
            elif current is None:
                continue
            elif attribute_id == _ATT_ATTACH_TITLE:
                current.title = _string(data, codepage)
            elif attribute_id == _ATT_ATTACH_DATA:
                current.payload = data
            elif attribute_id == _ATT_ATTACHMENT:
                current.properties = _mapi_properties(data, codepage)
    except (struct.error, IndexError, ValueError):
        pass  # a truncated blob: keep what was complete
    if current is not None:
        files.append(current.build(len(files) + 1))
    return tuple(files)
