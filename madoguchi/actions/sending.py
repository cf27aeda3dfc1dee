"""Every way a mail leaves madoguchi, and the checks each one passes: one gate.

A path that sends calls `check_outgoing(path, …)` before it queues anything and
`after_queued(…)` after; a new path is added to SEND_PATHS with the checks it owes, and
tests/transport/test_send_paths.py runs each listed path against the same bad drafts.
The body the customer receives is decided here too (`compose_body`, with mail/body.py),
so the preview, the stored message and the bytes sent are one text.

Checks, in order: no text of its own → refused; an unfilled placeholder → refused, named
(the reply checker's `placeholder_left`, whatever the team's policy for it); the team's
blocking and must-acknowledge reply-check rules; questions the agent answers once ("添付"
without an attachment, recipients to confirm per the mailbox's setting); then whether a
lead must approve it. Queuing then bumps the conversation's version (the send-time
collision check relies on it) and re-indexes the message for search.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from madoguchi.actions.approval import Reason, Recipients, approval_reasons
from madoguchi.actions.base import ActionError, shown_name
from madoguchi.actions.lint_policy import enforce_lint_policy, mailbox_team_ids
from madoguchi.actions.presence import present_in
from madoguchi.actions.recipient_check import suggestion_text, suggestions
from madoguchi.mail.body import QuotedOriginal, Signatures, normalise_newlines, outgoing_body
from madoguchi.mail.greeting import greeted_name, is_someone_known
from madoguchi.models import (
    Agent,
    Conversation,
    Direction,
    Mailbox,
    Message,
    OutboxItem,
    OutboxState,
    Presence,
)
from madoguchi.models.mailboxes import ConfirmBeforeSend, QuoteStyle
from madoguchi.models.satisfaction import survey_message_ids
from madoguchi.quality.language import detect_language
from madoguchi.quality.lint.rules.placeholder_left import placeholders_in
from madoguchi.search import index_messages

# The checks a path can owe.
EMPTY = "empty"  # 本文なし
PLACEHOLDERS = "placeholder_left"  # 空欄の埋め忘れ
BLOCKING_RULES = "blocking_rules"  # the team's reply-check policy (block / acknowledge)
ATTACHMENT_MENTION = "attachment_mention"  # 「添付」 with nothing attached: ask once
CONFIRM_RECIPIENTS = "confirm_recipients"  # the mailbox's confirmation setting
UNSIGNED = "unsigned"  # English mail with only Japanese signatures: ask before it goes bare
GREETING = "greeting"  # 「田中様」 on 山本さんの conversation: ask once
UNSENT = "unsent_reply"  # a colleague's reply here has not reached the customer: ask once
DRAFTING = "colleague_drafting"  # a colleague is writing a reply here right now: ask once
KNOWN_ADDRESS = "known_address"  # a new mail to an address one slip off a known customer's
APPROVAL = "approval"  # 回し読み
VERSION_BUMP = "version_bump"
REINDEX = "reindex"

AGENT_CHECKS = (
    EMPTY,
    PLACEHOLDERS,
    BLOCKING_RULES,
    ATTACHMENT_MENTION,
    CONFIRM_RECIPIENTS,
    UNSIGNED,
    GREETING,
    UNSENT,
    DRAFTING,
    APPROVAL,
    VERSION_BUMP,
    REINDEX,
)


@dataclass(frozen=True)
class SendPath:
    name: str
    entry: str  # the action that takes this path
    checks: tuple[str, ...]


SEND_PATHS: dict[str, SendPath] = {
    path.name: path
    for path in (
        SendPath("reply", "actions.replies.send_reply", AGENT_CHECKS),
        # A failed reply sent again, edited or not: the same checks as the first time
        # (the agent already answered the questions, so those are not asked again).
        SendPath(
            "retry",
            "actions.replies.retry_reply",
            (EMPTY, PLACEHOLDERS, BLOCKING_RULES, APPROVAL, VERSION_BUMP, REINDEX),
        ),
        # The approver's click sends text the checks already passed at queue time; the
        # text is checked again in case the policy changed while it waited.
        SendPath(
            "approve",
            "actions.replies.approve_reply",
            (EMPTY, PLACEHOLDERS, BLOCKING_RULES, VERSION_BUMP),
        ),
        # Mail the team starts (actions/outbound.py); version bump and re-index are done by
        # its _touch and _outgoing. A forward goes to a third party with the team's note:
        # blanks in the note are refused; the customer-facing reply-check rules and
        # approval do not apply to it.
        SendPath("forward", "actions.outbound.forward", (PLACEHOLDERS, VERSION_BUMP, REINDEX)),
        # The agent is at the keyboard as in the reply box, and the mail is signed as a
        # reply is: an English one that would leave unsigned is asked about the same way,
        # and so is 「添付」 with nothing attached.
        SendPath(
            "new_mail",
            "actions.outbound.start_conversation",
            (
                EMPTY,
                PLACEHOLDERS,
                BLOCKING_RULES,
                ATTACHMENT_MENTION,
                UNSIGNED,
                GREETING,
                KNOWN_ADDRESS,
                APPROVAL,
                VERSION_BUMP,
                REINDEX,
            ),
        ),
        SendPath(
            "auto_ack",
            "actions.outbound.acknowledge_new_conversations",
            (EMPTY, PLACEHOLDERS, VERSION_BUMP, REINDEX),
        ),
        # The follow-up template mailed to a customer who has not answered for the SLA
        # policy's days (actions/followup.py): written as the owner, so the team's rules
        # and approval apply as to a reply; nobody is at the keyboard to answer questions.
        SendPath(
            "followup",
            "actions.followup.send_followup",
            (EMPTY, PLACEHOLDERS, BLOCKING_RULES, APPROVAL, VERSION_BUMP, REINDEX),
        ),
        # The satisfaction survey after a person resolved it (actions/satisfaction.py): our
        # own fixed text with three links, sent by the worker, so no agent checks apply.
        SendPath(
            "csat",
            "actions.satisfaction.send_satisfaction_surveys",
            (EMPTY, PLACEHOLDERS, VERSION_BUMP, REINDEX),
        ),
        # The weekly digest to a lead (actions/digest.py, worker/digest.py): system mail to
        # one of our own people, never to a customer and outside any conversation, so it
        # owes none of the customer reply gate's checks (nothing to bump or index either).
        SendPath("digest", "worker.digest.send_weekly_digests", ()),
        # Notifications by e-mail (actions/notification_mail.py): system mail to the staff
        # member the notification is for, the same as the digest: no customer checks.
        SendPath("notification_mail", "worker.notification_mail.send_notification_mails", ()),
    )
}


class EmptyReply(ActionError):
    def __init__(self) -> None:
        super().__init__(_("The reply has no text of its own: write the answer first."))


class PlaceholdersLeft(ActionError):
    def __init__(self, placeholders: list[str], *, in_subject: bool = False) -> None:
        names = "、".join(f"「{item}」" for item in placeholders)
        if in_subject:  # a new mail's subject: said so, or the agent searches the body for it
            message = _("The mail was not sent: fill in the blanks %(names)s in the subject first.")
        else:
            message = _("The reply was not sent: fill in the blanks %(names)s first.")
        super().__init__(message % {"names": names})
        self.placeholders = placeholders


@dataclass(frozen=True)
class Question:
    """Something the agent confirms once before the reply goes (誤送信防止)."""

    kind: str  # "attachment", "recipients", "address" …
    text: str
    # ("kimura@aoba-logistcs.example", "kimura@aoba-logistics.example"): the confirm step
    # offers the known address in one click.
    fix: tuple[str, str] | None = None


class NeedsConfirmation(ActionError):
    def __init__(self, questions: list[Question]) -> None:
        super().__init__(" ".join(question.text for question in questions))
        self.questions = questions


@dataclass(frozen=True)
class Outgoing:
    """What the customer will receive: the text part, and the language it was built for."""

    body: str
    language: str


@dataclass(frozen=True)
class GateResult:
    lint_acknowledged: list[str]
    approval_reasons: list[Reason]  # why the team's approval policies hold it; [] to send

    @property
    def needs_approval(self) -> bool:
        return bool(self.approval_reasons)


# Phrases that announce a file goes with this mail, not the topic word: 「添付ファイルは
# 1ファイル10MBまでです」 is about attachments and attaches nothing (walk 12 F-28).
_ATTACHMENT_WORDS = re.compile(
    r"添付(?:いた|させていただき)?(?:します|しました|しております|いたします|いたしました)"
    r"|添付させていただ|添付(?:の)?(?:とおり|通り)|添付にて|別添"
    r"|添付(?:した|の)?[^。\n]{0,15}?(?:を|にて)ご(?:確認|覧|参照)"
    r"|\bplease\s+find\b[^.\n]{0,60}?\b(?:attached|enclosed)"
    r"|\b(?:attached|enclosed)\s+(?:please\s+find|you\s+will\s+find|(?:is|are)\b)"
    r"|\b(?:i|we)(?:['’]ve|\s+have)?\s+attached\b|\b(?:i|we)(?:['’](?:m|re)|\s+am|\s+are)\s+attaching"
    r"|\b(?:please\s+)?see\s+(?:the\s+)?attach(?:ed|ment)|\b(?:is|are)\s+attached\b"
    r"|\b(?:in|from)\s+the\s+attached\b",
    re.IGNORECASE,
)


def own_words(text: str) -> str:
    return normalise_newlines(text).strip()


def compose_body(
    conversation: Conversation,
    user: Any,
    own_text: str,
    language: str | None = None,
    original: Message | None = None,
    *,
    quote: bool = True,
) -> Outgoing:
    """The outgoing text part for this conversation: see mail/body.py for the rules.
    `original`: the customer's latest mail when the caller has it already; `quote=False`
    leaves it out whatever the mailbox's quote style says."""
    own = own_words(own_text)
    language = language or detect_language(own)
    mailbox = conversation.mailbox
    signatures = _signatures(mailbox, user)
    quoted = None
    if quote and mailbox.quote_style == QuoteStyle.JAPANESE:
        original = original or latest_customer_message(conversation)
        if original is not None:
            quoted = QuotedOriginal(
                sender_name=original.from_name,
                sender_address=original.from_address,
                sent_at=timezone.localtime(original.date or original.received_at),
                text=original.text,
            )
    body = outgoing_body(own, signatures.for_language(language), language, quoted)
    return Outgoing(body=body, language=language)


