"""The import's likely-predecessor look-up (actions/batch._recent_conversations_of) on a
SQLite database made before migration 0046: session 13's statements (the ids through
conv_customer = (customer, last_message_at), then the candidates' rows by primary key)
against session 14's (one LIMITed select per customer, UNION ALL, read from a covering
index, created here as conv_customer_s14b when missing).

usage: .venv/bin/python bench/predecessor_lookup.py DB [--batches 200] [--customers 55]
                                                    [--cache-kib 2048]

Each batch asks for `--customers` random customers that have conversations (a batch of
100 mails of the steady mix holds ~55 known customers), limit 6, as the import does.
Prints ms per batch (a new connection, so an empty SQLite page cache, for each run).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time

OPEN = ("new", "open", "waiting")
EARLIEST = "2026-01-01 00:00:00"


def old(db: sqlite3.Connection, customers: list[int], limit: int) -> list[tuple]:
    values = ", ".join(["(?)"] * len(customers))
    inner = (
        "SELECT p.id FROM madoguchi_conversation p INDEXED BY conv_customer "
        "WHERE p.customer_id = k.customer_id AND p.mailbox_id = ? AND p.merged_into_id IS NULL "
        "AND (p.status IN (?, ?, ?) OR p.last_message_at >= ?) "
        "ORDER BY p.last_message_at DESC, p.id DESC LIMIT ?"
    )
    sql = (
        f"WITH k(customer_id) AS (VALUES {values}) SELECT c.id FROM k "
        f"JOIN madoguchi_conversation c ON c.id IN ({inner})"
    )
    ids = [r[0] for r in db.execute(sql, [*customers, 1, *OPEN, EARLIEST, limit])]
    marks = ", ".join(["?"] * len(ids))
    return db.execute(
        "SELECT id, customer_id, created_at, last_message_at, status "
        f"FROM madoguchi_conversation WHERE id IN ({marks})",
        ids,
    ).fetchall()


def new(db: sqlite3.Connection, customers: list[int], limit: int) -> list[tuple]:
    one = (
        "SELECT * FROM (SELECT p.id, p.customer_id, p.created_at, p.last_message_at, p.status "
        "FROM madoguchi_conversation p INDEXED BY conv_customer_s14b WHERE p.customer_id = ? "
        "AND p.mailbox_id = ? AND p.merged_into_id IS NULL "
        "AND (p.status IN (?, ?, ?) OR p.last_message_at >= ?) "
        "ORDER BY p.last_message_at DESC, p.id DESC LIMIT ?)"
    )
    sql = " UNION ALL ".join([one] * len(customers))
    params = [v for c in customers for v in (c, 1, *OPEN, EARLIEST, limit)]
    return db.execute(sql, params).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--batches", type=int, default=200)
    parser.add_argument("--customers", type=int, default=55)
    parser.add_argument("--cache-kib", type=int, default=2048)
    args = parser.parse_args()
    db = sqlite3.connect(args.db)
    db.execute(
        "CREATE INDEX IF NOT EXISTS conv_customer_s14b ON madoguchi_conversation "
        "(customer_id, last_message_at, id, mailbox_id, merged_into_id, status, created_at)"
    )
    db.commit()
    known = [r[0] for r in db.execute("SELECT DISTINCT customer_id FROM madoguchi_conversation")]
    rng = random.Random(14)
    batches = [rng.sample(known, args.customers) for _ in range(args.batches)]
    for name, lookup in (("s13", old), ("s14", new)) * 3:
        db.close()
        db = sqlite3.connect(args.db)  # a cold page cache for each run
        db.execute(f"PRAGMA cache_size = -{args.cache_kib}")
        started, rows = time.perf_counter(), 0
        for customers in batches:
            rows += len(lookup(db, customers, 6))
        elapsed = time.perf_counter() - started
        print(f"{name}: {1000 * elapsed / len(batches):.2f} ms a batch, {rows} candidates")


if __name__ == "__main__":
    main()
