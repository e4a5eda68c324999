"""The importers in Spanish, Brazilian Portuguese and German (README, "Translations").

Each file with bad rows is imported once by a patient who reads English and once in each
other language: the page lists the same refusals and notices, with the row numbers and the
offending values kept and no English word left around them. A file is read, and a queued
import refused, in the patient's language, whoever runs it (the request or the worker);
the quick log's sync endpoint refuses a whole batch in it too.
"""

import csv
import html
import io
import json
import pathlib
import re
import zipfile

import pytest
from django.utils import translation

from diary.exports import csv_export
from diary.imports import services
from diary.models import ImportBatch
from diary.offline_sync import MAX_BODY_BYTES, MAX_ITEMS
from tests.conftest import make_patient
from tests.diary.imports.helpers import upload_batch
from tests.test_i18n import SAME_EVERYWHERE, SAME_IN, TRANSLATED

SAMPLES = pathlib.Path(__file__).parent / "diary" / "imports" / "samples"
# Names of the other apps, and Overlap's own words for files: the same in every language.
APP_NAMES = {"Aiding", "Migraine", "Buddy", "Bearable", "Flaredown", "Overlap", "csv"}
# Words of the importers' sentences that are the same in that language.
SAME_HERE = {"es": set(), "pt-br": {"dose", "doses"}, "de": set()}


def sample(name: str, *extra: str) -> bytes:
    """A sample export with more bad rows at its end (lines in the file's own form)."""
    data = (SAMPLES / name).read_bytes()
    return data + "".join(line + "\r\n" for line in extra).encode()


def migraine_buddy() -> bytes:
    """The sample with more bad rows in its attacks table (which a blank line ends)."""
    data = (SAMPLES / "migraine_buddy.csv").read_bytes().decode("utf-8")
    last = '"6","27/11/2026 20:15"'
    bad = (
        '"7","01/03/2026 10:00","2h","abc","0","","Migraine","","5","","","","","","","",""\r\n'
        '"8","02/03/2026 10:00","","60","60","","Migraine","","5","","","","","","","",""\r\n'
        '"9","03/03/2026 10:00","soon","60","60","","Migraine","","5","","","","","","","",""\r\n'
    )
    return data.replace(last, bad + last, 1).encode()


def with_rows(data: bytes, rows: list[dict[str, str]]) -> bytes:
    """A CSV table with rows added, each given by column (the others left empty)."""
    text = data.decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\r\n", restval="")
    writer.writerows(rows)
    return (text if text.endswith("\n") else text + "\r\n").encode() + out.getvalue().encode()


