//! The publication and update dates of an HTML page.
//!
//! Input: the parsed page, its `<meta>` tags and JSON-LD, the site profile, the page's
//! URL. Output: the best-supported publication date and update time.
//!
//! The publication date comes from, in order:
//! 1. metadata: the profile's selectors, JSON-LD `datePublished`, `<meta>` publication
//!    keys, the article's own microdata, JSON-LD `dateCreated`;
//! 2. the date a reader sees by the headline: `<time>` and elements whose class, id or
//!    itemprop name a date, and short date lines, nearest the headline and outside
//!    comments, sidebars, teasers and navigation. It overrules the metadata when it is one
//!    of the page's other metadata dates (the page shows its republication, or settles
//!    between disagreeing stamps) or the local day of a UTC stamp;
//! 3. with neither: the URL's date (given, canonical, `og:url`, a redirect's target), weak
//!    `<meta>` keys, publication keys in scripts, the title's or description's date, and
//!    last dates far from the headline, in teasers, the first comment's, the sidebar's.
//!
//! A date string is only read by a written rule (ISO, worded dates in the main European
//! languages, all-digit dates in a known or unambiguous order, the page's language
//! deciding `02/10/2020` for visible text).

use std::cell::RefCell;
use std::collections::HashMap;

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use once_cell::sync::Lazy;
use regex::Regex;
use scraper::{ElementRef, Node};

use super::select::{Dom, Sel};

use super::profile::CompiledProfile;
use super::{comparable, normalise};
use crate::date::{Date, Timestamp};
use crate::dates::lexicon::{month_alternation, month_any, month_en};

macro_rules! selector {
    ($name:ident, $css:expr) => {
        static $name: Lazy<Sel> =
            Lazy::new(|| Sel::parse($css).expect(concat!($css, " is a valid selector")));
    };
}

selector!(META, "meta");
selector!(JSON_LD, "script[type='application/ld+json']");
selector!(ITEM_PUBLISHED, "[itemprop=datePublished]");
selector!(ITEM_CREATED, "[itemprop=dateCreated]");
selector!(ITEM_MODIFIED, "[itemprop=dateModified]");
selector!(CANONICAL, "link[rel=canonical]");
selector!(SCRIPT, "script");

/// Day-month order of an all-digit date such as `04/06/2016`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DigitOrder {
    /// `MM/DD/YYYY`, as US publishers write.
    MonthFirst,
    /// `DD/MM/YYYY` or `DD.MM.YYYY`, as European publishers write.
    DayFirst,
    /// Unknown: only read when one of the two numbers is over 12.
    Unknown,
}

struct PageDateGrammar {
    /// `2018-07-19`, `2018-07-19T16:18:55+00:00`, `2024-09-25 17:39:56`
    iso: Regex,
    /// `2018/07/19`, `2018.07.19`, `2022. 2. 2.`
    ymd: Regex,
    /// `2022年2月2日`, `2022년 2월 2일`
    cjk: Regex,
    /// `19-12-2024`, `4/6/2016`, `19.12.2024`, `4. 2. 2022`
    dmy_digits: Regex,
    /// `30.10.23`: a two-digit year, only with dots and two-digit days and months (so that
    /// `version 2.1.18` is not a date)
    dmy_short: Regex,
    /// `2 July 2018`, `2. Juli 2018`, `2 de julio de 2018`, `July 2, 2018`, `Jul 2nd 2018`,
    /// `2022. február 2.`
    words: Regex,
    /// a time of day after the date, `16:18`, `4:00:00 PM`
    time: Regex,
}

static PAGE_DATES: Lazy<PageDateGrammar> = Lazy::new(|| {
    let months = month_alternation();
    PageDateGrammar {
        iso: Regex::new(r"(?:^|[^0-9])((?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][01]\d:?[0-5]\d)?)?)(?:[^0-9]|$)")
            .expect("iso page date is a valid pattern"),
        ymd: Regex::new(r"(?:^|[^0-9])((?:19|20)\d\d)[/.]\s?([01]?\d)[/.]\s?([0-3]?\d)(?:[^0-9]|$)").expect("ymd is a valid pattern"),
        cjk: Regex::new(r"((?:19|20)\d\d)\s*[年년]\s*([01]?\d)\s*[月월]\s*([0-3]?\d)").expect("cjk date is a valid pattern"),
        dmy_digits: Regex::new(r"(?:^|[^0-9/.\-])([0-3]?\d)([./\-])\s?([01]?\d)([./\-])\s?((?:19|20)\d\d)(?:[^0-9]|$)")
            .expect("dmy digits is a valid pattern"),
        dmy_short: Regex::new(r"(?:^|[^0-9/.\-])([0-3]\d)\.\s?([01]\d)\.\s?(\d\d)(?:[^0-9.]|\.(?:[^0-9]|$)|$)")
            .expect("dmy short is a valid pattern"),
        words: Regex::new(&format!(
            r"(?xi)
            (?:^|[^\p{{L}}0-9])
            (?:
                # day first: 2 July 2018, 2. Juli 2018, 2 de julio de 2018, 2nd of July, 2018
                ([0-3]?\d)(?:st|nd|rd|th|er|\.|º)?\s*(?:of\s+|de\s+)?({months})\.?,?\s*(?:de\s+|del\s+)?((?:19|20)\d\d)
              |
                # month first: July 2, 2018, Jul. 2nd 2018
                ({months})\.?\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)
              |
                # year first, the Hungarian way: 2022. február 2.
                ((?:19|20)\d\d)\.?\s+({months})\.?\s+([0-3]?\d)\.?
            )
            (?:[^\p{{L}}0-9]|$)"
        ))
        .expect("worded page date is a valid pattern"),
        time: Regex::new(r"(?i)^\W{0,4}(?:(?:at|à|um|a\s+las|alle|om|kl\.)\s+)?([0-2]?\d)[:h.]([0-5]\d)(?::([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)?")
            .expect("time is a valid pattern"),
    }
});

/// Compiles the page-date patterns now (see [`super::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&PAGE_DATES);
    Lazy::force(&CUES);
}

/// Reads the first date a page string gives: a meta value, a `<time>` text, a date line.
///
/// Handles ISO and RFC 3339 forms, worded dates in the main European languages, and
/// all-digit dates in the order `order` says (or unambiguous ones when it is unknown).
/// Returns `None` rather than guess.
pub(crate) fn parse_page_date(s: &str, order: DigitOrder) -> Option<Timestamp> {
    parse_page_date_at(s.trim(), order).map(|(t, _)| t)
}

