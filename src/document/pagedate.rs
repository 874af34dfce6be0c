//! The publication and update dates of an HTML page.
//!
//! Input: the parsed page, its `<meta>` tags and JSON-LD, the site profile. Output: the
//! best-supported publication date and update time. Sources are tried in a fixed order of
//! reliability: the profile's selectors, JSON-LD, `<meta>`, `<time>`, visible date lines
//! near the headline. A date string is only read by a written rule (ISO, worded dates in
//! the main European languages, all-digit dates in a known or unambiguous order).

use once_cell::sync::Lazy;
use regex::Regex;
use scraper::{ElementRef, Html, Selector};

use super::normalise;
use super::profile::CompiledProfile;
use crate::date::{Date, Timestamp};
use crate::dates::lexicon::{month_alternation, month_any};

macro_rules! selector {
    ($name:ident, $css:expr) => {
        static $name: Lazy<Selector> =
            Lazy::new(|| Selector::parse($css).expect(concat!($css, " is a valid selector")));
    };
}

selector!(META, "meta");
selector!(JSON_LD, "script[type='application/ld+json']");
selector!(
    TIME,
    "time[datetime], time[pubdate], [itemprop=datePublished]"
);
selector!(DATE_LINES, "[class*=date], [class*=Date], [class*=timestamp], [class*=posted], [class*=published], [class*=byline], [class*=meta], [id*=date]");

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
    /// `2018/07/19`, `2018.07.19`, `20180719` in paths
    ymd: Regex,
    /// `19-12-2024`, `4/6/2016`, `19.12.2024`
    dmy_digits: Regex,
    /// `2 July 2018`, `2. Juli 2018`, `2 de julio de 2018`, `July 2, 2018`, `Jul 2nd 2018`
    words: Regex,
    /// a time of day after the date, `16:18`, `4:00:00 PM`
    time: Regex,
}

static PAGE_DATES: Lazy<PageDateGrammar> = Lazy::new(|| {
    let months = month_alternation();
    PageDateGrammar {
        iso: Regex::new(r"(?:^|[^0-9])((?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][01]\d:?[0-5]\d)?)?)(?:[^0-9]|$)")
            .expect("iso page date is a valid pattern"),
        ymd: Regex::new(r"(?:^|[^0-9])((?:19|20)\d\d)[/.]([01]?\d)[/.]([0-3]?\d)(?:[^0-9]|$)").expect("ymd is a valid pattern"),
        dmy_digits: Regex::new(r"(?:^|[^0-9/.\-])([0-3]?\d)([./\-])([01]?\d)([./\-])((?:19|20)\d\d)(?:[^0-9]|$)")
            .expect("dmy digits is a valid pattern"),
        words: Regex::new(&format!(
            r"(?xi)
            (?:^|[^\p{{L}}0-9])
            (?:
                # day first: 2 July 2018, 2. Juli 2018, 2 de julio de 2018, 2nd of July, 2018
                ([0-3]?\d)(?:st|nd|rd|th|er|\.|º)?\s*(?:of\s+|de\s+)?({months})\.?,?\s*(?:de\s+|del\s+)?((?:19|20)\d\d)
              |
                # month first: July 2, 2018, Jul. 2nd 2018
                ({months})\.?\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)
            )
            (?:[^\p{{L}}0-9]|$)"
        ))
        .expect("worded page date is a valid pattern"),
        time: Regex::new(r"(?i)^\W{0,4}(?:(?:at|à|um|a\s+las|alle|om|kl\.)\s+)?([0-2]?\d)[:h.]([0-5]\d)(?::([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)?")
            .expect("time is a valid pattern"),
    }
});

