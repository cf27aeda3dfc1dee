from django.db import migrations


def create_index(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import backend_for

    for statement in backend_for(schema_editor.connection.vendor).create():
        schema_editor.execute(statement)


def drop_index(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import backend_for

    for statement in backend_for(schema_editor.connection.vendor).drop():
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0001_initial")]
    operations = [migrations.RunPython(create_index, drop_index)]
