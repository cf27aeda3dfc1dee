"""Session 6: mechanisms that flagged clean whole drafts, purpose_not_upfront on drafts, and
the English condescending and dismissive families read by shape. The sentences here are
written for these tests (not the hand items scored by scripts/lint_eval.py --hand)."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _rules(text: str, subject: str | None = None, learned: bool = True) -> set[str]:
    return {finding.rule for finding in lint(text, subject=subject, learned=learned)}


# Clean drafts that look risky: a full apology whose cause is an outage or a thing we forgot,
# a correction as the action, a refusal with a handover, a choice among offered dates, "as
# soon as" an event, a favour done "this time".
CLEAN_DRAFTS = [
    (
        "Re: 予約できない",
        "石田様\n\nご不便をおかけし申し訳ございません。昨夜22時ごろ予約サーバーのディスクが"
        "満杯になったことが原因で、予約画面が開けない状態になっておりました。\n今朝7時に復旧しており、現在は通常どおり"
        "ご予約いただけます。\n再発を防ぐため、監視の設定を見直しました。\n\nさくら整体院 受付\n",
    ),
    (
        "会報の記載誤りについてのお詫び",
        "会員の皆様\n\n11月号の会報で、総会の会場を誤って記載しておりました。申し訳ございません。\n"
        "正しくは、2階の大会議室ではなく3階の第一会議室です。\n原稿を前年のものから作成した際に、"
        "会場名を直し忘れたことが原因です。\n今後は、発行前に事務局の二名で原稿を確認いたします。\n\n"
        "みどり町会 事務局\n",
    ),
    (
        "Sorry about Saturday's class",
        "Dear Ms Reid,\n\nI'm sorry that Saturday's yoga class was cancelled at the last minute. "
        "Our teacher was ill and we failed to text the people who had booked.\nWe've refunded "
        "your £12 today.\nFrom now on, the front desk texts everyone booked as soon as a class "
        "is cancelled.\n\nBest wishes,\nJo\nLotus Studio\n",
    ),
    (
        "Re: Can you repair my e-bike battery?",
        "Hi Leo,\n\nThanks for asking. We don't handle battery cell repairs, because they need a "
        "certified workshop. I've passed your details to VoltFix in Elm Street, and their "
        "technician will call you on Monday.\n\nCheers,\nMo\nSpokes Bike Shop\n",
    ),
    (
        "Your eye test",
        "Hello Mr Grant,\n\nWe have appointments on 4 and 11 December at 9 am.\n\nPlease reply "
        "with the date that suits you.\n\nKind regards,\nAnna\nBright Eyes Opticians\n",
    ),
    (
        "Re: Late fee",
        "Hi Zoe,\n\nThe late fee starts 15 minutes after your parking ends, so that the space is "
        "free for the next driver. As this is your first late fee, I've waived it this time.\n\n"
        "Thanks,\nRay\nCityPark\n",
    ),
]


@pytest.mark.parametrize(("subject", "text"), CLEAN_DRAFTS)
def test_it_leaves_a_clean_risky_looking_draft_without_findings(subject: str, text: str) -> None:
    assert _rules(text, subject) == set()


def test_it_flags_a_generic_subject_whose_request_comes_after_our_own_story() -> None:
    text = (
        "Dear Ms Patel,\n\nI hope your week is going well.\nGreenLeaf started as a small market "
        "stall and now delivers to over 5,000 homes.\nOur drivers have also switched to electric "
        "vans this autumn.\nThis month we changed our delivery software.\nCould you choose a new "
        "delivery day in your account by Sunday, as Tuesday rounds are ending?\n\n"
        "Thanks,\nGreenLeaf\n"
    )
    assert "purpose_not_upfront" in _rules(text, "Your account")
    japanese = (
        "森様\n\nいつもご利用いただきありがとうございます。\n当店は開業以来、地元の食材にこだわって"
        "まいりました。\n今年は厨房を新しくし、席数も増やしました。\nおかげさまで週末は満席の日が"
        "続いております。\nつきましては、12月24日のご予約の人数を、12月10日までにお知らせいただけ"
        "ますでしょうか。\n\nよろしくお願いいたします。\n"
    )
    assert "purpose_not_upfront" in _rules(japanese, "ご連絡")


def test_it_does_not_flag_a_generic_subject_when_the_first_paragraph_answers() -> None:
    text = (
        "Hi Ben,\n\nYes, you can bring your own wine; corkage is £8 a bottle.\nWe opened in 2010 "
        "and have grown a lot since, so do book ahead on Fridays.\n\nSee you soon,\nLia\n"
    )
    assert "purpose_not_upfront" not in _rules(text, "Re: Question")


@pytest.mark.parametrize(
    ("family", "sentence"),
    [
        ("blame", "You skipped the safety briefing, which is why the instructor stopped the dive."),
        ("blame", "The scratches are down to you dragging the case across the floor."),
        ("obvious", "It is clearly printed on the back of the voucher that it expires in March."),
        ("asked_again", "We have been through this already: the deposit covers cleaning only."),
        ("disclaim", "We cannot be held responsible for anything after the van leaves."),
        ("disclaim", "The gym cannot be held responsible for valuables left in the changing room."),
    ],
)
def test_it_catches_each_english_condescending_family_by_its_shape(
    family: str, sentence: str
) -> None:
    findings = [f for f in lint(sentence, learned=False) if f.rule == "condescending"]
    assert findings, family


@pytest.mark.parametrize(
    "sentence",
    [
        "We're not in a position to move your exam to another week.",
        "Gift wrapping is not available for sale items.",
        "The checkout only takes card payments; that's simply how the system works.",
        "The car park belongs to the hospital, so you'll have to contact them.",
        "We can't refund a ticket once the show has started.",
    ],
)
def test_it_catches_english_refusals_with_nothing_offered(sentence: str) -> None:
    assert "dismissive" in _rules(sentence, learned=False)


def test_it_takes_a_refusal_followed_by_a_handover_or_an_option_as_an_answer() -> None:
    assert "dismissive" not in _rules(
        "We can't refund a ticket once the show has started, but you can swap it for any "
        "later date at no charge.",
        learned=False,
    )


def test_it_reads_two_commands_in_sequence_as_steps_not_orders() -> None:
    found = _rules("Hold the power button for ten seconds, then press Reset.", learned=False)
    assert "imperative" not in found
    assert "imperative" in _rules("Send the signed lease back to us.", learned=False)


def test_it_reads_a_company_statement_or_history_as_background_not_as_the_point() -> None:
    # 「当店では〜について」 names a topic but is our own statement; "Your plan was set up in
    # 2023" names the customer's matter but is history; "Hello from …" names only the sender.
    japanese = (
        "高木様\n\nいつもご愛顧いただきありがとうございます。\n当店では、お預かりする衣類の管理に"
        "ついて独自の基準を設けております。\n今年は新しい乾燥機を導入し、仕上がりの品質を見直して"
        "まいりました。\nその結果、ダウンコートのお預かり期間を延ばせるようになりました。\n"
        "つきましては、お預かり中のコートのお引き取り日を、12月20日までにお知らせいただけますで"
        "しょうか。\n\nよろしくお願いいたします。\n"
    )
    assert "purpose_not_upfront" in _rules(japanese, "お問い合わせの件")
    english = (
        "Hi Omar,\n\nThanks for your email.\nYour plan was set up in 2023 on our old pricing.\n"
        "Since then we have added two new tiers and retired the old one.\nMost customers have "
        "already moved over this autumn.\nCould you choose a new tier by 15 January, so that your "
        "backups keep running?\n\nBest,\nNora\n"
    )
    assert "purpose_not_upfront" in _rules(english, "Re: Your account")
    greeting = (
        "Dear Ms Lund,\n\nI hope this finds you well.\nIt has been an exciting year for all of us "
        "at Fjord Tours.\nOur guides have had a wonderful summer on the water.\nWe would be "
        "grateful if you could confirm your group size by Friday so that we can book the boat.\n\n"
        "Warm regards,\nErik\n"
    )
    assert "purpose_not_upfront" in _rules(greeting, "Hello from Fjord Tours")


def test_it_takes_an_apology_for_what_we_did_as_an_apology_mail_and_a_cushion_not() -> None:
    # 「〜てお返ししてしまい、申し訳ございません」 apologises for our own act (an apology mail
    # with no cause here); 「ご心配をおかけしてしまい、申し訳ございません」 is a cushion.
    ours = (
        "川口様\n\nご注文と違う色のマグカップをお送りしてしまい、申し訳ございませんでした。\n"
        "本日、正しい色の商品を発送いたしました。\n今後は、梱包前に色番号を二人で確認いたします。\n"
    )
    assert "apology_incomplete" in _rules(ours, "Re: 色が違います", learned=False)
    cushion = (
        "石井様\n\nご心配をおかけしてしまい、申し訳ございません。\nご注文の商品は12月3日に発送"
        "いたします。\n\nよろしくお願いいたします。\n"
    )
    assert _rules(cushion, "Re: 注文の件") == set()


def test_it_reads_an_incident_report_that_forgot_to_apologise() -> None:
    text = (
        "Hi Rosa,\n\nYour class on Monday was cancelled at short notice. This happened because "
        "the teacher's leave was entered incorrectly in our calendar.\nWe've refunded the £15 "
        "to your card.\nThe calendar is now checked by the studio manager every week.\n\n"
        "Thanks,\nIvy\n"
    )
    assert "apology_incomplete" in _rules(text, "Monday's class", learned=False)
