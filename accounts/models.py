import datetime
import hashlib
import time
import uuid
import zoneinfo
from typing import ClassVar, TypeAlias

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone as django_timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

TIMEZONE_CHOICES = sorted((name, name.replace("_", " ")) for name in zoneinfo.available_timezones())


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields) -> "User":
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields) -> "User":
        fields.setdefault("is_staff", True)
        fields.setdefault("is_superuser", True)
        return self.create_user(email, password, **fields)


# The choices that constraints check are at module level, where Meta can see them.


class Role(models.TextChoices):
    PATIENT = "patient", _("Patient")
    CLINICIAN = "clinician", _("Clinician")


class OnboardingStep(models.TextChoices):
    """The screens a new patient goes through after sign-up, in order."""

    CONDITIONS = "conditions", _("Your conditions")
    TIMEZONE = "timezone", _("Your time zone")
    MEDICINES = "medicines", _("Your medicines")
    REMINDERS = "reminders", _("Reminders")
    CYCLE = "cycle", _("Cycle tracking")
    THEME = "theme", _("Colours")


class User(AbstractBaseUser, PermissionsMixin):
    """Someone who logs in with their e-mail address: a patient or a clinician.

    Curators are staff users in the "Content editors" group; their role is irrelevant
    to curation.
    """

    Role: TypeAlias = Role
    OnboardingStep: TypeAlias = OnboardingStep

    class Theme(models.TextChoices):
        SYSTEM = "system", _("Follow my device")
        LIGHT = "light", pgettext_lazy("colour theme", "Light")
        DARK = "dark", _("Dark (dim, for light sensitivity)")
        CONTRAST = "contrast", _("High contrast")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("e-mail address"), max_length=254, unique=True)
    display_name = models.CharField(max_length=80, blank=True)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.PATIENT)
    timezone = models.CharField(max_length=64, choices=TIMEZONE_CHOICES, default="UTC")
    theme = models.CharField(max_length=20, choices=Theme.choices, default=Theme.SYSTEM)
    # Pages and e-mails are in this language (accounts.middleware.UserLanguageMiddleware,
    # accounts.language). Sign-up stores the language the visitor was reading in; blank only
    # for accounts from before Overlap was translated, which follow the browser.
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, blank=True, default=""
    )
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=django_timezone.now)
    # Sign-up sets the first step for a new patient; blank once they finish or skip it, and
    # for everyone who never had it to do (clinicians, curators, accounts from before).
    onboarding_step = models.CharField(
        max_length=20, choices=OnboardingStep.choices, blank=True, default="", editable=False
    )
    onboarding_finished_at = models.DateTimeField(null=True, blank=True, editable=False)
    # False while the zone is one nobody chose: sign-up's UTC, or UTC kept from before Overlap
    # asked. Accounts made another way (an administrator, the demo) are given their zone.
    timezone_confirmed = models.BooleanField(default=True, editable=False)
    # When the one-time question about the zone was answered or dismissed.
    timezone_asked_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(role__in=Role.values), name="user_role_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(onboarding_step__in=["", *OnboardingStep.values]),
                name="user_onboarding_step_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name or self.email

    @property
    def is_patient(self) -> bool:
        return self.role == self.Role.PATIENT

    @property
    def is_clinician(self) -> bool:
        return self.role == self.Role.CLINICIAN

    @property
    def tzinfo(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def in_onboarding(self) -> bool:
        """A patient who signed up and has neither finished nor skipped the first steps."""
        return bool(self.onboarding_step) and self.is_patient and not self.is_staff

    @property
    def timezone_question_due(self) -> bool:
        """Whether to ask, once, for a zone nobody chose (onboarding asks its own way)."""
        return (
            not self.timezone_confirmed
            and self.timezone_asked_at is None
            and not self.in_onboarding
        )


class VesselRisk(models.TextChoices):
    """Facts about the heart and blood vessels that matter for triptans and ergots
    (CLINICAL.md, triptan caution). Each label reads after "with", as the caution names it."""

    CORONARY_HEART_DISEASE = "coronary_heart_disease", "coronary heart disease"
    STROKE_OR_TIA = "stroke_or_tia", "a past stroke or TIA (mini-stroke)"
    PERIPHERAL_VASCULAR_DISEASE = "peripheral_vascular_disease", "peripheral vascular disease"
    HIGH_BLOOD_PRESSURE = "high_blood_pressure", "high blood pressure"
    RAYNAUDS = "raynauds", "Raynaud's phenomenon"
    HEMIPLEGIC_OR_BRAINSTEM_AURA = (
        "hemiplegic_or_brainstem_aura",
        "hemiplegic or brainstem aura",
    )


class PatientProfile(models.Model):
    """What a patient tells Overlap about themselves beyond their account."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    conditions = models.ManyToManyField("education.Condition", blank=True)
    cycle_tracking = models.BooleanField(
        _("track my menstrual cycle"),
        default=False,
        help_text=_("Adds a menstruation question to your daily check-in."),
    )
    # VesselRisk values, in the order of its choices; unknown values are ignored on reading.
    vessel_risks = models.JSONField(default=list, blank=True)
    # Celiac disease among the conditions asks it anyway (diary.forms.CheckInForm).
    gluten_questions = models.BooleanField(
        _("ask whether I ate gluten"),
        default=False,
        help_text=_(
            "Adds a gluten question to your daily check-in. "
            "With celiac disease among your conditions it is always asked."
        ),
    )

    def __str__(self) -> str:
        return f"Profile of {self.user}"

    @property
    def timezone(self) -> str:
        return self.user.timezone

    @property
    def vessel_risk_labels(self) -> list[str]:
        """The recorded facts as the caution names them, in the order of VesselRisk."""
        return [risk.label for risk in VesselRisk if risk.value in self.vessel_risks]


def first_diary_version() -> int:
    """Where a patient's diary version starts: the time in microseconds. A table made again
    (a rollback and migrating again) starts its counters past every count of the one
    before, so summaries kept under those counts are never found again."""
    return time.time_ns() // 1000


class DiaryVersion(models.Model):
    """A counter raised by every write to a patient's diary or profile (diary/versions.py),
    so that what is worked out of them can be kept until it changes: the clinician's list
    keeps each patient's attention under it (clinic/summaries.py).

    A table of its own rather than a column on User: a User saved from a stale instance
    (a settings form, the onboarding) would put an older count back, and an older count
    would find an older diary's summary still kept. Every user has one from the migration
    that made the table or from their profile's creation; one without is never kept.
    """

    user = models.OneToOneField(User, on_delete=models.CASCADE, primary_key=True, related_name="+")
    version = models.PositiveBigIntegerField(default=first_diary_version)

    def __str__(self) -> str:
        return f"Diary version {self.version} of user {self.user_id}"


class Section(models.TextChoices):
    """The parts of a diary a patient may share with a clinician, each chosen per share."""

    MIGRAINE = "migraine", _("Migraine and headache")
    FLARES = "flares", _("Flares")
    MEDICINES = "medicines", _("Medicines")
    CHECKINS = "checkins", _("Daily check-ins and factors")
    NOTES = "notes", _("Notes")


# What each section covers, in the patient's words (the sharing page says it).
SECTION_HELP = {
    Section.MIGRAINE: _("attacks, migraine and headache days, pain and headache-free days"),
    Section.FLARES: _("flares of your conditions, and how migraine lines up with them"),
    Section.MEDICINES: _("your medicines, the days you took them and the alerts about them"),
    Section.CHECKINS: _("sleep, stress, fatigue, joint pain, triggers and questionnaires"),
    Section.NOTES: _("what you wrote in the notes of any entry, and your visit pack questions"),
}

# Each section named inside a sentence ("Dr Bob sees: migraine and headache, flares."): in
# lower case where the language writes it so, capitalised where it does not (German nouns).
SECTION_IN_SENTENCE = {
    Section.MIGRAINE: pgettext_lazy("a section, inside a sentence", "migraine and headache"),
    Section.FLARES: pgettext_lazy("a section, inside a sentence", "flares"),
    Section.MEDICINES: pgettext_lazy("a section, inside a sentence", "medicines"),
    Section.CHECKINS: pgettext_lazy("a section, inside a sentence", "daily check-ins and factors"),
    Section.NOTES: pgettext_lazy("a section, inside a sentence", "notes"),
}

# The CareShare field that holds each section. Notes keep the field they always had.
SECTION_FIELDS = {
    Section.MIGRAINE: "shows_migraine",
    Section.FLARES: "shows_flares",
    Section.MEDICINES: "shows_medicines",
    Section.CHECKINS: "shows_checkins",
    Section.NOTES: "include_notes",
}
ALL_SECTIONS: frozenset[str] = frozenset(Section.values)


class CareShareQuerySet(models.QuerySet):
    def live(self, *, now: datetime.datetime | None = None) -> "CareShareQuerySet":
        """Shares a clinician may read through right now: accepted, not revoked, not expired."""
        now = now or django_timezone.now()
        return self.filter(
            accepted_at__isnull=False, clinician__isnull=False, revoked_at__isnull=True
        ).filter(models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now))

    def for_patient(self, patient: "User") -> "CareShareQuerySet":
        """The shares this patient made, in any state."""
        return self.filter(patient=patient)

    def for_clinician(self, clinician: "User") -> "CareShareQuerySet":
        """The shares this clinician accepted, in any state."""
        return self.filter(clinician=clinician)


class CareShare(models.Model):
    """A patient's read-only share of their diary with one clinician.

    It starts as an invitation to an e-mail address (a single-use token, stored only as its
    SHA-256 hash) and is live once a clinician accepts it, until it is revoked or expires.
    """

    INVITATION_DAYS = 14

    class State(models.TextChoices):
        INVITED = "invited", pgettext_lazy("a share", "Invited")
        ACTIVE = "active", pgettext_lazy("a share", "Active")
        EXPIRED = "expired", pgettext_lazy("a share", "Expired")
        REVOKED = "revoked", pgettext_lazy("a share", "Revoked")

    class Delivery(models.TextChoices):
        """Where the invitation e-mail is: the worker sends it after the request."""

        QUEUED = "queued", pgettext_lazy("an invitation e-mail", "Sending")
        SENT = "sent", pgettext_lazy("an invitation e-mail", "Sent")
        FAILED = "failed", pgettext_lazy("an invitation e-mail", "Could not be sent")

    patient = models.ForeignKey(User, on_delete=models.CASCADE, related_name="shares_given")
    clinician = models.ForeignKey(
        User, on_delete=models.CASCADE, null=True, blank=True, related_name="shares_received"
    )
    invite_email = models.EmailField(_("clinician's e-mail address"), max_length=254)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    # The sections the clinician sees (SECTION_FIELDS), at least one of them; shares
    # from before sections existed showed all but notes as they chose, and still do.
    shows_migraine = models.BooleanField(_("migraine and headache"), default=True)
    shows_flares = models.BooleanField(_("flares"), default=True)
    shows_medicines = models.BooleanField(_("medicines"), default=True)
    shows_checkins = models.BooleanField(_("daily check-ins and factors"), default=True)
    include_notes = models.BooleanField(_("include my free-text notes"), default=False)
    # When the patient last changed the sections (the sharing page shows it).
    sections_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=django_timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    # share_invite queues the e-mail; a share made any other way (the demo, an
    # administrator) has no e-mail to wait for.
    invitation_delivery = models.CharField(
        max_length=10, choices=Delivery.choices, default=Delivery.SENT, editable=False
    )

    objects = CareShareQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(clinician__isnull=True, accepted_at__isnull=True)
                | models.Q(clinician__isnull=False, accepted_at__isnull=False),
                name="careshare_accepted_with_clinician",
            ),
            models.CheckConstraint(
                condition=~models.Q(clinician=models.F("patient")),
                name="careshare_not_with_self",
            ),
            models.CheckConstraint(
                condition=models.Q(expires_at__isnull=True)
                | models.Q(expires_at__gt=models.F("created_at")),
                name="careshare_expires_after_created",
            ),
            models.CheckConstraint(
                condition=models.Q(accepted_at__isnull=True)
                | models.Q(accepted_at__gte=models.F("created_at")),
                name="careshare_accepted_after_created",
            ),
            models.CheckConstraint(
                condition=models.Q(revoked_at__isnull=True)
                | models.Q(revoked_at__gte=models.F("created_at")),
                name="careshare_revoked_after_created",
            ),
            models.CheckConstraint(
                condition=models.Q(invitation_delivery__in=["queued", "sent", "failed"]),
                name="careshare_invitation_delivery_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(shows_migraine=True)
                | models.Q(shows_flares=True)
                | models.Q(shows_medicines=True)
                | models.Q(shows_checkins=True)
                | models.Q(include_notes=True),
                name="careshare_some_section",
            ),
        ]
        indexes = [models.Index(fields=["clinician", "patient"])]

    def __str__(self) -> str:
        return f"Share from {self.patient} with {self.clinician or self.invite_email}"

    @staticmethod
    def hash_token(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def sees(self, section: str) -> bool:
        """Whether the clinician sees this section (a Section value) of the diary."""
        return bool(getattr(self, SECTION_FIELDS[Section(section)]))

    @property
    def sections(self) -> frozenset[str]:
        """The sections the clinician sees, as Section values."""
        return frozenset(section.value for section in Section if self.sees(section))

    @property
    def section_labels(self) -> list[str]:
        """The sections shared, in words and in the order of Section."""
        return [str(section.label) for section in Section if self.sees(section)]

    @property
    def section_words(self) -> str:
        """The sections shared, in order, as words inside a sentence (SECTION_IN_SENTENCE)."""
        return ", ".join(
            str(SECTION_IN_SENTENCE[section]) for section in Section if self.sees(section)
        )

    def set_sections(self, sections: "set[str] | frozenset[str]") -> None:
        """Set the section fields (unsaved) to exactly `sections`, Section values."""
        for section, field in SECTION_FIELDS.items():
            setattr(self, field, section.value in sections)

    @property
    def invitation_expires_at(self) -> datetime.datetime:
        """When an invitation that nobody accepted stops working."""
        return self.created_at + datetime.timedelta(days=self.INVITATION_DAYS)

    def state_at(self, now: datetime.datetime) -> "CareShare.State":
        if self.revoked_at is not None:
            return self.State.REVOKED
        if self.expires_at is not None and self.expires_at <= now:
            return self.State.EXPIRED
        if self.accepted_at is None:
            if now >= self.invitation_expires_at:
                return self.State.EXPIRED
            return self.State.INVITED
        return self.State.ACTIVE

    @property
    def state(self) -> "CareShare.State":
        return self.state_at(django_timezone.now())

    @property
    def is_live(self) -> bool:
        return self.state == self.State.ACTIVE

    @property
    def can_be_revoked(self) -> bool:
        return self.state in (self.State.INVITED, self.State.ACTIVE)


class AccessEventQuerySet(models.QuerySet):
    def for_patient(self, patient: "User") -> "AccessEventQuerySet":
        """What others read or exported of this patient's data, newest first."""
        return self.filter(patient=patient).order_by("-at", "-pk")


class AccessAction(models.TextChoices):
    VIEWED = "viewed", _("viewed")
    EXPORTED = "exported", _("exported")


class AccessWhat(models.TextChoices):
    SUMMARY = "summary", _("your summary in their patient list")
    TIMELINE = "timeline", _("your timeline")
    TIMELINE_DATA = "timeline-data", _("your timeline's chart data")
    REPORT = "report", _("your report")
    CSV = "csv", _("your data as CSV")
    FHIR = "fhir", _("your data as FHIR")
    VISIT_PACK = "visit-pack", _("a visit pack")


# What the access history says of each event, the action's word placed as each language
# places it ("Viewed your timeline", "Ihre Zeitleiste angesehen").
ACCESS_DESCRIPTIONS = {
    AccessAction.VIEWED: _("Viewed %(what)s"),
    AccessAction.EXPORTED: _("Exported %(what)s"),
}


class AccessEvent(models.Model):
    """One read or export of a patient's data by someone else (an audit row, never edited)."""

    Action: TypeAlias = AccessAction
    What: TypeAlias = AccessWhat

    patient = models.ForeignKey(User, on_delete=models.CASCADE, related_name="access_events")
    actor = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, related_name="access_events_made"
    )
    # Kept as text so the history still names a clinician whose account is gone.
    actor_label = models.CharField(max_length=300)
    share = models.ForeignKey(CareShare, on_delete=models.SET_NULL, null=True, blank=True)
    action = models.CharField(max_length=20, choices=Action.choices)
    what = models.CharField(max_length=20, choices=What.choices)
    at = models.DateTimeField(default=django_timezone.now, db_index=True)

    objects = AccessEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(action__in=AccessAction.values),
                name="accessevent_action_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(what__in=AccessWhat.values),
                name="accessevent_what_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(actor=models.F("patient")),
                name="accessevent_actor_is_someone_else",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor_label} {self.action} {self.get_what_display()} at {self.at:%Y-%m-%d}"

    @property
    def description(self) -> str:
        """What the clinician did, as the patient's access history says it."""
        return str(ACCESS_DESCRIPTIONS[AccessAction(self.action)]) % {
            "what": self.get_what_display()
        }
