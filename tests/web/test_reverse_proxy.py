"""Behind nginx with HTTPS (deploy/nginx.conf): signing in and posting forms work.

A real `madoguchi web` process with MADOGUCHI_SECURE_COOKIES=1 behind Debian's nginx with
a self-signed certificate on loopback; the client speaks HTTPS to nginx as a browser
would (Origin and Referer headers, cookies). Before the proxy's X-Forwarded-Proto was
trusted, every POST here was refused by the CSRF origin check (403).
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import shutil
import ssl
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.servers import free_port, wait_for_port

pytestmark = pytest.mark.servers

ROOT = Path(__file__).resolve().parents[2]
MADOGUCHI = str(Path(sys.executable).with_name("madoguchi"))
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MADOGUCHI_DATABASE_URL"}
    env.update(
        MADOGUCHI_DATA_DIR=str(data_dir),
        MADOGUCHI_SECURE_COOKIES="1",
        MADOGUCHI_ALLOWED_HOSTS="localhost",
        DJANGO_SUPERUSER_PASSWORD="proxy-pass-123",
    )
    return env


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    env = _env(tmp_path / "data")
    subprocess.run([MADOGUCHI, "migrate", "--noinput", "-v", "0"], env=env, check=True)
    subprocess.run(
        [MADOGUCHI, "createsuperuser", "--noinput", "--username", "lead", "--email", "l@x.test"],
        env=env,
        check=True,
        capture_output=True,
    )
    web_port, https_port = free_port(), free_port()
    web = subprocess.Popen(
        [MADOGUCHI, "web", "--host", "127.0.0.1", "--port", str(web_port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    certificate, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=localhost", "-keyout", str(key), "-out", str(certificate)],
        check=True,
        capture_output=True,
    )
    site_config = (ROOT / "deploy" / "nginx.conf").read_text()
    for marker, value in {
        "@UPSTREAM@": f"127.0.0.1:{web_port}",
        "@LISTEN@": f"127.0.0.1:{https_port}",
        "@SERVER_NAME@": "localhost",
        "@CERTIFICATE@": str(certificate),
        "@CERTIFICATE_KEY@": str(key),
    }.items():
        site_config = site_config.replace(marker, value)
    (tmp_path / "site.conf").write_text(site_config)
    user = "user root;\n" if os.geteuid() == 0 else ""
    (tmp_path / "nginx.conf").write_text(
        f"{user}daemon off;\npid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\n"
        "events {}\nhttp {\n  access_log off;\n"
        + "".join(
            f"  {kind}_temp_path {tmp_path}/{kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        + f"  include {tmp_path}/site.conf;\n}}\n"
    )
    nginx = subprocess.Popen([NGINX, "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)])
    try:
        wait_for_port(web_port, timeout=30)
        wait_for_port(https_port, timeout=10)
        yield f"https://localhost:{https_port}"
    finally:
        nginx.terminate()
        web.terminate()
        nginx.wait(10)
        web.wait(10)


def _opener() -> tuple[urllib.request.OpenerDirector, http.cookiejar.CookieJar]:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the test's own self-signed certificate

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            return None

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=context),
        urllib.request.HTTPCookieProcessor(jar),
        NoRedirect(),
    )
    return opener, jar


def _status(opener: urllib.request.OpenerDirector, request: urllib.request.Request) -> int:
    try:
        with opener.open(request, timeout=20) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_it_signs_in_through_an_https_proxy_with_secure_cookies(site: str) -> None:
    opener, jar = _opener()
    with opener.open(f"{site}/login/", timeout=20) as response:
        page = response.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token is not None
    form = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token[1], "username": "lead", "password": "proxy-pass-123"}
    ).encode()
    sign_in = urllib.request.Request(
        f"{site}/login/",
        data=form,
        headers={"Origin": site, "Referer": f"{site}/login/"},
    )
    assert _status(opener, sign_in) == 302
    cookies = {cookie.name: cookie for cookie in jar}
    assert cookies["sessionid"].secure and cookies["csrftoken"].secure
    assert _status(opener, urllib.request.Request(f"{site}/q/new/")) == 200
    # The origin check is on (a form posted from another site is refused), and a signed-in
    # agent's own form passes it: signing out through the proxy.
    csrf = cookies["csrftoken"].value
    signed_out = urllib.parse.urlencode({"csrfmiddlewaretoken": csrf}).encode()
    elsewhere = "https://attacker.example"
    forged = urllib.request.Request(
        f"{site}/logout/", data=signed_out, headers={"Origin": elsewhere, "Referer": elsewhere}
    )
    assert _status(opener, forged) == 403
    assert _status(opener, urllib.request.Request(f"{site}/q/new/")) == 200  # still signed in
    sign_out = urllib.request.Request(
        f"{site}/logout/", data=signed_out, headers={"Origin": site, "Referer": f"{site}/q/new/"}
    )
    assert _status(opener, sign_out) == 302
    assert _status(opener, urllib.request.Request(f"{site}/q/new/")) == 302  # to the sign-in page
