"""Triage after the fact and trends over stored mail.

`retriage` re-runs quality/triage over stored customer messages (after its cue tables
changed) and refreshes each touched conversation from its latest customer message, as
ingest does. `load_topics` reads the mail of the mailboxes a user may see and hands it to
quality/trends; topic labels a lead gave replace the automatic ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Max, OuterRef, Q, Subquery
from django.db.models.functions import Substr

from madoguchi.actions.base import (
    NotAllowed,
    now,
    record_event,
    role_of,
    visible_mailbox_list,
)
from madoguchi.actions.batch import conversation_codes, conversation_reasons
from madoguchi.actions.scoping import may_manage_scope
from madoguchi.actions.trend_terms import with_shared_terms
from madoguchi.mail.greetings import without_sign_off
from madoguchi.mail.quote import split_quoted
from madoguchi.models import (
    Agent,
    Conversation,
    Direction,
    Mailbox,
    Message,
    Role,
    Team,
    TopicLabel,
)
from madoguchi.quality.trends import Topic, TrendMail, apply_labels, find_topics, own_name_terms
from madoguchi.quality.triage import triage

BATCH_SIZE = 500
TREND_WINDOWS = (7, 30)
TREND_TEXT_CHARS = 1500  # trends reads the first lines; a pasted log must not be loaded whole
TRENDS_CACHE_SECONDS = 600
TRIAGE_FIELDS = (
    "urgency",
    "emotion",
    "terse",
    "triage_score",
    "triage_reasons",
    "triage_codes",
)


@dataclass(frozen=True, slots=True)
class RetriageReport:
    messages: int
    conversations: int
    changed: int  # conversations whose urgency, emotion, terseness or score moved


def retriage(
    *,
    since: datetime | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> RetriageReport:
    """Re-triage customer messages received at or after `since` (all when None)."""
    messages = Message.objects.filter(direction=Direction.INCOMING, is_auto=False)
    if since is not None:
        messages = messages.filter(received_at__gte=since)
    last_pk = 0
    done = 0
    touched: set[int] = set()
    while True:
        # Keyset on the primary key: each batch is one indexed range scan, never an OFFSET.
        batch = list(
            messages.filter(pk__gt=last_pk)
            .order_by("pk")
            .only("pk", "conversation_id", "subject", "text", "triage")[:batch_size]
        )
        if not batch:
            break
        for message in batch:
            result = triage(message.text, subject=message.subject or None).to_stored()
            result["reasons"] = conversation_reasons(result)
            message.triage = result
            touched.add(message.conversation_id)
        Message.objects.bulk_update(batch, ["triage"])
        last_pk = batch[-1].pk
        done += len(batch)
        if progress is not None:
            progress(done)
    changed = 0
    ids = sorted(touched)
    for start in range(0, len(ids), batch_size):
        changed += _refresh_conversations(ids[start : start + batch_size])
    return RetriageReport(messages=done, conversations=len(ids), changed=changed)


@transaction.atomic
def _refresh_conversations(ids: Sequence[int]) -> int:
    """Copy each conversation's latest customer triage onto it (two queries a batch)."""
    latest: dict[int, dict[str, Any]] = {}
    rows = (
        Message.objects.filter(
            conversation_id__in=ids, direction=Direction.INCOMING, triage__isnull=False
        )
        .order_by("conversation_id", "is_auto", "-received_at", "-pk")
        .values_list("conversation_id", "triage")
    )
    for conversation_id, result in rows:
        if result is not None:  # the first row is the latest real mail
            latest.setdefault(conversation_id, result)
    conversations = list(
        Conversation.objects.filter(pk__in=list(latest)).only("pk", *TRIAGE_FIELDS)
    )
    changed = []
    for conversation in conversations:
        result = latest[conversation.pk]
        values = {
            "urgency": str(result.get("urgency", "")),
            "emotion": str(result.get("emotion", "")),
            "terse": bool(result.get("terse")),
            "triage_score": float(result.get("score", 0.0)),
            "triage_reasons": list(result.get("reasons", [])),
            "triage_codes": conversation_codes(result),
        }
        if any(getattr(conversation, field) != value for field, value in values.items()):
            for field, value in values.items():
                setattr(conversation, field, value)
            changed.append(conversation)
    Conversation.objects.bulk_update(changed, list(TRIAGE_FIELDS))
    return len(changed)


