//! What each line of a text page is: a page part, told by its shape and the page
//! vocabulary of the lexicon (`src/lexicon/data/page.tsv`), not by any site's template.
//!
//! A line is classified on its own here; the zones (header, body, tail) come from the
//! sequence of classes in `header.rs` and `tail.rs`.

use once_cell::sync::Lazy;
use regex::Regex;

use super::markdown::{Form, Line};
use crate::date::Timestamp;
use crate::document::pagedate::parse_page_date;
use crate::lexicon::{self, Class as Lex};

/// What a line of a text page is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Class {
    /// Nothing left to read: an icon link, an image without a caption.
    Empty,
    /// `---`, `* * *`, `###`, `-30-`: a rule or an end mark.
    Separator,
    /// A bare web address.
    Url,
    /// Skip links, menu and search widgets (the lexicon's `page_furniture`).
    Furniture,
    /// Links and menus: a line of links, or of short items between bars.
    Nav,
    /// A breadcrumb trail or a piece of one.
    Breadcrumb,
    /// A label over the release: FOR IMMEDIATE RELEASE, MEDIA RELEASE, OFFICIAL.
    Label(LabelKind),
    /// A line that is a date, with at most a label, a byline or a time around it.
    Date(DateLine),
    /// A contact line: a contact label, an e-mail address, a telephone number.
    Contact,
    /// A line of a sender block (an official's name and posts), set by [`mark_senders`].
    Sender,
    /// `© 2024 Harbour Trust. All rights reserved.`: a site footer.
    Copyright,
    /// A heading or line that begins the tail: related stories, share links, tags.
    Tail(TailKind),
    /// Digits only: an image size, a counter.
    Number,
    /// A machine timestamp on its own line (`2024-06-18 15:02:44`).
    Stamp(Timestamp),
    /// Anything else: headline, subtitle, paragraph.
    Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LabelKind {
    Release,
    Type,
    Embargo,
    Marking,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TailKind {
    /// "Tags:", "Tagged as:", "Filed under": the release's own labels follow.
    Tags,
    /// "Categories", "Topics": labels that may be the whole site's (a footer's topic menu);
    /// the release's only when the line carries them or introduces them with a colon.
    Topics { colon: bool },
    /// Any other beginning of the tail.
    End,
}

/// What a date line says its date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateRole {
    /// "FOR IMMEDIATE RELEASE: …", "DATE: …", "Released: …": the release's own date.
    Release,
    /// "EMBARGOED UNTIL …": the release's date when nothing else gives one.
    Embargo,
    /// "Posted on …", "Published …", or a date alone.
    Published,
    /// "Updated …", "Last modified …".
    Modified,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateLine {
    pub time: Timestamp,
    pub role: DateRole,
    /// The date alone (with a weekday or a time): the release's own date line, not a
    /// page's metadata line with a label, a byline or other items beside the date.
    pub bare: bool,
    /// An update stated beside the date in the same line ("Posted March 3 | Updated
    /// March 5").
    pub updated: Option<Timestamp>,
}

/// Classifies one rendered line (`raw` is the line before rendering).
pub(super) fn classify(raw: &str, line: &Line) -> Class {
    let text = line.text.as_str();
    if is_separator(raw) || (text.is_empty() && line.form == Form::Heading(1) && raw.contains('#'))
    {
        return Class::Separator;
    }
    if text.is_empty() || !text.chars().any(char::is_alphanumeric) {
        return if line.links > 0 || !line.images.is_empty() || text.is_empty() {
            Class::Empty
        } else if is_crumb_separator(text) {
            Class::Breadcrumb
        } else if text.starts_with(['.', ',', ';', ':', ')', '!', '?', '”', '’']) {
            // The end of a sentence a browser's export split at a link: ". " after a name.
            Class::Text
        } else {
            Class::Empty
        };
    }
    if is_bare_url(text) {
        return Class::Url;
    }
    let key = key_of(text);
    let lead = leading(Lex::PageFurniture, text);
    // "Search Harbour Trust" as a heading is the search box's; "Click here to …" is a link's
    // call and "We use cookies to …" a consent banner, whatever follows them.
    if lexicon::contains(Lex::PageFurniture, &key)
        || lead.is_some_and(|l| l.value == "link" && line.words() <= 8)
        || lead.is_some_and(|l| l.value == "consent" && line.words() <= 100)
        || (line.words() <= 3 && lead.is_some() && line.form != Form::Plain)
    {
        return Class::Furniture;
    }
    if let Some(t) = stamp(text) {
        return Class::Stamp(t);
    }
    if let Some(d) = date_line(text) {
        return Class::Date(d);
    }
    if let Some(kind) = tail_kind(text) {
        return Class::Tail(kind);
    }
    if has_contact_detail(text) {
        return Class::Contact;
    }
    if is_copyright(text) {
        return Class::Copyright;
    }
    // A link is navigation whatever its words ("[News](/news)" is a menu entry, not a
    // label); a heading that links to its own page is still a heading.
    if line.link_only() && !matches!(line.form, Form::Heading(_)) {
        return Class::Nav;
    }
    if let Some(kind) = lexicon::value(Lex::PageLabel, &key).and_then(label_kind) {
        return Class::Label(kind);
    }
    // A section's name over the release ("Meetings Coverage and Press Releases") labels
    // the kind of page, as "News" does.
    if crate::document::meta::is_section_name(text) {
        return Class::Label(LabelKind::Type);
    }
    if lexicon::contains(Lex::PageBreadcrumb, &key) || is_trail(text) {
        return Class::Breadcrumb;
    }
    if is_contact_label(text) {
        return Class::Contact;
    }
    if text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | ',' | 'x' | '×'))
    {
        return Class::Number;
    }
    let heading = matches!(line.form, Form::Heading(_));
    if (line.link_heavy() && line.words() <= 12 && !heading) || is_menu(text) {
        return Class::Nav;
    }
    Class::Text
}

