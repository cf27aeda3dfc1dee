"""The reply linter in the compose box, and the page where leads set each rule's mode."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.actions.base import visible_mailbox
from madoguchi.actions.lint_policy import (
    HINT,
    RULE_NAMES,
    PolicyFinding,
    lint_draft,
    mailbox_team_ids,
    may_set_lint_policy,
    normalise_newlines,
    policy_modes,
    set_lint_policy,
)
from madoguchi.models import LintMode
from madoguchi.quality.lint import RULES
from madoguchi.quality.lint.base import Finding
from madoguchi.quality.lint.rewrite import sound_rewrite
from madoguchi.web.scope import chosen_scope
from madoguchi.web.views.common import conversation_or_404

MAX_DRAFT_CHARS = 200_000


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Browsers count UTF-16 code units; Python counts code points (an emoji is one code point
    and two units). The astral characters are found once; encoding the text up to each finding
    made a long draft with many findings quadratic (~6 s and 23 MB of work)."""

    def __init__(self, text: str) -> None:
        self.astral = [match.start() for match in _ASTRAL.finditer(text)]

    def __call__(self, index: int) -> int:
        return index + bisect_left(self.astral, index)


@dataclass(frozen=True)
class FindingView:
    finding: Finding  # offsets in code points, as `madoguchi lint` reports them
    rule_name: str
    mode: str
    start_utf16: int  # the same offsets for the textarea's JavaScript string
    end_utf16: int
    replace_end_utf16: int  # where the one-click rewrite's replacement ends
    rewrite: str | None  # the suggestion when it is a drop-in for the flagged words, else None
    # The explanation in the reader's UI language, as the rule's name beside it (walk 8
    # finding 24: a Japanese title over an English explanation); the rewrite stays in the
    # reply's language, since it goes into the reply.
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.finding.to_dict(),
            "mode": self.mode,
            "start_utf16": self.start_utf16,
            "end_utf16": self.end_utf16,
            "replace_end_utf16": self.replace_end_utf16,
            "rewrite": self.rewrite,
        }


def _view(
    text: str, item: PolicyFinding, utf16: Utf16Offsets, names: dict[str, str]
) -> FindingView:
    rewrite = sound_rewrite(text, item.finding)
    return FindingView(
        finding=item.finding,
        rule_name=names.get(item.finding.rule, item.finding.rule),
        mode=item.mode,
        start_utf16=utf16(item.finding.start),
        end_utf16=utf16(item.finding.end),
        replace_end_utf16=utf16(rewrite.end if rewrite else item.finding.end),
        rewrite=rewrite.text if rewrite else None,
        message=_in_ui_language(item.finding),
    )


def _in_ui_language(finding: Finding) -> str:
    japanese, english = finding.messages
    chosen = japanese if (get_language() or "").startswith("ja") else english
    return chosen or finding.message


def finding_views(text: str, findings: list[PolicyFinding]) -> list[FindingView]:
    utf16 = Utf16Offsets(text)  # one scan of the draft, not one encode per finding
    names = {rule: str(name) for rule, name in RULE_NAMES.items()}  # once, not per finding
    return [_view(text, item, utf16, names) for item in findings]


@login_required
@require_POST
def lint_reply(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """Findings for the draft in the compose box: an HTML panel, or JSON with ?format=json."""
    conversation = conversation_or_404(request, conversation_id)
    return _findings(request, conversation.subject, mailbox_team_ids(conversation.mailbox_id))


@login_required
@require_POST
def lint_new_mail(request: HttpRequest) -> HttpResponse:
    """The same check for a new mail (/new/): the chosen mailbox's teams' rules (the global
    ones until a mailbox is chosen), the subject as typed."""
    mailbox = (
        visible_mailbox(request.user, request.POST.get("mailbox", ""))
        if request.POST.get("mailbox", "").isdigit()
        else None
    )
    teams = mailbox_team_ids(mailbox.pk) if mailbox is not None else []
    return _findings(request, request.POST.get("subject", "")[:998], teams)


def _findings(request: HttpRequest, subject: str, team_ids: list[int]) -> HttpResponse:
    body = normalise_newlines(request.POST.get("body", ""))[:MAX_DRAFT_CHARS]
    modes = policy_modes(team_ids)
    views = finding_views(body, lint_draft(body, subject, modes))
    # Warnings are what the check asserts; hints (weaker findings) are listed apart, quieter.
    findings = [view for view in views if view.mode != HINT]
    hints = [view for view in views if view.mode == HINT]
    findings, hints = _rewrites_up_front(findings, hints)
    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "findings": [finding.to_dict() for finding in findings],
                "hints": [hint.to_dict() for hint in hints],
            }
        )
    acknowledged = set(request.POST.getlist("lint_ack"))
    return render(
        request,
        "madoguchi/_assist_lint.html",
        {
            "findings": findings,
            "hints": hints,
            "blocking": any(f.mode == LintMode.BLOCK for f in findings),
            "acknowledged": acknowledged,
            "LintMode": LintMode,
        },
    )


