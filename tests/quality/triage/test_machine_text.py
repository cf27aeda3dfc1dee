"""What a customer pastes (HTTP status text, log lines, error codes, stack traces) is not
their feeling, nor a sign that they have written again and again."""

from __future__ import annotations

from madoguchi.quality.triage import triage
from madoguchi.quality.triage.machine import blank, machine_spans
from madoguchi.quality.triage.matching import find_hits


def _codes(body: str) -> set[str]:
    return {code for code, _ in triage(body).codes}


def test_it_reads_a_calm_report_quoting_429_too_many_requests_as_calm() -> None:
    body = (
        'Hi, our API calls fail with "429 Too Many Requests" after about 50 requests, '
        "although our plan allows 500 a minute. Could you check our account? Thanks, Ken"
    )
    result = triage(body)
    assert result.emotion == "neutral"
    assert "escalation" not in _codes(body)  # the server's "many requests", not the customer's


def test_it_does_not_hear_anger_or_shouting_in_a_pasted_log_in_japanese() -> None:
    body = (
        "お世話になっております。夜間バッチが以下のエラーで止まります。\n"
        "2026-11-30 02:00:11 ERROR 何度もリトライしましたが失敗しました（接続拒否）\n"
        "2026-11-30 02:00:12 FATAL 処理を中断しました！！\n"
        "今週中にご確認いただけますと幸いです。"
    )
    result = triage(body)
    assert result.emotion == "neutral"
    assert not {"angry", "shouting", "escalation"} & _codes(body)


def test_it_does_not_hear_anger_in_a_stack_trace_in_english() -> None:
    body = (
        "Hello, since the update our nightly export stops with this:\n\n"
        "Traceback (most recent call last):\n"
        '  File "export.py", line 88, in run\n'
        "RuntimeError: Too many retries, giving up again!!\n"
        "2026-11-30 02:00:11 FATAL export aborted, nobody answers\n\n"
        "Could you have a look this week? Thanks, Maria"
    )
    result = triage(body)
    assert result.emotion == "neutral"
    assert not {"angry", "shouting", "learned_angry"} & _codes(body)


def test_it_still_hears_the_writers_own_anger_around_a_pasted_error() -> None:
    body = (
        "This is the third time I am writing about this. Your API still returns "
        "429 Too Many Requests and nobody answers. Fix it today or we cancel."
    )
    result = triage(body)
    assert result.urgency == "high"
    assert result.emotion == "angry"
    assert "escalation" in _codes(body)


def test_it_still_reads_what_the_paste_shows_is_broken() -> None:
    text = "Since 9am every user gets this:\n2026-11-30 09:00:01 ERROR users cannot log in\n"
    assert machine_spans(text)
    hits = find_hits(text)
    assert "login" in {hit.category.name for hit in hits}


def test_it_does_not_count_an_api_request_count_as_repeated_contact() -> None:
    assert "escalation" not in _codes(
        "We send 50 requests a minute and the export is slow today. Any idea why?"
    )
    # A small count of contacts still is one.
    assert triage("I have sent you 3 emails about my refund and nobody answers.").emotion == (
        "angry"
    )


def test_it_finds_machine_output_but_not_the_writers_sentences() -> None:
    text = (
        'The app says "Payment failed (code 51)" and E1023.\n'
        "2026-11-30 10:02:11 ERROR card_declined for java.lang.IllegalStateException\n"
        "Warning: if the refund is not here by Friday I will dispute the charge.\n"
        "I paid 500 dollars."
    )
    found = [text[start:end] for start, end in machine_spans(text)]
    assert '"Payment failed (code 51)"' in found
    assert "E1023" in found
    assert any(span.startswith("2026-11-30 10:02:11 ERROR") for span in found)
    assert not any("dispute" in span or "500 dollars" in span for span in found)
    blanked = blank(text, machine_spans(text))
    assert len(blanked) == len(text) and "card_declined" not in blanked
