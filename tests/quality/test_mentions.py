"""@mentions as Japanese colleagues write them: by family name, with さん, run on."""

from __future__ import annotations

from madoguchi.quality.mentions import Person, completions, mentioned, partial_mention

SATO = Person(key=1, login="alice", display_name="佐藤 アリス")
SATOTA = Person(key=2, login="satota", display_name="佐藤田 一郎")
BOB = Person(key=3, login="bob", family_name="Smith", given_name="Bob")
PEOPLE = [SATO, SATOTA, BOB]


def test_it_finds_a_family_name_with_or_without_san() -> None:
    assert mentioned("@佐藤 見てください", PEOPLE) == [1]
    assert mentioned("@佐藤さん 見てください", PEOPLE) == [1]
    assert mentioned("@佐藤さん、見てください", PEOPLE) == [1]
    assert mentioned("@佐藤さん確認お願いします", PEOPLE) == [1]
    assert mentioned("@佐藤に聞いてください", PEOPLE) == [1]


def test_it_finds_the_whole_display_name_and_the_login() -> None:
    assert mentioned("@佐藤アリス お願いします", PEOPLE) == [1]
    assert mentioned("cc @alice.", PEOPLE) == [1]
    assert mentioned("@ＡＬＩＣＥ", PEOPLE) == [1]  # full-width, as an IME may type it
    assert mentioned("@Smith @bob", PEOPLE) == [3]


def test_it_does_not_take_a_longer_name_for_a_shorter_one() -> None:
    assert mentioned("@佐藤田さん", PEOPLE) == [2]
    assert mentioned("@alicex @bobby", PEOPLE) == []


def test_it_ignores_mail_addresses_and_a_lone_at() -> None:
    assert mentioned("alice@example.com に送りました", PEOPLE) == []
    assert mentioned("@ だけ", PEOPLE) == []


def test_it_completes_the_name_being_typed() -> None:
    assert partial_mention("確認お願いします @佐") == "佐"
    assert partial_mention("@") == ""
    assert partial_mention("@佐藤さん 済み") is None
    assert [p.key for p in completions("佐藤", PEOPLE)] == [1, 2]
    assert [p.key for p in completions("bo", PEOPLE)] == [3]


def test_it_reads_the_full_width_at_a_japanese_ime_types() -> None:
    assert mentioned("＠佐藤さん 見てください", PEOPLE) == [1]
    assert mentioned("確認お願いします。＠bob", PEOPLE) == [3]
    assert mentioned("alice＠example.com", PEOPLE) == []
    assert partial_mention("＠佐") == "佐"
    assert partial_mention("確認お願いします。@佐藤") == "佐藤"  # after 。 as after a space
    assert partial_mention("alice@exa") is None  # a mail address being typed


def test_it_still_completes_a_name_typed_in_full_with_san() -> None:
    assert [p.key for p in completions("佐藤さん", PEOPLE)] == [1]
    assert [p.key for p in completions("佐藤アリス", PEOPLE)] == [1]
    assert [p.key for p in completions("佐藤に", PEOPLE)] == [1]
    assert [p.key for p in completions("佐藤田さん", PEOPLE)] == [2]
    assert completions("aliceb", PEOPLE) == []


def test_it_completes_and_finds_a_japanese_colleague_by_the_latin_name() -> None:
    tanaka = Person(key=4, login="t.k", display_name="田中 健太", latin_name="Kenta Tanaka")
    assert completions("kent", [SATO, tanaka, BOB]) == [tanaka]
    assert completions("Tana", [SATO, tanaka, BOB]) == [tanaka]
    assert mentioned("@KentaTanaka さん見てください", [SATO, tanaka]) == [4]
    assert mentioned("@kentaro", [tanaka]) == []
