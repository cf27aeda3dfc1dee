"""Approval by policy (回し読み): which replies wait for an approver, and what the approver
does with them — approve and send, edit then send, or send back (差し戻し) to the author.

`approval_reasons` is what the send path asks (and what the compose box asks before the
agent presses 送信); every decision is an Event on the conversation and bumps its version,
so the send-time collision check (Traffic Cop) sees it.

Leads and admins are the approvers, so their own replies are not held; an agent named as
an approver of a policy may approve the replies that policy holds, never their own.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from madoguchi.actions import rollup, sla
from madoguchi.actions.base import ActionError, NotAllowed, now, record_event, role_of
from madoguchi.actions.lint_policy import HINT, lint_draft
from madoguchi.actions.notify import approvers_of, close_approval_requests, notify
from madoguchi.mail.body import above_signature
from madoguchi.mail.headers import format_addresses
from madoguchi.mail.quote import split_quoted
from madoguchi.models import (
    ApprovalPolicy,
    ApprovalRequest,
    ApprovalState,
    Conversation,
    Direction,
    Draft,
    LintMode,
    Mailbox,
    Message,
    NotificationKind,
    OutboxItem,
    OutboxState,
    Role,
)
from madoguchi.models.approval import AgentsScope
from madoguchi.quality.lint import RULES

_WORD_SPLIT = re.compile(r"[\n,、，]+")
# 円 figures: 12,000円 / 1万2千円 is rare in replies; 3万円 and ¥12,000 are common.
_YEN = re.compile(r"(?:[¥￥]\s*(\d[\d,]*)|(\d[\d,]*(?:\.\d+)?)\s*(万)?\s*円)")


@dataclass(frozen=True)
class Recipients:
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reason:
    """Why a reply needs approval; `code` is stable, `text` is in the reader's language."""

    code: str
    detail: str = ""
    policy: str = ""
    policy_ids: tuple[int, ...] = ()  # every policy that found it (their approvers decide)

    @property
    def text(self) -> str:
        return describe(self.code, self.detail)

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "detail": self.detail, "policy": self.policy}


def describe(code: str, detail: str = "") -> str:
    texts = {
        "agent": _("replies by %(detail)s are checked"),
        "first_replies": _("%(detail)s is still within their first replies"),
        "label": _("the conversation has the label %(detail)s"),
        "anger": _("the customer is angry"),
        "urgency": _("the conversation is urgent"),
        "lint": _("the reply check found: %(detail)s"),
        "word": _("the reply mentions “%(detail)s”"),
        "amount": _("the reply names an amount of %(detail)s"),
        "attachments": _("the reply has attachments"),
        "external_cc": _("Cc to an outside address: %(detail)s"),
    }
    return texts.get(code, code) % {"detail": detail}


def reasons_from_json(rows: Iterable[Any]) -> list[Reason]:
    return [
        Reason(str(row.get("code", "")), str(row.get("detail", "")), str(row.get("policy", "")))
        for row in rows
        if isinstance(row, dict)
    ]


def policies_for(conversation: Conversation) -> QuerySet[ApprovalPolicy]:
    """Active policies that apply to the conversation's mailbox (directly, through one of
    its teams, or everywhere)."""
    mailbox: Mailbox = conversation.mailbox
    return ApprovalPolicy.objects.filter(is_active=True).filter(
        Q(mailbox_id=mailbox.pk)
        | Q(team__in=mailbox.teams.all(), mailbox__isnull=True)
        | Q(team__isnull=True, mailbox__isnull=True)
    )


def amounts_in(text: str) -> list[int]:
    """Yen figures named in a text (full-width digits read too)."""
    text = unicodedata.normalize("NFKC", text)
    found = []
    for match in _YEN.finditer(text):
        figure = (match.group(1) or match.group(2) or "").replace(",", "")
        try:
            value = float(figure)
        except ValueError:
            continue
        found.append(int(value * (10_000 if match.group(3) else 1)))
    return found


def words_of(policy: ApprovalPolicy) -> list[str]:
    return [word.strip() for word in _WORD_SPLIT.split(policy.words) if word.strip()]


