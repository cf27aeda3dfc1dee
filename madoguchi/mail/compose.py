"""Building the bytes of an outgoing reply: headers, charset, signature.

Pure: values in, RFC 5322 bytes (CRLF line endings, ready for SMTP DATA and IMAP APPEND)
out. UTF-8 is the default. ISO-2022-JP is offered per mailbox for old Japanese mail
clients; text is first folded the way Windows' CP50220 encoder does (half-width katakana
to full-width, Microsoft's code points for 〜 − ‖ ¢ £ ¬ to the JIS X 0208 ones), and a
character JIS X 0208 still cannot hold (①, ㈱, emoji …) makes the whole mail fall back to
UTF-8 — a reply that arrives readable beats one with question marks in it — and the
characters are named in the result so the fallback can be shown.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.charset import BASE64, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from io import BytesIO

from madoguchi.mail.outbound import OutgoingAttachment, with_attachments

UTF8 = "utf-8"
ISO2022JP = "iso-2022-jp"

# What CP50220 maps to a JIS X 0208 character although Unicode has them apart.
_CP50220_FOLD = str.maketrans(
    {
        "\uff5e": "\u301c",  # FULLWIDTH TILDE → WAVE DASH
        "\uff0d": "\u2212",  # FULLWIDTH HYPHEN-MINUS → MINUS SIGN
        "\u2225": "\u2016",  # PARALLEL TO → DOUBLE VERTICAL LINE
        "\uffe0": "\u00a2",  # FULLWIDTH CENT SIGN
        "\uffe1": "\u00a3",  # FULLWIDTH POUND SIGN
        "\uffe2": "\u00ac",  # FULLWIDTH NOT SIGN
        "\u2014": "\u2015",  # EM DASH → HORIZONTAL BAR (JIS 1-1-29)
    }
)
_HALFWIDTH_KANA = re.compile(r"[\uff61-\uff9f]+")
_SIGNATURE_SEPARATOR = "-- "  # RFC 3676 4.3: lets mail clients (and our quote splitter) find it


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str


@dataclass(frozen=True)
class OutgoingMail:
    from_name: str
    from_address: str
    to: tuple[Recipient, ...]
    cc: tuple[Recipient, ...]
    bcc: tuple[Recipient, ...]  # envelope only: never written into the headers
    subject: str
    body: str
    signature: str
    message_id: str
    in_reply_to: str
    references: str  # space-separated Message-IDs, oldest first
    date: datetime
    charset: str = UTF8  # UTF8 or ISO2022JP
    # wip-approval: forwards carry files; the auto-acknowledgement says it is automatic.
    attachments: tuple[OutgoingAttachment, ...] = ()
    auto_submitted: str = ""  # RFC 3834: "auto-replied" for the acknowledgement


@dataclass(frozen=True)
class ComposedMail:
    data: bytes
    charset: str  # the charset actually used
    unencodable: str  # characters that forced a fallback from ISO-2022-JP to UTF-8, or ""
    recipients: tuple[str, ...]  # envelope recipients: To, Cc and Bcc, each once

    @property
    def fell_back(self) -> bool:
        return bool(self.unencodable)


def fold_for_jis(text: str) -> str:
    """Text as CP50220 would see it: half-width katakana widened, MS variants mapped."""
    text = _HALFWIDTH_KANA.sub(lambda match: unicodedata.normalize("NFKC", match.group()), text)
    return text.translate(_CP50220_FOLD)


def unencodable_in_jis(text: str) -> str:
    """The distinct characters of `text` that ISO-2022-JP (JIS X 0208) cannot carry."""
    bad: dict[str, None] = {}
    for character in text:
        try:
            character.encode("iso2022_jp")
        except UnicodeEncodeError:
            bad[character] = None
    return "".join(bad)


def full_body(body: str, signature: str) -> str:
    body = body.rstrip()
    signature = signature.strip("\n")
    if signature and signature.strip() not in body:
        body = f"{body}\n\n{_SIGNATURE_SEPARATOR}\n{signature}"
    return body + "\n"


def _address(recipient: Recipient, charset: str) -> str:
    return formataddr((recipient.name, recipient.address), charset=charset)


def _envelope(mail: OutgoingMail) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for recipient in (*mail.to, *mail.cc, *mail.bcc):
        key = recipient.address.strip()
        if key and key.lower() not in {existing.lower() for existing in seen}:
            seen[key] = None
    return tuple(seen)


def _texts(mail: OutgoingMail) -> list[str]:
    names = [recipient.name for recipient in (*mail.to, *mail.cc)]
    return [mail.subject, full_body(mail.body, mail.signature), mail.from_name, *names]


def compose(mail: OutgoingMail) -> ComposedMail:
    charset = UTF8
    unencodable = ""
    folded = mail
    if mail.charset == ISO2022JP:
        folded = _folded(mail)
        unencodable = unencodable_in_jis("".join(_texts(folded)))
        charset = UTF8 if unencodable else ISO2022JP
        if unencodable:
            folded = mail  # UTF-8 carries the original characters unchanged
    return ComposedMail(
        data=_build(folded, charset),
        charset=charset,
        unencodable=unencodable,
        recipients=_envelope(mail),
    )


def _folded(mail: OutgoingMail) -> OutgoingMail:
    def recipients(items: tuple[Recipient, ...]) -> tuple[Recipient, ...]:
        return tuple(Recipient(fold_for_jis(item.name), item.address) for item in items)

    return dataclasses.replace(
        mail,
        from_name=fold_for_jis(mail.from_name),
        to=recipients(mail.to),
        cc=recipients(mail.cc),
        subject=fold_for_jis(mail.subject),
        body=fold_for_jis(mail.body),
        signature=fold_for_jis(mail.signature),
    )


def _build(mail: OutgoingMail, charset: str) -> bytes:
    text = full_body(mail.body, mail.signature)
    if charset == ISO2022JP:
        # RFC 1468: ISO-2022-JP is 7bit; headers as B-encoded words.
        part = MIMEText(text, "plain", ISO2022JP)
    elif text.isascii():
        part = MIMEText(text, "plain", "us-ascii")
    else:
        body_charset = Charset(UTF8)
        body_charset.body_encoding = BASE64  # 8bit needs 8BITMIME on every hop; base64 never
        part = MIMEText(text, "plain", body_charset)  # type: ignore[arg-type]
    part = with_attachments(part, mail.attachments)  # type: ignore[assignment]  # wip-approval
    header_charset = ISO2022JP if charset == ISO2022JP else UTF8

    def header(value: str) -> str | Header:
        return value if value.isascii() else Header(value, header_charset)

    part["From"] = _address(Recipient(mail.from_name, mail.from_address), header_charset)
    if mail.to:
        part["To"] = ", ".join(_address(item, header_charset) for item in mail.to)
    if mail.cc:
        part["Cc"] = ", ".join(_address(item, header_charset) for item in mail.cc)
    part["Subject"] = header(mail.subject)  # type: ignore[assignment]
    part["Date"] = format_datetime(mail.date)
    part["Message-ID"] = mail.message_id
    if mail.in_reply_to:
        part["In-Reply-To"] = mail.in_reply_to
    if mail.references:
        part["References"] = mail.references
    if mail.auto_submitted:
        part["Auto-Submitted"] = mail.auto_submitted
    buffer = BytesIO()
    # compat32 keeps the Header objects' encoded words as built; CRLF for SMTP and IMAP.
    BytesGenerator(buffer, policy=policy.compat32.clone(linesep="\r\n")).flatten(part)
    return buffer.getvalue()
