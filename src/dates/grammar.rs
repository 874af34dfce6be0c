//! The patterns of the dates stage, compiled once, and the tokens a match splits into.
//!
//! Two scans find candidates. `absolute` is anchored on month names and digits: calendar
//! dates, months, years, quarters, numeric dates, and the fuzzy prefixes that qualify a
//! month or a year ("the last week of", "mid-"). `relative` is anchored on a few
//! keywords: "today", "this week", "three days ago", "on Monday". Two small anchored
//! patterns then look for a time of day on either side of a day. The patterns only find
//! spans; [`tokens`] splits a span into the words `expr` reads, so no pattern needs a
//! capture group per field.
//!
//! Every class is ASCII and every word boundary is `(?-u:\b)`: the lazy DFA then runs on
//! any text, where a Unicode `\b` would make it give up on the first non-ASCII byte.

use once_cell::sync::Lazy;
use regex::{Regex, RegexBuilder};

use super::lexicon;
use crate::span::Span;

/// The compiled patterns.
#[derive(Debug)]
pub(crate) struct Grammar {
    /// Month-name and digit anchored expressions.
    pub absolute: Regex,
    /// Keyword-anchored relative expressions.
    pub relative: Regex,
    /// A time of day just after a date: `, 10 a.m. EST`, ` - 13:14`.
    pub time_after: Regex,
    /// A time of day just before a date: `10 a.m. on `, `10:00 a.m. EST `.
    pub time_before: Regex,
}

/// The grammar, compiled on first use.
pub(crate) static GRAMMAR: Lazy<Grammar> = Lazy::new(Grammar::compile);

/// Room for the lazy DFA of one pattern. The absolute pattern's alternation of month
/// names in two cases is large: on the dev corpus a 256 KiB cache made its scan 6 times
/// slower and 64 KiB 250 times (the cache is cleared and rebuilt again and again); from
/// 2 MiB (the crate's default) on the time is flat. 8 MiB leaves room for text more
/// varied than the corpus.
const DFA_CACHE_BYTES: usize = 8 << 20;

/// A year written in full, 1800–2199: wide enough for history, narrow enough to leave
/// out resolution numbers (`2396`) and most street numbers.
const YEAR: &str = r"(?:1[89]|2[01])[0-9]{2}(?-u:\b)";

/// A day of the month with an optional ordinal suffix; `2018` is not one.
const DAY: &str = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?-u:\b)";

/// What joins the two ends of a range. `and` is read by `expr`: it makes a range only
/// after `between` or between consecutive days.
const TO: &str = r"(?:\x20?[-–—~]\x20?|\x20(?:to|through|thru|until|till|and)\x20)";

/// The fuzzy prefixes of a month or a year (SCHEMA.md's written rules).
const FUZZY: &str = r"(?:
      (?:[Tt]he\x20)?(?:very\x20)?
      (?:[Ee]arly|[Mm]id|[Ll]ate|[Bb]eginning\x20of|[Ss]tart\x20of|[Ee]nd\x20of|[Mm]iddle\x20of)
      (?:-|\x20)(?:the\x20month\x20of\x20)?
    | (?:[Tt]he\x20)?(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast|[Ff]inal)\x20(?:week|half|quarter)\x20of\x20
      (?:the\x20month\x20of\x20)?
    | [Tt]he\x20month\x20of\x20
    | [Ee]nd-
)";

/// A time of day: `10 a.m.`, `10:00 AM`, `13:14`, `noon`.
const TIME: &str = r"(?:
      (?:[01]?[0-9]|2[0-3])(?:[:.][0-5][0-9])?\x20?(?:[ap]\.m\.|[AP]\.M\.|(?:[ap]m|[AP]M)(?-u:\b))
    | (?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?-u:\b)
    | [Nn]oon(?-u:\b) | [Mm]idnight(?-u:\b)
)";

/// An optional time zone after a time: ` EST`, ` ET`, ` (CET)`, ` GMT+1`.
const ZONE: &str =
    r"(?:\x20\(?(?:[A-Z]{1,4}T|UTC|GMT)(?-u:\b)(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?\)?)?";

