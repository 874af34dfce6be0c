//! Plain-text releases: a wire's text file, a page saved as text, a Markdown export.
//!
//! Saved pages bring their furniture with them (menus, breadcrumbs, "Recent News"), and a
//! browser's text export splits sentences at every link. Line rules find the headline,
//! the body between the headline's echo and the first sidebar heading, the date and meta
//! lines around it, `Photo:` credits, and rejoin the split sentences.

use once_cell::sync::Lazy;
use regex::Regex;

use super::meta;
use super::pagedate;
use super::Limits;
use super::{comparable, normalise, BlockKind, Document, Meta, TextBuilder};
use crate::date::{DateOrder, Timestamp};
use crate::error::Result;
use crate::model::Photo;

static MARKDOWN_IMAGE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"!\[([^\]]*)\]\([^)]*\)").expect("image is a valid pattern"));
static MARKDOWN_LINK: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\[([^\]]*)\]\([^)\s]*\)").expect("link is a valid pattern"));
static BARE_URL: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:https?://|www\.)\S+$").expect("url is a valid pattern"));

/// Lines that end a release's body on a saved page: sidebar and footer headings.
fn is_end_marker(line: &str) -> bool {
    const MARKERS: &[&str] = &[
        "highlights",
        "recent news",
        "recent posts",
        "related posts",
        "related news",
        "related articles",
        "related stories",
        "related content",
        "related",
        "more news",
        "latest news",
        "more stories",
        "you may also like",
        "share this",
        "share this article",
        "share this page",
        "newsletter sign-up",
        "stay connected",
        "scroll to top",
        "back to top",
        "latest noon briefings",
        "for information media. not an official record.",
        "related links",
        "popular posts",
        "most read",
        "trending",
        "follow us",
    ];
    let l = line.trim().trim_end_matches(':').to_lowercase();
    MARKERS.contains(&l.as_str())
        || l.starts_with("view the original release")
        || l.starts_with("original/source press release")
        || l.starts_with("view source version")
}

/// Lines of no content: the markers that close a release (`###`, `-30-`) and separators.
pub(crate) fn is_separator(line: &str) -> bool {
    let l = line.trim();
    l.chars()
        .all(|c| matches!(c, '#' | '-' | '*' | '_' | '=' | ' ' | '~'))
        || l.eq_ignore_ascii_case("-30-")
        || l.eq_ignore_ascii_case("- 30 -")
        || l.eq_ignore_ascii_case("ends")
}

struct Line {
    text: String,
    kind: BlockKind,
    /// The line was only a link (`[Reddit Post](…)`): navigation unless it is in the body.
    link_only: bool,
}

