"""Reads of the resonance app: the figures of a call against its thresholds, the
participants of a call, and the published contributions as open data."""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from praxisdialog.calls.models import Call, PhaseKind, Role, Setting
from praxisdialog.contributions.models import Contribution, Region, TextLanguage
from praxisdialog.contributions.selectors import contribution_list_published
from praxisdialog.discussion.models import Comment

from .models import Dossier, ResonanceSettings, ResonanceSnapshot

# Figures older than this are recomputed (in the background) when the dashboard is opened.
SNAPSHOT_MAX_AGE = timedelta(minutes=5)

# Participants whose contributions count as taking part in a call.
PARTICIPATING_STATUSES = [
    Contribution.Status.SUBMITTED,
    Contribution.Status.PUBLISHED,
    Contribution.Status.RETURNED,
]

FIGURES = [
    ("contributions", "min_contributions", _("Contributions")),
    ("contributors", "min_contributors", _("Distinct contributors")),
    ("roles", "min_roles", _("Distinct roles")),
    ("settings", "min_settings", _("Distinct settings")),
    ("comments", "min_comments", _("Comments")),
    ("regions", "min_regions", _("Distinct regions")),
    ("languages", "min_languages", _("Distinct languages")),
]


def resonance_settings_for(call: Call) -> ResonanceSettings:
    """The call's settings, or unsaved defaults (nothing public) when staff set none.
    Cached on the call object, since rules ask for it several times per request."""
    cached = getattr(call, "_resonance_settings", None)
    if cached is None:
        cached = ResonanceSettings.objects.filter(call=call).first() or ResonanceSettings(call=call)
        call._resonance_settings = cached
    return cached


def published_contributions(call: Call) -> QuerySet[Contribution]:
    return Contribution.objects.filter(call=call, status=Contribution.Status.PUBLISHED)


def visible_comments(call: Call) -> QuerySet[Comment]:
    """Published, not deleted comments on the call and on its published contributions."""
    call_type = ContentType.objects.get_for_model(Call)
    contribution_type = ContentType.objects.get_for_model(Contribution)
    return Comment.objects.filter(status=Comment.Status.PUBLISHED, deleted_at__isnull=True).filter(
        Q(content_type=call_type, object_id=call.pk)
        | Q(
            content_type=contribution_type,
            object_id__in=published_contributions(call).values("pk"),
        )
    )


def _collect_window(call: Call) -> tuple[date, date]:
    """The days the chart covers: the collect phase (or the call's life) up to today."""
    today = timezone.localdate()
    phases = {phase.kind: phase for phase in call.phases.all()}
    collect = phases.get(PhaseKind.COLLECT)
    start = collect.starts_at if collect else (call.published_at or call.created_at)
    end = collect.ends_at if collect and collect.ends_at else None
    first = timezone.localtime(start).date()
    last = min(today, timezone.localtime(end).date()) if end else today
    return first, max(first, last)


