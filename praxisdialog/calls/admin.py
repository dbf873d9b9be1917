from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from praxisdialog.core.translated_forms import (
    translated_form,
    version_field_names,
    version_fieldsets,
)

from . import services
from .models import Call, Phase, Question, Role, Setting


class QuestionFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        kept = [
            form
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE", False)
        ]
        if not 1 <= len(kept) <= Question.MAX_PER_CALL:
            raise ValidationError(_("A call needs between one and six guiding questions."))


class QuestionInline(admin.StackedInline):
    model = Question
    form = translated_form(Question)
    formset = QuestionFormSet
    extra = 0
    min_num = 1
    max_num = Question.MAX_PER_CALL
    fieldsets = [
        (None, {"fields": ["position", "text", "help_text", "required"]}),
        *version_fieldsets(Question),
    ]


class PhaseInline(admin.StackedInline):
    model = Phase
    form = translated_form(Phase)
    extra = 0
    fieldsets = [
        (None, {"fields": ["kind", "starts_at", "ends_at", "description"]}),
        *version_fieldsets(Phase),
    ]


@admin.register(Call)
class CallAdmin(admin.ModelAdmin):
    form = translated_form(Call)
    list_display = ["title", "status", "published_at"]
    list_filter = ["status"]
    search_fields = ["title", "teaser"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["roles", "settings"]
    inlines = [QuestionInline, PhaseInline]
    actions = ["publish_calls", "archive_calls"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "status", "teaser", "body", "plain_summary"]}),
        *version_fieldsets(Call),
        (_("Who is addressed"), {"fields": ["roles", "settings"]}),
        (_("Contact"), {"fields": ["contact_name", "contact_function", "contact_email"]}),
    ]

    @admin.action(description=_("Publish the selected calls"))
    def publish_calls(self, request, queryset):
        published = 0
        for call in queryset:
            try:
                services.call_publish(call=call)
                published += 1
            except ValidationError as error:
                self.message_user(request, f"{call}: {error.messages[0]}", messages.ERROR)
        if published:
            self.message_user(
                request,
                ngettext("%d call published.", "%d calls published.", published) % published,
            )

    @admin.action(description=_("Archive the selected calls"))
    def archive_calls(self, request, queryset):
        for call in queryset:
            services.call_archive(call=call)


@admin.register(Role, Setting)
class TaxonomyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "translations"]

    def get_form(self, request, obj=None, **kwargs):
        kwargs["form"] = translated_form(self.model)
        return super().get_form(request, obj, **kwargs)

    def get_fieldsets(self, request, obj=None):
        return [
            (None, {"fields": ["slug", "name", "description", "position"]}),
            (_("Other languages"), {"fields": version_field_names(self.model)}),
        ]