/// Reads a plain-text release.
pub(crate) fn read(input: &str, url: Option<&str>, limits: &Limits) -> Result<Document> {
    let mut lines: Vec<Line> = Vec::new();
    for raw in input.lines() {
        let trimmed = raw.trim();
        if trimmed.is_empty() || BARE_URL.is_match(trimmed) {
            continue;
        }
        let mut kind = BlockKind::Paragraph;
        let mut text = trimmed.to_owned();
        if let Some(rest) = text.strip_prefix('#').filter(|r| r.starts_with([' ', '#'])) {
            let rest = rest.trim_start_matches('#').trim();
            if !rest.is_empty() {
                text = rest.to_owned();
                kind = BlockKind::Heading;
            }
        }
        if MARKDOWN_IMAGE.is_match(&text) {
            let alt: Vec<String> = MARKDOWN_IMAGE
                .captures_iter(&text)
                .map(|c| c[1].to_owned())
                .collect();
            let rest = MARKDOWN_IMAGE.replace_all(&text, "").trim().to_owned();
            for a in alt.into_iter().filter(|a| a.split_whitespace().count() > 3) {
                lines.push(Line {
                    text: a,
                    kind: BlockKind::Caption,
                    link_only: false,
                });
            }
            if rest.is_empty() {
                continue;
            }
            text = rest;
        }
        let link_only = MARKDOWN_LINK
            .find(&text)
            .is_some_and(|m| m.start() == 0 && m.end() == text.len());
        if text.contains("](") {
            text = MARKDOWN_LINK.replace_all(&text, "$1").into_owned();
        }
        if let Some(rest) = text
            .strip_prefix(['•', '*', '-'])
            .filter(|r| r.starts_with(' '))
        {
            text = rest.trim().to_owned();
            kind = BlockKind::ListItem;
        }
        let text = normalise(&text.replace("**", ""));
        if !text.is_empty() {
            lines.push(Line {
                text,
                kind,
                link_only,
            });
        }
    }
    if lines.is_empty() {
        return Err(crate::Error::NoText);
    }

    // --- headline: the first line without its site name; its echo, when the page repeats
    // it as a heading, is where the body begins.
    let first = lines.remove(0).text;
    let echo = find_echo(&lines, &first);
    let known: Vec<&str> = echo.iter().map(|&i| lines[i].text.as_str()).collect();
    let title = meta::clean_title(&first, &known, None);
    let (header, mut body_start) = match echo {
        Some(i) => (0..i, i + 1),
        None => (0..0, 0),
    };
    // A saved page's breadcrumb ends with a truncated headline ("… Empowers Su..."):
    // the body starts after it.
    if echo.is_none() {
        if let Some(i) = lines
            .iter()
            .take(40)
            .position(|l| is_truncated_echo(&l.text, &first))
        {
            body_start = i + 1;
        }
    }
    let end = lines
        .iter()
        .enumerate()
        .skip(body_start + 1)
        .find(|(_, l)| is_end_marker(&l.text))
        .map_or(lines.len(), |(i, _)| i);

    // --- date and meta lines in the header and at the top of the body
    let order: Option<DateOrder> = None;
    let mut published: Option<Timestamp> = None;
    let mut modified: Option<Timestamp> = None;
    let mut categories: Vec<String> = Vec::new();
    for l in &lines[header.clone()] {
        if let Some(t) = date_line(&l.text, order) {
            published.get_or_insert(t);
        }
    }
    let mut first_body = body_start;
    while first_body < end && first_body < body_start + 3 {
        let l = &lines[first_body].text;
        if let Some(t) = date_line(l, order) {
            published.get_or_insert(t);
            first_body += 1;
        } else if l.to_lowercase().starts_with("click here")
            || l.eq_ignore_ascii_case("for immediate release")
        {
            first_body += 1;
        } else {
            break;
        }
    }
    // A date line under a subtitle ("Mar 03, 2009 08:30 ET"), before the first paragraph.
    if published.is_none() {
        for l in lines[first_body..end].iter().take(6) {
            if l.text.split_whitespace().count() > 25 {
                break;
            }
            if let Some(t) = date_line(&l.text, order) {
                published = Some(t);
                break;
            }
        }
    }

    // --- the body, with split sentences rejoined
    let body: Vec<&Line> = lines[first_body..end]
        .iter()
        .filter(|l| !is_separator(&l.text))
        .collect();
    let dump = looks_like_dump(&body);
    let mut blocks: Vec<(BlockKind, String)> = Vec::new();
    for l in body {
        // A WordPress meta line: `2018-07-19T16:18:55+00:00 Monday, 2 July 2018|Category|`.
        if let Some((p, m, cats)) = meta_line(&l.text, order) {
            published = published.or(Some(p));
            if m.is_some() {
                modified = m;
            }
            categories.extend(cats);
            continue;
        }
        if let Some(t) = timestamp_line(&l.text) {
            // Schema markup printed as text: the first timestamp is the publication, a later one the update.
            match published {
                None => published = Some(t),
                Some(_) if modified.is_none() => modified = Some(t),
                _ => {}
            }
            continue;
        }
        if let Some((kind, prev)) = blocks.last_mut() {
            if dump && *kind == l.kind && should_join(prev, &l.text) {
                // A rejoined link is followed by its punctuation directly: "Office, the".
                if !l
                    .text
                    .starts_with([',', '.', ';', ':', ')', '’', '”', '%', '!', '?'])
                {
                    prev.push(' ');
                }
                prev.push_str(&l.text);
                continue;
            }
        }
        if l.link_only {
            blocks.push((BlockKind::Meta, l.text.clone()));
        } else {
            blocks.push((l.kind, l.text.clone()));
        }
    }
    if dump {
        join_name_fragments(&mut blocks);
    }
    drop_tail_furniture(&mut blocks);
    // Schema lines printed after the body, before the sidebar.
    for l in &lines[end..] {
        if let Some(t) = timestamp_line(&l.text) {
            match published {
                None => published = Some(t),
                Some(p) if modified.is_none() && t.date() >= p.date() => modified = Some(t),
                _ => {}
            }
        }
    }
    // Topic labels printed between the body and the sidebar: short lines before the end marker.
    if end < lines.len() {
        let mut tail_labels = Vec::new();
        while let Some((kind, last)) = blocks.last() {
            if *kind == BlockKind::Paragraph && is_label(last) && tail_labels.len() < 6 {
                tail_labels.push(last.clone());
                blocks.pop();
            } else {
                break;
            }
        }
        let body_words: usize = blocks
            .iter()
            .map(|(_, b)| b.split_whitespace().count())
            .sum();
        if body_words >= 40 {
            tail_labels.reverse();
            categories.extend(tail_labels);
        } else {
            for l in tail_labels.into_iter().rev() {
                blocks.push((BlockKind::Paragraph, l));
            }
        }
    }

    let mut builder = TextBuilder::new(limits.max_text_bytes);
    if !title.is_empty() {
        builder.push(BlockKind::Title, &title)?;
    }
    let title_key = comparable(&title);
    for (kind, text) in &blocks {
        if comparable(text) == title_key {
            continue;
        }
        builder.push(*kind, text)?;
    }
    let (text, blocks) = builder.finish();
    let mut doc = Document {
        text,
        blocks,
        meta: Meta {
            title: (!title.is_empty()).then_some(title),
            published: published.map(|t| t.date()),
            modified,
            categories: dedup(categories),
            photos: Vec::<Photo>::new(),
            dateline: None,
        },
    };
    super::html::attach_text_photo_credits(&mut doc);
    super::html::find_dateline(&mut doc);
    if doc.meta.published.is_none() {
        doc.meta.published = super::html::release_date_in_body(&doc);
    }
    if doc.meta.published.is_none() {
        doc.meta.published = doc
            .meta
            .dateline
            .as_ref()
            .and_then(|d| d.date)
            .or_else(|| url.and_then(pagedate::date_in_url));
    }
    Ok(doc)
}