/// Lines of no content: the markers that close a release (`###`, `-30-`) and rules.
pub(crate) fn is_separator(line: &str) -> bool {
    let l = line.trim();
    l.chars()
        .all(|c| matches!(c, '#' | '-' | '*' | '_' | '=' | ' ' | '~' | '—' | '–'))
        || l.eq_ignore_ascii_case("-30-")
        || l.eq_ignore_ascii_case("- 30 -")
        || l.eq_ignore_ascii_case("ends")
        || l.eq_ignore_ascii_case("-ends-")
}

/// A line that is only an address (`https://…`, `www.…`, with no space in it). Code rather
/// than a pattern: the first text read would otherwise compile one for this test alone.
fn is_bare_url(text: &str) -> bool {
    ["https://", "http://", "www."]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .is_some_and(|rest| !rest.is_empty() && !rest.chars().any(char::is_whitespace))
}

/// A line as the lexicon's whole-line classes hold it: without a closing colon or dots.
pub(super) fn key_of(text: &str) -> String {
    text.trim()
        .trim_end_matches([':', '.', '…', ' ', '|', '›', '»'])
        .trim_start_matches(['|', ' '])
        .to_owned()
}

/// A phrase of the lexicon at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Lead {
    /// How many words of the line the phrase took.
    pub words: usize,
    /// The entry's value.
    pub value: &'static str,
    /// The phrase ended with a colon ("DATE:").
    pub colon: bool,
}

/// The longest entry of `class` that the line begins with, a closing colon or comma allowed.
pub(super) fn leading(class: Lex, text: &str) -> Option<Lead> {
    let words: Vec<&str> = text
        .split_whitespace()
        .take(lexicon::max_words(class))
        .collect();
    for n in (1..=words.len()).rev() {
        let mut phrase = words.get(..n)?.join(" ");
        let colon = phrase.ends_with(':');
        let trimmed = phrase.trim_end_matches([':', ',']).len();
        phrase.truncate(trimmed);
        if let Some(value) = lexicon::value(class, &phrase) {
            return Some(Lead {
                words: n,
                value,
                colon,
            });
        }
    }
    None
}

fn label_kind(value: &str) -> Option<LabelKind> {
    Some(match value {
        "release" => LabelKind::Release,
        "type" => LabelKind::Type,
        "embargo" => LabelKind::Embargo,
        "marking" => LabelKind::Marking,
        _ => return None,
    })
}

fn date_role(value: &str) -> DateRole {
    match value {
        "release" => DateRole::Release,
        "embargo" => DateRole::Embargo,
        "modified" => DateRole::Modified,
        _ => DateRole::Published,
    }
}