def new_mail_body(mailbox: Mailbox, user: Any, own_text: str) -> str:
    """What a new mail (/new/) will carry before its conversation exists: the agent's
    words and the signature, as start_conversation's compose_body builds it."""
    own = own_words(own_text)
    language = detect_language(own)
    return outgoing_body(own, _signatures(mailbox, user).for_language(language), language)


def _signatures(mailbox: Mailbox, user: Any) -> Signatures:
    agent = _agent_of(user)
    return Signatures(
        agent_ja=agent.signature if agent else "",
        agent_en=agent.signature_en if agent else "",
        mailbox_ja=mailbox.signature,
        mailbox_en=mailbox.signature_en,
    )


def goes_unsigned(mailbox: Mailbox, user: Any, own: str) -> bool:
    """True when this text would leave with no signature although the team has one: an
    English mail gets no Japanese signature (mail/body.py) and no English one exists
    (the writer's or the mailbox's)."""
    if detect_language(own_words(own)) != "en":
        return False
    signatures = _signatures(mailbox, user)
    return not signatures.for_language("en") and bool(signatures.for_language("ja"))


def unsigned_question(conversation: Conversation, user: Any, own: str) -> Question | None:
    """An English reply that would go unsigned is asked about: the agent must know before
    it goes. Automatic mail has nobody to ask: it goes unsigned (an acknowledgement held
    for a person is no acknowledgement, and a Japanese signature under English text is
    the wrong signature), its event says so on the conversation, and the lead is warned
    where the text is written (goes_unsigned)."""
    if not goes_unsigned(conversation.mailbox, user, own):
        return None
    return Question(
        "signature",
        _(
            "No signature will be added to this English mail: your signature and the "
            "mailbox's are Japanese only. Add an English one in Preferences, or send it "
            "without a signature?"
        ),
    )


