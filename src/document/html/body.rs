//! Facts read from the lines of a release's text, HTML or plain: photo credit lines, the
//! dateline opener, a headline printed above it, and a release date stated in the body's
//! first lines.
//! Both readers call these on their [`Document`] once its lines are built.

use once_cell::sync::Lazy;

use crate::document::text::{date_line, has_contact_detail, DateRole};
use crate::document::{meta, pagedate};
use crate::document::{BlockKind, Document};
use crate::lexicon::{self, Class};

/// A page without a headline element still prints one: the heading-like lines right above
/// the dateline opener, as wire releases filed as exhibits or copied without markup print
/// them (`NORTHWIND TILE REPORTS RECORD SPRING SALES` over `DULUTH, MN -- (WIRE) --`). The
/// lines between may be a subtitle and a list of highlights: the headline is the topmost
/// heading-like line of that block, or its one line in capitals over lines that are not.
/// A line that ends a sentence, a date line, a label, a contact line, a name and a line of
/// one or two words are not headlines, and end the block.
pub(crate) fn headline_above_dateline(doc: &mut Document) {
    let Some(opener) = doc.meta.dateline.as_ref().and_then(|d| d.span) else {
        return;
    };
    let Some(i) = doc.blocks.iter().position(|b| b.span.contains(opener)) else {
        return;
    };
    let heading_like = |line: &str| {
        let words = line.split_whitespace().count();
        (3..=30).contains(&words)
            && !line.ends_with('.')
            && date_line(line).is_none()
            && pagedate::parse_page_date(line, None).is_none()
            && !has_contact_detail(line)
            && !lexicon::contains(Class::PageLabel, line)
    };
    // A short capitalised line reads like a name (an office's, a company's letterhead) only
    // above the line next to the opener: that one is the headline whatever its length.
    let name_like = |line: &str| meta::reads_like_name(line) || meta::is_section_name(line);
    let mut block = Vec::new();
    for j in (0..i).rev().take(HEADLINE_BLOCK) {
        let Some(b) = doc.blocks.get(j) else { break };
        // Highlights listed between the headline and the opener.
        if b.kind == BlockKind::ListItem {
            continue;
        }
        let line = doc.block_text(b).trim();
        if !heading_like(line) || (!block.is_empty() && name_like(line)) {
            break;
        }
        block.push((j, line));
    }
    let capitals =
        |l: &str| l.chars().any(char::is_alphabetic) && !l.chars().any(char::is_lowercase);
    let in_capitals: Vec<_> = block.iter().filter(|(_, l)| capitals(l)).collect();
    let chosen = match in_capitals.as_slice() {
        [only] if block.len() > 1 => Some(**only),
        _ => block.last().copied(),
    };
    if let Some((j, line)) = chosen {
        doc.meta.title = Some(line.to_owned());
        if let Some(b) = doc.blocks.get_mut(j) {
            b.kind = BlockKind::Title;
        }
    }
}

/// How many lines above a dateline opener the headline's block may take: the headline, a
/// subtitle or two, a few highlights.
const HEADLINE_BLOCK: usize = 8;

/// How many of the first lines may hold the release's own date line.
const DATE_LINE_REACH: usize = 20;

/// The release's date where the page has no metadata but its first lines state it: a date
/// line as the text reader reads one (a date with at most a label, a byline or a time beside
/// it: "FOR IMMEDIATE RELEASE: May 2, 2024", "Released 2 May 2024", "Posted on 2 May 2024").
/// A labelled release date wins over a published one, and that over an embargo; an
/// "Updated" line never gives it, and a sentence that holds a date is no date line.
pub(crate) fn release_date_in_body(doc: &Document) -> Option<crate::date::Date> {
    let rank = |role: DateRole| match role {
        DateRole::Release => Some(0),
        DateRole::Published => Some(1),
        DateRole::Embargo => Some(2),
        DateRole::Modified => None,
    };
    doc.blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Title)
        .take(DATE_LINE_REACH)
        .filter_map(|b| date_line(doc.block_text(b)))
        .filter_map(|d| rank(d.role).map(|r| (r, d.time.date())))
        .min_by_key(|(r, _)| *r)
        .map(|(_, d)| d)
        .or_else(|| today_stated(doc))
}

/// The date a release gives to its own "today" in brackets: "The council today (4 June
/// 2024) adopted …", "published today (Tuesday 4 June 2024)". A bracketed date after any
/// other word ("the vote (4 June 2024)") is an event's date, not the release's.
fn today_stated(doc: &Document) -> Option<crate::date::Date> {
    // The bracket's 6 to 40 characters are counted here rather than in the pattern: a
    // bounded repeat of a Unicode class compiles to a large automaton that the first page
    // saying "today" would pay for. A bracket of another length is passed over as the
    // bounded pattern passes over it (no later match can start inside it).
    static TODAY: Lazy<regex::Regex> = Lazy::new(|| {
        regex::Regex::new(r"(?i)\btoday\s*\(([^()]*)\)")
            .expect("a bracketed date after today is a valid pattern")
    });
    doc.blocks.iter().take(DATE_LINE_REACH).find_map(|b| {
        let text = doc.block_text(b);
        // "today" matches case-insensitively only in ASCII, so a line without it in ASCII
        // cannot match (and most pages never compile the pattern).
        if !text
            .as_bytes()
            .windows(5)
            .any(|w| w.eq_ignore_ascii_case(b"today"))
        {
            return None;
        }
        let date = TODAY
            .captures_iter(text)
            .filter_map(|c| c.get(1))
            .find(|d| (6..=40).contains(&d.as_str().chars().count()))?;
        pagedate::parse_page_date(date.as_str(), None).map(|t| t.date())
    })
}
