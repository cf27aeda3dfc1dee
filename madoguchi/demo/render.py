"""Turning the demo threads into raw mails: greetings, signatures, quoted history and
threading headers, dated relative to "now". Pure (no Django)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from madoguchi.demo.compose import (
    Content,
    Envelope,
    attribution,
    build_message,
    local_time,
    message_id,
    outlook_block,
    quote_gt,
)
from madoguchi.demo.people import AGENTS, MAILBOXES, PEOPLE
from madoguchi.demo.spec import QUOTE_AUTO, QUOTE_GT, QUOTE_NONE, QUOTE_OUTLOOK, UTF8, Mail, Thread


@dataclass(frozen=True)
class RenderedMail:
    mailbox: str  # key of MAILBOXES
    thread: str
    index: int
    at: datetime
    message_id: str
    agent: str  # the agent who wrote it, "" for a customer's mail
    raw: bytes


@dataclass(frozen=True)
class _Written:
    """A mail as its reader saw it, for the next mail's quoted history."""

    name: str
    address: str
    to: str
    at: datetime
    subject: str
    text: str
    message_id: str
    lang: str


def _mailbox_from(thread: Thread) -> tuple[str, str]:
    name, address, _, _ = MAILBOXES[thread.mailbox]
    return name, address


def _customer_of(thread: Thread) -> str:
    return next(mail.sender for mail in thread.mails if mail.sender not in AGENTS)


def _our_text(thread: Thread, mail: Mail, lang: str, salutation: str) -> str:
    agent = AGENTS[mail.sender]
    if lang == "en":
        signature = f"--\n{agent.english_name}\nTsunagu CRM Support | support@example.com"
        return f"{salutation}\n\n{mail.body}\n\nBest regards,\n{agent.english_name}\n\n{signature}"
    desk = "営業窓口" if thread.mailbox == "sales" else "サポート窓口"
    opening = "いつもツナグ顧客管理をご利用いただき、ありがとうございます。"
    if f"{agent.family_name}です" not in mail.body:
        opening += f"\nツナグ {desk}の{agent.family_name}です。"
    closing = "引き続きどうぞよろしくお願いいたします。"
    return f"{salutation}\n\n{opening}\n\n{mail.body}\n\n{closing}\n\n{agent.signature}"


def _quote_style(mail: Mail, mailer: str) -> str:
    if mail.quote != QUOTE_AUTO:
        return mail.quote
    if mail.sender in AGENTS:
        return QUOTE_GT
    if "Outlook" in mailer:
        return QUOTE_OUTLOOK
    if mailer == "docomo":
        return QUOTE_NONE  # feature phones reply without quoting
    return QUOTE_GT


def _with_history(text: str, style: str, previous: _Written | None, lang: str) -> str:
    if previous is None or style == QUOTE_NONE:
        return text
    if style == QUOTE_OUTLOOK:
        sender = f"{previous.name} <{previous.address}>" if previous.name else previous.address
        block = outlook_block(
            previous.text, sender, previous.to, previous.at, previous.subject, lang
        )
        return f"{text}\n\n{block}"
    line = attribution(previous.at, previous.name or previous.address, previous.address, lang)
    return f"{text}\n\n{line}\n{quote_gt(previous.text)}"


def _domain(address: str) -> str:
    domain = address.rpartition("@")[2]
    return "mail.gmail.com" if domain == "gmail.com" else domain


def render_thread(thread: Thread, now: datetime) -> list[RenderedMail]:
    customer = PEOPLE[_customer_of(thread)]
    lang = customer.lang
    box_name, box_address = _mailbox_from(thread)
    rendered: list[RenderedMail] = []
    history: list[_Written] = []
    for index, mail in enumerate(thread.mails):
        ours = mail.sender in AGENTS
        at = now - timedelta(hours=mail.hours_ago)
        if ours:
            person_name, address, utc_offset = box_name, box_address, 9 if lang == "ja" else 0
            mailer, charset, html = "", UTF8, ""
            text = _our_text(thread, mail, lang, customer.salutation)
            to = ((customer.name, customer.address),)
        else:
            person = PEOPLE[mail.sender]
            person_name, address, utc_offset = person.name, person.address, person.utc_offset
            mailer, charset = person.mailer, person.charset
            html = mail.html or ("plain" if person.html else "")
            text = f"{mail.body}\n\n{person.signature}" if person.signature else mail.body
            to = ((box_name, box_address),)
        previous = None if mail.fresh or not history else history[-1]
        subject = mail.subject or thread.subject
        if previous is not None and not mail.subject:
            prefix = "RE: " if "Outlook" in mailer else "Re: "
            subject = f"{prefix}{thread.subject}"
        to_line = ", ".join(f"{name} <{addr}>" if name else addr for name, addr in to)
        full_text = _with_history(text, _quote_style(mail, mailer), previous, lang)
        identifier = message_id(f"{thread.key}/{index}/{at.isoformat()}", _domain(address))
        references = () if previous is None else tuple(w.message_id for w in history)
        envelope = Envelope(
            from_name=person_name,
            from_address=address,
            to=to,
            cc=mail.cc,
            subject=subject,
            date=local_time(at, utc_offset),
            message_id=identifier,
            in_reply_to=references[-1] if references else "",
            references=references,
            mailer=mailer,
            bulk=mail.html == "newsletter",
        )
        content = Content(full_text, charset, html, mail.attachments)
        rendered.append(
            RenderedMail(
                thread.mailbox,
                thread.key,
                index,
                at,
                identifier,
                mail.sender if ours else "",
                build_message(envelope, content),
            )
        )
        history.append(
            _Written(
                person_name,
                address,
                to_line,
                local_time(at, utc_offset),
                subject,
                text,
                identifier,
                lang,
            )
        )
    return rendered


def render_all(threads: Iterable[Thread], now: datetime) -> list[RenderedMail]:
    """Every mail of every thread, oldest first (the order a mailbox receives them)."""
    mails = [mail for thread in threads for mail in render_thread(thread, now)]
    return sorted(mails, key=lambda mail: (mail.at, mail.thread, mail.index))
