# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 40: the families fresh-eval51 found missing or wrongly flagged, read after its
scoring, each with new sentences written for these tests (none from the set).
condescending — blame with no 「あなた」 in it: the customer named as a share of the cause, the
cause put in how their people use it or in how they did it (「貼り方の問題であって」), their
everyday upkeep to be reviewed, what happened put down to people who lack confidence; our own
side named as the cause, a cause denied and a recommendation for the less confident stay clean.
dismissive — 「ご不安に思われる必要はありません」, theirs to settle at home, "are what they are",
"that happens with every order", "that's for you to chase"; not knowing which version is not a
refusal, and the model's dismissive on a plain not-knowing sentence is cleared. imperative —
"Bleed the radiators", "Re-enrol the badge". vague — 「少し前までに」, and 「近日中に返金」 after a
sentence dating the cancelled event, not the refund. request_without_reason — what we find from
the number, said after the request, is its reason. apology_incomplete — headings 「■原因」「■当日の
対応」 over the parts; the reader's report that prevented harm owes no apology; "filed in a queue
nobody was checking" is a cause; "we've looked into what happened" is not what was done; "we are
sending … at our cost" is. purpose_not_upfront — a price rise or a missing document after a
newsletter's news ("we would need … by 9 January", 「さて、」 then the request, its reason and its
date)."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str = "ja", subject: str | None = None) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang, subject=subject))}


@pytest.mark.parametrize(
    "sentence",
    [
        "繁忙期に直前でご予約されたお客様にも原因があると考えております。",
        "画面が割れた原因は、お子様の扱い方にあると思われます。",
        "壁紙の浮きは貼り方の問題であって、のりの品質とは関係ございません。",
        "水槽のにごりは、日頃のお手入れを見直していただく必要があります。",
        "山頂まで登れないのは、体力に自信のない方にありがちなことです。",
    ],
)
def test_blame_with_no_you_in_it_is_condescending(sentence: str) -> None:
    assert "condescending" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "原因は弊社の保管方法にございました。",
        "お客様に原因があるとは考えておりません。",
        "体力に自信のない方には、平坦な初級コースをおすすめしています。",
    ],
)
def test_our_own_cause_and_a_kind_recommendation_are_clean(sentence: str) -> None:
    assert "condescending" not in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "アプリの通知が多い件について、ご心配に思われる必要はございません。",
        "お子様のゲーム時間の件は、ご家族で話し合って決めていただく問題かと存じます。",
    ],
)
def test_a_worry_waved_away_or_handed_home_is_dismissive(sentence: str) -> None:
    assert "dismissive" in _rules(sentence)


def test_deciding_together_at_home_offered_as_a_choice_is_clean() -> None:
    assert "dismissive" not in _rules(
        "ご家族で話し合って決めていただければ、いつでもプランを変更できます。"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Queues at the car wash on Saturdays are what they are.",
        "A few loose sequins? That happens with every dress.",
        "We don't know when the council will reply, and honestly that's for you to chase.",
    ],
)
def test_shrugging_it_off_in_english_is_dismissive(sentence: str) -> None:
    assert "dismissive" in _rules(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "We're not able to say which version of the app your tablet is running.",
        "We can't predict how the landlord will respond to the request.",
        "The mill hasn't given us a restock date, so it's anyone's guess.",
    ],
)
def test_not_knowing_in_english_is_unknown_not_a_refusal(sentence: str) -> None:
    found = _rules(sentence, "en")
    assert "unknown_without_followup" in found
    assert "dismissive" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Bleed the towel rail before you turn the heating up.",
        "Re-enrol your fingerprint at the entrance scanner.",
    ],
)
def test_bleed_and_re_enrol_are_bare_commands(sentence: str) -> None:
    assert "imperative" in _rules(sentence, "en")


def test_before_it_but_not_how_long_before_is_vague() -> None:
    assert "vague" in _rules("機材の貸し出しは、少し前までにお申し込みいただければご用意できます。")
    assert "vague" not in _rules("少し前に発送の手続きをいたしました。")


def test_soon_for_a_refund_is_vague_when_the_date_in_the_mail_is_the_event_s() -> None:
    mail = (
        "森様\n\nみなと花火大会事務局です。\n"
        "7月20日（土）の大会が雷雨のため中止になった件について、払い戻しをご案内いたします。\n"
        "有料観覧席（4,000円）が払い戻しの対象です。\n"
        "払い戻しは、ご購入時のカードに近日中に返金いたします。\n\n"
        "みなと花火大会事務局"
    )
    assert "vague" in _rules(mail, subject="有料観覧席の払い戻しについて")


def test_what_we_find_from_the_number_is_the_reason_for_asking() -> None:
    mail = (
        "保証書に記載の製造番号をお知らせいただけますか。"
        "番号から製造時期を特定し、交換部品の在庫を調べます。"
    )
    assert "request_without_reason" not in _rules(mail)


