"""The questionnaire pages through the test client: what each patient is offered, the
licence gate, keeping and due dates, pausing and resuming, submitting, the results page,
the urgent-help information, and bad input (nothing saved)."""

import datetime
import json

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from accounts.models import PatientProfile, User
from diary.insights.text import format_short_day
from diary.instruments import instruments
from diary.models import (
    InstrumentWording,
    KeptInstrument,
    QuestionnaireResponse,
    ReminderDelivery,
    ReminderKind,
)
from diary.questionnaires import interval_choices, response_submit
from education.models import Condition
from tests.conftest import make_patient
from tests.diary.test_reminder_links import claim_and_send, turn_on

LIST = "/diary/questionnaires/"


def phq9(*values: int) -> dict[str, str]:
    return {f"item-{n}": str(value) for n, value in enumerate(values, start=1)}


def submit(client, slug: str, answers: dict, token: str = "", action: str = "submit"):
    return client.post(
        f"/diary/questionnaires/{slug}/", {**answers, "form_token": token, "action": action}
    )


def hit6_wording() -> dict:
    answers = {"6": "Never", "8": "Rarely", "10": "Sometimes", "11": "Very often", "13": "Always"}
    return {
        "instrument": "hit6",
        "licence": "Used under the test site's licence.",
        "items": {
            str(n): {"text": f"Licensed HIT-6 question {n}", "options": answers}
            for n in range(1, 7)
        },
    }


@pytest.fixture
def hit6_file(tmp_path):
    path = tmp_path / "hit6.json"
    path.write_text(json.dumps(hit6_wording()), encoding="utf-8")
    return path


def offered_names(client) -> list[str]:
    response = client.get(LIST)
    assert response.status_code == 200
    return [row["instrument"].slug for row in response.context["rows"]]


# --- What is offered -------------------------------------------------------------------


def test_alice_sees_the_instruments_for_her_conditions_without_licensed_ones(alice_client):
    # Lupus and migraine with aura: PHQ-9 and GAD-7; MIDAS, HALT-90 and HIT-6 are
    # scoring-only and this site has loaded no wording for them.
    assert offered_names(alice_client) == ["phq9", "gad7"]


def test_charlie_without_conditions_sees_phq9_and_gad7(charlie_client):
    assert offered_names(charlie_client) == ["phq9", "gad7"]


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        ("multiple-sclerosis", ["phq9", "gad7", "mfis"]),
        ("sjogrens", ["phq9", "gad7"]),
        ("rheumatoid-arthritis", ["phq9", "gad7"]),
        ("migraine-without-aura", ["phq9", "gad7"]),
    ],
)
def test_each_condition_gets_its_instruments(db, client, slug, expected):
    patient = make_patient("dana@example.com")
    patient.profile.conditions.set(Condition.objects.filter(slug=slug))
    client.force_login(patient)
    assert offered_names(client) == expected


def test_a_scoring_only_instrument_is_offered_only_with_the_operators_wording(
    alice_client, hit6_file
):
    page = alice_client.get("/diary/questionnaires/hit6/")
    assert page.status_code == 404
    assert "not available on this site" in page.content.decode()
    assert "Licensed HIT-6 question" not in alice_client.get(LIST).content.decode()

    call_command("load_instrument_wording", str(hit6_file), verbosity=0)

    assert offered_names(alice_client) == ["phq9", "gad7", "hit6"]
    page = alice_client.get("/diary/questionnaires/hit6/")
    assert page.status_code == 200
    assert "Licensed HIT-6 question 6" in page.content.decode()
    assert "This site's licence for the wording: Used under the test site" in (
        page.content.decode()
    )
    response = submit(alice_client, "hit6", {f"item-{n}": "10" for n in range(1, 7)})
    saved = QuestionnaireResponse.objects.get(slug="hit6")
    assert response["Location"] == saved.get_absolute_url()
    assert (saved.total, saved.band) == (60, "severe impact")

    call_command("load_instrument_wording", remove="hit6", verbosity=0)

    assert offered_names(alice_client) == ["phq9", "gad7"]
    assert alice_client.get("/diary/questionnaires/hit6/").status_code == 404
    # Its completed response stays hers, shown without the licensed words.
    page = alice_client.get(saved.get_absolute_url()).content.decode()
    assert "60" in page
    assert "Licensed HIT-6 question" not in page


