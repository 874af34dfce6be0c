//! Where the release's text is, and its lines.
//!
//! The body is the container that gathers the most paragraph text with the fewest links
//! (readability's idea, simplified), unless the page marks its article body
//! (`itemprop=articleBody`) or a template names it with an article word and a body word
//! (`entry-content`, `story-body`, `article__text`). A profile's content selectors are
//! checked against that generic candidate: a root much smaller than it is a teaser or a
//! widget that the selector also matches, and is not the body.

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::{ElementRef, Node};

use super::parts::{any_name_word, is_silent_tag, own_names, Parts};
use crate::document::parse::{IdSet, NodeMap};
use crate::document::profile::CompiledProfile;
use crate::document::select::class_tokens;
use crate::document::select::{Dom, Sel};
use crate::document::{comparable, comparable_is, normalise, BlockKind};
use crate::lexicon::{self, Class};

/// A profile's roots must hold at least this share of the generic candidate's text.
const PROFILE_ROOT_SHARE: f64 = 0.3;

/// Whether the tag starts a new line of text (HTML's block elements).
pub(crate) fn block_kind(name: &str) -> Option<BlockKind> {
    match lexicon::value(Class::HtmlBlock, name)? {
        "heading" => Some(BlockKind::Heading),
        "list_item" => Some(BlockKind::ListItem),
        "caption" => Some(BlockKind::Caption),
        _ => Some(BlockKind::Paragraph),
    }
}

/// Tags skipped inside the body besides furniture: an article's own header (headline, date
/// line, byline: read as page facts) and footer (labels, share links).
fn is_skipped_tag(name: &str) -> bool {
    is_silent_tag(name) || matches!(name, "header" | "footer")
}

/// Whether a class or id names an article's body: an article word and a body word
/// (`entry-content`, `post-body`, `article__text`, `node--content`).
fn names_article_body(el: &scraper::node::Element) -> bool {
    own_names(el).any(|words| {
        words
            .iter()
            .any(|w| lexicon::contains(Class::PageArticleWord, w))
            && words
                .iter()
                .any(|w| lexicon::contains(Class::PageBodyWord, w))
    })
}

/// The elements that hold the body, outermost first, in document order.
pub(crate) fn roots<'a>(
    dom: &'a Dom,
    parts: &Parts,
    profile: Option<&'a CompiledProfile>,
) -> Vec<ElementRef<'a>> {
    let generic = generic_content(dom, parts);
    let mut roots: Vec<ElementRef<'_>> = Vec::new();
    if let Some(p) = profile {
        for sel in &p.content {
            roots.extend(dom.select(sel));
        }
    }
    roots = outermost(roots);
    if let Some(g) = generic {
        let total: usize = roots.iter().map(|r| parts.stat(r.id()).text).sum();
        let generic_text = parts.stat(g.id()).text as f64;
        let covers = roots
            .iter()
            .any(|r| r.id() == g.id() || is_ancestor(*r, g.id()));
        if !roots.is_empty() && !covers && (total as f64) < generic_text * PROFILE_ROOT_SHARE {
            roots.clear();
        }
    }
    if roots.is_empty() {
        roots.extend(generic);
    }
    if roots.is_empty() {
        roots.extend(dom.select(&BODY).next());
    }
    roots
}

static BODY: once_cell::sync::Lazy<Sel> =
    once_cell::sync::Lazy::new(|| Sel::parse("body").expect("body is a valid selector"));
static PARAGRAPHS: once_cell::sync::Lazy<Sel> = once_cell::sync::Lazy::new(|| {
    Sel::parse("p, pre, td, blockquote, li").expect("paragraph tags are a valid selector")
});
static TEXT_DIVS: once_cell::sync::Lazy<Sel> = once_cell::sync::Lazy::new(|| {
    Sel::parse("div, font").expect("text div tags are a valid selector")
});
static ARTICLE_BODY: once_cell::sync::Lazy<Sel> = once_cell::sync::Lazy::new(|| {
    Sel::parse("[itemprop=articleBody]").expect("articleBody is a valid selector")
});

/// Whether `anc` is an ancestor of `id`.
fn is_ancestor(anc: ElementRef<'_>, id: NodeId) -> bool {
    anc.tree()
        .get(id)
        .is_some_and(|n| n.ancestors().any(|a| a.id() == anc.id()))
}

