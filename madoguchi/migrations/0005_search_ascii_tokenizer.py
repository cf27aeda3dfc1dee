"""SQLite: the search table with FTS5's 'ascii' tokenizer (tokens arrive pre-split), rebuilt.

The indexed tokens are the same as before; only the table's own splitting changes, so
the index is rebuilt from the stored messages in batches.
"""

from django.db import migrations

BATCH = 1000


def rebuild(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor != "sqlite":
        return
    from madoguchi.search.backends import backend_for
    from madoguchi.search.tokens import message_tokens

    backend = backend_for("sqlite")
    for statement in backend.drop() + backend.create():
        schema_editor.execute(statement)
    Message = apps.get_model("madoguchi", "Message")
    fields = ("id", "subject", "from_name", "from_address", "text")
    last = 0
    while True:
        rows = list(Message.objects.filter(id__gt=last).order_by("id").values_list(*fields)[:BATCH])
        if not rows:
            return
        backend.index([(pk, message_tokens(s, n, a, t)) for pk, s, n, a, t in rows])
        last = rows[-1][0]


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0004_conversation_counts_index")]
    operations = [migrations.RunPython(rebuild, migrations.RunPython.noop)]
