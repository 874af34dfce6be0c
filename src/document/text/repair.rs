//! Text input as scrapers store it: escapes, entities, and whole pages on one line.
//!
//! A scraper that writes a string's representation instead of the string leaves literal
//! escapes in the file (`\u2019`, `\xe8`, `\n`); one that takes text out of HTML without
//! decoding it leaves entities (`&amp;`, `&#8217;`); one that flattens a page keeps it on a
//! single line, its blocks separated only by runs of spaces or bullets. No release writes
//! these on purpose, so they are decoded in every text input; a page stored as one line is
//! also broken back into blocks.

use std::borrow::Cow;

use encoding_rs::WINDOWS_1252;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::lexicon::{self, Class as Lex};

/// A page stored as one line is at least this long.
const DUMP_BYTES: usize = 500;

/// Decodes escapes and entities in `input`, and breaks a one-line page into lines.
pub(super) fn prepare(input: &str) -> Cow<'_, str> {
    let dump = is_dump(input);
    let mut text = Cow::Borrowed(input);
    if dump {
        text = Cow::Owned(unwrap_repr(&text).to_owned());
    }
    if text.contains('\\') {
        if let Some(decoded) = decode_escapes(&text, dump) {
            text = Cow::Owned(decoded);
        }
    }
    if text.contains('&') {
        if let Some(decoded) = decode_entities(&text) {
            text = Cow::Owned(decoded);
        }
    }
    if dump {
        text = Cow::Owned(split_blocks(&text));
    }
    text
}

/// A whole page on one line: a long input whose longest line holds nearly all of it, or
/// whose lines are joined by literal `\n` escapes.
fn is_dump(input: &str) -> bool {
    let trimmed = input.trim();
    if trimmed.len() < DUMP_BYTES {
        return false;
    }
    let longest = trimmed.lines().map(str::len).max().unwrap_or(0);
    let lines = trimmed.lines().filter(|l| !l.trim().is_empty()).count();
    lines <= 3 && longest * 10 >= trimmed.len() * 9
}

/// A string's representation as a scraper printed it: `b'…'`, `u'…'`, `'…'` or `"…"`.
fn unwrap_repr(text: &str) -> &str {
    let t = text.trim();
    let t = t
        .strip_prefix(['b', 'u'])
        .filter(|r| r.starts_with(['\'', '"']))
        .unwrap_or(t);
    for q in ['\'', '"'] {
        if let Some(inner) = t.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner;
        }
    }
    t
}

/// Decodes `\uXXXX`, `\UXXXXXXXX` and runs of `\xXX` (as UTF-8 bytes, else windows-1252)
/// everywhere; in a one-line page also `\n`, `\t`, `\r`, `\'`, `\"` and `\\`.
/// `None` when nothing was decoded.
fn decode_escapes(text: &str, dump: bool) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut rest = text;
    while let Some(at) = rest.find('\\') {
        out.push_str(rest.get(..at).unwrap_or(""));
        let tail = rest.get(at..).unwrap_or("");
        let (decoded, used) = escape_at(tail, dump);
        match decoded {
            Some(s) => {
                out.push_str(&s);
                changed = true;
                rest = tail.get(used..).unwrap_or("");
            }
            None => {
                out.push('\\');
                rest = tail.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// The escape at the start of `tail` (which starts with a backslash): what it stands for
/// and how many bytes it took.
fn escape_at(tail: &str, dump: bool) -> (Option<String>, usize) {
    let hex = |s: &str, n: usize| -> Option<u32> {
        let h = s.get(..n)?;
        h.chars()
            .all(|c| c.is_ascii_hexdigit())
            .then(|| u32::from_str_radix(h, 16).ok())?
    };
    let after = tail.get(1..).unwrap_or("");
    match after.chars().next() {
        Some('u') => {
            let Some(unit) = hex(after.get(1..).unwrap_or(""), 4) else {
                return (None, 1);
            };
            // A surrogate pair: `\ud83d\ude00`.
            if (0xD800..0xDC00).contains(&unit) {
                let low = after
                    .get(5..)
                    .and_then(|r| r.strip_prefix("\\u"))
                    .and_then(|r| hex(r, 4))
                    .filter(|l| (0xDC00..0xE000).contains(l));
                if let Some(low) = low {
                    let c = char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                    return (c.map(String::from), 12);
                }
                return (None, 1);
            }
            (char::from_u32(unit).map(String::from), 6)
        }
        Some('U') => match hex(after.get(1..).unwrap_or(""), 8).and_then(char::from_u32) {
            Some(c) => (Some(c.to_string()), 10),
            None => (None, 1),
        },
        Some('x') => {
            // A run of byte escapes is one UTF-8 sequence or several windows-1252 bytes.
            let mut bytes = Vec::new();
            let mut used = 0;
            while let Some(b) = tail
                .get(used..)
                .and_then(|r| r.strip_prefix("\\x"))
                .and_then(|r| hex(r, 2))
            {
                bytes.push(u8::try_from(b).unwrap_or(b'?'));
                used += 4;
            }
            if bytes.is_empty() {
                return (None, 1);
            }
            let s = match std::str::from_utf8(&bytes) {
                Ok(s) => s.to_owned(),
                Err(_) => WINDOWS_1252
                    .decode_without_bom_handling(&bytes)
                    .0
                    .into_owned(),
            };
            (Some(s), used)
        }
        Some(c @ ('n' | 't' | 'r' | '\'' | '"' | '\\')) if dump => {
            let s = match c {
                'n' => "\n",
                't' => "\t",
                'r' => "",
                other => return (Some(other.to_string()), 2),
            };
            (Some(s.to_owned()), 2)
        }
        _ => (None, 1),
    }
}

static ENTITY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));")
        .expect("entity is a valid pattern")
});

