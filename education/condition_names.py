"""Condition names in the reader's language.

The condition catalogue (education.Condition) is data curators keep, in English. The names
Overlap seeds are marked here for translation, so `make messages` collects them and each
language's catalogue translates them; a name a curator adds later has no translation and
is shown as written. Show a condition with `condition.display_name` in Python and
templates, or `condition_name(name)` for a name alone.
"""

from django.utils.translation import gettext_lazy as _

SEEDED_NAMES = {
    "Migraine without aura": _("Migraine without aura"),
    "Migraine with aura": _("Migraine with aura"),
    "Systemic lupus erythematosus": _("Systemic lupus erythematosus"),
    "Multiple sclerosis": _("Multiple sclerosis"),
    "Rheumatoid arthritis": _("Rheumatoid arthritis"),
    "Sjögren's syndrome": _("Sjögren's syndrome"),
    "Celiac disease": _("Celiac disease"),
    "Other autoimmune condition": _("Other autoimmune condition"),
    "Systemic sclerosis (scleroderma)": _("Systemic sclerosis (scleroderma)"),
    "Vasculitis": _("Vasculitis"),
    "Antiphospholipid syndrome": _("Antiphospholipid syndrome"),
}


def condition_name(name: str) -> str:
    """``name`` in the active language when it is a seeded condition's, else as written."""
    translated = SEEDED_NAMES.get(name)
    return str(translated) if translated is not None else name
