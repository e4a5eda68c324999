from django.urls import reverse

LOGIN = reverse("account_login")


def log_in(client, email: str, password: str):
    return client.post(LOGIN, {"login": email, "password": password})


def test_it_logs_in_with_email_and_password(client, alice, password):
    response = log_in(client, "alice@example.com", password)

    assert response.status_code == 302
    assert response.url == "/"
    assert client.session["_auth_user_id"] == str(alice.pk)


def test_it_logs_in_whatever_the_case_of_the_email(client, alice, password):
    response = log_in(client, "Alice@Example.com", password)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(alice.pk)


def test_it_refuses_a_wrong_password(client, alice):
    response = log_in(client, "alice@example.com", "not the password at all")

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_it_gives_a_new_session_key_at_login(client, alice, password):
    client.get(LOGIN)
    client.cookies["sessionid"] = "x" * 32
    log_in(client, "alice@example.com", password)

    assert client.session.session_key != "x" * 32


def test_it_throttles_an_account_after_five_failures_in_any_case(client, alice, password):
    spellings = [
        "alice@example.com",
        "ALICE@example.com",
        "Alice@Example.Com",
        " alice@example.com",
        "alice@EXAMPLE.com",
    ]
    for spelling in spellings:
        log_in(client, spelling, "wrong password again")

    response = log_in(client, "alice@example.com", password)

    assert b"Too many failed login attempts" in response.content
    assert "_auth_user_id" not in client.session


def test_it_lets_another_account_log_in_while_one_is_throttled(client, alice, charlie, password):
    for _ in range(5):
        log_in(client, "alice@example.com", "wrong password again")

    response = log_in(client, "charlie@example.com", password)

    assert response.status_code == 302


def test_it_throttles_one_ip_trying_many_accounts(client, alice, password):
    for number in range(20):
        log_in(client, f"nobody{number}@example.com", "wrong password again")

    response = log_in(client, "alice@example.com", password)

    assert b"Too many failed login attempts" in response.content


def test_it_logs_out_only_by_post(alice_client):
    response = alice_client.get(reverse("account_logout"))
    assert response.status_code == 200  # a confirmation page, not a logout
    assert "_auth_user_id" in alice_client.session

    response = alice_client.post(reverse("account_logout"))

    assert response.status_code == 302
    assert "_auth_user_id" not in alice_client.session


def test_the_admin_login_goes_through_the_overlap_login(client, db):
    response = client.get("/admin/login/?next=/admin/")

    assert response.status_code == 302
    assert response.url.startswith(LOGIN)


def test_the_admin_login_is_throttled_like_any_login(client, carol, password):
    for _ in range(5):
        log_in(client, "carol@example.com", "wrong password again")

    response = client.post(
        LOGIN + "?next=/admin/", {"login": "carol@example.com", "password": password}
    )

    assert b"Too many failed login attempts" in response.content