/// A date line: a date, with at most a label before or after it ("Posted on", "DATE:",
/// "— Media release"), a byline ("by Admin", "By Jane Roe on"), a time, and two other words
/// (a weekday, a section name); short segments may stand beside it between bars (`Admin |
/// March 3, 2025`, `Released: June 2, 2016 · Download PDF`). A sentence that holds a date
/// is not one ("The fair opens on June 4, 2024").
pub(crate) fn date_line(text: &str) -> Option<DateLine> {
    if text.len() > 200 || text.bytes().filter(u8::is_ascii_digit).count() < 4 {
        return None;
    }
    if text.split_whitespace().count() > 24 {
        return None;
    }
    let mut found: Option<DateLine> = None;
    let mut updated = None;
    let mut other_words = 0;
    for segment in text.split(['|', '·', '•']) {
        let segment = segment.trim();
        match (&found, date_segment(segment)) {
            (None, Some(d)) => {
                found = Some(d);
                continue;
            }
            // A second segment labelled as an update is the page's update stamp.
            (Some(f), Some(d))
                if updated.is_none()
                    && d.role == DateRole::Modified
                    && f.role != DateRole::Modified =>
            {
                updated = Some(d.time);
                continue;
            }
            _ => {}
        }
        other_words += segment.split_whitespace().count();
    }
    found.filter(|_| other_words <= 6).map(|d| DateLine {
        bare: d.bare && other_words == 0 && updated.is_none(),
        updated,
        ..d
    })
}

/// Words of prose a date line may hold beside its date, labels and byline aside.
const WORDS_BESIDE_DATE: usize = 2;

fn date_segment(segment: &str) -> Option<DateLine> {
    let tokens: Vec<&str> = segment.split_whitespace().collect();
    if tokens.is_empty() || tokens.len() > 16 {
        return None;
    }
    let (a, b) = date_window(&tokens)?;
    let (mut before, mut after) = (tokens.get(..a)?, tokens.get(b..)?);
    let mut role = None;
    // A label before the date ("Posted on", "MEDIA RELEASE:"), then perhaps a byline
    // ("By Jane Roe on").
    if let Some((n, r)) = label_at(&before.join(" ")) {
        role = Some(r);
        before = before.get(n..)?;
    }
    let byline_before = before.first().is_some_and(|t| is_by(t)) && before.len() <= 5;
    let before_words = if byline_before {
        0
    } else {
        words_beside(before)
    };
    let mut bare = role.is_none() && !byline_before;
    // After the date: a byline ("by Admin"), or a label ("— Media release").
    if let Some(i) = after
        .iter()
        .position(|t| is_by(t))
        .filter(|&i| after.len() - i <= 5)
    {
        after = after.get(..i)?;
        bare = false;
    }
    for k in (1..=after.len().min(4)).rev() {
        let tail = after.get(after.len() - k..)?.join(" ");
        if let Some((n, r)) = label_at(&tail).filter(|(n, _)| *n == k) {
            role = role.or(Some(r));
            after = after.get(..after.len() - n)?;
            bare = false;
            break;
        }
    }
    let beside = before_words + words_beside(after);
    if beside > WORDS_BESIDE_DATE {
        return None;
    }
    // Read again from the date on, so that a time after it is kept.
    let time = parse_page_date(&tokens.get(a..)?.join(" "), None)?;
    Some(DateLine {
        time,
        role: role.unwrap_or(DateRole::Published),
        bare: bare && beside <= 1,
        updated: None,
    })
}

/// A label of either class at the start of `text`: how many words it took, and the role it
/// gives a date.
fn label_at(text: &str) -> Option<(usize, DateRole)> {
    if let Some(l) = leading(Lex::PageDateLabel, text) {
        return Some((l.words, date_role(l.value)));
    }
    let l = leading(Lex::PageLabel, text)?;
    let role = match label_kind(l.value)? {
        LabelKind::Embargo => DateRole::Embargo,
        LabelKind::Release => DateRole::Release,
        _ => DateRole::Published,
    };
    Some((l.words, role))
}

fn is_by(token: &str) -> bool {
    token.eq_ignore_ascii_case("by")
}

/// Words of prose among tokens beside a date: tokens with letters that are no time word,
/// zone or symbol.
fn words_beside(tokens: &[&str]) -> usize {
    tokens
        .iter()
        .filter(|t| t.chars().any(char::is_alphabetic) && !is_time_word(t))
        .count()
}

