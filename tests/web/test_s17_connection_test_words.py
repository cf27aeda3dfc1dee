"""A passed step of the mailbox connection test reads in the reader's language (walk 13, F18:
「名前解決（DNS）」 with "127.0.0.1 is 127.0.0.1", 「ログイン」 with "no login (none configured…)");
a failed step keeps the server's own words."""

from __future__ import annotations

import pytest
from django.utils import translation

from madoguchi.models import Mailbox
from madoguchi.web.views.mailboxes import passed_detail
from tests.web.conftest import World
from tests.web.test_walk7_connection_test import closed_port

# ruff: noqa: E501 (the pairs read best one to a line)
# What transport/diagnose.py writes for a passed step (its English, for the command line).
PASSED = [
    ("127.0.0.1 is 127.0.0.1", "127.0.0.1 のアドレスは 127.0.0.1 です。"),
    ("port 2525 answers", "ポート 2525 に接続できました。"),
    ("STARTTLS established", "暗号化された接続を確立しました（STARTTLS）。"),
    ("access token received from login.example", "login.example からアクセストークンを受け取りました。"),
    ("logged in as support@example.com", "support@example.com としてログインしました。"),
    ("INBOX: 12 messages", "INBOX：12 通"),
    ("Sent does not exist yet; it is created on first send", "Sent はまだありません。最初の返信を送るときに作成されます。"),
    ("new mail arrives at once (IDLE)", "新着メールはすぐに届きます（サーバーが IDLE に対応しています）。"),
    ("no IDLE: the worker polls every minute", "サーバーが IDLE に対応していないため、新着メールは1分ごとに確認します。"),
    (
        "no login (none configured, or no password and the server asks for none): "
        "the server must accept us without one",
        "ログインなし（設定されていないか、サーバーが求めていません）：サーバーがログインなしで"
        "送信を受け付ける必要があります。",
    ),
]  # fmt: skip


@pytest.mark.pure
@pytest.mark.parametrize(("english", "japanese"), PASSED)
def test_each_passed_step_reads_in_japanese(english: str, japanese: str) -> None:
    with translation.override("ja"):
        assert passed_detail(english) == (japanese, True)
    with translation.override("en"):
        shown, translated = passed_detail(english)
    assert translated and shown != english and shown.endswith(".")


@pytest.mark.pure
def test_a_servers_own_words_are_left_alone() -> None:
    with translation.override("ja"):
        assert passed_detail("* OK [CAPABILITY IMAP4rev1] Dovecot ready.") == (
            "* OK [CAPABILITY IMAP4rev1] Dovecot ready.",
            False,
        )


def test_the_page_shows_the_passed_name_lookup_in_japanese(world: World) -> None:
    Mailbox.objects.filter(pk=world.support.pk).update(
        imap_host="127.0.0.1", imap_port=closed_port(), imap_username="u", smtp_host=""
    )
    page = (
        world.client(world.admin)
        .post(f"/mailboxes/{world.support.pk}/test/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    assert '<small class="detail">127.0.0.1 のアドレスは 127.0.0.1 です。</small>' in page
    # The refused connection is still quoted as the OS said it.
    assert '<small class="detail" lang="en">connection to port' in page
