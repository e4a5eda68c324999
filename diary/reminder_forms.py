"""The reminders page's forms: the patient's time zone, and one form per kind of reminder."""

import datetime
from typing import Any

from django import forms
from django.utils import timezone

from accounts.models import TIMEZONE_CHOICES
from diary.models import ReminderKind
from diary.reminder_schedule import WEEKDAY_NAMES, weekdays_list, weekdays_mask

PAUSE_MAX_DAYS = 365


class ZoneForm(forms.Form):
    timezone = forms.ChoiceField(
        label="Your time zone",
        choices=TIMEZONE_CHOICES,
        help_text="Reminders come at their time on your clock in this zone, also when "
        "clocks change.",
        error_messages={
            "invalid_choice": "Choose your time zone from the list; %(value)s is not a time "
            "zone Overlap knows.",
            "required": "Choose your time zone.",
        },
    )


class ReminderForm(forms.Form):
    enabled = forms.BooleanField(label="On", required=False)
    local_time = forms.TimeField(
        label="Time of day",
        input_formats=["%H:%M"],
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={
            "invalid": "Enter a time of day from 00:00 to 23:59, for example 20:00.",
            "required": "Enter a time of day, for example 20:00.",
        },
    )
    weekdays = forms.TypedMultipleChoiceField(
        label="On these days",
        choices=[(str(number), name) for number, name in enumerate(WEEKDAY_NAMES)],
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Choose at least one day of the week.",
            "invalid_choice": "Choose days of the week from the list.",
        },
    )
    include_details = forms.BooleanField(
        label="Say in the e-mail what it is about",
        required=False,
        help_text="Off: the e-mail only says it is a reminder from Overlap. On: it names the "
        "clinician and the date. Never a condition or a medicine.",
    )
    snoozed_until = forms.DateField(
        label="Paused until",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text="Optional: no reminder before this day.",
        error_messages={"invalid": "Enter a date, for example 2026-12-24."},
    )

    def __init__(self, *args: Any, kind: ReminderKind, today: datetime.date, **kwargs: Any) -> None:
        self.kind = kind
        self.today = today
        kwargs["prefix"] = kind
        super().__init__(*args, **kwargs)
        if kind == ReminderKind.CHECKIN:
            del self.fields["include_details"]
        elif kind == ReminderKind.WEEKLY_SUMMARY:
            self.fields["include_details"].help_text = (
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
                f"Choose a day from today to {PAUSE_MAX_DAYS} days ahead, or leave it empty."
            )
        return day

    @property
    def weekdays_mask(self) -> int:
        return weekdays_mask(self.cleaned_data["weekdays"])


def reminder_initial(reminder, kind: ReminderKind) -> dict:
    """A form's initial values from a saved reminder (or None: the kind's defaults, the
    weekly summary on Sunday evenings, the others every day at 20:00)."""
    if reminder is None:
        if kind == ReminderKind.WEEKLY_SUMMARY:
            return {"local_time": datetime.time(19, 0), "weekdays": ["6"]}
        return {"local_time": datetime.time(20, 0), "weekdays": [str(day) for day in range(7)]}
    return {
        "enabled": reminder.enabled,
        "local_time": reminder.local_time,
        "weekdays": [str(day) for day in weekdays_list(reminder.weekdays)],
        "include_details": reminder.include_details,
        "snoozed_until": reminder.snoozed_until,
    }


def local_today(user) -> datetime.date:
    return timezone.localtime(timezone.now(), user.tzinfo).date()
