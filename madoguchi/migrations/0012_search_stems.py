"""The search index rebuilt so that English words are also found by their stem.

message_tokens now appends Snowball stems (search/tokens.py); mail indexed before this
migration would otherwise be found only by its exact words.
"""

from django.db import migrations

BATCH = 1000


def rebuild(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.search.backends import backend_for
    from madoguchi.search.tokens import message_tokens

    backend = backend_for(schema_editor.connection.vendor)
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
    dependencies = [("madoguchi", "0011_sla_reports")]
    operations = [migrations.RunPython(rebuild, migrations.RunPython.noop)]
