"""The mailbox settings form: servers, write-only passwords, signatures and options."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from madoguchi.actions.mailboxes import PasswordChange
from madoguchi.actions.sla_settings import covering_policy
from madoguchi.models import Mailbox, Team
from madoguchi.models.mailboxes import AuthMethod

# The fields in the order the page shows them, by section.
SERVER_FIELDS = {
    "sign_in": [
        "auth_method",
        "oauth_token_endpoint",
        "oauth_client_id",
        "oauth_client_secret",
        "oauth_scope",
        "oauth_refresh_token",
    ],
    "imap": [
        "imap_host",
        "imap_port",
        "imap_security",
        "imap_username",
        "imap_password",
        "imap_password_remove",
        "imap_folder",
        "sent_folder",
    ],
    "smtp": [
        "smtp_host",
        "smtp_port",
        "smtp_security",
        "smtp_username",
        "smtp_password",
        "smtp_password_remove",
    ],
}
SECRETS = ("oauth_client_secret", "oauth_refresh_token")
OPTION_FIELDS = [
    "send_delay_seconds",
    "confirm_before_send",
    "quote_style",
    "outgoing_charset",
    "sla_hours",
]


def _password_field(label: Any) -> forms.CharField:
    # render_value=False: a stored password never goes back to the browser, not even
    # hidden in the page source; an empty field keeps it.
    return forms.CharField(
        label=label,
        required=False,
        strip=False,
        max_length=1000,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
    )


class MailboxForm(forms.ModelForm):
    imap_password = _password_field(_("IMAP password"))
    imap_password_remove = forms.BooleanField(label=_("Remove the IMAP password"), required=False)
    smtp_password = _password_field(_("SMTP password"))
    smtp_password_remove = forms.BooleanField(label=_("Remove the SMTP password"), required=False)
    oauth_client_secret = _password_field(_("Client secret"))
    oauth_refresh_token = _password_field(_("Refresh token"))
    teams = forms.ModelMultipleChoiceField(
        label=_("Teams"),
        queryset=Team.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The agents of these teams read and answer this mailbox's mail."),
    )

    class Meta:
        model = Mailbox
        fields = [
            "name",
            "name_en",
            "address",
            *[f for f in SERVER_FIELDS["sign_in"] if f not in SECRETS],
            *[f for f in SERVER_FIELDS["imap"] if not f.startswith("imap_password")],
            *[f for f in SERVER_FIELDS["smtp"] if not f.startswith("smtp_password")],
            "signature",
            "signature_en",
            *OPTION_FIELDS,
        ]
        labels = {
            "name": _("Name"),
            "name_en": _("Name on English mail"),
            "address": _("Address"),
            "auth_method": _("Sign-in method"),
            "oauth_token_endpoint": _("Token endpoint"),
            "oauth_client_id": _("Client ID"),
            "oauth_scope": _("Scope"),
            "imap_host": _("IMAP server"),
            "imap_port": _("IMAP port"),
            "imap_security": _("IMAP connection security"),
            "imap_username": _("IMAP user name"),
            "imap_folder": _("Folder to fetch"),
            "sent_folder": _("Folder for sent mail"),
            "smtp_host": _("SMTP server"),
            "smtp_port": _("SMTP port"),
            "smtp_security": _("SMTP connection security"),
            "smtp_username": _("SMTP user name (empty: no login)"),
            "signature": _("Signature (Japanese replies)"),
            "signature_en": _("Signature (English replies)"),
            "send_delay_seconds": _("Undo send window (seconds)"),
            "confirm_before_send": _("Confirm recipients before sending"),
            "quote_style": _("Quoting"),
            "outgoing_charset": _("Character set of outgoing mail"),
            "sla_hours": _("Response target (hours)"),
        }
        help_texts = {
            "name_en": _(
                "The sender's name customers see on replies and surveys written in English. "
                "Empty: the name above."
            ),
        }
        widgets = {
            "signature": forms.Textarea(attrs={"rows": 5}),
            "signature_en": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args: Any, may_choose_teams: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.may_choose_teams = may_choose_teams
        if may_choose_teams:
            if self.instance.pk:
                self.initial["teams"] = list(self.instance.teams.all())
        else:
            del self.fields["teams"]
        for name in ("imap_port", "smtp_port"):
            self.fields[name].widget.attrs.update({"min": 1, "max": 65535})
        self.fields["send_delay_seconds"].widget.attrs["max"] = 300
        self.fields["send_delay_seconds"].help_text = _(
            "A reply waits this long in the outbox and can be taken back meanwhile."
        )
        self.fields["sla_hours"].help_text = _(
            "Used when no SLA policy applies; SLA policies with business hours are set "
            "on the SLA page."
        )
        covering = covering_policy(self.instance.pk)
        if covering is not None:
            # F29: the target was edited and nothing changed, since a policy shadowed it.
            self.fields["sla_hours"].help_text = _(
                "Not used now: the SLA policy “%(name)s” applies to every conversation of "
                "this mailbox. Change that policy, or add one for this mailbox, on the SLA page."
            ) % {"name": covering.name}
        # It said "empty: the Japanese one", which mail/body.py never did for a Japanese
        # signature: a lead learned it from a customer. Say what happens.
        self.fields["signature_en"].help_text = _(
            "Added to replies written in English. While it is empty, English replies "
            "use the Japanese one only if it has no Japanese characters, otherwise none."
        )
        # Walk 24 H8: an admin could not tell which signature a reply carries.
        self.fields["signature"].help_text = _(
            "The team's signature. A person who has their own signature in Preferences "
            "signs with theirs instead; this one is for everyone who has none."
        )
        self.fields["imap_password"].help_text = (
            _("A password is stored; leave empty to keep it.")
            if self.instance.imap_password_encrypted
            else _("No password stored.")
        )
        self.fields["auth_method"].help_text = _(
            "Google Workspace and Microsoft 365 accept no passwords: use OAuth2 with a "
            "refresh token from your app registration. With OAuth2 the passwords are not used."
        )
        self.fields["oauth_token_endpoint"].help_text = _(
            "Google: https://oauth2.googleapis.com/token — Microsoft: "
            "https://login.microsoftonline.com/TENANT/oauth2/v2.0/token"
        )
        self.fields["oauth_scope"].help_text = _(
            "Google: https://mail.google.com/ — Microsoft: "
            "https://outlook.office.com/IMAP.AccessAsUser.All "
            "https://outlook.office.com/SMTP.Send offline_access"
        )
        for name in SECRETS:
            self.fields[name].help_text = (
                _("Stored; leave empty to keep it.")
                if getattr(self.instance, f"{name}_encrypted")
                else _("Not stored.")
            )
        self.fields["smtp_password"].help_text = (
            _("A password is stored; leave empty to keep it.")
            if self.instance.smtp_password_encrypted
            else _("No password stored.")
        )

    def clean_imap_port(self) -> int:
        return self._port("imap_port")

    def clean_smtp_port(self) -> int:
        return self._port("smtp_port")

    def _port(self, name: str) -> int:
        port = int(self.cleaned_data[name])
        if not 1 <= port <= 65535:
            raise forms.ValidationError(_("A port is a number from 1 to 65535."))
        return port

    def clean_send_delay_seconds(self) -> int:
        delay = int(self.cleaned_data["send_delay_seconds"])
        if delay > 300:
            raise forms.ValidationError(_("At most 300 seconds (5 minutes)."))
        return delay

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for server in ("imap", "smtp"):
            if data.get(f"{server}_password") and data.get(f"{server}_password_remove"):
                self.add_error(
                    f"{server}_password_remove",
                    _("Either enter a new password or remove the stored one, not both."),
                )
        if data.get("auth_method") == AuthMethod.OAUTH2:
            for name, message in (
                ("oauth_token_endpoint", _("Enter the provider's token endpoint.")),
                ("oauth_client_id", _("Enter the client ID of your app registration.")),
            ):
                if not data.get(name):
                    self.add_error(name, message)
            if not (data.get("oauth_refresh_token") or self.instance.oauth_refresh_token_encrypted):
                self.add_error("oauth_refresh_token", _("Enter the refresh token."))
        if data.get("imap_host") and not data.get("imap_username"):
            self.add_error("imap_username", _("Enter the user name to log in to the IMAP server."))
        return data

    def secret_changes(self) -> dict[str, PasswordChange]:
        changes = {}
        for name in (*SECRETS, "imap_password", "smtp_password"):
            new = self.cleaned_data.get(name) or ""
            remove = bool(self.cleaned_data.get(f"{name}_remove"))
            if new or remove:
                changes[name] = PasswordChange(new=new, remove=remove)
        return changes

    def chosen_teams(self) -> list[Team] | None:
        return list(self.cleaned_data["teams"]) if self.may_choose_teams else None
