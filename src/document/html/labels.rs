//! The release's labels: its topic and tag labels, and its photos' captions and credits.
//!
//! Labels are read from the page's structure, not from one template's class names:
//! - a topic label is a short link into a topic, tag or category archive (`rel=tag`, or a
//!   path segment such as `/topics/…`), or an item of a list that a template names as
//!   labels or that a cue introduces ("Tags:", "Filed under"), shown with the release:
//!   inside the article around the body, not in a menu, a breadcrumb trail or a sidebar;
//! - a caption is a `figcaption` or an element a template names as a caption or a credit,
//!   beside an image; its credit is the part a template marks as the credit, or what
//!   follows a credit cue ("Photo:", "©").

use crate::document::select::class_tokens;
use crate::document::select::AttrOf;
use ego_tree::NodeId;
use scraper::ElementRef;

use super::content::names_caption;
use super::parts::{any_name_word, own_names, Part, Parts};
use crate::document::meta;
use crate::document::normalise;
use crate::document::pagedate::element_text;
use crate::document::parse::IdSet;
use crate::document::select::{inside_named, links_inside};
use crate::lexicon::{self, Class};
use crate::model::Photo;

/// What a photo is shown with.
const IMAGES: &[&str] = &["img", "picture", "figure"];

const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// The most labels one list gives: a longer list is a tag cloud or a menu.
const MAX_LABELS: usize = 12;

/// Whether a label's text can be a topic: one to eight words, not a sentence, not a count.
fn is_label_text(t: &str) -> bool {
    let words = t.split_whitespace().count();
    (1..=8).contains(&words)
        && t.len() <= 80
        && t.chars().any(char::is_alphabetic)
        && !t.ends_with(['.', '!', '?', ':'])
}

/// Whether a link points into a topic, tag or category archive: `rel=tag` or
/// `rel=category`, or a path segment or query key of `page_taxonomy_path`
/// (`/tag/energy/`, `/topics/water`, `?category=12`).
pub(crate) fn is_taxonomy_link(a: &scraper::node::Element) -> bool {
    if a.attr_of("rel").is_some_and(|r| {
        r.split_whitespace()
            .any(|w| matches!(w, "tag" | "category"))
    }) {
        return true;
    }
    let Some(href) = a.attr_of("href") else {
        return false;
    };
    let path = href.split_once("://").map_or(href, |(_, rest)| {
        rest.split_once('/').map_or("", |(_, p)| p)
    });
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    // The archive word must be followed by the label's own segment.
    let in_path = segments
        .iter()
        .take(segments.len().saturating_sub(1))
        .any(|s| lexicon::contains(Class::PageTaxonomyPath, s));
    let in_query = query.split('&').any(|kv| {
        kv.split_once('=')
            .is_some_and(|(k, v)| !v.is_empty() && lexicon::contains(Class::PageTaxonomyPath, k))
    });
    in_path || in_query
}

/// Whether a class or id of `el` names a list of labels (`tags`, `post-categories`,
/// `field--topics`).
fn names_labels(el: &scraper::node::Element) -> bool {
    own_names(el).any(|words| {
        words
            .iter()
            .any(|w| lexicon::contains(Class::PageLabelWord, w))
    })
}

/// Whether `t` is a cue for labels ("Tags:", "Filed under", "Topics").
fn is_label_cue(t: &str) -> bool {
    let t = t.trim().trim_end_matches([':', '|', '-', '–']).trim();
    !t.is_empty()
        && (lexicon::contains(Class::PageLabelCue, t)
            || matches!(lexicon::value(Class::PageTail, t), Some("tags" | "topics")))
}

/// Where a release's own labels can be: the smallest element that holds its headline and
/// every part of its body, one level up (labels often follow the article's wrapper).
pub(crate) fn article_scope<'a>(
    roots: &[ElementRef<'a>],
    headline: Option<ElementRef<'a>>,
) -> Option<ElementRef<'a>> {
    let mut parts = roots.iter().copied().chain(headline);
    let first = parts.next()?;
    let mut common = if roots.len() == 1 && headline.is_none() {
        first.parent().and_then(ElementRef::wrap).unwrap_or(first)
    } else {
        first
    };
    for other in parts {
        let above: IdSet = std::iter::once(*other)
            .chain(other.ancestors())
            .map(|n| n.id())
            .collect();
        common = std::iter::once(*common)
            .chain(common.ancestors())
            .find(|n| above.contains(&n.id()))
            .and_then(ElementRef::wrap)?;
    }
    common
        .parent()
        .and_then(ElementRef::wrap)
        .filter(|p| !matches!(p.value().name(), "html"))
        .or(Some(common))
}

