"""Session 12: a polite request is not anger (walk 11 F-10); Japanese high urgency said as
consequence and time, without 至急 or 緊急."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import render_reasons, triage
from madoguchi.quality.triage.matching import find_hits


def _categories(text: str) -> set[str]:
    return {hit.category.name for hit in find_hits(text.lower())}


def test_a_polite_request_to_refund_a_double_charge_is_urgent_but_not_angry() -> None:
    # Walk 11 F-10: shown as Angry, 'worded like an unhappy customer ("Could you check and
    # refund the duplicate")'.
    result = triage(
        "Hello,\n\nOur card statement shows two charges of USD 290 from Tsunagu on the same "
        "day.\nCould you check and refund the duplicate as soon as possible? Our bookkeeper\n"
        "closes the month tomorrow.\n",
        subject="Charged twice this month?",
    )
    assert result.urgency == "high"
    assert result.emotion in ("neutral", "anxious")
    assert "learned_angry" not in {code for code, _ in result.codes}
    assert not any("unhappy" in reason for reason in render_reasons(result.codes, "en"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you check and refund the duplicate?",
        "Please send the corrected invoice when you can.",
        "Would you be able to fix the spelling on the certificate?",
    ],
)
def test_a_request_inside_a_polite_question_is_no_firm_demand(sentence: str) -> None:
    assert "demand" not in _categories(sentence)


@pytest.mark.parametrize(
    "sentence", ["Refund it.", "You charged me twice. Just fix this.", "Then send the money."]
)
def test_a_bare_imperative_is_still_a_firm_demand(sentence: str) -> None:
    assert "demand" in _categories(sentence)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "洗剤のこと",
            "先ほど、1歳の娘が床に置いていた食器用洗剤のボトルをなめてしまいました。"
            "量は少しだと思います。成分表はどこで見られますか。",
        ),
        (
            "うちのうさぎ",
            "昨日の爪切りのあとから、うさぎが牧草も食べず、ケージの奥でうずくまっています。",
        ),
        (
            "受け取った目薬",
            "今朝いただいた目薬の袋に、別の方のお名前が書いてありました。もう2回さしています。",
        ),
        (
            "タイヤ交換のあと",
            "交換していただいた後から、カーブでタイヤがゴトゴト鳴ります。"
            "今夜、祖母を乗せて実家まで運転しても大丈夫でしょうか。",
        ),
        (
            "ブースに入れません",
            "暗証番号を入れてもロックが反応せず、個室に入れません。13時から面接の予定があります。",
        ),
        (
            "式場の運営会社",
            "運営会社が破産したというニュースを見ました。内金の50万円はどうなるのでしょうか。",
        ),
        (
            "在留カードの写真",
            "写真の背景が規定と違うと言われました。木曜までに入管へ提出しなければならず、"
            "予約の変更はできません。",
        ),
    ],
)
def test_it_reads_japanese_consequence_said_as_what_happened_as_high(
    subject: str, body: str
) -> None:
    # Session 12: fresh-eval9's Japanese high mails read as normal said no 至急 and no
    # danger word; these say the same things in other words.
    assert triage(body, subject=subject).urgency == "high"


@pytest.mark.parametrize(
    "body",
    [
        "冷凍のハンバーグは、電子レンジで解凍してから焼いてもいいでしょうか。",
        "来週火曜の10時からの打ち合わせ用に、会議室を2時間お借りしたいです。",
        "チケットの払い戻しは、何日前までに手続きすれば間に合いますか。",
        "新しいフードを、うちの猫が毎日よく食べています。ありがとうございました。",
    ],
)
def test_it_does_not_read_their_lookalikes_as_high(body: str) -> None:
    assert triage(body).urgency != "high"


@pytest.mark.parametrize(
    "body",
    [
        "このまま続けるか、やめるか迷っています。先生はどう思われますか。",
        "結果を見てから、何も手につきません。一度ご相談できますか。",
        "顧客名簿が入っていたら困るので、対象のファイルを教えていただけますか。",
        "今の契約で足りるのか、判断がつきません。",
    ],
)
def test_it_reads_anxiety_said_calmly_in_japanese(body: str) -> None:
    assert triage(body).emotion == "anxious"


def test_its_new_japanese_reasons_name_the_family_and_quote_the_words_in_either_language() -> None:
    result = triage("5歳の息子が、届いた乾燥剤を口に入れてしまいました。", subject="乾燥剤")
    assert "人の安全・健康に関わる（「息子が、届いた乾燥剤を口に入れてしま」）" in (
        render_reasons(result.codes, "ja")
    )
    assert any(
        reason.startswith("someone's safety or health at risk (")
        for reason in render_reasons(result.codes, "en")
    )


def test_something_wrong_with_an_event_hours_away_is_high_even_unasked() -> None:
    result = triage(
        "本日16時からの説明会に登壇予定の者です。配布資料を確認したら、私の名前が載っていません。",
        subject="本日の説明会",
    )
    assert result.urgency == "high"


def test_asking_to_stop_a_newsletter_is_no_stopped_business() -> None:
    assert "stopped" not in _categories("メールマガジンの配信を停止したいです。")
