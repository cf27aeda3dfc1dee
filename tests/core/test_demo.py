"""`madoguchi demo`: what a person trying the product notices after `make run`."""

from __future__ import annotations

import re
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.db.models import Sum
from django.test import Client
from django.utils import timezone
from pytest_django.fixtures import Settings as SettingsWrapper

from madoguchi.mail.freemail import is_free_mail_domain
from madoguchi.models import (
    Agent,
    Attachment,
    Conversation,
    CustomerAddress,
    Draft,
    FaqEntry,
    Mention,
    Message,
    Organization,
    RawMessage,
    ReportDay,
    Status,
    Template,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_output(settings: SettingsWrapper, tmp_path: Path) -> str:
    settings.ATTACHMENT_DIR = tmp_path / "attachments"
    # The login still goes through a real hasher; a fast one keeps the suite quick.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    out = StringIO()
    call_command("demo", stdout=out)
    return out.getvalue()


def _printed_logins(output: str) -> list[tuple[str, str]]:
    return re.findall(r"^\s+(\w+)\s+/\s+(\S+)", output, flags=re.MULTILINE)


def test_it_fills_the_inbox_with_realistic_mail(demo_output: str) -> None:
    assert Conversation.objects.count() >= 60
    languages = [m.triage.get("lang") for m in Message.objects.exclude(triage=None)]
    japanese, english = languages.count("ja"), languages.count("en")
    assert japanese > english > 0
    assert Conversation.objects.filter(message_count__gte=3).count() >= 15
    assert RawMessage.objects.exclude(state=RawMessage.State.PROCESSED).count() == 0
    # HTML mail, attachments, a pasted cid: image and a newsletter's tracking pixel.
    assert Message.objects.exclude(html=None).count() >= 10
    assert Message.objects.filter(html__contains="cid:").exists()
    assert Message.objects.filter(html__contains="https://news.cloudgyomu.example/open/").exists()
    kinds = set(Attachment.objects.values_list("content_type", flat=True))
    assert {"application/pdf", "text/csv", "image/png"} <= kinds
    assert Attachment.objects.filter(inline=True).exists()
    # Legacy Japanese encodings come out readable, not as mojibake.
    assert Message.objects.filter(text__contains="髙橋").exists()  # CP932 from Becky!
    assert Message.objects.filter(subject="請求書再発行のお願い").exists()  # ISO-2022-JP
    # Several companies, and free-mail customers who are people, not organisations.
    domains = list(Organization.objects.values_list("domain", flat=True))
    assert len(domains) >= 8
    assert not [domain for domain in domains if is_free_mail_domain(domain)]
    free = CustomerAddress.objects.filter(address__endswith="@gmail.com")
    assert free.exists()
    assert all(address.customer.organization_id is None for address in free)
    assert Organization.objects.filter(name="青葉物流株式会社").exists()


def test_the_queue_looks_worked_on(demo_output: str) -> None:
    statuses = set(Conversation.objects.values_list("status", flat=True))
    assert set(Status.values) <= statuses
    assert Conversation.objects.filter(owner__isnull=False).exists()
    assert Conversation.objects.filter(owner__isnull=True, status=Status.NEW).exists()
    assert Conversation.objects.filter(snoozed_until__gt=timezone.now()).count() == 1
    assert Mention.objects.exists()
    assert Draft.objects.exists()
    overdue = Conversation.objects.filter(
        status__in=(Status.NEW, Status.OPEN),
        last_customer_message_at__lt=timezone.now() - timedelta(hours=24),
    )
    assert overdue.exists()
    recent = timezone.now() - timedelta(hours=1)
    assert Conversation.objects.filter(last_customer_message_at__gte=recent).exists()
    assert Template.objects.filter(kind=Template.Kind.CLARIFY).count() >= 2
    assert FaqEntry.objects.count() >= 15
    # A customer who wrote a fresh mail instead of replying: the earlier one is offered.
    follow_up = Conversation.objects.get(subject="昨日の件、まだ返事がないのですが")
    earlier = follow_up.likely_predecessors.values_list("subject", flat=True)
    assert "二重に請求されています" in earlier
    # The recurring defect (傾向不良) comes from several customers.
    reports = Conversation.objects.filter(labels__name="不具合", subject__icontains="CSV")
    assert reports.values("customer").distinct().count() >= 4


def test_the_printed_logins_work(demo_output: str) -> None:
    assert "http://127.0.0.1:8000/" in demo_output
    logins = _printed_logins(demo_output)
    assert ("demo", "madoguchi-demo") in logins
    for username, password in logins:
        assert authenticate(username=username, password=password) is not None, username
    client = Client()
    # The admin signs in through the app's one (throttled) form.
    assert client.get("/admin/login/?next=/admin/").status_code == 302
    response = client.post(
        "/login/?next=/admin/", {"username": "demo", "password": "madoguchi-demo"}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_running_it_again_adds_nothing_and_still_prints_the_login(demo_output: str) -> None:
    conversations = Conversation.objects.count()
    again = StringIO()
    call_command("demo", stdout=again)
    assert Conversation.objects.count() == conversations
    assert "already loaded" in again.getvalue()
    if_empty = StringIO()
    call_command("demo", "--if-empty", stdout=if_empty)
    assert Conversation.objects.count() == conversations
    assert ("demo", "madoguchi-demo") in _printed_logins(if_empty.getvalue())


def test_the_report_by_agent_shows_the_demo_agents(demo_output: str) -> None:
    """Replies and resolutions count for the agents who own the conversations, so a new
    user's first look at the reports by agent is not everything under （担当なし）."""
    by_agent = (
        ReportDay.objects.filter(label_id=0)
        .values("agent_id")
        .annotate(replies=Sum("replies"), resolved=Sum("resolved"))
    )
    worked = {row["agent_id"]: row for row in by_agent if row["agent_id"]}
    assert len(worked) >= 3  # several demo agents, not one
    assert sum(row["replies"] for row in worked.values()) > 0
    assert sum(row["resolved"] for row in worked.values()) > 0
    nobody = next((row for row in by_agent if not row["agent_id"]), {"replies": 0})
    assert nobody["replies"] < sum(row["replies"] for row in worked.values())
    lead = get_user_model().objects.get(username="sato")
    client = Client()
    client.force_login(lead)
    page = client.get("/reports/?days=90&group=agent", HTTP_ACCEPT_LANGUAGE="ja")
    assert page.status_code == 200
    names = [str(agent) for agent in Agent.objects.filter(user_id__in=worked)]
    assert all(name in page.content.decode() for name in names)


def test_the_english_desk_signs_and_introduces_itself_in_latin_letters(demo_output: str) -> None:
    # s8 walk: English templates wrote "I'm 小林 エミ" and English mail went unsigned.
    from madoguchi.actions.replies import template_variables
    from madoguchi.models import Mailbox

    kobayashi = Agent.objects.get(user__username="kobayashi")
    assert kobayashi.name_en == "Emi Kobayashi"
    assert "Emi Kobayashi" in kobayashi.signature_en
    assert "Tsunagu CRM Support" in Mailbox.objects.get(address="support@example.com").signature_en
    english = Conversation.objects.filter(messages__text__icontains="audit log").first()
    assert english is not None
    assert template_variables(english, kobayashi.user, "en")["agent_name"] == "Emi Kobayashi"


def test_the_demo_has_an_sla_so_overdue_and_due_soon_are_not_empty(demo_output: str) -> None:
    from madoguchi.models import SlaPolicy

    assert SlaPolicy.objects.filter(first_response_minutes__gt=0).exists()
    waiting_on_us = Conversation.objects.filter(
        status__in=[Status.NEW, Status.OPEN], merged_into__isnull=True
    )
    assert waiting_on_us.filter(sla_due_at__isnull=False).exists()
    assert waiting_on_us.filter(sla_due_at__lt=timezone.now()).exists()  # 期限超過
    lead = get_user_model().objects.get(username="sato")
    client = Client()
    client.force_login(lead)
    page = client.get("/q/overdue/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'class="row overdue' in page


def test_the_demo_resolutions_spread_over_past_days(demo_output: str) -> None:
    # s8 walk: every resolution of the demo counted for today in the reports.
    resolved = ReportDay.objects.filter(label_id=0, resolved__gt=0)
    resolved_days = resolved.values_list("day", flat=True).distinct()
    today = timezone.localdate()
    assert len(set(resolved_days)) > 1
    assert any(day < today for day in resolved_days)
