# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 43: the families fresh-eval57 found missing, read after its scoring, each with new
sentences written for these tests (none from the set).
condescending — a penalty promised if they do not comply (「守っていただけない場合は〜退会をお願い
することになります」), their own doing or their decision as the cause (「〜のは、お客様が〜からです」
「〜を選ばれたのはお客様のご判断ですので」), their understanding doubted, "you can hardly expect",
"ask yourself whether", "X happens when customers don't …". dismissive — nothing more will be said
as our part (「当社としてお話しできることはございません」), their matter to be forgotten, what is
called unavoidable. apology_incomplete — "sorry that the X arrived with …" is an event of ours;
"have since asked …" is a prevention; "went by the label rather than scanning" a cause; 「予備の
機械に切り替え」 what was done."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str = "ja", subject: str | None = None) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang, subject=subject))}


@pytest.mark.parametrize(
    "text",
    [
        "駐輪のルールに従っていただけないようでしたら、会員の退会をお願いすることになります。",
        "画面が割れやすいのは、お客様がケースを付けずに持ち歩いていらっしゃるからです。",
        "安いプランを選ばれたのはお客様のご判断ですので、速度についての補償はいたしかねます。",
        "見積書の読み方を基本から理解されていないようにお見受けします。",
    ],
)
def test_talking_down_in_these_japanese_shapes_is_condescending(text: str) -> None:
    assert "condescending" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "プランの変更をご希望の場合は、一度ご解約をお願いすることになります。",
        "今回の遅れは、当社の手配が遅れたためです。",
    ],
)
def test_thanks_a_procedure_and_our_own_cause_are_not_condescending(text: str) -> None:
    assert "condescending" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you never do the homework, you can hardly expect your scores to improve.",
        "It may be worth asking yourself whether a weekly plan really suits your schedule.",
        "Overdraft fees happen when customers don't keep an eye on their balance.",
    ],
)
def test_talking_down_in_these_english_shapes_is_condescending(text: str) -> None:
    assert "condescending" in _rules(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "You can expect the refund in your account within five working days.",
        "This usually happens when the browser blocks cookies; turning them on for our site fixes it.",
    ],
)
def test_an_expectation_set_and_a_technical_cause_are_not_condescending(text: str) -> None:
    assert "condescending" not in _rules(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "料金体系は本部で決めておりますので、店舗として私からお話しできることはございません。",
        "新しい機能のご要望は、いったん忘れていただいて結構です。",
        "木製品の反りは、素材の性質上どうしても避けられないものです。",
    ],
)
def test_these_japanese_brush_offs_are_dismissive(text: str) -> None:
    assert "dismissive" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "先ほどお送りしたメールは誤送信ですので、忘れていただいて結構です。",
        "多少の寸法の誤差は避けられないものですので、±1mmまでは良品として扱い、それを超える場合は無償で交換いたします。",
    ],
)
def test_our_own_mistake_mail_and_a_stated_tolerance_are_not_dismissive(text: str) -> None:
    assert "dismissive" not in _rules(text)


def test_sorry_that_what_we_delivered_arrived_wrong_is_an_apology_mail_that_owes_its_cause() -> (
    None
):
    text = (
        "Dear Ms Varga,\n\n"
        "I'm sorry that the kitchen worktop arrived with the sink cut-out on the wrong side.\n\n"
        "We collected it this morning, and a corrected worktop will be fitted on Thursday.\n\n"
        "From now on, every cut-out will be checked against the signed drawing by a second person.\n\n"
        "Regards,\nPiotr\n"
    )
    assert "apology_incomplete" in _rules(text, "en", subject="Your worktop")


def test_an_incident_report_with_a_prevention_since_agreed_owes_the_apology() -> None:
    text = (
        "Dear members,\n\n"
        "Thursday's evening swim was cancelled at short notice because the pool operator had double-booked the lanes.\n\n"
        "Everyone booked on that session will get a free session, and the fee will be taken off next month's invoice.\n\n"
        "We have since asked the operator to confirm our lane bookings in writing every month.\n\n"
        "Coach Mia\n"
    )
    assert "apology_incomplete" in _rules(text, "en", subject="Thursday evening swim")


