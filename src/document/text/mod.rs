//! Plain-text releases: a wire's text file, a page saved as text or as Markdown, a
//! static-site source, a scraper's one-line dump.
//!
//! Input: text, already decoded (and its mojibake repaired by the extractor). Output: a
//! [`Document`] whose text holds the release only, with its headline, dates, categories
//! and photo credits. The reader models the parts of a page rather than any site's
//! template:
//!
//! 1. [`repair`]: literal escapes and HTML entities decoded; a page stored on one line
//!    broken back into blocks.
//! 2. [`front`]: a static-site source's front matter read and set aside.
//! 3. [`markdown`]: each line rendered (headings, links, images, emphasis, bullets).
//! 4. [`lines`]: each line classified (navigation, label, date line, contact, sender,
//!    tail heading, running text …) by its shape and the page lexicon.
//! 5. [`header`]: where the body begins, which line is the headline, the header's dates.
//! 6. [`tail`]: where the body ends, and the tags printed after it.
//! 7. [`join`] and [`photos`]: sentences split at links rejoined; captions and credits.
//!
//! What it does not do: guess a headline or a date for text that states none.

mod front;
mod header;
mod join;
mod lines;
mod markdown;
mod photos;
mod repair;
mod tail;

use std::collections::HashMap;

use self::lines::{Class, LabelKind, TailKind};
use self::markdown::{Form, Line};
use super::pagedate;
use super::{comparable, normalise, BlockKind, Document, Limits, Meta, TextBuilder};
use crate::date::Timestamp;
use crate::error::{Error, Result};

pub(crate) use self::lines::is_separator;
pub(crate) use self::lines::{date_line, has_contact_detail, DateRole};

/// A block on its way into the text.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Block {
    kind: BlockKind,
    text: String,
    /// The line right before it held an image (a caption follows its image).
    after_image: bool,
    /// A line of nothing but links: text inside the body, furniture after its last
    /// paragraph.
    nav: bool,
    /// A line of plain text or links (not a contact, date or label line): a topic label
    /// when short and printed where the body ends.
    plain: bool,
}

impl Block {
    fn new(kind: BlockKind, text: String) -> Block {
        Block {
            kind,
            text,
            after_image: false,
            nav: false,
            plain: false,
        }
    }
}

/// How far the headline is looked for when the page holds no running text.
const HEADER_WITHOUT_BODY: usize = 60;
/// Alt texts of more words than this are captions in their own right.
const ALT_CAPTION_WORDS: usize = 3;

