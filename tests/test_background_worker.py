"""End to end: an invitation is e-mailed by the background worker (`manage.py db_worker`),
not by the request that creates it. These tests use the database job backend, as
production does, instead of the suite's immediate one."""

import re
import signal

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from accounts.models import CareShare
from accounts.services import share_revoke

# Transactional: the worker and the schedulers commit. Kept at the suite's top level so
# that these tests, which empty every table when they end, run after the app folders'.
pytestmark = pytest.mark.django_db(transaction=True)

INVITE = {
    "email": "bob@example.com",
    "duration": "30",
    "sections": ["migraine", "flares", "medicines", "checkins"],
}


@pytest.fixture(autouse=True)
def database_jobs(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def reauthenticated(alice_client, password):
    alice_client.post(reverse("account_reauthenticate"), {"password": password})
    return alice_client


def run_worker() -> None:
    """Run the worker as `make run` does, until the queue is empty."""
    # The worker installs its own Ctrl-C handlers; give the test runner its own back.
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)


def test_the_worker_sends_the_invitation_not_the_request(reauthenticated, mailoutbox):
    response = reauthenticated.post(reverse("sharing:list"), INVITE)

    assert response.status_code == 302
    share = CareShare.objects.get()
    assert share.invitation_delivery == CareShare.Delivery.QUEUED
    assert mailoutbox == []
    job = DBTaskResult.objects.get()
    assert job.status == "READY"
    assert job.task_path == "accounts.services.share_invitation_send"

    run_worker()

    assert len(mailoutbox) == 1
    job.refresh_from_db()
    assert job.status == "SUCCESSFUL"
    share.refresh_from_db()
    assert share.invitation_delivery == CareShare.Delivery.SENT
    token = re.search(r"/sharing/accept/([^/]+)/", mailoutbox[0].body).group(1)
    assert share.token_hash == CareShare.hash_token(token)
    # The link's token exists only in the e-mail: not in the job's arguments or result.
    assert token not in str(job.args_kwargs) + str(job.return_value)


def test_the_link_from_the_worker_is_accepted(reauthenticated, client, bob, mailoutbox):
    reauthenticated.post(reverse("sharing:list"), INVITE)
    run_worker()
    link = re.search(r"http://testserver(/sharing/accept/\S+/)", mailoutbox[0].body).group(1)
    client.force_login(bob)

    response = client.post(link)

    assert response.status_code == 302
    assert CareShare.objects.get().clinician == bob


def test_the_worker_skips_an_invitation_revoked_before_it_ran(reauthenticated, alice, mailoutbox):
    reauthenticated.post(reverse("sharing:list"), INVITE)
    share_revoke(share=CareShare.objects.get(), patient=alice)

    run_worker()

    assert mailoutbox == []
    assert DBTaskResult.objects.get().return_value == "skipped"


def test_no_job_is_left_behind_when_the_invitation_is_refused(reauthenticated):
    reauthenticated.post(reverse("sharing:list"), INVITE | {"email": "not an address"})

    assert not DBTaskResult.objects.exists()


def test_the_worker_sends_the_password_reset_mail_not_the_request(client, alice, mailoutbox):
    response = client.post(reverse("account_reset_password"), {"email": "alice@example.com"})

    assert response.status_code == 302
    assert mailoutbox == []
    job = DBTaskResult.objects.get()
    assert job.status == "READY"
    assert job.task_path == "accounts.mail.account_mail_send"

    run_worker()

    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["alice@example.com"]
    job.refresh_from_db()
    assert job.status == "SUCCESSFUL"
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+)", mailoutbox[0].body)
    # The job table holds the message sealed: neither the address nor the link in clear.
    stored = str(job.args_kwargs) + str(job.return_value)
    assert "alice@example.com" not in stored
    assert link.group(1) not in stored
    assert link.group(1).split("/")[-2] not in stored
    # The link the worker sent sets a new password.
    form_url = client.get(link.group(1)).url
    new_password = "a brand new riverside password"
    client.post(form_url, {"password1": new_password, "password2": new_password})
    alice.refresh_from_db()
    assert alice.check_password(new_password)


def test_a_reset_for_an_unknown_address_queues_its_mail_too(client, db, mailoutbox):
    # allauth tells an unknown address that it has no account; that mail waits for the
    # worker as well, so the request takes as long as for an address with an account.
    client.post(reverse("account_reset_password"), {"email": "nobody@example.com"})

    assert mailoutbox == []
    assert DBTaskResult.objects.get().task_path == "accounts.mail.account_mail_send"


def test_an_account_mail_that_cannot_be_sent_fails_its_job(client, alice, monkeypatch):
    client.post(reverse("account_reset_password"), {"email": "alice@example.com"})

    def broken(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", broken)
    run_worker()

    assert DBTaskResult.objects.get().status == "FAILED"