/// Whether a label at `id` may be the release's: outside furniture, or in a small block
/// of links or a small named row that is itself the label list with little else (a tag
/// row, a post footer of labels, share and comment links), not a menu, a sidebar or a
/// teaser list around it.
fn label_place_ok(parts: &Parts, id: NodeId, list: NodeId) -> bool {
    match parts.furniture_of(id) {
        None => true,
        Some((root, Part::Links | Part::Named)) => {
            let (r, l) = (parts.stat(root).text, parts.stat(list).text);
            r <= l.saturating_mul(3).max(l + 40)
        }
        Some(_) => false,
    }
}

/// Whether a list is a breadcrumb trail: its first link goes to the home page, or it is
/// named or labelled so.
fn is_trail(list: ElementRef<'_>) -> bool {
    let first = list
        .descendants()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "a");
    first.is_some_and(|a| {
        a.value().attr_of("href").is_some_and(|h| {
            let h = h.trim();
            h == "/"
                || h.split_once("://")
                    .is_some_and(|(_, r)| !r.trim_end_matches('/').contains('/'))
        })
    })
}

/// The release's topic and tag labels.
pub(crate) fn categories(parts: &Parts, scope: Option<ElementRef<'_>>) -> Vec<String> {
    let Some(scope) = scope else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    let mut seen_lists = IdSet::default();
    // Links into label archives, grouped by their list (the nearest block ancestor).
    for a in links_inside(scope).take(2000) {
        if !is_taxonomy_link(a.value()) {
            continue;
        }
        let list = label_list(a);
        if !label_place_ok(parts, a.id(), list.id()) || is_trail(list) {
            continue;
        }
        if !seen_lists.insert(list.id()) {
            continue;
        }
        // A link to a topic page inside a sentence is not a label.
        // A cue before the links ("Tags:") is not prose.
        let stat = parts.stat(list.id());
        let cue = match element_text(list).split_once(':') {
            Some((cue, _)) if is_label_cue(cue) => {
                cue.bytes().filter(|b| !b.is_ascii_whitespace()).count() + 1
            }
            _ => 0,
        };
        if stat.link_text * 10 < stat.text.saturating_sub(cue) * 7 && !only_cues_between(list) {
            continue;
        }
        let items: Vec<String> = links_inside(list)
            .filter(|l| is_taxonomy_link(l.value()))
            .map(element_text)
            .filter(|t| is_label_text(t) && !is_label_cue(t))
            .collect();
        if items.len() <= MAX_LABELS {
            out.extend(items);
        }
    }
    // Lists a template names as labels, or that a cue introduces.
    if out.is_empty() {
        for el in scope
            .descendants()
            .filter_map(ElementRef::wrap)
            .take(20_000)
        {
            if parts.is_furniture(el.id()) {
                continue;
            }
            let named = names_labels(el.value()) && parts.stat(el.id()).text < 400;
            let cued = cue_before(el) || cue_opens(el);
            if !(named || cued) || seen_lists.iter().any(|id| is_inside(el, *id)) {
                continue;
            }
            let items = list_items(el);
            if !items.is_empty() && items.len() <= MAX_LABELS {
                seen_lists.insert(el.id());
                out.extend(items);
            }
        }
    }
    dedup(out)
}

/// Whether the text of a row of label links outside its links is only label cues and
/// separators: "Posted in Water | Tagged Energy, Ports" is a label row however short its
/// links are beside its cues.
fn only_cues_between(list: ElementRef<'_>) -> bool {
    let mut outside = String::new();
    for n in list.descendants() {
        let scraper::Node::Text(t) = n.value() else {
            continue;
        };
        let in_link = n
            .ancestors()
            .take_while(|a| a.id() != list.id())
            .any(|a| a.value().as_element().is_some_and(|e| e.name() == "a"));
        if !in_link {
            outside.push_str(t);
            outside.push(' ');
            if outside.len() > 200 {
                return false;
            }
        }
    }
    let pieces: Vec<&str> = outside
        .split([',', '|', ';', '·', '•', '/'])
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
        .collect();
    !pieces.is_empty() && pieces.into_iter().all(is_label_cue)
}

/// Whether `el` is inside (or is) the element `id`.
fn is_inside(el: ElementRef<'_>, id: NodeId) -> bool {
    el.id() == id || el.ancestors().any(|a| a.id() == id)
}

