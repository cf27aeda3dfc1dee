"""A stand-in OAuth2 provider on loopback, and an SMTP server that takes AUTH XOAUTH2.

    with TokenEndpoint(client_id="app", client_secret="s", refresh_token="r",
                       email="support@example.test") as provider:
        provider.token_url       # POST grant_type=refresh_token … → {"access_token": …}
        provider.tokeninfo_url   # Dovecot's oauth2 passdb appends the token to this
        provider.requests        # every token request's form, in order

A token is valid until `expires_in` seconds after it was issued, or until revoke().
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.support.servers import Dovecot, SmtpSink, _SinkHandler


@dataclass
class TokenEndpoint:
    client_id: str
    client_secret: str
    refresh_token: str
    email: str
    expires_in: int = 3600
    rotate: bool = False  # hand out a new refresh token with every access token (Microsoft)
    requests: list[dict[str, str]] = field(default_factory=list)
    issued: dict[str, float] = field(default_factory=dict)  # access token → valid until
    port: int = 0
    _server: Any = None

    @property
    def token_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/token"

    @property
    def tokeninfo_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/tokeninfo?access_token="

    def valid(self, token: str) -> bool:
        return self.issued.get(token, 0.0) > time.time()

    def revoke(self) -> None:
        self.issued.clear()

    def __enter__(self) -> TokenEndpoint:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                provider.requests.append(form)
                if form.get("client_id") != provider.client_id or (
                    form.get("client_secret") != provider.client_secret
                ):
                    self._answer(
                        401, {"error": "invalid_client", "error_description": "Unknown client."}
                    )
                    return
                if (
                    form.get("grant_type") != "refresh_token"
                    or form.get("refresh_token") != provider.refresh_token
                ):
                    self._answer(
                        400,
                        {
                            "error": "invalid_grant",
                            "error_description": "Token has been expired or revoked.",
                        },
                    )
                    return
                token = "ya29." + secrets.token_urlsafe(24)
                provider.issued[token] = time.time() + provider.expires_in
                answer: dict[str, Any] = {
                    "access_token": token,
                    "expires_in": provider.expires_in,
                    "token_type": "Bearer",
                    "scope": form.get("scope", ""),
                }
                if provider.rotate:
                    provider.refresh_token = "1//" + secrets.token_urlsafe(16)
                    answer["refresh_token"] = provider.refresh_token
                self._answer(200, answer)

            def do_GET(self) -> None:  # noqa: N802
                token = urllib.parse.unquote(self.path.partition("access_token=")[2])
                if self.path.startswith("/tokeninfo") and provider.valid(token):
                    self._answer(200, {"email": provider.email, "active": True})
                else:
                    self._answer(401, {"error": "invalid_token"})

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


class _XOAuth2Handler(_SinkHandler):
    """The sink's delivery, behind AUTH XOAUTH2 checked against the provider: like Gmail,
    a bad token gets a 334 with a JSON reason, then 535 after the client's empty line."""

    def __init__(self, sink: SmtpSink, provider: TokenEndpoint) -> None:
        super().__init__(sink)
        self.provider = provider
        self.logins: list[str] = []  # the decoded XOAUTH2 strings, in order

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> Any:  # noqa: N802 - aiosmtpd's name
        from aiosmtpd.smtp import AuthResult

        blob = args[1] if len(args) > 1 else ""
        if not blob:
            answer = await server.challenge_auth("")
            blob = answer.decode() if isinstance(answer, bytes) else ""
        text = base64.b64decode(blob).decode()
        self.logins.append(text)
        user, _, rest = text.partition("\x01")
        token = rest.removeprefix("auth=Bearer ").rstrip("\x01")
        if user == f"user={self.provider.email}" and self.provider.valid(token):
            return AuthResult(success=True, auth_data=user)
        await server.challenge_auth(json.dumps({"status": "401", "schemes": "bearer"}))
        return AuthResult(
            success=False, handled=False, message="535 5.7.8 Username and Password not accepted"
        )


class XOAuth2Smtp(SmtpSink):
    """An SMTP sink that requires AUTH XOAUTH2 (over plain TCP: loopback only)."""

    def __init__(self, provider: TokenEndpoint, deliver_to: Dovecot | None = None) -> None:
        super().__init__(deliver_to=deliver_to)
        self.handler = _XOAuth2Handler(self, provider)

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        # aiosmtpd warns of AUTH without TLS: on purpose here, on loopback only.
        self.controller = Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            decode_data=False,
            auth_required=True,
            auth_require_tls=False,
            auth_exclude_mechanism=["LOGIN", "PLAIN"],
        )
        self.controller.start()
