"""The patient's diary entries: the entry list, migraine attacks (with the one-tap start and
end), flares, daily check-ins and their own triggers. Medications and doses are in
medications.py; both save through diary/services.py."""

import datetime
from collections.abc import Iterator
from typing import overload

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import IntegrityError, models, transaction
from django.db.models.functions import Cast, TruncDate
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import get_language, gettext_lazy, pgettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.decorators import AuthenticatedRequest, patient_required
from accounts.models import User
from diary import services
from diary.forms import (
    AttackEndForm,
    AttackForm,
    AttackPainForm,
    CheckInForm,
    EntryFilterForm,
    FlareForm,
    TriggerForm,
)
from diary.kept_figures import KEY_PREFIX, conditions_fingerprint, kept_or_made
from diary.models import (
    DailyCheckIn,
    Flare,
    HeadacheFreeDay,
    MedicationDose,
    MigraineAttack,
    Trigger,
)

ENTRIES_PER_PAGE = 25


QUICK_START_MINUTES = (0, 15, 30, 60)


CONFLICT_MESSAGE = gettext_lazy(
    "This could not be saved because it clashes with another entry (for example a second "
    "attack in progress). Check the form and try again."
)


# --- Entry list ---------------------------------------------------------------------


@patient_required
def entry_list(request: AuthenticatedRequest) -> HttpResponse:
    """The patient's entries, newest first, filtered by kind, condition and dates."""
    form = EntryFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    entries = _entries(request.user, filters)
    page = Paginator(entries, ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "blank_filters": None if form.is_bound else blank_filters(),
        "page": page,
        "query": query.urlencode(),
        "kind": filters.get("kind") or "",
        "today": timezone.localdate(),
    }
    return render(request, "diary/entry_list.html", context)


def blank_filters() -> str:
    """The diary's unfilled filter form as HTML, the same for every patient reading in a
    language while the conditions (its condition menu) stay the same: kept like the
    figures (diary.kept_figures), whose code digest covers its template. Its widgets are
    each a template of their own, a third of the page's time when rendered every view."""
    key = f"{KEY_PREFIX}:diary-filters:{get_language()}:{conditions_fingerprint()}"
    return kept_or_made(
        key,
        lambda: render_to_string("diary/includes/entry_filters.html", {"form": EntryFilterForm()}),
        what="the diary's filters",
    )


class _Entries:
    """The entries of several sources (kind -> filtered queryset), newest first, ordered and
    paged in the database.

    The order, for every kind: the entry's local day in the active time zone, newest first;
    within a day, attacks and doses by their moment, newest first, then flares and check-ins,
    which sit at the start of their day, so after every attack of that day (one that started
    at midnight included); the id, highest first, breaks the last ties. This is the order
    the list had when it merged the kinds in Python by moment, a flare at the start of its
    first local day, across DST changes too (a day with no midnight starts at its first
    hour), except that an attack at exactly midnight now always comes before the day's
    flares, where the merge broke that tie by id.

    A page of entries up to the n-th is among each kind's n newest, in the order of the
    field the kind is stored by (a moment's local day only grows with the moment), so each
    kind's newest n ids are picked in a subquery first by that field's index, and only
    those rows get a local day worked out. One UNION ALL of their (kind, day, moment, id)
    rows is ordered and sliced with LIMIT and OFFSET in SQL, so a page reads at most n keys
    of each kind however long the diary is; then one query per kind on the page reads its
    rows through the source (its owner, filters and select_related). Paginator needs only
    count(), one query of a COUNT per kind, and slicing."""

    def __init__(self, sources: dict[str, models.QuerySet]) -> None:
        self.sources = sources

    def count(self) -> int:
        # One row per kind, its COUNT: no local day is worked out to count them.
        legs = [
            rows.order_by()
            .annotate(entry_kind=models.Value(kind))
            .values("entry_kind")
            .annotate(entry_count=models.Count("pk"))
            .values_list("entry_count")
            for kind, rows in self.sources.items()
        ]
        if not legs:
            return 0
        return sum(number for (number,) in legs[0].union(*legs[1:], all=True))

    def __len__(self) -> int:
        return self.count()

    def __iter__(self) -> Iterator[dict]:
        return iter(self[0 : len(self)])

    @overload
    def __getitem__(self, index: int) -> dict: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict]: ...
    def __getitem__(self, index: int | slice) -> dict | list[dict]:
        if isinstance(index, int):
            return self[index : index + 1][0]
        if not self.sources or index.stop is None or index.stop <= (index.start or 0):
            return []
        legs = [_entry_keys(kind, rows, newest=index.stop) for kind, rows in self.sources.items()]
        ordered = (
            legs[0]
            .union(*legs[1:], all=True)
            .order_by(
                models.F("entry_day").desc(),
                models.F("entry_moment").desc(nulls_last=True),
                models.F("entry_pk").desc(),
            )
        )
        page = [(kind, pk) for kind, _, _, pk in ordered[index]]
        wanted: dict[str, list[int]] = {}
        for kind, pk in page:
            wanted.setdefault(kind, []).append(pk)
        rows = {kind: self.sources[kind].order_by().in_bulk(pks) for kind, pks in wanted.items()}
        # An entry deleted between the two reads is left out rather than failing the page.
        return [{"kind": kind, "object": rows[kind][pk]} for kind, pk in page if pk in rows[kind]]


