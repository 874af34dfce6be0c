//! Bytes to text: byte-order marks, `<meta charset>`, UTF-8, windows-1252; whether a text
//! is HTML; and the repair of UTF-8 that was once decoded as windows-1252 (mojibake).

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use once_cell::sync::Lazy;

/// Decodes a page's bytes. Invalid sequences become U+FFFD (dropped later); nothing fails.
///
/// The order is the one browsers use for a file without HTTP headers: a byte-order mark,
/// then a charset declared in the first 1024 bytes, then UTF-8 if the bytes are valid
/// UTF-8, then windows-1252 (what "latin-1" pages really are).
pub(crate) fn decode(bytes: &[u8]) -> String {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes.get(bom_len..).unwrap_or(&[]));
        return text.into_owned();
    }
    if let Some(enc) = declared_charset(bytes) {
        // A page that declares UTF-16 but has no BOM is really ASCII-compatible (HTML spec).
        let enc = if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
            UTF_8
        } else {
            enc
        };
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// The encoding named by `<meta charset=…>` or `<meta http-equiv=Content-Type content="…; charset=…">`
/// in the first 1024 bytes.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let mut i = from + pos + b"charset".len();
        from = i;
        while lower.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while lower
            .get(i)
            .is_some_and(|c| c.is_ascii_whitespace() || *c == b'"' || *c == b'\'')
        {
            i += 1;
        }
        let start = i;
        while lower
            .get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'.'))
        {
            i += 1;
        }
        if let Some(enc) = lower.get(start..i).and_then(Encoding::for_label) {
            return Some(enc);
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The tags that open a document's parts (`<head` only as itself, not `<header`).
const DOCUMENT_TAGS: [&str; 5] = ["<html", "<head>", "<head ", "<body>", "<body "];

/// How far a page that opens with a tag is searched for the elements of a document: a
/// saved page may open with a long style or script block before its `<html>`.
const DOCUMENT_REACH: usize = 64 * 1024;

/// Whether `text` is HTML rather than plain text: it opens with a tag, or declares a
/// document early on, or opens with a tag (a style sheet, a script, a comment) and holds
/// a document's `<html>`, `<head>` or `<body>` further on.
pub(crate) fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    let trimmed = head.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if trimmed.starts_with("<!doctype")
        || trimmed.starts_with("<html")
        || trimmed.starts_with("<?xml")
    {
        return true;
    }
    let tags = [
        "<html", "<head", "<body", "<div", "<p>", "<p ", "<meta", "<article", "<table", "<span",
        "<br", "<h1",
    ];
    if trimmed.starts_with('<') && tags.iter().any(|t| trimmed.contains(t))
        || tags.iter().filter(|t| head.contains(*t)).count() >= 3
    {
        return true;
    }
    let opens_with_tag = trimmed.strip_prefix('<').is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_ascii_alphabetic()) || rest.starts_with("!--")
    });
    if !opens_with_tag {
        return false;
    }
    let mut end = text.len().min(DOCUMENT_REACH);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let reach = text.get(..end).unwrap_or("").to_ascii_lowercase();
    DOCUMENT_TAGS.iter().any(|t| reach.contains(t))
}

/// The characters windows-1252 gives the bytes 0x80–0x9F, in byte order (encoding_rs
/// follows the WHATWG table, which maps the five unassigned bytes to the C1 controls).
static CP1252_HIGH: Lazy<Vec<char>> = Lazy::new(|| {
    let bytes: Vec<u8> = (0x80..=0x9F).collect();
    WINDOWS_1252
        .decode_without_bom_handling(&bytes)
        .0
        .chars()
        .collect()
});

/// The windows-1252 byte that decodes to `c`, if one does (Latin-1 for U+00A0–U+00FF,
/// the C1 controls standing for themselves).
fn cp1252_byte(c: char) -> Option<u8> {
    let n = c as u32;
    if n < 0x80 || (0xA0..=0xFF).contains(&n) || (0x80..=0x9F).contains(&n) {
        return u8::try_from(n).ok();
    }
    CP1252_HIGH
        .iter()
        .position(|&h| h == c)
        .and_then(|i| u8::try_from(0x80 + i).ok())
}

/// Whether a character decoded from a two-byte sequence is one that text plausibly holds:
/// Latin letters and signs, Greek, Cyrillic, Armenian, Hebrew, Arabic. Two-byte mojibake
/// of these is what pages show ("Ã©", "Ð¡"); a two-byte match that decodes elsewhere (IPA,
/// combining marks, Syriac) is more likely a real capital letter before a symbol.
fn plausible_two_byte(c: char) -> bool {
    matches!(c as u32, 0xA0..=0x24F | 0x370..=0x52F | 0x531..=0x58F | 0x5D0..=0x6FF)
}