def resonance_compute(*, call: Call) -> dict:
    """Counts everything the dashboard shows, in one pass over the published
    contributions and one over the visible comments: on SQLite that is several times
    faster than a grouped query per figure. Run by the refresh service, never by a page."""
    first, last = _collect_window(call)
    authors, roles, settings = set(), set(), set()
    grid, languages, regions, per_day = Counter(), Counter(), Counter(), Counter()
    count = 0
    adoptions, adopted = 0, []
    rows = published_contributions(call).values_list(
        "author_id",
        "role_id",
        "setting_id",
        "region",
        "language",
        "published_at",
        "adoption_count",
        "pk",
        "title",
    )
    for (
        author,
        role,
        setting,
        region,
        language,
        published_at,
        adoption_count,
        pk,
        title,
    ) in rows.iterator(2000):
        count += 1
        if adoption_count:
            adoptions += adoption_count
            adopted.append((adoption_count, pk, title))
        authors.add(author)
        roles.add(role)
        settings.add(setting)
        grid[role, setting] += 1
        languages[language] += 1
        if region:
            regions[region] += 1
        if published_at is not None:
            per_day[timezone.localtime(published_at).date()] += 1
    comments_per_day = Counter(
        timezone.localtime(created_at).date()
        for created_at in visible_comments(call).values_list("created_at", flat=True).iterator(2000)
    )
    totals = {
        "contributions": count,
        "contributors": len(authors),
        "roles": len(roles),
        "settings": len(settings),
        "regions": len(regions),
        "languages": len(languages),
        "comments": sum(comments_per_day.values()),
        "adoptions": adoptions,
        "adopted": len(adopted),
    }
    running = sum(n for day, n in per_day.items() if day < first)
    comment_running = sum(n for day, n in comments_per_day.items() if day < first)
    daily = []
    day = first
    while day <= last:
        running += per_day.get(day, 0)
        comment_running += comments_per_day.get(day, 0)
        daily.append([day.isoformat(), running, comment_running])
        day += timedelta(days=1)
    return {
        "totals": totals,
        "daily": daily,
        "grid": [[role, setting, n] for (role, setting), n in sorted(grid.items())],
        "languages": [list(row) for row in languages.most_common()],
        "regions": [list(row) for row in regions.most_common()],
        # The practices others reported adopting most often: [id, title, adoptions].
        "most_adopted": [
            [pk, title, n] for n, pk, title in sorted(adopted, key=lambda r: (-r[0], r[1]))[:10]
        ],
    }


def snapshot_for(call: Call) -> ResonanceSnapshot | None:
    return ResonanceSnapshot.objects.filter(call=call).first()


def snapshot_is_stale(snapshot: ResonanceSnapshot | None) -> bool:
    return snapshot is None or timezone.now() - snapshot.computed_at > SNAPSHOT_MAX_AGE


@dataclass
class Figure:
    key: str
    label: str
    value: int
    threshold: int | None

    @property
    def met(self) -> bool:
        return self.threshold is None or self.value >= self.threshold

    @property
    def missing(self) -> int:
        return 0 if self.threshold is None else max(self.threshold - self.value, 0)

    @property
    def bar_max(self) -> int:
        return max(self.threshold or 0, self.value, 1)


def figures_against_thresholds(*, data: dict, settings: ResonanceSettings) -> list[Figure]:
    totals = data.get("totals", {})
    return [
        Figure(key, str(label), totals.get(key, 0), getattr(settings, field))
        for key, field, label in FIGURES
    ]


def thresholds_met(*, data: dict, settings: ResonanceSettings) -> bool:
    return all(figure.met for figure in figures_against_thresholds(data=data, settings=settings))


def _label(choices, value: str) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return value


@dataclass
class GridRow:
    role: Role
    cells: list[int]

    @property
    def total(self) -> int:
        return sum(self.cells)


def grid_for(*, call: Call, data: dict) -> tuple[list[Setting], list[GridRow]]:
    """Roles by settings: the ones the call addresses and any that appear in contributions.
    Zero cells show who has not spoken yet."""
    counts = {(role, setting): n for role, setting, n in data.get("grid", [])}
    role_ids = {role.pk for role in call.roles.all()} | {role for role, _s in counts}
    setting_ids = {setting.pk for setting in call.settings.all()} | {s for _r, s in counts}
    roles = list(Role.objects.filter(pk__in=role_ids).order_by("position", "name"))
    settings = list(Setting.objects.filter(pk__in=setting_ids).order_by("position", "name"))
    rows = [
        GridRow(role, [counts.get((role.pk, setting.pk), 0) for setting in settings])
        for role in roles
    ]
    return settings, rows


def labelled_languages(data: dict) -> list[tuple[str, int]]:
    return [(_label(TextLanguage, code), n) for code, n in data.get("languages", [])]


