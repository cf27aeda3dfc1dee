# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 44: the families fresh-eval59 found missing, read after its scoring, each with new
sentences written for these tests (none from the set).
condescending — the same question received before (「同じお問い合わせは先週もいただいており」),
"we only just explained it", their care found wanting (「もう少し丁寧にご記入いただけると」), our
data declared faultless and their method sent back, the basics sent to a book, "as our guide
explains — and it is worth reading —". dismissive — another party's rule as the reason we do
not answer, the matter to be settled directly with another party, "I wouldn't lose sleep over
it". vague — a charge at "the set amount" or "our standard rate" with no figure, "every so
often". request_without_reason — the plain 「〜送ってもらえますか」. Not findings: 「以上です。」
closing a list of steps, 「〜を楽しんでください」 (a wish), what we should have done, owned."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str = "ja", subject: str | None = None) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang, subject=subject))}


@pytest.mark.parametrize(
    "text",
    [
        "同じお問い合わせは先週もいただいておりますが、回答に変わりはございません。",
        "昨日お伝えしたばかりですので、前回のメールを読み返していただけますか。",
        "申込書の空欄が目立ちますので、もう少ししっかりとご記入いただけますでしょうか。",
        "当社の測定機器に異常はございませんので、まずは御社の手順をご確認されてはいかがでしょうか。",
        "表計算の基本的な使い方につきましては、書店の入門書などでお調べください。",
    ],
)
def test_talking_down_in_these_japanese_shapes_is_condescending(text: str) -> None:
    assert "condescending" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "昨年の参加者の方から同じご質問をいただき、今年から雨具の貸し出しを始めました。",
        "説明が足りず、もう少し丁寧にご案内すべきでした。",
        "検査の結果、機器に異常はございませんでしたので、そのままお使いいただけます。",
    ],
)
def test_a_question_heard_before_our_own_fault_and_a_clean_result_are_not_condescending(
    text: str,
) -> None:
    assert "condescending" not in _rules(text)


def test_an_aside_that_our_guide_is_worth_reading_is_condescending() -> None:
    text = "As the setup guide explains (and it's well worth a read), the sensor must face north."
    assert "condescending" in _rules(text, "en")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("通関の書類については税関の管轄ですので、当店ではお答えいたしかねます。", "ja"),
        ("駐車場の騒音の件は、お隣の方と直接お話し合いください。", "ja"),
        (
            "The paint has held up on every house we've done, so I wouldn't lose any sleep over one bubble.",
            "en",
        ),
    ],
)
def test_throwing_the_matter_elsewhere_or_waving_it_off_is_dismissive(text: str, lang: str) -> None:
    assert "dismissive" in _rules(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("鍵を紛失された場合は、所定の交換費用をいただきます。", "ja"),
        ("Late returns are charged at the usual rate.", "en"),
        ("The nozzle needs cleaning every now and then.", "en"),
    ],
)
def test_a_charge_or_interval_with_no_figure_is_vague(text: str, lang: str) -> None:
    assert "vague" in _rules(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("鍵を紛失された場合は、所定の交換費用をいただきます。交換費用は5,500円です。", "ja"),
        ("Late returns are charged at the usual rate of £4 a day.", "en"),
    ],
)
def test_the_same_charge_with_its_figure_is_not_vague(text: str, lang: str) -> None:
    assert "vague" not in _rules(text, lang)


def test_a_plain_request_with_no_reason_is_flagged() -> None:
    assert "request_without_reason" in _rules("領収書の写真、送ってもらえますか。")


def test_asking_leave_in_the_plain_form_is_not_a_request() -> None:
    assert "request_without_reason" not in _rules("日程の件、一日だけ考えさせてもらえますか。")


def test_a_closing_after_a_list_of_steps_and_a_wish_are_not_findings() -> None:
    text = (
        "返却の手順は次のとおりです。\n\n"
        "1. 電源を切り、コードを外します。\n"
        "2. 付属品を箱に戻します。\n\n"
        "以上です。\n\n"
        "残りの旅行も楽しまれてください。"
    )
    rules = _rules(text, subject="返却の手順")
    assert "dismissive" not in rules
    assert "imperative" not in rules


def test_a_wish_for_the_customer_names_no_time_of_ours() -> None:
    assert "vague" not in _rules("We hope your cat is back home soon.", "en")
    assert "vague" in _rules("We hope the replacement part is ready soon.", "en")


def test_a_topic_we_do_not_discuss_is_a_refusal_not_an_unknown() -> None:
    rules = _rules("Pricing for other regions isn't something we discuss by email.", "en")
    assert "unknown_without_followup" not in rules


def test_what_we_cannot_predict_is_an_unknown() -> None:
    text = "Delivery depends on the ferry, and that's not something we can predict."
    assert "unknown_without_followup" in _rules(text, "en")


def test_an_incident_report_that_never_says_sorry_owes_its_apology() -> None:
    text = (
        "Dear Ms Hale,\n\n"
        "Our booking system only syncs with the venue's calendar once a night, and your cancellation "
        "arrived after that run, so the deposit was taken.\n\n"
        "We have returned the full £120 to your card today.\n\n"
        "We have now set the calendar to sync every fifteen minutes.\n\n"
        "Regards,\nTom"
    )
    assert "apology_incomplete" in _rules(text, "en", subject="Your deposit for 14 March")
