//! One raw line of a text page, rendered as a reader sees it.
//!
//! Pages saved as Markdown (what page-to-markdown converters write) carry their markup
//! into the text: `#` headings, `[text](url)` links, `![alt](src)` images, `**bold**` and
//! `_italic_`, list bullets, backslash escapes. A rendered [`Line`] keeps the words and
//! remembers the structure the markup gave: heading level, list item, how much of the line
//! was link text (a menu is nothing but links), and the images it held (captions follow
//! images). Plain text goes through unchanged, apart from its bullets.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::document::normalise;

/// What the markup made of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Form {
    Plain,
    /// A `#` heading, with its level (1 for `#`).
    Heading(u8),
    /// An item of a bulleted or numbered list.
    Item,
}

/// A line of the page, rendered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Line {
    /// The words, markup rendered and whitespace normalised (may be empty).
    pub text: String,
    pub form: Form,
    /// A blank line separates this line from the one before.
    pub blank_before: bool,
    /// How many links the line held.
    pub links: usize,
    /// Letters and digits inside link texts.
    pub link_alnum: usize,
    /// The links' texts, rendered, in order.
    pub link_texts: Vec<String>,
    /// Letters and digits outside link texts.
    pub plain_alnum: usize,
    /// The alt texts of the images the line held, in order (empty strings included).
    pub images: Vec<String>,
}

impl Line {
    pub fn words(&self) -> usize {
        self.text.split_whitespace().count()
    }

    /// Nothing but links (and punctuation): a menu entry, a share button, a teaser link.
    pub fn link_only(&self) -> bool {
        self.links > 0 && self.plain_alnum == 0
    }

    /// Mostly link text: more letters inside links than outside.
    pub fn link_heavy(&self) -> bool {
        self.links > 0 && self.link_alnum >= self.plain_alnum
    }
}

static STRUCTURE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)
        ^(?:
            (?P<heading>\#{1,6})(?:[\ \t]+|$)      # ## Heading
          | (?P<quote>>[\ \t]?)                      # > quoted
          | (?P<item>(?:[*+•\-]|\d{1,3}[.)])[\ \t]+) # * item, 1. item
        )",
    )
    .expect("line structure is a valid pattern")
});

/// `![alt](src "title")`; the source may hold escaped or balanced parentheses.
static IMAGE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r#"!\[((?:\\.|[^\[\]\\]|\[[^\[\]]*\])*)\]\((?:\\.|[^()\\]|\((?:\\.|[^()\\])*\))*\)"#)
        .expect("image is a valid pattern")
});

/// `[text](url "title")`, text with one level of brackets inside (`[[email]](…)`).
static LINK: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r#"\[((?:\\.|[^\[\]\\]|\[[^\[\]]*\])*)\]\((?:\\.|[^()\\]|\((?:\\.|[^()\\])*\))*\)"#)
        .expect("link is a valid pattern")
});

/// `<https://example.org/…>`, a Markdown autolink, and inline HTML tags (`<br>`, `</span>`).
static ANGLE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"<((?:https?://|mailto:)[^>\s]+)>|</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
        .expect("autolink is a valid pattern")
});

/// A structure marker at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    /// `#` to `######`, with the number of marks.
    Heading(usize),
    Quote,
    Item,
}