/// [`parse_page_date`], with the byte offset in `s` where the date starts.
fn parse_page_date_at(s: &str, order: DigitOrder) -> Option<(Timestamp, usize)> {
    let g = &*PAGE_DATES;
    // Every form has at least four digits (`1.2.23`); most strings a page holds have fewer.
    if s.len() > 400 || s.bytes().filter(u8::is_ascii_digit).take(4).count() < 4 {
        return None;
    }
    if let Some(c) = g.iso.captures(s) {
        let m = c.get(1)?;
        if let Some(t) = Timestamp::parse_lenient(m.as_str()) {
            return Some((t, m.start()));
        }
    }
    let mut found: Option<(usize, Date, usize)> = None;
    let mut consider = |start: usize, end: usize, d: Option<Date>| {
        if let Some(d) = d {
            if found.is_none_or(|(s0, _, _)| start < s0) {
                found = Some((start, d, end));
            }
        }
    };
    // The capture groups below are all mandatory in their patterns; `get` keeps a missed
    // group a `None` rather than a panic all the same.
    let num =
        |c: &regex::Captures<'_>, i: usize| -> Option<u32> { c.get(i)?.as_str().parse().ok() };
    let worded = |c: &regex::Captures<'_>, d: usize, mo: usize, y: usize| -> Option<Date> {
        let month = month_any(c.get(mo)?.as_str())?;
        Date::new(num(c, y)? as i32, month, num(c, d)?)
    };
    if let Some(c) = g.words.captures(s) {
        let m = c.get(0)?;
        let date = if c.get(1).is_some() {
            worded(&c, 1, 2, 3)
        } else if c.get(4).is_some() {
            worded(&c, 5, 4, 6)
        } else {
            worded(&c, 9, 8, 7)
        };
        consider(m.start(), m.end(), date);
    }
    if let Some(c) = g.dmy_digits.captures(s) {
        let m = c.get(0)?;
        let (a, b, y) = (num(&c, 1)?, num(&c, 3)?, num(&c, 5)? as i32);
        let (sep1, sep2) = (c.get(2)?.as_str(), c.get(4)?.as_str());
        let date = if sep1 != sep2 {
            None
        } else {
            match order {
                DigitOrder::DayFirst => Date::new(y, b, a),
                DigitOrder::MonthFirst => Date::new(y, a, b),
                DigitOrder::Unknown if a > 12 => Date::new(y, b, a),
                DigitOrder::Unknown if b > 12 => Date::new(y, a, b),
                // `.` and `-` between day and month are European habits; `/` is ambiguous.
                DigitOrder::Unknown if sep1 != "/" => Date::new(y, b, a),
                DigitOrder::Unknown if a == b => Date::new(y, a, b),
                DigitOrder::Unknown => None,
            }
        };
        consider(m.start(), m.end(), date);
    }
    if order != DigitOrder::MonthFirst {
        if let Some(c) = g.dmy_short.captures(s) {
            let m = c.get(0)?;
            let yy = num(&c, 3)? as i32;
            // Two-digit years: 00–49 are this century, the rest the last.
            let y = if yy < 50 { 2000 + yy } else { 1900 + yy };
            consider(m.start(), m.end(), Date::new(y, num(&c, 2)?, num(&c, 1)?));
        }
    }
    for re in [&g.ymd, &g.cjk] {
        if let Some(c) = re.captures(s) {
            let m = c.get(0)?;
            consider(
                m.start(),
                m.end(),
                Date::new(num(&c, 1)? as i32, num(&c, 2)?, num(&c, 3)?),
            );
        }
    }
    let (start, date, end) = found?;
    // The match may begin with the boundary character before the date.
    let start = s
        .get(start..)
        .and_then(|rest| rest.find(|c: char| c.is_alphanumeric()))
        .map_or(start, |i| start + i);
    let ts = Timestamp::from_date(date);
    // A time right after the date is kept, as pages state it.
    let rest = s.get(end.saturating_sub(1)..).unwrap_or("");
    let with_time = |t: regex::Captures<'_>| -> Option<Timestamp> {
        let mut h = num(&t, 1)?;
        let mi = num(&t, 2)?;
        let sec = t.get(3).map_or(Some(0), |x| x.as_str().parse().ok())?;
        if let Some(ap) = t.get(4) {
            let pm = ap.as_str().to_ascii_lowercase().starts_with('p');
            if h == 12 {
                h = 0;
            }
            if pm {
                h += 12;
            }
        }
        ts.with_time(h, mi, sec)
    };
    if let Some(with) = g.time.captures(rest).and_then(with_time) {
        return Some((with, start));
    }
    Some((ts, start))
}

/// A date in a URL path (`/2016/04/06/`, `/2016-04-06-`, `/20160406`, `/2020/oct/02/`),
/// when there is one.
pub(crate) fn date_in_url(url: &str) -> Option<Date> {
    static URL_DATE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?:/|_|-)((?:19|20)\d\d)(?:[/_-]?)([01]\d)(?:[/_-]?)([0-3]\d)(?:/|_|-|\.|$)")
            .expect("url date is a valid pattern")
    });
    static URL_WORDED: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)/((?:19|20)\d\d)/([a-z]{3,9})/([0-3]?\d)/")
            .expect("worded url date is a valid pattern")
    });
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let num =
        |c: &regex::Captures<'_>, i: usize| -> Option<u32> { c.get(i)?.as_str().parse().ok() };
    if let Some(c) = URL_DATE.captures(path) {
        return Date::new(num(&c, 1)? as i32, num(&c, 2)?, num(&c, 3)?);
    }
    let c = URL_WORDED.captures(path)?;
    Date::new(
        num(&c, 1)? as i32,
        month_en(c.get(2)?.as_str())?,
        num(&c, 3)?,
    )
}

/// The values of `<meta>` tags, keyed by lowercase `property`, `name` or `itemprop`.
#[derive(Debug, Default)]
pub(crate) struct MetaTags(Vec<(String, String)>);

impl MetaTags {
    pub(crate) fn read(dom: &Dom) -> MetaTags {
        let mut tags = Vec::new();
        for m in dom.select(&META) {
            let v = m.value();
            let Some(content) = v
                .attr("content")
                .filter(|c| !c.trim().is_empty())
                .or(v.attr("value"))
            else {
                continue;
            };
            for key in ["property", "name", "itemprop", "http-equiv"] {
                if let Some(k) = v.attr(key) {
                    tags.push((k.trim().to_ascii_lowercase(), content.to_owned()));
                }
            }
        }
        MetaTags(tags)
    }

    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// The objects of every JSON-LD block, flattened (`@graph` and arrays opened).
pub(crate) fn json_ld(dom: &Dom) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    for script in dom.select(&JSON_LD) {
        let raw: String = script.text().collect();
        if raw.len() > 1 << 20 {
            continue;
        }
        let Ok(value) = serde_json::from_str::<serde_json::Value>(raw.trim().trim_end_matches(';'))
        else {
            continue;
        };
        let mut stack = vec![value];
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Array(items) => stack.extend(items.into_iter().rev()),
                serde_json::Value::Object(mut map) => {
                    if let Some(graph) = map.remove("@graph") {
                        stack.push(graph);
                    }
                    out.push(serde_json::Value::Object(map));
                }
                _ => {}
            }
        }
        if out.len() > 1000 {
            break;
        }
    }
    out
}

fn is_article_type(v: &serde_json::Value) -> bool {
    let ty = |s: &str| {
        s.contains("Article")
            || s.contains("NewsArticle")
            || s == "BlogPosting"
            || s == "Report"
            || s == "PressRelease"
            || s == "WebPage"
    };
    match v.get("@type") {
        Some(serde_json::Value::String(s)) => ty(s),
        Some(serde_json::Value::Array(a)) => a.iter().any(|x| x.as_str().is_some_and(ty)),
        _ => false,
    }
}

pub(crate) fn ld_string<'a>(objects: &'a [serde_json::Value], key: &str) -> Option<&'a str> {
    let articles = objects.iter().filter(|o| is_article_type(o));
    let others = objects.iter().filter(|o| !is_article_type(o));
    articles
        .chain(others)
        .find_map(|o| o.get(key)?.as_str().filter(|s| !s.trim().is_empty()))
}

/// The text of an element with whitespace collapsed.
pub(crate) fn element_text(el: ElementRef<'_>) -> String {
    let mut s = String::new();
    for t in el.text() {
        s.push_str(t);
        if s.len() > 4096 {
            break;
        }
    }
    normalise(&s)
}

/// The text of an element with a space between its text nodes, so that two adjacent
/// dates (`<time>15. April 2016</time><time>4. März 2017</time>`) stay apart; `None` when
/// it is longer than `limit` bytes.
fn spaced_text(el: ElementRef<'_>, limit: usize) -> Option<String> {
    let mut s = String::new();
    for t in el.text() {
        s.push_str(t);
        s.push(' ');
        if s.len() > limit * 4 {
            return None;
        }
    }
    let s = normalise(&s);
    (s.len() <= limit).then_some(s)
}

/// A date-bearing value of an element: `datetime`, `content`, `value`, else its text.
pub(crate) fn element_date(el: ElementRef<'_>, order: DigitOrder) -> Option<Timestamp> {
    let v = el.value();
    for attr in ["datetime", "content", "value"] {
        if let Some(t) = v.attr(attr).and_then(|a| parse_page_date(a, order)) {
            return Some(t);
        }
    }
    parse_page_date(&element_text(el), order)
}

/// The page's publication and update dates.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct PageDates {
    pub published: Option<Timestamp>,
    pub modified: Option<Timestamp>,
}

/// What kind of element a seen date was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    /// A `<time>` element.
    Time,
    /// An element whose class, id or itemprop names a date.
    Hinted,
    /// A short line of text that carries a date.
    Line,
}

/// A date the page states, with where it stands relative to the headline.
#[derive(Clone, Copy, Debug)]
struct Seen {
    ts: Timestamp,
    source: Source,
    /// Visible-text offset of the element or line that holds it.
    pos: usize,
    /// Inside comments, sidebars, related stories, navigation or the page footer.
    noise: Noise,
    /// Marked as an update ("Updated", "Aktualisiert", `class="updated"`).
    updated: bool,
}

selector!(BODY, "body");
selector!(TITLE_TAG, "title");

/// Tags whose text a reader never sees.
fn is_invisible_tag(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "select"
            | "option"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "textarea"
            | "head"
    )
}

