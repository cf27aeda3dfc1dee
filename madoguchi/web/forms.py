"""Forms: every POST is validated here before an action sees it."""

from __future__ import annotations

import re
import zoneinfo
from datetime import datetime
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from madoguchi.actions.replies import TEMPLATE_VARIABLES
from madoguchi.actions.snoozing import MAX_SNOOZE, PRESETS, preset_time
from madoguchi.models import CustomField, Label, Priority, Status, Team, Template
from madoguchi.quality.clarify import VARIABLES as CLARIFY_VARIABLES
from madoguchi.quality.placeholders import template_variable_names
from madoguchi.web.date_fields import DayTimeField

MAX_UPLOAD_BYTES = 25 * 1024 * 1024  # what common mail servers accept in one message


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=Status.choices)


class PriorityForm(forms.Form):
    priority = forms.TypedChoiceField(choices=Priority.choices, coerce=int)


class LabelForm(forms.Form):
    label = forms.ModelChoiceField(queryset=Label.objects.all(), required=False)
    new_label = forms.CharField(max_length=100, required=False)
    remove = forms.BooleanField(required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("label") and not (data.get("new_label") or "").strip():
            raise forms.ValidationError(_("Choose a label."))
        return data


class AssignForm(forms.Form):
    """owner: "me", "none", a user id, or "team:<id>" for round-robin within a team."""

    owner = forms.CharField(max_length=40)

    def clean_owner(self) -> Any:
        value = self.cleaned_data["owner"].strip()
        if value in ("me", "none"):
            return value
        if value.startswith("team:"):
            try:
                return Team.objects.get(pk=int(value[5:]))
            except (ValueError, Team.DoesNotExist):
                raise forms.ValidationError(_("No such team.")) from None
        try:
            return get_user_model().objects.get(pk=int(value), is_active=True)
        except (ValueError, get_user_model().DoesNotExist):
            raise forms.ValidationError(_("No such person.")) from None


class SnoozeForm(forms.Form):
    """A preset (明日の朝 …) or a time of the agent's choosing, no further than MAX_SNOOZE."""

    preset = forms.ChoiceField(choices=[("", "")] + list(PRESETS.items()), required=False)
    until = DayTimeField(required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("preset"):
            data["until"] = preset_time(data["preset"])
            return data
        until: datetime | None = data.get("until")
        if until is None:
            if "until" not in self.errors:
                self.add_error("until", _("Choose a time in the future."))
            return data
        # The form reads the time in the agent's zone (activated by the middleware).
        if timezone.is_naive(until):
            until = timezone.make_aware(until)
        if until <= timezone.now():
            self.add_error("until", _("Choose a time in the future."))
        elif until > timezone.now() + MAX_SNOOZE:
            self.add_error(
                "until",
                _("Snooze at most %(days)d days ahead.") % {"days": MAX_SNOOZE.days},
            )
        data["until"] = until
        return data


class MergeForm(forms.Form):
    target = forms.IntegerField(min_value=1)


class NoteForm(forms.Form):
    text = forms.CharField(max_length=20000, widget=forms.Textarea(attrs={"rows": 3}))


# A reply's own text and each address field; far above any real reply, well below what
# DATA_UPLOAD_MAX_MEMORY_SIZE (settings) lets a form post.
REPLY_MAX_CHARACTERS = 200_000
ADDRESSES_MAX_CHARACTERS = 2000


class ReplyForm(forms.Form):
    body = forms.CharField(
        max_length=REPLY_MAX_CHARACTERS, widget=forms.Textarea(attrs={"rows": 10})
    )
    to = forms.CharField(max_length=ADDRESSES_MAX_CHARACTERS, required=False)
    cc = forms.CharField(max_length=ADDRESSES_MAX_CHARACTERS, required=False)
    bcc = forms.CharField(max_length=ADDRESSES_MAX_CHARACTERS, required=False)
    seen_at = forms.DateTimeField()
    force = forms.BooleanField(required=False)


class DraftForm(forms.Form):
    body = forms.CharField(max_length=200000, required=False)
    to = forms.CharField(max_length=2000, required=False)
    cc = forms.CharField(max_length=2000, required=False)
    bcc = forms.CharField(max_length=2000, required=False)


class BulkForm(forms.Form):
    ids = forms.TypedMultipleChoiceField(coerce=int, choices=[])
    operation = forms.ChoiceField(
        choices=[
            (name, name) for name in ("assign", "label", "status", "priority", "resolve", "snooze")
        ]
    )
    owner = forms.CharField(max_length=40, required=False)
    label = forms.ModelChoiceField(queryset=Label.objects.all(), required=False)
    status = forms.ChoiceField(choices=[("", "")] + list(Status.choices), required=False)
    priority = forms.TypedChoiceField(
        choices=[("", "")] + [(str(value), name) for value, name in Priority.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Any id may be posted; the action checks each against what the user may see.
        posted = self.data.getlist("ids") if hasattr(self.data, "getlist") else []
        self.fields["ids"].choices = [(value, value) for value in posted]  # type: ignore[attr-defined]


# The zones a team here works in, first; then every zone (walk 8 finding 24: the field was
# free text, empty, with no hint of what to type).
COMMON_TIME_ZONES = (
    "Asia/Tokyo",
    "UTC",
    "Asia/Seoul",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Australia/Sydney",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
)


def _with_offset(zone: str, at: datetime) -> str:
    offset = at.astimezone(zoneinfo.ZoneInfo(zone)).strftime("%z")
    return f"{zone} (UTC{offset[:3]}:{offset[3:]})"


def time_zone_choices() -> list[Any]:
    at = timezone.now()
    default = _("Default (%(zone)s)") % {"zone": settings.TIME_ZONE}
    rest = sorted(zoneinfo.available_timezones() - set(COMMON_TIME_ZONES) - {"localtime"})
    return [
        ("", default),
        (_("Common"), [(zone, _with_offset(zone, at)) for zone in COMMON_TIME_ZONES]),
        (_("All time zones"), [(zone, zone) for zone in rest]),
    ]


class PreferencesForm(forms.Form):
    display_name = forms.CharField(label=_("Display name"), max_length=100, required=False)
    name_en = forms.CharField(
        label=_("Name in Latin letters"),
        max_length=100,
        required=False,
        help_text=_("Used for {agent_name} in English mail, e.g. Emi Kobayashi."),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("Browser default"))] + list(settings.LANGUAGES),
        required=False,
        help_text=_(
            "Also the language of your notification mails; with the browser's, the language "
            "of the browser you last used."
        ),
    )
    time_zone = forms.ChoiceField(label=_("Time zone"), required=False)
    signature = forms.CharField(
        label=_("Signature"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=_(
            "Your replies carry this one instead of the mailbox's signature. Leave it empty "
            "to sign with the mailbox's."
        ),
    )
    signature_en = forms.CharField(
        label=_("Signature (English replies)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=_("The same for replies written in English."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = time_zone_choices()  # type: ignore[attr-defined]


class TemplateForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    scope = forms.ChoiceField(label=_("Who sees it"))
    folder = forms.CharField(
        label=_("Folder"),
        max_length=100,
        required=False,
        help_text=_("Templates with the same folder are listed together, in the picker too."),
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    kind = forms.ChoiceField(label=_("Kind"), choices=Template.Kind.choices)
    body = forms.CharField(
        label=_("Body"),
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_(
            "Variables: {customer_name}, {customer_first_name} (for English greetings: "
            "Hi Grace,), {organization}, {agent_name}, {tag}, {subject}, {mailbox_name}"
        ),
    )
    set_status = forms.ChoiceField(
        label=_("Then set the status to"),
        choices=[("", _("(leave as it is)")), *Status.choices],
        required=False,
    )
    set_priority = forms.TypedChoiceField(
        label=_("Then set the priority to"),
        choices=[("", _("(leave as it is)")), *Priority.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    add_labels = forms.ModelMultipleChoiceField(
        label=_("Then add the labels"),
        queryset=Label.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(
        self, *args: Any, scopes: list[tuple[str, str]], labels: Any, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        scope = self.fields["scope"]
        assert isinstance(scope, forms.ChoiceField)
        scope.choices = scopes
        field = self.fields["add_labels"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = labels

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        body = data.get("body") or ""
        known = TEMPLATE_VARIABLES | (
            CLARIFY_VARIABLES if data.get("kind") == Template.Kind.CLARIFY else frozenset()
        )
        # A misspelt {customer_nmae} would reach the customer as written; so would a name in
        # Japanese ({顧客名}) or full-width braces typed with the IME (｛customer_name｝): only
        # {ascii_name} is ever filled (s10 walk F15).
        unknown = sorted(
            {name for name in template_variable_names(body) if name not in known}
            | {
                match.group(0)
                for match in _ANY_BRACED.finditer(body)
                if not _VARIABLE_WRITTEN.fullmatch(match.group(0))
            }
        )
        if unknown:
            comma = "、" if (get_language() or "ja").startswith("ja") else ", "
            self.add_error(
                "body",
                _("Unknown variable %(unknown)s. The variables are: %(known)s.")
                % {
                    "unknown": comma.join(
                        name if name[:1] in "{｛" else f"{{{name}}}" for name in unknown
                    ),
                    "known": ", ".join(f"{{{name}}}" for name in sorted(known)),
                },
            )
        return data


# Whatever looks like a variable: braces, half- or full-width, around a name of any script.
_ANY_BRACED = re.compile(r"[{｛]\s*[^\s{}｛｝]{1,40}\s*[}｝]")
_VARIABLE_WRITTEN = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


class RecordForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200, required=False)
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )

    vip = forms.BooleanField(
        label=_("VIP"),
        required=False,
        help_text=_("Their conversations show a VIP badge in the queue and at the top."),
    )

    def __init__(
        self,
        *args: Any,
        custom_fields: list[CustomField],
        may_mark_vip: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if not may_mark_vip:
            del self.fields["vip"]  # a lead's call (walk 13, F8)
        for field in custom_fields:
            self.fields[f"custom_{field.pk}"] = forms.CharField(
                label=field.name, max_length=500, required=False
            )

    def custom_values(self) -> dict[int, str]:
        return {
            int(key.removeprefix("custom_")): value
            for key, value in self.cleaned_data.items()
            if key.startswith("custom_")
        }


class FieldForm(forms.Form):
    name = forms.CharField(label=_("Field name"), max_length=100)
    applies_to = forms.ChoiceField(label=_("For"), choices=CustomField.AppliesTo.choices)
