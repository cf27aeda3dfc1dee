# Sample mails stay whole on one line, as a customer would write them.
# ruff: noqa: E501
"""Session 43 (fresh-eval57, read after its scoring): 「できない場合は分けて注文します」 is the
writer's own other way, not an ultimatum; 「時期は決まっておらず、情報収集の段階です」 says nothing
presses; a change wanted before tomorrow's dispatch cannot wait; "if it isn't here by ten, I'm
standing the crew down" is an ultimatum. The mails are new, written for these tests."""

from __future__ import annotations

from madoguchi.quality.triage import rule_view, triage


def test_another_way_the_writer_will_take_is_no_ultimatum() -> None:
    body = (
        "先月買ったドライフルーツの詰め合わせがおいしかったので、友人にも贈りたいと思っています。\n"
        "熨斗を二種類に分けて付けていただくことはできますか。\n"
        "難しい場合は別々に注文します。"
    )
    assert rule_view(body, "熨斗について").urgency != "high"


def test_the_penalty_after_a_condition_is_still_an_ultimatum() -> None:
    body = "修理代の説明がない場合は、消費生活センターに相談します。"
    assert "ultimatum" in rule_view(body, "修理代").weights


def test_no_date_yet_and_gathering_information_is_calm() -> None:
    body = (
        "はじめてご連絡します。小さな設計事務所を営んでおります。\n"
        "事務所の移転を考えていますが、時期はまだ決まっておらず、今は情報収集の段階です。\n"
        "法人向けの料金表があれば送っていただけますか。"
    )
    assert "calm" in rule_view(body, "料金表のお願い").weights
    assert triage(body, subject="料金表のお願い").urgency != "high"


def test_a_change_wanted_before_tomorrows_dispatch_cannot_wait() -> None:
    body = (
        "昨日注文したお米の定期便ですが、部屋番号を「201」と入力してしまいました。正しくは「102」です。\n"
        "発送は明日と案内が来ていたので、その前に直していただけますか。"
    )
    assert triage(body, subject="届け先の部屋番号").urgency == "high"


def test_standing_the_crew_down_unless_it_arrives_is_an_ultimatum() -> None:
    body = (
        "The scaffold boards were due at 7 and it's now half eight. Four men are waiting on site.\n"
        "If the lorry isn't here by ten, I'm standing the whole crew down and the day's wages go on your invoice."
    )
    assert triage(body, subject="Boards not delivered").urgency == "high"


def test_an_adult_asking_a_child_to_keep_a_secret_is_a_safety_matter() -> None:
    body = (
        "I may be worrying over nothing, but I wanted you to know.\n"
        "One of the swimming volunteers has been messaging my son (he's 10) and told him to keep their chats a secret from us.\n"
        "He has a lesson again on Saturday. Who should I speak to?"
    )
    assert triage(body, subject="A concern about a volunteer").urgency == "high"


def test_a_surprise_kept_from_family_is_no_safety_matter() -> None:
    body = "I told my daughter the cake is a secret until her dad's birthday, so please deliver it to my office instead."
    assert "safety" not in rule_view(body, "Cake delivery").weights