/// Tags that start a new line of text.
fn is_block_tag(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "br"
            | "tr"
            | "td"
            | "th"
            | "table"
            | "ul"
            | "ol"
            | "dl"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "main"
            | "aside"
            | "nav"
            | "figure"
            | "figcaption"
            | "blockquote"
            | "pre"
            | "address"
            | "hr"
            | "form"
            | "center"
    )
}

/// How far a page part is from the article: its dates belong to other items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
enum Noise {
    /// The article and its header.
    #[default]
    None,
    /// Teasers and lists of other stories: their dates are often the article's own
    /// siblings', sometimes the article's.
    Teaser,
    /// Comments and replies: later than the article, the first of them often the same day
    /// (and on a forum, the first post is the article).
    Comment,
    /// A sidebar, aside or footer: the page's, unless it is the article's own.
    Layout,
    /// Comments, navigation, share bars, cookie and newsletter boxes.
    Furniture,
}

/// The noise level that an element's tag, class, id or role gives it.
fn noise_of(el: ElementRef<'_>) -> Noise {
    /// Class and id words, one pattern per level, matched anywhere in the attribute.
    struct NoiseWords {
        furniture: Regex,
        comment: Regex,
        layout: Regex,
        teaser: Regex,
    }
    static WORDS: Lazy<NoiseWords> = Lazy::new(|| {
        NoiseWords {
        furniture: Regex::new(
            r"(?i)breadcrumb|navbar|navigation|menu|share|social|cookie|newsletter|advert|(?:^|\s)(?:nav|aside)(?:\s|$)",
        )
        .expect("furniture words are a valid pattern"),
        comment: Regex::new(r"(?i)comment|disqus|respond|reply")
            .expect("comment words are a valid pattern"),
        layout: Regex::new(r"(?i)sidebar|(?:^|\s)(?:site-|page-)?footer(?:\s|$)")
            .expect("layout words are a valid pattern"),
        teaser: Regex::new(r"(?i)related|recommend|popular|most-?read|carousel|slider|ticker|promo")
            .expect("teaser words are a valid pattern"),
    }
    });
    let e = el.value();
    let mut level = match e.name() {
        "nav" => Noise::Furniture,
        "footer" | "aside" => Noise::Layout,
        _ => Noise::None,
    };
    if matches!(e.attr("role"), Some("navigation" | "search")) {
        level = Noise::Furniture;
    }
    if matches!(e.attr("role"), Some("complementary" | "contentinfo")) {
        level = level.max(Noise::Layout);
    }
    let w = &*WORDS;
    for v in [e.attr("class"), e.id()].into_iter().flatten() {
        let part = if w.furniture.is_match(v) {
            Noise::Furniture
        } else if w.comment.is_match(v) {
            Noise::Comment
        } else if w.layout.is_match(v) {
            Noise::Layout
        } else if w.teaser.is_match(v)
            || (v.to_ascii_lowercase().contains("teaser") && repeated(el))
        {
            Noise::Teaser
        } else {
            Noise::None
        };
        level = level.max(part);
    }
    level
}

/// Whether `el` is one of several siblings of its kind: a teaser in a list of teasers,
/// not the one box that holds the article.
fn repeated(el: ElementRef<'_>) -> bool {
    let Some(class) = el.value().attr("class") else {
        return false;
    };
    let Some(parent) = el.parent() else {
        return false;
    };
    parent
        .children()
        .filter_map(ElementRef::wrap)
        .filter(|s| s.value().attr("class") == Some(class))
        .take(2)
        .count()
        >= 2
}

/// Class, id and itemprop words of elements that hold a date.
fn date_hint(el: &scraper::node::Element) -> Option<bool> {
    static HINT: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)date|datum|time|publish|posted|byline|subline|submitted|created|fecha|parution|meta|info|author|autor|stamp|updated|modified")
            .expect("date hint words are a valid pattern")
    });
    static UPDATE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)updated|modified|changed").expect("update words are a valid pattern")
    });
    let mut hit = el.name() == "time";
    let mut updated = false;
    for v in [el.attr("class"), el.id(), el.attr("itemprop")]
        .into_iter()
        .flatten()
    {
        if HINT.is_match(v) {
            hit = true;
            updated |= UPDATE.is_match(v);
        }
    }
    hit.then_some(updated)
}

/// What one walk over the body saw.
#[derive(Debug, Default)]
struct Scan {
    /// Visible-text offsets of the headline's start and end.
    headline: Option<(usize, usize)>,
    seen: Vec<Seen>,
    /// The part of the page that holds the headline.
    frame: Frame,
}

/// One line of visible text, its offset and the element it starts in.
struct Line {
    text: String,
    pos: usize,
    node: NodeId,
}

