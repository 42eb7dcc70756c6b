"""The answer form: one field per question (and a comment), built from the questionnaire."""

from django import forms
from django.utils.translation import gettext_lazy as _

from recommendations.models import Question, Status


def _field_for(question: Question):
    common = {"label": question.text, "help_text": question.help_text, "required": False}
    kind = question.kind
    if kind == Question.Kind.YES_NO:
        return forms.ChoiceField(choices=[("yes", _("Yes")), ("no", _("No"))], widget=forms.RadioSelect, **common)
    if kind == Question.Kind.CHOICE:
        return forms.ChoiceField(choices=[("", "—")] + [(o, o) for o in question.option_list()], **common)
    if kind == Question.Kind.CHOICES:
        return forms.MultipleChoiceField(choices=[(o, o) for o in question.option_list()],
                                         widget=forms.CheckboxSelectMultiple, **common)
    if kind == Question.Kind.STATUS:
        return forms.ChoiceField(choices=[("", "—"), *Status.choices], **common)
    if kind == Question.Kind.NUMBER:
        return forms.CharField(max_length=40, widget=forms.TextInput(attrs={"inputmode": "decimal"}), **common)
    if kind == Question.Kind.DATE:
        return forms.CharField(max_length=10, widget=forms.DateInput(attrs={"type": "date"}), **common)
    if kind == Question.Kind.FILE:
        return forms.FileField(**common)
    return forms.CharField(max_length=10000, widget=forms.Textarea(attrs={"rows": 4}), **common)


class ResponseForm(forms.Form):
    """Answers are checked by the service (recommendations.services.response_save), which names each problem."""

    language = forms.ChoiceField(label=_("Language of the answers"), choices=[
        ("en", _("English")), ("es", _("Spanish")), ("pt", _("Portuguese")), ("fr", _("French"))])

    def __init__(self, *args, questions, answers, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            answer = answers.get(question.pk)
            field = _field_for(question)
            if answer is not None:
                field.initial = answer.choices if question.kind == Question.Kind.CHOICES else answer.value
            self.fields[f"q{question.pk}"] = field
            self.fields[f"c{question.pk}"] = forms.CharField(
                label=_("Evidence or comment"), required=False, max_length=4000,
                widget=forms.Textarea(attrs={"rows": 2}), initial=answer.comment if answer else "",
            )

    def raw_values(self):
        """(values, comments, files) keyed by question pk, as the service takes them."""
        values, comments, files = {}, {}, {}
        for question in self.questions:
            name = f"q{question.pk}"
            if question.kind == Question.Kind.FILE:
                upload = self.files.get(name)
                if upload is not None:
                    files[question.pk] = upload
            elif question.kind == Question.Kind.CHOICES:
                values[question.pk] = self.data.getlist(name)
            elif name in self.data:
                values[question.pk] = self.data.get(name)
            comments[question.pk] = self.data.get(f"c{question.pk}", "")
        return values, comments, files


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), choices=[("accept", _("Accept")), ("return", _("Return to the state"))])
    note = forms.CharField(label=_("Note to the state"), required=False, max_length=4000,
                           widget=forms.Textarea(attrs={"rows": 3}))
