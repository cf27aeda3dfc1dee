"""/approvals/ shows, beside each held draft, the customer's last mail it answers (their own
words, not the quoted history), so a lead does not approve blind."""

from __future__ import annotations

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from madoguchi.models import ApprovalPolicy
from tests.web.conftest import World, add_message, make_conversation


def _hold(world: World, text: str) -> int:
    conversation = make_conversation(world.support, text="最初のお問い合わせです。")
    add_message(
        conversation,
        text + "\n\n> 以前のやりとり（引用）\n> ここは表示しない",
        at=timezone.now() - timedelta(minutes=5),
    )
    world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/",
        {"body": "ご確認ありがとうございます。", "seen_at": timezone.now().isoformat()},
    )
    return conversation.pk


def _policy(world: World) -> None:
    policy = ApprovalPolicy.objects.create(name="新人チェック")
    policy.agents.add(world.alice)


def test_the_lead_reads_the_customers_last_mail_beside_the_draft(world: World) -> None:
    _policy(world)
    _hold(world, "返金はいつになりますか。注文番号は A-123 です。")
    page = world.client(world.lead).get("/approvals/", HTTP_ACCEPT_LANGUAGE="ja").content
    html = page.decode()
    mail = html[html.index('<details class="customer-mail"') :]
    mail = mail[: mail.index("</details>")]
    assert "お客様のメール" in mail
    assert "返金はいつになりますか。注文番号は A-123 です。" in mail
    assert "最初のお問い合わせです。" not in mail  # the last mail, not the first
    assert "ここは表示しない" not in mail  # their words, not the quoted history
    assert html.index("customer-mail") < html.index('name="text"')  # beside/above the draft


def test_it_reads_in_english_too(world: World) -> None:
    _policy(world)
    _hold(world, "When will I get my refund?")
    html = world.client(world.lead).get("/approvals/", HTTP_ACCEPT_LANGUAGE="en").content
    assert (
        b"The customer's mail" in html or b"The customer&#x27;s mail" in html
    ) and b"When will I get my refund?" in html


def test_more_held_replies_cost_no_more_queries(world: World) -> None:
    _policy(world)
    _hold(world, "一件目")
    client = world.client(world.lead)
    with CaptureQueriesContext(connection) as one:
        client.get("/approvals/")
    for n in range(3):
        _hold(world, f"追加{n}")
    with CaptureQueriesContext(connection) as four:
        html = client.get("/approvals/").content.decode()
    assert all(f"追加{n}" in html for n in range(3))
    # The reply check runs per draft but the customer mails come in one query.
    customer_queries = [q for q in four.captured_queries if "direction" in q["sql"]]
    assert len(customer_queries) <= len(
        [q for q in one.captured_queries if "direction" in q["sql"]]
    )
