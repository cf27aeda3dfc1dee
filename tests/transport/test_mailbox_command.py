"""`madoguchi mailbox add|list|test`, and passwords that are never shown."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings

from madoguchi.models import Mailbox
from madoguchi.transport.credentials import CredentialError, decrypt_password, encrypt_password
from madoguchi.transport.diagnose import check_mailbox
from tests.support.servers import Dovecot, SmtpSink, free_port

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    try:
        call_command("mailbox", *args, stdout=out)
    except SystemExit as exit_:
        out.write(f"\nexit {exit_.code}")
    return out.getvalue()


def test_it_adds_and_lists_a_mailbox_without_showing_the_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "app-password-7731")
    run(
        "add", "support@example.test", "--imap-host", "imap.example.test",
        "--imap-password-env", "TEST_IMAP_PASSWORD", "--smtp-host", "smtp.example.test",
    )  # fmt: skip
    mailbox = Mailbox.objects.get(address="support@example.test")
    assert "app-password-7731" not in mailbox.imap_password_encrypted
    assert decrypt_password(mailbox.smtp_password_encrypted) == "app-password-7731"
    assert (mailbox.imap_port, mailbox.smtp_port) == (993, 587)

    listing = run("list") + run("list", "--format", "json")
    assert "password set" in listing and "app-password-7731" not in listing


def test_a_password_from_another_installation_is_reported_not_garbled() -> None:
    token = encrypt_password("secret")
    with override_settings(SECRET_KEY="another installation's key"):
        with pytest.raises(CredentialError, match="SECRET_KEY"):
            decrypt_password(token)


@pytest.mark.servers
def test_it_reports_each_step_that_works(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox
) -> None:
    output = run("test", mailbox.address)

    assert "FAIL" not in output and "exit" not in output
    for step in ("IMAP dns", "IMAP tcp", "IMAP auth", "IMAP folder", "SMTP tcp", "SMTP auth"):
        assert step in " ".join(output.split())


@pytest.mark.servers
def test_it_says_exactly_what_failed(dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox) -> None:
    mailbox.imap_password_encrypted = encrypt_password("wrong-password-123")
    mailbox.imap_folder = "Support"
    mailbox.smtp_port = free_port()
    mailbox.save()

    checks = {(c.server, c.step): c for c in check_mailbox(mailbox) if not c.ok}

    assert "login refused" in checks[("imap", "auth")].detail
    assert "refused" in checks[("smtp", "tcp")].detail
    output = run("test", mailbox.address)
    assert output.endswith("exit 1")
    assert "wrong-password-123" not in output

    mailbox.imap_password_encrypted = encrypt_password(dovecot.users[mailbox.address])
    mailbox.save()
    [folder] = [c for c in check_mailbox(mailbox) if c.step == "folder" and not c.ok]
    assert "no folder 'Support'" in folder.detail

    Mailbox.objects.filter(pk=mailbox.pk).update(imap_host="no-such-host.invalid")
    [dns] = [c for c in check_mailbox(Mailbox.objects.get(pk=mailbox.pk)) if not c.ok][:1]
    assert dns.step == "dns"


def test_an_update_changes_only_what_it_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """`mailbox add ADDRESS --smtp-host …` on an existing mailbox used to reset its name, clear
    its IMAP host and both passwords: fetching stopped without a word."""
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "app-password-7731")
    run(
        "add", "support@example.test", "--name", "ツナグ サポート窓口",
        "--imap-host", "imap.example.test", "--imap-password-env", "TEST_IMAP_PASSWORD",
        "--smtp-host", "smtp.example.test", "--charset", "iso-2022-jp",
    )  # fmt: skip

    output = run(
        "add", "support@example.test", "--smtp-host", "smtp2.example.test",
        "--smtp-security", "tls",
    )  # fmt: skip

    mailbox = Mailbox.objects.get(address="support@example.test")
    assert mailbox.name == "ツナグ サポート窓口"
    assert (mailbox.imap_host, mailbox.imap_port) == ("imap.example.test", 993)
    assert (mailbox.smtp_host, mailbox.smtp_port) == ("smtp2.example.test", 465)
    assert mailbox.outgoing_charset == "iso-2022-jp"
    assert decrypt_password(mailbox.imap_password_encrypted) == "app-password-7731"
    assert decrypt_password(mailbox.smtp_password_encrypted) == "app-password-7731"
    assert "changed: smtp host, smtp security, smtp port" in output


def test_an_update_changes_a_password_only_when_told(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLD", "old-secret")
    monkeypatch.setenv("NEW", "new-secret")
    run("add", "a@example.test", "--imap-host", "imap.example.test", "--imap-password-env", "OLD")

    run("add", "a@example.test", "--smtp-password-env", "NEW")

    mailbox = Mailbox.objects.get(address="a@example.test")
    assert decrypt_password(mailbox.imap_password_encrypted) == "old-secret"
    assert decrypt_password(mailbox.smtp_password_encrypted) == "new-secret"
