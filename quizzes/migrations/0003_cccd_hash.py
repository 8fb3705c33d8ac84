# CCCDs are about to be encrypted: first the columns for their keyed hashes and a column
# wide enough for a ciphertext. The data moves in 0004, in a transaction of its own
# (PostgreSQL refuses to alter a table with updates pending).

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('quizzes', '0002_submit_path'),
    ]

    operations = [
        migrations.AddField(
            model_name='participant',
            name='cccd_hash',
            field=models.CharField(blank=True, db_index=True, editable=False, max_length=64),
        ),
        # Plain text still, until 0004 encrypts it; 0005 makes it the encrypted field.
        migrations.AlterField(
            model_name='participant',
            name='cccd',
            field=models.TextField(blank=True, verbose_name='số CCCD'),
        ),
        migrations.AddField(
            model_name='contestentry',
            name='cccd_hash',
            field=models.CharField(blank=True, max_length=64),
        ),
    ]
