# Sample mails stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 21: purpose_not_upfront's point_late family (fresh-eval18 d-ja-033, d-ja-037).

The subject names a topic, but the sender's own (news, the season: 「冬の馬場について」); the mail
opens with small talk and the sender's news, and what it asks of the reader comes three or more
sentences in, about something the subject never names. Before, any subject with a topic passed.

The drafts are written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

from madoguchi.quality.lint import lint


def _families(text: str, subject: str) -> set[str]:
    return {
        finding.family
        for finding in lint(text, subject=subject, learned=False)
        if finding.rule == "purpose_not_upfront"
    }


POTTERY_JA = "山下様\n\nやまびこ陶芸工房の森です。\n桜の便りが届く季節になりました。\n工房では今月から新しい電気窯が動き始め、焼き上がりの色が一段と鮮やかになりました。\n週末の体験教室も、おかげさまで毎回満席が続いております。\nさて、先月お作りいただいた湯のみが焼き上がっております。引き取りの日時を3月5日までにお知らせいただけますか。\n\n森\n"
POTTERY_SUBJECT = "春の窯開きについて"


def test_a_request_the_subject_never_names_after_small_talk_is_the_point_put_off() -> None:
    assert "point_late" in _families(POTTERY_JA, POTTERY_SUBJECT)


def test_the_same_mail_under_a_subject_naming_the_request_is_clean() -> None:
    assert _families(POTTERY_JA, "湯のみの引き取り日時のご確認") == set()


def test_an_opening_that_names_the_subject_and_a_quoted_price_is_clean() -> None:
    quote = "佐々木様\n\n先日は見積もりのご依頼をありがとうございました。\n見積もり金額は、作業員3名・1日で88,000円（税込）です。\n作業日は2月14日を仮で押さえております。\nご契約の場合は、2月7日までにご返信いただけますでしょうか。\n\nみなと片付けサービス　内田\n"
    assert _families(quote, "お見積もり（倉庫の片付け）") == set()


def test_english_small_talk_then_an_unnamed_request_is_the_point_put_off() -> None:
    rink = "Hi Ms Novak,\n\nI hope you had a lovely autumn.\nOur new ice resurfacer arrived last week, and the surface has never been smoother.\nThe café by the boards now serves hot chocolate until nine.\nCould you confirm by 10 December whether your daughter still wants the Saturday lesson slot?\n\nBest,\nMarta\nLakeside Ice Rink\n"
    assert "point_late" in _families(rink, "Winter opening hours")
    assert _families(rink, "Saturday lesson slot for your daughter") == set()
