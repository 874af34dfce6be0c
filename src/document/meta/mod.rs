//! Page-level facts shared by the HTML and text readers: titles without site names,
//! dates as pages print them, the dateline opener, photo credits.

use std::cell::Cell;

use super::{normalise, BlockKind, DatelineFact, Document};
use crate::date::grammar::{self, Point, Reader};
use crate::date::token::tokens;
use crate::date::{vocab, Date};
use crate::lexicon::{self, Class};
use crate::span::Span;

mod credit;
pub(crate) use credit::{attach_line_credits, credit_by, split_credit, CAPTION_SEPARATORS};

/// Separators that pages put between a headline and the site name.
/// The separators between a title's segments. " » " is one too, but only in a title that
/// opens no French quotation with "«" (see [`separators`]).
const TITLE_SEPARATORS: [&str; 9] = [
    " | ", " – ", " — ", " - ", " :: ", " · ", " • ", " ‹ ", " › ",
];

/// The separators `title` may use: [`TITLE_SEPARATORS`], and " » " unless the title
/// quotes with guillemets (« … »); " ‹ " and " › " not when both are there (a quotation
/// in single guillemets, ‹ … ›).
fn separators(title: &str) -> impl Iterator<Item = &'static str> {
    let guillemet = !title.contains('«');
    let single_quoted = title.contains('‹') && title.contains('›');
    TITLE_SEPARATORS
        .iter()
        .copied()
        .filter(move |s| !(single_quoted && matches!(*s, " ‹ " | " › ")))
        .chain(guillemet.then_some(" » "))
}

/// The headline in `raw`, without a trailing or leading site name.
///
/// `known` holds other forms of the title the page gives (its `h1`, `og:title`): when one
/// of them is a segment of `raw`, that segment is the headline. Otherwise a segment after a
/// `|` goes, and a short last segment after a dash goes when it names the site
/// (`site_name`) or reads like one.
pub(crate) fn clean_title(raw: &str, known: &[&str], site_name: Option<&str>) -> String {
    let raw = normalise(raw);
    let raw = raw.trim_start_matches('#').trim();
    // A known form that is the title's first or last segment; where two are ("Harbour
    // Board - Ferry landing opens", the logo's `h1` and the story's heading), the one that
    // does not read like a name.
    let mut segments: Vec<String> = Vec::new();
    for k in known {
        let k = normalise(k);
        if k.len() < 8 || k.len() >= raw.len() {
            continue;
        }
        // Where the page's own heading marks the segment, a breadcrumb path's " / " ends
        // it too ("Headline / Section / Home - Site"); alone, a slash proves nothing.
        let leading = raw.strip_prefix(k.as_str()).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with("/ ") || separators(raw).any(|s| rest.starts_with(s.trim()))
        });
        let trailing = raw.strip_suffix(k.as_str()).is_some_and(|rest| {
            let rest = rest.trim_end();
            rest.ends_with(" /") || separators(raw).any(|s| rest.ends_with(s.trim()))
        });
        if leading || (trailing && !reads_like_name(&k)) {
            segments.push(k);
        }
    }
    if let Some(k) = segments
        .iter()
        .find(|k| !reads_like_name(k))
        .or(segments.first())
    {
        return k.clone();
    }
    let mut title = raw.to_owned();
    if let Some(site) = site_name.map(normalise).filter(|s| !s.is_empty()) {
        for sep in separators(raw) {
            if let Some(head) = title.strip_suffix(&format!("{sep}{site}")) {
                return head.trim().to_owned();
            }
            if let Some(tail) = title.strip_prefix(&format!("{site}{sep}")) {
                return tail.trim().to_owned();
            }
        }
    }
    // " | Site" and " | Section | Site": everything from the first bar goes when what
    // stays is a headline.
    if let Some(i) = title.find(" | ") {
        if title[..i].split_whitespace().count() >= 2 && i >= 6 {
            title.truncate(i);
            return title;
        }
    }
    // "Headline - Office - Government": each trailing name goes, the last first.
    let mut cut = false;
    'names: for _ in 0..3 {
        for sep in separators(raw).filter(|s| *s != " | ") {
            if let Some(i) = title.rfind(sep) {
                let (head, tail) = (&title[..i], &title[i + sep.len()..]);
                let tail_words = tail.split_whitespace().count();
                if head.split_whitespace().count() >= 4
                    && tail_words <= 5
                    && looks_like_site_name(tail)
                {
                    title = head.trim().to_owned();
                    cut = true;
                    continue 'names;
                }
            }
        }
        break;
    }
    if cut {
        return title;
    }
    strip_label_prefix(&title).to_owned()
}

