"""Search at scale: a conversation-level index beside the message-level one, and the
conversations' newest-first order as an index (search/backends.py says why).

SQLite: the conversations' documents are built from the message index's stored tokens in
one statement (100,000 conversations, 300,000 messages: see the issue's note for the
time). PostgreSQL keeps the message-level index only.
"""

from django.db import migrations, models


def build(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import CONVERSATION_TABLE, SEPARATOR, TABLE, backend_for

    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in backend_for("sqlite").create():
        schema_editor.execute(statement)
    schema_editor.execute(f"DELETE FROM {CONVERSATION_TABLE}")
    schema_editor.execute(
        f"INSERT INTO {CONVERSATION_TABLE} (rowid, tokens) "
        f"SELECT m.conversation_id, group_concat(s.tokens, %s) "
        f"FROM madoguchi_message m JOIN {TABLE} s ON s.rowid = m.id GROUP BY m.conversation_id",
        [SEPARATOR],
    )


def drop(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import CONVERSATION_TABLE

    schema_editor.execute(f"DROP TABLE IF EXISTS {CONVERSATION_TABLE}")


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0024_s6_counts")]

    operations = [
        migrations.AddIndex(
            model_name="conversation",
            index=models.Index(fields=["last_message_at", "id"], name="conv_recent"),
        ),
        migrations.RunPython(build, drop),
    ]
