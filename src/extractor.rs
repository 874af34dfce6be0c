//! The `Extractor`: compiled rules and options, and the one place that knows the order of
//! the stages.

use std::sync::Arc;
use std::time::{Duration, Instant};

use once_cell::sync::Lazy;

use crate::date::Date;
use crate::document::profile::{self, CompiledProfile, Profile};
use crate::document::{self, BlockKind, Document, Limits};
use crate::error::{Error, Result};
use crate::model::{Dateline, PressRelease};
use crate::span::Mention;
use crate::{dates, entities, events, input, resolve};

/// The largest [`Options::max_text_bytes`] can be: token and mention indices in the
/// entity and event stages are 32-bit, and a text under 2 GiB has fewer tokens than that.
///
/// ```
/// use communique::{Options, MAX_TEXT_BYTES_LIMIT};
/// assert_eq!(MAX_TEXT_BYTES_LIMIT, (1usize << 31) - 1);
/// let options = Options::new().max_text_bytes(usize::MAX);
/// assert!(format!("{options:?}").contains(&format!("max_text_bytes: {MAX_TEXT_BYTES_LIMIT}")));
/// ```
pub const MAX_TEXT_BYTES_LIMIT: usize = (1 << 31) - 1;

/// How extraction behaves: input limits and extra site profiles.
///
/// Built by value, like a builder; every setter has a default that real releases never
/// need to change.
///
/// # Example
///
/// ```
/// use communique::{Extractor, Options};
///
/// let extractor = Extractor::with_options(Options::new().max_input_bytes(1 << 20))?;
/// let err = extractor.extract_text(&"x".repeat(2 << 20)).unwrap_err();
/// assert!(matches!(err, communique::Error::TooLarge { .. }));
/// # Ok::<(), communique::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Options {
    max_input_bytes: usize,
    max_depth: usize,
    max_nodes: usize,
    max_text_bytes: usize,
    profiles: Vec<Profile>,
}

impl Default for Options {
    fn default() -> Options {
        Options::new()
    }
}

impl Options {
    /// The default options.
    pub const fn new() -> Options {
        Options {
            max_input_bytes: 16 << 20,
            max_depth: 512,
            max_nodes: 1_000_000,
            max_text_bytes: 8 << 20,
            profiles: Vec::new(),
        }
    }

    /// The largest input accepted, in bytes; larger input is [`Error::TooLarge`].
    ///
    /// ### Default
    /// 16 MiB (the largest real release in our corpora is under 400 KB).
    pub fn max_input_bytes(mut self, limit: usize) -> Options {
        self.max_input_bytes = limit;
        self
    }

    /// The deepest element nesting accepted; deeper HTML is [`Error::TooDeep`].
    ///
    /// ### Default
    /// 512, the depth at which browsers' parsers stop nesting.
    pub fn max_depth(mut self, limit: usize) -> Options {
        self.max_depth = limit;
        self
    }

    /// The most DOM nodes parsing may build; more is [`Error::TooManyNodes`].
    ///
    /// ### Default
    /// 1,000,000 (a 73 KB release builds about 2,000).
    pub fn max_nodes(mut self, limit: usize) -> Options {
        self.max_nodes = limit;
        self
    }

    /// The longest normalised text accepted, in bytes; longer is [`Error::TextTooLong`].
    /// A limit above [`MAX_TEXT_BYTES_LIMIT`] (2 GiB − 1) is taken as that: the entity
    /// and event stages index tokens with 32-bit numbers.
    ///
    /// ### Default
    /// 8 MiB.
    pub fn max_text_bytes(mut self, limit: usize) -> Options {
        self.max_text_bytes = limit.min(MAX_TEXT_BYTES_LIMIT);
        self
    }

    /// Adds a site profile, tried before the built-in ones (in the order added).
    pub fn profile(mut self, profile: Profile) -> Options {
        self.profiles.push(profile);
        self
    }
}

/// One page to read, and what is known about it.
///
/// # Example
///
/// ```
/// use communique::{Extractor, Page};
///
/// let page = Page::html("<h1>Summit opens</h1><p>The summit opened in Lima.</p>")
///     .url("https://example.org/news/2024/05/06/summit-opens");
/// let release = Extractor::new().extract(page)?;
/// assert_eq!(release.published.unwrap().to_string(), "2024-05-06"); // from the URL
/// # Ok::<(), communique::Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Page<'a> {
    content: Content<'a>,
    url: Option<&'a str>,
    published: Option<Date>,
}

