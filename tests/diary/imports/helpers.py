"""Uploading a file through the import page, and reading an Overlap export for comparing."""

import csv
import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

from diary.models import ImportBatch


def upload(client, content: bytes, name: str = "export.csv"):
    """POST the file to the import page; the response (a redirect to the preview, or the
    page again with the refusal)."""
    return client.post("/diary/imports/", {"file": SimpleUploadedFile(name, content)}, follow=False)


def upload_batch(client, content: bytes, name: str = "export.csv") -> ImportBatch:
    response = upload(client, content, name)
    assert response.status_code == 302, response.content.decode()[:3000]
    return ImportBatch.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[1]))


def confirm(client, batch: ImportBatch, mapping: dict[str, str] | None = None):
    data = {f"map:{key}": value for key, value in (mapping or {}).items()}
    response = client.post(f"/diary/imports/{batch.pk}/import/", data)
    assert response.status_code == 302
    batch.refresh_from_db()
    return batch


def export_tables(data: bytes) -> dict[str, list[dict[str, str]]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name: list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
            for name in archive.namelist()
            if name.endswith(".csv")
        }
