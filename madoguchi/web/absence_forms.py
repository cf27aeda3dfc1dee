"""The absence form (不在): dates, a substitute among the colleagues, hand over or not."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from madoguchi.actions.base import visible_mailboxes
from madoguchi.web.date_fields import DayField


def colleagues(user: Any) -> Any:
    """Who may stand in: active people of the teams working in the mailboxes the user sees."""
    return (
        get_user_model()
        .objects.filter(is_active=True, agent__teams__mailboxes__in=visible_mailboxes(user))
        .filter(~Q(pk=user.pk))
        .select_related("agent")
        .distinct()
        .order_by("username")
    )


class PersonChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        agent = getattr(obj, "agent", None)
        return str(agent.name) if agent is not None else str(obj.get_username())


class AbsenceForm(forms.Form):
    away_from = DayField(label=_("First day away"))
    away_until = DayField(label=_("Last day away"))
    substitute = PersonChoiceField(
        label=_("Substitute"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("(none)"),
    )
    hand_over = forms.BooleanField(
        label=_("Hand my open conversations to the substitute now"), required=False
    )

    def __init__(self, *args: Any, user: Any, for_other: bool = False, **kwargs: Any) -> None:
        """`user`: the person who will be away (their colleagues may stand in);
        `for_other`: a lead fills it in for them."""
        super().__init__(*args, **kwargs)
        field = self.fields["substitute"]
        assert isinstance(field, PersonChoiceField)
        field.queryset = colleagues(user)
        if for_other:
            self.fields["hand_over"].label = _(
                "Hand their open conversations to the substitute now"
            )