def overlap_export(patient) -> bytes:
    """An Overlap export of `patient`'s diary with bad rows in several of its files."""
    export = zipfile.ZipFile(io.BytesIO(csv_export(patient)))
    files = {name: export.read(name) for name in export.namelist()}
    files["attacks.csv"] = with_rows(
        files["attacks.csv"],
        [
            {"id": "98", "attack_type": "migraine", "started_at": "2026-02-30T10:00:00+00:00"},
            {"id": "99", "attack_type": "migraine", "started_at": "2099-01-01T10:00:00+00:00"},
            {
                "id": "100",
                "attack_type": "migraine",
                "started_at": "2026-02-03T10:00:00+00:00",
                "peak_intensity": "12",
            },
            {
                "id": "101",
                "attack_type": "migraine",
                "started_at": "2026-02-04T10:00:00+00:00",
                "ended_at": "2026-02-04T08:00:00+00:00",
            },
            {"id": "102", "attack_type": "sinus", "started_at": "2026-02-05T10:00:00+00:00"},
        ],
    )
    files["checkins.csv"] = with_rows(
        files["checkins.csv"],
        [
            {"day": "2026-03-01", "sleep_hours": "30"},
            {"day": "2026-03-02", "stress": "many"},
            {"day": "2026-03-03", "menstruation": "perhaps"},
        ],
    )
    files["flares.csv"] = with_rows(
        files["flares.csv"],
        [{"condition": "Lupus", "started_on": "2026-03-05", "ended_on": "2026-03-01"}],
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


def items(page: str, list_id: str) -> list[str]:
    """The text of each item of a list of the page (the refusals, the notices); none when
    the page has no such list."""
    match = re.search(rf'<ul id="{list_id}"[^>]*>(.*?)</ul>', page, re.DOTALL)
    if not match:
        return []
    return [
        " ".join(html.unescape(re.sub(r"<[^>]+>", "", item)).split())
        for item in re.findall(r"<li>(.*?)</li>", match.group(1), re.DOTALL)
    ]


def english_left(english: str, translated: str, file_words: set[str], language: str) -> set[str]:
    """The English words of a refusal or notice still in its translation, leaving out what
    comes from the file (values, column names) and words the language shares."""
    allowed = file_words | APP_NAMES | SAME_EVERYWHERE | SAME_IN[language] | SAME_HERE[language]
    words = set(re.findall(r"[A-Za-z]{3,}", english)) - allowed
    return {word for word in words if re.search(rf"\b{word}\b", translated)}


def kept_values(english: str) -> list[str]:
    """What a refusal quotes from the file, and its numbers (the row first)."""
    quoted = re.findall(r"“([^”]*)”", english)
    rest = re.sub(r"“[^”]*”", " ", english)
    return quoted + re.findall(r"\d[\d:\-]*\d|\d", rest)


IMPORTS = {
    "Aiding Migraine": (
        "aiding-migraine.csv",
        lambda patient: sample(
            "aiding_migraine.csv",
            "2026-06-04,08:00,,,5,Migraine,,,,Resolved,,,,,,,",
            "2026-06-05,08:00,,many,5,Migraine,,,,Resolved,,,,,,,",
            "2026-06-06,25:00,26:00,,5,Migraine,,,,Resolved,,,,,,,",
        ),
    ),
    "Bearable": (
        "bearable.csv",
        lambda patient: sample(
            "bearable.csv",
            "2026-04-05,Sunday,am,Sleep,30,,,05/04/2026",
            "2026-04-06,Monday,am,Water,99,,,06/04/2026",
            "1850-04-07,Tuesday,am,Sleep,8,,,07/04/1850",
        ),
    ),
    "Flaredown": (
        "flaredown.csv",
        lambda patient: sample(
            "flaredown.csv", "2026-07-08,x,0,0,0,0,0,Taken,,,,", "32/07/2026,0,0,0,0,0,0,,,,,"
        ),
    ),
    "Migraine Buddy": ("migraine-buddy.csv", lambda patient: migraine_buddy()),
    "Overlap": ("overlap.zip", overlap_export),
}


@pytest.mark.django_db
@pytest.mark.parametrize("app", IMPORTS)
@pytest.mark.parametrize("language", TRANSLATED.values())
def test_an_imports_refusals_and_notices_have_no_english_left(client, app, language):
    name, content = IMPORTS[app]
    patient = make_patient("reader@example.com", timezone="Europe/Berlin")
    client.force_login(patient)
    data = content(make_patient("writer@example.com"))
    pages = {}
    for reading in ("en", language):
        patient.language = reading
        patient.save(update_fields=["language"])
        batch = upload_batch(client, data, name)
        pages[reading] = client.get(f"/diary/imports/{batch.pk}/").content.decode()
    file_words = set(re.findall(r"[A-Za-z]{3,}", data.decode("utf-8", errors="ignore")))
    file_words |= {"Europe", "Berlin"}

    refused = {reading: items(page, "import-refused") for reading, page in pages.items()}
    assert len(refused[language]) == len(refused["en"]) >= 2
    for english, translated in zip(refused["en"], refused[language], strict=True):
        assert translated != english
        assert english_left(english, translated, file_words, language) == set(), translated
        for value in kept_values(english):
            assert value in translated, (value, translated)
    notices = {reading: items(page, "import-notices") for reading, page in pages.items()}
    # Overlap's own export needs no notice; every other app's file has some.
    assert len(notices[language]) == len(notices["en"]) >= (0 if app == "Overlap" else 1)
    for english, translated in zip(notices["en"], notices[language], strict=True):
        assert translated != english
        assert english_left(english, translated, file_words, language) == set(), translated


def test_the_english_refusals_are_the_ones_the_tests_of_each_importer_know(alice_client):
    # The comparison above is with these: the English words are unchanged.
    batch = upload_batch(alice_client, IMPORTS["Migraine Buddy"][1](None), "buddy.csv")
    page = alice_client.get(f"/diary/imports/{batch.pk}/").content.decode()

    assert items(page, "import-refused") == [
        "Row 8: The start “31/02/2026 10:00” is not a possible date and time.",
        "Row 9: The start 2099-12-15 09:00 is in the future.",
        "Row 10: The UTC offset “abc” is not a number of minutes.",
        "Row 11: The attack says neither how long it lasted nor that it is ongoing.",
        "Row 12: The length “soon” is not a length of time Overlap can read.",
    ]


@pytest.mark.django_db
def test_a_spanish_patients_refusals_read_as_spanish(client):
    patient = make_patient("lucia@example.com", language="es", timezone="Europe/Madrid")
    client.force_login(patient)

    batch = upload_batch(client, IMPORTS["Migraine Buddy"][1](None), "buddy.csv")
    page = client.get(f"/diary/imports/{batch.pk}/").content.decode()

    refused = items(page, "import-refused")
    assert "Fila 8: El inicio «31/02/2026 10:00» no es una fecha y hora posible." in refused
    assert "Fila 9: El inicio 2099-12-15 09:00 está en el futuro." in refused
    assert "Las fechas se han leído como día/mes/año, tal como las escribió su teléfono." in (
        items(page, "import-notices")
    )


@pytest.mark.django_db
def test_the_notes_an_import_writes_are_in_the_patients_language(client):
    patient = make_patient("jonas@example.com", language="de", timezone="Europe/Berlin")
    client.force_login(patient)

    buddy = upload_batch(client, IMPORTS["Migraine Buddy"][1](None), "buddy.csv")
    flaredown = upload_batch(client, (SAMPLES / "flaredown.csv").read_bytes(), "flaredown.csv")

    notes = [entry.get("notes", "") for entry in buddy.parsed["entries"]]
    assert any("Ort: Home" in note.splitlines() for note in notes), notes
    assert not any("Place: " in note for note in notes)
    flares = [entry for entry in flaredown.parsed["entries"] if entry["kind"] == "flare"]
    assert flares
    assert all(flare["notes"].startswith("Aus Flaredown: ") for flare in flares)


def many_attacks(count: int) -> bytes:
    lines = ['"#","Started","Lasted","Pain Level"']
    lines += [f'"{number + 1}","0{number + 1}/01/2020 08:00","2h","5"' for number in range(count)]
    return ("\r\n".join(lines) + "\r\n").encode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("damage", "raises", "reason"),
    [
        # A row that breaks a rule of the database (a race with another tab).
        ("attack_type", None, "Ihr Tagebuch hat sich geändert"),
        # A stored row the job cannot read: the job fails.
        ("peak_intensity", ValueError, "Der Import konnte nicht abgeschlossen werden"),
    ],
)
def test_an_import_the_worker_gives_back_says_why_in_the_patients_language(
    client, damage, raises, reason
):
    patient = make_patient("jonas@example.com", language="de", timezone="Europe/Berlin")
    client.force_login(patient)
    batch = upload_batch(client, many_attacks(3), "buddy.csv")
    batch.parsed["entries"][2][damage] = "cluster" if damage == "attack_type" else "x"
    ImportBatch.objects.filter(pk=batch.pk).update(
        state=ImportBatch.State.QUEUED, parsed=batch.parsed
    )

    # The worker runs outside any request, in Overlap's default language (English) until
    # it chooses the patient's.
    with translation.override("en"):
        if raises:
            with pytest.raises(raises):
                services.import_run.call(batch_id=batch.pk)
        else:
            assert services.import_run.call(batch_id=batch.pk) == "refused"

    batch.refresh_from_db()
    assert batch.mapping["error"].startswith(reason)
    assert reason in client.get(f"/diary/imports/{batch.pk}/").content.decode()