#[derive(Clone, Copy, Debug)]
enum Content<'a> {
    Html(&'a str),
    Text(&'a str),
    /// Already decoded; HTML or text is sniffed as for bytes.
    Auto(&'a str),
    Bytes(&'a [u8]),
}

impl<'a> Page<'a> {
    /// An HTML page.
    pub fn html(html: &'a str) -> Page<'a> {
        Page {
            content: Content::Html(html),
            url: None,
            published: None,
        }
    }

    /// A plain-text release (or a page saved as text, or Markdown).
    pub fn text(text: &'a str) -> Page<'a> {
        Page {
            content: Content::Text(text),
            url: None,
            published: None,
        }
    }

    /// Raw bytes in any encoding, HTML or text: decoded by BOM, declared charset, UTF-8
    /// or windows-1252, and sniffed for markup.
    pub fn bytes(bytes: &'a [u8]) -> Page<'a> {
        Page {
            content: Content::Bytes(bytes),
            url: None,
            published: None,
        }
    }

    /// Text already decoded, HTML or plain text: told apart as [`Page::bytes`] does, for
    /// callers that hold a string of unknown kind (a binding's `str`, a database column).
    ///
    /// ```
    /// use communique::{Extractor, Page};
    ///
    /// let x = Extractor::new();
    /// let html = x.extract(Page::auto("<h1>Trade talks open</h1><p>Trade talks opened in Lima.</p>"))?;
    /// let text = x.extract(Page::auto("Trade talks open\n\nTrade talks opened in Lima."))?;
    /// assert_eq!(html.title, text.title);
    /// # Ok::<(), communique::Error>(())
    /// ```
    pub fn auto(text: &'a str) -> Page<'a> {
        Page {
            content: Content::Auto(text),
            url: None,
            published: None,
        }
    }

    /// The page's URL, a hint for choosing a site profile and a date in the path.
    pub fn url(mut self, url: &'a str) -> Page<'a> {
        self.url = Some(url);
        self
    }

    /// A publication date known from outside the page: crawl metadata, a sitemap, a feed.
    ///
    /// The page's own statements come first (its metadata, a date line, a date in its
    /// URL); this date is the release's `published` only when the page states none, and
    /// then it is also the anchor that relative dates ("yesterday", "on Monday", "next
    /// month") resolve against.
    ///
    /// ```
    /// use communique::{Date, Extractor, Page};
    ///
    /// let crawled: Date = "2024-05-08".parse().unwrap();
    /// let x = Extractor::new();
    /// let page = Page::text("Talks open\n\nTalks opened in Lima yesterday.").published(crawled);
    /// let release = x.extract(page)?;
    /// assert_eq!(release.published, Some(crawled));
    /// assert_eq!(release.dates[0].start.to_string(), "2024-05-07"); // yesterday
    ///
    /// // A date the page states wins.
    /// let page = Page::text("Talks open\n\nLIMA, 2 May 2024 -- Talks opened today.").published(crawled);
    /// assert_eq!(x.extract(page)?.published.unwrap().to_string(), "2024-05-02");
    /// # Ok::<(), communique::Error>(())
    /// ```
    pub fn published(mut self, date: Date) -> Page<'a> {
        self.published = Some(date);
        self
    }
}

#[derive(Debug)]
struct Inner {
    limits: Limits,
    max_input_bytes: usize,
    profiles: Vec<CompiledProfile>,
}

/// Reads press releases. Build once, share everywhere: `Send + Sync`, cheap to clone.
///
/// All rules are compiled when the first `Extractor` is built; extraction itself only
/// reads them.
///
/// # Example
///
/// ```
/// use communique::Extractor;
///
/// let extractor = Extractor::new();
/// let release = extractor.extract_text(
///     "Ministers meet in Geneva\n\nGENEVA, 3 May 2021 -- Ministers met in Geneva today.",
/// )?;
/// assert_eq!(release.title.as_deref(), Some("Ministers meet in Geneva"));
/// assert_eq!(release.dateline.unwrap().place.as_deref(), Some("GENEVA"));
/// # Ok::<(), communique::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

/// The pages read once at start-up (see [`Extractor::with_options`]): a headline, a
/// dateline, people with titles, organisations and a date, as a release has.
const WARM_TEXT: &str = "Board approves budget\n\nNAIROBI, 12 October 2023 -- The Chair of the \
    Board of Directors thanked the Director-General of the International Labour Organization \
    for the report presented at the meeting on 11 October.";
const WARM_HTML: &str = "<html><head><title>Board approves budget</title></head><body>\
    <h1>Board approves budget</h1><p>NAIROBI, 12 October 2023 -- The Chair of the Board of \
    Directors thanked the Director-General of the International Labour Organization for the \
    report presented at the meeting on 11 October.</p></body></html>";

static DEFAULT: Lazy<Extractor> =
    Lazy::new(|| Extractor::with_options(Options::new()).expect("built-in profiles are valid"));

impl Extractor {
    /// An extractor with the built-in rules and default [`Options`].
    pub fn new() -> Extractor {
        DEFAULT.clone()
    }

    /// An extractor with `options`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidSelector`] or [`Error::InvalidProfile`] when a user profile does not compile.
    pub fn with_options(options: Options) -> Result<Extractor> {
        // The big tables are built here, once per process, not by the first page read:
        // that page would otherwise take their time (seconds in a sanitizer build).
        document::prepare();
        dates::prepare();
        let mut profiles = Vec::new();
        for p in options.profiles.iter().chain(profile::builtin().iter()) {
            profiles.push(p.compile()?);
        }
        let extractor = Extractor {
            inner: Arc::new(Inner {
                limits: Limits {
                    max_depth: options.max_depth,
                    max_nodes: options.max_nodes,
                    max_text_bytes: options.max_text_bytes,
                },
                max_input_bytes: options.max_input_bytes,
                profiles,
            }),
        };
        // What no table build covers is still paid by the first page read: the regex
        // engines' caches, tables filled on first look-up, the code's pages touched for the
        // first time (the first tiny page took 2.4 times the second). One tiny page of each
        // kind, read here once per process, moves that into start-up.
        static WARM: std::sync::Once = std::sync::Once::new();
        WARM.call_once(|| {
            let _ = extractor.extract(Page::text(WARM_TEXT));
            let _ = extractor.extract(Page::html(WARM_HTML));
        });
        Ok(extractor)
    }

    /// Reads one page.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the page cannot be read at all: it is empty, holds no readable
    /// text ([`Error::NoText`]), or is over one of the limits of [`Options`]. A page that
    /// merely lacks some fields is not an error.
    pub fn extract(&self, page: Page<'_>) -> Result<PressRelease> {
        self.extract_timed(page, &mut |_| {})
    }

    /// `extract`, and how long each stage took, in order: `("input", …)` (decoding and
    /// checks), `("document", …)` (parsing and reading the page), `("dates", …)`, and so on
    /// to `("output", …)`.
    ///
    /// For the benchmark in `examples/bench.rs` only: not part of the stable API, and its
    /// stage names and signature may change in any release.
    #[doc(hidden)]
    pub fn stage_times(
        &self,
        page: Page<'_>,
    ) -> Result<(PressRelease, Vec<(&'static str, Duration)>)> {
        let mut times = Vec::new();
        let mut last = Instant::now();
        let release = self.extract_timed(page, &mut |stage| {
            let now = Instant::now();
            times.push((stage, now - last));
            last = now;
        })?;
        Ok((release, times))
    }

    /// `extract`, calling `lap` with each stage's name as it ends (what `stage_times`
    /// does with a clock; the benchmark reads the process's resident memory from `/proc`
    /// there).
    ///
    /// For the benchmark in `examples/bench.rs` only, like `stage_times`.
    #[doc(hidden)]
    pub fn extract_with_laps(
        &self,
        page: Page<'_>,
        lap: &mut dyn FnMut(&'static str),
    ) -> Result<PressRelease> {
        self.extract_timed(page, lap)
    }

    /// `extract`, calling `lap` with each stage's name as it ends.
    fn extract_timed(
        &self,
        page: Page<'_>,
        lap: &mut dyn FnMut(&'static str),
    ) -> Result<PressRelease> {
        let decoded;
        let (content, is_html) = match page.content {
            Content::Html(s) => (s, true),
            Content::Text(s) => (s, false),
            Content::Auto(s) => (s, input::looks_like_html(s)),
            Content::Bytes(b) => {
                self.check_size(b.len())?;
                decoded = input::decode(b);
                let html = input::looks_like_html(&decoded);
                (decoded.as_str(), html)
            }
        };
        self.check_size(content.len())?;
        if content
            .chars()
            .all(|c| c.is_whitespace() || c.is_control() || c == '\u{feff}')
        {
            return Err(Error::Empty);
        }
        // UTF-8 that was decoded as windows-1252 before it reached us ("â€™"), in markup
        // and text alike: repaired here so that every later stage reads the real words.
        let content = input::repair_mojibake(content);
        lap("input");
        let mut doc = if is_html {
            document::html::read(&content, page.url, &self.inner.profiles, &self.inner.limits)?
        } else {
            document::text::read(&content, page.url, &self.inner.limits)?
        };
        // Set before the later stages run, so that the date stage anchors on it too.
        if doc.meta.published.is_none() {
            doc.meta.published = page.published;
        }
        if doc.text.is_empty() && doc.meta.title.is_none() {
            return Err(Error::NoText);
        }
        lap("document");
        Ok(assemble(&doc, lap))
    }

    /// Reads an HTML page: `extract(Page::html(html))`.
    ///
    /// # Errors
    ///
    /// As [`Extractor::extract`].
    pub fn extract_html(&self, html: &str) -> Result<PressRelease> {
        self.extract(Page::html(html))
    }

    /// Reads a plain-text release: `extract(Page::text(text))`.
    ///
    /// # Errors
    ///
    /// As [`Extractor::extract`].
    pub fn extract_text(&self, text: &str) -> Result<PressRelease> {
        self.extract(Page::text(text))
    }

    /// Reads a page from bytes in any encoding, HTML or text: `extract(Page::bytes(bytes))`.
    ///
    /// # Errors
    ///
    /// As [`Extractor::extract`].
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<PressRelease> {
        self.extract(Page::bytes(bytes))
    }

    fn check_size(&self, len: usize) -> Result<()> {
        if len > self.inner.max_input_bytes {
            return Err(Error::TooLarge {
                len,
                limit: self.inner.max_input_bytes,
            });
        }
        Ok(())
    }
}

/// The stages after the document, in order, and the output built from them.
fn assemble(doc: &Document, lap: &mut dyn FnMut(&'static str)) -> PressRelease {
    let dates = dates::find(doc);
    lap("dates");
    let headings: Vec<crate::span::Span> = doc
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Title | BlockKind::Heading))
        .map(|b| b.span)
        .collect();
    let ctx = entities::Ctx::new(&doc.text, &headings);
    lap("tokens");
    let found = entities::find(&ctx);
    lap("entities");
    let resolved = resolve::merge(&doc.text, &found, ctx.home_country);
    lap("resolve");
    // Headings, and the short unpunctuated lines that serve as headings on pages that mark
    // them up as paragraphs.
    let heading_spans: Vec<crate::span::Span> = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(i, b)| {
            let text = doc.block_text(b);
            let next_longer = doc
                .blocks
                .get(i + 1)
                .is_some_and(|n| n.span.len() > b.span.len() * 2);
            b.kind == BlockKind::Heading
                || b.kind == BlockKind::Paragraph
                    && next_longer
                    && (2..=12).contains(&text.split_whitespace().count())
                    && !text.ends_with(['.', ':', ';', ',', '!', '?'])
        })
        .map(|(_, b)| b.span)
        .collect();
    let context = events::DocContext {
        anchor: doc.anchor(),
        dateline: doc.meta.dateline.as_ref().and_then(|d| d.span),
        headings: &heading_spans,
    };
    let events = events::frames(&ctx, &found, &resolved, &dates, &context);
    lap("events");
    let mut out = PressRelease::empty(doc.text.clone());
    out.title = doc.meta.title.clone();
    out.published = doc.meta.published;
    out.modified = doc.meta.modified;
    out.dateline = doc.meta.dateline.as_ref().map(|d| Dateline {
        place: d.place.clone(),
        date: d.date,
    });
    out.categories = doc.meta.categories.clone();
    out.photos = doc.meta.photos.clone();
    out.people = resolved.people;
    out.organisations = resolved.organisations;
    out.events = events;
    out.dates = dates
        .iter()
        .filter_map(|d| {
            let span = Mention::new(&doc.text, d.span)?;
            Some(crate::model::DateMention {
                text: span.text.clone(),
                start: d.start,
                end: d.end,
                precision: d.precision,
                span,
            })
        })
        .collect();
    lap("output");
    out
}