def test_a_scoring_only_instrument_without_wording_is_never_due_kept_or_reminded(
    alice, alice_client, hit6_file, mailoutbox
):
    morning = timezone.now().replace(hour=6, minute=0, second=0, microsecond=0)
    with time_machine.travel(morning, tick=False) as clock:
        call_command("load_instrument_wording", str(hit6_file), verbosity=0)
        alice_client.post(LIST, {"keep": ["hit6"]})
        assert "/diary/questionnaires/hit6/" in alice_client.get("/").content.decode()

        call_command("load_instrument_wording", remove="hit6", verbosity=0)

        # Not on the home page, not in the list, not among the due, not in a reminder.
        assert "/diary/questionnaires/hit6/" not in alice_client.get("/").content.decode()
        listed = alice_client.get(LIST)
        assert listed.context["due"] == []
        assert "HIT-6" not in listed.content.decode()
        response = alice_client.post(LIST, {"keep": ["hit6"]})
        assert "Choose among the questionnaires listed." in response.content.decode()
        reminder = turn_on(alice, ReminderKind.QUESTIONNAIRES)
        skipped = claim_and_send(clock, reminder)
        assert skipped.reason == "Not sent: no questionnaire is due."
        assert mailoutbox == []


def test_wording_for_a_patient_without_migraine_is_still_not_offered(charlie_client, hit6_file):
    call_command("load_instrument_wording", str(hit6_file), verbosity=0)
    page = charlie_client.get("/diary/questionnaires/hit6/")
    assert page.status_code == 404
    assert "meant for people with other conditions" in page.content.decode()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda data: data["items"].pop("6"), "Item 6 of HIT-6 has no text."),
        (lambda data: data["items"]["1"]["options"].pop("11"), "no text for the answer worth 11"),
        (lambda data: data["items"].update({"7": {"text": "x"}}), "Unknown item ids"),
        (lambda data: data.update(licence=""), 'needs a "licence"'),
        (lambda data: data.update(instrument="nope"), "Unknown instrument"),
        (lambda data: data.update(instrument="phq9"), "needs no file"),
    ],
)
def test_a_wording_file_that_does_not_fit_loads_nothing(db, tmp_path, change, message):
    data = hit6_wording()
    change(data)
    path = tmp_path / "wording.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        call_command("load_instrument_wording", str(path), verbosity=0)
    assert not InstrumentWording.objects.exists()


def test_an_unreadable_wording_file_loads_nothing(db, tmp_path):
    path = tmp_path / "wording.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("load_instrument_wording", str(path), verbosity=0)
    with pytest.raises(CommandError, match="Give the wording file"):
        call_command("load_instrument_wording", verbosity=0)
    assert not InstrumentWording.objects.exists()


def test_loading_wording_says_what_it_did(db, hit6_file, capsys):
    call_command("load_instrument_wording", str(hit6_file))
    assert "Loaded the wording of the HIT-6" in capsys.readouterr().out
    call_command("load_instrument_wording", remove="hit6")
    call_command("load_instrument_wording", remove="hit6")
    output = capsys.readouterr().out
    assert "Unloaded the wording of hit6" in output
    assert "nothing changed" in output


# --- Keeping and due -------------------------------------------------------------------


def test_keeping_instruments_saves_each_with_its_interval(alice, alice_client):
    response = alice_client.post(LIST, {"keep": ["phq9", "gad7"]})
    assert response.status_code == 302
    kept = dict(KeptInstrument.objects.filter(owner=alice).values_list("slug", "interval_days"))
    assert kept == {"phq9": 14, "gad7": 14}

    alice_client.post(LIST, {"keep": ["gad7"]})
    assert list(KeptInstrument.objects.filter(owner=alice).values_list("slug", flat=True)) == [
        "gad7"
    ]


def test_keeping_an_instrument_not_offered_is_refused_and_changes_nothing(alice, alice_client):
    alice_client.post(LIST, {"keep": ["phq9"]})
    response = alice_client.post(LIST, {"keep": ["phq9", "mfis"]})
    assert response.status_code == 200
    assert "Choose among the questionnaires listed." in response.content.decode()
    assert list(KeptInstrument.objects.filter(owner=alice).values_list("slug", flat=True)) == [
        "phq9"
    ]


