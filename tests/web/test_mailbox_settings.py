"""Mailboxes managed in the app: admins add them, leads edit their teams' mailboxes, the
passwords never come back to the browser, and the connection test names the failing step
(against a real Dovecot and SMTP server on loopback)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pytest

from madoguchi.models import Event, Mailbox, SlaPolicy
from madoguchi.transport.credentials import decrypt_password, encrypt_password
from tests.support.servers import Dovecot, SmtpSink, dovecot_available, free_port
from tests.web.conftest import World


def _form(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": "問い合わせ窓口",
        "address": "info@example.com",
        "imap_host": "imap.example.com",
        "imap_port": "993",
        "imap_security": "tls",
        "imap_username": "info@example.com",
        "imap_password": "",
        "imap_folder": "INBOX",
        "sent_folder": "Sent",
        "smtp_host": "smtp.example.com",
        "smtp_port": "587",
        "smtp_security": "starttls",
        "smtp_username": "info@example.com",
        "smtp_password": "",
        "auth_method": "password",
        "signature": "株式会社サンプル 問い合わせ窓口",
        "signature_en": "Sample Inc. Support",
        "send_delay_seconds": "10",
        "confirm_before_send": "external",
        "quote_style": "japanese",
        "outgoing_charset": "utf-8",
        "sla_hours": "24",
    }
    values.update(changes)
    return values


def _settings_of(mailbox: Mailbox, **changes: Any) -> dict[str, Any]:
    """The form as the edit page would post it back for this mailbox."""
    fields = _form()
    return {
        **{name: str(getattr(mailbox, name)) for name in fields if hasattr(mailbox, name)},
        "imap_password": "",
        "smtp_password": "",
        **changes,
    }


def test_a_lead_finds_the_mailboxes_in_the_team_settings_menu_in_japanese(world: World) -> None:
    client = world.client(world.lead)
    body = client.get("/q/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'href="/mailboxes/"' in body
    body = client.get("/mailboxes/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "メールボックス" in body and "support@example.com" in body
    # Only the mailboxes of the lead's teams.
    assert "sales@example.com" not in body
    assert "メールボックスを追加" not in body  # adding is the admin's
    # Walk 11 F-14: "SLA ポリシー 0" read as "no SLA" while a policy for all mailboxes applied.
    assert "全メールボックス共通" not in body
    SlaPolicy.objects.create(name="標準", first_response_minutes=60)
    body = client.get("/mailboxes/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "0 件（このメールボックス専用）。ほかに全メールボックス共通の 1 件も適用されます" in body
    # Walk 24: "SLA policies 0 (and 1 for every mailbox)" was cryptic in English.
    body = client.get("/mailboxes/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "0 of its own; 1 set for every mailbox applies too" in body


def test_an_agent_cannot_open_or_change_mailboxes(world: World) -> None:
    client = world.client(world.alice)
    assert 'href="/mailboxes/"' not in client.get("/q/new/").content.decode()
    assert client.get("/mailboxes/").status_code == 404
    assert client.get(f"/mailboxes/{world.support.pk}/").status_code == 404
    response = client.post(f"/mailboxes/{world.support.pk}/", _settings_of(world.support))
    assert response.status_code == 404
    assert client.post(f"/mailboxes/{world.support.pk}/test/").status_code == 404
    assert client.post(f"/mailboxes/{world.support.pk}/active/", {"active": "0"}).status_code == 404
    assert Mailbox.objects.get(pk=world.support.pk).is_active


def test_an_admin_adds_a_mailbox_and_the_passwords_never_come_back(world: World) -> None:
    client = world.client(world.admin)
    response = client.post(
        "/mailboxes/new/",
        _form(
            imap_password="imap-秘密-pass",
            smtp_password="smtp-secret-pass",
            teams=[str(world.team_a.pk)],
        ),
    )
    assert response.status_code == 303
    mailbox = Mailbox.objects.get(address="info@example.com")
    assert list(mailbox.teams.all()) == [world.team_a]
    assert decrypt_password(mailbox.imap_password_encrypted) == "imap-秘密-pass"
    assert decrypt_password(mailbox.smtp_password_encrypted) == "smtp-secret-pass"
    assert "imap-秘密-pass" not in mailbox.imap_password_encrypted
    page = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    for secret in (
        "imap-秘密-pass",
        "smtp-secret-pass",
        mailbox.imap_password_encrypted,
        mailbox.smtp_password_encrypted,
    ):
        assert secret not in page
    assert "パスワードは保存されています" in page
    assert "株式会社サンプル 問い合わせ窓口" in page and "Sample Inc. Support" in page
    event = Event.objects.get(verb="mailbox_created")
    assert event.actor == world.admin
    assert event.after["secrets_changed"] == ["imap_password", "smtp_password"]
    assert "秘密" not in str(event.after) and "smtp-secret-pass" not in str(event.after)


def test_an_empty_password_field_keeps_the_password_and_remove_removes_it(world: World) -> None:
    world.support.imap_password_encrypted = encrypt_password("keep-me")
    world.support.smtp_password_encrypted = encrypt_password("drop-me")
    world.support.save()
    client = world.client(world.lead)
    response = client.post(
        f"/mailboxes/{world.support.pk}/",
        _settings_of(world.support, smtp_password_remove="on", signature="新しい署名"),
    )
    assert response.status_code == 303
    mailbox = Mailbox.objects.get(pk=world.support.pk)
    assert decrypt_password(mailbox.imap_password_encrypted) == "keep-me"
    assert mailbox.smtp_password_encrypted == ""
    assert mailbox.signature == "新しい署名"
    event = Event.objects.get(verb="mailbox_changed")
    assert event.after["secrets_changed"] == ["smtp_password"]


def test_a_lead_edits_the_options_of_a_team_mailbox_in_one_place(world: World) -> None:
    client = world.client(world.lead)
    body = client.get(f"/mailboxes/{world.support.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content
    text = body.decode()
    for label in ("送信取り消しの猶予（秒）", "送信前に宛先を確認", "引用", "応答目標（時間）"):
        assert label in text, label
    assert 'href="/acknowledgements/"' in text and 'href="/sla/"' in text
    # An English reply has no signature while the English one is empty: the form says so.
    assert "空欄のあいだ、英語の返信には" in text
    response = client.post(
        f"/mailboxes/{world.support.pk}/",
        _settings_of(
            world.support,
            send_delay_seconds="30",
            confirm_before_send="always",
            quote_style="none",
            sla_hours="8",
            signature_en="Best regards, Support",
            teams=[str(world.team_b.pk)],  # not the lead's to choose: ignored
        ),
    )
    assert response.status_code == 303
    mailbox = Mailbox.objects.get(pk=world.support.pk)
    assert (mailbox.send_delay_seconds, mailbox.confirm_before_send) == (30, "always")
    assert (mailbox.quote_style, mailbox.sla_hours) == ("none", 8)
    assert mailbox.signature_en == "Best regards, Support"
    assert list(mailbox.teams.all()) == [world.team_a]
    event = Event.objects.get(verb="mailbox_changed")
    assert event.before["send_delay_seconds"] == 10 and event.after["send_delay_seconds"] == 30


def test_a_lead_cannot_add_mailboxes_or_touch_another_teams(world: World) -> None:
    client = world.client(world.lead)
    assert client.get("/mailboxes/new/").status_code == 404
    assert client.post("/mailboxes/new/", _form()).status_code == 404
    assert client.get(f"/mailboxes/{world.sales.pk}/").status_code == 404
    response = client.post(f"/mailboxes/{world.sales.pk}/", _settings_of(world.sales, name="x"))
    assert response.status_code == 404
    assert client.post(f"/mailboxes/{world.sales.pk}/test/").status_code == 404
    assert Mailbox.objects.get(pk=world.sales.pk).name == "Sales"
    assert not Mailbox.objects.filter(address="info@example.com").exists()


def test_it_names_each_mistake_in_japanese_and_keeps_the_mailbox(world: World) -> None:
    client = world.client(world.admin)
    response = client.post(
        "/mailboxes/new/",
        _form(
            imap_port="70000",
            imap_username="",
            send_delay_seconds="3600",
            imap_password="x",
            imap_password_remove="on",
            address="not-an-address",
        ),
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "ポート番号は 1 から 65535 までです。" in body
    assert "IMAP サーバーにログインするユーザー名を入れてください。" in body
    assert "300 秒（5 分）までです。" in body
    assert "新しいパスワードを入れるか、保存されたものを削除するか" in body
    assert "有効なメールアドレスを入力してください。" in body
    assert not Mailbox.objects.filter(name="問い合わせ窓口").exists()


def test_disabling_a_mailbox_keeps_it_and_is_recorded(world: World) -> None:
    client = world.client(world.lead)
    response = client.post(f"/mailboxes/{world.support.pk}/active/", {"active": "0"})
    assert response.status_code == 303
    assert not Mailbox.objects.get(pk=world.support.pk).is_active
    body = client.get("/mailboxes/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "無効" in body
    client.post(f"/mailboxes/{world.support.pk}/active/", {"active": "1"})
    assert Mailbox.objects.get(pk=world.support.pk).is_active
    verbs = list(Event.objects.order_by("pk").values_list("verb", flat=True))
    assert verbs == ["mailbox_disabled", "mailbox_enabled"]
    audit = world.client(world.admin).get("/audit/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "メールボックスを無効にしました" in audit


def test_the_mailbox_list_uses_the_same_number_of_queries_for_many_mailboxes(
    world: World, django_assert_max_num_queries: Any
) -> None:
    client = world.client(world.admin)
    client.get("/mailboxes/")
    with django_assert_max_num_queries(30) as few:
        client.get("/mailboxes/")
    for number in range(15):
        mailbox = Mailbox.objects.create(name=f"窓口{number}", address=f"m{number}@example.com")
        mailbox.teams.add(world.team_a, world.team_b)
    with django_assert_max_num_queries(len(few.captured_queries)):
        body = client.get("/mailboxes/").content.decode()
    assert "m14@example.com" in body


# The connection test against real servers --------------------------------------------


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[Dovecot, SmtpSink, str]]:
    if not dovecot_available():
        pytest.skip("dovecot is not installed (make test installs it)")
    password = secrets.token_urlsafe(12)
    with Dovecot() as dovecot, SmtpSink(deliver_to=dovecot) as sink:
        dovecot.add_user("support@example.com", password)
        yield dovecot, sink, password


def _point_at(mailbox: Mailbox, dovecot: Dovecot, sink: SmtpSink, password: str) -> None:
    mailbox.imap_host = mailbox.smtp_host = "127.0.0.1"
    mailbox.imap_port, mailbox.smtp_port = dovecot.port, sink.port
    mailbox.imap_security = mailbox.smtp_security = "plain"
    mailbox.imap_username = "support@example.com"
    mailbox.imap_password_encrypted = encrypt_password(password)
    mailbox.sent_folder = ""
    mailbox.save()


def test_the_connection_test_runs_every_step_against_real_servers(
    world: World, servers: tuple[Dovecot, SmtpSink, str]
) -> None:
    dovecot, sink, password = servers
    _point_at(world.support, dovecot, sink, password)
    client = world.client(world.lead)
    body = client.post(
        f"/mailboxes/{world.support.pk}/test/", HTTP_ACCEPT_LANGUAGE="ja"
    ).content.decode()
    assert "すべての手順が成功しました。" in body
    for step in ("名前解決（DNS）", "接続（TCP）", "ログイン", "フォルダー"):
        assert step in body, step
    assert "support@example.com としてログインしました。" in body
    assert "失敗" not in body
    # Saving from the test's result page saves the mailbox (the form does not post to /test/).
    assert f'action="/mailboxes/{world.support.pk}/"' in body
    event = Event.objects.get(verb="mailbox_tested")
    assert event.after["ok"] is True and event.actor == world.lead


def test_the_connection_test_names_the_failed_login_with_the_servers_words(
    world: World, servers: tuple[Dovecot, SmtpSink, str]
) -> None:
    dovecot, sink, password = servers
    _point_at(world.support, dovecot, sink, "wrong-" + password)
    body = (
        world.client(world.lead)
        .post(f"/mailboxes/{world.support.pk}/test/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    assert "失敗した手順: 受信（IMAP） — ログイン" in body
    assert "Authentication failed" in body  # Dovecot's own words
    assert "wrong-" + password not in body
    assert Event.objects.get(verb="mailbox_tested").after["failed"] == "imap auth"


def test_the_connection_test_names_a_closed_port(
    world: World, servers: tuple[Dovecot, SmtpSink, str]
) -> None:
    dovecot, sink, password = servers
    _point_at(world.support, dovecot, sink, password)
    Mailbox.objects.filter(pk=world.support.pk).update(smtp_port=free_port())
    body = (
        world.client(world.admin)
        .post(f"/mailboxes/{world.support.pk}/test/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    assert "失敗した手順: 送信（SMTP） — 接続（TCP）" in body
    assert "refused" in body


# OAuth2 (XOAUTH2) ----------------------------------------------------------------------


def test_an_admin_sets_up_oauth2_and_the_secrets_stay_write_only(world: World) -> None:
    client = world.client(world.admin)
    response = client.post(
        "/mailboxes/new/",
        _form(
            auth_method="oauth2",
            oauth_token_endpoint="https://oauth2.googleapis.com/token",
            oauth_client_id="1234.apps.googleusercontent.com",
            oauth_client_secret="GOCSPX-client-secret",
            oauth_scope="https://mail.google.com/",
            oauth_refresh_token="1//refresh-token-value",
        ),
    )
    assert response.status_code == 303
    mailbox = Mailbox.objects.get(address="info@example.com")
    assert mailbox.auth_method == "oauth2"
    assert decrypt_password(mailbox.oauth_client_secret_encrypted) == "GOCSPX-client-secret"
    assert decrypt_password(mailbox.oauth_refresh_token_encrypted) == "1//refresh-token-value"
    page = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "GOCSPX-client-secret" not in page and "refresh-token-value" not in page
    assert "1234.apps.googleusercontent.com" in page  # not a secret: shown back
    event = Event.objects.get(verb="mailbox_created")
    assert sorted(event.after["secrets_changed"]) == ["oauth_client_secret", "oauth_refresh_token"]
    assert "refresh-token-value" not in str(event.after)


def test_oauth2_without_a_refresh_token_is_refused_in_japanese(world: World) -> None:
    response = world.client(world.admin).post(
        "/mailboxes/new/",
        _form(auth_method="oauth2", oauth_token_endpoint="", oauth_client_id=""),
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "トークンエンドポイントを入れてください。" in body
    assert "クライアント ID を入れてください。" in body
    assert "リフレッシュトークンを入れてください。" in body


def test_the_connection_test_with_oauth2_names_the_token_step_in_japanese(world: World) -> None:
    from madoguchi.transport.oauth import forget_cached_tokens
    from tests.support.oauth_server import TokenEndpoint, XOAuth2Smtp

    if not dovecot_available():
        pytest.skip("dovecot is not installed (make test installs it)")
    forget_cached_tokens()
    with TokenEndpoint(
        client_id="app", client_secret="secret", refresh_token="1//r", email="support@example.com"
    ) as provider:
        dovecot = Dovecot(oauth2_tokeninfo_url=provider.tokeninfo_url)
        dovecot.add_user("support@example.com", secrets.token_urlsafe(12))
        dovecot.start()
        try:
            with XOAuth2Smtp(provider, deliver_to=dovecot) as sink:
                _point_at(world.support, dovecot, sink, "")
                Mailbox.objects.filter(pk=world.support.pk).update(
                    smtp_username="support@example.com",
                    auth_method="oauth2",
                    oauth_token_endpoint=provider.token_url,
                    oauth_client_id="app",
                    oauth_client_secret_encrypted=encrypt_password("secret"),
                    oauth_refresh_token_encrypted=encrypt_password("1//r"),
                )
                client = world.client(world.lead)
                url = f"/mailboxes/{world.support.pk}/test/"
                body = client.post(url, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
                assert "すべての手順が成功しました。" in body
                assert "アクセストークン（OAuth2）" in body
                forget_cached_tokens()
                Mailbox.objects.filter(pk=world.support.pk).update(
                    oauth_refresh_token_encrypted=encrypt_password("1//revoked")
                )
                body = client.post(url, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
                assert "失敗した手順: 受信（IMAP） — アクセストークン（OAuth2）" in body
                assert "invalid_grant: Token has been expired or revoked." in body
                assert "1//revoked" not in body
        finally:
            dovecot.close()
            forget_cached_tokens()
