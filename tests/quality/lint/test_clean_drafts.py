# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""A clean reply stays clean: greetings, signatures, closings and reasoned requests are not faults.

The drafts are written for these tests (clean_drafts.py), not taken from the labelled
data, in the shapes real replies have. An agent who sees findings on a good reply stops
reading the checker.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import build_document, lint
from tests.quality.lint.clean_drafts import CLEAN_DRAFTS


@pytest.mark.parametrize(("subject", "text"), CLEAN_DRAFTS, ids=[s for s, _ in CLEAN_DRAFTS])
def test_it_finds_nothing_in_a_clean_draft(subject: str, text: str) -> None:
    found = lint(text, subject=subject)
    assert [(f.rule, text[f.start : f.end]) for f in found] == []


def test_it_tells_the_greeting_closing_and_signature_from_the_agents_wording() -> None:
    text = (
        "株式会社ミナト\n経理ご担当者様\n\nお世話になっております。\n"
        "請求書を再発行いたしました。\n\n今後ともよろしくお願いいたします。\n\n"
        "クラウド帳簿 サポートセンター\n山本 健\nTEL 03-1234-5678\n"
    )
    roles = {s.text: s.role for s in build_document(text).sentences}
    assert roles["株式会社ミナト"] == "addressee"
    assert roles["経理ご担当者様"] == "addressee"
    assert roles["お世話になっております。"] == "closing"
    assert roles["請求書を再発行いたしました。"] == "body"
    assert roles["今後ともよろしくお願いいたします。"] == "closing"
    assert roles["山本 健"] == "signature"
    assert roles["TEL 03-1234-5678"] == "signature"


def test_the_opening_thanks_is_a_formula_in_both_languages() -> None:
    # 「お問い合わせありがとうございます。」 is to a Japanese reply what "Thanks for reaching
    # out." is to an English one: no sentence of the answer, so a one-line answer under it
    # is still a one-sentence reply (session 37 counted it and graded the answer down).
    for text, thanks in (
        (
            "ご返信いただきまして、まことにありがとうございました。\n\n返金は本日完了しました。",
            "ご返信いただきまして、まことにありがとうございました。",
        ),
        (
            "Thanks for reaching out.\n\nYour refund was completed today.",
            "Thanks for reaching out.",
        ),
    ):
        roles = {s.text: s.role for s in build_document(text).sentences}
        assert roles[thanks] == "closing"
        assert [role for role in roles.values() if role == "body"] == ["body"]


def test_the_senders_introduction_is_a_formula_but_a_first_sentence_of_the_matter_is_not() -> None:
    # 「みなと書房の森です。」 above one refusal: a one-sentence reply, whose finding is
    # asserted, not hinted at as in a mail of several sentences (session 43).
    text = "佐藤様\n\nみなと書房の森です。\n\n絶版の本の取り寄せは、当店ではお受けしておりません。\n\nみなと書房 森\n"
    roles = {s.text: s.role for s in build_document(text).sentences}
    assert roles["みなと書房の森です。"] == "closing"
    assert roles["絶版の本の取り寄せは、当店ではお受けしておりません。"] == "body"
    text = "Hi Ana,\n\nThis is Kofi from Lakeside Books.\n\nWe have posted the atlas today.\n"
    roles = {s.text: s.role for s in build_document(text).sentences}
    assert roles["This is Kofi from Lakeside Books."] == "closing"
    # What the first sentence says of the matter is the body, however short.
    for first in ("今回の商品は対象外です。", "来週の土曜日は満席です。", "こちらの手違いです。"):
        roles = {s.text: s.role for s in build_document(f"佐藤様\n\n{first}\n\n森\n").sentences}
        assert roles[first] == "body"
    # Only before the matter: the same words lower down are the agent's sentence.
    text = "佐藤様\n\n返金は本日完了しました。\nみなと書房の森です。\n"
    roles = {s.text: s.role for s in build_document(text).sentences}
    assert roles["みなと書房の森です。"] == "body"


