"""Who may see what, for every URL that names an object (session 8 audit, item 1).

The test walks madoguchi's URL patterns with the resolver. Every pattern that takes an id,
a slug or a token must be listed in REVIEWED with how team B's object is named in it; an
agent and a lead of team A then request it with GET and with a forged POST, and each answer
must be 404 (or 403, or a redirect to sign-in) with nothing of team B's in the page and no
row changed anywhere. A new pattern with an id that nobody reviewed fails the test by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from madoguchi.models import (
    ApprovalPolicy,
    ApprovalRequest,
    Attachment,
    BlockedSender,
    BusinessCalendar,
    Conversation,
    Draft,
    FaqEntry,
    Label,
    Message,
    Note,
    Notification,
    OutboxItem,
    Rule,
    SlaPolicy,
    Team,
    Template,
)
from madoguchi.models.satisfaction import SatisfactionSurvey
from tests.web.conftest import World, make_conversation

SECRET = "チームBだけの秘密"  # in every object of team B that has text: must never show


@dataclass
class TeamB:
    """Objects that only team B (charlie's) may see or change."""

    conversation: Conversation
    message: Message
    attachment: Attachment
    outbox_item: OutboxItem
    label: Label
    template: Template
    personal_template: Template
    rule: Rule
    policy: ApprovalPolicy
    calendar: BusinessCalendar
    sla_policy: SlaPolicy
    faq: FaqEntry
    notification: Notification
    blocked: BlockedSender
    survey: SatisfactionSurvey
    charlie: User
    team: Team


def _team_b(world: World) -> TeamB:
    now = timezone.now()
    conversation = make_conversation(
        world.sales,
        subject=SECRET,
        text=SECRET,
        sender="secret@b-customer.example",
        name=SECRET,
    )
    message = conversation.messages.get()
    attachment = Attachment.objects.create(
        message=message,
        filename=f"{SECRET}.pdf",
        content_type="application/pdf",
        size=3,
        sha256="0" * 64,
    )
    Note.objects.create(
        conversation=conversation, author=world.charlie, text=SECRET, created_at=now
    )
    Draft.objects.create(conversation=conversation, author=world.charlie, body=SECRET)
    reply = Message.objects.create(
        conversation=conversation,
        direction="out",
        message_id="<reply.b@example.com>",
        from_address=world.sales.address,
        subject=SECRET,
        received_at=now,
        text=SECRET,
    )
    outbox_item = OutboxItem.objects.create(
        conversation=conversation,
        message=reply,
        state="held",
        next_attempt_at=now + timedelta(days=1),
        own_text=SECRET,
        created_at=now,
    )
    ApprovalRequest.objects.create(
        conversation=conversation,
        outbox_item=outbox_item,
        author=world.charlie,
        text=SECRET,
        created_at=now,
    )
    label = Label.objects.create(name=SECRET, team=world.team_b)
    conversation.labels.add(label)
    template = Template.objects.create(name=SECRET, body=SECRET, team=world.team_b)
    personal = Template.objects.create(name=SECRET + "2", body=SECRET, owner=world.charlie)
    rule = Rule.objects.create(name=SECRET, mailbox=world.sales)
    policy = ApprovalPolicy.objects.create(name=SECRET, team=world.team_b)
    calendar = BusinessCalendar.objects.create(name=SECRET, team=world.team_b)
    sla_policy = SlaPolicy.objects.create(name=SECRET, mailbox=world.sales)
    faq = FaqEntry.objects.create(title=SECRET, body=SECRET, team=world.team_b)
    notification = Notification.objects.create(
        recipient=world.charlie, kind="mention", conversation=conversation, created_at=now
    )
    blocked = BlockedSender.objects.create(pattern="spammer.example", created_at=now)
    survey = SatisfactionSurvey.objects.create(
        conversation=conversation,
        mailbox=world.sales,
        token="b-survey-token-0123456789",
        created_at=now,
    )
    return TeamB(
        conversation=conversation,
        message=message,
        attachment=attachment,
        outbox_item=outbox_item,
        label=label,
        template=template,
        personal_template=personal,
        rule=rule,
        policy=policy,
        calendar=calendar,
        sla_policy=sla_policy,
        faq=faq,
        notification=notification,
        blocked=blocked,
        survey=survey,
        charlie=world.charlie,
        team=world.team_b,
    )


Kwargs = Callable[[TeamB], dict[str, Any]]


def _conversation(b: TeamB) -> dict[str, Any]:
    return {"conversation_id": b.conversation.pk}


def _outbox(b: TeamB) -> dict[str, Any]:
    return {"conversation_id": b.conversation.pk, "item_id": b.outbox_item.pk}


def _message(b: TeamB) -> dict[str, Any]:
    return {"conversation_id": b.conversation.pk, "message_id": b.message.pk}


def _person(b: TeamB) -> dict[str, Any]:
    return {"person_id": b.charlie.pk}


# Every pattern naming an object, reviewed: how team B's object is named in it. A pattern
# whose object belongs to no team says why in NOT_TEAM_OBJECTS instead.
REVIEWED: dict[str, Kwargs] = {
    "notification_read": lambda b: {"notification_id": b.notification.pk},
    "label_queue": lambda b: {"label_id": b.label.pk},
    "mailbox_queue": lambda b: {"mailbox_id": b.conversation.mailbox_id},
    "conversation": _conversation,
    "assign": _conversation,
    "status": _conversation,
    "survey_withdraw": _conversation,  # the undo of a survey offered on resolving
    "priority": _conversation,
    "label": _conversation,
    "snooze": _conversation,
    "snooze_confirm": _conversation,  # the question before snoozing past the first deadline
    "unsnooze": _conversation,
    "merge": _conversation,
    "merge_preview": _conversation,
    "unmerge": _conversation,
    "spam": _conversation,
    "not_spam": _conversation,
    "note": _conversation,
    "mention_suggestions": _conversation,
    "reply": _conversation,
    "reply_preview": _conversation,
    "outbox_undo": _outbox,
    "outbox_status": _conversation,
    "draft": _conversation,
    "template_text": _conversation,
    "template_search": _conversation,
    "presence": _conversation,
    "message_frame": _message,
    "message_html": _message,
    "attachment": lambda b: {"attachment_id": b.attachment.pk},
    "outbox_retry": _outbox,
    "outbox_discard": _outbox,
    "outbox_approve": _outbox,
    "rule_edit": lambda b: {"rule_id": b.rule.pk},
    "rule_delete": lambda b: {"rule_id": b.rule.pk},
    "rule_apply": lambda b: {"rule_id": b.rule.pk},  # a saved rule applied to open mail
    "approval_policy_edit": lambda b: {"policy_id": b.policy.pk},
    "approval_policy_delete": lambda b: {"policy_id": b.policy.pk},
    "approval_check": _conversation,
    "approval_review": _outbox,
    "forward": _conversation,
    "customer_edit": lambda b: {"customer_id": b.conversation.customer_id},
    "organization_edit": lambda b: {"organization_id": b.conversation.customer.organization_id},
    "label_edit": lambda b: {"label_id": b.label.pk},
    "label_merge": lambda b: {"label_id": b.label.pk},
    "label_delete": lambda b: {"label_id": b.label.pk},
    "template_edit": lambda b: {"template_id": b.template.pk},
    "template_delete": lambda b: {"template_id": b.template.pk},
    "lint_reply": _conversation,
    "compose_assist": _conversation,
    "faq_edit": lambda b: {"entry_id": b.faq.pk},
    "faq_delete": lambda b: {"entry_id": b.faq.pk},
    "calendar_edit": lambda b: {"calendar_id": b.calendar.pk},
    "sla_policy_edit": lambda b: {"policy_id": b.sla_policy.pk},
    "sla_policy_delete": lambda b: {"policy_id": b.sla_policy.pk},
    "mailbox_edit": lambda b: {"mailbox_id": b.conversation.mailbox_id},
    "mailbox_test": lambda b: {"mailbox_id": b.conversation.mailbox_id},
    "mailbox_active": lambda b: {"mailbox_id": b.conversation.mailbox_id},
    "person_edit": _person,
    "person_active": _person,
    "person_absence": _person,
    "person_absence_clear": _person,
    "team_rename": lambda b: {"team_id": b.team.pk},
}

# Patterns whose object is no team's, each with why, and what is checked instead.
NOT_TEAM_OBJECTS: dict[str, str] = {
    "queue": "kind is a folder name (mine, unassigned…), not an object: tested in test_queue",
    "trends_export": "fmt is csv or json, not an object",
    "satisfaction": "the customer's page, opened by its unguessable token: a wrong token is 404",
    "satisfaction_rating": "as satisfaction",
    "welcome": "a one-time link checked by Django's token generator: a forged one is refused",
    "unblock_sender": "the block list is the company's, one for all teams, filled by spam marks;"
    " who takes an entry off (a lead, an admin, whoever blocked it): test_s9_access",
}


# A lead's view of a colleague of another team, by design: the people page is the company's
# staff list, and a lead adds a colleague to their own team from it (test_people). The
# forged POST must still change nothing of the other team's.
OPEN_TO_LEADS: dict[str, str] = {
    "person_edit": "the staff list is company-wide; no absence shown: test_s9_access"
}


def _patterns(
    resolver: URLResolver | None = None, prefix: str = ""
) -> list[tuple[str, URLPattern]]:
    """(the route, the pattern) of every pattern, madoguchi's and the included ones."""
    found: list[tuple[str, URLPattern]] = []
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            found.extend(_patterns(entry, route))
        else:
            found.append((route, entry))
    return found


def _takes_an_object(route: str) -> bool:
    return "<" in route or "(?P" in route


def _is_djangos_admin(route: str) -> bool:
    # The Django admin site is for superusers only (madoguchi/admin.py: _superusers_only);
    # test_admin_page_for_leads shows a lead and an agent are turned away at its door.
    return route.startswith("admin/") and route != "admin/login/"


def test_it_has_reviewed_every_pattern_that_names_an_object() -> None:
    named = {
        pattern.name or route
        for route, pattern in _patterns()
        if _takes_an_object(route) and not _is_djangos_admin(route)
    }
    unreviewed = named - set(REVIEWED) - set(NOT_TEAM_OBJECTS)
    assert not unreviewed, f"URL patterns with an id nobody reviewed for access: {unreviewed}"
    assert not (set(REVIEWED) | set(NOT_TEAM_OBJECTS)) - named, "reviewed patterns now gone"


def _snapshot() -> dict[str, list[dict[str, Any]]]:
    """Every row of every madoguchi model and of the users: what a forged POST must not
    change. Rows that record a visit rather than change data are left out."""
    skipped = {"ratelimithit", "usersession"}  # the throttle's and the session list's
    rows = {
        model._meta.model_name: list(model.objects.order_by("pk").values())
        for model in apps.get_app_config("madoguchi").get_models()
        if model._meta.model_name not in skipped
    }
    rows["user"] = list(User.objects.order_by("pk").values())
    return rows


def _refused(status: int, location: str) -> bool:
    return status in (403, 404, 405) or (status == 302 and location.startswith("/login/"))


FORGED_POST = {
    "owner": "me",
    "status": "resolved",
    "priority": "0",
    "new_label": "x",
    "label": "x",
    "until": "2099-01-01T09:00",
    "text": "forged",
    "body": "forged",
    "name": "forged",
    "title": "forged",
    "seen_at": "2099-01-01T00:00:00+00:00",
    "activity": "viewing",
    "target": "1",
    "active": "0",
    "action": "approve",
    "decision": "approve",
    "address": "forged@example.com",
    "to": "forged@example.com",
}


@pytest.mark.parametrize("who", ["alice", "lead"])
def test_it_refuses_team_bs_objects_to_team_a(world: World, who: str) -> None:
    b = _team_b(world)
    user = getattr(world, who)
    client = world.client(user)
    routes = {pattern.name: route for route, pattern in _patterns() if pattern.name}
    leaks: list[str] = []
    for name, kwargs_of in REVIEWED.items():
        from django.urls import reverse

        url = reverse(name, kwargs=kwargs_of(b))
        response = client.get(url)
        page = response.content.decode(errors="replace")
        location = response.get("Location", "")
        open_to_me = who == "lead" and name in OPEN_TO_LEADS
        if (not _refused(response.status_code, location) and not open_to_me) or SECRET in page:
            leaks.append(f"GET {url} ({routes[name]}) → {response.status_code}")
        before = _snapshot()
        response = client.post(url, FORGED_POST)
        page = response.content.decode(errors="replace")
        location = response.get("Location", "")
        if (not _refused(response.status_code, location) and not open_to_me) or SECRET in page:
            leaks.append(f"POST {url} → {response.status_code}")
        after = _snapshot()
        changed = [table for table in before if before[table] != after[table]]
        if changed:
            leaks.append(f"POST {url} changed {changed}")
    assert not leaks, "\n".join(leaks)


# Pages that list conversations across folders without naming an object: team B's must not
# be among their rows for either of team A's people.
CROSS_FOLDER_LISTS = (
    "/q/needs-action/",  # 要対応: new, open and promised-waiting, 緊急度順 (walk 13 F24)
    "/q/needs-action/?order=oldest",
)


@pytest.mark.parametrize("who", ["alice", "lead"])
def test_its_cross_folder_lists_show_nothing_of_team_b(world: World, who: str) -> None:
    b = _team_b(world)
    Conversation.objects.filter(pk=b.conversation.pk).update(status="new", priority=0)
    client = world.client(getattr(world, who))
    for url in CROSS_FOLDER_LISTS:
        response = client.get(url)
        assert response.status_code == 200
        page = response.content.decode()
        assert SECRET not in page and f'data-href="/c/{b.conversation.pk}/"' not in page, url


def test_it_answers_404_to_a_forged_survey_token(world: World) -> None:
    b = _team_b(world)
    client = world.client(None)
    assert client.get(f"/satisfaction/{b.survey.token}x/").status_code == 404
    assert client.post(f"/satisfaction/{b.survey.token}x/good/").status_code == 404
    b.survey.refresh_from_db()
    assert b.survey.rating == ""


def test_it_refuses_a_forged_welcome_link(world: World) -> None:
    uid = urlsafe_base64_encode(force_bytes(world.charlie.pk))
    token = default_token_generator.make_token(world.charlie)
    forged = token[:-1] + ("a" if token[-1] != "a" else "b")
    response = world.client(None).get(f"/welcome/{uid}/{forged}/", follow=True)
    assert "new_password1" not in response.content.decode()
    before = world.charlie.password
    world.client(None).post(
        f"/welcome/{uid}/{forged}/", {"new_password1": "x1y2z3w4v5", "new_password2": "x1y2z3w4v5"}
    )
    world.charlie.refresh_from_db()
    assert world.charlie.password == before


def test_a_lead_cannot_put_a_calendar_or_a_policy_on_another_teams_mailbox(world: World) -> None:
    client = world.client(world.lead)
    hours = {f"hours_{day}": "09:00-18:00" if day < 5 else "" for day in range(7)}
    calendar = {"name": "乗っ取り", "time_zone": "Asia/Tokyo", "holiday_country": "JP"} | hours
    client.post("/sla/calendars/new/", calendar | {"mailbox": str(world.sales.pk)})
    client.post("/sla/calendars/new/", calendar | {"team": str(world.team_b.pk)})
    client.post("/sla/calendars/new/", calendar)  # the company's: an admin's
    assert not BusinessCalendar.objects.exists()
    policy = {"name": "乗っ取り", "warn_percent": "80", "first_response_minutes": "1"}
    body = client.post(
        "/sla/policies/new/", policy | {"mailbox": str(world.sales.pk)}, HTTP_ACCEPT_LANGUAGE="ja"
    ).content.decode()
    assert "乗っ取り" in body  # the form again, with its error
    client.post("/sla/policies/new/", policy)  # every mailbox: an admin's
    assert not SlaPolicy.objects.exists()


def test_the_policy_form_names_no_private_label_or_template_of_another_team(world: World) -> None:
    _team_b(world)
    body = world.client(world.lead).get("/sla/policies/new/").content.decode()
    assert SECRET not in body


def test_a_refused_calendar_form_without_hours_is_no_500(world: World) -> None:
    calendar = BusinessCalendar.objects.create(name="A", team=world.team_a)
    response = world.client(world.lead).post(f"/sla/calendars/{calendar.pk}/", {"name": "A"})
    assert response.status_code == 200