/// `roots` without those inside another, in document order.
fn outermost(mut roots: Vec<ElementRef<'_>>) -> Vec<ElementRef<'_>> {
    roots.sort_by_key(|r| r.id());
    roots.dedup_by_key(|r| r.id());
    let ids: IdSet = roots.iter().map(|r| r.id()).collect();
    roots.retain(|r| !r.ancestors().any(|a| ids.contains(&a.id())));
    roots
}

/// The element that holds the body when no profile says.
pub(crate) fn generic_content<'a>(dom: &'a Dom, parts: &Parts) -> Option<ElementRef<'a>> {
    let scored = scored_content(dom, parts);
    let scored_text = scored.map_or(0, |s| parts.stat(s.id()).text);
    // A marked body is taken when it is not much smaller than what the scores find (a
    // teaser's `entry-content` in a sidebar is).
    let big_enough = |e: &ElementRef<'_>| {
        let t = parts.stat(e.id()).text;
        t > 150
            && !parts.is_furniture(e.id())
            && (t as f64 >= scored_text as f64 * PROFILE_ROOT_SHARE
                || scored.is_some_and(|s| is_ancestor(*e, s.id())))
    };
    if let Some(el) = dom.select(&ARTICLE_BODY).find(big_enough) {
        return Some(el);
    }
    // The size test first: it is one look-up, the name test reads every class's words.
    let named = dom
        .select(&TEXT_DIVS_AND_SECTIONS)
        .filter(big_enough)
        .filter(|e| names_article_body(e.value()))
        .max_by_key(|e| (parts.stat(e.id()).text, std::cmp::Reverse(e.id())));
    named.or(scored)
}

static TEXT_DIVS_AND_SECTIONS: once_cell::sync::Lazy<Sel> = once_cell::sync::Lazy::new(|| {
    Sel::parse("div, section, article, main, td").expect("containers are a valid selector")
});

/// The container that gathers the most paragraph text with the fewest links.
fn scored_content<'a>(dom: &'a Dom, parts: &Parts) -> Option<ElementRef<'a>> {
    let mut scores: NodeMap<f64> = NodeMap::with_nodes(dom.node_count());
    // The scored elements, each once, in the order first scored.
    let mut scored: Vec<NodeId> = Vec::new();
    let mut add = |id: NodeId, score: f64| {
        scores.update(id, |s| {
            if *s == 0.0 {
                scored.push(id);
            }
            *s += score;
        });
    };
    // Paragraphs, and the text-only `div`s and `font`s of generated pages (SEC exhibits,
    // old CMSs) that have no `<p>` at all.
    let inline_only = |e: &ElementRef<'_>| {
        e.children()
            .filter_map(ElementRef::wrap)
            .all(|c| block_kind(c.value().name()).is_none())
    };
    let paragraphs = dom.select(&PARAGRAPHS).map(|p| (p, false));
    let text_divs = dom
        .select(&TEXT_DIVS)
        .filter(inline_only)
        .map(|p| (p, true));
    let sums = text_sums(dom);
    for (p, is_div) in paragraphs.chain(text_divs) {
        let (len, commas) = sums.get(p.id()).unwrap_or_else(|| {
            // An element the walk from the root does not reach (in a subtree the parser
            // detached): its text read here.
            let len = p.text().map(str::len).sum::<usize>();
            let commas = p.text().map(|t| t.matches(',').count()).sum();
            (len, commas)
        });
        if len < 40 {
            continue;
        }
        let score = 1.0 + commas as f64 + (len as f64 / 100.0).min(3.0);
        // A text-only div is itself a container of text (a blog post body of `<br>` lines).
        if is_div {
            add(p.id(), score);
        }
        if let Some(parent) = p.parent() {
            add(parent.id(), score);
            if let Some(grand) = parent.parent() {
                add(grand.id(), score / 2.0);
            }
        }
    }
    let mut ranked: Vec<(NodeId, f64)> = scored.iter().map(|&id| (id, scores.get(id))).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut best: Option<(ElementRef<'_>, f64)> = None;
    for (id, score) in ranked.into_iter().take(8) {
        let Some(el) = dom.tree.get(id).and_then(ElementRef::wrap) else {
            continue;
        };
        if parts.is_furniture(id) {
            continue;
        }
        let adjusted = score * (1.0 - parts.stat(id).link_density());
        if best.is_none_or(|(_, s)| adjusted > s) {
            best = Some((el, adjusted));
        }
    }
    best.filter(|(_, s)| *s >= 3.0).map(|(e, _)| e)
}

