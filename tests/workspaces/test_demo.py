import io

from portal import demo as portal_demo
from portal.accounts.models import User
from workspaces import demo
from workspaces.models import Document, GoodPractice, Membership, Role, Thread, Workspace


def test_seed_is_idempotent_and_covers_every_role(db, private_storage):
    out = io.StringIO()
    portal_demo.seed(out)
    demo.seed(out)
    counts = (Workspace.objects.count(), Thread.objects.count(), Document.objects.count(), Membership.objects.count())
    demo.seed(out)
    assert counts == (
        Workspace.objects.count(),
        Thread.objects.count(),
        Document.objects.count(),
        Membership.objects.count(),
    )
    assert Workspace.objects.count() == 3 and all(Workspace.objects.values_list("is_sample", flat=True))
    assert set(Workspace.objects.values_list("join_policy", flat=True)) == {"open", "invitation"}
    for workspace in Workspace.objects.all():
        roles = set(workspace.memberships.values_list("role", flat=True))
        assert roles == set(Role.values), workspace
        assert workspace.threads.exists() and workspace.documents.exists() and workspace.good_practices.exists()
    expert_br = User.objects.get(email="expert-br@example.org")
    expert_mx = User.objects.get(email="expert-mx@example.org")
    assert Workspace.objects.for_user(expert_br).count() == 3
    assert Workspace.objects.for_user(expert_mx).count() == 0
    assert GoodPractice.objects.count() == 3
    assert len([p for p in private_storage.rglob("*") if p.is_file()]) == 3


def test_demo_workspace_is_labelled_sample_data(client, db, private_storage):
    portal_demo.seed(io.StringIO())
    demo.seed(io.StringIO())
    expert_br = User.objects.get(email="expert-br@example.org")
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(expert_br, generate_totp_secret())
    client.force_login(expert_br)
    page = client.get("/en/workspaces/electronic-evidence/").content.decode()
    assert 'class="sample-data"' in page
