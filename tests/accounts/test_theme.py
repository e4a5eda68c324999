import re

import pytest
from django.urls import reverse
from django.utils import timezone

from diary.models import MigraineAttack

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


# --- The installed app's title bar, rendered with the page (accounts/themes.py) ----------

DARK_BAR = '<meta name="theme-color" content="#0e1013" media="(prefers-color-scheme: dark)">'
LIGHT_BAR = '<meta name="theme-color" content="#2f5f93" media="(prefers-color-scheme: light)">'


def title_bars(html: str) -> list[str]:
    return re.findall(r'<meta name="theme-color"[^>]*>', html)


@pytest.mark.parametrize(
    ("theme", "colour"), [("light", "#2f5f93"), ("dark", "#0e1013"), ("contrast", "#000000")]
)
def test_the_title_bar_starts_in_the_colour_of_the_accounts_theme(
    alice_client, alice, theme, colour
):
    alice.theme = theme
    alice.save(update_fields=["theme"])

    for path in ["/", "/accounts/profile/"]:
        html = alice_client.get(path).content.decode()
        assert title_bars(html) == [f'<meta name="theme-color" content="{colour}">']


def test_the_title_bar_follows_the_device_when_the_account_does(alice_client, alice):
    assert alice.theme == "system"

    assert title_bars(alice_client.get("/").content.decode()) == [DARK_BAR, LIGHT_BAR]


def test_a_clinicians_title_bar_follows_their_theme(bob_client, bob):
    bob.theme = "dark"
    bob.save(update_fields=["theme"])

    html = bob_client.get("/").content.decode()

    assert title_bars(html) == ['<meta name="theme-color" content="#0e1013">']


def test_a_visitors_title_bar_follows_the_device(client, db):
    html = client.get("/accounts/login/").content.decode()

    assert title_bars(html) == [DARK_BAR, LIGHT_BAR]


@pytest.mark.parametrize(
    ("theme", "colour"), [("light", "#2f5f93"), ("dark", "#0e1013"), ("contrast", "#000000")]
)
def test_a_visitors_title_bar_follows_the_theme_cookie(client, db, theme, colour):
    client.cookies["overlap_theme"] = theme

    html = client.get("/accounts/login/").content.decode()

    assert title_bars(html) == [f'<meta name="theme-color" content="{colour}">']
    assert f'data-theme-pref="{theme}"' in html


def test_a_made_up_theme_cookie_is_taken_for_the_device(client, db):
    client.cookies["overlap_theme"] = '"><script>'

    html = client.get("/accounts/login/").content.decode()

    assert title_bars(html) == [DARK_BAR, LIGHT_BAR]
    assert 'data-theme-pref="system"' in html


@pytest.mark.parametrize(
    ("theme", "colour"),
    [("system", "#0e1013"), ("light", "#0e1013"), ("dark", "#0e1013"), ("contrast", "#000000")],
)
def test_the_title_bar_is_dark_in_attack_mode_unless_high_contrast(
    alice_client, alice, theme, colour
):
    alice.theme = theme
    alice.save(update_fields=["theme"])
    MigraineAttack.objects.create(owner=alice, started_at=timezone.now())

    html = alice_client.get("/").content.decode()

    assert "data-attack-mode" in html
    assert title_bars(html) == [f'<meta name="theme-color" content="{colour}">']