def _rewrites_up_front(
    findings: list[FindingView], hints: list[FindingView]
) -> tuple[list[FindingView], list[FindingView]]:
    """A hint with a rewrite on a sentence whose warning has none is offered beside the
    warning, not folded away (walk 20 G4: 「〜ボタンを押してください。」 was 理由のない依頼 on top,
    without a rewrite, and its 命令口調 rewrite 「お押しいただけますでしょうか」 hid in the
    collapsed hints). It warns only: it never blocks nor asks to be acknowledged."""
    bare = [view for view in findings if view.rewrite is None]
    moved = [
        hint
        for hint in hints
        if hint.rewrite is not None
        and any(
            hint.finding.start < view.finding.end and view.finding.start < hint.finding.end
            for view in bare
        )
    ]
    if not moved:
        return findings, hints
    promoted = [replace(hint, mode=LintMode.WARN) for hint in moved]
    shown = sorted(findings + promoted, key=lambda view: (view.finding.start, view.finding.end))
    return shown, [hint for hint in hints if hint not in moved]


class LintPolicyForm(forms.Form):
    def __init__(self, *args: Any, initial_modes: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for rule in RULES:
            self.fields[rule.id] = forms.ChoiceField(
                label=RULE_NAMES.get(rule.id, rule.id),
                choices=LintMode.choices,
                initial=initial_modes[rule.id],
                widget=forms.RadioSelect,
            )


@login_required
def lint_policy(request: HttpRequest) -> HttpResponse:
    """Leads choose per rule, for their team's replies: off, warn, must be acknowledged,
    or blocks sending. Admins set the global policy that teams start from."""
    if not may_set_lint_policy(request.user):
        raise Http404("only leads set the reply linter's rules")
    team, teams, may_global = chosen_scope(request)
    modes = policy_modes([team.pk] if team else [])
    form = LintPolicyForm(request.POST or None, initial_modes=modes)
    if request.method == "POST" and form.is_valid():
        set_lint_policy(request.user, form.cleaned_data, team)
        messages.success(request, _("Reply check rules saved."))
        query = f"?team={team.pk}" if team else ""
        return HttpResponseRedirect(reverse("lint_policy") + query, status=303)
    japanese = (get_language() or "ja").startswith("ja")
    rows = [
        {
            "rule": rule,
            "field": form[rule.id],
            "description": rule.description_ja if japanese else rule.description_en,
            # A rule module may list the families of wording it covers (id, ja, en).
            "families": [ja if japanese else en for _id, ja, en in getattr(rule, "families", ())],
        }
        for rule in RULES
    ]
    return render(
        request,
        "madoguchi/lint_policy.html",
        {
            "form": form,
            "rows": rows,
            "team": team,
            "teams": teams,
            "may_global": may_global,
            # The ids are for `madoguchi lint` and its config: an admin's small print only
            # (s7 walk: a lead read "placeholder_left" beside every name).
            "show_rule_ids": may_global,
        },
    )


def lint_blocked_message() -> str:
    return _(
        "Not sent: the reply check found wording your team's rules do not let through. "
        "Rewrite the points marked “Blocks sending”, and tick the ones marked “Must be "
        "acknowledged” if you send them as written."
    )
