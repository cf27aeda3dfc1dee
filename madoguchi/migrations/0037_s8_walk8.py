# s8-walk8: notifications of kind "customer_replied" (the owner hears that the customer wrote).

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("madoguchi", "0035_s8_pgsearch"),
    ]

    operations = [
        migrations.AlterField(
            model_name='notification',
            name='kind',
            field=models.CharField(choices=[('assigned', 'Assigned to you'), ('mentioned', 'Mentioned you'), ('approval_requested', 'Approval requested'), ('approval_decided', 'Approval decided'), ('send_failed', 'Sending failed'), ('sla_due_soon', 'Due soon'), ('sla_breached', 'Overdue'), ('waiting_reminder', 'No answer from the customer'), ('customer_replied', 'The customer replied')], max_length=20),
        ),
        migrations.AlterField(
            model_name='notificationmail',
            name='kind',
            field=models.CharField(choices=[('assigned', 'Assigned to you'), ('mentioned', 'Mentioned you'), ('approval_requested', 'Approval requested'), ('approval_decided', 'Approval decided'), ('send_failed', 'Sending failed'), ('sla_due_soon', 'Due soon'), ('sla_breached', 'Overdue'), ('waiting_reminder', 'No answer from the customer'), ('customer_replied', 'The customer replied')], max_length=20),
        ),
        migrations.AlterField(
            model_name='notificationmailchoice',
            name='kind',
            field=models.CharField(choices=[('assigned', 'Assigned to you'), ('mentioned', 'Mentioned you'), ('approval_requested', 'Approval requested'), ('approval_decided', 'Approval decided'), ('send_failed', 'Sending failed'), ('sla_due_soon', 'Due soon'), ('sla_breached', 'Overdue'), ('waiting_reminder', 'No answer from the customer'), ('customer_replied', 'The customer replied')], max_length=20),
        ),
    ]
