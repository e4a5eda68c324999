import pytest
from django.urls import reverse

THEME = reverse("accounts:theme-set")


def test_it_remembers_a_users_theme_on_their_account(alice_client, alice):
    response = alice_client.post(THEME, {"theme": "dark", "next": "/accounts/profile/"})

    assert response.status_code == 302
    assert response.url == "/accounts/profile/"
    alice.refresh_from_db()
    assert alice.theme == "dark"
    assert b'data-theme-pref="dark"' in alice_client.get("/").content


def test_it_remembers_a_visitors_theme_in_their_browser(client, db):
    response = client.post(THEME, {"theme": "contrast"})

    assert response.cookies["overlap_theme"].value == "contrast"
    assert b'data-theme-pref="contrast"' in client.get("/").content


def test_it_answers_json_to_the_theme_script(alice_client):
    response = alice_client.post(THEME, {"theme": "light"}, headers={"Accept": "application/json"})

    assert response.json() == {"theme": "light"}


def test_it_refuses_an_unknown_theme(alice_client, alice):
    response = alice_client.post(THEME, {"theme": "neon"}, headers={"Accept": "application/json"})

    assert response.status_code == 400
    alice.refresh_from_db()
    assert alice.theme == "system"


def test_it_does_not_redirect_to_another_site(alice_client):
    response = alice_client.post(THEME, {"theme": "dark", "next": "https://evil.example/"})

    assert response.url == "/"


def test_it_only_changes_the_theme_by_post(alice_client):
    assert alice_client.get(THEME).status_code == 405


@pytest.mark.parametrize("next_url", ["abc", "diary:attack-detail", "accounts/profile/", "//x"])
def test_a_next_that_is_not_a_path_on_this_site_goes_home(client, db, next_url):
    # redirect() would take "abc" for the name of a URL pattern and fail with a 500.
    response = client.post(THEME, {"theme": "dark", "next": next_url})

    assert response.status_code == 302
    assert response.url == "/"
