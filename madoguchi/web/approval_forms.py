"""Forms of approval by policy (the leads' page) and of the approver's decision."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from madoguchi.actions.approval_policies import led_team_ids, team_member_ids
from madoguchi.actions.base import role_of
from madoguchi.actions.labels import visible_labels
from madoguchi.models import ApprovalPolicy, Label, Mailbox, Role, Team
from madoguchi.models.approval import AgentsScope
from madoguchi.quality.lint import RULES


def _rule_choices() -> list[tuple[str, Any]]:
    from madoguchi.web.views.lint import RULE_NAMES

    return [(rule.id, RULE_NAMES.get(rule.id, rule.id)) for rule in RULES]


class UserChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        agent = getattr(obj, "agent", None)
        return agent.name if agent is not None else obj.get_username()


class ApprovalPolicyForm(forms.ModelForm):  # type: ignore[type-arg]
    agents = UserChoices(
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("These agents' replies"),
    )
    agents_scope = forms.ChoiceField(
        choices=AgentsScope.choices,
        required=False,  # a form posted without it (an older page): as before, any of them
        widget=forms.RadioSelect,
        label=_("The chosen agents"),
    )
    labels = forms.ModelMultipleChoiceField(
        queryset=Label.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Conversations with one of these labels"),
    )
    lint_rules = forms.MultipleChoiceField(
        choices=_rule_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Replies where the reply check finds"),
    )
    approvers = UserChoices(
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Agents who may approve (besides leads)"),
    )

    class Meta:
        model = ApprovalPolicy
        fields = [
            "name",
            "is_active",
            "team",
            "mailbox",
            "agents",
            "first_replies",
            "agents_scope",
            "labels",
            "on_anger",
            "on_high_urgency",
            "lint_rules",
            "words",
            "amount_at_least",
            "on_attachments",
            "on_external_cc",
            "approvers",
        ]
        widgets = {"words": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "team": _("Empty with no mailbox: every mailbox."),
            "first_replies": _("0: all their replies."),
            "words": _("One per line or comma-separated, e.g. 返金, 解約, 値引き."),
            "amount_at_least": _("Replies naming a yen amount at least this large (0: any)."),
        }

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Labels as everywhere: the user's teams' and the global ones (a lead of team A
        # neither sees nor picks team B's labels).
        self.fields["labels"].queryset = visible_labels(user)  # type: ignore[attr-defined]
        users = (
            get_user_model()
            .objects.filter(is_active=True, agent__isnull=False)
            .select_related("agent")
            .order_by("username")
        )
        if user is not None and role_of(user) != Role.ADMIN:
            # A lead picks among their own teams' members (s7 walk: every person was listed);
            # a forged id of someone else is then "not one of the choices".
            users = users.filter(pk__in=team_member_ids(user))
        self.fields["agents"].queryset = users  # type: ignore[attr-defined]
        self.fields["approvers"].queryset = users  # type: ignore[attr-defined]
        self.fields["team"].queryset = Team.objects.all()  # type: ignore[attr-defined]
        self.fields["mailbox"].queryset = Mailbox.objects.all()  # type: ignore[attr-defined]
        if user is not None and role_of(user) != Role.ADMIN:
            # A lead's policy holds back only their own teams' replies.
            teams = led_team_ids(user)
            self.fields["team"].queryset = Team.objects.filter(pk__in=teams)  # type: ignore[attr-defined]
            self.fields["mailbox"].queryset = Mailbox.objects.filter(  # type: ignore[attr-defined]
                teams__in=teams
            ).distinct()
            if self.instance.pk is None and teams and not self.is_bound:
                # A new policy starts on the lead's first team (by name): never "every team".
                first = Team.objects.filter(pk__in=teams).order_by("name").first()
                self.initial.setdefault("team", first.pk if first else None)
        # Not Django's "---------" (s6 walk): what an empty choice means, in the reader's words.
        self.fields["team"].empty_label = _("Every team")  # type: ignore[attr-defined]
        self.fields["mailbox"].empty_label = _("Every mailbox")  # type: ignore[attr-defined]
        if user is not None and role_of(user) != Role.ADMIN:
            # No "every team" for a lead (save_policy refuses it): say what to choose.
            self.fields["team"].empty_label = _("(a mailbox below instead)")  # type: ignore[attr-defined]
            self.fields["team"].help_text = _("One of your teams, or one of their mailboxes.")

    def clean_agents_scope(self) -> str:
        return str(self.cleaned_data.get("agents_scope") or AgentsScope.ANY)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("team") and data.get("mailbox"):
            raise forms.ValidationError(_("Choose a team or a mailbox, not both."))
        return data


class ReviewForm(forms.Form):
    """What the approver decided: approve, edit (send `text`), or send back (`comment`)."""

    decision = forms.ChoiceField(choices=[("approve", ""), ("edit", ""), ("return", "")])
    text = forms.CharField(required=False, strip=False)
    comment = forms.CharField(required=False, max_length=4000)


class ApprovalCheckForm(forms.Form):
    body = forms.CharField(required=False, strip=False)
    attachment_count = forms.IntegerField(required=False, min_value=0, max_value=1000)
    to = forms.CharField(required=False)
    cc = forms.CharField(required=False)
    bcc = forms.CharField(required=False)
