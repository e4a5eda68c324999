"""The patient's pages keep their figures in the cache (diary.kept_figures): whatever the
patient writes, and through whichever page or service, the next view of every page shows
the figures one worked out afresh shows; and with the cache down, the pages still answer."""

import datetime
import socket
from decimal import Decimal
from pathlib import Path
from unittest import mock

from django.core.cache import cache
from django.db.models import Q
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from accounts.models import DiaryVersion
from diary import services
from diary.models import (
    DailyCheckIn,
    Flare,
    ImportBatch,
    Medication,
    MigraineAttack,
    QuestionnaireResponse,
)
from diary.views import timeline as timeline_views
from education.models import Condition
from tests.conftest import give_totp, make_clinician, make_patient, make_share
from tests.diary.imports.helpers import confirm, upload_batch
from tests.diary.test_bounded_pages import HOME_KEYS, REPORT_KEYS

SAMPLES = Path(__file__).resolve().parent / "imports" / "samples"
# A zone with a clock change near NOW, one far east, one far west.
ZONES = ("Europe/Berlin", "Pacific/Kiritimati", "America/Adak")
# Late evening in Berlin, the night the clocks go forward: "a few hours later" crosses
# local midnight in every zone above at least once.
NOW = datetime.datetime(2026, 3, 28, 21, 30, tzinfo=datetime.UTC)
WRITES = (
    "attack_create",
    "attack_edit",
    "attack_delete",
    "attack_start",
    "attack_end",
    "flare_create",
    "dose_create",
    "checkin",
    "headache_free",
    "questionnaire",
    "import",
    "time_zone",
    "condition_renamed",
    "hours_pass",
)


def local(moment: datetime.datetime, zone) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M")


