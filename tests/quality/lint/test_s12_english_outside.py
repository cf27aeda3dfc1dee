# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 12: English replies an outside writer and a walk-through found wrong.

- A brief apology for the timing of our reply ("Apologies for the delay in getting back to
  you") opens an answer; it makes no apology mail. A complete apology mail is complete in the
  shapes people write: headings ("Cause:", "What we did:", "Prevention:"), a remedy promised
  with any verb ("We'll repaint the door at no cost").
- Walk F-11: "Please send us the statement." after a sentence blaming the reader has no reason
  (the "because" explains the charge, not the request); blaming by the reader's own slip
  ("because you pressed the button twice") talks down with no trigger word.

The drafts here are written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

from madoguchi.quality.lint import Finding, lint, warnings_of
from madoguchi.quality.lint.learned import grade


def _rules(text: str, subject: str | None = None) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, subject=subject))}


def test_a_clean_reply_opening_with_a_brief_apology_for_our_delay_gets_no_warning() -> None:
    draft = "Hi Priya,\n\nApologies for the delay in getting back to you. Your annual invoice (No. 4471) is attached, and the total is 310 USD.\n\nBest regards,\nKen"
    assert _rules(draft, subject="Re: invoice copy") == set()


def test_sorry_it_took_us_days_to_reply_is_no_apology_mail() -> None:
    draft = "Hello Omar,\n\nSorry it took us three days to reply. Yes, the studio can be booked on Saturdays from 9 am to 1 pm.\n\nCheers,\nLiv"
    assert "apology_incomplete" not in _rules(draft, subject="Re: Saturday booking")


def test_an_incident_report_with_headings_has_all_four_parts() -> None:
    draft = (
        "Hello Dana,\n\nOur apologies: the booking site was offline for your clinic on Monday.\n\n"
        "Cause: an expired security certificate on the web server.\n"
        "What we did: installed a new certificate and brought the site back at 10:05.\n"
        "Prevention: certificates now renew automatically 30 days before they expire.\n\nRegards,\nIT desk"
    )
    assert "apology_incomplete" not in _rules(draft, subject="Booking site outage on Monday")


def test_a_remedy_promised_with_any_verb_is_what_we_do() -> None:
    draft = (
        "Dear Mr. Ito,\n\nI'm sorry: our courier dented the side panel of your new fridge while carrying it in, because he skipped the protective wrap.\n\n"
        "We'll swap the panel free of charge on Wednesday at 2 pm.\n\n"
        "From now on, every appliance is wrapped before it leaves the van.\n\nKind regards,\nSara"
    )
    assert "apology_incomplete" not in _rules(draft, subject="Apology for the dented fridge")


def test_an_apology_that_says_nothing_of_what_is_done_is_still_incomplete() -> None:
    draft = "Dear Mr. Ito,\n\nWe are very sorry that our courier dented your new fridge.\n\nKind regards,\nSara"
    assert "apology_incomplete" in _rules(draft, subject="Apology for the dented fridge")


def test_a_request_after_blaming_the_reader_still_lacks_a_reason() -> None:
    draft = "Obviously you were charged twice because you clicked the button twice. Please send us the statement. We will refund soon."
    found = [f for f in lint(draft) if f.rule == "request_without_reason"]
    assert [draft[f.start : f.end] for f in found] == ["Please send us the statement."]


def test_the_same_request_with_its_reason_is_clean() -> None:
    draft = "You were charged twice on 3 May. Please send us the statement so we can match the two charges."
    assert "request_without_reason" not in {f.rule for f in lint(draft)}


def test_a_request_about_the_cause_just_given_has_its_reason() -> None:
    draft = "The parcel came back to us because your street number was missing. Please send us the full street address."
    assert "request_without_reason" not in {f.rule for f in lint(draft)}


def test_blaming_the_reader_by_their_own_slip_is_condescending() -> None:
    text = "The fee went through twice because you pressed the pay button twice."
    (finding,) = [f for f in lint(text) if f.rule == "condescending"]
    assert text[finding.start : finding.end] == "because you pressed the pay button twice"


def test_a_cause_on_our_side_in_a_sentence_about_the_reader_is_not_blame() -> None:
    assert "condescending" not in {
        f.rule
        for f in lint(
            "You were billed twice because the checkout page timed out and retried the payment."
        )
    }


def test_a_threshold_for_the_mails_language_comes_before_the_shared_one() -> None:
    finding = Finding("vague", 0, 4, "soon", "message", None, evidence=0.6)
    thresholds = {"vague": 0.5, "vague@en": 0.7}
    assert grade([finding], thresholds, body=3, lang="en")[0].severity == "hint"
    assert grade([finding], thresholds, body=3, lang="ja")[0].severity == "warning"
    assert grade([finding], thresholds, body=3)[0].severity == "warning"
