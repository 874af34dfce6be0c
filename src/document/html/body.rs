//! Facts read from the lines of a release's text, HTML or plain: photo credit lines, the
//! dateline opener, a headline printed above it, and a release date stated in the body's
//! first lines.
//! Both readers call these on their [`Document`] once its lines are built.

use once_cell::sync::Lazy;

use crate::document::meta;
use crate::document::pagedate;
use crate::document::text::{date_line, DateRole};
use crate::document::{BlockKind, Document};
use crate::lexicon::{self, Class};
use crate::model::Photo;

/// Where a credit starts in a line: at a cue and its colon ("Photo:", "Image credit:")
/// at the line's start or after a caption ("… at the pier; photo: Jane Roe"), or at a
/// leading copyright sign. Returns the byte offset of the cue, or `None`.
fn credit_cue_at(line: &str) -> Option<usize> {
    if line.starts_with('©') {
        return Some(0);
    }
    for (colon, _) in line.match_indices(':') {
        let head = line.get(..colon).unwrap_or("");
        // The cue is the last one to three words before the colon, after a separator.
        let start = head
            .rfind([';', '(', '|', '—', '–', '.', '\n'])
            .map_or(0, |i| {
                i + head
                    .get(i..)
                    .and_then(|r| r.chars().next())
                    .map_or(1, char::len_utf8)
            });
        let cue = head.get(start..).unwrap_or("").trim();
        if (1..=3).contains(&cue.split_whitespace().count())
            && lexicon::contains(Class::PageCreditLabel, cue)
        {
            return Some(start);
        }
    }
    None
}

/// A credit a name follows without a colon ("Photo by Jane Roe", "… (Courtesy of the
/// Harbour Board)", "Photographed by Jane Roe"): a `by` label of `page_credit_label` at
/// the line's start or after a separator, then a capitalised name up to the line's end.
/// Returns the caption before it (if any) and the credit. `seps` are the separators a
/// credit may follow inside the line: a caption box's text has no sentences of the body,
/// so any of `; ( | — – .` will do there, while a body line takes only a bracket, so that
/// "the loan came courtesy of the museum" stays prose.
pub(crate) fn credit_by(line: &str, seps: &[char]) -> Option<(Option<String>, String)> {
    let mut starts = vec![0];
    starts.extend(
        line.char_indices()
            .filter(|(_, c)| seps.contains(c))
            .map(|(i, c)| i + c.len_utf8()),
    );
    for start in starts {
        let rest = line.get(start..).unwrap_or("").trim_start();
        let words: Vec<&str> = rest.split_whitespace().take(4).collect();
        for n in (2..=words.len().min(4)).rev() {
            let cue = words[..n].join(" ");
            if lexicon::value(Class::PageCreditLabel, &cue) != Some("by") {
                continue;
            }
            // The cue's words as printed, then the name after them.
            let mut after = rest;
            for w in &words[..n] {
                after = after.trim_start().get(w.len()..).unwrap_or("");
            }
            let credit = after
                .trim()
                .trim_end_matches(['.', ')'])
                .trim()
                .trim_end_matches(['.', ')'])
                .trim();
            let opens_name = credit
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            let name_like = (1..=12).contains(&credit.split_whitespace().count())
                && credit.len() <= 120
                && !credit.contains(". ");
            if !(opens_name && name_like) {
                continue;
            }
            let caption = line
                .get(..start)
                .unwrap_or("")
                .trim()
                .trim_end_matches(['(', ';', '|', '—', '–', ','])
                .trim();
            let caption = (!caption.is_empty()).then(|| caption.to_owned());
            return Some((caption, credit.to_owned()));
        }
    }
    None
}

/// The separators a credit may follow inside a caption box's text.
pub(crate) const CAPTION_SEPARATORS: [char; 6] = [';', '(', '|', '—', '–', '.'];

/// Whether a credit is a copyright notice ("© 2024 Harbour Board. All rights reserved"): it
/// starts with a year, as a site's or a document's notice does and a photographer's name
/// does not.
fn is_copyright_notice(credit: &str) -> bool {
    let year: String = credit.chars().take_while(char::is_ascii_digit).collect();
    year.len() == 4 && matches!(year.get(..2), Some("19" | "20"))
}

/// A credit line (`Photo: …`, `© …`) is the credit of the photo whose caption is the line
/// before it; a caption line that ends in its own credit (`…; photo: Jane Roe`) is a photo
/// too. A copyright notice is no photo's credit.
pub(crate) fn attach_text_photo_credits(doc: &mut Document) {
    let mut found = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let line = doc.block_text(b);
        let (at, (text, credit)) = match credit_cue_at(line) {
            Some(at) => (at, meta::split_credit(line)),
            None => match credit_by(line, &['(']) {
                Some((caption, credit)) => {
                    (usize::from(caption.is_some()), (caption, Some(credit)))
                }
                None => continue,
            },
        };
        if (at == 0 && line.len() > 150) || line.len() > 400 {
            continue;
        }
        let Some(credit) = credit.filter(|c| !is_copyright_notice(c)) else {
            continue;
        };
        let caption = if at > 0 {
            text
        } else {
            i.checked_sub(1)
                .and_then(|j| doc.blocks.get(j))
                .filter(|prev| matches!(prev.kind, BlockKind::Caption | BlockKind::Paragraph))
                .map(|prev| doc.block_text(prev).to_owned())
                .filter(|c| c.len() < 400)
        };
        found.push((i, at, caption, credit));
    }
    for (i, at, caption, credit) in found {
        if doc
            .meta
            .photos
            .iter()
            .any(|p| p.credit.as_deref() == Some(credit.as_str()))
        {
            continue;
        }
        let caption_line = if at > 0 { Some(i) } else { i.checked_sub(1) };
        if let Some(j) = caption_line {
            if caption.is_some() {
                if let Some(b) = doc.blocks.get_mut(j) {
                    b.kind = BlockKind::Caption;
                }
            }
        }
        doc.meta.photos.push(Photo {
            caption,
            credit: Some(credit),
        });
    }
}

/// A page without a headline element still prints one: the heading-like line right above
/// the dateline opener, as wire releases filed as exhibits or copied without markup print it
/// (`NORTHWIND TILE REPORTS RECORD SPRING SALES` over `DULUTH, MN -- (WIRE) --`). A line
/// that ends a sentence, a date line and a line of one or two words are not headlines.
pub(crate) fn headline_above_dateline(doc: &mut Document) {
    let Some(opener) = doc.meta.dateline.as_ref().and_then(|d| d.span) else {
        return;
    };
    let Some(i) = doc.blocks.iter().position(|b| b.span.contains(opener)) else {
        return;
    };
    let Some(prev) = i.checked_sub(1).and_then(|j| doc.blocks.get(j)) else {
        return;
    };
    let line = doc.block_text(prev).trim();
    let words = line.split_whitespace().count();
    if (3..=30).contains(&words)
        && !line.ends_with('.')
        && date_line(line).is_none()
        && pagedate::parse_page_date(line, None).is_none()
    {
        doc.meta.title = Some(line.to_owned());
        if let Some(b) = doc.blocks.get_mut(i - 1) {
            b.kind = BlockKind::Title;
        }
    }
}

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