def known_domains(conversation: Conversation) -> set[str]:
    """Our mailboxes' domains and every domain already taking part in the conversation."""
    domains = {
        address.rpartition("@")[2].lower()
        for address in Mailbox.objects.values_list("address", flat=True)
    }
    for sender, to, cc in conversation.messages.filter(direction=Direction.INCOMING).values_list(
        "from_address", "to", "cc"
    ):
        domains.add(sender.rpartition("@")[2].lower())
        for entry in [*(to or []), *(cc or [])]:
            if isinstance(entry, dict):
                domains.add(str(entry.get("address", "")).rpartition("@")[2].lower())
    domains.discard("")
    return domains


def _is_exempt(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


def sent_reply_count(user: Any) -> int:
    return Message.objects.filter(
        author_id=user.pk, direction=Direction.OUTGOING, outbox__state=OutboxState.SENT
    ).count()


def approval_reasons(
    agent: Any,
    conversation: Conversation,
    draft_text: str,
    attachments: Sequence[Any],
    recipients: Recipients,
) -> list[Reason]:
    """Why this reply needs approval under the team's policies; [] when it does not.

    `agent` is the writing user; `attachments` anything with a length (names or uploads).
    """
    if _is_exempt(agent):
        return []
    policies = list(policies_for(conversation).prefetch_related("agents", "labels"))
    if not policies:
        return []
    text = above_signature(draft_text)
    folded = unicodedata.normalize("NFKC", text).lower()
    label_names = {label.pk: label.name for label in conversation.labels.all()}
    lint_rules = {rule for policy in policies for rule in policy.lint_rules or []}
    fired: set[str] = set()
    if lint_rules:
        modes = {
            rule.id: LintMode.WARN if rule.id in lint_rules else LintMode.OFF for rule in RULES
        }
        fired = {
            item.finding.rule
            for item in lint_draft(text, conversation.subject, modes)
            if item.mode != HINT  # a hint is not what the check asserts: no approval for it
        }
    amounts = amounts_in(text)
    external: list[str] = []
    if any(policy.on_external_cc for policy in policies) and recipients.cc:
        domains = known_domains(conversation)
        external = [
            address
            for address in recipients.cc
            if address.rpartition("@")[2].lower() not in domains
        ]
    name = getattr(getattr(agent, "agent", None), "name", "") or agent.get_username()
    sent_count: int | None = None
    reasons: dict[tuple[str, str], Reason] = {}

    def add(code: str, detail: str, policy: ApprovalPolicy) -> None:
        found = reasons.get((code, detail))
        ids = (*found.policy_ids, policy.pk) if found else (policy.pk,)
        reasons[(code, detail)] = Reason(code, detail, found.policy if found else policy.name, ids)

    for policy in policies:
        chosen = {user.pk for user in policy.agents.all()}
        who: tuple[str, str] | None = None  # the writer as this policy's chosen agent
        if agent.pk in chosen:
            if not policy.first_replies:
                who = ("agent", name)
            else:
                if sent_count is None:
                    sent_count = sent_reply_count(agent)
                if sent_count < policy.first_replies:
                    who = ("first_replies", name)
        held = _conditions(
            policy, label_names, conversation, fired, folded, amounts, attachments, external
        )
        if chosen and policy.agents_scope == AgentsScope.ONLY:
            # The agents say whom the policy is for (walk 12, F-10): anyone else's reply,
            # or theirs past their first N, is not its business; theirs is held when another
            # condition holds (or always, when the policy names no other condition).
            if who is None:
                continue
            if not held and not has_conditions(policy):
                held = [who]
        elif who is not None:
            held = [who, *held]
        for code, detail in held:
            add(code, detail, policy)
    return list(reasons.values())


def has_conditions(policy: ApprovalPolicy) -> bool:
    """Whether the policy names a condition besides its agents."""
    return bool(
        policy.labels.all()
        or policy.on_anger
        or policy.on_high_urgency
        or policy.lint_rules
        or words_of(policy)
        or policy.amount_at_least is not None
        or policy.on_attachments
        or policy.on_external_cc
    )


def _conditions(
    policy: ApprovalPolicy,
    label_names: dict[int, str],
    conversation: Conversation,
    fired: set[str],
    folded: str,
    amounts: Sequence[int],
    attachments: Sequence[Any],
    external: Sequence[str],
) -> list[tuple[str, str]]:
    """The reasons (code, detail) of the policy's conditions other than its agents."""
    found: list[tuple[str, str]] = []
    for label in policy.labels.all():
        if label.pk in label_names:
            found.append(("label", label.name))
    if policy.on_anger and conversation.emotion == "angry":
        found.append(("anger", ""))
    if policy.on_high_urgency and conversation.urgency == "high":
        found.append(("urgency", ""))
    found.extend(("lint", rule) for rule in policy.lint_rules or [] if rule in fired)
    for word in words_of(policy):
        if unicodedata.normalize("NFKC", word).lower() in folded:
            found.append(("word", word))
    if policy.amount_at_least is not None:
        large = [amount for amount in amounts if amount >= policy.amount_at_least]
        if large:
            found.append(("amount", f"{large[0]:,}円"))
    if policy.on_attachments and attachments:
        found.append(("attachments", ""))
    if policy.on_external_cc and external:
        found.append(("external_cc", ", ".join(external)))
    return found


def matching_policies(reasons: Sequence[Reason]) -> list[int]:
    return sorted({pk for reason in reasons for pk in reason.policy_ids})


def hold_for_approval(user: Any, item: OutboxItem, reasons: Sequence[Reason]) -> ApprovalRequest:
    """Record why a queued reply waits (called inside the send's transaction)."""
    request = ApprovalRequest.objects.create(
        conversation=item.conversation,
        outbox_item=item,
        author=user,
        reasons=[reason.as_json() for reason in reasons],
        text=item.message.text,
        created_at=now(),
    )
    policy_ids = matching_policies(reasons)
    request.policies.set(policy_ids)
    notify(
        approvers_of(item.conversation, policy_ids),
        NotificationKind.APPROVAL_REQUESTED,
        item.conversation,
        actor=user,
        detail={"request": request.pk},
    )
    return request


# who may approve -------------------------------------------------------------------------


def reviewable_requests(user: Any) -> QuerySet[ApprovalRequest]:
    """Pending requests this user may decide."""
    from madoguchi.actions.base import visible_conversations

    pending = ApprovalRequest.objects.filter(
        state=ApprovalState.PENDING, conversation__in=visible_conversations(user).values("id")
    )
    if _is_exempt(user):
        return pending
    return pending.filter(policies__approvers=user).exclude(author=user).distinct()


def may_review(user: Any) -> bool:
    """Leads, admins, and agents named as an approver of a policy."""
    return _is_exempt(user) or ApprovalPolicy.objects.filter(approvers=user).exists()


def _request_for(user: Any, item: OutboxItem) -> ApprovalRequest:
    # The outbox row is locked already: it guards the request too (and PostgreSQL does
    # not lock a DISTINCT query).
    request = reviewable_requests(user).filter(outbox_item_id=item.pk).first()
    if request is not None:
        return request
    if not ApprovalRequest.objects.filter(outbox_item_id=item.pk).exists() and _is_exempt(user):
        # Held before approval requests existed (the per-agent flag): decide it all the same.
        return ApprovalRequest.objects.create(
            conversation_id=item.conversation_id,
            outbox_item=item,
            author_id=item.message.author_id,
            text=item.message.text,
            created_at=now(),
        )
    raise NotAllowed("you may not approve this reply")


def _locked_item(user: Any, item: OutboxItem | int) -> OutboxItem:
    from madoguchi.actions.base import visible_conversations

    pk = item.pk if isinstance(item, OutboxItem) else item
    try:
        locked = (
            OutboxItem.objects.select_for_update(of=("self",))
            .select_related("message", "conversation")
            .get(pk=pk, conversation__in=visible_conversations(user).values("id"))
        )
    except OutboxItem.DoesNotExist:
        raise NotAllowed("no such reply") from None
    if locked.state != OutboxState.AWAITING_APPROVAL:
        raise ActionError(_("This reply is not waiting for approval."))
    return locked


def edit_diff(before: str, after: str) -> list[list[str]]:
    """Line diff for the author: [[" " | "-" | "+", line], …]."""
    rows = []
    for line in difflib.ndiff(
        before.replace("\r\n", "\n").splitlines(), after.replace("\r\n", "\n").splitlines()
    ):
        if line[:1] in (" ", "-", "+"):
            rows.append([line[:1], line[2:]])
    return rows


def _bump(conversation: Conversation, fields: list[str]) -> None:
    conversation.version += 1
    conversation.updated_at = now()
    conversation.save(update_fields=[*fields, "version", "updated_at"])


@transaction.atomic
def approve(user: Any, item: OutboxItem | int, text: str | None = None) -> OutboxItem:
    """Approve and send; with `text` different from the author's, edit then send (the
    author is shown the difference). The edited text passes the team's blocking rules."""
    from madoguchi.actions.sending import check_outgoing  # sending asks approval.py first

    locked = _locked_item(user, item)
    request = _request_for(user, locked)
    message = locked.message
    if text is not None:
        text = text.replace("\r\n", "\n")  # browsers post CRLF; the mail's text is LF
    verb = "reply_approved"
    after: dict[str, Any] = {"message": message.pk, "request": request.pk}
    edited = text is not None and text.strip() != message.text.replace("\r\n", "\n").strip()
    # What goes out passes the same gate as every send (placeholders, blocking rules),
    # also when the policy changed while the reply waited.
    # An edit arrives as the whole mail (the approver edits what the customer will read):
    # only the words above the signature and the quote are ours to check. Checking it all
    # refused the approval over the customer's own quoted "XXXX-XXXX-1234" or "〇〇".
    checked = (
        split_quoted(above_signature(text)).body
        if edited and text is not None
        else locked.own_text or message.text
    )
    check_outgoing("approve", user=user, conversation=locked.conversation, own_text=checked)
    if edited:
        assert text is not None
        if not text.strip():
            raise ActionError(_("The reply is empty."))
        diff = edit_diff(message.text, text)
        message.text = text
        message.save(update_fields=["text"])
        from madoguchi.search import index_messages

        index_messages([message])
        verb = "reply_edited_approved"
        after["diff"] = diff
    at = now()
    locked.state = OutboxState.PENDING
    locked.approved_by = user
    locked.next_attempt_at = at
    locked.save(update_fields=["state", "approved_by", "next_attempt_at"])
    request.state = ApprovalState.EDITED if edited else ApprovalState.APPROVED
    request.sent_text = message.text
    request.decided_by = user
    request.decided_at = at
    request.save(update_fields=["state", "sent_text", "decided_by", "decided_at"])
    conversation = locked.conversation
    # The customer is answered now, not when the reply was written: the SLA clock stops here.
    fields = sla.answered(conversation, at)
    if edited:
        conversation.preview = message.text.strip().splitlines()[0][:200]
        fields.append("preview")
    _bump(conversation, fields)
    record_event(conversation, user, verb, None, after, at=at)
    _tell_author(user, request, conversation)
    return locked


@transaction.atomic
def send_back(user: Any, item: OutboxItem | int, comment: str) -> ApprovalRequest:
    """差し戻し: the reply leaves the outbox and the timeline and becomes the author's
    draft again, with the approver's comment beside it."""
    if not comment.strip():
        raise ActionError(_("Say what to change: a comment is needed to send a reply back."))
    locked = _locked_item(user, item)
    request = _request_for(user, locked)
    message = locked.message
    conversation = locked.conversation
    at = now()
    if message.author_id is not None:
        # The draft is what the author typed, not the mail as composed: the signature and
        # the quote are added again on re-send, and a draft holding them quoted twice.
        returned = locked.own_text or split_quoted(above_signature(message.text)).body
        Draft.objects.update_or_create(
            conversation=conversation,
            author_id=message.author_id,
            defaults={
                "body": returned,
                "to": format_addresses(message.to or []),
                "cc": _address_text(message.cc),
                "bcc": _address_text(message.bcc),
                "seen_version": conversation.version + 1,
            },
        )
    request.state = ApprovalState.RETURNED
    request.comment = comment.strip()
    request.decided_by = user
    request.decided_at = at
    request.save(update_fields=["state", "comment", "decided_by", "decided_at"])
    message.delete()  # its outbox row goes with it; the request keeps the text
    conversation.message_count = max(conversation.message_count - 1, 0)
    _bump(conversation, ["message_count"])
    # Counted in the reports when it was written (actions/replies.send_reply): never sent.
    rollup.count_now(conversation, locked.created_at, replies=-1, agent=message.author_id)
    record_event(
        conversation,
        user,
        "reply_returned",
        None,
        {"request": request.pk, "author": request.author_id, "comment": request.comment},
        at=at,
    )
    _tell_author(user, request, conversation)
    return request


def _tell_author(user: Any, request: ApprovalRequest, conversation: Conversation) -> None:
    """The decision is the author's news; to the other approvers it is one thing less to
    do: their "approve this reply" notifications are read, no badge asks for it any more."""
    close_approval_requests([request.pk])
    notify(
        [request.author_id],
        NotificationKind.APPROVAL_DECIDED,
        conversation,
        actor=user,
        detail={"request": request.pk, "state": request.state},
    )


def _address_text(entries: Any) -> str:
    return ", ".join(
        str(entry.get("address", "")) for entry in entries or [] if isinstance(entry, dict)
    )


# what the author and the approver see ------------------------------------------------------


@dataclass
class Decided:
    request: ApprovalRequest
    diff: list[list[str]] = field(default_factory=list)


def decisions_for_author(user: Any, limit: int = 50) -> list[Decided]:
    """The author's replies an approver edited or sent back, newest first."""
    requests = (
        ApprovalRequest.objects.filter(
            author=user, state__in=(ApprovalState.EDITED, ApprovalState.RETURNED)
        )
        .select_related("conversation", "decided_by__agent")
        .order_by("-decided_at")[:limit]
    )
    return [
        Decided(
            request,
            edit_diff(request.text, request.sent_text)
            if request.state == ApprovalState.EDITED
            else [],
        )
        for request in requests
    ]


def unseen_decisions(user: Any) -> QuerySet[ApprovalRequest]:
    return ApprovalRequest.objects.filter(
        author=user,
        state__in=(ApprovalState.EDITED, ApprovalState.RETURNED),
        author_seen_at__isnull=True,
    )


def mark_decisions_seen(user: Any) -> None:
    unseen_decisions(user).update(author_seen_at=now())


def returned_to(user: Any, conversation: Conversation) -> ApprovalRequest | None:
    """The latest send-back of this author's reply in the conversation, if it is still the
    last word (no later request)."""
    latest = (
        ApprovalRequest.objects.filter(conversation=conversation, author_id=user.pk)
        .select_related("decided_by__agent")
        .order_by("-created_at", "-id")
        .first()
    )
    return latest if latest is not None and latest.state == ApprovalState.RETURNED else None


def _lenient_addresses(text: str) -> tuple[str, ...]:
    from email.utils import getaddresses

    text = text.replace("、", ",").replace("，", ",").replace(";", ",")
    return tuple(address for _, address in getaddresses([text]) if "@" in address)


def check_reply(
    user: Any,
    conversation: Conversation,
    body: str,
    *,
    to: str = "",
    cc: str = "",
    bcc: str = "",
    attachment_count: int = 0,
) -> list[Reason]:
    """What the compose box shows before sending: would this draft go to approval, and why
    (the browser says how many files are attached, without uploading them)."""
    return approval_reasons(
        user,
        conversation,
        body,
        range(attachment_count),
        Recipients(_lenient_addresses(to), _lenient_addresses(cc), _lenient_addresses(bcc)),
    )
