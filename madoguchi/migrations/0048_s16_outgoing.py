# The Sent copy's retry on the outbox row (worker/sending.py): it survives a restart and
# the conversation shows it. Three added columns, each with a default: no table rebuild.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('madoguchi', '0047_s15_outgoing'),
    ]

    operations = [
        migrations.AddField(
            model_name='outboxitem',
            name='copy_failures',
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name='outboxitem',
            name='copy_error',
            field=models.TextField(blank=True),
        ),
        migrations.AddField(
            model_name='outboxitem',
            name='copy_next_attempt_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
    ]
