//! HTML pages: the DOM becomes blocks of text, and page facts come from the profile's
//! selectors, `<meta>`, JSON-LD, `<time>` and visible date lines, in that order.
//!
//! The DOM walk is iterative (no recursion on page depth), and furniture (navigation,
//! sidebars, share bars, related stories, footers, cookie banners) is skipped by tag and
//! by class or id.

use std::collections::HashSet;

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use once_cell::sync::Lazy;
use scraper::{ElementRef, Node};

use super::meta;
use super::pagedate::{self, element_text, json_ld, ld_string, MetaTags};
use super::parse::IdSet;
use super::profile::CompiledProfile;
use super::select::{Dom, Sel};
use super::Limits;
use super::{comparable, normalise, BlockKind, DatelineFact, Document, Meta, TextBuilder};
use crate::error::Result;
use crate::model::Photo;

macro_rules! selector {
    ($name:ident, $css:expr) => {
        static $name: Lazy<Sel> =
            Lazy::new(|| Sel::parse($css).expect(concat!($css, " is a valid selector")));
    };
}

selector!(TITLE, "title");
selector!(H1, "h1");
selector!(BODY, "body");
selector!(PARAGRAPHS, "p, pre, td, blockquote, li");
selector!(TEXT_DIVS, "div, font");
selector!(GENERIC_CONTENT, "[itemprop=articleBody], .entry-content, .post-body, article .post-content, .article-body, .article__body, .story-body, .press-release-body, .news-body");
selector!(GENERIC_CATEGORIES, "a[rel~=tag], a[rel~=category], .tags a, .post-tags a, .categories a, .post-categories a, .post-labels a, .cat-links a, .tag-links a, .entry-tags a");
selector!(
    GENERIC_CAPTIONS,
    "figcaption, .wp-caption-text, .image-caption, .photo-caption, .caption-text, .media-caption, span.caption, div.caption, p.caption"
);

/// Tags whose content is never part of a release's text.
fn is_skipped_tag(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "nav"
            | "footer"
            | "aside"
            | "form"
            | "button"
            | "select"
            | "option"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "input"
            | "textarea"
            | "label"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "dialog"
            | "menu"
            | "header"
    )
}

