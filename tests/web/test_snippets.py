"""Search result snippets keep the spaces and line breaks between words (as one space)."""

from __future__ import annotations

from madoguchi.web.snippets import highlight


def _shown(text: str, *terms: str) -> str:
    snippet = highlight(text, list(terms))
    assert snippet is not None
    return "".join(f"[{piece}]" if hit else piece for piece, hit in snippet.pieces)


def test_words_around_a_hit_keep_their_spaces() -> None:
    assert (
        _shown("Hi Lukas,\n\nplease refund the order.", "Lukas")
        == "Hi [Lukas], please refund the order."
    )
    assert _shown("we will refund the fee", "refund") == "we will [refund] the fee"


def test_japanese_keeps_no_added_space() -> None:
    assert _shown("返金をお願いします。", "返金") == "[返金]をお願いします。"
