"""Building raw test mails the way real mailers write them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

JST = timezone(timedelta(hours=9))
BASE_TIME = datetime(2026, 11, 20, 9, 0, tzinfo=JST)


def make_mail(
    *,
    sender: str = "taro@acme.co.jp",
    sender_name: str = "山田 太郎",
    to: str = "support@example.com",
    cc: str | None = None,
    subject: str = "返金について",
    body: str = "先日の注文の返金について教えてください。",
    message_id: str | None = "<m1@acme.co.jp>",
    in_reply_to: str | None = None,
    references: str | None = None,
    date: datetime | None = None,
    charset: str = "utf-8",
    extra_headers: dict[str, str] | None = None,
) -> bytes:
    message = MIMEText(body, "plain", charset)
    message["From"] = formataddr((str(Header(sender_name, charset)), sender))
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = Header(subject, charset)
    if message_id:
        message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = references
    message["Date"] = format_datetime(date or BASE_TIME)
    for name, value in (extra_headers or {}).items():
        message[name] = value
    return message.as_bytes()