/// The element that holds a label link with its siblings: the nearest `span`, `p`, `div`,
/// list or section above it (a list item's list).
fn label_list(a: ElementRef<'_>) -> ElementRef<'_> {
    let mut list = a;
    for n in a.ancestors().take(4) {
        let Some(e) = ElementRef::wrap(n) else { break };
        list = e;
        match e.value().name() {
            "li" | "dt" | "dd" => {
                if let Some(p) = e.parent().and_then(ElementRef::wrap) {
                    list = p;
                }
                break;
            }
            "ul" | "ol" | "dl" | "p" | "div" | "span" | "section" | "nav" | "td" => break,
            _ => {}
        }
    }
    list
}

/// Whether the text right before `el` (its previous sibling, or its own first words) is a
/// label cue ("Tags:").
fn cue_before(el: ElementRef<'_>) -> bool {
    let prev = el
        .prev_siblings()
        .find_map(|n| match n.value() {
            scraper::Node::Element(_) => ElementRef::wrap(n).map(element_text),
            scraper::Node::Text(t) => Some(normalise(t)).filter(|s| !s.is_empty()),
            _ => None,
        })
        .unwrap_or_default();
    is_label_cue(&prev)
}

/// Whether `el` is one line that opens with a label cue and its colon ("Topics: Water,
/// Energy", "<strong>Filed under:</strong> Water"): a block with no blocks inside, so that
/// a wrapper around the line and the text after it is not read as the list.
fn cue_opens(el: ElementRef<'_>) -> bool {
    if !matches!(
        el.value().name(),
        "p" | "div" | "li" | "dd" | "span" | "section"
    ) {
        return false;
    }
    let has_block = el
        .descendants()
        .skip(1)
        .filter_map(ElementRef::wrap)
        .any(|e| {
            matches!(
                e.value().name(),
                "p" | "div" | "li" | "ul" | "ol" | "dl" | "br" | "table" | "section"
            )
        });
    if has_block {
        return false;
    }
    let text = element_text(el);
    text.len() <= 300
        && text
            .split_once(':')
            .is_some_and(|(cue, _)| is_label_cue(cue))
}

/// The items of a label list: its links, else its list items, else its text split at
/// commas, with a leading cue dropped.
fn list_items(el: ElementRef<'_>) -> Vec<String> {
    let links: Vec<String> = links_inside(el)
        .map(element_text)
        .filter(|t| !is_label_cue(t))
        .collect();
    let items = if !links.is_empty() {
        links
    } else if matches!(el.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
        || inside_named(el, HEADINGS).next().is_some()
    {
        // A list's heading is its title, not one of its labels: a block with a heading and
        // no links is a section of the page, not a label row.
        return Vec::new();
    } else {
        let text = element_text(el);
        let text = match text.split_once(':') {
            Some((cue, rest)) if is_label_cue(cue) => rest.to_owned(),
            _ => text,
        };
        text.split([',', '|', ';'])
            .map(normalise)
            .filter(|s| !s.is_empty() && !is_label_cue(s))
            .collect()
    };
    if items.iter().all(|t| is_label_text(t)) {
        items
    } else {
        Vec::new()
    }
}

/// Labels trimmed, without empty or overlong ones, each once whatever its case.
pub(super) fn dedup(items: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in items {
        let c = c.trim().trim_end_matches(',').trim().to_owned();
        if !c.is_empty() && c.len() < 100 && !out.iter().any(|x| x.eq_ignore_ascii_case(&c)) {
            out.push(c);
        }
    }
    out
}

/// Whether a class of `el` names a credit line: by a credit word (`photo-credit`,
/// `copyright`), or by a source word with an image word (`picture-source`; a `source`
/// alone is as often a cited newspaper or a wire's "Source:" line).
fn names_credit(el: &scraper::node::Element) -> bool {
    class_tokens(el).any(|c| {
        let (mut source, mut image) = (false, false);
        any_name_word(c, |w| {
            source |= lexicon::contains(Class::PageSourceWord, w);
            image |= lexicon::contains(Class::PageImageWord, w);
            lexicon::contains(Class::PageCreditWord, w) || (source && image)
        })
    })
}

/// A caption box: a `figcaption`, or an element named as a caption or credit that sits
/// with an image (in a `figure`, or beside an image in its parent or grandparent).
fn is_caption_box(el: ElementRef<'_>) -> bool {
    let v = el.value();
    if v.name() == "figcaption" {
        return true;
    }
    if !(names_caption(v) || names_credit(v)) {
        return false;
    }
    el.ancestors()
        .take(3)
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "figure" || inside_named(a, IMAGES).next().is_some())
}

/// The block of the release's lead photo when the template sets it apart, above the
/// story's container (a hero image under the headline, a header picture before the text):
/// the nearest earlier sibling of the scope, or of one of its two nearest ancestors, that
/// is not furniture and holds a caption box.
fn lead_photo_block<'a>(parts: &Parts, scope: ElementRef<'a>) -> Option<ElementRef<'a>> {
    let levels = std::iter::once(scope).chain(scope.ancestors().filter_map(ElementRef::wrap));
    for level in levels.take(5) {
        if matches!(level.value().name(), "body" | "html") {
            return None;
        }
        let block = level
            .prev_siblings()
            .filter_map(ElementRef::wrap)
            .take(3)
            .filter(|b| !parts.is_furniture(b.id()))
            .find(|b| {
                b.descendants()
                    .filter_map(ElementRef::wrap)
                    .take(5_000)
                    .any(|e| !parts.is_furniture(e.id()) && is_caption_box(e))
            });
        if block.is_some() {
            return block;
        }
    }
    None
}