impl Grammar {
    fn compile() -> Grammar {
        let month = month_pattern();
        let weekday_prefix = format!(r"(?:{},?\x20)", weekday_pattern(true));
        let fill = |p: &str| {
            p.replace("{MON}", &month)
                .replace("{WDP}", &weekday_prefix)
                .replace("{WDF}", &weekday_pattern(false))
                .replace("{DAY}", DAY)
                .replace("{YEAR}", YEAR)
                .replace("{TO}", TO)
                .replace("{FZ}", FUZZY)
                .replace("{NUM}", &number_words())
                .replace(
                    "{TIMES}",
                    &format!(r"{TIME}(?:(?:\x20?[-–]\x20?|\x20to\x20){TIME})?{ZONE}"),
                )
        };
        let absolute = fill(
            r"(?x)
            (?-u:\b)(?:
                # ISO dates and RFC 3339 timestamps: 2018-06-28, 2018-07-19T16:18:55+00:00
                (?:1[89]|2[01])[0-9]{2}-[01][0-9]-[0-3][0-9]
                (?:[T\x20][0-2][0-9]:[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,9})?)?(?:Z|[+-][0-2][0-9]:?[0-5][0-9])?)?
                (?-u:\b)
              | # year first: 2024.10.25, 2024/10/25
                (?:1[89]|2[01])[0-9]{2}[./][01]?[0-9][./][0-3]?[0-9](?-u:\b)
              | # numeric dates: 28.06.2018, 28/06/2018, 19-10-2022 (the order is read later)
                [0-3]?[0-9]\.[01]?[0-9]\.{YEAR}
              | [0-3]?[0-9]/[0-3]?[0-9]/{YEAR}
              | [0-3]?[0-9]-[0-3]?[0-9]-{YEAR}
              | # 28-Jun-2018
                [0-3]?[0-9]-{MON}-{YEAR}
              | # day first: 28 June 2018, 28-29 June, 28 June to 2 July 2018,
                # Monday 28 to Wednesday 30 June, 28th of June
                (?:[Bb]etween\x20|[Ff]rom\x20|[Tt]he\x20week\x20of\x20)?
                {WDP}?{DAY}(?:{TO}{WDP}?{DAY})?\x20(?:of\x20)?{MON}(?:,?\x20{YEAR})?
                (?:{TO}{WDP}?{DAY}\x20(?:of\x20)?{MON}(?:,?\x20{YEAR})?)?
              | # month first: June 28, 2018; October 23 to 26; June 28 - July 2, 2018. A table
                # cell may wrap after the comma (November 2, then 2024 on the next line).
                (?:[Bb]etween\x20|[Ff]rom\x20|[Tt]he\x20week\x20of\x20)?
                {WDP}?{MON}\x20{DAY}(?:{TO}{WDP}?(?:{MON}\x20)?{DAY})?(?:(?:,?\x20|,\n){YEAR})?
                (?:{TO}{WDP}?{MON}\x20{DAY}(?:,?\x20{YEAR})?)?
              | # months: June 2018, mid-June, the last week of June 2018,
                # between March and May 2019, last December, March this year, June
                (?:[Bb]etween\x20|[Ff]rom\x20)?(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\x20)?{FZ}?{MON}
                (?:,?\x20{YEAR}|\x20(?:this|next|last)\x20year(?-u:\b))?
                (?:{TO}{MON}(?:,?\x20{YEAR})?)?
              | # fuzzy parts of a relative year or month: early this year, the second half of
                # the year, the end of the month
                {FZ}(?:this|next|last|the)\x20(?:year|month)(?-u:\b)
              | # quarters and halves: Q3 2018, H1 2019
                (?:Q[1-4]|H[12])\x20?{YEAR}
              | # years and ranges of years: 2018, the end of 2025, 2018–2020, between 2017 and 2021
                (?:[Bb]etween\x20|[Ff]rom\x20)?{FZ}?{YEAR}(?:{TO}{YEAR})?
            )",
        );
        let relative = fill(
            r"(?x)
            (?-u:\b)(?:
                # today, yesterday, earlier today
                (?:(?:[Ee]arlier|[Ll]ater)\x20)?(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)
              | [Tt]his\x20(?:morning|afternoon|evening)
              | # this week, last month, earlier this year, the previous year
                (?:(?:[Ee]arlier|[Ll]ater)\x20)?(?:[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\x20previous)\x20(?:week|month|year|quarter)
              | # three days ago, a year ago
                (?:[0-9]{1,3}|{NUM})\x20(?:days?|weeks?|months?|years?)\x20ago
              | # on Monday, last Friday
                (?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Uu]ntil|[Tt]ill|[Bb]y|[Ss]ince|[Bb]efore|[Aa]fter|[Ff]rom)\x20{WDF}
            )(?-u:\b)",
        );
        let time_after = fill(r"(?x)^(?:,?\x20(?:at\x20|from\x20)?|\x20?[-–—]\x20?){TIMES}");
        let time_before = fill(r"(?x)(?:^|[^0-9A-Za-z:.])({TIMES},?\x20(?:on\x20)?)$");
        Grammar {
            absolute: build(&absolute, "absolute date"),
            relative: build(&relative, "relative date"),
            time_after: build(&time_after, "time after a date"),
            time_before: build(&time_before, "time before a date"),
        }
    }
}

