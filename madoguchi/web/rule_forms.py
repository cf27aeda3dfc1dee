"""The sorting rule as a form a lead fills in: conditions and actions as fields, turned
into the JSON that actions/rules.py reads (and back, to edit a saved rule)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from madoguchi.actions.labels import visible_labels
from madoguchi.actions.replies import TEMPLATE_VARIABLES
from madoguchi.actions.rule_settings import rule_mailboxes
from madoguchi.actions.templates import visible_templates
from madoguchi.models import Label, Mailbox, Role, Rule, Status, Team, Template
from madoguchi.quality.lint.rules.placeholder_left import placeholders_in
from madoguchi.quality.placeholders import fill_placeholders

ANY = ""
_PRIORITIES = [
    (ANY, _("Do not change")),
    ("urgent", _("Urgent")),
    ("normal", _("Normal")),
    ("low", _("Low")),
]
_STATUSES = [(ANY, _("Do not change"))] + [
    (status.value, status.label)
    for status in (Status.OPEN, Status.WAITING, Status.NO_ACTION, Status.RESOLVED)
]


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.replace("、", ",").split(",") if w.strip()]


class _People(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        agent = getattr(obj, "agent", None)
        return agent.name if agent is not None else obj.get_username()


class _AutoReplyChoice(forms.ModelChoiceField):  # type: ignore[type-arg]
    """Templates with a blank nobody fills are marked in the list (walk 11 F-13: the
    refusal only came on 保存, after the lead had built the whole rule around one)."""

    def label_from_instance(self, obj: Any) -> str:
        blanks = blanks_nobody_fills(obj.body)
        if not blanks:
            return str(obj.name)
        return str(
            _("%(name)s — has blanks nobody fills (%(blanks)s): never sent automatically")
            % {"name": obj.name, "blanks": ", ".join(blanks)}
        )


class RuleForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    mailbox = forms.ModelChoiceField(
        queryset=Mailbox.objects.none(),
        required=False,
        label=_("Mailbox"),
        empty_label=_("Every mailbox"),
    )
    is_active = forms.BooleanField(
        label=pgettext_lazy("a rule that is switched on", "On"), required=False, initial=True
    )
    position = forms.IntegerField(label=_("Order"), min_value=0, max_value=10_000, initial=100)
    match = forms.ChoiceField(
        label=_("Conditions"),
        choices=[
            ("all", _("All of the conditions below")),
            ("any", _("Any of the conditions below")),
        ],
        initial="all",
    )
    sender = forms.CharField(
        label=_("Sender address"),
        required=False,
        max_length=320,
        help_text=_("An address or a pattern with *, e.g. *@bigcustomer.co.jp"),
    )
    domain = forms.CharField(
        label=_("Sender's domain"),
        required=False,
        max_length=255,
        help_text=_("example.co.jp also covers mail.example.co.jp; several separated by commas"),
    )
    recipient = forms.CharField(
        label=_("Sent to (To or Cc)"),
        required=False,
        max_length=320,
        help_text=_("One of our addresses, e.g. billing@example.com"),
    )
    subject_words = forms.CharField(
        label=_("Subject contains any of"),
        required=False,
        max_length=1000,
        help_text=_("Words separated by commas"),
    )
    keywords = forms.CharField(
        label=_("Subject or text contains any of"),
        required=False,
        max_length=1000,
        help_text=_("Words separated by commas"),
    )
    attachment = forms.ChoiceField(
        label=_("Attachment"),
        required=False,
        choices=[
            (ANY, _("Any mail")),
            ("yes", _("With an attachment")),
            ("no", _("Without attachments")),
        ],
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[(ANY, _("Any language")), ("ja", _("Japanese")), ("en", _("English"))],
    )
    urgency = forms.ChoiceField(
        label=_("Urgency (triage)"),
        required=False,
        choices=[
            (ANY, _("Any urgency")),
            ("high", _("High")),
            ("normal", _("Normal")),
            ("low", _("Low")),
        ],
    )
    emotion = forms.ChoiceField(
        label=_("Emotion (triage)"),
        required=False,
        choices=[
            (ANY, _("Any emotion")),
            ("angry", _("Angry")),
            ("anxious", _("Anxious")),
            ("neutral", _("Neutral")),
            ("positive", _("Positive")),
        ],
    )
    assignee = _People(
        queryset=get_user_model().objects.none(),
        required=False,
        label=_("Assign to"),
        empty_label=_("Nobody"),
    )
    team = forms.ModelChoiceField(
        queryset=Team.objects.none(),
        required=False,
        label=_("Or give to a team in turn (round-robin)"),
        empty_label=_("No team"),
    )
    label = forms.ModelChoiceField(
        queryset=Label.objects.all(),
        required=False,
        label=_("Add the label"),
        empty_label=_("No label"),
        to_field_name="name",
        help_text=_(
            "To hold replies for approval, add a label here and name it in an approval rule."
        ),
    )
    auto_reply = _AutoReplyChoice(
        queryset=Template.objects.filter(kind=Template.Kind.REPLY),
        required=False,
        label=_("Send this template to the sender automatically"),
        empty_label=_("No automatic reply"),
        help_text=_(
            "Sent once, instead of the mailbox's acknowledgement; never to automatic or"
            " no-reply senders, never with a blank left in it."
        ),
    )
    priority = forms.ChoiceField(label=_("Set the priority"), required=False, choices=_PRIORITIES)
    status = forms.ChoiceField(label=_("Set the status"), required=False, choices=_STATUSES)
    stop_processing = forms.BooleanField(label=_("Stop after this rule"), required=False)
    # A rule with no condition acts on every new mail of its mailboxes: said and ticked on
    # purpose, never saved by leaving the conditions empty (s10 walk: a rule meant to be
    # finished later made every new mail 至急).
    every_mail = forms.BooleanField(
        label=_("No condition: apply it to every new mail"), required=False
    )

    def __init__(self, *args: Any, user: Any, rule: Rule | None = None, **kwargs: Any) -> None:
        if rule is not None and "initial" not in kwargs and not args and "data" not in kwargs:
            kwargs["initial"] = initial_of(rule)
        super().__init__(*args, **kwargs)
        mailboxes = rule_mailboxes(user)
        self.fields["mailbox"].queryset = mailboxes  # type: ignore[attr-defined]
        if getattr(getattr(user, "agent", None), "role", None) != Role.ADMIN:
            self.fields["mailbox"].required = True
            self.fields["mailbox"].empty_label = None  # type: ignore[attr-defined]
        self.fields["assignee"].queryset = (  # type: ignore[attr-defined]
            get_user_model()
            .objects.filter(is_active=True, agent__teams__mailboxes__in=mailboxes)
            .select_related("agent")
            .distinct()
            .order_by("agent__display_name", "username")
        )
        self.fields["team"].queryset = Team.objects.filter(mailboxes__in=mailboxes).distinct()  # type: ignore[attr-defined]
        # The user's teams' and the global labels and shared templates, as everywhere else
        # (a lead of team A neither sees nor picks team B's, nor anyone's personal template).
        self.fields["label"].queryset = visible_labels(user)  # type: ignore[attr-defined]
        self.fields["auto_reply"].queryset = visible_templates(user).filter(  # type: ignore[attr-defined]
            kind=Template.Kind.REPLY, owner__isnull=True
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("assignee") and data.get("team"):
            raise forms.ValidationError(_("Choose a person or a team, not both."))
        if not any(self.actions().values()):
            raise forms.ValidationError(_("A rule needs at least one action."))
        template = data.get("auto_reply")
        blanks = blanks_nobody_fills(template.body) if template is not None else []
        if blanks:
            self.add_error(
                "auto_reply",
                _(
                    "This template has blanks nobody fills (%(blanks)s): an automatic reply "
                    "is never sent with a blank, so it would never go. Fill them in the "
                    "template, or choose another."
                )
                % {"blanks": ", ".join(blanks)},
            )
        if not self.errors and len(self.conditions()) == 1 and not data.get("every_mail"):
            self.add_error(
                "every_mail",
                _(
                    "This rule has no condition, so it would act on every new mail. Add a "
                    "condition, or tick this box if every new mail is meant."
                ),
            )
        return data

    def conditions(self) -> dict[str, Any]:
        data = self.cleaned_data
        conditions: dict[str, Any] = {"match": data.get("match") or "all"}
        for name in ("sender", "domain", "recipient", "language", "urgency", "emotion"):
            if data.get(name):
                conditions[name] = data[name].strip()
        for name in ("subject_words", "keywords"):
            if data.get(name):
                conditions[name] = _words(data[name])
        if data.get("attachment"):
            conditions["attachment"] = data["attachment"] == "yes"
        return conditions

    def actions(self) -> dict[str, Any]:
        data = getattr(self, "cleaned_data", {})
        actions: dict[str, Any] = {}
        if data.get("assignee"):
            actions["assignee"] = data["assignee"].pk
        if data.get("team"):
            actions["team"] = data["team"].pk
        if data.get("label"):
            actions["label"] = data["label"].name
        if data.get("priority"):
            actions["priority"] = data["priority"]
        if data.get("status"):
            actions["status"] = data["status"]
        if data.get("auto_reply"):
            actions["auto_reply"] = data["auto_reply"].pk
        return actions

    def to_rule(self, rule: Rule | None = None) -> Rule:
        rule = rule or Rule()
        data = self.cleaned_data
        rule.name = data["name"]
        rule.mailbox = data.get("mailbox")
        rule.is_active = bool(data.get("is_active"))
        rule.position = data["position"]
        rule.stop_processing = bool(data.get("stop_processing"))
        rule.conditions = self.conditions()
        rule.actions = self.actions()
        return rule


def blanks_nobody_fills(body: str) -> list[str]:
    """The blanks (〇〇, <day, time>, an unknown {name}) left once every template variable is
    filled: the send gate refuses an automatic mail holding one (s10 walk F28)."""
    filled = fill_placeholders(body, {name: "x" for name in TEMPLATE_VARIABLES})
    return placeholders_in(filled)


def initial_of(rule: Rule) -> dict[str, Any]:
    conditions = rule.conditions or {}
    actions = rule.actions or {}
    attachment = conditions.get("attachment")
    return {
        "name": rule.name,
        "mailbox": rule.mailbox_id,
        "is_active": rule.is_active,
        "position": rule.position,
        "stop_processing": rule.stop_processing,
        "match": conditions.get("match") or "all",
        **{
            k: conditions.get(k, "")
            for k in ("sender", "domain", "recipient", "language", "urgency", "emotion")
        },
        "subject_words": ", ".join(conditions.get("subject_words") or []),
        "keywords": ", ".join(conditions.get("keywords") or []),
        "attachment": "" if attachment is None else ("yes" if attachment else "no"),
        "assignee": actions.get("assignee")
        if str(actions.get("assignee") or "").isdigit()
        else None,
        "team": actions.get("team"),
        "label": actions.get("label"),
        "priority": actions.get("priority") or "",
        "status": actions.get("status") or "",
        "auto_reply": actions.get("auto_reply"),
        "every_mail": not any(name != "match" for name in conditions),
    }


_CONDITION_FIELDS = (
    "sender",
    "domain",
    "recipient",
    "subject_words",
    "keywords",
    "attachment",
    "language",
    "urgency",
    "emotion",
)
_ACTION_FIELDS = ("assignee", "team", "label", "priority", "status", "auto_reply")


def rule_summary(rule: Rule, user: Any) -> tuple[list[str], list[str]]:
    """What a rule checks and does, in the form's own words ("Sender's domain: example.co.jp",
    "Set the priority: Urgent"), for the rules list (s10 walk F12: it showed only names)."""
    form = RuleForm(user=user, rule=rule)

    def shown(name: str) -> str:
        field = form.fields[name]
        value = form.initial.get(name)
        if value in (None, "", []):
            return ""
        if isinstance(field, forms.ModelChoiceField):
            key = field.to_field_name or "pk"
            found = field.queryset.filter(**{key: value}).first()  # type: ignore[union-attr]
            return field.label_from_instance(found) if found is not None else str(value)
        if isinstance(field, forms.ChoiceField):
            return str(dict(field.choices).get(value, value))  # type: ignore[arg-type]
        return str(value)

    def described(names: tuple[str, ...]) -> list[str]:
        return [f"{form.fields[name].label}: {text}" for name in names if (text := shown(name))]

    return described(_CONDITION_FIELDS), described(_ACTION_FIELDS)