/// A headline without a leading document-type label and its separator ("Press release:
/// Ferry landing opens", "NEWS RELEASE – …"); the label alone stays.
pub(crate) fn strip_label_prefix(title: &str) -> &str {
    let Some(i) = title.find([':', '|', '–', '—']) else {
        return title;
    };
    let (label, rest) = (
        title[..i].trim(),
        title[i..].trim_start_matches([':', '|', '–', '—']).trim(),
    );
    if rest.split_whitespace().count() >= 3
        && crate::lexicon::contains(
            crate::lexicon::Class::PageNonHeadline,
            &label.to_lowercase(),
        )
    {
        rest
    } else {
        title
    }
}

/// The title without its segments that name the site or a section (`is_furniture`): "Site
/// | Headline" and "News | Headline | Site" keep the headline. `None` when no segment went
/// (the title stays for [`clean_title`]); an empty string when every segment did.
pub(crate) fn drop_title_segments(
    raw: &str,
    is_furniture: &dyn Fn(&str) -> bool,
) -> Option<String> {
    let sep = separators(raw).find(|s| raw.contains(*s))?;
    let parts: Vec<&str> = raw.split(sep).map(str::trim).collect();
    let kept: Vec<&str> = parts.iter().copied().filter(|p| !is_furniture(p)).collect();
    (kept.len() < parts.len()).then(|| kept.join(sep))
}

/// Whether a line only names a site's section: two to eight words, each a section word
/// ("Meetings Coverage and Press Releases", "News & Media", "Media Centre"), at least one
/// of them no joining word. A headline says something of someone; a section name does not.
pub(crate) fn is_section_name(s: &str) -> bool {
    // Read no further than a ninth word: every paragraph of a page is asked.
    let mut words: Vec<&str> = Vec::new();
    for w in s
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '&' | '+')))
        .filter(|w| !w.is_empty())
    {
        if words.len() == 8 {
            return false;
        }
        words.push(w);
    }
    (2..=8).contains(&words.len())
        && words
            .iter()
            .all(|w| lexicon::contains(Class::PageSectionWord, w))
        && words
            .iter()
            .any(|w| lexicon::value(Class::PageSectionWord, w) != Some("join"))
}

/// Whether a title is only a file's name ("ex991.htm", "release-final.docx"), as an
/// exhibit or a converted document carries in its `<title>`.
pub(crate) fn is_file_name(s: &str) -> bool {
    let s = s.trim();
    !s.contains(char::is_whitespace)
        && s.rsplit_once('.').is_some_and(|(stem, ext)| {
            !stem.is_empty() && lexicon::contains(Class::PageFileExtension, ext)
        })
}

/// Whether a title reads like a site's or an office's name: a short capitalised phrase
/// ("Harbour Board Newsroom"), not a headline's clause.
pub(crate) fn reads_like_name(s: &str) -> bool {
    s.split_whitespace().count() <= 4 && looks_like_site_name(s)
}

/// A site name is a short capitalised phrase or a domain, not part of a sentence.
fn looks_like_site_name(s: &str) -> bool {
    let s = s.trim();
    if s.contains('.') && !s.contains(' ') {
        return true; // example.com
    }
    s.split_whitespace().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || matches!(w, "of" | "the" | "and" | "for" | "de" | "&")
    })
}

