"""What a role may do in the admin comes with the role (portal/accounts/roles.py): given in the admin's
user form, with no permission ticked by hand, and kept current by every `migrate`."""

import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.urls import reverse

from portal.accounts.models import AuditEvent, Role
from portal.accounts.roles import PORTAL_APPS
from portal.accounts.services import user_set_roles
from tests.conftest import admin_user_change_data, make_expert, make_user
from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
CHANGELISTS = [
    "/admin/alerts/subscription/", "/admin/portal/outgoingemail/", "/admin/legislation/law/",
    "/admin/recommendations/recommendation/", "/admin/contacts/contactpoint/", "/admin/cooperation/fiche/",
    "/admin/workspaces/workspace/", "/admin/content/event/", "/admin/accounts/auditevent/",
    "/admin/auth/group/",
]


def model_permissions(app_labels, actions=None) -> set[tuple[str, str]]:
    """(app label, codename) of every permission of every model of these apps, read from the app
    registry (what `migrate` makes); `actions`: only these default ones."""
    found = set()
    for label in app_labels:
        for model in apps.get_app_config(label).get_models():
            opts = model._meta
            codenames = [f"{action}_{opts.model_name}" for action in opts.default_permissions]
            codenames += [codename for codename, _name in opts.permissions]
            if actions is not None:
                codenames = [c for c in codenames if c.split("_", 1)[0] in actions]
            found.update((label, codename) for codename in codenames)
    return found


def group_permissions(role: str) -> set[tuple[str, str]]:
    return set(Group.objects.get(name=role).permissions.values_list("content_type__app_label", "codename"))


def give_roles(client, user, roles, *, by) -> None:
    """`by` gives `user` exactly these roles on the admin's user form."""
    client.force_login(by)
    groups = [Group.objects.get(name=role).pk for role in roles]
    response = client.post(reverse("admin:accounts_user_change", args=[user.pk]), admin_user_change_data(user, groups=groups))
    assert response.status_code == 302, response.context["adminform"].form.errors
    user.refresh_from_db()


@pytest.fixture
def superuser(db):
    """The first account of a deployment (`createsuperuser`), with MFA, as the admin requires."""
    user = make_user("root@example.org", mfa=True)
    user.is_staff = user.is_superuser = True
    user.save()
    return user


def test_the_role_groups_hold_every_permission_of_their_apps_after_migrate():
    """The test database was migrated: nothing here gives the groups anything."""
    assert group_permissions(Role.SECRETARIAT) == model_permissions([*PORTAL_APPS, "auth"])
    assert group_permissions(Role.FOCAL_POINT) == model_permissions(
        ["legislation", "contacts", "cooperation"], actions={"view", "add", "change"}
    )
    assert group_permissions(Role.EXPERT) == set()


def test_every_app_of_the_project_is_in_the_secretariats_rights():
    """A new app of the portal is one the secretariat can use in the admin (add its label to PORTAL_APPS)."""
    project_apps = {
        config.label for config in apps.get_app_configs()
        if config.models_module is not None and Path(config.path).resolve().is_relative_to(ROOT)
        and "site-packages" not in Path(config.path).parts
    }
    assert project_apps == set(PORTAL_APPS)


def test_a_model_added_later_is_in_the_roles_after_the_next_migrate():
    new_model = ContentType.objects.create(app_label="legislation", model="newregister")
    for action in ("view", "add", "change", "delete"):
        Permission.objects.create(content_type=new_model, codename=f"{action}_newregister", name=action)
    assert ("legislation", "view_newregister") not in group_permissions(Role.FOCAL_POINT)
    call_command("migrate", verbosity=0, interactive=False)
    assert {f"{a}_newregister" for a in ("view", "add", "change", "delete")} <= {
        codename for label, codename in group_permissions(Role.SECRETARIAT) if label == "legislation"
    }
    focal = {codename for label, codename in group_permissions(Role.FOCAL_POINT) if label == "legislation"}
    assert {"view_newregister", "add_newregister", "change_newregister"} <= focal
    assert "delete_newregister" not in focal


