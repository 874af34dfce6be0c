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
//! A date string is only read by the crate's one date grammar ([`crate::date::grammar`])
//! with the page-date policy of [`parse`]: a whole absolute date (ISO, worded dates in the
//! languages of the lexicon, all-digit dates in a known or unambiguous order, the page's
//! language deciding `02/10/2020` for visible text), in a plausible year.

/// A CSS selector compiled once, on first use.
macro_rules! selector {
    ($name:ident, $css:expr) => {
        static $name: once_cell::sync::Lazy<$crate::document::select::Sel> =
            once_cell::sync::Lazy::new(|| {
                $crate::document::select::Sel::parse($css)
                    .expect(concat!($css, " is a valid selector"))
            });
    };
}

mod parse;
mod scan;
mod sources;
#[cfg(test)]
mod tests;

use scraper::ElementRef;

use self::parse::plausible;
use self::scan::{noise_above, scan, Noise, Scan, Seen, Source};
use self::sources::{meta_date, redirect_url, script_date, title_date};
use super::comparable;
use super::profile::CompiledProfile;
use super::select::{Dom, Sel};
use crate::date::{Date, DateOrder, Timestamp};
use crate::lexicon::{self, Class};

pub(crate) use self::parse::{date_in_url, parse_page_date};
pub(crate) use self::sources::{element_date, element_text, json_ld, ld_string, MetaTags};

selector!(ITEM_PUBLISHED, "[itemprop=datePublished]");
selector!(ITEM_CREATED, "[itemprop=dateCreated]");
// Microdata and RDFa (`<time property="dateModified">` under a "Date modified:" label).
selector!(
    ITEM_MODIFIED,
    "[itemprop=dateModified], [property=dateModified], [property='schema:dateModified']"
);
selector!(CANONICAL, "link[rel=canonical]");
selector!(TITLE_TAG, "title");

/// The page's publication and update dates.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct PageDates {
    pub published: Option<Timestamp>,
    pub modified: Option<Timestamp>,
}

/// Compiles the page-date patterns and parses the page-date selectors now (see
/// [`super::prepare`]).
pub(crate) fn prepare() {
    once_cell::sync::Lazy::force(&ITEM_PUBLISHED);
    once_cell::sync::Lazy::force(&ITEM_CREATED);
    once_cell::sync::Lazy::force(&ITEM_MODIFIED);
    once_cell::sync::Lazy::force(&CANONICAL);
    once_cell::sync::Lazy::force(&TITLE_TAG);
    scan::prepare();
    sources::prepare();
}

/// Finds the publication and update dates of a page from its markup.
pub(crate) fn find(
    dom: &Dom,
    tags: &MetaTags,
    ld: &[serde_json::Value],
    profile: Option<&CompiledProfile>,
    order: Option<DateOrder>,
    url: Option<&str>,
) -> PageDates {
    // Visible dates follow the page's language; machine values in `<meta>` and JSON-LD
    // often follow the server's (`11/01/2023` on a Swiss page is the 1st of November).
    let text_order = order.or_else(|| page_order(dom, tags));
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
    // The metadata's publication dates, most reliable first.
    let mut meta: Vec<Timestamp> = Vec::new();
    let mut push = |t: Option<Timestamp>| {
        if let Some(t) = t.filter(|t| plausible(t.date())) {
            meta.push(t);
        }
    };
    push(profile.and_then(|p| from_selectors(&p.published, true)));
    push(ld_string(ld, "datePublished").and_then(|v| parse_page_date(v, order)));
    push(meta_date(tags, Class::PageMetaPublished, order));
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
        .or_else(|| meta_date(tags, Class::PageMetaModified, order))
        .or_else(|| {
            dom.select(&ITEM_MODIFIED)
                .find_map(|e| element_date(e, order))
        })
        .or_else(|| visible_update(&scan))
        .or_else(|| page_update_line(&scan));

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
                        .or_else(|| {
                            meta_date(tags, Class::PageMetaPublishedWeak, order)
                                .filter(|t| plausible(t.date()))
                        })
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
fn page_order(dom: &Dom, tags: &MetaTags) -> Option<DateOrder> {
    let root = dom.root_element();
    let lang = root
        .value()
        .attr("lang")
        .or_else(|| root.value().attr("xml:lang"))
        .filter(|l| !l.trim().is_empty())
        .or_else(|| tags.get("og:locale"))
        .or_else(|| tags.get("content-language"));
    lang.and_then(locale_order)
}

/// The digit order of a locale (`en-GB`, `de_AT`, `fr`): its language and region, else
/// its language.
fn locale_order(locale: &str) -> Option<DateOrder> {
    let l = locale.trim().to_ascii_lowercase().replace('_', "-");
    let mut parts = l.split('-');
    let lang = parts.next().unwrap_or("");
    let region = parts.next().unwrap_or("");
    let order = lexicon::value(Class::DateLocaleOrder, &format!("{lang}-{region}"))
        .or_else(|| lexicon::value(Class::DateLocaleOrder, lang))?;
    match order {
        "month_first" => Some(DateOrder::MonthFirst),
        _ => Some(DateOrder::DayFirst),
    }
}

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

/// The update a reader sees: a stamp marked as an update ("Updated 3 March 2021",
/// `<time class="updated">`, "Last updated: …") in the article, nearest the headline.
/// Update stamps of sidebars, teasers, comments and navigation are other items'.
fn visible_update(scan: &Scan) -> Option<Timestamp> {
    nearest_headline_at(scan, true, true)
}

/// An update stamp far from the headline: "Last modified: 5 June 2024" on a line of its
/// own at the end of a long article states when this page changed; a sentence that
/// mentions an update ("our cookie policy was last updated on …") does not. Sidebars,
/// teasers, comments and navigation carry other items' stamps and do not count. A footer
/// does not count either: the page parts do not tell a site's footer from a related-posts
/// box. Where several lines count, the last on the page is the page's own.
fn page_update_line(scan: &Scan) -> Option<Timestamp> {
    scan.seen
        .iter()
        .filter(|s| {
            s.updated
                && s.stamp
                && s.source == Source::Line
                && s.noise == Noise::None
                && plausible(s.ts.date())
        })
        .max_by_key(|s| s.pos)
        .map(|s| s.ts)
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
    nearest_headline_at(scan, updates, false)
}

/// As [`nearest_headline`]; `only_updates` keeps the update stamps alone.
fn nearest_headline_at(scan: &Scan, updates: bool, only_updates: bool) -> Option<Timestamp> {
    let mut candidates = scan.seen.iter().filter(|s| {
        s.noise == Noise::None
            && plausible(s.ts.date())
            && (updates || !s.updated)
            && (!only_updates || s.updated)
    });
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
