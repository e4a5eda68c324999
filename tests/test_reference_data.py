"""The reference data a transactional test gets back (tests/conftest.py copies the rows the
migrations' functions made the first time) is what those functions make: the same pages,
revisions, conditions, medicines and triggers, and the curators' group with its rights."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import models

from tests import conftest


def content(model: type[models.Model]) -> list[str]:
    """The model's rows without what differs from one making to the next: ids, links by id
    and times."""
    kept = [
        field.attname
        for field in model._meta.concrete_fields
        if not (
            field.primary_key
            or isinstance(field, (models.ForeignKey, models.DateTimeField))
            # A revision's copy of its object's id.
            or field.name == "id"
        )
    ]
    rows = model._default_manager.all()
    if not kept:  # links only (the pages' conditions): their number
        return [str(rows.count())]
    return sorted(repr(row) for row in rows.values_list(*kept))


def everything() -> dict[str, list[str]]:
    return {model._meta.label: content(model) for model in conftest.reference_models()}


def empty_every_table() -> None:
    call_command("flush", verbosity=0, interactive=False)


@pytest.mark.django_db(transaction=True)
def test_the_copied_reference_data_equals_what_the_migrations_make():
    empty_every_table()
    conftest.load_reference_data()  # made by the functions, or copied
    empty_every_table()
    conftest.load_reference_data()  # copied: the rows are kept by now
    assert conftest._reference_rows
    copied = everything()
    curators = set(Group.objects.get(name="Content editors").permissions.values_list("codename"))
    empty_every_table()

    conftest.run_reference_migrations()

    assert everything() == copied
    for label in ["Condition", "Page", "HistoricalPage", "Medicine"]:
        assert copied[f"education.{label}"], f"no {label} rows"
    assert copied["diary.Trigger"]
    made = set(Group.objects.get(name="Content editors").permissions.values_list("codename"))
    assert made == curators
    assert ("change_page",) in made and ("change_medicine",) in made
