"""Walk 11, F-13: an automatic-reply template with blanks nobody fills is marked in the rule
form's list, and 「最近のメールで試す」 says it will never be sent — before 保存 refuses it."""

from __future__ import annotations

from madoguchi.models import Template
from tests.web.conftest import World, make_conversation
from tests.web.test_rule_forms import FORM


def _templates() -> tuple[Template, Template]:
    blank = Template.objects.create(
        name="お問い合わせ受付（調査中）", body="〇月〇日までにご連絡いたします。"
    )
    clean = Template.objects.create(name="受付", body="受け付けました。")
    return blank, clean


def test_the_template_list_marks_templates_that_can_never_be_sent(world: World) -> None:
    _templates()
    page = world.client(world.lead).get("/rules/new/", HTTP_ACCEPT_LANGUAGE="ja")
    text = page.content.decode()
    assert (
        "お問い合わせ受付（調査中） — 誰も埋めない空欄あり（〇月〇日）：自動では送られません"
        in text
    )
    assert ">受付</option>" in text  # a template without blanks is listed as it is


def test_the_preview_says_the_auto_reply_would_never_go(world: World) -> None:
    blank, clean = _templates()
    make_conversation(world.support, subject="見積のお願い", sender="buyer@bigcustomer.co.jp")
    client = world.client(world.lead)
    data = {**FORM, "mailbox": world.support.pk, "auto_reply": blank.pk}
    body = client.post("/rules/preview/", data, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "このテンプレートには誰も埋めない空欄があります（〇月〇日）" in body
    assert "直近 1 件のうち 1 件が一致します" in body  # the matches are still shown
    data["auto_reply"] = clean.pk
    body = client.post("/rules/preview/", data, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "空欄" not in body
