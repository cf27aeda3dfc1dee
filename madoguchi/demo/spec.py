"""The shape of the demo content: people, mails and threads as plain frozen data.

Times are hours before "now", so the demo never looks stale: a thread whose first mail
is 30 hours old is overdue whenever the demo is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

# How a mail is encoded on the wire, as the mailers our customers use write it.
UTF8 = "utf-8"  # Gmail, Apple Mail, current Outlook
JIS = "iso-2022-jp"  # older Outlook / Thunderbird set to Japanese
SJIS = "shift_jis"  # feature phones (docomo) and old PC mailers; CP932 bytes in practice

# Quoting of the previous mail in a reply.
QUOTE_AUTO = "auto"  # as the sender's mailer does: Outlook blocks, 「>」, or nothing (phones)
QUOTE_NONE = ""
QUOTE_GT = ">"  # 「>」 quoting under an attribution line
QUOTE_OUTLOOK = "outlook"  # -----Original Message----- block


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    address: str
    lang: str = "ja"
    salutation: str = ""  # how we address them: 「木村様」, "Hi Sarah"
    signature: str = ""
    charset: str = UTF8
    mailer: str = ""  # X-Mailer / User-Agent, for realism only
    html: bool = False  # their mailer sends multipart/alternative with HTML
    utc_offset: int = 9  # hours; the Date header is written in the sender's zone


@dataclass(frozen=True)
class Agent:
    username: str
    name: str  # display name, e.g. 田中 健太
    english_name: str  # signs English replies
    family_name: str  # used in 「サポート窓口の田中です」
    role: str  # admin / lead / agent
    teams: tuple[str, ...]
    signature: str  # Japanese signature (English replies get a short English one)


@dataclass(frozen=True)
class Mail:
    sender: str  # a Person key, or an Agent username for our replies
    hours_ago: float
    body: str
    quote: str = QUOTE_AUTO
    attachments: tuple[str, ...] = ()  # keys of demo/attachments.py FILES
    html: str = ""  # "", or a key of demo/compose.py's special HTML layouts
    cc: tuple[str, ...] = ()  # addresses
    subject: str = ""  # "" = the thread's subject (with Re: for replies)
    fresh: bool = False  # a new mail, not a reply: no In-Reply-To (threads by itself)


@dataclass(frozen=True)
class Note:
    author: str  # agent username
    text: str  # may contain @mentions


@dataclass(frozen=True)
class Thread:
    key: str
    subject: str
    mails: tuple[Mail, ...]
    mailbox: str = "support"
    owner: str = ""  # agent username; "" = unassigned
    status: str = ""  # "" = whatever the ingest made of it (new / waiting / open)
    priority: int | None = None  # 0 urgent (至急), 2 low (後で)
    labels: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    snooze_hours: float | None = None  # snoozed until this many hours from now
    draft: str = ""  # an unsent draft by the owner


def said(sender: str, hours_ago: float, body: str, **options: object) -> Mail:
    """A customer's mail (their signature is added when it is written out)."""
    return Mail(sender, hours_ago, body.strip("\n"), **options)  # type: ignore[arg-type]


# Our reply: the same shape, sent by an agent username from the mailbox address; the
# greeting and the agent's signature are added when it is written out.
replied = said
