"""A sorting rule with no condition acts on every new mail: it is saved only when the lead
ticks "apply it to every new mail" (s10 walk: a rule left without conditions made every new
mail 至急). Editing a saved catch-all rule keeps the box ticked."""

from __future__ import annotations

import re

import pytest

from madoguchi.models import Rule, Template
from tests.web.conftest import World

RULE = {"name": "条件なし", "position": "100", "is_active": "on", "match": "all"}


@pytest.mark.parametrize(
    ("language", "refusal"),
    [
        ("ja", "このルールには条件がないため、すべての新着メールに適用されます"),
        ("en", "This rule has no condition, so it would act on every new mail."),
    ],
)
def test_a_rule_without_a_condition_is_refused_until_every_mail_is_ticked(
    world: World, language: str, refusal: str
) -> None:
    client = world.client(world.lead)
    form = {**RULE, "mailbox": world.support.pk, "priority": "urgent"}
    refused = client.post("/rules/new/", form, HTTP_ACCEPT_LANGUAGE=language)
    assert refused.status_code == 200
    assert refusal in refused.content.decode()
    assert not Rule.objects.exists()

    saved = client.post("/rules/new/", {**form, "every_mail": "on"})
    assert saved.status_code == 303
    rule = Rule.objects.get()
    assert rule.conditions == {"match": "all"} and rule.actions == {"priority": "urgent"}
    edit = client.get(f"/rules/{rule.pk}/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert 'name="every_mail" id="id_every_mail" checked' in edit


def test_a_rule_with_a_condition_needs_no_tick(world: World) -> None:
    client = world.client(world.lead)
    form = {**RULE, "mailbox": world.support.pk, "priority": "urgent", "keywords": "至急"}
    assert client.post("/rules/new/", form).status_code == 303
    assert Rule.objects.get().conditions == {"match": "all", "keywords": ["至急"]}


@pytest.mark.parametrize(
    ("language", "refusal"),
    [
        ("ja", "このテンプレートには誰も埋めない空欄があります（&lt;day, time&gt;）"),
        ("en", "This template has blanks nobody fills (&lt;day, time&gt;)"),
    ],
)
def test_an_automatic_reply_with_a_blank_nobody_fills_is_refused(
    world: World, language: str, refusal: str
) -> None:
    # s10 walk F28: the rule saved, and its reply was then never sent (the gate refuses it).
    blank = Template.objects.create(
        name="Acknowledgement (investigating)",
        body="Dear {customer_first_name},\n\nWe will write to you by <day, time>.",
    )
    filled = Template.objects.create(
        name="Acknowledgement", body="Dear {customer_first_name},\n\nWe will write to you today."
    )
    client = world.client(world.lead)
    form = {**RULE, "mailbox": world.support.pk, "language": "en"}
    refused = client.post(
        "/rules/new/", {**form, "auto_reply": blank.pk}, HTTP_ACCEPT_LANGUAGE=language
    )
    assert refused.status_code == 200 and refusal in refused.content.decode()
    assert not Rule.objects.exists()
    assert client.post("/rules/new/", {**form, "auto_reply": filled.pk}).status_code == 303


def test_the_rules_list_says_what_each_rule_checks_and_does(world: World) -> None:
    # s10 walk F12: the list showed only names, positions and mailboxes.
    client = world.client(world.lead)
    form = {**RULE, "mailbox": world.support.pk, "domain": "bigcustomer.co.jp"}
    client.post("/rules/new/", {**form, "priority": "urgent", "label": world.label.name})
    client.post(
        "/rules/new/",
        {
            **RULE,
            "name": "全部",
            "mailbox": world.support.pk,
            "every_mail": "on",
            "assignee": world.bob.pk,
        },
    )
    page = client.get("/rules/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    summaries = re.findall(r"data-rule-summary>(.*?)</small>", page, re.S)
    assert len(summaries) == 2, summaries
    assert "送信者のドメイン: bigcustomer.co.jp" in summaries[0]
    assert "優先度を設定: 至急" in summaries[0] and "請求" in summaries[0]
    assert "すべての新着メールに適用する" in summaries[1] and "bob" in summaries[1]
