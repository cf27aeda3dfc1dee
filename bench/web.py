"""Web benchmark: server time of the pages agents live in, on 100,000 conversations.

usage: .venv/bin/python bench/web.py [--conversations N] [--runs R] [--keep DIR] [--reuse DIR]
                                     [--only TEXT]
PostgreSQL: MADOGUCHI_PG_DIR=/kept/cluster scripts/with-postgresql .venv/bin/python bench/web.py …

Generates N conversations (about 3 messages each: 300,000 messages for 100,000) with
customers, organisations, owners, labels, a spread of statuses and the search index,
straight into a fresh SQLite database with multi-row INSERTs; then requests each page
R times after a warm-up through Django's test client (middleware, view, queries and
template: everything but the socket) and prints p50/p95 and the queries per request.
--reuse DIR measures an already generated database again (after a code change).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

JA_TOPICS = [
    ("返金について", "先月分の返金をお願いしたく、ご連絡いたしました。注文番号は{n}です。"),
    (
        "請求書の再発行",
        "請求書の宛名を変更して再発行していただけますか。経理から依頼がありました。",
    ),
    (
        "ログインできません",
        "昨日からログインできません。パスワードを再設定してもエラーになります。",
    ),
    ("解約の手続き", "来月末で解約したいと考えています。手続きの方法を教えてください。"),
    ("CSVインポートの文字化け", "取引先マスタをCSVで取り込むと日本語が文字化けします。"),
    ("二重請求されています", "同じ日に2回引き落とされています。至急返金してください。"),
    ("プラン変更の日割り", "年額プランから月額プランへ変更した場合の日割り計算を知りたいです。"),
    (
        "通知メールが届かない",
        "予約の通知メールが顧客に届いていないようです。設定を確認できますか。",
    ),
    ("APIの利用上限", "APIの呼び出しが上限に達したというエラーが出ます。上限を教えてください。"),
    ("見積もりのお願い", "20ユーザーで導入を検討しています。お見積もりをお願いします。"),
]
EN_TOPICS = [
    ("Refund request", "I would like a refund for order {n}; we were charged after cancelling."),
    ("Invoice address change", "Could you reissue the invoice with our new billing address?"),
    ("Cannot sign in", "Since this morning nobody on our team can sign in. Password reset fails."),
    ("Cancel subscription", "We will not renew at the end of the quarter. How do we cancel?"),
    ("CSV import garbled", "Japanese characters are garbled after the CSV import of contacts."),
    ("Charged twice", "Our card statement shows two charges on the same day. Please check."),
    ("Webhook retries", "Is there an idempotency key for webhook retries? We see duplicates."),
    ("SAML SSO fails", "SAML SSO with Okta fails with an invalid assertion error for new users."),
    ("API rate limit", "Our sync job gets HTTP 429 well below the documented rate limit."),
    ("Quote for 40 seats", "We are evaluating the product for 40 seats. Could you send a quote?"),
]
JA_FILLER = (
    "いつもお世話になっております。\n{body}\nお手数をおかけしますが、よろしくお願いいたします。\n"
    "--\n{name}\n{org}"
)
EN_FILLER = "Hello,\n\n{body}\n\nThanks in advance,\n{name}\n{org}"
JA_REPLY = (
    "{name} 様\n\nお問い合わせいただきありがとうございます。担当の者が確認のうえ、"
    "{days}営業日以内にご連絡いたします。\n\nサポート窓口"
)
EN_REPLY = "Hi {name},\n\nThanks for writing in. We are looking into it and will get back to you within {days} business days.\n\nSupport"  # noqa: E501
FAMILY = "佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本".split()
GIVEN = "太郎 花子 健 美咲 翔 陽子 大輔 恵 誠 直美 亮 さやか 浩二 文子 修".split()
EN_NAMES = "Sarah Chen,Lukas Weber,Grace Lee,Tom Becker,Anna Schmidt,Mike O'Brien".split(",")
LABELS = [
    "請求",
    "不具合",
    "要望",
    "解約",
    "アカウント",
    "VIP",
    "セキュリティ",
    "API",
    "導入",
    "返金",
]
STATUSES = ["new"] * 10 + ["open"] * 10 + ["waiting"] * 10 + ["resolved"] * 60 + ["no_action"] * 10


def setup_django(folder: Path) -> None:
    os.environ["MADOGUCHI_DATA_DIR"] = str(folder)
    # A PostgreSQL URL set by the caller (scripts/with-postgresql) is kept: the same
    # generator and pages then measure PostgreSQL; otherwise SQLite in the folder.
    if not os.environ.get("MADOGUCHI_DATABASE_URL", "").startswith("postgres"):
        os.environ["MADOGUCHI_DATABASE_URL"] = f"sqlite:///{folder / 'madoguchi.sqlite3'}"
    os.environ["MADOGUCHI_ALLOWED_HOSTS"] = "testserver"
    os.environ["MADOGUCHI_LOG_LEVEL"] = "ERROR"
    os.environ["DJANGO_SETTINGS_MODULE"] = "madoguchi.settings"
    sys.path.insert(0, str(REPO))
    import django

    django.setup()


def generate(
    conversations: int,
    seed: int = 11,
    on_conversation: Callable[..., tuple[Any, ...]] | None = None,
) -> dict[str, Any]:
    """Fill the migrated database; returns the ids the measurements need.

    Rows are written in chunks of CHUNK conversations while they are made (a million
    messages held in lists first took gigabytes), with COPY on PostgreSQL and multi-row
    INSERTs on SQLite, into tables whose secondary indexes are dropped first and built
    again at the end from their own definitions (as a restore does: a million random
    inserts into each of a dozen B-trees were most of the 46 minutes at 333,000).

    on_conversation(pk, mailbox, owner, priority, status, labels, history) -> the six
    SLA metric columns (first_response_at, first_response_seconds, first_response_met,
    resolved_at, resolution_seconds, resolution_met) of each conversation as it is made,
    history being its messages' (direction, received_at) in order: bench/reports.py's
    replay of what the actions record as things happen.
    """
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import User
    from django.db import connection, transaction

    from madoguchi.actions.counts import compact as compact_counts
    from madoguchi.models import Agent, Label, Mailbox, Role, Team
    from madoguchi.search.backends import (
        CONVERSATION_TABLE,
        SEPARATOR,
        TABLE,
        PostgresBackend,
        filter_tokens_sql,
    )
    from madoguchi.search.tokens import message_tokens

    rng = random.Random(seed)
    adapt = connection.ops.adapt_datetimefield_value
    started = time.perf_counter()
    teams = [Team.objects.create(name=name) for name in ("サポート1課", "English desk", "営業")]
    mailboxes = []
    for number, team in enumerate(teams):
        mailbox = Mailbox.objects.create(name=f"窓口{number}", address=f"box{number}@bench.test")
        mailbox.teams.add(team)
        mailboxes.append(mailbox)
    agents = []
    password = make_password("bench-password")  # hashed once: 30 PBKDF2 runs cost seconds
    for number in range(30):
        user = User.objects.create(username=f"agent{number}", password=password)
        agent = Agent.objects.create(user=user, role=Role.AGENT, display_name=f"担当 {number}")
        agent.teams.add(teams[number % 2])
        if number == 0:
            agent.teams.add(teams[1])  # the measured agent sees two of the three mailboxes
        agents.append(user)
    labels = [Label.objects.create(name=name) for name in LABELS]
    now = datetime.now(UTC).replace(tzinfo=None)
    created = adapt(now)
    postgres = connection.vendor == "postgresql"
    no_metrics = (None, None, None, None, None, None)

    if not postgres:
        # The one transaction touches a million rows' pages: with the default 2 MB page
        # cache each miss was a read system call. Back to the default before measuring.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size = -1000000")
    bulk_tables = [
        "madoguchi_conversation",
        "madoguchi_message",
        "madoguchi_conversation_labels",
        TABLE,
        *([CONVERSATION_TABLE] if postgres else []),
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        if postgres:
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        indexes = _drop_secondary_indexes(cursor, bulk_tables)
        organisations = 5_000
        _write(
            cursor,
            "madoguchi_organization",
            "id, name, domain, notes, created_at",
            [
                (i, f"株式会社サンプル{i}", f"org{i}.example", "", created)
                for i in range(1, organisations + 1)
            ],
        )
        customers = 30_000
        people = []
        for i in range(1, customers + 1):
            english = i % 10 < 3
            name = rng.choice(EN_NAMES) if english else f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}"
            people.append((i, name, english, rng.randint(1, organisations)))
        _write(
            cursor,
            "madoguchi_customer",
            "id, name, notes, created_at, organization_id",
            [(i, name, "", created, org) for i, name, _, org in people],
        )
        _write(
            cursor,
            "madoguchi_customeraddress",
            "id, address, customer_id",
            [(i, f"person{i}@org{org}.example", i) for i, _, _, org in people],
        )
        if postgres:
            # to_tsvector runs in the server: the tokens are copied beside it first.
            cursor.execute("CREATE TEMPORARY TABLE bench_tokens (message_id bigint, tokens text)")

        conversation_rows: list[tuple[Any, ...]] = []
        message_rows: list[tuple[Any, ...]] = []
        label_rows: list[tuple[Any, ...]] = []
        index_rows: list[tuple[Any, ...]] = []

        def write_chunk() -> None:
            _write(cursor, "madoguchi_conversation", CONVERSATION_COLUMNS, conversation_rows)
            _write(cursor, "madoguchi_message", MESSAGE_COLUMNS, message_rows)
            _write(cursor, "madoguchi_conversation_labels", "conversation_id, label_id", label_rows)
            if postgres:
                _write(cursor, "bench_tokens", "message_id, tokens", index_rows)
            else:
                cursor.executemany(
                    f"INSERT INTO {TABLE} (rowid, tokens) VALUES (%s, %s)", index_rows
                )
            for rows in (conversation_rows, message_rows, label_rows, index_rows):
                rows.clear()

        message_id = 0
        long_conversation = 0
        for pk in range(1, conversations + 1):
            customer, name, english, org = people[rng.randrange(customers)]
            subject, body = rng.choice(EN_TOPICS if english else JA_TOPICS)
            count = 10 if pk % 1000 == 7 else 1 + pk % 5
            if count == 10 and not long_conversation:
                long_conversation = pk
            started_at = now - timedelta(minutes=rng.randint(10, 2 * 365 * 24 * 60))
            status = rng.choice(STATUSES)
            owner = None if status == "new" or rng.random() < 0.1 else rng.choice(agents).pk
            mailbox = mailboxes[2 if rng.random() < 0.1 else (1 if english else 0)].pk
            priority = rng.choice((0, 1, 1, 1, 1, 2))
            own_labels = [
                label.pk for label in rng.sample(labels, k=rng.choice((0, 0, 0, 1, 1, 2)))
            ]
            at = started_at
            last_customer = started_at
            address = f"person{customer}@org{org}.example"
            history = []
            for index in range(count):
                message_id += 1
                incoming = index % 2 == 0
                if incoming:
                    text = (EN_FILLER if english else JA_FILLER).format(
                        body=body.format(n=rng.randint(10_000, 99_999)), name=name, org=org
                    )
                    last_customer = at
                else:
                    text = (EN_REPLY if english else JA_REPLY).format(
                        name=name, days=rng.randint(1, 5)
                    )
                line_subject = subject if index == 0 else f"Re: {subject}"
                sender_name, sender = (
                    (name, address) if incoming else ("サポート", "box@bench.test")
                )
                direction = "in" if incoming else "out"
                history.append((direction, at.replace(tzinfo=UTC)))
                message_rows.append(
                    (
                        message_id,
                        direction,
                        f"<m{message_id}@bench.test>",
                        "",
                        "",
                        "",
                        sender_name,
                        sender,
                        "[]",
                        "[]",
                        "[]",
                        line_subject,
                        adapt(at),
                        adapt(at),
                        text,
                        None,
                        "[]",
                        False,
                        None,
                        None if incoming else owner,
                        pk,
                        None,
                    )
                )
                index_rows.append(
                    (message_id, message_tokens(line_subject, sender_name, sender, text))
                )
                at += timedelta(minutes=rng.randint(5, 3 * 24 * 60))
            last_at = at - timedelta(minutes=1)
            metrics = (
                on_conversation(pk, mailbox, owner, priority, status, own_labels, history)
                if on_conversation
                else no_metrics
            )
            first_at, first_seconds, first_met, resolved_at, resolution_seconds, met = metrics
            conversation_rows.append(
                (
                    pk,
                    subject,
                    subject,
                    status,
                    priority,
                    adapt(started_at),
                    adapt(last_at),
                    adapt(last_at),
                    adapt(last_customer),
                    adapt(first_at),
                    adapt(resolved_at),
                    None,
                    None,
                    1,
                    count,
                    body[:200].format(n=""),
                    "",
                    "",
                    False,
                    rng.random(),
                    "[]",
                    None,
                    owner,
                    customer,
                    mailbox,
                    "[]",  # triage_codes
                    "",  # sla_kind
                    0,  # sla_alerted
                    False,  # sla_response_owed
                    0,  # sla_response_spent
                    0,  # sla_resolution_spent
                    0,  # reminder_step
                    first_seconds,
                    first_met,
                    resolution_seconds,
                    met,
                )
            )
            label_rows.extend((pk, label) for label in own_labels)
            if pk % CHUNK == 0:
                write_chunk()
        write_chunk()
        if postgres:
            cursor.execute(
                f"INSERT INTO {TABLE} (message_id, tsv) SELECT message_id, "
                "to_tsvector('simple', tokens) FROM bench_tokens ORDER BY message_id"
            )
            cursor.execute("DROP TABLE bench_tokens")
            # The deferred foreign-key checks run now (an index cannot be built on a
            # table with pending trigger events).
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            # The conversation documents, as new mail builds them (with the filters',
            # customers' and senders' lexemes): before, a database generated here had
            # none on PostgreSQL, and every search found nothing.
            cursor.execute(PostgresBackend.build_sql())
        for sql in indexes:
            cursor.execute(sql)
        if not postgres:
            # The conversation-level index, as migration 0025 builds it, with the filter
            # and customer tokens the triggers keep (migrations 0034 and 0038; without
            # them a generated database answered `返金 status:open` with nothing).
            cursor.execute(
                f"INSERT INTO {CONVERSATION_TABLE} (rowid, tokens, filters) "
                f"SELECT d.id, d.tokens, {filter_tokens_sql('c')} FROM ("
                f"SELECT m.conversation_id AS id, group_concat(s.tokens, %s) AS tokens "
                f"FROM madoguchi_message m JOIN {TABLE} s ON s.rowid = m.id "
                "GROUP BY m.conversation_id) d JOIN madoguchi_conversation c ON c.id = d.id",
                [SEPARATOR],
            )
    # PostgreSQL's count triggers appended a row per insert: fold them as the worker would.
    compact_counts()
    with connection.cursor() as cursor:
        if postgres:
            # Rows went in with their ids: move the sequences past them, as a restore
            # would; VACUUM sets the visibility map so index-only scans are possible.
            for table in (
                "madoguchi_organization",
                "madoguchi_customer",
                "madoguchi_customeraddress",
                "madoguchi_conversation",
                "madoguchi_message",
                "madoguchi_conversation_labels",
            ):
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
        else:
            cursor.execute("PRAGMA cache_size = -2000")
    return {
        "seconds": time.perf_counter() - started,
        "conversations": conversations,
        "messages": message_id,
        "long_conversation": long_conversation,
    }


CHUNK = 10_000  # conversations written at a time
CONVERSATION_COLUMNS = (
    "id, subject, subject_key, status, priority, created_at, updated_at, "
    "last_message_at, last_customer_message_at, first_response_at, resolved_at, "
    "snoozed_until, promised_at, version, message_count, preview, urgency, emotion, "
    "terse, triage_score, triage_reasons, merged_into_id, owner_id, customer_id, "
    "mailbox_id, triage_codes, sla_kind, sla_alerted, sla_response_owed, "
    "sla_response_spent, sla_resolution_spent, reminder_step, first_response_seconds, "
    "first_response_met, resolution_seconds, resolution_met"
)
MESSAGE_COLUMNS = (
    'id, direction, message_id, in_reply_to, "references", thread_index, from_name, '
    'from_address, "to", cc, bcc, subject, date, received_at, text, html, defects, '
    "is_auto, triage, author_id, conversation_id, raw_id"
)


def finish_generated() -> None:
    """Statistics for the planner once every row is in (and the WAL folded back)."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _drop_secondary_indexes(cursor: Any, tables: list[str]) -> list[str]:
    """Drops the tables' indexes that no constraint owns; returns their CREATE statements,
    read from the database itself, so that what is built again is what the migrations made."""
    from django.db import connection

    if connection.vendor == "postgresql":
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "AND tablename = ANY(%s) AND indexname NOT IN "
            "(SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u', 'x'))",
            [tables],
        )
    else:
        marks = ", ".join(["%s"] * len(tables))
        cursor.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks})",
            tables,
        )
    found = cursor.fetchall()
    for name, _ in found:
        cursor.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in found]


