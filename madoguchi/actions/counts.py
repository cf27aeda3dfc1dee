"""Upkeep of the folder counts that the database's triggers keep (models/counts.py):
fold PostgreSQL's appended +1/-1 rows together, and rebuild from scratch for repair."""

from __future__ import annotations

from django.db import connection, transaction

from madoguchi.models import Conversation, FolderCount

_CONVERSATION = Conversation._meta.db_table
_LABELS = Conversation.labels.through._meta.db_table
_COUNTS = FolderCount._meta.db_table
_BUCKET = "mailbox_id, status, owner_id, label_id"


def compact() -> int:
    """Fold the rows of each bucket into one (PostgreSQL; SQLite keeps one row a bucket
    already). Rows appended by transactions still running are not in this statement's
    snapshot, so they are neither deleted nor summed: they stay as they are and are folded
    next time. Returns how many rows were folded away."""
    if connection.vendor != "postgresql":
        return 0
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"WITH moved AS (DELETE FROM {_COUNTS} RETURNING {_BUCKET}, total), "
            f"folded AS (INSERT INTO {_COUNTS} ({_BUCKET}, total) "
            f"SELECT {_BUCKET}, SUM(total) FROM moved GROUP BY {_BUCKET} "
            f"HAVING SUM(total) <> 0 RETURNING 1) "
            f"SELECT (SELECT COUNT(*) FROM moved) - (SELECT COUNT(*) FROM folded)"
        )
        row = cursor.fetchone()
    return int(row[0]) if row else 0


def rebuild() -> None:
    """Count every bucket again from the conversations and their labels: for repair (a
    restore that skipped the triggers, a manual edit with triggers off). Locks the tables
    it reads on PostgreSQL so no write slips between the count and the swap."""
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"LOCK TABLE {_CONVERSATION}, {_LABELS} IN SHARE MODE")
        cursor.execute(f"DELETE FROM {_COUNTS}")
        cursor.execute(
            f"INSERT INTO {_COUNTS} ({_BUCKET}, total) "
            f"SELECT mailbox_id, status, COALESCE(owner_id, 0), 0, COUNT(*) FROM {_CONVERSATION} "
            f"WHERE merged_into_id IS NULL GROUP BY mailbox_id, status, COALESCE(owner_id, 0)"
        )
        cursor.execute(
            f"INSERT INTO {_COUNTS} ({_BUCKET}, total) "
            f"SELECT c.mailbox_id, c.status, 0, l.label_id, COUNT(*) "
            f"FROM {_LABELS} l JOIN {_CONVERSATION} c ON c.id = l.conversation_id "
            f"WHERE c.merged_into_id IS NULL GROUP BY c.mailbox_id, c.status, l.label_id"
        )


def differences() -> dict[tuple[int, str, int, int], tuple[int, int]]:
    """Buckets whose kept total differs from a count from scratch: {bucket: (kept, true)}.
    Empty when the triggers did their job (the check `madoguchi counts` runs)."""
    kept: dict[tuple[int, str, int, int], int] = {}
    for mailbox, status, owner, label, total in FolderCount.objects.values_list(
        "mailbox_id", "status", "owner_id", "label_id", "total"
    ):
        key = (mailbox, status, owner, label)
        kept[key] = kept.get(key, 0) + total
    true: dict[tuple[int, str, int, int], int] = {}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT mailbox_id, status, COALESCE(owner_id, 0), 0, COUNT(*) FROM {_CONVERSATION} "
            f"WHERE merged_into_id IS NULL GROUP BY mailbox_id, status, COALESCE(owner_id, 0) "
            f"UNION ALL SELECT c.mailbox_id, c.status, 0, l.label_id, COUNT(*) "
            f"FROM {_LABELS} l JOIN {_CONVERSATION} c ON c.id = l.conversation_id "
            f"WHERE c.merged_into_id IS NULL GROUP BY c.mailbox_id, c.status, l.label_id"
        )
        for mailbox, status, owner, label, total in cursor.fetchall():
            true[(mailbox, status, owner, label)] = total
    return {
        key: (kept.get(key, 0), true.get(key, 0))
        for key in kept.keys() | true.keys()
        if kept.get(key, 0) != true.get(key, 0)
    }
