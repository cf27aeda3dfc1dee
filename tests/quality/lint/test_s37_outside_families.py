# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 37: the families fresh-eval46 found missing, read after its scoring, each with new
sentences written for these tests (none from the set): dismissive — the matter left to them
as the way things are done, someone else's problem "not ours", a defect to be taken as charm,
a no trailing off, another department as the reason we do not know, "we don't see what the
problem is"; condescending — told from the start, told not to let it happen again, their not
practising named as the cause, "you could have checked", "be more careful"; a search that
found nothing is not knowing, not a refusal; surprise that the customer struggled with
something basic (a retrained model stopped reading it)."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str = "ja") -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang))}


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("隣家との境界のトラブルは、お客様のほうで話し合っていただく形になります。", "dismissive"),
        ("値下がりは相場の問題であって、弊社の責任ではございません。", "dismissive"),
        ("釉薬のムラは、手作りの風合いだと思っていただければ。", "dismissive"),
        ("ご不在時の誤配については、当店としては何とも。", "dismissive"),
        ("請求書の件は、部署が別なのでわかりません。", "dismissive"),
        (
            "The invoice matches the quote you signed, so I don't see what the issue is.",
            "dismissive",
        ),
        (
            "キャンセル料がかかることは、お申し込みの時点から最初からご説明しております。",
            "condescending",
        ),
        (
            "無断での転載は禁止ですので、今後は二度とこのようなことがないようお願いします。",
            "condescending",
        ),
        ("タイムが伸びないのは、ご自宅で復習されていないからだと思います。", "condescending"),
        ("こんな簡単な手順も分からないとは意外でした。", "condescending"),
        (
            "The closure was posted on our page a week ago, so you could have looked before driving over.",
            "condescending",
        ),
        (
            "Most cracked screens come from phones left on the edge of a table, so try to be a little more careful.",
            "condescending",
        ),
        ("ご指定の口座への入金は確認できませんでした。", "unknown_without_followup"),
    ],
)
def test_it_finds_the_family(sentence: str, rule: str) -> None:
    lang = "ja" if any(ord(char) > 0x3000 for char in sentence) else "en"
    assert rule in _rules(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("今後はこのようなことがないよう、発送前の検品を二重にいたしました。", "ja"),
        ("手作りの器ですので、形の違いも味として楽しんでいただければ幸いです。", "ja"),
        ("担当部署が違うので、そちらに確認して明日までにご連絡いたします。", "ja"),
        ("We could have checked the address before shipping, and we're sorry.", "en"),
        (
            "I don't see what the problem is with your login yet, so could you send a screenshot of the error?",
            "en",
        ),
    ],
)
def test_it_leaves_the_near_miss_alone(sentence: str, lang: str) -> None:
    assert _rules(sentence, lang) & {"dismissive", "condescending"} == set()


def test_a_search_that_found_nothing_and_asks_for_more_is_not_a_refusal() -> None:
    sentence = "ご注文履歴を拝見しましたが、該当のご注文は確認できませんでしたので、ご注文番号をお知らせいただけますか。"
    assert _rules(sentence) & {"dismissive", "unknown_without_followup"} == set()


# Complete apology mails in the shapes fresh-eval46 wrote them: the remedy a call made on the
# spot, the prevention a procedure from tomorrow on; the cause a wrong item taken unchecked.
COMPLETE_APOLOGIES = [
    (
        "【お詫び】本日のレッスン後のお子様のお帰りについて",
        "松本様\n\nスイミングスクール みなとの川村です。\n本日のレッスン後、お迎えの予定がないお子様をバスに乗せずにお帰ししてしまいました。ご心配をおかけし、誠に申し訳ございません。\n\n原因は、担当コーチが名簿の送迎欄を見落とし、徒歩でお帰りになるお子様と取り違えたことです。\nお子様がご自宅に着かれたことは、その場で松本様にお電話してご確認いたしました。\n来週からは、お帰りの前に必ず二人で名簿を読み合わせる手順とし、コーチ全員で確認いたしました。\n\nスイミングスクール みなと 川村\n",
        "ja",
    ),
    (
        "Sorry about the wrong size on order #4471",
        "Hi Dana,\n\nI'm sorry: the boots we sent you are a size 7 instead of the size 8 you ordered.\n\nBoth sizes sit in the same bay, and our packer took the wrong box without checking the size on the label.\nA size 8 pair left our warehouse this morning by tracked courier, and the courier will collect the 7s when they drop them off.\nWe've now moved the sizes into separate bays and added a size check to our packing photo.\n\nBest,\nLeo\n",
        "en",
    ),
]


@pytest.mark.parametrize(("subject", "body", "lang"), COMPLETE_APOLOGIES)
def test_a_complete_apology_in_these_shapes_is_complete(subject: str, body: str, lang: str) -> None:
    found = warnings_of(lint(body, subject=subject, lang=lang))
    assert "apology_incomplete" not in {finding.rule for finding in found}


def test_what_we_did_wrong_told_as_the_cause_is_no_remedy() -> None:
    body = (
        "Dear Mr Hale,\n\nI'm so sorry that the bookcase you collected on Friday had a split along its top shelf.\n\n"
        "It split because we stacked it under two heavier units in the van, and the shelf couldn't take the weight. "
        "From now on, flat-packed furniture will travel on its own rack.\n\nWith apologies,\nNina\n"
    )
    found = warnings_of(lint(body, subject="Sorry about your bookcase", lang="en"))
    assert "apology_incomplete" in {finding.rule for finding in found}


def test_a_remedy_after_a_cause_clause_still_counts() -> None:
    body = (
        "Hi Omar,\n\nI'm sorry the lamp arrived with a cracked shade.\n\n"
        "Because the box was packed without its corner guards, we've sent a new lamp by tracked courier today. "
        "We've now added corner guards to our packing checklist.\n\nBest,\nNina\n"
    )
    found = warnings_of(lint(body, subject="Sorry about the lamp", lang="en"))
    assert "apology_incomplete" not in {finding.rule for finding in found}


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your failed payments on Tuesday",
            "Hi Sam,\n\nPlease accept our apologies for the declined payments your customers saw at checkout on Tuesday.\n\n"
            "They were caused by an expired key on one of our gateways.\n\n"
            "We'll be reviewing how we track key expiry so this doesn't happen again.\n\nRegards,\nIvy\n",
        ),
    ],
)
def test_an_apology_for_declined_payments_owes_its_parts(subject: str, body: str) -> None:
    found = warnings_of(lint(body, subject=subject, lang="en"))
    assert "apology_incomplete" in {finding.rule for finding in found}