/// The shortest run of tokens that the page-date parser reads as a date.
fn date_window(tokens: &[&str]) -> Option<(usize, usize)> {
    let parses = |a: usize, b: usize| {
        tokens
            .get(a..b)
            .is_some_and(|t| parse_page_date(&t.join(" "), None).is_some())
    };
    let b = (1..=tokens.len()).find(|&b| parses(0, b))?;
    let a = (0..b).rev().find(|&a| parses(a, b))?;
    Some((a, b))
}

/// Not a word of prose beside a date: a time-of-day word ("am", "p.m."), a zone
/// abbreviation ("ET", "AEDT"), a token with digits (a time, a document symbol).
fn is_time_word(t: &str) -> bool {
    let w = t.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    lexicon::contains(Lex::PageTimeWord, w)
        || ((2..=4).contains(&letters) && w.chars().all(|c| c.is_ascii_uppercase()))
        || w.chars().any(|c| c.is_ascii_digit())
}

/// "Tags: Parks, Trails", "Related news", "Share this": where a page's tail begins.
pub(super) fn tail_kind(text: &str) -> Option<TailKind> {
    let words = text.split_whitespace().count();
    let colon = text.trim_end().ends_with(':');
    let kind = |v: &str| match v {
        "tags" => TailKind::Tags,
        "topics" => TailKind::Topics { colon },
        _ => TailKind::End,
    };
    if let Some(v) = lexicon::value(Lex::PageTail, &key_of(text)) {
        return Some(kind(v));
    }
    let lead = leading(Lex::PageTail, text)?;
    // "Tags: a, b" carries its items; "Share this article on X" is still the share bar; a
    // sentence that merely begins with "Related" is not ("Related work will start …").
    if lead.colon || (lead.words >= 2 && words <= 10) || (lead.value != "end" && words <= 3) {
        return Some(kind(lead.value));
    }
    None
}

/// The items of a tags line ("Tags: Parks, Trails | Lake Erie"), if it carries them.
pub(super) fn inline_tags(text: &str) -> Vec<String> {
    let Some(lead) = leading(Lex::PageTail, text).filter(|l| l.value != "end") else {
        return Vec::new();
    };
    let rest: Vec<&str> = text.split_whitespace().skip(lead.words).collect();
    let rest = rest.join(" ");
    let rest = rest.trim_start_matches([':', ' ', '-', '–']);
    split_items(rest)
}

/// Items of a label list: split at commas, bars, semicolons and bullets.
pub(super) fn split_items(s: &str) -> Vec<String> {
    s.split([',', '|', ';', '•', '·'])
        .map(str::trim)
        .filter(|i| !i.is_empty() && i.split_whitespace().count() <= 6)
        .map(str::to_owned)
        .collect()
}

/// A breadcrumb trail's separator on a line of its own (`/`, `›`).
fn is_crumb_separator(text: &str) -> bool {
    let mut chars = text.trim().chars();
    matches!(
        (chars.next(), chars.next()),
        (Some('/' | '>' | '»' | '›' | '|' | '\\' | '→'), None)
    )
}

/// "Home > News > Media releases": short items between two or more trail separators.
fn is_trail(text: &str) -> bool {
    for sep in [" > ", " » ", " › ", " / ", " → "] {
        let items: Vec<&str> = text.split(sep).collect();
        if items.len() >= 3
            && items
                .iter()
                .take(items.len() - 1)
                .all(|i| (1..=4).contains(&i.split_whitespace().count()))
        {
            return true;
        }
    }
    false
}

/// "Home | About | News | Contact": three or more short items between bars or bullets.
fn is_menu(text: &str) -> bool {
    for sep in [" | ", " • ", " · "] {
        let items: Vec<&str> = text.split(sep).collect();
        if items.len() >= 3
            && items
                .iter()
                .all(|i| (1..=4).contains(&i.split_whitespace().count()) && !i.ends_with('.'))
        {
            return true;
        }
    }
    false
}

static EMAIL: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+").expect("e-mail is a valid pattern"));
static PHONE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:^|[\s:(])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?)?\d{2,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?(?:$|[\s,;)])")
        .expect("telephone is a valid pattern")
});