/// The marker `STRUCTURE` matches at the start of `line`, and where its match ends.
/// PERF: a scanner for the usual line, which starts with an ASCII character or a bullet;
/// the pattern (with its Unicode digits, 1.2M instructions to build) reads the others.
fn structure(line: &str) -> Option<(Marker, usize)> {
    let b = line.as_bytes();
    let blanks = |from: usize| {
        b.get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&c| c == b' ' || c == b'\t')
            .count()
    };
    let first = line.chars().next()?;
    if first == '\u{2022}' {
        let n = blanks(first.len_utf8());
        return (n > 0).then_some((Marker::Item, first.len_utf8() + n));
    }
    if !first.is_ascii() {
        // A digit of another script may number an item.
        return if first.is_numeric() {
            structure_by_pattern(line)
        } else {
            None
        };
    }
    match first {
        '#' => {
            let marks = b.iter().take_while(|&&c| c == b'#').count();
            let n = blanks(marks);
            ((1..=6).contains(&marks) && (n > 0 || marks == b.len()))
                .then_some((Marker::Heading(marks), marks + n))
        }
        '>' => Some((Marker::Quote, 1 + usize::from(blanks(1) > 0))),
        '*' | '+' | '-' => {
            let n = blanks(1);
            (n > 0).then_some((Marker::Item, 1 + n))
        }
        '0'..='9' => {
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            match line.get(digits..)?.chars().next() {
                // A digit of another script after ASCII ones.
                Some(c) if !c.is_ascii() && c.is_numeric() => structure_by_pattern(line),
                Some('.' | ')') if digits <= 3 => {
                    let n = blanks(digits + 1);
                    (n > 0).then_some((Marker::Item, digits + 1 + n))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// [`structure`] by the `STRUCTURE` pattern itself.
fn structure_by_pattern(line: &str) -> Option<(Marker, usize)> {
    let c = STRUCTURE.captures(line)?;
    let all = c.get(0)?;
    let marker = match (c.name("heading"), c.name("quote")) {
        (Some(h), _) => Marker::Heading(h.as_str().len()),
        (None, Some(_)) => Marker::Quote,
        (None, None) => Marker::Item,
    };
    Some((marker, all.end()))
}

/// Renders one raw line; `blank_before` says whether a blank line came before it.
pub(super) fn render(raw: &str, blank_before: bool) -> Line {
    let mut rest = raw.trim();
    let mut form = Form::Plain;
    // Structure markers may stack: `*   * Get involved`, `> * quoted item`.
    while let Some((marker, end)) = structure(rest) {
        match marker {
            // `#LDC5` is a hashtag, not a heading: the pattern wants a space after the marks.
            Marker::Heading(marks) if form == Form::Plain => {
                form = Form::Heading(u8::try_from(marks).unwrap_or(6));
            }
            Marker::Item if form == Form::Plain => form = Form::Item,
            _ => {}
        }
        rest = rest.get(end..).unwrap_or("").trim_start();
        if end == 0 {
            break;
        }
    }
    if let Form::Heading(_) = form {
        rest = rest.trim_end().trim_end_matches('#').trim_end();
    }

    let mut images = Vec::new();
    let without_images;
    if rest.contains("![") {
        without_images = IMAGE
            .replace_all(rest, |c: &regex::Captures<'_>| {
                images.push(unescape(c.get(1).map_or("", |m| m.as_str())));
                " "
            })
            .into_owned();
        rest = &without_images;
    }

    let mut links = 0;
    let mut link_alnum = 0;
    let mut link_texts = Vec::new();
    let mut text = String::with_capacity(rest.len());
    let mut last = 0;
    if rest.contains("](") {
        for c in LINK.captures_iter(rest) {
            let (Some(all), Some(inner)) = (c.get(0), c.get(1)) else {
                continue;
            };
            text.push_str(rest.get(last..all.start()).unwrap_or(""));
            links += 1;
            link_alnum += alnum(inner.as_str());
            link_texts.push(normalise(&unescape(&strip_emphasis(inner.as_str()))));
            text.push_str(inner.as_str());
            last = all.end();
        }
    }
    text.push_str(rest.get(last..).unwrap_or(""));
    let text = if text.contains('<') {
        ANGLE
            .replace_all(&text, |c: &regex::Captures<'_>| {
                c.get(1).map_or(" ", |m| m.as_str()).to_owned()
            })
            .into_owned()
    } else {
        text
    };
    let text = normalise(&unescape(&strip_emphasis(&text)));
    let plain_alnum = alnum(&text).saturating_sub(link_alnum);
    Line {
        text,
        form,
        blank_before,
        links,
        link_alnum,
        link_texts,
        plain_alnum,
        images,
    }
}

fn alnum(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphanumeric()).count()
}

/// `**bold**`, `__bold__`, `*italic*`, `_italic_` lose their marks; an underscore or star
/// inside a word (`snake_case`, `5*3`) stays.
fn strip_emphasis(s: &str) -> String {
    if !s.contains(['*', '_']) {
        return s.to_owned();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '*' || c == '_' {
            let before = i
                .checked_sub(1)
                .and_then(|j| chars.get(j))
                .is_some_and(|p| p.is_alphanumeric());
            let after = chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
            if !(before && after) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Markdown's backslash escapes of ASCII punctuation: `\(` is `(`.
fn unescape(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&n) = chars.peek() {
                if n.is_ascii_punctuation() {
                    out.push(n);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scanner of line markers finds what the `STRUCTURE` pattern finds, on every
    /// short line over the characters the pattern cares about.
    #[test]
    fn structure_scanner_agrees_with_the_pattern() {
        let alphabet = [
            "#", ">", "*", "+", "-", "\u{2022}", "1", "\u{0663}", ".", ")", " ", "\t", "a",
        ];
        let mut lines = vec![String::new()];
        for _ in 0..5 {
            let mut longer = Vec::new();
            for l in &lines {
                for c in alphabet {
                    let line = format!("{l}{c}");
                    assert_eq!(structure(&line), structure_by_pattern(&line), "{line:?}");
                    longer.push(line);
                }
            }
            lines = longer;
        }
        for line in ["####### seven", "1234. x", "12) item", "\u{00BD}. half"] {
            assert_eq!(structure(line), structure_by_pattern(line), "{line:?}");
        }
    }

    /// (raw line, rendered text, form, links, link only)
    #[test]
    fn lines_render_as_read() {
        let table = [
            (
                "# Harbour fund opens",
                "Harbour fund opens",
                Form::Heading(1),
                0,
                false,
            ),
            (
                "###  Notes to editors ###",
                "Notes to editors",
                Form::Heading(3),
                0,
                false,
            ),
            (
                "#Budget2024 is trending",
                "#Budget2024 is trending",
                Form::Plain,
                0,
                false,
            ),
            ("  * [Parks](/parks)", "Parks", Form::Item, 1, true),
            ("*   * Get Involved", "Get Involved", Form::Item, 0, false),
            (
                "1. Launch of the trail fund.",
                "Launch of the trail fund.",
                Form::Item,
                0,
                false,
            ),
            (
                "• Free entry on Sundays",
                "Free entry on Sundays",
                Form::Item,
                0,
                false,
            ),
            (
                "The [River Trust](https://example.org/rt) (RT) said so.",
                "The River Trust (RT) said so.",
                Form::Plain,
                1,
                false,
            ),
            (
                "[All releases ](/releases) [ __ Press Office ]()",
                "All releases Press Office",
                Form::Plain,
                2,
                true,
            ),
            ("[ ](/)", "", Form::Plain, 1, true),
            (
                "**SAN MARCO (May 2, 2025)** – The _Tidewater_ museum opens.",
                "SAN MARCO (May 2, 2025) – The Tidewater museum opens.",
                Form::Plain,
                0,
                false,
            ),
            (
                "__ September 8, 2025",
                "September 8, 2025",
                Form::Plain,
                0,
                false,
            ),
            (
                "see snake_case and 5*3",
                "see snake_case and 5*3",
                Form::Plain,
                0,
                false,
            ),
            (
                "[Topic](https://example.org/list?f=\\(kind Topic=A%20B\\))",
                "Topic",
                Form::Plain,
                1,
                true,
            ),
            (
                "[[email protected]](/cdn-cgi/x)",
                "[email protected]",
                Form::Plain,
                1,
                true,
            ),
            (
                "Line one<br>and <b>two</b>",
                "Line one and two",
                Form::Plain,
                0,
                false,
            ),
            (
                "Read it at <https://example.org/a>.",
                "Read it at https://example.org/a.",
                Form::Plain,
                0,
                false,
            ),
            (
                "Cost \\$5 \\(approx.\\)",
                "Cost $5 (approx.)",
                Form::Plain,
                0,
                false,
            ),
        ];
        for (raw, text, form, links, link_only) in table {
            let l = render(raw, false);
            assert_eq!(l.text, text, "{raw:?}");
            assert_eq!(l.form, form, "{raw:?}");
            assert_eq!(l.links, links, "{raw:?}");
            assert_eq!(l.link_only(), link_only, "{raw:?}");
        }
    }

    #[test]
    fn images_leave_their_alt_text() {
        let l = render(
            "![A ferry at the pier](/img/ferry.jpg \"Ferry\") ![](data:image/gif;base64,R0lGOD==)",
            false,
        );
        assert_eq!(l.text, "");
        assert_eq!(
            l.images,
            vec!["A ferry at the pier".to_string(), String::new()]
        );
        let l = render(
            "[ Read more ![Logo](/l.png)Trail reopens after storm ](/news/1)",
            true,
        );
        assert_eq!(l.text, "Read more Trail reopens after storm");
        assert_eq!(l.images, vec!["Logo".to_string()]);
        assert!(l.link_only() && l.blank_before);
    }
}
