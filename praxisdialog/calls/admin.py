from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

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
    formset = QuestionFormSet
    extra = 0
    min_num = 1
    max_num = Question.MAX_PER_CALL
    fields = ["position", "text", "text_en", "help_text", "help_text_en", "required"]


class PhaseInline(admin.TabularInline):
    model = Phase
    extra = 0
    fields = ["kind", "starts_at", "ends_at", "description", "description_en"]


@admin.register(Call)
class CallAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "published_at"]
    list_filter = ["status"]
    search_fields = ["title", "teaser"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["roles", "settings"]
    inlines = [QuestionInline, PhaseInline]
    actions = ["publish_calls", "archive_calls"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "status", "teaser", "body"]}),
        (_("English"), {"fields": ["title_en", "teaser_en", "body_en"]}),
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
    list_display = ["name", "name_en", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "name_en"]
