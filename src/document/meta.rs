//! Page-level facts shared by the HTML and text readers: titles without site names,
//! dates as pages print them, the dateline opener, photo credits.

use once_cell::sync::Lazy;
use regex::Regex;

use super::{normalise, DatelineFact};
use crate::date::grammar::{self, Point, Reader};
use crate::date::token::tokens;
use crate::date::{vocab, Date};
use crate::span::Span;

/// Separators that pages put between a headline and the site name.
const TITLE_SEPARATORS: [&str; 6] = [" | ", " – ", " — ", " - ", " :: ", " · "];

/// The headline in `raw`, without a trailing or leading site name.
///
/// `known` holds other forms of the title the page gives (its `h1`, `og:title`): when one
/// of them is a segment of `raw`, that segment is the headline. Otherwise a segment after a
/// `|` goes, and a short last segment after a dash goes when it names the site
/// (`site_name`) or reads like one.
pub(crate) fn clean_title(raw: &str, known: &[&str], site_name: Option<&str>) -> String {
    let raw = normalise(raw);
    let raw = raw.trim_start_matches('#').trim();
    for k in known {
        let k = normalise(k);
        if k.len() >= 8 && k.len() < raw.len() && raw.starts_with(&k) {
            let rest = raw[k.len()..].trim_start();
            if TITLE_SEPARATORS.iter().any(|s| rest.starts_with(s.trim())) {
                return k;
            }
        }
    }
    let mut title = raw.to_owned();
    if let Some(site) = site_name.map(normalise).filter(|s| !s.is_empty()) {
        for sep in TITLE_SEPARATORS {
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
    for sep in [" – ", " — ", " - ", " :: ", " · "] {
        if let Some(i) = title.rfind(sep) {
            let (head, tail) = (&title[..i], &title[i + sep.len()..]);
            let tail_words = tail.split_whitespace().count();
            if head.split_whitespace().count() >= 4 && tail_words <= 5 && looks_like_site_name(tail)
            {
                return head.trim().to_owned();
            }
        }
    }
    title
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

/// The parts of a dateline around its date: the place (and a wire's name) before it, the
/// separator after it. The date between them is read by the crate's date grammar, so a
/// dateline reads every day-and-month form the body text does.
struct DatelineGrammar {
    /// The place, a wire and dashes up to where the date starts (anchored at both ends).
    head: Regex,
    /// A closing bracket, a wire and the separator after the date (anchored at the start).
    tail: Regex,
    /// A place and its separator without a date: `CHICAGO –`, `KEARNEY, NE -- (BUSINESS WIRE) --`.
    bare: Regex,
}

/// A place: `NEW YORK`, `Hong Kong`, `DAEGU, KOREA`, `COLUMBUS, Ohio`, or in brackets
/// `(San Francisco and Berkeley, CA)`.
const PLACE: &str = r"(?x)
    (?P<place>
        \p{Lu}[\p{L}.'’\-]*(?:\ [\p{Lu}(][\p{L}.'’()\-]*){0,3}             # NEW YORK, Hong Kong
        (?:,\ \p{Lu}[\p{L}.'’\-]*(?:\ \p{Lu}[\p{L}.'’\-]*){0,2}){0,2}      # , NY  , Korea
      | \(\p{Lu}[\p{L}.'’\-]*(?:\ (?:and\ |&\ )?\p{Lu}[\p{L}.'’\-]*){0,4}
        (?:,\ \p{Lu}[\p{L}.'’\-]*(?:\ \p{Lu}[\p{L}.'’\-]*){0,2}){0,2}\)    # (Berkeley, CA)
    )";

/// A wire's name before the date: `/PRNewswire/`, `(BUSINESS WIRE)`, `Media OutReach Newswire`.
const WIRE: &str = r"(?:\[[^\]]{2,60}\]\([^)\s]{0,200}\)|\([A-Za-z][A-Za-z .&\-]{1,40}\)|/[^/\n]{2,40}/
    |[A-Z][A-Za-z0-9&.\ ]{0,40}?(?:[Nn]ews\ ?[Ww]ire|NEWSWIRE|Wire|WIRE|PressRelease))";