def labelled_regions(data: dict) -> list[tuple[str, int]]:
    return [(_label(Region, code), n) for code, n in data.get("regions", [])]


def participants_of(*, call: Call) -> list:
    """Everyone who took part in a call, once: contributors, commenters and followers."""
    from praxisdialog.accounts.models import User

    call_type = ContentType.objects.get_for_model(Call)
    contributor_ids = Contribution.objects.filter(
        call=call, status__in=PARTICIPATING_STATUSES
    ).values("author_id")
    commenter_ids = visible_comments(call).values("author_id")
    from praxisdialog.notifications.models import Follow

    follower_ids = Follow.objects.filter(content_type=call_type, object_id=call.pk).values(
        "user_id"
    )
    return list(
        User.objects.filter(
            Q(pk__in=contributor_ids) | Q(pk__in=commenter_ids) | Q(pk__in=follower_ids),
            is_active=True,
        ).order_by("pk")
    )


def open_data_contributions(*, call: Call) -> QuerySet[Contribution]:
    """Published contributions with what their pages show; never an e-mail address."""
    return contribution_list_published(call=call).order_by("published_at", "pk")


def open_data_record(contribution: Contribution) -> dict:
    return {
        "id": contribution.pk,
        "title": contribution.title,
        "author": contribution.byline,
        "role": contribution.role.label,
        "setting": contribution.setting.label,
        "sector": contribution.get_sector_display() if contribution.sector else "",
        "region": contribution.get_region_display() if contribution.region else "",
        "language": contribution.language,
        "published_at": contribution.published_at.isoformat() if contribution.published_at else "",
        "answers": [
            {"question": answer.question.display_text, "text": answer.text}
            for answer in contribution.answers.all()
        ],
        **{name: getattr(contribution, name) for name in Contribution.DEEPER_FIELDS},
        "practice": practice_record(contribution),
        "url": contribution.get_absolute_url(),
    }


def _month(year, month) -> str:
    if not year:
        return ""
    return f"{year}-{month:02d}" if month else str(year)


def practice_record(contribution: Contribution) -> dict:
    """The facts of the practice as codes (the API's values), so that reuse does not
    depend on the language of the export."""
    return {
        "started": _month(contribution.started_year, contribution.started_month),
        "continuation": contribution.continuation,
        "ended": _month(contribution.ended_year, contribution.ended_month),
        "reach": contribution.reach,
        "effort": contribution.effort,
        "cost": contribution.cost,
        "integration_fields": contribution.fact_values("integration_field"),
        "innovation_types": contribution.fact_values("innovation_type"),
        "partners": contribution.fact_values("partner"),
        "funding": contribution.fact_values("funding"),
        "evidence_level": contribution.evidence_level,
        "evidence_confirmed": contribution.evidence_confirmed,
        "evidence_url": contribution.evidence_url,
        "badges": contribution.badges,
        "state": contribution.practice_state,
        "last_confirmed_at": contribution.last_confirmed_at.isoformat()
        if contribution.last_confirmed_at
        else "",
        "adoptions": contribution.adoption_count,
    }


# The columns of the practice in the CSV export: key of practice_record -> header.
PRACTICE_COLUMNS = [
    ("started", _("Started")),
    ("continuation", _("Still running?")),
    ("ended", _("Ended")),
    ("reach", _("People reached")),
    ("effort", _("Effort")),
    ("cost", _("Cost")),
    ("integration_fields", _("Fields of integration")),
    ("innovation_types", _("Types of innovation")),
    ("partners", _("Partners")),
    ("funding", _("Funding")),
    ("evidence_level", _("Evidence")),
    ("evidence_confirmed", _("Evidence checked")),
    ("evidence_url", _("Link to the evidence")),
    ("badges", _("Badges")),
    ("state", _("State of the practice")),
    ("last_confirmed_at", _("Last confirmed")),
    ("adoptions", _("Adopted by others")),
]


