"""Each step names what is missing before the draft moves on; every field says what is wrong."""

import pytest

from tests.cooperation.requests_helpers import post_step, start


def _errors(response) -> str:
    assert response.status_code == 400
    return response.content.decode().replace("&#x27;", "'").replace("&quot;", '"')


@pytest.mark.django_db
def test_an_ip_address_without_time_zone_is_named(new_draft):
    client, draft = new_draft()
    page = _errors(post_step(client, draft, "data", ip_addresses="203.0.113.7 2026-03-01T14:05:00"))
    assert "The IP address 203.0.113.7 needs a timestamp and a time zone" in page
    page = _errors(post_step(client, draft, "data", ip_addresses="2001:db8::1 2026-03-01T14:05:00 Mars/Olympus"))
    assert "is not a time zone" in page
    page = _errors(post_step(client, draft, "data", ip_addresses="300.1.2.3 2026-03-01T14:05:00 UTC"))
    assert "is not an IPv4 or IPv6 address" in page
    page = _errors(post_step(client, draft, "data", ip_addresses="203.0.113.7 yesterday UTC"))
    assert "is not a timestamp" in page
    assert post_step(client, draft, "data", ip_addresses="2001:db8::1 2026-03-01T14:05:00 UTC").status_code == 302


@pytest.mark.django_db
def test_a_preservation_request_without_the_period_is_named(new_draft):
    client, draft = new_draft()
    page = _errors(post_step(client, draft, "data", period_from=None, period_to=None))
    assert "A preservation request states the period of the data to preserve" in page


@pytest.mark.django_db
def test_a_stored_content_request_needs_the_legal_basis(new_draft):
    client, draft = new_draft("stored-content")
    page = _errors(post_step(client, draft, "basis", legal_basis=None))
    assert "A request for stored content names the legal basis the requested state requires" in page
    assert post_step(client, draft, "data", period_from=None, period_to=None).status_code == 302


@pytest.mark.django_db
def test_bad_domains_dates_and_lengths_have_messages(new_draft):
    client, draft = new_draft()
    assert "is not a domain name" in _errors(post_step(client, draft, "data", domains="not a domain"))
    assert "Enter a valid date" in _errors(post_step(client, draft, "data", period_from="2026-13-45"))
    assert "The end of the period comes after its start" in _errors(
        post_step(client, draft, "data", period_from="2026-03-01", period_to="2026-02-01"))
    assert "at most 100 characters" in _errors(post_step(client, draft, "case", reference="x" * 101))
    assert "A preservation request says why the data must be preserved" in _errors(
        post_step(client, draft, "case", urgency_reason=""))
    content = start(client, measure="stored-content")
    assert "An urgent request says why it is urgent" in _errors(
        post_step(client, content, "case", urgency_reason=""))
    assert "Name at least one identifier" in _errors(
        post_step(client, draft, "data", accounts="", ip_addresses="", domains=""))


@pytest.mark.django_db
def test_dual_criminality_is_asked_when_the_requested_state_requires_it(new_draft):
    client, draft = new_draft(dual_criminality="yes")
    assert "The requested state requires dual criminality" in _errors(post_step(client, draft, "basis"))


@pytest.mark.django_db
def test_starting_with_the_same_state_twice_is_refused(client_for, expert_br):
    client = client_for(expert_br)
    response = client.post("/en/requests/new/", {"measure": "preservation", "requesting": "br", "requested": "br"})
    assert response.status_code == 400
    assert "Choose two different states" in response.content.decode()


@pytest.mark.django_db
def test_an_unknown_step_is_404(new_draft):
    client, draft = new_draft()
    assert client.get(f"/en/requests/{draft.pk}/nowhere/").status_code == 404


@pytest.mark.django_db
def test_each_message_is_tied_to_its_field_by_one_id(new_draft):
    client, draft = new_draft()
    page = _errors(post_step(client, draft, "case", offences="", urgency_reason=""))
    assert 'aria-describedby="id_offences_helptext id_offences_error"' in page
    assert page.count('id="id_offences_error"') == 1  # an id appears once (valid HTML)
