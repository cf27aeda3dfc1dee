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
from urllib.parse import quote

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
    """An address for a header or the SMTP envelope: no controls, no spaces, a Japanese
    domain (例え.jp) in its ASCII form (xn--…), which every server and mail client takes; a
    local part outside ASCII stays as it is (RFC 6531 SMTPUTF8)."""
    address = _SPACES_AND_CONTROLS.sub("", value)
    local, at, domain = address.rpartition("@")
    if not at or domain.isascii():
        return address
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:  # not a name IDNA can carry: left for the server to refuse
        return address


class UnencodableAddress(ValueError):
    """An address the headers cannot carry: compat32 writes no raw UTF-8 (RFC 6532)."""

    def __init__(self, address: str) -> None:
        super().__init__(
            f"{address} has characters outside ASCII before the @; "
            "mail to such an address (RFC 6532) cannot be sent from madoguchi: "
            "ask the customer for another address"
        )


def _address(recipient: Recipient, charset: str) -> str:
    name = header_text(recipient.name)
    address = address_token(recipient.address)
    if not address.isascii():
        raise UnencodableAddress(address)
    if name and not name.isascii():
        return f"{encoded_words(name, charset)} <{address}>"
    return formataddr((name, address), charset=charset)


# RFC 2047 2: "An 'encoded-word' may not be more than 75 characters long".
MAX_ENCODED_WORD = 75


def encoded_words(text: str, charset: str, header_name: str = "") -> str:
    """`text` as RFC 2047 encoded words of at most 75 characters, separated by spaces.

    formataddr makes one word of any length (a 24-character company name became 107), and
    a Header left to the generator makes 76 (UTF-8) and 78 (ISO-2022-JP) for a long
    subject: strict readers show such a word raw. Header splits on characters (each
    ISO-2022-JP word back in ASCII at its end), and the generator folds between words;
    `header_name` leaves room for "Subject: " so the first word stays on that line."""
    words = Header(text, charset, header_name=header_name or None)
    return words.encode(maxlinelen=MAX_ENCODED_WORD).replace("\n", "")


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
    name = header_text(attachment.filename) or "attachment"
    if not (name.isascii() and len(name) <= _LONGEST_PLAIN_FILENAME):
        # Also as RFC 2047 words in the type's `name=` (what Gmail and Outlook send):
        # readers that know no RFC 2231 (older Outlook, some phones' mail apps in Japan)
        # showed the file as "ATT00001.bin" or the percent-encoded name.
        del part["Content-Type"]
        words = encoded_words(name, UTF8, header_name=' name="').split(" ")
        part["Content-Type"] = f'{maintype}/{subtype};\r\n name="' + "\r\n ".join(words) + '"'
    part.set_payload(attachment.data)
    encoders.encode_base64(part)
    if name.isascii() and len(name) <= _LONGEST_PLAIN_FILENAME:
        part.add_header("Content-Disposition", "attachment", filename=name)
    else:
        part["Content-Disposition"] = "attachment; " + _filename_parameters(name)
    return part


# An ASCII name goes as a plain quoted `filename=` (the oldest readers know only that) up
# to here; past it, continuations keep the line within RFC 5322's 998 octets.
_LONGEST_PLAIN_FILENAME = 900
# Octets of one RFC 2231 continuation's value: with `filename*12*=` and "; " it stays under
# 78 characters on its folded line.
_FILENAME_SEGMENT = 60


def _filename_parameters(name: str) -> str:
    """RFC 2231 `filename*=utf-8''…` (what Japanese mail clients read, as do the others),
    in numbered continuations when long: written whole, a 120-character Japanese name was
    one 1,100-character line, over RFC 5322's 998 (relays break such a line, and with it
    the name). Each piece ends on a whole character, for readers that decode piece by
    piece."""
    pieces = [""]
    for character in name:
        encoded = quote(character.encode(UTF8, "replace"), safe="")
        if pieces[-1] and len(pieces[-1]) + len(encoded) > _FILENAME_SEGMENT:
            pieces.append("")
        pieces[-1] += encoded
    if len(pieces) == 1:
        return f"filename*=utf-8''{pieces[0]}"
    first = f"filename*0*=utf-8''{pieces[0]}"
    return "; ".join([first, *(f"filename*{n}*={piece}" for n, piece in enumerate(pieces) if n)])


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

    def header(name: str, value: str) -> str:
        value = header_text(value)
        return value if value.isascii() else encoded_words(value, header_charset, name)

    part["From"] = _address(Recipient(mail.from_name, mail.from_address), header_charset)
    if mail.to:
        part["To"] = ", ".join(_address(item, header_charset) for item in mail.to)
    if mail.cc:
        part["Cc"] = ", ".join(_address(item, header_charset) for item in mail.cc)
    part["Subject"] = header("Subject", mail.subject)
    part["Date"] = format_datetime(mail.date)
    part["Message-ID"] = header_token(mail.message_id)
    if header_token(mail.in_reply_to):
        part["In-Reply-To"] = header_token(mail.in_reply_to)
    if header_token(mail.references):
        part["References"] = header_token(mail.references)
    if header_token(mail.auto_submitted):
        part["Auto-Submitted"] = header_token(mail.auto_submitted)
    buffer = BytesIO()
    # compat32 folds the encoded words built above only between them; CRLF for SMTP and IMAP.
    # mangle_from_ off: compat32 writes a body line "From …" as ">From …" (an mbox habit),
    # and an English reply saying "From Monday, …" reached the customer as ">From Monday".
    generator = BytesGenerator(
        buffer, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n")
    )
    generator.flatten(part)
    return buffer.getvalue()
