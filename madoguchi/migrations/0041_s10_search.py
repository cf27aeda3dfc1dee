"""Search, session 10: on PostgreSQL each conversation's document carries its customer's
(`¦c…`) and its messages' senders' (`¦f…`) Japanese names and addresses as marked
lexemes, so `customer:佐藤 解約` and `from:佐藤` are one GIN match (search/backends.py,
PostgresBackend.party_statements, says why); each customer's lexemes are kept in
madoguchi_search_customer; the documents are kept in the table's own pages (STORAGE
MAIN, DOCUMENTS_INLINE); PG_BETWEEN/PG_NEWEST read matches in windows of ids. Every
document is rewritten in a copy of the table (PostgresBackend.rewrite_parties: 192 s
wall, 48 s of server CPU at 1,000,000 messages on a loaded machine). SQLite: nothing
(its customer tokens came in 0038; `from:` is answered there by the index and the
senders of its matches, 13 ms p95 at 1,000,000 messages).
"""

from django.db import migrations


def rewrite(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import PostgresBackend

    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in PostgresBackend.rewrite_parties():
        schema_editor.execute(statement)


def drop(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import PostgresBackend

    if schema_editor.connection.vendor != "postgresql":
        return
    # The lexemes stay in the documents (no query reads them after this); the triggers
    # and functions go.
    for statement in PostgresBackend.drop_parties():
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0040_s9_send")]

    operations = [migrations.RunPython(rewrite, drop)]
