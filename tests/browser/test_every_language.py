"""A new patient uses Overlap in Spanish, Brazilian Portuguese and German on a 375 px phone,
from the browser's language on (issue 21, "What must be shown"): signs up, goes through
onboarding, logs an attack with the quick log, reads the timeline (its charts' labels, the
tables that say the same in numbers, the summaries), prints the report, invites a clinician
and answers a reminder e-mail. On every page: nothing in <main> is left in English (compared
with the same page in English, the way tests/test_i18n.py `untranslated` does, the chart
labels included), axe finds nothing in any theme, and nothing reaches past the screen's
right edge (German words are long).

One browser context per language, each page visited once; the English page to compare with
is the same account's page with its language set to English for that one request."""

import html
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import timezone, translation
from playwright.sync_api import expect

from accounts.models import CareShare, User
from diary.models import MigraineAttack, Reminder, ReminderDelivery, ReminderKind
from diary.reminders import reminder_email
from education.models import Condition
from tests.browser.conftest import draw_charts, wait_until
from tests.browser.test_timeline import wait_for_range
from tests.test_i18n import main_words, untranslated
from tests.test_i18n_email import english_left
from tests.test_i18n_numbers import rich_diary

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 800}
# The browser's language, as a phone set to it sends it.
LOCALES = {"es": "es-ES", "pt-br": "pt-BR", "de": "de-DE"}
PASSWORD = "a calm walk by the river 7"
CLINICIAN = "dr.sol@example.com"
# What the patient wrote or chose is the same in every language: their medicines (the rich
# diary's), their address and their clinician's.
THEIR_OWN = {"Sumatriptan", "Rizatriptan", "Naproxen", "Topiramate", CLINICIAN}
# Months German writes as English does, as the timeline's months table names them.
SAME_MONTH = {
    "es": re.compile(r"$^"),
    "pt-br": re.compile(r"$^"),
    "de": re.compile(r"(April|August|September|November) \d{4}"),
}

INFORMAL_GERMAN = re.compile(r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.I)

# What reaches past the screen: any element whose box ends right of the viewport or starts
# left of it, or whose content is wider than its box (a long word running out of a button
# or a heading, shown or cut off); not what is inside a scroll area (a wide table scrolls
# sideways by design, with a hint saying so), nor what is not shown.
STICKING_OUT = """(width) => {
  const WORDS = "button, .btn, .badge, h1, h2, h3, h4, h5, h6, label, legend, summary, " +
    "caption, th, td, p, li, dt, dd";
  const scrolls = (element) => ["auto", "scroll"].includes(getComputedStyle(element).overflowX);
  const wide = [];
  for (const element of document.body.querySelectorAll("*")) {
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;  // visually hidden
    let inside = element.parentElement;
    while (inside && inside !== document.body && !scrolls(inside)) inside = inside.parentElement;
    if (inside && inside !== document.body) continue;
    // Wider inside than its box: text running out of a button or heading, or out of any
    // box past the screen's edge, or cut off. (Bootstrap's rows reach into their
    // parent's padding by design, so a box is not asked to hold them.)
    const wider = element.scrollWidth > element.clientWidth + 1 && !scrolls(element);
    const cut = wider && (
      element.matches(WORDS) ||
      box.left + element.scrollWidth > width + 1 ||
      ["hidden", "clip"].includes(getComputedStyle(element).overflowX));
    if (box.right > width + 1 || box.left < -1 || cut) {
      const name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "");
      wide.push(name + " " + JSON.stringify(element.textContent.trim().slice(0, 40)) +
                ": " + Math.round(box.left) + "-" + Math.round(box.right));
    }
  }
  return wide;
}"""

# The words each chart shows on its canvas (which the page's HTML does not hold): its
# datasets' names, its axes' titles and its labels.
CHART_WORDS = """() => {
  const words = [];
  for (const canvas of document.querySelectorAll("canvas")) {
    const chart = window.Chart && Chart.getChart(canvas);
    if (!chart) continue;
    chart.data.datasets.forEach((dataset) => words.push(dataset.label || ""));
    (chart.data.labels || []).forEach((label) => words.push(String(label)));
    for (const scale of Object.values(chart.options.scales || {})) {
      if (scale.title && scale.title.display) words.push(String(scale.title.text));
    }
  }
  return words;
}"""


# The lines and table cells of <main> as shown (in print: as the paper shows them).
PRINTED_LINES = """() => document.querySelector("main").innerText
  .split(/[\\n\\t]/).map((line) => line.replace(/\\s+/g, " ").trim())
  .filter((line) => /[A-Za-z]{2}/.test(line))"""


def with_chart_words(page, content: str) -> str:
    """The page's HTML with its charts' words added inside a <main>, so the comparison with
    English reads them as the page's own words."""
    words = "".join(f"<p>{html.escape(word)}</p>" for word in page.evaluate(CHART_WORDS))
    return content + f"<main>{words}</main>"


