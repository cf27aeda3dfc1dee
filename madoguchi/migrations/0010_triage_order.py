"""Triage reasons as codes (rendered in the reader's UI language)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("madoguchi", "0009_auth_audit"),
    ]

    operations = [
        migrations.AddField(
            model_name="conversation",
            name="triage_codes",
            field=models.JSONField(blank=True, default=list),
        ),
    ]
