from django.contrib import admin

from .models import Answer, Contribution, ContributionReview, ContributionVersion


class AnswerInline(admin.StackedInline):
    model = Answer
    extra = 0


class VersionInline(admin.TabularInline):
    model = ContributionVersion
    extra = 0
    readonly_fields = ["number", "snapshot", "created_at"]
    can_delete = False


class ReviewInline(admin.TabularInline):
    model = ContributionReview
    extra = 0
    readonly_fields = ["reviewer", "decision", "message", "created_at"]
    can_delete = False


@admin.register(Contribution)
class ContributionAdmin(admin.ModelAdmin):
    """Reviewing happens on the review page of the site; the admin is for corrections."""

    list_display = ["title", "call", "status", "role", "setting", "region", "published_at"]
    list_filter = ["status", "call", "role", "setting", "region", "language"]
    search_fields = ["title", "author__email", "author__display_name"]
    raw_id_fields = ["author"]
    readonly_fields = ["consent_at", "consent_version", "privacy_findings", "helpful_count"]
    inlines = [AnswerInline, VersionInline, ReviewInline]
