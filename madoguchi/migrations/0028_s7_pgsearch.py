"""PostgreSQL search at scale: a conversation-level index beside the message-level one,
as SQLite has had since 0025 (search/backends.py says why, with the figures).

The conversations' documents are built from the messages' stored tsvectors in one
statement, before their GIN index (a bulk build, not 333,000 index insertions).
SQLite: nothing to do.
"""

from django.db import migrations


def build(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import CONVERSATION_TABLE, PostgresBackend

    if schema_editor.connection.vendor != "postgresql":
        return
    backend = PostgresBackend()
    *functions_and_table, index = backend.create_conversation_index()
    for statement in functions_and_table:
        schema_editor.execute(statement)
    schema_editor.execute(f"TRUNCATE {CONVERSATION_TABLE}")
    schema_editor.execute(backend.build_sql())
    schema_editor.execute(index)
    schema_editor.execute(f"ANALYZE {CONVERSATION_TABLE}")


def drop(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import CONVERSATION_TABLE, PG_AGGREGATE, PG_JOIN

    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP TABLE IF EXISTS {CONVERSATION_TABLE}")
    schema_editor.execute(f"DROP AGGREGATE IF EXISTS {PG_AGGREGATE}(tsvector)")
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {PG_JOIN}(tsvector, tsvector)")


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0026_s7_harden")]

    operations = [migrations.RunPython(build, drop)]