def unsent_question(conversation: Conversation) -> Question | None:
    """A reply here that has not reached the customer (failed, retrying, waiting for approval)
    is named before another goes: two agents each sent one while the mailbox could not send,
    and whoever fixed the settings could have sent both (walk 11 F-6)."""
    # Not one in its undo window: the timeline shows it as sent, and one queued after the
    # page was opened is the stale-page check's.
    stuck = Q(state__in=(OutboxState.FAILED, OutboxState.AWAITING_APPROVAL)) | Q(attempts__gt=0)
    waiting = (
        OutboxItem.objects.filter(stuck, conversation=conversation)
        .exclude(state__in=(OutboxState.SENT, OutboxState.CANCELLED))
        .exclude(message_id__in=survey_message_ids())
        .select_related("message__author__agent")
        .order_by("-id")
        .first()
    )
    if waiting is None:
        return None
    who = shown_name(waiting.message.author)
    if waiting.state == OutboxState.FAILED:
        state = _("sending failed")
    elif waiting.state == OutboxState.AWAITING_APPROVAL:
        state = _("waiting for approval")
    else:
        state = _("waiting to be sent")
    at = timezone.localtime(waiting.created_at).strftime("%H:%M")
    return Question(
        "unsent",
        _(
            "%(who)s's reply of %(at)s has not reached the customer yet (%(state)s). Send "
            "yours as well? If yours replaces it, discard that one on the conversation page, "
            "or the customer may get both."
        )
        % {"who": who or _("A colleague"), "at": at, "state": state},
    )