/// Class or id words that mark page furniture.
fn is_furniture(el: &scraper::node::Element) -> bool {
    const EXACT: &[&str] = &[
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "sidebar",
        "share",
        "sharing",
        "social",
        "related",
        "comments",
        "comment",
        "cookie",
        "cookies",
        "banner",
        "newsletter",
        "subscribe",
        "promo",
        "advert",
        "ads",
        "ad",
        "sponsor",
        "modal",
        "popup",
        "skip-link",
        "footer",
        "masthead",
        "toolbar",
        "pagination",
        "pager",
        "hidden",
        "visually-hidden",
        "visuallyhidden",
        "sr-only",
        "screen-reader-text",
        "element-invisible",
        "print-only",
        "noprint",
        "tags",
        "post-tags",
    ];
    const PARTS: &[&str] = &[
        "share",
        "social",
        "breadcrumb",
        "cookie",
        "newsletter",
        "related",
        "sidebar",
        "comment",
        "navbar",
        "menu",
        "advert",
        "banner",
        "footer",
        "subscribe",
        "recommend",
        "popular",
        "most-read",
        "skip",
        "printlogo",
        "sharedaddy",
        "disqus",
        "outbrain",
        "taboola",
    ];
    let check = |token: &str| {
        let t = token.to_ascii_lowercase();
        EXACT.contains(&t.as_str()) || PARTS.iter().any(|p| t.contains(p))
    };
    el.classes().any(check)
        || el.id().is_some_and(check)
        || matches!(
            el.attr("role"),
            Some("navigation" | "banner" | "contentinfo" | "complementary" | "search")
        )
        || el.attr("aria-hidden") == Some("true")
        || el.attr("hidden").is_some()
        || el.attr("style").is_some_and(|s| {
            let s = s.replace(' ', "").to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

/// Whether the tag starts a new line of text.
fn block_kind(name: &str) -> Option<BlockKind> {
    Some(match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "figcaption" => BlockKind::Caption,
        "p" | "div" | "blockquote" | "pre" | "td" | "th" | "tr" | "table" | "ul" | "ol" | "dl"
        | "section" | "article" | "main" | "address" | "figure" | "center" | "body" | "hr" => {
            BlockKind::Paragraph
        }
        _ => return None,
    })
}

fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// Whether `el` or an ancestor is furniture or a skipped tag.
pub(crate) fn in_furniture(el: ElementRef<'_>) -> bool {
    let mut node = Some(*el);
    let mut steps = 0;
    while let Some(n) = node {
        if let Some(e) = n.value().as_element() {
            if (is_skipped_tag(e.name()) && e.name() != "header") || is_furniture(e) {
                return true;
            }
        }
        node = n.parent();
        steps += 1;
        if steps > 64 {
            break;
        }
    }
    false
}

/// Picks the element that holds the body when no profile says: the container that
/// gathers the most paragraph text with the fewest links (readability's idea, simplified).
fn generic_content(dom: &Dom) -> Option<ElementRef<'_>> {
    if let Some(el) = dom
        .select(&GENERIC_CONTENT)
        .find(|e| element_text(*e).len() > 200)
    {
        return Some(el);
    }
    let mut scores: std::collections::HashMap<NodeId, f64, super::parse::IdBuild> =
        std::collections::HashMap::default();
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
    for (p, is_div) in paragraphs.chain(text_divs) {
        let len = p.text().map(str::len).sum::<usize>();
        if len < 40 {
            continue;
        }
        let text: String = p.text().collect();
        let score = 1.0 + text.matches(',').count() as f64 + (len as f64 / 100.0).min(3.0);
        // A text-only div is itself a container of text (a blog post body of `<br>` lines).
        if is_div {
            *scores.entry(p.id()).or_default() += score;
        }
        if let Some(parent) = p.parent() {
            *scores.entry(parent.id()).or_default() += score;
            if let Some(grand) = parent.parent() {
                *scores.entry(grand.id()).or_default() += score / 2.0;
            }
        }
    }
    let mut ranked: Vec<(NodeId, f64)> = scores.into_iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut best: Option<(ElementRef<'_>, f64)> = None;
    for (id, score) in ranked.into_iter().take(8) {
        let Some(el) = dom.tree.get(id).and_then(ElementRef::wrap) else {
            continue;
        };
        if in_furniture(el) {
            continue;
        }
        let total: usize = el.text().map(str::len).sum();
        let links: usize = el
            .descendants()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == "a")
            .map(|a| a.text().map(str::len).sum::<usize>())
            .sum();
        let density = if total == 0 {
            1.0
        } else {
            links as f64 / total as f64
        };
        let adjusted = score * (1.0 - density);
        if best.is_none_or(|(_, s)| adjusted > s) {
            best = Some((el, adjusted));
        }
    }
    best.filter(|(_, s)| *s >= 3.0).map(|(e, _)| e)
}

/// Walks `root` and pushes its blocks, skipping furniture and `skip` subtrees.
fn walk(
    root: ElementRef<'_>,
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
        if title_key.as_deref().is_some_and(|t| comparable(&text) == t) {
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
                                || is_furniture(el)
                                || skip.contains(&node.id()))
                        {
                            skipping = Some(node.id());
                            continue;
                        }
                        if name == "br" {
                            flush(&mut buf, &kinds, out);
                        } else if let Some(kind) = block_kind(name) {
                            flush(&mut buf, &kinds, out);
                            let kind = if el
                                .classes()
                                .any(|c| c.contains("caption") || c.contains("legend"))
                            {
                                BlockKind::Caption
                            } else {
                                kind
                            };
                            kinds.push((node.id(), kind));
                        } else if matches!(name, "span" | "a" | "strong" | "b" | "em" | "i")
                            && el.classes().any(|c| c.contains("caption"))
                        {
                            flush(&mut buf, &kinds, out);
                            kinds.push((node.id(), BlockKind::Caption));
                        }
                    }
                    Node::Text(t) => {
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

/// Reads an HTML page.
pub(crate) fn read(
    html: &str,
    url: Option<&str>,
    profiles: &[CompiledProfile],
    limits: &Limits,
) -> Result<Document> {
    let dom = Dom::new(super::parse::parse(
        html,
        limits.max_depth,
        limits.max_nodes,
    )?);
    let host = url.and_then(host_of);
    let profile = profiles.iter().find(|p| p.matches(&dom, host.as_deref()));
    let order = profile.and_then(|p| p.date_order);
    let tags = MetaTags::read(&dom);
    let ld = json_ld(&dom);

    // --- content roots
    let mut roots: Vec<ElementRef<'_>> = Vec::new();
    if let Some(p) = profile {
        for sel in &p.content {
            roots.extend(dom.select(sel));
        }
    }
    if roots.is_empty() {
        roots.extend(generic_content(&dom));
    }
    if roots.is_empty() {
        roots.extend(dom.select(&BODY).next());
    }
    // Nested matches would be read twice; keep the outermost, in document order.
    roots.sort_by_key(|r| r.id());
    roots.dedup_by_key(|r| r.id());
    let root_ids: IdSet = roots.iter().map(|r| r.id()).collect();
    roots.retain(|r| !r.ancestors().any(|a| root_ids.contains(&a.id())));
    let mut skip = IdSet::default();
    if let Some(p) = profile {
        for sel in &p.exclude {
            skip.extend(dom.select(sel).map(|e| e.id()));
        }
    }

    // --- title
    let site_name = tags.get("og:site_name").map(normalise);
    let h1 = dom
        .select(&H1)
        .filter(|h| !in_furniture(*h))
        .map(element_text)
        .find(|t| t.split_whitespace().count() >= 2 && t.len() < 400);
    let og = tags
        .get("og:title")
        .or(tags.get("twitter:title"))
        .or(ld_string(&ld, "headline"));
    let page_title = dom.select(&TITLE).next().map(element_text);
    let from_profile = profile.and_then(|p| {
        p.title
            .iter()
            .find_map(|s| dom.select(s).map(element_text).find(|t| !t.is_empty()))
    });
    let known: Vec<&str> = h1.iter().map(String::as_str).collect();
    let og_clean = og.map(|o| meta::clean_title(o, &known, site_name.as_deref()));
    let title_clean = page_title
        .as_deref()
        .filter(|t| !t.is_empty())
        .map(|t| meta::clean_title(t, &known, site_name.as_deref()));
    let title = from_profile
        .or_else(|| {
            let h1 = h1.clone()?;
            let agrees = |other: &Option<String>| other.as_deref().is_some_and(|o| similar(o, &h1));
            (agrees(&og_clean)
                || agrees(&title_clean)
                || (og_clean.is_none() && title_clean.is_none()))
            .then_some(h1)
        })
        .or(og_clean)
        .or(title_clean)
        .or(h1)
        .filter(|t| {
            !t.is_empty() && !t.eq_ignore_ascii_case("document") && !t.eq_ignore_ascii_case("none")
        });

    // --- text
    let mut builder = TextBuilder::new(limits.max_text_bytes);
    if let Some(t) = &title {
        builder.push(BlockKind::Title, t)?;
    }
    let mut blocks = Vec::new();
    for root in &roots {
        walk(*root, &skip, title.as_deref(), &mut blocks);
    }
    let walked: IdSet = blocks.iter().map(|(_, _, id)| *id).collect();
    for (kind, text, _) in &blocks {
        // "-30-", "###": the markers that close a release are not text.
        if super::text::is_separator(text) {
            continue;
        }
        builder.push(*kind, text)?;
    }

    // --- photos: captions in the body, then the profile's and the generic ones near it
    let mut photos: Vec<Photo> = Vec::new();
    let mut caption_nodes: Vec<ElementRef<'_>> = Vec::new();
    if let Some(p) = profile {
        for sel in &p.captions {
            caption_nodes.extend(dom.select(sel));
        }
    }
    for root in &roots {
        caption_nodes.extend(root.select(&GENERIC_CAPTIONS));
    }
    let mut seen_nodes = IdSet::default();
    let mut seen_texts = HashSet::new();
    for el in caption_nodes {
        if !seen_nodes.insert(el.id()) || skip.contains(&el.id()) {
            continue;
        }
        let raw = element_text(el);
        if raw.is_empty() || !seen_texts.insert(raw.clone()) {
            continue;
        }
        let (caption, credit) = meta::split_credit(&raw);
        if caption.is_none() && credit.is_none() {
            continue;
        }
        if !walked.contains(&el.id()) && !builder.contains_block(&raw) {
            builder.push(BlockKind::Caption, &raw)?;
        }
        photos.push(Photo { caption, credit });
    }

    let (text, blocks) = builder.finish();
    let mut doc = Document {
        text,
        blocks,
        meta: Meta {
            title,
            photos,
            ..Meta::default()
        },
    };
    attach_text_photo_credits(&mut doc);

    // --- dates
    let dates = pagedate::find(&dom, &tags, &ld, profile, order, url);
    let (published, modified) = (dates.published, dates.modified);
    doc.meta.published = published.map(|t| t.date());
    doc.meta.modified = modified;
    find_dateline(&mut doc);
    if doc.meta.title.is_none() {
        headline_above_dateline(&mut doc);
    }
    if doc.meta.published.is_none() {
        doc.meta.published = release_date_in_body(&doc);
    }
    if doc.meta.published.is_none() {
        doc.meta.published = doc
            .meta
            .dateline
            .as_ref()
            .and_then(|d| d.date)
            .or_else(|| url.and_then(pagedate::date_in_url));
    }

    // --- categories
    let mut categories: Vec<String> = Vec::new();
    let push_category = |categories: &mut Vec<String>, c: String| {
        let c = c.trim().trim_end_matches(',').trim().to_owned();
        if !c.is_empty() && c.len() < 100 && !categories.iter().any(|x| x.eq_ignore_ascii_case(&c))
        {
            categories.push(c);
        }
    };
    if let Some(p) = profile.filter(|p| !p.categories.is_empty()) {
        for sel in &p.categories {
            for e in dom.select(sel) {
                push_category(&mut categories, element_text(e));
            }
        }
    } else {
        for e in dom.select(&GENERIC_CATEGORIES).take(40) {
            push_category(&mut categories, element_text(e));
        }
        if categories.is_empty() {
            for v in tags.all("article:section").chain(tags.all("article:tag")) {
                for part in v.split(',') {
                    push_category(&mut categories, normalise(part));
                }
            }
        }
    }
    doc.meta.categories = categories;
    Ok(doc)
}

/// Whether two headlines are the same words, give or take a prefix or suffix.
fn similar(a: &str, b: &str) -> bool {
    let (a, b) = (comparable(a), comparable(b));
    !a.is_empty() && !b.is_empty() && (a == b || a.contains(&b) || b.contains(&a))
}

/// A `Photo: …` line after a caption line in the body is that photo's credit.
pub(crate) fn attach_text_photo_credits(doc: &mut Document) {
    let mut found = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let line = doc.block_text(b);
        let lower = line.to_ascii_lowercase();
        if !(lower.starts_with("photo:")
            || lower.starts_with("photo credit:")
            || lower.starts_with("photos:")
            || lower.starts_with("©")
            || lower.starts_with("credit:"))
            || line.len() > 150
        {
            continue;
        }
        let (_, credit) = meta::split_credit(line);
        let Some(credit) = credit else { continue };
        let caption = i
            .checked_sub(1)
            .and_then(|j| doc.blocks.get(j))
            .filter(|prev| matches!(prev.kind, BlockKind::Caption | BlockKind::Paragraph))
            .map(|prev| doc.block_text(prev).to_owned())
            .filter(|c| c.len() < 400);
        found.push((i, caption, credit));
    }
    for (i, caption, credit) in found {
        if doc
            .meta
            .photos
            .iter()
            .any(|p| p.credit.as_deref() == Some(credit.as_str()))
        {
            continue;
        }
        if let Some(j) = i.checked_sub(1) {
            if caption.is_some() {
                if let Some(b) = doc.blocks.get_mut(j) {
                    b.kind = BlockKind::Caption;
                }
            }
        }
        doc.meta.photos.push(Photo {
            caption,
            credit: Some(credit),
        });
    }
}

/// The dateline: the opener of one of the first body paragraphs.
pub(crate) fn find_dateline(doc: &mut Document) {
    let year = doc.meta.published.map(|d| d.year());
    let mut fact: Option<DatelineFact> = None;
    // The opener is in the first paragraph of the body; contact and address lines may come
    // before it, so look until the first real paragraph.
    // A standfirst or summary may come first too, so the search ends at the third paragraph.
    let mut paragraphs = 0;
    for b in doc
        .blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Title)
        .take(30)
    {
        let line = doc.block_text(b);
        if let Some(f) = meta::find_dateline(line, b.span.start, year) {
            fact = Some(f);
            break;
        }
        if line.split_whitespace().count() >= 20 {
            paragraphs += 1;
            if paragraphs == 3 {
                break;
            }
        }
    }
    doc.meta.dateline = fact;
}

