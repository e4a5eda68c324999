"""Appointments and their visit packs: the figures for the period since the previous
appointment, and questions drafted from the diary that the patient edits."""

import datetime

from django.utils import timezone

from diary.models import Appointment, Medication, MedicationDose, MigraineAttack


def test_an_appointment_opens_its_pack_with_figures_and_drafted_questions(alice_client, alice):
    now = timezone.now()
    naproxen = Medication.objects.create(
        owner=alice, name="Naproxen", category="nsaid", purpose="disease_modifying"
    )
    for days_ago in range(1, 6):
        MedicationDose.objects.create(
            medication=naproxen, taken_at=now - datetime.timedelta(days=days_ago)
        )
    MigraineAttack.objects.create(
        owner=alice,
        started_at=now - datetime.timedelta(days=2, hours=5),
        ended_at=now - datetime.timedelta(days=2),
        aura=True,
    )
    day = timezone.localdate() + datetime.timedelta(days=7)

    response = alice_client.post(
        "/diary/appointments/", {"day": day.isoformat(), "specialty": "neurology"}, follow=True
    )

    appointment = Appointment.objects.get(owner=alice)
    page = response.content.decode()
    assert "Your visit pack" in page
    assert "You logged 1 attack, 1 of them migraine." in page
    assert "5 days" in page  # NSAID days for the joints, counted towards overuse
    assert "does that count towards medication overuse for me?" in page
    assert appointment.questions and "anti-inflammatory" in appointment.questions[0]


def test_the_patient_edits_moves_and_removes_questions(alice_client, alice):
    appointment = Appointment.objects.create(
        owner=alice, day=timezone.localdate(), specialty="rheumatology", questions=["A", "B"]
    )
    url = f"/diary/appointments/{appointment.pk}/"

    alice_client.post(url, {"question": ["A", "B", "C?"], "move": "2:up"})
    appointment.refresh_from_db()
    assert appointment.questions == ["A", "C?", "B"]

    alice_client.post(url, {"question": ["", "C?", "B", ""]})
    appointment.refresh_from_db()
    assert appointment.questions == ["C?", "B"]


def test_too_long_a_question_saves_nothing(alice_client, alice):
    appointment = Appointment.objects.create(
        owner=alice, day=timezone.localdate(), specialty="other", questions=["Kept"]
    )

    response = alice_client.post(
        f"/diary/appointments/{appointment.pk}/", {"question": ["x" * 301]}, follow=True
    )

    assert "nothing was saved" in response.content.decode()
    appointment.refresh_from_db()
    assert appointment.questions == ["Kept"]


def test_a_date_far_away_is_refused(alice_client, alice):
    response = alice_client.post(
        "/diary/appointments/", {"day": "2099-01-01", "specialty": "neurology"}
    )

    assert "within two years of today" in response.content.decode()
    assert not Appointment.objects.exists()


def test_a_control_character_in_a_question_saves_nothing(alice_client, alice):
    appointment = Appointment.objects.create(
        owner=alice, day=timezone.localdate(), specialty="other", questions=["Kept"]
    )

    response = alice_client.post(
        f"/diary/appointments/{appointment.pk}/", {"question": ["a\x00b"]}, follow=True
    )

    assert "invisible control characters" in response.content.decode()
    appointment.refresh_from_db()
    assert appointment.questions == ["Kept"]
