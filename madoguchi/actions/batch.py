"""One batch of incoming mail written to the database: the core both ingest doors share.

`Batch.add` threads and builds the rows of each prepared mail (customer, conversation,
message, attachments, events); `Batch.flush` writes them with a few multi-row statements,
links likely predecessors, applies the sorting rules and indexes the text for search.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils.dateparse import parse_datetime

from madoguchi.actions import rollup, rows, sla
from madoguchi.actions.base import now
from madoguchi.actions.budget import ParsePool, configured_budget
from madoguchi.actions.customers import CustomerCache, customer_for_address
from madoguchi.actions.followup import withdraw_followups
from madoguchi.actions.notify import notify
from madoguchi.actions.prepare import PreparedMail
from madoguchi.actions.rules import RuleInput, active_rules, apply_rules
from madoguchi.actions.threading import (
    OPEN_STATUSES,
    PREDECESSOR_WINDOW,
    KnownMessage,
    ThreadContext,
    find_conversation,
    participants_of,
)
from madoguchi.mail.ids import verify_message_id
from madoguchi.mail.parse import ParsedMessage
from madoguchi.mail.spam import BlockList, marked_as_spam
from madoguchi.mail.threading import referenced_ids, subject_key, thread_index_root
from madoguchi.models import (
    Attachment,
    BlockedSender,
    Conversation,
    Direction,
    Event,
    Mailbox,
    Message,
    NotificationKind,
    RawMessage,
    Status,
)
from madoguchi.search.backends import backend_for

log = logging.getLogger(__name__)

FUTURE_SLACK = timedelta(hours=1)
MAX_PREDECESSORS = 5  # offered for merging per new conversation


@dataclass(frozen=True)
class IncomingMail:
    raw: bytes
    source: str
    received_at: datetime | None = None  # IMAP INTERNALDATE; None: the Date header or now


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    with_defects: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    conversations_created: int = 0

    def add(self, other: IngestReport) -> None:
        self.stored += other.stored
        self.duplicates += other.duplicates
        self.with_defects += other.with_defects
        self.failed.extend(other.failed)
        self.conversations_created += other.conversations_created


@dataclass
class IngestSession:
    """State kept across the batches of one import or fetch run."""

    mailbox: Mailbox
    customers: CustomerCache = field(default_factory=CustomerCache)
    # Whether a mail From the mailbox's own address is ours (an agent's reply). True for
    # what an admin imports (an archive, a Sent folder); False for mail fetched from the
    # internet, where only our signed Message-ID proves it: anyone can forge a From.
    trust_own_address: bool = False
    # The child processes that parse this session's mail (actions/budget.py), started on first use.
    parse_pool: ParsePool | None = None

    def prepare(self, raws: Sequence[bytes]) -> list[PreparedMail]:
        """Prepare mails in the session's parse pool, each within the configured budget."""
        if self.parse_pool is None:
            self.parse_pool = ParsePool(settings.ATTACHMENT_DIR, budget=configured_budget())
        return self.parse_pool.prepare(raws)

    def forget_rolled_back(self) -> None:
        """After a batch's transaction rolled back: the customers and organisations it
        created are gone, so the ids cached for them must go too (or the next batch
        points its conversations at rows that do not exist, and every mail after fails)."""
        self.customers = CustomerCache()

    def close(self) -> None:
        if self.parse_pool is not None:
            self.parse_pool.close()
            self.parse_pool = None


def _received_at(item: IncomingMail, parsed: ParsedMessage, current: datetime) -> datetime:
    if item.received_at is not None:
        return item.received_at
    if parsed.date is not None and parsed.date <= current + FUTURE_SLACK:
        return parsed.date
    return current


def _is_ours(parsed: ParsedMessage, session: IngestSession) -> bool:
    sender = parsed.from_.address.lower() if parsed.from_ else ""
    if sender != session.mailbox.address.lower():
        return False
    if session.trust_own_address:
        return True
    from madoguchi.actions.replies import message_id_secret

    return verify_message_id(parsed.message_id or "", message_id_secret()) is not None


