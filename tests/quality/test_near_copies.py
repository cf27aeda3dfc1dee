"""The near-copy join the labelled sets' honesty tests and the training scripts rely on finds
exactly the pairs that comparing every text with every other finds."""

from __future__ import annotations

import random

import pytest

from madoguchi.quality.near_copies import grams, jaccard, near_pairs

_WORDS = (
    "お届け 予定 明日 返金 手続き ご確認 ください 申し訳 ございません 交換 部品 在庫 "
    "refund parcel tomorrow invoice engineer visit sorry replacement order today please"
).split()


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(count):
        if texts and rng.random() < 0.4:
            words = rng.choice(texts).split()  # a near copy: a word or two changed
            for _ in range(rng.randint(0, 2)):
                words[rng.randrange(len(words))] = rng.choice(_WORDS)
        else:
            words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 14))]
        texts.append(" ".join(words))
    return texts


def _every_pair(left: list[set[str]], right: list[set[str]], threshold: float) -> list:
    return [
        (i, j)
        for i, mine in enumerate(left)
        for j, other in enumerate(right)
        if mine and jaccard(mine, other) >= threshold
    ]


@pytest.mark.parametrize(("seed", "threshold"), [(1, 0.6), (2, 0.6), (3, 0.4), (4, 0.8)])
def test_it_finds_every_near_pair_and_nothing_else(seed: int, threshold: float) -> None:
    left = [grams(text) for text in _texts(seed, 160)]
    right = [grams(text) for text in _texts(seed, 300)[160:]]  # copies of left among them
    found = [(i, j) for i, j, _ in near_pairs(left, right, threshold)]
    assert found == _every_pair(left, right, threshold)
    # A set joined with itself: each pair in both orders, and each text with itself.
    found = [(i, j) for i, j, _ in near_pairs(left, left, threshold)]
    assert found == _every_pair(left, left, threshold)
