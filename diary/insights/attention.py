"""Who needs attention: the rules that order a clinician's list of patients, each built on
the diary's own counts and alerts, with their sentences.

A patient needs attention, most pressing first, when:

- an alert applies today (medication overuse or its early warning, a chronic migraine
  pattern, the triptan caution: see `alerts`);
- migraine days are rising: the last 30 days hold at least RISING_MIN_INCREASE more
  migraine days than the 30 days before, and the diary covers both periods;
- a flare is ongoing;
- nothing was logged for QUIET_DAYS days (or nothing at all yet).

The order says what to look at first; it is not a clinical judgement.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from django.utils.translation import gettext, ngettext

from diary.insights.alerts import ALERT_DAYS, Alert, _current_alerts
from diary.insights.days import DAYS_PER_MONTH, _index
from diary.insights.records import Diary
from diary.insights.text import _count_days, _join_words, format_day

RISING_MIN_INCREASE = 3  # migraine days more in the last 30 days than in the 30 before
QUIET_DAYS = 14  # days without any entry before a patient's silence is worth a look
# How many days of diary, today included, the rules read: loaders need no more.
ATTENTION_DAYS = max(ALERT_DAYS, 2 * DAYS_PER_MONTH)

# The reasons, most pressing first.
REASONS = ("alert", "rising", "flare", "quiet")

Audience = Literal["patient", "clinician"]


@dataclass(frozen=True)
class Attention:
    """What a patient's recent diary shows at a glance, and why it may need attention."""

    today: date
    alerts: list[Alert]
    migraine_days: int  # in the last 30 days, today included
    previous_migraine_days: int | None  # in the 30 days before; None when not all covered
    ongoing_flares: tuple[str, ...]  # condition slugs, sorted
    last_entry: date | None
    reasons: tuple[str, ...]  # of REASONS, in their order

    @property
    def rank(self) -> tuple[bool, ...]:
        """Sort key, lowest first: the most pressing reasons come first."""
        return tuple(reason not in self.reasons for reason in REASONS)


def attention(diary: Diary, *, today: date, now: datetime, last_entry: date | None) -> Attention:
    """Return what the list shows of the diary and the reasons it needs attention.

    The diary may hold only its last ATTENTION_DAYS days (with covered_from set, as
    diary.loading.load_recent_diaries gives it); `last_entry` is the latest record's day,
    however old.
    """
    days = _index(diary, today=today, now=now, recent_days=ALERT_DAYS)
    last_start = today - timedelta(days=DAYS_PER_MONTH - 1)
    previous_start = last_start - timedelta(days=DAYS_PER_MONTH)
    first, stop = days.positions(last_start, today)
    migraine = days.migraine[first:stop].count(True)
    previous = None
    if days.first_day is not None and days.first_day <= previous_start:
        first, stop = days.positions(previous_start, last_start - timedelta(days=1))
        previous = days.migraine[first:stop].count(True)
    ongoing = tuple(
        sorted(
            {
                flare.condition
                for flare in diary.flares
                if flare.ended_on is None and flare.started_on <= today
            }
        )
    )
    alerts = _current_alerts(days)
    met = {
        "alert": bool(alerts),
        "rising": previous is not None and migraine - previous >= RISING_MIN_INCREASE,
        "flare": bool(ongoing),
        "quiet": last_entry is None or (today - last_entry).days >= QUIET_DAYS,
    }
    return Attention(
        today=today,
        alerts=alerts,
        migraine_days=migraine,
        previous_migraine_days=previous,
        ongoing_flares=ongoing,
        last_entry=last_entry,
        reasons=tuple(reason for reason in REASONS if met[reason]),
    )


def attention_reasons(
    attention: Attention,
    *,
    audience: Audience,
    name: str = "",
    condition_names: dict[str, str] | None = None,
) -> list[str]:
    """The reasons as short sentences, most pressing first: to the patient in the second
    person, to a clinician in the third with the patient's `name`."""
    names = condition_names or {}
    sentences: list[str] = []
    for reason in attention.reasons:
        if reason == "alert":
            sentences.extend(
                gettext("Alert: %(title)s.") % {"title": alert.title} for alert in attention.alerts
            )
        elif reason == "rising":
            sentences.append(
                gettext(
                    "Migraine days rising: %(last)s in the last 30 days against %(before)s in "
                    "the 30 days before."
                )
                % {
                    "last": _count_days(attention.migraine_days),
                    "before": _count_days(attention.previous_migraine_days or 0),
                }
            )
        elif reason == "flare":
            conditions = _join_words([names.get(slug, slug) for slug in attention.ongoing_flares])
            sentences.append(gettext("Ongoing flare: %(conditions)s.") % {"conditions": conditions})
        elif attention.last_entry is None:
            sentences.append(gettext("Nothing logged yet."))
        else:
            quiet = (attention.today - attention.last_entry).days
            values = {
                "count": quiet,
                "day": format_day(attention.last_entry),
                "name": name or gettext("the patient"),
            }
            sentences.append(
                (
                    ngettext(
                        "No entry for %(count)s day: you logged last on %(day)s.",
                        "No entry for %(count)s days: you logged last on %(day)s.",
                        quiet,
                    )
                    if audience == "patient"
                    else ngettext(
                        "No entry for %(count)s day: %(name)s logged last on %(day)s.",
                        "No entry for %(count)s days: %(name)s logged last on %(day)s.",
                        quiet,
                    )
                )
                % values
            )
    return sentences
