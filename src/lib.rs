//! Reads press releases and returns typed, source-grounded data: the events they
//! describe, the people they name and their roles, the organisations, every date
//! normalised to a calendar range, photo credits, and the release's own title,
//! publication date and categories.
//!
//! Input is an HTML page (in any encoding) or plain text; output is a [`PressRelease`],
//! which serialises to the JSON of the `communique/1` contract. Every value carries the
//! byte span of the words it was read from, so it can be checked against the page.
//!
//! ```
//! let release = communique::extract_text(
//!     "Harbour board meets donors\n\nIn the last week of June 2018, the board and its donors met in Lakeport.",
//! )?;
//! assert_eq!(release.title.as_deref(), Some("Harbour board meets donors"));
//!
//! let when = &release.dates[0];
//! assert_eq!(when.text, "the last week of June 2018");
//! assert_eq!((when.start.to_string(), when.end.to_string()), ("2018-06-24".into(), "2018-06-30".into()));
//! assert_eq!(&release.text[when.span.range()], when.text); // every span slices `text`
//! # Ok::<(), communique::Error>(())
//! ```
//!
//! # Overview
//!
//! One call reads one page, in four stages:
//!
//! ```text
//! bytes/HTML/text ──► document ──► dates, entities ──► resolve ──► events ──► PressRelease
//!                     (the page)   (what is named)    (who is who) (who did what, when, where)
//! ```
//!
//! 1. **document**: decodes the input, drops navigation, banners, sidebars and footers,
//!    and produces the normalised `text` (one block per line) and the page's metadata:
//!    title, publication and update dates, dateline, categories, photo captions and
//!    credits. Where a publisher's template keeps each part is described by a
//!    [`Profile`]; built-in profiles cover common publishers and a generic one reads
//!    `<meta>`, JSON-LD and common class names.
//! 2. **dates** and **entities**: date expressions, people, organisations and places,
//!    each with its span. How dates become ranges is the subject of [`date_rules`].
//! 3. **resolve**: one entry per real-world entity ("Michèle Coninsx", "Coninsx" and
//!    "Executive Director Coninsx" are one person; "UNODC" and "UN Office on Drugs and
//!    Crime" one organisation).
//! 4. **events**: what took place or will, with its kind, date, place, organisers,
//!    co-organisers, chairs, participants and parent event.
//!
//! The entry points are [`extract_html`], [`extract_text`] and [`extract_bytes`] (bytes
//! in any encoding, HTML or text sniffed), and, for options, site profiles or a page URL,
//! an [`Extractor`] reading a [`Page`].
//!
//! # Output
//!
//! [`PressRelease`] and the types under it are the output contract: their serde form is
//! the `communique/1` JSON, whose JSON Schema ships in the repository as
//! `schema/communique-1.json`. Every key is always present (an absent value is `null` or
//! `[]`), items are in document order, and a field the extractor is unsure of is left out
//! rather than guessed. Spans ([`Mention`]) are UTF-8 byte offsets into
//! [`PressRelease::text`], half-open, and `&text[start..end] == mention.text` always holds.
//!
//! ```
//! use communique::{PressRelease, SCHEMA};
//!
//! let release = communique::extract_text("Trade talks open\n\nGENEVA, 3 May 2021 -- Talks opened today.")?;
//! let json = serde_json::to_string(&release).unwrap();
//! assert!(json.starts_with(r#"{"schema":"communique/1","title":"Trade talks open","#));
//! let back: PressRelease = serde_json::from_str(&json).unwrap();
//! assert_eq!(back, release);
//! assert_eq!(back.schema, SCHEMA);
//! # Ok::<(), communique::Error>(())
//! ```
//!
//! # Errors
//!
//! Extraction fails only when a page cannot be read at all: it is empty, or it is over
//! one of the limits of [`Options`] (size, nesting depth, node count, text length). The
//! [`Error`] says which. A page that lacks a title, a date or any entity is not an error:
//! those fields are `null` or `[]`.
//!
//! # Panics and untrusted input
//!
//! No input should make extraction panic or hang: pages come from the web, and one bad
//! page must not stop a batch. Input size, HTML nesting depth, DOM size and text length
//! are bounded by [`Options`], and every limit is reported as an [`Error`] rather than a
//! crash. Offsets are computed with checked slicing, so a wrong span is dropped, never a
//! panic. Hostile-input and property tests in the repository hold the crate to this.
//!
//! # Performance
//!
//! Build one [`Extractor`] and share it: all rules are compiled when the first one is
//! built, and an `Extractor` is `Send + Sync` and cheap to clone (the free functions use
//! a shared default one). Extraction itself only reads the compiled rules, so pages can
//! be read on as many threads as there are cores.
//!
//! # The `to_json` example
//!
//! `examples/to_json.rs` is the command-line face of the crate: it reads files,
//! directories or standard input and prints one JSON object per page (NDJSON), on all
//! cores. `cargo run --release --example to_json -- --help` shows its options.
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

