# Encrypts every stored CCCD under PERSONAL_DATA_KEY and keeps its keyed hash, on the
# participant and on each contest entry (whose plain copy 0005 then drops). Reversible:
# going back decrypts them.

from django.db import migrations

from home.personal_data import decrypt, encrypt, keyed_hash

BATCH = 2000


def encrypt_cccds(apps, schema_editor):
    Participant = apps.get_model("quizzes", "Participant")
    ContestEntry = apps.get_model("quizzes", "ContestEntry")
    changed = []
    for person in Participant.objects.exclude(cccd="").only("pk", "cccd").iterator(BATCH):
        person.cccd_hash = keyed_hash(person.cccd)
        person.cccd = encrypt(person.cccd)
        changed.append(person)
    Participant.objects.bulk_update(changed, ["cccd", "cccd_hash"], batch_size=BATCH)
    entries = []
    for entry in ContestEntry.objects.exclude(cccd="").only("pk", "cccd").iterator(BATCH):
        entry.cccd_hash = keyed_hash(entry.cccd)
        entries.append(entry)
    ContestEntry.objects.bulk_update(entries, ["cccd_hash"], batch_size=BATCH)


def decrypt_cccds(apps, schema_editor):
    Participant = apps.get_model("quizzes", "Participant")
    ContestEntry = apps.get_model("quizzes", "ContestEntry")
    plain = {}
    changed = []
    for person in Participant.objects.exclude(cccd="").only("pk", "cccd").iterator(BATCH):
        person.cccd = plain[person.pk] = decrypt(person.cccd)
        person.cccd_hash = ""
        changed.append(person)
    Participant.objects.bulk_update(changed, ["cccd", "cccd_hash"], batch_size=BATCH)
    entries = []
    for entry in ContestEntry.objects.exclude(cccd_hash="").only("pk", "participant_id"):
        entry.cccd = plain.get(entry.participant_id, "")
        entries.append(entry)
    ContestEntry.objects.bulk_update(entries, ["cccd"], batch_size=BATCH)


class Migration(migrations.Migration):

    dependencies = [
        ('quizzes', '0003_cccd_hash'),
    ]

    operations = [
        migrations.RunPython(encrypt_cccds, decrypt_cccds),
    ]
