"""Session 35 (fresh-eval41, read after its scoring): the families its misses belonged to, and
the lookalikes that must stay clean.

- condescending: "or else" said as no guarantee (「そうでなければ品質は保証いたしません」), the
  fault put on the side that uses it (「使う側の問題かと存じます」), 「「〜」とだけ言われましても」,
  others who manage ("Most authors manage to …"), "… before you sign for them next time"; a
  charge we will not make called obvious (「当然ながら、〜料をいただくことはございません」,
  "Naturally, there is no charge …") and 「お知らせできるはずです」 are not.
- dismissive: "we'll be leaving things as they are".
- vague: 「まもなく」, 「そう遠くない時期」.
- unknown_without_followup: "There's no date yet for …".
- request_without_reason: 「ご不安な点は〜までご連絡ください」 offers; 「〜に使います」 after a
  request is its reason; "let us know how many …" asks for work.
- apology_incomplete: an incident told beside their order, with cause, remedy and prevention,
  owes the apology; "was our error: … matched to a different reference" is a cause; "what
  happened" opens an incident report; "we've switched off …" is prevention.
The sentences and drafts are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("説明書どおりに乾燥させてください。そうでなければ仕上がりは保証いたしません。", "ja"),
        ("においの問題は、当社ではなく使う側の問題かと存じます。", "ja"),
        ("「すぐに」とだけ言われましても、こちらとしては手配のしようがありません。", "ja"),
        ("Most customers manage to assemble it without a video call.", "en"),
        ("Check the seal before you accept the delivery next time.", "en"),
    ],
)
def test_condescending_from_fresh_eval41(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("当然ながら、キャンセルされた場合に手数料をいただくことはございません。", "ja"),
        ("修理の結果は、明日の午後にはお知らせできるはずです。", "ja"),
        ("Naturally, there is no charge if the order is cancelled before it ships.", "en"),
    ],
)
def test_lookalikes_are_not_condescending(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" not in rules_in(sentence, lang=lang)


def test_leaving_things_as_they_are_is_dismissive(rules_in) -> None:
    sentence = "Thanks for the suggestion; we'll be leaving things as they are."
    assert "dismissive" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("新しい色の入荷は、まもなくご案内できる見込みです。", "ja"),
        ("再販はそう遠くない時期になる予定です。", "ja"),
    ],
)
def test_vague_from_fresh_eval41(rules_in, sentence: str, lang: str) -> None:
    assert "vague" in rules_in(sentence, lang=lang)


def test_no_date_yet_is_unknown(rules_in) -> None:
    sentence = "There's no date yet for the pool reopening."
    assert "unknown_without_followup" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ご不安な点は、担当の佐藤（直通 06-1234-5678）までご連絡ください。", "ja"),
        ("異音がしたら、動画を撮って送ってください。原因の特定に使います。", "ja"),
    ],
)
def test_not_an_unexplained_request(rules_in, text: str, lang: str) -> None:
    assert "request_without_reason" not in rules_in(text, lang=lang)


def test_how_many_is_work_asked_for(rules_in) -> None:
    sentence = "Please let us know how many crates you have on site by the 10th of each month."
    assert "request_without_reason" in rules_in(sentence, lang="en")


def test_an_incident_told_beside_their_order_owes_the_apology(rules_in) -> None:
    draft = (
        "石田 様\n\n工具のヤマネです。\n"
        "ご注文いただいたドリルの発送が、お約束の日から4日遅れた件についてご説明いたします。\n\n"
        "倉庫の在庫表とサイトの在庫数が連動しておらず、在庫がない状態で注文を受け付けてしまった"
        "ことが原因です。\n"
        "メーカーから取り寄せた商品を本日発送いたしました。\n"
        "今後は、サイトの在庫を1時間ごとに倉庫の在庫表と自動で照合する仕組みに切り替えます。\n\n"
        "工具のヤマネ　山根"
    )
    assert "apology_incomplete" in rules_in(draft, subject="ご注文品の発送について", lang="ja")


def test_our_error_in_matching_a_payment_is_a_cause(rules_in) -> None:
    draft = (
        "Dear Mr Gray,\n\nYour account has been reinstated and Friday's delivery is back on the "
        "schedule.\n\nThe suspension was our error: your payment of £2,400 on 3 June was received "
        "but matched to a different customer reference. It has now been applied to your invoice, "
        "and the account shows nothing outstanding.\n\nI'm sorry for the disruption this caused. "
        "We've added a check so that unmatched payments are reviewed by a person before any "
        "account can be suspended.\n\nRegards,\nAlex"
    )
    subject = "Account restored"
    assert "apology_incomplete" not in rules_in(draft, subject=subject, lang="en")


def test_an_incident_report_without_an_apology_owes_it(rules_in) -> None:
    draft = (
        "Hi all,\n\nSeveral of you asked what happened on Monday when the booking system cancelled "
        "every court booking at 5 pm.\n\nAn update the night before reset the bookings to "
        '"provisional", and they were released automatically when no one confirmed them.\n\n'
        "All the games have been moved to next Monday at the same times, and court fees for both "
        "nights are waived. We've also switched off automatic release for club bookings.\n\nSam"
    )
    assert "apology_incomplete" in rules_in(draft, subject="About Monday's club night", lang="en")
