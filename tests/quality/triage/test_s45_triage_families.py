# Sample mails stay whole on one line, as a customer would write them.
# ruff: noqa: E501
"""Session 45 (fresh-eval60 and fresh-eval61, read after their scoring): danger told by what the body or the thing
did, with no hazard word — a reader who is dizzy and clammy, a shelf that tipped onto a child
and left bruises, a bottle that burst and left glass everywhere — is high urgency. Bruised fruit
is no injury. An account taken over, told by its signs (a code not asked for, an address
changed to one not recognised), is high. A hazard or a fraud seen in the news about others, a
training topic (自殺予防), a drill (避難訓練) or a policy question about earthquake cover is not,
nor is 「お急ぎいただかなくて大丈夫です」 a deadline — but news about the company itself still is.
The mails are new, written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Strange readings tonight",
            "My father checked his blood pressure after dinner and it showed 82/50. He says he feels light-headed and dizzy and his hands are clammy. Could the cuff be wrong? Please tell us what to make of it.",
        ),
        (
            "Bookcase came down",
            "The tall bookcase we bought in May tipped over while my daughter reached for a book. She has bruising on her arm and it could easily have hit her head. We have a second one in the hall - is that one safe to keep?",
        ),
        (
            "Jar exploded",
            "One of the fermenting jars from your kit burst on the counter an hour ago and there is glass all over the kitchen floor. The other two lids look swollen. What should we do with them?",
        ),
        (
            "めまいがします",
            "昨日からそちらのサプリを飲み始めた母が、夕方からめまいがして冷や汗が出ると言っています。飲み合わせの問題があるのでしょうか。",
        ),
    ],
)
def test_danger_told_by_what_happened_is_high(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency == "high"


def test_bruised_fruit_is_no_injury() -> None:
    body = (
        "Whenever you have a moment: the last box had a few bruised apples at the bottom. "
        "Nothing serious, just letting you know for the packing team."
    )
    assert triage(body, subject="Apples in the last box").urgency != "high"


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Someone changed my login",
            "Half an hour ago I got a sign-in code I didn't ask for, and then a message saying my account email had been changed to one I don't recognise. I can't get into the app any more and my card is saved in it.",
        ),
        (
            "ログインできません",
            "先ほど、頼んでいない認証コードがSMSで届きました。その後、登録のメールアドレスが知らないアドレスに変更されたという通知が来て、アプリに入れなくなりました。カードを登録しています。",
        ),
    ],
)
def test_an_account_taken_over_told_by_its_signs_is_high(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency == "high"


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "充電器の保管について",
            "先週、モバイルバッテリーが発火したというニュースを見ました。うちの充電器は特に問題ないのですが、夏の車内に置きっぱなしでもよいのでしょうか。お時間のあるときで構いません。",
        ),
        (
            "来年の研修のご相談",
            "来年度の新任管理職向けに、自殺予防の研修をお願いできないかと考えています。時期は秋ごろを予定しており、まだ先の話ですので概算だけ教えてください。",
        ),
        (
            "避難訓練について",
            "来年の春にツアーに申し込むつもりです。避難訓練では階段を使うと聞きましたが、足が悪い者でも参加できますか。まだ申し込み前ですので、ご都合のよい時にお返事ください。",
        ),
        (
            "家財共済の地震の保障について",
            "加入している共済は、地震で家具が倒れた場合も対象になりますか。更新の参考にしたいだけなので、お急ぎいただかなくて大丈夫です。",
        ),
    ],
)
def test_a_hazard_in_the_news_a_topic_or_a_policy_question_is_not_high(
    subject: str, body: str
) -> None:
    assert triage(body, subject=subject).urgency != "high"


def test_news_about_your_own_company_is_still_high() -> None:
    body = (
        "先ほどネットの記事で、御社が事業を停止するという話を見ました。"
        "私はすでに年会費として6万円を振り込んでいます。電話がつながらず、返金されるのか分かりません。"
    )
    assert triage(body, subject="記事を見ました").urgency == "high"
