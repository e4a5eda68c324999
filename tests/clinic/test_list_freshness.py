"""The clinician's list keeps each patient's summary in the cache (clinic/summaries.py): every
way of writing to a diary or profile shows on the very next view of the list, and a list
served from the cache equals one worked out afresh."""

import datetime
import re
import socket
from pathlib import Path
from unittest import mock

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.models import DiaryVersion, VesselRisk
from clinic.summaries import CARD_TEMPLATE
from clinic.views import PATIENTS_PER_PAGE
from diary import services
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    Medication,
    MedicationDose,
    MigraineAttack,
    Trigger,
)
from education.models import Condition
from tests.clinic.test_patient_list import at_ten, local_day
from tests.conftest import PASSWORD, give_totp, make_clinician, make_patient, make_share
from tests.diary.imports.helpers import confirm, upload_batch

SAMPLES = Path(__file__).resolve().parent.parent / "diary" / "imports" / "samples"


@pytest.fixture
def gwen(db):
    user = make_clinician("gwen@example.com", "Dr Gwen")
    give_totp(user)
    return user


@pytest.fixture
def gwen_client(gwen):
    client = Client()
    client.force_login(gwen)
    return client


@pytest.fixture
def nina(gwen):
    patient = make_patient("nina@example.com", display_name="Nina", timezone="Asia/Tokyo")
    make_share(patient, gwen)
    return patient


@pytest.fixture
def nina_client(nina):
    client = Client()
    client.force_login(nina)
    return client


def row(client, patient) -> dict:
    """The patient's row on the clinician's list, as it shows it."""
    response = client.get("/clinic/")
    assert response.status_code == 200
    (found,) = [each for each in response.context["patients"] if each["patient"].pk == patient.pk]
    return {
        "card": card(response.text, patient),
        "reasons": found["reasons"],
        "last_entry": found["last_entry"],
        "migraine_days": found["migraine_days"],
        "ongoing_flares": found["ongoing_flares"],
        "alerts": found["alerts"],
    }


def card(html: str, patient) -> str:
    """The patient's card as the page shows it (kept in the cache as HTML too)."""
    start = html.index(f'<li class="card mb-3 clinic-patient" data-patient="{patient.uuid}">')
    return html[start : html.index("\n</li>", start)]


def fresh_row(client, patient) -> dict:
    cache.clear()
    return row(client, patient)


def migraine(patient, days_ago: int) -> MigraineAttack:
    return MigraineAttack.objects.create(
        owner=patient,
        started_at=at_ten(patient, days_ago),
        ended_at=at_ten(patient, days_ago) + datetime.timedelta(hours=2),
        peak_intensity=6,
    )


def test_an_attack_logged_on_the_diary_page_shows_at_once(gwen_client, nina, nina_client):
    assert row(gwen_client, nina)["migraine_days"] == 0  # kept now
    started = at_ten(nina, 1)  # yesterday morning in Tokyo: one local day, whenever it runs
    response = nina_client.post(
        "/diary/migraines/new/",
        {
            "attack_type": "migraine",
            "started_at": timezone.localtime(started, nina.tzinfo).strftime("%Y-%m-%dT%H:%M"),
            "ended_at": timezone.localtime(
                started + datetime.timedelta(hours=3), nina.tzinfo
            ).strftime("%Y-%m-%dT%H:%M"),
            "peak_intensity": "7",
        },
    )
    assert response.status_code == 302

    after = row(gwen_client, nina)
    assert after["migraine_days"] == 1
    assert after["last_entry"] == timezone.localdate(started, nina.tzinfo)
    assert after == fresh_row(gwen_client, nina)


def test_an_attack_changed_or_deleted_shows_at_once(gwen_client, nina, nina_client):
    attack = migraine(nina, 2)
    assert row(gwen_client, nina)["last_entry"] == local_day(nina, 2)
    attack.started_at = at_ten(nina, 1)
    attack.ended_at = at_ten(nina, 1) + datetime.timedelta(hours=1)
    attack.save()
    assert row(gwen_client, nina)["last_entry"] == local_day(nina, 1)

    response = nina_client.post(f"/diary/migraines/{attack.pk}/delete/")
    assert response.status_code == 302
    assert row(gwen_client, nina)["last_entry"] is None


