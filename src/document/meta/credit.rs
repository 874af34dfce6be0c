//! Photo credits: where a caption's credit starts and what it is, in a caption box of an
//! HTML page or in a line of a release's text. The caption splitter serves both readers;
//! the line rule ([`attach_line_credits`]) reads the HTML reader's lines, while the text
//! reader reads credit lines with its own line classes (`text/photos.rs`).
//!
//! Every function here looks at a bounded stretch of text ([`MAX_CREDIT_TEXT`]): a caption
//! or credit line is short, and a longer one is prose, so the work per call stays constant.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::document::{normalise, BlockKind, Document};
use crate::lexicon::{self, Class};
use crate::model::Photo;

/// The longest text a credit is looked for in: longer "captions" are paragraphs.
pub(crate) const MAX_CREDIT_TEXT: usize = 2000;

/// The separators a caption's own words end at before a credit ("… at the quay; photo:
/// …", "… — Photo: …", "… / Photo: …").
const BEFORE_CREDIT: [char; 9] = [';', ',', '|', '-', '–', '—', '/', '(', ':'];

/// Splits a caption into caption text and credit: `Photo: Harbour Photo/Jane Roe`,
/// `… © ANA RUIZ / Harbour News`, `(Photo credit: …)`, `… (UN Photo/Jane Roe)`.
///
/// A worded cue ("Photo:", "Credit:", "Photo by") names the credit after it; where a
/// caption has several, the last one does ("Photo: The mayor at the quay. (Photo by Jane
/// Roe)": the first labels the caption). A sign (`©`, `(c)`) counts where no worded cue
/// does. Without a cue, a caption that ends in an agency-and-name credit ("… at the
/// opening. UN Photo/Jane Roe", "… (Jane Roe/Harbour News)") has that credit.
pub(crate) fn split_credit(caption: &str) -> (Option<String>, Option<String>) {
    static SIGN_CUE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)©|(?:^|\s|\()(?:\(c\)|copyright\b)")
            .expect("credit sign is a valid pattern")
    });
    let caption = normalise(caption);
    if caption.is_empty() {
        return (None, None);
    }
    if caption.len() > MAX_CREDIT_TEXT {
        return (Some(caption), None);
    }
    let cues = word_cues(&caption);
    let cue = cues
        .iter()
        .rev()
        .find(|c| {
            !caption
                .get(c.end..)
                .unwrap_or("")
                .trim()
                .trim_end_matches(')')
                .trim()
                .is_empty()
        })
        .copied()
        .or_else(|| {
            SIGN_CUE.find(&caption).map(|m| {
                // The sign's match may open with the space or bracket before it.
                let lead = m.as_str().len() - m.as_str().trim_start_matches([' ', '(']).len();
                let start = if m.as_str().starts_with("(c)") {
                    m.start()
                } else {
                    m.start() + lead
                };
                Cue {
                    start,
                    end: m.end(),
                }
            })
        });
    if let Some(c) = cue {
        // "Photo: © Lena Graf": the sign is not part of the name.
        let credit = caption
            .get(c.end..)
            .unwrap_or("")
            .trim()
            .trim_start_matches('©')
            .trim()
            .trim_end_matches(['.', ')'])
            .trim();
        // A sentence's full stop before the cue stays with the caption; a separator goes.
        let text = caption
            .get(..c.start)
            .unwrap_or("")
            .trim()
            .trim_end_matches(BEFORE_CREDIT)
            .trim();
        // A caption that a first cue labels ("Photo: The mayor at the quay.") keeps its
        // words without the label.
        let text = match cues.first() {
            Some(first) if first.start == 0 => text.get(first.end..).unwrap_or(text).trim(),
            _ => text,
        };
        let credit = (!credit.is_empty() && credit.len() <= 120).then(|| credit.to_owned());
        let text = (!text.is_empty()).then(|| text.to_owned());
        return (text, credit);
    }
    if let Some((text, credit)) = trailing_agency_credit(&caption) {
        return (text, Some(credit));
    }
    (Some(caption), None)
}

/// Where a worded credit cue stands in a caption: from its first word to past its colon
/// (or the space after a "by" label).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Cue {
    start: usize,
    end: usize,
}

