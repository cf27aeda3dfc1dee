"""Forms of forward, new mail and the acknowledgement settings."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from madoguchi.models import Mailbox


class ForwardForm(forms.Form):
    to = forms.CharField(max_length=2000)
    note = forms.CharField(required=False, strip=False)
    message = forms.IntegerField(required=False)


class NewMailForm(forms.Form):
    mailbox = forms.ModelChoiceField(
        queryset=Mailbox.objects.none(), label=_("From"), empty_label=_("(choose a mailbox)")
    )
    to = forms.CharField(max_length=2000, label=_("To"))
    cc = forms.CharField(max_length=2000, required=False, label="Cc")
    bcc = forms.CharField(max_length=2000, required=False, label="Bcc")
    subject = forms.CharField(max_length=998, label=_("Subject"))
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 12}), strip=False, label=_("Text"))

    def __init__(self, *args: Any, mailboxes: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["mailbox"].queryset = mailboxes  # type: ignore[attr-defined]


class AcknowledgementForm(forms.Form):
    mailbox = forms.IntegerField()
    enabled = forms.BooleanField(required=False)
    subject = forms.CharField(max_length=200, required=False)
    text = forms.CharField(required=False, strip=False)
