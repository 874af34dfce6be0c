//! HTML pages: the DOM becomes lines of text, and page facts come from the agreement of
//! the page's signals.
//!
//! The reader models the parts of a page rather than the templates seen so far:
//! - [`parts`]: which elements are furniture (landmarks, link-dense blocks, teaser lists,
//!   hidden elements, blocks templates name as furniture), counted in one pass;
//! - [`content`]: which container holds the body, and its lines;
//! - [`headline`]: the headline the page's signals agree on;
//! - [`labels`]: topic labels and photo captions shown with the release;
//! - [`body`]: facts read from the text's lines (dateline, credit lines), shared with the
//!   plain-text reader.
//!
//! A site profile's selectors are hints that are checked: its headline must agree with
//! another signal, its body must not be much smaller than the generic candidate.
//!
//! The DOM walks are iterative (no recursion on page depth) and each visits the page once.

mod body;
mod content;
mod headline;
mod labels;
mod parts;

#[cfg(test)]
mod tests;

pub(crate) use body::{headline_above_dateline, release_date_in_body};

use std::collections::HashSet;

use scraper::ElementRef;

use super::pagedate::{self, element_text, json_ld, MetaTags};
use super::parse::IdSet;
use super::profile::CompiledProfile;
use super::select::{Dom, Sel};
use super::Limits;
use super::{normalise, BlockKind, Document, Meta, TextBuilder};
use crate::error::{Error, Result};
use crate::lexicon::{self, Class};

/// The most text (bytes, spaces not counted) a page that only asks the reader to prove
/// they are human, or to turn on scripts, shows.
const INTERSTITIAL_TEXT: usize = 1500;

fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// Parses the HTML reader's selectors now (see [`super::prepare`]): a selector parsed
/// on first use would be paid for by the first page read.
pub(crate) fn prepare() {
    once_cell::sync::Lazy::force(&CANONICAL);
    once_cell::sync::Lazy::force(&TITLE);
    once_cell::sync::Lazy::force(&HEADINGS);
    content::prepare();
    headline::prepare();
    parts::prepare();
}

/// Reads an HTML page.
///
/// # Errors
///
/// A limit of `limits`, or [`Error::NoText`] for a page with nothing to read: a bot-check
/// interstitial.
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
    let parts = parts::Parts::new(&dom);
    if is_interstitial(&dom, &parts) {
        return Err(Error::NoText);
    }

    let own = own_urls(&dom, &tags, url);
    let headline = headline::choose(&dom, &parts, &own, &tags, &ld, profile);
    let title = headline.as_ref().map(|h| h.text.clone());
    let roots = content::roots(&dom, &parts, profile);
    let mut skip = IdSet::default();
    if let Some(p) = profile {
        for sel in &p.exclude {
            skip.extend(dom.select(sel).map(|e| e.id()));
        }
    }

    // --- text
    let mut builder = TextBuilder::new(limits.max_text_bytes);
    if let Some(t) = &title {
        builder.push(BlockKind::Title, t)?;
    }
    let mut blocks = Vec::new();
    for root in &roots {
        content::walk(*root, &parts, &skip, title.as_deref(), &mut blocks);
    }
    let walked: IdSet = blocks.iter().map(|(_, _, id)| *id).collect();
    for (kind, text, _) in &blocks {
        // "-30-", "###": the markers that close a release are not text; nor is a line that
        // is only a page's label ("Press release", "News" above a headline).
        if super::text::is_separator(text) || headline::is_non_headline(text) {
            continue;
        }
        builder.push(*kind, text)?;
    }

    // --- photos: the profile's captions, then the caption boxes shown with the release
    let scope = labels::article_scope(&roots, headline.as_ref().and_then(|h| h.element));
    let mut found: Vec<labels::FoundPhoto> = Vec::new();
    if let Some(p) = profile {
        for sel in &p.captions {
            for el in dom.select(sel) {
                let raw = element_text(el);
                let (caption, credit) = super::meta::split_credit(&raw);
                if caption.is_some() || credit.is_some() {
                    found.push(labels::FoundPhoto {
                        node: el.id(),
                        lines: vec![raw],
                        photo: crate::model::Photo { caption, credit },
                    });
                }
            }
        }
    }
    found.extend(labels::photos(&parts, scope, title.as_deref(), &skip));
    let mut photos = Vec::new();
    let mut seen_nodes = IdSet::default();
    let mut seen = HashSet::new();
    for f in found {
        let key = f.lines.join("\n");
        if !seen_nodes.insert(f.node) || skip.contains(&f.node) || !seen.insert(key) {
            continue;
        }
        if !walked.contains(&f.node) {
            for line in &f.lines {
                if !builder.contains_block(line) {
                    builder.push(BlockKind::Caption, line)?;
                }
            }
        }
        photos.push(f.photo);
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
    super::meta::attach_line_credits(&mut doc);

    // --- dates
    let dates = pagedate::find(&dom, &tags, &ld, profile, order, url);
    doc.meta.published = dates.published.map(|t| t.date());
    doc.meta.modified = dates.modified;
    super::meta::set_dateline(&mut doc);
    if doc.meta.title.is_none() {
        headline_above_dateline(&mut doc);
    }
    if doc.meta.published.is_none() {
        doc.meta.published = release_date_in_body(&doc);
    }
    super::published_from_dateline_or_url(&mut doc, url);

    // --- categories: the profile's, else the labels shown with the release, else the
    // `article:` metadata
    let mut categories: Vec<String> = Vec::new();
    if let Some(p) = profile.filter(|p| !p.categories.is_empty()) {
        for sel in &p.categories {
            categories.extend(dom.select(sel).map(element_text));
        }
    } else {
        categories = labels::categories(&parts, scope);
        if categories.is_empty() {
            for v in tags.all("article:section").chain(tags.all("article:tag")) {
                categories.extend(v.split(',').map(normalise));
            }
        }
    }
    doc.meta.categories = labels::dedup(categories);
    Ok(doc)
}

