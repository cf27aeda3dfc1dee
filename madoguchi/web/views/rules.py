"""Sorting rules for leads: the list, the form with a preview, and delete."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.actions.base import NotAllowed
from madoguchi.actions.rule_settings import (
    apply_to_unresolved,
    delete_rule,
    editable_rules,
    may_manage_rules,
    preview,
    rule_mailboxes,
    save_rule,
)
from madoguchi.actions.sending import goes_unsigned
from madoguchi.models import Rule
from madoguchi.web.rule_forms import RuleForm, rule_summary
from madoguchi.web.views.common import action_view
from madoguchi.web.views.outbound import unsigned_automatic_warning


def _rule_or_404(request: HttpRequest, rule_id: int) -> Rule:
    rule = editable_rules(request.user).filter(pk=rule_id).first()
    if rule is None:
        raise Http404("no such rule")
    return rule


@login_required
def rules(request: HttpRequest) -> HttpResponse:
    if not may_manage_rules(request.user):
        raise Http404("only leads edit sorting rules")
    rows = [(rule, *rule_summary(rule, request.user)) for rule in editable_rules(request.user)]
    return render(request, "madoguchi/rules.html", {"rows": rows})


@login_required
def rule_edit(request: HttpRequest, rule_id: int | None = None) -> HttpResponse:
    if not may_manage_rules(request.user):
        raise Http404("only leads edit sorting rules")
    rule = _rule_or_404(request, rule_id) if rule_id else None
    if request.method == "POST":
        form = RuleForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                save_rule(request.user, form.to_rule(rule))
            except NotAllowed as error:
                form.add_error("mailbox", str(error))
            else:
                messages.success(request, _("Sorting rule saved."))
                # Its automatic reply has nobody to ask when it goes: say it here.
                template = form.cleaned_data.get("auto_reply")
                chosen = form.cleaned_data.get("mailbox")
                mailboxes = [chosen] if chosen else list(rule_mailboxes(request.user))
                if template is not None and any(
                    goes_unsigned(mailbox, None, template.body) for mailbox in mailboxes
                ):
                    messages.warning(request, unsigned_automatic_warning())
                return HttpResponseRedirect(reverse("rules"), status=303)
    else:
        form = RuleForm(user=request.user, rule=rule)
    return render(request, "madoguchi/rule_edit.html", {"form": form, "rule": rule})


@login_required
@require_POST
def rule_preview(request: HttpRequest) -> HttpResponse:
    """htmx, from the form: the recent mails these conditions would have matched."""
    if not may_manage_rules(request.user):
        raise Http404("only leads edit sorting rules")
    form = RuleForm(request.POST, user=request.user)
    form.is_valid()  # the conditions are read even when an action is still missing
    if not hasattr(form, "cleaned_data") or any(
        name in form.errors for name in ("mailbox", "sender", "domain", "recipient")
    ):
        return render(request, "madoguchi/_rule_preview.html", {"invalid": True})
    result = preview(request.user, form.conditions(), form.cleaned_data.get("mailbox"))
    # Said with the matches, not only on 保存 (walk 11 F-13).
    blanks = form.errors.get("auto_reply")
    return render(
        request, "madoguchi/_rule_preview.html", {"preview": result, "auto_reply_errors": blanks}
    )


@action_view
def rule_delete(request: HttpRequest, rule_id: int) -> HttpResponse:
    delete_rule(request.user, _rule_or_404(request, rule_id))
    messages.success(request, _("Sorting rule deleted."))
    return HttpResponseRedirect(reverse("rules"), status=303)


@action_view
def rule_apply(request: HttpRequest, rule_id: int) -> HttpResponse:
    """A saved rule applied now to the unresolved conversations it matches (walk 13, F14)."""
    rule = _rule_or_404(request, rule_id)
    done = apply_to_unresolved(request.user, rule)
    if not done.matched:
        messages.info(request, _("No unresolved conversation matches this rule."))
    else:
        messages.success(
            request,
            _(
                "Applied to the unresolved conversations that match: %(matched)d matched, "
                "%(changed)d changed (the others had it already). No automatic reply was sent."
            )
            % {"matched": done.matched, "changed": done.changed},
        )
    return HttpResponseRedirect(reverse("rule_edit", args=[rule.pk]), status=303)
