from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0038_s9_search")]

    operations = [
        migrations.AddField(
            model_name="draft",
            name="to",
            field=models.CharField(blank=True, max_length=2000),
        ),
    ]