/// Reads the first date a page string gives: a meta value, a `<time>` text, a date line.
///
/// Handles ISO and RFC 3339 forms, worded dates in the main European languages, and
/// all-digit dates in the order `order` says (or unambiguous ones when it is unknown).
/// Returns `None` rather than guess.
pub(crate) fn parse_page_date(s: &str, order: DigitOrder) -> Option<Timestamp> {
    let g = &*PAGE_DATES;
    let s = s.trim();
    if s.is_empty() || s.len() > 400 {
        return None;
    }
    if let Some(c) = g.iso.captures(s) {
        if let Some(t) = Timestamp::parse_lenient(c.get(1)?.as_str()) {
            return Some(t);
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
    if let Some(c) = g.words.captures(s) {
        let m = c.get(0)?;
        let date = if let (Some(d), Some(mo), Some(y)) = (c.get(1), c.get(2), c.get(3)) {
            month_any(mo.as_str())
                .and_then(|mo| Date::new(y.as_str().parse().ok()?, mo, d.as_str().parse().ok()?))
        } else if let (Some(mo), Some(d), Some(y)) = (c.get(4), c.get(5), c.get(6)) {
            month_any(mo.as_str())
                .and_then(|mo| Date::new(y.as_str().parse().ok()?, mo, d.as_str().parse().ok()?))
        } else {
            None
        };
        consider(m.start(), m.end(), date);
    }
    if let Some(c) = g.dmy_digits.captures(s) {
        let m = c.get(0)?;
        let a: u32 = c[1].parse().ok()?;
        let b: u32 = c[3].parse().ok()?;
        let y: i32 = c[5].parse().ok()?;
        let same_sep = c[2] == c[4];
        let date = if !same_sep {
            None
        } else {
            match order {
                DigitOrder::DayFirst => Date::new(y, b, a),
                DigitOrder::MonthFirst => Date::new(y, a, b),
                DigitOrder::Unknown if a > 12 => Date::new(y, b, a),
                DigitOrder::Unknown if b > 12 => Date::new(y, a, b),
                // `.` and `-` between day and month are European habits; `/` is ambiguous.
                DigitOrder::Unknown if &c[2] != "/" => Date::new(y, b, a),
                DigitOrder::Unknown if a == b => Date::new(y, a, b),
                DigitOrder::Unknown => None,
            }
        };
        consider(m.start(), m.end(), date);
    }
    if let Some(c) = g.ymd.captures(s) {
        let m = c.get(0)?;
        consider(
            m.start(),
            m.end(),
            Date::new(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?),
        );
    }
    let (_, date, end) = found?;
    let ts = Timestamp::from_date(date);
    // A time right after the date is kept, as pages state it.
    let rest = s.get(end.saturating_sub(1)..).unwrap_or("");
    if let Some(t) = g.time.captures(rest) {
        let mut h: u32 = t[1].parse().ok()?;
        let mi: u32 = t[2].parse().ok()?;
        let sec: u32 = t.get(3).map_or(Some(0), |x| x.as_str().parse().ok())?;
        if let Some(ap) = t.get(4) {
            let pm = ap.as_str().to_ascii_lowercase().starts_with('p');
            if h == 12 {
                h = 0;
            }
            if pm {
                h += 12;
            }
        }
        if let Some(with) = ts.with_time(h, mi, sec) {
            return Some(with);
        }
    }
    Some(ts)
}

/// A date in a URL path (`/2016/04/06/`, `/2016-04-06-`, `/20160406`), when there is one.
pub(crate) fn date_in_url(url: &str) -> Option<Date> {
    static URL_DATE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?:/|_|-)((?:19|20)\d\d)(?:[/_-]?)([01]\d)(?:[/_-]?)([0-3]\d)(?:/|_|-|\.|$)")
            .expect("url date is a valid pattern")
    });
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let c = URL_DATE.captures(path)?;
    Date::new(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
}

/// The values of `<meta>` tags, keyed by lowercase `property`, `name` or `itemprop`.
#[derive(Debug, Default)]
pub(crate) struct MetaTags(Vec<(String, String)>);

impl MetaTags {
    pub(crate) fn read(dom: &Html) -> MetaTags {
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
pub(crate) fn json_ld(dom: &Html) -> Vec<serde_json::Value> {
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

/// Finds the publication and update dates of a page from its markup.
pub(crate) fn find(
    dom: &Html,
    tags: &MetaTags,
    ld: &[serde_json::Value],
    profile: Option<&CompiledProfile>,
    order: DigitOrder,
) -> PageDates {
    let from_selectors = |sels: &[Selector]| {
        sels.iter()
            .find_map(|s| dom.select(s).find_map(|e| element_date(e, order)))
    };
    let meta_date = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| tags.all(k).find_map(|v| parse_page_date(v, order)))
    };
    let published = profile
        .and_then(|p| from_selectors(&p.published))
        .or_else(|| ld_string(ld, "datePublished").and_then(|v| parse_page_date(v, order)))
        .or_else(|| {
            meta_date(&[
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
            ])
        })
        .or_else(|| ld_string(ld, "dateCreated").and_then(|v| parse_page_date(v, order)))
        .or_else(|| {
            dom.select(&TIME)
                .filter(|e| !super::html::in_furniture(*e))
                .find_map(|e| element_date(e, order))
        })
        .or_else(|| {
            dom.select(&DATE_LINES)
                .filter(|e| !super::html::in_furniture(*e))
                .take(40)
                .find_map(|e| {
                    let t = element_text(e);
                    (t.len() < 120)
                        .then(|| parse_page_date(&t, order))
                        .flatten()
                })
        });
    let modified = profile
        .and_then(|p| from_selectors(&p.modified))
        .or_else(|| ld_string(ld, "dateModified").and_then(|v| parse_page_date(v, order)))
        .or_else(|| {
            meta_date(&[
                "article:modified_time",
                "og:updated_time",
                "datemodified",
                "dcterms.modified",
                "last-modified",
                "modified",
            ])
        });
    PageDates {
        published,
        modified,
    }
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
        assert_eq!(d("nothing here"), None);
        assert_eq!(d("31 June 2018"), None);
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
    }
}
