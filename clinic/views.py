"""The clinician's read-only, audited surface: the list of patients who share their diary
with them, and each one's timeline, its chart data, report and visit packs.

Every page reads the share afresh (a revoked or expired share is a 404 at once, a section
taken away is gone at once) and records what the clinician read, for the patient to see.
Each shows only the sections the share shows (accounts.models.Section, diary.sections):
the others' records are not even loaded. The pages themselves are the patient's
own, rendered by diary's views for this audience; nothing here writes to a diary.
"""

import datetime
import functools
import uuid
from collections.abc import Callable
from typing import Any

from django.core.paginator import Page, Paginator
from django.db import models
from django.db.models.functions import Coalesce, Lower, NullIf
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_GET

from accounts.decorators import AuthenticatedRequest, clinician_required, has_totp
from accounts.models import (
    SECTION_FIELDS,
    AccessEvent,
    CareShare,
    DiaryVersion,
    Section,
    User,
)
from accounts.services import Viewed, access_record, access_record_daily
from clinic import summaries
from clinic.forms import PatientSearchForm
from config.prepared import Prepared, instance, stand_in_moment
from diary import insights
from diary.insights import attention
from diary.kept_figures import conditions_fingerprint, kept_or_made
from diary.models import Appointment
from diary.period import PeriodForm
from diary.sections import shown
from diary.views.report import render_report, report_notes
from diary.views.timeline import kept_timeline_data, timeline_context
from diary.views.visits import visit_pack_context, with_previous_day

PATIENTS_PER_PAGE = 25
# The newest appointments whose visit packs the clinic's timeline links to.
VISIT_PACKS_LISTED = 10


def home(request: AuthenticatedRequest) -> HttpResponse:
    """A clinician's home page: their patients once they have set up TOTP; until then, how
    to set it up (config/views.py's `home` sends clinicians here)."""
    if not request.user.is_staff and has_totp(request.user):
        return render_patient_list(request)
    return render(request, "clinic/clinician_home.html")


@clinician_required
@require_GET
def patient_list(request: AuthenticatedRequest) -> HttpResponse:
    """The clinician's patients: those with a live share with them."""
    return render_patient_list(request)


@clinician_required
@require_GET
def timeline(request: AuthenticatedRequest, patient_uuid: uuid.UUID) -> HttpResponse:
    """A shared patient's timeline and insights, read-only, of the sections shared only."""
    share = _live_share(request, patient_uuid, what=AccessEvent.What.TIMELINE)
    patient = share.patient
    today = timezone.localdate(timezone.now(), patient.tzinfo)
    period = PeriodForm(request.GET, today=today).period
    data_url = reverse("clinic:timeline-data", args=[patient.uuid])
    notes, more_notes = (
        report_notes(patient, start=period.start, end=period.end)
        if share.sees(Section.NOTES)
        else ([], False)
    )
    context = {
        **timeline_context(
            patient,
            period,
            today=today,
            data_url=data_url,
            audience=insights.CLINICIAN,
            sections=share.sections,
        ),
        "appointments": Appointment.objects.for_owner(patient)[:VISIT_PACKS_LISTED],
        "range_url": request.path,
        "clinic_share": share,
        "patient": patient,
        "notes": notes,
        "more_notes": more_notes,
    }
    return render(request, "diary/timeline.html", context)


@gzip_page  # as the patient's data.json (diary.views.timeline.timeline_data)
@clinician_required
@require_GET
def timeline_data(request: AuthenticatedRequest, patient_uuid: uuid.UUID) -> JsonResponse:
    """The shared patient's chart data as JSON, as /timeline/data.json gives the patient,
    of the sections shared only: their notes for the period only when those are one."""
    share = _live_share(request, patient_uuid, what=AccessEvent.What.TIMELINE_DATA)
    patient = share.patient
    now = timezone.now()
    form = PeriodForm(request.GET, today=timezone.localdate(now, patient.tzinfo))
    if not form.is_valid():
        return JsonResponse({"error": form.error}, status=400)
    # Kept until the diary changes, as the patient's own (diary.kept_figures).
    data = kept_timeline_data(
        patient, form.period, now=now, audience=insights.CLINICIAN, sections=share.sections
    )
    if share.sees(Section.NOTES):
        notes, _ = report_notes(patient, start=form.period.start, end=form.period.end)
        data["notes"] = [
            {
                "day": note["day"].isoformat(),
                "day_label": note["day_label"],
                "kind": note["kind"],
                "text": note["text"],
            }
            for note in notes
        ]
    return JsonResponse(data)


