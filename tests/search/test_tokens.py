import pytest
from hypothesis import given
from hypothesis import strategies as st

from madoguchi.search import tokens
from madoguchi.search.query import parse_query
from madoguchi.search.tokens import index_tokens, term_tokens

pytestmark = pytest.mark.pure


def test_japanese_runs_become_overlapping_bigrams_and_a_final_character() -> None:
    assert index_tokens("返金する") == "返金 金す する る"


def test_latin_words_are_lower_cased_and_full_width_folded() -> None:
    assert index_tokens("ＥＲＲＯＲ 500 Login") == "error 500 login"
    assert index_tokens("ﾛｸﾞｲﾝ") == index_tokens("ログイン")


def test_a_query_term_is_a_phrase_of_bigrams() -> None:
    assert term_tokens("返金") == (["返金"], False)
    assert term_tokens("ログイン") == (["ログ", "グイ", "イン"], False)
    assert term_tokens("金") == (["金"], True)


def test_the_search_box_understands_filters_phrases_and_full_width_colons() -> None:
    query = parse_query('返金 "double charge" from：taro@acme.co.jp status:open has:attachment')
    assert query.terms == ("返金", "double charge")
    assert query.filter("from") == ("taro@acme.co.jp",)
    assert query.filter("status") == ("open",)
    assert query.filter("has") == ("attachment",)


def test_a_bad_date_is_reported_not_ignored() -> None:
    assert parse_query("before:yesterday").problems
    assert not parse_query("before:2026-11-01").problems


def test_urls_and_times_are_words_not_filters() -> None:
    assert parse_query("https://example.com 10:30").terms == ("https://example.com", "10:30")


def test_a_term_mixing_scripts_matches_the_mail_it_was_copied_from() -> None:
    # The CJK run before "ID" ends there in the mail too: its last character is a token.
    indexed = index_tokens("先日からログインIDを忘れてしまいました")
    for term in ("ログインID", "ログインIDを忘れ", "IDを", "再", "ン", "インID"):
        tokens, _ = term_tokens(term)
        if term != "再":
            assert " ".join(tokens) in indexed, term
    assert term_tokens("ログインID") == (["ログ", "グイ", "イン", "ン", "id"], False)
    assert term_tokens("ID再") == (["id", "再"], True)
    assert term_tokens("再ID") == (["再", "id"], False)


def test_the_c_tokenizer_is_built_and_agrees_with_the_python_one() -> None:
    assert tokens.join_tokens is not tokens._join_tokens, (
        "madoguchi.search._tokens was not built: is a C compiler installed? (make setup)"
    )


_ALPHABET = "ab1_ ＡＢ１ｶﾞ。、ログイン再発行①㈱\u3005\u30fc\u3000\n-.@" + "\U00020bb7é\u0301"


@given(st.text(alphabet=_ALPHABET, max_size=60) | st.text(max_size=60))
def test_both_tokenizers_give_the_same_tokens(text: str) -> None:
    normalised = tokens.normalise(text)
    assert tokens.join_tokens(normalised) == tokens._join_tokens(normalised)


_WORDS = st.lists(
    st.sampled_from(["invoices", "abc", "charged", "ログ", "ab1", "x", "énorme", "refund", "0s"]),
    max_size=12,
).map(" ".join)


@given(_WORDS | st.text(alphabet=_ALPHABET + "abcdz ", max_size=60))
def test_both_english_word_finders_agree(text: str) -> None:
    assert tokens.english_words(text) == tokens._english_words(text)


def test_english_words_are_indexed_with_their_stems_after_the_words() -> None:
    indexed = tokens.message_tokens("Invoices", "", "", "I was charged twice")
    words, _, stems = indexed.partition(" 0s")
    assert words == "invoices i was charged twice"
    assert sorted(("0s" + stems).split()) == ["0scharg", "0sinvoic"]
