"""Reads of the network, each deciding who may see what.

A profile is seen by its owner, and by others only when it is listed: by everyone when
public, by verified participants otherwise, and never across a block (either way).
No read here ever returns an e-mail address, except a conversation partner's who
chose to share it."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Page, Paginator
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from praxisdialog.accounts.selectors import user_is_verified
from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions.models import Region, TextLanguage

from .models import (
    Block,
    ContactRequest,
    Conversation,
    Interest,
    Message,
    Profile,
    ProfileLanguage,
)

# How suggestions are ranked: what meets a need weighs most, the context adds to it.
WEIGHT_THEY_OFFER = 4
WEIGHT_THEY_SEEK = 3
WEIGHT_REGION = 2
WEIGHT_LANGUAGE = 1
WEIGHT_OTHER_SETTING = 1


def interest_list() -> list[Interest]:
    return list(Interest.objects.order_by("position", "name"))


@dataclass
class ProfileFilters:
    """Directory filters from a query string; unknown values are dropped and named in
    `ignored`, so the page can say so instead of failing."""

    q: str = ""
    role: str = ""
    setting: str = ""
    region: str = ""
    language: str = ""
    offer: str = ""
    seek: str = ""
    ignored: list[str] = field(default_factory=list)

    @classmethod
    def from_query(cls, query) -> "ProfileFilters":
        filters = cls(q=(query.get("q") or "").strip()[:100])
        interests = set(Interest.objects.values_list("slug", flat=True))
        allowed = {
            "role": set(Role.objects.values_list("slug", flat=True)),
            "setting": set(Setting.objects.values_list("slug", flat=True)),
            "region": set(Region.values),
            "language": set(TextLanguage.values),
            "offer": interests,
            "seek": interests,
        }
        for name, values in allowed.items():
            value = (query.get(name) or "").strip()
            if not value:
                continue
            if value in values:
                setattr(filters, name, value)
            else:
                filters.ignored.append(name)
        return filters

    @property
    def active(self) -> bool:
        return any(
            (self.q, self.role, self.setting, self.region, self.language, self.offer, self.seek)
        )


def _with_display_relations(queryset: QuerySet[Profile]) -> QuerySet[Profile]:
    return queryset.select_related("role", "setting").prefetch_related(
        Prefetch("offers", queryset=Interest.objects.order_by("position", "name")),
        Prefetch("seeks", queryset=Interest.objects.order_by("position", "name")),
        Prefetch("languages", queryset=ProfileLanguage.objects.order_by("code")),
    )


def _visible_to(queryset: QuerySet[Profile], user) -> QuerySet[Profile]:
    queryset = queryset.filter(is_listed=True, hidden_at__isnull=True)
    if not user.is_authenticated:
        return queryset.filter(visibility=Profile.Visibility.PUBLIC)
    if not (user.is_staff or user_is_verified(user)):
        queryset = queryset.filter(Q(visibility=Profile.Visibility.PUBLIC) | Q(user=user))
    if user.is_staff:
        return queryset
    return queryset.exclude(user__in=Block.objects.filter(blocked=user).values("blocker")).exclude(
        user__in=Block.objects.filter(blocker=user).values("blocked")
    )


def profile_list_visible(*, user, filters: ProfileFilters | None = None) -> QuerySet[Profile]:
    """The directory as this person may see it, filtered, by name."""
    filters = filters or ProfileFilters()
    queryset = _visible_to(Profile.objects.all(), user)
    if filters.q:
        queryset = queryset.filter(
            Q(display_name__icontains=filters.q)
            | Q(organisation__icontains=filters.q)
            | Q(offer_text__icontains=filters.q)
            | Q(seek_text__icontains=filters.q)
        )
    if filters.role:
        queryset = queryset.filter(role__slug=filters.role)
    if filters.setting:
        queryset = queryset.filter(setting__slug=filters.setting)
    if filters.region:
        queryset = queryset.filter(region=filters.region)
    if filters.language:
        queryset = queryset.filter(
            Exists(ProfileLanguage.objects.filter(profile=OuterRef("pk"), code=filters.language))
        )
    if filters.offer:
        queryset = queryset.filter(offers__slug=filters.offer)
    if filters.seek:
        queryset = queryset.filter(seeks__slug=filters.seek)
    return _with_display_relations(queryset).order_by("display_name", "pk")


def profile_list_public() -> QuerySet[Profile]:
    """What outsiders (feeds, exports) may see: listed public profiles only."""
    return profile_list_visible(user=AnonymousUser()).order_by("-updated_at", "-pk")


def profile_get_for_display(*, pk: int, user) -> Profile | None:
    """A profile this person may see, or None (which looks like a missing page)."""
    profile = _with_display_relations(Profile.objects.filter(pk=pk)).first()
    if profile is None or not user.has_perm("network.view_profile", profile):
        return None
    return profile


def profile_get_own(*, user) -> Profile | None:
    if not user.is_authenticated:
        return None
    return _with_display_relations(Profile.objects.filter(user=user)).first()


def contact_state_between(*, user, other_user) -> ContactRequest | None:
    """The open or accepted request between two people, in either direction."""
    if not user.is_authenticated:
        return None
    return (
        ContactRequest.objects.filter(
            Q(sender=user, recipient=other_user) | Q(sender=other_user, recipient=user),
            status__in=ContactRequest.READ_BY_RECIPIENT,
        )
        .select_related("conversation")
        .order_by("-created_at")
        .first()
    )


def _with_profiles(queryset: QuerySet[ContactRequest]) -> QuerySet[ContactRequest]:
    return queryset.select_related(
        "sender__network_profile", "recipient__network_profile", "conversation"
    )


def contact_request_list_received(*, user) -> QuerySet[ContactRequest]:
    return _with_profiles(
        ContactRequest.objects.filter(recipient=user, status=ContactRequest.Status.PENDING)
    ).order_by("created_at", "pk")


def contact_request_list_sent(*, user) -> QuerySet[ContactRequest]:
    return _with_profiles(ContactRequest.objects.filter(sender=user)).order_by("-created_at", "-pk")


def contact_request_list_for_user(*, user) -> QuerySet[ContactRequest]:
    """What a person's contact requests are, in one list: those waiting for their answer
    (oldest first), then those they sent (newest first)."""
    received = Q(recipient=user, status=ContactRequest.Status.PENDING)
    return (
        _with_profiles(ContactRequest.objects.filter(received | Q(sender=user)))
        .annotate(
            sent=Case(When(received, then=Value(0)), default=Value(1)),
            received_at=Case(When(received, then=F("created_at"))),
        )
        .order_by("sent", F("received_at").asc(nulls_last=True), F("created_at").desc(), "-pk")
    )


def contact_request_get_for_participant(*, pk: int, user) -> ContactRequest | None:
    if not user.is_authenticated:
        return None
    return (
        _with_profiles(ContactRequest.objects.filter(pk=pk))
        .filter(Q(sender=user) | Q(recipient=user))
        .first()
    )


def contact_request_get_for_recipient(*, pk: int, user) -> ContactRequest | None:
    """A contact request as its recipient reads it: waiting for their answer, or
    accepted (it opens the conversation); None otherwise, in one query."""
    if not user.is_authenticated:
        return None
    return (
        ContactRequest.objects.filter(
            pk=pk,
            recipient=user,
            status__in=ContactRequest.READ_BY_RECIPIENT,
        )
        .select_related("conversation")
        .first()
    )


def conversation_list_for_user(*, user) -> QuerySet[Conversation]:
    return (
        Conversation.objects.filter(Q(request__sender=user) | Q(request__recipient=user))
        .select_related("request__sender__network_profile", "request__recipient__network_profile")
        .annotate(message_count=Count("messages"))
        .order_by(F("last_message_at").desc(nulls_last=True), "-created_at")
    )


def conversation_get_summary_for_participant(*, pk: int, user) -> Conversation | None:
    """A conversation as the list shows it (with `message_count`, without its
    messages), for its two participants only."""
    if not user.is_authenticated:
        return None
    return conversation_list_for_user(user=user).filter(pk=pk).first()


def message_list_for_conversation(*, conversation: Conversation) -> QuerySet[Message]:
    """The messages of a conversation, oldest first; the caller made sure the reader is
    one of its two people (conversation_get_…_for_participant)."""
    return Message.objects.filter(conversation=conversation).order_by("created_at", "pk")


def conversation_get_for_participant(*, pk: int, user) -> Conversation | None:
    """A conversation with its two people, for them only; its messages are read a page
    at a time (message_page_for_conversation)."""
    if not user.is_authenticated:
        return None
    return (
        Conversation.objects.filter(pk=pk)
        .filter(Q(request__sender=user) | Q(request__recipient=user))
        .select_related("request__sender__network_profile", "request__recipient__network_profile")
        .first()
    )


def message_page_for_conversation(*, conversation: Conversation, number, page_size: int) -> Page:
    """One page of a conversation's messages as its page shows them: page 1 holds the
    newest, each further page older ones; within a page they read oldest first, as a
    conversation does. A page number that is no number, or too large, gives the first or
    the last page (Paginator.get_page)."""
    newest_first = Message.objects.filter(conversation=conversation).order_by("-created_at", "-pk")
    page = Paginator(newest_first, page_size).get_page(number)
    page.object_list = list(page.object_list)[::-1]
    return page


def message_get_for_participant(*, conversation_id: int, pk: int, user) -> Message | None:
    """One message of a conversation, for the two people in it only, in one query; a
    message of another conversation is not found through this one."""
    if not user.is_authenticated:
        return None
    return (
        Message.objects.filter(pk=pk, conversation_id=conversation_id)
        .filter(Q(conversation__request__sender=user) | Q(conversation__request__recipient=user))
        .select_related("conversation__request")
        .first()
    )


def _shown_on_request(
    written: list[tuple[object, int]], *, user, interface_language: str, original: bool
) -> None:
    """Decides for each private text (a message, a contact request's message), given
    with the id of its author, how `user`, reading in `interface_language`, sees it: as
    written, or, when another person wrote it in a language the reader neither uses nor
    reads, with a "Translate" button (`item.can_translate`) or the translation asked for
    earlier (`item.shown`, being made or done); `original`: the reader asked to see what
    was written. One query for the stored translations of each kind of text; a text is
    never sent to the service from here, only on the reader's request."""
    from praxisdialog.translation.backends import translation_enabled
    from praxisdialog.translation.selectors import (
        Shown,
        current_translations,
        reader_languages,
        target_for_reader,
    )
    from praxisdialog.translation.services import translation_available, translation_request

    readers = None
    groups: dict[tuple[type, str], list] = defaultdict(list)
    for item, author_id in written:
        item.shown = Shown(language=item.language, original_requested=original)
        item.can_translate = False
        if author_id == user.pk or not (item.language and translation_enabled()):
            continue
        if readers is None:
            readers = reader_languages(user=user, interface_language=interface_language)
        target = target_for_reader(
            language=item.language, interface_language=interface_language, readers=readers
        )
        if target is not None and translation_available(obj=item, target=target):
            groups[(type(item), target)].append(item)
    for (_kind, target), group in groups.items():
        stored = current_translations(objects=group, target=target)
        for item in group:
            row = stored.get(item.pk)
            if row is None:
                item.can_translate = True
                continue
            if row.status == row.Status.FAILED:
                # Asked for before: tried again once its pause is over.
                row = translation_request(obj=item, target=target, asked=True) or row
            item.shown.translation = row


def conversation_messages_shown(
    *,
    conversation: Conversation,
    messages: list[Message],
    user,
    interface_language: str,
    original: bool = False,
) -> None:
    """How `user` sees `messages` of a conversation (the page shown) and the contact
    request that opened it (see _shown_on_request): `message.shown`,
    `message.can_translate`, and the same on `conversation.request`."""
    opening = conversation.request
    _shown_on_request(
        [
            (opening, opening.sender_id),
            *((message, message.author_id) for message in messages),
        ],
        user=user,
        interface_language=interface_language,
        original=original,
    )


def contact_requests_shown(
    *, contact_requests: list[ContactRequest], user, interface_language: str, original=False
) -> None:
    """How `user` sees the messages of contact requests sent to them (see
    _shown_on_request): `request.shown`, `request.can_translate`."""
    _shown_on_request(
        [(request, request.sender_id) for request in contact_requests],
        user=user,
        interface_language=interface_language,
        original=original,
    )


def block_list_for_user(*, user) -> QuerySet[Block]:
    return Block.objects.filter(blocker=user).select_related("blocked__network_profile")


# Suggestions ------------------------------------------------------------------------


@dataclass
class Suggestion:
    profile: Profile
    score: int
    reasons: list[str]

    @property
    def reason_text(self) -> str:
        return "; ".join(self.reasons)


def _labels(interests) -> str:
    return ", ".join(interest.label for interest in interests)


def _reasons_for_me(mine: Profile, theirs: Profile) -> list[str]:
    """Why `theirs` is worth talking to, addressed to the owner of `mine`."""
    reasons = []
    my_offers = {i.pk for i in mine.offers.all()}
    my_seeks = {i.pk for i in mine.seeks.all()}
    they_offer = [i for i in theirs.offers.all() if i.pk in my_seeks]
    they_seek = [i for i in theirs.seeks.all() if i.pk in my_offers]
    if they_offer:
        reasons.append(_("offers %(items)s, which you seek") % {"items": _labels(they_offer)})
    if they_seek:
        reasons.append(_("seeks %(items)s, which you offer") % {"items": _labels(they_seek)})
    if mine.region and mine.region == theirs.region:
        reasons.append(_("both in %(region)s") % {"region": theirs.get_region_display()})
    shared = [
        label
        for code, label in zip(theirs.language_codes, theirs.language_labels, strict=True)
        if code in set(mine.language_codes)
    ]
    if shared:
        reasons.append(_("you both speak %(languages)s") % {"languages": ", ".join(shared)})
    if mine.setting_id and theirs.setting_id and mine.setting_id != theirs.setting_id:
        reasons.append(
            _("works in another setting: %(setting)s") % {"setting": theirs.setting.label}
        )
    return reasons


@dataclass
class SuggestionRanking:
    """Everyone worth suggesting to the owner of `mine`, ranked in `profiles` (a queryset
    to slice or page); `suggestions` turns a slice into Suggestions with their reasons."""

    mine: Profile | None
    profiles: QuerySet[Profile] | list

    def suggestions(self, profiles) -> list[Suggestion]:
        return [
            Suggestion(
                profile=profile, score=profile.score, reasons=_reasons_for_me(self.mine, profile)
            )
            for profile in profiles
        ]


def suggestion_ranking_for_user(*, user) -> SuggestionRanking:
    """People you could talk to, best first.

    Ranked in the database, so it stays fast with thousands of profiles: what they
    offer that you seek and what they seek that you offer, plus a shared region, a
    shared language and a different setting (learning across contexts). Only people
    with at least one match in offers and needs are suggested; you need a listed
    profile yourself (everything is mutual)."""
    mine = profile_get_own(user=user)
    if mine is None or not mine.is_listed:
        return SuggestionRanking(mine=mine, profiles=[])
    my_offers = [i.pk for i in mine.offers.all()]
    my_seeks = [i.pk for i in mine.seeks.all()]
    if not (my_offers or my_seeks):
        return SuggestionRanking(mine=mine, profiles=[])
    candidates = _visible_to(Profile.objects.exclude(user=user), user)
    candidates = candidates.exclude(
        user__in=ContactRequest.objects.filter(
            sender=user, status=ContactRequest.Status.DECLINED
        ).values("recipient")
    )
    they_offer = Profile.offers.through.objects.filter(
        profile_id=OuterRef("pk"), interest_id__in=my_seeks
    )
    they_seek = Profile.seeks.through.objects.filter(
        profile_id=OuterRef("pk"), interest_id__in=my_offers
    )

    def count(subquery):
        counted = subquery.order_by().values("profile_id").annotate(n=Count("pk")).values("n")
        return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))

    def flag(condition):
        return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())

    ranked = (
        candidates.annotate(
            offer_hits=count(they_offer),
            seek_hits=count(they_seek),
        )
        .filter(Q(offer_hits__gt=0) | Q(seek_hits__gt=0))
        .annotate(
            same_region=flag(Q(region=mine.region) & ~Q(region="")),
            shared_language=flag(
                Exists(
                    ProfileLanguage.objects.filter(
                        profile=OuterRef("pk"), code__in=mine.language_codes
                    )
                )
            ),
            other_setting=flag(
                Q(setting__isnull=False) & ~Q(setting_id=mine.setting_id)
                if mine.setting_id
                else Q(pk__in=[])
            ),
        )
        .annotate(
            score=F("offer_hits") * WEIGHT_THEY_OFFER
            + F("seek_hits") * WEIGHT_THEY_SEEK
            + F("same_region") * WEIGHT_REGION
            + F("shared_language") * WEIGHT_LANGUAGE
            + F("other_setting") * WEIGHT_OTHER_SETTING
        )
        .order_by("-score", "display_name", "pk")
    )
    return SuggestionRanking(mine=mine, profiles=_with_display_relations(ranked))