/// Walks the body once: the headline's place, the dates of date-bearing elements, and
/// the short lines that carry a date.
fn scan(dom: &Dom, order: DigitOrder, titles: &[String]) -> Scan {
    let Some(body) = dom.select(&BODY).next() else {
        return Scan::default();
    };
    let mut pos = 0usize;
    let mut skip_at: Option<NodeId> = None;
    let mut line = String::new();
    let mut line_start = (0usize, body.id());
    let mut lines: Vec<Line> = Vec::new();
    // Headings that may be the headline: start and end offsets, node, and whether an `h1`.
    let mut heads: Vec<(usize, usize, NodeId, bool)> = Vec::new();
    let mut open_heads: Vec<(NodeId, usize, bool)> = Vec::new();
    let mut hinted: Vec<(ElementRef<'_>, usize, bool)> = Vec::new();
    let flush = |line: &mut String, lines: &mut Vec<Line>, start: (usize, NodeId)| {
        if line.bytes().any(|b| b.is_ascii_digit()) && lines.len() < 20_000 {
            lines.push(Line {
                text: normalise(line),
                pos: start.0,
                node: start.1,
            });
        }
        line.clear();
    };
    for edge in body.traverse() {
        match edge {
            Edge::Open(node) => {
                if skip_at.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) => {
                        let name = el.name();
                        if is_invisible_tag(name) {
                            skip_at = Some(node.id());
                            continue;
                        }
                        if is_block_tag(name) {
                            flush(&mut line, &mut lines, line_start);
                            line_start = (pos, node.id());
                        }
                        if matches!(name, "h1" | "h2" | "h3")
                            || el.attr("itemprop") == Some("headline")
                        {
                            open_heads.push((node.id(), pos, name == "h1"));
                        }
                        // `<meta>` and `<link>` in the body are markup, not what a reader sees.
                        if node.id() != body.id() && !matches!(name, "meta" | "link") {
                            if let Some(updated) = date_hint(el) {
                                if let Some(e) =
                                    ElementRef::wrap(node).filter(|_| hinted.len() < 600)
                                {
                                    hinted.push((e, pos, updated));
                                }
                            }
                        }
                    }
                    Node::Text(t) => {
                        let t: &str = t;
                        if !t.trim().is_empty() {
                            if line.len() < 2000 {
                                line.push_str(t);
                            }
                            pos += t.trim().len() + 1;
                        } else if !line.is_empty() {
                            line.push(' ');
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip_at == Some(node.id()) {
                    skip_at = None;
                    continue;
                }
                if skip_at.is_some() {
                    continue;
                }
                if let Some(el) = node.value().as_element() {
                    if is_block_tag(el.name()) {
                        flush(&mut line, &mut lines, line_start);
                        line_start = (pos, node.parent().map_or(node.id(), |p| p.id()));
                    }
                    if let Some(&(id, start, h1)) = open_heads.last() {
                        if id == node.id() {
                            if heads.len() < 2000 {
                                heads.push((start, pos, id, h1));
                            }
                            open_heads.pop();
                        }
                    }
                }
            }
        }
    }
    flush(&mut line, &mut lines, line_start);

    // The headline is the `h1` that the page's title repeats, else another heading that
    // it repeats, else the first `h1` outside furniture that reads like a headline.
    let heads: Vec<(usize, usize, ElementRef<'_>, bool)> = heads
        .into_iter()
        .filter_map(|(s, e, id, h1)| Some((s, e, dom.tree.get(id).and_then(ElementRef::wrap)?, h1)))
        .collect();
    // The title holds the heading (after a site name, before a section), or the heading
    // goes on where a shortened title stops.
    let in_title = |el: ElementRef<'_>| {
        let k = comparable(&element_text(el));
        k.len() >= 8
            && titles.iter().any(|t| {
                t.contains(&k)
                    || t.char_indices()
                        .nth(24)
                        .and_then(|(i, _)| t.get(..i))
                        .is_some_and(|head| k.starts_with(head))
            })
    };
    let headline_el = heads
        .iter()
        .find(|h| h.3 && in_title(h.2))
        .or_else(|| heads.iter().find(|h| !h.3 && in_title(h.2)))
        .or_else(|| {
            heads.iter().find(|h| {
                h.3 && noise_above(h.2, &Frame::default()) == Noise::None
                    && element_text(h.2).split_whitespace().count() >= 2
            })
        });
    let headline = headline_el.map(|h| (h.0, h.1));
    // Furniture is judged after the walk: a wrapper whose class says "sidebar" but that
    // holds the headline is the page's layout, not a sidebar.
    let frame = Frame::around(headline_el.map(|h| h.2));
    let noise = |el: ElementRef<'_>| noise_above(el, &frame);

    let mut seen = Vec::new();
    for (el, at, updated) in hinted {
        // A wrapper around the headline would read a date the headline mentions.
        let holds_headline = frame.keep.contains(&el.id());
        if let Some((ts, cue)) = hinted_date(el, order, !holds_headline) {
            seen.push(Seen {
                ts,
                source: if el.value().name() == "time" {
                    Source::Time
                } else {
                    Source::Hinted
                },
                pos: at,
                noise: noise(el),
                updated: updated || cue == Cue::Updated,
            });
        }
    }
    for l in &lines {
        // The headline's first line may name a date of its own ("Results of 19.5.2007");
        // a line under it inside the heading (`<h1>…<br><small>2.2.2022</small>`) dates it.
        if headline.is_some_and(|(s, _)| l.pos == s) {
            continue;
        }
        if let Some((ts, cue)) = line_date(&l.text, order) {
            let el = dom.tree.get(l.node).and_then(ElementRef::wrap);
            seen.push(Seen {
                ts,
                source: Source::Line,
                pos: l.pos,
                noise: el.map_or(Noise::None, noise),
                updated: cue == Cue::Updated,
            });
        }
    }
    Scan {
        headline,
        seen,
        frame,
    }
}

/// The part of the page that holds the headline, against which furniture is judged.
#[derive(Debug, Default)]
struct Frame {
    /// The headline's ancestors: the page's layout, never furniture.
    keep: Vec<NodeId>,
    /// The headline's `<article>` (or schema.org article item): its own sidebar, aside
    /// and footer hold its byline and date.
    article: Option<NodeId>,
    /// Each element's own noise level, as it is asked for.
    own: RefCell<HashMap<NodeId, Noise>>,
}

impl Frame {
    fn around(headline: Option<ElementRef<'_>>) -> Frame {
        let Some(h) = headline else {
            return Frame::default();
        };
        let keep: Vec<NodeId> = h.ancestors().map(|a| a.id()).collect();
        let article = h
            .ancestors()
            .filter_map(ElementRef::wrap)
            .find(|a| {
                a.value().name() == "article"
                    || a.value().attr("itemtype").is_some_and(|t| {
                        t.contains("Article") || t.contains("BlogPosting") || t.contains("Posting")
                    })
            })
            .map(|a| a.id());
        Frame {
            keep,
            article,
            own: RefCell::default(),
        }
    }
}

/// The noise level of `el`: the highest of its own and its ancestors'.
fn noise_above(el: ElementRef<'_>, frame: &Frame) -> Noise {
    let chain: Vec<ElementRef<'_>> = std::iter::once(el)
        .chain(el.ancestors().filter_map(ElementRef::wrap))
        .take(64)
        .collect();
    let in_article = frame
        .article
        .is_some_and(|art| chain.iter().any(|a| a.id() == art));
    let mut memo = frame.own.borrow_mut();
    let mut level = Noise::None;
    // Walking down from the root: whether an `<article>` is above the current element.
    let mut article_above = false;
    for a in chain.iter().rev() {
        let name = a.value().name();
        if !frame.keep.contains(&a.id()) && !matches!(name, "body" | "html") {
            let own = *memo.entry(a.id()).or_insert_with(|| noise_of(*a));
            level = level.max(match own {
                // An article's own aside, sidebar column and footer hold its byline and date.
                Noise::Layout if in_article || article_above => Noise::None,
                n => n,
            });
        }
        article_above |= name == "article";
    }
    level
}

/// The date of a date-bearing element: a machine-readable attribute, else its short text.
fn hinted_date(el: ElementRef<'_>, order: DigitOrder, read_text: bool) -> Option<(Timestamp, Cue)> {
    let v = el.value();
    for attr in ["datetime", "content", "data-date", "data-datetime", "title"] {
        if let Some(t) = v.attr(attr).and_then(|a| parse_page_date(a, order)) {
            let cue = spaced_text(el, 200).map_or(Cue::None, |text| {
                let start = parse_page_date_at(&text, order).map_or(text.len(), |(_, s)| s);
                cue_before(&text, start)
            });
            return Some((t, cue));
        }
    }
    if !read_text {
        return None;
    }
    let text = spaced_text(el, 200)?;
    let (t, start) = parse_page_date_at(&text, order)?;
    Some((t, cue_before(&text, start)))
}

/// The word before a date that says what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    None,
    /// "Published", "Veröffentlicht am", "Datum:", "Pressemitteilung vom".
    Published,
    /// "Updated", "Aktualisiert am", "Mis à jour le". ("Stand:" is the page's date, as
    /// German sites use it.)
    Updated,
}

static CUES: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?xi)
        (?P<upd>updated|update|last\s+modified|modified|last\s+edited|aktualisiert|geändert
          |mis\s+à\s+jour|modifié|actualizado|actualizada|aggiornato|aggiornamento|bijgewerkt)
        |(?P<pub>published|posted|released|\bdate\b|datum|veröffentlicht|erstellt|erschienen
          |publié|publiée|publication|paru|publicado|publicada|fecha|pubblicato|pubblicata|\bdata\b
          |gepubliceerd|opublikowano|\bvom\b|\bdu\b|\bdel\b|copyright|©)",
    )
    .expect("date cue is a valid pattern")
});

/// The cue in the 30 characters before byte `start` of `text`; the nearest one wins.
fn cue_before(text: &str, start: usize) -> Cue {
    let before = text.get(..start).unwrap_or("");
    let tail = before
        .char_indices()
        .rev()
        .nth(30)
        .map_or(before, |(i, _)| before.get(i..).unwrap_or(before));
    match CUES.captures_iter(tail).last() {
        Some(c) if c.name("upd").is_some() => Cue::Updated,
        Some(_) => Cue::Published,
        None => Cue::None,
    }
}

/// Whether a participle of posting follows the date that starts at byte `start`, as German
/// word order puts it: "… wurde am 19. Mai 2010 um 23:03 Uhr gepostet".
fn posted_after(text: &str, start: usize) -> bool {
    static POSTED: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
            r"(?i)\b(?:gepostet|veröffentlicht|erschienen|publiziert|verfasst|geschrieben)\b",
        )
        .expect("posting participle is a valid pattern")
    });
    let rest = text.get(start..).unwrap_or("");
    let end = rest.char_indices().nth(60).map_or(rest.len(), |(i, _)| i);
    rest.get(..end).is_some_and(|r| POSTED.is_match(r))
}

/// A line that states a date: short, or starting with the date, or after a cue word.
fn line_date(line: &str, order: DigitOrder) -> Option<(Timestamp, Cue)> {
    if line.len() > 400 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (ts, start) = parse_page_date_at(line, order)?;
    let cue = match cue_before(line, start) {
        Cue::None if posted_after(line, start) => Cue::Published,
        cue => cue,
    };
    let short = line.chars().count() <= 80;
    (short || start <= 3 || cue != Cue::None).then_some((ts, cue))
}