static CANONICAL: once_cell::sync::Lazy<Sel> = once_cell::sync::Lazy::new(|| {
    Sel::parse("link[rel~=canonical][href]").expect("canonical link is a valid selector")
});

/// The page's own addresses: the URL it was read from, its canonical link and `og:url`.
fn own_urls(dom: &Dom, tags: &MetaTags, url: Option<&str>) -> Vec<String> {
    let canonical = dom
        .select(&CANONICAL)
        .next()
        .and_then(|l| l.value().attr("href"));
    [url, canonical, tags.get("og:url")]
        .into_iter()
        .flatten()
        .map(str::to_owned)
        .collect()
}

static TITLE: once_cell::sync::Lazy<Sel> =
    once_cell::sync::Lazy::new(|| Sel::parse("title").expect("title is a valid selector"));

/// A page with nothing to read: its visible text is short and asks the reader to prove
/// they are human or to turn scripts on (`page_bot_check`; phrases marked `title` count only in the
/// `<title>` or a heading, since "just a moment" is also a release's words).
fn is_interstitial(dom: &Dom, parts: &parts::Parts) -> bool {
    // A shell that shows nothing but its `<title>` is still read: the title and the URL's
    // date are the page's, and with no title either the extractor calls it `NoText`.
    let text = parts.page_text();
    if text > INTERSTITIAL_TEXT {
        return false;
    }
    let body: String = dom
        .tree
        .root()
        .descendants()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "body")
        .map(visible_text)
        .unwrap_or_default()
        .to_lowercase();
    let mut heads: String = dom
        .select(&TITLE)
        .next()
        .map(element_text)
        .unwrap_or_default();
    for h in dom.select(&HEADINGS).take(4) {
        heads.push_str(" \n ");
        heads.push_str(&element_text(h));
    }
    let heads = heads.to_lowercase();
    lexicon::entries(Class::PageBotCheck)
        .any(|(phrase, kind)| heads.contains(phrase) || (kind != "title" && body.contains(phrase)))
}

static HEADINGS: once_cell::sync::Lazy<Sel> =
    once_cell::sync::Lazy::new(|| Sel::parse("h1, h2").expect("headings are a valid selector"));

/// The text of `el` that a reader without scripts sees: scripts, styles and hidden
/// elements left out, `<noscript>` kept.
fn visible_text(el: ElementRef<'_>) -> String {
    let mut out = String::new();
    let mut silent: Option<ego_tree::NodeId> = None;
    for edge in el.traverse() {
        match edge {
            ego_tree::iter::Edge::Open(n) => {
                if silent.is_some() {
                    continue;
                }
                match n.value() {
                    // A reader without scripts sees `<noscript>`: what an interstitial
                    // says there ("enable JavaScript") counts.
                    scraper::Node::Element(e)
                        if (parts::is_silent_tag(e.name()) && e.name() != "noscript")
                            || parts::is_hidden(e) =>
                    {
                        silent = Some(n.id());
                    }
                    scraper::Node::Text(t) => {
                        out.push_str(t);
                        out.push(' ');
                    }
                    _ => {}
                }
            }
            ego_tree::iter::Edge::Close(n) => {
                if silent == Some(n.id()) {
                    silent = None;
                }
            }
        }
        if out.len() > 8 * INTERSTITIAL_TEXT {
            break;
        }
    }
    normalise(&out)
}
