"""The clinician's side of sharing: the MFA gate, the patient list, and read-only timeline,
data and report of a patient who shares with them."""

import datetime
import gzip
import json

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils import timezone

from accounts.models import AccessEvent
from accounts.services import share_revoke
from diary.models import DailyCheckIn, Flare, MigraineAttack
from tests.conftest import give_totp, make_clinician, make_share

NOTE = "Quietly private note 4471"


@pytest.fixture
def alice_diary(alice, lupus):
    """Alice's recent diary, each entry carrying NOTE."""
    now = timezone.now()
    today = timezone.localdate(now, alice.tzinfo)
    for days_ago in (1, 4, 9):
        # Ten in the morning, local: an attack near midnight would span two days.
        started = datetime.datetime.combine(
            today - datetime.timedelta(days=days_ago), datetime.time(10), tzinfo=alice.tzinfo
        )
        MigraineAttack.objects.create(
            owner=alice,
            started_at=started,
            ended_at=started + datetime.timedelta(hours=4),
            peak_intensity=7,
            notes=f"{NOTE} attack",
        )
    Flare.objects.create(
        owner=alice,
        condition=lupus,
        started_on=today - datetime.timedelta(days=6),
        notes=f"{NOTE} flare",
    )
    DailyCheckIn.objects.create(
        owner=alice, day=today - datetime.timedelta(days=2), stress=4, notes=f"{NOTE} day"
    )
    return today


@pytest.fixture
def clinic_client(client, bob, alice_shares_with_bob):
    client.force_login(bob)
    return client


def timeline_url(patient) -> str:
    return reverse("clinic:timeline", args=[patient.uuid])


def data_url(patient) -> str:
    return reverse("clinic:timeline-data", args=[patient.uuid])


def test_it_sends_a_clinician_with_an_unconfirmed_address_to_confirm_it(bob_client, bob, alice):
    EmailAddress.objects.create(user=bob, email=bob.email, primary=True, verified=False)
    for url in [reverse("clinic:patient-list"), timeline_url(alice), data_url(alice)]:
        response = bob_client.get(url, follow=True)

        assert response.redirect_chain[0][0] == reverse("account_email")
        assert "Alice" not in response.content.decode()
    assert "confirm your e-mail address" in response.content.decode()


def test_it_sends_a_clinician_without_totp_to_set_it_up(bob_client, bob, alice, alice_diary):
    EmailAddress.objects.create(user=bob, email=bob.email, primary=True, verified=True)
    for url in [reverse("clinic:patient-list"), timeline_url(alice), data_url(alice)]:
        response = bob_client.get(url, follow=True)

        assert response.redirect_chain[0][0] == reverse("mfa_activate_totp")
        assert NOTE not in response.content.decode()
        assert "Alice" not in response.content.decode()
    assert "set up two-factor authentication" in response.content.decode()
    assert AccessEvent.objects.count() == 0


def test_it_asks_for_totp_on_the_home_page_without_showing_patients(
    bob_client, alice_shares_with_bob, bob
):
    bob.authenticator_set.all().delete()

    response = bob_client.get("/")

    assert b"Set up an authenticator app" in response.content
    assert b"Alice" not in response.content


def test_it_lists_the_patients_who_share(clinic_client, alice, alice_diary, lupus):
    response = clinic_client.get(reverse("clinic:patient-list"))

    assert response.status_code == 200
    row = response.context["patients"][0]
    assert row["patient"] == alice
    assert row["last_entry"] == alice_diary - datetime.timedelta(days=1)
    assert row["migraine_days"] == 3
    assert row["ongoing_flares"] == [lupus.name]
    assert isinstance(row["alerts"], list)
    assert timeline_url(alice) in response.content.decode()
    assert NOTE not in response.content.decode()
    event = AccessEvent.objects.get()
    assert (event.patient, event.what, event.action) == (alice, "summary", "viewed")


def test_it_shows_the_clinic_list_on_the_clinicians_home_page(clinic_client, alice):
    response = clinic_client.get("/")

    assert response.status_code == 200
    assert timeline_url(alice) in response.content.decode()


