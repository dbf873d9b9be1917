"""What the contributions app holds about a person (core/holders.py)."""

from django.utils.translation import gettext_lazy as _

from praxisdialog.core.holders import Consent, Holder, as_json, register, row

from .models import Contribution, HelpfulMark
from .selectors import contribution_get_for_consent, contribution_list_consented
from .services import contribution_consent_withdraw, contribution_list_erase_for_account

FIELDS = [
    "id",
    "title",
    "status",
    "sector",
    "region",
    "language",
    "attribution",
    *("challenge", "approach", "results", "lessons", "transfer"),
    "consent_at",
    "consent_version",
    "created_at",
    "submitted_at",
    "published_at",
]


def export(user) -> dict:
    items = []
    contributions = (
        Contribution.objects.filter(author=user)
        .select_related("call", "role", "setting")
        .prefetch_related("answers__question", "versions", "reviews")
    )
    for contribution in contributions:
        item = row(contribution, FIELDS)
        item["call"] = contribution.call.title
        item["role"] = str(contribution.role)
        item["setting"] = str(contribution.setting)
        item["answers"] = [
            {"question": answer.question.text, "answer": answer.text}
            for answer in contribution.answers.all()
        ]
        item["versions"] = [
            {
                "number": version.number,
                "created_at": as_json(version.created_at),
                **version.snapshot,
            }
            for version in contribution.versions.all()
        ]
        item["review_decisions"] = [
            row(review, ["decision", "message", "created_at"])
            for review in contribution.reviews.all()
        ]
        items.append(item)
    marks = HelpfulMark.objects.filter(user=user).select_related("contribution")
    return {
        "contributions": items,
        "marked_helpful": [
            {"contribution": mark.contribution.title, "created_at": as_json(mark.created_at)}
            for mark in marks
        ],
    }


def erase(ctx) -> None:
    contribution_list_erase_for_account(
        user=ctx.user, placeholder=ctx.placeholder, keep_content=ctx.keep_content
    )


def withdraw_publication(*, user, obj) -> Contribution:
    return contribution_consent_withdraw(contribution=obj)


register(
    Holder(
        "contributions",
        _("Contributions"),
        order=30,
        export=export,
        erase=erase,
        consents={
            "publication": Consent(
                given=lambda user: contribution_list_consented(user=user),
                get=lambda pk: contribution_get_for_consent(pk=pk),
                withdraw=withdraw_publication,
            )
        },
    )
)
