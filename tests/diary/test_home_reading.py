def test_the_home_page_suggests_reading_for_the_patients_conditions(alice_client):
    response = alice_client.get("/")

    assert b"Reading for your conditions" in response.content
    assert b'href="/learn/lupus-and-migraine/"' in response.content


def test_a_patient_without_conditions_is_offered_the_overview(charlie_client):
    response = charlie_client.get("/")

    assert b'href="/learn/how-migraine-and-autoimmune-disease-connect/"' in response.content