def test_it_lists_no_one_without_a_live_share(client, unshared_clinician, revoked_clinician):
    for clinician in (unshared_clinician, revoked_clinician):
        client.force_login(clinician)

        response = client.get(reverse("clinic:patient-list"))

        assert response.context["patients"] == []
        assert b"No patients yet" in response.content


def test_it_shows_the_shared_timeline_read_only(clinic_client, alice, alice_diary):
    response = clinic_client.get(timeline_url(alice))

    body = response.content.decode()
    assert response.status_code == 200
    assert "Timeline of Alice" in body
    assert f'data-url="{data_url(alice)}"' in body
    assert f'action="{timeline_url(alice)}"' in body
    assert "/diary/" not in body
    assert 'href="/timeline/' not in body
    assert "Their notes are not shared." in body
    assert response.context["data"]["series"]
    event = AccessEvent.objects.get()
    assert (event.what, event.share) == ("timeline", response.context["clinic_share"])


def test_a_long_shared_period_leaves_its_numbers_to_the_data(clinic_client, alice, alice_diary):
    start = alice_diary - datetime.timedelta(days=3649)

    response = clinic_client.get(timeline_url(alice), {"start": start})

    body = response.content.decode()
    opening = 'id="timeline-data" type="application/json">'
    inline = body[body.index(opening) + len(opening) : body.index("</script>", body.index(opening))]
    assert len(inline) < 1024
    assert json.loads(inline)["deferred"] is True
    assert "series" not in json.loads(inline)
    data = clinic_client.get(data_url(alice), {"start": start}).json()
    assert data["resolution"] == "week" and len(data["series"]["dates"]) >= 520


def test_it_gives_the_shared_timeline_data(clinic_client, alice, alice_diary):
    start = alice_diary - datetime.timedelta(days=29)

    response = clinic_client.get(data_url(alice), {"start": start, "end": alice_diary})

    assert response.status_code == 200
    assert response.json()["start"] == start.isoformat()
    assert AccessEvent.objects.get().what == "timeline-data"


def test_it_answers_bad_dates_in_the_data_with_a_400(clinic_client, alice):
    response = clinic_client.get(data_url(alice), {"start": "yesterday"})

    assert response.status_code == 400
    assert "error" in response.json()


def test_it_keeps_notes_out_of_the_clinic_html_and_json_when_not_shared(
    clinic_client, alice, alice_diary
):
    for response in [
        clinic_client.get(timeline_url(alice)),
        clinic_client.get(data_url(alice)),
        clinic_client.get(reverse("clinic:patient-list")),
    ]:
        assert response.status_code == 200
        assert NOTE not in response.content.decode()
    assert "notes" not in clinic_client.get(data_url(alice)).json()


def test_it_shows_notes_in_the_clinic_html_and_json_when_shared(
    clinic_client, alice, alice_diary, alice_shares_with_bob
):
    alice_shares_with_bob.include_notes = True
    alice_shares_with_bob.save()

    page = clinic_client.get(timeline_url(alice)).content.decode()
    data = clinic_client.get(data_url(alice)).json()

    assert f"{NOTE} attack" in page
    assert f"{NOTE} flare" in page
    assert f"{NOTE} day" in page
    assert {note["text"] for note in data["notes"]} == {
        f"{NOTE} attack",
        f"{NOTE} flare",
        f"{NOTE} day",
    }


def test_it_dates_each_shared_note_as_the_page_does(
    clinic_client, alice, alice_diary, alice_shares_with_bob
):
    alice_shares_with_bob.include_notes = True
    alice_shares_with_bob.save()

    page = clinic_client.get(timeline_url(alice)).content.decode()
    notes = clinic_client.get(data_url(alice)).json()["notes"]

    check_in = next(note for note in notes if note["kind"] == "Check-in")
    assert check_in["day"] == (alice_diary - datetime.timedelta(days=2)).isoformat()
    assert f"<strong>{check_in['day_label']}, Check-in:</strong>" in page


