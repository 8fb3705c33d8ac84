# The codes sent by SMS to prove a number is the participant's (quizzes.verification).

import home.personal_data
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('quizzes', '0005_cccd_encrypted_field'),
    ]

    operations = [
        migrations.CreateModel(
            name='PhoneVerification',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('key', models.CharField(max_length=64, unique=True)),
                ('purpose', models.CharField(choices=[('register', 'đăng ký'), ('reset_password', 'đặt lại mật khẩu')], max_length=20)),
                ('phone', models.CharField(max_length=10, verbose_name='số điện thoại')),
                ('code_hash', models.CharField(blank=True, max_length=64)),
                ('password', models.CharField(blank=True, max_length=128)),
                ('details', home.personal_data.EncryptedTextField(blank=True)),
                ('tries_left', models.PositiveSmallIntegerField()),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('expires_at', models.DateTimeField(db_index=True)),
            ],
            options={
                'verbose_name': 'mã xác nhận số điện thoại',
                'verbose_name_plural': 'mã xác nhận số điện thoại',
            },
        ),
    ]
