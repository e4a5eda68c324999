"""Overlap under load (make load): patients who read the home page, the timeline's data and
their diary, and log attacks. Run by scripts/load/run.py, which prepares the accounts.

LOAD_ACCOUNTS_FILE names a JSON file with "logins" (e-mail and password pairs: the first
users log in through the real login form, Argon2 and all) and "sessions" (session keys made
ahead for the rest: the login form allows 30 attempts a minute from one address, and every
user here comes from 127.0.0.1). Every response must be the page itself: a redirect to the
login page, a 4xx or a 5xx counts as an error.

With "exporter" in the file (LOAD_EXPORTS, 3 by default), that many Exporter users log in
as the patient with thirty years of diary and download their exports over and over, the
CSV zip and the FHIR Bundle in turn, each read to its last byte and checked whole, while
the patients above keep using the site.
"""

import io
import itertools
import json
import os
import re
import zipfile
from datetime import datetime, timedelta
from urllib.parse import urlparse

from locust import HttpUser, between, task

ACCOUNTS = json.loads(open(os.environ["LOAD_ACCOUNTS_FILE"]).read())
NUMBERS = itertools.count()
TOKEN = re.compile(r'name="(csrfmiddlewaretoken|form_token)" value="([^"]+)"')


class LoopbackUser(HttpUser):
    """A user whose Secure cookies are sent over plain HTTP to 127.0.0.1, as browsers do
    for loopback addresses (requests would drop them)."""

    abstract = True

    def on_start(self) -> None:
        send = self.client.request

        def request(*args, **kwargs):
            response = send(*args, **kwargs)
            for cookie in self.client.cookies:
                cookie.secure = False
            return response

        self.client.request = request

    def fields(self, path: str) -> dict:
        response = self.client.get(path, name=path)
        return dict(TOKEN.findall(response.text))

    def log_in(self, email: str, password: str) -> None:
        fields = self.fields("/accounts/login/")
        with self.client.post(
            "/accounts/login/",
            {**fields, "login": email, "password": password},
            allow_redirects=False,
            name="/accounts/login/ (POST)",
            catch_response=True,
        ) as response:
            if response.status_code != 302 or "/accounts/login/" in response.headers.get(
                "Location", ""
            ):
                response.failure(f"login refused: {response.status_code}")


class Exporter(LoopbackUser):
    """The patient with thirty years of diary, downloading their exports."""

    fixed_count = int(os.environ.get("LOAD_EXPORTS", "3")) if ACCOUNTS.get("exporter") else 0
    wait_time = between(1, 3)

    def on_start(self) -> None:
        super().on_start()
        email, password = ACCOUNTS["exporter"]
        self.log_in(email, password)
        # Exports ask for the password again (SECURITY.md): confirmed once, good for ten
        # minutes, longer than the run.
        fields = self.fields("/accounts/reauthenticate/")
        with self.client.post(
            "/accounts/reauthenticate/",
            {**fields, "password": password},
            allow_redirects=False,
            name="/accounts/reauthenticate/ (POST)",
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"password not confirmed: {response.status_code}")

    @task
    def csv_zip(self) -> None:
        self.download("/export/csv/", _whole_zip)

    @task
    def fhir_bundle(self) -> None:
        self.download("/export/fhir/", _whole_bundle)

    def download(self, path: str, problem) -> None:
        """Download `path` to its last byte; `problem(body)` says what is wrong with it."""
        with self.client.get(
            path, stream=True, allow_redirects=False, catch_response=True
        ) as response:
            body = response.content
            if response.status_code != 200:
                response.failure(f"{response.status_code} {response.headers.get('Location')}")
            elif wrong := problem(body):
                response.failure(wrong)


def _whole_zip(body: bytes) -> str:
    try:
        names = zipfile.ZipFile(io.BytesIO(body)).namelist()
    except zipfile.BadZipFile:
        return f"not a whole zip ({len(body)} bytes)"
    return "" if "attacks.csv" in names else f"no attacks in the zip: {names}"


def _whole_bundle(body: bytes) -> str:
    try:
        bundle = json.loads(body)
    except ValueError:
        return f"not a whole JSON document ({len(body)} bytes)"
    if bundle.get("resourceType") != "Bundle" or len(bundle.get("entry", [])) < 1000:
        return "not the thirty-year diary's Bundle"
    return ""


class Patient(LoopbackUser):
    wait_time = between(0.5, 2)

    def on_start(self) -> None:
        super().on_start()
        number = next(NUMBERS)
        logins, sessions = ACCOUNTS["logins"], ACCOUNTS["sessions"]
        if number < len(logins):
            self.log_in(*logins[number])
        else:
            key = sessions[(number - len(logins)) % len(sessions)]
            self.client.cookies.set("sessionid", key, domain=urlparse(self.host).hostname)

    def page(self, path: str, name: str | None = None) -> None:
        with self.client.get(
            path, allow_redirects=False, name=name or path, catch_response=True
        ) as response:
            if response.status_code != 200:
                where = response.headers.get("Location") or response.error
                response.failure(f"{response.status_code} {where}")

    @task(3)
    def home(self) -> None:
        self.page("/")

    @task(3)
    def timeline_data(self) -> None:
        self.page("/timeline/data.json")

    @task(1)
    def timeline_year(self) -> None:
        end = datetime.now().date()
        start = end - timedelta(days=364)
        self.page(f"/timeline/data.json?start={start}&end={end}", "/timeline/data.json?year")

    @task(2)
    def diary(self) -> None:
        self.page("/diary/")

    @task(1)
    def log_an_attack(self) -> None:
        fields = self.fields("/diary/migraines/new/")
        started = datetime.now() - timedelta(hours=30)
        data = {
            **fields,
            "attack_type": "migraine",
            "started_at": started.strftime("%Y-%m-%dT%H:%M"),
            "ended_at": (started + timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M"),
            "peak_intensity": "6",
            "disability": "2",
            "location": "left",
            "notes": "Logged under load.",
            # Every user of an account logs at the same time of day: asked whether it is
            # the attack already there, they keep it as a separate one.
            "confirm_overlap": "1",
        }
        with self.client.post(
            "/diary/migraines/new/",
            data,
            allow_redirects=False,
            name="/diary/migraines/new/ (POST)",
            catch_response=True,
        ) as response:
            if response.status_code != 302 or "/diary/migraines/" not in response.headers.get(
                "Location", ""
            ):
                response.failure(f"attack not saved: {response.status_code}")
