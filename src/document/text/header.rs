//! The header zone of a text page: everything before the body's first paragraph.
//!
//! Saved pages open with furniture (skip links, menus, breadcrumbs, search boxes), then the
//! release's own header: labels, a sender block, the headline, a subtitle, date and contact
//! lines, in an order that varies by publisher. The body begins with the first run of
//! running text; the headline is the heading-like line before it that the page marks as
//! one: a level-one heading, a line the page prints twice (its `<title>` and its `<h1>`), a
//! line with the release's date beside it. A page whose first line is already running text
//! has no headline, and none is guessed.

use std::collections::HashMap;

use super::lines::{self, ends_sentence, is_prose, lowercase_share, Class, DateLine, DateRole};
use super::markdown::{Form, Line};
use crate::date::Timestamp;
use crate::document::{comparable, meta};
use crate::lexicon::{self, Class as Lex};

/// Words of running text, in the first lines of a body, that mark its start.
const BODY_WORDS: usize = 40;
/// How many lines that count looks at.
const BODY_WINDOW: usize = 8;

/// The first line of the body: the first paragraph that starts a run of running text,
/// with the fragments before it when a browser split its first sentence at a link.
///
/// `None` when the page holds no running text at all.
pub(super) fn body_start(lines: &[Line], classes: &[Class]) -> Option<usize> {
    let prose_words: Vec<usize> = lines
        .iter()
        .zip(classes)
        .map(|(l, c)| if is_prose(l, c) { l.words() } else { 0 })
        .collect();
    let mut window: usize = prose_words.iter().take(BODY_WINDOW).sum();
    let mut first = None;
    for (i, &w) in prose_words.iter().enumerate() {
        if w > 0 {
            first.get_or_insert(i);
            if window >= BODY_WORDS {
                return Some(walk_back(lines, classes, i));
            }
        }
        window -= w;
        window += prose_words.get(i + BODY_WINDOW).copied().unwrap_or(0);
    }
    first.map(|i| walk_back(lines, classes, i))
}

/// A first paragraph that opens in lower case or with a dash continues the short lines
/// before it ("Harbor County District Attorney" / "Lorena Whitfield" / "joined …"):
/// they belong to the body.
fn walk_back(lines: &[Line], classes: &[Class], start: usize) -> usize {
    let opens_midway = lines
        .get(start)
        .is_some_and(|l| super::join::starts_continuation(&l.text));
    if !opens_midway {
        return start;
    }
    let mut p = start;
    for _ in 0..2 {
        let Some(q) = p.checked_sub(1) else { break };
        let (Some(line), Some(Class::Text)) = (lines.get(q), classes.get(q)) else {
            break;
        };
        if matches!(line.form, Form::Heading(_)) || line.words() > 6 || ends_sentence(&line.text) {
            break;
        }
        p = q;
    }
    p
}

/// The headline: one line, or two when a headline was broken over two lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Headline {
    pub first: usize,
    pub last: usize,
    pub text: String,
}

/// Whether a line could be a headline at all.
fn is_candidate(line: &Line, class: &Class) -> bool {
    let words = line.words();
    let heading = matches!(line.form, Form::Heading(_));
    let text = line.text.as_str();
    // A heading may be a link to its own page; any other line of links is navigation.
    *class == Class::Text
        && line.form != Form::Item
        && words >= if heading { 2 } else { 3 }
        && words <= 40
        && (heading || !line.link_heavy())
        && opens_with_capital(text)
        && !(text.ends_with('.') && words >= 6)
        && !text.ends_with([':', ','])
        && !is_truncated(text)
}

/// A headline opens with a capital or a figure, or with a brand written in camel case
/// ("eBay", "iPhone").
fn opens_with_capital(text: &str) -> bool {
    let Some(word) = text
        .split_whitespace()
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| !w.is_empty())
    else {
        return false;
    };
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        || word.chars().skip(1).any(char::is_uppercase)
}

/// A teaser cut short: "… Empowers Su...".
pub(super) fn is_truncated(text: &str) -> bool {
    text.ends_with("...") || text.ends_with('…')
}

