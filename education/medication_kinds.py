"""The kinds of medicine and the purposes a patient can give one, shared by the curated
catalogue (education.Medicine) and the patient's own list (diary.Medication). Reference
data, so it lives in the reference layer: the diary imports it, never the other way."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MedicationCategory(models.TextChoices):
    TRIPTAN = "triptan", _("Triptan (e.g. sumatriptan)")
    NSAID = "nsaid", _("Anti-inflammatory painkiller (NSAID, e.g. ibuprofen)")
    SIMPLE_ANALGESIC = "simple_analgesic", _("Simple painkiller (e.g. paracetamol, aspirin)")
    COMBINATION_ANALGESIC = "combination_analgesic", _("Combination painkiller")
    OPIOID = "opioid", _("Opioid (e.g. codeine)")
    ERGOT = "ergot", _("Ergot (e.g. ergotamine)")
    GEPANT = "gepant", _("Gepant (e.g. rimegepant)")
    DITAN = "ditan", _("Ditan (lasmiditan)")
    ANTIEMETIC = "antiemetic", _("Anti-sickness medicine")
    CGRP_ANTIBODY = "cgrp_antibody", _("CGRP antibody (e.g. erenumab)")
    BETA_BLOCKER = "beta_blocker", _("Beta-blocker (e.g. propranolol)")
    ANTI_SEIZURE = "anti_seizure", _("Anti-seizure medicine (e.g. topiramate)")
    ANTIDEPRESSANT = "antidepressant", _("Antidepressant (e.g. amitriptyline)")
    BLOOD_PRESSURE = "blood_pressure", _("Blood-pressure medicine (ARB, e.g. candesartan)")
    CALCIUM_CHANNEL_BLOCKER = "calcium_channel_blocker", _("Calcium-channel blocker (flunarizine)")
    BOTULINUM_TOXIN = "botulinum_toxin", _("Botulinum toxin (onabotulinumtoxinA, Botox)")
    CORTICOSTEROID = "corticosteroid", _("Steroid (e.g. prednisolone)")
    DMARD = "dmard", _("DMARD (e.g. methotrexate, hydroxychloroquine)")
    BIOLOGIC = "biologic", _("Biologic (e.g. adalimumab)")
    IMMUNOSUPPRESSANT = "immunosuppressant", _("Immunosuppressant (e.g. azathioprine)")
    MS_THERAPY = "ms_therapy", _("MS disease-modifying therapy (e.g. ocrelizumab)")
    OTHER = "other", _("Other")


class MedicationPurpose(models.TextChoices):
    ACUTE = "acute", _("To treat an attack or pain when it happens")
    PREVENTIVE = "preventive", _("To prevent attacks")
    DISEASE_MODIFYING = "disease_modifying", _("To treat my autoimmune disease")


# Kinds of medicine that only prevent attacks or treat the autoimmune disease: a dose of
# one is never an acute-medication day, even when the medicine was saved "to treat an
# attack" (shared/CLINICAL.md), and none is an overuse class. Of Overlap's kinds these are
# the CGRP antibodies (erenumab and the like, monthly or quarterly injections), the
# migraine preventives (beta-blockers, anti-seizure medicines such as topiramate,
# antidepressants such as amitriptyline, blood-pressure medicines such as candesartan,
# flunarizine, onabotulinumtoxinA), DMARDs, biologics, immunosuppressants and MS
# disease-modifying therapies; steroids stay acute-capable (a short course can treat an
# attack).
PREVENTIVE_ONLY_CATEGORIES = frozenset(
    {
        MedicationCategory.CGRP_ANTIBODY,
        MedicationCategory.BETA_BLOCKER,
        MedicationCategory.ANTI_SEIZURE,
        MedicationCategory.ANTIDEPRESSANT,
        MedicationCategory.BLOOD_PRESSURE,
        MedicationCategory.CALCIUM_CHANNEL_BLOCKER,
        MedicationCategory.BOTULINUM_TOXIN,
        MedicationCategory.DMARD,
        MedicationCategory.BIOLOGIC,
        MedicationCategory.IMMUNOSUPPRESSANT,
        MedicationCategory.MS_THERAPY,
    }
)


def kind_fits_purpose(category: str, purpose: str) -> bool:
    """Whether a medicine of this kind can be taken for this purpose: a preventive-only kind
    (a CGRP antibody, a beta-blocker, a DMARD...) never treats an attack."""
    return not (purpose == MedicationPurpose.ACUTE and category in PREVENTIVE_ONLY_CATEGORIES)
