"""Which conversation an incoming message belongs to.

In order: Message-ID references, Outlook's Thread-Index, a [#123] conversation tag in the
subject, then — for reply-shaped subjects only — the same customer's recent conversation
with the same normalised subject. A reference only counts when the sender took part in the
referenced conversation: replies from many people to one announcement stay apart, and a
forged In-Reply-To cannot attach a stranger's mail to someone else's conversation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from madoguchi.mail.parse import ParsedMessage
from madoguchi.mail.threading import (
    conversation_tag,
    is_reply_subject,
    referenced_ids,
    subject_key,
    thread_index_root,
)
from madoguchi.models import Conversation, Message

SUBJECT_FALLBACK_WINDOW = timedelta(days=30)
# "Open or recent": a customer who writes a fresh mail instead of replying usually does so
# within a day (about 30% of new conversations); older closed ones are just history.
PREDECESSOR_WINDOW = timedelta(days=1)
OPEN_STATUSES = ("new", "open", "waiting")


@dataclass(frozen=True)
class KnownMessage:
    conversation_id: int
    customer_id: int | None
    participants: frozenset[str]
    is_auto: bool


@dataclass
class ThreadContext:
    """Messages stored earlier in the same batch (not yet visible to queries)."""

    mailbox_id: int
    by_message_id: dict[str, KnownMessage] = field(default_factory=dict)
    by_thread_index: dict[str, KnownMessage] = field(default_factory=dict)
    # Ids and roots already looked up in the database (found or not): not asked again.
    looked_up_ids: set[str] = field(default_factory=set)
    looked_up_roots: set[str] = field(default_factory=set)
    # (customer, subject key) → conversation started in this batch, for the subject fallback.
    by_subject: dict[tuple[int, str], int] = field(default_factory=dict)
    # conversation → the one it was merged into (None: not merged), known from a prefetch.
    merged_into: dict[int, int | None] = field(default_factory=dict)

    def prefetch(self, message_ids: set[str], roots: set[str]) -> None:
        """Look up a whole batch's references in two queries instead of one per mail."""
        ids = [
            i for i in message_ids if i not in self.looked_up_ids and i not in self.by_message_id
        ]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self._in_mailbox(
                Message.objects.filter(message_id__in=chunk).values(*_KNOWN_FIELDS, *_CHECKED)
            )
            self.by_message_id.update(_known_from_rows(rows))  # newest wins
            self.looked_up_ids.update(chunk)
        wanted = [r for r in roots if r and r not in self.looked_up_roots]
        if wanted:
            rows = self._in_mailbox(
                Message.objects.filter(thread_index__in=wanted).values(
                    "thread_index", *_KNOWN_FIELDS, *_CHECKED
                )
            )
            for row in rows:
                known = _known_from_rows([row])
                self.by_thread_index[str(row["thread_index"])] = next(iter(known.values()))
            self.looked_up_roots.update(wanted)

    def _in_mailbox(self, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        """The rows of this mailbox, oldest first.

        Mailbox and order are applied here, not in SQL: given a condition on conversations
        or an ORDER BY, SQLite may walk every message of the mailbox (in date order)
        instead of the message_id / thread_index index: 35–66 ms a batch at 40,000
        messages, growing with the mailbox.
        """
        mine = [row for row in rows if row["conversation__mailbox_id"] == self.mailbox_id]
        return sorted(mine, key=lambda row: row["received_at"])


@dataclass(frozen=True)
class ThreadMatch:
    conversation_id: int
    reason: str  # "references", "thread-index", "tag", "subject"


def participants_of(parsed: ParsedMessage) -> frozenset[str]:
    addresses = [parsed.from_] if parsed.from_ else []
    addresses += [*parsed.to, *parsed.cc, *parsed.reply_to]
    return frozenset(a.address.lower() for a in addresses if a.address)


def _known_from_rows(rows: list[dict[str, object]]) -> dict[str, KnownMessage]:
    known: dict[str, KnownMessage] = {}
    for row in rows:
        addresses = {str(row["from_address"]).lower()}
        for entry in [*(row["to"] or []), *(row["cc"] or [])]:  # type: ignore[misc]
            if isinstance(entry, dict) and entry.get("address"):
                addresses.add(str(entry["address"]).lower())
        known[str(row["message_id"])] = KnownMessage(
            conversation_id=int(row["conversation_id"]),  # type: ignore[call-overload]
            customer_id=row["conversation__customer_id"],  # type: ignore[arg-type]
            participants=frozenset(addresses),
            is_auto=bool(row["is_auto"]),
        )
    return known


_CHECKED = ("conversation__mailbox_id", "received_at")
_KNOWN_FIELDS = (
    "message_id",
    "conversation_id",
    "conversation__customer_id",
    "from_address",
    "to",
    "cc",
    "is_auto",
)


def _belongs(known: KnownMessage, sender: str, customer_id: int | None) -> bool:
    if customer_id is not None and known.customer_id == customer_id:
        return True
    # Someone else in the thread (a colleague in CC) may answer, unless the referenced
    # mail was bulk: every recipient of an announcement is "in" it.
    return not known.is_auto and sender in known.participants


def _resolve_merges(conversation_id: int, context: ThreadContext) -> int:
    if conversation_id < 0:  # started in this very batch: not merged into anything
        return conversation_id
    seen = set()
    current = conversation_id
    while current not in seen:
        seen.add(current)
        if current in context.merged_into:
            target = context.merged_into[current]
        else:
            target = (
                Conversation.objects.filter(pk=current)
                .values_list("merged_into_id", flat=True)
                .first()
            )
        if not target:
            return current
        current = target
    return current


def find_conversation(
    parsed: ParsedMessage,
    sender: str,
    customer_id: int | None,
    context: ThreadContext,
    at: datetime,
) -> ThreadMatch | None:
    ids = referenced_ids(parsed.in_reply_to, parsed.references)
    if ids:
        known = {i: context.by_message_id[i] for i in ids if i in context.by_message_id}
        missing = [i for i in ids if i not in known and i not in context.looked_up_ids]
        if missing:
            rows = list(
                Message.objects.filter(
                    conversation__mailbox_id=context.mailbox_id, message_id__in=missing[:100]
                )
                .order_by("-received_at")
                .values(*_KNOWN_FIELDS)
            )
            for key, value in _known_from_rows(rows).items():
                known.setdefault(key, value)
        for message_id in ids:
            candidate = known.get(message_id)
            if candidate and _belongs(candidate, sender, customer_id):
                return ThreadMatch(
                    _resolve_merges(candidate.conversation_id, context), "references"
                )

    root = thread_index_root(parsed.header("thread-index"))
    if root:
        candidate = context.by_thread_index.get(root)
        if candidate is None and root not in context.looked_up_roots:
            rows = list(
                Message.objects.filter(
                    conversation__mailbox_id=context.mailbox_id, thread_index=root
                )
                .order_by("-received_at")
                .values(*_KNOWN_FIELDS)[:1]
            )
            candidate = next(iter(_known_from_rows(rows).values()), None)
        if candidate and _belongs(candidate, sender, customer_id):
            return ThreadMatch(_resolve_merges(candidate.conversation_id, context), "thread-index")

    tag = conversation_tag(parsed.subject)
    if tag is not None and customer_id is not None:
        row = (
            Conversation.objects.filter(pk=tag, mailbox_id=context.mailbox_id)
            .values("customer_id", "customer__organization_id")
            .first()
        )
        if row and _same_customer_or_organization(row, customer_id):
            return ThreadMatch(_resolve_merges(tag, context), "tag")

    if customer_id is not None and is_reply_subject(parsed.subject):
        key = subject_key(parsed.subject)
        if key and (customer_id, key) in context.by_subject:
            return ThreadMatch(context.by_subject[(customer_id, key)], "subject")
        if key:
            # A conversation merged into another counts too, and leads to the one it was
            # merged into: the customer's "Re: 二重に請求されています" after that conversation
            # was merged into their follow-up opened a new, unassigned one (walk 12, F-21).
            found = (
                Conversation.objects.filter(
                    mailbox_id=context.mailbox_id,
                    customer_id=customer_id,
                    subject_key=key,
                    last_message_at__gte=at - SUBJECT_FALLBACK_WINDOW,
                )
                .order_by("-last_message_at")
                .values_list("id", flat=True)
                .first()
            )
            if found:
                return ThreadMatch(_resolve_merges(found, context), "subject")
    return None


def _same_customer_or_organization(row: Mapping[str, Any], customer_id: int) -> bool:
    if row["customer_id"] == customer_id:
        return True
    organization = row["customer__organization_id"]
    if organization is None:
        return False
    from madoguchi.models import Customer

    return Customer.objects.filter(pk=customer_id, organization_id=organization).exists()
