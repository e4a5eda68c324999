"""The month names Django's date formats use ("F"), listed here so that `make messages`
puts them in Overlap's own catalogues, which Django reads before its own.

Django's Brazilian Portuguese writes months and weekdays with a capital ("Dezembro"); Brazil
writes them in lower case, as Overlap's catalogue does ("24 de dezembro"). The weekdays are
in diary/reminder_schedule.py, which uses them.
"""

from django.utils.translation import gettext_noop

MONTH_NAMES = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)