/// A reader of the parts of a dateline around its date: the place (and a wire's name)
/// before it, the separator after it. The date between them is read by the crate's date
/// grammar, so a dateline reads every day-and-month form the body text does.
///
/// The parts, in order:
/// - marks: up to two `_` or `*` of emphasis;
/// - a place: `NEW YORK`, `Hong Kong`, `DAEGU, KOREA`, `COLUMBUS, Ohio`: a capitalised
///   word, up to three more (a bracket may open one), then up to two `, Word Word Word`
///   groups; or in brackets, `(Northfield and Eastvale, CA)`;
/// - an optional comma, dash and wire's name (`/Wire/`, `(WIRE)`, `[Name Newswire](url)`,
///   `Name Newswire`), and another dash;
/// - after the date: a closing bracket, another wire's name in slashes or brackets, the
///   separator (`--`, a dash or `:`) and a space.
///
/// Each part offers its ends longest first and the reader backtracks through them, so a
/// line reads as the first way, in that order, that makes the whole opener; every part is
/// bounded or ends at a character it cannot hold, so a line is read in time linear in it.
struct Opener<'a> {
    s: &'a str,
    place: Cell<Option<(usize, usize)>>,
    wire1: Cell<bool>,
    wire2: Cell<bool>,
    sep: Cell<Option<(usize, usize)>>,
}

/// What a part does with each of its ends: `true` when the rest of the opener reads from it.
type Then<'k> = &'k mut dyn FnMut(usize) -> bool;

/// A letter of a place word: `St.`, `O'Hare`, `Winston-Salem`.
fn place_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')
}

/// The first letter of a place word.
fn place_initial(c: char) -> bool {
    c.is_uppercase()
}

/// A letter of a word a bracket may open or close: `NEW YORK (CITY)`.
fn bracket_place_char(c: char) -> bool {
    place_char(c) || matches!(c, '(' | ')')
}

fn bracket_place_initial(c: char) -> bool {
    c.is_uppercase() || c == '('
}

/// A character of a wire's name in brackets: `(BUSINESS WIRE)`, `(AP)`.
fn wire_char(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '.' | '&' | '-' | ' ')
}

impl<'a> Opener<'a> {
    fn new(s: &'a str) -> Opener<'a> {
        Opener {
            s,
            place: Cell::new(None),
            wire1: Cell::new(false),
            wire2: Cell::new(false),
            sep: Cell::new(None),
        }
    }

    fn rest(&self, i: usize) -> &'a str {
        self.s.get(i..).unwrap_or("")
    }

    fn lit(&self, i: usize, t: &str) -> Option<usize> {
        self.rest(i).starts_with(t).then_some(i + t.len())
    }

    /// The end of the white space at `i`.
    fn spaces(&self, i: usize) -> usize {
        let r = self.rest(i);
        i + (r.len() - r.trim_start().len())
    }

    /// Up to two emphasis marks, most first.
    fn marks(&self, i: usize, then: Then<'_>) -> bool {
        let n = self
            .rest(i)
            .bytes()
            .take(2)
            .take_while(|b| matches!(b, b'_' | b'*'))
            .count();
        (0..=n).rev().any(|k| then(i + k))
    }

    /// A word: an initial, then any run of `rest`, each of its ends longest first.
    fn word(
        &self,
        i: usize,
        initial: fn(char) -> bool,
        rest: fn(char) -> bool,
        then: Then<'_>,
    ) -> bool {
        let Some(c) = self.rest(i).chars().next().filter(|&c| initial(c)) else {
            return false;
        };
        let start = i + c.len_utf8();
        let tail = self.rest(start);
        let len = tail.find(|c: char| !rest(c)).unwrap_or(tail.len());
        let ends = tail[..len]
            .char_indices()
            .map(|(j, c)| start + j + c.len_utf8());
        ends.rev().chain([start]).any(then)
    }

