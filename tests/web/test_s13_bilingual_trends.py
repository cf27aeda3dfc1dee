"""Walk 11, F-4 leftover: the English reports of the CSV 文字化け defect are in the same topic
as the Japanese ones, and the topic is named in the reader's language."""

from __future__ import annotations

import json
from datetime import timedelta

from madoguchi.actions.trend_terms import in_language, with_shared_terms
from madoguchi.quality.trends import Topic
from tests.web.conftest import World, make_conversation
from tests.web.test_s12_walk11_trends import _garbled_wave

ENGLISH = [
    ("Japanese characters garbled after CSV import", "All the names are garbled."),
    ("import broken", "After importing our CSV the Japanese text is mojibake."),
    ("CSV import garbles names", "Imported customer names show garbled characters."),
]


def _both_languages(world: World) -> list[int]:
    """Walk 11's Japanese wave of the defect and other questions, and English reports of the
    same defect; the English ones' conversation ids."""
    _garbled_wave(world)
    return [
        make_conversation(
            world.support,
            subject,
            text,
            sender=f"user{number}@abroad{number}.example",
            name=f"Pat Doe{number}",
            age=timedelta(days=2 + number),
        ).pk
        for number, (subject, text) in enumerate(ENGLISH)
    ]


def _topics(world: World, language: str) -> list[dict[str, object]]:
    client = world.client(world.lead)
    response = client.get("/trends/export.json?days=30", HTTP_ACCEPT_LANGUAGE=language)
    return json.loads(response.content)


def _about_garbling(topic: dict[str, object]) -> bool:
    return any("文字化け" in str(term) for term in topic["terms"])  # type: ignore[attr-defined]


def test_it_puts_the_english_and_japanese_reports_of_one_defect_in_one_topic(
    world: World,
) -> None:
    english = _both_languages(world)

    topics = _topics(world, "ja")
    [garbled] = [topic for topic in topics if _about_garbling(topic)]
    conversations = {int(str(key).partition(".")[0]) for key in garbled["keys"]}
    assert set(english) <= conversations
    assert garbled["count"] == 8 + len(ENGLISH)  # the Japanese wave and the English reports
    assert "文字化け" in garbled["label"]


def test_it_names_the_topic_in_the_readers_language(world: World) -> None:
    _both_languages(world)

    [english] = [topic for topic in _topics(world, "en") if _about_garbling(topic)]
    assert "garbled" in english["label"] and "文字化け" not in english["label"]
    page = world.client(world.lead).get("/trends/?days=30", HTTP_ACCEPT_LANGUAGE="en")
    assert "garbled" in page.content.decode()
    japanese = world.client(world.lead).get("/trends/?days=30", HTTP_ACCEPT_LANGUAGE="ja")
    assert "文字化け" in japanese.content.decode()


def test_a_word_outside_the_table_is_left_as_written() -> None:
    assert with_shared_terms("The invoice is wrong") == "The 、請求、 is wrong"
    assert with_shared_terms("請求書の添付ファイル") == "請求書の添付ファイル"
    assert with_shared_terms("an important file") == "an important file"  # not "import"


def test_a_compound_of_shared_terms_is_read_in_english() -> None:
    terms = ("インポート文字化け", "csv")
    [topic] = in_language([Topic(" / ".join(terms), 3, (), (), 0, 0, False, terms)], "en")
    assert topic.label == "import garbled / csv"


def test_a_word_is_never_half_translated() -> None:
    # Walk 20 G13: the English 傾向 page read "↑ Rising invoice 書 / 発行".
    terms = ("請求書", "発行", "請求先変更")
    [topic] = in_language([Topic(" / ".join(terms), 3, (), (), 0, 0, False, terms)], "en")
    assert topic.label == "invoice / 発行 / 請求先変更"