def test_headings_over_the_cause_and_the_response_count() -> None:
    mail = (
        "参加者のみなさま\n\n市民マラソン実行委員会です。\n"
        "10月5日の大会で、給水所の水が途中で足りなくなり、多くの方にご不便をおかけしました。申し訳ございませんでした。\n\n"
        "■原因\n"
        "当日の気温が予報より6度高く、用意した量では足りませんでした。\n\n"
        "■当日の対応\n"
        "11時以降は近くの店舗から水を買い足し、全ての給水所に届けました。\n\n"
        "■次回に向けて\n"
        "今後は気温に応じて用意する量を見直し、予備の水を各給水所に置きます。\n\n"
        "市民マラソン実行委員会"
    )
    assert "apology_incomplete" not in _rules(mail, subject="【お詫び】給水所の水不足について")


def test_a_fix_reported_back_with_thanks_for_a_report_that_prevented_harm_owes_no_apology() -> None:
    mail = (
        "田中様\n\nみどり公園管理事務所の山本です。\n"
        "お知らせいただいた、すべり台の手すりのぐらつきについてご報告します。\n"
        "ご連絡を受けて当日中にすべり台を閉鎖し、手すりのねじ2本を新しいものに交換しました。\n"
        "ねじのゆるみは、月1回の点検で手すりを目で見るだけにしていたことが原因でした。"
        "今月から、点検で手すりを実際に揺らして確かめる手順に改めました。\n"
        "すぐにお知らせいただいたおかげで、けがを防ぐことができました。ありがとうございました。\n\n"
        "みどり公園管理事務所 山本"
    )
    assert "apology_incomplete" not in _rules(
        mail, subject="すべり台の手すりの件（点検結果のご報告）"
    )


def test_an_unwatched_queue_is_a_cause() -> None:
    mail = (
        "Dear Mr Ahmed,\n\n"
        "I've refunded the duplicate delivery charge (£6.50) to your card today.\n\n"
        "I'm sorry your two earlier messages went unanswered: they landed in a returns inbox that "
        "nobody was checking while our returns lead was on holiday. Every inbox now has a named "
        "cover person, so this won't happen again.\n\n"
        "Best wishes,\nSam\nPetal & Pot"
    )
    assert "apology_incomplete" not in _rules(
        mail, "en", subject="Your delivery charge has been refunded"
    )


def test_looking_into_what_happened_is_not_what_was_done() -> None:
    mail = (
        "Dear Mr Lowe,\n\n"
        "I'm so sorry that the soup in your hamper leaked and soaked the cheese and crackers.\n\n"
        "We've looked into what happened: a batch of lids on 3 December was not screwed on "
        "tightly enough by the filling machine.\n\n"
        "To stop this happening again, every lid is now checked by hand before packing.\n\n"
        "Kind regards,\nRuth\nHearth Hampers"
    )
    assert "apology_incomplete" in _rules(
        mail, "en", subject="About the leaking soup in your hamper"
    )
    sent = mail.replace("To stop", "We are sending a new hamper on Friday at our cost.\n\nTo stop")
    assert "apology_incomplete" not in _rules(
        sent, "en", subject="About the leaking soup in your hamper"
    )


def test_a_request_after_a_newsletter_s_news_is_put_off() -> None:
    english = (
        "Dear Ms Park,\n\n"
        "Thank you for your continued interest in Riverside Music School. This autumn we opened "
        "two new practice rooms, and our youth orchestra played its first concert in November.\n\n"
        "Our teachers have been busy too: three of them passed their advanced diplomas.\n\n"
        "On a separate note, your scholarship application is missing a reference letter. The "
        "committee meets on 20 January, so we would need the letter by 15 January.\n\n"
        "Kind regards,\nRiverside Music School"
    )
    assert "purpose_not_upfront" in _rules(english, "en", subject="Riverside Music School update")
    japanese = (
        "山田様\n\nいつも大変お世話になっております。あおば造園の佐藤です。\n"
        "今年も残りわずかとなりました。今年は長雨の影響で、庭木の病気のご相談が例年より多い一年でした。\n"
        "当社では今年、樹木医の資格を持つ職員が1名加わりました。\n\n"
        "さて、来年度の年間管理契約につきまして、料金を4月から月額3,300円改定させていただきたく、ご承認をいただけますでしょうか。"
        "薬剤の仕入れ価格が上がったためです。\n"
        "1月末までにご承認をいただければ、4月1日から新しい契約でお手続きいたします。\n\n"
        "あおば造園 佐藤"
    )
    assert "purpose_not_upfront" in _rules(japanese, subject="年末のご挨拶")


def test_a_card_that_needs_updating_by_a_date_after_the_news_is_put_off() -> None:
    mail = (
        "Hi Jun,\n\n"
        "This season we shipped our 5,000th kit, and we're adding a second workshop in Leeds.\n\n"
        "Our winter sale starts on the 2nd with up to 25% off paints and brushes.\n\n"
        "Also, the payment for your preorder of the harbour diorama didn't go through. To keep "
        "your preorder, the card needs updating in your account by 14 January.\n\n"
        "Cheers,\nModel Yard"
    )
    assert "purpose_not_upfront" in _rules(mail, "en", subject="Model Yard update")