/// Picks the headline among the lines before the body.
///
/// Each candidate scores by the signs a page gives its headline: a level-one heading (4),
/// a lower heading (2, or 1 below level three), a repeat elsewhere on the page (3: the
/// `<title>` line, the `<h1>`, a breadcrumb's last item, metadata printed after the body),
/// and a date line right under it or just above it (3). A candidate among a run of short
/// lines (a menu in plain text) loses 2. The best score wins, the earlier line on a tie.
pub(super) fn headline(lines: &[Line], classes: &[Class], before: usize) -> Option<Headline> {
    let keys: Vec<String> = lines.iter().map(|l| comparable(&l.text)).collect();
    let echoes = Echoes::new(lines, &keys);
    let mut best: Option<(i32, usize)> = None;
    for (i, (line, class)) in lines.iter().zip(classes).enumerate().take(before) {
        if !is_candidate(line, class) {
            continue;
        }
        let mut score = match line.form {
            Form::Heading(1) => 4,
            Form::Heading(2 | 3) => 2,
            Form::Heading(_) => 1,
            _ => 0,
        };
        if echoes.echoed(i, &line.text) {
            score += 3;
        }
        if date_beside(lines, classes, i, before) {
            score += 3;
        }
        // A short candidate between short lines is a menu entry; a long headline between a
        // menu line and a byline is still a headline.
        if line.words() <= 5 && among_short_lines(lines, classes, i) {
            score -= 2;
        }
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    let (_, first) = best?;
    let line = lines.get(first)?;
    let mut last = first;
    let mut text = line.text.clone();
    if let Some(next) = lines.get(first + 1).filter(|_| first + 1 < before) {
        if classes.get(first + 1) == Some(&Class::Text) && continues_headline(line, next) {
            last = first + 1;
            text.push(' ');
            text.push_str(&next.text);
        }
    }
    let known = echoes.forms_of(&text, first, last);
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    let text = meta::clean_title(&text, &known, None);
    (!text.is_empty()).then_some(Headline { first, last, text })
}

/// A headline broken over two lines: the first cannot end where it does ("… for", "…,"),
/// or the second goes on in lower case, or both are capitals and the second is short.
fn continues_headline(line: &Line, next: &Line) -> bool {
    if line.form != next.form || ends_sentence(&line.text) || line.text.ends_with(['!', '?']) {
        return false;
    }
    let last_word = line.text.split_whitespace().last().unwrap_or("");
    let dangling = lexicon::contains(Lex::PageDanglingWord, last_word)
        || line.text.ends_with([',', '–', '-', '&', '—']);
    let lower = next.text.chars().next().is_some_and(char::is_lowercase);
    let capitals = lowercase_share(&line.text) == 0.0
        && lowercase_share(&next.text) == 0.0
        && next.text.chars().any(char::is_alphabetic)
        && next.words() <= 8
        && !next.blank_before;
    next.words() <= 25 && (dangling || lower || capitals)
}

/// A date line within four lines under the candidate, or two above it (before the body).
/// When this candidate reads like a name (a site's or an office's name printed over the
/// headline), another candidate between them takes the date; a standfirst between a
/// headline and its date does not.
fn date_beside(lines: &[Line], classes: &[Class], i: usize, before: usize) -> bool {
    let from = i.saturating_sub(2);
    let to = (i + 4).min(before.saturating_sub(1));
    let name_like = lines.get(i).is_some_and(|l| meta::reads_like_name(&l.text));
    let blocks = |k: usize| match (lines.get(k), classes.get(k)) {
        (Some(l), Some(c)) => name_like && is_candidate(l, c),
        _ => false,
    };
    (from..=to).any(|j| {
        let mut between = if j > i { i + 1..j } else { j + 1..i };
        j != i && matches!(classes.get(j), Some(Class::Date(_))) && !between.any(blocks)
    })
}

/// How far past empty lines a candidate's neighbours are looked for.
const NEIGHBOUR_REACH: usize = 8;

/// The candidate sits between short lines of furniture, as menu entries do.
fn among_short_lines(lines: &[Line], classes: &[Class], i: usize) -> bool {
    let short = |j: usize| {
        matches!(
            classes.get(j),
            Some(Class::Text | Class::Nav | Class::Furniture | Class::Breadcrumb)
        ) && lines.get(j).is_some_and(|l| l.words() <= 4)
    };
    // Empty lines between do not count; a long stretch of them ends the look (and keeps
    // the work per candidate bounded).
    let prev = (i.saturating_sub(NEIGHBOUR_REACH)..i)
        .rev()
        .find(|&j| classes.get(j) != Some(&Class::Empty));
    let next = (i + 1..lines.len().min(i + 1 + NEIGHBOUR_REACH))
        .find(|&j| classes.get(j) != Some(&Class::Empty));
    prev.is_some_and(short) && next.is_some_and(short)
}

/// Where else the page prints a line: its comparable forms, counted.
struct Echoes<'a> {
    lines: &'a [Line],
    /// MEM: borrowed from `keys`, not copied (a long page has a key per line).
    counts: HashMap<&'a str, usize>,
    /// The first lines' keys: a saved page's `<title>` line ("Headline | Site").
    top: Vec<(usize, String)>,
    /// Stems of teaser lines cut short ("… Empowers Su...").
    stems: Vec<(usize, String)>,
    /// The comparable form of each line.
    keys: &'a [String],
}

