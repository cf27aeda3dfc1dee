"""PostgreSQL: each conversation's document carries its status and labels as reserved
lexemes, kept right by triggers (search/backends.py, PostgresBackend.filter_statements,
says why). Existing documents get theirs in a copy of the table, whose GIN index is then built
in bulk (not 333,000 index updates). SQLite: nothing.
"""

from django.db import migrations


def add_filters(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import CONVERSATION_TABLE, PG_FILTERS, PostgresBackend

    if schema_editor.connection.vendor != "postgresql":
        return
    backend = PostgresBackend()
    for statement in backend.filter_statements():
        schema_editor.execute(statement)
    # Copied into a new table, not UPDATEd in place: an UPDATE of every row left the
    # old versions behind (the heap 321 → 617 MB at 1,000,000 messages until a VACUUM
    # FULL). Idempotent: a document built since (build_sql) has them already; || keeps one.
    index = backend.create_conversation_index()[-1]
    for statement in (
        f"CREATE TABLE {CONVERSATION_TABLE}_new AS SELECT conversation_id, "
        f"tsv || {PG_FILTERS}(conversation_id) AS tsv FROM {CONVERSATION_TABLE}",
        f"DROP TABLE {CONVERSATION_TABLE}",
        f"ALTER TABLE {CONVERSATION_TABLE}_new RENAME TO {CONVERSATION_TABLE}",
        f"ALTER TABLE {CONVERSATION_TABLE} ALTER COLUMN tsv SET NOT NULL, "
        "ADD PRIMARY KEY (conversation_id)",
        index,
        f"ANALYZE {CONVERSATION_TABLE}",
    ):
        schema_editor.execute(statement)


def drop_filters(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import PostgresBackend

    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in PostgresBackend.drop_filters():
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0034_s8_search")]

    operations = [migrations.RunPython(add_filters, drop_filters)]
