from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "注文番号をお知らせいただけますでしょうか。",
        "運転免許証の画像をお送りください。",
        "念のため、ルーターの型番をお知らせいただけますか。",
        "Please send us your order number.",
        "Could you send us a screenshot of the error?",
    ],
)
def test_it_flags_requests_with_no_reason(rules_in, sentence: str) -> None:
    assert "request_without_reason" in rules_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "本人確認のため、運転免許証の画像をお送りいただけますでしょうか。",
        "返金先の口座が未登録のため、マイページから口座情報のご登録をお願いいたします。",
        "少々お待ちください。",
        "添付の資料をご確認ください。",
        "ご不明な点がございましたら、お気軽にお問い合わせください。",
        "今後ともよろしくお願いいたします。",
        "Please send us your order number so that we can locate your shipment.",
        "Please let us know if you have any other questions.",
    ],
)
def test_it_accepts_reasons_and_requests_that_cost_nothing(rules_in, sentence: str) -> None:
    assert "request_without_reason" not in rules_in(sentence)


def test_a_reason_in_the_previous_sentence_counts(rules_in) -> None:
    draft = "原因の特定にはログファイルが必要です。\nログファイルをお送りいただけますでしょうか。"
    assert "request_without_reason" not in rules_in(draft)


@pytest.mark.parametrize(
    "draft",
    [
        # A purpose said as what must not happen (session 23).
        "塗装の日は、塗料が飛ばないよう車をガレージに入れていただけますでしょうか。",
        # What follows if it is not done, in the sentence after: a refusal, a penalty, the harm.
        "開封前に型番をご確認いただけますでしょうか。開封後の交換はお受けできかねます。",
        "貸出の鍵はその日のうちにご返却ください。紛失されたら交換費用はご負担となります。",
        "通路には荷物を置かないでいただけますか。避難の妨げとなり危険です。",
    ],
)
def test_a_purpose_or_a_consequence_is_a_reason(rules_in, draft: str) -> None:
    assert "request_without_reason" not in rules_in(draft)


def test_asking_them_to_see_to_it_that_something_does_not_happen_still_needs_a_reason(
    rules_in,
) -> None:
    assert "request_without_reason" in rules_in("書類のお忘れのないようお願いいたします。")