def _entry_keys(kind: str, rows: models.QuerySet, *, newest: int) -> models.QuerySet:
    """One SELECT of _Entries' UNION ALL: the kind, local day, moment (NULL for the kinds
    kept in whole days) and id of the `newest` of `rows`, picked in a subquery by the field
    the kind is stored by (a compound SELECT's parts may not be ordered or sliced
    themselves on SQLite)."""
    moment_field = _ENTRY_MOMENTS.get(kind)
    if moment_field is None:
        stored = _ENTRY_DAYS[kind]
        day: models.F | TruncDate = models.F(stored)
        # Typed: PostgreSQL would make a column of bare NULLs text.
        moment: models.F | Cast = Cast(models.Value(None), output_field=models.DateTimeField())
    else:
        stored = moment_field
        day = TruncDate(moment_field, tzinfo=timezone.get_current_timezone())
        moment = models.F(moment_field)
    picked = rows.order_by(f"-{stored}", "-pk").values("pk")[:newest]
    return (
        rows.model._default_manager.filter(pk__in=models.Subquery(picked))
        .order_by()
        .annotate(
            entry_kind=models.Value(kind),
            entry_day=day,
            entry_moment=moment,
            entry_pk=models.F("pk"),
        )
        .values_list("entry_kind", "entry_day", "entry_moment", "entry_pk")
    )


# The field that places each kind of entry in the list: a moment, or a day for the kinds
# kept in whole days.
_ENTRY_MOMENTS = {"attack": "started_at", "dose": "taken_at"}
_ENTRY_DAYS = {"flare": "started_on", "checkin": "day"}


def _entries(user: User, filters: dict) -> _Entries:
    """The entries the filters ask for (attacks and flares unless a kind is chosen), by
    kind, each kind's rows with what the list shows of them."""
    kind = filters.get("kind") or ""
    condition = filters.get("condition")
    start = filters.get("start") or datetime.date(1900, 1, 1)
    end = filters.get("end") or timezone.localdate() + datetime.timedelta(days=1)
    sources: dict[str, models.QuerySet] = {}
    if kind in ("", "attack") and condition is None:
        sources["attack"] = MigraineAttack.objects.for_owner(user).between(start, end)
    if kind in ("", "flare"):
        flares = Flare.objects.for_owner(user).between(start, end).select_related("condition")
        if condition is not None:
            flares = flares.filter(condition=condition)
        sources["flare"] = flares
    if kind == "dose":
        sources["dose"] = (
            MedicationDose.objects.for_owner(user).between(start, end).select_related("medication")
        )
    if kind == "checkin":
        sources["checkin"] = DailyCheckIn.objects.for_owner(user).between(start, end)
    return _Entries(sources)


# --- Saving -------------------------------------------------------------------------


def posted(request: HttpRequest) -> QueryDict | None:
    """The data a form binds: what was posted, or None (an unbound form) for a GET."""
    return request.POST if request.method == "POST" else None


def confirm_delete(
    request: HttpRequest, *, entry: models.Model, cancel_url: str, consequence: str = ""
) -> HttpResponse:
    """The page that asks before deleting `entry`; its form posts back to the same URL."""
    return render(
        request,
        "diary/confirm_delete.html",
        {"entry": entry, "cancel_url": cancel_url, "consequence": consequence},
    )


