//! Stage 1: a page becomes a [`Document`].
//!
//! Input: HTML or plain text (already decoded to `&str`). Output: the normalised text,
//! its blocks (one per line of the text) and the page-level facts (title, dates,
//! categories, dateline, photos). Invariant: every block is a char-boundary range of
//! `text`, blocks are in document order and separated by exactly one `\n`. This stage
//! does not look for people, organisations or events; later stages see only `Document`.

pub(crate) mod html;
pub(crate) mod meta;
pub(crate) mod pagedate;
pub(crate) mod parse;
pub mod profile;
pub(crate) mod select;
pub(crate) mod text;

use crate::date::{Date, Timestamp};
use crate::error::{Error, Result};
use crate::model::Photo;
use crate::span::Span;

/// The limits the document stage enforces (set from `Options`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    pub max_depth: usize,
    pub max_nodes: usize,
    pub max_text_bytes: usize,
}

/// What a line of the normalised text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// The release's headline.
    Title,
    /// A sub-heading or standfirst.
    Heading,
    /// A paragraph of body text.
    Paragraph,
    /// An item of a list.
    ListItem,
    /// A photo caption.
    Caption,
    /// A line of page furniture kept for its facts (a date line, a meta line).
    Meta,
}

/// One line of the normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

/// The place and date of a release's opener, with where the opener is in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DatelineFact {
    pub place: Option<String>,
    pub date: Option<Date>,
    /// The opener in the text ("NEW YORK, June 28, 2018 --"), when it is there.
    pub span: Option<Span>,
}

/// Page-level facts, each from the best source the page offers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub published: Option<Date>,
    pub modified: Option<Timestamp>,
    pub dateline: Option<DatelineFact>,
    pub categories: Vec<String>,
    pub photos: Vec<Photo>,
}

/// A page read into text, blocks and facts.
#[derive(Clone, Debug, Default)]
pub(crate) struct Document {
    pub text: String,
    pub blocks: Vec<Block>,
    pub meta: Meta,
}

impl Document {
    /// The text of a block.
    pub fn block_text(&self, block: &Block) -> &str {
        self.text
            .get(block.span.start..block.span.end)
            .unwrap_or("")
    }

    /// The date relative expressions resolve against: `published`, else the dateline's.
    pub fn anchor(&self) -> Option<Date> {
        self.meta
            .published
            .or_else(|| self.meta.dateline.as_ref().and_then(|d| d.date))
    }
}

/// Builds the normalised text one block at a time.
///
/// Whitespace runs become one space, control and zero-width characters go, and blocks
/// are joined by `\n`, so later stages can rely on one line per block.
#[derive(Debug)]
pub(crate) struct TextBuilder {
    text: String,
    blocks: Vec<Block>,
    limit: usize,
    /// The [`comparable`] form of every block, once [`contains_block`](Self::contains_block)
    /// has been asked (each question is then one look-up, not a pass over the text).
    comparables: Option<std::collections::HashSet<String>>,
}

impl TextBuilder {
    pub fn new(limit: usize) -> TextBuilder {
        TextBuilder {
            text: String::new(),
            blocks: Vec::new(),
            limit,
            comparables: None,
        }
    }

    /// A builder whose text holds `bytes` without growing (MEM: a long text's buffer is
    /// then its own size, not up to twice it). Blocks of `b` bytes in all never need more
    /// than `b` and one newline each: normalising never lengthens a block.
    pub fn with_capacity(limit: usize, bytes: usize) -> TextBuilder {
        let mut builder = TextBuilder::new(limit);
        builder
            .text
            .reserve_exact(bytes.min(limit.saturating_add(1)));
        builder
    }

    /// Appends `raw` as one block of `kind`, normalising its whitespace. Empty blocks are
    /// dropped. Returns the block's span, or `None` when nothing was added.
    pub fn push(&mut self, kind: BlockKind, raw: &str) -> Result<Option<Span>> {
        let start_len = self.text.len();
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        let start = self.text.len();
        push_normalised(&mut self.text, raw);
        if self.text.len() == start {
            self.text.truncate(start_len);
            return Ok(None);
        }
        if self.text.len() > self.limit {
            return Err(Error::TextTooLong {
                len: self.text.len(),
                limit: self.limit,
            });
        }
        let span = Span::new(start, self.text.len());
        self.blocks.push(Block { kind, span });
        if let Some(set) = &mut self.comparables {
            set.insert(comparable(self.text.get(start..).unwrap_or("")));
        }
        Ok(Some(span))
    }