def test_a_flare_started_and_ended_shows_at_once(gwen_client, nina, lupus):
    assert row(gwen_client, nina)["ongoing_flares"] == []
    flare = Flare.objects.create(owner=nina, condition=lupus, started_on=local_day(nina, 3))
    assert row(gwen_client, nina)["ongoing_flares"] == [lupus.name]
    flare.ended_on = local_day(nina, 1)
    flare.save()
    assert row(gwen_client, nina)["ongoing_flares"] == []
    flare.delete()
    assert row(gwen_client, nina)["last_entry"] is None


def test_doses_and_medicines_show_at_once(gwen_client, nina):
    """Triptans on ten days of the month bring the overuse alert; deleting the medicine
    (its doses with it, in one delete) takes it away."""
    medicine = Medication.objects.create(
        owner=nina, name="Sumatriptan", category="triptan", purpose="acute"
    )
    assert row(gwen_client, nina)["alerts"] == []
    for days_ago in range(10):
        MedicationDose.objects.create(medication=medicine, taken_at=at_ten(nina, days_ago))
    after = row(gwen_client, nina)
    assert after["alerts"]
    assert after == fresh_row(gwen_client, nina)

    medicine.category = "nsaid"
    medicine.save()
    assert row(gwen_client, nina) == fresh_row(gwen_client, nina)

    medicine.delete()
    assert row(gwen_client, nina)["alerts"] == []
    assert row(gwen_client, nina)["last_entry"] is None


def test_check_ins_and_their_triggers_show_at_once(gwen_client, nina):
    assert row(gwen_client, nina)["last_entry"] is None
    checkin = DailyCheckIn.objects.create(owner=nina, day=local_day(nina, 0), stress=2)
    assert row(gwen_client, nina)["last_entry"] == local_day(nina, 0)
    before = DiaryVersion.objects.get(user=nina).version
    checkin.triggers.add(*Trigger.objects.catalogue()[:1])
    assert DiaryVersion.objects.get(user=nina).version > before
    DailyCheckIn.objects.filter(pk=checkin.pk).delete()
    assert row(gwen_client, nina)["last_entry"] is None


def test_headache_free_days_show_at_once(gwen_client, nina):
    assert row(gwen_client, nina)["reasons"] == ["Nothing logged yet."]
    services.headache_free_day_record(owner=nina, day=local_day(nina, 0))
    assert row(gwen_client, nina)["reasons"] == []
    services.headache_free_day_undo(owner=nina, day=local_day(nina, 0))
    assert row(gwen_client, nina)["reasons"] == ["Nothing logged yet."]


def test_the_profile_shows_at_once(gwen_client, nina):
    """The triptan caution's reasons come from the profile's conditions and facts."""
    medicine = Medication.objects.create(
        owner=nina, name="Sumatriptan", category="triptan", purpose="acute"
    )
    MedicationDose.objects.create(medication=medicine, taken_at=at_ten(nina, 1))
    assert row(gwen_client, nina)["alerts"] == []
    nina.profile.vessel_risks = [VesselRisk.HIGH_BLOOD_PRESSURE.value]
    nina.profile.save()
    with_fact = row(gwen_client, nina)
    assert with_fact["alerts"]
    assert with_fact == fresh_row(gwen_client, nina)

    nina.profile.vessel_risks = []
    nina.profile.save()
    assert row(gwen_client, nina)["alerts"] == []
    vessels = Condition.objects.filter(involves_blood_vessels=True).first()
    assert vessels is not None
    nina.profile.conditions.add(vessels)
    assert row(gwen_client, nina)["alerts"]
    nina.profile.conditions.clear()
    assert row(gwen_client, nina)["alerts"] == []


def test_a_condition_a_curator_edits_shows_at_once(gwen_client, nina, lupus):
    Flare.objects.create(owner=nina, condition=lupus, started_on=local_day(nina, 3))
    assert row(gwen_client, nina)["ongoing_flares"] == [lupus.name]
    lupus.name = "Lupus (SLE)"
    lupus.save()
    assert row(gwen_client, nina)["ongoing_flares"] == ["Lupus (SLE)"]