class Clock:
    """The moment every page and write sees (django.utils.timezone.now), moved by tests."""

    def __init__(self, moment: datetime.datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime.datetime:
        return self.moment


def write(kind: str, patient, client: Client, days_ago: int, clock: Clock) -> None:
    """One write to the patient's diary or profile, through the page or the service the
    patient's own action goes through; each must land (or the comparison proves nothing)."""
    patient.refresh_from_db()
    tz = patient.tzinfo
    now = clock.moment
    started = now - datetime.timedelta(days=days_ago, hours=3)
    attack = MigraineAttack.objects.filter(owner=patient, ended_at__isnull=False).last()
    ongoing = MigraineAttack.objects.filter(owner=patient, ended_at__isnull=True).first()
    if kind in ("attack_edit", "attack_delete") and attack is None:
        kind = "attack_create"
    if kind == "attack_end" and ongoing is None:
        kind = "attack_start"
    fields: dict[str, object]
    if kind == "attack_create":
        if overlaps(patient, started, started + datetime.timedelta(hours=2)):
            return  # the form refuses an attack over another
        fields = {
            "attack_type": "migraine",
            "started_at": local(started, tz),
            "ended_at": local(started + datetime.timedelta(hours=2), tz),
            "peak_intensity": str(days_ago % 11),
        }
        response = client.post("/diary/migraines/new/", fields)
    elif kind == "attack_edit" and attack is not None:
        fields = {
            "attack_type": "headache" if attack.attack_type == "migraine" else "migraine",
            "started_at": local(attack.started_at, tz),
            "ended_at": local(attack.ended_at, tz),
            "peak_intensity": str((days_ago + 3) % 11),
        }
        response = client.post(f"/diary/migraines/{attack.pk}/edit/", fields)
    elif kind == "attack_delete" and attack is not None:
        response = client.post(f"/diary/migraines/{attack.pk}/delete/")
    elif kind == "attack_start":
        if ongoing is not None or overlaps(patient, now, now):
            return  # one attack at a time
        response = client.post("/diary/migraines/start/", {"minutes_ago": "0"})
    elif kind == "attack_end" and ongoing is not None:
        response = client.post(f"/diary/migraines/{ongoing.pk}/end/", {"when": "now"})
    elif kind == "flare_create":
        lupus = Condition.objects.get(slug="lupus")
        if Flare.objects.filter(owner=patient, condition=lupus, ended_on__isnull=True).exists():
            return
        first = (now - datetime.timedelta(days=days_ago)).astimezone(tz).date()
        fields = {"condition": lupus.pk, "started_on": first.isoformat(), "severity": "2"}
        if days_ago % 2:
            last = min(first + datetime.timedelta(days=days_ago // 3), now.astimezone(tz).date())
            fields["ended_on"] = last.isoformat()
        response = client.post("/diary/flares/new/", fields)
    elif kind == "dose_create":
        medicine = Medication.objects.filter(owner=patient).order_by("pk")[days_ago % 2]
        fields = {"medication": medicine.pk, "taken_at": local(started, tz)}
        response = client.post("/diary/doses/new/", fields)
    elif kind == "checkin":
        day = (now - datetime.timedelta(days=days_ago)).astimezone(tz).date()
        fields = {"sleep_hours": str(4 + days_ago % 6), "stress": str(days_ago % 11)}
        response = client.post(f"/diary/checkins/{day.isoformat()}/", fields)
    elif kind == "headache_free":
        day = (now - datetime.timedelta(days=days_ago % 2)).astimezone(tz).date()
        if services.day_recorded(owner=patient, day=day):
            services.headache_free_day_undo(owner=patient, day=day)
        else:
            services.headache_free_day_record(owner=patient, day=day)
        return
    elif kind == "questionnaire":
        answers = {f"item-{n}": str((days_ago + n) % 4) for n in range(1, 10)}
        response = client.post(
            "/diary/questionnaires/phq9/", {**answers, "form_token": "", "action": "submit"}
        )
    elif kind == "import":
        if ImportBatch.objects.filter(owner=patient).exists():
            return  # the same file again is refused
        confirm(client, upload_batch(client, (SAMPLES / "migraine_buddy.csv").read_bytes()))
        return
    elif kind == "time_zone":
        zone = ZONES[(ZONES.index(patient.timezone) + 1) % len(ZONES)]
        fields = {"display_name": f"Kim {zone}", "timezone": zone, "theme": "light"}
        response = client.post("/accounts/profile/", fields)
    elif kind == "condition_renamed":
        # A curator's edit in the admin: nobody's diary version changes.
        Condition.objects.filter(slug="lupus").update(name=f"Lupus ({days_ago})")
        return
    else:  # hours_pass
        clock.moment += datetime.timedelta(hours=1 + days_ago % 9)
        return
    assert response.status_code == 302, (kind, response.content.decode()[:2000])


def overlaps(patient, start: datetime.datetime, end: datetime.datetime) -> bool:
    margin = datetime.timedelta(minutes=1)
    return (
        MigraineAttack.objects.filter(owner=patient, started_at__lt=end + margin)
        .filter(Q(ended_at__isnull=True) | Q(ended_at__gt=start - margin))
        .exists()
    )


# The timeline's content as shown, in HTML: what its patient's page keeps.
PAGE_CONTENT = "content"


def pages(patient) -> list[tuple[str, str, list[str]]]:
    """Who reads which page, and the figures compared on it."""
    base = f"/clinic/{patient.uuid}"
    return [
        ("patient", "/", HOME_KEYS),
        ("patient", "/timeline/", [PAGE_CONTENT]),  # its content is kept as HTML
        ("patient", "/timeline/data.json", ["data.json"]),
        ("patient", "/report/", REPORT_KEYS),
        ("clinician", f"{base}/timeline/data.json", ["data.json"]),
        ("clinician", f"{base}/report/", REPORT_KEYS),
    ]


def shown(client: Client, url: str, keys: list[str]) -> dict:
    """The figures `keys` of the page at `url` (all of data.json), as it shows them."""
    response = client.get(url)
    assert response.status_code == 200, url
    if url.endswith("data.json"):
        return {"data.json": response.json()}
    if keys == [PAGE_CONTENT]:
        page = response.content.decode()
        return {PAGE_CONTENT: page[page.index('<div class="timeline"') : page.index("</main>")]}
    return {key: response.context.get(key) for key in keys}


class TestKeptFiguresAreNeverStale(HypothesisTestCase):
    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(
        zone=st.sampled_from(ZONES),
        history=st.lists(st.integers(0, 120), max_size=8),  # days ago of past attacks
        writes=st.lists(
            st.tuples(st.sampled_from(WRITES), st.integers(0, 40)), min_size=1, max_size=3
        ),
    )
    # Always tried: an import (once: the same file again is refused) and a questionnaire;
    # an attack in progress across local midnight, then ended.
    @example(zone="Europe/Berlin", history=[3], writes=[("import", 0), ("questionnaire", 1)])
    @example(
        zone="America/Adak",
        history=[],
        writes=[("attack_start", 0), ("hours_pass", 8), ("attack_end", 0)],
    )
    def test_every_page_after_every_write_shows_what_a_fresh_one_shows(self, zone, history, writes):
        clock = Clock(NOW)
        with mock.patch("django.utils.timezone.now", clock):
            patient = make_patient("kim@example.com", display_name="Kim", timezone=zone)
            patient.profile.conditions.set([Condition.objects.get(slug="lupus")])
            Medication.objects.bulk_create(
                [
                    Medication(owner=patient, name="Triptan", category="triptan", purpose="acute"),
                    Medication(owner=patient, name="Naproxen", category="nsaid", purpose="acute"),
                ]
            )
            MigraineAttack.objects.bulk_create(
                MigraineAttack(
                    owner=patient,
                    started_at=NOW - datetime.timedelta(days=days_ago, hours=14),
                    ended_at=NOW - datetime.timedelta(days=days_ago, hours=10),
                    peak_intensity=days_ago % 11,
                )
                for days_ago in set(history)
            )
            DailyCheckIn.objects.bulk_create(
                DailyCheckIn(owner=patient, day=NOW.date() - datetime.timedelta(days=days_ago))
                for days_ago in set(history)
            )
            clinician = make_clinician("dr.kim@example.com", "Dr Kim")
            give_totp(clinician)
            make_share(patient, clinician, include_notes=True)
            clients = {"patient": Client(), "clinician": Client()}
            clients["patient"].force_login(patient)
            clients["clinician"].force_login(clinician)
            for who, url, keys in pages(patient):
                shown(clients[who], url, keys)  # each page kept before the first write
            for kind, days_ago in writes:
                write(kind, patient, clients["patient"], days_ago, clock)
                # Every page as kept from before the write, then every page worked out
                # afresh: the cache is cleared once, after all the kept views, so that each
                # of them meets what the views before the write left.
                kept = {url: shown(clients[who], url, keys) for who, url, keys in pages(patient)}
                cache.clear()
                for who, url, keys in pages(patient):
                    fresh = shown(clients[who], url, keys)
                    for key in keys:
                        assert kept[url][key] == fresh[key], (kind, url, key)


# --- Every record the kept figures read raises the version ----------------------------


def test_a_questionnaire_answered_or_deleted_raises_the_patients_version(alice, alice_client):
    before = DiaryVersion.objects.get(user=alice).version
    answers = {f"item-{n}": "1" for n in range(1, 10)}
    response = alice_client.post(
        "/diary/questionnaires/phq9/", {**answers, "form_token": "", "action": "submit"}
    )
    assert response.status_code == 302
    answered = DiaryVersion.objects.get(user=alice).version
    assert answered > before

    QuestionnaireResponse.objects.filter(owner=alice).delete()
    assert DiaryVersion.objects.get(user=alice).version > answered


def test_a_questionnaire_shows_on_the_kept_timeline_at_once(alice, alice_client):
    def markers() -> list:
        return alice_client.get("/timeline/data.json").json()["questionnaires"]

    assert markers() == []
    answers = {f"item-{n}": "2" for n in range(1, 10)}
    alice_client.post(
        "/diary/questionnaires/phq9/", {**answers, "form_token": "", "action": "submit"}
    )
    assert [line["slug"] for line in markers()] == ["phq9"]


def test_a_page_is_worked_out_once_until_the_diary_changes(alice, alice_client):
    with mock.patch.object(
        timeline_views, "timeline_overview", wraps=timeline_views.timeline_overview
    ) as worked_out:
        alice_client.get("/timeline/data.json")
        alice_client.get("/timeline/data.json")
        alice_client.get("/timeline/")
        assert worked_out.call_count == 1
        DailyCheckIn.objects.create(owner=alice, day=datetime.date(2020, 1, 1), stress=3)
        alice_client.get("/timeline/data.json")
        assert worked_out.call_count == 2


def test_a_patient_and_their_clinician_never_get_each_others_words(alice, bob, alice_client):
    give_totp(bob)
    make_share(alice, bob)
    clinic = Client()
    clinic.force_login(bob)
    own = alice_client.get("/timeline/data.json").json()
    shared = clinic.get(f"/clinic/{alice.uuid}/timeline/data.json").json()
    assert own["summary"] != shared["summary"]
    cache.clear()
    assert clinic.get(f"/clinic/{alice.uuid}/timeline/data.json").json() == shared
    assert alice_client.get("/timeline/data.json").json() == own


def test_a_patient_without_a_version_is_never_kept(alice, alice_client):
    """As after a rollback that dropped the versions: nothing kept is trusted for them."""
    DiaryVersion.objects.filter(user=alice).delete()
    before = alice_client.get("/timeline/data.json").json()
    # Written in bulk: no receiver sees it, and no version would change.
    MigraineAttack.objects.bulk_create(
        [
            MigraineAttack(
                owner=alice,
                started_at=datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=2),
                ended_at=datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1),
                peak_intensity=9,
            )
        ]
    )
    assert alice_client.get("/timeline/data.json").json() != before


def test_with_the_cache_down_every_page_is_worked_out_afresh(alice, alice_client, settings, caplog):
    DailyCheckIn.objects.create(
        owner=alice, day=datetime.date.today(), sleep_hours=Decimal("6.5"), stress=4
    )
    own_pages = [page for page in pages(alice) if page[0] == "patient"]
    expected = {url: shown(alice_client, url, keys) for _, url, keys in own_pages}
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

    for _, url, keys in own_pages:
        assert shown(alice_client, url, keys) == expected[url], url
    assert "The cache is unavailable: the diary's figures are worked out afresh." in caplog.text
