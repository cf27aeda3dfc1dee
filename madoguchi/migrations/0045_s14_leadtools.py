# Walk 12 F-19: who held a conversation when its first-response / resolution target passed.
# Walk 12 F-10: what an approval rule's chosen agents mean (existing rules: "any", as before).
# Nullable integer columns: SQLite adds them with ALTER TABLE, no table rebuild.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("madoguchi", "0043_s13_lead"),
    ]

    operations = [
        migrations.AddField(
            model_name="approvalpolicy",
            name="agents_scope",
            field=models.CharField(
                choices=[
                    ("any", "All their replies are held (each condition is enough on its own)"),
                    (
                        "only",
                        "Only their replies are checked: held when one of the other conditions "
                        "holds (e.g. their replies that mention 返金)",
                    ),
                ],
                default="any",
                max_length=8,
                verbose_name="the chosen agents",
            ),
        ),
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