# fresh-eval52 (scored once on b31027e, then read): new sentences for the families it found.


@pytest.mark.parametrize(
    "sentence",
    [
        "保証期間はお届けから1年間と、保証書の裏面にも記載がございます。",
        "雨天時の集合場所が変わることは、申込書にも明記しております。",
        "規約にも書いてあるとおり、材料の持ち込みはできません。",
        "パンが固くなるのは冷蔵庫に入れたからです。",
        "塗装のはがれは、説明書で禁止している使い方をされた場合に起こります。",
        "配送の遅れは天候によるものですので、当店としてはお詫びする立場にございません。",
        "サイズの確認は、ご注文前にご確認いただくべき点です。",
    ],
)
def test_pointing_at_what_they_should_have_read_or_done_is_condescending(sentence: str) -> None:
    assert "condescending" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "1袋あたりの糖質は12gで、袋の裏面にも記載しております。",
        "詳しい手順は同封の説明書にも記載しておりますので、あわせてご覧ください。",
        "冷蔵庫に入れたから大丈夫とのこと、安心いたしました。",
    ],
)
def test_saying_where_else_it_is_written_with_the_answer_is_clean(sentence: str) -> None:
    assert "condescending" not in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "前のオーナー様が取り付けた部品については、当店では一切わかりません。",
        "抽選に外れた理由は、規約によりお伝えしておりません。",
    ],
)
def test_a_wall_of_not_knowing_or_not_telling_is_dismissive(sentence: str) -> None:
    assert "dismissive" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You can't expect a florist to know how long cut tulips last in every home.",
        "Check the installation guide before you email us again.",
    ],
)
def test_an_unreasonable_expectation_or_read_up_first_is_condescending(sentence: str) -> None:
    assert "condescending" in _rules(sentence, "en")


def test_a_noun_before_its_verb_is_not_a_command() -> None:
    assert "imperative" not in _rules("Store parking is managed by the shopping centre.", "en")
    assert "imperative" in _rules("Check everything is switched off at the wall.", "en")


def test_the_reader_s_matter_after_the_sender_s_own_news_is_put_off() -> None:
    mail = (
        "Dear Ms Ruiz,\n\n"
        "Autumn is here, and our bakery has been busier than ever. Our new sourdough range won a "
        "regional food award last month.\n\n"
        "We've also opened a second shop on Mill Street, with seating for twenty.\n\n"
        "Your wedding cake tasting is booked for 14 October at 3 p.m., and the deposit has to be "
        "paid by 7 October to hold the date.\n\n"
        "Warm wishes,\nThe Crumb & Co Team"
    )
    assert "purpose_not_upfront" in _rules(mail, "en", subject="Hello from Crumb & Co")
    point = (
        "Your wedding cake tasting is booked for 14 October at 3 p.m., and the deposit has to be "
        "paid by 7 October to hold the date.\n\n"
    )
    upfront = mail.replace(point, "").replace("Dear Ms Ruiz,\n\n", "Dear Ms Ruiz,\n\n" + point)
    assert "purpose_not_upfront" not in _rules(upfront, "en", subject="Hello from Crumb & Co")


def test_apology_parts_told_in_other_words() -> None:
    recall = (
        "電気ケトル「ユーボイル 1.0L」をお使いのお客様へ\n\n"
        "株式会社ミナト家電 お客様相談室です。\n"
        "2023年5月から8月に製造した「ユーボイル 1.0L」の一部で、電源コードの付け根が断線するおそれがあることが判明しました。"
        "発火の危険がありますので、該当品をお持ちの場合はご使用を中止し、無償交換をお申し込みいただけますでしょうか。\n"
        "交換品をお送りし、お手元の製品は同封の返送袋で回収いたします。\n"
        "なお、2023年9月からは出荷前の全数検査に、コードの曲げ試験を加えております。\n"
        "ご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。\n\n"
        "株式会社ミナト家電 お客様相談室"
    )
    assert "apology_incomplete" not in _rules(
        recall, subject="【重要】電気ケトル「ユーボイル 1.0L」の無償交換のお願い"
    )
    mixed_up = (
        "Dear Tom,\n\n"
        "I'm so sorry the care sheet and receipt weren't in the box when you collected your bonsai on Sunday.\n\n"
        "When I packed the orders that morning, I put yours in the box for another customer. "
        "I posted them to you first class today, so they should reach you on Wednesday.\n\n"
        "From now on I'll check each box against the order list before it's handed over.\n\n"
        "Best wishes,\nAiko\nLittle Tree Bonsai"
    )
    assert "apology_incomplete" not in _rules(
        mixed_up, "en", subject="Sorry about the missing care sheet"
    )
    late = "Hi Sam,\n\nWe're really sorry your chairs are late. We'll do our best to get them to you soon.\n\nThanks,\nLeo"
    assert "apology_incomplete" in _rules(late, "en", subject="Re: Order 5512 - late delivery")