def test_a_person_given_the_secretariat_role_opens_the_admin_of_every_app(client, superuser):
    person = make_user("officer@example.org", mfa=True)
    client.force_login(person)
    assert client.get("/admin/legislation/law/").status_code == 302  # to the admin's sign-in: not staff
    give_roles(client, person, [Role.SECRETARIAT], by=superuser)
    assert person.is_staff
    client.force_login(person)
    for url in CHANGELISTS:
        assert client.get(url).status_code == 200, url
    # Every list the admin has, of every app.
    for model in admin.site._registry:
        if model._meta.app_label in (*PORTAL_APPS, "auth"):
            url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
            assert client.get(url).status_code == 200, url
    # Taking the role away takes the admin away.
    give_roles(client, person, [], by=superuser)
    assert not person.is_staff
    client.force_login(person)
    for url in CHANGELISTS:
        assert client.get(url).status_code == 302, url
    assert AuditEvent.objects.filter(action="auth.roles_changed", target=person.email, actor=superuser).count() == 2


def test_a_person_given_the_focal_point_role_keeps_their_countrys_laws_and_deletes_nothing(client, secretariat):
    person = make_expert("new-focal@example.org", "AR")
    own, other = make_law("AR", title_en="Argentine law"), make_law("BR", title_en="Brazilian law")
    give_roles(client, person, [Role.EXPERT, Role.FOCAL_POINT], by=secretariat)
    assert person.is_staff
    client.force_login(person)
    laws = client.get("/admin/legislation/law/")
    assert laws.status_code == 200
    assert list(laws.context["cl"].result_list) == [own]
    assert "delete_selected" not in [name for name, _label in laws.context["action_form"].fields["action"].choices]
    assert client.get(reverse("admin:legislation_law_change", args=[own.pk])).status_code == 200
    assert client.get(reverse("admin:legislation_law_delete", args=[own.pk])).status_code == 403
    assert client.get(reverse("admin:legislation_law_change", args=[other.pk])).status_code in (302, 403, 404)
    assert client.get("/admin/accounts/user/").status_code == 403  # the secretariat's, not theirs
    # Taking the role away takes the admin away; the Expert role stays.
    give_roles(client, person, [Role.EXPERT], by=secretariat)
    assert not person.is_staff
    client.force_login(person)
    assert client.get("/admin/legislation/law/").status_code == 302


