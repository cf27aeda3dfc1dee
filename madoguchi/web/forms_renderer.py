"""How every form field is drawn: Django's own templates, except a single checkbox, which
goes before its label on one line (as_div and as_field_group put the label first and the
box on a line of its own, centred under it on a phone; CSS could not reorder it reliably
because the markup differs between as_div and as_field_group)."""

from __future__ import annotations

from django.forms.renderers import DjangoTemplates


class FormRenderer(DjangoTemplates):
    field_template_name = "madoguchi/forms/field.html"
