def test_visitors_see_the_landing_page(client, db):
    response = client.get("/")

    assert response.status_code == 200
    assert b"Start your diary" in response.content


def test_patients_get_their_home_page(alice_client):
    response = alice_client.get("/")

    assert response.status_code == 200
    assert b"Start your diary" not in response.content
    assert b'href="/diary/"' in response.content


def test_clinicians_get_their_patient_list(bob_client):
    response = bob_client.get("/")

    assert response.status_code == 200
    assert b"My patients" in response.content
    assert b'href="/diary/"' not in response.content


def test_private_pages_redirect_visitors_to_the_login(client, db):
    response = client.get("/accounts/profile/")

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_curators_are_not_offered_a_diary(carol_client):
    response = carol_client.get("/")

    assert response.status_code == 200
    assert b'href="/diary/"' not in response.content
    assert b'href="/timeline/"' not in response.content
    assert b'href="/admin/"' in response.content
