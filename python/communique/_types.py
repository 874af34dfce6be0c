"""The shape of a release, for type checkers: the ``communique/1`` JSON as ``TypedDict``s.

At run time these are plain dicts; the classes exist so that code can annotate with them
(``def load(r: communique.Release) -> None``). Dates are ``"YYYY-MM-DD"`` strings,
``modified`` an ISO 8601 timestamp string, spans UTF-8 byte offsets into ``text``.
"""

from typing import List, Optional, TypedDict


class Mention(TypedDict):
    """Where a value was read: ``text.encode()[start:end].decode() == mention["text"]``."""

    start: int
    end: int
    text: str


class Role(TypedDict):
    title: str
    organisation: Optional[str]


class Person(TypedDict):
    name: str
    roles: List[Role]
    mentions: List[Mention]


class Organisation(TypedDict):
    name: str
    acronym: Optional[str]
    #: un_entity, intergovernmental, government, permanent_mission, ngo, company,
    #: academic, media or other.
    kind: str
    #: ISO 3166-1 alpha-2.
    country: Optional[str]
    mentions: List[Mention]


class EventWhen(TypedDict):
    start: str
    end: str
    text: str


# "where" is a keyword: the functional form.
Event = TypedDict(
    "Event",
    {
        "name": str,
        # conference, session, side_event, meeting, briefing, workshop, visit, signing,
        # launch, training or other.
        "kind": str,
        "when": Optional[EventWhen],
        "where": Optional[str],
        "organisers": List[str],
        "co_organisers": List[str],
        "chairs": List[str],
        "participants": List[str],
        # An index into the release's events.
        "parent": Optional[int],
        "mentions": List[Mention],
    },
)


class DateMention(TypedDict):
    text: str
    start: str
    end: str
    #: day, week, month, quarter, year or range.
    precision: str
    span: Mention


class Dateline(TypedDict):
    place: Optional[str]
    date: Optional[str]


class Photo(TypedDict):
    caption: Optional[str]
    credit: Optional[str]


class Release(TypedDict):
    """One press release: every key always present (``None`` or ``[]`` when absent)."""

    schema: str
    title: Optional[str]
    published: Optional[str]
    modified: Optional[str]
    dateline: Optional[Dateline]
    categories: List[str]
    text: str
    people: List[Person]
    organisations: List[Organisation]
    events: List[Event]
    dates: List[DateMention]
    photos: List[Photo]