fn dedup(list: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in list {
        let c = c.trim().to_owned();
        if !c.is_empty() && !out.iter().any(|x| x.eq_ignore_ascii_case(&c)) {
            out.push(c);
        }
    }
    out
}

/// The line, among the first ones, that repeats the first line's headline.
fn find_echo(lines: &[Line], first: &str) -> Option<usize> {
    let first_key = comparable(first);
    // The echo is the page's own heading: it comes before the body's first long paragraph.
    let before_body = lines
        .iter()
        .position(|l| l.text.split_whitespace().count() > 25)
        .unwrap_or(lines.len());
    lines.iter().take(before_body.min(400)).position(|l| {
        let k = comparable(&l.text);
        k.len() >= 12
            && first_key.starts_with(&k)
            && (k.len() * 10 >= first_key.len() * 5)
            && !is_truncated(&l.text)
    })
}

fn is_truncated(line: &str) -> bool {
    line.ends_with("...") || line.ends_with('…')
}

fn is_truncated_echo(line: &str, first: &str) -> bool {
    let Some(stem) = line.strip_suffix("...").or_else(|| line.strip_suffix('…')) else {
        return false;
    };
    let k = comparable(stem);
    k.len() >= 12 && comparable(first).starts_with(&k)
}

/// A line that is only a date (with at most a byline or a time around it).
fn date_line(line: &str, order: Option<DateOrder>) -> Option<Timestamp> {
    if line.len() > 60 {
        return None;
    }
    let t = pagedate::parse_page_date(line, order)?;
    // "Admin | December 11, 2024" and "9 March 2023" qualify; a sentence does not.
    let words = line.split_whitespace().count();
    (words <= 7).then_some(t)
}

/// A machine timestamp on a line of its own: `2024-10-08 14:15:26`.
fn timestamp_line(line: &str) -> Option<Timestamp> {
    let l = line.trim();
    if l.len() > 32 || !l.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let t = Timestamp::parse_lenient(l)?;
    t.time().is_some().then_some(t)
}

/// `2018-07-19T16:18:55+00:00 Monday, 2 July 2018|Category|Other|`: the timestamp is the
/// update, the worded date the publication, the rest categories.
fn meta_line(
    line: &str,
    order: Option<DateOrder>,
) -> Option<(Timestamp, Option<Timestamp>, Vec<String>)> {
    if !line.contains('|') || line.len() > 400 {
        return None;
    }
    let first = line.split('|').next()?;
    let stamp = Timestamp::parse_lenient(first.split_whitespace().next()?)?;
    let rest = first
        .trim_start()
        .split_once(char::is_whitespace)
        .map(|(_, r)| r)
        .unwrap_or("");
    let worded = pagedate::parse_page_date(rest, order);
    let (published, modified) = match worded {
        Some(w) if w.date() <= stamp.date() => (w, Some(stamp)),
        Some(w) => (w, None),
        None => (stamp, None),
    };
    let cats = line
        .split('|')
        .skip(1)
        .map(normalise)
        .filter(|c| !c.is_empty())
        .collect();
    Some((published, modified, cats))
}

/// A short label line: a topic or section name, not a sentence.
fn is_label(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=6).contains(&words)
        && !line.ends_with(['.', '!', '?', ':', ';', ','])
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '#')
        && pagedate::parse_page_date(line, None).is_none()
}

