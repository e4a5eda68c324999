"""English dates and numbers as Overlap has always shown them: the British forms (day before
month, 24-hour clock, the week from Monday), not Django's American ones for "en"."""

from django.conf.locale.en_GB.formats import *  # noqa: F403
