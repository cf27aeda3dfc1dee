"""The reply linter in the send path: which rules warn, need an acknowledgement, or block.

A lead sets a mode per rule (LintPolicy); a rule without a row warns. Sending re-lints the
final text on the server, so a stale or skipped check in the browser cannot let a blocked
phrase through, and an acknowledgement only counts for a rule that actually fired.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from madoguchi.actions.base import ActionError, NotAllowed, record_event, role_of
from madoguchi.actions.scoping import may_manage_scope
from madoguchi.models import LintMode, LintPolicy, Role, Team
from madoguchi.quality.lint import RULES, Finding, lint

DEFAULT_MODE = LintMode.WARN
# Not a mode a lead sets: what a finding the draft-level decision kept only as a hint
# (Finding.severity) shows as, whatever its rule's mode; it never blocks nor asks.
HINT = "hint"
# Each rule by its name in the reader's language (never its code on a screen).
RULE_NAMES = {
    "condescending": gettext_lazy("Talking down"),
    "vague": gettext_lazy("Vague"),
    "imperative": gettext_lazy("Commanding tone"),
    "request_without_reason": gettext_lazy("Request without a reason"),
    "unknown_without_followup": gettext_lazy("“Don't know” without a next step"),
    "dismissive": gettext_lazy("Brush-off"),
    "apology_incomplete": gettext_lazy("Incomplete apology"),
    "purpose_not_upfront": gettext_lazy("Purpose not up front"),
    "placeholder_left": gettext_lazy("Unfilled blank"),
}
# Until a lead says otherwise, talking down to a customer or brushing them off is not sent
# with one click: the agent ticks "I have read this" first (a new user sent a draft with
# three such findings without being asked). The other rules only warn.
DEFAULT_MODES: dict[str, str] = {
    "condescending": LintMode.ACKNOWLEDGE,
    "dismissive": LintMode.ACKNOWLEDGE,
}


def default_mode(rule: str) -> str:
    return DEFAULT_MODES.get(rule, DEFAULT_MODE)


@dataclass(frozen=True, slots=True)
class PolicyFinding:
    """A linter finding with what the policy makes of it; offsets into the whole draft."""

    finding: Finding
    mode: str  # a LintMode value other than "off"

    @property
    def blocks(self) -> bool:
        return self.mode == LintMode.BLOCK

    @property
    def needs_acknowledgement(self) -> bool:
        return self.mode == LintMode.ACKNOWLEDGE


class LintBlocked(ActionError):
    """The draft has findings the team's policy does not let through as they are."""

    def __init__(self, blocking: list[PolicyFinding], unacknowledged: list[PolicyFinding]) -> None:
        def named(items: list[PolicyFinding]) -> str:
            rules = {item.finding.rule for item in items}
            return ", ".join(sorted(str(RULE_NAMES.get(rule, rule)) for rule in rules))

        parts = []
        if blocking:
            parts.append(
                _("rewrite what the team's rules block (%(rules)s)") % {"rules": named(blocking)}
            )
        if unacknowledged:
            parts.append(
                _("tick or rewrite what must be acknowledged (%(rules)s)")
                % {"rules": named(unacknowledged)}
            )
        super().__init__(_("The reply was not sent: %(what)s.") % {"what": "; ".join(parts)})
        self.blocking = blocking
        self.unacknowledged = unacknowledged


def normalise_newlines(text: str) -> str:
    """Browsers post CRLF but show LF: offsets the compose box uses are into the LF text."""
    return text.replace("\r\n", "\n")


# Of several teams' modes for one rule (a mailbox shared by teams), the strictest wins.
STRICTNESS: dict[str, int] = {"off": 0, "warn": 1, "acknowledge": 2, "block": 3}