def test_a_new_name_or_address_shows_at_once(gwen_client, nina):
    """The card is kept as HTML; the patient's name and address are part of its key."""
    migraine(nina, 1)
    assert ">Nina</a>" in row(gwen_client, nina)["card"]
    nina.display_name = "Nina Okafor"
    nina.save(update_fields=["display_name"])
    renamed = row(gwen_client, nina)
    assert ">Nina Okafor</a>" in renamed["card"]
    assert renamed == fresh_row(gwen_client, nina)
    nina.email = "nina.okafor@example.com"
    nina.save(update_fields=["email"])
    assert "nina.okafor@example.com" in row(gwen_client, nina)["card"]


def card_renders(client) -> int:
    response = client.get("/clinic/")
    return [template.name for template in response.templates].count(CARD_TEMPLATE)


def test_a_kept_card_is_not_rendered_again_until_something_on_it_changes(gwen, gwen_client, nina):
    other = make_patient("oscar@example.com", display_name="Oscar")
    make_share(other, gwen)
    assert card_renders(gwen_client) == 2
    assert card_renders(gwen_client) == 0
    migraine(nina, 1)
    assert card_renders(gwen_client) == 1  # Nina's alone
    assert card_renders(gwen_client) == 0
    response = gwen_client.post("/accounts/language/", {"language": "de", "next": "/clinic/"})
    assert response.status_code == 302
    assert card_renders(gwen_client) == 2  # each card in German
    assert card_renders(gwen_client) == 0


def test_a_new_time_zone_shows_at_once(gwen_client, nina):
    """An attack just after midnight in Tokyo is on the day before in Honolulu."""
    day = local_day(nina, 3)
    late = datetime.datetime.combine(day, datetime.time(0, 30), tzinfo=nina.tzinfo)
    MigraineAttack.objects.create(
        owner=nina, started_at=late, ended_at=late + datetime.timedelta(minutes=20)
    )
    assert row(gwen_client, nina)["last_entry"] == day
    nina.timezone = "Pacific/Honolulu"
    nina.save(update_fields=["timezone"])
    assert row(gwen_client, nina)["last_entry"] == late.astimezone(nina.tzinfo).date()
    assert row(gwen_client, nina)["last_entry"] != day


def test_an_import_and_its_undo_show_at_once(gwen_client, nina, nina_client):
    assert row(gwen_client, nina)["last_entry"] is None
    batch = upload_batch(nina_client, (SAMPLES / "migraine_buddy.csv").read_bytes())
    confirm(nina_client, batch)
    imported = row(gwen_client, nina)
    assert imported["last_entry"] is not None
    assert imported == fresh_row(gwen_client, nina)

    response = nina_client.post(f"/diary/imports/{batch.pk}/undo/")
    assert response.status_code == 302
    assert row(gwen_client, nina)["last_entry"] is None


def test_an_erased_patient_leaves_the_list_at_once(gwen_client, nina, nina_client):
    migraine(nina, 1)
    row(gwen_client, nina)
    response = nina_client.post(
        "/accounts/delete/", {"password": PASSWORD, "confirm": "on"}, follow=False
    )
    assert response.status_code == 302
    listed = gwen_client.get("/clinic/").context["patients"]
    assert [each for each in listed if each["patient"].pk == nina.pk] == []


def test_an_attack_started_and_ended_as_the_quick_log_does_shows_at_once(gwen_client, nina):
    """The quick log and the offline sync start and end attacks through these services."""
    attack = services.attack_start(owner=nina, minutes_ago=30)
    assert attack is not None
    started_on = timezone.localdate(attack.started_at, nina.tzinfo)
    assert row(gwen_client, nina)["last_entry"] == started_on
    assert services.attack_end(attack=attack, now=timezone.now())
    assert row(gwen_client, nina) == fresh_row(gwen_client, nina)


def test_a_write_raises_only_its_owner_version_once_per_delete(gwen, nina):
    other = make_patient("oscar@example.com")
    medicine = Medication.objects.create(
        owner=nina, name="Ibuprofen", category="nsaid", purpose="acute"
    )
    MedicationDose.objects.bulk_create(
        MedicationDose(medication=medicine, taken_at=at_ten(nina, days)) for days in range(5)
    )
    before = DiaryVersion.objects.get(user=nina).version
    others = DiaryVersion.objects.get(user=other).version  # raised when its profile was made
    medicine.delete()  # the medicine and its five doses
    assert DiaryVersion.objects.get(user=nina).version == before + 1
    assert DiaryVersion.objects.get(user=other).version == others
    HeadacheFreeDay.objects.create(owner=other, day=local_day(other, 0))
    assert DiaryVersion.objects.get(user=other).version == others + 1


