"""What an agent writes below the sign-off is read (walk 12, F-6): a pasted reply ending in
"Best regards,\nEmi" and a last line added under it went out with "nothing to point out"."""

from __future__ import annotations

from madoguchi.quality.lint import lint, warnings_of

PASTED = (
    "Hi Tom,\n\nThanks for writing. The import is fixed in version 3.12.1, released today.\n\n"
    "Best regards,\nEmi\n\n"
)


def rules(text: str) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text))}


def test_sentences_added_below_the_sign_off_are_checked() -> None:
    added = "As I said before, you should have read the docs. We will fix it at some point."

    assert {"condescending", "vague"} <= rules(PASTED + added)


def test_a_japanese_postscript_below_the_name_is_checked() -> None:
    draft = (
        "田中様\n\nご連絡ありがとうございます。設定を修正しました。\n\n"
        "よろしくお願いいたします。\n山田\n\n追伸：よく読んでから質問してください。"
    )

    assert "condescending" in rules(draft)


def test_a_signature_below_the_sign_off_is_still_not_read() -> None:
    draft = PASTED + (
        "Emi Kobayashi\nCustomer Support, Example Inc.\nTEL 03-0000-1234\n"
        "Open Mon-Fri. Closed on public holidays.\n"
    )

    assert rules(draft) == set()