    /// Up to `most` repeats of `item`, most first.
    fn repeat(
        &self,
        i: usize,
        most: usize,
        item: &dyn Fn(usize, Then<'_>) -> bool,
        then: Then<'_>,
    ) -> bool {
        if most > 0 && item(i, &mut |e| self.repeat(e, most - 1, item, then)) {
            return true;
        }
        then(i)
    }

    /// ` Word`, the next word of a place.
    fn spaced_word(&self, i: usize, then: Then<'_>) -> bool {
        self.lit(i, " ")
            .is_some_and(|j| self.word(j, place_initial, place_char, then))
    }

    /// `, Word Word Word`: a region or country after a city.
    fn region(&self, i: usize, then: Then<'_>) -> bool {
        let Some(j) = self.lit(i, ", ") else {
            return false;
        };
        self.word(j, place_initial, place_char, &mut |e| {
            self.repeat(e, 2, &|k, t| self.spaced_word(k, t), then)
        })
    }

    /// A place, its span kept when the rest of the opener reads.
    fn place(&self, i: usize, then: Then<'_>) -> bool {
        let mut keep = |e: usize| {
            self.place.set(Some((i, e)));
            then(e)
        };
        // NEW YORK, Hong Kong, DAEGU, KOREA. A word in brackets after the city is read as
        // part of the place (`NEW YORK (CITY), June 3`) only when it cannot be read as a
        // wire's name (`GENEVA (Agency) –`).
        let open = |initial: fn(char) -> bool, then: Then<'_>| {
            self.word(i, place_initial, place_char, &mut |e| {
                let next = |k: usize, t: Then<'_>| {
                    self.lit(k, " ")
                        .is_some_and(|j| self.word(j, initial, bracket_place_char, t))
                };
                self.repeat(e, 3, &next, &mut |e| {
                    self.repeat(e, 2, &|k, t| self.region(k, t), &mut *then)
                })
            })
        };
        if open(place_initial, &mut keep) || open(bracket_place_initial, &mut keep) {
            return true;
        }
        // (Northfield and Eastvale, CA)
        let Some(j) = self.lit(i, "(") else {
            return false;
        };
        self.word(j, place_initial, place_char, &mut |e| {
            let next = |k: usize, t: Then<'_>| {
                let Some(k) = self.lit(k, " ") else {
                    return false;
                };
                ["and ", "& "]
                    .iter()
                    .filter_map(|w| self.lit(k, w))
                    .chain([k])
                    .any(|k| self.word(k, place_initial, place_char, &mut *t))
            };
            self.repeat(e, 4, &next, &mut |e| {
                self.repeat(e, 2, &|k, t| self.region(k, t), &mut |e| {
                    self.lit(e, ")").is_some_and(&mut keep)
                })
            })
        })
    }

    /// A dash, `--` read whole first.
    fn dash(&self, i: usize, then: Then<'_>) -> bool {
        if self.lit(i, "--").is_some() {
            return then(i + 2) || then(i + 1);
        }
        ['-', '–', '—']
            .iter()
            .find_map(|d| self.rest(i).starts_with(*d).then(|| i + d.len_utf8()))
            .is_some_and(then)
    }

    /// An optional dash and the white space after it.
    fn dash_opt(&self, i: usize, then: Then<'_>) -> bool {
        self.dash(i, &mut |e| then(self.spaces(e))) || then(i)
    }

    /// A wire's name in slashes, `/Wire Name/`: 2 to 40 characters on one line.
    fn slashed(&self, i: usize) -> Option<usize> {
        let j = self.lit(i, "/")?;
        let (n, end) = self
            .rest(j)
            .char_indices()
            .take(41)
            .enumerate()
            .find(|(_, (_, c))| matches!(c, '/' | '\n'))
            .map(|(n, (k, c))| (n, (c == '/').then_some(j + k + 1)))?;
        (2..=40).contains(&n).then_some(end?)
    }

    /// A wire's name in brackets, `(WIRE)`: a letter and 1 to 40 more.
    fn bracketed(&self, i: usize) -> Option<usize> {
        let j = self.lit(i, "(")?;
        let r = self.rest(j);
        if !r.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        let n = r[1..]
            .chars()
            .take(41)
            .take_while(|&c| wire_char(c))
            .count();
        ((1..=40).contains(&n) && r[1 + n..].starts_with(')')).then_some(j + 1 + n + 1)
    }

    /// A linked wire's name, `[Name Newswire](https://…)`.
    fn linked(&self, i: usize) -> Option<usize> {
        let j = self.lit(i, "[")?;
        let r = self.rest(j);
        let (n, k) = r
            .char_indices()
            .take(61)
            .enumerate()
            .find(|(_, (_, c))| *c == ']')?;
        if !(2..=60).contains(&n) {
            return None;
        }
        let j = self.lit(j + k.0 + 1, "(")?;
        let r = self.rest(j);
        let (n, (k, c)) = r
            .char_indices()
            .take(201)
            .enumerate()
            .find(|(_, (_, c))| *c == ')' || c.is_whitespace())?;
        (c == ')' && n <= 200).then_some(j + k + 1)
    }

    /// A wire's name: linked, bracketed, in slashes, or a capitalised name ending in a
    /// wire word (`Metro Newswire`, `PressRelease`), the shortest first.
    fn wire(&self, i: usize, then: Then<'_>) -> bool {
        if let Some(e) = self
            .linked(i)
            .or_else(|| self.bracketed(i))
            .or_else(|| self.slashed(i))
        {
            return then(e);
        }
        let b = self.s.as_bytes();
        if !b.get(i).is_some_and(u8::is_ascii_uppercase) {
            return false;
        }
        for (n, p) in (i + 1..).take(41).enumerate() {
            if let Some(e) = self.wire_word(p) {
                if then(e) {
                    return true;
                }
            }
            if n == 40
                || !b
                    .get(p)
                    .is_some_and(|&c| c.is_ascii_alphanumeric() || matches!(c, b'&' | b'.' | b' '))
            {
                break;
            }
        }
        false
    }

    /// The end of the longest wire word at `i` (`dateline_wire_word`, any case).
    fn wire_word(&self, i: usize) -> Option<usize> {
        let rest = self.rest(i);
        lexicon::entries(Class::DatelineWireWord)
            .filter(|(w, _)| {
                rest.get(..w.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(w))
            })
            .map(|(w, _)| i + w.len())
            .max()
    }
}

