"""Leads define approval policies in the app (not the Django admin)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from madoguchi.actions.base import ActionError, NotAllowed, record_event, role_of
from madoguchi.actions.labels import visible_labels
from madoguchi.models import ApprovalPolicy, Mailbox, Role


def may_manage_policies(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


def led_team_ids(user: Any) -> list[int]:
    from madoguchi.actions.people import led_teams

    return list(led_teams(user).values_list("pk", flat=True))


def team_member_ids(user: Any) -> QuerySet[Any]:
    """The people a lead may name in a policy (as agents held back or as approvers): the
    members of the teams they lead. An admin names anyone (not called for them)."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(agent__teams__in=led_team_ids(user))
        .values_list("pk", flat=True)
        .distinct()
    )


def managed_policies(user: Any) -> QuerySet[ApprovalPolicy]:
    """The policies a user may change: an admin every one; a lead those of the teams they
    lead (by team, or by one of those teams' mailboxes). A policy for every mailbox, or for
    another team, would hold back that team's replies: only an admin changes it."""
    if role_of(user) == Role.ADMIN:
        return ApprovalPolicy.objects.all()
    if not may_manage_policies(user):
        return ApprovalPolicy.objects.none()
    teams = led_team_ids(user)
    return ApprovalPolicy.objects.filter(
        Q(team_id__in=teams) | Q(mailbox__teams__in=teams)
    ).distinct()


def _check_managed(user: Any, policy: ApprovalPolicy) -> None:
    if not may_manage_policies(user):
        raise NotAllowed("only leads define approval policies")
    if policy.pk and not managed_policies(user).filter(pk=policy.pk).exists():
        raise NotAllowed("a lead changes only their teams' approval policies")


def _summary(policy: ApprovalPolicy) -> dict[str, Any]:
    return {
        "policy": policy.pk,
        "name": policy.name,
        "active": policy.is_active,
        "agents": sorted(policy.agents.values_list("pk", flat=True)),
        "first_replies": policy.first_replies,
        "labels": sorted(policy.labels.values_list("pk", flat=True)),
        "anger": policy.on_anger,
        "urgency": policy.on_high_urgency,
        "lint_rules": list(policy.lint_rules or []),
        "words": policy.words,
        "amount_at_least": policy.amount_at_least,
        "attachments": policy.on_attachments,
        "external_cc": policy.on_external_cc,
        "approvers": sorted(policy.approvers.values_list("pk", flat=True)),
    }


@transaction.atomic
def save_policy(user: Any, form: Any) -> ApprovalPolicy:
    """Save a validated ApprovalPolicyForm; the change is recorded (before and after)."""
    _check_managed(user, form.instance)
    before = _summary(form.instance) if form.instance.pk else None
    # Labels the user cannot see (another team's, chosen by an admin) are not offered in
    # the form; saving it must not quietly drop them from the policy.
    hidden = (
        list(form.instance.labels.exclude(pk__in=visible_labels(user).values("pk")))
        if form.instance.pk
        else []
    )
    lead = role_of(user) != Role.ADMIN
    members = set(team_member_ids(user)) if lead else set()
    # People outside the lead's teams (named by an admin) are not offered to a lead either:
    # kept as they are, not dropped by the lead's save.
    others = (
        {
            field: list(getattr(form.instance, field).exclude(pk__in=members))
            for field in ("agents", "approvers")
        }
        if lead and form.instance.pk
        else {}
    )
    if lead:
        named = [*form.cleaned_data.get("agents", ()), *form.cleaned_data.get("approvers", ())]
        if any(person.pk not in members for person in named):
            raise ActionError(_("Choose agents and approvers among your teams' members."))
    policy: ApprovalPolicy = form.save(commit=False)
    if role_of(user) != Role.ADMIN:
        # The form offers a lead only their teams and mailboxes; checked here too.
        teams = led_team_ids(user)
        ours = policy.team_id in teams or (
            policy.mailbox_id is not None
            and Mailbox.objects.filter(pk=policy.mailbox_id, teams__in=teams).exists()
        )
        if not ours:
            raise ActionError(_("Choose one of your teams or one of their mailboxes."))
    policy.updated_by = user
    policy.save()
    form.save_m2m()
    policy.labels.add(*hidden)
    for field, people in others.items():
        getattr(policy, field).add(*people)
    record_event(None, user, "approval_policy_saved", before, _summary(policy))
    return policy


@transaction.atomic
def delete_policy(user: Any, policy: ApprovalPolicy) -> None:
    _check_managed(user, policy)
    before = _summary(policy)
    policy.delete()
    record_event(None, user, "approval_policy_deleted", before, None)