/// A photo found on the page: its caption box, the box's lines as the text shows them
/// (credit line and caption line apart when the template sets them apart), and the photo.
pub(crate) struct FoundPhoto {
    pub node: NodeId,
    pub lines: Vec<String>,
    pub photo: Photo,
}

/// The photos of the release: each caption box in `scope` (outermost boxes only), with
/// the credit its template marks or its cue gives.
pub(crate) fn photos(
    parts: &Parts,
    scope: Option<ElementRef<'_>>,
    headline: Option<&str>,
    skip: &IdSet,
) -> Vec<FoundPhoto> {
    let Some(scope) = scope else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut taken = IdSet::default();
    let lead = lead_photo_block(parts, scope);
    let candidates = lead
        .into_iter()
        .flat_map(|b| b.descendants().filter_map(ElementRef::wrap).take(5_000))
        .chain(
            scope
                .descendants()
                .filter_map(ElementRef::wrap)
                .take(50_000),
        );
    for el in candidates {
        if parts.is_furniture(el.id()) || skip.contains(&el.id()) || !is_caption_box(el) {
            continue;
        }
        if el.ancestors().any(|a| taken.contains(&a.id())) {
            continue;
        }
        let raw = element_text(el);
        if raw.is_empty()
            || raw.len() > 1200
            || headline.is_some_and(|h| super::headline::agree(h, &raw))
        {
            continue;
        }
        let Some((lines, photo)) = read_caption(el, &raw) else {
            continue;
        };
        taken.insert(el.id());
        out.push(FoundPhoto {
            node: el.id(),
            lines,
            photo,
        });
    }
    out
}

/// A caption box's lines, caption and credit: a marked credit line inside it gives the
/// credit and the rest is the caption; otherwise the cue splits the text (`… © AFP`).
fn read_caption(el: ElementRef<'_>, raw: &str) -> Option<(Vec<String>, Photo)> {
    let credit_el = el
        .descendants()
        .filter_map(ElementRef::wrap)
        .skip(1)
        .find(|e| names_credit(e.value()));
    if let Some(c) = credit_el {
        let credit_text = element_text(c);
        let (_, credit) = meta::split_credit(&credit_text);
        let credit = credit.or_else(|| {
            let t = credit_text.trim();
            credits_someone(t).then(|| t.to_owned())
        });
        let (before, after) = raw.split_once(credit_text.as_str()).unwrap_or((raw, ""));
        let rest = normalise(&format!("{before} {after}"));
        let lines = if before.trim().is_empty() {
            vec![credit_text.clone(), rest.clone()]
        } else {
            vec![normalise(before), credit_text.clone(), normalise(after)]
        };
        let caption = (!rest.is_empty()).then_some(rest);
        let lines = lines.into_iter().filter(|l| !l.is_empty()).collect();
        // A box named only as a credit whose credit line credits nobody is no photo's.
        let is_caption = el.value().name() == "figcaption" || names_caption(el.value());
        return (credit.is_some() || (is_caption && caption.is_some()))
            .then_some((lines, Photo { caption, credit }));
    }
    let (caption, credit) = match meta::split_credit(raw) {
        (caption, None) => match meta::credit_by(raw, &meta::CAPTION_SEPARATORS) {
            Some((c, credit)) => (c, Some(credit)),
            None => (caption, None),
        },
        found => found,
    };
    let lines = vec![raw.to_owned()];
    if names_credit(el.value()) && credit.is_none() {
        // A box that is only a credit line ("Jane Roe / Agency"); a post's date or number
        // in an element named so (a forum's "attribution" line) credits nobody.
        let t = caption?;
        return credits_someone(&t).then_some((
            lines,
            Photo {
                caption: None,
                credit: Some(t),
            },
        ));
    }
    (caption.is_some() || credit.is_some()).then_some((lines, Photo { caption, credit }))
}

/// Whether the text of an element named as a credit can be one: short, with words, and not
/// a date line (a forum post's "attribution" row holds its date and number).
fn credits_someone(t: &str) -> bool {
    !t.is_empty()
        && t.len() <= 120
        && t.chars().any(char::is_alphabetic)
        && super::super::text::date_line(t).is_none()
}
