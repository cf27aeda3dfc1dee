from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


@pytest.mark.parametrize(
    "sentence",
    [
        "9月10日までに書類を返送してください。",
        "ファイルを送ってください。",
        "作業中は電源を切らないでください。",
        "必ず本人確認書類を提出すること。",
        "手順書をよく読んでから操作しなさい。",
        "Send us the invoice by Friday.",
        "Do not contact the courier directly.",
    ],
)
def test_it_flags_commands(rules_in, sentence: str) -> None:
    assert "imperative" in rules_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "ご確認ください。",
        "ご了承ください。",
        "少々お待ちください。",
        "お手数ですが、ご返信くださいますようお願いいたします。",
        "9月10日までに書類のご返送をお願いいたします。",
        "お送りいただけますでしょうか。",
        "「宛名を入力して再発行してください」という表示が出ます。",
        "Please could you send us the invoice by Friday?",
        "Let us know if you have any questions.",
    ],
)
def test_it_accepts_honorific_requests_and_quotes(rules_in, sentence: str) -> None:
    assert "imperative" not in rules_in(sentence)


def test_it_rewrites_a_sino_japanese_verb_into_a_request() -> None:
    text = "9月10日までに書類を返送してください"
    finding = next(f for f in lint(text) if f.rule == "imperative")
    assert finding.excerpt == "書類を返送してください"
    rewritten = text[: finding.start] + str(finding.suggestion) + text[finding.end :]
    assert rewritten == "9月10日までに書類のご返送をお願いいたします"


def test_it_rewrites_a_native_verb_with_o_and_renyoukei() -> None:
    finding = next(f for f in lint("ファイルを送ってください。") if f.rule == "imperative")
    assert finding.suggestion == "ファイルをお送りいただけますでしょうか"


def test_steps_of_a_numbered_procedure_are_not_orders(rules_in) -> None:
    draft = (
        "To export your data:\n1. Open Settings.\n2. Click Export.\n\n"
        "手順は以下のとおりです。\n1. 設定画面を開いてください。\n"
    )
    assert rules_in(draft) == set()


def test_a_causative_before_koto_is_still_a_command(rules_in) -> None:
    assert "imperative" in rules_in("申請は期限内に済ませること。")


@pytest.mark.parametrize(
    ("sentence", "suggestion"),
    [
        ("You must send it now.", "Could you send it now, please?"),
        ("You need to restart the router.", "Could you restart the router, please?"),
        (
            "You have to sign the form before Friday.",
            "Could you sign the form before Friday, please?",
        ),
        ("Send the form today.", "Could you send the form today, please?"),
    ],
)
def test_it_asks_an_english_obligation_without_a_stutter(sentence: str, suggestion: str) -> None:
    """The walk found "Could you you must send it now, please?" offered for "You must…"."""
    found = [f for f in lint(sentence) if f.rule == "imperative"]
    assert [f.suggestion for f in found] == [suggestion]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A helper verb after a て-form keeps it (it was 「…ておおきいただけますでしょうか」).
        (
            "ご来院の前日は湿布をはがしておいてください。",
            "ご来院の前日は湿布をはがしておいていただけますでしょうか。",
        ),
        (
            "新しい充電器でも一度つないでみてください。",
            "新しい充電器でも一度つないでみていただけますでしょうか。",
        ),
        # Verbs that take no お (お来る, お見, お浴び were offered) are asked in their て-form.
        (
            "受付には開始の十分前に来てください。",
            "受付には開始の十分前に来ていただけますでしょうか。",
        ),
        ("施術の前には必ず手を洗うこと。", "施術の前には必ず手を洗っていただけますでしょうか。"),
        ("控えの用紙は最後まで見てください。", "控えの用紙は最後まで見ていただけますでしょうか。"),
    ],
)
def test_every_japanese_rewrite_is_japanese_and_passes(text: str, expected: str) -> None:
    finding = next(f for f in lint(text) if f.rule == "imperative")
    assert finding.suggestion is not None
    rewritten = text[: finding.start] + finding.suggestion + text[finding.end :]
    assert rewritten == expected
    assert "imperative" not in {f.rule for f in lint(rewritten)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Do not lean bicycles against the shop window.",
            "Please do not lean bicycles against the shop window.",
        ),
        (
            "Don't unplug the freezer before we arrive.",
            "Please don't unplug the freezer before we arrive.",
        ),
        ("You must not park in the loading bay.", "Please do not park in the loading bay."),
        (
            "Bring the warranty card to the counter.",
            "Could you bring the warranty card to the counter, please?",
        ),
    ],
)
def test_an_english_command_is_rewritten_into_english(text: str, expected: str) -> None:
    # "Could you do not lean …" was offered for every command not to do something.
    finding = next(f for f in lint(text) if f.rule == "imperative")
    assert finding.suggestion == expected
    assert "imperative" not in {f.rule for f in lint(str(finding.suggestion))}