impl Opener<'_> {
    /// The place, wire and dashes before a date.
    fn lead(&self, i: usize, then: Then<'_>) -> bool {
        self.place(i, &mut |p| {
            let p = self.lit(p, ",").unwrap_or(p);
            self.dash_opt(self.spaces(p), &mut |q| {
                let with_wire = self.wire(q, &mut |e| {
                    self.wire1.set(true);
                    self.dash_opt(self.spaces(e), then)
                });
                with_wire || {
                    self.wire1.set(false);
                    self.dash_opt(q, then)
                }
            })
        })
    }

    /// A wire's name after the date, the separator and the space after it.
    fn after(&self, i: usize, then: Then<'_>) -> bool {
        let i = self.spaces(i);
        let mut rest = |j: usize| {
            self.marks(self.spaces(j), &mut |m| {
                let m = self.spaces(m);
                ["--", "—", "–", "-", ":"].iter().any(|s| {
                    let Some(e) = self.lit(m, s) else {
                        return false;
                    };
                    let end = self.spaces(e);
                    self.sep.set(Some((m, e)));
                    end > e && then(end)
                })
            })
        };
        if let Some(e) = self.slashed(i).or_else(|| self.bracketed(i)) {
            self.wire2.set(true);
            if rest(e) {
                return true;
            }
        }
        self.wire2.set(false);
        rest(i)
    }

    /// The whole of `s` is a place, wire and dashes: what stands before a date.
    fn head(&self) -> bool {
        let len = self.s.len();
        self.marks(0, &mut |i| {
            self.lead(i, &mut |j| self.lit(j, "(").unwrap_or(j) == len)
        })
    }

    /// `s` opens with what stands after a date; where its separator's space ends.
    fn tail(&self) -> Option<usize> {
        let mut end = None;
        let start = self.lit(0, ")").into_iter().chain([0]);
        let found = start.into_iter().any(|i| {
            self.marks(i, &mut |m| {
                self.after(m, &mut |e| {
                    end = Some(e);
                    true
                })
            })
        });
        found.then_some(end?)
    }

    /// `s` opens with a place and its separator without a date; where the space ends.
    fn bare(&self) -> Option<usize> {
        let mut end = None;
        self.marks(0, &mut |i| {
            self.lead(i, &mut |j| {
                self.after(j, &mut |e| {
                    end = Some(e);
                    true
                })
            })
        });
        end
    }
}