def policy_modes(team_ids: Iterable[int] = ()) -> dict[str, str]:
    """Mode of every known rule for replies from the mailboxes of these teams (one small
    query): a team's own row wins over the global one (an admin's); none: the global."""
    rows = list(
        LintPolicy.objects.filter(Q(team__isnull=True) | Q(team__in=list(team_ids))).values_list(
            "team_id", "rule", "mode"
        )
    )
    stored = {rule: mode for team, rule, mode in rows if team is None}
    teams: dict[str, str] = {}
    for team, rule, mode in rows:
        if team is not None and STRICTNESS.get(mode, 1) >= STRICTNESS.get(teams.get(rule, ""), -1):
            teams[rule] = mode
    stored.update(teams)
    return {rule.id: stored.get(rule.id, default_mode(rule.id)) for rule in RULES}


def mailbox_team_ids(mailbox_id: int) -> list[int]:
    """The teams whose reply-check policy applies to replies from this mailbox."""
    return list(Team.objects.filter(mailboxes__id=mailbox_id).values_list("id", flat=True))


def lint_draft(
    body: str, subject: str | None = None, modes: Mapping[str, str] | None = None
) -> list[PolicyFinding]:
    """Findings of the enabled rules in the agent's own words (the compose box holds only
    those: the signature and quote are added when the reply is queued, mail/body.py)."""
    modes = policy_modes() if modes is None else modes
    enabled = tuple(
        rule for rule in RULES if modes.get(rule.id, default_mode(rule.id)) != LintMode.OFF
    )
    if not enabled:
        return []
    text = normalise_newlines(body)
    return [
        PolicyFinding(
            finding,
            HINT
            if finding.severity == "hint"
            else modes.get(finding.rule, default_mode(finding.rule)),
        )
        for finding in lint(text, subject=subject or None, rules=enabled)
    ]


def enforce_lint_policy(
    body: str,
    subject: str | None,
    acknowledged: Collection[str] = (),
    team_ids: Iterable[int] = (),
) -> list[str]:
    """Raise LintBlocked for a draft the policy stops; return the acknowledged rules that
    fired (for the audit trail). Only rules set to block or acknowledge are checked, so a
    team that keeps every rule at "warn" pays nothing at send time. `team_ids`: the teams
    of the sending mailbox, whose policies apply (and no other team's)."""
    modes = policy_modes(team_ids)
    strict = {
        rule for rule, mode in modes.items() if mode in (LintMode.BLOCK, LintMode.ACKNOWLEDGE)
    }
    if not strict:
        return []
    checked = {rule: mode if rule in strict else LintMode.OFF for rule, mode in modes.items()}
    findings = lint_draft(body, subject, checked)
    blocking = [item for item in findings if item.blocks]
    unacknowledged = [
        item
        for item in findings
        if item.needs_acknowledgement and item.finding.rule not in set(acknowledged)
    ]
    if blocking or unacknowledged:
        raise LintBlocked(blocking, unacknowledged)
    return sorted({item.finding.rule for item in findings if item.needs_acknowledgement})


def may_set_lint_policy(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


@transaction.atomic
def set_lint_policy(
    user: Any, modes: Mapping[str, str], team: Team | None = None
) -> dict[str, str]:
    """Store a mode per rule for a team's replies (its leads, admins) or for everyone's
    (team None: admins only); records what changed."""
    if not may_manage_scope(user, team.pk if team else None):
        raise NotAllowed("only a team's leads set its reply check rules; admins the global ones")
    known = {rule.id for rule in RULES}
    for rule, mode in modes.items():
        if rule not in known:
            raise ActionError(_("unknown rule %(value)r") % {"value": rule})
        if mode not in LintMode.values:
            raise ActionError(_("unknown mode %(value)r") % {"value": mode})
    before = policy_modes([team.pk] if team else [])
    changed = {rule: mode for rule, mode in modes.items() if before[rule] != mode}
    for rule, mode in changed.items():
        LintPolicy.objects.update_or_create(
            team=team, rule=rule, defaults={"mode": mode, "updated_by": user}
        )
    if changed:
        record_event(
            None,
            user,
            "lint_policy_changed",
            {rule: before[rule] for rule in changed},
            {**changed, "team": team.pk if team else None},
        )
    return {**before, **changed}
