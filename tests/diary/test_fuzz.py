"""Whatever is posted to the diary's forms, the answer is a page or a redirect, never a 500,
and a refused form saves nothing at all."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diary.models import DailyCheckIn, Flare, Medication, MedicationDose, MigraineAttack

FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

nasty_text = st.one_of(
    st.text(max_size=50),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=20),
    st.just("\x00"),
    st.just("x" * 5000),
    st.sampled_from(["", " ", "0", "-1", "11", str(2**64), "1e308", "NaN", "inf", "abc"]),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
nasty_datetime = st.one_of(
    nasty_text,
    st.datetimes(min_value=datetime.datetime(1, 1, 1)).map(lambda moment: moment.isoformat()),
    st.sampled_from(
        ["2025-03-30T02:30", "2025-10-26T02:30", "9999-12-31T23:59", "0001-01-01T00:00"]
    ),
)
nasty_date = st.one_of(
    nasty_text, st.dates().map(lambda day: day.isoformat()), st.just("2025-02-30")
)
# Strings that are sometimes the right kind of value, to reach the save path too.
maybe_int = st.one_of(nasty_text, st.integers(min_value=-3, max_value=14).map(str))
maybe_token = st.one_of(nasty_text, st.uuids().map(str))


def post_and_check(client: Client, url: str, data: dict, counted) -> None:
    before = counted()
    response = client.post(url, {key: value for key, value in data.items() if value is not None})
    after = counted()
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert after == before, "a refused form saved something"
    else:
        assert after[0] <= before[0] + 1


def attack_rows():
    return (MigraineAttack.objects.count(), MigraineAttack.triggers.through.objects.count())


@FUZZ
@given(
    attack_type=nasty_text,
    started_at=nasty_datetime,
    ended_at=nasty_datetime,
    peak_intensity=maybe_int,
    disability=maybe_int,
    symptoms=st.lists(nasty_text, max_size=3),
    triggers=st.lists(maybe_int, max_size=3),
    location=nasty_text,
    notes=nasty_text,
    form_token=maybe_token,
)
def test_attack_form_survives_anything(alice_client, **data):
    post_and_check(alice_client, "/diary/migraines/new/", data, attack_rows)


@FUZZ
@given(
    condition=maybe_int,
    started_on=nasty_date,
    ended_on=nasty_date,
    severity=maybe_int,
    symptoms=st.lists(nasty_text, max_size=3),
    notes=nasty_text,
    form_token=maybe_token,
)
def test_flare_form_survives_anything(alice_client, **data):
    post_and_check(
        alice_client,
        "/diary/flares/new/",
        data,
        lambda: (Flare.objects.count(), Flare.triggers.through.objects.count()),
    )


@FUZZ
@given(
    name=nasty_text,
    category=st.one_of(nasty_text, st.sampled_from(["triptan", "nsaid"])),
    purpose=st.one_of(nasty_text, st.just("acute")),
    usual_amount=nasty_text,
    usual_for_attacks=nasty_text,
)
def test_medication_form_survives_anything(alice_client, **data):
    post_and_check(
        alice_client, "/diary/medications/", data, lambda: (Medication.objects.count(), 0)
    )


@FUZZ
@given(
    quick=st.sampled_from(["1", "0", None]),
    medication=maybe_int,
    taken_at=nasty_datetime,
    amount=nasty_text,
    attack=maybe_int,
    relief=nasty_text,
    form_token=maybe_token,
)
def test_dose_form_survives_anything(alice_client, sumatriptan, **data):
    post_and_check(
        alice_client, "/diary/doses/new/", data, lambda: (MedicationDose.objects.count(), 0)
    )


@FUZZ
@given(
    sleep_hours=nasty_text,
    stress=maybe_int,
    water_glasses=maybe_int,
    gluten=nasty_text,
    menstruation=nasty_text,
    fatigue=maybe_int,
    joint_pain=maybe_int,
    triggers=st.lists(maybe_int, max_size=3),
    notes=nasty_text,
)
def test_checkin_form_survives_anything(alice_client, **data):
    url = f"/diary/checkins/{timezone.localdate().isoformat()}/"
    response = alice_client.post(url, {key: value for key, value in data.items()})

    assert response.status_code in (200, 302)
    assert DailyCheckIn.objects.count() <= 1
    if response.status_code == 200:
        assert response.context["form"].errors


@pytest.mark.parametrize("minutes", ["\x00", "1e9", "0x10", " 0 "])
def test_one_tap_start_survives_odd_values(alice_client, minutes):
    assert alice_client.post("/diary/migraines/start/", {"minutes_ago": minutes}).status_code == 302


@pytest.mark.parametrize("bad_id", [str(2**64), str(2**63), "-1", "0", "abc", "1e3"])
@pytest.mark.parametrize(
    ("url", "field", "counted"),
    [
        ("/diary/migraines/new/", "triggers", attack_rows),
        ("/diary/flares/new/", "condition", lambda: (Flare.objects.count(),)),
        ("/diary/doses/new/", "attack", lambda: (MedicationDose.objects.count(),)),
    ],
)
def test_ids_no_row_could_have_are_refused_with_a_message(
    alice_client, sumatriptan, url, field, counted, bad_id
):
    data = {
        "attack_type": "migraine",
        "started_at": "2025-01-05T10:00",
        "started_on": "2025-01-05",
        "severity": "2",
        "condition": "",
        "medication": str(sumatriptan.pk),
        "taken_at": "2025-01-05T10:00",
        field: bad_id,
    }
    before = counted()

    response = alice_client.post(url, data)

    assert response.status_code == 200
    assert counted() == before
