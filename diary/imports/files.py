"""Reading an uploaded file safely: its size, a zip's members (no bombs, no paths outside
it), the text's encoding and its CSV rows. Everything wrong ends in ImportRefused with a
sentence for the patient; nothing is saved before the file has been read whole."""

import csv
import io
import zipfile
from dataclasses import dataclass, field

from django.utils import formats
from django.utils.translation import gettext

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNZIPPED_BYTES = 40 * 1024 * 1024
MAX_ZIP_MEMBERS = 30
# A deflated CSV shrinks to a tenth or so; a hundredfold is a bomb, not a diary.
MAX_COMPRESSION_RATIO = 100
MAX_ROWS = 50_000


class ImportRefused(Exception):
    """The file cannot be imported; the message says why, in the patient's words."""


def megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


@dataclass
class Upload:
    """The file as text: one CSV (`text`), or a zip's CSV files by name (`parts`)."""

    text: str = ""
    parts: dict[str, str] = field(default_factory=dict)

    @property
    def is_zip(self) -> bool:
        return bool(self.parts)


def decode(data: bytes, name: str | None = None) -> str:
    """UTF-8 text (a byte-order mark is dropped); anything else is refused."""
    if b"\x00" in data:
        raise ImportRefused(
            gettext("%(file)s is not a CSV file: it holds binary data.") % {"file": _named(name)}
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused(
            gettext(
                "%(file)s is not UTF-8 text (a byte at position %(position)s cannot be read). "
                "Export it again as UTF-8 CSV, or open it in a spreadsheet and save it as "
                "“CSV UTF-8”."
            )
            % {"file": _named(name), "position": error.start}
        ) from None


def _named(name: str | None) -> str:
    """A file's name in a refusal: the zip member's, or "The file" for the upload itself."""
    return name or gettext("The file")


def _safe_member_name(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return not (name.startswith(("/", "\\")) or ":" in parts[0] or ".." in parts)


def read_zip(data: bytes) -> dict[str, str]:
    """The CSV files of a zip, by base name; refused when it is a bomb or points outside."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ImportRefused(gettext("This zip file is damaged and cannot be opened.")) from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise ImportRefused(
            gettext("This zip holds more than %(count)s files: not an export.")
            % {"count": MAX_ZIP_MEMBERS}
        )
    for member in members:
        if not _safe_member_name(member.filename):
            raise ImportRefused(
                gettext("This zip names a file outside itself; Overlap does not open such files.")
            )
    total = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members) or 1
    if total > MAX_UNZIPPED_BYTES or total / packed > MAX_COMPRESSION_RATIO:
        raise ImportRefused(
            gettext(
                "This zip unpacks to far more than it holds (a “zip bomb”) or to more than "
                "%(size)s; Overlap does not open it."
            )
            % {"size": megabytes(MAX_UNZIPPED_BYTES)}
        )
    parts = {}
    read = 0
    for member in members:
        if member.is_dir() or not member.filename.lower().endswith(".csv"):
            continue
        # The sizes in the header can lie: read no more than the limit allows.
        try:
            with archive.open(member) as stream:
                content = stream.read(MAX_UNZIPPED_BYTES - read + 1)
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError):
            raise ImportRefused(
                gettext("A file in this zip cannot be read (damaged or encrypted).")
            ) from None
        read += len(content)
        if read > MAX_UNZIPPED_BYTES:
            raise ImportRefused(
                gettext("This zip unpacks to more than %(size)s; Overlap does not open it.")
                % {"size": megabytes(MAX_UNZIPPED_BYTES)}
            )
        base = member.filename.replace("\\", "/").rsplit("/", 1)[-1]
        parts[base] = decode(content, base)
    return parts


def read_upload(data: bytes) -> Upload:
    """The uploaded bytes as text, or refused (too large, not CSV or zip, bad encoding)."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(
            gettext(
                "This file is larger than %(size)s, the most Overlap imports at once. "
                "Export a shorter period, or split the file."
            )
            % {"size": megabytes(MAX_FILE_BYTES)}
        )
    if not data.strip():
        raise ImportRefused(gettext("This file is empty."))
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        parts = read_zip(data)
        if not parts:
            raise ImportRefused(gettext("This zip holds no CSV file."))
        return Upload(parts=parts)
    if data.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8", b"GIF8", b"\xd0\xcf\x11\xe0")):
        raise ImportRefused(
            gettext("This is not a CSV or zip file. Choose the CSV file your app exported.")
        )
    return Upload(text=decode(data))


def csv_rows(text: str, name: str | None = None) -> list[list[str]]:
    """Every row of a CSV text (CRLF, quoted line breaks and empty cells as they are),
    refused past MAX_ROWS or when it is not CSV at all."""
    rows = []
    try:
        for row in csv.reader(io.StringIO(text, newline="")):
            rows.append(row)
            if len(rows) > MAX_ROWS + 1:
                raise ImportRefused(
                    gettext(
                        "%(file)s has more than %(rows)s rows, the most Overlap imports at "
                        "once. Export a shorter period, or split the file."
                    )
                    % {
                        "file": _named(name),
                        "rows": formats.number_format(MAX_ROWS, force_grouping=True),
                    }
                )
    except csv.Error:
        raise ImportRefused(
            gettext("%(file)s is not a well-formed CSV file.") % {"file": _named(name)}
        ) from None
    return rows


def records(header: list[str], rows: list[list[str]], first: int) -> list[tuple[int, dict]]:
    """Rows under a header as (row number, {column: cell}); row `first` is rows[0], and
    blank rows are skipped (their numbers too, as a spreadsheet counts them)."""
    names = [cell.strip() for cell in header]
    return [
        (first + index, dict(zip(names, row + [""] * (len(names) - len(row)), strict=False)))
        for index, row in enumerate(rows)
        if any(cell.strip() for cell in row)
    ]


def table(text: str, name: str | None = None) -> tuple[list[str], list[tuple[int, dict]]]:
    """A CSV text with a header row: its column names, and its rows numbered as a
    spreadsheet numbers them (the header is row 1)."""
    rows = csv_rows(text, name)
    if not rows:
        return [], []
    return [cell.strip() for cell in rows[0]], records(rows[0], rows[1:], 2)
