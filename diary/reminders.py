"""Reminder workflows: saving a patient's settings, the scheduler's claim, the worker's
e-mail, and the one-click links' actions.

The scheduler (`manage.py send_reminders`) calls reminders_schedule and reminders_claim;
each claim moves `next_send_at` on with a conditional UPDATE (WHERE next_send_at = the
value read), so of several schedulers running at once exactly one wins each due instant.
The winner records a ReminderDelivery and enqueues reminder_send for the worker, in one
transaction. The worker decides at sending time whether there is anything to say.
"""

import datetime
import logging
import secrets
import zoneinfo

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from accounts.language import in_language
from accounts.models import CareShare, User
from diary import insights
from diary.loading import load_diary
from diary.models import Medication, MedicationDose, Reminder, ReminderDelivery, ReminderKind
from diary.models.reminders import RELIEF_DELAY_CHOICES
from diary.questionnaires import questionnaires_due
from diary.reminder_links import LinkError, LinkPurpose, link_read, link_url
from diary.reminder_schedule import local_day_of, next_slot
from diary.services import day_recorded, headache_free_day_record

log = logging.getLogger("overlap.reminders")

SHARE_ENDING_NOTICE = datetime.timedelta(days=3)
INVITATION_WAITING_AFTER = datetime.timedelta(days=7)
# A reminder that could not go out within this long after its time is not sent late.
LATE_LIMIT = datetime.timedelta(hours=3)
SUBJECTS = {
    ReminderKind.CHECKIN: _("Your Overlap check-in"),
    ReminderKind.SHARE_ENDING: _("Your Overlap reminder"),
    ReminderKind.INVITATION_WAITING: _("Your Overlap reminder"),
    ReminderKind.WEEKLY_SUMMARY: _("Your Overlap week"),
    ReminderKind.QUESTIONNAIRES: _("Your Overlap reminder"),
    ReminderKind.RELIEF: _("Your Overlap question"),
}
SUMMARY_DAYS = 7


# --- Settings ---------------------------------------------------------------------------


def reminder_save(
    *,
    owner: User,
    kind: ReminderKind,
    enabled: bool,
    local_time: datetime.time,
    weekdays: int,
    include_details: bool,
    snoozed_until: datetime.date | None = None,
    relief_delay: datetime.timedelta | None = None,
) -> Reminder:
    """Create or update the patient's reminder of this kind and compute when it is next
    due, in their zone (a relief reminder has no time of day: it follows each dose).
    Returns the reminder."""
    reminder, _ = Reminder.objects.get_or_create(owner=owner, kind=kind)
    reminder.enabled = enabled
    reminder.local_time = local_time
    reminder.weekdays = weekdays
    reminder.include_details = include_details
    reminder.snoozed_until = snoozed_until
    if relief_delay is not None:
        reminder.relief_delay = relief_delay
    if enabled:
        reminder.unsubscribed_at = None
    reminder.scheduled_zone = owner.timezone
    reminder.next_send_at = (
        next_slot(after=timezone.now(), local_time=local_time, weekdays=weekdays, tz=owner.tzinfo)
        if enabled and kind != ReminderKind.RELIEF
        else None
    )
    reminder.save()
    return reminder


# --- The scheduler ----------------------------------------------------------------------


def reminders_schedule(*, now: datetime.datetime) -> int:
    """Give a due instant to every switched-on reminder without one, or whose instant was
    computed in a zone the patient has left (it is recomputed from now, in the new zone).
    Returns how many were (re)scheduled by this call."""
    changed = 0
    for reminder in Reminder.objects.to_schedule().select_related("owner"):
        owner = reminder.owner
        upcoming = next_slot(
            after=now, local_time=reminder.local_time, weekdays=reminder.weekdays, tz=owner.tzinfo
        )
        changed += Reminder.objects.filter(
            pk=reminder.pk,
            next_send_at=reminder.next_send_at,
            scheduled_zone=reminder.scheduled_zone,
        ).update(next_send_at=upcoming, scheduled_zone=owner.timezone)
    return changed


