"""Search, session 9 (search/backends.py says why for each):
- SQLite: each conversation's document carries its customer's tokens (CUSTOMER_MARK),
  kept by triggers on customers, organisations, addresses and the conversation's
  customer; the document table is built again beside the old one from its stored
  tokens (SqliteBackend.rebuild_filters).
- PostgreSQL: the reserved filter lexemes become ¦s…/¦l… (search/tokens.py: a typed
  `zzstatusopen` matched session 8's); the triggers' functions are replaced and every
  document rewritten in a copy of the table (PostgresBackend.rewrite_filters).
"""

from django.db import migrations


def rewrite(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import PostgresBackend, SqliteBackend

    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        statements = PostgresBackend.rewrite_filters()
    elif vendor == "sqlite":
        statements = SqliteBackend.rebuild_filters()
    else:
        return
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0037_s8_walk8")]

    # Not reversed: the documents stay readable by the code before it except for the
    # spelling this removes (PostgreSQL) and tokens nobody asks for (SQLite).
    operations = [migrations.RunPython(rewrite, migrations.RunPython.noop)]
