"""Leads define approval policies in the app (not the Django admin)."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from madoguchi.actions.base import NotAllowed, record_event, role_of
from madoguchi.actions.labels import visible_labels
from madoguchi.models import ApprovalPolicy, Role


def may_manage_policies(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


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
    if not may_manage_policies(user):
        raise NotAllowed("only leads define approval policies")
    before = _summary(form.instance) if form.instance.pk else None
    # Labels the user cannot see (another team's, chosen by an admin) are not offered in
    # the form; saving it must not quietly drop them from the policy.
    hidden = (
        list(form.instance.labels.exclude(pk__in=visible_labels(user).values("pk")))
        if form.instance.pk
        else []
    )
    policy: ApprovalPolicy = form.save(commit=False)
    policy.updated_by = user
    policy.save()
    form.save_m2m()
    policy.labels.add(*hidden)
    record_event(None, user, "approval_policy_saved", before, _summary(policy))
    return policy


@transaction.atomic
def delete_policy(user: Any, policy: ApprovalPolicy) -> None:
    if not may_manage_policies(user):
        raise NotAllowed("only leads define approval policies")
    before = _summary(policy)
    policy.delete()
    record_event(None, user, "approval_policy_deleted", before, None)