def test_each_kept_instrument_offers_its_recall_period_and_longer_as_intervals(alice_client):
    alice_client.post(LIST, {"keep": ["phq9"]})

    rows = {row["instrument"].slug: row for row in alice_client.get(LIST).context["rows"]}

    assert [days for days, _ in rows["phq9"]["intervals"]] == [14, 28, 91, 182]
    assert [days for days, _ in interval_choices(instruments()["halt90"])] == [91, 182]
    assert [days for days, _ in interval_choices(instruments()["rapid3"])] == [7, 14, 28, 91, 182]
    assert (rows["phq9"]["interval"], rows["phq9"]["interval_words"]) == (14, "every 2 weeks")
    page = alice_client.get(LIST).content.decode()
    assert "How often the PHQ-9 comes due when kept" in page
    assert '<option value="14" selected>Every 2 weeks (the default)</option>' in page


def test_the_patient_chooses_how_often_a_kept_instrument_comes_due(alice, alice_client):
    response = alice_client.post(
        LIST, {"keep": ["phq9", "gad7"], "interval-phq9": "28", "interval-gad7": "14"}
    )

    assert response.status_code == 302
    kept = dict(KeptInstrument.objects.filter(owner=alice).values_list("slug", "interval_days"))
    assert kept == {"phq9": 28, "gad7": 14}
    page = alice_client.get(LIST).content.decode()
    assert "every 4 weeks" in page
    assert '<option value="28" selected>Every 4 weeks</option>' in page

    # Changed later, the kept instrument keeps its place and takes the new interval.
    alice_client.post(LIST, {"keep": ["phq9", "gad7"], "interval-phq9": "91"})
    kept = dict(KeptInstrument.objects.filter(owner=alice).values_list("slug", "interval_days"))
    assert kept == {"phq9": 91, "gad7": 14}


@pytest.mark.parametrize(
    "interval",
    ["7", "15", "0", "-14", "two weeks", "", "9" * 5000],
)
def test_an_interval_the_instrument_does_not_offer_is_refused_and_saves_nothing(
    alice, alice_client, interval
):
    alice_client.post(LIST, {"keep": ["phq9"]})

    response = alice_client.post(
        LIST, {"keep": ["phq9", "gad7"], "interval-phq9": interval, "interval-gad7": "28"}
    )

    assert response.status_code == 200
    assert (
        "Choose how often the PHQ-9 comes due from the list: every 2 weeks, every 4 weeks, "
        "every 3 months, every 6 months." in response.content.decode()
    )
    kept = dict(KeptInstrument.objects.filter(owner=alice).values_list("slug", "interval_days"))
    assert kept == {"phq9": 14}


def test_an_instrument_comes_due_after_the_interval_the_patient_chose(alice, alice_client):
    alice_client.post(LIST, {"keep": ["gad7"], "interval-gad7": "28"})
    submit(alice_client, "gad7", {f"item-{n}": "0" for n in range(1, 8)})
    done = QuestionnaireResponse.objects.get(owner=alice)

    done.completed_at = timezone.now() - datetime.timedelta(days=14)
    done.save()
    assert "/diary/questionnaires/gad7/" not in alice_client.get("/").content.decode()

    done.completed_at = timezone.now() - datetime.timedelta(days=28)
    done.save()
    assert "/diary/questionnaires/gad7/" in alice_client.get("/").content.decode()


def test_a_kept_instrument_is_due_on_the_home_page_until_done_then_after_its_interval(
    alice, alice_client
):
    assert "None due." in alice_client.get("/").content.decode()
    alice_client.post(LIST, {"keep": ["phq9"]})
    home = alice_client.get("/").content.decode()
    assert "/diary/questionnaires/phq9/" in home
    assert "about 3 minutes" in home

    submit(alice_client, "phq9", phq9(0, 0, 0, 0, 0, 0, 0, 0, 0))
    assert "None due." in alice_client.get("/").content.decode()

    # 14 days later (in her time zone) it is due again.
    done = QuestionnaireResponse.objects.get(owner=alice)
    done.completed_at = timezone.now() - datetime.timedelta(days=14)
    done.save()
    assert "/diary/questionnaires/phq9/" in alice_client.get("/").content.decode()
    listed = alice_client.get(LIST)
    assert [due.instrument.slug for due in listed.context["due"]] == ["phq9"]


