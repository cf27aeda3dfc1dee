"""An index for one assignee's conversations of a status, newest first (session 13)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0041_s10_search")]

    operations = [
        migrations.AddIndex(
            model_name="conversation",
            index=models.Index(
                fields=["owner", "status", "last_message_at", "id"], name="conv_owner_recent"
            ),
        ),
    ]
