//! The walk over a page's body that sees the dates a reader sees: the headline's place,
//! the dates of date-bearing elements (`<time>`, elements whose class names a date) and the
//! short lines that carry a date, each with how far its page part is from the article.

use crate::document::select::{AttrOf, NameMemo};
use std::cell::RefCell;
use std::collections::HashMap;

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use once_cell::sync::Lazy;
use regex::Regex;
use scraper::{ElementRef, Node};

use super::parse::{
    cue_before, line_date, parse_page_date, parse_page_date_at, update_in_line, Cue,
};
use super::sources::{element_text, spaced_text};
use super::Dom;
use crate::date::{DateOrder, Timestamp};
use crate::document::parse::NodeMap;
use crate::document::{comparable, normalise};
use crate::lexicon::{self, Class};

/// What kind of element a seen date was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Source {
    /// A `<time>` element.
    Time,
    /// An element whose class, id or itemprop names a date.
    Hinted,
    /// A short line of text that carries a date.
    Line,
}

/// A date the page states, with where it stands relative to the headline.
#[derive(Clone, Copy, Debug)]
pub(super) struct Seen {
    pub ts: Timestamp,
    pub source: Source,
    /// Visible-text offset of the element or line that holds it.
    pub pos: usize,
    /// Inside comments, sidebars, related stories, navigation or the page footer.
    pub noise: Noise,
    /// Marked as an update ("Updated", "Aktualisiert", `class="updated"`).
    pub updated: bool,
    /// A stamp line: the date and a few words of label, not a sentence that mentions a
    /// date ("Last modified 3 May 2021", not "Our cookie policy was last updated on …").
    pub stamp: bool,
}

/// The most words a stamp line holds, its date's among them.
const STAMP_WORDS: usize = 8;

selector!(BODY, "body");

/// How far a page part is from the article: its dates belong to other items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Noise {
    /// The article and its header.
    #[default]
    None,
    /// Teasers and lists of other stories: their dates are often the article's own
    /// siblings', sometimes the article's.
    Teaser,
    /// Comments and replies: later than the article, the first of them often the same day
    /// (and on a forum, the first post is the article).
    Comment,
    /// A sidebar, aside or footer: the page's, unless it is the article's own.
    Layout,
    /// Comments, navigation, share bars, cookie and newsletter boxes.
    Furniture,
}

/// A noise level as the lexicon's page-part classes name it.
fn level(name: &str) -> Noise {
    match name {
        "furniture" => Noise::Furniture,
        "comment" => Noise::Comment,
        "layout" => Noise::Layout,
        "teaser" => Noise::Teaser,
        _ => Noise::None,
    }
}

/// One case-insensitive pattern per noise level over a class or id attribute: the
/// level's fragments anywhere, its whole class words only as words.
fn level_pattern(name: &str) -> Regex {
    let of = |class: Class| -> Vec<String> {
        lexicon::entries(class)
            .filter(|(_, v)| *v == name)
            .map(|(k, _)| regex::escape(k))
            .collect()
    };
    let mut parts = of(Class::PagePartFragment);
    let words = of(Class::PagePartWord);
    if !words.is_empty() {
        parts.push(format!(r"(?:^|\s)(?:{})(?:\s|$)", words.join("|")));
    }
    if parts.is_empty() {
        parts.push("[^\\s\\S]".to_owned()); // matches nothing
    }
    Regex::new(&format!("(?i){}", parts.join("|"))).expect("page-part words make a valid pattern")
}

/// Class and id words, one pattern per level.
struct NoiseWords {
    furniture: Regex,
    comment: Regex,
    layout: Regex,
    teaser: Regex,
}

static WORDS: Lazy<NoiseWords> = Lazy::new(|| NoiseWords {
    furniture: level_pattern("furniture"),
    comment: level_pattern("comment"),
    layout: level_pattern("layout"),
    teaser: level_pattern("teaser"),
});

/// Date-hint words of class names: any hint, and the hints of an update stamp.
static HINT: Lazy<(Regex, Regex)> = Lazy::new(|| {
    let words = |pick: &dyn Fn(&str) -> bool| -> String {
        let all: Vec<String> = lexicon::entries(Class::PageDateHint)
            .filter(|(_, v)| pick(v))
            .map(|(k, _)| regex::escape(k))
            .collect();
        format!("(?i){}", all.join("|"))
    };
    let build = |p: String| Regex::new(&p).expect("date hint words make a valid pattern");
    (build(words(&|_| true)), build(words(&|v| v == "updated")))
});

/// Compiles the page-part and date-hint patterns and parses the body selector now.
pub(super) fn prepare() {
    Lazy::force(&BODY);
    Lazy::force(&WORDS);
    Lazy::force(&HINT);
}

