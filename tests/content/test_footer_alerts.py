import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "es", "pt", "fr"])
def test_every_page_footer_links_to_the_alerts_form(client, language):
    page = client.get(f"/{language}/").content.decode()
    footer = page.split('<footer class="site-footer">')[1]
    assert f'href="/{language}/alerts/"' in footer
    assert client.get(f"/{language}/alerts/").status_code == 200