@clinician_required
@require_GET
def report(request: AuthenticatedRequest, patient_uuid: uuid.UUID) -> HttpResponse:
    """A shared patient's report, read-only, of the sections shared only."""
    share = _live_share(request, patient_uuid, what=AccessEvent.What.REPORT)
    return render_report(
        request,
        patient=share.patient,
        include_notes=share.sees(Section.NOTES),
        clinic_share=share,
        sections=share.sections,
    )


@clinician_required
@require_GET
def visit_pack(request: AuthenticatedRequest, patient_uuid: uuid.UUID, pk: int) -> HttpResponse:
    """A shared patient's visit pack for one of their appointments, read-only, of the
    sections shared only (the patient's questions with their notes)."""
    share = _live_share(request, patient_uuid, what=None)
    appointment = get_object_or_404(
        with_previous_day(Appointment.objects.for_owner(share.patient)), pk=pk
    )
    access_record(share=share, what=AccessEvent.What.VISIT_PACK)
    context = visit_pack_context(
        share.patient, appointment, for_clinician=True, sections=share.sections
    )
    return render(
        request,
        "diary/visit_pack.html",
        {
            **context,
            "appointment": appointment,
            "clinic_share": share,
            "questions": (appointment.questions or []) if share.sees(Section.NOTES) else [],
        },
    )


def render_patient_list(request: AuthenticatedRequest) -> HttpResponse:
    """The clinician's patients, who needs attention first (or by name), a page at a time,
    searchable by name; each patient shown recorded as a summary view once a day.

    A fixed number of queries whatever the number of patients. In order of attention every
    patient's summary is needed for the order (clinic/summaries.py keeps each, the order,
    and each page's cards, until anything they depend on changes); by name, the page is
    found in the database. A list unchanged since the last view is read from the cache
    without opening any summary or rendering any card.
    """
    form = PatientSearchForm(request.GET)
    now = timezone.now()
    if form.by_name:
        by_name = Paginator(_patients_by_name(request.user, query=form.query), PATIENTS_PER_PAGE)
        listing = _listing_by_name(request.user, by_name.get_page(request.GET.get("page")), now)
    else:
        listing = _by_attention(request.user, query=form.query, now=now, page=request.GET)
    access_record_daily(
        clinician=request.user, viewed=listing.viewed, what=AccessEvent.What.SUMMARY, now=now
    )
    context = {
        # What each card shows, as data: worked out only when read (a test, say), since
        # the cards themselves are kept.
        "patients": SimpleLazyObject(lambda: listing.rows),
        "cards": listing.cards(),
        "page": listing.page,
        "form": form,
        "query": form.query,
        "page_query": form.query_string(),
    }
    return render(request, "clinic/patient_list.html", context)


class _Listing:
    """A page of the clinician's list: its patients as access_record_daily records them,
    and their shares, summary keys and cards, each made only when asked for (a kept page of
    cards needs neither shares nor keys)."""

    def __init__(
        self,
        page: Page[Any],
        viewed: list[Viewed],
        make_shares: Callable[[], list[CareShare]],
        *,
        now: datetime.datetime,
        conditions: str | None = None,
        page_key: str | None = None,
    ) -> None:
        self.page = page
        self.viewed = viewed
        self.make_shares = make_shares
        self.now = now
        self.conditions = conditions
        self.page_key = page_key  # the whole page's cards are kept under it (order of attention)

    @functools.cached_property
    def shares(self) -> list[CareShare]:
        return self.make_shares()

    @functools.cached_property
    def keys(self) -> dict[int, str]:
        """Each patient's summary key (clinic/summaries.py), by patient id."""
        listed = [_listed(share) for share in self.shares]
        return summaries.summary_keys(listed, now=self.now, conditions=self.conditions)

    @property
    def rows(self) -> list[dict]:
        """What each card shows, as data (_rows)."""
        return _rows(self.shares, self.keys, now=self.now)

    def cards(self) -> list[str]:
        return kept_or_made(
            self.page_key,
            lambda: _cards(self.shares, self.keys, now=self.now),
            what="the page's cards",
        )


def _listing_by_name(clinician: User, page: Page[Any], now: datetime.datetime) -> _Listing:
    """The page of the clinician's patients in order of name: their shares read in full."""
    position = {patient.pk: index for index, patient in enumerate(page)}
    shares = _live_shares(clinician, patients=list(page))
    shares.sort(key=lambda share: position[share.patient_id])
    viewed = [Viewed(share.pk, share.patient_id, share.patient.timezone) for share in shares]
    return _Listing(page, viewed, lambda: shares, now=now)