/// The noise level that an element's tag, class, id or role gives it.
fn noise_of(el: ElementRef<'_>) -> Noise {
    let e = el.value();
    let mut level = lexicon::value(Class::PagePartTag, e.name()).map_or(Noise::None, self::level);
    if let Some(role) = e
        .attr_of("role")
        .and_then(|r| lexicon::value(Class::PagePartRole, r))
    {
        level = level.max(self::level(role));
    }
    let w = &*WORDS;
    for v in [e.attr_of("class"), e.id()].into_iter().flatten() {
        let part = if w.furniture.is_match(v) {
            Noise::Furniture
        } else if w.comment.is_match(v) {
            Noise::Comment
        } else if w.layout.is_match(v) {
            Noise::Layout
        } else if w.teaser.is_match(v)
            || (v.to_ascii_lowercase().contains("teaser") && repeated(el))
        {
            Noise::Teaser
        } else {
            Noise::None
        };
        level = level.max(part);
    }
    level
}

/// Whether `el` is one of several siblings of its kind: a teaser in a list of teasers,
/// not the one box that holds the article.
fn repeated(el: ElementRef<'_>) -> bool {
    let Some(class) = el.value().attr_of("class") else {
        return false;
    };
    let Some(parent) = el.parent() else {
        return false;
    };
    parent
        .children()
        .filter_map(ElementRef::wrap)
        .filter(|s| s.value().attr_of("class") == Some(class))
        .take(2)
        .count()
        >= 2
}

/// Class, id and itemprop words of elements that hold a date: `Some(updated)` for a
/// date-bearing element, `updated` when the words mark an update stamp.
///
/// `memo` holds each attribute value's verdict (hint, update) for the page: templates
/// repeat the same class on hundreds of elements.
fn date_hint<'a>(
    el: &'a scraper::node::Element,
    memo: &mut HashMap<&'a str, (bool, bool)>,
) -> Option<bool> {
    let (hint, update) = &*HINT;
    let mut hit = el.name() == "time";
    let mut updated = false;
    for v in [el.attr_of("class"), el.id(), el.attr_of("itemprop")]
        .into_iter()
        .flatten()
    {
        let (is_hint, is_update) = *memo.entry(v).or_insert_with(|| {
            let is_hint = hint.is_match(v);
            (is_hint, is_hint && update.is_match(v))
        });
        if is_hint {
            hit = true;
            updated |= is_update;
        }
    }
    hit.then_some(updated)
}

/// What one walk over the body saw.
#[derive(Debug, Default)]
pub(super) struct Scan {
    /// Visible-text offsets of the headline's start and end.
    pub headline: Option<(usize, usize)>,
    pub seen: Vec<Seen>,
    /// The part of the page that holds the headline.
    pub frame: Frame,
}

/// One line of visible text, its offset and the element it starts in.
struct Line {
    text: String,
    pos: usize,
    node: NodeId,
}

