"""The clarifying reply offered for a terse mail."""

from __future__ import annotations

from dataclasses import replace

import pytest

from madoguchi.quality.clarify import (
    ClarifyingReply,
    ClarifyTemplate,
    clarifying_reply,
    default_templates,
)
from madoguchi.quality.triage import triage


def _reply(
    text: str, templates: list[ClarifyTemplate] | None = None, name: str | None = None
) -> ClarifyingReply | None:
    return clarifying_reply(text, triage(text), templates, customer_name=name)


def test_it_answers_the_one_line_campaign_mail_gently_and_asks_what_is_missing() -> None:
    reply = _reply("キャンペーンの応募ができません！")
    assert reply is not None
    assert reply.topic == "campaign"
    assert "キャンペーンへのご応募でお困りでしょうか" in reply.text
    assert "キャンペーンの名称" in reply.text
    assert "申し訳ございません" in reply.text  # the mail was angry: acknowledge it first
    assert "{" not in reply.text


def test_it_does_not_ask_for_what_the_customer_already_said() -> None:
    text = "昨日からログインできません。「パスワードが違います」と出ます。"
    # An agent may ask for the clarifying draft even when triage found the mail clear.
    reply = clarifying_reply(text, replace(triage(text), terse=True))
    assert reply is not None and reply.topic == "login"
    assert not any("エラーメッセージ" in question for question in reply.questions)
    assert any("メールアドレス" in question for question in reply.questions)


def test_it_writes_english_for_an_english_mail() -> None:
    reply = _reply("doesn't work", name="Dana")
    assert reply is not None
    assert reply.lang == "en"
    assert reply.text.startswith("Hi Dana,")
    assert "error message" in reply.text


def test_it_asks_which_request_for_a_bare_follow_up() -> None:
    reply = _reply("先日の件、どうなりましたか。")
    assert reply is not None and reply.topic == "followup"
    assert "お問い合わせ番号" in reply.text


def test_it_offers_nothing_for_a_mail_that_is_not_terse() -> None:
    text = "請求書の宛名を「株式会社ミナト 経理部」に変更したいのですが、どの画面で設定できますか。"
    assert clarifying_reply(text, triage(text)) is None


def test_it_uses_the_leads_edited_template_and_keeps_unknown_placeholders() -> None:
    template = ClarifyTemplate(
        "mine", "ja", "general", "{customer}\n{situation}？\n{questions}\n{typo}"
    )
    reply = _reply("使えません", templates=[template], name="山田")
    assert reply is not None
    assert reply.template_key == "mine"
    assert reply.text.startswith("山田 様\nサービスのご利用？\n・")
    assert reply.text.endswith("{typo}")


def test_it_gives_up_when_no_template_fits_the_language() -> None:
    english_only = [t for t in default_templates() if t.lang == "en"]
    assert _reply("使えません", templates=english_only) is None


def test_it_ships_a_general_template_per_language() -> None:
    shipped = {(t.lang, t.topic) for t in default_templates()}
    assert shipped >= {("ja", "general"), ("en", "general")}


@pytest.mark.parametrize(
    "text",
    [
        "キャンペーンの応募ができません！",
        "ログインできません",
        "二重に請求されてる",
        "使えません",
        "あの件どうなりましたか？",
        "退会したいです。",
    ],
)
def test_it_drafts_japanese_replies_the_reply_linter_accepts(text: str) -> None:
    lint = pytest.importorskip("madoguchi.quality.lint").lint
    reply = _reply(text)
    assert reply is not None
    assert [finding.rule for finding in lint(reply.text, lang="ja")] == []
