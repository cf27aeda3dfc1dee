# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 48, families fresh-eval64 showed (read after its held-out scoring).
vague — a moment only we can see (「順番が回ってきた段階で」「空きが出たところで」), decided once we
have looked (「状態を見てから判断して」), longer than usual by an unsaid amount (「通常よりは日数を
いただいて」), "closer to the tournament", "change from time to time", "there's a wait before".
condescending — what they ought to have told us (「お知らせいただくべき情報でした」), the reader's
child or staff told they would have been picked had they come.
dismissive — harm declared impossible with nothing looked at (「影響はまず考えられません」),
"that really is their business", "no question of the readings being off", "nobody else has come
out in a rash". unknown_without_followup — a future that cannot be read (「読み切れない」),
"remains a mystery for now". Clean neighbours: the same with a day, a figure, a cadence of
reports, a reassurance, our own window, what newcomers do not know yet, a reason after a dash
or after "or". Sentences written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang))}


@pytest.mark.parametrize(
    ("sentence", "lang", "rule"),
    [
        (
            "ご依頼の鑑定書は、鑑定士の順番が回ってきた段階でお作りして発行いたします。",
            "ja",
            "vague",
        ),
        ("ご希望の部屋は、来月の予約に空きが出たところでご案内いたします。", "ja", "vague"),
        ("屋外での撮影を行うかどうかは、当日の空模様を見てから決めてご連絡します。", "ja", "vague"),
        ("特注の額縁は手作業で仕上げるため、既製品よりは日数をいただいております。", "ja", "vague"),
        ("Seating plans will be sent out closer to the festival.", "en", "vague"),
        ("Delivery charges on heavy items change from time to time.", "en", "vague"),
        (
            "Each frame is made by hand, so there's a short wait before we can ship it.",
            "en",
            "vague",
        ),
        (
            "駐車場の高さ制限は、本来はご予約の時点でご申告いただくべき内容でした。",
            "ja",
            "condescending",
        ),
        (
            "Honestly, if your daughter had attended the trials, she would have made the squad.",
            "en",
            "condescending",
        ),
        (
            "当店のシャンプーは無添加ですので、頭皮への影響はまず考えられません。",
            "ja",
            "dismissive",
        ),
        ("What the other stallholders charge is their own business.", "en", "dismissive"),
        (
            "Our scales are checked every morning, so there's simply no question of the weights being wrong.",
            "en",
            "dismissive",
        ),
        (
            "We have used that fabric softener for years and nobody else has reacted to it.",
            "en",
            "dismissive",
        ),
        (
            "来年の仕入れ値がどう動くかは、こちらでも読み切れないところでございます。",
            "ja",
            "unknown_without_followup",
        ),
        (
            "Why the paint lifted on that one panel remains a mystery for now.",
            "en",
            "unknown_without_followup",
        ),
    ],
)
def test_the_family_is_found(sentence: str, lang: str, rule: str) -> None:
    assert rule in _rules(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "rule"),
    [
        (
            "屋外での撮影を行うかどうかは、当日の空模様を見て朝8時までにご連絡します。",
            "ja",
            "vague",
        ),
        ("特注の額縁は手作業のため、既製品より7日ほど日数をいただいております。", "ja", "vague"),
        (
            "Seating plans will be sent out closer to the festival, by 30 May at the latest.",
            "en",
            "vague",
        ),
        (
            "Each frame is made by hand, so there's a wait of about eight days before we can ship it.",
            "en",
            "vague",
        ),
        ("駐車場の高さ制限は、本来こちらから事前にお伺いすべき点でした。", "ja", "condescending"),
        (
            "If she had been free that weekend, she would have been picked, and we'll look at her again in March.",
            "en",
            "condescending",
        ),
        ("検査の結果、頭皮への影響は考えられませんでした。", "ja", "dismissive"),
        (
            "この量でしたら、お子様への影響は考えられませんので、ご安心ください。",
            "ja",
            "dismissive",
        ),
        (
            "申込書は届いた順に受け付けますので、3月10日までに窓口へお持ちいただけますか。",
            "ja",
            "dismissive",
        ),
        (
            "If you'd like to compare prices, that's their business to share, but I can give you their number.",
            "en",
            "dismissive",
        ),
        (
            "仕入れ値は読み切れませんが、毎週月曜に最新の価格表をお送りします。",
            "ja",
            "unknown_without_followup",
        ),
        (
            "通関がいつ済むかはまだ分かりませんが、毎日夕方に業者へ確認し、その日のうちにご報告します。",
            "ja",
            "unknown_without_followup",
        ),
        (
            "初めて参加される方は分からないことも多いと思いますので、当日は係が受付から順にご案内します。",
            "ja",
            "unknown_without_followup",
        ),
        (
            "Keep the sacks off the floor, or damp will get into the flour.",
            "en",
            "request_without_reason",
        ),
        ("Let me know if anything is unclear.", "en", "unknown_without_followup"),
        (
            "We'll ship it as soon as we get confirmation from the courier, by Friday at the latest.",
            "en",
            "unknown_without_followup",
        ),
        (
            "Take the loose tools off the trailer before we tow it - anything that slides about can crack the lights.",
            "en",
            "request_without_reason",
        ),
    ],
)
def test_the_neighbour_is_clean(sentence: str, lang: str, rule: str) -> None:
    assert rule not in _rules(sentence, lang)


def test_a_duration_in_the_sentence_before_dates_the_as_soon_as() -> None:
    # Every finding, hints too: in a mail of two sentences the model's confidence decides
    # whether a finding is a warning or a hint (learned.grade), the rule decides whether it is.
    def found(text: str) -> set[str]:
        return {finding.rule for finding in lint(text, lang="ja")}

    assert "vague" not in found(
        "裾上げは、お預かりから7日前後で仕上がります。仕上がり次第メールでお知らせします。"
    )
    assert "vague" in found("裾上げをお預かりしました。仕上がり次第メールでお知らせします。")


def test_an_apology_with_a_separated_stock_and_a_scan_is_complete() -> None:
    text = (
        "Dear Ms Reyes,\n\nI'm sorry that Tuesday's delivery to your bakery contained rye flour "
        "instead of the spelt you ordered.\n\nThe two flours come in the same 25 kg sacks, and our "
        "driver loaded the wrong pallet.\n\nWe delivered the spelt on Wednesday morning and credited "
        "the rye in full.\n\nWe've moved rye and spelt to separate bays and added a label scan at the "
        "van, so a sack can't be loaded unless it matches the order.\n\nKind regards,\nTom"
    )
    found = {f.rule for f in lint(text, subject="Your flour delivery", lang="en")}
    assert "apology_incomplete" not in found


def test_a_leak_that_came_from_a_joint_is_a_cause() -> None:
    text = (
        "Dear Mr Ali,\n\nI'm very sorry that water came into your shop on Sunday and that you had "
        "to close for the morning.\n\nThe leak came from a split pipe in the unit above yours.\n\n"
        "Our plumber replaced the pipe that day and we have paid for the cleaning.\n\nFrom January "
        "every pipe above the shops will be checked each quarter.\n\nLeanne"
    )
    found = {f.rule for f in lint(text, subject="Water in your shop", lang="en")}
    assert "apology_incomplete" not in found