# --- Migraine attacks ---------------------------------------------------------------


@patient_required
def attack_create(request: AuthenticatedRequest) -> HttpResponse:
    form = AttackForm(posted(request), owner=request.user)
    if form.is_valid() and form.overlapping is None:
        try:
            attack, created = services.entry_save_once(
                form=form, owner=request.user, token=form.cleaned_data["form_token"]
            )
        except IntegrityError:
            form.add_error(None, CONFLICT_MESSAGE)
        else:
            if created:
                messages.success(request, _("Your attack is saved."))
            return redirect(attack)
    return render(request, "diary/attack_form.html", {"form": form})


# --- Headache-free days -------------------------------------------------------------


@patient_required
@require_POST
def headache_free_create(request: AuthenticatedRequest) -> HttpResponse:
    """One tap on the home page: "No headache today" or "No headache yesterday"."""
    user = request.user
    today = timezone.localdate(timezone.now(), user.tzinfo)
    days = {"today": today, "yesterday": today - datetime.timedelta(days=1)}
    day = days.get(request.POST.get("day", ""))
    if day is None:
        try:
            day = datetime.date.fromisoformat(request.POST.get("day", ""))
        except ValueError:
            day = None
        if day is None or day.year < 1900:
            messages.error(request, _("Nothing was saved: choose today or yesterday."))
            return redirect("home")
    try:
        services.headache_free_day_record(owner=user, day=day)
    except services.DiaryConflict as conflict:
        messages.error(request, _("Nothing was saved. %(reason)s") % {"reason": conflict})
    else:
        if day == today:
            recorded = _("Today is recorded as a day without headache.")
        elif day == days["yesterday"]:
            recorded = _("Yesterday is recorded as a day without headache.")
        else:
            recorded = _("%(day)s is recorded as a day without headache.") % {
                "day": formats.date_format(day, pgettext("weekday and day", "l j"))
            }
        messages.success(request, recorded)
    return redirect("home")


@patient_required
def headache_free_undo(request: AuthenticatedRequest, day: datetime.date) -> HttpResponse:
    """Take back "no headache" for a day (POST)."""
    get_object_or_404(HeadacheFreeDay.objects.for_owner(request.user), day=day)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.headache_free_day_undo(owner=request.user, day=day)
    messages.success(
        request,
        _("“No headache” for %(day)s is taken back.")
        % {"day": formats.date_format(day, pgettext("weekday, day and month", "l j F"))},
    )
    return redirect("home")


@patient_required
@require_POST
def attack_start(request: AuthenticatedRequest) -> HttpResponse:
    """One tap on the home page: an attack that started now or some minutes ago."""
    try:
        minutes_ago = int(request.POST.get("minutes_ago", "0"))
    except ValueError:
        minutes_ago = -1
    if minutes_ago not in QUICK_START_MINUTES:
        messages.error(request, _("Choose one of the start buttons."))
        return redirect("home")
    if request.POST.get("confirm_overlap") != "1":
        earlier = services.attack_overlapping_a_start(owner=request.user, minutes_ago=minutes_ago)
        if earlier is not None:
            return render(
                request,
                "diary/attack_start_overlap.html",
                {"other": earlier, "minutes_ago": minutes_ago},
            )
    attack = services.attack_start(owner=request.user, minutes_ago=minutes_ago)
    if attack is None:
        messages.info(request, _("An attack is already in progress; it is shown below."))
    else:
        messages.success(
            request,
            _("Attack started at %(time)s. Rest; you can add details later.")
            % {"time": f"{timezone.localtime(attack.started_at):%H:%M}"},
        )
    return redirect("home")


@patient_required
def attack_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    attack = get_object_or_404(
        MigraineAttack.objects.for_owner(request.user).prefetch_related("triggers"), pk=pk
    )
    doses = attack.doses.select_related("medication").order_by("taken_at")
    now = timezone.now()
    return render(
        request,
        "diary/attack_detail.html",
        {
            "attack": attack,
            "doses": doses,
            "local_days": attack.local_days(),
            "end_choices": end_choices(now),
            "end_form": AttackEndForm(now=now),
        },
    )


