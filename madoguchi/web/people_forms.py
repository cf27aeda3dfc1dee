"""Forms of the people and teams pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from madoguchi.models import Role, Team


def _teams_field(queryset: QuerySet[Team]) -> forms.ModelMultipleChoiceField:
    return forms.ModelMultipleChoiceField(
        label=_("Teams"),
        queryset=queryset,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class NewPersonForm(forms.Form):
    username = forms.CharField(
        label=_("User name (for signing in)"),
        max_length=150,
        validators=[],
        help_text=_("Letters, digits and @ . + - _ only."),
    )
    display_name = forms.CharField(label=_("Display name"), max_length=100, required=False)
    email = forms.EmailField(label=_("Email address"), required=False)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.AGENT)
    first_access = forms.ChoiceField(
        label=_("First sign-in"),
        choices=[
            ("link", _("A one-time link to set their own password (shown once)")),
            ("password", _("A first password that I give them")),
        ],
        initial="link",
        widget=forms.RadioSelect,
    )
    password = forms.CharField(
        label=_("First password"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["teams"] = _teams_field(Team.objects.order_by("name"))

    def clean_username(self) -> str:
        from django.contrib.auth.validators import UnicodeUsernameValidator

        name = str(self.cleaned_data["username"]).strip()
        try:
            UnicodeUsernameValidator()(name)
        except forms.ValidationError:
            raise forms.ValidationError(
                _("Use only letters, digits and @ . + - _ in the user name.")
            ) from None
        return name

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("first_access") == "password" and not data.get("password"):
            self.add_error("password", _("Enter the first password, or choose the link."))
        return data


class PersonForm(forms.Form):
    """An admin sees every field; a lead only the teams they lead."""

    def __init__(self, *args: Any, teams: QuerySet[Team], is_admin: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if is_admin:
            self.fields["display_name"] = forms.CharField(
                label=_("Display name"), max_length=100, required=False
            )
            self.fields["role"] = forms.ChoiceField(label=_("Role"), choices=Role.choices)
        self.fields["teams"] = _teams_field(teams)
        if is_admin:
            # The person's own preferences page has the same three (web/forms.py).
            self.fields["name_en"] = forms.CharField(
                label=_("Name in Latin letters"),
                max_length=100,
                required=False,
                help_text=_("Used for {agent_name} in English mail, e.g. Emi Kobayashi."),
            )
            self.fields["signature"] = forms.CharField(
                label=_("Signature"), widget=forms.Textarea(attrs={"rows": 4}), required=False
            )
            self.fields["signature_en"] = forms.CharField(
                label=_("Signature (English replies)"),
                widget=forms.Textarea(attrs={"rows": 4}),
                required=False,
            )


class TeamForm(forms.Form):
    name = forms.CharField(label=_("Team name"), max_length=100)
