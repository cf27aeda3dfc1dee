"""XOAUTH2 for Google Workspace and Microsoft 365: a refresh token buys an access token at
the token endpoint (cached until it expires), and the worker logs in to a real Dovecot
(its oauth2 passdb asks our stand-in provider whether the token is valid) and to an SMTP
server that checks the XOAUTH2 string — then fetches and sends real mail."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest

from madoguchi.models import Mailbox, RawMessage
from madoguchi.transport import imap, smtp
from madoguchi.transport.credentials import decrypt_password, encrypt_password
from madoguchi.transport.diagnose import check_mailbox
from madoguchi.transport.endpoints import imap_endpoint, smtp_endpoint
from madoguchi.transport.oauth import (
    OAuthError,
    OAuthSettings,
    access_token,
    forget_cached_tokens,
)
from tests.support.oauth_server import TokenEndpoint, XOAuth2Smtp
from tests.support.servers import Dovecot, dovecot_available, sample_mail

ADDRESS = "support@oauth.test"
CLIENT_ID = "1234-madoguchi.apps.googleusercontent.com"
SCOPE = "https://mail.google.com/"


@pytest.fixture
def provider() -> Iterator[TokenEndpoint]:
    forget_cached_tokens()
    with TokenEndpoint(
        client_id=CLIENT_ID,
        client_secret="GOCSPX-" + secrets.token_urlsafe(12),
        refresh_token="1//" + secrets.token_urlsafe(16),
        email=ADDRESS,
    ) as endpoint:
        yield endpoint
    forget_cached_tokens()


def _settings(provider: TokenEndpoint, **changes: str) -> OAuthSettings:
    values = {
        "token_endpoint": provider.token_url,
        "client_id": CLIENT_ID,
        "client_secret": provider.client_secret,
        "refresh_token": provider.refresh_token,
        "scope": SCOPE,
        **changes,
    }
    return OAuthSettings(**values)


def test_it_asks_the_token_endpoint_once_and_caches_the_token(provider: TokenEndpoint) -> None:
    first = access_token(_settings(provider))
    assert access_token(_settings(provider)) == first
    assert provider.requests == [
        {
            "grant_type": "refresh_token",
            "refresh_token": provider.refresh_token,
            "client_id": CLIENT_ID,
            "client_secret": provider.client_secret,
            "scope": SCOPE,
        }
    ]
    assert provider.valid(first)


def test_it_asks_again_when_the_token_is_about_to_expire(provider: TokenEndpoint) -> None:
    provider.expires_in = 60  # within the renewal margin: stale at once
    first = access_token(_settings(provider))
    second = access_token(_settings(provider))
    assert first != second and len(provider.requests) == 2


def test_a_revoked_refresh_token_is_named_in_the_providers_words(
    provider: TokenEndpoint,
) -> None:
    with pytest.raises(OAuthError) as refused:
        access_token(_settings(provider, refresh_token="1//revoked-token"))
    assert refused.value.permanent
    message = str(refused.value)
    assert "HTTP 400 invalid_grant: Token has been expired or revoked." in message
    assert "revoked-token" not in message
    with pytest.raises(OAuthError) as wrong_client:
        access_token(_settings(provider, client_secret="wrong-secret"))
    assert "invalid_client" in str(wrong_client.value)
    assert "wrong-secret" not in str(wrong_client.value)


def test_an_unreachable_token_endpoint_is_not_a_settings_error(provider: TokenEndpoint) -> None:
    with pytest.raises(OAuthError) as failed:
        access_token(_settings(provider, token_endpoint="http://127.0.0.1:9/token"))
    assert not failed.value.permanent
    assert "cannot be reached" in str(failed.value)


# Real servers --------------------------------------------------------------------------


@pytest.fixture
def servers(provider: TokenEndpoint) -> Iterator[tuple[Dovecot, XOAuth2Smtp]]:
    if not dovecot_available():
        pytest.skip("dovecot is not installed (make test installs it)")
    dovecot = Dovecot(oauth2_tokeninfo_url=provider.tokeninfo_url)
    # A password no one uses: the account exists; OAuth2 is how we get in.
    dovecot.add_user(ADDRESS, secrets.token_urlsafe(12))
    dovecot.start()
    try:
        with XOAuth2Smtp(provider, deliver_to=dovecot) as sink:
            yield dovecot, sink
    finally:
        dovecot.close()


def _oauth_mailbox(
    provider: TokenEndpoint, dovecot: Dovecot, sink: XOAuth2Smtp, **changes: object
) -> Mailbox:
    values: dict[str, object] = {
        "name": "Google Workspace 窓口",
        "address": ADDRESS,
        "imap_host": "127.0.0.1",
        "imap_port": dovecot.port,
        "imap_security": "plain",
        "imap_username": ADDRESS,
        "smtp_host": "127.0.0.1",
        "smtp_port": sink.port,
        "smtp_security": "plain",
        "smtp_username": ADDRESS,
        "sent_folder": "",
        "auth_method": "oauth2",
        "oauth_token_endpoint": provider.token_url,
        "oauth_client_id": CLIENT_ID,
        "oauth_client_secret_encrypted": encrypt_password(provider.client_secret),
        "oauth_refresh_token_encrypted": encrypt_password(provider.refresh_token),
        "oauth_scope": SCOPE,
        **changes,
    }
    return Mailbox.objects.create(**values)


@pytest.mark.django_db(transaction=True)
def test_the_worker_fetches_from_dovecot_with_xoauth2(
    provider: TokenEndpoint, servers: tuple[Dovecot, XOAuth2Smtp]
) -> None:
    dovecot, sink = servers
    mailbox = _oauth_mailbox(provider, dovecot, sink)
    dovecot.deliver(ADDRESS, sample_mail(1, to=ADDRESS, subject="OAuth で届いたメール"))
    client = imap.connect(imap_endpoint(mailbox))
    try:
        result = imap.fetch_new(client, mailbox, secret=b"test")
    finally:
        imap.logout(client)
    assert result.stored == 1
    assert RawMessage.objects.filter(mailbox=mailbox).count() == 1
    assert "method=XOAUTH2" in (dovecot.root / "dovecot.log").read_text()


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_with_auth_xoauth2(
    provider: TokenEndpoint, servers: tuple[Dovecot, XOAuth2Smtp]
) -> None:
    dovecot, sink = servers
    mailbox = _oauth_mailbox(provider, dovecot, sink)
    data = sample_mail(2, sender=ADDRESS, to="customer@example.net", subject="返信")
    client = smtp.connect(smtp_endpoint(mailbox))
    try:
        smtp.send(client, ADDRESS, ("customer@example.net",), data)
    finally:
        smtp.close(client)
    assert [mail.data for mail in sink.messages] == [data]
    (login,) = sink.handler.logins
    token = next(iter(provider.issued))
    assert login == f"user={ADDRESS}\x01auth=Bearer {token}\x01\x01"
    # The second connection reuses the cached token: one request to the provider in all.
    smtp.close(smtp.connect(smtp_endpoint(mailbox)))
    assert len(provider.requests) == 1


@pytest.mark.django_db(transaction=True)
def test_a_refused_token_fails_the_send_with_the_servers_words(
    provider: TokenEndpoint, servers: tuple[Dovecot, XOAuth2Smtp]
) -> None:
    dovecot, sink = servers
    mailbox = _oauth_mailbox(provider, dovecot, sink)
    smtp.close(smtp.connect(smtp_endpoint(mailbox)))
    provider.revoke()  # the cached access token is no longer valid at the server
    with pytest.raises(smtp.SendError) as refused:
        smtp.connect(smtp_endpoint(mailbox))
    assert "535 5.7.8 Username and Password not accepted" in str(refused.value)
    assert refused.value.config
    assert sink.messages == []


@pytest.mark.django_db(transaction=True)
def test_a_rotated_refresh_token_is_kept(
    provider: TokenEndpoint, servers: tuple[Dovecot, XOAuth2Smtp]
) -> None:
    dovecot, sink = servers
    provider.rotate = True  # Microsoft hands out a new refresh token with each access token
    mailbox = _oauth_mailbox(provider, dovecot, sink)
    imap.logout(imap.connect(imap_endpoint(mailbox)))
    stored = Mailbox.objects.get(pk=mailbox.pk).oauth_refresh_token_encrypted
    assert decrypt_password(stored) == provider.refresh_token


@pytest.mark.django_db(transaction=True)
def test_the_connection_test_names_the_token_step(
    provider: TokenEndpoint, servers: tuple[Dovecot, XOAuth2Smtp]
) -> None:
    dovecot, sink = servers
    mailbox = _oauth_mailbox(provider, dovecot, sink)
    checks = check_mailbox(mailbox)
    assert all(check.ok for check in checks), checks
    assert [c.step for c in checks if c.server == "smtp"] == ["dns", "tcp", "token", "auth"]
    forget_cached_tokens()
    mailbox.oauth_client_secret_encrypted = encrypt_password("wrong-secret")
    checks = check_mailbox(mailbox)
    failed = [check for check in checks if not check.ok]
    assert [(c.server, c.step) for c in failed] == [("imap", "token"), ("smtp", "token")]
    assert "invalid_client: Unknown client." in failed[0].detail
    assert "wrong-secret" not in failed[0].detail
