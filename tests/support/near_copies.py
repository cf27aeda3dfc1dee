"""Near-copy search for the labelled sets' honesty tests (character 3-gram Jaccard)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Sequence, Set


def near_pairs(
    left: Sequence[Set[str]], right: Sequence[Set[str]], threshold: float
) -> Iterator[tuple[int, int, float]]:
    """(i, j, Jaccard) for every left[i], right[j] whose Jaccard is ≥ threshold, by i then j.

    Prefix filtering (the AllPairs join): with every set's grams ordered rarest first, two
    sets with Jaccard ≥ t share at least ⌈t·max(|x|, |y|)⌉ grams, so their first
    |x| − ⌈t·|x|⌉ + 1 and |y| − ⌈t·|y|⌉ + 1 grams meet. Only those prefixes are indexed and
    probed, sizes that rule the threshold out are skipped, and each remaining candidate's
    Jaccard is computed exactly: the pairs of comparing everything with everything, without
    walking the long lists of common grams (「ます。」, "the "), which took minutes."""
    frequency: dict[str, int] = defaultdict(int)
    for grams in (*left, *right):
        for gram in grams:
            frequency[gram] += 1

    def prefix(grams: Set[str]) -> list[str]:
        ordered = sorted(grams, key=lambda gram: (frequency[gram], gram))
        return ordered[: len(ordered) - math.ceil(threshold * len(ordered) - 1e-9) + 1]

    by_gram: dict[str, list[int]] = defaultdict(list)
    for index, grams in enumerate(right):
        for gram in prefix(grams):
            by_gram[gram].append(index)
    for number, mine in enumerate(left):
        candidates = {index for gram in prefix(mine) for index in by_gram.get(gram, ())}
        for index in sorted(candidates):
            size = len(right[index])
            if threshold * len(mine) > size or threshold * size > len(mine):
                continue  # their sizes alone keep the Jaccard below the threshold
            shared = len(mine & right[index])
            similarity = shared / (len(mine) + size - shared)
            if similarity >= threshold:
                yield number, index, similarity