def test_it_ends_access_on_the_next_request_after_revocation(
    clinic_client, alice, alice_diary, alice_shares_with_bob
):
    assert clinic_client.get(timeline_url(alice)).status_code == 200

    share_revoke(share=alice_shares_with_bob, patient=alice)

    for url in [
        timeline_url(alice),
        data_url(alice),
        reverse("clinic:report", args=[alice.uuid]),
    ]:
        response = clinic_client.get(url)
        assert response.status_code == 404
        assert NOTE not in response.content.decode()
        assert "Alice" not in response.content.decode()
    assert clinic_client.get(reverse("clinic:patient-list")).context["patients"] == []


def test_it_ends_access_when_the_share_expires(clinic_client, alice, alice_shares_with_bob):
    alice_shares_with_bob.expires_at = timezone.now() - datetime.timedelta(seconds=1)
    alice_shares_with_bob.save()

    assert clinic_client.get(timeline_url(alice)).status_code == 404


def test_it_404s_for_a_patient_who_does_not_share(clinic_client, charlie):
    assert clinic_client.get(timeline_url(charlie)).status_code == 404
    assert clinic_client.get(data_url(charlie)).status_code == 404


@pytest.mark.parametrize("bad", ["0", "abc", "12345678-1234-1234-1234-1234567890", "-1"])
def test_it_404s_for_a_malformed_patient_id(clinic_client, bad):
    assert clinic_client.get(f"/clinic/{bad}/timeline/").status_code == 404


def test_it_404s_for_patients_and_curators(alice_client, alice, carol, client):
    assert alice_client.get(reverse("clinic:patient-list")).status_code == 404
    assert alice_client.get(timeline_url(alice)).status_code == 404
    client.force_login(carol)
    assert client.get(reverse("clinic:patient-list")).status_code == 404


def test_it_refuses_post_on_clinic_pages(clinic_client, alice):
    for url in [reverse("clinic:patient-list"), timeline_url(alice), data_url(alice)]:
        assert clinic_client.post(url).status_code == 405
    assert AccessEvent.objects.count() == 0


def test_it_shows_the_patient_who_viewed_what(clinic_client, alice, alice_diary, client):
    clinic_client.get(timeline_url(alice))
    clinic_client.get(data_url(alice))
    client.force_login(alice)

    response = client.get(reverse("sharing:list"))

    body = response.content.decode()
    assert "Dr Bob (bob@example.com)" in body
    assert "Viewed your timeline" in body
    assert "Viewed your timeline&#x27;s chart data" in body


def test_it_lets_a_second_clinician_set_up_totp_and_then_see_the_list(client, alice):
    clinician = make_clinician("gail@example.com", "Dr Gail")
    make_share(alice, clinician)
    EmailAddress.objects.create(user=clinician, email=clinician.email, verified=True)
    client.force_login(clinician)
    assert client.get(reverse("clinic:patient-list")).url == reverse("mfa_activate_totp")

    give_totp(clinician)

    assert client.get(reverse("clinic:patient-list")).status_code == 200


def test_the_clinic_data_matches_the_patients_own_data(clinic_client, alice, alice_diary, client):
    query = {"start": alice_diary - datetime.timedelta(days=29), "end": alice_diary}
    clinic = clinic_client.get(data_url(alice), query).json()
    client.force_login(alice)
    own = client.get(reverse("diary:timeline-data"), query).json()

    # The same numbers; only the words about the period are for their reader.
    assert clinic["completeness"].pop("text").startswith("Alice recorded 8 of 10 days")
    assert own["completeness"].pop("text").startswith("You recorded 8 of 10 days")
    assert "Alice logged" in clinic.pop("summary")
    assert "you logged" in own.pop("summary")
    assert clinic["lag"].pop("summary").startswith("Alice's diary has 1 flare")
    assert own["lag"].pop("summary").startswith("Your diary has 1 flare")
    assert clinic["lag"].pop("baseline_label").startswith("Alice's usual share")
    assert own["lag"].pop("baseline_label").startswith("Your usual share")
    assert json.dumps(clinic, sort_keys=True) == json.dumps(own, sort_keys=True)


def test_the_shared_timeline_data_is_sent_compressed(clinic_client, alice, alice_diary):
    url = f"/clinic/{alice.uuid}/timeline/data.json"
    response = clinic_client.get(url, HTTP_ACCEPT_ENCODING="gzip")

    assert response["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(response.content)) == clinic_client.get(url).json()
