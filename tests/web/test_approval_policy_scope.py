"""A lead's approval policies are their own teams': a lead of one team can neither see,
change nor delete a policy that holds back another team's replies (or every team's), nor
make one (issue 13: "a lead of one team can block another team's replies")."""

from __future__ import annotations

from madoguchi.models import ApprovalPolicy
from tests.web.conftest import World


def test_it_lists_and_opens_only_the_leads_own_teams_policies(world: World) -> None:
    ours = ApprovalPolicy.objects.create(name="Aの返金", words="返金", team=world.team_a)
    by_mailbox = ApprovalPolicy.objects.create(
        name="窓口の値引き", words="値引き", mailbox=world.support
    )
    theirs = ApprovalPolicy.objects.create(name="Bの解約", words="解約", team=world.team_b)
    everyone = ApprovalPolicy.objects.create(name="全社の訴訟", words="訴訟")
    lead = world.client(world.lead)
    page = lead.get("/approval-rules/").content.decode()
    assert "Aの返金" in page and "窓口の値引き" in page
    assert "Bの解約" not in page and "全社の訴訟" not in page
    assert lead.get(f"/approval-rules/{ours.pk}/").status_code == 200
    assert lead.get(f"/approval-rules/{by_mailbox.pk}/").status_code == 200
    for other in (theirs, everyone):
        assert lead.get(f"/approval-rules/{other.pk}/").status_code == 404
        lead.post(f"/approval-rules/{other.pk}/", {"name": "乗っ取り", "first_replies": "0"})
        lead.post(f"/approval-rules/{other.pk}/delete/")
    assert set(ApprovalPolicy.objects.values_list("name", flat=True)) == {
        "Aの返金",
        "窓口の値引き",
        "Bの解約",
        "全社の訴訟",
    }
    admin_page = world.client(world.admin).get("/approval-rules/").content.decode()
    assert "Bの解約" in admin_page and "全社の訴訟" in admin_page


def test_it_offers_a_lead_only_their_teams_and_refuses_every_mailbox(world: World) -> None:
    lead = world.client(world.lead)
    form = lead.get("/approval-rules/new/").content.decode()
    assert "Team A" in form and "Team B" not in form and "Sales" not in form
    japanese = lead.get("/approval-rules/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "自分のチームか、そのチームのメールボックスを選びます。" in japanese
    assert "全チーム" not in japanese  # no "every team" choice for a lead
    # Walk 11 F-15: the form read as "this agent AND these words"; it says each is enough.
    assert "どれか一つに当てはまるだけで承認に回ります" in japanese
    response = lead.post(
        "/approval-rules/new/",
        {"name": "全部止める", "words": "返金", "first_replies": "0"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "Choose one of your teams or one of their mailboxes." in response.content.decode()
    assert not ApprovalPolicy.objects.filter(name="全部止める").exists()