    pub fn contains_block(&mut self, needle: &str) -> bool {
        let (text, blocks) = (&self.text, &self.blocks);
        self.comparables
            .get_or_insert_with(|| {
                blocks
                    .iter()
                    .filter_map(|b| text.get(b.span.start..b.span.end))
                    .map(comparable)
                    .collect()
            })
            .contains(&comparable(needle))
    }

    pub fn finish(self) -> (String, Vec<Block>) {
        (self.text, self.blocks)
    }
}

/// Whether `c` is dropped from the text: controls, zero-width marks and soft hyphens.
fn is_invisible(c: char) -> bool {
    (c.is_control() && !c.is_whitespace())
        || matches!(
            c,
            '\u{00AD}'
                | '\u{200B}'
                | '\u{200C}'
                | '\u{200D}'
                | '\u{2060}'
                | '\u{FEFF}'
                | '\u{FFFD}'
        )
}

/// A page that states no release date elsewhere is dated by its dateline's date, else by
/// a date in its URL; both readers end with this.
pub(crate) fn published_from_dateline_or_url(doc: &mut Document, url: Option<&str>) {
    if doc.meta.published.is_none() {
        doc.meta.published = doc
            .meta
            .dateline
            .as_ref()
            .and_then(|d| d.date)
            .or_else(|| url.and_then(pagedate::date_in_url));
    }
}

/// Compiles the document stage's big patterns now, so that no extraction pays for them.
pub(crate) fn prepare() {
    html::prepare();
    pagedate::prepare();
}

/// Appends `raw` to `out` with whitespace collapsed and trimmed.
pub(crate) fn push_normalised(out: &mut String, raw: &str) {
    let start = out.len();
    let mut pending_space = false;
    let mut rest = raw;
    while !rest.is_empty() {
        // A run of printable ASCII is copied whole: it holds no space and nothing
        // invisible, and it is most of any page's text.
        let run = rest
            .bytes()
            .position(|b| !matches!(b, b'!'..=b'~'))
            .unwrap_or(rest.len());
        if run > 0 {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push_str(rest.get(..run).unwrap_or(""));
            rest = rest.get(run..).unwrap_or("");
            continue;
        }
        let Some(c) = rest.chars().next() else {
            break;
        };
        rest = rest.get(c.len_utf8()..).unwrap_or("");
        if c.is_whitespace() {
            pending_space = out.len() > start;
        } else if !is_invisible(c) {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
}

/// `raw` with whitespace collapsed and trimmed.
pub(crate) fn normalise(raw: &str) -> String {
    let mut s = String::with_capacity(raw.len());
    push_normalised(&mut s, raw);
    s
}

/// A form of a line for comparing headlines: case, quotes and spacing ignored.
pub(crate) fn comparable(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        // ASCII, most of any page, skips the Unicode tables.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Whether [`comparable`]`(s) == key`, without building the string.
pub(crate) fn comparable_is(s: &str, key: &str) -> bool {
    let mut want = key.chars();
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() && want.next() != Some(c.to_ascii_lowercase()) {
                return false;
            }
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                if want.next() != Some(l) {
                    return false;
                }
            }
        }
    }
    want.next().is_none()
}

#[cfg(test)]
mod normalise_tests {
    use super::normalise;

    #[test]
    fn comparable_forms() {
        use super::{comparable, comparable_is};
        let table = [
            ("  Plain, Words! ", "plainwords"),
            ("Zürich ÉTÉ 2024", "zürichété2024"),
            ("İstanbul", "i\u{307}stanbul"),
            ("«Quoted» — dash", "quoteddash"),
            ("", ""),
        ];
        for (raw, want) in table {
            assert_eq!(comparable(raw), want, "{raw:?}");
            assert!(comparable_is(raw, want), "{raw:?}");
            assert!(!comparable_is(raw, "x"), "{raw:?}");
            assert!(!comparable_is(raw, &format!("{want}x")), "{raw:?}");
        }
    }

    #[test]
    fn whitespace_runs_and_invisible_marks() {
        let table = [
            ("  Plain words\tand\n\nlines  ", "Plain words and lines"),
            (
                "soft\u{00AD}hyphen, zero\u{200B}width",
                "softhyphen, zerowidth",
            ),
            (
                "no-break\u{00A0}space and\u{2003}em space",
                "no-break space and em space",
            ),
            ("Zürich \u{0007}bell\u{0007} café", "Zürich bell café"),
            ("\u{FEFF}\u{200B} \n ", ""),
            ("a", "a"),
        ];
        for (raw, want) in table {
            assert_eq!(normalise(raw), want, "{raw:?}");
        }
    }
}