# --- Answering ---------------------------------------------------------------------------


def test_the_answer_page_says_how_long_it_takes_and_offers_radio_rows(alice_client):
    page = alice_client.get("/diary/questionnaires/phq9/").content.decode()
    assert "9 questions, about 3 minutes" in page
    assert page.count('type="radio" name="item-1"') == 4
    assert "Over the last 2 weeks" in page
    assert "No permission required to reproduce" in page


def test_submitting_saves_the_score_and_shows_the_result(alice, alice_client):
    response = submit(alice_client, "phq9", phq9(1, 2, 0, 3, 1, 0, 2, 1, 0), token="x")
    saved = QuestionnaireResponse.objects.get(owner=alice)
    assert response["Location"] == saved.get_absolute_url()
    assert saved.status == QuestionnaireResponse.Status.COMPLETED
    assert (saved.total, saved.band) == (10, "moderate")
    assert saved.answers["4"] == "3"
    page = alice_client.get(saved.get_absolute_url()).content.decode()
    today = timezone.localdate(saved.completed_at, alice.tzinfo)
    assert f"score on {today.day} " in page
    assert "was 10 (possible range 0 to 27" in page
    assert "moderate" in page
    assert "This is the first PHQ-9 you completed" in page
    assert 'id="urgent-help"' not in page


def test_the_result_shows_the_change_since_the_last_time_against_the_mid(alice, alice_client):
    submit(alice_client, "phq9", phq9(3, 3, 3, 3, 3, 0, 0, 0, 0))
    first = QuestionnaireResponse.objects.get(owner=alice)
    first.completed_at -= datetime.timedelta(days=20)
    first.save()
    submit(alice_client, "phq9", phq9(2, 2, 2, 2, 2, 0, 0, 0, 0))
    second = QuestionnaireResponse.objects.exclude(pk=first.pk).get()
    page = alice_client.get(second.get_absolute_url()).content.decode()
    assert "5 lower (better) than on" in page
    assert "That reaches the change counted as meaningful (5 points)." in page


def test_pausing_saves_partial_answers_and_resuming_fills_them_in(alice, alice_client):
    response = submit(alice_client, "phq9", {"item-1": "2", "item-2": "1"}, action="pause")
    assert response.status_code == 302
    draft = QuestionnaireResponse.objects.get(owner=alice)
    assert draft.status == QuestionnaireResponse.Status.DRAFT
    assert draft.answers == {"1": "2", "2": "1"}
    assert draft.total is None

    page = alice_client.get("/diary/questionnaires/phq9/").content.decode()
    assert "Welcome back" in page
    assert 'name="item-1" value="2" checked' in page
    assert "Carry on with the PHQ-9" in alice_client.get(LIST).content.decode()

    # Pausing again updates the same draft; submitting completes it: still one row.
    submit(alice_client, "phq9", {"item-1": "3"}, action="pause")
    assert QuestionnaireResponse.objects.get(owner=alice).answers == {"1": "3"}
    submit(alice_client, "phq9", phq9(3, 1, 1, 1, 1, 1, 1, 1, 0))
    done = QuestionnaireResponse.objects.get(owner=alice)
    assert done.pk == draft.pk
    assert (done.status, done.total) == (QuestionnaireResponse.Status.COMPLETED, 10)


# --- Bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        (phq9(1, 1, 1, 1, 1, 1, 1, 1), "Question 9 needs an answer."),
        (phq9(1, 1, 1, 1, 1, 1, 1, 1, 4), "Question 9: choose one of the answers."),
        (phq9(1, 1, 1, 1, 1, 1, 1, 1, -1), "Question 9: choose one of the answers."),
        ({**phq9(1, 1, 1, 1, 1, 1, 1, 1, 1), "item-3": "x"}, "Question 3: choose one"),
    ],
)
def test_bad_answers_show_the_form_again_and_save_nothing(alice_client, answers, message):
    response = submit(alice_client, "phq9", answers)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nothing was saved." in page
    assert message in page
    assert not QuestionnaireResponse.objects.exists()