/// Walks the body once: the headline's place, the dates of date-bearing elements, and
/// the short lines that carry a date.
pub(super) fn scan(dom: &Dom, order: Option<DateOrder>, titles: &[String]) -> Scan {
    let Some(body) = dom.select(&BODY).next() else {
        return Scan::default();
    };
    let mut pos = 0usize;
    let mut skip_at: Option<NodeId> = None;
    let mut line = String::new();
    let mut line_start = (0usize, body.id());
    let mut lines: Vec<Line> = Vec::new();
    // Headings that may be the headline: start and end offsets, node, and whether an `h1`.
    let mut heads: Vec<(usize, usize, NodeId, bool)> = Vec::new();
    let mut open_heads: Vec<(NodeId, usize, bool)> = Vec::new();
    let mut hinted: Vec<(ElementRef<'_>, usize, bool)> = Vec::new();
    let mut hint_memo: HashMap<&str, (bool, bool)> = HashMap::new();
    // Each tag name's `pagedate_tag` value, looked up once per page.
    // Keyed with the standard library's keyed hasher: a page chooses its tag names.
    let mut tag_memo: NameMemo<Option<&'static str>> = NameMemo::default();
    let mut tag_of = |el: &scraper::node::Element| -> Option<&'static str> {
        tag_memo.get(&el.name.local, || {
            lexicon::value(Class::PagedateTag, el.name())
        })
    };
    let flush = |line: &mut String, lines: &mut Vec<Line>, start: (usize, NodeId)| {
        if line.bytes().any(|b| b.is_ascii_digit()) && lines.len() < 20_000 {
            lines.push(Line {
                text: normalise(line),
                pos: start.0,
                node: start.1,
            });
        }
        line.clear();
    };
    for edge in body.traverse() {
        match edge {
            Edge::Open(node) => {
                if skip_at.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) => {
                        let name = el.name();
                        // One look-up serves both questions.
                        let tag = tag_of(el);
                        if tag == Some("invisible") {
                            skip_at = Some(node.id());
                            continue;
                        }
                        if tag == Some("block") {
                            flush(&mut line, &mut lines, line_start);
                            line_start = (pos, node.id());
                        }
                        if matches!(name, "h1" | "h2" | "h3")
                            || el.attr_of("itemprop") == Some("headline")
                        {
                            open_heads.push((node.id(), pos, name == "h1"));
                        }
                        // `<meta>` and `<link>` in the body are markup, not what a reader sees.
                        if node.id() != body.id() && !matches!(name, "meta" | "link") {
                            if let Some(updated) = date_hint(el, &mut hint_memo) {
                                if let Some(e) =
                                    ElementRef::wrap(node).filter(|_| hinted.len() < 600)
                                {
                                    hinted.push((e, pos, updated));
                                }
                            }
                        }
                    }
                    Node::Text(t) => {
                        let t: &str = t;
                        let trimmed = t.trim().len();
                        if trimmed > 0 {
                            if line.len() < 2000 {
                                line.push_str(t);
                            }
                            pos += trimmed + 1;
                        } else if !line.is_empty() {
                            line.push(' ');
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip_at == Some(node.id()) {
                    skip_at = None;
                    continue;
                }
                if skip_at.is_some() {
                    continue;
                }
                if let Some(el) = node.value().as_element() {
                    if tag_of(el) == Some("block") {
                        flush(&mut line, &mut lines, line_start);
                        line_start = (pos, node.parent().map_or(node.id(), |p| p.id()));
                    }
                    if let Some(&(id, start, h1)) = open_heads.last() {
                        if id == node.id() {
                            if heads.len() < 2000 {
                                heads.push((start, pos, id, h1));
                            }
                            open_heads.pop();
                        }
                    }
                }
            }
        }
    }
    flush(&mut line, &mut lines, line_start);

    // The headline is the `h1` that the page's title repeats, else another heading that
    // it repeats, else the first `h1` outside furniture that reads like a headline.
    let heads: Vec<(usize, usize, ElementRef<'_>, bool)> = heads
        .into_iter()
        .filter_map(|(s, e, id, h1)| Some((s, e, dom.tree.get(id).and_then(ElementRef::wrap)?, h1)))
        .collect();
    // The title holds the heading (after a site name, before a section), or the heading
    // goes on where a shortened title stops.
    let in_title = |el: ElementRef<'_>| {
        let k = comparable(&element_text(el));
        k.len() >= 8
            && titles.iter().any(|t| {
                t.contains(&k)
                    || t.char_indices()
                        .nth(24)
                        .and_then(|(i, _)| t.get(..i))
                        .is_some_and(|head| k.starts_with(head))
            })
    };
    let headline_el = heads
        .iter()
        .find(|h| h.3 && in_title(h.2))
        .or_else(|| heads.iter().find(|h| !h.3 && in_title(h.2)))
        .or_else(|| {
            heads.iter().find(|h| {
                h.3 && noise_above(h.2, &Frame::default()) == Noise::None
                    && element_text(h.2).split_whitespace().count() >= 2
            })
        });
    let headline = headline_el.map(|h| (h.0, h.1));
    // Furniture is judged after the walk: a wrapper whose class says "sidebar" but that
    // holds the headline is the page's layout, not a sidebar.
    let frame = Frame::around(headline_el.map(|h| h.2));
    let noise = |el: ElementRef<'_>| noise_above(el, &frame);

    let mut seen = Vec::new();
    for (el, at, updated) in hinted {
        // A wrapper around the headline would read a date the headline mentions.
        let holds_headline = frame.keep.contains(&el.id());
        if let Some((ts, cue)) = hinted_date(el, order, !holds_headline) {
            seen.push(Seen {
                ts,
                source: if el.value().name() == "time" {
                    Source::Time
                } else {
                    Source::Hinted
                },
                pos: at,
                noise: noise(el),
                updated: updated || cue == Cue::Updated,
                stamp: false,
            });
        }
    }
    for l in &lines {
        // The headline's first line may name a date of its own ("Results of 19.5.2007");
        // a line under it inside the heading (`<h1>…<br><small>2.2.2022</small>`) dates it.
        if headline.is_some_and(|(s, _)| l.pos == s) {
            continue;
        }
        if let Some((ts, cue)) = line_date(&l.text, order) {
            let el = dom.tree.get(l.node).and_then(ElementRef::wrap);
            let noise = el.map_or(Noise::None, noise);
            let cue = match (cue, el) {
                (Cue::None, Some(e)) => label_cue(e),
                _ => cue,
            };
            let stamp = l.text.split_whitespace().count() <= STAMP_WORDS;
            seen.push(Seen {
                ts,
                source: Source::Line,
                pos: l.pos,
                noise,
                updated: cue == Cue::Updated,
                stamp,
            });
            // "Published 4 March | Updated 9 March": the line's second date is its update.
            if let Some(ts) = (cue != Cue::Updated)
                .then(|| update_in_line(&l.text, order))
                .flatten()
            {
                seen.push(Seen {
                    ts,
                    source: Source::Line,
                    pos: l.pos,
                    noise,
                    updated: true,
                    stamp,
                });
            }
        }
    }
    Scan {
        headline,
        seen,
        frame,
    }
}

/// The cue a value cell's label gives its date: a definition list's term (`<dt>Last
/// updated</dt><dd>5 June 2024</dd>`) or a table row's header (`<th>Released</th><td>…`).
fn label_cue(cell: ElementRef<'_>) -> Cue {
    let label = match cell.value().name() {
        "dd" => "dt",
        "td" => "th",
        _ => return Cue::None,
    };
    let Some(term) = cell
        .prev_siblings()
        .filter_map(ElementRef::wrap)
        .next()
        .filter(|e| e.value().name() == label)
    else {
        return Cue::None;
    };
    let text = element_text(term);
    if text.len() > 60 {
        return Cue::None;
    }
    let text = format!("{} ", text.trim_end_matches(':'));
    cue_before(&text, text.len())
}

/// The part of the page that holds the headline, against which furniture is judged.
#[derive(Debug, Default)]
pub(super) struct Frame {
    /// The headline's ancestors: the page's layout, never furniture.
    pub keep: Vec<NodeId>,
    /// The headline's `<article>` (or schema.org article item): its own sidebar, aside
    /// and footer hold its byline and date.
    pub article: Option<NodeId>,
    /// Each element's own noise level, as it is asked for.
    pub own: RefCell<NodeMap<Option<Noise>>>,
}

impl Frame {
    fn around(headline: Option<ElementRef<'_>>) -> Frame {
        let Some(h) = headline else {
            return Frame::default();
        };
        let keep: Vec<NodeId> = h.ancestors().map(|a| a.id()).collect();
        let article = h
            .ancestors()
            .filter_map(ElementRef::wrap)
            .find(|a| {
                a.value().name() == "article"
                    || a.value().attr_of("itemtype").is_some_and(|t| {
                        t.contains("Article") || t.contains("BlogPosting") || t.contains("Posting")
                    })
            })
            .map(|a| a.id());
        Frame {
            keep,
            article,
            own: RefCell::default(),
        }
    }
}

/// The noise level of `el`: the highest of its own and its ancestors'.
pub(super) fn noise_above(el: ElementRef<'_>, frame: &Frame) -> Noise {
    let chain: Vec<ElementRef<'_>> = std::iter::once(el)
        .chain(el.ancestors().filter_map(ElementRef::wrap))
        .take(64)
        .collect();
    let in_article = frame
        .article
        .is_some_and(|art| chain.iter().any(|a| a.id() == art));
    let mut memo = frame.own.borrow_mut();
    let mut level = Noise::None;
    // Walking down from the root: whether an `<article>` is above the current element.
    let mut article_above = false;
    for a in chain.iter().rev() {
        let name = a.value().name();
        if !frame.keep.contains(&a.id()) && !matches!(name, "body" | "html") {
            let own = memo.get(a.id()).unwrap_or_else(|| {
                let n = noise_of(*a);
                memo.set(a.id(), Some(n));
                n
            });
            level = level.max(match own {
                // An article's own aside, sidebar column and footer hold its byline and date.
                Noise::Layout if in_article || article_above => Noise::None,
                n => n,
            });
        }
        article_above |= name == "article";
    }
    level
}

/// The date of a date-bearing element: a machine-readable attribute, else its short text.
fn hinted_date(
    el: ElementRef<'_>,
    order: Option<DateOrder>,
    read_text: bool,
) -> Option<(Timestamp, Cue)> {
    let v = el.value();
    for attr in ["datetime", "content", "data-date", "data-datetime", "title"] {
        if let Some(t) = v.attr_of(attr).and_then(|a| parse_page_date(a, order)) {
            let cue = spaced_text(el, 200).map_or(Cue::None, |text| {
                let start = parse_page_date_at(&text, order).map_or(text.len(), |(_, s)| s);
                cue_before(&text, start)
            });
            return Some((t, cue));
        }
    }
    if !read_text {
        return None;
    }
    let text = spaced_text(el, 200)?;
    let (t, start) = parse_page_date_at(&text, order)?;
    Some((t, cue_before(&text, start)))
}
