import pytest

from portal.accounts.models import Role
from tests.conftest import make_expert


@pytest.fixture
def staff_focal_ar(db):
    """The focal point for Argentina as the admin knows them: staff, with the group's permissions."""
    from portal.demo import _grant_focal_point_permissions

    user = make_expert("focal-ar-admin@example.org", "AR", roles=(Role.EXPERT, Role.FOCAL_POINT), is_staff=True)
    _grant_focal_point_permissions()
    return user


@pytest.fixture(autouse=True)
def _english():
    """URLs built in tests (get_absolute_url) are the English ones, whatever a request activated."""
    from django.utils import translation

    with translation.override("en"):
        yield