class Visit:
    """A patient's phone in one language, and the checks every page must pass."""

    def __init__(self, context, live_server, language: str, axe_in_every_theme, axe) -> None:
        self.context = context
        self.page = context.new_page()
        self.page.set_default_timeout(10_000)
        self.live_server = live_server
        self.language = language
        self.axe_in_every_theme = axe_in_every_theme
        self.axe = axe
        self.user: User | None = None
        # The patient's own address is the same in every language.
        self.own: set[str] = set()
        self.errors: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _console(self, message) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def url(self, path: str) -> str:
        return self.live_server.url + path

    def english(self, path: str, prepare=None, read=None) -> str:
        """The same page in English: as a visitor whose browser asks for English, or as the
        same account with English as its language, in a second tab so its scripts (the
        charts, the tables, the quick log) write their words too; `prepare(tab)` readies
        it as the page was, `read(tab)` gives its words (else its HTML and chart words)."""
        if self.user is None:
            english = self.page.request.get(self.url(path), headers={"Accept-Language": "en"})
            assert '<html lang="en"' in english.text()
            return english.text()
        User.objects.filter(pk=self.user.pk).update(language="en")
        tab = self.context.new_page()
        try:
            tab.goto(self.url(path))
            expect(tab.locator("html")).to_have_attribute("lang", "en")
            if prepare:
                prepare(tab)
            return read(tab) if read else with_chart_words(tab, tab.content())
        finally:
            tab.close()
            User.objects.filter(pk=self.user.pk).update(language=self.language)

    def left(self, pages: dict[str, str]) -> set[str]:
        """The words of <main> the same in English and in the language, but for the
        patient's own and what the language writes as English does."""
        left = untranslated(pages, self.language) - THEIR_OWN - self.own
        return {text for text in left if not SAME_MONTH[self.language].fullmatch(text)}

    def check(self, path: str, prepare=None, *, every_theme: bool = True) -> None:
        """The page now shown: in the language, no English left in <main>, nothing past the
        screen's edge, axe clean in every theme (or in the one shown, for the pages on the
        way, which tests/browser/test_onboarding.py checks in every theme)."""
        page = self.page
        expect(page.locator("html")).to_have_attribute("lang", self.language)
        shown = with_chart_words(page, page.content())
        # German addresses the reader as "Sie", never "du" (README, "Translations").
        if self.language == "de":
            informal = {text for text in main_words(shown) if INFORMAL_GERMAN.search(text)}
            assert informal == set(), path
        assert self.left({self.language: shown, "en": self.english(path, prepare)}) == set(), path
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path
        assert page.evaluate(STICKING_OUT, PHONE["width"]) == [], path
        axe = self.axe_in_every_theme if every_theme else self.axe
        assert axe(page) == [], path

    @staticmethod
    def printed_words(tab) -> str:
        """The report as its paper shows it (print media, after "beforeprint"): the lines
        and cells of <main> with words, in a <main> of their own."""
        tab.emulate_media(media="print")
        tab.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
        expect(tab.locator("#report")).to_have_attribute("data-chart", "print")
        expect(tab.locator(".report-controls")).to_be_hidden()
        lines = tab.evaluate(PRINTED_LINES)
        return "<main>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</main>"

    def next_step(self, step: str) -> None:
        # The medicines step has its own "next" (or "skip" while the list is empty).
        medicines_next = self.page.locator("main button[name=next]")
        if medicines_next.count():
            medicines_next.click()
        else:
            self.page.locator("main button.btn-primary.btn-big[type=submit]").click()
        self.page.wait_for_url(f"**/welcome/{step}/")


def words(language: str, *english: str) -> list[str]:
    with translation.override(language):
        return [translation.gettext(text) for text in english]