def test_a_bad_answer_while_pausing_saves_nothing_and_keeps_the_old_draft(alice, alice_client):
    submit(alice_client, "phq9", {"item-1": "2"}, action="pause")
    response = submit(alice_client, "phq9", {"item-1": "1", "item-2": "9"}, action="pause")
    assert response.status_code == 200
    assert "Question 2: choose one of the answers." in response.content.decode()
    assert QuestionnaireResponse.objects.get(owner=alice).answers == {"1": "2"}


def test_a_duplicate_submit_saves_once_and_says_so(alice, alice_client):
    first = submit(alice_client, "phq9", phq9(0, 0, 0, 0, 0, 0, 0, 0, 1), token=TOKEN)
    second = submit(alice_client, "phq9", phq9(3, 3, 3, 3, 3, 3, 3, 3, 3), token=TOKEN)
    saved = QuestionnaireResponse.objects.get(owner=alice)
    assert first["Location"] == second["Location"] == saved.get_absolute_url()
    assert saved.total == 1
    page = alice_client.get(second["Location"]).content.decode()
    assert "already submitted; nothing new was saved" in page


TOKEN = "7d1e4c1a-8f0b-4a38-9d55-2a4f43e3c0de"


def test_an_instrument_the_patient_cannot_take_is_refused_and_saves_nothing(charlie_client):
    for slug, reason in [
        ("mfis", "meant for people with other conditions"),
        ("esspri", "not available on this site"),
        ("no-such-thing", "Overlap has no questionnaire of that name."),
    ]:
        page = charlie_client.get(f"/diary/questionnaires/{slug}/")
        assert page.status_code == 404
        assert reason in page.content.decode()
        answers = {f"item-{n}": "1" for n in range(1, 22)}
        assert submit(charlie_client, slug, answers).status_code == 404
        assert submit(charlie_client, slug, answers, action="pause").status_code == 404
    assert not QuestionnaireResponse.objects.exists()


def test_another_patients_response_is_a_404(alice, alice_client, charlie):
    submit(alice_client, "phq9", phq9(0, 0, 0, 0, 0, 0, 0, 0, 0))
    saved = QuestionnaireResponse.objects.get(owner=alice)
    charlie_client = Client()
    charlie_client.force_login(charlie)
    assert charlie_client.get(saved.get_absolute_url()).status_code == 404


def test_a_paused_response_has_no_results_page(alice_client):
    submit(alice_client, "phq9", {"item-1": "1"}, action="pause")
    draft = QuestionnaireResponse.objects.get()
    assert alice_client.get(draft.get_absolute_url()).status_code == 404


def test_anonymous_is_sent_to_log_in(client):
    for url in [LIST, "/diary/questionnaires/phq9/"]:
        assert client.get(url)["Location"].startswith("/accounts/login/")


# --- The urgent-help information --------------------------------------------------------


def test_item_9_above_zero_shows_urgent_help_before_the_score(alice, alice_client):
    submit(alice_client, "phq9", phq9(0, 0, 0, 0, 0, 0, 0, 0, 1))
    saved = QuestionnaireResponse.objects.get()
    assert saved.needs_urgent_help
    page = alice_client.get(saved.get_absolute_url()).content.decode()
    help_at = page.index('id="urgent-help"')
    assert help_at < page.index('id="score-total"')
    assert "hidden" not in page[help_at - 80 : page.index(">", help_at)]
    assert "findahelpline.com" in page
    assert "112" in page
    # The list of completed questionnaires points to it too, beside the score.
    listed = alice_client.get(LIST).content.decode()
    assert f'href="{saved.get_absolute_url()}#urgent-help"' in listed


def test_item_9_at_zero_shows_no_urgent_help(alice_client):
    submit(alice_client, "phq9", phq9(3, 3, 3, 3, 3, 3, 3, 3, 0))
    saved = QuestionnaireResponse.objects.get()
    assert not saved.needs_urgent_help
    assert 'id="urgent-help"' not in alice_client.get(saved.get_absolute_url()).content.decode()
    assert "#urgent-help" not in alice_client.get(LIST).content.decode()


