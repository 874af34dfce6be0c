//! Checks that hold for every `Ok` result, shared by `tests/hostile.rs`,
//! `tests/properties.rs` and the fuzz targets (which include this file by path).
//!
//! Typed rather than a walk over the JSON, so that fuzzing stays fast; `tests/fixtures.rs`
//! walks the JSON and so also covers spans in fields added later.

use communique::{Mention, PressRelease};

/// Every span slices `text` on char boundaries to its own text, every date range has
/// start ≤ end, and every event parent is another event of the list. `Err` says what broke.
pub fn oracle(release: &PressRelease) -> Result<(), String> {
    let text = release.text.as_str();
    let span = |what: String, m: &Mention| -> Result<(), String> {
        match text.get(m.start..m.end) {
            Some(s) if s == m.text => Ok(()),
            Some(s) => Err(format!(
                "{what}: text[{}..{}] is {s:?}, the span says {:?}",
                m.start, m.end, m.text
            )),
            None => Err(format!(
                "{what}: {}..{} is not a range of char boundaries in text ({} bytes)",
                m.start,
                m.end,
                text.len()
            )),
        }
    };
    for (i, p) in release.people.iter().enumerate() {
        for (j, m) in p.mentions.iter().enumerate() {
            span(format!("people[{i}].mentions[{j}]"), m)?;
        }
    }
    for (i, o) in release.organisations.iter().enumerate() {
        for (j, m) in o.mentions.iter().enumerate() {
            span(format!("organisations[{i}].mentions[{j}]"), m)?;
        }
    }
    for (i, e) in release.events.iter().enumerate() {
        for (j, m) in e.mentions.iter().enumerate() {
            span(format!("events[{i}].mentions[{j}]"), m)?;
        }
        if let Some(w) = &e.when {
            if w.start > w.end {
                return Err(format!("events[{i}].when: {} > {}", w.start, w.end));
            }
        }
        match e.parent {
            Some(p) if p >= release.events.len() || p == i => {
                return Err(format!("events[{i}].parent: {p} is not another event"));
            }
            _ => {}
        }
    }
    for (i, d) in release.dates.iter().enumerate() {
        span(format!("dates[{i}].span"), &d.span)?;
        if d.text != d.span.text {
            return Err(format!(
                "dates[{i}]: text {:?} is not its span's {:?}",
                d.text, d.span.text
            ));
        }
        if d.start > d.end {
            return Err(format!("dates[{i}]: {} > {}", d.start, d.end));
        }
    }
    Ok(())
}
