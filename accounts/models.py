import uuid
import zoneinfo

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone as django_timezone

TIMEZONE_CHOICES = sorted((name, name.replace("_", " ")) for name in zoneinfo.available_timezones())


class UserManager(BaseUserManager):
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


class User(AbstractBaseUser, PermissionsMixin):
    """Someone who logs in with their e-mail address: a patient or a clinician.

    Curators are staff users in the "Content editors" group; their role is irrelevant
    to curation.
    """

    class Role(models.TextChoices):
        PATIENT = "patient", "Patient"
        CLINICIAN = "clinician", "Clinician"

    class Theme(models.TextChoices):
        SYSTEM = "system", "Follow my device"
        LIGHT = "light", "Light"
        DARK = "dark", "Dark (dim, for light sensitivity)"
        CONTRAST = "contrast", "High contrast"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField("e-mail address", max_length=254, unique=True)
    display_name = models.CharField(max_length=80, blank=True)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.PATIENT)
    timezone = models.CharField(max_length=64, choices=TIMEZONE_CHOICES, default="UTC")
    theme = models.CharField(max_length=20, choices=Theme.choices, default=Theme.SYSTEM)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=django_timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(role__in=["patient", "clinician"]), name="user_role_valid"
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


class PatientProfile(models.Model):
    """What a patient tells Overlap about themselves beyond their account."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    conditions = models.ManyToManyField("education.Condition", blank=True)
    cycle_tracking = models.BooleanField(
        "track my menstrual cycle",
        default=False,
        help_text="Adds a menstruation question to your daily check-in.",
    )

    def __str__(self) -> str:
        return f"Profile of {self.user}"

    @property
    def timezone(self) -> str:
        return self.user.timezone