def drafting_question(conversation: Conversation, user: Any) -> Question | None:
    """A colleague writing a reply to this conversation right now is named before ours goes:
    the page shows 「…さんが返信を作成中」, but a send went through without a word while a
    colleague was visibly drafting (walk 11 F-7), and the customer got two answers."""
    drafting = [
        present.name
        for present in present_in([conversation.pk], user).get(conversation.pk, [])
        if present.activity == Presence.Activity.DRAFTING
    ]
    if not drafting:
        return None
    return Question(
        "drafting",
        _(
            "%(who)s is writing a reply to this conversation right now. Send yours anyway? "
            "Tell them first, or the customer may get two answers."
        )
        % {"who": "、".join(drafting)},
    )


def greeting_question(
    conversation: Conversation, own: str, recipients: Sequence[str] = ()
) -> Question | None:
    """A greeting that names nobody in the conversation (walk 10: "Hi Grace," on Hannah's
    conversation went out unquestioned) is asked about once."""
    greeted = greeted_name(own)
    if greeted is None:
        return None
    known = _conversation_names(conversation, recipients)
    if is_someone_known(greeted, known) or _signed_in_the_thread(conversation, greeted):
        return None
    customer = conversation.customer.name if conversation.customer is not None else ""
    shown = customer or next((name for name in known if "@" not in name), "")
    return Question(
        "greeting",
        _(
            "The greeting names %(greeted)s, but this conversation is with %(customer)s. "
            "Send it anyway?"
        )
        % {"greeted": greeted, "customer": shown or _("someone else")},
    )


def _signed_in_the_thread(conversation: Conversation, greeted: str) -> bool:
    """Whether the customer's own mail names the greeted person — a shared department
    address (ミナト商事 経理部) signed 「山田 太郎」: 「山田様」 is right."""
    texts = (
        conversation.messages.filter(direction=Direction.INCOMING)
        .order_by("-id")
        .values_list("text", flat=True)[:20]
    )
    words = [word for word in greeted.split() if len(word) >= 2] or [greeted]
    for text in texts:
        for word in words:
            if word.isascii():
                if re.search(rf"\b{re.escape(word)}\b", text or ""):  # not "grace period"
                    return True
            elif word in (text or "").replace(" ", "").replace("\u3000", ""):
                return True
    return False