def reminders_claim(*, now: datetime.datetime) -> list[ReminderDelivery]:
    """Claim every due reminder: move it on to its next due instant and queue its e-mail.

    Returns the deliveries this call claimed. A reminder another scheduler claimed first
    (its next_send_at no longer the value read here) is left alone."""
    claimed = []
    # Those whose instant was computed in a zone the patient has left wait for
    # reminders_schedule.
    for reminder in Reminder.objects.due(now=now).filter(scheduled_zone=F("owner__timezone")):
        delivery = _claim_one(reminder=reminder, now=now)
        if delivery is not None:
            claimed.append(delivery)
    return claimed


def _claim_one(*, reminder: Reminder, now: datetime.datetime) -> ReminderDelivery | None:
    tz = zoneinfo.ZoneInfo(reminder.scheduled_zone)
    due_at = reminder.next_send_at
    assert due_at is not None  # Reminder.objects.due() only returns scheduled reminders
    upcoming = next_slot(
        after=max(now, due_at), local_time=reminder.local_time, weekdays=reminder.weekdays, tz=tz
    )
    with transaction.atomic():
        won = Reminder.objects.filter(pk=reminder.pk, enabled=True, next_send_at=due_at).update(
            next_send_at=upcoming
        )
        if not won:
            return None
        local_day = local_day_of(due_at, tz)
        if ReminderDelivery.objects.filter(reminder=reminder, local_day=local_day).exists():
            # Already reminded on this local day (the patient moved to a zone behind).
            return None
        delivery = ReminderDelivery.objects.create(
            reminder=reminder,
            due_at=due_at,
            local_day=local_day,
            link_nonce=secrets.token_urlsafe(16),
        )
        reminder_send.enqueue(delivery_id=delivery.pk)
    return delivery


def relief_reminders_claim(*, now: datetime.datetime) -> list[ReminderDelivery]:
    """Claim a relief question for each patient with the relief reminder on and a dose for
    an attack, not yet answered, whose delay has passed (and not by more than LATE_LIMIT):
    at most one a local day, the first such dose's. The delivery's unique local day is the
    claim, so of several schedulers running at once exactly one makes it."""
    reminders = {
        reminder.owner_id: reminder
        for reminder in Reminder.objects.filter(kind=ReminderKind.RELIEF, enabled=True)
    }
    if not reminders:
        return []
    longest = max(delay for delay, _ in RELIEF_DELAY_CHOICES)
    doses = (
        _unanswered_doses()
        .filter(
            medication__owner_id__in=reminders,
            taken_at__gt=now - longest - LATE_LIMIT,
            taken_at__lte=now,
        )
        .order_by("taken_at")
        .values_list("medication__owner_id", "taken_at")
    )
    claimed = []
    for owner_id, taken_at in doses:
        reminder = reminders[owner_id]
        due_at = taken_at + reminder.relief_delay
        if not due_at <= now < due_at + LATE_LIMIT:
            continue
        local_day = local_day_of(taken_at, zoneinfo.ZoneInfo(reminder.scheduled_zone or "UTC"))
        try:
            with transaction.atomic():
                delivery = ReminderDelivery.objects.create(
                    reminder=reminder,
                    due_at=due_at,
                    local_day=local_day,
                    link_nonce=secrets.token_urlsafe(16),
                )
                reminder_send.enqueue(delivery_id=delivery.pk)
        except IntegrityError:
            continue  # this local day's question is claimed already, here or elsewhere
        claimed.append(delivery)
    return claimed


def _unanswered_doses():
    """Doses of medicines for attacks (not preventive-only kinds) with no relief answer,
    which the patient has not asked Overlap to stop asking about."""
    return MedicationDose.objects.filter(
        relief="", relief_dismissed=False, medication__purpose=Medication.Purpose.ACUTE
    ).exclude(medication__category__in=insights.PREVENTIVE_ONLY_CATEGORIES)