/// Whether a credit opens with a name: a capital or a figure, after "the" if any ("the
/// City Archive", "Harbour Trust", "3D Studio").
fn opens_name(credit: &str) -> bool {
    let mut words = credit.split_whitespace();
    let first = match words.next() {
        Some(w) if w.eq_ignore_ascii_case("the") => words.next(),
        w => w,
    };
    first
        .and_then(|w| w.chars().next())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The worded credit cues of a caption, in order: a `page_credit_label` phrase at the
/// caption's start or after a space, bracket or separator, then its colon ("Photo:",
/// "Image credit :"), or, for a "by" label, a colon or a space and a capitalised name
/// ("Photo by Jane Roe", "Courtesy of: the Harbour Trust"). The longest label at a place wins.
fn word_cues(caption: &str) -> Vec<Cue> {
    let max_words = lexicon::max_words(Class::PageCreditLabel);
    let mut cues = Vec::new();
    let mut prev: Option<char> = None;
    for (i, ch) in caption.char_indices() {
        let at_boundary =
            prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '.' | ';' | ',' | '|'));
        prev = Some(ch);
        if !ch.is_alphabetic() || !at_boundary || cues.last().is_some_and(|c: &Cue| i < c.end) {
            continue;
        }
        if let Some(cue) = cue_at(caption, i, max_words) {
            cues.push(cue);
        }
    }
    cues
}

/// The longest credit label that starts at byte `start` of `caption`, with what must
/// follow it.
fn cue_at(caption: &str, start: usize, max_words: usize) -> Option<Cue> {
    let rest = caption.get(start..)?;
    // The label's words end at a space or a colon; the phrase grows a word at a time.
    let mut ends = Vec::new();
    let mut in_word = false;
    // No label is longer than this: a word without end is no label's.
    const LABEL_BYTES: usize = 64;
    for (i, ch) in rest.char_indices().take_while(|(i, _)| *i <= LABEL_BYTES) {
        let word_char = !ch.is_whitespace() && ch != ':';
        if in_word && !word_char {
            ends.push(i);
            if ends.len() == max_words || ch == ':' {
                break;
            }
        }
        in_word = word_char;
    }
    if in_word && ends.len() < max_words && rest.len() <= LABEL_BYTES {
        ends.push(rest.len());
    }
    for &end in ends.iter().rev() {
        let phrase = rest.get(..end)?;
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let Some(kind) = lexicon::value(Class::PageCreditLabel, &words.join(" ")) else {
            continue;
        };
        let after = rest.get(end..)?;
        let spaced = after.trim_start();
        let cue_end = if let Some(past_colon) = spaced.strip_prefix(':') {
            start + end + (after.len() - past_colon.len())
        } else if kind == "by"
            && after.starts_with(char::is_whitespace)
            && (opens_name(spaced) || spaced.starts_with('©'))
        {
            // "Photograph by Jane Roe", not "the photograph by the window".
            start + end + (after.len() - spaced.len())
        } else {
            continue;
        };
        return Some(Cue {
            start,
            end: cue_end,
        });
    }
    None
}

/// A credit of agency and name joined by a slash at a caption's end, after its last
/// sentence or in its closing brackets: "UN Photo/Jane Roe", "Jane Roe/Harbour News",
/// "City Archive/J. Roe/Press Office". Each side is a short capitalised name; prose with
/// a slash ("and/or", "km/h") is not one.
fn trailing_agency_credit(caption: &str) -> Option<(Option<String>, String)> {
    let body = caption.trim_end().trim_end_matches('.');
    let (text, tail) = if let Some(inner) = body.strip_suffix(')') {
        let open = inner.rfind('(')?;
        (&body[..open], &inner[open + 1..])
    } else {
        match body.rfind(". ") {
            Some(i) => (&body[..=i], &body[i + 2..]),
            None => ("", body),
        }
    };
    let tail = tail.trim();
    if !tail.contains('/') || tail.split_whitespace().count() > 8 || tail.len() > 80 {
        return None;
    }
    let parts: Vec<&str> = tail.split('/').map(str::trim).collect();
    let name_like = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        // A name opens with a capital letter ("Jane Roe", "UN Photo"); later words may be
        // numbers ("Studio 54"), but a part that opens with one is a figure ("24/7").
        words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && words.len() <= 4
            && words.iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
    };
    if parts.len() < 2 || !parts.iter().all(|p| name_like(p)) {
        return None;
    }
    let text = text.trim();
    Some(((!text.is_empty()).then(|| text.to_owned()), tail.to_owned()))
}

/// Where a credit starts in a line: at a cue and its colon ("Photo:", "Image credit:")
/// at the line's start or after a caption ("… at the pier; photo: Jane Roe"), or at a
/// leading copyright sign. Returns the byte offset of the cue, or `None`.
fn credit_cue_at(line: &str) -> Option<usize> {
    if line.starts_with('©') {
        return Some(0);
    }
    if line.len() > MAX_CREDIT_TEXT {
        return None;
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
    if line.len() > MAX_CREDIT_TEXT {
        return None;
    }
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
            let opens_name = opens_name(credit);
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
pub(crate) fn attach_line_credits(doc: &mut Document) {
    let mut found = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let line = doc.block_text(b);
        if line.len() > 400 {
            continue;
        }
        let (at, (text, credit)) = match credit_cue_at(line) {
            Some(at) => (at, split_credit(line)),
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
