# Sample mails stay whole on one line, as a customer would write them.
# ruff: noqa: E501
"""Session 38 (fresh-eval47, read after its scoring): "looks fake" about how goods look is no
fraud; "we didn't buy the package" is no charge disowned; an aside in brackets with "right
now" is how things stand, not how soon; "working fine today" is the trouble stopped for now;
a baby who won't eat a food anymore has outgrown it. Each next to the case that stays high.
The mails are new, written for these tests."""

from __future__ import annotations

from madoguchi.quality.triage import triage


def test_goods_that_look_fake_are_no_fraud() -> None:
    body = (
        "The wax flowers for our shop window arrived, but honestly they look fake from across the street.\n"
        "The petals are too glossy. Can you make the next batch matte?"
    )
    assert triage(body, subject="Wax flowers too glossy").urgency != "high"


def test_a_fake_login_page_is_still_fraud() -> None:
    body = (
        "I clicked through to what I now think was a fake login page and typed my password.\n"
        "What should I do?"
    )
    assert triage(body, subject="Password typed into a fake page").urgency == "high"


def test_not_having_bought_an_extra_is_no_fraud() -> None:
    body = (
        "Thanks for a lovely cookery class on Sunday.\n"
        "We didn't buy the recipe booklet on the day but would love a copy if we can still pay for one."
    )
    assert triage(body, subject="Recipe booklet").urgency != "high"


def test_a_charge_for_something_never_bought_is_still_fraud() -> None:
    body = "There's a charge of $89 from you on my card. I didn't buy anything from your store."
    assert triage(body, subject="Charge on my card").urgency == "high"


def test_an_aside_in_brackets_is_no_deadline() -> None:
    body = (
        "My meal kit had the beef pack again, though I switched to vegetarian (I'm not eating meat right now).\n"
        "Could you check my preferences?"
    )
    assert triage(body, subject="Beef pack again").urgency != "high"


def test_working_fine_today_is_no_deadline() -> None:
    body = (
        "The router you installed dropped the connection three times on Sunday.\n"
        "It's working fine today, but I'm worried it will happen during my online exam next month.\n"
        "Is there anything I should check?"
    )
    assert triage(body, subject="Router dropped on Sunday").urgency != "high"


def test_a_baby_who_outgrew_a_food_is_no_health_risk() -> None:
    body = (
        "Could you swap the purees in my order for the chunky range?\n"
        "My son is 11 months old and he won't eat the smooth ones any more."
    )
    assert triage(body, subject="Swap purees").urgency != "high"


# fresh-eval48, read after its scoring.
def test_a_worry_about_getting_hurt_one_day_is_not_an_injury() -> None:
    body = (
        "来月からスケートボード教室に通わせたいと思っています。\n"
        "息子は運動が苦手で、転んでけがをしないかが心配です。\n"
        "ヘルメットやプロテクターは貸していただけますか。"
    )
    assert triage(body, subject="スケートボード教室について").urgency != "high"


def test_an_injury_that_happened_is_still_high() -> None:
    body = "本日のレッスン中に娘が転んで、手首が腫れています。病院に行った方がよいでしょうか。"
    assert triage(body, subject="レッスン中のけが").urgency == "high"


def test_a_full_bin_is_no_flood() -> None:
    body = (
        "日曜日にトイレを使いましたが、ゴミ箱があふれていて床にもペーパーが落ちていました。\n"
        "清掃の回数を増やしていただけませんか。"
    )
    assert triage(body, subject="トイレの清掃").urgency != "high"


def test_our_page_showing_their_address_is_a_data_incident() -> None:
    body = (
        "御社のホームページのお客様の声を見たところ、私の投稿の下に\n"
        "電話番号と、マンション名まで含めた住所が載っています。\n"
        "公開してよいとは言っていません。すぐに消していただけますか。"
    )
    assert triage(body, subject="ホームページに住所が出ています").urgency == "high"


def test_having_never_bought_from_abroad_is_no_fraud() -> None:
    body = (
        "I'd like to order two of your wind chimes, but I've never bought anything from a shop overseas.\n"
        "Do you take card payments, and is the parcel insured?"
    )
    assert triage(body, subject="Ordering from abroad").urgency != "high"


def test_a_chaser_written_under_a_forwarded_mail_is_read() -> None:
    body = (
        "ご担当者様\n\n"
        "---------- 転送メッセージ ----------\n"
        "From: 森田\nDate: 4月1日\n件名: キャンセルした講座の返金\n\n"
        "4月の講座をキャンセルしましたので、受講料12,000円の返金をお願いします。\n"
        "------------------------------------\n\n"
        "上記を送ってから三週間たちますが、まだ入金がありません。\n"
        "再三催促しているのに返事もありません。返金日を教えてください。\n\n森田"
    )
    assert triage(body, subject="返金について（再送）").urgency == "high"
