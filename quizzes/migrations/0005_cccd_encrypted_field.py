# The contest entries' plain CCCDs go; one CCCD per contest is now held by their keyed
# hashes, and the participant's CCCD is read and written through the encrypted field.

import home.personal_data
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('quizzes', '0004_encrypt_cccd'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='contestentry',
            name='quizzes_entry_once_per_cccd',
        ),
        migrations.RemoveField(
            model_name='contestentry',
            name='cccd',
        ),
        migrations.AddConstraint(
            model_name='contestentry',
            constraint=models.UniqueConstraint(condition=models.Q(('cccd_hash', ''), _negated=True), fields=('contest', 'cccd_hash'), name='quizzes_entry_once_per_cccd'),
        ),
        migrations.AlterField(
            model_name='participant',
            name='cccd',
            field=home.personal_data.EncryptedTextField(blank=True, verbose_name='số CCCD'),
        ),
    ]
