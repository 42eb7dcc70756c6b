"""A focal point's countries (guardian permission): a deputy edits the country they deputise for;
a focal point of two countries edits both and no third, on the site, in the admin, in services."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from contacts.models import ContactPoint, NationalUnit
from contacts.queries import focal_points_for
from contacts.services import entry_save
from portal.accounts.models import AuditEvent, Role
from portal.accounts.services import focal_countries_set, user_set_roles
from portal.models import Country
from tests.conftest import admin_user_change_data, make_expert

pytestmark = pytest.mark.django_db


@pytest.fixture
def deputy_mx(db, secretariat):
    """An approved expert from Chile made deputy focal point for Mexico."""
    user = make_expert("deputy-mx@example.org", "CL", is_staff=True)
    user_set_roles(user=user, roles={Role.EXPERT, Role.FOCAL_POINT}, by=secretariat)
    focal_countries_set(user=user, countries=Country.objects.filter(iso2="MX"), by=secretariat)
    return user


def test_the_rule_lists_exactly_the_granted_countries(focal_ar_br, deputy_mx, focal_ar, secretariat):
    assert set(Country.objects.editable_by(focal_ar_br).values_list("iso2", flat=True)) == {"AR", "BR"}
    assert list(Country.objects.editable_by(deputy_mx).values_list("iso2", flat=True)) == ["MX"]
    assert list(Country.objects.editable_by(focal_ar).values_list("iso2", flat=True)) == ["AR"]
    assert Country.objects.editable_by(secretariat).count() == Country.objects.count()


def test_focal_point_of_two_countries_chooses_between_them(client_for, focal_ar_br, directory):
    client = client_for(focal_ar_br)
    page = client.get(reverse("contacts:manage_index"))
    assert page.status_code == 200  # not sent to one of them
    text = page.content.decode()
    assert reverse("contacts:manage_country", args=["ar"]) in text
    assert reverse("contacts:manage_country", args=["br"]) in text
    assert reverse("contacts:manage_country", args=["mx"]) not in text
    assert "My countries' entries" in text


def test_focal_point_of_two_countries_edits_both_and_no_third(client_for, focal_ar_br, directory):
    client = client_for(focal_ar_br)
    assert client.get(reverse("contacts:manage_country", args=["ar"])).status_code == 200
    assert "Polícia Federal" in client.get(reverse("contacts:manage_country", args=["br"])).content.decode()
    third = client.get(reverse("contacts:manage_country", args=["mx"]))
    assert third.status_code == 404
    assert "no-store" in third["Cache-Control"]
    assert client.get(reverse("contacts:unit_edit", args=[directory["mx"].pk])).status_code == 404
    assert client.get(reverse("contacts:contact_edit", args=[directory["mx_point"].pk])).status_code == 404
    response = client.post(reverse("contacts:contact_confirm", args=[directory["br_point"].pk]))
    assert response.status_code == 302
    assert ContactPoint.objects.get(pk=directory["br_point"].pk).last_verified_by == focal_ar_br
    assert client.post(reverse("contacts:contact_confirm", args=[directory["mx_point"].pk])).status_code == 404


def test_deputy_focal_point_edits_the_country_they_deputise_for(client_for, deputy_mx, focal_ar, directory):
    client = client_for(deputy_mx)
    response = client.get(reverse("contacts:manage_index"))
    assert response["Location"] == reverse("contacts:manage_country", args=["mx"])
    assert "Policía Cibernética" in client.get(response["Location"]).content.decode()
    # Their own profile's country (Chile) and Argentina are not theirs to edit.
    assert client.get(reverse("contacts:manage_country", args=["cl"])).status_code == 404
    assert client.get(reverse("contacts:unit_edit", args=[directory["ar"].pk])).status_code == 404
    # Update requests reach the deputy as well as the country's other focal points.
    assert list(focal_points_for(Country.objects.get(iso2="MX"))) == [deputy_mx]
    assert list(focal_points_for(Country.objects.get(iso2="AR"))) == [focal_ar]


def test_services_refuse_a_third_country(focal_ar_br, directory):
    entry_save(entry=NationalUnit.objects.get(pk=directory["br"].pk), by=focal_ar_br)
    with pytest.raises(PermissionDenied, match="your own country"):
        entry_save(entry=NationalUnit.objects.get(pk=directory["mx"].pk), by=focal_ar_br)


def test_admin_lists_both_countries_and_hides_the_third(client_for, focal_ar_br, directory):
    client = client_for(focal_ar_br)
    page = client.get(reverse("admin:contacts_contactpoint_changelist")).content.decode()
    assert "Valentina Restricted" in page and "Plantão 24/7" in page
    assert "Mesa 24/7" not in page
    assert client.get(reverse("admin:contacts_nationalunit_change", args=[directory["br"].pk])).status_code == 200
    other = client.get(reverse("admin:contacts_contactpoint_change", args=[directory["mx_point"].pk]))
    assert other.status_code in (302, 404)
    assert "mesa-mx@example.org" not in other.content.decode()
    add_form = client.get(reverse("admin:contacts_nationalunit_add")).content.decode()
    assert 'value="AR"' in add_form and 'value="BR"' in add_form and 'value="MX"' not in add_form
    refused = client.post(reverse("admin:contacts_nationalunit_add"),
                          {"country": "MX", "name": "Intrusa", "kind": "police", "description_en": ""})
    assert refused.status_code == 200 and "Select a valid choice" in refused.content.decode()
    assert not NationalUnit.objects.filter(name="Intrusa").exists()


def test_deputy_sees_only_their_country_in_the_admin(client_for, deputy_mx, directory):
    client = client_for(deputy_mx)
    page = client.get(reverse("admin:contacts_contactpoint_changelist")).content.decode()
    assert "Mesa 24/7" in page
    assert "Valentina Restricted" not in page and "Plantão 24/7" not in page


def test_suspension_and_role_removal_withdraw_the_countries(focal_ar_br, secretariat, directory, client_for):
    from portal.accounts.services import expert_approve, expert_suspend

    expert_suspend(profile=focal_ar_br.expert_profile, by=secretariat)
    assert not Country.objects.editable_by(focal_ar_br).exists()
    expert_approve(profile=focal_ar_br.expert_profile, by=secretariat)
    assert set(Country.objects.editable_by(focal_ar_br).values_list("iso2", flat=True)) == {"AR", "BR"}
    user_set_roles(user=focal_ar_br, roles={Role.EXPERT}, by=secretariat)
    assert not Country.objects.editable_by(focal_ar_br).exists()
    event = AuditEvent.objects.filter(action="focal.countries_changed", target=focal_ar_br.email).latest("id")
    assert event.actor == secretariat and event.details == {"granted": [], "withdrawn": ["AR", "BR"]}
    assert client_for(focal_ar_br).get(reverse("contacts:manage_country", args=["br"])).status_code == 404


def test_giving_the_focal_point_role_grants_the_profiles_country(expert_br, secretariat):
    assert not Country.objects.editable_by(expert_br).exists()
    user_set_roles(user=expert_br, roles={Role.EXPERT, Role.FOCAL_POINT}, by=secretariat)
    assert list(Country.objects.editable_by(expert_br).values_list("iso2", flat=True)) == ["BR"]
    event = AuditEvent.objects.get(action="focal.countries_changed", target=expert_br.email)
    assert event.actor == secretariat and event.details == {"granted": ["BR"], "withdrawn": []}


def test_secretariat_adds_a_country_on_the_users_admin_page(client_for, secretariat, focal_ar):
    from django.contrib.auth.models import Group

    client = client_for(secretariat)
    url = reverse("admin:accounts_user_change", args=[focal_ar.pk])
    form_page = client.get(url).content.decode()
    assert "Countries kept current (focal point)" in form_page
    data = admin_user_change_data(
        focal_ar,
        groups=[Group.objects.get(name=Role.EXPERT).pk, Group.objects.get(name=Role.FOCAL_POINT).pk],
        focal_countries=["AR", "UY"],
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert set(Country.objects.editable_by(focal_ar).values_list("iso2", flat=True)) == {"AR", "UY"}
    event = AuditEvent.objects.get(action="focal.countries_changed", target=focal_ar.email)
    assert event.actor == secretariat and event.details == {"granted": ["UY"], "withdrawn": []}


def test_changing_a_focal_points_country_moves_the_permission(secretariat, focal_ar):
    from portal.accounts.services import expert_profile_country_changed

    profile = focal_ar.expert_profile
    profile.country_id = "CL"
    profile.save()
    expert_profile_country_changed(profile=profile, previous_country=Country.objects.get(iso2="AR"), by=secretariat)
    assert list(Country.objects.editable_by(focal_ar).values_list("iso2", flat=True)) == ["CL"]


def test_the_migration_grants_existing_focal_points_their_country(focal_ar, suspended_expert, expert_br):
    import importlib

    from django.apps import apps

    from portal.models import CountryUserObjectPermission

    CountryUserObjectPermission.objects.all().delete()
    migration = importlib.import_module("portal.migrations.0005_grant_focal_point_countries")
    migration.grant(apps, None)
    assert list(CountryUserObjectPermission.objects.values_list("user__email", "content_object_id")) == [
        (focal_ar.email, "AR")
    ]
    assert focal_ar.has_perm("portal.keep_country_current", Country.objects.get(iso2="AR"))  # guardian's own check


def test_secretariat_moving_a_focal_points_profile_moves_their_country(client_for, secretariat, focal_ar):
    profile = focal_ar.expert_profile
    response = client_for(secretariat).post(reverse("admin:accounts_expertprofile_change", args=[profile.pk]), {
        "country": "CL", "institution": profile.institution, "position": profile.position,
        "reason": profile.reason, "decision_note": "",
    })
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert list(Country.objects.editable_by(focal_ar).values_list("iso2", flat=True)) == ["CL"]
    event = AuditEvent.objects.get(action="focal.countries_changed", target=focal_ar.email)
    assert event.actor == secretariat and event.details == {"granted": ["CL"], "withdrawn": ["AR"]}
