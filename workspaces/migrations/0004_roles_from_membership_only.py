"""Workspace roles have one source, Membership.role: the guardian tables that repeated them go
(with their rows). Rights are derived from the role (workspaces.access, workspaces.backends)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('workspaces', '0003_unaccent_search'),
    ]

    operations = [
        migrations.AlterUniqueTogether(
            name='workspaceuserobjectpermission',
            unique_together=None,
        ),
        migrations.RemoveField(
            model_name='workspaceuserobjectpermission',
            name='content_object',
        ),
        migrations.RemoveField(
            model_name='workspaceuserobjectpermission',
            name='permission',
        ),
        migrations.RemoveField(
            model_name='workspaceuserobjectpermission',
            name='user',
        ),
        migrations.DeleteModel(
            name='WorkspaceGroupObjectPermission',
        ),
        migrations.DeleteModel(
            name='WorkspaceUserObjectPermission',
        ),
    ]
