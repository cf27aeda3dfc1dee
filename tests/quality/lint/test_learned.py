# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""The learned layer: loaded once, adds what the rules missed, names families, respects context."""

from __future__ import annotations

from madoguchi.quality.lint import lint
from madoguchi.quality.lint.learned import MODEL_PATH, _load, model


def test_it_ships_a_small_model_loaded_once_per_process() -> None:
    assert MODEL_PATH.stat().st_size <= 5_000_000
    assert model() is model()
    # Its load time is bench/lint.py's to measure, not a clock in a test on a shared machine.
    loaded = _load.__wrapped__(str(MODEL_PATH))  # type: ignore[attr-defined]
    assert loaded is not None


# A sentence the rules miss and the model reads as talking down. When a rule comes to cover
# it (session 37: 「そんな基本的な操作で迷われるとは思いませんでした。」 did), choose another.
MODEL_ONLY = "もしかして、楽譜の読み方からご説明した方がよろしいでしょうか。"


def test_it_adds_a_finding_the_rules_missed_with_a_family_and_no_rewrite() -> None:
    sentence = MODEL_ONLY
    assert [f for f in lint(sentence, learned=False) if f.rule == "condescending"] == []
    found = [f for f in lint(sentence) if f.rule == "condescending"]
    assert len(found) == 1
    assert (found[0].start, found[0].end) == (0, len(sentence))
    assert found[0].family and found[0].suggestion is None


def test_a_rule_finding_keeps_the_family_the_rule_saw() -> None:
    found = [
        f
        for f in lint("この件は既にお伝えしておりますので、二度はご説明いたしません。")
        if f.rule == "condescending"
    ]
    assert [f.family for f in found] == ["asked_again"]


def test_the_model_does_not_overrule_a_reason_in_the_previous_sentence() -> None:
    draft = "本人確認の手続きに必要なため、ご協力をお願いしております。\n保険証の表面の写真をお送りいただけますか。"
    assert "request_without_reason" not in {f.rule for f in lint(draft)}


def test_the_contract_finding_object_is_unchanged() -> None:
    found = lint(MODEL_ONLY)
    assert set(found[0].to_dict()) == {"rule", "start", "end", "excerpt", "message", "suggestion"}