/// Repairs UTF-8 text that was decoded as windows-1252 or Latin-1 somewhere upstream:
/// "cafÃ©" becomes "café", "â€™" becomes "’", "Ã¢â‚¬â„¢" (twice wrong) becomes "’".
///
/// Only a sequence that re-encodes to valid UTF-8 (a lead byte and the right number of
/// continuation bytes) is replaced, so text that is right stays as it is: "Genève", "São
/// Paulo", "Dvořák" and a capital "Ã" in "SÃO PAULO" are not touched. As Python's ftfy
/// does for the common case, "Â" before a space (a no-break space that became a space)
/// and "â€" before a lost byte (the closing quote’s 0x9D) are mended too, but only in
/// text that holds other mojibake.
pub(crate) fn repair_mojibake(text: &str) -> Cow<'_, str> {
    let mut current = Cow::Borrowed(text);
    // Text converted twice needs two rounds; a third would only meet ordinary text.
    for _ in 0..3 {
        match repair_once(&current) {
            Some(fixed) => current = Cow::Owned(fixed),
            None => break,
        }
    }
    current
}

/// One round of [`repair_mojibake`]; `None` when nothing was repaired.
fn repair_once(text: &str) -> Option<String> {
    // Every lead byte decodes to a character in U+00C2..=U+00F4, which UTF-8 writes as
    // 0xC3 and a byte in 0x82..=0xB4.
    if !text
        .as_bytes()
        .windows(2)
        .any(|w| w.first() == Some(&0xC3) && w.get(1).is_some_and(|b| (0x82..=0xB4).contains(b)))
    {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut repaired = 0usize;
    // Places of "Â " and "â€" left for the second look, as offsets into `out`.
    let mut loose: Vec<usize> = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        // PERF: a sequence, "Â " and "â€" all start with a char in U+00C2..=U+00F4, whose
        // first UTF-8 byte is 0xC3 (never a continuation byte, so a char boundary): the
        // text up to the next 0xC3 is copied as it is.
        let plain = rest.bytes().position(|b| b == 0xC3).unwrap_or(rest.len());
        if plain > 0 {
            out.push_str(rest.get(..plain).unwrap_or(""));
            rest = rest.get(plain..).unwrap_or("");
            continue;
        }
        if let Some((decoded, used)) = decode_sequence(rest) {
            out.push(decoded);
            repaired += 1;
            rest = rest.get(used..).unwrap_or("");
            continue;
        }
        if rest.starts_with("Â ") || rest.starts_with("â€") {
            loose.push(out.len());
        }
        out.push(c);
        rest = rest.get(c.len_utf8()..).unwrap_or("");
    }
    if repaired == 0 {
        return None;
    }
    // Mend the lossy leftovers from the end, so earlier offsets stay valid.
    for &at in loose.iter().rev() {
        let tail = out.get(at..).unwrap_or("");
        if tail.starts_with("Â ") {
            out.replace_range(at..at + 'Â'.len_utf8(), "");
        } else if let Some(after) = tail.strip_prefix("â€") {
            let lost = after.chars().next();
            if lost.is_none_or(|l| l == '\u{FFFD}' || cp1252_continuation(l).is_none()) {
                let len = "â€".len() + lost.filter(|&l| l == '\u{FFFD}').map_or(0, char::len_utf8);
                out.replace_range(at..at + len, "\u{201D}");
            }
        }
    }
    Some(out)
}

/// The continuation byte (0x80–0xBF) that `c` stands for in windows-1252, if any.
fn cp1252_continuation(c: char) -> Option<u8> {
    cp1252_byte(c).filter(|b| (0x80..=0xBF).contains(b))
}

