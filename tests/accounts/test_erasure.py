"""Leaving Overlap: account_erase and /accounts/delete/ remove the account and every row
that belongs to it, in every table of every installed app."""

import logging
import uuid
from importlib import import_module

import pytest
from allauth.account.models import EmailAddress, EmailConfirmation
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group, Permission
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import AccessEvent, CareShare, PatientProfile, User
from accounts.services import account_erase
from diary.models import (
    Appointment,
    DailyCheckIn,
    DeviceItem,
    HeadacheFreeDay,
    ImportBatch,
    ImportedRecord,
    KeptInstrument,
    MigraineAttack,
    PushSubscription,
    QuestionnaireResponse,
    Reminder,
    ReminderDelivery,
)
from education.models import Condition
from tests.conftest import PASSWORD, give_totp, make_share
from tests.diary.test_exports import make_diary

DELETE_URL = "/accounts/delete/"


def logged_in_client(user: User) -> Client:
    """A client with a real login, so its session row is in the database."""
    client = Client()
    assert client.login(email=user.email, password=PASSWORD)
    return client


def everything_of(user: User, *, note: str) -> None:
    """A row of the user's in every table that can hold one."""
    make_diary(user, 2, note=note)
    email = EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    EmailConfirmation.create(email)
    RecoveryCodes.activate(user)
    give_totp(user)
    permission = Permission.objects.first()
    assert permission is not None
    user.user_permissions.add(permission)
    user.groups.add(Group.objects.get(name="Content editors"))
    LogEntry.objects.create(user=user, object_repr=note, action_flag=ADDITION)
    # An edit in the history tables (as if the user had changed a condition).
    lupus = Condition.objects.get(slug="lupus")
    # simple-history reads this attribute, which the model does not declare.
    lupus._history_user = user  # type: ignore[attr-defined]
    lupus.save()
    # Reminders, one e-mail that told of a share, and a headache-free day.
    reminder = Reminder.objects.create(owner=user, kind="checkin", enabled=True)
    delivery = ReminderDelivery.objects.create(
        reminder=reminder, due_at=timezone.now(), local_day=timezone.now().date(), link_nonce="n"
    )
    delivery.shares.add(make_share(user, None))
    HeadacheFreeDay.objects.create(owner=user, day=timezone.now().date())
    # An action synced from the quick log's outbox on the user's phone.
    DeviceItem.objects.create(
        owner=user,
        device_id=uuid.uuid4(),
        kind="attack_start",
        attack=MigraineAttack.objects.filter(owner=user).first(),
        recorded_at=timezone.now(),
    )
    Appointment.objects.create(
        owner=user, day=timezone.now().date(), specialty="neurology", questions=[note]
    )
    # A kept questionnaire and a paused answer.
    KeptInstrument.objects.create(owner=user, slug="phq9", interval_days=14)
    QuestionnaireResponse.objects.create(owner=user, slug="phq9", version="PHQ-9")
    # An import, and the record of an entry it made.
    batch = ImportBatch.objects.create(owner=user, format="overlap", file_hash="0" * 64)
    ImportedRecord.objects.create(
        batch=batch, row=2, attack=MigraineAttack.objects.filter(owner=user).first()
    )
    # A phone that takes push reminders.
    PushSubscription.objects.create(
        owner=user, endpoint=f"https://push.example.com/send/{user.pk}", p256dh="key", auth="auth"
    )


def cascade_edges() -> list[tuple[type[models.Model], models.Field]]:
    """Every foreign key and one-to-one column of every installed model."""
    return [
        (model, field)
        for model in apps.get_models(include_auto_created=True)
        for field in model._meta.concrete_fields
        if field.is_relation and (field.many_to_one or field.one_to_one)
    ]


def rows_of(user: User) -> tuple[dict, dict]:
    """The rows that belong to `user`, walking every foreign key of every model from the
    user outwards: (model -> pks that go with the user, (model, field) -> pks that only
    point at them and are kept with the pointer emptied (SET_NULL))."""
    owned: dict[type[models.Model], set] = {User: {user.pk}}
    pointing: dict[tuple, set] = {}
    changed = True
    while changed:
        changed = False
        for model, field in cascade_edges():
            relation = field.remote_field
            assert relation is not None  # cascade_edges gives relations only
            target = relation.model
            if target not in owned:
                continue
            pks = set(
                model._base_manager.filter(**{f"{field.name}__in": owned[target]}).values_list(
                    "pk", flat=True
                )
            )
            if relation.on_delete is models.SET_NULL:
                if pks - pointing.get((model, field.name), set()):
                    pointing.setdefault((model, field.name), set()).update(pks)
                    changed = True
            elif pks - owned.get(model, set()):
                owned.setdefault(model, set()).update(pks)
                changed = True
    return owned, pointing