fn build(pattern: &str, name: &str) -> Regex {
    RegexBuilder::new(pattern)
        .dfa_size_limit(DFA_CACHE_BYTES)
        .build()
        .unwrap_or_else(|e| panic!("{name} is a valid pattern: {e}"))
}

/// Title-case and upper-case forms of a lowercase English word.
fn cased(word: &str) -> [String; 2] {
    let mut title = String::with_capacity(word.len());
    let mut chars = word.chars();
    if let Some(c) = chars.next() {
        title.push(c.to_ascii_uppercase());
        title.extend(chars);
    }
    [title, word.to_ascii_uppercase()]
}

/// Month names as written in running text and datelines: `June`, `JUNE`, `Jun.`,
/// `Sept.`. Lowercase forms are left out: `may` and `march` are common words.
fn month_pattern() -> String {
    names_pattern(&lexicon::MONTHS_EN, true)
}

/// Weekday names; abbreviations only where a date follows (`Thu. 28 June`).
fn weekday_pattern(with_abbreviations: bool) -> String {
    names_pattern(&lexicon::WEEKDAYS_EN, with_abbreviations)
}

fn names_pattern(table: &[&[&str]], with_abbreviations: bool) -> String {
    let mut full = Vec::new();
    let mut short = Vec::new();
    for names in table {
        for (i, name) in names.iter().enumerate() {
            let forms = cased(name);
            if i == 0 {
                full.extend(forms);
            } else if with_abbreviations {
                short.extend(forms);
            }
        }
    }
    // Longest first, so that `Thurs` is tried before `Thu`.
    short.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let full = full.join("|");
    if short.is_empty() {
        format!(r"(?:(?:{full})(?-u:\b))")
    } else {
        format!(r"(?:(?:{full})(?-u:\b)|(?:{})(?-u:\b)\.?)", short.join("|"))
    }
}

/// Number words for "three days ago", in lower and title case.
fn number_words() -> String {
    let mut out = Vec::new();
    for (word, _) in lexicon::NUMBER_WORDS {
        let [title, _] = cased(word);
        out.push(word.to_string());
        out.push(title);
    }
    out.sort_by_key(|w| std::cmp::Reverse(w.len()));
    format!("(?:{})", out.join("|"))
}

/// What a word of a match is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok<'t> {
    /// Digits, an ordinal suffix dropped: `28`, `28th`, `2018`.
    Num { value: u32, digits: usize },
    /// A month name; `abbreviated` for `Jun`, `Sept.`.
    Month { month: u32, abbreviated: bool },
    /// A weekday name, Monday = 0.
    Weekday(u32),
    /// Any other word, as written.
    Word(&'t str),
    /// `-`, `–`, `—` or `~` between two ends of a range.
    Dash,
}

/// A word of a match and where it is in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token<'t> {
    pub tok: Tok<'t>,
    pub span: Span,
}

/// Splits `text[span]` into tokens; spaces, commas, dots and other marks are dropped.
pub(crate) fn tokens(text: &str, span: Span) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let Some(part) = text.get(span.start..span.end) else {
        return out;
    };
    let mut word_start: Option<usize> = None;
    for (i, c) in part
        .char_indices()
        .chain(std::iter::once((part.len(), ' ')))
    {
        if c.is_ascii_alphanumeric() {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(s) = word_start.take() {
            if let Some(word) = part.get(s..i) {
                out.push(Token {
                    tok: classify(word),
                    span: Span::new(span.start + s, span.start + i),
                });
            }
        }
        if matches!(c, '-' | '–' | '—' | '~') {
            out.push(Token {
                tok: Tok::Dash,
                span: Span::new(span.start + i, span.start + i + c.len_utf8()),
            });
        }
    }
    out
}

