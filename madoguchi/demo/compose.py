"""Writing the demo's mails as real RFC 5322 bytes, the way the customers' mailers do.

Pure (no Django): the loader feeds the bytes to the same ingest the IMAP fetcher uses, so
the demo goes through the real parser — ISO-2022-JP from older Outlook, CP932 labelled
Shift_JIS from a feature phone, HTML with a tracking pixel or a pasted cid: image.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

from madoguchi.demo.attachments import attachment
from madoguchi.demo.spec import JIS, SJIS

WEEKDAYS_JA = "月火水木金土日"


@dataclass(frozen=True)
class Envelope:
    from_name: str
    from_address: str
    to: tuple[tuple[str, str], ...]
    cc: tuple[str, ...]
    subject: str
    date: datetime
    message_id: str
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    mailer: str = ""
    bulk: bool = False  # a newsletter: List-Unsubscribe and Precedence: bulk


@dataclass(frozen=True)
class Content:
    text: str
    charset: str = "utf-8"
    html_layout: str = ""  # "", "plain" (HTML of the text), "newsletter", "tracking", "inline"
    attachments: tuple[str, ...] = ()


def message_id(seed: str, domain: str) -> str:
    digest = hashlib.sha256(seed.encode()).hexdigest()
    return f"<{digest[:12].upper()}.{digest[12:20]}@{domain}>"


def local_time(at: datetime, utc_offset: int) -> datetime:
    return at.astimezone(timezone(timedelta(hours=utc_offset)))


def attribution(at: datetime, name: str, address: str, lang: str) -> str:
    """The line a mailer writes above quoted history."""
    if lang == "ja":
        weekday = WEEKDAYS_JA[at.weekday()]
        return f"{at:%Y年%-m月%-d日}({weekday}) {at:%H:%M} {name} <{address}>:"
    return f"On {at:%a, %b %-d, %Y at %-I:%M %p} {name} <{address}> wrote:"


def quote_gt(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def outlook_block(text: str, sender: str, to: str, at: datetime, subject: str, lang: str) -> str:
    if lang == "ja":
        head = (
            "-----元のメッセージ-----\n"
            f"差出人: {sender}\n送信日時: {at:%Y年%-m月%-d日} {at:%H:%M}\n"
            f"宛先: {to}\n件名: {subject}"
        )
    else:
        head = (
            "-----Original Message-----\n"
            f"From: {sender}\nSent: {at:%A, %B %-d, %Y %-I:%M %p}\n"
            f"To: {to}\nSubject: {subject}"
        )
    return f"{head}\n\n{text}"


def _text_to_html(text: str) -> str:
    """What Outlook and Gmail send as the HTML half: a div per line, quotes in a blockquote."""
    out: list[str] = []
    quoting = False
    for line in text.splitlines():
        is_quote = line.startswith(">")
        if is_quote and not quoting:
            out.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
            )
        elif quoting and not is_quote:
            out.append("</blockquote>")
        quoting = is_quote
        shown = line[1:].lstrip() if is_quote else line
        out.append(f"<div>{html.escape(shown) or '<br>'}</div>")
    if quoting:
        out.append("</blockquote>")
    return (
        "<html><head></head><body style=\"font-family:'Meiryo UI',sans-serif;font-size:10.5pt\">"
        + "\n".join(out)
        + "</body></html>"
    )


def _newsletter_html(text: str, tracking_id: str) -> str:
    paragraphs = "".join(
        f'<p style="margin:0 0 14px;line-height:1.7">{html.escape(p)}</p>'
        for p in text.split("\n\n")
    )
    return (
        '<!DOCTYPE html><html><body style="margin:0;background:#f3f4f6">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center"><table width="600" style="background:#ffffff">'
        '<tr><td style="background:#0f766e;padding:20px;color:#ffffff;font-size:20px">'
        "<b>クラウド業務ニュース</b> Vol.128</td></tr>"
        '<tr><td style="padding:24px">'
        '<img src="https://news.cloudgyomu.example/img/banner-spring.jpg" width="552" '
        'alt="春の業務効率化キャンペーン">'
        f"{paragraphs}"
        '<p><a href="https://news.cloudgyomu.example/r/8812?u=support%40example.com" '
        'style="background:#0f766e;color:#fff;padding:10px 18px;text-decoration:none">'
        "セミナーに申し込む</a></p></td></tr>"
        '<tr><td style="padding:16px;font-size:11px;color:#6b7280">'
        '配信停止は<a href="https://news.cloudgyomu.example/unsubscribe?u=support%40example.com">'
        "こちら</a></td></tr></table></td></tr></table>"
        # The open-tracking pixel: the reason remote images are blocked until allowed.
        f'<img src="https://news.cloudgyomu.example/open/{tracking_id}.gif" width="1" '
        'height="1" alt="" style="display:none">'
        "</body></html>"
    )


def _tracking_html(text: str, tracking_id: str) -> str:
    """A sales rep's mail sent through a CRM that counts opens with a remote image."""
    body = _text_to_html(text).replace("</body></html>", "")
    return (
        body
        + f'<img src="https://t.salesmail.example/o/{tracking_id}" width="1" height="1" alt="">'
        + "</body></html>"
    )