@pytest.mark.parametrize("language", LOCALES)
def test_a_new_patient_uses_overlap_in_their_language_on_a_phone(
    browser, browser_context_args, live_server, axe_in_every_theme, axe_violations, language
):
    context = browser.new_context(
        **browser_context_args,
        viewport=PHONE,
        locale=LOCALES[language],
        timezone_id="Europe/Berlin",
    )
    visit = Visit(context, live_server, language, axe_in_every_theme, axe_violations)
    page = visit.page
    address = f"new-{language}@example.com"
    visit.own = {address, f"{address}."}  # the report's "Patient: ...", as its name

    # Sign-up, in the browser's language.
    page.goto(visit.url("/accounts/signup/"))
    visit.check("/accounts/signup/")
    page.locator("#id_email").fill(address)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()

    # Sign-up answers the same for every address: the newcomer confirms theirs first, from
    # the e-mail (in their language too), then logs in.
    page.wait_for_url("**/accounts/confirm-email/")
    visit.check("/accounts/confirm-email/", every_theme=False)
    (hello,) = words(language, "Hello from Overlap,")
    assert hello in mail.outbox[-1].body
    confirm = urlsplit(
        re.search(r"http://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body)[0]
    )
    page.goto(visit.url(confirm.path))
    visit.check(confirm.path, every_theme=False)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/accounts/login/")
    page.locator("#id_login").fill(address)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")

    # Onboarding, each step.
    page.wait_for_url("**/welcome/conditions/")
    visit.user = User.objects.get(email=address)
    assert visit.user.language == language
    visit.check("/welcome/conditions/", every_theme=False)
    lupus = Condition.objects.get(slug="lupus")
    page.locator(f"main input[name=conditions][value='{lupus.pk}']").check()
    visit.next_step("timezone")
    visit.check("/welcome/timezone/", every_theme=False)
    visit.next_step("medicines")
    visit.check("/welcome/medicines/", every_theme=False)
    visit.next_step("reminders")
    visit.check("/welcome/reminders/", every_theme=False)
    page.locator("#onboarding-checkin input[name$=enabled]").check()
    visit.next_step("cycle")
    visit.check("/welcome/cycle/", every_theme=False)
    visit.next_step("theme")
    visit.check("/welcome/theme/", every_theme=False)
    page.locator("main button.btn-primary[type=submit]").click()
    page.wait_for_url(visit.url("/"))
    user = visit.user
    user.refresh_from_db()
    assert (user.onboarding_step, user.timezone) == ("", "Europe/Berlin")
    assert Reminder.objects.get(owner=user, kind=ReminderKind.CHECKIN).enabled

    # A diary with months behind it, for the timeline and the report to have things to say.
    rich_diary(user)

    # The quick log: an attack begins, a dose is taken.
    page.goto(visit.url("/diary/quick-log/"))
    page.locator("#quick-log[data-state-loaded]").wait_for(state="attached")
    page.locator('button[data-minutes-ago="0"]').click()
    expect(page.locator("#in-attack")).to_be_visible()
    page.locator("#dose-buttons button").filter(has_text="Sumatriptan").click()
    (synced,) = words(language, "Nothing waiting to sync.")
    expect(page.locator("#outbox-count")).to_have_text(synced)
    wait_until(page, "() => !document.getElementById('quick-log-status').hidden")
    assert MigraineAttack.objects.filter(owner=user, ended_at__isnull=True).count() == 1

    def quick_log_loaded(tab) -> None:
        tab.locator("#quick-log[data-state-loaded]").wait_for(state="attached")
        expect(tab.locator("#in-attack")).to_be_visible()

    visit.check("/diary/quick-log/", quick_log_loaded)

    # The timeline: its charts drawn, with the tables that repeat them (closed, in <details>).
    def timeline_drawn(tab) -> None:
        wait_for_range(tab, 90)
        # The lag chart is drawn from five flares on; the rich diary has two.
        draw_charts(tab, "months-chart")

    page.goto(visit.url("/timeline/"))
    timeline_drawn(page)
    assert page.locator("#timeline-table tbody tr").count() == 90
    assert page.evaluate(CHART_WORDS)
    visit.check("/timeline/", timeline_drawn)

    # The report: on the phone's screen, then as printed (the paper's words compared with
    # the English paper's).
    page.goto(visit.url("/report/"))
    expect(page.locator("#report")).to_have_attribute("data-chart", "screen")
    visit.check("/report/")
    printed = visit.printed_words(page)
    english = visit.english("/report/", read=visit.printed_words)
    assert visit.left({visit.language: printed, "en": english}) == set()
    (alerts,) = words(language, "Alerts to discuss")
    assert "Alerts to discuss" in english and alerts in printed
    page.emulate_media(media="screen")

    # Sharing: invite a clinician.
    page.goto(visit.url("/sharing/"))
    page.locator("#id_email").fill(CLINICIAN)
    page.locator("main form[action='/sharing/'] button[type=submit]").click()
    if "/reauthenticate/" in page.url:  # Overlap may ask for the password first
        visit.check(urlsplit(page.url).path, every_theme=False)
        page.locator("#id_password").fill(PASSWORD)
        page.locator("#id_password").press("Enter")
    expect(page.locator(".alert-success")).to_be_visible()
    assert CareShare.objects.get(patient=user).invite_email == CLINICIAN
    visit.check("/sharing/")

    # A check-in reminder e-mail, in the account's language, and its "snooze" link.
    reminder = Reminder.objects.get(owner=user, kind=ReminderKind.CHECKIN)
    today = timezone.localdate(timezone.now(), user.tzinfo)
    delivery = ReminderDelivery.objects.create(
        reminder=reminder, due_at=timezone.now(), local_day=today, link_nonce="b" * 32
    )
    e_mails = {}
    for each in ("en", language):
        User.objects.filter(pk=user.pk).update(language=each)
        reminder.owner.refresh_from_db()
        with translation.override("en"):
            e_mails[each] = reminder_email(delivery=delivery, shares=[])
    assert e_mails[language].subject != e_mails["en"].subject
    bodies = {each: message.body for each, message in e_mails.items()}
    assert english_left(bodies, language) == set(), bodies[language]
    link = next(line for line in bodies[language].splitlines() if "/reminders/snooze/" in line)
    snooze = urlsplit(link.strip()).path
    page.goto(visit.url(snooze))
    visit.check(snooze)
    page.get_by_role("button", name=words(language, "Snooze until tomorrow")[0]).click()
    expect(page.locator("#link-done")).to_be_visible()
    reminder.refresh_from_db()
    assert reminder.snoozed_until is not None
    assert mail.outbox  # the invitation went out too

    assert visit.errors == []
    context.close()
