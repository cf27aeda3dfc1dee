"""Session 30 (fresh-eval31 and fresh-eval32, read after their scoring): the families their misses
belonged to, and the lookalikes that must stay clean.

- condescending: their own choice named as the cause, a step they did not take made their side's
  responsibility, 「次回からはよくお読みください」, 「本来は…していただくものです」, 「普通、…
  ものです」, the customer called over-sensitive, the count of their questions held up, silence
  taken as a decision; "…; everyone knows that", "mentioned … in every email", "You'd think
  someone who …", "if you wanted …, you could have bought …".
- dismissive: the question called a bother (「〜いただいても困ります」), "that's how it is"
  (「〜とはそういうものです」), nothing can be looked into (「調べようもございません」), the report
  waved away (「ご指摘はご容赦ください」); "no point asking", "X's problem, not ours", "as I'm sure
  you understand".
- vague: room not measured (「広めのスペース」), a price left to a later talk, a limit without its
  number, a wait we set (「少々お待ちいただきます」); "once … settles down", "a modest supplement".
- imperative: "10 a.m. and text you" is one sentence; "Bring: nothing at all." orders nothing.
- purpose_not_upfront: a turn away from the announced news to a request with a date; news that the
  reader "can now choose" announces no request; a shipping notice's "if it hasn't arrived, let us
  know" is no request.
- apology_incomplete: an English cause said as "was not strong enough"; a Japanese prevention said
  as a guard fitted and the activity kept away until then.
The sentences are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "ご自身で漂白剤を使われたのが原因と考えられますので、交換は承れません。",
        "転倒したのは、マットを敷かなかった施主様側の責任です。",
        "次回からは注意書きをよくお読みください。",
        "会場の手配は、本来はご依頼主様でしていただくものです。",
        "普通、革は水に濡れればしみになるものです。",
        "お客様は少し気にしすぎではないでしょうか。",
        "同じお問い合わせがこれで4回目ですので、先日の案内をご覧ください。",
        "月末までにご連絡がない場合は、更新のご意思がないものとみなします。",
    ],
)
def test_condescending_ja_from_fresh_eval31_32(rules_in, sentence: str) -> None:
    assert "condescending" in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "弊社の保管の仕方が悪かったため、表面に曇りが出てしまいました。",
        "少なかった分の差額は、本日お振り込みいたしました。",
        "お客様の大切なお預かり品ですので、保管庫の鍵は店長が管理しております。",
    ],
)
def test_condescending_ja_lookalikes_stay_clean(rules_in, sentence: str) -> None:
    assert "condescending" not in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "Leather stains when it gets wet; everybody knows that.",
        "We've explained the parking rules in every newsletter, so please read them before "
        "emailing in.",
        "You'd think anyone who's owned a boat would know to drain the engine.",
        "If you wanted a perfectly flat finish, you should have ordered the machine-made tiles.",
    ],
)
def test_condescending_en_from_fresh_eval31_32(rules_in, sentence: str) -> None:
    assert "condescending" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "他社で修理された箇所については、こちらにご相談いただいても困ります。",
        "手彫りの表札とはそういうものです。",
        "いつ傷が付いたのかは、こちらでは調べようもございません。",
        "色の濃淡についてのご指摘はご容赦ください。",
    ],
)
def test_dismissive_ja_from_fresh_eval31_32(rules_in, sentence: str) -> None:
    assert "dismissive" in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry times change every season, so there's no point asking us months ahead.",
        "A scratched lens in the post is the carrier's problem, not ours.",
        "Handmade soap varies in colour, as I'm sure you understand.",
    ],
)
def test_dismissive_en_from_fresh_eval31_32(rules_in, sentence: str) -> None:
    assert "dismissive" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "搬入には広めのスペースが必要です。",
        "送料については、あとで相談しましょう。",
        "お持ち帰りいただける点数には上限があります。",
        "釉薬が乾くまで少々お待ちいただきます。",
    ],
)
def test_vague_ja_from_fresh_eval31_32(rules_in, sentence: str) -> None:
    assert "vague" in rules_in(sentence, lang="ja")


def test_a_moment_asked_on_the_phone_is_not_vague(rules_in) -> None:
    assert "vague" not in rules_in("少々お待ちください。ただいま担当者に代わります。", lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "We'll set the delivery date once the harvest settles down.",
        "Gift wrapping is available for a modest surcharge.",
    ],
)
def test_vague_en_from_fresh_eval31_32(rules_in, sentence: str) -> None:
    assert "vague" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Our fitters arrive between 8 and 9 a.m. and call you when they park.",
        "Bring: nothing, we provide the tools.",
    ],
)
def test_no_command_in_a_time_or_an_empty_list(rules_in, sentence: str) -> None:
    assert "imperative" not in rules_in(sentence, lang="en")


def test_a_sentence_still_ends_after_am_before_a_capital(rules_in) -> None:
    assert "imperative" in rules_in("We open at 9 a.m. Bring the receipt with you.", lang="en")


_TURNED_JA = (
    "吉川様\n\n陶房ひなたの森です。いつもありがとうございます。\n"
    "今月から、土鍋の新しい釉薬「藍」の販売を始めました。\n"
    "また、冬の教室は12月から木曜夜のクラスが増えます。\n"
    "ところで、10月にご注文いただいた湯呑みの代金がまだ確認できておりません。\n"
    "11月28日（金）までにお振り込みをお願いいたします。\n\n陶房ひなた 森"
)


def test_a_turn_from_announced_news_to_a_dated_request_is_put_off(rules_in) -> None:
    found = rules_in(_TURNED_JA, subject="新しい釉薬のご案内", lang="ja")
    assert "purpose_not_upfront" in found


_CHOICE_NEWS_JA = (
    "佐野様\n\n染め工房あおいです。\n"
    "朝晩すっかり冷えるようになりました。\n"
    "今月から、体験で染める布を木綿と麻からお選びいただけるようになりました。\n"
    "来月は恒例の干支の手ぬぐい染めも始まります。\n"
    "さて、11月9日（土）のご予約ですが、工房の設備点検のため体験ができなくなりました。\n"
    "11月16日か23日への変更をお願いしたく、ご希望をお知らせいただけますでしょうか。\n\n"
    "染め工房あおい 川口"
)


def test_news_of_a_new_choice_does_not_announce_the_request(rules_in) -> None:
    found = rules_in(_CHOICE_NEWS_JA, subject="工房だより 冬号", lang="ja")
    assert "purpose_not_upfront" in found


_SHIPPED_EN = (
    "Hello Priya,\n\nYour order (#5512: two linen aprons) left our workshop this morning with "
    "Parcelforce. Tracking number: PF 2231 8890.\n\nIt should arrive by Wednesday. If it hasn't "
    "turned up by Friday, let us know and we'll chase the courier.\n\nThanks,\nFlaxworks"
)


def test_a_shipping_notice_with_a_fallback_is_upfront(rules_in) -> None:
    found = rules_in(_SHIPPED_EN, subject="Your order #5512 has shipped", lang="en")
    assert "purpose_not_upfront" not in found


_APOLOGY_EN = (
    "Dear Mr Okafor,\n\nI'm very sorry that three of the jars in your order arrived cracked.\n\n"
    "We looked at how they were packed: the dividers in that box were not thick enough to stop "
    "the jars knocking together.\n\n"
    "We are sending three replacement jars on Tuesday at our cost.\n\n"
    "From this order on, every box of jars goes out with double-wall dividers.\n\n"
    "Kind regards,\nHana, Hillside Preserves"
)


def test_an_english_cause_said_as_not_strong_enough_counts(rules_in) -> None:
    found = rules_in(_APOLOGY_EN, subject="Sorry about the cracked jars", lang="en")
    assert "apology_incomplete" not in found


_APOLOGY_JA = (
    "野口様\n\n子ども造形教室アトリエそらの石田です。\n"
    "本日の教室で、ゆうとくんが作業台の角で手の甲をすりむいてしまいました。"
    "お預かりしている中でのけがで、申し訳ございません。\n"
    "原因は、作業台の角の保護材がはがれていたことでした。\n"
    "すぐに洗浄して絆創膏を貼り、お迎えの際にお母様にもご説明いたしました。\n"
    "作業台の角にはすべて新しい保護カバーを取り付け、付け終わるまではその台を使う作業を休止いたします。\n\n"
    "アトリエそら 石田"
)


def test_a_japanese_prevention_said_as_a_guard_fitted_counts(rules_in) -> None:
    found = rules_in(_APOLOGY_JA, subject="本日のけがについてのお詫び", lang="ja")
    assert "apology_incomplete" not in found