def test_the_operator_sets_the_local_numbers(alice_client, settings):
    settings.URGENT_HELP_LINES = ["Samaritans, free, day and night: 116 123"]
    submit(alice_client, "phq9", phq9(0, 0, 0, 0, 0, 0, 0, 0, 2))
    page = alice_client.get(QuestionnaireResponse.objects.get().get_absolute_url())
    text = page.content.decode()
    assert "Samaritans, free, day and night: 116 123" in text
    assert "findahelpline.com" not in text


def test_paused_answers_with_item_9_above_zero_show_urgent_help_when_resumed(alice_client):
    page = alice_client.get("/diary/questionnaires/phq9/").content.decode()
    start = page.index('id="urgent-help"')
    assert "hidden" in page[start : page.index(">", start)]
    submit(alice_client, "phq9", {"item-9": "3"}, action="pause")
    page = alice_client.get("/diary/questionnaires/phq9/").content.decode()
    start = page.index('id="urgent-help"')
    assert "hidden" not in page[start : page.index(">", start)]


def test_gad7_has_no_urgent_help_block(alice_client):
    assert (
        'id="urgent-help"' not in alice_client.get("/diary/questionnaires/gad7/").content.decode()
    )


def test_only_patients_have_questionnaires(bob_client):
    assert bob_client.get(LIST).status_code == 404


def test_a_patient_without_a_profile_gets_phq9_and_gad7(db, client):
    patient = User.objects.create_user("erin@example.com", "pw-erin-12345", role=User.Role.PATIENT)
    assert not PatientProfile.objects.filter(user=patient).exists()
    client.force_login(patient)
    assert offered_names(client) == ["phq9", "gad7"]


# --- The timeline -----------------------------------------------------------------------


def test_the_timeline_data_has_a_marker_line_per_instrument_in_the_period(alice, alice_client):
    submit(alice_client, "phq9", phq9(3, 3, 3, 3, 3, 0, 0, 0, 0))
    submit(alice_client, "gad7", {f"item-{n}": "1" for n in range(1, 8)})
    submit(alice_client, "phq9", phq9(1, 1, 1, 1, 1, 0, 0, 0, 0))
    first, gad7, latest = QuestionnaireResponse.objects.order_by("pk")
    first.completed_at -= datetime.timedelta(days=10)
    first.save()
    gad7.completed_at -= datetime.timedelta(days=100)
    gad7.save()
    today = timezone.localdate(timezone.now(), alice.tzinfo)
    start = today - datetime.timedelta(days=29)

    data = alice_client.get(
        "/timeline/data.json", {"start": start.isoformat(), "end": today.isoformat()}
    ).json()

    first_day = timezone.localdate(first.completed_at, alice.tzinfo)
    assert data["questionnaires"] == [
        {
            "slug": "phq9",
            "name": "PHQ-9",
            "points": [
                {
                    "day": first_day.isoformat(),
                    "score": 15,
                    "band": "moderately severe",
                    "text": f"PHQ-9 on {format_short_day(first_day)}: 15, moderately severe",
                },
                {
                    "day": today.isoformat(),
                    "score": 5,
                    "band": "mild",
                    "text": f"PHQ-9 on {format_short_day(today)}: 5, mild",
                },
            ],
        }
    ]
    longer = alice_client.get(
        "/timeline/data.json",
        {"start": (today - datetime.timedelta(days=120)).isoformat(), "end": today.isoformat()},
    ).json()
    assert [line["slug"] for line in longer["questionnaires"]] == ["phq9", "gad7"]


# --- The report --------------------------------------------------------------------------


def test_the_report_shows_each_instruments_latest_result_and_change(alice, alice_client):
    submit(alice_client, "phq9", phq9(3, 3, 3, 3, 3, 0, 0, 0, 0))
    first = QuestionnaireResponse.objects.get()
    first.completed_at -= datetime.timedelta(days=20)
    first.save()
    submit(alice_client, "phq9", phq9(1, 1, 1, 1, 1, 0, 0, 0, 0))

    page = alice_client.get("/report/").content.decode()

    section = page[page.index('id="report-questionnaires"') :]
    assert "PHQ-9 (2 times in this period)" in section
    assert "Your PHQ-9 score on" in section
    assert "was 5 (possible range 0 to 27" in section
    assert "10 lower (better) than on" in section
    assert 'id="urgent-help"' not in page


