"""One-click rewrites replace only the flagged words and never leave broken text."""

from __future__ import annotations

from madoguchi.quality.lint import lint
from madoguchi.quality.lint.base import Finding
from madoguchi.quality.lint.rewrite import sound_rewrite


def finding(text: str, excerpt: str, suggestion: str | None) -> Finding:
    start = text.index(excerpt)
    return Finding("imperative", start, start + len(excerpt), excerpt, "", suggestion)


def applied(text: str, found: Finding) -> str | None:
    rewrite = sound_rewrite(text, found)
    if rewrite is None:
        return None
    return text[: rewrite.start] + rewrite.text + text[rewrite.end :]


def test_it_replaces_only_the_flagged_words() -> None:
    text = "山田様\n\n明日までに伝票を郵送してください。よろしくお願いいたします。"
    found = finding(text, "伝票を郵送してください", "伝票のご郵送をお願いいたします")
    assert applied(text, found) == (
        "山田様\n\n明日までに伝票のご郵送をお願いいたします。よろしくお願いいたします。"
    )


def test_a_suggestion_that_brings_its_own_full_stop_does_not_double_it() -> None:
    text = "伝票を郵送してください。次の文です。"
    found = finding(text, "伝票を郵送してください", "伝票のご郵送をお願いいたします。")
    assert applied(text, found) == "伝票のご郵送をお願いいたします。次の文です。"


def test_a_suggestion_with_blanks_is_a_hint_not_a_rewrite() -> None:
    text = "近日中にお時間をいただきます。"
    assert applied(text, finding(text, "近日中に", "〇月〇日〇時までに")) is None


def test_a_pattern_with_an_ellipsis_is_a_hint_not_a_rewrite() -> None:
    text = "That is not supported."
    found = finding(text, "not supported", "We don't support that, but you can … instead.")
    assert applied(text, found) is None


def test_it_never_doubles_a_word_at_the_seam() -> None:
    text = "Could you you must send the form by Friday."
    found = finding(text, "you must send the form", "you send the form")
    assert applied(text, found) is None


def test_a_whole_sentence_is_never_pasted_over_words_in_the_middle_of_one() -> None:
    text = "この動作は仕様ですので、ご了承ください。"
    found = finding(text, "仕様です", "仕様となっておりますが、代わりの方法をご案内いたします。")
    assert applied(text, found) is None


def test_stale_offsets_replace_nothing() -> None:
    text = "伝票を郵送してください。"
    moved = Finding("imperative", 2, 8, "伝票を郵送して", "", "ご郵送")
    assert sound_rewrite(text, moved) is None


def test_every_offered_rewrite_of_the_real_rules_keeps_the_rest_of_the_draft() -> None:
    drafts = [
        "山田様\n\n明日までに伝票を郵送してください。\nなるべく早く対応します。\n",
        "この機能はサポート外です。\n少し費用がかかります。\n",
        "Send the form. We will look into it soon.\n",
    ]
    for text in drafts:
        for found in lint(text):
            rewrite = sound_rewrite(text, found)
            if rewrite is None:
                continue
            result = text[: rewrite.start] + rewrite.text + text[rewrite.end :]
            assert result.startswith(text[: found.start]) and result.endswith(text[rewrite.end :])
            assert "〇" not in rewrite.text and "…" not in rewrite.text