/// The date of a dateline at the start of `line`: a day and a month (a weekday and a
/// year may come with them), between a place and a separator. Its span in `line`, its
/// day, month and year, and where the separator ends.
fn dateline_date(line: &str) -> Option<(Span, Point, usize)> {
    let prefix = line.get(..floor_char(line, 320))?;
    let toks = tokens(prefix);
    let r = Reader {
        text: prefix,
        toks: &toks,
        policy: grammar::TEXT,
    };
    for i in 1..toks.len() {
        let Some((p, _)) = grammar::point(&r, i) else {
            continue;
        };
        if !p.is_day() {
            continue;
        }
        let (Some(before), Some(after)) = (line.get(..p.span.start), line.get(p.span.end..)) else {
            continue;
        };
        if !Opener::new(before.trim_end()).head() {
            continue;
        }
        if let Some(end) = Opener::new(after).tail() {
            return Some((p.span, p, p.span.end + end));
        }
    }
    None
}

/// The largest char boundary of `s` at or below `i`.
fn floor_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Finds a `PLACE, Date /Wire/ --` opener at the start of `line` (which starts at
/// `offset` in the text). A place without a date counts only when it is in capitals
/// (`CHICAGO –`), since a capitalised word before a dash is often just a sentence. A date
/// without a year takes `anchor_year`.
pub(crate) fn find_dateline(
    line: &str,
    offset: usize,
    anchor_year: Option<i32>,
) -> Option<DatelineFact> {
    let dated = dateline_date(line);
    let (opener, date, end) = match dated {
        Some((span, p, end)) => {
            let opener = Opener::new(line.get(..span.start)?.trim_end());
            if !opener.head() {
                return None;
            }
            let year = p.year.or(anchor_year);
            let date = year.and_then(|y| Date::new(y, p.month?, p.day?));
            // A date without its year on a page without one is still a dateline.
            (opener, date, end)
        }
        None => {
            let opener = Opener::new(line);
            let end = opener.bare()?;
            let (s, e) = opener.sep.get()?;
            if line.get(s..e) == Some(":") {
                return None; // "WHO:" media-advisory labels
            }
            (opener, None, end)
        }
    };
    let (s, e) = opener.place.get()?;
    let place = opener.s.get(s..e)?;
    let place_text = place.trim();
    // "(KRON) —" credits a station; a place in brackets counts only before a date.
    let bracketed = place_text.starts_with('(');
    if bracketed && dated.is_none() {
        return None;
    }
    let place_text = if bracketed {
        place_text.trim_start_matches('(').trim_end_matches(')')
    } else {
        place_text
    }
    .trim_end_matches(',');
    let wire = opener.wire1.get();
    // "COLUMBUS, Ohio –": the city in capitals is enough.
    let all_caps = place_text
        .split(',')
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    // "Tuesday, March 4, 2025 –" is a date line, not a place.
    if place_text
        .split([',', ' '])
        .next()
        .is_some_and(|w| vocab::weekday_en(w).is_some() || vocab::month_en(w).is_some())
    {
        return None;
    }
    let bare_wire = dated.is_none() && opener.wire2.get();
    if dated.is_none() && !(all_caps || wire || bare_wire) {
        return None;
    }
    if place_text.split_whitespace().count() > 7 || place_text.len() < 2 {
        return None;
    }
    let span_end = line.get(..end)?.trim_end().len();
    Some(DatelineFact {
        place: Some(place_text.to_owned()),
        date,
        span: Some(Span::new(offset, offset + span_end)),
    })
}

/// Sets the document's dateline: the opener of one of the first body paragraphs (both
/// readers call this once their blocks are made).
pub(crate) fn set_dateline(doc: &mut Document) {
    let year = doc.meta.published.map(|d| d.year());
    let mut fact: Option<DatelineFact> = None;
    // The opener is in the first paragraph of the body; contact and address lines may come
    // before it, so look until the first real paragraph.
    // A standfirst or summary may come first too, so the search ends at the third paragraph.
    let mut paragraphs = 0;
    for b in doc
        .blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Title)
        .take(30)
    {
        let line = doc.block_text(b);
        if let Some(f) = find_dateline(line, b.span.start, year) {
            fact = Some(f);
            break;
        }
        if line.split_whitespace().count() >= 20 {
            paragraphs += 1;
            if paragraphs == 3 {
                break;
            }
        }
    }
    doc.meta.dateline = fact;
}

#[cfg(test)]
mod tests;
