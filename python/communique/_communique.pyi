"""Type stubs of the compiled module; ``communique`` re-exports everything here."""

import datetime
from typing import Any, ClassVar, Iterable, List, Literal, Mapping, Optional, Union, overload

from ._types import Release

__version__: str
#: The schema name every release carries in its "schema" key.
SCHEMA: str

Page = Union[str, bytes, bytearray]
Kind = Literal["auto", "html", "text"]
Published = Union[str, datetime.date, None]
#: An item of ``extract_many``: a page, or a dict with "page" and optional "url",
#: "published" and "kind".
PageItem = Union[Page, Mapping[str, Any]]

class Error(ValueError):
    """A page could not be read at all; ``str(e)`` is the library's message."""

    #: "empty", "no_text", "too_large", "too_deep", "too_many_nodes", "text_too_long",
    #: "invalid_selector", "invalid_profile", "internal", or "other" for a kind this
    #: binding does not know.
    kind: ClassVar[str]

class EmptyError(Error):
    """The input holds nothing at all (whitespace, control characters, a BOM)."""

class NoTextError(Error):
    """The page holds no readable text."""

class TooLargeError(Error):
    """The input is over ``max_input_bytes``."""

    len: int
    limit: int

class TooDeepError(Error):
    """The HTML nests deeper than ``max_depth``."""

    limit: int
    offset: int

class TooManyNodesError(Error):
    """The HTML builds more nodes than ``max_nodes``."""

    limit: int
    offset: int

class TextTooLongError(Error):
    """The normalised text is over ``max_text_bytes``."""

    len: int
    limit: int

class InvalidSelectorError(Error):
    """A site profile holds a CSS selector that does not parse."""

    profile: str
    selector: str
    reason: str

class InvalidProfileError(Error):
    """A site profile given as JSON does not have the expected shape."""

    reason: str

class InternalError(Error):
    """A bug met on this page, raised in place of a crash; please report the page."""

class Extractor:
    """Reads press releases; thread-safe, build once and share.

    >>> ex = Extractor(max_input_bytes=1 << 20)
    >>> ex.extract("Trade talks open\\n\\nTalks opened in Lima.")["title"]
    'Trade talks open'
    """

    def __init__(
        self,
        *,
        max_input_bytes: Optional[int] = None,
        max_depth: Optional[int] = None,
        max_nodes: Optional[int] = None,
        max_text_bytes: Optional[int] = None,
        profiles: Optional[Iterable[Union[str, Mapping[str, Any]]]] = None,
    ) -> None: ...
    def extract(
        self,
        page: Page,
        *,
        url: Optional[str] = None,
        published: Published = None,
        kind: Kind = "auto",
    ) -> Release:
        """Reads one page; raises ``Error`` when it cannot be read at all."""
    @overload
    def extract_many(
        self,
        pages: Iterable[PageItem],
        threads: Optional[int] = None,
        *,
        errors: Literal["raise"] = "raise",
    ) -> List[Release]: ...
    @overload
    def extract_many(
        self,
        pages: Iterable[PageItem],
        threads: Optional[int] = None,
        *,
        errors: Literal["return"],
    ) -> List[Union[Release, Error]]: ...

def extract(
    page: Page,
    *,
    url: Optional[str] = None,
    published: Published = None,
    kind: Kind = "auto",
) -> Release:
    """Reads one page with the default options; raises ``Error`` when it cannot be read."""
