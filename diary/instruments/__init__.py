"""Validated questionnaires: each instrument is a data file in data/ (its items, response
options, recall period, bands, minimal important difference where published, licence with
its source, version); scoring.py scores answers to one, without the database.

An instrument whose licence does not allow Overlap to ship its wording is *scoring-only*:
its data file has no item text, and the site operator supplies the wording under their own
licence (`manage.py load_instrument_wording`). Without that file it is offered nowhere.
"""

import json
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Option:
    value: Decimal
    text: str = ""


@dataclass(frozen=True)
class Item:
    """One question: a choice among options, or a number in [low, high] by `step`."""

    id: str
    type: str
    text: str = ""
    options: tuple[Option, ...] = ()
    low: Decimal = Decimal(0)
    high: Decimal = Decimal(0)
    step: Decimal = Decimal(1)
    unit: str = ""

    def allowed(self, value: Decimal) -> bool:
        if self.type == "choice":
            return any(option.value == value for option in self.options)
        return self.low <= value <= self.high and (value - self.low) % self.step == 0

    @property
    def values(self) -> list[Decimal]:
        """Every answer this item allows, lowest first."""
        if self.type == "choice":
            return [option.value for option in self.options]
        count = int((self.high - self.low) / self.step)
        return [self.low + self.step * index for index in range(count + 1)]


@dataclass(frozen=True)
class Band:
    upto: Decimal | None
    label: str


@dataclass(frozen=True)
class MidRule:
    """A change counts as meaningful when it reaches `points` or `percent` of the earlier
    score, for an earlier score within [baseline_from, baseline_upto]."""

    points: Decimal | None = None
    percent: Decimal | None = None
    baseline_from: Decimal | None = None
    baseline_upto: Decimal | None = None

    def applies_to(self, baseline: Decimal) -> bool:
        return (self.baseline_from is None or baseline >= self.baseline_from) and (
            self.baseline_upto is None or baseline <= self.baseline_upto
        )


@dataclass(frozen=True)
class Licence:
    scoring_only: bool
    statement: str
    sources: tuple[str, ...]
    found: str
    checked: str


@dataclass(frozen=True)
class Instrument:
    slug: str
    name: str
    title: str
    measures: str
    version: str
    recall_days: int
    interval_days: int
    minutes: int
    scoring: str
    score_range: tuple[Decimal, Decimal]
    items: tuple[Item, ...]
    bands: tuple[Band, ...]
    bands_source: str
    mid_rules: tuple[MidRule, ...]
    mid_source: str
    missing: str
    licence: Licence
    fits: dict
    instructions: str = ""
    safety_item: str = ""
    subscales: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A scoring-only instrument's wording comes with the operator's licence for it.
    operator_licence: str = ""

    @property
    def scoring_only(self) -> bool:
        return self.licence.scoring_only

    def item(self, item_id: str) -> Item | None:
        return next((item for item in self.items if item.id == item_id), None)

    def fits_conditions(self, slugs: set[str], kinds: set[str]) -> bool:
        """Whether the instrument is meant for someone with these conditions."""
        return bool(
            self.fits.get("all")
            or set(self.fits.get("slugs", [])) & slugs
            or set(self.fits.get("kinds", [])) & kinds
        )


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _item(data: dict) -> Item:
    return Item(
        id=data["id"],
        type=data["type"],
        text=data.get("text", ""),
        options=tuple(
            Option(value=Decimal(str(option["value"])), text=option.get("text", ""))
            for option in data.get("options", [])
        ),
        low=Decimal(str(data.get("min", 0))),
        high=Decimal(str(data.get("max", 0))),
        step=Decimal(str(data.get("step", 1))),
        unit=data.get("unit", ""),
    )


def instrument_from_data(data: dict) -> Instrument:
    mid = data.get("mid") or {}
    licence = data["licence"]
    return Instrument(
        slug=data["slug"],
        name=data["name"],
        title=data["title"],
        measures=data["measures"],
        version=data["version"],
        recall_days=data["recall_days"],
        interval_days=data["interval_days"],
        minutes=data["minutes"],
        scoring=data["scoring"],
        score_range=(Decimal(data["score_range"][0]), Decimal(data["score_range"][1])),
        items=tuple(_item(item) for item in data["items"]),
        bands=tuple(
            Band(upto=_decimal(band["upto"]), label=band["label"]) for band in data["bands"]
        ),
        bands_source=data["bands_source"],
        mid_rules=tuple(
            MidRule(**{key: _decimal(value) for key, value in rule.items()})
            for rule in mid.get("rules", [])
        ),
        mid_source=mid.get("source", ""),
        missing=data["missing"],
        licence=Licence(
            scoring_only=licence["scoring_only"],
            statement=licence["statement"],
            sources=tuple(licence["sources"]),
            found=licence["found"],
            checked=licence["checked"],
        ),
        fits=data["for"],
        instructions=data.get("instructions", ""),
        safety_item=data.get("safety_item", ""),
        subscales={name: tuple(ids) for name, ids in data.get("subscales", {}).items()},
    )


@cache
def instruments() -> dict[str, Instrument]:
    """Every instrument Overlap knows, by slug, in the order patients see them."""
    order = ["phq9", "gad7", "midas", "halt90", "hit6", "mfis", "esspri", "rapid3"]
    loaded = {
        path.stem: instrument_from_data(json.loads(path.read_text(encoding="utf-8")))
        for path in DATA.glob("*.json")
    }
    ranked = sorted(loaded, key=lambda slug: (order.index(slug) if slug in order else 99, slug))
    return {slug: loaded[slug] for slug in ranked}


def instrument(slug: str) -> Instrument | None:
    return instruments().get(slug)


class WordingInvalid(ValueError):
    """An operator's wording file that does not fit its instrument."""


def check_wording(instrument: Instrument, wording: dict) -> None:
    """Refuse an operator's wording that does not give text for every item and every
    option of `instrument` (a file for another version would mislabel answers)."""
    items = wording.get("items")
    if not isinstance(items, dict):
        raise WordingInvalid('The file needs an "items" object, keyed by item id.')
    for item in instrument.items:
        given = items.get(item.id)
        if not isinstance(given, dict) or not str(given.get("text", "")).strip():
            raise WordingInvalid(f"Item {item.id} of {instrument.name} has no text.")
        if item.type == "choice":
            options = given.get("options")
            if not isinstance(options, dict):
                raise WordingInvalid(f'Item {item.id} needs an "options" object.')
            for option in item.options:
                if not str(options.get(_key(option.value), "")).strip():
                    raise WordingInvalid(
                        f"Item {item.id} has no text for the answer worth {_key(option.value)}."
                    )
    unknown = set(items) - {item.id for item in instrument.items}
    if unknown:
        raise WordingInvalid(f"Unknown item ids for {instrument.name}: {sorted(unknown)}.")
    if not str(wording.get("licence", "")).strip():
        raise WordingInvalid('The file needs a "licence": the terms the wording is used under.')


def _key(value: Decimal) -> str:
    return format(value.normalize(), "f")


def with_wording(instrument: Instrument, wording: dict) -> Instrument:
    """`instrument` with the item and option texts of a checked operator's wording file."""
    items = wording["items"]
    return replace(
        instrument,
        operator_licence=str(wording["licence"]),
        instructions=wording.get("instructions", ""),
        items=tuple(
            replace(
                item,
                text=items[item.id]["text"],
                options=tuple(
                    replace(option, text=items[item.id]["options"][_key(option.value)])
                    for option in item.options
                ),
            )
            for item in instrument.items
        ),
    )
