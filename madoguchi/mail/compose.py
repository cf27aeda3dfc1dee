"""Building the bytes of an outgoing reply: headers and charset around a finished body.

The body arrives complete (signature and quote are mail/body.py's business) and goes out
as it is. Every header value passes through `header_text` first: CR, LF and the other
control characters of a customer's subject or name (an encoded word can hide them) are
turned into spaces, so no value can end our header block early or break the generator.

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
from email import encoders, policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from io import BytesIO

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
# C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
_HEADER_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SPACES_AND_CONTROLS = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_MIME_TOKEN = re.compile(r"[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+")
# Message-IDs: anything outside printable ASCII cannot be part of a valid one.
_NOT_ID = re.compile(r"[^\x21-\x7e ]+")


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str


@dataclass(frozen=True)
class OutgoingAttachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class OutgoingMail:
    from_name: str
    from_address: str
    to: tuple[Recipient, ...]
    cc: tuple[Recipient, ...]
    bcc: tuple[Recipient, ...]  # envelope only: never written into the headers
    subject: str
    body: str  # the finished text part (mail/body.py), LF line endings
    message_id: str
    in_reply_to: str
    references: str  # space-separated Message-IDs, oldest first
    date: datetime
    charset: str = UTF8  # UTF8 or ISO2022JP
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


def header_text(value: str) -> str:
    """A header value with every control character (CR and LF first) made a space.

    Folding is the generator's job (RFC 5322 2.2.3); a line break in a value is never ours
    to keep, whether it came from an encoded word in the customer's subject or anywhere
    else.
    """
    return _HEADER_CONTROLS.sub(" ", value).strip()


def header_token(value: str) -> str:
    """An address or a Message-ID list: printable ASCII only, controls dropped."""
    return _NOT_ID.sub("", _HEADER_CONTROLS.sub(" ", value)).strip()


def address_token(value: str) -> str:
    """An address for a header or the SMTP envelope: no controls, no spaces (an address
    outside ASCII stays as it is: RFC 6531 SMTPUTF8)."""
    return _SPACES_AND_CONTROLS.sub("", value)


def _address(recipient: Recipient, charset: str) -> str:
    name = header_text(recipient.name)
    address = address_token(recipient.address)
    if name and not name.isascii():
        # RFC 2047 2: an encoded word is at most 75 characters. formataddr makes one word of
        # any length (a 24-character company name became 107), which strict readers show
        # raw; Header splits it into words that fit, and the generator folds between them.
        words = Header(name, charset).encode(maxlinelen=75).replace("\n", "")
        return f"{words} <{address}>"
    return formataddr((name, address), charset=charset)


def _text_part(body: str) -> str:
    return body.replace("\r\n", "\n").replace("\r", "\n")


def _envelope(mail: OutgoingMail) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for recipient in (*mail.to, *mail.cc, *mail.bcc):
        key = address_token(recipient.address)
        if key and key.lower() not in {existing.lower() for existing in seen}:
            seen[key] = None
    return tuple(seen)


def _texts(mail: OutgoingMail) -> list[str]:
    names = [recipient.name for recipient in (*mail.to, *mail.cc)]
    return [mail.subject, mail.body, mail.from_name, *names]


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
    )


# RFC 5322 2.1.1: a line is at most 998 octets without its CRLF.
MAX_LINE_OCTETS = 998


def _too_long(body: bytes) -> bool:
    return any(len(line) > MAX_LINE_OCTETS for line in body.splitlines())


def _attachment_part(attachment: OutgoingAttachment) -> MIMEBase:
    maintype, _, subtype = attachment.content_type.partition("/")
    if not maintype or not subtype or not _MIME_TOKEN.fullmatch(attachment.content_type):
        maintype, subtype = "application", "octet-stream"
    part = MIMEBase(maintype, subtype)
    part.set_payload(attachment.data)
    encoders.encode_base64(part)
    name = header_text(attachment.filename) or "attachment"
    # RFC 2231 for a name outside ASCII (what Japanese mail clients read, as do the others).
    filename: str | tuple[str, str, str] = name if name.isascii() else (UTF8, "", name)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def _build(mail: OutgoingMail, charset: str) -> bytes:
    text = _text_part(mail.body)
    if charset == ISO2022JP:
        # RFC 1468: ISO-2022-JP is 7bit; headers as B-encoded words.
        jis_charset = Charset(ISO2022JP)
        if _too_long(text.encode("iso2022_jp")):
            # A paragraph typed without line breaks is longer than the 998 octets RFC 5322
            # 2.1.1 allows on a line; a relay breaks it or refuses the mail. Base64 keeps
            # the JIS bytes whole (every Japanese mail client reads it), unlike folding.
            jis_charset.body_encoding = BASE64
        part = MIMEText(text, "plain", jis_charset)  # type: ignore[arg-type]
    elif text.isascii():
        body_charset = Charset("us-ascii")
        if _too_long(text.encode("ascii")):
            # The same limit in English: quoted-printable soft breaks, the text unchanged.
            body_charset.body_encoding = QP
        part = MIMEText(text, "plain", body_charset)  # type: ignore[arg-type]
    else:
        body_charset = Charset(UTF8)
        body_charset.body_encoding = BASE64  # 8bit needs 8BITMIME on every hop; base64 never
        part = MIMEText(text, "plain", body_charset)  # type: ignore[arg-type]
    header_charset = ISO2022JP if charset == ISO2022JP else UTF8
    if mail.attachments:
        container = MIMEMultipart("mixed")
        container.attach(part)
        for attachment in mail.attachments:
            container.attach(_attachment_part(attachment))
        part = container  # type: ignore[assignment]

    def header(value: str) -> str | Header:
        value = header_text(value)
        return value if value.isascii() else Header(value, header_charset)

    part["From"] = _address(Recipient(mail.from_name, mail.from_address), header_charset)
    if mail.to:
        part["To"] = ", ".join(_address(item, header_charset) for item in mail.to)
    if mail.cc:
        part["Cc"] = ", ".join(_address(item, header_charset) for item in mail.cc)
    part["Subject"] = header(mail.subject)  # type: ignore[assignment]
    part["Date"] = format_datetime(mail.date)
    part["Message-ID"] = header_token(mail.message_id)
    if header_token(mail.in_reply_to):
        part["In-Reply-To"] = header_token(mail.in_reply_to)
    if header_token(mail.references):
        part["References"] = header_token(mail.references)
    if header_token(mail.auto_submitted):
        part["Auto-Submitted"] = header_token(mail.auto_submitted)
    buffer = BytesIO()
    # compat32 keeps the Header objects' encoded words as built; CRLF for SMTP and IMAP.
    # mangle_from_ off: compat32 writes a body line "From …" as ">From …" (an mbox habit),
    # and an English reply saying "From Monday, …" reached the customer as ">From Monday".
    generator = BytesGenerator(
        buffer, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n")
    )
    generator.flatten(part)
    return buffer.getvalue()