/// Finds the publication and update dates of a page from its markup.
pub(crate) fn find(
    dom: &Dom,
    tags: &MetaTags,
    ld: &[serde_json::Value],
    profile: Option<&CompiledProfile>,
    order: DigitOrder,
    url: Option<&str>,
) -> PageDates {
    // Visible dates follow the page's language; machine values in `<meta>` and JSON-LD
    // often follow the server's (`11/01/2023` on a Swiss page is the 1st of November).
    let text_order = match order {
        DigitOrder::Unknown => page_order(dom, tags),
        known => known,
    };
    let titles: Vec<String> = tags
        .get("og:title")
        .map(comparable)
        .into_iter()
        .chain(
            dom.select(&TITLE_TAG)
                .next()
                .map(|t| comparable(&element_text(t))),
        )
        .filter(|t| !t.is_empty())
        .collect();
    let scan = scan(dom, text_order, &titles);

    // A theme's update stamp often shares the publication date's selector
    // (`time.entry-date.updated`); it is not the publication date.
    let is_update = |e: &ElementRef<'_>| {
        let c = e.value().attr("class").unwrap_or("");
        (c.contains("updated") || c.contains("modified")) && !c.contains("published")
    };
    // A theme's selector also matches the stamps of the related posts under the article:
    // the article's own match wins, any match is the fallback.
    let from_selectors = |sels: &[Sel], published: bool| {
        let matches = |own: bool| {
            sels.iter().find_map(|s| {
                dom.select(s)
                    .filter(|e| !(published && is_update(e)))
                    .filter(|e| !own || noise_above(*e, &scan.frame) == Noise::None)
                    .find_map(|e| element_date(e, order))
            })
        };
        matches(true).or_else(|| matches(false))
    };
    let meta_date = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| tags.all(k).find_map(|v| parse_page_date(v, order)))
    };
    // The metadata's publication dates, most reliable first.
    let mut meta: Vec<Timestamp> = Vec::new();
    let mut push = |t: Option<Timestamp>| {
        if let Some(t) = t.filter(|t| plausible(t.date())) {
            meta.push(t);
        }
    };
    push(profile.and_then(|p| from_selectors(&p.published, true)));
    push(ld_string(ld, "datePublished").and_then(|v| parse_page_date(v, order)));
    push(meta_date(PUBLISHED_KEYS));
    // Microdata is repeated on every teaser of a list page: only the article's own counts.
    for sel in [&*ITEM_PUBLISHED, &*ITEM_CREATED] {
        push(
            dom.select(sel)
                .filter(|e| noise_above(*e, &scan.frame) == Noise::None)
                .find_map(|e| element_date(e, order)),
        );
    }
    push(ld_string(ld, "dateCreated").and_then(|v| parse_page_date(v, order)));
    let modified = profile
        .and_then(|p| from_selectors(&p.modified, false))
        .or_else(|| ld_string(ld, "dateModified").and_then(|v| parse_page_date(v, order)))
        .or_else(|| meta_date(MODIFIED_KEYS))
        .or_else(|| {
            dom.select(&ITEM_MODIFIED)
                .find_map(|e| element_date(e, order))
        });

    // The page's address: the one given, else the one it names for itself.
    let url_date = url.and_then(date_in_url).or_else(|| {
        dom.select(&CANONICAL)
            .filter_map(|l| l.value().attr("href"))
            .chain(tags.all("og:url"))
            .find_map(date_in_url)
    });

    let visible = visible_date(&scan);
    let published = match meta.first() {
        Some(&first) => {
            let others: Vec<Date> = meta
                .iter()
                .skip(1)
                .map(|t| t.date())
                .chain(modified.map(|t| t.date()))
                .collect();
            match visible {
                // The page shows one of its own metadata dates by the headline: that is the
                // date it presents itself under (a republished post shows its new date).
                Some(v) if v.date() != first.date() && others.contains(&v.date()) => v,
                // A UTC timestamp is a moment; the page's calendar day is the local one.
                Some(v) if utc_day_shift(first, v.date()) => v,
                _ => match url_date {
                    Some(u) if utc_day_shift(first, u) => Timestamp::from_date(u),
                    _ => first,
                },
            }
        }
        None => match visible {
            Some(v) => v,
            None => {
                return PageDates {
                    published: url_date
                        // An interstitial page (a DDoS shield, a consent wall) names the
                        // article's address only as where it sends the reader.
                        .or_else(|| redirect_url(dom, tags).as_deref().and_then(date_in_url))
                        .map(Timestamp::from_date)
                        .or_else(|| meta_date(WEAK_PUBLISHED_KEYS).filter(|t| plausible(t.date())))
                        .or_else(|| script_date(dom, order))
                        .or_else(|| title_date(dom, tags, text_order))
                        .or_else(|| weaker_date(&scan)),
                    modified,
                };
            }
        },
    };
    PageDates {
        published: Some(published),
        modified,
    }
}

/// Where a redirecting page sends the reader: `<meta http-equiv=refresh>` or a script's
/// `location.href = "…"` (a DDoS shield or consent wall in front of the article).
fn redirect_url(dom: &Dom, tags: &MetaTags) -> Option<String> {
    static LOCATION: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r#"location(?:\.href)?\s*=\s*["'](https?://[^"'\s]{8,500})["']|location\.replace\(\s*["'](https?://[^"'\s]{8,500})["']"#)
            .expect("script redirect is a valid pattern")
    });
    if let Some(refresh) = tags.get("refresh") {
        let lower = refresh.to_ascii_lowercase();
        if let Some(i) = lower.find("url=") {
            let target = refresh.get(i + 4..)?.trim().trim_matches(['\'', '"']);
            return Some(target.to_owned());
        }
    }
    dom.select(&SCRIPT).take(50).find_map(|s| {
        s.text().find_map(|t| {
            let t = t.get(..t.len().min(1 << 16)).unwrap_or("");
            let c = LOCATION.captures(t)?;
            Some(c.get(1).or(c.get(2))?.as_str().to_owned())
        })
    })
}

/// A publication key in the page's scripts: the data layer or app state of a page whose
/// body is drawn by JavaScript (`"published_at":"2019-03-02T06:22:28+01:00"`).
fn script_date(dom: &Dom, order: DigitOrder) -> Option<Timestamp> {
    static KEY: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
            r#"["'](?:datePublished|date_published|published_at|publishedAt|publish_date|publishDate|pubDate|publishdate|firstPublishedAt|first_published_at|article_date_published)["']\s*:\s*["']([^"'\\]{6,40})["']"#,
        )
        .expect("script publication key is a valid pattern")
    });
    dom.select(&SCRIPT)
        .filter(|s| s.value().attr("type") != Some("application/ld+json"))
        .take(200)
        .find_map(|s| {
            s.text().find_map(|t| {
                let t = t.get(..t.len().min(1 << 20)).unwrap_or("");
                KEY.captures_iter(t)
                    .take(20)
                    .find_map(|c| parse_page_date(c.get(1)?.as_str(), order))
                    .filter(|t| plausible(t.date()))
            })
        })
}

/// A date that the page's title or description states ("… | DW | 23.05.2011",
/// "Notizia del 14 Gennaio 2020").
fn title_date(dom: &Dom, tags: &MetaTags, order: DigitOrder) -> Option<Timestamp> {
    let title = dom.select(&TITLE_TAG).next().map(element_text);
    title
        .as_deref()
        .into_iter()
        .chain(
            ["og:title", "description", "og:description"]
                .into_iter()
                .filter_map(|k| tags.get(k)),
        )
        .find_map(|s| parse_page_date(s, order))
        .filter(|t| plausible(t.date()))
}

/// The last resort: a date line far from the headline, then a date in a teaser, the first
/// comment's, then a date in the page's sidebar or footer.
fn weaker_date(scan: &Scan) -> Option<Timestamp> {
    let near = |s: &&Seen| {
        scan.headline.map_or(0, |(start, end)| {
            if s.pos >= end {
                s.pos - end
            } else {
                start - s.pos.min(start)
            }
        })
    };
    let at = |level: Noise| {
        scan.seen
            .iter()
            .filter(move |s| s.noise == level && !s.updated && plausible(s.ts.date()))
    };
    at(Noise::None)
        .min_by_key(near)
        .or_else(|| at(Noise::Teaser).min_by_key(near))
        .or_else(|| at(Noise::Comment).min_by_key(|s| s.ts.date()))
        .or_else(|| at(Noise::Layout).min_by_key(near))
        .map(|s| s.ts)
}

/// The digit order the page's language implies: `en-US` writes months first, the rest of
/// the English-speaking world and continental Europe days first; plain `en` says nothing.
fn page_order(dom: &Dom, tags: &MetaTags) -> DigitOrder {
    let root = dom.root_element();
    let lang = root
        .value()
        .attr("lang")
        .or_else(|| root.value().attr("xml:lang"))
        .filter(|l| !l.trim().is_empty())
        .or_else(|| tags.get("og:locale"))
        .or_else(|| tags.get("content-language"));
    lang.map_or(DigitOrder::Unknown, locale_order)
}