/// A browser's text export splits a sentence at every link: many lines then start in
/// lower case or with punctuation.
fn looks_like_dump(lines: &[&Line]) -> bool {
    let splits = lines
        .windows(2)
        .filter(|w| starts_continuation(&w[1].text) && !ends_sentence(&w[0].text))
        .count();
    splits >= 2
}

fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(['"', '”', '’', '\'', ')', ']']);
    s.ends_with(['.', '!', '?', ':', ';'])
}

fn starts_continuation(s: &str) -> bool {
    let Some(c) = s.chars().next() else {
        return false;
    };
    c.is_lowercase()
        || matches!(
            c,
            ',' | '.' | ';' | ':' | ')' | '(' | '’' | '”' | '–' | '—' | '%'
        )
}

const FUNCTION_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "a",
    "an",
    "to",
    "for",
    "by",
    "with",
    "at",
    "in",
    "on",
    "from",
    "as",
    "or",
    "is",
    "are",
    "was",
    "were",
    "that",
    "this",
    "their",
    "its",
    "his",
    "her",
    "our",
    "said",
    "says",
    "including",
    "like",
    "about",
    "between",
];

/// Whether `next` continues the sentence `prev` left open.
fn should_join(prev: &str, next: &str) -> bool {
    if ends_sentence(prev) || prev.len() > 4000 {
        return false;
    }
    if starts_continuation(next) {
        return true;
    }
    let last_word = prev.rsplit(' ').next().unwrap_or("").to_lowercase();
    // "the DA’s" / "Elder Abuse Hotline": a possessive needs what it owns.
    if last_word.ends_with("’s")
        || last_word.ends_with("'s")
        || FUNCTION_WORDS.contains(&last_word.as_str())
        || prev.ends_with(['(', '“', '"', ',', '–', '—', '&'])
    {
        return true;
    }
    // "San Diego County District Attorney" / "Summer Stephan said today …": a short
    // capitalised phrase that the next line's sentence continues.
    let words: Vec<&str> = prev.split_whitespace().collect();
    let capitalised = words.len() <= 6
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        });
    let next_words: Vec<&str> = next.split_whitespace().take(5).collect();
    capitalised
        && next.split_whitespace().count() > 10
        && next_words
            .iter()
            .skip(1)
            .any(|w| w.chars().next().is_some_and(char::is_lowercase))
        && next_words
            .first()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "Harbor County District Attorney" / "Lorena Whitfield joined bank executives …": a
/// short capitalised fragment before a paragraph that opens with a name is the start of
/// that paragraph's sentence.
fn join_name_fragments(blocks: &mut Vec<(BlockKind, String)>) {
    let mut i = 0;
    while i + 1 < blocks.len() {
        let (a, b) = (&blocks[i].1, &blocks[i + 1].1);
        let a_words: Vec<&str> = a.split_whitespace().collect();
        let b_words: Vec<&str> = b.split_whitespace().take(4).collect();
        let fragment = (1..=6).contains(&a_words.len())
            && !ends_sentence(a)
            && a_words
                .iter()
                .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
        let opens_with_name = b.split_whitespace().count() > 10
            && b_words
                .first()
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
            && b_words
                .iter()
                .skip(1)
                .any(|w| w.chars().next().is_some_and(char::is_lowercase));
        if fragment && opens_with_name && blocks[i].0 == blocks[i + 1].0 {
            let next = blocks.remove(i + 1).1;
            blocks[i].1.push(' ');
            blocks[i].1.push_str(&next);
        } else {
            i += 1;
        }
    }
}

/// After the body's last paragraph, a saved page prints image sizes, author bylines twice
/// and links to other posts: numbers, repeated short lines and link-only lines go.
fn drop_tail_furniture(blocks: &mut Vec<(BlockKind, String)>) {
    let Some(last_paragraph) = blocks
        .iter()
        .rposition(|(k, b)| *k != BlockKind::Meta && b.split_whitespace().count() > 12)
    else {
        return;
    };
    let tail: Vec<String> = blocks[last_paragraph + 1..]
        .iter()
        .map(|(_, b)| b.clone())
        .collect();
    let mut i = last_paragraph + 1;
    while i < blocks.len() {
        let (kind, b) = &blocks[i];
        let repeated = tail.iter().filter(|t| *t == b).count() > 1;
        let number = b
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == 'x' || c == '×');
        if *kind == BlockKind::Meta || repeated || number {
            blocks.remove(i);
        } else {
            i += 1;
        }
    }
    // A link-only line inside the body is text (a heading linked to its page).
    for (k, _) in blocks.iter_mut() {
        if *k == BlockKind::Meta {
            *k = BlockKind::Paragraph;
        }
    }
}
