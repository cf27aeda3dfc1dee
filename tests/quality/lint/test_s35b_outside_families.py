"""Session 35 (fresh-eval40, read after its scoring): the families its misses belonged to, and
the lookalikes that must stay clean.

- condescending: told once already (「一度ご説明しましたが、」), the risk put on them
  (「自己責任でお願いします」), their staff to be trained for a fault named (「〜に問題がある
  可能性が高いので、社内で指導しておいてください」), their constitution blamed and our part
  denied, "if you'd <done> it properly", "you'll just have to get over it", "or you'll be
  charged, no exceptions".
- dismissive: bad luck as the whole answer (「運が悪かったとしか言いようがありません」), "if
  it bothers you, stop" (「気になるようでしたら、〜をやめてください」), "I doubt X has anything
  to do with it"; a refusal that goes on to the way we do take it (「〜をお使いください」) is
  not one.
- unknown_without_followup: another party's responsibility (「〜の責任なので、お答えできま
  せん」) is a refusal, not not-knowing; "I'm not sure why this is coming up now" is a reproach.
- request_without_reason: what it is for (「持ち帰り用に、」「止めるには、」), the trouble it
  is for (「困ったことが起きたら、」); "as it is now" is no reason ("Please send a photo of it
  as it is now").
- vague: "a few more sessions".
- apology_incomplete: a teacher taken ill is a cause nobody could prevent; 「依頼済み」,
  「修理を終え」, 「ご請求いたしません」 are what was done; "apologies for the long wait you had
  on Saturday" is the incident, not a slow reply; a cancellation told with its cause, remedy
  and prevention but no apology owes the apology.
- purpose_not_upfront: a subject of the sender's name, season talk and our staff praised, then
  the request.
The sentences and drafts are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("一度ご説明しましたが、生地は必ず冷蔵庫で休ませてください。", "ja"),
        ("貴重品の管理は自己責任でお願いします。", "ja"),
        ("ドライバーの積み方に問題があった可能性が高いので、社内で指導しておいてください。", "ja"),
        ("かゆみは肌質によるものと思われますので、当社の製品が原因ではございません。", "ja"),
        ("If you'd washed it properly before the first use, it wouldn't have shrunk.", "en"),
        ("Heights scare everyone; you'll just have to get over it.", "en"),
        ("Bring the bike back clean or you'll be charged, no exceptions.", "en"),
    ],
)
def test_condescending_from_fresh_eval40(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("以前は一度ご説明する時間を設けておりましたが、現在は動画でご案内しています。", "ja"),
        ("If you'd like it washed before delivery, we can do that for free.", "en"),
    ],
)
def test_lookalikes_are_not_condescending(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" not in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("雨で中止になったのは、運が悪かったとしか言いようがありません。", "ja"),
        ("気になるようでしたら、使うのをやめてください。", "ja"),
        ("Reactions are rare, so I doubt the cream has anything to do with it.", "en"),
    ],
)
def test_dismissive_from_fresh_eval40(rules_in, sentence: str, lang: str) -> None:
    assert "dismissive" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    "sentence",
    [
        "ペットの同伴は衛生上お断りしておりますので、近くの預かり所をご利用ください。",
        "着払いでの返送は受け付けておりませんので、同封の伝票でお送りください。",
        "外部の絵の具の持ち込みはお断りしておりますので、教室の絵の具をお使いください。",
    ],
)
def test_a_refusal_with_the_way_we_take_it_is_not_dismissive(rules_in, sentence: str) -> None:
    assert "dismissive" not in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    ("sentence", "lang", "rule"),
    [
        (
            "破損は運送会社の責任なので、当店ではお答えできません。",
            "ja",
            "unknown_without_followup",
        ),
        (
            "The deposit was explained at booking, so I'm not sure why this is coming up now.",
            "en",
            "unknown_without_followup",
        ),
        (
            "作品の持ち帰り用に、大きめの紙袋をご用意いただけますか。",
            "ja",
            "request_without_reason",
        ),
        ("定期便を止めるには、前日までにお電話いただけますか。", "ja", "request_without_reason"),
        (
            "旅行中に困ったことが起きたら、24時間窓口にお電話ください。",
            "ja",
            "request_without_reason",
        ),
    ],
)
def test_not_flagged(rules_in, sentence: str, lang: str, rule: str) -> None:
    assert rule not in rules_in(sentence, lang=lang)


def test_as_it_is_now_is_no_reason(rules_in) -> None:
    sentence = "Please send us a photo of the bike as it is now."
    assert "request_without_reason" in rules_in(sentence, lang="en")


def test_a_few_more_sessions_is_vague(rules_in) -> None:
    sentence = "You may need a few more lessons before it feels natural."
    assert "vague" in rules_in(sentence, lang="en")


def test_a_teacher_taken_ill_owes_no_prevention(rules_in) -> None:
    draft = (
        "佐々木 様\n\n陶芸教室つちのこの森です。\n"
        "講師の急病により、11月3日（日）13時の「マグカップ」クラスを休講とさせていただきます。"
        "ご迷惑をおかけし申し訳ございません。\n\n"
        "振替日として、11月10日（日）13時と11月13日（水）18時の枠をご用意しました。\n"
        "ご希望の日を11月6日（水）までにご返信いただけますでしょうか。\n"
        "どちらもご都合が合わない場合は、受講料4,200円を全額ご返金いたします。\n\n"
        "陶芸教室つちのこの森"
    )
    assert "apology_incomplete" not in rules_in(draft, subject="11月3日のクラスについて", lang="ja")


def test_done_said_as_requested_finished_or_not_charged(rules_in) -> None:
    draft = (
        "中村様\n\nサポート窓口の田中です。\n"
        "6月分の会費が二重で引き落とされていた件、ご迷惑をおかけし誠に申し訳ございません。\n\n"
        "調べましたところ、6月1日のシステム更新の際に、一部の決済が再送信されていたことが原因でした。\n"
        "二重になっていた2,500円は、本日カード会社に取り消しを依頼済みです。\n"
        "今後は更新作業の後に、請求件数と会員数を突き合わせてから決済を確定する手順を加えました。\n\n"
        "サポート窓口 田中"
    )
    assert "apology_incomplete" not in rules_in(draft, subject="二重引き落としのお詫び", lang="ja")


def test_apologies_for_the_wait_they_had_is_the_incident(rules_in) -> None:
    draft = (
        "Dear Ms Lee,\n\nPlease accept our apologies for the long wait you had on Sunday: your "
        "boat left three hours after the booked time.\n\nThe delay was caused by an engine check "
        "on our second boat.\n\nWe've refunded the $30 lunch package you'd added.\n\n"
        "Kind regards,\nSam"
    )
    assert "apology_incomplete" in rules_in(draft, subject="Your trip on Sunday", lang="en")


def test_a_cancellation_reported_without_an_apology_owes_it(rules_in) -> None:
    draft = (
        "土曜クラスの皆さま\n\nアトリエ日だまりの森です。\n"
        "6月8日（土）の教室は、講師が前日の夜に体調を崩し、当日の朝に休講としました。"
        "休講のご連絡が開始10分前になり、すでに教室にいらしていた方もいらっしゃいました。\n\n"
        "この回の振替として、6月22日（土）に同じ内容の回を設けました。\n"
        "今後は、講師が休む場合に代わりの講師を立てられるよう、前日のうちに連絡する手順を決めました。\n\n"
        "アトリエ日だまり　森"
    )
    assert "apology_incomplete" in rules_in(draft, subject="6月8日の教室について", lang="ja")


def test_season_talk_and_staff_praise_before_the_request(rules_in) -> None:
    draft = (
        "森様\n\n熱気球クラブ八ヶ岳の小川です。\n"
        "この秋は例年より風の穏やかな朝が多く、気持ちのよいフライトが続いております。\n"
        "当クラブのパイロットは全員が500時間以上の飛行経験を持ち、安心してお楽しみいただけます。\n\n"
        "10月20日にご予約のフライトについて、バスケットの定員を確認するため、体重を10月14日までに"
        "このメールへのご返信でお知らせいただけますでしょうか。\n\n熱気球クラブ八ヶ岳　小川"
    )
    assert "purpose_not_upfront" in rules_in(draft, subject="熱気球クラブ八ヶ岳です", lang="ja")
