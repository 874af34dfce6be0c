//! The tail zone of a text page: where the body ends, and the labels printed there.
//!
//! After a release's last paragraph a saved page prints its furniture: tags, share links,
//! related stories, newsletter boxes, site maps and footers. The body ends at the first
//! line that begins that run: a tail heading of the lexicon ("Related news", "Share this",
//! "Tagged as:"), a copyright line, three link lines in a row, the headline printed again
//! as page metadata, or a run of short lines after which no running text follows.

use super::header::is_truncated;
use super::lines::{ends_sentence, inline_tags, is_prose, split_items, Class, TailKind};
use super::markdown::{Form, Line};
use crate::document::comparable;

/// How many link lines in a row make a menu.
const NAV_RUN: usize = 3;
/// How many short lines in a row make a site map, when no running text follows them.
const SHORT_RUN: usize = 5;

/// The index of the first line after the body (`lines.len()` when the page just ends).
pub(super) fn body_end(lines: &[Line], classes: &[Class], start: usize, title: &str) -> usize {
    let title_key = comparable(title);
    // Whether running text follows each line: a short-line run ends the body only if none does.
    let mut prose_after = vec![false; lines.len() + 1];
    for i in (0..lines.len()).rev() {
        let prose = matches!((lines.get(i), classes.get(i)), (Some(l), Some(c)) if is_prose(l, c));
        let later = prose_after.get(i + 1).copied().unwrap_or(false);
        if let Some(slot) = prose_after.get_mut(i) {
            *slot = prose || later;
        }
    }
    // How many short (or empty) lines in a row start at each line, counted once from the end.
    let mut short_runs = vec![0usize; lines.len() + 1];
    for i in (0..lines.len()).rev() {
        let short = matches!((lines.get(i), classes.get(i)), (Some(l), Some(c)) if is_short(l, c) || *c == Class::Empty);
        let later = short_runs.get(i + 1).copied().unwrap_or(0);
        if let Some(slot) = short_runs.get_mut(i) {
            *slot = if short { later + 1 } else { 0 };
        }
    }
    let mut paragraphs = usize::from(
        matches!((lines.get(start), classes.get(start)), (Some(l), Some(c)) if is_prose(l, c)),
    );
    for i in start + 1..lines.len() {
        let (Some(line), Some(class)) = (lines.get(i), classes.get(i)) else {
            break;
        };
        if is_prose(line, class) {
            paragraphs += 1;
        }
        match class {
            Class::Tail(_) | Class::Copyright => return i,
            Class::Nav | Class::Url if run_of(classes, i, is_nav) >= NAV_RUN => return i,
            Class::Text
                if paragraphs >= 2
                    && title_key.len() >= 12
                    && comparable(&line.text) == title_key =>
            {
                return i
            }
            _ => {}
        }
        // A contact block may open the run; it belongs to the release, what follows does not.
        if is_short(line, class) && *class != Class::Contact {
            let n = short_runs.get(i).copied().unwrap_or(0);
            if n >= SHORT_RUN && !prose_after.get(i + n).copied().unwrap_or(false) {
                return i;
            }
        }
    }
    lines.len()
}

fn is_nav(c: &Class) -> bool {
    matches!(c, Class::Nav | Class::Url)
}

/// How many lines from `i` on are of a kind, ignoring empty lines and rules between them.
fn run_of(classes: &[Class], i: usize, kind: fn(&Class) -> bool) -> usize {
    let mut n = 0;
    for c in classes.iter().skip(i) {
        if kind(c) {
            n += 1;
        } else if !matches!(c, Class::Empty | Class::Separator) {
            break;
        }
    }
    n
}

/// A short line that is no sentence: a menu entry, a footer's address line, a label.
fn is_short(line: &Line, class: &Class) -> bool {
    match class {
        Class::Text | Class::Furniture | Class::Contact => {
            let sentence = line.text.trim_end().ends_with(['.', '!', '?']);
            line.words() <= 4 && !sentence && line.form != Form::Item || line.link_only()
        }
        Class::Nav | Class::Url | Class::Number | Class::Breadcrumb => true,
        _ => false,
    }
}

/// The release's categories from its tags lines: "Tags: Parks, Trails" carries them; a
/// "Tagged as:" heading is followed by them, one short line or link each.
pub(super) fn tags(lines: &[Line], classes: &[Class], from: usize) -> Vec<String> {
    let mut found = Vec::new();
    for i in from..lines.len() {
        let listed = match classes.get(i) {
            Some(Class::Tail(TailKind::Tags)) => true,
            Some(Class::Tail(TailKind::Topics { colon })) => *colon,
            _ => continue,
        };
        let Some(line) = lines.get(i) else { continue };
        let inline = inline_tags(&line.text);
        if !inline.is_empty() {
            found.extend(inline);
            continue;
        }
        if !listed {
            continue;
        }
        // The list is the lines right under the heading: it ends at a blank line, a
        // heading, a line of another form than its first, or a line that is no label.
        let mut form = None;
        for j in i + 1..lines.len().min(i + 25) {
            let (Some(item), Some(class)) = (lines.get(j), classes.get(j)) else {
                break;
            };
            if *class == Class::Empty {
                continue;
            }
            let label = matches!(class, Class::Nav | Class::Text | Class::Label(_))
                && (1..=6).contains(&item.words())
                && !ends_sentence(&item.text)
                && !is_truncated(&item.text)
                && !matches!(item.form, Form::Heading(_))
                && form.is_none_or(|f| f == item.form && !item.blank_before);
            if !label {
                break;
            }
            form = Some(item.form);
            // A line of several links is several labels: "Parks | Trails".
            if item.link_only() && item.links > 1 {
                found.extend(item.link_texts.iter().filter(|t| !t.is_empty()).cloned());
            } else {
                found.extend(split_items(&item.text));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests;
