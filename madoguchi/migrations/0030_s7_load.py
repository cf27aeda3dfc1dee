"""Report rollups without a shared row on PostgreSQL (models/reports.py): the unique keys
go, and come back as unique indexes on SQLite alone, where ON CONFLICT needs them."""

from django.db import migrations

DAY_KEY = "day, mailbox_id, agent_id, priority, label_id"
TIMING_KEY = "day, mailbox_id, agent_id, priority, label_id, kind, bucket"


def sqlite_unique_keys(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(
        f"CREATE UNIQUE INDEX report_day_key ON madoguchi_reportday ({DAY_KEY})"
    )
    schema_editor.execute(
        f"CREATE UNIQUE INDEX report_timing_key ON madoguchi_reporttiming ({TIMING_KEY})"
    )


def drop_sqlite_unique_keys(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute("DROP INDEX IF EXISTS report_day_key")
    schema_editor.execute("DROP INDEX IF EXISTS report_timing_key")


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0028_s7_pgsearch")]

    operations = [
        migrations.RemoveConstraint(model_name="reportday", name="report_day_key"),
        migrations.RemoveConstraint(model_name="reporttiming", name="report_timing_key"),
        migrations.RunPython(sqlite_unique_keys, drop_sqlite_unique_keys),
    ]
