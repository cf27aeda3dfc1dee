# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""What a good reply does that looks risky to one sentence: the reason comes in the next
sentence, the steps are the fix the customer asked for, what is "obvious" is our own duty,
the apology owns our fault in a contraction. Each case also keeps its fault case caught, so
a clean reading never becomes a blind spot.

The sentences are written for these tests, not taken from the labelled data.
"""

from __future__ import annotations

from tests.quality.lint.conftest import RulesIn


def test_it_reads_the_reason_for_an_english_request_in_the_sentence_after(
    rules_in: RulesIn,
) -> None:
    reasoned = "Hi Tom,\n\nCould you send us the serial number on the base of the heater? The manufacturer asks for it before it approves a warranty repair.\n\nBest,\nRia\n"
    assert "request_without_reason" not in rules_in(reasoned)
    semicolon = "Please keep the bandage dry for two days; water under it softens the skin around the stitches."
    assert "request_without_reason" not in rules_in(semicolon)
    next_step_only = "Hi Tom,\n\nCould you send us the serial number on the base of the heater? We will reply after that.\n\nBest,\nRia\n"
    assert "request_without_reason" in rules_in(next_step_only)
    assert "request_without_reason" in rules_in("Please send us the serial number of the heater.")


def test_it_reads_a_japanese_reason_given_as_a_consequence_or_by_a_connective(
    rules_in: RulesIn,
) -> None:
    consequence = "お手数ですが、同封の用紙にご署名のうえご返送いただけますでしょうか。ご署名のない用紙では保証の登録ができない決まりとなっております。"
    assert "request_without_reason" not in rules_in(consequence)
    connective = "ご契約の更新時期が近づいてまいりました。つきましては、更新のご意向を今月20日までにお知らせいただけますでしょうか。"
    assert "request_without_reason" not in rules_in(connective)
    bare = "同封の用紙にご署名のうえご返送いただけますでしょうか。"
    assert "request_without_reason" in rules_in(bare)


def test_it_takes_asking_for_the_customers_own_choice_as_an_offer(rules_in: RulesIn) -> None:
    assert "request_without_reason" not in rules_in(
        "ご希望のお色を、ご都合のよいときにお聞かせください。"
    )
    # Work for the customer that only names their wish is still work.
    assert "request_without_reason" in rules_in("ご希望の曲の楽譜をご用意いただけますでしょうか。")


def test_it_takes_a_troubleshooting_step_for_help_not_an_order(rules_in: RulesIn) -> None:
    fix = "画面が固まった場合は、本体上部の電源ボタンを10秒間長押ししてください。"
    assert rules_in(fix) & {"imperative", "request_without_reason"} == set()
    steps = "ご質問の請求書の再発行は、画面右上の「設定」を開いて、「請求」タブを押してください。"
    assert rules_in(steps) & {"imperative", "request_without_reason"} == set()
    # An obligation with a condition is still an order.
    assert "imperative" in rules_in("欠席する場合は、必ず前日までに電話で連絡してください。")


def test_it_takes_an_english_command_that_leads_to_our_help_as_an_offer(
    rules_in: RulesIn,
) -> None:
    offer = "Hi Jo,\n\nIf you'd like a shorter lease, that is possible. Just reply to this email and I'll redo the contract.\n\nBest,\nKim\n"
    assert rules_in(offer) & {"imperative", "request_without_reason"} == set()
    hours = "Hi Jo,\n\nWe can print them while you wait.\n\nOpen Tue to Sun, 10 am to 6 pm.\n\nBest,\nKim\n"
    assert rules_in(hours) & {"imperative", "request_without_reason"} == set()
    assert "imperative" in rules_in("Bring the broken charger back to the counter tomorrow.")


def test_it_does_not_hear_our_own_duty_or_our_own_cause_as_talking_down(
    rules_in: RulesIn,
) -> None:
    assert "condescending" not in rules_in("Of course we'll cover the cost of the second visit.")
    ours = "It happened because our booking system copied your seat from the previous match instead of the new one."
    assert "condescending" not in rules_in(ours)
    assert "condescending" in rules_in(
        "Obviously, a worn tyre cannot be claimed under the warranty."
    )


def test_it_reads_an_if_unclear_offer_and_a_time_the_customer_sets_as_clean(
    rules_in: RulesIn,
) -> None:
    assert "unknown_without_followup" not in rules_in(
        "Do call us on 0800 555 321 if anything in the contract is unclear."
    )
    assert "vague" not in rules_in("I'll book the engineer as soon as you confirm the address.")
    assert "vague" not in rules_in(
        "The fitting only takes a few minutes, and you can stay in the room."
    )
    assert "vague" in rules_in("We will send the replacement soon.")


def test_it_counts_a_contracted_apology_mail_as_complete() -> None:
    from madoguchi.quality.lint import lint

    text = (
        "Dear Ms Lee,\n\nI'm sorry that your tickets were sent to the wrong address.\n"
        "It happened because our mailing tool used the address from your previous order.\n"
        "We've re-sent the tickets by courier, and they will reach you tomorrow.\n"
        "Our team now checks every address against the latest order before posting.\n\n"
        "Kind regards,\nSam\n"
    )
    assert [f.rule for f in lint(text, subject="Apology: your tickets")] == []
    missing = text.replace(
        "Our team now checks every address against the latest order before posting.\n", ""
    )
    assert [f.rule for f in lint(missing, subject="Apology: your tickets")] == [
        "apology_incomplete"
    ]


def test_it_does_not_take_damage_the_customer_reports_for_our_incident_report(
    rules_in: RulesIn,
) -> None:
    reported = (
        "森様\n\nお問い合わせいただき、ありがとうございます。\n\n"
        "届いた花瓶の口が欠けていたとのこと、お写真で確認いたしました。\n"
        "お送りいただいた破損部分の写真は、配送会社にも共有いたしました。\n"
        "交換品は12月8日に発送いたします。\n\nはなうつわ店\n"
    )
    assert "apology_incomplete" not in rules_in(reported)
