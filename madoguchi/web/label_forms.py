"""Forms of the label management page (issue 13 item 1c)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from madoguchi.models import Label, Team

COLOURS = [
    "#6b7280",
    "#b91c1c",
    "#b45309",
    "#047857",
    "#0369a1",
    "#6d28d9",
    "#be185d",
]


class LabelEditForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100)
    color = forms.RegexField(
        label=_("Colour"),
        regex=r"^#[0-9a-fA-F]{6}$",
        initial=COLOURS[0],
        widget=forms.TextInput(attrs={"type": "color"}),
        error_messages={"invalid": _("A colour looks like #1a2b3c.")},
    )


class LabelCreateForm(LabelEditForm):
    team = forms.ModelChoiceField(
        label=_("Team"),
        queryset=Team.objects.none(),
        required=False,
        empty_label=_("Every team (global)"),
    )

    def __init__(self, *args: Any, teams: list[Team], may_make_global: bool, **kwargs: Any):
        super().__init__(*args, **kwargs)
        field = self.fields["team"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Team.objects.filter(pk__in=[team.pk for team in teams])
        if not may_make_global:
            field.required = True
            field.empty_label = None


class LabelMergeForm(forms.Form):
    target = forms.ModelChoiceField(
        label=_("Label to merge into"), queryset=Label.objects.none(), empty_label=None
    )

    def __init__(self, *args: Any, targets: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        field = self.fields["target"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = targets