def _live_shares(
    clinician: User, *, query: str = "", patients: list[User] | None = None
) -> list[CareShare]:
    """The clinician's live shares, one per patient (the latest accepted): of the patients
    whose name or e-mail address contains `query`, or of `patients` only."""
    shares = (
        CareShare.objects.live()
        .for_clinician(clinician)
        .select_related("patient", "clinician")
        .annotate(diary_version=_diary_version())
        .order_by("patient_id", "-accepted_at")
    )
    if query:
        shares = shares.filter(_matching(query, prefix="patient__"))
    if patients is not None:
        shares = shares.filter(patient__in=patients)
    by_patient: dict[int, CareShare] = {}
    for share in shares:
        by_patient.setdefault(share.patient_id, share)
    return list(by_patient.values())


def _diary_version() -> models.Subquery:
    """The patient's diary version (accounts.models.DiaryVersion), read with the share;
    None for one without (clinic/summaries.py then keeps nothing of them)."""
    return models.Subquery(
        DiaryVersion.objects.filter(user_id=models.OuterRef("patient_id")).values("version")
    )


def _patients_by_name(clinician: User, *, query: str) -> models.QuerySet[User]:
    """The patients with a live share with the clinician, in order of name (their e-mail
    address when they gave none) as the list shows it."""
    patients = User.objects.filter(
        pk__in=CareShare.objects.live().for_clinician(clinician).values("patient_id")
    )
    if query:
        patients = patients.filter(_matching(query))
    shown_name = Lower(Coalesce(NullIf("display_name", models.Value("")), "email"))
    return patients.order_by(shown_name, "email", "pk")


def _matching(query: str, *, prefix: str = "") -> models.Q:
    return models.Q(**{f"{prefix}display_name__icontains": query}) | models.Q(
        **{f"{prefix}email__icontains": query}
    )


def _listed(share: CareShare) -> summaries.Listed:
    """The share's patient as clinic/summaries.py finds their summary (the diary version
    annotated by _live_shares or set by _by_attention)."""
    return summaries.Listed(
        share.patient_id,
        str(share.patient.uuid),
        share.patient.timezone,
        share.sections,
        getattr(share, "diary_version", None),
    )


def _rows(shares: list[CareShare], keys: dict[int, str], *, now: datetime.datetime) -> list[dict]:
    """Each share's row of the list: what its patient's recent diary shows, kept in the
    cache until the diary, the share's sections, the patient's zone or day or the
    conditions change (clinic/summaries.py)."""
    found = summaries.kept_by_patient([_listed(share) for share in shares], now=now, keys=keys)
    return [_summary(share, found.kept[share.patient_id].open()) for share in shares]


# What the list reads of each of the clinician's shares on every view, in order of
# attention: the share, its patient as the card shows them, their diary version and the
# sections. Its SQL is made once (config/prepared.py): building it cost more than running it.
# The annotation last: the SQL selects the fields first, whatever values_list's order.
_LISTING_FIELDS = (
    "pk",
    "patient_id",
    "patient__uuid",
    "patient__timezone",
    "patient__display_name",
    "patient__email",
    *SECTION_FIELDS.values(),
    "diary_version",
)


def _listing(*, clinician_id: int, now: datetime.datetime) -> models.QuerySet:
    return (
        CareShare.objects.live(now=now)
        .filter(clinician_id=clinician_id)
        .annotate(diary_version=_diary_version())
        .order_by("patient_id", "-accepted_at")
        .values_list(*_LISTING_FIELDS)
    )


_LISTING = Prepared(_listing, clinician_id=-7301, now=stand_in_moment())


def _by_attention(clinician: User, *, query: str, now: datetime.datetime, page: Any) -> _Listing:
    """The page of the clinician's patients (those matching `query`) in order of attention.

    Every patient's reasons are needed for the order, but only the page's shares are made,
    and only when its cards are not kept. The shares are read in one query as plain values
    (the patient as the card shows them, the sections, the diary version), and the order
    is kept in the cache under a key of those rows, the day and what else every summary
    depends on (summaries.order_key): a list whose patients have not changed is put in
    order without opening any summary, and each of its pages of cards is kept under that
    key and the page's number.
    """
    if query:
        matching = _matching(query, prefix="patient__")
        rows = list(_listing(clinician_id=clinician.pk, now=now).filter(matching))
    else:
        rows = _LISTING.rows(clinician_id=clinician.pk, now=now)
    by_patient: dict[int, tuple] = {}
    for row in rows:
        by_patient.setdefault(row[1], row)  # not an older share of the same patient
    conditions = conditions_fingerprint()
    order_key = (
        summaries.order_key(rows, now=now, conditions=conditions)
        # A patient without a version is worked out every time, so the order too.
        if all(row[-1] is not None for row in rows)
        else None
    )

    def in_order() -> list[int]:
        listed = [_listed_row(row) for row in by_patient.values()]
        kept = summaries.kept_by_patient(
            listed, now=now, keys=summaries.summary_keys(listed, now=now, conditions=conditions)
        ).kept

        def attention_then_name(pk: int) -> tuple:
            # In order of name as the list shows it: str(User), then the e-mail address.
            name, email = by_patient[pk][4:6]
            return (kept[pk].rank, (name or email).casefold(), email)

        return sorted(by_patient, key=attention_then_name)

    order = kept_or_made(order_key, in_order, what="the patients in order")
    found = Paginator(order, PATIENTS_PER_PAGE).get_page(page.get("page"))
    on_page = [by_patient[pk] for pk in found]
    return _Listing(
        found,
        [Viewed(row[0], row[1], row[3]) for row in on_page],
        lambda: [_share_of_row(row, clinician) for row in on_page],
        now=now,
        conditions=conditions,
        page_key=summaries.page_key(order_key, found.number) if order_key else None,
    )


