# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 20: the brush-off families that wave the concern itself away (fresh-eval17's
Japanese dismissive recall was 8 of 21) — brush_aside, minimise, refuse_to_look, handed_back,
closed by us — found by shape, and their lookalikes that settle the worry left alone.

The sentences are new: in businesses none of the labelled items use (a bathhouse, a piano
removal firm, a hearing clinic, a rooftop bar).
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _found(text: str, learned: bool = False) -> dict[str, str]:
    return {finding.rule: finding.family for finding in lint(text, learned=learned)}


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        (
            "湯船の縁が少しぬるぬるするのは温泉成分のせいですので、気にされなくても大丈夫です。",
            "brush_aside",
        ),
        ("搬出の際に床に細かい擦れが残るのはよくあることです。", "minimise"),
        ("補聴器のピーという音は、慣れるまでは皆さん同じです。", "minimise"),
        ("屋上席が風で寒いのは、そういうものだとお考えいただければと存じます。", "minimise"),
        ("調律後の音の狂いについて、再調査はいたしません。", "refuse_to_look"),
        (
            "階段の傷は搬入前からのものと思われますので、当社で補償するものではありません。",
            "refuse_to_look",
        ),
        ("耳栓を使うかどうかは、ご自身の判断でお願いいたします。", "handed_back"),
        ("席の割り当ては当店の判断で決めております。", "closing_topic"),
    ],
)
def test_the_concern_waved_aside_is_dismissive_and_named(sentence: str, family: str) -> None:
    found = _found(sentence)
    assert "dismissive" in found, found
    assert found["dismissive"] == family


@pytest.mark.parametrize(
    "sentence",
    [
        "Some squeaking from a newly tuned piano is perfectly normal, so please don't worry about it.",
        "Wind on the rooftop terrace is just part of the experience.",
        "Whether to book the quieter table is really up to you.",
        "Noise from the street works is a matter for the council, not for us.",
        "Our assessment of the scratch is final, full stop.",
        "Hearing-aid feedback isn't something we'd look into.",
    ],
)
def test_english_brush_offs_by_the_same_families(sentence: str) -> None:
    assert "dismissive" in _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # The worry settled by what we did, or a way back offered: not a brush-off.
        "床の擦れは本日補修いたしましたので、ご心配には及びません。",
        "音の狂いは1週間ほどで落ち着きますが、続くようでしたらお電話ください。無償で再調律いたします。",
        "当然のことながら、搬出中の破損は当社の保険で修理いたします。",
        "よくあるご質問をまとめましたので、添付のPDFをご覧ください。",
        "搬入日の変更も、前日の17時までにご連絡いただければ承ります。",
        "Please don't worry about the double charge; it was refunded this morning.",
        "Some feedback in the first week is completely normal and will usually stop once the fit settles; if it doesn't, call us and we'll adjust it free.",
        "It can feel strange at first, and that's completely normal.",
    ],
)
def test_a_worry_answered_is_not_dismissive(sentence: str) -> None:
    assert "dismissive" not in _found(sentence)


def test_a_things_behaviour_called_normal_is_a_brush_off_not_talking_down() -> None:
    # 「普通のこと」 about a tyre, not about what the reader should have known.
    found = _found(
        "タイヤの空気が冬に抜けやすいのは普通のことですので、当社で対応するものではありません。"
    )
    assert "dismissive" in found and "condescending" not in found
    # What the customer did, called the obvious cause, still talks down.
    blamed = _found("毎日お手入れをされなければ、刃が錆びるのは当然のことです。")
    assert "condescending" in blamed


def test_a_refusal_that_goes_on_to_a_talk_is_not_a_condition() -> None:
    # 「合わないというお話」 is what the customer said, not 「〜ないと」 a condition.
    assert "dismissive" in _found("音が合わないというお話は、メーカーでなさってください。")


def test_the_learned_layer_keeps_the_brush_off_as_dismissive() -> None:
    found = _found(
        "補聴器のピーという音は、慣れるまでは皆さん同じですから、ご心配はいりません。", learned=True
    )
    assert "dismissive" in found