@pytest.mark.django_db
def test_the_quick_logs_batch_errors_are_in_german(client):
    patient = make_patient("jonas@example.com", language="de", timezone="Europe/Berlin")
    client.force_login(patient)

    def post(body: str):
        return client.post("/diary/sync/", body, content_type="application/json")

    too_big = post(json.dumps({"items": [], "padding": "x" * MAX_BODY_BYTES}))
    assert too_big.status_code == 413
    assert too_big.json() == {
        "error": f"Senden Sie höchstens {MAX_BODY_BYTES // 1024} KB in einem Paket."
    }
    too_many = post(json.dumps({"items": [{}] * (MAX_ITEMS + 1)}))
    assert too_many.json() == {
        "error": f"Senden Sie höchstens {MAX_ITEMS} Einträge in einem Paket."
    }
    assert post("{").json() == {"error": "Das ist kein gültiges JSON."}
    assert post('{"items": "all"}').json() == {
        "error": "Senden Sie ein JSON-Objekt mit einer Liste „items“."
    }


@pytest.mark.django_db
def test_a_file_read_outside_a_request_is_read_in_the_patients_language():
    patient = make_patient("jonas@example.com", language="de", timezone="Europe/Berlin")

    with translation.override("en"):
        batch = services.import_read(
            patient=patient, file_name="buddy.csv", data=IMPORTS["Migraine Buddy"][1](None)
        )

    reasons = [item["reason"] for item in batch.parsed["refused"]]
    assert "Der Beginn „31/02/2026 10:00“ ist kein mögliches Datum mit Uhrzeit." in reasons
    assert (
        "Die Daten wurden als Tag/Monat/Jahr gelesen, wie Ihr Telefon sie geschrieben hat."
        in (batch.parsed["notices"])
    )
