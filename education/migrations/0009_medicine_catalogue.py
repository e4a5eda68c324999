"""The medicine catalogue curators keep in /admin/: the patient's medication form suggests its
entries (generic or brand name) and a medication named like one takes its kind. Seeded with
the common acute and preventive migraine medicines and the medicines of the autoimmune
conditions Overlap knows; brand names are those of the larger markets (US, UK, EU)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models


A, P, D = "acute", "preventive", "disease_modifying"

# generic name, common brand names, kind, usual purpose, default amount
# fmt: off
MEDICINES = [
    # Triptans
    ("Sumatriptan", "Imitrex, Imigran, Imigran Recovery, Tosymra, Onzetra, Zembrace", "triptan", A, "50 mg"),
    ("Rizatriptan", "Maxalt, Maxalt-MLT, Rizalt", "triptan", A, "10 mg"),
    ("Zolmitriptan", "Zomig, Zomig-ZMT, Zomig Rapimelt, AscoTop", "triptan", A, "2.5 mg"),
    ("Naratriptan", "Amerge, Naramig", "triptan", A, "2.5 mg"),
    ("Eletriptan", "Relpax", "triptan", A, "40 mg"),
    ("Almotriptan", "Axert, Almogran", "triptan", A, "12.5 mg"),
    ("Frovatriptan", "Frova, Migard", "triptan", A, "2.5 mg"),
    ("Sumatriptan and naproxen", "Treximet, Suvexx", "triptan", A, "1 tablet"),
    # Anti-inflammatory painkillers (NSAIDs)
    ("Ibuprofen", "Advil, Motrin, Nurofen, Brufen", "nsaid", A, "400 mg"),
    ("Naproxen", "Aleve, Naprosyn, Anaprox, Naprogesic", "nsaid", A, "500 mg"),
    ("Diclofenac", "Voltaren, Voltarol, Cambia, Zipsor", "nsaid", A, "50 mg"),
    ("Ketoprofen", "Orudis, Oruvail, Profenid", "nsaid", A, "100 mg"),
    ("Dexketoprofen", "Keral, Enantyum", "nsaid", A, "25 mg"),
    ("Ketorolac", "Toradol, Sprix", "nsaid", A, "10 mg"),
    ("Celecoxib", "Celebrex, Elyxyb", "nsaid", A, "200 mg"),
    ("Etoricoxib", "Arcoxia", "nsaid", A, "60 mg"),
    ("Mefenamic acid", "Ponstan, Ponstel", "nsaid", A, "500 mg"),
    ("Tolfenamic acid", "Clotam", "nsaid", A, "200 mg"),
    ("Indometacin", "Indocin, Indocid", "nsaid", A, "25 mg"),
    # Simple painkillers
    ("Paracetamol", "Acetaminophen, Tylenol, Panadol, Calpol, Doliprane, Dafalgan, Efferalgan, Tachipirina", "simple_analgesic", A, "1 g"),
    ("Aspirin", "Acetylsalicylic acid, Bayer, Aspro, Disprin, Aspégic", "simple_analgesic", A, "900 mg"),
    ("Metamizole", "Dipyrone, Novalgin, Nolotil, Novaminsulfon", "simple_analgesic", A, "500 mg"),
    # Combination painkillers
    ("Paracetamol, aspirin and caffeine", "Excedrin, Excedrin Migraine, Thomapyrin, Anadin Extra", "combination_analgesic", A, "2 tablets"),
    ("Paracetamol and caffeine", "Panadol Extra, Panadol Actifast Extra", "combination_analgesic", A, "2 tablets"),
    ("Paracetamol and codeine", "Co-codamol, Tylenol with Codeine, Solpadeine, Efferalgan Codéine, Dafalgan Codéine", "combination_analgesic", A, "2 tablets"),
    ("Ibuprofen and codeine", "Nurofen Plus", "combination_analgesic", A, "2 tablets"),
    ("Aspirin and metoclopramide", "MigraMax, Migpriv", "combination_analgesic", A, "1 sachet"),
    ("Paracetamol and metoclopramide", "Paramax, Migraleve Yellow", "combination_analgesic", A, "2 tablets"),
    ("Butalbital, paracetamol and caffeine", "Fioricet, Esgic", "combination_analgesic", A, "1 tablet"),
    ("Butalbital, aspirin and caffeine", "Fiorinal", "combination_analgesic", A, "1 capsule"),
    # Opioids
    ("Codeine", "Codeine phosphate", "opioid", A, "30 mg"),
    ("Tramadol", "Ultram, Tramal, Zydol, Zaldiar", "opioid", A, "50 mg"),
    ("Dihydrocodeine", "DF118, DHC Continus", "opioid", A, "30 mg"),
    ("Oxycodone", "OxyContin, OxyNorm, Roxicodone", "opioid", A, "5 mg"),
    ("Morphine", "Oramorph, MST Continus, Sevredol", "opioid", A, "10 mg"),
    ("Butorphanol", "Stadol", "opioid", A, "1 spray"),
    ("Tapentadol", "Nucynta, Palexia", "opioid", A, "50 mg"),
    # Ergots
    ("Ergotamine", "Cafergot, Ergomar, Migril", "ergot", A, "1 mg"),
    ("Dihydroergotamine", "D.H.E. 45, Migranal, Trudhesa, Diergo", "ergot", A, "1 spray"),
    # Gepants
    ("Rimegepant", "Nurtec ODT, Vydura", "gepant", A, "75 mg"),
    ("Ubrogepant", "Ubrelvy", "gepant", A, "50 mg"),
    ("Zavegepant", "Zavzpret", "gepant", A, "10 mg nasal spray"),
    ("Atogepant", "Qulipta, Aquipta", "gepant", P, "60 mg"),
    # Ditans
    ("Lasmiditan", "Reyvow, Rayvow", "ditan", A, "100 mg"),
    # Anti-sickness medicines
    ("Metoclopramide", "Reglan, Maxolon, Primperan, Paspertin", "antiemetic", A, "10 mg"),
    ("Domperidone", "Motilium", "antiemetic", A, "10 mg"),
    ("Prochlorperazine", "Compazine, Stemetil, Buccastem", "antiemetic", A, "10 mg"),
    ("Ondansetron", "Zofran", "antiemetic", A, "4 mg"),
    ("Promethazine", "Phenergan", "antiemetic", A, "25 mg"),
    ("Cyclizine", "Valoid", "antiemetic", A, "50 mg"),
    # CGRP antibodies
    ("Erenumab", "Aimovig", "cgrp_antibody", P, "70 mg"),
    ("Fremanezumab", "Ajovy", "cgrp_antibody", P, "225 mg"),
    ("Galcanezumab", "Emgality", "cgrp_antibody", P, "120 mg"),
    ("Eptinezumab", "Vyepti", "cgrp_antibody", P, "100 mg"),
    # Beta-blockers
    ("Propranolol", "Inderal, Inderal LA, Hemangeol", "beta_blocker", P, "40 mg"),
    ("Metoprolol", "Lopressor, Toprol-XL, Betaloc, Beloc", "beta_blocker", P, "50 mg"),
    ("Atenolol", "Tenormin", "beta_blocker", P, "50 mg"),
    ("Bisoprolol", "Concor, Cardicor, Emcor", "beta_blocker", P, "5 mg"),
    ("Nadolol", "Corgard", "beta_blocker", P, "40 mg"),
    ("Timolol", "Blocadren, Betim", "beta_blocker", P, "10 mg"),
    # Anti-seizure medicines
    ("Topiramate", "Topamax, Trokendi XR, Qudexy XR, Eprontia", "anti_seizure", P, "25 mg"),
    ("Sodium valproate", "Valproate, Divalproex, Depakote, Depakine, Epilim, Epival", "anti_seizure", P, "500 mg"),
    ("Gabapentin", "Neurontin", "anti_seizure", P, "300 mg"),
    ("Lamotrigine", "Lamictal", "anti_seizure", P, "25 mg"),
    ("Zonisamide", "Zonegran", "anti_seizure", P, "100 mg"),
    # Antidepressants
    ("Amitriptyline", "Elavil, Laroxyl, Saroten", "antidepressant", P, "10 mg"),
    ("Nortriptyline", "Pamelor, Aventyl, Allegron", "antidepressant", P, "10 mg"),
    ("Venlafaxine", "Effexor, Effexor XR", "antidepressant", P, "75 mg"),
    ("Duloxetine", "Cymbalta", "antidepressant", P, "30 mg"),
    # Blood-pressure medicines and calcium-channel blockers
    ("Candesartan", "Atacand, Amias, Blopress", "blood_pressure", P, "8 mg"),
    ("Lisinopril", "Zestril, Prinivil", "blood_pressure", P, "10 mg"),
    ("Flunarizine", "Sibelium", "calcium_channel_blocker", P, "5 mg"),
    ("Verapamil", "Calan, Isoptin, Securon", "calcium_channel_blocker", P, "80 mg"),
    # Botulinum toxin
    ("OnabotulinumtoxinA", "Botox", "botulinum_toxin", P, "155 units"),
    # Supplements some clinicians suggest for prevention
    ("Magnesium", "Magnesium citrate, Magnesium oxide", "other", P, "400 mg"),
    ("Riboflavin", "Vitamin B2", "other", P, "400 mg"),
    ("Melatonin", "Circadin", "other", P, "3 mg"),
    # DMARDs (conventional and targeted)
    ("Hydroxychloroquine", "Plaquenil, Quensyl", "dmard", D, "200 mg"),
    ("Methotrexate", "Trexall, Otrexup, Rasuvo, Metoject, Jylamvo, Nordimet", "dmard", D, "15 mg"),
    ("Sulfasalazine", "Azulfidine, Salazopyrin", "dmard", D, "500 mg"),
    ("Leflunomide", "Arava", "dmard", D, "20 mg"),
    ("Tofacitinib", "Xeljanz", "dmard", D, "5 mg"),
    ("Baricitinib", "Olumiant", "dmard", D, "4 mg"),
    ("Upadacitinib", "Rinvoq", "dmard", D, "15 mg"),
    # Immunosuppressants
    ("Azathioprine", "Imuran, Imurek, Azasan", "immunosuppressant", D, "50 mg"),
    ("Mycophenolate mofetil", "CellCept, Myfenax", "immunosuppressant", D, "500 mg"),
    ("Mycophenolic acid", "Myfortic", "immunosuppressant", D, "360 mg"),
    ("Ciclosporin", "Cyclosporine, Neoral, Sandimmun, Gengraf", "immunosuppressant", D, "100 mg"),
    ("Tacrolimus", "Prograf, Advagraf, Envarsus", "immunosuppressant", D, "1 mg"),
    ("Voclosporin", "Lupkynis", "immunosuppressant", D, "23.7 mg"),
    ("Cyclophosphamide", "Cytoxan, Endoxan", "immunosuppressant", D, ""),
    # Steroids
    ("Prednisolone", "Deltacortril, Solupred, Millipred", "corticosteroid", D, "5 mg"),
    ("Prednisone", "Deltasone, Rayos, Lodotra, Decortin", "corticosteroid", D, "5 mg"),
    ("Methylprednisolone", "Medrol, Solu-Medrol, Depo-Medrol, Urbason", "corticosteroid", D, "4 mg"),
    ("Dexamethasone", "Decadron", "corticosteroid", D, "4 mg"),
    ("Hydrocortisone", "Cortef, Hydrocortone", "corticosteroid", D, "10 mg"),
    # Biologics
    ("Adalimumab", "Humira, Amgevita, Hyrimoz, Imraldi, Hadlima, Yuflyma, Idacio", "biologic", D, "40 mg"),
    ("Etanercept", "Enbrel, Benepali, Erelzi", "biologic", D, "50 mg"),
    ("Infliximab", "Remicade, Inflectra, Remsima, Zessly", "biologic", D, ""),
    ("Certolizumab pegol", "Cimzia", "biologic", D, "200 mg"),
    ("Golimumab", "Simponi", "biologic", D, "50 mg"),
    ("Tocilizumab", "Actemra, RoActemra", "biologic", D, "162 mg"),
    ("Sarilumab", "Kevzara", "biologic", D, "200 mg"),
    ("Abatacept", "Orencia", "biologic", D, "125 mg"),
    ("Rituximab", "Rituxan, MabThera, Truxima, Ruxience", "biologic", D, ""),
    ("Belimumab", "Benlysta", "biologic", D, "200 mg"),
    ("Anifrolumab", "Saphnelo", "biologic", D, "300 mg"),
    ("Secukinumab", "Cosentyx", "biologic", D, "150 mg"),
    ("Ustekinumab", "Stelara", "biologic", D, ""),
    ("Ixekizumab", "Taltz", "biologic", D, "80 mg"),
    # Multiple sclerosis disease-modifying therapies
    ("Interferon beta-1a", "Avonex, Rebif, Plegridy", "ms_therapy", D, ""),
    ("Interferon beta-1b", "Betaferon, Betaseron, Extavia", "ms_therapy", D, ""),
    ("Glatiramer acetate", "Copaxone, Glatopa", "ms_therapy", D, "20 mg"),
    ("Dimethyl fumarate", "Tecfidera", "ms_therapy", D, "240 mg"),
    ("Diroximel fumarate", "Vumerity", "ms_therapy", D, "462 mg"),
    ("Teriflunomide", "Aubagio", "ms_therapy", D, "14 mg"),
    ("Fingolimod", "Gilenya", "ms_therapy", D, "0.5 mg"),
    ("Siponimod", "Mayzent", "ms_therapy", D, "2 mg"),
    ("Ozanimod", "Zeposia", "ms_therapy", D, "0.92 mg"),
    ("Ponesimod", "Ponvory", "ms_therapy", D, "20 mg"),
    ("Cladribine", "Mavenclad", "ms_therapy", D, "10 mg"),
    ("Natalizumab", "Tysabri, Tyruko", "ms_therapy", D, "300 mg"),
    ("Ocrelizumab", "Ocrevus", "ms_therapy", D, ""),
    ("Ofatumumab", "Kesimpta", "ms_therapy", D, "20 mg"),
    ("Ublituximab", "Briumvi", "ms_therapy", D, ""),
    ("Alemtuzumab", "Lemtrada", "ms_therapy", D, ""),
]
# fmt: on


def seed_medicines(apps, schema_editor):
    Medicine = apps.get_model("education", "Medicine")
    # Only the names not there yet: a curator's own entry under that name is never
    # overwritten. One query to read, one to write.
    present = set(Medicine.objects.values_list("generic_name", flat=True))
    Medicine.objects.bulk_create(
        Medicine(
            generic_name=generic_name,
            brand_names=brand_names,
            kind=kind,
            usual_purpose=purpose,
            default_amount=amount,
        )
        for generic_name, brand_names, kind, purpose, amount in MEDICINES
        if generic_name not in present
    )


def grant_curators(apps, schema_editor):
    """The Content editors keep the catalogue, as they keep the condition catalogue."""
    app_config = apps.get_app_config("education")
    # As in 0005: a migration's app registry has no models module, which create_permissions
    # needs to make the new model's permissions before post_migrate would.
    missing_module = getattr(app_config, "models_module", None) is None
    if missing_module:
        app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    if missing_module:
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Content editors")
    for action in ["add", "change", "view", "delete"]:
        group.permissions.add(
            Permission.objects.get(
                content_type__app_label="education", codename=f"{action}_medicine"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("education", "0008_vessel_conditions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="Medicine",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("generic_name", models.CharField(max_length=100, unique=True)),
                (
                    "brand_names",
                    models.CharField(
                        blank=True,
                        help_text="Common brand names, separated by commas.",
                        max_length=400,
                    ),
                ),
                (
                    "kind",
                    models.CharField(
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
                (
                    "usual_purpose",
                    models.CharField(
                        choices=[
                            ("acute", "To treat an attack or pain when it happens"),
                            ("preventive", "To prevent attacks"),
                            ("disease_modifying", "To treat my autoimmune disease"),
                        ],
                        max_length=30,
                    ),
                ),
                (
                    "default_amount",
                    models.CharField(
                        blank=True,
                        help_text="A usual single dose, for example 50 mg.",
                        max_length=50,
                    ),
                ),
            ],
            options={
                "ordering": ["generic_name"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("generic_name", ""), _negated=True),
                        name="education_medicine_generic_name_not_empty",
                    )
                ],
            },
        ),
        # Undone, the entries go with their table; redone, the seed puts them back.
        migrations.RunPython(seed_medicines, migrations.RunPython.noop),
        # Undone, the group keeps its permissions; redone, they are found again.
        migrations.RunPython(grant_curators, migrations.RunPython.noop),
    ]