def clean_text(text: str) -> str:
    """Text fit for a database column."""
    # PostgreSQL text and jsonb cannot hold NUL; a broken mail can. The raw copy keeps it.
    return text.replace("\x00", "\ufffd") if "\x00" in text else text


def _address_list(addresses: Sequence[object]) -> list[dict[str, str]]:
    return [
        {"name": clean_text(a.name), "address": clean_text(a.address)}  # type: ignore[attr-defined]
        for a in addresses
    ]


def conversation_reasons(triage: dict[str, Any]) -> list[str]:
    return [clean_text(str(reason)) for reason in triage.get("reasons") or []]


def conversation_codes(triage: dict[str, Any]) -> list[list[str]]:
    """The reasons as [code, quoted words] (rendered later in the reader's language)."""
    codes = triage.get("codes") or []
    return [
        [clean_text(str(item[0])), clean_text(str(item[1]))]
        for item in codes
        if isinstance(item, (list, tuple)) and len(item) == 2
    ]


class Batch:
    """Applies prepared mails whose raw rows exist, inside the caller's transaction."""

    def __init__(self, session: IngestSession) -> None:
        self.session = session
        self.mailbox = session.mailbox
        self.context = ThreadContext(mailbox_id=self.mailbox.pk)
        self.touched: dict[int, Conversation] = {}
        self.messages: list[Message] = []
        self.tokens: list[str] = []
        self.attachments: list[tuple[Message, PreparedMail]] = []
        self.events: list[Event] = []
        self.new_conversations: list[Conversation] = []
        self.fresh: list[Conversation] = []  # created in this batch, not inserted yet
        self.fresh_keys: dict[int, int] = {}  # id(conversation) → its negative key
        self.loaded: dict[int, Conversation] = {}  # fetched ahead by prefetch()
        self.rule_inputs: list[tuple[Conversation, RuleInput]] = []
        self.customer_replied: set[int] = set()  # existing conversations the customer answered
        # The customer's name per answered conversation: its owner hears "X replied" (s8
        # walk: a snoozed conversation reopened as urgent and nothing reached the bell).
        self.replied_by: dict[int, tuple[Conversation, str]] = {}
        self.report = IngestReport()
        self.sla = sla.current_setup()
        self.tally = rollup.Tally()
        self.block_list = BlockList.of(BlockedSender.objects.values_list("pattern", flat=True))

    def prefetch(self, prepared: Sequence[PreparedMail]) -> None:
        """Batch look-ups: references, Outlook thread roots and sender addresses."""
        ids: set[str] = set()
        roots: set[str] = set()
        senders: dict[str, str] = {}
        bulk: set[str] = set()
        for ready in prepared:
            parsed = ready.parsed
            ids.update(referenced_ids(parsed.in_reply_to, parsed.references))
            roots.add(thread_index_root(parsed.header("thread-index")))
            if parsed.from_ and not _is_ours(parsed, self.session):
                address = clean_text(parsed.from_.address.lower())
                senders.setdefault(address, clean_text(parsed.from_.name))
                if parsed.auto_submitted or parsed.list_id:
                    bulk.add(address)
        self.context.prefetch(ids, roots)
        self.session.customers.prefetch(senders, frozenset(bulk))
        # The conversations those references point at, in one query.
        wanted = {k.conversation_id for k in self.context.by_message_id.values()}
        wanted |= {k.conversation_id for k in self.context.by_thread_index.values()}
        self.loaded = Conversation.objects.in_bulk([pk for pk in wanted if pk > 0])
        self.context.merged_into.update((pk, c.merged_into_id) for pk, c in self.loaded.items())

    def _key(self, conversation: Conversation) -> int:
        if conversation.pk is not None:
            return int(conversation.pk)
        return self.fresh_keys[id(conversation)]

    def _conversation(self, conversation_id: int) -> Conversation:
        conversation = self.touched.get(conversation_id)
        if conversation is None:
            conversation = self.loaded.get(conversation_id) or Conversation.objects.get(
                pk=conversation_id
            )
            self.touched[conversation_id] = conversation
        return conversation

    def add(self, raw: RawMessage, item: IncomingMail, prepared: PreparedMail) -> None:
        parsed = prepared.parsed
        current = now()
        at = _received_at(item, parsed, current)
        outgoing = _is_ours(parsed, self.session)
        sender = parsed.from_.address.lower() if parsed.from_ else ""
        customer_id = None
        if not outgoing and sender:
            customer_id = customer_for_address(
                clean_text(sender),
                clean_text(parsed.from_.name if parsed.from_ else ""),
                self.session.customers,
                bulk=parsed.auto_submitted or bool(parsed.list_id),
            )
        match = find_conversation(parsed, sender, customer_id, self.context, at)
        if match is None:
            conversation = self._new_conversation(
                parsed, customer_id, at, outgoing, prepared.triage
            )
        else:
            conversation = self._conversation(match.conversation_id)
        message = Message(
            conversation=conversation,
            # By key, not raw=raw: a one-to-one caches each side on the other, and that cycle
            # left every batch's raw bytes and rows to the cyclic GC (its full collections
            # were a fifth of the storing process's CPU), not freed when the batch ends.
            raw_id=raw.pk,
            direction=Direction.OUTGOING if outgoing else Direction.INCOMING,
            message_id=clean_text(parsed.message_id or "")[:998],
            in_reply_to=clean_text(parsed.in_reply_to or "")[:998],
            references=clean_text(" ".join(parsed.references)),
            thread_index=thread_index_root(parsed.header("thread-index")),
            from_name=clean_text(parsed.from_.name if parsed.from_ else "")[:300],
            from_address=clean_text(sender)[:320],
            to=_address_list(parsed.to),
            cc=_address_list(parsed.cc),
            subject=clean_text(parsed.subject).strip()[:998],
            date=parsed.date,
            received_at=at,
            text=clean_text(parsed.text),
            html=clean_text(parsed.html) if parsed.html is not None else None,
            defects=[clean_text(defect) for defect in parsed.defects],
            is_auto=parsed.auto_submitted,
            triage=prepared.triage,
        )
        if message.triage:
            message.triage = {**message.triage, "reasons": conversation_reasons(message.triage)}
        self.messages.append(message)
        self.tokens.append(prepared.search_tokens)
        if parsed.attachments:
            self.attachments.append((message, prepared))
        self._update_conversation(conversation, message, prepared, created=match is None)
        known = KnownMessage(
            conversation_id=self._key(conversation),
            customer_id=conversation.customer_id,
            participants=participants_of(parsed),
            is_auto=parsed.auto_submitted,
        )
        if parsed.message_id:
            self.context.by_message_id[parsed.message_id] = known
        if message.thread_index:
            self.context.by_thread_index.setdefault(message.thread_index, known)
        self.report.stored += 1
        if parsed.defects:
            self.report.with_defects += 1

    def _new_conversation(
        self,
        parsed: ParsedMessage,
        customer_id: int | None,
        at: datetime,
        outgoing: bool,
        triage_of: dict[str, Any] | None = None,
    ) -> Conversation:
        sender = parsed.from_.address if parsed.from_ else ""
        spam = not outgoing and (
            marked_as_spam(parsed.header("x-spam-flag"), parsed.header("x-spam-status"))
            or self.block_list.blocks(sender)
        )
        conversation = Conversation(
            mailbox=self.mailbox,
            subject=clean_text(parsed.subject).strip()[:998],
            subject_key=clean_text(subject_key(parsed.subject)),
            status=Status.WAITING if outgoing else Status.SPAM if spam else Status.NEW,
            customer_id=customer_id,
            created_at=at,
            updated_at=at,
            last_message_at=at,
            last_customer_message_at=None if outgoing else at,
        )
        # Inserted with the others at flush, in one statement; until then a negative key
        # stands for it in the batch's threading context.
        self.fresh.append(conversation)
        key = -len(self.fresh)
        self.touched[key] = conversation
        self.fresh_keys[id(conversation)] = key
        if customer_id is not None:
            self.context.by_subject.setdefault((customer_id, conversation.subject_key), key)
        self.report.conversations_created += 1
        self.events.append(
            Event(
                conversation=conversation,
                verb="created",
                after={"status": conversation.status},
                created_at=at,
            )
        )
        if customer_id is not None:
            self.new_conversations.append(conversation)
        if not outgoing:
            self.tally.count(conversation, at, received=1)
        # Spam gets no rules: no assignment, and never an automatic reply to a spammer.
        if not outgoing and not spam:
            triage = triage_of or {}
            mail = RuleInput(
                sender,
                parsed.subject,
                parsed.text,
                recipients=tuple(a.address for a in (*parsed.to, *parsed.cc)),
                has_attachment=any(not a.inline for a in parsed.attachments),
                language=str(triage.get("lang") or ""),
                urgency=str(triage.get("urgency") or ""),
                emotion=str(triage.get("emotion") or ""),
            )
            self.rule_inputs.append((conversation, mail))
        return conversation

    def _update_conversation(
        self, conversation: Conversation, message: Message, prepared: PreparedMail, created: bool
    ) -> None:
        at = message.received_at
        conversation.message_count += 1
        conversation.version += 0 if created else 1
        if conversation.last_message_at is None or at >= conversation.last_message_at:
            conversation.last_message_at = at
            conversation.preview = prepared.preview
        conversation.updated_at = max(conversation.updated_at, at)
        if message.direction == Direction.OUTGOING:
            if conversation.first_response_at is None and not created:
                conversation.first_response_at = at
            if not created and conversation.status in (Status.NEW, Status.OPEN):
                conversation.status = Status.WAITING  # answered: the customer's turn
            if not created:
                sla.on_response(conversation, at, self.sla, self.tally)
                self.tally.count(conversation, at, replies=1)
            return
        if message.is_auto and not created:
            return  # an out-of-office answer does not reopen anything
        if not created and conversation.pk:
            self.customer_replied.add(conversation.pk)
            self.replied_by[conversation.pk] = (
                conversation,
                message.from_name or message.from_address,
            )
        if (
            conversation.last_customer_message_at is None
            or at > conversation.last_customer_message_at
        ):
            conversation.last_customer_message_at = at
        if prepared.triage and (created or at >= (conversation.last_customer_message_at or at)):
            conversation.urgency = prepared.triage.get("urgency", "")
            conversation.emotion = prepared.triage.get("emotion", "")
            conversation.terse = bool(prepared.triage.get("terse"))
            conversation.triage_score = float(prepared.triage.get("score", 0.0))
            conversation.triage_reasons = conversation_reasons(prepared.triage)
            conversation.triage_codes = conversation_codes(prepared.triage)
        if not created and conversation.status in (
            Status.WAITING,
            Status.RESOLVED,
            Status.NO_ACTION,
        ):
            before = conversation.status
            conversation.status = Status.OPEN
            conversation.resolved_at = None
            if before != Status.WAITING:
                self.tally.count(conversation, at, reopened=1)
            self.events.append(
                Event(
                    conversation=conversation,
                    verb="status_changed",
                    before={"status": before},
                    after={"status": Status.OPEN, "why": "customer_replied"},
                    created_at=at,
                )
            )
        if conversation.snoozed_until is not None:
            conversation.snoozed_until = None
            if conversation.status == Status.WAITING:
                conversation.status = Status.OPEN
            sla.on_wake(conversation, at, self.sla)
        sla.on_customer_message(conversation, at, self.sla)

    def _notify_owners(self) -> None:
        """Tell each owner their customer wrote again (once per conversation and batch)."""
        for conversation, name in self.replied_by.values():
            if conversation.owner_id is not None:
                notify(
                    [conversation.owner_id],
                    NotificationKind.CUSTOMER_REPLIED,
                    conversation,
                    detail={"name": name},
                )

    def flush(self) -> IngestReport:
        existing = [c for key, c in self.touched.items() if key > 0]
        rows.insert(self.fresh)
        for message in self.messages:
            message.conversation_id = message.conversation.pk
        for event in self.events:
            event.conversation_id = event.conversation.pk  # type: ignore[union-attr]
        rows.insert(self.messages)
        attachments = [
            Attachment(
                message=message,
                filename=item.filename[:500],
                content_type=item.content_type[:200],
                size=item.size,
                sha256=sha256,
                content_id=(item.content_id or "")[:500],
                inline=item.inline,
            )
            for message, prepared in self.attachments
            for item, sha256 in zip(
                prepared.parsed.attachments, prepared.attachment_hashes, strict=True
            )
        ]
        rows.insert(attachments)
        rows.insert(self.events)
        self._link_predecessors()
        backend = backend_for()
        # The documents of the conversations this batch answers are rewritten below
        # (index_new_mail): their previous tokens (read here, on SQLite) or their messages,
        # then the new messages', with the filters of their rows as they are then. Dropped
        # before the update: a status it changes (a customer's reply reopens, ours makes it
        # waiting) would make the filter triggers rewrite each one's whole document first,
        # a rewrite thrown away a moment later (FTS5 and the GIN index: twice the work).
        previous = backend.drop_documents([int(c.pk) for c in existing])
        rows.update(existing, _CONVERSATION_FIELDS)
        # A follow-up not gone yet must not reach a customer who has just written (after the
        # update above: it adjusts the counts the batch has just written).
        if withdraw_followups(self.customer_replied):
            # A withdrawn follow-up's message is gone and its conversation's document was
            # rebuilt without it (search/signals.py): the documents read above are stale.
            previous = {}
        self._notify_owners()
        self.tally.flush()
        if self.rule_inputs:
            try:
                with transaction.atomic():  # a broken rule must not keep mail from being stored
                    apply_rules(active_rules(self.mailbox.pk), self.rule_inputs)
            except Exception:  # noqa: BLE001 - logged; the mail itself is stored regardless
                log.exception("sorting rules failed for a batch of %d", len(self.rule_inputs))
        backend.index_new_mail(
            [
                (message.pk, message.conversation_id, tokens)
                for message, tokens in zip(self.messages, self.tokens, strict=True)
            ],
            new_conversations={conversation.pk for conversation in self.fresh},
            previous=previous,
        )
        return self.report

    def _link_predecessors(self) -> None:
        """Same customer, open or recent: offered for merging, never merged (two queries)."""
        if not self.new_conversations:
            return
        new_per_customer = Counter(c.customer_id for c in self.new_conversations)
        earliest = min(c.created_at for c in self.new_conversations) - PREDECESSOR_WINDOW
        candidates = _recent_conversations_of(
            self.mailbox.pk,
            sorted(pk for pk in new_per_customer if pk is not None),
            earliest,
            MAX_PREDECESSORS + max(new_per_customer.values()),
        )
        by_customer: dict[int, list[tuple[int, datetime, datetime, str]]] = {}
        for pk, customer_id, created_at, last_message_at, status in candidates:
            by_customer.setdefault(customer_id, []).append(
                (pk, created_at, last_message_at or created_at, status)
            )
        links: list[tuple[int, int]] = []
        for conversation in self.new_conversations:
            at = conversation.created_at
            earlier = [
                (last, pk)
                for pk, created, last, status in by_customer.get(conversation.customer_id or 0, [])
                if pk != conversation.pk
                and created < at
                and (status in OPEN_STATUSES or last >= at - PREDECESSOR_WINDOW)
            ]
            for _, pk in sorted(earlier, reverse=True)[:MAX_PREDECESSORS]:
                links.append((conversation.pk, pk))
        # The new conversations have no links yet: plain rows, no conflict to ignore.
        rows.insert_pairs(Conversation.likely_predecessors.through, links)


