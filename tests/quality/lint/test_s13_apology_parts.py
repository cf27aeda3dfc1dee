# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 13: an apology mail is incomplete by its families — an apology with no cause, no
remedy or no next step — not because it contains お詫び or 申し訳.

Each part is read in the ordinary Japanese of a complete apology: what we did as any past act
of ours in a sentence of its own (「閉まる速度を緩めました」), a remedy said as a commitment
(「費用は当社が負担いたします」「14日に補修を行います」), a cause as a past clause before ため
(「詰まっていたため、」). An incident word said not to have happened (「不備があったわけでは
ございません」) makes no apology mail; a late service of ours (「送迎が30分遅れてしまい」) is the
incident, not the timing of our reply. お詫びいたしました is an apology, not what was done.

The drafts here are written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, subject: str | None = None) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, subject=subject))}


def test_a_complete_apology_whose_remedy_is_a_past_act_of_ours_gets_no_warning() -> None:
    draft = "高橋様\n\n先週の教室で、更衣室のロッカーの扉が外れ、お荷物を床に落としてしまい、誠に申し訳ございませんでした。\n\n原因は、扉の蝶番のねじが緩んでいたことでした。\n翌朝、全てのロッカーのねじを締め直し、傷んだ蝶番を新しいものに替えました。\n今後は月に一度、スタッフがロッカーの扉を点検することにいたしました。\n\nスイミングスクール みなと 事務局 岡田"
    assert "apology_incomplete" not in _rules(draft, subject="ロッカー破損のお詫び")


def test_a_remedy_said_as_a_commitment_with_a_date_is_what_was_done() -> None:
    draft = "村上様\n\n先日の搬入作業で、玄関の壁紙を破いてしまい、申し訳ございませんでした。\n\n担当者に確認したところ、台車の角に緩衝材を付けずに運び込んだことが原因でした。\n内装業者が1月14日（火）の午後に伺い、壁紙の張り替えを行います。費用はすべて当社が負担いたします。\n今後は、搬入前に台車の角へ緩衝材を付けることを作業手順に加えました。\n\nオフィス家具の森 配送課 吉川"
    assert "apology_incomplete" not in _rules(draft, subject="壁紙の破損についてのお詫び")


def test_a_cause_as_a_past_clause_before_tame_is_read() -> None:
    draft = "石田様\n\n洗車機が途中で止まってしまい、ご迷惑をおかけしました。申し訳ございません。\nブラシの軸に小石が挟まっていたため、本日部品を外して清掃し、最後まで動くことを確かめました。\nお支払いいただいた800円は、次回ご来店の際にお返しします。\n今後は毎朝の営業前に、ブラシの軸を点検いたします。\n\nセルフ洗車ピカール 管理担当 西田"
    assert "apology_incomplete" not in _rules(draft, subject="Re: 洗車機が止まった件")


def test_an_incident_said_not_to_have_happened_makes_no_apology_mail() -> None:
    draft = "小池様\n\nご心配をおかけしております。お送りいただいた申込書に不備があったわけではございませんので、ご安心ください。\n\n事務局に確認したところ、年度末で申請が集中しており、審査に通常より10日ほど長くかかっているとのことでした。\n現時点の発行予定は3月28日です。発行されましたら当日中にお電話いたします。\n\n行政書士 森本事務所 森本"
    assert "apology_incomplete" not in _rules(draft, subject="Re: 許可証の発行はいつですか")


def test_a_late_service_apologised_for_with_only_a_cause_is_incomplete() -> None:
    draft = "北村様\n\n本日の訪問入浴が予定より40分遅れてしまい、申し訳ございませんでした。\n前のお宅での作業が長引いたためです。\n看護師から直接ご家族へお詫びいたしました。\n\n訪問入浴サービス さくら"
    assert "apology_incomplete" in _rules(draft, subject="訪問時間の遅れについて")


def test_from_today_with_a_check_before_every_session_is_prevention() -> None:
    draft = "Dear Ms. Patel,\n\nI'm very sorry that Max cut his pad on a loose edge of the agility ramp this morning.\n\nThe ramp's rubber strip had come unglued and our trainer had not checked it before the class. Our vet cleaned the cut at 11 am and says it will heal within a week.\nWe have glued and screwed the strip back in place, and from today trainers inspect every piece of equipment before each class.\n\nWe will not charge for today's class.\n\nKind regards,\nLeo Tan\nHappy Paws Dog School"
    assert "apology_incomplete" not in _rules(draft, subject="Apology: Max's injury in class")
