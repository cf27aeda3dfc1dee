import pytest

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
    assert parse_query("before:yesterday").errors
    assert not parse_query("before:2026-11-01").errors


def test_urls_and_times_are_words_not_filters() -> None:
    assert parse_query("https://example.com 10:30").terms == ("https://example.com", "10:30")
