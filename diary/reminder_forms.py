"""The reminders page's forms: the patient's time zone, and one form per kind of reminder."""

import datetime
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from accounts.models import TIMEZONE_CHOICES
from diary.models import Reminder, ReminderKind
from diary.models.reminders import RELIEF_DELAY_CHOICES as DELAYS
from diary.reminder_schedule import WEEKDAY_NAMES, weekdays_list, weekdays_mask

PAUSE_MAX_DAYS = 365
DEFAULT_RELIEF_DELAY = Reminder._meta.get_field("relief_delay").default


class ZoneForm(forms.Form):
    timezone = forms.ChoiceField(
        label=_("Your time zone"),
        choices=TIMEZONE_CHOICES,
        help_text=_(
            "Reminders come at their time on your clock in this zone, also when clocks change."
        ),
        error_messages={
            "invalid_choice": _(
                "Choose your time zone from the list; %(value)s is not a time zone Overlap knows."
            ),
            "required": _("Choose your time zone."),
        },
    )


class ReminderForm(forms.Form):
    enabled = forms.BooleanField(label=pgettext_lazy("a reminder", "On"), required=False)
    local_time = forms.TimeField(
        label=_("Time of day"),
        input_formats=["%H:%M"],
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={
            "invalid": _("Enter a time of day from 00:00 to 23:59, for example 20:00."),
            "required": _("Enter a time of day, for example 20:00."),
        },
    )
    weekdays = forms.TypedMultipleChoiceField(
        label=_("On these days"),
        choices=[(str(number), name) for number, name in enumerate(WEEKDAY_NAMES)],
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one day of the week."),
            "invalid_choice": _("Choose days of the week from the list."),
        },
    )
    include_details = forms.BooleanField(
        label=_("Say in the e-mail what it is about"),
        required=False,
        help_text=_(
            "Off: the e-mail only says it is a reminder from Overlap. On: it names the "
            "clinician and the date. Never a condition or a medicine."
        ),
    )
    snoozed_until = forms.DateField(
        label=_("Paused until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Optional: no reminder before this day."),
        error_messages={"invalid": _("Enter a date, for example 2026-12-24.")},
    )

    def __init__(self, *args: Any, kind: ReminderKind, today: datetime.date, **kwargs: Any) -> None:
        self.kind = kind
        self.today = today
        kwargs["prefix"] = kind
        super().__init__(*args, **kwargs)
        if kind == ReminderKind.RELIEF:
            # Not at a time of day: after each dose for an attack, by its own delay.
            del self.fields["local_time"], self.fields["weekdays"]
            self.fields["relief_delay"] = forms.TypedChoiceField(
                label=_("Ask after"),
                choices=[(str(int(delay.total_seconds())), label) for delay, label in DELAYS],
                coerce=lambda seconds: datetime.timedelta(seconds=int(seconds)),
                help_text=_(
                    "How long after a dose for an attack the e-mail asks whether it helped, "
                    "if you have not answered in Overlap by then. At most one a day."
                ),
                error_messages={"invalid_choice": _("Choose one of the delays in the list.")},
            )
            self.fields["include_details"].help_text = _(
                "Off: the e-mail only asks whether the medicine helped. On: it names the "
                "medicine and the time you took it."
            )
        elif kind == ReminderKind.CHECKIN:
            del self.fields["include_details"]
        elif kind == ReminderKind.QUESTIONNAIRES:
            self.fields["include_details"].help_text = _(
                "Sent only when a questionnaire you keep is due. Off: the e-mail only says it "
                "is from Overlap. On: it says how many are due, never which."
            )
        elif kind == ReminderKind.WEEKLY_SUMMARY:
            self.fields["include_details"].help_text = _(
                "Off: the e-mail only says your week is ready, with a link. On: it shows the "
                "week's numbers (recorded, migraine, flare and medicine days), so it names "
                "your conditions."
            )

    def clean_snoozed_until(self) -> datetime.date | None:
        day = self.cleaned_data["snoozed_until"]
        if day is not None and not self.today <= day <= self.today + datetime.timedelta(
            days=PAUSE_MAX_DAYS
        ):
            raise forms.ValidationError(
                _("Choose a day from today to %(days)s days ahead, or leave it empty.")
                % {"days": PAUSE_MAX_DAYS}
            )
        return day

    @property
    def weekdays_mask(self) -> int:
        return weekdays_mask(self.cleaned_data.get("weekdays", list(range(7))))


def reminder_initial(reminder, kind: ReminderKind) -> dict:
    """A form's initial values from a saved reminder (or None: the kind's defaults, the
    weekly summary on Sunday evenings, questionnaires on Monday evenings, the others every
    day at 20:00)."""
    if reminder is None:
        if kind == ReminderKind.WEEKLY_SUMMARY:
            return {"local_time": datetime.time(19, 0), "weekdays": ["6"]}
        if kind == ReminderKind.QUESTIONNAIRES:
            return {"local_time": datetime.time(19, 0), "weekdays": ["0"]}
        return {
            "local_time": datetime.time(20, 0),
            "weekdays": [str(day) for day in range(7)],
            "relief_delay": str(int(DEFAULT_RELIEF_DELAY.total_seconds())),
        }
    return {
        "enabled": reminder.enabled,
        "local_time": reminder.local_time,
        "weekdays": [str(day) for day in weekdays_list(reminder.weekdays)],
        "include_details": reminder.include_details,
        "snoozed_until": reminder.snoozed_until,
        "relief_delay": str(int(reminder.relief_delay.total_seconds())),
    }


def local_today(user) -> datetime.date:
    return timezone.localtime(timezone.now(), user.tzinfo).date()
