def test_it_serves_the_landing_page_to_visitors(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"One diary for migraine and autoimmune disease" in response.content
