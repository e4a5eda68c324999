"""Form widgets every app shares."""

from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise


class ScoreButtons(forms.widgets.ChoiceWidget):
    """A score (0 to 10) as a row of large tap targets.

    Real radio buttons drawn as buttons: arrow keys, screen readers and pages without
    JavaScript work as for any radio group, and no number keyboard opens on a phone. An
    optional score adds a "Not recorded" choice, so an answer can be taken back.

    Not a RadioSelect subclass on purpose: crispy-forms draws those itself as a stacked
    list, while this widget gets crispy's fieldset and legend around its own template."""

    input_type = "radio"
    template_name = "includes/score_buttons.html"
    use_fieldset = True

    def __init__(
        self,
        *,
        low: int = 0,
        high: int = 10,
        low_label: StrOrPromise = "",
        high_label: StrOrPromise = "",
        optional: bool = True,
        attrs: dict | None = None,
    ) -> None:
        choices: list[tuple[str, StrOrPromise]] = [
            (str(value), str(value)) for value in range(low, high + 1)
        ]
        if optional:
            choices.append(("", _("Not recorded")))
        super().__init__(attrs, choices)
        self.low_label = low_label
        self.high_label = high_label

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["low_label"] = self.low_label
        context["widget"]["high_label"] = self.high_label
        return context

    def id_for_label(self, id_, index=None):
        # The group's legend names it; no label points at a single button (as RadioSelect).
        if index is None:
            return ""
        return super().id_for_label(id_, index)

    def render(self, name, value, attrs=None, renderer=None):
        # The project's templates folder, which the default form renderer does not search.
        return super().render(name, value, attrs, renderer=TemplatesSetting())