/// The character that `text` begins with when its first characters are read as the
/// windows-1252 bytes of one UTF-8 sequence, and how many bytes of `text` that took.
fn decode_sequence(text: &str) -> Option<(char, usize)> {
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    let lead = cp1252_byte(first)?;
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut bytes = [lead, 0, 0, 0];
    let mut used = first.len_utf8();
    for slot in bytes.iter_mut().take(len).skip(1) {
        let (at, c) = chars.next()?;
        *slot = cp1252_continuation(c)?;
        used = at + c.len_utf8();
    }
    let decoded = std::str::from_utf8(bytes.get(..len)?)
        .ok()?
        .chars()
        .next()?;
    (len > 2 || plausible_two_byte(decoded)).then_some((decoded, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_order_marks_win() {
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "<p>Genève</p>".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&utf16), "<p>Genève</p>");
        assert_eq!(decode(b"\xEF\xBB\xBFabc"), "abc");
    }

    #[test]
    fn meta_charset_is_read() {
        let page =
            b"<html><head><meta charset=\"windows-1252\"></head><body>Gen\xe8ve</body></html>";
        assert!(decode(page).contains("Genève"));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>Z\xfcrich</p>";
        assert!(decode(page).contains("Zürich"));
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252() {
        assert_eq!(decode(b"caf\xe9 \x93quoted\x94"), "café “quoted”");
        assert_eq!(decode("déjà".as_bytes()), "déjà");
    }

    #[test]
    fn html_or_text() {
        assert!(looks_like_html("<!DOCTYPE html><html></html>"));
        assert!(looks_like_html("  <div><p>Hi</p></div>"));
        assert!(!looks_like_html(
            "The harbour board met\n\nDuring the first week of May 2024 …"
        ));
        assert!(!looks_like_html("Use <b> for bold in titles"));
        // A saved page that opens with a long style sheet, script or comment before its
        // document.
        let css = format!(
            "<style>\n{}</style>\n<html lang=\"en\"><body><p>Hi</p></body></html>",
            ".grid { display: grid; gap: 10px; }\n".repeat(200)
        );
        assert!(looks_like_html(&css));
        let script = format!(
            "<script>{}</script><HTML><BODY>Hi",
            "var a = 1;\n".repeat(400)
        );
        assert!(looks_like_html(&script));
        let comment = format!(
            "<!-- {} -->\n<html><p>Hi</p></html>",
            "cache note ".repeat(300)
        );
        assert!(looks_like_html(&comment));
        // Text that only mentions markup is still text.
        let prose = format!(
            "{}Write <html> at the top of a page.",
            "A release. ".repeat(300)
        );
        assert!(!looks_like_html(&prose));
        assert!(!looks_like_html(
            "<Embargoed> until Monday\n\nThe council met on <date>."
        ));
    }

    #[test]
    fn mojibake_is_repaired() {
        // (as a page shows it, as it was written)
        let table = [
            ("It\u{e2}\u{20ac}\u{2122}s done", "It’s done"),
            (
                "\u{e2}\u{20ac}\u{153}Quoted\u{e2}\u{20ac}\u{9d} text",
                "“Quoted” text",
            ),
            ("Caf\u{c3}\u{a9} in Gen\u{c3}\u{a8}ve", "Café in Genève"),
            (
                "S\u{c3}\u{a3}o Paulo and Dvo\u{c5}\u{2122}\u{c3}\u{a1}k",
                "São Paulo and Dvořák",
            ),
            ("a \u{e2}\u{20ac}\u{201c} b", "a – b"),
            ("\u{c2}\u{a9} 2024 Harbour Trust", "© 2024 Harbour Trust"),
            (
                "\u{d0}\u{a1}\u{d0}\u{be}\u{d0}\u{b2}\u{d0}\u{b5}\u{d1}\u{82}",
                "Совет",
            ),
            ("emoji \u{f0}\u{178}\u{2018}\u{8d} here", "emoji 👍 here"),
            // converted twice
            (
                "It\u{c3}\u{a2}\u{e2}\u{201a}\u{ac}\u{e2}\u{201e}\u{a2}s",
                "It’s",
            ),
            // the lossy leftovers, in text that is mojibake elsewhere
            ("Caf\u{c3}\u{a9}\u{c2} menu", "Café menu"),
            (
                "\u{e2}\u{20ac}\u{153}Yes\u{e2}\u{20ac}\u{fffd} she said",
                "“Yes” she said",
            ),
        ];
        for (shown, written) in table {
            assert_eq!(repair_mojibake(shown), written, "{shown:?}");
        }
    }

    #[test]
    fn right_text_is_untouched() {
        let table = [
            "Genève, São Paulo, Dvořák, Zürich, Kraków, Ærøskøbing",
            "SÃO PAULO (capitals, as a headline writes it)",
            "Ã the letter alone, Â as well",
            "€250,000 – “quoted” ‘single’ … ™ © ®",
            "voilà… déjà‑vu",
            "Москва and Αθήνα",
            "Â without mojibake stays: Â here",
            "plain ASCII",
        ];
        for text in table {
            assert!(
                matches!(repair_mojibake(text), Cow::Borrowed(_)),
                "{text:?} became {:?}",
                repair_mojibake(text)
            );
        }
    }
}