def practice_cells(record: dict) -> list:
    """The practice columns of a CSV row; lists as values separated by "|"."""
    practice = record["practice"]
    return [
        "|".join(value) if isinstance(value, list) else value
        for value in (practice[key] for key, _label in PRACTICE_COLUMNS)
    ]


DEEPER_LABELS = [
    (name, Contribution._meta.get_field(name).verbose_name) for name in Contribution.DEEPER_FIELDS
]


def open_data_document(*, call: Call, absolute, offset: int = 0, limit: int | None = None) -> dict:
    """The open data of a call as one JSON-ready document; `absolute` makes full URLs."""
    resonance_settings = resonance_settings_for(call)
    contributions = open_data_contributions(call=call)
    total = contributions.count()
    window = contributions[offset : offset + limit] if limit else contributions[offset:]
    items = []
    for contribution in window:
        record = open_data_record(contribution)
        record["url"] = absolute(record["url"])
        items.append(record)
    return {
        "call": {
            "slug": call.slug,
            "title": call.display_title,
            "url": absolute(call.get_absolute_url()),
        },
        "licence": {
            "id": resonance_settings.licence,
            "name": str(resonance_settings.get_licence_display()),
            "url": resonance_settings.licence_url,
        },
        "count": total,
        "contributions": items,
    }


def dossier_for(call: Call) -> Dossier | None:
    return Dossier.objects.filter(call=call).first()


DOSSIER_THEME_CONTRIBUTIONS = 50


def dossier_themes(call: Call) -> list[dict]:
    """The call's published themes with their contributions (strongest first), as
    {label, contributions}; empty until staff have published a set of themes. Runs in
    the dossier task, one query per theme (there are at most a dozen)."""
    from praxisdialog.insights.selectors import theme_contributions, theme_list_published

    return [
        {
            "label": theme.label,
            "contributions": list(theme_contributions(theme=theme)[:DOSSIER_THEME_CONTRIBUTIONS]),
        }
        for theme in theme_list_published(call=call)
    ]


def call_page_links(*, user, call: Call) -> dict:
    """Which links to results (resonance, themes, open data) the call page shows."""
    from praxisdialog.insights.selectors import published_run

    dossier = dossier_for(call) if user.has_perm("resonance.view_dossier", call) else None
    return {
        "dashboard": user.has_perm("resonance.view_dashboard", call),
        "summary": user.has_perm("resonance.view_summary", call),
        "open_data": user.has_perm("resonance.view_open_data", call),
        "dossier": dossier is not None and dossier.generated_at is not None,
        "themes": published_run(call=call) is not None,
        "curate_themes": user.has_perm("insights.manage_themes"),
    }


@dataclass
class ResonanceState:
    """What the staff console shows of a call's resonance: the verdict of the last
    computed figures (None before any were computed) and the dossier, if any."""

    computed_at: object
    reached: bool | None
    missing: list[Figure]
    dossier: Dossier | None


def resonance_state_by_call(*, calls) -> dict[int, ResonanceState]:
    """Per call id, in three queries whatever the number of calls."""
    ids = [call.pk for call in calls]
    snapshots = {s.call_id: s for s in ResonanceSnapshot.objects.filter(call_id__in=ids)}
    saved = {s.call_id: s for s in ResonanceSettings.objects.filter(call_id__in=ids)}
    dossiers = {d.call_id: d for d in Dossier.objects.filter(call_id__in=ids)}
    states = {}
    for call in calls:
        snapshot = snapshots.get(call.pk)
        settings = saved.get(call.pk) or ResonanceSettings(call=call)
        figures = (
            figures_against_thresholds(data=snapshot.data, settings=settings) if snapshot else []
        )
        states[call.pk] = ResonanceState(
            computed_at=snapshot.computed_at if snapshot else None,
            reached=all(f.met for f in figures) if snapshot else None,
            missing=[f for f in figures if not f.met],
            dossier=dossiers.get(call.pk),
        )
    return states