def _inline_html(text: str) -> str:
    """Outlook with a screenshot pasted into the body: <img src="cid:...">."""
    lines = text.split("\n\n", 1)
    first, rest = lines[0], (lines[1] if len(lines) > 1 else "")
    head = _text_to_html(first).replace("</body></html>", "")
    tail = _text_to_html(rest).split("<body", 1)[1].split(">", 1)[1]
    return (
        head + '<div><img width="320" height="160" src="cid:image001.png@01DAA6F2.5C1B7E40" '
        'alt="エラー画面"></div>' + tail
    )


INLINE_CID = "image001.png@01DAA6F2.5C1B7E40"


Encoder = Callable[[str, str], str]  # (text, header name) -> encoded words


def _headers(message: EmailMessage | MIMEBase, envelope: Envelope, encode: Encoder | None) -> None:
    """Header fields; `encode` writes non-ASCII text as a legacy mailer does (None: let the
    stdlib write UTF-8 encoded words)."""

    def text(value: str, name: str) -> str:
        return encode(value, name) if encode else value

    def named(name: str, address: str) -> str:
        return formataddr((text(name, "From"), address)) if name else address

    message["From"] = named(envelope.from_name, envelope.from_address)
    message["To"] = ", ".join(named(n, a) for n, a in envelope.to)
    if envelope.cc:
        message["Cc"] = ", ".join(envelope.cc)
    message["Subject"] = text(envelope.subject, "Subject")
    message["Date"] = format_datetime(envelope.date)
    message["Message-ID"] = envelope.message_id
    if envelope.in_reply_to:
        message["In-Reply-To"] = envelope.in_reply_to
    if envelope.references:
        message["References"] = " ".join(envelope.references)
    if envelope.mailer:
        message["X-Mailer"] = envelope.mailer
    if envelope.bulk:
        message["Precedence"] = "bulk"
        message["List-Unsubscribe"] = "<https://news.cloudgyomu.example/unsubscribe>"
    if "MIME-Version" not in message:
        message["MIME-Version"] = "1.0"


def _utf8_message(envelope: Envelope, content: Content) -> bytes:
    message = EmailMessage(policy=policy.SMTP)
    _headers(message, envelope, None)
    message.set_content(content.text, charset="utf-8")
    tracking = hashlib.sha1(envelope.message_id.encode()).hexdigest()[:16]
    layout = content.html_layout
    if layout == "plain":
        message.add_alternative(_text_to_html(content.text), subtype="html")
    elif layout == "newsletter":
        message.add_alternative(_newsletter_html(content.text, tracking), subtype="html")
    elif layout == "tracking":
        message.add_alternative(_tracking_html(content.text, tracking), subtype="html")
    elif layout == "inline":
        message.add_alternative(_inline_html(content.text), subtype="html")
        html_part = message.get_payload()[1]  # type: ignore[index]
        assert isinstance(html_part, EmailMessage)
        _, _, data = attachment("error_png")
        html_part.add_related(
            data,
            "image",
            "png",
            cid=f"<{INLINE_CID}>",
            filename="image001.png",
            disposition="inline",
        )
    for key in content.attachments:
        filename, content_type, data = attachment(key)
        maintype, subtype = content_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def _jis_message(envelope: Envelope, content: Content) -> bytes:
    """Older Outlook / Thunderbird: ISO-2022-JP body, ISO-2022-JP encoded-word headers, and
    attachment names as encoded words inside the quoted parameter (not RFC 2231)."""

    def encode(value: str, name: str = "") -> str:
        # header_name: mailers fit the first encoded word on the field's own line. (A fold
        # right after "Subject:" is legal too, but our parser then keeps a leading space.)
        return Header(value, "iso-2022-jp", header_name=name or None).encode()

    text_part = MIMEText(content.text, "plain", "iso-2022-jp")
    if content.html_layout:
        body: MIMEBase = MIMEMultipart("alternative")
        body.attach(text_part)
        body.attach(MIMEText(_text_to_html(content.text), "html", "iso-2022-jp"))
    else:
        body = text_part
    if content.attachments:
        outer: MIMEBase = MIMEMultipart("mixed")
        outer.attach(body)
        for key in content.attachments:
            filename, content_type, data = attachment(key)
            part = MIMEApplication(data, content_type.split("/")[1])
            part.replace_header("Content-Type", f'{content_type}; name="{encode(filename)}"')
            part["Content-Disposition"] = f'attachment; filename="{encode(filename)}"'
            outer.attach(part)
    else:
        outer = body
    _headers(outer, envelope, encode)
    return outer.as_bytes()


def _sjis_message(envelope: Envelope, content: Content) -> bytes:
    """A feature phone or an old PC mailer: CP932 bytes labelled Shift_JIS, sent 8bit."""

    def encode(value: str, name: str = "") -> str:
        data = base64.b64encode(value.encode("cp932")).decode("ascii")
        return f"=?Shift_JIS?B?{data}?="

    holder = MIMEBase("text", "plain", charset="Shift_JIS")
    _headers(holder, envelope, encode)
    header_block = "".join(f"{name}: {value}\r\n" for name, value in holder.items())
    header_block += "Content-Transfer-Encoding: 8bit\r\n"
    body = content.text.replace("\n", "\r\n").encode("cp932")
    return header_block.encode("ascii") + b"\r\n" + body + b"\r\n"


def build_message(envelope: Envelope, content: Content) -> bytes:
    if content.charset == JIS:
        return _jis_message(envelope, content)
    if content.charset == SJIS:
        return _sjis_message(envelope, content)
    return _utf8_message(envelope, content)