/// For each element that [`scored_content`] scores (the tags of `PARAGRAPHS` and
/// `TEXT_DIVS`), the bytes of all its text nodes and the commas in them, summed in one
/// walk of the page instead of one walk of each element's subtree (nested table cells and
/// divs would read the same text once per ancestor). Commas are counted node by node: a
/// comma is one byte, never split between nodes.
fn text_sums(dom: &Dom) -> NodeMap<Option<(usize, usize)>> {
    let mut out: NodeMap<Option<(usize, usize)>> = NodeMap::with_nodes(dom.node_count());
    let mut stack: Vec<(NodeId, usize, usize)> = Vec::new();
    for edge in dom.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(_) => stack.push((node.id(), 0, 0)),
                Node::Text(t) => {
                    if let Some(top) = stack.last_mut() {
                        top.1 += t.len();
                        top.2 += t.bytes().filter(|&b| b == b',').count();
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                let Some(el) = node.value().as_element() else {
                    continue;
                };
                let Some((id, len, commas)) = stack.pop() else {
                    continue;
                };
                if let Some(parent) = stack.last_mut() {
                    parent.1 += len;
                    parent.2 += commas;
                }
                if matches!(
                    el.name(),
                    "p" | "pre" | "td" | "blockquote" | "li" | "div" | "font"
                ) {
                    out.set(id, Some((len, commas)));
                }
            }
        }
    }
    out
}

/// Whether a class of the element names a caption or its credit.
pub(crate) fn names_caption(el: &scraper::node::Element) -> bool {
    class_tokens(el).any(|c| any_name_word(c, |w| lexicon::contains(Class::PageCaptionWord, w)))
}

/// Whether a text node is a field of an SGML wrapper around the page (an archive's
/// `<TYPE>EX-99.1`, `<FILENAME>x.htm`): a short value right inside an element that HTML
/// does not define and that is neither a custom element (`my-card`) nor a namespaced one
/// (`st1:place` of word processors, which holds running text).
fn is_wrapper_field(text: ego_tree::NodeRef<'_, Node>) -> bool {
    let Some(parent) = text
        .parent()
        .and_then(|p| p.value().as_element().map(|e| e.name()))
    else {
        return false;
    };
    let value = text.value().as_text().map_or("", |t| t.trim());
    !value.is_empty()
        && value.len() <= 80
        && !value.contains('\n')
        && !parent.contains(['-', ':'])
        && !lexicon::contains(Class::HtmlElement, parent)
}

/// Walks `root` and pushes its lines, skipping furniture and `skip` subtrees; a line equal
/// to the headline is not pushed (the headline is the text's first line already).
pub(crate) fn walk(
    root: ElementRef<'_>,
    parts: &Parts,
    skip: &IdSet,
    title: Option<&str>,
    out: &mut Vec<(BlockKind, String, NodeId)>,
) {
    let mut buf = String::new();
    let mut kinds: Vec<(NodeId, BlockKind)> = Vec::new();
    let mut skipping: Option<NodeId> = None;
    let title_key = title.map(comparable);
    let flush = |buf: &mut String,
                 kinds: &[(NodeId, BlockKind)],
                 out: &mut Vec<(BlockKind, String, NodeId)>| {
        let text = normalise(buf);
        buf.clear();
        if text.is_empty() {
            return;
        }
        if title_key
            .as_deref()
            .is_some_and(|t| comparable_is(&text, t))
        {
            return;
        }
        let (id, kind) = kinds
            .last()
            .copied()
            .unwrap_or((root.id(), BlockKind::Paragraph));
        out.push((kind, text, id));
    };
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) => {
                        let name = el.name();
                        if node.id() != root.id()
                            && (is_skipped_tag(name)
                                || parts.is_furniture_root(node.id())
                                || skip.contains(&node.id()))
                        {
                            skipping = Some(node.id());
                            continue;
                        }
                        if name == "br" {
                            flush(&mut buf, &kinds, out);
                        } else if let Some(kind) = block_kind(name) {
                            flush(&mut buf, &kinds, out);
                            let kind = if names_caption(el) {
                                BlockKind::Caption
                            } else {
                                kind
                            };
                            kinds.push((node.id(), kind));
                        } else if matches!(name, "span" | "a" | "strong" | "b" | "em" | "i")
                            && names_caption(el)
                        {
                            flush(&mut buf, &kinds, out);
                            kinds.push((node.id(), BlockKind::Caption));
                        }
                    }
                    Node::Text(t) => {
                        if is_wrapper_field(node) {
                            continue;
                        }
                        if buf.len() < 1 << 20 {
                            buf.push_str(t);
                        } else {
                            flush(&mut buf, &kinds, out);
                            buf.push_str(t);
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if kinds.last().is_some_and(|(id, _)| *id == node.id()) {
                    flush(&mut buf, &kinds, out);
                    kinds.pop();
                }
            }
        }
    }
    flush(&mut buf, &kinds, out);
}

/// Parses the content selectors now (see [`crate::document::prepare`]).
pub(super) fn prepare() {
    once_cell::sync::Lazy::force(&BODY);
    once_cell::sync::Lazy::force(&PARAGRAPHS);
    once_cell::sync::Lazy::force(&TEXT_DIVS);
    once_cell::sync::Lazy::force(&ARTICLE_BODY);
    once_cell::sync::Lazy::force(&TEXT_DIVS_AND_SECTIONS);
}