def test_a_cause_told_as_a_step_skipped_is_a_cause() -> None:
    text = (
        "Dear Mr Otieno,\n\n"
        "I'm very sorry that the printer cartridges you ordered arrived as the colour set instead of black.\n\n"
        "Our packer went by the shelf label rather than scanning the barcode. The black set went out this morning by next-day post.\n\n"
        "We have changed our packing process so that every order is scanned before it is sealed.\n\n"
        "Kind regards,\nAnna\n"
    )
    assert "apology_incomplete" not in _rules(text, "en", subject="We sent the wrong cartridges")


def test_switching_over_to_the_spare_is_what_was_done() -> None:
    text = (
        "株式会社ミドリ食品\n品質管理部 森様\n\n"
        "港南冷蔵の田村でございます。\n"
        "昨夜、貴社のお荷物を保管している第2冷蔵室の温度が一時的に上昇し、大変申し訳ございません。\n"
        "原因は、圧縮機の制御基板の故障でした。\n"
        "午前1時に予備の冷凍機へ切り替え、3時には設定温度に戻っております。\n"
        "再発防止として、同型の基板を全室で今月中に交換いたします。\n\n"
        "港南冷蔵 田村\n"
    )
    assert "apology_incomplete" not in _rules(text, subject="第2冷蔵室の温度上昇についてのお詫び")


def test_our_routine_check_is_no_inquiry_under_way() -> None:
    # 「出荷前に〜確認しております」 is how we always work, not a not-knowing awaiting its date.
    assert "unknown_without_followup" not in _rules(
        "発送の前に必ず重さで枚数を確認しておりますので、封入漏れは考えにくい状況です。"
    )
    assert "unknown_without_followup" in _rules("配送業者に荷物の所在を確認しております。")


def test_what_the_answer_will_be_used_for_said_after_the_request_is_its_reason() -> None:
    text = "お申し込みの際に、普段お使いのラケットの種類を教えていただけますか。レッスン内容の参考にいたします。"
    assert "request_without_reason" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "配達はだいたい午後のどこかになります。",
        "部品の入荷は来週のどこかになる見込みです。",
    ],
)
def test_somewhere_in_a_part_of_the_day_or_a_week_is_vague(text: str) -> None:
    assert "vague" in _rules(text)


def test_a_week_in_which_the_customer_picks_the_day_is_not_vague() -> None:
    assert "vague" not in _rules("来週のどこかで、ご都合のよい日時を教えていただけますか。")


def test_without_too_much_delay_names_no_time() -> None:
    assert "vague" in _rules(
        "Once the parts are in, the repair is usually finished without much delay.", "en"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Whether the clinic will reopen on Saturdays isn't something we're able to tell you.",
        "The printer hasn't given us a date for the reprint, so the atlas is unavailable for now.",
    ],
)
def test_not_knowing_said_as_what_we_cannot_tell_is_unknown(text: str) -> None:
    assert "unknown_without_followup" in _rules(text, "en")


def test_not_knowing_with_the_next_step_and_its_day_is_clean() -> None:
    text = "The printer hasn't given us a date yet; I'll call them on Monday and email you by Wednesday."
    assert "unknown_without_followup" not in _rules(text, "en")


def test_not_decided_as_a_condition_is_no_unknown() -> None:
    # 「〜が決まっていない場合でも」 is a case the offer covers, not something we do not know.
    assert "unknown_without_followup" not in _rules(
        "引っ越しの日が決まっていない場合でも、お見積もりは可能です。"
    )
    assert "unknown_without_followup" in _rules("工事の日程はまだ決まっていない状況です。")


def test_a_visit_proposed_for_a_day_is_the_next_step() -> None:
    text = "雨漏りの原因は屋根に上がってみないとわかりませんので、明後日の午後に伺ってもよろしいでしょうか。"
    assert "unknown_without_followup" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you'd stored the tyres indoors, they wouldn't have cracked.",
        "It's quite basic, but a deposit simply means we hold the room for you.",
        "The gaps along the wall are a result of the tile size you picked.",
        "The app works perfectly well if you follow the pairing steps.",
    ],
)
def test_fresh_eval58_english_shapes_talk_down(text: str) -> None:
    assert "condescending" in _rules(text, "en")


def test_an_offer_after_if_youd_like_is_not_blame() -> None:
    assert "condescending" not in _rules(
        "If you'd like, our engineer would have time on Friday morning.", "en"
    )
