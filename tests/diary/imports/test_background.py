"""Large files are imported by the worker (the tests run jobs at once, in process): the
page says so, waits with a progress bar, and the job imports the whole file or, refused,
puts the preview back with the reason."""

import datetime

import pytest

from diary.imports import progress, services
from diary.models import ImportBatch, MigraineAttack
from tests.diary.imports.helpers import upload_batch


def many_attacks(count: int) -> bytes:
    """A Migraine Buddy file of `count` attacks, one every day from 1 January 2020."""
    first = datetime.date(2020, 1, 1)
    lines = ['"#","Started","Lasted","Pain Level"']
    for number in range(count):
        day = first + datetime.timedelta(days=number)
        lines.append(f'"{number + 1}","{day:%d/%m/%Y} 08:00","2h","5"')
    return ("\r\n".join(lines) + "\r\n").encode()


def test_a_large_file_is_imported_in_the_background(alice_client, alice):
    batch = upload_batch(alice_client, many_attacks(services.BACKGROUND_FROM))

    response = alice_client.post(f"/diary/imports/{batch.pk}/import/", follow=True)

    assert "Overlap is importing it in the background" in response.content.decode()
    batch.refresh_from_db()
    assert batch.state == ImportBatch.State.IMPORTED
    assert MigraineAttack.objects.for_owner(alice).count() == services.BACKGROUND_FROM
    assert batch.records.count() == services.BACKGROUND_FROM


def test_the_job_records_its_progress_in_steps_not_per_row(alice_client, alice, monkeypatch):
    recorded = []
    record = progress.record

    def spy(batch_id: int, done: int, total: int) -> None:
        recorded.append((done, total))
        record(batch_id, done, total)

    monkeypatch.setattr(progress, "record", spy)
    count = services.BACKGROUND_FROM + 10
    batch = upload_batch(alice_client, many_attacks(count))

    alice_client.post(f"/diary/imports/{batch.pk}/import/")

    step = progress.PROGRESS_EVERY
    assert recorded == [(done, count) for done in range(step, count, step)] + [(count, count)]
    assert len(recorded) < count / 100
    assert progress.read(batch.pk) == (count, count)
    batch.refresh_from_db()
    assert batch.state == ImportBatch.State.IMPORTED
    assert batch.mapping["previous_profile"] == {}


def test_an_import_in_the_request_records_no_progress(alice_client, alice, monkeypatch):
    recorded = []
    monkeypatch.setattr(progress, "record", lambda *args: recorded.append(args))
    batch = upload_batch(alice_client, many_attacks(30))

    alice_client.post(f"/diary/imports/{batch.pk}/import/")

    assert recorded == []
    assert MigraineAttack.objects.for_owner(alice).count() == 30


def test_the_waiting_page_and_its_status_show_the_recorded_progress(alice_client, alice):
    batch = upload_batch(alice_client, many_attacks(3))
    ImportBatch.objects.filter(pk=batch.pk).update(
        state=ImportBatch.State.QUEUED, mapping={"labels": {}, "total": 2400}
    )
    status_url = f"/diary/imports/{batch.pk}/status.json"

    # Queued, before the job has saved anything: the count made when it was queued.
    assert alice_client.get(status_url).json()["progress"] == {
        "done": 0,
        "total": 2400,
        "text": "Saved 0 of 2,400 entries (0%).",
    }
    progress.record(batch.pk, 600, 2400)
    page = alice_client.get(f"/diary/imports/{batch.pk}/").content.decode()
    status = alice_client.get(status_url).json()

    assert 'max="2400" value="600"' in page
    assert "Saved 600 of 2,400 entries (25%)." in page
    assert status["progress"] == {
        "done": 600,
        "total": 2400,
        "text": "Saved 600 of 2,400 entries (25%).",
    }


def test_a_cache_that_is_down_neither_stops_an_import_nor_the_page(
    alice_client, alice, monkeypatch
):
    def down(*args, **kwargs):
        raise ConnectionError("the cache is down")

    monkeypatch.setattr(progress.cache, "set", down)
    monkeypatch.setattr(progress.cache, "get", down)
    batch = upload_batch(alice_client, many_attacks(services.BACKGROUND_FROM))

    alice_client.post(f"/diary/imports/{batch.pk}/import/")

    assert MigraineAttack.objects.for_owner(alice).count() == services.BACKGROUND_FROM
    assert progress.read(batch.pk) is None


def test_a_smaller_file_is_imported_at_once(alice_client, alice):
    batch = upload_batch(alice_client, many_attacks(services.BACKGROUND_FROM - 1))

    response = alice_client.post(f"/diary/imports/{batch.pk}/import/", follow=True)

    assert "background" not in response.content.decode()
    assert MigraineAttack.objects.for_owner(alice).count() == services.BACKGROUND_FROM - 1


def test_a_queued_import_shows_a_progress_bar_and_its_state(alice_client, alice):
    batch = upload_batch(alice_client, many_attacks(3))
    ImportBatch.objects.filter(pk=batch.pk).update(state=ImportBatch.State.QUEUED)

    page = alice_client.get(f"/diary/imports/{batch.pk}/").content.decode()
    status = alice_client.get(f"/diary/imports/{batch.pk}/status.json").json()

    assert '<progress class="w-100" id="import-progress"' in page
    assert "js/import_progress.js" in page
    assert status == {
        "state": "queued",
        "label": "Importing in the background",
        "progress": {"done": 0, "total": 0, "text": "Saving the entries of this file."},
    }
    # Queued, it can be neither undone nor queued again.
    alice_client.post(f"/diary/imports/{batch.pk}/undo/")
    batch.refresh_from_db()
    assert batch.state == ImportBatch.State.QUEUED


def test_a_job_that_fails_puts_the_preview_back_and_saves_nothing(alice, client):
    client.force_login(alice)
    batch = upload_batch(client, many_attacks(3))
    # A stored row the job cannot read (as if damaged): the job fails after saving some.
    batch.parsed["entries"][2]["peak_intensity"] = "not a number"
    ImportBatch.objects.filter(pk=batch.pk).update(
        state=ImportBatch.State.QUEUED, parsed=batch.parsed
    )

    with pytest.raises(ValueError):
        services.import_run.call(batch_id=batch.pk)

    batch.refresh_from_db()
    assert batch.state == ImportBatch.State.PREVIEW
    assert not MigraineAttack.objects.exists()
    page = client.get(f"/diary/imports/{batch.pk}/").content.decode()
    assert "The import could not be finished, so nothing was imported." in page


def test_a_job_refused_by_a_rule_of_the_diary_puts_the_preview_back(alice, client):
    client.force_login(alice)
    batch = upload_batch(client, many_attacks(3))
    # A row that breaks a database constraint (as a race with another tab would).
    batch.parsed["entries"][2]["attack_type"] = "cluster"
    ImportBatch.objects.filter(pk=batch.pk).update(
        state=ImportBatch.State.QUEUED, parsed=batch.parsed
    )

    assert services.import_run.call(batch_id=batch.pk) == "refused"

    batch.refresh_from_db()
    assert batch.state == ImportBatch.State.PREVIEW
    assert not MigraineAttack.objects.exists()
    page = client.get(f"/diary/imports/{batch.pk}/").content.decode()
    assert "Your diary changed while this import was waiting" in page


def test_a_job_for_a_batch_no_longer_queued_does_nothing(alice_client, alice):
    batch = upload_batch(alice_client, many_attacks(3))
    assert services.import_run.call(batch_id=batch.pk) == "skipped"
    assert not MigraineAttack.objects.exists()
