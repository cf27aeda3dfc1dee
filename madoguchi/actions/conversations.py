"""Changing a conversation: owner, status, priority, labels, snooze, merge and unmerge.

Each action is atomic, checks that the user may see the conversation, records an Event
and bumps the conversation's version (so a colleague about to send sees the change).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F, Max, OuterRef, Subquery
from django.utils.translation import gettext as _

from madoguchi.actions import sla
from madoguchi.actions.base import (
    ActionError,
    NotAllowed,
    SystemActor,
    now,
    record_event,
    role_of,
    visible_conversations,
)
from madoguchi.actions.notify import notify, withdraw
from madoguchi.actions.outbox import follow_merge
from madoguchi.actions.scoping import visible_scope
from madoguchi.actions.snoozing import MAX_SNOOZE
from madoguchi.models import (
    Agent,
    Conversation,
    Direction,
    Label,
    MergeRecord,
    Message,
    Note,
    NotificationKind,
    OutboxState,
    Priority,
    Role,
    Status,
    Team,
)
from madoguchi.models.accounts import present_q
from madoguchi.quality.related import TopicMatch, compare_topics
from madoguchi.search import reindex_conversations


def _lock(user: Any, conversation: Conversation | int) -> Conversation:
    """Re-read the conversation inside the transaction, locked, if the user may see it."""
    pk = conversation.pk if isinstance(conversation, Conversation) else conversation
    try:
        return visible_conversations(user).select_for_update().get(pk=pk)
    except Conversation.DoesNotExist:
        raise NotAllowed("no such conversation") from None


def _touch(conversation: Conversation, fields: list[str]) -> None:
    conversation.version = F("version") + 1
    conversation.updated_at = now()
    conversation.save(update_fields=[*fields, "version", "updated_at"])
    conversation.refresh_from_db(fields=["version"])


def _may_work_in(user: Any, mailbox_id: int) -> bool:
    role = role_of(user)
    if role == Role.ADMIN:
        return True
    return Team.objects.filter(mailboxes__id=mailbox_id, agents__user=user).exists()


@transaction.atomic
def assign(
    user: Any, conversation: Conversation | int, owner: Any | None, *, away: Any | None = None
) -> Conversation:
    """Give the conversation to `owner` (None: unassign). Agents may take or release
    conversations; giving one to someone else is for leads, or agents of the same team.
    `away`: the absent colleague it is handed over from (the notification says so)."""
    conversation = _lock(user, conversation)
    if owner is not None and not _may_work_in(owner, conversation.mailbox_id):
        raise ActionError(_("that person does not work in this mailbox"))
    if owner is not None and owner != user and role_of(user) not in (Role.ADMIN, Role.LEAD):
        if not _may_work_in(user, conversation.mailbox_id):
            raise NotAllowed(_("you may not assign conversations of this mailbox"))
    before = conversation.owner_id
    if before == (owner.pk if owner else None):
        return conversation
    # A deadline passed while the worker was away: the miss stays with the one it passed on.
    fields = ["owner", *sla.hold_missed_target(conversation, now())]
    conversation.owner = owner
    # Assigning is not answering: a 未対応 conversation stays 未対応 (first in the queue, the
    # SLA clock running) until someone replies, whoever assigned it, one by one or in bulk
    # (s8 walk: three bulk-assigned conversations turned 対応中 though nobody had answered).
    _touch(conversation, fields)
    record_event(
        conversation,
        user,
        "assigned",
        {"owner": before},
        {"owner": owner.pk if owner else None, "name": _name(owner)},
    )
    if before is not None:
        # 「あなたに割り当てました」 that the previous owner has not read yet is no longer true
        # (walk 23: a bulk assignment undone left both agents an unread "assigned to you").
        withdraw(before, NotificationKind.ASSIGNED, conversation)
    if owner is not None:
        detail = {"by": user.name} if isinstance(user, SystemActor) else {}
        if away is not None:
            detail["away"] = _name(away)
        notify([owner], NotificationKind.ASSIGNED, conversation, actor=user, detail=detail)
    return conversation


def _name(user: Any | None) -> str:
    if user is None:
        return ""
    try:
        return str(user.agent.name)  # loaded already when the caller selected it
    except Agent.DoesNotExist:
        return str(user.get_username())


def next_team_member(team: Team) -> Any | None:
    """The next present member of the team after the last one given work (round-robin),
    remembered on the team; None when nobody is available. Leads and admins are skipped
    unless the team says they take mail too."""
    team = Team.objects.select_for_update().get(pk=team.pk)
    members = (
        get_user_model()
        .objects.filter(present_q("agent__"), agent__teams=team, is_active=True)
        .select_related("agent")
        .order_by("id")
    )
    if not team.round_robin_includes_leads:
        members = members.filter(agent__role=Role.AGENT)
    people = list(members)
    if not people:
        return None
    following = [m for m in people if team.last_assigned_id and m.pk > team.last_assigned_id]
    chosen = following[0] if following else people[0]
    team.last_assigned = chosen
    team.save(update_fields=["last_assigned"])
    return chosen


@transaction.atomic
def assign_round_robin(user: Any, conversation: Conversation | int, team: Team) -> Conversation:
    """Assign to the next present member of the team after the last one given work."""
    chosen = next_team_member(team)
    if chosen is None:
        raise ActionError(_("nobody in this team is available"))
    return assign(user, conversation, chosen)


@transaction.atomic
def set_status(user: Any, conversation: Conversation | int, status: str) -> Conversation:
    if status not in Status.values:
        raise ActionError(_("unknown status %(value)r") % {"value": status})
    conversation = _lock(user, conversation)
    before = conversation.status
    if before == status:
        return conversation
    conversation.status = status
    fields = ["status"]
    if status == Status.RESOLVED:
        conversation.resolved_at = now()
        fields.append("resolved_at")
    elif before == Status.RESOLVED:
        conversation.resolved_at = None
        fields.append("resolved_at")
    if status in (Status.RESOLVED, Status.NO_ACTION) and conversation.snoozed_until:
        conversation.snoozed_until = None
        fields.append("snoozed_until")
    sla.on_status(conversation, before, now())
    _touch(conversation, [*fields, *sla.SLA_FIELDS])
    record_event(conversation, user, "status_changed", {"status": before}, {"status": status})
    return conversation


@transaction.atomic
def set_priority(user: Any, conversation: Conversation | int, priority: int) -> Conversation:
    if priority not in Priority.values:
        raise ActionError(_("unknown priority %(value)r") % {"value": priority})
    conversation = _lock(user, conversation)
    before = conversation.priority
    if before == priority:
        return conversation
    conversation.priority = priority
    sla.refresh(conversation, now())
    _touch(conversation, ["priority", *sla.SLA_FIELDS])
    record_event(
        conversation, user, "priority_changed", {"priority": before}, {"priority": priority}
    )
    return conversation


@transaction.atomic
def add_label(user: Any, conversation: Conversation | int, label: Label) -> Conversation:
    conversation = _lock(user, conversation)
    if not Label.objects.filter(visible_scope(user), pk=label.pk).exists():
        raise NotAllowed("no such label")  # another team's label
    return _add_label(user, conversation, label)


def _add_label(user: Any, conversation: Conversation, label: Label) -> Conversation:
    if conversation.labels.filter(pk=label.pk).exists():
        return conversation
    conversation.labels.add(label)
    sla.refresh(conversation, now())
    _touch(conversation, list(sla.SLA_FIELDS))
    # The id too: the timeline hides another team's label by it, whatever it is called now.
    record_event(
        conversation, user, "label_added", None, {"label": label.name, "label_id": label.pk}
    )
    return conversation


@transaction.atomic
def add_label_named(user: Any, conversation: Conversation | int, name: str) -> Conversation:
    """Add the label called `name`. Agents pick from the labels they see (their teams'
    and the global ones); leads and admins (and sorting rules) may create a new one: a
    lead's goes to their team that works in this mailbox, an admin's is global."""
    name = " ".join(name.split())[:100]
    if not name:
        raise ActionError(_("a label needs a name"))
    conversation = _lock(user, conversation)  # no label is created for a stranger
    label = Label.objects.filter(visible_scope(user), name__iexact=name).first()
    if label is None:
        role = role_of(user)
        if role not in (Role.ADMIN, Role.LEAD):
            raise ActionError(
                _("there is no label called %(name)s: pick one of the list") % {"name": name}
            )
        team = None
        if role == Role.LEAD:
            team = Team.objects.filter(
                mailboxes__id=conversation.mailbox_id, agents__user=user
            ).first()
            if team is None:
                raise ActionError(_("leads create labels only for their own teams"))
        if Label.objects.filter(name__iexact=name).exists():  # another team's
            raise ActionError(_("a label called %(name)s exists already") % {"name": name})
        label = Label.objects.create(name=name, team=team)
        record_event(
            None, user, "label_created", None, {"label": label.name, "team": label.team_id}
        )
    return _add_label(user, conversation, label)


@transaction.atomic
def remove_label(user: Any, conversation: Conversation | int, label: Label) -> Conversation:
    conversation = _lock(user, conversation)
    if not Label.objects.filter(visible_scope(user), pk=label.pk).exists():
        # Another team's private label on a shared mailbox's conversation: not shown to
        # this user, so not theirs to take off (the page never offers it; a forged post).
        raise NotAllowed("no such label")
    if not conversation.labels.filter(pk=label.pk).exists():
        return conversation
    conversation.labels.remove(label)
    sla.refresh(conversation, now())
    _touch(conversation, list(sla.SLA_FIELDS))
    record_event(
        conversation, user, "label_removed", {"label": label.name, "label_id": label.pk}, None
    )
    return conversation


@transaction.atomic
def snooze(
    user: Any, conversation: Conversation | int, until: datetime, until_reply: bool = False
) -> Conversation:
    """Hide the conversation until `until`; it then comes back as open (worker timer).
    `until_reply` (お客様の返信まで) is refused while the conversation is 未対応: the customer
    waits on us, and hiding it for two weeks would hide its SLA deadline with it (s6 walk).
    A refusal, not a warning: nothing in the queue would show the clock running while hidden."""
    if until <= now():
        raise ActionError(_("choose a time in the future"))
    if until > now() + MAX_SNOOZE:
        raise ActionError(_("snooze at most %(days)d days ahead") % {"days": MAX_SNOOZE.days})
    conversation = _lock(user, conversation)
    if until_reply and conversation.status == Status.NEW:
        raise ActionError(
            _(
                "“Until the customer replies” is for a conversation waiting on the customer; "
                "this one is New: the customer is waiting on us. Reply first, or choose a time."
            )
        )
    before = conversation.snoozed_until
    conversation.snoozed_until = until
    sla.on_snooze(conversation, now())
    _touch(conversation, ["snoozed_until", *sla.SLA_FIELDS])
    record_event(
        conversation,
        user,
        "snoozed",
        {"until": before.isoformat() if before else None},
        # お客様の返信まで is said as such on the page, not only as its fallback date (s9-ui).
        {"until": until.isoformat(), **({"until_reply": True} if until_reply else {})},
    )
    return conversation


@transaction.atomic
def unsnooze(user: Any, conversation: Conversation | int) -> Conversation:
    """End the snooze now: the conversation is back where it was, in the status it kept
    while hidden (a 未対応 mail is 未対応 again, not 対応中), its paused clocks running.
    Walk 12 (F-12): a mis-tapped 明日の朝 could only be undone by snoozing to a near time."""
    conversation = _lock(user, conversation)
    before = conversation.snoozed_until
    if before is None:
        raise ActionError(_("this conversation is not snoozed"))
    conversation.snoozed_until = None
    changed = _wake_status(conversation)
    sla.on_wake(conversation, now())
    _touch(conversation, ["snoozed_until", *changed, *sla.SLA_FIELDS])
    record_event(
        conversation,
        user,
        "unsnoozed",
        {"until": before.isoformat()},
        {"status": conversation.status},
    )
    return conversation


def _wake_status(conversation: Conversation) -> list[str]:
    """The status a conversation wakes in, the same whether the snooze ran out or was ended
    by hand: a woken conversation needs a human. 返信待ち becomes 対応中 (left 返信待ち it
    went back to the folder nobody watches, and the reminder the snooze was came to
    nothing); 未対応 stays 未対応 (it already says nobody has answered — 対応中 would claim
    someone is on it); the rest keep theirs. The fields changed."""
    if conversation.status == Status.WAITING:
        conversation.status = Status.OPEN
        return ["status"]
    return []


def wake_snoozed(at: datetime | None = None) -> int:
    """Bring back conversations whose snooze has ended (run by the worker's timer)."""
    at = at or now()
    woken = 0
    for pk in Conversation.objects.filter(snoozed_until__lte=at).values_list("pk", flat=True):
        with transaction.atomic():
            conversation = Conversation.objects.select_for_update().get(pk=pk)
            if conversation.snoozed_until is None or conversation.snoozed_until > at:
                continue
            before = conversation.status
            conversation.snoozed_until = None
            changed = _wake_status(conversation)
            sla.on_wake(conversation, at)
            _touch(conversation, ["snoozed_until", *changed, *sla.SLA_FIELDS])
            after = {"status": conversation.status}
            record_event(conversation, None, "snooze_ended", {"status": before}, after)
            woken += 1
    return woken


def topic_matches(item: Conversation, others: list[Conversation]) -> dict[int, TopicMatch]:
    """How alike `item` is to each of `others` (the same customer's conversations), read
    from the customers' own mails: the subject and the first mail from the customer. Not
    `preview`, which after a reply is our reply's first line — the salutation
    「青葉物流株式会社」 — so two answered conversations of one company looked alike by
    its name (walk 12, F-5). The customer's and their company's names are no topic."""
    ids = [item.pk, *(other.pk for other in others)]
    # Only each conversation's first customer mail: a long thread's other texts stay unread.
    first_mail = (
        Message.objects.filter(conversation_id=OuterRef("pk"), direction=Direction.INCOMING)
        .order_by("received_at", "id")
        .values("id")[:1]
    )
    firsts = dict(
        Conversation.objects.filter(pk__in=ids)
        .annotate(first_mail=Subquery(first_mail))
        .values_list("first_mail", "pk")
    )
    opening = {
        firsts[mail_id]: text
        for mail_id, text in Message.objects.filter(
            pk__in=[mail_id for mail_id in firsts if mail_id is not None]
        ).values_list("id", "text")
    }
    names: list[str] = []
    for conversation in (item, *others):
        customer = conversation.customer
        if customer is not None:
            names.append(customer.name)
            if customer.organization is not None:
                names.append(customer.organization.name)
    first = (item.subject, opening.get(item.pk, item.preview))
    return {
        other.pk: compare_topics(
            first, (other.subject, opening.get(other.pk, other.preview)), names=names
        )
        for other in others
    }


@transaction.atomic
def merge(user: Any, source: Conversation | int, target: Conversation | int) -> Conversation:
    """Move every message and note of `source` into `target`; source is closed. What moved
    is kept in a MergeRecord, so that `unmerge` can put it back."""
    source = _lock(user, source)
    target = _lock(user, target)
    if source.pk == target.pk:
        raise ActionError(_("a conversation cannot be merged into itself"))
    if source.mailbox_id != target.mailbox_id:
        raise ActionError(_("only conversations of the same mailbox can be merged"))
    if source.merged_into_id is not None:
        raise ActionError(_("this conversation is already merged"))
    owner, status = merge_inherits(source, target)
    message_ids = list(Message.objects.filter(conversation=source).values_list("pk", flat=True))
    note_ids = list(source.notes.values_list("pk", flat=True))
    had = set(target.labels.values_list("pk", flat=True))
    gained = [pk for pk in source.labels.values_list("pk", flat=True) if pk not in had]
    MergeRecord.objects.create(
        source=source,
        target=target,
        message_ids=message_ids,
        note_ids=note_ids,
        label_ids=gained,
        source_status=source.status,
        target_created_at=target.created_at,
        merged_by=user if getattr(user, "is_authenticated", False) else None,
        merged_at=now(),
    )
    moved = Message.objects.filter(pk__in=message_ids).update(conversation=target)
    follow_merge(message_ids, source, target)
    source.notes.update(conversation=target)
    reindex_conversations([source.pk, target.pk])  # the messages' words moved with them
    target.labels.add(*gained)
    target.created_at = min(source.created_at, target.created_at)
    _restamp(target)
    at = now()
    promise_before = _take_promise(target, source)
    sla.on_merge(target, source, at)
    if promise_before is not None:
        sla.refresh(target, at)  # also while 返信待ち, where on_merge changes nothing
    _touch(target, [*_STAMPS, "created_at", *_PROMISE, *sla.SLA_FIELDS])
    # The merged conversation's own clocks are left as they were: the timer and the folders
    # pass over merged conversations, and undoing the merge gives them back unchanged.
    source.merged_into = target
    source.status = Status.NO_ACTION
    source.message_count = 0
    _touch(source, ["merged_into", "status", "message_count"])
    source.likely_successors.clear()
    target.likely_predecessors.remove(source)
    # What the kept conversation takes over is written down, so undoing the merge can give
    # it back (the merge record predates it and has no place for it).
    inherited = {
        **({"owner": owner.pk, "owner_before": target.owner_id} if owner is not None else {}),
        **({"status": status, "status_before": target.status} if status is not None else {}),
        **({"promise_before": promise_before} if promise_before is not None else {}),
    }
    record_event(target, user, "merged", {"from": source.pk}, {"messages": moved, **inherited})
    record_event(source, user, "merged_into", None, {"into": target.pk})
    if owner is not None:
        target = assign(user, target, owner)
    if status is not None:
        target = set_status(user, target, status)
    return target


_PROMISE = ["promised_at", "promise_quote"]


def _take_promise(target: Conversation, source: Conversation) -> list[str | None] | None:
    """A dated promise we made in the merged conversation (actions/promises) is the kept
    one's: the earlier of the two, as the customer waits for the first date said (session
    18: it stayed on the closed conversation, which the timer passes over, and the kept
    one's header and clock knew nothing of it). Returns the kept one's promise before
    (due as ISO text, quote), for undoing the merge; None when it keeps its own."""
    theirs = source.promised_at
    if theirs is None or (target.promised_at is not None and target.promised_at <= theirs):
        return None
    before = [
        target.promised_at.isoformat() if target.promised_at else None,
        target.promise_quote,
    ]
    target.promised_at, target.promise_quote = theirs, source.promise_quote
    return before


def _give_back_promise(
    target: Conversation, source: Conversation, at: datetime
) -> tuple[list[str], bool]:
    """Undoing the merge: the kept conversation's own promise comes back, unless a reply
    that left since replaced or fulfilled the one it took (actions/promises.on_reply_left).
    The merged one kept its own all along. Returns the fields changed, and whether the
    promise taken was answered since by a reply from the kept conversation (then the merged
    one's copy of it is answered too: session 18 left it standing after the undo)."""
    merged = (
        target.events.filter(verb="merged", before__from=source.pk)
        .order_by("-created_at", "-pk")
        .first()
    )
    before = ((merged.after or {}) if merged is not None else {}).get("promise_before")
    if before is None:
        return [], False
    if target.promised_at != source.promised_at:
        return [], True
    due, quote = before
    target.promised_at = datetime.fromisoformat(due) if due else None
    target.promise_quote = quote
    sla.refresh(target, at)
    return [*_PROMISE, *sla.SLA_FIELDS], False


def merge_inherits(source: Conversation, target: Conversation) -> tuple[Any | None, str | None]:
    """What the kept conversation takes over from the one merged into it: its owner, when
    the kept one has none, and 対応中 when the kept one is still 未対応 but the merged one
    was being worked on (walk 11, F-1: a customer's follow-up merged with the conversation
    an agent owned came out unassigned and 未対応; the owner did not see it). The preview
    says so before the merge. (None, None): nothing changes."""
    owner = None
    if target.owner_id is None and source.owner_id is not None:
        if _may_work_in(source.owner, target.mailbox_id):
            owner = source.owner
    worked_on = source.status in (Status.OPEN, Status.WAITING)
    status = Status.OPEN if target.status == Status.NEW and worked_on else None
    return owner, status


_STAMPS = ["last_message_at", "last_customer_message_at", "message_count"]


def _restamp(conversation: Conversation) -> None:
    """Message count and latest times from the messages the conversation now holds."""
    messages = Message.objects.filter(conversation=conversation)
    conversation.message_count = messages.count()
    conversation.last_message_at = messages.aggregate(at=Max("received_at"))["at"]
    conversation.last_customer_message_at = messages.filter(direction=Direction.INCOMING).aggregate(
        at=Max("received_at")
    )["at"]


@dataclass(frozen=True)
class SinceMerge:
    """What happened in the merged conversation after the merge: what undoing it must say
    before it is done (s8 walk: an undo brought back a customer already answered)."""

    target_id: int
    replies: list[Message]  # our mails sent from the merged conversation since
    notes: int  # notes added there since (they stay there)
    # Replies written since that did not reach the customer (failed, taken back, held):
    # said as such, so the undo neither claims an answer nor hides an attempt (walk 12 F-26).
    undelivered: int = 0


def since_merge(user: Any, source: Conversation | int) -> SinceMerge:
    source_pk = source.pk if isinstance(source, Conversation) else source
    conversation = visible_conversations(user).filter(pk=source_pk).first()
    if conversation is None:
        raise NotAllowed("no such conversation")
    if conversation.merged_into_id is None:
        raise ActionError(_("this conversation is not merged"))
    record = _open_merge_record(conversation.pk, conversation.merged_into_id)
    if record is None:
        raise ActionError(_("this merge was made before merges could be undone"))
    return _since(record)


def _open_merge_record(source_pk: int, target_pk: int) -> MergeRecord | None:
    return (
        MergeRecord.objects.filter(source_id=source_pk, target_id=target_pk, undone_at__isnull=True)
        .order_by("-merged_at", "-pk")
        .first()
    )


def _since(record: MergeRecord) -> SinceMerge:
    # Only a reply that went or is going out answered the customer: one that failed, was
    # taken back or still waits for approval did not (walk 12, F-26: the undo said 「お客様
    # にはすでに返信済みです」 of a failed reply and would have parked the conversation in
    # 返信待ち). A reply with no outbox row came from the Sent folder: it went.
    not_delivered = [OutboxState.FAILED, OutboxState.CANCELLED, OutboxState.AWAITING_APPROVAL]
    written = Message.objects.filter(
        conversation_id=record.target_id,
        direction=Direction.OUTGOING,
        received_at__gt=record.merged_at,
    ).exclude(pk__in=record.message_ids)
    replies = list(
        written.exclude(outbox__state__in=not_delivered)
        .select_related("author__agent")
        .order_by("received_at", "id")
    )
    undelivered = written.filter(outbox__state__in=not_delivered).count()
    notes = (
        Note.objects.filter(conversation_id=record.target_id, created_at__gt=record.merged_at)
        .exclude(pk__in=record.note_ids)
        .count()
    )
    return SinceMerge(
        target_id=record.target_id, replies=replies, notes=notes, undelivered=undelivered
    )


@transaction.atomic
def unmerge(user: Any, source: Conversation | int) -> Conversation:
    """Undo the merge of `source`: its messages, notes and labels go back, its status too.
    Mail that arrived in the merged conversation afterwards stays where it is."""
    source = _lock(user, source)
    if source.merged_into_id is None:
        raise ActionError(_("this conversation is not merged"))
    target = _lock(user, source.merged_into_id)
    if target.merged_into_id is not None:
        raise ActionError(
            _("#%(id)d was merged again afterwards: undo that merge first") % {"id": target.pk}
        )
    record = _open_merge_record(source.pk, target.pk)
    if record is None:
        raise ActionError(_("this merge was made before merges could be undone"))
    since = _since(record)
    moved = Message.objects.filter(pk__in=record.message_ids, conversation=target).update(
        conversation=source
    )
    back = Message.objects.filter(pk__in=record.message_ids, conversation=source)
    follow_merge(list(back.values_list("pk", flat=True)), target, source)
    reindex_conversations([source.pk, target.pk])
    target.notes.filter(pk__in=record.note_ids).update(conversation=source)
    target.labels.remove(*record.label_ids)
    target.created_at = record.target_created_at
    _restamp(target)
    given_back, promise_answered = _give_back_promise(target, source, now())
    _touch(target, [*_STAMPS, "created_at", *given_back])
    source.merged_into = None
    source.status = record.source_status
    _restamp(source)
    after: dict[str, Any] = {"messages": moved}
    if promise_answered:  # a reply from the kept one kept or replaced the date: not owed twice
        source.promised_at, source.promise_quote = None, None
        sla.refresh(source, now())
    # A reply sent from the merged conversation after the customer's latest mail here
    # answered it (it quoted this mail): back as 返信待ち with that reply named, never as
    # 未対応, or a colleague answers a second time.
    last_in = source.last_customer_message_at
    answer = next(
        (
            reply
            for reply in reversed(since.replies)
            if last_in is None or reply.received_at >= last_in
        ),
        None,
    )
    if answer is not None and source.status in (Status.NEW, Status.OPEN):
        before = source.status
        source.status = Status.WAITING
        sla.on_status(source, before, now())
        after.update(
            answered_in=target.pk,
            answered_by=_name(answer.author) or answer.from_name,
            answered_at=answer.received_at.isoformat(),
            status=Status.WAITING,
        )
    _touch(source, ["merged_into", "status", *_STAMPS, *_PROMISE, *sla.SLA_FIELDS])
    record.undone_at = now()
    record.save(update_fields=["undone_at"])
    record_event(target, user, "unmerged", {"from": source.pk}, {"messages": moved})
    record_event(source, user, "unmerged_from", {"from": target.pk}, after)
    _give_back_inherited(user, target, source.pk, answered=bool(since.replies))
    return source


def _give_back_inherited(user: Any, target: Conversation, source_pk: int, answered: bool) -> None:
    """The owner and status the kept conversation took over in the merge go back with it,
    unless someone changed them since (walk 11 F-1: after an undo, the follow-up stayed the
    other agent's). A reply sent since the merge keeps the status it led to."""
    merged = (
        target.events.filter(verb="merged", before__from=source_pk)
        .order_by("-created_at", "-pk")
        .first()
    )
    inherited = (merged.after or {}) if merged is not None else {}
    if "owner" in inherited and target.owner_id == inherited["owner"]:
        before = inherited["owner_before"]
        assign(user, target, get_user_model().objects.filter(pk=before).first() if before else None)
    if "status" in inherited and target.status == inherited["status"] and not answered:
        set_status(user, target, inherited["status_before"])