def _listed_row(row: tuple) -> summaries.Listed:
    """A row of _LISTING as clinic/summaries.py finds the patient's summary."""
    _, pk, uuid_, zone, _, _, *shows, version = row
    sections = frozenset(
        section.value for section, sees in zip(SECTION_FIELDS, shows, strict=True) if sees
    )
    return summaries.Listed(pk, str(_uuid(uuid_)), zone, sections, version)


def _share_of_row(row: tuple, clinician: User) -> CareShare:
    """A row of _LISTING as a CareShare with as much of its patient as the card shows."""
    share_pk, pk, uuid_, zone, name, email, *shows, version = row
    share = instance(
        CareShare,
        clinician._state.db,
        id=share_pk,
        patient_id=pk,
        clinician_id=clinician.pk,
        # (1 or 0 from SQLite's driver)
        **{field: bool(sees) for field, sees in zip(SECTION_FIELDS.values(), shows, strict=True)},
    )
    share.patient = instance(
        User,
        clinician._state.db,
        id=pk,
        uuid=_uuid(uuid_),
        timezone=zone,
        display_name=name,
        email=email,
    )
    share.clinician = clinician
    share.diary_version = version  # type: ignore[attr-defined]  # as _live_shares annotates it
    return share


def _uuid(value: uuid.UUID | str) -> uuid.UUID:
    """A UUID as the driver gives it: a UUID (PostgreSQL) or its hex digits (SQLite)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def _live_share(
    request: AuthenticatedRequest, patient_uuid: uuid.UUID, *, what: AccessEvent.What | None
) -> CareShare:
    """The clinician's live share for this patient, after recording that they read `what`
    (None: the caller records it, once it knows there is something to read).

    No live share (never shared, revoked, expired, another clinician's): a 404, read
    afresh on every request so that revocation takes effect at once.
    """
    share = (
        CareShare.objects.live()
        .for_clinician(request.user)
        .filter(patient__uuid=patient_uuid)
        .select_related("patient", "clinician")
        .order_by("-accepted_at")
        .first()
    )
    if share is None:
        raise Http404
    if what is not None:
        access_record(share=share, what=what)
    return share


def _cards(shares: list[CareShare], keys: dict[int, str], *, now: datetime.datetime) -> list[str]:
    """Each share's card as HTML: kept ones from the cache (clinic/summaries.py says under
    what key), the others rendered from their rows (_rows) and kept."""
    card_keys = {
        share.pk: summaries.card_key(
            keys[share.patient_id],
            share_pk=share.pk,
            name=str(share.patient),
            email=share.patient.email,
        )
        for share in shares
        if share.patient_id in keys
    }
    kept = summaries.kept_cards(list(card_keys.values()))
    missing = [share for share in shares if card_keys.get(share.pk) not in kept]
    made: dict[str, str] = {}
    rendered = {}
    for share, row in zip(missing, _rows(missing, keys, now=now) if missing else [], strict=True):
        rendered[share.pk] = card = render_to_string(summaries.CARD_TEMPLATE, {"row": row})
        if share.pk in card_keys:
            made[card_keys[share.pk]] = card
    summaries.keep_cards(made)
    return [rendered.get(share.pk) or kept[card_keys[share.pk]] for share in shares]


def _summary(share: CareShare, seen: summaries.Seen) -> dict:
    """One patient on the clinician's list: what their recent diary shows at a glance."""
    patient = share.patient
    names = seen.condition_names
    return {
        "share": share,
        "shown": shown(share.sections),
        "patient": patient,
        "sort_name": (str(patient).casefold(), patient.email),
        "attention": seen.attention,
        "reasons": attention.attention_reasons(
            seen.attention, audience="clinician", name=str(patient), condition_names=names
        ),
        "last_entry": seen.attention.last_entry,
        "migraine_days": seen.attention.migraine_days,
        "ongoing_flares": [names.get(slug, slug) for slug in seen.attention.ongoing_flares],
        "alerts": [alert.title for alert in seen.attention.alerts],
    }