def test_a_report_without_questionnaires_has_no_section(alice_client):
    assert 'id="report-questionnaires"' not in alice_client.get("/report/").content.decode()


def test_the_report_shows_urgent_help_to_the_patient_and_the_answer_to_a_clinician(
    alice, alice_client, alice_shares_with_bob, bob
):
    submit(alice_client, "phq9", phq9(0, 0, 0, 0, 0, 0, 0, 0, 1))
    page = alice_client.get("/report/").content.decode()
    assert page.index('id="urgent-help"') < page.index("Your PHQ-9 score on")

    clinician = Client()
    clinician.force_login(bob)
    page = clinician.get(f"/clinic/{alice.uuid}/report/").content.decode()
    section = page[page.index('id="report-questionnaires"') :]
    assert "Alice answered above zero on the item about thoughts of being better off dead" in (
        section
    )
    assert "Alice&#x27;s PHQ-9 score on" in section
    assert "Discuss it with your clinician" not in section
    assert 'id="urgent-help"' not in page


# --- Reminders ---------------------------------------------------------------------------


def test_a_questionnaire_reminder_is_sent_only_when_one_is_due_and_never_names_it(
    alice, alice_client, mailoutbox
):
    morning = timezone.now().replace(hour=6, minute=0, second=0, microsecond=0)
    with time_machine.travel(morning, tick=False) as clock:
        alice_client.post(LIST, {"keep": ["phq9", "gad7"]})
        reminder = turn_on(alice, ReminderKind.QUESTIONNAIRES, include_details=True)
        sent = claim_and_send(clock, reminder)
        assert sent.status == ReminderDelivery.Status.SENT
        message = mailoutbox[-1]
        assert message.subject == "Your Overlap reminder"
        assert message.body.startswith("2 questionnaires you keep in Overlap are due.")
        assert "http://testserver/diary/questionnaires/" in message.body
        assert "PHQ" not in message.body
        assert "GAD" not in message.body

        for slug, count in [("phq9", 9), ("gad7", 7)]:
            response_submit(
                owner=alice,
                known=instruments()[slug],
                raw={str(n): "0" for n in range(1, count + 1)},
                token=None,
            )
        reminder.refresh_from_db()
        skipped = claim_and_send(clock, reminder)
        assert skipped.status == ReminderDelivery.Status.SKIPPED
        assert skipped.reason == "Not sent: no questionnaire is due."
        assert len(mailoutbox) == 1


def test_the_questionnaire_reminder_follows_the_interval_the_patient_chose(
    alice, alice_client, mailoutbox
):
    morning = timezone.now().replace(hour=6, minute=0, second=0, microsecond=0)
    with time_machine.travel(morning, tick=False) as clock:
        alice_client.post(LIST, {"keep": ["gad7"], "interval-gad7": "28"})
        submit(alice_client, "gad7", {f"item-{n}": "0" for n in range(1, 8)})
        done = QuestionnaireResponse.objects.get(owner=alice)
        reminder = turn_on(alice, ReminderKind.QUESTIONNAIRES)

        # Two weeks on, the default interval would have it due; the chosen four weeks not.
        done.completed_at = timezone.now() - datetime.timedelta(days=14)
        done.save()
        skipped = claim_and_send(clock, reminder)
        assert skipped.reason == "Not sent: no questionnaire is due."
        assert mailoutbox == []

        done.completed_at = timezone.now() - datetime.timedelta(days=28)
        done.save()
        reminder.refresh_from_db()
        sent = claim_and_send(clock, reminder)
        assert sent.status == ReminderDelivery.Status.SENT
        assert len(mailoutbox) == 1


def test_a_plain_questionnaire_reminder_says_only_that_it_is_from_overlap(
    alice, alice_client, mailoutbox
):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        alice_client.post(LIST, {"keep": ["gad7"]})
        claim_and_send(clock, turn_on(alice, ReminderKind.QUESTIONNAIRES))
    assert mailoutbox[-1].body.startswith("A reminder from Overlap.\n")
