"""/privacy/: what is collected, why, how long, who to ask; linked from every page's footer."""

import pytest

pytestmark = pytest.mark.django_db

TITLES = {"en": "Privacy notice", "es": "Aviso de privacidad", "pt": "Aviso de privacidade",
          "fr": "Avis de confidentialité"}
CONTACT = {"en": "Contact", "es": "Contacto", "pt": "Contato", "fr": "Contact"}
PRIVACY = {"en": "Privacy", "es": "Privacidad", "pt": "Privacidade", "fr": "Confidentialité"}


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
def test_privacy_notice_in_four_languages(client, lang):
    response = client.get(f"/{lang}/privacy/")
    assert response.status_code == 200
    page = response.content.decode()
    assert f"<h1>{TITLES[lang]}</h1>" in page
    assert f'href="/{lang}/contact/"' in page


def test_privacy_notice_covers_every_kind_of_data_with_its_period(client, settings):
    settings.SESSION_COOKIE_AGE = 14 * 24 * 3600
    settings.PORTAL = {**settings.PORTAL, "CONTACT_MESSAGE_RETENTION_DAYS": 180, "SERVER_LOG_RETENTION_DAYS": 30}
    page = client.get("/en/privacy/").content.decode()
    for heading in ("Accounts", "Requests for expert access", "Bulletin subscriptions",
                    "Messages sent through the contact form", "Audit trail", "Server logs", "Who to ask"):
        assert heading in page
    assert "A session ends after 14 days" in page
    assert "How long: 180 days, then deleted." in page
    assert "How long: 30 days." in page
    assert "the confirmation link works for 7 days" in page
    assert "How long: permanently." in page


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
def test_footer_links_privacy_and_contact(client, lang):
    page = client.get(f"/{lang}/").content.decode()
    footer = page.split('<footer class="site-footer">')[1]
    assert f'<a href="/{lang}/privacy/">{PRIVACY[lang]}</a>' in footer
    assert f'<a href="/{lang}/contact/">{CONTACT[lang]}</a>' in footer


def test_privacy_and_contact_are_in_the_sitemap(client):
    sitemap = client.get("/sitemap.xml").content.decode()
    for lang in ("en", "es", "pt", "fr"):
        assert f"/{lang}/privacy/</loc>" in sitemap and f"/{lang}/contact/</loc>" in sitemap


def test_the_notice_says_how_long_alert_subscriptions_and_sent_emails_are_kept(client, settings):
    settings.PORTAL = {**settings.PORTAL, "OUTGOING_EMAIL_RETENTION_DAYS": 21}
    page = client.get("/en/privacy/").content.decode()
    assert 'id="alerts"' in page and "until you stop following" in page
    assert "How long: 21 days after it is sent, then deleted." in page
