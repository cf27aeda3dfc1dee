from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0021_s5_notify")]

    operations = [
        migrations.AddIndex(
            model_name="message",
            index=models.Index(fields=["id", "conversation"], name="msg_conversation_of"),
        ),
    ]
