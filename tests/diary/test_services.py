"""diary/services.py: saving an entry once per form token, starting and ending an attack."""

import datetime
import uuid
from unittest import mock

import pytest
from django.db import IntegrityError
from django.utils import timezone

from diary import services
from diary.forms import AttackForm, MedicationForm
from diary.models import Medication, MigraineAttack, Trigger

NOW = datetime.datetime(2025, 6, 30, 16, 41, 37, 250000, tzinfo=datetime.UTC)
TOKEN = uuid.UUID("3f1b8f0e-8e0b-4a51-9d6c-0c6c2f6f8a01")


def medication_form(owner, *, name: str = "Sumatriptan", token: uuid.UUID = TOKEN):
    form = MedicationForm(
        {"name": name, "category": "triptan", "purpose": "acute", "form_token": str(token)},
        owner=owner,
    )
    assert form.is_valid(), form.errors
    return form


def attack_form(owner, *, ended: bool = True, instance=None, **data):
    started = timezone.now() - datetime.timedelta(hours=5)
    fields = {
        "attack_type": "migraine",
        "started_at": started.strftime("%Y-%m-%dT%H:%M"),
        "ended_at": (started + datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
        if ended
        else "",
        **data,
    }
    form = AttackForm(fields, owner=owner, instance=instance)
    assert form.is_valid(), form.errors
    return form


# --- entry_save_once ---------------------------------------------------------------


def test_it_saves_a_new_entry_for_its_owner_with_its_token(alice):
    medication, created = services.entry_save_once(
        form=medication_form(alice), owner=alice, token=TOKEN
    )

    assert created
    saved = Medication.objects.get()
    assert saved == medication
    assert (saved.owner, saved.idempotency_key, saved.name) == (alice, TOKEN, "Sumatriptan")


def test_it_returns_the_first_entry_when_the_same_token_comes_again(alice):
    first, _ = services.entry_save_once(form=medication_form(alice), owner=alice, token=TOKEN)

    again, created = services.entry_save_once(
        form=medication_form(alice, name="Something else"), owner=alice, token=TOKEN
    )

    assert not created
    assert again == first
    assert list(Medication.objects.values_list("name", flat=True)) == ["Sumatriptan"]


def test_it_saves_every_entry_without_a_token(alice):
    services.entry_save_once(form=medication_form(alice, name="A"), owner=alice, token=None)
    _, created = services.entry_save_once(
        form=medication_form(alice, name="B"), owner=alice, token=None
    )

    assert created
    assert Medication.objects.filter(idempotency_key__isnull=True).count() == 2


def test_it_saves_the_entrys_links(alice):
    stress = Trigger.objects.get(name="Stress")

    attack, _ = services.entry_save_once(
        form=attack_form(alice, triggers=[stress.pk]), owner=alice, token=TOKEN
    )

    assert list(MigraineAttack.objects.get(pk=attack.pk).triggers.all()) == [stress]


def test_it_never_returns_another_patients_entry_for_their_token(alice, charlie):
    services.entry_save_once(form=medication_form(alice), owner=alice, token=TOKEN)

    with pytest.raises(IntegrityError):
        services.entry_save_once(form=medication_form(charlie), owner=charlie, token=TOKEN)

    assert not Medication.objects.for_owner(charlie).exists()


def test_it_returns_the_entry_a_request_beside_it_saved_with_the_same_token(alice):
    form = medication_form(alice)
    save = form.save

    def save_after_the_other_request(commit=True):
        # The other request saves between this one's look for the token and its own save.
        Medication.objects.create(
            owner=alice,
            name="Sumatriptan",
            category="triptan",
            purpose="acute",
            idempotency_key=TOKEN,
        )
        return save(commit=commit)

    form.save = save_after_the_other_request

    entry, created = services.entry_save_once(form=form, owner=alice, token=TOKEN)

    assert not created
    assert entry == Medication.objects.get()


def test_it_leaves_a_clash_with_another_entry_to_the_caller_and_saves_nothing(alice):
    form = attack_form(alice, ended=False)
    # Another request starts an attack after this form's own check: only the database's
    # constraint (one ongoing attack per patient) sees the clash now.
    MigraineAttack.objects.create(owner=alice, started_at=timezone.now())

    with pytest.raises(IntegrityError):
        services.entry_save_once(form=form, owner=alice, token=TOKEN)

    assert MigraineAttack.objects.count() == 1
    assert not MigraineAttack.objects.filter(idempotency_key=TOKEN).exists()


# --- entry_update --------------------------------------------------------------------


def test_it_saves_the_changes_and_links_of_an_entry(alice, attack):
    stress = Trigger.objects.get(name="Stress")

    updated = services.entry_update(
        form=attack_form(alice, instance=attack, peak_intensity="3", triggers=[stress.pk])
    )

    attack.refresh_from_db()
    assert updated == attack
    assert attack.peak_intensity == 3
    assert list(attack.triggers.all()) == [stress]


def test_it_leaves_the_entry_unchanged_when_the_change_clashes(alice, attack):
    form = attack_form(alice, ended=False, instance=attack, peak_intensity="1")
    MigraineAttack.objects.create(owner=alice, started_at=timezone.now())

    with pytest.raises(IntegrityError):
        services.entry_update(form=form)

    attack.refresh_from_db()
    assert attack.ended_at is not None and attack.peak_intensity == 6


# --- attack_start and attack_end -------------------------------------------------------


@pytest.mark.parametrize("minutes_ago", [0, 15, 60])
def test_it_starts_an_attack_some_minutes_ago_to_the_minute(alice, minutes_ago):
    with mock.patch("django.utils.timezone.now", return_value=NOW):
        attack = services.attack_start(owner=alice, minutes_ago=minutes_ago)

    attack = MigraineAttack.objects.get(pk=attack.pk)
    expected = datetime.datetime(2025, 6, 30, 16, 41, tzinfo=datetime.UTC)
    assert attack.started_at == expected - datetime.timedelta(minutes=minutes_ago)
    assert (attack.owner, attack.ended_at) == (alice, None)


def test_it_starts_no_second_attack_while_one_is_in_progress(alice, ongoing_attack):
    assert services.attack_start(owner=alice, minutes_ago=0) is None

    assert list(MigraineAttack.objects.all()) == [ongoing_attack]


def test_another_patients_attack_does_not_stop_a_start(alice, charlie, ongoing_attack):
    attack = services.attack_start(owner=charlie, minutes_ago=0)

    assert attack is not None and attack.owner == charlie


def test_it_ends_an_ongoing_attack_now(ongoing_attack):
    assert services.attack_end(attack=ongoing_attack, now=NOW.replace(year=2099))

    ongoing_attack.refresh_from_db()
    assert ongoing_attack.ended_at == NOW.replace(year=2099)


def test_it_ends_an_attack_at_its_start_when_now_is_before_it(ongoing_attack):
    services.attack_end(
        attack=ongoing_attack, now=ongoing_attack.started_at - datetime.timedelta(hours=1)
    )

    ongoing_attack.refresh_from_db()
    assert ongoing_attack.ended_at == ongoing_attack.started_at


def test_it_leaves_an_ended_attack_as_it_was(attack):
    ended_at = attack.ended_at

    assert not services.attack_end(attack=attack, now=NOW.replace(year=2099))

    attack.refresh_from_db()
    assert attack.ended_at == ended_at
