"""Reads press releases (HTML pages or plain text) and returns typed, source-grounded data.

The output of every call is the ``communique/1`` JSON as Python objects: a dict with the
keys ``schema``, ``title``, ``published``, ``modified``, ``dateline``, ``categories``,
``text``, ``people``, ``organisations``, ``events``, ``dates`` and ``photos``. Every span
(``mentions``, ``span``) is a UTF-8 *byte* range of ``text``.

>>> import communique
>>> r = communique.extract("Trade ministers meet\\n\\nGENEVA, 3 May 2021 -- Ministers met in Geneva today.")
>>> r["title"], r["published"], r["dateline"]["place"]
('Trade ministers meet', '2021-05-03', 'GENEVA')
>>> d = r["dates"][0]
>>> r["text"].encode()[d["span"]["start"]:d["span"]["end"]].decode() == d["text"]
True

For many pages, build one :class:`Extractor` and use :meth:`Extractor.extract_many`,
which reads them on all cores.
"""

from ._communique import (
    SCHEMA,
    EmptyError,
    Error,
    Extractor,
    InternalError,
    InvalidProfileError,
    InvalidSelectorError,
    NoTextError,
    TextTooLongError,
    TooDeepError,
    TooLargeError,
    TooManyNodesError,
    __version__,
    extract,
)
from ._types import (
    Dateline,
    DateMention,
    Event,
    EventWhen,
    Mention,
    Organisation,
    Person,
    Photo,
    Release,
    Role,
)

__all__ = [
    "SCHEMA",
    "DateMention",
    "Dateline",
    "EmptyError",
    "Error",
    "Event",
    "EventWhen",
    "Extractor",
    "InternalError",
    "InvalidProfileError",
    "InvalidSelectorError",
    "Mention",
    "NoTextError",
    "Organisation",
    "Person",
    "Photo",
    "Release",
    "Role",
    "TextTooLongError",
    "TooDeepError",
    "TooLargeError",
    "TooManyNodesError",
    "__version__",
    "extract",
]
