# Walk 12 F-19: who held a conversation when its first-response / resolution target passed.
# Nullable integer columns: SQLite adds them with ALTER TABLE, no table rebuild.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("madoguchi", "0043_s13_lead"),
    ]

    operations = [
        migrations.AddField(
            model_name="conversation",
            name="first_response_missed_by",
            field=models.IntegerField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="conversation",
            name="resolution_missed_by",
            field=models.IntegerField(blank=True, null=True),
        ),
    ]
