"""Medications linked to the medicine catalogue (education.Medicine), and the kinds of
migraine preventive and MS therapy the catalogue needs. Existing medications are linked by
name, as the medication form links them: undone, the link goes with its column; redone, the
same names find the same entries, so nothing is lost."""

import unicodedata

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def _folded(text):
    # education.models.folded as it was when this migration was written.
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(character for character in decomposed if not unicodedata.combining(character))
    return " ".join(plain.casefold().split())


def link_medications(apps, schema_editor):
    Medicine = apps.get_model("education", "Medicine")
    Medication = apps.get_model("diary", "Medication")
    by_name = {}
    for medicine in Medicine.objects.order_by("-pk"):
        names = [medicine.generic_name, *medicine.brand_names.split(",")]
        # Newest first, so the oldest entry wins a name two entries share, as in the form.
        by_name.update({_folded(name): medicine for name in names if name.strip()})
    for medication in Medication.objects.filter(catalogue_entry__isnull=True):
        entry = by_name.get(_folded(medication.name))
        if entry is not None:
            medication.catalogue_entry = entry
            medication.save(update_fields=["catalogue_entry"])


class Migration(migrations.Migration):
    dependencies = [
        ("diary", "0004_wellbeing_and_relief"),
        ("education", "0009_medicine_catalogue"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="medication",
            name="diary_medication_category_valid",
        ),
        migrations.AddField(
            model_name="medication",
            name="catalogue_entry",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="education.medicine",
            ),
        ),
        migrations.AlterField(
            model_name="medication",
            name="category",
            field=models.CharField(
                choices=[
                    ("triptan", "Triptan (e.g. sumatriptan)"),
                    ("nsaid", "Anti-inflammatory painkiller (NSAID, e.g. ibuprofen)"),
                    ("simple_analgesic", "Simple painkiller (e.g. paracetamol, aspirin)"),
                    ("combination_analgesic", "Combination painkiller"),
                    ("opioid", "Opioid (e.g. codeine)"),
                    ("ergot", "Ergot (e.g. ergotamine)"),
                    ("gepant", "Gepant (e.g. rimegepant)"),
                    ("ditan", "Ditan (lasmiditan)"),
                    ("antiemetic", "Anti-sickness medicine"),
                    ("cgrp_antibody", "CGRP antibody (e.g. erenumab)"),
                    ("beta_blocker", "Beta-blocker (e.g. propranolol)"),
                    ("anti_seizure", "Anti-seizure medicine (e.g. topiramate)"),
                    ("antidepressant", "Antidepressant (e.g. amitriptyline)"),
                    ("blood_pressure", "Blood-pressure medicine (ARB, e.g. candesartan)"),
                    ("calcium_channel_blocker", "Calcium-channel blocker (flunarizine)"),
                    ("botulinum_toxin", "Botulinum toxin (onabotulinumtoxinA, Botox)"),
                    ("corticosteroid", "Steroid (e.g. prednisolone)"),
                    ("dmard", "DMARD (e.g. methotrexate, hydroxychloroquine)"),
                    ("biologic", "Biologic (e.g. adalimumab)"),
                    ("immunosuppressant", "Immunosuppressant (e.g. azathioprine)"),
                    ("ms_therapy", "MS disease-modifying therapy (e.g. ocrelizumab)"),
                    ("other", "Other"),
                ],
                max_length=30,
            ),
        ),
        migrations.AddConstraint(
            model_name="medication",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "category__in",
                        [
                            "triptan",
                            "nsaid",
                            "simple_analgesic",
                            "combination_analgesic",
                            "opioid",
                            "ergot",
                            "gepant",
                            "ditan",
                            "antiemetic",
                            "cgrp_antibody",
                            "beta_blocker",
                            "anti_seizure",
                            "antidepressant",
                            "blood_pressure",
                            "calcium_channel_blocker",
                            "botulinum_toxin",
                            "corticosteroid",
                            "dmard",
                            "biologic",
                            "immunosuppressant",
                            "ms_therapy",
                            "other",
                        ],
                    )
                ),
                name="diary_medication_category_valid",
            ),
        ),
        migrations.RunPython(link_medications, migrations.RunPython.noop),
    ]
