"""Which app made the file, told from its header, and the parser for it."""

from django.utils import formats
from django.utils.translation import gettext

from diary.imports import aiding_migraine, bearable, flaredown, migraine_buddy, overlap
from diary.imports.entries import Parsed
from diary.imports.files import MAX_ROWS, ImportRefused, read_upload
from diary.models import ImportFormat


def parse_upload(data: bytes, parsed: Parsed) -> None:
    """Read the file into `parsed` (format, entries, refused rows, notices), or refuse it."""
    upload = read_upload(data)
    if overlap.detect(upload):
        parsed.format = ImportFormat.OVERLAP
        overlap.parse(upload, parsed)
    elif migraine_buddy.detect(upload):
        parsed.format = ImportFormat.MIGRAINE_BUDDY
        migraine_buddy.parse(upload, parsed)
    elif aiding_migraine.detect(upload):
        parsed.format = ImportFormat.AIDING_MIGRAINE
        aiding_migraine.parse(upload, parsed)
    elif bearable.detect(upload):
        parsed.format = ImportFormat.BEARABLE
        bearable.parse(upload, parsed)
    elif flaredown.detect(upload):
        parsed.format = ImportFormat.FLAREDOWN
        flaredown.parse(upload, parsed)
    else:
        raise ImportRefused(
            gettext(
                "Overlap does not recognise this file. It imports exports from Overlap's own "
                "export (the zip), Migraine Buddy, Aiding Migraine, Bearable or Flaredown; "
                "choose the file exactly as the app exported it."
            )
        )
    if len(parsed.entries) + len(parsed.refused) > MAX_ROWS:
        raise ImportRefused(
            gettext("This file has more than %(rows)s rows to import.")
            % {"rows": formats.number_format(MAX_ROWS, force_grouping=True)}
        )
    if not parsed.entries and not parsed.refused and not parsed.profile:
        raise ImportRefused(gettext("This file holds no diary entries to import."))