Candidate = tuple[int, int, datetime, datetime | None, str]


def _recent_conversations_of(
    mailbox_id: int, customer_ids: list[int], earliest: datetime, limit: int
) -> list[Candidate]:
    """Each customer's `limit` most recently active conversations that are open or active
    since `earliest` (not merged away), as (id, customer, created, last message, status):
    looked up customer by customer in conv_customer, which holds every column tested and
    returned, so a batch reads those customers' index entries and no conversation row.

    Written as one window over `customer IN (…)` before (session 9), SQLite chose the
    mailbox's index instead and read every conversation of the mailbox each batch: the
    import slowed down with the database (at 100,000 mails, ~80,000 rows a batch). Then
    (sessions 10–13) the index gave the ids and each candidate's row was read twice (its
    columns, then again by primary key): a known customer's new conversation cost the
    storing process 1.09 ms at 25,000 mails and 1.49 ms at 100,000, rows scattered over a
    table ever larger than the page cache. The newest `5 + new in this batch` always hold
    the five a new conversation links to, unless older mail is imported after newer; a
    sender with thousands of open conversations (an imported archive) costs `limit`
    index entries, not thousands."""
    customer_ids = sorted(set(customer_ids))
    if not customer_ids:
        return []
    adapt = connection.ops.adapt_datetimefield_value
    chosen = (
        "SELECT p.id, p.customer_id, p.created_at, p.last_message_at, p.status "
        "FROM madoguchi_conversation p WHERE p.customer_id = {customer} "
        "AND p.mailbox_id = %s AND p.merged_into_id IS NULL "
        f"AND (p.status IN ({', '.join(['%s'] * len(OPEN_STATUSES))}) "
        "OR p.last_message_at >= %s) "
        "ORDER BY p.last_message_at DESC{nulls}, p.id DESC LIMIT %s"
    )
    inner = [mailbox_id, *OPEN_STATUSES, adapt(earliest), limit]
    found: list[Candidate] = []
    # SQLite: at most 500 terms in a compound SELECT (SQLITE_MAX_COMPOUND_SELECT).
    for start in range(0, len(customer_ids), 200):
        chunk = customer_ids[start : start + 200]
        if connection.vendor == "postgresql":
            sql = (
                "SELECT p.* FROM unnest(%s::bigint[]) AS k(customer_id) CROSS JOIN LATERAL ("
                + chosen.format(customer="k.customer_id", nulls=" NULLS LAST")
                + ") p"
            )
            params: list[Any] = [chunk, *inner]
        else:
            # SQLite has no LATERAL: one LIMITed select per customer, all in one statement
            # (EXPLAIN: SEARCH p USING COVERING INDEX conv_customer). NULLs sort last in
            # DESC there already.
            one = "SELECT * FROM (" + chosen.format(customer="%s", nulls="") + ")"
            sql = " UNION ALL ".join([one] * len(chunk))
            params = [value for customer_id in chunk for value in (customer_id, *inner)]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            found.extend(
                (pk, customer_id, _as_datetime(created), _as_datetime(last), status)
                for pk, customer_id, created, last, status in cursor.fetchall()
            )
    return found


def _as_datetime(value: Any) -> Any:
    """A datetime column as the ORM gives it: SQLite's cursor returns it naive (UTC, as
    stored) or as its text."""
    parsed = value if value is None or isinstance(value, datetime) else parse_datetime(str(value))
    if parsed is not None and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


_CONVERSATION_FIELDS = (
    "message_count",
    "version",
    "last_message_at",
    "last_customer_message_at",
    "first_response_at",
    "updated_at",
    "preview",
    "status",
    "resolved_at",
    "snoozed_until",
    "urgency",
    "emotion",
    "terse",
    "triage_score",
    "triage_reasons",
    *sla.SLA_FIELDS,
    "triage_codes",
)
