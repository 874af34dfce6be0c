//! Where a page keeps dates for machines: `<meta>` tags, JSON-LD, microdata attributes,
//! script data and redirect targets, and the element texts the page-date scan reads.

use once_cell::sync::Lazy;
use regex::Regex;
use scraper::ElementRef;

use super::parse::{parse_page_date, plausible};
use super::Dom;
use crate::date::{DateOrder, Timestamp};
use crate::document::normalise;
use crate::lexicon::{self, Class};

selector!(META, "meta");
selector!(JSON_LD, "script[type='application/ld+json']");
selector!(SCRIPT, "script");
selector!(TITLE_TAG, "title");

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
pub(super) fn spaced_text(el: ElementRef<'_>, limit: usize) -> Option<String> {
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
pub(crate) fn element_date(el: ElementRef<'_>, order: Option<DateOrder>) -> Option<Timestamp> {
    let v = el.value();
    for attr in ["datetime", "content", "value"] {
        if let Some(t) = v.attr(attr).and_then(|a| parse_page_date(a, order)) {
            return Some(t);
        }
    }
    parse_page_date(&element_text(el), order)
}

/// Where a redirecting page sends the reader: `<meta http-equiv=refresh>` or a script's
/// `location.href = "…"` (a DDoS shield or consent wall in front of the article).
pub(super) fn redirect_url(dom: &Dom, tags: &MetaTags) -> Option<String> {
    // The address's 8 to 500 characters are counted here, not in the pattern: a bounded
    // repeat of a Unicode class compiles to an automaton that costs the first page with a
    // script tens of milliseconds. A match of another length is passed over and the search
    // goes on from the next byte, where the bounded pattern would look next.
    static LOCATION: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r#"location(?:\.href)?\s*=\s*["'](https?://[^"'\s]+)["']|location\.replace\(\s*["'](https?://[^"'\s]+)["']"#)
            .expect("script redirect is a valid pattern")
    });
    let address = |t: &str| -> Option<String> {
        let mut from = 0;
        while let Some(c) = LOCATION.captures_at(t, from) {
            let url = c.get(1).or(c.get(2))?.as_str();
            let rest = url
                .strip_prefix("https://")
                .or_else(|| url.strip_prefix("http://"))
                .unwrap_or(url);
            if (8..=500).contains(&rest.chars().count()) {
                return Some(url.to_owned());
            }
            // Every match opens with the ASCII "location", so one byte on is a boundary.
            from = c.get(0)?.start() + 1;
        }
        None
    };
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
            address(t)
        })
    })
}

/// A publication key in the page's scripts: the data layer or app state of a page whose
/// body is drawn by JavaScript (`"published_at":"2019-03-02T06:22:28+01:00"`).
pub(super) fn script_date(dom: &Dom, order: Option<DateOrder>) -> Option<Timestamp> {
    static KEY: Lazy<Regex> = Lazy::new(|| {
        let keys: Vec<String> = lexicon::entries(Class::PageScriptDateKey)
            .map(|(k, _)| regex::escape(k))
            .collect();
        Regex::new(&format!(
            r#"(?i)["'](?:{})["']\s*:\s*["']([^"'\\]{{6,40}})["']"#,
            keys.join("|")
        ))
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
pub(super) fn title_date(
    dom: &Dom,
    tags: &MetaTags,
    order: Option<DateOrder>,
) -> Option<Timestamp> {
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

/// The first value of the `<meta>` keys of `class`, read in the class's rank order (the
/// value column: 1 first), that gives a date.
pub(super) fn meta_date(
    tags: &MetaTags,
    class: Class,
    order: Option<DateOrder>,
) -> Option<Timestamp> {
    let mut keys: Vec<(u32, &str)> = lexicon::entries(class)
        .map(|(k, rank)| (rank.parse().unwrap_or(u32::MAX), k))
        .collect();
    keys.sort_unstable();
    keys.iter()
        .find_map(|(_, k)| tags.all(k).find_map(|v| parse_page_date(v, order)))
}

/// Parses the date-source selectors now (see [`crate::document::prepare`]).
pub(super) fn prepare() {
    once_cell::sync::Lazy::force(&META);
    once_cell::sync::Lazy::force(&JSON_LD);
    once_cell::sync::Lazy::force(&SCRIPT);
    once_cell::sync::Lazy::force(&TITLE_TAG);
}