def test_everything_after_an_english_closing_line_is_the_signature() -> None:
    text = "Dear Mrs. Novak,\n\nYour refund was sent today.\n\nSee you on Thursday,\nMegan\nReception, Riverside Dental\n"
    roles = [(s.text, s.role) for s in build_document(text).sentences]
    assert roles[0] == ("Dear Mrs. Novak,", "addressee")
    assert roles[1] == ("Your refund was sent today.", "body")
    assert {role for _, role in roles[2:]} == {"signature"}


def test_a_single_line_is_the_agents_wording_even_without_a_full_stop() -> None:
    # A line typed into the compose box has no mail around it: no greeting, no signature.
    assert [s.role for s in build_document("Send us the invoice").sentences] == ["body"]
    assert "imperative" in {f.rule for f in lint("Send us the invoice")}


def test_a_rude_sentence_in_the_body_is_still_found_between_greeting_and_signature() -> None:
    text = (
        "Hi Sam,\n\nAs I already told you twice, read the manual before writing to us.\n\n"
        "Best regards,\nKim\nSupport, Taskly\n"
    )
    found = {f.rule for f in lint(text)}
    assert "condescending" in found


def test_a_reason_in_the_next_sentence_of_the_paragraph_covers_the_request() -> None:
    reason_after = "保険証の写真をお送りいただけますでしょうか。\nご本人確認に必要となるためです。"
    assert "request_without_reason" not in {f.rule for f in lint(reason_after)}
    other_paragraph = (
        "保険証の写真をお送りいただけますでしょうか。\n\nご本人確認に必要となるためです。"
    )
    assert "request_without_reason" in {f.rule for f in lint(other_paragraph)}


def test_a_courtesy_in_the_honorific_is_not_an_order() -> None:
    draft = (
        "田中様\n\nお薬は本日発送いたしました。\n\nお大事になさってください。\n\nあおば薬局 森田\n"
    )
    assert lint(draft) == []
    assert lint("どうぞお大事になさってください。") == []


def test_asking_to_confirm_something_ourselves_is_not_work_for_the_customer() -> None:
    sentence = "発注にあたり、扉の色番号を最終確認させていただきたく、ご連絡いたしました。"
    assert "request_without_reason" not in {f.rule for f in lint(sentence)}


def test_a_delay_from_the_weather_needs_no_prevention_plan() -> None:
    draft = (
        "渡辺様\n\nお荷物は大雪による道路閉鎖のため営業所で止まっております。\n"
        "12月5日の午後にお届けする予定です。\nご迷惑をおかけし、申し訳ございません。\n"
    )
    assert "apology_incomplete" not in {f.rule for f in lint(draft, subject="Re: 荷物が届かない")}
    ours = (
        "渡辺様\n\n弊社の手違いでお荷物の発送が遅れ、申し訳ございません。\n"
        "12月5日の午後にお届けする予定です。\n"
    )
    assert "apology_incomplete" in {f.rule for f in lint(ours, subject="Re: 荷物が届かない")}


def test_a_time_set_by_what_the_customer_sends_is_not_vague() -> None:
    assert "vague" not in {
        f.rule for f in lint("写真を確認でき次第、当日中に交換品を発送いたします。")
    }
    assert "vague" in {f.rule for f in lint("準備が整い次第、ご連絡いたします。")}


def test_the_customer_being_unsure_is_not_our_unknown() -> None:
    assert lint("Feel free to call us if anything is unclear.") == []
    assert "unknown_without_followup" in {
        f.rule for f in lint("It is unclear why the payment failed.")
    }


def test_a_word_for_a_fault_in_an_answer_does_not_make_an_apology_mail() -> None:
    answer = (
        "高橋様\n\nお問い合わせありがとうございます。\n\n"
        "移行期間中は旧方式のログインも残しておくと、設定に誤りがあってもログインできます。\n"
        "切り替えの手順は添付の資料にまとめました。\n"
    )
    assert "apology_incomplete" not in {f.rule for f in lint(answer, subject="Re: SSO設定")}


def test_a_consequence_given_as_the_reason_for_a_polite_request_is_not_a_threat() -> None:
    reason = (
        "領収書がないと医療費控除が受けられませんので、12月15日までにお送りいただけますでしょうか。"
    )
    assert "condescending" not in {f.rule for f in lint(reason)}
    threat = "今月中にお支払いいただかないと、会員資格が停止されてしまいます。"
    assert "condescending" in {f.rule for f in lint(threat)}
