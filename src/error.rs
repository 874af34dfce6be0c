//! Why a page could not be read at all.

/// Why a page could not be read at all.
///
/// Anything short of this is not an error: a field the extractor cannot find is `null` or
/// `[]` in the result. Each variant names the limit or the place that was at fault, so a
/// batch job can log it and go on.
///
/// # Example
///
/// ```
/// use communique::{Error, Extractor};
///
/// let err = Extractor::new().extract_text("   \n\t ").unwrap_err();
/// assert_eq!(err, Error::Empty);
/// assert_eq!(err.to_string(), "input is empty");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input holds nothing at all: only whitespace, control characters or a byte-order
    /// mark.
    #[error("input is empty")]
    Empty,
    /// The input is not empty, but the page holds no readable text: markup without words,
    /// a script-only shell, a bot-check interstitial.
    #[error("page holds no readable text")]
    NoText,
    /// The input is larger than [`Options::max_input_bytes`](crate::Options::max_input_bytes).
    #[error("input is {len} bytes, over the limit of {limit}")]
    TooLarge {
        /// Size of the input in bytes.
        len: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The HTML nests elements deeper than [`Options::max_depth`](crate::Options::max_depth).
    #[error("html nests elements deeper than the limit of {limit} (at byte {offset})")]
    TooDeep {
        /// The limit in force.
        limit: usize,
        /// Byte offset in the input where the limit was crossed, as near as the parser knows.
        offset: usize,
    },
    /// Parsing the HTML would build more nodes than [`Options::max_nodes`](crate::Options::max_nodes).
    #[error("html builds more than {limit} nodes (stopped near byte {offset})")]
    TooManyNodes {
        /// The limit in force.
        limit: usize,
        /// Byte offset in the input where parsing stopped.
        offset: usize,
    },
    /// The normalised text is longer than [`Options::max_text_bytes`](crate::Options::max_text_bytes).
    #[error("normalised text is {len} bytes, over the limit of {limit}")]
    TextTooLong {
        /// Length the text reached before extraction stopped.
        len: usize,
        /// The limit in force.
        limit: usize,
    },
    /// A user profile holds a CSS selector that does not parse.
    #[error("profile `{profile}`: invalid css selector `{selector}`: {reason}")]
    InvalidSelector {
        /// Name of the profile.
        profile: String,
        /// The selector as written.
        selector: String,
        /// What the CSS parser said.
        reason: String,
    },
    /// A profile given as JSON does not have the expected shape.
    #[error("profile json is invalid: {reason}")]
    InvalidProfile {
        /// What was wrong, with line and column where known.
        reason: String,
    },
}

/// A `Result` whose error is communique's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
