"""Whatever a file holds under each format's header, reading it ends in a preview or a
clear refusal, the preview page renders, and the import saves all of it or nothing:
never a 500."""

import datetime

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diary.models import ImportBatch, MigraineAttack
from tests.diary.imports.helpers import upload

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

HEADERS = {
    "migraine_buddy": '"#","Started","Lasted","Start UTC Offset (min)","End UTC Offset (min)",'
    '"Geohash","Attack Types","Attack Location","Pain Level","Pain Position","Symptoms",'
    '"Auras","Triggers","Medication","Notes"',
    "aiding_migraine": "Date,Start Time,End Time,Duration (hours),Pain Level,Category,"
    "Medication,Notes,Resolution,Status,Pressure (hPa),Symptoms,Triggers,Prodrome,Postdrome,"
    "Pain Location,Pain Quality",
    "bearable": "date,weekday,time of day,category,rating/amount,detail,notes",
    "flaredown": "date,condition: Lupus,condition: Gout,symptom: Fatigue,treatment: Pills,"
    "tags,foods,weather",
}

nasty_cell = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            "NaN",
            "inf",
            "-inf",
            "1e999999",
            "-1",
            "99999",
            "0001-01-01T00:00:00+14:00",
            "9999-12-31 23:59",
            "31/02/2026 10:00",
            "29/02/2024 25:61",
            "13/13/13 1:00 PM",
            "2h 30m",
            "Ongoing",
            "999999999d",
            "Taken",
            "Symptom",
            "Sleep",
            "Factors",
            "Medication",
            "Water",
            "Stress",
            "Fatigue (Severe)",
            '=HYPERLINK("x")',
            "x" * 2100,
            "\x00",
            "\x07bell",
            "+14:00",
            "840",
            "-900",
        ]
    ),
    st.dates(min_value=datetime.date(1, 1, 1)).map(lambda day: day.isoformat()),
    st.datetimes().map(lambda moment: moment.strftime("%d/%m/%Y %H:%M")),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


def csv_text(header: str, rows: list[list[str]]) -> bytes:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row)
    return (header + "\r\n" + buffer.getvalue()).encode("utf-8", "surrogatepass")


@pytest.mark.parametrize("format_name", sorted(HEADERS))
@FUZZ
@given(rows=st.lists(st.lists(nasty_cell, min_size=1, max_size=17), min_size=1, max_size=4))
def test_any_file_under_a_known_header_is_previewed_or_refused_never_a_500(
    alice, format_name, rows
):
    client = Client(raise_request_exception=False)
    client.force_login(alice)
    try:
        content = csv_text(HEADERS[format_name], rows)
    except UnicodeEncodeError:
        return
    response = upload(client, content)
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        preview = client.get(response["Location"])
        assert preview.status_code == 200
        confirmed = client.post(response["Location"] + "import/")
        assert confirmed.status_code == 302
        assert client.get(response["Location"]).status_code == 200
        batch = ImportBatch.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))
        # All of it or nothing: every entry saved is linked to the batch.
        assert (
            MigraineAttack.objects.for_owner(alice).count()
            == batch.records.filter(attack__isnull=False).count()
        )
        client.post(response["Location"] + "undo/")
    ImportBatch.objects.all().delete()
    MigraineAttack.objects.all().delete()


VALID_ROWS = {
    "migraine_buddy": ["1", "01/03/2026 10:00", "2h", "60", "60", "", "Migraine", "", "5"]
    + ["Left", "Nausea", "", "Stress", "Ibuprofen 400mg", "note"],
    "aiding_migraine": ["2026-03-01", "10:00", "12:00", "2", "5", "Migraine", "Ibuprofen"]
    + ["note", "", "Resolved", "1000", "Nausea", "Stress", "", "", "Left", ""],
    "bearable": ["2026-03-01", "Sunday", "am", "Sleep", "7", "", ""],
    "flaredown": ["2026-03-01", "2", "1", "3", "Taken", "period", "bread", "sunny"],
}


@pytest.mark.parametrize("format_name", sorted(HEADERS))
@FUZZ
@given(data=st.data())
def test_one_nasty_cell_in_a_good_row_is_previewed_or_refused_never_a_500(alice, format_name, data):
    row = list(VALID_ROWS[format_name])
    column = data.draw(st.integers(min_value=0, max_value=len(row) - 1))
    row[column] = data.draw(nasty_cell)
    if format_name == "bearable":
        row[3] = data.draw(st.sampled_from(["Sleep", "Water", "Symptom", "Stress", "Medication"]))
    client = Client(raise_request_exception=False)
    client.force_login(alice)
    try:
        content = csv_text(HEADERS[format_name], [row])
    except UnicodeEncodeError:
        return
    response = upload(client, content)
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert client.get(response["Location"]).status_code == 200
        assert client.post(response["Location"] + "import/").status_code == 302
        assert client.get(response["Location"]).status_code == 200
    ImportBatch.objects.all().delete()
    MigraineAttack.objects.all().delete()
