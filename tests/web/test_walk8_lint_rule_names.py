"""/lint-rules/ names each rule and says in one line what it finds, in the UI language; the
raw rule id (placeholder_left…) is an admin's small print, not what a lead reads."""

from __future__ import annotations

from tests.web.conftest import World


def test_a_lead_reads_names_and_descriptions_in_japanese_without_ids(world: World) -> None:
    page = world.client(world.lead).get("/lint-rules/", HTTP_ACCEPT_LANGUAGE="ja").content
    html = page.decode()
    assert "埋め忘れの空欄" in html and "理由のない依頼" in html
    assert "上から目線・脅し" in html  # the one-line description
    assert "<code>placeholder_left</code>" not in html
    assert "<code>request_without_reason</code>" not in html


def test_a_lead_reads_them_in_english(world: World) -> None:
    html = world.client(world.lead).get("/lint-rules/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "placeholder_left</code>" not in html
    assert "Talking down" in html
    assert "Talking down to or threatening the customer, blaming them" in html


def test_an_admin_sees_the_id_in_small_print(world: World) -> None:
    html = world.client(world.admin).get("/lint-rules/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert (
        '<small class="muted rule-id">ルールID（コマンドライン用）： <code>placeholder_left</code>'
        in html
    )
