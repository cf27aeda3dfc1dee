"""Counting what happens into the report rollups (models/reports.py).

The actions (and the ingest batch) add increments to a Tally while they work; `flush`
writes them with one upsert statement per table, in the action's transaction, so a
report is never out of step with the conversations it counts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, transaction

from madoguchi.models import Conversation, ReportDay, ReportTiming
from madoguchi.models.reports import BUCKET_EDGES, COUNTERS

Key = tuple[date, int, int, int, int]  # day, mailbox, agent, priority, label

DAY_COUNTERS = COUNTERS


@lru_cache(maxsize=4)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def report_day(at: datetime) -> date:
    """Reports count days in the installation's time zone, whoever looks at them."""
    return at.astimezone(_zone(settings.TIME_ZONE)).date()


def bucket_of(seconds: int) -> int:
    minutes = seconds / 60
    index = 0
    for position, edge in enumerate(BUCKET_EDGES):
        if minutes >= edge:
            index = position
        else:
            break
    return index


class Tally:
    def __init__(self) -> None:
        self.days: dict[Key, Counter[str]] = defaultdict(Counter)
        self.timings: Counter[tuple[Key, str, int]] = Counter()

    def _keys(
        self, conversation: Conversation, at: datetime, labels: Iterable[int], agent: int | None
    ) -> list[Key]:
        day = report_day(at)
        who = conversation.owner_id if agent is None else agent
        base = (day, int(conversation.mailbox_id), int(who or 0), int(conversation.priority))
        return [(*base, 0), *((*base, int(label)) for label in labels)]

    def count(
        self,
        conversation: Conversation,
        at: datetime,
        labels: Iterable[int] = (),
        agent: int | None = None,
        **counters: int,
    ) -> None:
        for key in self._keys(conversation, at, labels, agent):
            self.days[key].update(counters)

    def timing(
        self,
        conversation: Conversation,
        at: datetime,
        kind: str,
        seconds: int,
        target: int | None,
        labels: Iterable[int] = (),
        sign: int = 1,
    ) -> None:
        """A first response or a resolution took `seconds` of business time; counted for
        whoever held the conversation when the target passed, if it did, else the owner.

        A miss recorded on the conversation counts only when this timing did miss: an answer
        inside its target is the owner's even if a hold was recorded after the deadline (a
        backlog imported with its sent replies, assigned before those arrived — walk 13 F4:
        every agent's first response read 「— / —」 and the team's sat on （担当なし）).

        `sign=-1` takes back a timing counted earlier with the same arguments (a reply that
        answered and then failed to send: the customer was never answered then)."""
        counters = {f"{kind}_seconds": sign * seconds}
        if kind == "first_response":
            counters["first_responses"] = sign  # `resolved` is counted by the status change
        if target is not None:
            counters[f"{kind}_targeted"] = sign
            counters[f"{kind}_met"] = sign * int(seconds <= target)
        missed = target is not None and seconds > target
        missed_by = getattr(conversation, f"{kind}_missed_by", None) if missed else None
        keys = self._keys(conversation, at, labels, missed_by)
        for key in keys:
            self.days[key].update(counters)
            self.timings[(key, kind, bucket_of(seconds))] += sign

    def flush(self) -> None:
        if self.days:
            _upsert(
                ReportDay._meta.db_table,
                ["day", "mailbox_id", "agent_id", "priority", "label_id"],
                list(DAY_COUNTERS),
                [
                    (*_key(key), *(counters.get(name, 0) for name in DAY_COUNTERS))
                    for key, counters in self.days.items()
                ],
            )
        if self.timings:
            _upsert(
                ReportTiming._meta.db_table,
                ["day", "mailbox_id", "agent_id", "priority", "label_id", "kind", "bucket"],
                ["count"],
                [(*_key(key), kind, bucket, n) for (key, kind, bucket), n in self.timings.items()],
            )
        self.days.clear()
        self.timings.clear()


def _key(key: Key) -> tuple[Any, ...]:
    return (connection.ops.adapt_datefield_value(key[0]), *key[1:])


def _upsert(table: str, keys: list[str], counters: list[str], rows: list[tuple[Any, ...]]) -> None:
    """SQLite: add to the key's one row. PostgreSQL: append rows that no other transaction
    writes (models/reports.py says why); `compact` folds them later."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(c) for c in [*keys, *counters])
    marks = ", ".join(["%s"] * (len(keys) + len(counters)))
    sql = f"INSERT INTO {quote(table)} ({columns}) VALUES ({marks})"
    if connection.vendor != "postgresql":
        increments = ", ".join(
            f"{quote(c)} = {quote(table)}.{quote(c)} + excluded.{quote(c)}" for c in counters
        )
        sql += f" ON CONFLICT ({', '.join(quote(k) for k in keys)}) DO UPDATE SET {increments}"
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def compact() -> int:
    """Fold each key's appended rows into one (PostgreSQL; SQLite keeps one row a key).
    As for the folder counts (actions/counts.py): rows of transactions still running are
    not in the statement's snapshot, neither deleted nor summed, and are folded next time.
    Returns how many rows were folded away."""
    if connection.vendor != "postgresql":
        return 0
    dimensions = ["day", "mailbox_id", "agent_id", "priority", "label_id"]
    return _fold(ReportDay._meta.db_table, dimensions, list(DAY_COUNTERS)) + _fold(
        ReportTiming._meta.db_table, [*dimensions, "kind", "bucket"], ["count"]
    )


def _fold(table: str, keys: list[str], counters: list[str]) -> int:
    """Only the keys with more than one row are rewritten: a year of rollups is hundreds of
    thousands of rows, which must not all be deleted and written again every 30 s."""
    key, values = ", ".join(keys), ", ".join(counters)
    sums = ", ".join(f"SUM({name})" for name in counters)
    same_key = " AND ".join(f"{table}.{name} = doubled.{name}" for name in keys)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"WITH doubled AS (SELECT {key} FROM {table} GROUP BY {key} HAVING COUNT(*) > 1), "
            f"moved AS (DELETE FROM {table} USING doubled WHERE {same_key} "
            f"RETURNING {', '.join(f'{table}.{name}' for name in [*keys, *counters])}), "
            f"kept AS (INSERT INTO {table} ({key}, {values}) "
            f"SELECT {key}, {sums} FROM moved GROUP BY {key} RETURNING 1) "
            f"SELECT (SELECT COUNT(*) FROM moved) - (SELECT COUNT(*) FROM kept)"
        )
        row = cursor.fetchone()
    return int(row[0]) if row else 0


def labels_of(conversation: Conversation) -> list[int]:
    if conversation.pk is None:
        return []
    return list(conversation.labels.values_list("id", flat=True))


def count_now(
    conversation: Conversation, at: datetime, agent: int | None = None, **counters: int
) -> None:
    """One event of a single action, by label too, written at once."""
    tally = Tally()
    tally.count(conversation, at, labels_of(conversation), agent, **counters)
    tally.flush()
