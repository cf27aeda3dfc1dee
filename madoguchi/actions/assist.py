"""What the compose box offers: a clarifying reply for a terse mail, and the templates and
FAQ answers most like the customer's latest message; plus the FAQ that leads maintain.

Clarifying templates are ordinary `Template` rows of kind "clarify" so leads edit them on
the templates page. Their topic (campaign, login, billing, followup, general — see
quality/clarify) is the bracketed word that starts the name: "[login] ログインの確認".
"""

from __future__ import annotations

import dataclasses
import re
import threading
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Count, Max
from django.utils.translation import gettext as _

from madoguchi.actions.base import ActionError, NotAllowed, record_event, role_of
from madoguchi.actions.replies import compose_template, template_variables
from madoguchi.actions.scoping import may_manage_scope, visible_scope
from madoguchi.actions.templates import visible_templates
from madoguchi.mail.greetings import without_sign_off
from madoguchi.models import (
    Agent,
    Conversation,
    Direction,
    FaqEntry,
    Mailbox,
    Message,
    Role,
    Team,
    Template,
)
from madoguchi.quality.clarify import (
    ClarifyingReply,
    ClarifyTemplate,
    clarifying_reply,
    default_templates,
)
from madoguchi.quality.similarity import SuggestionEntry, SuggestionIndex
from madoguchi.quality.trends import own_name_terms
from madoguchi.quality.triage import TriageResult, triage

TOPIC_IN_NAME = re.compile(r"^\s*\[(\w+)\]")
# A name without the bracketed topic still says what it is for: 「【確認】ログインできない場合」.
TOPIC_WORDS = (
    ("login", re.compile(r"ログイン|パスワード|log ?in|sign ?in|password", re.IGNORECASE)),
    ("billing", re.compile(r"請求|返金|支払|billing|invoice|charge|refund", re.IGNORECASE)),
    ("campaign", re.compile(r"キャンペーン|応募|campaign|coupon", re.IGNORECASE)),
    ("followup", re.compile(r"先日の件|以前の|follow", re.IGNORECASE)),
)
SUGGESTIONS = 3
_CLARIFY_NAMES = {"ja": "確認のお願い", "en": "Clarifying question"}


def latest_customer_message(conversation: Conversation) -> Message | None:
    return (
        Message.objects.filter(conversation=conversation, direction=Direction.INCOMING)
        .order_by("is_auto", "-received_at", "-pk")
        .only("pk", "subject", "text", "triage", "received_at")
        .first()
    )


@transaction.atomic
def seed_clarify_templates() -> int:
    """Create the shipped clarifying templates when there are none (first use)."""
    if Template.objects.select_for_update().filter(kind=Template.Kind.CLARIFY).exists():
        return 0
    rows = [
        Template(
            name=f"[{template.topic}] {_CLARIFY_NAMES.get(template.lang, template.key)}",
            body=template.text,
            language=template.lang,
            kind=Template.Kind.CLARIFY,
        )
        for template in default_templates()
    ]
    Template.objects.bulk_create(rows)
    return len(rows)


def clarify_templates(user: Any) -> list[ClarifyTemplate]:
    """The clarifying templates the user may use: their teams' and the global ones, like
    every other template (another team's wording never reaches this team's customers)."""
    if not Template.objects.filter(kind=Template.Kind.CLARIFY).exists():
        seed_clarify_templates()
    templates = []
    for row in visible_templates(user).filter(kind=Template.Kind.CLARIFY).order_by("pk"):
        language = "en" if row.language.startswith("en") else "ja"
        templates.append(
            ClarifyTemplate(f"template-{row.pk}", language, _topic(row.name), row.body)  # type: ignore[arg-type]
        )
    return templates


def _topic(name: str) -> str:
    match = TOPIC_IN_NAME.match(name)
    if match:
        return match.group(1).lower()
    return next((topic for topic, words in TOPIC_WORDS if words.search(name)), "general")


def _stored_result(data: Any) -> TriageResult | None:
    try:
        return TriageResult(
            urgency=data["urgency"],
            emotion=data["emotion"],
            terse=bool(data["terse"]),
            score=float(data["score"]),
            reasons=tuple(data.get("reasons", ())),
            lang=data.get("lang", "ja"),
        )
    except (KeyError, TypeError, ValueError):
        return None


def clarifying_reply_for(conversation: Conversation, user: Any) -> ClarifyingReply | None:
    """A gentle clarifying reply when the customer's latest mail is terse (seeds/002)."""
    if not conversation.terse:
        return None
    message = latest_customer_message(conversation)
    if message is None:
        return None
    result = _stored_result(message.triage) or triage(message.text, subject=message.subject)
    customer = conversation.customer
    reply = clarifying_reply(
        message.text,
        result,
        clarify_templates(user),
        customer_name=customer.name if customer and customer.name else None,
        # A lead may also use the ordinary template variables ({agent_name}, {mailbox_name} …),
        # filled in the same single pass: a second pass would expand braces in the customer's
        # name or subject.
        # In the reply's language: an English reply names the agent as the English
        # signature does ("Emi Kobayashi"), not 「小林 エミ」 (walk 12 F-8).
        variables=template_variables(conversation, user, result.lang),
    )
    if reply is not None and reply.lang == "en" and _english_signature(conversation, user):
        # The English signature below signs it off ("-- Emi Kobayashi"): the template's own
        # "Best regards,\n<name>" would be a second sign-off with the name spelt twice.
        reply = dataclasses.replace(reply, text=without_sign_off(reply.text).rstrip() + "\n")
    return reply