/// Reads a plain-text release.
pub(crate) fn read(input: &str, url: Option<&str>, limits: &Limits) -> Result<Document> {
    let prepared = repair::prepare(input);
    let (front, rest) = front::split(&prepared);
    let front = front.unwrap_or_default();

    let mut raws: Vec<&str> = Vec::new();
    let mut lines: Vec<Line> = Vec::new();
    let mut blank = false;
    for raw in rest.lines() {
        if raw.trim().is_empty() {
            blank = true;
            continue;
        }
        lines.push(markdown::render(raw, blank));
        raws.push(raw);
        blank = false;
    }
    let mut classes: Vec<Class> = raws
        .iter()
        .zip(&lines)
        .map(|(raw, line)| lines::classify(raw, line))
        .collect();

    // --- header: body start, breadcrumb trail, sender block, headline
    let start = header::body_start(&lines, &classes);
    let header_end = start.unwrap_or(lines.len().min(HEADER_WITHOUT_BODY));
    header::mark_trail(&lines, &mut classes, header_end);
    lines::mark_senders(&lines, &mut classes, header_end);
    let headline = if front.title.is_some() {
        None
    } else {
        header::headline(&lines, &classes, header_end)
    };
    let body_start = start.unwrap_or_else(|| headline.as_ref().map_or(0, |h| h.last + 1));
    let title = front
        .title
        .clone()
        .or_else(|| headline.as_ref().map(|h| h.text.clone()))
        .filter(|t| !t.is_empty());
    let end = tail::body_end(&lines, &classes, body_start, title.as_deref().unwrap_or(""));

    // --- dates and categories the header and tail state
    let (header_published, header_modified) =
        header::header_dates(&classes, headline.as_ref(), body_start);
    let mut published = front.published.or(header_published);
    // An update line may also stand at the end of the body or in the page's footer
    // ("Page last updated: …").
    let update_line = classes.iter().find_map(|c| match c {
        Class::Date(d) if d.role == lines::DateRole::Modified => Some(d.time),
        Class::Date(d) => d.updated,
        _ => None,
    });
    let mut modified = front.modified.or(header_modified).or(update_line);
    let mut categories = front.categories.clone();

    // --- the blocks of the text: header lines that belong to the release, then the body
    let after_headline =
        |i: usize| front.title.is_some() || headline.as_ref().is_some_and(|h| i > h.last);
    let mut blocks: Vec<Block> = Vec::new();
    let mut stamps: Vec<Timestamp> = Vec::new();
    let mut after_image = false;
    // Read before the loop below moves each kept line's text into its block.
    let tags = tail::tags(&lines, &classes, body_start);
    for (i, (line, class)) in lines.iter_mut().zip(&classes).enumerate().take(end) {
        if headline
            .as_ref()
            .is_some_and(|h| (h.first..=h.last).contains(&i))
        {
            after_image = false;
            continue;
        }
        let in_body = i >= body_start;
        let keep_images = in_body || after_headline(i);
        if keep_images {
            for alt in &line.images {
                if alt.split_whitespace().count() > ALT_CAPTION_WORDS {
                    blocks.push(Block::new(BlockKind::Caption, normalise(alt)));
                }
            }
        }
        let image_before = after_image || !line.images.is_empty();
        after_image = !line.images.is_empty() && line.text.is_empty();
        let kind = if in_body {
            match class {
                // A security marking is printed at the top and the foot of the page alike.
                Class::Empty
                | Class::Separator
                | Class::Url
                | Class::Furniture
                | Class::Label(LabelKind::Marking) => None,
                Class::Stamp(t) => {
                    // Schema markup printed as text: read with the stamps after the body.
                    stamps.push(*t);
                    None
                }
                Class::Text | Class::Date(_) if meta_line(&line.text).is_some() => {
                    if let Some((p, m, cats)) = meta_line(&line.text) {
                        published = published.or(Some(p));
                        modified = m.or(modified);
                        categories.extend(cats);
                    }
                    None
                }
                _ => Some(body_kind(line)),
            }
        } else if header::keeps(line, class, after_headline(i)) {
            Some(match class {
                Class::Sender | Class::Contact => BlockKind::Meta,
                _ => body_kind(line),
            })
        } else {
            None
        };
        if let Some(kind) = kind.filter(|_| !line.text.is_empty()) {
            // MEM: moved, not copied: no later step reads the line's text.
            blocks.push(Block {
                kind,
                text: std::mem::take(&mut line.text),
                after_image: image_before,
                nav: in_body && *class == Class::Nav && line.link_only(),
                plain: matches!(class, Class::Text | Class::Nav),
            });
        }
    }
    // Machine timestamps printed in or after the body, before the sidebar: a pair is the
    // post's creation and its update, whatever the header said; one alone is the
    // publication when nothing else gave one, else the update.
    stamps.extend(
        classes
            .iter()
            .skip(end)
            .filter_map(|c| match c {
                Class::Stamp(t) => Some(*t),
                _ => None,
            })
            .filter(|t| published.is_none_or(|p| t.date() >= p.date())),
    );
    stamps.truncate(2);
    match stamps.as_slice() {
        [created, updated] if created.date() <= updated.date() => {
            published = published.or(Some(*created));
            modified = modified.or(Some(*updated));
        }
        _ => {
            for t in stamps {
                take_stamp(t, &mut published, &mut modified);
            }
        }
    }

    // --- split sentences, tail furniture, labels printed at the end of the body
    let body_texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    if join::split_at_links(&body_texts) {
        blocks = join::rejoin(blocks);
    }
    drop_tail_furniture(&mut blocks);
    if matches!(
        classes.get(end),
        Some(Class::Tail(TailKind::End) | Class::Copyright)
    ) {
        categories.extend(tail_labels(&mut blocks));
    }
    categories.extend(tags);
    drop(lines);
    let photos = photos::credits(&mut blocks);

    // --- the document
    let bytes = blocks
        .iter()
        .map(|b| b.text.len() + 1)
        .chain(title.as_ref().map(|t| t.len() + 1))
        .sum();
    let mut builder = TextBuilder::with_capacity(limits.max_text_bytes, bytes);
    if let Some(t) = &title {
        builder.push(BlockKind::Title, t)?;
    }
    let title_key = title.as_deref().map(comparable).unwrap_or_default();
    for b in &blocks {
        if !title_key.is_empty() && comparable(&b.text) == title_key {
            continue;
        }
        builder.push(b.kind, &b.text)?;
    }
    let (text, doc_blocks) = builder.finish();
    drop(blocks);
    if text.is_empty() {
        return Err(Error::NoText);
    }
    let mut doc = Document {
        text,
        blocks: doc_blocks,
        meta: Meta {
            title,
            published: published.map(|t| t.date()),
            modified,
            categories: dedup(categories),
            photos,
            dateline: None,
        },
    };
    super::meta::set_dateline(&mut doc);
    super::published_from_dateline_or_url(&mut doc, url);
    Ok(doc)
}

