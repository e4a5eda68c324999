"""The downloads stream (docs/exports.md): the same files as the exports built at once,
the first bytes before the diary is read, and memory that does not grow with its length."""

import datetime
import io
import json
import tracemalloc
import zipfile
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from diary import exports
from diary.exports import csv as csv_files
from diary.exports import fhir as fhir_files
from diary.exports import records as record_files
from tests.diary.test_exports import make_diary
from tests.diary.test_exports_views import reauthenticate

MOMENT = datetime.datetime(2026, 3, 4, 5, 6, 7, tzinfo=datetime.UTC)


def members(content: bytes) -> list[tuple[str, tuple, bytes]]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return [(info.filename, info.date_time, archive.read(info)) for info in archive.infolist()]


@pytest.fixture
def small_pieces(monkeypatch):
    """Chunks and pieces far smaller than a test diary, as a long diary is to the real ones."""
    monkeypatch.setattr(record_files, "CHUNK_SIZE", 7)
    monkeypatch.setattr(csv_files, "ROWS_PER_WRITE", 5)
    monkeypatch.setattr(fhir_files, "ENTRIES_PER_PIECE", 5)


@pytest.mark.usefixtures("small_pieces")
def test_the_streamed_zip_holds_the_same_files_as_the_built_one(alice, charlie):
    make_diary(alice, 12, note="=formula")
    make_diary(charlie, 2)

    with mock.patch("django.utils.timezone.now", return_value=MOMENT):
        built = exports.csv_export(alice)
        streamed = list(exports.csv_export_stream(alice))

    assert len(streamed) > 3
    assert members(b"".join(streamed)) == members(built)


@pytest.mark.usefixtures("small_pieces")
def test_the_streamed_bundle_is_the_built_one_byte_for_byte(alice, charlie):
    make_diary(alice, 12, note='"quoted" ünïcode\nnote\u2028line\x85next\u2029')
    make_diary(charlie, 2)

    with mock.patch("django.utils.timezone.now", return_value=MOMENT):
        built = json.dumps(exports.fhir_export(alice), ensure_ascii=False, indent=1).encode()
        streamed = list(exports.fhir_export_stream(alice))

    assert len(streamed) > 3
    assert b"".join(streamed) == built


@pytest.mark.parametrize("name", ["diary:export-csv", "diary:export-fhir"])
def test_the_first_bytes_leave_before_the_diary_is_read(alice_client, alice, password, name):
    make_diary(alice, 3)
    reauthenticate(alice_client, password)

    response = alice_client.get(reverse(name))
    pieces = iter(response.streaming_content)
    with CaptureQueriesContext(connection) as before_first:
        first = next(pieces)
    with CaptureQueriesContext(connection) as after_first:
        rest = b"".join(pieces)

    assert response.streaming
    assert first.startswith((b"PK\x03\x04", b'{\n "resourceType": "Bundle"'))
    assert rest
    # The doses (counted first for the CSV's README) are read after the first bytes left.
    assert not doses_read(before_first.captured_queries)
    assert doses_read(after_first.captured_queries)


def doses_read(queries: list[dict]) -> list[str]:
    return [
        query["sql"]
        for query in queries
        if "diary_medicationdose" in query["sql"] and "COUNT(" not in query["sql"]
    ]


def peak_memory(builder, patient) -> int:
    """The most memory held at once while the whole export is read and thrown away."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        for _piece in builder(patient):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.usefixtures("small_pieces")
@pytest.mark.parametrize("builder", [exports.csv_export_stream, exports.fhir_export_stream])
def test_memory_does_not_grow_with_the_diarys_length(alice, charlie, builder):
    make_diary(charlie, 15)
    make_diary(alice, 60)
    charlie = type(charlie).objects.get(pk=charlie.pk)
    alice = type(alice).objects.get(pk=alice.pk)
    peak_memory(builder, charlie)  # the first run compiles and caches what every run needs

    short = peak_memory(builder, charlie)
    long = peak_memory(builder, alice)

    # Four times the rows, well under twice the memory (built at once, it is about four times).
    assert long < 2 * short, (short, long)
