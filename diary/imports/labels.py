"""Words other apps use for what Overlap records: symptoms, pain positions, triggers and
medicines, folded to lower case. A word not here is kept in the notes (symptoms) or asked
about in the preview (triggers, medicines, conditions)."""

ATTACK_SYMPTOMS = {
    "nausea": "nausea",
    "vomiting": "vomiting",
    "sensitivity to light": "light_sensitivity",
    "light sensitivity": "light_sensitivity",
    "photophobia": "light_sensitivity",
    "sensitivity to sound": "sound_sensitivity",
    "sound sensitivity": "sound_sensitivity",
    "noise sensitivity": "sound_sensitivity",
    "phonophobia": "sound_sensitivity",
    "sensitivity to smell": "smell_sensitivity",
    "smell sensitivity": "smell_sensitivity",
    "osmophobia": "smell_sensitivity",
    "allodynia": "allodynia",
    "skin sensitivity": "allodynia",
    "neck pain": "neck_pain",
    "stiff neck": "neck_pain",
    "dizziness": "dizziness",
    "vertigo": "dizziness",
    "fatigue": "fatigue",
    "tiredness": "fatigue",
    "brain fog": "brain_fog",
    "difficulty concentrating": "brain_fog",
    "confusion": "brain_fog",
}

PAIN_POSITIONS = {
    "left": "left",
    "left side": "left",
    "right": "right",
    "right side": "right",
    "both sides": "both",
    "both": "both",
    "forehead": "front",
    "behind the eyes": "front",
    "behind eyes": "front",
    "eyes": "front",
    "front": "front",
    "back of head": "back",
    "back of the head": "back",
    "back": "back",
    "whole head": "whole",
    "all over": "whole",
}

# Names other apps give the catalogue's triggers.
TRIGGER_ALIASES = {
    "lack of sleep": "poor sleep",
    "not enough sleep": "poor sleep",
    "bad sleep": "poor sleep",
    "sleep": "poor sleep",
    "period": "menstruation",
    "menstrual cycle": "menstruation",
    "missed meal": "skipped meal",
    "skipped meals": "skipped meal",
    "fasting": "skipped meal",
    "weather": "weather change",
    "change in weather": "weather change",
    "barometric pressure": "weather change",
    "bright lights": "bright light",
    "light": "bright light",
    "exercise": "physical strain",
    "physical activity": "physical strain",
    "not enough water": "dehydration",
    "wine": "alcohol",
    "illness": "infection",
    "cold or flu": "infection",
}

# A suggested kind for medicines other apps name, offered first in the preview.
MEDICINE_KINDS = {
    **dict.fromkeys(
        [
            "sumatriptan",
            "rizatriptan",
            "zolmitriptan",
            "eletriptan",
            "naratriptan",
            "almotriptan",
            "frovatriptan",
            "imitrex",
            "maxalt",
            "relpax",
            "zomig",
        ],
        "triptan",
    ),
    **dict.fromkeys(["ibuprofen", "naproxen", "diclofenac", "advil", "aleve"], "nsaid"),
    **dict.fromkeys(["paracetamol", "acetaminophen", "aspirin", "tylenol"], "simple_analgesic"),
    **dict.fromkeys(["excedrin", "co-codamol"], "combination_analgesic"),
    **dict.fromkeys(["codeine", "tramadol"], "opioid"),
    **dict.fromkeys(["rimegepant", "ubrogepant", "atogepant", "nurtec"], "gepant"),
    **dict.fromkeys(["lasmiditan"], "ditan"),
    **dict.fromkeys(["metoclopramide", "domperidone", "ondansetron"], "antiemetic"),
    **dict.fromkeys(["erenumab", "fremanezumab", "galcanezumab", "aimovig"], "cgrp_antibody"),
    **dict.fromkeys(["prednisolone", "prednisone"], "corticosteroid"),
    **dict.fromkeys(["methotrexate", "hydroxychloroquine", "sulfasalazine"], "dmard"),
    **dict.fromkeys(["adalimumab", "etanercept", "rituximab"], "biologic"),
    **dict.fromkeys(["azathioprine", "mycophenolate"], "immunosuppressant"),
}


def medicine_kind(name: str) -> str:
    """The suggested kind for a medicine's name ("other" when Overlap cannot tell)."""
    words = name.casefold().replace("-", " ").split()
    for word in words:
        if word in MEDICINE_KINDS:
            return MEDICINE_KINDS[word]
    return "other"


def trigger_name(name: str) -> str:
    """The catalogue's name for a trigger another app names, or the name as it is."""
    return TRIGGER_ALIASES.get(name.strip().casefold(), name.strip())
