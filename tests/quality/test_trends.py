"""Recurring topics and rising topics over generated mail with a planted spike."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from trend_data import generate_mails  # noqa: E402

from madoguchi.quality.trends import (  # noqa: E402
    TrendMail,
    apply_labels,
    find_topics,
    own_name_terms,
    recent_days,
    romaji,
    topics_to_csv,
    topics_to_json,
)

NOW = datetime(2024, 6, 30, 12, 0, tzinfo=UTC)


def _spiked_topics(window_days: int = 30) -> tuple[list, set[str]]:
    mails, spike_keys = generate_mails(
        now=NOW, window_days=window_days, per_day=30, spike_per_day=15, spike_days=2
    )
    return find_topics(mails, now=NOW, window_days=window_days), spike_keys


def test_it_finds_the_planted_spike_and_marks_only_it_rising() -> None:
    topics, spike_keys = _spiked_topics()
    rising = [topic for topic in topics if topic.rising]
    assert rising, "the planted spike was not detected"
    for topic in rising:
        share = len(spike_keys & set(topic.keys)) / topic.count
        assert share >= 0.8, f"{topic.label} rose but is not the spike"
    caught = set().union(*(set(topic.keys) for topic in rising))
    assert len(caught & spike_keys) >= 0.8 * 30  # most of the 2 days x 15 spike mails


def test_it_lists_rising_topics_first_with_rates() -> None:
    topics, _ = _spiked_topics()
    assert topics[0].rising
    assert topics[0].recent_per_day > 3 * topics[0].baseline_per_day


def test_it_labels_the_spike_with_its_words() -> None:
    topics, _ = _spiked_topics()
    spike = topics[0]
    words = " ".join(spike.terms) + " " + spike.label
    assert any(word in words for word in ("アプリ", "起動", "crashes", "update", "アップデート"))


def test_it_finds_no_rising_topic_in_steady_traffic() -> None:
    mails, _ = generate_mails(
        now=NOW, window_days=30, per_day=30, spike_per_day=1, spike_days=2, seed=3
    )
    topics = find_topics(mails, now=NOW, window_days=30)
    assert topics
    assert not any(topic.rising for topic in topics)


def test_it_counts_only_the_window_and_gives_examples_from_the_topic() -> None:
    topics, _ = _spiked_topics(window_days=7)
    total = sum(topic.count for topic in topics)
    assert total <= 7 * 30 + 7 + 2 * 15
    for topic in topics:
        assert set(topic.example_keys) <= set(topic.keys)
        assert len(topic.keys) == topic.count


def test_it_returns_nothing_for_too_few_mails() -> None:
    mail = TrendMail("a", NOW - timedelta(hours=1), "ログインできません")
    assert find_topics([mail], now=NOW, window_days=7) == []


def test_it_compares_the_last_2_of_7_days_and_3_of_30() -> None:
    assert recent_days(7) == 2
    assert recent_days(30) == 3


def test_it_exports_csv_and_json() -> None:
    topics, _ = _spiked_topics(window_days=7)
    rows = list(csv.DictReader(io.StringIO(topics_to_csv(topics))))
    assert len(rows) == len(topics)
    assert rows[0]["rising"] == "yes"
    assert int(rows[0]["count"]) == topics[0].count
    data = json.loads(topics_to_json(topics))
    assert data[0]["label"] == topics[0].label
    assert data[0]["keys"] == list(topics[0].keys)


def test_it_keeps_the_label_a_lead_gave() -> None:
    topics, _ = _spiked_topics(window_days=7)
    relabelled = apply_labels(topics, {topics[0].label: "v5.2 起動時クラッシュ"})
    assert relabelled[0].label == "v5.2 起動時クラッシュ"
    assert relabelled[1:] == topics[1:]


def test_it_never_names_a_topic_with_stop_words_or_our_own_names() -> None:
    """Walk 8 finding 15: the top rising topic was "last / tsunagu / month"."""
    mails = [
        TrendMail(
            f"m{number}",
            NOW - timedelta(hours=number + 1),
            f"Tsunagu charged our card twice last month ({number}). Duplicate charge on the"
            " invoice, please refund it.",
        )
        for number in range(6)
    ]
    own = own_name_terms("ツナグ サポート窓口", "support@example.com")
    assert {"tsunagu", "ツナグ"} <= own  # the katakana name as English mail writes it
    topics = find_topics(mails, now=NOW, window_days=7, own_terms=own)
    [topic] = topics
    assert not set(topic.terms) & {"tsunagu", "last", "month", "please"}
    assert set(topic.terms) <= {
        "charged",
        "twice",
        "duplicate",
        "charge",
        "invoice",
        "refund",
        "card",
    }


def test_it_writes_katakana_names_in_latin_letters() -> None:
    assert [romaji(word) for word in ("ツナグ", "ショップ", "キャンセル", "フォーム")] == [
        "tsunagu",
        "shoppu",
        "kyanseru",
        "fomu",
    ]