def suggestion_list_for_user(*, user, limit: int = 10) -> list[Suggestion]:
    """The `limit` best suggestions (see suggestion_ranking_for_user)."""
    ranking = suggestion_ranking_for_user(user=user)
    return ranking.suggestions(list(ranking.profiles[:limit]))


@dataclass
class Match:
    first: Profile
    second: Profile
    score: int
    reasons: list[str]


def _pair_reasons(first: Profile, second: Profile) -> list[str]:
    reasons = []
    for a, b in ((first, second), (second, first)):
        met = [i for i in a.offers.all() if i.pk in {s.pk for s in b.seeks.all()}]
        if met:
            reasons.append(
                _("%(name)s offers %(items)s, which %(other)s seeks")
                % {"name": a.display_name, "items": _labels(met), "other": b.display_name}
            )
    if first.region and first.region == second.region:
        reasons.append(_("both in %(region)s") % {"region": first.get_region_display()})
    if first.setting_id and second.setting_id and first.setting_id != second.setting_id:
        reasons.append(
            _("different settings: %(first)s and %(second)s")
            % {"first": first.setting.label, "second": second.setting.label}
        )
    return reasons


def match_list_strong(*, limit: int = 50, user_ids: set[int] | None = None) -> list[Match]:
    """Pairs of listed profiles whose offers meet each other's needs in both directions,
    strongest first, for staff who make introductions; with `user_ids` (the people of
    a workshop) only among those accounts.

    Counted from the two link tables in memory (two narrow queries), then the top
    pairs are loaded with their details."""
    profiles_listed = Profile.objects.filter(is_listed=True, hidden_at__isnull=True)
    if user_ids is not None:
        profiles_listed = profiles_listed.filter(user_id__in=user_ids)
    listed = set(profiles_listed.values_list("pk", flat=True))
    offered_by = defaultdict(set)
    for profile_id, interest_id in Profile.offers.through.objects.values_list(
        "profile_id", "interest_id"
    ):
        if profile_id in listed:
            offered_by[interest_id].add(profile_id)
    hits: dict[tuple[int, int], int] = defaultdict(int)
    for profile_id, interest_id in Profile.seeks.through.objects.values_list(
        "profile_id", "interest_id"
    ):
        if profile_id not in listed:
            continue
        for offerer in offered_by.get(interest_id, ()):
            if offerer != profile_id:
                hits[(offerer, profile_id)] += 1
    pairs = []
    for (offerer, seeker), count in hits.items():
        if offerer < seeker and (seeker, offerer) in hits:
            pairs.append((count + hits[(seeker, offerer)], offerer, seeker))
    pairs.sort(key=lambda item: (-item[0], item[1], item[2]))
    pairs = pairs[:limit]
    ids = {pk for _score, a, b in pairs for pk in (a, b)}
    profiles = {p.pk: p for p in _with_display_relations(Profile.objects.filter(pk__in=ids))}
    matches = []
    for score, a, b in pairs:
        first, second = profiles[a], profiles[b]
        bonus = WEIGHT_REGION if first.region and first.region == second.region else 0
        matches.append(
            Match(
                first=first,
                second=second,
                score=score + bonus,
                reasons=_pair_reasons(first, second),
            )
        )
    matches.sort(key=lambda m: -m.score)
    return matches


def profile_counts_by_region(*, user, role: str = "", setting: str = "") -> dict[str, int]:
    """Listed profiles this person may see, per region (the map): one grouped query."""
    queryset = _visible_to(Profile.objects.all(), user)
    if role:
        queryset = queryset.filter(role__slug=role)
    if setting:
        queryset = queryset.filter(setting__slug=setting)
    rows = queryset.exclude(region="").order_by().values("region").annotate(n=Count("pk"))
    return {row["region"]: row["n"] for row in rows}