@dataclass(frozen=True, slots=True)
class MailRef:
    conversation_id: int
    subject: str
    received_at: datetime


@dataclass(frozen=True, slots=True)
class Trends:
    days: int
    mail_count: int
    topics: tuple[Topic, ...]
    mails: dict[str, MailRef]  # TrendMail.key → where it lives, for links


def trend_key(conversation_id: int, message_id: int) -> str:
    """A mail's key in trends output: conversation and message ids ("12.345")."""
    return f"{conversation_id}.{message_id}"


def conversation_of(key: str) -> int | None:
    head = key.partition(".")[0]
    return int(head) if head.isdigit() else None


def trend_mailboxes(user: Any | None, mailbox: Mailbox | None = None) -> list[int]:
    """Ids of the mailboxes a trends view reads: the user's (all for the command)."""
    if user is None:
        mailboxes = Mailbox.objects.all()
        if mailbox is not None:
            mailboxes = mailboxes.filter(pk=mailbox.pk)
        return sorted(mailboxes.values_list("pk", flat=True))
    return sorted(m.pk for m in visible_mailbox_list(user) if mailbox is None or m.pk == mailbox.pk)


def load_topics(
    mailbox_ids: Iterable[int],
    *,
    days: int,
    at: datetime | None = None,
    cached: bool = True,
    team_ids: Iterable[int] = (),
) -> Trends:
    """Recurring topics of the conversations customers started in the last `days` days in
    these mailboxes. Each conversation counts once, by its first customer mail: a long
    thread is one problem, and replies ("Re: …", thanks, names) would only blur topics.
    Topics are named as `team_ids`' leads named them, else as an admin did (global)."""
    at = at or now()
    ids = sorted(set(mailbox_ids))
    # The longest window's mail is grouped for every window: see find_topics' context_days.
    start = at - timedelta(days=max(days, *TREND_WINDOWS))
    first_mail = (
        Message.objects.filter(conversation=OuterRef("pk"), direction=Direction.INCOMING)
        .order_by("received_at", "pk")
        .values("pk")[:1]
    )
    started = Conversation.objects.filter(
        mailbox_id__in=ids, merged_into__isnull=True, created_at__gte=start, created_at__lte=at
    ).annotate(first_mail=Subquery(first_mail))
    messages = Message.objects.filter(
        pk__in=started.values("first_mail"), is_auto=False, received_at__lte=at
    )
    # New mail changes the answer; otherwise clustering is not redone for every page view.
    shape = messages.aggregate(count=Count("pk"), last=Max("pk"))
    key = f"madoguchi:trends:2:{days}:{','.join(map(str, ids))}:{shape['count']}:{shape['last']}"
    trends: Trends | None = cache.get(key) if cached else None
    if trends is None:
        trends = _compute(messages, days, at, _own_terms(ids))
        if cached:
            cache.set(key, trends, TRENDS_CACHE_SECONDS)
    labels = topic_names(team_ids)
    return Trends(
        trends.days, trends.mail_count, tuple(apply_labels(trends.topics, labels)), trends.mails
    )


def _own_terms(mailbox_ids: Sequence[int]) -> frozenset[str]:
    """Our own names as the mailboxes and their people write them (names, addresses,
    signatures in both languages): customers name the company and the product in mail of
    every kind, so those words never name a topic (walk 8: "last / tsunagu / month")."""
    texts: list[str] = []
    for row in Mailbox.objects.filter(pk__in=mailbox_ids).values_list(
        "name", "address", "signature", "signature_en"
    ):
        texts += row
    for signatures in (
        Agent.objects.filter(teams__mailboxes__in=mailbox_ids)
        .distinct()
        .values_list("signature", "signature_en")
    ):
        texts += signatures
    return own_name_terms(*texts)