# --- Random writes: a list served from the cache equals one worked out afresh ----------

ZONES = ("Asia/Tokyo", "Europe/Berlin", "Pacific/Honolulu")
WRITES = (
    "attack",
    "attack_delete",
    "flare",
    "flare_end",
    "dose",
    "medicine_delete",
    "checkin",
    "headache_free",
    "headache_free_undo",
    "vessel_risk",
    "condition",
    "time_zone",
)
_examples = iter(range(10**6))


def _write(kind: str, patient, client: Client, days_ago: int, lupus) -> None:
    """One write to the patient's diary or profile, through the pages or services the
    patient's own actions go through where they exist."""
    if kind == "attack":
        start = at_ten(patient, days_ago)
        client.post(
            "/diary/migraines/new/",
            {
                "attack_type": "migraine",
                "started_at": start.strftime("%Y-%m-%dT%H:%M"),
                "ended_at": (start + datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
                "peak_intensity": "6",
            },
        )
    elif kind == "attack_delete":
        attack = MigraineAttack.objects.filter(owner=patient).first()
        if attack is not None:
            client.post(f"/diary/migraines/{attack.pk}/delete/")
    elif kind == "flare":
        if not Flare.objects.filter(owner=patient, ended_on__isnull=True).exists():
            Flare.objects.create(
                owner=patient, condition=lupus, started_on=local_day(patient, days_ago)
            )
    elif kind == "flare_end":
        flare = Flare.objects.filter(owner=patient, ended_on__isnull=True).first()
        if flare is not None:
            flare.ended_on = max(flare.started_on, local_day(patient, 0))
            flare.save()
    elif kind == "dose":
        medicine, _ = Medication.objects.get_or_create(
            owner=patient, name="Sumatriptan", defaults={"category": "triptan", "purpose": "acute"}
        )
        MedicationDose.objects.create(medication=medicine, taken_at=at_ten(patient, days_ago))
    elif kind == "medicine_delete":
        Medication.objects.filter(owner=patient).delete()
    elif kind == "checkin":
        DailyCheckIn.objects.get_or_create(owner=patient, day=local_day(patient, days_ago))
    elif kind == "headache_free":
        day = local_day(patient, days_ago)
        if not services.day_recorded(owner=patient, day=day):
            services.headache_free_day_record(owner=patient, day=day)
    elif kind == "headache_free_undo":
        services.headache_free_day_undo(owner=patient, day=local_day(patient, days_ago))
    elif kind == "vessel_risk":
        profile = patient.profile
        profile.vessel_risks = [] if profile.vessel_risks else [VesselRisk.RAYNAUDS.value]
        profile.save()
    elif kind == "condition":
        vessels = Condition.objects.filter(involves_blood_vessels=True).first()
        if patient.profile.conditions.exists():
            patient.profile.conditions.clear()
        else:
            patient.profile.conditions.add(vessels)
    elif kind == "time_zone":
        patient.timezone = ZONES[(ZONES.index(patient.timezone) + 1) % len(ZONES)]
        patient.save(update_fields=["timezone"])


def _rows(client: Client) -> list[dict]:
    response = client.get("/clinic/")
    return [
        {key: each[key] for key in ("reasons", "last_entry", "migraine_days", "ongoing_flares")}
        | {
            "patient": each["patient"].pk,
            "alerts": each["alerts"],
            "card": card(response.text, each["patient"]),
        }
        for each in response.context["patients"]
    ]


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    writes=st.lists(
        st.tuples(
            st.sampled_from(WRITES), st.integers(0, 2), st.integers(0, 70), st.integers(0, 3)
        ),
        min_size=1,
        max_size=12,
    )
)
def test_the_kept_list_equals_the_list_worked_out_afresh(db, lupus, writes):
    example = next(_examples)
    clinician = make_clinician(f"dr{example}@example.com", f"Dr {example}")
    give_totp(clinician)
    clinician_client = Client()
    clinician_client.force_login(clinician)
    patients, clients = [], []
    for number, zone in enumerate(ZONES):
        patient = make_patient(f"p{example}x{number}@example.com", timezone=zone)
        make_share(patient, clinician)
        Medication.objects.create(
            owner=patient, name="Sumatriptan", category="triptan", purpose="acute"
        )
        client = Client()
        client.force_login(patient)
        patients.append(patient)
        clients.append(client)
    _rows(clinician_client)
    for kind, which, days_ago, look in writes:
        patients[which].refresh_from_db()
        _write(kind, patients[which], clients[which], days_ago, lupus)
        if look:  # mostly the clinician looks in between: the list keeps what it saw
            _rows(clinician_client)
    kept = _rows(clinician_client)
    cache.clear()
    assert kept == _rows(clinician_client)