def _conversation_names(conversation: Conversation, recipients: Sequence[str]) -> list[str]:
    """Everyone the thread names: the customer, each sender and each To/Cc name, and the
    local parts of the addresses (hannah.wright@ for a customer stored without a name)."""
    names: list[str] = []
    customer = conversation.customer
    if customer is not None:
        names.append(customer.name)
        names += [
            _local_name(address) for address in customer.addresses.values_list("address", flat=True)
        ]
    for name, address, to, cc, direction in conversation.messages.values_list(
        "from_name", "from_address", "to", "cc", "direction"
    ):
        if direction == Direction.INCOMING:  # our own mail's sender is us, not a name to greet
            names += [name, _local_name(address)]
        for entry in [*(to or []), *(cc or [])]:
            if isinstance(entry, dict):
                names.append(str(entry.get("name") or ""))
                names.append(_local_name(str(entry.get("address") or "")))
    names += [_local_name(address) for address in recipients]
    return [name for name in names if name]


def _local_name(address: str) -> str:
    """hannah.wright@… as "hannah wright": a name for a customer stored without one."""
    return address.split("@")[0].replace(".", " ").replace("_", " ")


def _agent_of(user: Any) -> Agent | None:
    pk = getattr(user, "pk", None)
    return Agent.objects.filter(user_id=pk).first() if pk is not None else None


def latest_customer_message(conversation: Conversation) -> Message | None:
    return (
        conversation.messages.filter(direction=Direction.INCOMING)
        .order_by("-received_at", "-id")
        .first()
    )


def _domain(address: str) -> str:
    return address.rpartition("@")[2].strip().lower()


def conversation_domains(conversation: Conversation) -> set[str]:
    """Domains a reply may go to without asking: the customer's side of the thread, ours."""
    domains = {_domain(conversation.mailbox.address)}
    incoming = list(
        conversation.messages.filter(direction=Direction.INCOMING).only("from_address", "to", "cc")
    )
    for message in incoming:
        domains.add(_domain(message.from_address))
        for entry in [*(message.to or []), *(message.cc or [])]:
            if isinstance(entry, dict):
                domains.add(_domain(str(entry.get("address", ""))))
    if not incoming:
        # A conversation we started (/new/): the customer is whom our first mail went to,
        # not someone "outside this conversation".
        started = (
            conversation.messages.filter(direction=Direction.OUTGOING)
            .order_by("received_at", "id")
            .only("to", "cc")
            .first()
        )
        for entry in [*(started.to or []), *(started.cc or [])] if started else []:
            if isinstance(entry, dict):
                domains.add(_domain(str(entry.get("address", ""))))
    return {domain for domain in domains if domain}


def _questions(
    path: str,
    conversation: Conversation,
    own: str,
    recipients: Sequence[str],
    attachments: Sequence[str],
    confirmed: Collection[str],
) -> list[Question]:
    questions = []
    if "attachment" not in confirmed and not attachments and _ATTACHMENT_WORDS.search(own):
        # /new/ starts a conversation: there is nothing yet to reply to.
        text = (
            _("The mail mentions an attachment, but nothing is attached. Send it anyway?")
            if path == "new_mail"
            else _("The reply mentions an attachment, but nothing is attached. Send it anyway?")
        )
        questions.append(Question("attachment", text))
    setting = conversation.mailbox.confirm_before_send
    if "recipients" not in confirmed and setting != ConfirmBeforeSend.NEVER:
        known = conversation_domains(conversation)
        outside = [address for address in recipients if _domain(address) not in known]
        if setting == ConfirmBeforeSend.ALWAYS or outside:
            text = (
                _("Check the recipients before sending: %(outside)s is outside this conversation.")
                % {"outside": ", ".join(outside)}
                if outside
                else _("Check the recipients and attachments before sending.")
            )
            questions.append(Question("recipients", text))
    return questions