def models_that_cascade_from_users() -> set[type[models.Model]]:
    reached: set[type[models.Model]] = {User}
    changed = True
    while changed:
        changed = False
        for model, field in cascade_edges():
            relation = field.remote_field
            assert relation is not None  # cascade_edges gives relations only
            if (
                model not in reached
                and relation.model in reached
                and relation.on_delete is not models.SET_NULL
            ):
                reached.add(model)
                changed = True
    return reached


def session_owners() -> list[str]:
    store = import_module(settings.SESSION_ENGINE).SessionStore
    model = store.get_model_class()
    return [
        str(store().decode(session.session_data).get(SESSION_KEY))
        for session in model.objects.all()
    ]


def assert_gone(owned: dict, pointing: dict, user_pk: int) -> None:
    for model, pks in owned.items():
        assert not model._base_manager.filter(pk__in=pks).exists(), model._meta.label
    for (model, field), pks in pointing.items():
        left = model._base_manager.filter(pk__in=pks, **{f"{field}__isnull": False})
        assert not left.exists(), f"{model._meta.label}.{field}"
    assert str(user_pk) not in session_owners()


# --- account_erase -------------------------------------------------------------------


def test_it_leaves_no_row_of_the_patient_in_any_table(alice, charlie, bob):
    everything_of(alice, note="alice")
    everything_of(charlie, note="charlie")
    share = make_share(alice, bob, include_notes=True)
    make_share(alice, None)  # an invitation nobody accepted yet
    AccessEvent.objects.create(
        patient=alice, actor=bob, actor_label="Dr Bob", share=share, action="viewed", what="report"
    )
    alice_sessions = [logged_in_client(alice), logged_in_client(alice)]
    logged_in_client(charlie)
    owned, pointing = rows_of(alice)
    charlie_before = rows_of(charlie)
    # The walk saw a row of Alice's in every table a user's rows cascade into.
    assert {model for model, pks in owned.items() if pks} == models_that_cascade_from_users()
    assert session_owners().count(str(alice.pk)) == len(alice_sessions)
    alice_pk = alice.pk

    account_erase(user=alice)

    assert_gone(owned, pointing, alice_pk)
    assert rows_of(charlie) == charlie_before
    assert str(charlie.pk) in session_owners()
    assert User.objects.filter(pk=bob.pk).exists()
    assert Condition.objects.filter(slug="lupus").exists()
    # Alice's history edit is kept for the page's record, with no one named.
    assert Condition.history.filter(history_user__isnull=True).exists()


def test_alices_erasure_leaves_the_trigger_catalogue_and_charlies_diary(alice, charlie):
    make_diary(alice, 2, note="alice")
    make_diary(charlie, 2, note="charlie")
    catalogue = set(
        apps.get_model("diary", "Trigger").objects.catalogue().values_list("pk", flat=True)
    )

    account_erase(user=alice)

    assert MigraineAttack.objects.filter(owner=charlie).count() == 2
    assert DailyCheckIn.objects.filter(owner=charlie).count() == 2
    assert catalogue == set(
        apps.get_model("diary", "Trigger").objects.catalogue().values_list("pk", flat=True)
    )


def test_a_clinician_can_leave_and_the_patients_access_history_keeps_their_name(alice, bob):
    share = make_share(alice, bob)
    event = AccessEvent.objects.create(
        patient=alice, actor=bob, actor_label="Dr Bob", share=share, action="viewed", what="report"
    )
    owned, pointing = rows_of(bob)
    bob_pk = bob.pk

    account_erase(user=bob)

    assert_gone(owned, pointing, bob_pk)
    event.refresh_from_db()
    assert (event.actor_id, event.actor_label, event.patient_id) == (None, "Dr Bob", alice.pk)
    assert not CareShare.objects.filter(pk=share.pk).exists()


def test_it_refuses_staff_accounts(carol):
    with pytest.raises(ValueError):
        account_erase(user=carol)

    assert User.objects.filter(pk=carol.pk).exists()


def test_it_logs_the_erasure_by_user_id_only(alice, caplog):
    make_diary(alice, 1, note="alice")
    alice_pk = alice.pk

    with caplog.at_level(logging.INFO, logger="overlap.security"):
        account_erase(user=alice)

    lines = [record.getMessage() for record in caplog.records if record.name == "overlap.security"]
    assert lines == [f"account erased user={alice_pk}"]


# --- /accounts/delete/ ---------------------------------------------------------------