/// Decodes numeric character references and the common named ones (the lexicon's
/// `html_entity`, lowercase names only: `&Eacute;` is not `&eacute;`).
fn decode_entities(text: &str) -> Option<String> {
    let mut changed = false;
    let out = ENTITY.replace_all(text, |c: &regex::Captures<'_>| {
        let code = if let Some(d) = c.get(1) {
            d.as_str().parse::<u32>().ok()
        } else if let Some(h) = c.get(2) {
            u32::from_str_radix(h.as_str(), 16).ok()
        } else {
            c.get(3)
                .map(|n| n.as_str())
                .filter(|n| !n.chars().any(|ch| ch.is_ascii_uppercase()))
                .and_then(|n| lexicon::value(Lex::HtmlEntity, n))
                .and_then(|v| u32::from_str_radix(v, 16).ok())
        };
        match code.and_then(char::from_u32).filter(|ch| *ch != '\0') {
            Some(ch) => {
                changed = true;
                ch.to_string()
            }
            None => c.get(0).map_or("", |m| m.as_str()).to_owned(),
        }
    });
    changed.then(|| out.into_owned())
}

static GAP: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"[ \t\u{a0}]{3,}|\t+|\s*\n\s*").expect("gap is a valid pattern"));
static BULLET: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\s+[•▪●◦]\s+").expect("bullet is a valid pattern"));

/// Breaks a one-line page into blocks: runs of spaces and tabs (where the page's markup
/// stood) end a block, and a bullet starts a list item.
fn split_blocks(text: &str) -> String {
    let lines = GAP.replace_all(text, "\n");
    BULLET.replace_all(&lines, "\n• ").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (input, what it holds)
    #[test]
    fn escapes_and_entities_are_decoded() {
        let table = [
            (r"The minister\u2019s visit", "The minister’s visit"),
            (r"Gen\xe8ve and Z\xc3\xbcrich", "Genève and Zürich"),
            (r"emoji \ud83d\udc4d ok", "emoji 👍 ok"),
            (
                "Parks &amp; Trails &#8211; &#x201C;open&#x201D; &nbsp;now",
                "Parks & Trails – “open” \u{a0}now",
            ),
            ("&Eacute;cole &unknown; &amp", "&Eacute;cole &unknown; &amp"),
            (
                r"C:\users\docs and a \n stay in a normal text",
                r"C:\users\docs and a \n stay in a normal text",
            ),
        ];
        for (input, want) in table {
            assert_eq!(prepare(input), want, "{input:?}");
        }
    }

    #[test]
    fn one_line_pages_are_broken_into_blocks() {
        let page = format!(
            "b'Home \\xbb Newsroom \\xbb Media releases     Ferry service resumes after repairs     Posted on March 3, 2024 by Admin     The harbour ferry will run again from Monday, the port authority said.\\nRepairs to the pier took six weeks. {}     \\u2022 Share this     \\u00a9 2024 Harbour Authority'",
            "Crews replaced the pilings and the gangway. ".repeat(10)
        );
        let text = prepare(&page);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.first(), Some(&"Home » Newsroom » Media releases"));
        assert_eq!(lines.get(1), Some(&"Ferry service resumes after repairs"));
        assert_eq!(lines.get(2), Some(&"Posted on March 3, 2024 by Admin"));
        assert!(lines.iter().any(|l| l.starts_with("Repairs to the pier")));
        assert!(lines.contains(&"• Share this"));
        assert_eq!(lines.last(), Some(&"© 2024 Harbour Authority"));
    }
}