def _write(cursor: Any, table: str, columns: str, rows: list[tuple[Any, ...]]) -> None:
    """COPY on PostgreSQL, multi-row INSERTs on SQLite."""
    from django.db import connection

    if not rows:
        return
    if connection.vendor == "postgresql":
        with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:
        _insert(cursor, table, columns, rows)


def _insert(
    cursor: Any, table: str, columns: str, rows: list[tuple[Any, ...]], row_sql: str = ""
) -> None:
    """Multi-row INSERTs, as many rows per statement as SQLite's parameter limit allows."""
    if not rows:
        return
    width = len(rows[0])
    per_statement = max(1, 30_000 // width)
    row_sql = row_sql or "(" + ", ".join(["%s"] * width) + ")"
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        cursor.execute(
            f"INSERT INTO {table} ({columns}) VALUES " + ", ".join([row_sql] * len(chunk)),
            [value for row in chunk for value in row],
        )


def deep_cursor(user: Any, offset: int) -> str:
    """The keyset cursor of the page that starts `offset` rows into the resolved folder."""
    from madoguchi.web.queries import Folder, _encode, folder_queryset

    row = (
        folder_queryset(user, Folder("resolved"))
        .order_by("last_customer_message_at", "id")
        .values_list("last_customer_message_at", "id")[offset]
    )
    return _encode(row[0], row[1])


def add_notifications(seed: int = 13) -> int:
    """One 'assigned' notification per owned conversation to its owner, the last week's
    unread: the badge every page and every /live/ refresh counts. Added to a database
    generated before notifications were part of the bench, too."""
    from django.db import connection, transaction

    from madoguchi.models import Conversation, Notification

    if Notification.objects.exists():
        return 0
    rng = random.Random(seed)
    adapt = connection.ops.adapt_datetimefield_value
    week_ago = datetime.now(UTC) - timedelta(days=7)
    rows = []
    owned = Conversation.objects.filter(owner__isnull=False).values_list(
        "owner_id", "id", "created_at"
    )
    for owner, pk, created in owned.iterator(chunk_size=10_000):
        at = created + timedelta(minutes=rng.randint(1, 600))
        read = None if at > week_ago else adapt(at + timedelta(hours=1))
        rows.append((owner, "assigned", pk, None, None, "{}", adapt(at), read))
    with transaction.atomic(), connection.cursor() as cursor:
        _insert(
            cursor,
            "madoguchi_notification",
            "recipient_id, kind, conversation_id, actor_id, on_behalf_of_id, detail, "
            "created_at, read_at",
            rows,
        )
        cursor.execute("ANALYZE madoguchi_notification")
    return len(rows)


def measure(
    url: str, user: Any, runs: int, cold_counts: bool = False, **headers: str
) -> dict[str, Any]:
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(user)
    for _ in range(3):  # warm-up: templates compiled, database pages in the OS cache
        response = client.get(url, **headers)
        assert response.status_code == 200, (url, response.status_code)
    times = []
    cpu = []  # this process's CPU: all of SQLite's work, only Python's for PostgreSQL
    queries = set()
    for _ in range(runs):
        if cold_counts:
            cache.clear()
        with CaptureQueriesContext(connection) as captured:
            begin, begin_cpu = time.perf_counter(), time.process_time()
            response = client.get(url, **headers)
            times.append((time.perf_counter() - begin) * 1000)
            cpu.append((time.process_time() - begin_cpu) * 1000)
        assert response.status_code == 200
        queries.add(len(captured.captured_queries))
    times.sort()
    cpu.sort()
    at95 = min(len(times) - 1, max(0, round(0.95 * len(times)) - 1))
    return {
        "p50": statistics.median(times),
        "p95": times[at95],
        "cpu95": cpu[at95],
        "queries": "/".join(str(q) for q in sorted(queries)),
        "bytes": len(response.content),
    }


# What the search box is measured with (issue 15): 1-, 2- and 3-character Japanese words,
# English words (and a stemmed one), a phrase, negation, OR, the filters alone and with
# words, names; each newest-first, the words also by relevance.
SEARCHES = [
    "金",
    "返金",
    "請求書",
    "文字化け",
    "refund",
    "invoices",
    '"charged after cancelling"',
    "返金 -status:resolved",
    "請求 -返金",
    "refund -charged",
    "返金 OR 解約",
    "status:open label:請求",
    "返金 status:open",
    "返金 label:請求",
    "customer:佐藤 解約",
    "from:佐藤",
    "assignee:agent3 status:waiting",
    "mailbox:窓口1 refund",
    "priority:high 返金",
    "after:2026-09-01 返金",
]
RANKED = ["金", "返金", "請求書", "refund", "返金 OR 解約", "返金 status:open"]


def run(arguments: argparse.Namespace) -> None:
    from urllib.parse import quote

    if arguments.reuse:
        folder = Path(arguments.reuse)
        setup_django(folder)
        from django.core.management import call_command

        # A database generated before a new migration gets its tables (empty) first.
        call_command("migrate", verbosity=0, interactive=False)
        from madoguchi.actions.counts import compact

        compact()  # count rows a PostgreSQL run appended since, as the worker would fold
        facts: dict[str, Any] = {"seconds": 0.0}
    else:
        folder = Path(arguments.keep or tempfile.mkdtemp(prefix="madoguchi-bench-web-"))
        cluster = os.environ.get("MADOGUCHI_PG_DIR")
        if arguments.keep and cluster:
            inside = Path(cluster).resolve()
            if folder.resolve() in (inside, *inside.parents):
                # --keep empties its folder first: the running cluster's files went with
                # it (session 11's first 1,000,000-message build).
                sys.exit(
                    f"--keep {folder} would delete the PostgreSQL cluster in "
                    f"MADOGUCHI_PG_DIR={cluster}: keep into a folder inside it, "
                    f"e.g. --keep {Path(cluster) / 'site'}"
                )
        if folder.exists() and any(folder.iterdir()) and arguments.keep:
            shutil.rmtree(folder)
        folder.mkdir(parents=True, exist_ok=True)
        setup_django(folder)
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
        facts = generate(arguments.conversations)
        finish_generated()
        print(
            f"generated {facts['conversations']:,} conversations, {facts['messages']:,} "
            f"messages and their search index in {facts['seconds']:.1f} s ({folder})"
        )
    from django.contrib.auth.models import User
    from django.db import connection

    from madoguchi.models import Conversation, Message

    added = add_notifications()
    if added:
        print(f"added {added:,} notifications")
    user = User.objects.get(username="agent0")
    long_conversation = (
        Conversation.objects.filter(message_count=10, mailbox__teams__agents__user=user)
        .order_by("id")
        .values_list("id", flat=True)
        .first()
    )
    deep = min(30_000, Conversation.objects.filter(status="resolved").count() // 2)
    cursor = deep_cursor(user, deep)
    pages = [
        ("queue 未対応, oldest first", "/q/new/", False),
        ("queue 未対応, newest first", "/q/new/?order=newest", False),
        ("queue mine", "/q/mine/", False),
        ("queue 対応中, newest first", "/q/open/?order=newest", False),
        (f"queue 対応済, keyset page at row {deep:,}", f"/q/resolved/?after={cursor}", False),
        ("queue 未対応, sidebar counts cold", "/q/new/", True),
        ("refresh: counts and badges (every 30 s)", "/live/?kind=new", False),
        ("notifications", "/notifications/", False),
        ("conversation, 10 messages", f"/c/{long_conversation}/", False),
    ]
    only = arguments.only
    pages = [page for page in pages if not only or only in page[0]]
    searches = [q for q in SEARCHES if not only or only in "search " + q]
    for text in searches:
        pages.append((f"search {text}", f"/search/?q={quote(text)}", False))
    # The counts and chips the search page asks for as it loads (a second request; the
    # same for either order).
    for text in searches:
        if not only or only in f"search {text} · counts":
            pages.append(
                (f"search {text} · counts", f"/search/?q={quote(text)}&part=counts", False)
            )
    for text in RANKED:
        if not only or only in f"search {text} (relevance)":
            url = f"/search/?q={quote(text)}&order=relevance"
            pages.append((f"search {text} (relevance)", url, False))
    print(
        f"{connection.vendor}: {Conversation.objects.count():,} conversations, "
        f"{Message.objects.count():,} messages; {arguments.runs} runs each"
    )
    print(f"\n{'page':44} {'p50 ms':>8} {'p95 ms':>8} {'CPU p95':>8} {'queries':>8} {'load':>5}")
    for title, url, cold in pages:
        # The counts come as htmx asks for them (HX-Request: the piece without the sidebar).
        headers = {"HTTP_HX_REQUEST": "true"} if "part=counts" in url else {}
        result = measure(url, user, arguments.runs, cold_counts=cold, **headers)
        with open("/proc/loadavg") as handle:
            load = handle.read().split()[0]
        print(
            f"{title:44} {result['p50']:8.1f} {result['p95']:8.1f} {result['cpu95']:8.1f} "
            f"{result['queries']:>8} {load:>5}",
            flush=True,
        )
    if not arguments.keep and not arguments.reuse:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--keep", help="generate into this folder and keep it")
    parser.add_argument("--reuse", help="measure the database generated earlier into this folder")
    parser.add_argument("--only", help="measure only the pages whose title contains this")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