fn locale_order(locale: &str) -> DigitOrder {
    let l = locale.trim().to_ascii_lowercase().replace('_', "-");
    let (lang, region) = l.split_once('-').unwrap_or((l.as_str(), ""));
    const DAY_FIRST: &[&str] = &[
        "de", "fr", "it", "es", "pt", "nl", "pl", "cs", "sk", "da", "sv", "nb", "nn", "no", "fi",
        "ru", "uk", "tr", "el", "ro", "hr", "sl", "sr", "bg", "ca", "eu", "gl", "et", "lv", "lt",
        "is", "ga", "cy",
    ];
    match (lang, region) {
        ("en", "us") => DigitOrder::MonthFirst,
        ("en", "gb" | "uk" | "ie" | "au" | "nz" | "in" | "za") => DigitOrder::DayFirst,
        (l, _) if DAY_FIRST.contains(&l) => DigitOrder::DayFirst,
        _ => DigitOrder::Unknown,
    }
}

/// `<meta>` keys of the publication date, most specific first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "og:published_time",
    "published_time",
    "govuk:first-published-at",
    "dc.date.created",
    "citation_publication_date",
    "datecreated",
    "article:published",
    "originalpublicationdate",
];

/// `<meta>` keys that some sites fill with the publication date and others with an
/// indexing or revision date: read only when neither stronger metadata, the date by the
/// headline nor the URL gives one.
const WEAK_PUBLISHED_KEYS: &[&str] = &[
    "dcterms.date",
    "dc:date",
    "dc.created",
    "dc:date.created",
    "dc.date.published",
    "prism.publicationdate",
    "og:pubdate",
    "pub_date",
    "publication_date",
    "published_date",
    "date_published",
    "date:published_time",
    "release_date",
    "article.created",
    "bt:pubdate",
    "rnews:datepublished",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "dcsext.articlefirstpublished",
    "bepress_citation_date",
];

/// `<meta>` keys of the last update.
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "modified",
];

/// Whether `local` is the calendar day of the UTC timestamp `utc` somewhere: the next
/// day east of Greenwich when the time is late enough, the day before west of it when
/// it is early enough.
fn utc_day_shift(utc: Timestamp, local: Date) -> bool {
    let (Some(0), Some((h, _, _))) = (utc.offset_minutes(), utc.time()) else {
        return false;
    };
    let d = utc.date();
    (d.add_days(1) == Some(local) && h >= 10) || (d.add_days(-1) == Some(local) && h < 12)
}

/// A publication date before the web's first news sites is a placeholder or a typo.
fn plausible(d: Date) -> bool {
    d.year() >= 1995
}

/// The date a reader sees by the headline.
fn visible_date(scan: &Scan) -> Option<Timestamp> {
    // A publication date shown by the headline wins over an update shown there.
    nearest_headline(scan, false).or_else(|| nearest_headline(scan, true))
}

