//! Reads press releases and returns typed, source-grounded data.
//!
//! ```
//! let release = communique::extract_text(
//!     "CTED joins conference\n\nDuring the last week of June 2018, heads of agencies gathered in New York.",
//! )?;
//! assert_eq!(release.title.as_deref(), Some("CTED joins conference"));
//! # Ok::<(), communique::Error>(())
//! ```
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

mod date;
mod dates;
mod document;
mod entities;
mod error;
mod events;
mod extractor;
mod input;
mod model;
mod resolve;
mod span;

pub use date::{days_in_month, is_leap_year, Date, ParseDateError, Timestamp};
pub use document::profile::Profile;
pub use error::{Error, Result};
pub use extractor::{Extractor, Options, Page};
pub use model::{
    DateMention, Dateline, Event, EventKind, EventWhen, Organisation, OrganisationKind, Person,
    Photo, Precision, PressRelease, Role, SCHEMA,
};
pub use span::Mention;

/// Reads an HTML page with the default [`Extractor`].
///
/// # Errors
///
/// As [`Extractor::extract`].
pub fn extract_html(html: &str) -> Result<PressRelease> {
    Extractor::new().extract_html(html)
}

/// Reads a plain-text release with the default [`Extractor`].
///
/// # Errors
///
/// As [`Extractor::extract`].
pub fn extract_text(text: &str) -> Result<PressRelease> {
    Extractor::new().extract_text(text)
}

/// Reads a page from bytes (any encoding, HTML or text) with the default [`Extractor`].
///
/// # Errors
///
/// As [`Extractor::extract`].
pub fn extract_bytes(bytes: &[u8]) -> Result<PressRelease> {
    Extractor::new().extract_bytes(bytes)
}