def _compute(messages: Any, days: int, at: datetime, own_terms: frozenset[str]) -> Trends:
    mails: list[TrendMail] = []
    refs: dict[str, MailRef] = {}
    # A fixed order: the clustering depends on it, and PostgreSQL returns rows in any order
    # (the same mails gave 5 or 4 in one topic between runs).
    rows = (
        messages.annotate(head=Substr("text", 1, TREND_TEXT_CHARS))
        .order_by("pk")
        .values_list(
            "pk",
            "conversation_id",
            "subject",
            "head",
            "received_at",
            "from_name",
            "conversation__customer__name",
            "conversation__customer__organization__name",
        )
    )
    for pk, conversation_id, subject, head, received_at, *names in rows.iterator(chunk_size=2000):
        key = trend_key(conversation_id, pk)
        # The sender's, customer's and company's names are in greetings and signatures
        # of every kind of mail: never a topic's name (s8 walk).
        names = tuple(name for name in names if name)
        # One defect in both languages is one topic: shared keys before grouping.
        text = with_shared_terms(f"{subject}\n{_own_words(head, names)}")
        mails.append(TrendMail(key, received_at, text, names=names))
        refs[key] = MailRef(conversation_id, subject, received_at)
    topics = find_topics(
        mails, now=at, window_days=days, own_terms=own_terms, context_days=max(TREND_WINDOWS)
    )
    # Only the examples are linked from the page; the other keys stay in the export.
    shown = {key for topic in topics for key in topic.example_keys}
    window_start = at - timedelta(days=days)
    in_window = sum(1 for mail in mails if mail.received_at >= window_start)
    return Trends(days, in_window, tuple(topics), {k: v for k, v in refs.items() if k in shown})


def _own_words(body: str | None, names: tuple[str, ...]) -> str:
    """What the customer wrote now, without the quoted history and a signature below the
    closing line: neither says what this mail is about."""
    own = split_quoted(body or "").body or (body or "")
    return without_sign_off(own, names)


def may_label_topics(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


def topic_names(team_ids: Iterable[int] = ()) -> dict[str, str]:
    """Automatic topic label → the name leads gave it (one query): a team's own name wins
    over the global one; of several teams' names, the lowest team id's."""
    rows = list(
        TopicLabel.objects.filter(Q(team__isnull=True) | Q(team__in=list(team_ids))).values_list(
            "team_id", "auto_label", "label"
        )
    )
    names = {auto_label: label for team_id, auto_label, label in rows if team_id is None}
    by_team = sorted((row for row in rows if row[0] is not None), key=lambda row: -int(row[0]))
    for _team_id, auto_label, label in by_team:
        names[auto_label] = label
    return names


@transaction.atomic
def set_topic_label(
    user: Any, auto_label: str, label: str, team: Team | None = None
) -> TopicLabel | None:
    """Name a topic for a team (its leads) or for everyone (team None: admins); an empty
    label goes back to the automatic one."""
    if not may_label_topics(user) or not may_manage_scope(user, team.pk if team else None):
        raise NotAllowed("only a team's leads name its topics; admins the global names")
    auto_label = auto_label.strip()[:300]
    label = label.strip()[:300]
    before = TopicLabel.objects.filter(auto_label=auto_label, team=team).first()
    if not label or label == auto_label:
        if before is not None:
            before.delete()
        record_event(
            None,
            user,
            "topic_label_cleared",
            {"auto_label": auto_label, "team": team.pk if team else None},
            None,
        )
        return None
    row, _ = TopicLabel.objects.update_or_create(
        auto_label=auto_label, team=team, defaults={"label": label, "updated_by": user}
    )
    record_event(
        None,
        user,
        "topic_label_set",
        {"auto_label": auto_label, "label": before.label if before else None},
        {"label": label, "team": team.pk if team else None},
    )
    return row
