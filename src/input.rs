//! Bytes to text: byte-order marks, `<meta charset>`, UTF-8, windows-1252; and whether a
//! text is HTML.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

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

/// Whether `text` is HTML rather than plain text: it opens with a tag, or declares a
/// document early on.
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
    trimmed.starts_with('<') && tags.iter().any(|t| trimmed.contains(t))
        || tags.iter().filter(|t| head.contains(*t)).count() >= 3
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
            "CTED actively engaged\n\nDuring the last week of June 2018 …"
        ));
        assert!(!looks_like_html("Use <b> for bold in titles"));
    }
}
