# Sample mails stay whole, one sentence a line, as an agent would write them.
# ruff: noqa: E501
"""Complete apologies worded the way agents write them pass; drafts with a part truly absent are flagged."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _apology(text: str, subject: str) -> list[str]:
    return [
        f.message
        for f in lint(text, subject=subject, learned=False)
        if f.rule == "apology_incomplete"
    ]


@pytest.mark.parametrize(
    ("subject", "draft"),
    [
        (  # the cause as a step that was skipped, prevention as a changed procedure
            "お届けした品物について",
            "ご注文と違う色の手袋をお届けしてしまい、申し訳ございません。\n検品のときに色番号を確かめる工程が抜けておりました。\n正しい色の手袋を本日発送いたしました。\n検品表に色番号の欄を加え、二人で読み合わせるよう手順を改めました。\n",
        ),
        (  # a delay apologised for in the subject; the cause a colleague's absence; a remedy booked
            "ご回答が遅れたことのお詫び",
            "ご回答が十日も遅れてしまい、誠に申し訳ございません。担当者が急に休みとなり、ご依頼が引き継がれておりませんでした。\nご希望の土曜日10時で、面談室をお取りしました。\n担当者が不在のときは、別の者が毎朝依頼の一覧を確認する形に改めております。\n",
        ),
        (  # English: the remedy is promised for a date, prevention as a check added
            "Double charge in December",
            "Some of you were charged twice this month, and we're sorry.\nA file was sent to the bank twice after a network error.\nEvery duplicate charge will be refunded on Friday.\nOur payment file is now checked for duplicates before it goes out.\n",
        ),
    ],
)
def test_it_accepts_complete_apologies_in_the_shapes_agents_write(subject: str, draft: str) -> None:
    assert _apology(draft, subject) == []
    # nor does any other rule find fault with a clean apology (the learned layer aside)
    assert [(f.rule, f.excerpt) for f in lint(draft, subject=subject, learned=False)] == []


def test_an_apology_with_no_cause_and_nothing_done_is_flagged() -> None:
    draft = "ご注文の品がまだ届いていないとのこと、大変申し訳ございません。\n今後はこのようなことのないよう、気をつけてまいります。\n"
    (message,) = _apology(draft, "お届けの遅れについてのお詫び")
    assert "原因" in message.split("。")[0] and "実施した対応" in message.split("。")[0]


def test_an_english_apology_with_a_cause_but_nothing_done_is_flagged() -> None:
    draft = "Please accept our apologies that your prints never arrived. Our printer ran out of paper and nobody noticed.\nWe are very sorry for the disappointment.\n"
    (message,) = _apology(draft, "Apology for the missing prints")
    assert "what was done" in message
