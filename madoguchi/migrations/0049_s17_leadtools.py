# The words of a promise in a sent reply (actions/promises.py), next to its deadline
# (promised_at, there since 0001). Nullable with no default: SQLite adds the column with
# ALTER TABLE, without rebuilding the conversation table (and its search triggers).

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('madoguchi', '0048_s16_outgoing'),
    ]

    operations = [
        migrations.AddField(
            model_name='conversation',
            name='promise_quote',
            field=models.TextField(blank=True, null=True),
        ),
        # VIP marked by a lead on a customer's or company's page (walk 13, F8). Nullable,
        # for the same reason: no rebuild of the customer and organization tables.
        migrations.AddField(
            model_name='customer',
            name='vip',
            field=models.BooleanField(blank=True, null=True, verbose_name='VIP'),
        ),
        migrations.AddField(
            model_name='organization',
            name='vip',
            field=models.BooleanField(blank=True, null=True, verbose_name='VIP'),
        ),
    ]