/// The block kind a body line takes from its markup.
fn body_kind(line: &Line) -> BlockKind {
    match line.form {
        Form::Heading(_) => BlockKind::Heading,
        Form::Item => BlockKind::ListItem,
        Form::Plain => BlockKind::Paragraph,
    }
}

/// A machine timestamp: the publication when none is known yet, else the update.
fn take_stamp(t: Timestamp, published: &mut Option<Timestamp>, modified: &mut Option<Timestamp>) {
    match published {
        None => *published = Some(t),
        Some(_) if modified.is_none() => *modified = Some(t),
        _ => {}
    }
}

fn dedup(list: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in list {
        let c = c.trim().to_owned();
        if !c.is_empty() && !out.iter().any(|x| x.eq_ignore_ascii_case(&c)) {
            out.push(c);
        }
    }
    out
}

/// `2018-07-21T09:42:10+00:00 Monday, 2 July 2018|Category|Other|`: a blog template's
/// meta line printed as text. The timestamp is the update, the worded date the
/// publication, the rest categories.
fn meta_line(line: &str) -> Option<(Timestamp, Option<Timestamp>, Vec<String>)> {
    if !line.contains('|') || line.len() > 400 {
        return None;
    }
    let first = line.split('|').next()?;
    let stamp = Timestamp::parse_lenient(first.split_whitespace().next()?)?;
    let rest = first
        .trim_start()
        .split_once(char::is_whitespace)
        .map(|(_, r)| r)
        .unwrap_or("");
    let worded = pagedate::parse_page_date(rest, None);
    let (published, modified) = match worded {
        Some(w) if w.date() <= stamp.date() => (w, Some(stamp)),
        Some(w) => (w, None),
        None => (stamp, None),
    };
    let cats = line
        .split('|')
        .skip(1)
        .map(normalise)
        .filter(|c| !c.is_empty())
        .collect();
    Some((published, modified, cats))
}

/// A short label line: a topic or section name, not a sentence.
fn is_label(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=6).contains(&words)
        && !line.ends_with(['.', '!', '?', ':', ';', ','])
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '#')
        && pagedate::parse_page_date(line, None).is_none()
}

/// Topic labels printed between the body and the tail: the short label lines the body
/// ends with, when a tail heading follows them and the body is a real one.
fn tail_labels(blocks: &mut Vec<Block>) -> Vec<String> {
    let mut labels = Vec::new();
    while let Some(last) = blocks.last() {
        if last.kind == BlockKind::Paragraph
            && last.plain
            && is_label(&last.text)
            && labels.len() < 6
        {
            labels.push(last.text.clone());
            blocks.pop();
        } else {
            break;
        }
    }
    let body_words: usize = blocks
        .iter()
        .map(|b| b.text.split_whitespace().count())
        .sum();
    labels.reverse();
    if body_words >= 40 {
        labels
    } else {
        blocks.extend(
            labels
                .into_iter()
                .map(|text| Block::new(BlockKind::Paragraph, text)),
        );
        Vec::new()
    }
}

/// After the body's last paragraph a saved page prints image sizes, author bylines twice
/// and links to other posts: numbers, repeated short lines and link-only lines go.
fn drop_tail_furniture(blocks: &mut Vec<Block>) {
    let Some(last_paragraph) = blocks
        .iter()
        .rposition(|b| !b.nav && b.text.split_whitespace().count() > 12)
    else {
        // No paragraph at all: links are all there is, and they are furniture.
        blocks.retain(|b| !b.nav);
        return;
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for b in blocks.iter().skip(last_paragraph + 1) {
        *seen.entry(b.text.clone()).or_default() += 1;
    }
    let mut i = 0;
    blocks.retain(|b| {
        i += 1;
        if i <= last_paragraph + 1 {
            return true;
        }
        let repeated = seen.get(&b.text).copied().unwrap_or(0) > 1;
        let number = b
            .text
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == 'x' || c == '×');
        !(b.nav || repeated || number)
    });
}

#[cfg(test)]
mod tests;