/// Teaser lines read as possible echoes of the headline (a breadcrumb has one; a page of
/// thousands is a list of other stories).
const MAX_STEMS: usize = 20;

/// Comparable keys shorter than this say too little to call two lines the same.
const MIN_KEY: usize = 12;

impl<'a> Echoes<'a> {
    fn new(lines: &'a [Line], keys: &'a [String]) -> Echoes<'a> {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for k in keys.iter().filter(|k| k.len() >= MIN_KEY) {
            *counts.entry(k.as_str()).or_default() += 1;
        }
        let top = keys
            .iter()
            .enumerate()
            .filter(|(_, k)| !k.is_empty())
            .take(3)
            .map(|(i, k)| (i, k.clone()))
            .collect();
        let stems = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| is_truncated(&l.text))
            .map(|(i, l)| (i, comparable(&l.text)))
            .filter(|(_, k)| k.len() >= MIN_KEY)
            .take(MAX_STEMS)
            .collect();
        Echoes {
            lines,
            counts,
            top,
            stems,
            keys,
        }
    }

    /// Whether line `i` (with `text`) is printed elsewhere on the page.
    fn echoed(&self, i: usize, text: &str) -> bool {
        let raw = comparable(text);
        if raw.len() < MIN_KEY {
            return false;
        }
        let clean = comparable(&meta::clean_title(text, &[], None));
        if self.counts.get(raw.as_str()).copied().unwrap_or(0) >= 2
            || (clean != raw && self.counts.get(clean.as_str()).copied().unwrap_or(0) >= 1)
        {
            return true;
        }
        let prefix_of = |longer: &str, shorter: &str| {
            shorter.len() >= MIN_KEY
                && longer.starts_with(shorter)
                && shorter.len() * 2 >= longer.len()
        };
        self.top
            .iter()
            .any(|(j, k)| *j != i && (prefix_of(k, &raw) || prefix_of(&raw, k)))
            || self
                .stems
                .iter()
                .any(|(j, s)| *j != i && clean.starts_with(s.as_str()))
    }

    /// The other lines that print the headline `text` (lines `first..=last`) in a shorter
    /// form: what [`meta::clean_title`] may cut a site name down to.
    fn forms_of(&self, text: &str, first: usize, last: usize) -> Vec<String> {
        let key = comparable(text);
        let mut forms = Vec::new();
        for (j, k) in self.keys.iter().enumerate() {
            if (first..=last).contains(&j) || k.len() < MIN_KEY || is_truncated(self.text(j)) {
                continue;
            }
            if key.starts_with(k.as_str()) && k.len() * 2 >= key.len() && k.len() < key.len() {
                forms.push(self.text(j).to_owned());
            }
        }
        forms
    }

    fn text(&self, j: usize) -> &str {
        self.lines.get(j).map_or("", |l| l.text.as_str())
    }
}