def _english_signature(conversation: Conversation, user: Any) -> bool:
    agent = Agent.objects.filter(user=user).first() if user is not None else None
    own = agent.signature_en.strip() if agent is not None else ""
    return bool(own or conversation.mailbox.signature_en.strip())


@dataclass(frozen=True, slots=True)
class SuggestionView:
    kind: str  # "template" or "faq"
    pk: int
    title: str
    score: float
    text: str  # ready to insert: a template with its variables filled
    reply_ready: bool = True  # False: FAQ text for the website ("contact support")


class _IndexCache:
    """One SuggestionIndex per process, rebuilt when templates or FAQ entries change.

    The version (count and latest change of each table) costs two aggregate queries; a
    deletion lowers a count, an edit moves updated_at, so every change is seen.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: tuple[Any, ...] | None = None
        self._index: SuggestionIndex | None = None

    @staticmethod
    def version() -> tuple[Any, ...]:
        templates = Template.objects.filter(kind=Template.Kind.REPLY).aggregate(
            n=Count("pk"), at=Max("updated_at")
        )
        faq = FaqEntry.objects.aggregate(n=Count("pk"), at=Max("updated_at"))
        return (templates["n"], templates["at"], faq["n"], faq["at"])

    def get(self) -> SuggestionIndex:
        version = self.version()
        with self._lock:
            if self._index is None or version != self._version:
                self._index = SuggestionIndex(_entries(), _own_names())
                self._version = version
            return self._index

    def clear(self) -> None:
        with self._lock:
            self._index = None
            self._version = None


def _entries() -> list[SuggestionEntry]:
    entries = [
        SuggestionEntry(f"template:{pk}", name, body, "template")
        for pk, name, body in Template.objects.filter(kind=Template.Kind.REPLY).values_list(
            "pk", "name", "body"
        )
    ]
    entries += [
        SuggestionEntry(f"faq:{pk}", title, body, "faq")
        for pk, title, body in FaqEntry.objects.values_list("pk", "title", "body")
    ]
    return entries


def _own_names() -> frozenset[str]:
    """The words of the mailboxes' names and addresses (ツナグ, tsunagu): the company's."""
    texts = [
        text
        for row in Mailbox.objects.values_list("name", "name_en", "address")
        for text in row
        if text
    ]
    return own_name_terms(*texts)


suggestion_index = _IndexCache()


def suggestions_for(
    conversation: Conversation, user: Any, k: int = SUGGESTIONS
) -> list[SuggestionView]:
    """The k templates and FAQ answers most similar to the customer's latest message."""
    message = latest_customer_message(conversation)
    if message is None:
        return []
    # One index for every team: rank more than needed, then keep what this user may see
    # (their teams', their own and global templates and FAQ entries).
    ranked = suggestion_index.get().suggest(f"{message.subject}\n{message.text}", k=k * 4)
    template_ids = [int(s.key.split(":")[1]) for s in ranked if s.kind == "template"]
    faq_ids = [int(s.key.split(":")[1]) for s in ranked if s.kind == "faq"]
    templates = visible_templates(user).in_bulk(template_ids)
    faq = visible_faq(user).in_bulk(faq_ids)
    views = []
    for suggestion in ranked:
        pk = int(suggestion.key.split(":")[1])
        if suggestion.kind == "template" and pk in templates:
            # It goes into the compose box, as a picked template does.
            text = compose_template(templates[pk], conversation, user)
        elif suggestion.kind == "faq" and pk in faq:
            text = faq[pk].body
        else:
            continue  # deleted since the index was built
        views.append(
            SuggestionView(
                suggestion.kind,
                pk,
                suggestion.title,
                suggestion.score,
                text,
                reply_ready=suggestion.reply_ready,
            )
        )
    return views[:k]


def may_manage_faq(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


def visible_faq(user: Any) -> Any:
    """FAQ entries of the user's teams and the global ones."""
    return FaqEntry.objects.filter(visible_scope(user))


@transaction.atomic
def save_faq(
    user: Any,
    entry: FaqEntry | None,
    *,
    title: str,
    body: str,
    language: str,
    team: Team | None = None,
) -> FaqEntry:
    """A lead saves their team's entries; global ones (team None) are an admin's."""
    if entry is not None and not may_manage_scope(user, entry.team_id):
        raise NotAllowed("only the team's leads change its FAQ")
    if not may_manage_scope(user, team.pk if team else None):
        raise NotAllowed("only the team's leads change its FAQ")
    if not title.strip() or not body.strip():
        raise ActionError(_("an FAQ entry needs a title and an answer"))
    created = entry is None
    entry = entry or FaqEntry()
    entry.title = title.strip()
    entry.body = body
    entry.language = language or "ja"
    entry.team = team
    entry.save()
    record_event(
        None,
        user,
        "faq_created" if created else "faq_changed",
        None,
        {"faq": entry.pk, "title": entry.title, "team": entry.team_id},
    )
    return entry


@transaction.atomic
def delete_faq(user: Any, entry: FaqEntry) -> None:
    if not may_manage_scope(user, entry.team_id):
        raise NotAllowed("only the team's leads change its FAQ")
    record_event(None, user, "faq_deleted", {"faq": entry.pk, "title": entry.title})
    entry.delete()
