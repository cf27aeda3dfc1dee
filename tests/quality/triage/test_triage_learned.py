"""The learned layer's fast path (Model.score_text, the import's hot path) gives the very
scores of the named features the model was trained on (learned.features)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy

sys.path.insert(0, str(Path(__file__).resolve().parent))

from labelled import load_labelled  # noqa: E402

from madoguchi.quality.triage import rule_view  # noqa: E402
from madoguchi.quality.triage.learned import features, load_model  # noqa: E402


def test_it_scores_every_labelled_mail_alike_by_both_paths() -> None:
    model = load_model()
    assert model is not None
    mails = load_labelled()
    assert {"ja", "en"} <= {mail.lang for mail in mails}
    for mail in mails:
        view = rule_view(mail.body, mail.subject)
        named = model.scores(features(view.text, view.weights, view.lang), signals=view.weights)
        fast = model.score_text(view.text, view.weights, view.lang)
        assert numpy.allclose(named, fast, atol=1e-9), mail.key
