"""Folder counts kept by the database (models/counts.py says why): the table, its
triggers on SQLite and PostgreSQL, its first fill, and the index the SLA counts read.
The SQL lives here, not imported from the code, so this step of history never changes."""

from django.conf import settings
from django.db import migrations, models


C = "madoguchi_conversation"
L = "madoguchi_conversation_labels"
F = "madoguchi_foldercount"
COLUMNS = "mailbox_id, status, owner_id, label_id, total"

# SQLite: one writer at a time, so each bucket's row is changed in place (an upsert on a
# unique key). "WHERE true" keeps SQLite's parser from reading ON CONFLICT as a join's.
UPSERT = f" ON CONFLICT (mailbox_id, status, owner_id, label_id) DO UPDATE SET total = total + excluded.total"
MOVED = (
    "(OLD.mailbox_id IS NOT NEW.mailbox_id OR OLD.status IS NOT NEW.status"
    " OR (OLD.merged_into_id IS NULL) IS NOT (NEW.merged_into_id IS NULL))"
)
SQLITE = [
    f"CREATE UNIQUE INDEX foldercount_unique ON {F} (mailbox_id, status, owner_id, label_id)",
    f"""CREATE TRIGGER counts_conversation_insert AFTER INSERT ON {C}
    WHEN NEW.merged_into_id IS NULL BEGIN
      INSERT INTO {F} ({COLUMNS}) SELECT NEW.mailbox_id, NEW.status, COALESCE(NEW.owner_id, 0), 0, 1 WHERE true{UPSERT};
      INSERT INTO {F} ({COLUMNS}) SELECT NEW.mailbox_id, NEW.status, 0, label_id, 1 FROM {L} WHERE conversation_id = NEW.id{UPSERT};
    END""",
    f"""CREATE TRIGGER counts_conversation_delete AFTER DELETE ON {C}
    WHEN OLD.merged_into_id IS NULL BEGIN
      INSERT INTO {F} ({COLUMNS}) SELECT OLD.mailbox_id, OLD.status, COALESCE(OLD.owner_id, 0), 0, -1 WHERE true{UPSERT};
      INSERT INTO {F} ({COLUMNS}) SELECT OLD.mailbox_id, OLD.status, 0, label_id, -1 FROM {L} WHERE conversation_id = OLD.id{UPSERT};
    END""",
    f"""CREATE TRIGGER counts_conversation_update AFTER UPDATE OF mailbox_id, status, owner_id, merged_into_id ON {C}
    WHEN {MOVED} OR OLD.owner_id IS NOT NEW.owner_id BEGIN
      INSERT INTO {F} ({COLUMNS}) SELECT OLD.mailbox_id, OLD.status, COALESCE(OLD.owner_id, 0), 0, -1 WHERE OLD.merged_into_id IS NULL{UPSERT};
      INSERT INTO {F} ({COLUMNS}) SELECT NEW.mailbox_id, NEW.status, COALESCE(NEW.owner_id, 0), 0, 1 WHERE NEW.merged_into_id IS NULL{UPSERT};
      INSERT INTO {F} ({COLUMNS}) SELECT OLD.mailbox_id, OLD.status, 0, label_id, -1 FROM {L} WHERE conversation_id = OLD.id AND OLD.merged_into_id IS NULL AND {MOVED}{UPSERT};
      INSERT INTO {F} ({COLUMNS}) SELECT NEW.mailbox_id, NEW.status, 0, label_id, 1 FROM {L} WHERE conversation_id = NEW.id AND NEW.merged_into_id IS NULL AND {MOVED}{UPSERT};
    END""",
    f"""CREATE TRIGGER counts_label_insert AFTER INSERT ON {L} BEGIN
      INSERT INTO {F} ({COLUMNS}) SELECT mailbox_id, status, 0, NEW.label_id, 1 FROM {C} WHERE id = NEW.conversation_id AND merged_into_id IS NULL{UPSERT};
    END""",
    f"""CREATE TRIGGER counts_label_delete AFTER DELETE ON {L} BEGIN
      INSERT INTO {F} ({COLUMNS}) SELECT mailbox_id, status, 0, OLD.label_id, -1 FROM {C} WHERE id = OLD.conversation_id AND merged_into_id IS NULL{UPSERT};
    END""",
    f"""CREATE TRIGGER counts_label_update AFTER UPDATE ON {L} BEGIN
      INSERT INTO {F} ({COLUMNS}) SELECT mailbox_id, status, 0, OLD.label_id, -1 FROM {C} WHERE id = OLD.conversation_id AND merged_into_id IS NULL{UPSERT};
      INSERT INTO {F} ({COLUMNS}) SELECT mailbox_id, status, 0, NEW.label_id, 1 FROM {C} WHERE id = NEW.conversation_id AND merged_into_id IS NULL{UPSERT};
    END""",
]
SQLITE_DROP = [
    *(
        f"DROP TRIGGER IF EXISTS {name}"
        for name in (
            "counts_conversation_insert",
            "counts_conversation_delete",
            "counts_conversation_update",
            "counts_label_insert",
            "counts_label_delete",
            "counts_label_update",
        )
    ),
    "DROP INDEX IF EXISTS foldercount_unique",
]

