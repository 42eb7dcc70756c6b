"""Forms of the workspace pages. Each one validates input; services do the writing."""

from django import forms
from django.contrib.postgres.forms import SimpleArrayField
from django.utils.translation import gettext_lazy as _

from portal.accounts.models import User
from portal.models import Country
from portal.search import clean_query
from workspaces.models import GoodPractice, Notify, Role


def _message_field(rows: int) -> forms.CharField:
    """A post's text, the same for a thread's first post and for a reply (only the box's height differs)."""
    return forms.CharField(
        label=_("Message"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=_("Markdown: **bold**, *italic*, [links](https://…), lists. HTML is shown as text."),
    )


class ThreadForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    body = _message_field(rows=8)


class PostForm(forms.Form):
    body = _message_field(rows=6)


class GoodPracticeForm(forms.ModelForm):
    topics = SimpleArrayField(
        forms.CharField(max_length=60),
        label=_("Topics"),
        required=False,
        max_length=12,
        help_text=_("Separated by commas, e.g. ransomware, electronic evidence."),
    )

    class Meta:
        model = GoodPractice
        fields = ["title", "problem", "practice", "results", "country", "topics", "contact"]
        widgets = {
            "problem": forms.Textarea(attrs={"rows": 5}),
            "practice": forms.Textarea(attrs={"rows": 8}),
            "results": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, workspace, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = Country.objects.order_by("name")
        # The contact person is one of the workspace's members.
        self.fields["contact"].queryset = User.objects.filter(workspace_memberships__workspace=workspace).order_by(
            "last_name", "first_name"
        )
        self.fields["contact"].required = False

    def clean_topics(self):
        return [topic.strip().lower() for topic in self.cleaned_data["topics"] if topic.strip()]


class DocumentUploadForm(forms.Form):
    file = forms.FileField(label=_("File"), allow_empty_file=True)
    title = forms.CharField(label=_("Title"), max_length=200, required=False, help_text=_("The file name if empty."))
    description = forms.CharField(
        label=_("Description"), max_length=4000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class DocumentVersionForm(forms.Form):
    file = forms.FileField(label=_("New version"), allow_empty_file=True)
    note = forms.CharField(label=_("What changed"), max_length=300, required=False)


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email address"))
    role = forms.ChoiceField(label=_("Role"), choices=[])

    def __init__(self, *args, roles: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = [(r, label) for r, label in Role.choices if r in roles]
        self.fields["role"].initial = Role.MEMBER


class JoinRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Why you would like to join"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class JoinDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", _("Accept")), ("decline", _("Decline"))])
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[(Role.READER, Role.READER.label), (Role.MEMBER, Role.MEMBER.label)],
        initial=Role.MEMBER,
        required=False,
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class NotificationForm(forms.Form):
    notify = forms.ChoiceField(label=_("Email me about new items"), choices=Notify.choices, widget=forms.RadioSelect)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search this workspace"), max_length=500, required=False)

    def clean_q(self):
        return clean_query(self.cleaned_data["q"])