def _relief_doses(delivery: ReminderDelivery) -> list[MedicationDose]:
    """The doses a relief question asks about: those for attacks on its local day, taken
    by its due time less the delay, still unanswered."""
    reminder = delivery.reminder
    tz = reminder.owner.tzinfo
    return [
        dose
        for dose in _unanswered_doses()
        .filter(
            medication__owner=reminder.owner,
            taken_at__lte=delivery.due_at - reminder.relief_delay,
            taken_at__gt=delivery.due_at - reminder.relief_delay - datetime.timedelta(days=2),
        )
        .select_related("medication")
        .order_by("taken_at")
        if timezone.localtime(dose.taken_at, tz).date() == delivery.local_day
    ]


# --- The worker -------------------------------------------------------------------------


def weekly_summary(*, owner: User, last_day: datetime.date) -> dict:
    """The numbers of the 7 local days ending with `last_day`: how many are recorded, and
    on how many there was a migraine, a flare, medicine for an attack and a medicine that
    counts towards medication overuse (with why those two differ, when they do); and the
    alerts the timeline shows now (medication overuse against ICHD-3's thresholds, chronic
    migraine), by title. Counts, never a rate: a week is too short for one."""
    tz = owner.tzinfo
    now = timezone.now()
    week = [last_day - datetime.timedelta(days=offset) for offset in range(SUMMARY_DAYS)][::-1]
    diary, _ = load_diary(owner, tz=tz)
    in_week = set(week)
    points = insights.daily_series(diary, start=week[0], end=last_day, today=last_day, now=now)
    return {
        "first_day": week[0],
        "last_day": last_day,
        "days": SUMMARY_DAYS,
        # Recorded as diary.insights.completeness defines it, like every page.
        "recorded": insights.points_completeness(points).recorded_days,
        "migraine": len(insights.migraine_days(diary, now=now) & in_week),
        "flare": len(set(insights.flare_days(diary, today=last_day)) & in_week),
        "medicine": len(set(insights.acute_medication_days(diary)) & in_week),
        # Beside it, the days with a medicine of an overuse class whatever the reason (an
        # NSAID for the joints included), and why the two can differ.
        "overuse_medicine": insights.period_counts(points).overuse_medication_days,
        "medicine_note": insights.points_medication_note(points),
        "alerts": [
            alert.title for alert in insights.current_alerts(diary, today=last_day, now=now)
        ],
    }


def _shares_to_tell(reminder: Reminder, now: datetime.datetime):
    """The shares a notice would tell about now, leaving out those told before."""
    told = ReminderDelivery.shares.through.objects.filter(
        reminderdelivery__reminder=reminder,
        reminderdelivery__status=ReminderDelivery.Status.SENT,
    ).values("careshare_id")
    shares = CareShare.objects.for_patient(reminder.owner).exclude(pk__in=told)
    if reminder.kind == ReminderKind.SHARE_ENDING:
        return shares.live(now=now).filter(expires_at__lte=now + SHARE_ENDING_NOTICE)
    return shares.filter(
        accepted_at__isnull=True,
        revoked_at__isnull=True,
        created_at__lte=now - INVITATION_WAITING_AFTER,
        created_at__gt=now - datetime.timedelta(days=CareShare.INVITATION_DAYS),
    )


def _skip_reason(delivery: ReminderDelivery, now: datetime.datetime) -> str:
    """Why this e-mail should not go out now, in the patient's words; empty to send it."""
    reminder = delivery.reminder
    if not reminder.enabled:
        return "Not sent: this reminder was turned off."
    if reminder.snoozed_until and delivery.local_day < reminder.snoozed_until:
        return "Not sent: snoozed."
    if now - delivery.due_at > LATE_LIMIT:
        return "Not sent: it could not go out on time."
    if reminder.kind == ReminderKind.CHECKIN:
        if day_recorded(owner=reminder.owner, day=delivery.local_day):
            return "Not sent: the day was already recorded."
    elif reminder.kind == ReminderKind.WEEKLY_SUMMARY:
        return ""
    elif reminder.kind == ReminderKind.QUESTIONNAIRES:
        if not questionnaires_due(reminder.owner, delivery.local_day):
            return "Not sent: no questionnaire is due."
    elif reminder.kind == ReminderKind.RELIEF:
        if not _relief_doses(delivery):
            return "Not sent: already answered in Overlap."
    elif not _shares_to_tell(reminder, now).exists():
        return "Not sent: nothing to remind you of."
    return ""


