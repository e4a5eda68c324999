"""Run inside `manage.py shell` by scripts/load/run.py: patients with a year of diary each,
session keys made ahead for the load users that do not log in through the form, and, when
$LOAD_EXPORTS is more than 0, one patient with thirty years of diary whose exports the
exporting users download. Writes the JSON the locustfile reads to $LOAD_ACCOUNTS_FILE."""

import json
import os

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore

from diary.management.commands.bench import build_diary

PASSWORD = "a long bench password 1"  # build_diary's
accounts = int(os.environ.get("LOAD_ACCOUNTS", "10"))
sessions_per_account = int(os.environ.get("LOAD_SESSIONS_PER_ACCOUNT", "5"))
exports = int(os.environ.get("LOAD_EXPORTS", "0"))

logins, sessions = [], []
for number in range(accounts):
    user, _ = build_diary(days=365, email=f"load{number}@example.com")
    logins.append((user.email, PASSWORD))
    for _ in range(sessions_per_account):
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        sessions.append(session.session_key)

# Exports ask for the password entered in the last ten minutes: the exporting users log in
# through the form, which records it.
exporter = None
if exports:
    user, made = build_diary(days=round(30 * 365.25), email="export@example.com")
    exporter = (user.email, PASSWORD)
    print(f"a thirty-year diary to export: {made['attacks']} attacks, {made['doses']} doses")

with open(os.environ["LOAD_ACCOUNTS_FILE"], "w") as out:
    json.dump({"logins": logins, "sessions": sessions, "exporter": exporter}, out)
print(f"{accounts} patients with a year of diary each, {len(sessions)} sessions made ahead")
