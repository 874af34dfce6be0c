//! Byte ranges into the normalised text, and the mentions built from them.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the normalised text.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Where a value was found: a UTF-8 byte range of [`PressRelease::text`](crate::PressRelease::text)
/// and the words it covers.
///
/// `&release.text[m.start..m.end] == m.text` always holds: a mention is only ever built
/// by slicing the text.
///
/// # Example
///
/// ```
/// let release = communique::extract_text("Ceremony held\n\nThe ceremony took place in Geneva on 3 May 2021.")?;
/// for d in &release.dates {
///     assert_eq!(&release.text[d.span.start..d.span.end], d.span.text);
/// }
/// # Ok::<(), communique::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mention {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// The words themselves: `text[start..end]`.
    pub text: String,
}

impl Mention {
    /// `None` when `span` is not a valid range of `text`: a bad span is dropped, never a panic.
    pub(crate) fn new(text: &str, span: Span) -> Option<Mention> {
        text.get(span.start..span.end).map(|s| Mention {
            start: span.start,
            end: span.end,
            text: s.to_owned(),
        })
    }

    /// The byte range, for slicing [`PressRelease::text`](crate::PressRelease::text).
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}