def reminder_email(*, delivery: ReminderDelivery, shares: list[CareShare]) -> EmailMessage:
    """The e-mail for one delivery: a neutral subject and first line (the preview), the
    details only when the patient opted in, and one-click links with the List-Unsubscribe
    headers (RFC 8058). Written in the patient's language: the worker has no request."""
    with in_language(delivery.reminder.owner):
        return _reminder_email(delivery=delivery, shares=shares)


def _reminder_email(*, delivery: ReminderDelivery, shares: list[CareShare]) -> EmailMessage:
    reminder = delivery.reminder
    site_url = settings.SITE_URL

    def link(purpose: LinkPurpose) -> str:
        return link_url(
            purpose=purpose,
            delivery_id=delivery.pk,
            nonce=delivery.link_nonce,
            site_url=site_url,
        )

    unsubscribe_url = link(LinkPurpose.UNSUBSCRIBE)
    context = {
        "reminder": reminder,
        "delivery": delivery,
        "shares": shares,
        "tz": reminder.owner.tzinfo,
        "site_url": site_url,
        "checkin_url": site_url + reverse("diary:checkin-edit", args=[delivery.local_day]),
        "sharing_url": site_url + reverse("sharing:list"),
        "settings_url": site_url + reverse("diary:reminder-list"),
        "nothing_to_report_url": link(LinkPurpose.NOTHING_TO_REPORT),
        "snooze_url": link(LinkPurpose.SNOOZE),
        "unsubscribe_url": unsubscribe_url,
    }
    template = {
        ReminderKind.CHECKIN: "diary/email/reminder_checkin.txt",
        ReminderKind.WEEKLY_SUMMARY: "diary/email/reminder_summary.txt",
        ReminderKind.QUESTIONNAIRES: "diary/email/reminder_questionnaires.txt",
        ReminderKind.RELIEF: "diary/email/reminder_relief.txt",
    }.get(ReminderKind(reminder.kind), "diary/email/reminder_notice.txt")
    if reminder.kind == ReminderKind.RELIEF:
        context["doses"] = _relief_doses(delivery)
        context["home_url"] = site_url + reverse("home")
    if reminder.kind == ReminderKind.QUESTIONNAIRES:
        # How many, never which: an instrument's name can say what it is about.
        context["due_count"] = len(questionnaires_due(reminder.owner, delivery.local_day))
        context["questionnaires_url"] = site_url + reverse("diary:questionnaire-list")
    if reminder.kind == ReminderKind.WEEKLY_SUMMARY:
        context["summary"] = weekly_summary(owner=reminder.owner, last_day=delivery.local_day)
        context["timeline_url"] = site_url + reverse("diary:timeline")
    return EmailMessage(
        subject=str(SUBJECTS[ReminderKind(reminder.kind)]),
        body=render_to_string(template, context),
        to=[reminder.owner.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )


def _finish(delivery: ReminderDelivery, status: str, reason: str = "", **fields) -> bool:
    return bool(
        ReminderDelivery.objects.filter(
            pk=delivery.pk, status=ReminderDelivery.Status.QUEUED
        ).update(status=status, reason=reason, **fields)
    )


@task()
def reminder_send(*, delivery_id: int) -> str:
    """Send, or skip, one claimed reminder e-mail (a background job).

    Returns the delivery's new status. Skipped: the reminder was turned off or snoozed, it
    is too late, the day is already recorded, or a notice has nothing new to tell. If the
    e-mail cannot be sent, the delivery is marked failed (the patient sees it on the
    reminders page) and the error is raised, so the job is recorded as failed and logged."""
    delivery = (
        ReminderDelivery.objects.select_related("reminder__owner").filter(pk=delivery_id).first()
    )
    if delivery is None or delivery.status != ReminderDelivery.Status.QUEUED:
        return "gone"
    now = timezone.now()
    reason = _skip_reason(delivery, now)
    if reason:
        _finish(delivery, ReminderDelivery.Status.SKIPPED, reason)
        return ReminderDelivery.Status.SKIPPED
    shares = (
        list(_shares_to_tell(delivery.reminder, now).select_related("clinician"))
        if delivery.reminder.kind in (ReminderKind.SHARE_ENDING, ReminderKind.INVITATION_WAITING)
        else []
    )
    try:
        reminder_email(delivery=delivery, shares=shares).send()
    except Exception:
        _finish(delivery, ReminderDelivery.Status.FAILED, "The e-mail could not be sent.")
        log.warning("reminder not sent delivery=%s", delivery.pk)
        raise
    with transaction.atomic():
        _finish(delivery, ReminderDelivery.Status.SENT, sent_at=now)
        delivery.shares.set(shares)
    log.info("reminder sent delivery=%s", delivery.pk)
    # The same reminder as a notification on the patient's subscribed devices, if any.
    from diary.push import push_reminder_enqueue

    push_reminder_enqueue(delivery)
    return ReminderDelivery.Status.SENT


# --- The one-click links ----------------------------------------------------------------


def delivery_for_link(*, purpose: LinkPurpose, token: str) -> ReminderDelivery:
    """The delivery a link belongs to; LinkError when the link is expired, altered, made
    for another purpose, or names a delivery that is gone."""
    delivery_id, nonce = link_read(purpose=purpose, token=token)
    delivery = (
        ReminderDelivery.objects.select_related("reminder__owner")
        .filter(pk=delivery_id, link_nonce=nonce)
        .first()
    )
    if delivery is None:
        raise LinkError(_("This link no longer works."))
    return delivery


USED_FIELD = {
    LinkPurpose.NOTHING_TO_REPORT: "nothing_to_report_at",
    LinkPurpose.SNOOZE: "snoozed_at",
    LinkPurpose.UNSUBSCRIBE: "unsubscribed_at",
}


def link_use(*, delivery: ReminderDelivery, purpose: LinkPurpose) -> None:
    """Do what the link says, once. Raises LinkError when the link was used before, and
    DiaryConflict (from headache_free_day_record) when "nothing to report" would contradict
    an attack, in which case the link stays unused."""
    field = USED_FIELD[purpose]
    now = timezone.now()
    reminder = delivery.reminder
    with transaction.atomic():
        used = ReminderDelivery.objects.filter(pk=delivery.pk, **{f"{field}__isnull": True})
        if not used.update(**{field: now}):
            raise LinkError(_("This link has already been used. Each link works once."))
        if purpose == LinkPurpose.NOTHING_TO_REPORT:
            headache_free_day_record(owner=reminder.owner, day=delivery.local_day)
        elif purpose == LinkPurpose.SNOOZE:
            today = timezone.localtime(now, reminder.owner.tzinfo).date()
            Reminder.objects.filter(pk=reminder.pk).update(
                snoozed_until=today + datetime.timedelta(days=1)
            )
        else:
            Reminder.objects.filter(pk=reminder.pk).update(
                enabled=False, next_send_at=None, unsubscribed_at=now
            )
    log.info("reminder link used delivery=%s purpose=%s", delivery.pk, purpose)


def reminders_update(
    *, owner: User, zone: str, choices: dict[ReminderKind, dict]
) -> list[Reminder]:
    """Save the reminders page at once: the patient's time zone and each kind's settings
    (reminder_save's keyword arguments). Returns the reminders; nothing is saved unless
    all of it is."""
    with transaction.atomic():
        if owner.timezone != zone:
            owner.timezone = zone
            owner.save(update_fields=["timezone"])
        return [reminder_save(owner=owner, kind=kind, **values) for kind, values in choices.items()]