/// A contact line by its label: "Media contact: Jane Roe", "CONTACT", "Media enquiries".
pub(super) fn is_contact_label(text: &str) -> bool {
    let words = text.split_whitespace().count();
    leading(Lex::PageContact, text).is_some_and(|l| l.words == words || l.colon || words <= 8)
}

/// A short line with an e-mail address or a telephone number.
pub(crate) fn has_contact_detail(text: &str) -> bool {
    if text.split_whitespace().count() > 12 {
        return false;
    }
    // PERF: ASCII lines (nearly all) are read by scanners that accept what `EMAIL` and
    // `PHONE` match, so those Unicode patterns are built only for a line that needs them.
    if text.is_ascii() {
        return ascii_email(text.as_bytes()) || ascii_phone(text.as_bytes());
    }
    EMAIL.is_match(text) || PHONE.is_match(text)
}

/// `\s` of `EMAIL` and `PHONE` on ASCII text.
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// `\w` on ASCII text.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether `EMAIL` matches ASCII `text`: an "@" after one of `[\w.+-]`, then a run of
/// `[\w-]`, a dot and one more of `[\w-]`.
fn ascii_email(text: &[u8]) -> bool {
    let host = |b: u8| is_word(b) || b == b'-';
    text.iter().enumerate().any(|(at, &b)| {
        if b != b'@' {
            return false;
        }
        let before = at
            .checked_sub(1)
            .and_then(|i| text.get(i))
            .is_some_and(|&c| is_word(c) || matches!(c, b'.' | b'+' | b'-'));
        let after = text.get(at + 1..).unwrap_or(&[]);
        let run = after.iter().take_while(|&&c| host(c)).count();
        before
            && run > 0
            && after.get(run) == Some(&b'.')
            && after.get(run + 1).is_some_and(|&c| host(c))
    })
}

/// The ends of `min..=max` ASCII digits from `at`.
fn digit_ends(text: &[u8], at: usize, min: usize, max: usize) -> std::ops::RangeInclusive<usize> {
    let run = text
        .get(at..)
        .unwrap_or(&[])
        .iter()
        .take(max)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if run < min {
        #[allow(clippy::reversed_empty_ranges)]
        return 1..=0;
    }
    at + min..=at + run
}

/// Whether `PHONE` matches ASCII `text`, trying every way its optional parts can be read
/// (a bounded number at each start, so linear in the line).
fn ascii_phone(text: &[u8]) -> bool {
    let at = |i: usize| text.get(i).copied();
    let sep = |i: usize| at(i).is_some_and(|b| is_space(b) || b == b'.' || b == b'-');
    // `(?:$|[\s,;)])`
    let ends = |i: usize| at(i).is_none_or(|b| is_space(b) || matches!(b, b',' | b';' | b')'));
    // `\d{2,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?` and the end, from `i`.
    let core = |i: usize| {
        digit_ends(text, i, 2, 4).any(|a| {
            sep(a)
                && digit_ends(text, a + 1, 3, 4)
                    .any(|b| ends(b) || (sep(b) && digit_ends(text, b + 1, 2, 4).any(ends)))
        })
    };
    // `(?:\(\d{2,4}\)\s?)?` and the rest, from `i`.
    let paren = |i: usize| {
        core(i)
            || (at(i) == Some(b'(')
                && digit_ends(text, i + 1, 2, 4).any(|c| {
                    at(c) == Some(b')')
                        && (core(c + 1) || (at(c + 1).is_some_and(is_space) && core(c + 2)))
                }))
    };
    // `(?:\+\d{1,3}[\s.-]?)?` and the rest, from `i`.
    let plus = |i: usize| {
        paren(i)
            || (at(i) == Some(b'+')
                && digit_ends(text, i + 1, 1, 3).any(|d| paren(d) || (sep(d) && paren(d + 1))))
    };
    // `(?:^|[\s:(])`
    plus(0)
        || text
            .iter()
            .enumerate()
            .any(|(i, &b)| (is_space(b) || b == b':' || b == b'(') && plus(i + 1))
}

/// "© 2024 Harbour Trust", "Copyright 2023 …", "All rights reserved": a site's footer line.
/// A credit ("© Jane Roe") names no year and is not one.
pub(super) fn is_copyright(text: &str) -> bool {
    let lower = text.to_lowercase();
    let marked =
        lower.starts_with('©') || lower.starts_with("(c)") || lower.starts_with("copyright");
    let year = text.split_whitespace().take(4).any(|w| {
        let d: String = w.chars().filter(char::is_ascii_digit).collect();
        d.len() == 4 && (d.starts_with("19") || d.starts_with("20"))
    });
    (marked && year && text.split_whitespace().count() <= 20)
        || (lower.contains("all rights reserved") && text.split_whitespace().count() <= 20)
}