def test_the_page_says_what_goes_and_asks_for_the_password(alice_client):
    response = alice_client.get(DELETE_URL)

    assert response.status_code == 200
    text = response.content.decode()
    assert "cannot be undone" in text
    assert "Every share with a clinician" in text
    assert 'name="password"' in text
    assert 'name="confirm"' in text
    assert reverse("accounts:profile") + "#your-data" in text


def test_a_patient_deletes_their_account_and_is_logged_out(alice, bob, password):
    make_diary(alice, 2, note="alice")
    client = logged_in_client(alice)
    other_device = logged_in_client(alice)

    response = client.post(DELETE_URL, {"password": password, "confirm": "on"}, follow=True)

    assert response.redirect_chain[0] == (reverse("home"), 302)
    assert "Your account and all your data are deleted" in response.content.decode()
    assert not User.objects.filter(email="alice@example.com").exists()
    assert not MigraineAttack.objects.exists()
    for each in (client, other_device):
        after = each.get(reverse("diary:entry-list"))
        assert after.status_code == 302
        assert after.url.startswith(reverse("account_login"))
    # She cannot log in again.
    assert not Client().login(email="alice@example.com", password=password)


def test_a_wrong_password_deletes_nothing(alice_client, alice, caplog):
    make_diary(alice, 1, note="alice")

    with caplog.at_level(logging.INFO, logger="overlap.security"):
        response = alice_client.post(DELETE_URL, {"password": "not it at all", "confirm": "on"})

    assert response.status_code == 200
    assert "That is not your password. Nothing was deleted." in response.content.decode()
    assert User.objects.filter(pk=alice.pk).exists()
    assert MigraineAttack.objects.filter(owner=alice).count() == 1
    assert alice_client.get(reverse("diary:entry-list")).status_code == 200
    assert f"account erase refused user={alice.pk}" in caplog.messages


def test_without_the_tick_nothing_is_deleted(alice_client, alice, password):
    response = alice_client.post(DELETE_URL, {"password": password})

    assert response.status_code == 200
    assert "Tick the box to confirm" in response.content.decode()
    assert User.objects.filter(pk=alice.pk).exists()


def test_guessing_the_password_is_rate_limited(alice_client, alice, password):
    for _ in range(10):
        alice_client.post(DELETE_URL, {"password": "guess guess guess", "confirm": "on"})

    response = alice_client.post(DELETE_URL, {"password": password, "confirm": "on"})

    assert response.status_code == 429
    assert User.objects.filter(pk=alice.pk).exists()


def test_shared_clinician_links_answer_404_once_the_patient_has_left(
    client, alice, bob, alice_shares_with_bob, password
):
    make_diary(alice, 1, note="alice")
    client.force_login(bob)
    urls = [
        reverse("clinic:timeline", args=[alice.uuid]),
        reverse("clinic:timeline-data", args=[alice.uuid]),
        reverse("clinic:report", args=[alice.uuid]),
    ]
    assert [client.get(url).status_code for url in urls] == [200, 200, 200]

    logged_in_client(alice).post(DELETE_URL, {"password": password, "confirm": "on"})

    assert [client.get(url).status_code for url in urls] == [404, 404, 404]
    assert "alice" not in client.get(reverse("clinic:patient-list")).content.decode().lower()


def test_a_clinician_can_delete_their_account(bob, password):
    client = logged_in_client(bob)

    page = client.get(DELETE_URL)
    response = client.post(DELETE_URL, {"password": password, "confirm": "on"})

    assert "The shares patients gave you" in page.content.decode()
    assert response.status_code == 302
    assert not User.objects.filter(pk=bob.pk).exists()


def test_curators_cannot_delete_themselves_here(carol_client, carol, password):
    assert carol_client.get(DELETE_URL).status_code == 404
    response = carol_client.post(DELETE_URL, {"password": password, "confirm": "on"})

    assert response.status_code == 404
    assert User.objects.filter(pk=carol.pk).exists()


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(DELETE_URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_the_profile_links_to_both_exports_and_to_deletion(alice_client, bob):
    text = alice_client.get(reverse("accounts:profile")).content.decode()

    assert reverse("diary:export-csv") in text
    assert reverse("diary:export-fhir") in text
    assert DELETE_URL in text
    bob_client = Client()
    bob_client.force_login(bob)
    clinician_text = bob_client.get(reverse("accounts:profile")).content.decode()
    assert reverse("diary:export-csv") not in clinician_text
    assert DELETE_URL in clinician_text


def test_a_profile_left_behind_would_be_found(alice):
    # The walk itself can fail: a row pointing at the user is reported.
    owned, pointing = rows_of(alice)
    assert PatientProfile in owned
    with pytest.raises(AssertionError):
        assert_gone(owned, pointing, alice.pk)
