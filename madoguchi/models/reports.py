"""Daily rollups the reports read (issue 14): counted by the actions as things happen,
so a 90-day report sums a few thousand rows instead of scanning conversations or mail.

Dimensions are plain integers, 0 for "none" (NULLs are all distinct in SQL). A row with
label 0 holds every event; rows with a label repeat the events of conversations that had
that label at the time (a conversation with two labels counts in both). Readers always sum.

On SQLite a key has one row, bumped with INSERT … ON CONFLICT DO UPDATE (one writer at a
time; the unique index is made for SQLite alone, migration 0030_s7_load). On PostgreSQL
each transaction appends its own rows instead: bumping one shared row made every reply, note
and new mail of a mailbox wait for the others to commit, and two transactions bumping two
keys in opposite orders deadlocked (the load test, bench/load/, with several web and worker
processes). The worker folds the rows of a key together (actions/rollup.py compact), as it
does for the folder counts.
"""

from __future__ import annotations

from django.db import models

# Business minutes at the lower edge of each time bucket (first response, resolution):
# percentiles are read from these, to the bucket's precision (interpolated within it).
BUCKET_EDGES = (
    0, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 300, 360, 480, 600, 720,
    960, 1200, 1440, 1920, 2400, 2880, 4320, 5760, 8640, 14400, 28800,
)  # fmt: skip


# The counters of ReportDay, in its covering index too.
COUNTERS = (
    "received",
    "reopened",
    "resolved",
    "closed",
    "replies",
    "first_responses",
    "first_response_targeted",
    "first_response_met",
    "first_response_seconds",
    "resolution_targeted",
    "resolution_met",
    "resolution_seconds",
)


class ReportDay(models.Model):
    day = models.DateField()  # in the installation's time zone (settings.TIME_ZONE)
    mailbox_id = models.IntegerField()
    agent_id = models.IntegerField(default=0)  # the owner, or who replied; 0: nobody
    priority = models.SmallIntegerField()
    label_id = models.IntegerField(default=0)  # 0: all conversations

    received = models.IntegerField(default=0)  # new conversations from customers
    reopened = models.IntegerField(default=0)  # closed → active again
    resolved = models.IntegerField(default=0)
    closed = models.IntegerField(default=0)  # resolved or no action needed
    replies = models.IntegerField(default=0)
    first_responses = models.IntegerField(default=0)
    first_response_targeted = models.IntegerField(default=0)  # had a target
    first_response_met = models.IntegerField(default=0)
    first_response_seconds = models.BigIntegerField(default=0)  # sum, business seconds
    resolution_targeted = models.IntegerField(default=0)
    resolution_met = models.IntegerField(default=0)
    resolution_seconds = models.BigIntegerField(default=0)

    class Meta:
        indexes = [
            # Covering: a report reads the index alone, in (label, day) order, never the
            # table (90 days on 100,000 conversations: 120 ms → 25 ms on SQLite).
            models.Index(
                fields=["label_id", "day", "mailbox_id", "agent_id", "priority", *COUNTERS],
                name="report_day_period",
            )
        ]


class ReportTiming(models.Model):
    """How many first responses / resolutions took a time in each bucket."""

    day = models.DateField()
    mailbox_id = models.IntegerField()
    agent_id = models.IntegerField(default=0)
    priority = models.SmallIntegerField()
    label_id = models.IntegerField(default=0)
    kind = models.CharField(max_length=16)  # first_response, resolution
    bucket = models.SmallIntegerField()  # index into BUCKET_EDGES
    count = models.IntegerField(default=0)

    class Meta:
        indexes = [
            models.Index(
                fields=[
                    "label_id", "kind", "day", "mailbox_id", "agent_id", "priority", "bucket",
                    "count",
                ],
                name="report_timing_period",
            )  # covering, as above
        ]  # fmt: skip


# The reports and the weekly digest read medians from the buckets (wip-sla2: moved here from
# web/report_queries.py so actions/ can use it too).
def percentile(histogram: dict[int, int], share: float) -> float | None:
    """Business minutes at `share` of the counts, interpolated within its bucket."""
    total = sum(histogram.values())
    if total == 0:
        return None
    wanted = share * total
    seen = 0
    for bucket in sorted(histogram):
        count = histogram[bucket]
        if seen + count >= wanted:
            low = BUCKET_EDGES[bucket]
            high = BUCKET_EDGES[bucket + 1] if bucket + 1 < len(BUCKET_EDGES) else low
            return low + (high - low) * ((wanted - seen) / count if count else 0)
        seen += count
    return float(BUCKET_EDGES[max(histogram)])