def approval_required(
    user: Any,
    conversation: Conversation,
    own_text: str,
    attachments: Sequence[str],
    recipients: Recipients,
) -> list[Reason]:
    """回し読み: why an approver must see this reply before it goes ([] when nobody must).

    The one place the decision is asked, for every path that owes APPROVAL; the team's
    policies are read by actions/approval.py."""
    return approval_reasons(user, conversation, own_text, attachments, recipients)


def check_outgoing(
    path: str,
    *,
    user: Any,
    conversation: Conversation,
    own_text: str,
    recipients: Sequence[str] = (),
    copied: Sequence[str] = (),
    attachments: Sequence[str] = (),
    acknowledged: Collection[str] = (),
    confirmed: Collection[str] = (),
    created_addresses: Sequence[str] = (),
) -> GateResult:
    """Raise the first check this path fails; return what the audit trail records.
    `created_addresses`: customer addresses this very send created (a new mail to a new
    address), not to be taken as known."""
    checks = SEND_PATHS[path].checks
    own = own_words(own_text)
    if EMPTY in checks and not own:
        raise EmptyReply()
    if PLACEHOLDERS in checks:
        placeholders = placeholders_in(own)
        if placeholders:
            raise PlaceholdersLeft(placeholders)
    lint_acknowledged: list[str] = []
    if BLOCKING_RULES in checks:
        lint_acknowledged = enforce_lint_policy(
            own, conversation.subject, acknowledged, mailbox_team_ids(conversation.mailbox_id)
        )
    questions: list[Question] = []
    if ATTACHMENT_MENTION in checks or CONFIRM_RECIPIENTS in checks:
        questions = [
            question
            for question in _questions(path, conversation, own, recipients, attachments, confirmed)
            if (question.kind == "attachment" and ATTACHMENT_MENTION in checks)
            or (question.kind == "recipients" and CONFIRM_RECIPIENTS in checks)
        ]
    if GREETING in checks and "greeting" not in confirmed:
        greeting = greeting_question(conversation, own, recipients)
        if greeting is not None:
            questions.append(greeting)
    if KNOWN_ADDRESS in checks and "address" not in confirmed:
        questions += [
            Question("address", suggestion_text(slip), (slip.typed, slip.known))
            for slip in suggestions(recipients, own, created_addresses)
        ]
    if UNSENT in checks and "unsent" not in confirmed:
        unsent = unsent_question(conversation)
        if unsent is not None:
            questions.append(unsent)
    if DRAFTING in checks and "drafting" not in confirmed:
        drafting = drafting_question(conversation, user)
        if drafting is not None:
            questions.append(drafting)
    if UNSIGNED in checks and "signature" not in confirmed:
        unsigned = unsigned_question(conversation, user, own)
        if unsigned is not None:
            questions.append(unsigned)
    if questions:
        raise NeedsConfirmation(questions)
    reasons: list[Reason] = []
    if APPROVAL in checks:
        # `recipients` is everyone the mail goes to; `copied` the ones in Cc (the policy
        # on outside Cc reads those).
        to = tuple(address for address in recipients if address not in copied)
        reasons = approval_required(
            user, conversation, own, attachments, Recipients(to, tuple(copied), ())
        )
    return GateResult(lint_acknowledged=lint_acknowledged, approval_reasons=reasons)


def after_queued(path: str, conversation: Conversation, messages: Sequence[Message]) -> None:
    """Bump the version (so a colleague's stale page notices) and re-index the text."""
    checks = SEND_PATHS[path].checks
    if VERSION_BUMP in checks:
        Conversation.objects.filter(pk=conversation.pk).update(version=F("version") + 1)
        conversation.version += 1
    if REINDEX in checks and messages:
        index_messages(list(messages))
