import secrets

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts.models import CareShare, PatientProfile, User
from education.models import Condition

DEMO_PASSWORD = "overlap-demo-2026"
DEMO_ACCOUNTS = [
    ("patient@example.com", "Alex (demo patient)", User.Role.PATIENT, False),
    ("clinician@example.com", "Dr Sam Rivera (demo clinician)", User.Role.CLINICIAN, False),
    ("curator@example.com", "Jo (demo curator)", User.Role.PATIENT, True),
]


class Command(BaseCommand):
    help = (
        "Creates the demo patient, clinician and curator accounts (password "
        f"{DEMO_PASSWORD!r}) if they do not exist yet, and a live share from the demo "
        "patient to the demo clinician if there is none. Safe to run again."
    )

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        created = 0
        for email, name, role, is_curator in DEMO_ACCOUNTS:
            user = User.objects.filter(email=email).first()
            if user is None:
                # The demo starts on its home page, in a zone it chose: no onboarding.
                user = User.objects.create_user(
                    email,
                    DEMO_PASSWORD,
                    display_name=name,
                    role=role,
                    timezone="Europe/London",
                    timezone_confirmed=True,
                    onboarding_step="",
                )
                created += 1
            if is_curator:
                user.is_staff = True
                user.save(update_fields=["is_staff"])
                editors = Group.objects.filter(name="Content editors").first()
                if editors:
                    user.groups.add(editors)
            if user.is_patient and not is_curator:
                profile, _ = PatientProfile.objects.get_or_create(user=user)
                if not profile.conditions.exists():
                    profile.conditions.set(
                        Condition.objects.filter(
                            slug__in=["migraine-with-aura", "lupus", "rheumatoid-arthritis"]
                        )
                    )
        shared = self._share_demo_patient()
        for email, name, _, _ in DEMO_ACCOUNTS:
            self.stdout.write(f"  {name}: {email} / {DEMO_PASSWORD}")
        self.stdout.write(
            "  The demo patient shares their diary with the demo clinician, who is asked to "
            "set up two-factor authentication (an authenticator app) before seeing it; the "
            "demo curator is asked the same before the curation pages open."
        )
        self.stdout.write(
            f"Demo accounts ready ({created} created, {'a new' if shared else 'the'} demo share)."
        )

    def _share_demo_patient(self) -> bool:
        """A live share, until revoked and without notes, from the demo patient to the demo
        clinician. Returns whether it had to be made."""
        patient = User.objects.get(email=DEMO_ACCOUNTS[0][0])
        clinician = User.objects.get(email=DEMO_ACCOUNTS[1][0])
        if CareShare.objects.for_patient(patient).for_clinician(clinician).live().exists():
            return False
        now = timezone.now()
        CareShare.objects.create(
            patient=patient,
            clinician=clinician,
            invite_email=clinician.email,
            # A token nobody holds: the share is accepted already.
            token_hash=CareShare.hash_token(secrets.token_urlsafe(32)),
            created_at=now,
            accepted_at=now,
        )
        return True