def test_a_patient_without_a_version_is_never_kept(gwen_client, nina):
    """As after a rollback that dropped the versions: nothing kept is trusted for them."""
    DiaryVersion.objects.filter(user=nina).delete()
    assert row(gwen_client, nina)["last_entry"] is None
    # Written in bulk: no receiver sees it, and no version would change.
    MigraineAttack.objects.bulk_create(
        [MigraineAttack(owner=nina, started_at=at_ten(nina, 1), peak_intensity=5)]
    )
    assert row(gwen_client, nina)["last_entry"] == local_day(nina, 1)


def test_a_version_made_again_starts_past_the_old_counts(nina):
    old = DiaryVersion.objects.get(user=nina).version
    DiaryVersion.objects.filter(user=nina).delete()
    HeadacheFreeDay.objects.create(owner=nina, day=local_day(nina, 0))
    assert DiaryVersion.objects.get(user=nina).version > old + 1


def test_with_the_cache_down_the_list_is_worked_out_afresh(gwen_client, nina, settings, caplog):
    migraine(nina, 2)
    expected = fresh_row(gwen_client, nina)
    # A Redis nobody listens on: every cache call fails within REDIS_TIMEOUT.
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": settings.REDIS_OPTIONS,
        }
    }

    assert row(gwen_client, nina) == expected
    assert "The cache is unavailable" in caplog.text


def test_an_unchanged_list_opens_no_summary_and_renders_no_card(gwen, gwen_client, nina):
    """The order and each page's cards are kept (clinic/summaries.py): a list nobody's diary
    has changed since is served without working out, opening or rendering anything, and the
    next write shows at once."""
    other = make_patient("oscar@example.com", display_name="Oscar")
    make_share(other, gwen)
    first = gwen_client.get("/clinic/").text
    with (
        mock.patch("clinic.summaries.kept_by_patient", side_effect=AssertionError) as worked_out,
        mock.patch("clinic.views.render_to_string", side_effect=AssertionError) as rendered,
    ):
        again = gwen_client.get("/clinic/")
    assert again.status_code == 200
    assert (worked_out.call_count, rendered.call_count) == (0, 0)
    assert card(again.text, nina) == card(first, nina)
    assert card(again.text, other) == card(first, other)

    migraine(nina, 1)
    assert row(gwen_client, nina) == fresh_row(gwen_client, nina)
    assert row(gwen_client, nina)["last_entry"] == local_day(nina, 1)


def test_each_page_of_a_kept_list_is_its_own(gwen, gwen_client, nina):
    for number in range(PATIENTS_PER_PAGE):
        make_share(make_patient(f"p{number}@example.com", display_name=f"P {number:02}"), gwen)
    first_pages = [gwen_client.get("/clinic/", {"page": page}).text for page in (1, 2)]
    kept_pages = [gwen_client.get("/clinic/", {"page": page}).text for page in (1, 2)]
    cache.clear()
    fresh_pages = [gwen_client.get("/clinic/", {"page": page}).text for page in (1, 2)]
    shown = [re.findall(r'data-patient="([^"]+)"', page) for page in kept_pages]
    assert [len(each) for each in shown] == [PATIENTS_PER_PAGE, 1]
    assert not set(shown[0]) & set(shown[1])
    for kept, first, fresh in zip(kept_pages, first_pages, fresh_pages, strict=True):
        assert _cards_of(kept) == _cards_of(first) == _cards_of(fresh)


def _cards_of(html: str) -> str:
    return html[html.index('<ul class="list-unstyled clinic-patients"') : html.index("</ul>\n")]
