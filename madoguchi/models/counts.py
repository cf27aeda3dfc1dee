"""Folder counts kept by the database itself (issue 13's queue figure, issue 15's counts).

Counting every visible conversation on each page and on each 30-second refresh cost
~60–70% of a page at 100,000 conversations. Instead triggers on the conversation and
conversation-label tables (migration 0024_s6_counts, for SQLite and PostgreSQL) keep one
row per bucket here, so every write path stays right without knowing about it: the
actions, the bulk import's own INSERTs (actions/rows.py), the Django admin, raw SQL.
A page sums the buckets of the mailboxes its reader sees; the parts that depend on the
clock (snoozed until a future time, overdue, due soon) are read from the few rows they
concern by index range scans (web/queries.py). The same numbers in every web process,
with no cache to expire.

A bucket is (mailbox, status, owner) for the conversation itself (label 0), and
(mailbox, status, label) for each label it carries (owner 0). Merged conversations are
not counted. On SQLite a trigger adds to its bucket's row in place (one writer at a time,
so no contention). On PostgreSQL a trigger appends a +1/−1 row instead: updating one row
in place would make every transaction that touches the same bucket (each worker storing a
new mail into (mailbox, 未対応, nobody)) wait for the others to commit, and two bulk actions
moving conversations in opposite directions could deadlock; the worker folds the rows
together (actions/counts.py compact) so reads stay short. Repair: `madoguchi counts --rebuild`.
"""

from __future__ import annotations

from django.db import models


class FolderCount(models.Model):
    # Plain integers, not foreign keys: rows are written by triggers, never through Django,
    # and 0 stands for "nobody" / "the conversation itself" so the bucket is one unique key.
    mailbox_id = models.IntegerField()
    status = models.CharField(max_length=10)
    owner_id = models.IntegerField()
    label_id = models.IntegerField()
    total = models.IntegerField()

    class Meta:
        indexes = [
            models.Index(
                fields=["mailbox_id", "status", "owner_id", "label_id"], name="foldercount_bucket"
            )
        ]

    def __str__(self) -> str:
        return f"{self.mailbox_id}/{self.status}/{self.owner_id}/{self.label_id}: {self.total}"
