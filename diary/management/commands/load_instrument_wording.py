"""manage.py load_instrument_wording: load the wording of a scoring-only questionnaire from
a file the site operator supplies under their own licence."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from diary.instruments import WordingInvalid, check_wording, instrument
from diary.models import InstrumentWording


class Command(BaseCommand):
    help = (
        "Load the wording (item and answer texts) of a scoring-only questionnaire from a JSON "
        'file you are licensed to use: {"instrument": "hit6", "licence": "<your terms>", '
        '"instructions": "...", "items": {"1": {"text": "...", "options": {"6": "..."}}}}. '
        "Until it is loaded the questionnaire is offered nowhere. --remove <slug> unloads it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", nargs="?", help="The wording file (JSON).")
        parser.add_argument("--remove", metavar="SLUG", help="Unload this instrument's wording.")

    def handle(self, *args, path: str | None = None, remove: str | None = None, **options):
        if remove:
            deleted, _ = InstrumentWording.objects.filter(slug=remove).delete()
            self.stdout.write(
                f"Unloaded the wording of {remove}: it is offered nowhere now."
                if deleted
                else f"No wording was loaded for {remove}; nothing changed."
            )
            return
        if not path:
            raise CommandError("Give the wording file's path, or --remove <slug>.")
        try:
            wording = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as problem:
            raise CommandError(f"Cannot read {path}: {problem}") from None
        if not isinstance(wording, dict):
            raise CommandError("The file must hold one JSON object.")
        known = instrument(str(wording.get("instrument", "")))
        if known is None:
            raise CommandError(f"Unknown instrument {wording.get('instrument')!r}; nothing loaded.")
        if not known.scoring_only:
            raise CommandError(
                f"Overlap ships the {known.name}'s own wording; it needs no file. Nothing loaded."
            )
        try:
            check_wording(known, wording)
        except WordingInvalid as problem:
            raise CommandError(f"{problem} Nothing loaded.") from None
        InstrumentWording.objects.update_or_create(
            slug=known.slug, defaults={"wording": wording, "licence": wording["licence"]}
        )
        self.stdout.write(f"Loaded the wording of the {known.name}: it is offered from now on.")