/// The article date nearest the headline; `updates` admits dates marked as updates.
///
/// Distance is counted in characters of visible text from the headline, doubled above it
/// (a date over the headline is rarer than one under it) and doubled again for a plain
/// line (a date-bearing element is stronger evidence than text that happens to hold a
/// date). Without a headline, the first date-bearing element in the page, else the first
/// date line.
fn nearest_headline(scan: &Scan, updates: bool) -> Option<Timestamp> {
    let mut candidates = scan
        .seen
        .iter()
        .filter(|s| s.noise == Noise::None && plausible(s.ts.date()) && (updates || !s.updated));
    let Some((start, end)) = scan.headline else {
        let first = candidates.clone().find(|s| s.source != Source::Line);
        return first.or_else(|| candidates.next()).map(|s| s.ts);
    };
    candidates
        .filter(|s| s.source != Source::Line || (s.pos + 400 >= start && s.pos <= end + 1500))
        .min_by_key(|s| {
            let d = if s.pos >= end {
                s.pos - end
            } else {
                (start - s.pos.min(start)) * 2
            };
            if s.source == Source::Line {
                d * 2
            } else {
                d
            }
        })
        .map(|s| s.ts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        parse_page_date(s, DigitOrder::Unknown).map(|t| t.to_string())
    }

    #[test]
    fn page_dates() {
        assert_eq!(
            d("2018-07-19T16:18:55+00:00").as_deref(),
            Some("2018-07-19T16:18:55+00:00")
        );
        assert_eq!(
            d("Monday, 2 July 2018|International").as_deref(),
            Some("2018-07-02")
        );
        assert_eq!(
            d("17-12-2024 - 13:17").as_deref(),
            Some("2024-12-17T13:17:00")
        );
        assert_eq!(
            d("April 06, 2016 12:00 ET").as_deref(),
            Some("2016-04-06T12:00:00")
        );
        assert_eq!(d("4/6/2016 4:00:00 PM"), None); // ambiguous without a convention
        assert_eq!(
            parse_page_date("4/6/2016 4:00:00 PM", DigitOrder::MonthFirst)
                .map(|t| t.to_string())
                .as_deref(),
            Some("2016-04-06T16:00:00")
        );
        assert_eq!(
            d("Admin | December 11, 2024").as_deref(),
            Some("2024-12-11")
        );
        assert_eq!(d("19. März 2019").as_deref(), Some("2019-03-19"));
        assert_eq!(d("5 de julio de 2020").as_deref(), Some("2020-07-05"));
        assert_eq!(
            d("Publié le 12.05.2021 à 10h30").as_deref(),
            Some("2021-05-12T10:30:00")
        );
        assert_eq!(
            d("Mar 03, 2009 08:30 ET").as_deref(),
            Some("2009-03-03T08:30:00")
        );
        assert_eq!(d("nothing here"), None);
        assert_eq!(d("31 June 2018"), None);
    }

    #[test]
    fn locale_digit_orders() {
        let table = [
            ("en-US", DigitOrder::MonthFirst),
            ("en_us", DigitOrder::MonthFirst),
            ("en-GB", DigitOrder::DayFirst),
            ("de-DE", DigitOrder::DayFirst),
            ("fr", DigitOrder::DayFirst),
            ("en", DigitOrder::Unknown),
            ("ja", DigitOrder::Unknown),
        ];
        for (l, want) in table {
            assert_eq!(locale_order(l), want, "{l}");
        }
        // A British page's `02/10/2020` is the 2nd of October.
        let page = r#"<html xml:lang="en-GB"><head><title>Halls too full</title></head><body>
            <h1>Halls too full</h1><span class="time">02/10/2020</span><p>Text.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2020-10-02"));
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            date_in_url("https://x.org/the-press-office/2015/04/11/weekly-address")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2015-04-11")
        );
        assert_eq!(
            date_in_url("https://x.org/news/20160406-launch")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2016-04-06")
        );
        assert_eq!(date_in_url("https://x.org/news/item-1234"), None);
        assert_eq!(
            date_in_url("https://x.com/education/2020/oct/02/uk-halls-too-full")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2020-10-02")
        );
        // An archive's capture stamp is not the page's date.
        assert_eq!(
            date_in_url("https://web.archive.org/web/20160218174457/http://x.de/2010/05/post/"),
            None
        );
    }

    /// The published date `find` gives for a page, as `YYYY-MM-DD`.
    fn published(html: &str) -> Option<String> {
        published_at(html, None)
    }

    fn published_at(html: &str, url: Option<&str>) -> Option<String> {
        let dom = Dom::new(scraper::Html::parse_document(html));
        let tags = MetaTags::read(&dom);
        let ld = json_ld(&dom);
        find(&dom, &tags, &ld, None, DigitOrder::Unknown, url)
            .published
            .map(|t| t.date().to_string())
    }

    #[test]
    fn two_digit_year_with_dots() {
        let table = [
            ("Party, 30.10.23", Some("2023-10-30")),
            ("28.09.19 12:44", Some("2019-09-28T12:44:00")),
            ("10.12.99", Some("1999-12-10")),
            ("Version 1.2.3", None),
            ("Version 2.1.18", None),
            ("192.168.10.12", None),
            ("30.10.2023", Some("2023-10-30")),
        ];
        for (s, want) in table {
            assert_eq!(d(s).as_deref(), want, "{s}");
        }
        // A site that writes months first does not write two-digit years with dots.
        assert_eq!(parse_page_date("30.10.23", DigitOrder::MonthFirst), None);
    }

    #[test]
    fn worded_dates_in_more_languages() {
        let table = [
            ("2 февраля 2022 г.", Some("2022-02-02")),
            ("2. helmikuuta 2022", Some("2022-02-02")),
            ("2 Φεβρουαρίου 2022", Some("2022-02-02")),
            ("2 d'agost de 2021", None), // the elided article is not read
            ("2 agost 2021", Some("2021-08-02")),
            ("3 martie 2020", Some("2020-03-03")),
            ("12. Mrz. 2019", Some("2019-03-12")),
            ("4 augusti 2020", Some("2020-08-04")),
            ("2022. február 2.", Some("2022-02-02")),
            ("1er février 2022", Some("2022-02-01")),
        ];
        for (s, want) in table {
            assert_eq!(d(s).as_deref(), want, "{s}");
        }
    }

    #[test]
    fn year_first_digits() {
        let table = [
            ("2022年2月2日", Some("2022-02-02")),
            ("2022년 2월 2일", Some("2022-02-02")),
            ("2022. 2. 2.", Some("2022-02-02")),
            ("2019/11/10 13:28", Some("2019-11-10T13:28:00")),
        ];
        for (s, want) in table {
            assert_eq!(d(s).as_deref(), want, "{s}");
        }
    }

    #[test]
    fn spaced_digits() {
        let table = [
            ("Von DTB 4.\u{2009}2.\u{2009}2022.", Some("2022-02-04")),
            ("4. 2. 2022", Some("2022-02-04")),
            ("27.1.2022 - Bei der Erinnerung", Some("2022-01-27")),
        ];
        for (s, want) in table {
            assert_eq!(d(s).as_deref(), want, "{s}");
        }
    }

    #[test]
    fn date_cues() {
        let table = [
            ("Aktualisiert am 06. Mär. 2023", Cue::Updated),
            ("Updated June 13, 2019", Cue::Updated),
            ("Mis à jour le 3 mai 2021", Cue::Updated),
            ("Veröffentlicht am 3. Mai 2021", Cue::Published),
            ("Pressemitteilung vom 20.01.2022", Cue::Published),
            ("Datum: 28.01.2022", Cue::Published),
            ("Stand: 05. Februar 2020", Cue::None),
            ("Von Claudia Riedler 19. Oktober 2019", Cue::None),
        ];
        for (s, want) in table {
            let (_, start) = parse_page_date_at(s, DigitOrder::Unknown).expect(s);
            assert_eq!(cue_before(s, start), want, "{s}");
        }
    }

    #[test]
    fn utc_day_shifts() {
        let ts = |s: &str| Timestamp::parse_lenient(s).expect(s);
        let day = |s: &str| s.parse::<Date>().expect(s);
        let table = [
            // Evening in New York is the next morning in UTC.
            ("2023-11-09T02:11:03+00:00", "2023-11-08", true),
            // Just after midnight in Vienna is the evening before in UTC.
            ("2019-10-18T22:04:00Z", "2019-10-19", true),
            ("2023-11-09T15:00:00Z", "2023-11-08", false),
            ("2023-11-09T05:00:00Z", "2023-11-10", false),
            ("2023-11-09T22:00:00+01:00", "2023-11-10", false),
            ("2023-11-09", "2023-11-10", false),
        ];
        for (utc, local, want) in table {
            assert_eq!(utc_day_shift(ts(utc), day(local)), want, "{utc} {local}");
        }
    }

    #[test]
    fn headline_date_line() {
        // A line under the headline that is only a date and a section.
        let page = r#"<html><head><title>Roads first | BUND</title></head><body>
            <nav><p>Letzte Meldung 3. Januar 2022</p></nav>
            <h1>Roads first</h1><p class="caption">21. Januar 2022 | Mobilität</p>
            <p>The minister must repair roads before building new ones, the group said today.</p>
            </body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2022-01-21"));
    }

    #[test]
    fn headline_date_line_inside_heading() {
        let page = r#"<html><head><title>Fans return</title></head><body>
            <h1>Fans return to the clubs<br><small>02.02.2022 • Handball</small></h1>
            <p>Clubs may admit spectators again from the weekend on.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2022-02-02"));
        // The headline's own first line names an event, not the page's date.
        let page = r#"<html><head><title>Results of 19.5.2007</title></head><body>
            <h1>Results of 19.5.2007</h1><div class="entry-meta">20.05.2007</div>
            <p>All results of the regional championship.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2007-05-20"));
    }

    #[test]
    fn comment_and_teaser_dates() {
        // Comment dates and a list of teasers are not the article's date.
        let page = r#"<html><head><title>Swimming passes on sale</title></head><body>
            <ul><li class="teaser"><span class="date">9 March 2022</span></li>
                <li class="teaser"><span class="date">8 March 2022</span></li></ul>
            <h1>Swimming passes on sale</h1>
            <p>The passes can be ordered now from the federation's shop online.</p>
            <div class="comments"><span class="date">3 March 2022</span></div>
            <p>Text of the article goes on here, for a while.</p>
            <p class="byline">By the press office, 1 March 2022</p>
            </body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2022-03-01"));
        // One teaser box that holds the article is the article.
        let page = r#"<html><head><title>Federation news</title></head><body>
            <h2>Swimming passes on sale</h2>
            <div class="teaserTyp3 newsSingle"><span class="blue">01.02.2022</span></div>
            <p>The passes can be ordered now from the federation's shop online.</p>
            </body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2022-02-01"));
    }

    #[test]
    fn article_aside_and_layout_sidebar() {
        // An `<aside>` inside the article is its meta box.
        let page = r#"<html><head><title>Hate crimes unreported</title></head><body>
            <article><header><h1>Hate crimes unreported</h1>
            <aside class="meta"><time datetime="2023-10-18T11:45:00+02:00">18. Okt 2023</time>
            </aside></header><p>Text.</p></article>
            <aside><span class="date">1. November 2023</span></aside></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2023-10-18"));
        // A wrapper called "with-sidebar" that holds the headline is the layout.
        let page = r#"<html><head><title>Wine of the year</title></head><body>
            <div class="page one-sidebar"><h1>Wine of the year</h1>
            <p class="date">28. Januar 2022</p><p>Text.</p></div></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2022-01-28"));
    }

    #[test]
    fn adjacent_time_elements() {
        // WordPress prints the publication and the (hidden) update side by side.
        let page = r#"<html><head><title>Private and state spies</title></head><body>
            <h1>Private and state spies</h1><div class="entry-meta"><span class="posted-on">
            <time class="entry-date published" datetime="2016-04-15T08:12:12+02:00">15. April 2016</time><time class="updated" datetime="2017-03-04T12:25:38+01:00">4. März 2017</time>
            </span></div><p>Text.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2016-04-15"));
    }

    #[test]
    fn headline_date_chooses_between_metadata() {
        // Metadata disagree; the date by the headline settles it.
        let page = r#"<html><head><title>Vanlife in Sweden</title>
            <meta property="article:published_time" content="2022-01-06T08:29:34">
            <script type="application/ld+json">{"@type":"Article","datePublished":"2022-01-04T07:29:00.000Z"}</script>
            </head><body><h1>Vanlife in Sweden</h1><div class="article__info">06.01.2022</div>
            <p>Text.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2022-01-06"));
        // A republished post shows its update date as its date.
        let page = r#"<html><head><title>Can fish feel pain?</title>
            <meta property="article:published_time" content="2021-11-29T14:13:37+00:00">
            <meta property="article:modified_time" content="2022-01-12T14:27:30+00:00">
            </head><body><h1>Can fish feel pain?</h1><div class="author">12.01.2022</div>
            <p>Text.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2022-01-12"));
        // A date by the headline that no metadata gives does not overrule them.
        let page = r#"<html><head><title>Strava limits</title>
            <meta property="article:published_time" content="2022-01-26T10:00:00+01:00">
            </head><body><h1>Strava limits</h1><div class="date">21.01.2022</div>
            <p>Text.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2022-01-26"));
    }

    #[test]
    fn utc_stamp_and_local_day() {
        let page = r#"<html><head><title>Two stabbed in Roxbury</title>
            <meta property="article:published_time" content="2023-11-09T02:11:03+00:00">
            </head><body><h1>Two stabbed in Roxbury</h1>
            <time datetime="2023-11-08T21:11:03-05:00">November 8, 2023</time>
            <p>Text.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2023-11-08"));
        // The canonical URL gives the local day when nothing visible does.
        let page = r#"<html><head><title>Live: Gaza</title>
            <link rel="canonical" href="https://news.example.it/esteri/2023/11/02/diretta/gaza/">
            <meta property="article:published_time" content="2023-11-01T23:01:00Z">
            </head><body><h1>Live: Gaza</h1><p>Text.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2023-11-02"));
    }

    #[test]
    fn microdata_in_teasers() {
        // Microdata of the teasers in a menu are not the article's.
        let page = r#"<html><head><title>Identity politics</title></head><body>
            <ul class="teasers"><li class="teaser"><time itemprop="datePublished" datetime="2023-10-10">10.10.</time></li>
            <li class="teaser"><time itemprop="datePublished" datetime="2023-10-11">11.10.</time></li></ul>
            <article><h1>Identity politics</h1>
            <time itemprop="datePublished" datetime="2023-10-18T11:45:00+02:00">18. Okt 2023</time>
            <p>Text.</p></article></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2023-10-18"));
    }

    #[test]
    fn hinted_element_over_plain_line() {
        // A forum post: the poster's registration date is a plain line, the post date is marked.
        let page = r#"<html><head><title>What is new</title></head><body>
            <h1>What is new</h1><div class="topic-actions">Antwort erstellen • Suche
            in diesem Thema • 3 Beiträge • Seite 1 von 1</div><dl><dt>r23</dt>
            <dd>Beiträge: 1626</dd><dd>Registriert: 18.09.2008, 05:56</dd><dd>Wohnort: Hagen</dd>
            </dl><p class="author">von r23 » 21.01.2009, 05:42</p><p>Text of the post.</p>
            </body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2009-01-21"));
    }

    #[test]
    fn implausible_dates() {
        let page = r#"<html><head><title>Old</title>
            <meta name="date" content="1990-01-01"></head><body><h1>An old page</h1>
            <p class="date">3 May 2012</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2012-05-03"));
    }

    #[test]
    fn machine_value_in_server_order() {
        // The `<meta>` value follows the server's US format; the page's own line is German.
        let page = r#"<html lang="de"><head><title>Trinkwasser belastet</title>
            <meta name="date" content="11/01/2023 12:43:42"></head><body>
            <h1>Trinkwasser belastet</h1><p>Das Wasser muss abgekocht werden.</p>
            <p>Erstellt am: 01.11.2023</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2023-11-01"));
    }

    #[test]
    fn script_publication_keys() {
        // A page drawn by JavaScript keeps its dates in the app state.
        let page = r#"<html><head><title>Sidamo beans</title><script>
            var meta = {"product":{"title":"Sidamo","published_at":"2019-03-02T06:22:28+01:00"}};
            </script></head><body><div id="app"></div></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2019-03-02"));
        // JSON-LD is read as JSON-LD, not as a script.
        let page = r#"<html><head><script type="application/ld+json">{"@type":"WebSite","x":{"publishDate":"2001-01-01"}}</script>
            </head><body><p>Nothing.</p></body></html>"#;
        assert_eq!(published(page), None);
    }

    #[test]
    fn title_and_description_dates() {
        let page = r#"<html><head><title>Bears: a record year | Park</title>
            <meta name="description" content="BEARS: A RECORD YEAR (Notizia del 14 Gennaio 2020)">
            </head><body><p>Text without a date.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2020-01-14"));
        let page = r#"<html><head><title>Fertile land lost | Environment | DW | 23.05.2011</title>
            </head><body><p>Text without a date.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2011-05-23"));
    }

    #[test]
    fn last_resort_dates() {
        // A forum thread: the posts are marked as comments; the first one dates the page.
        let page = r#"<html><head><title>No App Store over mobile data</title></head><body>
            <h1>No App Store over mobile data</h1>
            <div class="comment"><span class="CommentTime">28.09.19 12:44</span><p>Since iOS 13…</p></div>
            <div class="comment"><span class="CommentTime">29.09.19 11:20</span><p>Same here.</p></div>
            <div class="sidebar"><ul><li><span class="date">13.10.19</span> Other thread</li></ul></div>
            </body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2019-09-28"));
        // A date line far below the headline, when nothing else dates the page.
        let mut page = String::from(
            r#"<html><head><title>News</title></head><body><h1>Quick links here</h1>"#,
        );
        for _ in 0..60 {
            page.push_str("<p>A paragraph of the federation's news page.</p>");
        }
        page.push_str("<p>01.02.2022 Kategorie: Verband</p></body></html>");
        assert_eq!(published(&page).as_deref(), Some("2022-02-01"));
    }

    #[test]
    fn redirect_urls() {
        // A DDoS shield sends the reader on to the article's address.
        let page = r#"<html><body><p>You will be connected in a moment...</p><script>
            document.cookie="x=1";location.href="https://www.example.se/20200428/meet-the-swede?a=1";
            </script></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2020-04-28"));
        let page = r#"<html><head><meta http-equiv="refresh" content="0; url=https://x.org/2019/04/19/post/">
            </head><body></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2019-04-19"));
        // A given URL's date comes first.
        let page = r#"<html><head><link rel="canonical" href="https://x.org/2019/04/19/post/"></head>
            <body></body></html>"#;
        assert_eq!(
            published_at(page, Some("https://x.org/2019/04/20/post/")).as_deref(),
            Some("2019-04-20")
        );
    }

    #[test]
    fn posting_participle_after_the_date() {
        let table = [
            ("Der Artikel wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Literatur abgelegt, wo er bleibt.", true),
            ("Die Messe findet am 19. Mai 2010 statt, und zwar in Halle vier des Messegeländes der Stadt.", false),
        ];
        for (s, want) in table {
            let (_, start) = parse_page_date_at(s, DigitOrder::Unknown).expect(s);
            assert_eq!(posted_after(s, start), want, "{s}");
            assert_eq!(line_date(s, DigitOrder::Unknown).is_some(), want, "{s}");
        }
        // A copyright stamp with a full date is the page's stamp.
        let s = "Copyright © 19.12.2019 - 12:14 h by Example GmbH, D-40764 Langenfeld. All rights reserved.";
        let (_, start) = parse_page_date_at(s, DigitOrder::Unknown).expect(s);
        assert_eq!(cue_before(s, start), Cue::Published);
    }
    #[test]
    fn profile_selectors_prefer_the_article() {
        let profile = super::super::profile::Profile::new("theme")
            .published("time.entry-date")
            .modified("time.updated")
            .compile()
            .expect("the test profile compiles");
        let page = r#"<html><head><title>Meet the artist</title></head><body>
            <aside class="related-posts"><time class="entry-date updated" datetime="2023-11-08">8 Nov</time></aside>
            <article><h1>Meet the artist</h1>
            <time class="entry-date published" datetime="2023-11-06T08:00:15-08:00">6 Nov</time>
            <time class="updated" datetime="2023-11-06T10:00:09-08:00">6 Nov</time>
            <p>Text.</p></article></body></html>"#;
        let dom = Dom::new(scraper::Html::parse_document(page));
        let dates = find(
            &dom,
            &MetaTags::read(&dom),
            &json_ld(&dom),
            Some(&profile),
            DigitOrder::Unknown,
            None,
        );
        let day = |t: Option<Timestamp>| t.map(|t| t.date().to_string());
        assert_eq!(day(dates.published).as_deref(), Some("2023-11-06"));
        assert_eq!(day(dates.modified).as_deref(), Some("2023-11-06"));
    }

    #[test]
    fn weak_meta_keys() {
        // An indexing date in `dcterms.date` does not overrule the date by the headline.
        let page = r#"<html><head><title>Nuclear is not green</title>
            <meta name="dcterms.date" content="2022-01-21T09:43+01:00"></head><body>
            <h1>Nuclear is not green</h1><time datetime="2022-01-25T08:00:00+01:00">25.01.2022</time>
            <p>Text.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2022-01-25"));
        // Alone, it dates the page.
        let page = r#"<html><head><title>Nuclear is not green</title>
            <meta name="dcterms.date" content="2022-01-21T09:43+01:00"></head><body>
            <h1>Nuclear is not green</h1><p>Text.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2022-01-21"));
    }

    #[test]
    fn shortened_title() {
        // The title stops short of the headline; the headline is still found, and the
        // date under it read rather than the menu's.
        let page = r#"<html><head><title>Ministers agree on a new framework for the …</title></head>
            <body><h1>Menu</h1><ul><li class="date">1 May 2021</li></ul>
            <h2>Ministers agree on a new framework for the protection of coastal waters</h2>
            <p class="date">4 May 2021</p><p>Text.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2021-05-04"));
    }
}