mod date;
mod dates;
mod document;
mod entities;
mod error;
mod events;
mod extractor;
mod input;
mod lexicon;
mod model;
mod resolve;
mod span;

pub use date::{Date, DateOrder, ParseDateError, Timestamp};
pub use document::profile::Profile;
pub use error::{Error, Result};
pub use extractor::{Extractor, Options, Page, MAX_TEXT_BYTES_LIMIT};
pub use model::{
    DateMention, Dateline, Event, EventKind, EventWhen, Organisation, OrganisationKind, Person,
    Photo, Precision, PressRelease, Role, SCHEMA,
};
pub use span::Mention;

#[doc = include_str!("../docs/dates.md")]
pub mod date_rules {}

// The README's Rust examples run as doctests, so the front page cannot go stale.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// Reads an HTML page with the default [`Extractor`].
///
/// The page's headline, body, dates and metadata are read with the built-in site
/// profiles; use [`Extractor::extract`] with [`Page::url`] to pass the page's URL too.
///
/// # Errors
///
/// As [`Extractor::extract`]: [`Error::Empty`] for blank input, [`Error::NoText`] for a
/// page with markup but no readable text, or a limit of the default [`Options`].
///
/// # Example
///
/// ```
/// let html = r#"<html><head><title>Summit opens | Example News</title>
///   <meta property="article:published_time" content="2024-05-06T09:00:00+02:00"></head>
///   <body><nav><a href="/">Home</a></nav>
///   <article><h1>Summit opens</h1><p>The summit opened in Lima on Monday.</p></article>
///   </body></html>"#;
/// let release = communique::extract_html(html)?;
/// assert_eq!(release.title.as_deref(), Some("Summit opens"));
/// assert_eq!(release.published.unwrap().to_string(), "2024-05-06");
/// assert!(!release.text.contains("Home")); // navigation is not part of the release
/// # Ok::<(), communique::Error>(())
/// ```
pub fn extract_html(html: &str) -> Result<PressRelease> {
    Extractor::new().extract_html(html)
}

/// Reads a plain-text release with the default [`Extractor`].
///
/// The first line is the title; a `PLACE, date --` opener is the dateline, and its date
/// anchors relative dates when the text states no publication date.
///
/// # Errors
///
/// As [`Extractor::extract`]: [`Error::Empty`] for blank text, or a limit of the default
/// [`Options`].
///
/// # Example
///
/// ```
/// let release = communique::extract_text(
///     "Ministers meet in Geneva\n\nGENEVA, 3 May 2021 -- Ministers met in Geneva today.",
/// )?;
/// let dateline = release.dateline.as_ref().unwrap();
/// assert_eq!(dateline.place.as_deref(), Some("GENEVA"));
/// assert_eq!(dateline.date.unwrap().to_string(), "2021-05-03");
/// let today = release.dates.iter().find(|d| d.text == "today").unwrap();
/// assert_eq!(today.to_string(), "today = 2021-05-03/day");
///
/// assert_eq!(communique::extract_text(" \n "), Err(communique::Error::Empty));
/// # Ok::<(), communique::Error>(())
/// ```
pub fn extract_text(text: &str) -> Result<PressRelease> {
    Extractor::new().extract_text(text)
}

/// Reads a page from bytes (any encoding, HTML or text) with the default [`Extractor`].
///
/// The bytes are decoded by their byte-order mark, else a declared `<meta charset>`,
/// else as UTF-8, falling back to windows-1252; then read as HTML when they look like
/// markup, else as text. This is the path for saved pages of unknown origin.
///
/// # Errors
///
/// As [`Extractor::extract`]: [`Error::Empty`] for blank input, [`Error::NoText`] for a
/// page with no readable text, or a limit of the default [`Options`].
///
/// # Example
///
/// ```
/// // "Zürich" in windows-1252, as its <meta charset> declares.
/// let mut page = b"<html><head><meta charset=\"windows-1252\"></head><body>\
///     <h1>Congress closes in Z".to_vec();
/// page.push(0xFC); // ü
/// page.extend_from_slice(b"rich</h1><p>The congress closed on 12 November 2011.</p></body></html>");
/// let release = communique::extract_bytes(&page)?;
/// assert_eq!(release.title.as_deref(), Some("Congress closes in Zürich"));
/// assert_eq!(release.dates[0].to_string(), "12 November 2011 = 2011-11-12/day");
/// # Ok::<(), communique::Error>(())
/// ```
pub fn extract_bytes(bytes: &[u8]) -> Result<PressRelease> {
    Extractor::new().extract_bytes(bytes)
}