/// A page without a headline element still prints one: the heading-like line right above
/// the dateline opener (`THE BUCKLE, INC. REPORTS …` over `KEARNEY, NE -- (BUSINESS WIRE) --`).
pub(crate) fn headline_above_dateline(doc: &mut Document) {
    let Some(opener) = doc.meta.dateline.as_ref().and_then(|d| d.span) else {
        return;
    };
    let Some(i) = doc.blocks.iter().position(|b| b.span.contains(opener)) else {
        return;
    };
    let Some(prev) = i.checked_sub(1).and_then(|j| doc.blocks.get(j)) else {
        return;
    };
    let line = doc.block_text(prev).trim();
    let words = line.split_whitespace().count();
    if (3..=30).contains(&words)
        && !line.ends_with('.')
        && pagedate::parse_page_date(line, None).is_none()
    {
        doc.meta.title = Some(line.to_owned());
        if let Some(b) = doc.blocks.get_mut(i - 1) {
            b.kind = BlockKind::Title;
        }
    }
}

/// The release's date where the page has no metadata but the body states it:
/// `For Immediate Release: November 22, 2024`, `… out today (28 December 2016)`.
pub(crate) fn release_date_in_body(doc: &Document) -> Option<crate::date::Date> {
    static CUE: Lazy<regex::Regex> = Lazy::new(|| {
        regex::Regex::new(r"(?i)(?:for\s+immediate\s+release|release\s+date)\W{0,4}(.{6,40})|\btoday\s*\((.{6,30}?)\)")
            .expect("release date cue is a valid pattern")
    });
    doc.blocks.iter().take(20).find_map(|b| {
        let line = doc.block_text(b);
        let c = CUE.captures(line)?;
        let date = c.get(1).or(c.get(2))?.as_str();
        pagedate::parse_page_date(date, None).map(|t| t.date())
    })
}