/// The release's dates from the header's date lines: (published, modified).
///
/// A line labelled as the release's own date ("FOR IMMEDIATE RELEASE: …", "DATE: …",
/// "Released: …") wins; then the date line nearest the headline (under it first, within six
/// lines, then just above it); an embargo's end last. "Updated …" lines give `modified`.
/// Without a headline, a date line just above the body counts.
pub(super) fn header_dates(
    classes: &[Class],
    headline: Option<&Headline>,
    body: usize,
) -> (Option<Timestamp>, Option<Timestamp>) {
    let dates: Vec<(usize, DateLine)> = classes
        .iter()
        .take(body)
        .enumerate()
        .filter_map(|(i, c)| match c {
            Class::Date(d) => Some((i, *d)),
            _ => None,
        })
        .collect();
    let with = |role: DateRole| {
        dates
            .iter()
            .find(|(_, d)| d.role == role)
            .map(|(_, d)| d.time)
    };
    let modified = with(DateRole::Modified).or_else(|| dates.iter().find_map(|(_, d)| d.updated));
    let plain = |(i, d): &&(usize, DateLine)| (d.role == DateRole::Published).then_some(*i);
    let near = match headline {
        Some(h) => dates
            .iter()
            .filter_map(|x| plain(&x).map(|i| (i, x.1)))
            .find(|(i, _)| *i > h.last && *i <= h.last + 6)
            .or_else(|| {
                dates
                    .iter()
                    .filter_map(|x| plain(&x).map(|i| (i, x.1)))
                    .rev()
                    .find(|(i, _)| *i < h.first && *i + 3 >= h.first)
            }),
        None => dates
            .iter()
            .filter_map(|x| plain(&x).map(|i| (i, x.1)))
            .rev()
            .find(|(i, _)| *i + 4 >= body),
    };
    let published = with(DateRole::Release)
        .or(near.map(|(_, d)| d.time))
        .or_else(|| with(DateRole::Embargo));
    (published, modified)
}

/// Keeps the lines of the header that belong to the release: what lies between the
/// headline and the body (subtitles, captions, the date line), and sender and contact
/// lines anywhere.
pub(super) fn keeps(line: &Line, class: &Class, after_headline: bool) -> bool {
    match class {
        Class::Sender | Class::Contact => true,
        // The release's own date line under its headline; a page's metadata line ("Posted
        // on … by Admin") is furniture.
        Class::Date(d) => after_headline && d.bare,
        Class::Text => after_headline && line.words() >= 3 && !line.link_heavy(),
        _ => false,
    }
}

/// Marks the header's breadcrumb trail: the short pieces after a breadcrumb label, and the
/// trail's last item, the page's own title (often cut short).
pub(super) fn mark_trail(lines: &[Line], classes: &mut [Class], end: usize) {
    let mut i = 0;
    while i < end {
        if !(classes.get(i) == Some(&Class::Breadcrumb)
            && lines
                .get(i)
                .is_some_and(|l| lexicon::contains(Lex::PageBreadcrumb, &lines::key_of(&l.text))))
        {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < end {
            let Some(line) = lines.get(j) else { break };
            let piece = line.words() <= 3
                && matches!(
                    classes.get(j),
                    Some(
                        Class::Text
                            | Class::Nav
                            | Class::Breadcrumb
                            | Class::Number
                            | Class::Label(_)
                    )
                );
            let last =
                matches!(classes.get(j), Some(Class::Text | Class::Nav)) && line.words() <= 15;
            if piece || last {
                if let Some(c) = classes.get_mut(j) {
                    *c = Class::Breadcrumb;
                }
                j += 1;
                if !piece {
                    break;
                }
            } else {
                break;
            }
        }
        i = j;
    }
}

#[cfg(test)]
mod tests;
