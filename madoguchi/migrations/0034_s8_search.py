"""SQLite: filter tokens in the conversation documents (search/backends.py, FILTER_MARK),
kept current by triggers, so a word and its filters are one FTS5 match.

FTS5 cannot add a column, so the conversation index is built again beside the old one
from its stored tokens (nothing is read from the messages) and renamed over it. At
333,000 conversations (1,001,331 messages) this took the time given in the s8-search
report. PostgreSQL: nothing (its documents hold no filters).
"""

from django.db import migrations


def build(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import CONVERSATION_TABLE, SqliteBackend, filter_tokens_sql

    if schema_editor.connection.vendor != "sqlite":
        return
    new = f"{CONVERSATION_TABLE}_s8"
    for statement in SqliteBackend.drop_filter_triggers():
        schema_editor.execute(statement)
    schema_editor.execute(f"DROP TABLE IF EXISTS {new}")
    schema_editor.execute(
        f"CREATE VIRTUAL TABLE {new} USING fts5(tokens, filters, tokenize = 'ascii')"
    )
    schema_editor.execute(
        f"INSERT INTO {new} (rowid, tokens, filters) "
        f"SELECT s.rowid, s.tokens, {filter_tokens_sql('c')} "
        f"FROM {CONVERSATION_TABLE} s JOIN madoguchi_conversation c ON c.id = s.rowid"
    )
    schema_editor.execute(f"DROP TABLE {CONVERSATION_TABLE}")
    schema_editor.execute(f"ALTER TABLE {new} RENAME TO {CONVERSATION_TABLE}")
    for statement in SqliteBackend.filter_triggers():
        schema_editor.execute(statement)


def unbuild(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import CONVERSATION_TABLE, SqliteBackend

    if schema_editor.connection.vendor != "sqlite":
        return
    old = f"{CONVERSATION_TABLE}_s7"
    for statement in SqliteBackend.drop_filter_triggers():
        schema_editor.execute(statement)
    schema_editor.execute(f"DROP TABLE IF EXISTS {old}")
    schema_editor.execute(f"CREATE VIRTUAL TABLE {old} USING fts5(tokens, tokenize = 'ascii')")
    schema_editor.execute(
        f"INSERT INTO {old} (rowid, tokens) SELECT rowid, tokens FROM {CONVERSATION_TABLE}"
    )
    schema_editor.execute(f"DROP TABLE {CONVERSATION_TABLE}")
    schema_editor.execute(f"ALTER TABLE {old} RENAME TO {CONVERSATION_TABLE}")


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0031_s7_walkfix")]

    operations = [migrations.RunPython(build, unbuild)]