# PostgreSQL: append +1/-1 rows (no row shared between writers: no waits, no deadlocks);
# the worker folds them together.
POSTGRESQL = [
    f"""CREATE FUNCTION madoguchi_counts_conversation() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.merged_into_id IS NULL THEN
        INSERT INTO {F} ({COLUMNS}) VALUES (OLD.mailbox_id, OLD.status, COALESCE(OLD.owner_id, 0), 0, -1);
        IF TG_OP = 'DELETE' OR OLD.mailbox_id IS DISTINCT FROM NEW.mailbox_id
           OR OLD.status IS DISTINCT FROM NEW.status OR NEW.merged_into_id IS NOT NULL THEN
          INSERT INTO {F} ({COLUMNS}) SELECT OLD.mailbox_id, OLD.status, 0, label_id, -1 FROM {L} WHERE conversation_id = OLD.id;
        END IF;
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.merged_into_id IS NULL THEN
        INSERT INTO {F} ({COLUMNS}) VALUES (NEW.mailbox_id, NEW.status, COALESCE(NEW.owner_id, 0), 0, 1);
        IF TG_OP = 'INSERT' OR OLD.mailbox_id IS DISTINCT FROM NEW.mailbox_id
           OR OLD.status IS DISTINCT FROM NEW.status OR OLD.merged_into_id IS NOT NULL THEN
          INSERT INTO {F} ({COLUMNS}) SELECT NEW.mailbox_id, NEW.status, 0, label_id, 1 FROM {L} WHERE conversation_id = NEW.id;
        END IF;
      END IF;
      RETURN NULL;
    END $$""",
    # A label set or removed while another transaction changes the conversation's status
    # would be counted under the status this one still sees: the conversation row is
    # locked in share mode first, so the two wait for each other and the statement after
    # the wait (a new snapshot: the function is volatile) reads the committed status.
    f"""CREATE FUNCTION madoguchi_counts_label() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM 1 FROM {C} WHERE id IN (OLD.conversation_id, NEW.conversation_id) FOR SHARE;
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO {F} ({COLUMNS}) SELECT mailbox_id, status, 0, OLD.label_id, -1 FROM {C} WHERE id = OLD.conversation_id AND merged_into_id IS NULL;
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO {F} ({COLUMNS}) SELECT mailbox_id, status, 0, NEW.label_id, 1 FROM {C} WHERE id = NEW.conversation_id AND merged_into_id IS NULL;
      END IF;
      RETURN NULL;
    END $$""",
    f"""CREATE TRIGGER counts_conversation_write AFTER INSERT OR DELETE ON {C}
    FOR EACH ROW EXECUTE FUNCTION madoguchi_counts_conversation()""",
    f"""CREATE TRIGGER counts_conversation_update AFTER UPDATE OF mailbox_id, status, owner_id, merged_into_id ON {C}
    FOR EACH ROW WHEN (OLD.mailbox_id IS DISTINCT FROM NEW.mailbox_id OR OLD.status IS DISTINCT FROM NEW.status
      OR OLD.owner_id IS DISTINCT FROM NEW.owner_id
      OR (OLD.merged_into_id IS NULL) IS DISTINCT FROM (NEW.merged_into_id IS NULL))
    EXECUTE FUNCTION madoguchi_counts_conversation()""",
    f"""CREATE TRIGGER counts_label_write AFTER INSERT OR DELETE OR UPDATE ON {L}
    FOR EACH ROW EXECUTE FUNCTION madoguchi_counts_label()""",
]
POSTGRESQL_DROP = [
    f"DROP TRIGGER IF EXISTS counts_conversation_write ON {C}",
    f"DROP TRIGGER IF EXISTS counts_conversation_update ON {C}",
    f"DROP TRIGGER IF EXISTS counts_label_write ON {L}",
    "DROP FUNCTION IF EXISTS madoguchi_counts_conversation()",
    "DROP FUNCTION IF EXISTS madoguchi_counts_label()",
]

FILL = [
    f"DELETE FROM {F}",
    f"""INSERT INTO {F} ({COLUMNS})
    SELECT mailbox_id, status, COALESCE(owner_id, 0), 0, COUNT(*) FROM {C}
    WHERE merged_into_id IS NULL GROUP BY mailbox_id, status, COALESCE(owner_id, 0)""",
    f"""INSERT INTO {F} ({COLUMNS})
    SELECT c.mailbox_id, c.status, 0, l.label_id, COUNT(*) FROM {L} l JOIN {C} c ON c.id = l.conversation_id
    WHERE c.merged_into_id IS NULL GROUP BY c.mailbox_id, c.status, l.label_id""",
]


def create_triggers(apps, schema_editor):  # type: ignore[no-untyped-def]
    postgresql = schema_editor.connection.vendor == "postgresql"
    for statement in (POSTGRESQL if postgresql else SQLITE) + FILL:
        schema_editor.execute(statement, params=None)


def drop_triggers(apps, schema_editor):  # type: ignore[no-untyped-def]
    postgresql = schema_editor.connection.vendor == "postgresql"
    for statement in POSTGRESQL_DROP if postgresql else SQLITE_DROP:
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("madoguchi", "0023_s5_scale"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="FolderCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("mailbox_id", models.IntegerField()),
                ("status", models.CharField(max_length=10)),
                ("owner_id", models.IntegerField()),
                ("label_id", models.IntegerField()),
                ("total", models.IntegerField()),
            ],
        ),
        migrations.AddIndex(
            model_name="conversation",
            index=models.Index(
                fields=["sla_warn_at", "sla_due_at", "merged_into", "snoozed_until", "mailbox"],
                name="conv_sla_counts",
            ),
        ),
        migrations.AddIndex(
            model_name="foldercount",
            index=models.Index(
                fields=["mailbox_id", "status", "owner_id", "label_id"], name="foldercount_bucket"
            ),
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