/// A machine timestamp on a line of its own: `2024-10-08 14:15:26`.
fn stamp(text: &str) -> Option<Timestamp> {
    let l = text.trim();
    if l.len() > 32 || !l.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let t = Timestamp::parse_lenient(l)?;
    t.time().is_some().then_some(t)
}

/// Marks the sender blocks among the first lines: an official's name (an address form
/// before it or post-nominals after it) and the posts under it, one per line.
///
/// ```text
/// Senator the Hon Mara Quill        ← name: an address form opens it
/// Minister for Regional Transport   ← post: a post's head opens it
/// Ron Bastable MP                   ← name: post-nominals close it
/// Member for Eastvale               ← post
/// ```
pub(super) fn mark_senders(lines: &[Line], classes: &mut [Class], end: usize) {
    let mut i = 0;
    while i < end.min(lines.len()) {
        let (Some(line), Some(Class::Text)) = (lines.get(i), classes.get(i)) else {
            i += 1;
            continue;
        };
        if !is_sender_name(&line.text) {
            i += 1;
            continue;
        }
        if let Some(c) = classes.get_mut(i) {
            *c = Class::Sender;
        }
        let capitals = is_all_caps(&line.text);
        let mut j = i + 1;
        while let (Some(next), Some(Class::Text)) = (lines.get(j), classes.get(j)) {
            let post = leading(Lex::PagePost, &next.text).is_some()
                || (capitals && !next.blank_before && is_all_caps(&next.text));
            if !post || next.words() > 14 || next.text.ends_with('.') {
                break;
            }
            if let Some(c) = classes.get_mut(j) {
                *c = Class::Sender;
            }
            j += 1;
        }
        i = j;
    }
}

/// "The Hon Jane Doe MP", "SENATOR THE HON MARA QUILL", "Dr Ana Ruiz AO".
fn is_sender_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if !(2..=9).contains(&words.len()) || text.ends_with(['.', ':', '!', '?']) {
        return false;
    }
    let honorific = leading(Lex::PageHonorific, text).map_or(0, |l| l.words);
    let mut name = words.get(honorific..).unwrap_or(&[]);
    let mut postnominals = 0;
    while let Some((last, rest)) = name.split_last() {
        if lexicon::contains(Lex::PagePostnominal, last.trim_matches(['(', ')', ','])) {
            postnominals += 1;
            name = rest;
        } else {
            break;
        }
    }
    let capitalised = name.len() >= 2
        && name.len() <= 5
        && name.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || lexicon::contains(Lex::PageHonorific, w)
        });
    capitalised && (honorific > 0 || postnominals > 0)
}

fn is_all_caps(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase())
}

/// Words on their way to a line end with one of these when the line is not finished.
pub(super) fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(['"', '”', '’', '\'', ')', ']', ' ']);
    s.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// The share of a line's words that begin in lower case: prose is about half, a menu or
/// a Title Case headline much less.
pub(super) fn lowercase_share(text: &str) -> f32 {
    let mut words = 0u32;
    let mut lower = 0u32;
    for w in text.split_whitespace() {
        let Some(c) = w.chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        words += 1;
        if c.is_lowercase() {
            lower += 1;
        }
    }
    if words == 0 {
        0.0
    } else {
        lower as f32 / words as f32
    }
}

/// A paragraph of running text: long enough, sentence-like, not a menu or a link list.
pub(super) fn is_prose(line: &Line, class: &Class) -> bool {
    if *class != Class::Text || matches!(line.form, Form::Heading(_)) || line.link_heavy() {
        return false;
    }
    let words = line.words();
    // A headline may end with "!" or "?"; running text that short ends with a full stop.
    let exclaims = line
        .text
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['!', '?']);
    let sentence = (words >= 8 && ends_sentence(&line.text) && !exclaims)
        || (words >= 12 && exclaims)
        || words >= 30;
    sentence && lowercase_share(&line.text) >= 0.3
}

#[cfg(test)]
mod tests;