static DATELINE: Lazy<DatelineGrammar> = Lazy::new(|| {
    let lead = format!(
        r"{PLACE}
        ,?\s*(?:(?:--|[-–—])\s*)?
        (?:(?P<wire1>{WIRE})\s*)?
        (?:(?:--|[-–—])\s*)?"
    );
    let after = r"\s*(?P<wire2>/[^/\n]{2,40}/|\([A-Za-z][A-Za-z .&\-]{1,40}\))?\s*[_*]{0,2}\s*(?P<sep>--|—|–|-|:)\s+";
    let build = |p: String| Regex::new(&p).expect("dateline is a valid pattern");
    DatelineGrammar {
        head: build(format!(r"^[_*]{{0,2}}{lead}\(?$")),
        tail: build(format!(r"(?x)^\)?[_*]{{0,2}}{after}")),
        bare: build(format!(r"^[_*]{{0,2}}{lead}{after}")),
    }
});

/// Compiles the dateline pattern now (see [`super::prepare`]).
pub(crate) fn prepare() {
    Lazy::force(&DATELINE);
}

/// The date of a dateline at the start of `line`: a day and a month (a weekday and a
/// year may come with them), between a place and a separator. Its span in `line`, its
/// day, month and year, and where the separator ends.
fn dateline_date(line: &str) -> Option<(Span, Point, usize)> {
    let g = &*DATELINE;
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
        if !g.head.is_match(before.trim_end()) {
            continue;
        }
        if let Some(m) = g.tail.find(after) {
            return Some((p.span, p, p.span.end + m.end()));
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
    let g = &*DATELINE;
    let dated = dateline_date(line);
    let (c, date, end) = match dated {
        Some((span, p, end)) => {
            let head = line.get(..span.start)?.trim_end();
            let c = g.head.captures(head)?;
            let year = p.year.or(anchor_year);
            let date = year.and_then(|y| Date::new(y, p.month?, p.day?));
            // A date without its year on a page without one is still a dateline.
            (c, date, end)
        }
        None => {
            let c = g.bare.captures(line)?;
            if c.name("sep")?.as_str() == ":" {
                return None; // "WHO:" media-advisory labels
            }
            let end = c.get(0)?.end();
            (c, None, end)
        }
    };
    let place = c.name("place")?;
    let place_text = place.as_str().trim();
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
    let wire = c.name("wire1").is_some();
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
    let bare_wire = dated.is_none()
        && g.bare
            .captures(line)
            .is_some_and(|c| c.name("wire2").is_some());
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

/// Splits a caption into caption text and credit: `Photo: UN Photo/Mark Garten`,
/// `… © JOSE JORDAN / AFP`, `(Photo credit: …)`.
pub(crate) fn split_credit(caption: &str) -> (Option<String>, Option<String>) {
    static CREDIT: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)(?:©|(?:^|\s|\()(?:\(c\)|copyright\b|photo(?:graph)?s?\s*(?:credit|by)?\s*:|(?:image|picture)\s*(?:credit|by)?\s*:|credit\s*:|photo\s+by\s))\s*(.+?)\)?\s*$")
            .expect("credit is a valid pattern")
    });
    let caption = normalise(caption);
    if caption.is_empty() {
        return (None, None);
    }
    // "… substation. (PRNewsfoto/Solterra Gridworks)": a wire's photo credit in brackets.
    if let Some(open) = caption
        .rfind("(PRNewsfoto/")
        .or_else(|| caption.rfind("(PRNewsFoto/"))
    {
        if caption.ends_with(')') {
            let credit = caption[open + 1..caption.len() - 1].trim().to_owned();
            let text = caption[..open].trim();
            return ((!text.is_empty()).then(|| text.to_owned()), Some(credit));
        }
    }
    if let Some(c) = CREDIT.captures(&caption) {
        let (Some(all), Some(credit)) = (c.get(0), c.get(1)) else {
            return (Some(caption), None);
        };
        // "Photo: © Jürg Schäfer": the sign is not part of the name.
        let credit = credit
            .as_str()
            .trim()
            .trim_start_matches('©')
            .trim()
            .trim_end_matches(['.', ')'])
            .trim();
        let text = caption[..all.start()]
            .trim()
            .trim_end_matches(['-', '–', '('])
            .trim();
        let credit = (!credit.is_empty() && credit.len() <= 120).then(|| credit.to_owned());
        let text = (!text.is_empty()).then(|| text.to_owned());
        return (text, credit);
    }
    (Some(caption), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_lose_site_names() {
        assert_eq!(
            clean_title("EP TODAY | News | European Parliament", &[], None),
            "EP TODAY"
        );
        assert_eq!(
            clean_title("Car-recharging stations should be available every 60 km, say MEPs | News | European Parliament", &[], None),
            "Car-recharging stations should be available every 60 km, say MEPs"
        );
        assert_eq!(
            clean_title(
                "Public Events Scheduled to Educate About Prop. 36 - DA NewsCenter",
                &[],
                None
            ),
            "Public Events Scheduled to Educate About Prop. 36"
        );
        assert_eq!(
            clean_title(
                "# Hong Kong hosts first LEAP East, drawing 35,000 global innovators",
                &[],
                None
            ),
            "Hong Kong hosts first LEAP East, drawing 35,000 global innovators"
        );
        assert_eq!(
            clean_title("Merger - what it means for staff", &[], None),
            "Merger - what it means for staff"
        );
    }

    #[test]
    fn datelines() {
        let f = |s: &str| {
            find_dateline(s, 0, Some(2025)).map(|d| (d.place, d.date.map(|x| x.to_string())))
        };
        assert_eq!(
            f("DAEGU, KOREA, October 25, 2024 /24-7PressRelease/ -- Daegu Metropolitan City opened"),
            Some((Some("DAEGU, KOREA".into()), Some("2024-10-25".into())))
        );
        assert_eq!(
            f("HOUSTON, TX - August 12, 2025 (NEWMEDIAWIRE) - PickleJar Entertainment"),
            Some((Some("HOUSTON, TX".into()), Some("2025-08-12".into())))
        );
        assert_eq!(
            f("SHANGHAI, CHINA - [Media OutReach Newswire](https://www.media-outreach.com/) - 19 July 2026 - ACE ROBOTICS today"),
            Some((Some("SHANGHAI, CHINA".into()), Some("2026-07-19".into())))
        );
        assert_eq!(
            f("HONG KONG SAR - Media OutReach Newswire - 10 July 2026 - The inaugural LEAP East"),
            Some((Some("HONG KONG SAR".into()), Some("2026-07-10".into())))
        );
        assert_eq!(
            f("NEW YORK, June 28, 2018 /PRNewswire/ -- HackerRank"),
            Some((Some("NEW YORK".into()), Some("2018-06-28".into())))
        );
        assert_eq!(
            f("CHICAGO – Cook County State’s Attorney"),
            Some((Some("CHICAGO".into()), None))
        );
        assert_eq!(
            f("KEARNEY, NE -- (BUSINESS WIRE) -- The Buckle, Inc. announced"),
            Some((Some("KEARNEY, NE".into()), None))
        );
        assert_eq!(f("Today, Comcast hosted a groundbreaking ceremony"), None);
        assert_eq!(f("WHO: State Attorney"), None);
    }

    #[test]
    fn credits() {
        assert_eq!(
            split_credit("Quick EU funding of recovery measures following natural disasters © JOSE JORDAN / AFP"),
            (Some("Quick EU funding of recovery measures following natural disasters".into()), Some("JOSE JORDAN / AFP".into()))
        );
        assert_eq!(
            split_credit("Photo: UN Photo/Mark Garten"),
            (None, Some("UN Photo/Mark Garten".into()))
        );
        assert_eq!(
            split_credit("Capacity is below 10%© luchschenF / AdobeStock"),
            (
                Some("Capacity is below 10%".into()),
                Some("luchschenF / AdobeStock".into())
            )
        );
        assert_eq!(
            split_credit("The minister speaks"),
            (Some("The minister speaks".into()), None)
        );
    }
}