@patient_required
def attack_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    attack = get_object_or_404(MigraineAttack.objects.for_owner(request.user), pk=pk)
    form = AttackForm(posted(request), instance=attack, owner=request.user)
    if form.is_valid() and form.overlapping is None:
        try:
            services.entry_update(form=form)
        except IntegrityError:
            form.add_error(None, CONFLICT_MESSAGE)
        else:
            messages.success(request, _("Your attack is updated."))
            return redirect(attack)
    return render(request, "diary/attack_form.html", {"form": form, "attack": attack})


@patient_required
def attack_end(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """End an ongoing attack now, an hour or three ago, this morning or at a picked time.
    A refused end goes back to the page it came from (home or the attack) with the reason."""
    # Fetch first: another patient's attack is a 404 for every method, not a 405.
    attack = get_object_or_404(MigraineAttack.objects.for_owner(request.user), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    back = redirect("home") if request.POST.get("next") == "home" else redirect(attack)
    form = AttackEndForm(request.POST, now=timezone.now())
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return back
    moment = form.cleaned_data["moment"]
    pinned = None if form.cleaned_data.get("when") in ("", "now", None) else moment
    try:
        ended = services.attack_end(attack=attack, now=moment, ended_at=pinned)
    except services.DiaryConflict as conflict:
        messages.error(request, str(conflict))
        return back
    if ended:
        messages.success(
            request,
            _("Attack ended at %(time)s. Add details below whenever you feel up to it.")
            % {"time": f"{timezone.localtime(attack.ended_at):%H:%M}"},
        )
    else:
        messages.info(request, _("This attack had already ended."))
    return redirect(attack)


def end_choices(now: datetime.datetime) -> list[tuple[str, str]]:
    """The one-tap ends offered, each with its local time: 1 h and 3 h ago, and this morning
    once it has passed ("now" has its own button)."""
    choices = []
    for value, label in AttackEndForm.WHEN_CHOICES:
        if value == "morning":
            if AttackEndForm.this_morning(now) is not None:
                choices.append((value, str(label)))
        elif value.isdigit():
            moment = timezone.localtime(now - datetime.timedelta(minutes=int(value)))
            choices.append((value, f"{label} ({moment:%H:%M})"))
    return choices


@patient_required
def attack_pain(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The worst pain so far of an ongoing attack, tapped on the home page."""
    attack = get_object_or_404(MigraineAttack.objects.for_owner(request.user), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = AttackPainForm(request.POST, instance=attack)
    if form.is_valid():
        form.save()
        messages.success(
            request, _("Pain %(score)s out of 10 saved.") % {"score": attack.peak_intensity}
        )
    else:
        messages.error(request, _("Nothing was saved: choose how bad the pain is, from 0 to 10."))
    return redirect("home")


@patient_required
def attack_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    attack = get_object_or_404(MigraineAttack.objects.for_owner(request.user), pk=pk)
    if request.method == "POST":
        attack.delete()
        messages.success(request, _("The attack is deleted."))
        return redirect("diary:entry-list")
    return confirm_delete(
        request,
        entry=attack,
        cancel_url=attack.get_absolute_url(),
        consequence=_("Doses you logged for it stay in your diary, no longer linked to an attack."),
    )


# --- Flares -------------------------------------------------------------------------


@patient_required
def flare_create(request: AuthenticatedRequest) -> HttpResponse:
    form = FlareForm(posted(request), owner=request.user)
    if form.is_valid():
        try:
            flare, created = services.entry_save_once(
                form=form, owner=request.user, token=form.cleaned_data["form_token"]
            )
        except IntegrityError:
            form.add_error(None, CONFLICT_MESSAGE)
        else:
            if created:
                messages.success(request, _("Your flare is saved."))
            return redirect(flare)
    return render(request, "diary/flare_form.html", {"form": form})


@patient_required
def flare_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    flare = get_object_or_404(
        Flare.objects.for_owner(request.user)
        .select_related("condition__page")
        .prefetch_related("triggers"),
        pk=pk,
    )
    return render(request, "diary/flare_detail.html", {"flare": flare})


@patient_required
def flare_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    flare = get_object_or_404(Flare.objects.for_owner(request.user), pk=pk)
    form = FlareForm(posted(request), instance=flare, owner=request.user)
    if form.is_valid():
        try:
            services.entry_update(form=form)
        except IntegrityError:
            form.add_error(None, CONFLICT_MESSAGE)
        else:
            messages.success(request, _("Your flare is updated."))
            return redirect(flare)
    return render(request, "diary/flare_form.html", {"form": form, "flare": flare})


@patient_required
def flare_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    flare = get_object_or_404(
        Flare.objects.for_owner(request.user).select_related("condition"), pk=pk
    )
    if request.method == "POST":
        flare.delete()
        messages.success(request, _("The flare is deleted."))
        return redirect("diary:entry-list")
    return confirm_delete(request, entry=flare, cancel_url=flare.get_absolute_url())


# --- Daily check-ins ----------------------------------------------------------------


@patient_required
def checkin_edit(request: AuthenticatedRequest, day: datetime.date) -> HttpResponse:
    """The day's check-in: a new one, or the one already there to edit."""
    user = request.user
    today = timezone.localdate()
    if day > today or day.year < 1900:
        raise Http404
    checkin = DailyCheckIn.objects.for_owner(user).filter(day=day).first()
    form = CheckInForm(
        posted(request),
        instance=checkin or DailyCheckIn(owner=user, day=day),
        owner=user,
        cycle_tracking=getattr(getattr(user, "profile", None), "cycle_tracking", False),
        gluten_questions=asks_about_gluten(user),
    )
    if form.is_valid():
        try:
            services.entry_update(form=form)
        except IntegrityError:
            # Saved twice at once: the other request made it; show it to edit.
            messages.info(request, _("This day's check-in was just saved; check it here."))
            return redirect("diary:checkin-edit", day=day)
        messages.success(
            request,
            _("Your check-in for %(day)s is saved.")
            % {"day": formats.date_format(day, pgettext("day and month", "j F"))},
        )
        return redirect("home" if day == today else "diary:entry-list")
    next_day = day + datetime.timedelta(days=1)
    context = {
        "form": form,
        "day": day,
        "checkin": checkin,
        "is_today": day == today,
        "previous_day": day - datetime.timedelta(days=1),
        "next_day": next_day if next_day <= today else None,
    }
    return render(request, "diary/checkin_form.html", context)


@patient_required
def checkin_delete(request: AuthenticatedRequest, day: datetime.date) -> HttpResponse:
    checkin = get_object_or_404(DailyCheckIn.objects.for_owner(request.user), day=day)
    if request.method == "POST":
        checkin.delete()
        messages.success(request, _("The check-in is deleted."))
        return redirect("diary:entry-list")
    return confirm_delete(request, entry=checkin, cancel_url=checkin.get_absolute_url())


def asks_about_gluten(user: User) -> bool:
    """Whether the check-in asks about gluten: for celiac disease, or when the patient asked."""
    profile = getattr(user, "profile", None)
    if profile is None:
        return False
    return profile.gluten_questions or profile.conditions.filter(slug=CELIAC).exists()


CELIAC = "celiac"


# --- Triggers -----------------------------------------------------------------------


@patient_required
def trigger_list(request: AuthenticatedRequest) -> HttpResponse:
    form = TriggerForm(posted(request), owner=request.user)
    if form.is_valid():
        trigger = form.save(commit=False)
        trigger.owner = request.user
        try:
            with transaction.atomic():
                trigger.save()
        except IntegrityError:
            form.add_error("name", _("This trigger is already in your list."))
        else:
            messages.success(
                request, _("“%(name)s” is added to your triggers.") % {"name": trigger.name}
            )
            return redirect("diary:trigger-list")
    context = {
        "form": form,
        "catalogue": Trigger.objects.catalogue().order_by("name"),
        "own": Trigger.objects.for_owner(request.user).order_by("name"),
    }
    return render(request, "diary/trigger_list.html", context)


@patient_required
def trigger_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    trigger = get_object_or_404(Trigger.objects.for_owner(request.user), pk=pk)
    if request.method == "POST":
        trigger.delete()
        messages.success(
            request, _("“%(name)s” is deleted from your triggers.") % {"name": trigger.name}
        )
        return redirect("diary:trigger-list")
    return confirm_delete(
        request,
        entry=trigger,
        cancel_url=reverse("diary:trigger-list"),
        consequence=_("Entries that named it keep everything else."),
    )