def test_staff_status_is_shown_not_ticked_on_the_user_form(client, superuser):
    person = make_user("officer@example.org", mfa=True)
    client.force_login(superuser)
    page = client.get(reverse("admin:accounts_user_change", args=[person.pk])).content.decode()
    assert 'name="is_staff"' not in page
    assert "Staff status follows the roles" in page
    give_roles(client, person, [], by=superuser)
    response = client.post(
        reverse("admin:accounts_user_change", args=[person.pk]),
        admin_user_change_data(person, groups=[], is_staff="on"),
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert not person.is_staff


def test_a_superusers_staff_status_is_left_alone(superuser):
    user_set_roles(user=superuser, roles=[Role.EXPERT], by=None)
    superuser.refresh_from_db()
    assert superuser.is_staff and superuser.is_superuser


def test_a_role_groups_name_and_permissions_are_shown_not_edited(client, secretariat, django_assert_max_num_queries):
    client.force_login(secretariat)
    group = Group.objects.get(name=Role.FOCAL_POINT)
    with django_assert_max_num_queries(25):  # not one query per permission
        page = client.get(reverse("admin:auth_group_change", args=[group.pk])).content.decode()
    assert 'name="name"' not in page and 'name="permissions"' not in page
    assert "Can change law<br>" in page and "Can delete law" not in page
    assert client.get(reverse("admin:auth_group_delete", args=[group.pk])).status_code == 403
    other = Group.objects.create(name="Reviewers")
    page = client.get(reverse("admin:auth_group_change", args=[other.pk])).content.decode()
    assert 'name="name"' not in page  # only a superuser makes or fills other groups (see below)
    # Nor from the list: a selection with a role's group is refused; another group goes.
    changelist = reverse("admin:auth_group_changelist")
    for selection in ([group.pk, other.pk], [other.pk]):
        client.post(changelist, {"action": "delete_selected", "_selected_action": selection, "post": "yes"})
    assert set(Group.objects.values_list("name", flat=True)) == set(Role.ALL)


def test_the_migration_makes_staff_status_follow_the_roles():
    migration = importlib.import_module("portal.accounts.migrations.0005_staff_follows_roles")
    unticked = make_user("unticked@example.org", roles=(Role.SECRETARIAT,))
    leftover = make_user("leftover@example.org", roles=(Role.EXPERT,), is_staff=True)
    focal = make_user("focal@example.org", roles=(Role.FOCAL_POINT,), is_staff=True)
    root = make_user("root@example.org")
    root.is_superuser, root.is_staff = True, False
    root.save()
    # Rights ticked on a person, not through a role: shown nowhere on their page now.
    email_rights, sessions = Permission.objects.get(codename="change_emailaddress"), Permission.objects.get(
        codename="delete_session")
    leftover.user_permissions.add(email_rights, sessions)
    root.user_permissions.add(email_rights)
    migration.staff_follows_roles(apps, None)
    for user in (unticked, leftover, focal, root):
        user.refresh_from_db()
    assert {user.email: user.is_staff for user in (unticked, leftover, focal, root)} == {
        "unticked@example.org": True, "leftover@example.org": False, "focal@example.org": True, "root@example.org": False,
    }
    assert sorted(AuditEvent.objects.filter(action="auth.staff_follows_roles").values_list("target", "details")) == [
        ("leftover@example.org", {"is_staff": False}), ("unticked@example.org", {"is_staff": True}),
    ]
    assert not leftover.user_permissions.exists() and list(root.user_permissions.all()) == [email_rights]
    assert list(AuditEvent.objects.filter(action="auth.direct_permissions_removed").values_list("target", "details")) == [
        ("leftover@example.org", {"permissions": ["account.change_emailaddress", "sessions.delete_session"]}),
    ]


def test_the_secretariat_cannot_raise_anyone_to_superuser_nor_change_a_superuser(client, secretariat, superuser):
    client.force_login(secretariat)
    own_page = reverse("admin:accounts_user_change", args=[secretariat.pk])
    assert 'name="is_superuser"' not in client.get(own_page).content.decode()
    groups = list(secretariat.groups.values_list("pk", flat=True))
    response = client.post(own_page, admin_user_change_data(secretariat, groups=groups, is_superuser="on"))
    assert response.status_code == 302
    secretariat.refresh_from_db()
    assert not secretariat.is_superuser
    # A superuser's account is shown to the secretariat, not changed by it: not its email, not its password.
    root_page = reverse("admin:accounts_user_change", args=[superuser.pk])
    page = client.get(root_page)
    assert page.status_code == 200 and 'name="email"' not in page.content.decode()
    response = client.post(root_page, admin_user_change_data(superuser, groups=[], email="taken@example.org"))
    assert response.status_code == 403
    assert client.get(reverse("admin:auth_user_password_change", args=[superuser.pk])).status_code == 403
    assert client.get(reverse("admin:accounts_user_delete", args=[superuser.pk])).status_code == 403
    superuser.refresh_from_db()
    assert superuser.email == "root@example.org" and superuser.is_superuser
    # A superuser may still give superuser status.
    client.force_login(superuser)
    assert 'name="is_superuser"' in client.get(own_page).content.decode()


def test_only_a_superuser_makes_or_fills_a_group_beyond_the_roles(client, secretariat, superuser):
    """The secretariat holds every permission of `auth`: a group it could fill would carry rights beyond
    its role (e.g. changing anyone's email address in allauth's tables) to whoever is put in it."""
    other = Group.objects.create(name="Reviewers")
    email_rights = Permission.objects.get(codename="change_emailaddress")
    client.force_login(secretariat)
    assert client.get(reverse("admin:auth_group_add")).status_code == 403
    response = client.post(reverse("admin:auth_group_add"), {"name": "Mine", "permissions": [email_rights.pk]})
    assert response.status_code == 403 and not Group.objects.filter(name="Mine").exists()
    response = client.post(reverse("admin:auth_group_change", args=[other.pk]),
                           {"name": "Reviewers", "permissions": [email_rights.pk]})
    assert response.status_code == 403 and not other.permissions.exists()
    client.force_login(superuser)
    response = client.post(reverse("admin:auth_group_change", args=[other.pk]),
                           {"name": "Reviewers", "permissions": [email_rights.pk]})
    assert response.status_code == 302 and list(other.permissions.all()) == [email_rights]
