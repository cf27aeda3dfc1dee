from django.db import migrations, models


class Migration(migrations.Migration):
    """conv_customer holds the columns of the import's likely-predecessor look-up
    (batch._recent_conversations_of), which then reads the index alone. Only an index
    changes: no table is rebuilt (the SQLite search triggers stay as they are)."""

    dependencies = [
        ("madoguchi", "0045_s14_leadtools"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="conversation", name="conv_customer"),
        migrations.AddIndex(
            model_name="conversation",
            index=models.Index(
                fields=[
                    "customer",
                    "last_message_at",
                    "id",
                    "mailbox",
                    "merged_into",
                    "status",
                    "created_at",
                ],
                name="conv_customer",
            ),
        ),
    ]