fn classify(word: &str) -> Tok<'_> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 9 {
        let suffix = word.get(digits..).unwrap_or("");
        if suffix.is_empty() || matches!(suffix, "st" | "nd" | "rd" | "th") {
            if let Some(value) = word.get(..digits).and_then(|d| d.parse().ok()) {
                return Tok::Num { value, digits };
            }
        }
    }
    if let Some(month) = lexicon::month_en(word) {
        let full = lexicon::MONTHS_EN
            .get(month as usize - 1)
            .and_then(|names| names.first())
            .map_or(0, |n| n.len());
        return Tok::Month {
            month,
            abbreviated: word.len() < full,
        };
    }
    if let Some(day) = lexicon::weekday_en(word) {
        return Tok::Weekday(day);
    }
    Tok::Word(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammar_compiles() {
        Lazy::force(&GRAMMAR);
    }

    fn absolute(text: &str) -> Vec<&str> {
        GRAMMAR
            .absolute
            .find_iter(text)
            .map(|m| m.as_str())
            .collect()
    }

    #[test]
    fn absolute_spans() {
        assert_eq!(absolute("on 28 June 2018."), ["28 June 2018"]);
        assert_eq!(absolute("JUNE 28, 2018 --"), ["JUNE 28, 2018"]);
        assert_eq!(absolute("Jun. 28, 2018"), ["Jun. 28, 2018"]);
        assert_eq!(
            absolute("from 6 to 10 July 2020"),
            ["from 6 to 10 July 2020"]
        );
        assert_eq!(
            absolute("Monday 28 to Wednesday 30 June"),
            ["Monday 28 to Wednesday 30 June"]
        );
        assert_eq!(
            absolute("the last week of June 2018,"),
            ["the last week of June 2018"]
        );
        assert_eq!(absolute("in mid-June"), ["mid-June"]);
        assert_eq!(
            absolute("Between February and April,"),
            ["Between February and April"]
        );
        assert_eq!(
            absolute("2018-07-19T16:18:55+00:00"),
            ["2018-07-19T16:18:55+00:00"]
        );
        assert_eq!(absolute("2025–2027"), ["2025–2027"]);
        assert_eq!(absolute("resolution 2396 (2017)"), ["2017"]);
        assert_eq!(absolute("1,500 participants"), Vec::<&str>::new());
        assert_eq!(absolute("SG/SM/21876"), Vec::<&str>::new());
        assert_eq!(absolute("may march"), Vec::<&str>::new());
    }

    #[test]
    fn relative_spans() {
        fn rel(t: &str) -> Vec<&str> {
            GRAMMAR.relative.find_iter(t).map(|m| m.as_str()).collect()
        }
        assert_eq!(rel("Earlier this month, it said"), ["Earlier this month"]);
        assert_eq!(rel("nine days ago"), ["nine days ago"]);
        assert_eq!(rel("adopted on Tuesday."), ["on Tuesday"]);
        assert_eq!(rel("on Mondays"), Vec::<&str>::new());
        assert_eq!(rel("this weekend"), Vec::<&str>::new());
    }

    #[test]
    fn times_of_day() {
        fn after(t: &str) -> Option<&str> {
            GRAMMAR.time_after.find(t).map(|m| m.as_str())
        }
        assert_eq!(after(", 03:39 ET and"), Some(", 03:39 ET"));
        assert_eq!(after(" –1:00 PM"), Some(" –1:00 PM"));
        assert_eq!(after(" at 10 a.m. EST."), Some(" at 10 a.m. EST"));
        assert_eq!(after(", 10 people"), None);
        fn before(t: &str) -> Option<&str> {
            GRAMMAR
                .time_before
                .captures(t)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str())
        }
        assert_eq!(before("call at 10:00 a.m. EST "), Some("10:00 a.m. EST "));
        assert_eq!(before("reconvene at 10 a.m. on "), Some("10 a.m. on "));
        assert_eq!(before("at noon "), Some("noon "));
        assert_eq!(before("at 10 "), None);
    }

    #[test]
    fn tokens_of_a_range() {
        let text = "Monday 28th to Wed. 30 Sept. 2018";
        let toks: Vec<Tok> = tokens(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.tok)
            .collect();
        assert_eq!(
            toks,
            [
                Tok::Weekday(0),
                Tok::Num {
                    value: 28,
                    digits: 2
                },
                Tok::Word("to"),
                Tok::Weekday(2),
                Tok::Num {
                    value: 30,
                    digits: 2
                },
                Tok::Month {
                    month: 9,
                    abbreviated: true
                },
                Tok::Num {
                    value: 2018,
                    digits: 4
                },
            ]
        );
    }
}
