"""PostgreSQL: the reserved filter lexemes become ¦s…/¦l… (search/tokens.py says why: a
typed `zzstatusopen` matched session 8's). The triggers' functions are replaced and every
document rewritten in a copy of the table (PostgresBackend.rewrite_filters). SQLite:
nothing (its filter tokens were ¦ already).
"""

from django.db import migrations


def rewrite(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import PostgresBackend

    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in PostgresBackend.rewrite_filters():
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0037_s8_walk8")]

    # Not reversible: session 8's spelling is what this removes.
    operations = [migrations.RunPython(rewrite, migrations.RunPython.noop)]
