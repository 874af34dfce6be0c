//! Table tests of the HTML reader: small pages in invented words, each showing one page
//! part or signal.

use super::*;
use crate::document::profile::{builtin, Profile};

fn limits() -> Limits {
    Limits {
        max_depth: 512,
        max_nodes: 1_000_000,
        max_text_bytes: 1 << 24,
    }
}

fn profiles() -> Vec<CompiledProfile> {
    builtin()
        .iter()
        .map(|p: &Profile| p.compile().expect("built-in profiles compile"))
        .collect()
}

fn read_page(html: &str) -> Result<Document> {
    read(html, None, &profiles(), &limits())
}

fn lines(doc: &Document) -> Vec<&str> {
    doc.text.lines().collect()
}

/// The photo credits a page gave, in order.
fn credits_of(doc: &Document) -> Vec<&str> {
    doc.meta
        .photos
        .iter()
        .filter_map(|p| p.credit.as_deref())
        .collect()
}

/// A page shell around `body`, with `head` inside `<head>`.
fn page(head: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=utf-8>{head}</head><body>{body}</body></html>"
    )
}

const PROSE: &str =
    "<p>The Kestrel Point ferry landing opened on Monday after two years of works, \
    with a new pontoon, a covered waiting room and step-free access from the harbour road.</p>\
    <p>Skippers from three operators will share the berths, and the timetable adds an early \
    crossing on weekdays, a late one on Fridays and a Sunday service through the winter.</p>\
    <p>The landing was paid for by the harbour board, the county and a regional transport fund, \
    and its contractor planted the new verge with dune grasses grown on the island.</p>";

#[test]
fn headline_is_what_the_signals_agree_on() {
    // (what the page shows, expected headline)
    let table: &[(&str, &str, Option<&str>)] = &[
        // A WordPress theme whose own headline is `h1.post-title`: the previous/next-post
        // teaser's `.entry-title` (in navigation, inside a link) carries another post's title.
        (
            r#"<title>Ferry landing opens at Kestrel Point – Harbour Board News</title>
               <meta name="generator" content="WordPress 6.4">
               <meta property="og:title" content="Ferry landing opens at Kestrel Point">"#,
            r#"<nav class="post-navigation"><div class="nav-previous"><a href="/2024/03/dune-planting/" rel="prev">
               <h3 class="entry-title">Volunteers plant four thousand marram seedlings</h3></a></div></nav>
               <article><h1 class="post-title">Ferry landing opens at Kestrel Point</h1>
               <div class="entry-content">PROSE</div></article>"#,
            Some("Ferry landing opens at Kestrel Point"),
        ),
        // The logo is the page's `h1` (a link home); the headline is the `h2` that
        // `<title>` confirms.
        (
            r#"<title>Ferry landing opens at Kestrel Point | Harbour Board</title>"#,
            r#"<header><h1><a href="/">Harbour Board</a></h1></header>
               <main><h2>Ferry landing opens at Kestrel Point</h2>PROSE</main>"#,
            Some("Ferry landing opens at Kestrel Point"),
        ),
        // `<title>` is only the site's name (the logo link says so): the `h1` is the headline.
        (
            r#"<title>Harbour Board</title>"#,
            r#"<div class="top"><a href="https://harbour.example.org/"><img alt="Harbour Board" src="/logo.png"></a></div>
               <div class="story"><h1>Ferry landing opens at Kestrel Point</h1>PROSE</div>"#,
            Some("Ferry landing opens at Kestrel Point"),
        ),
        // An edited `og:title` still confirms the visible headline it shares most words with.
        (
            r#"<meta property="og:title" content="Board opens new ferry landing at Kestrel Point">
               <title>Board opens new ferry landing at Kestrel Point - Harbour Board</title>"#,
            r#"<div class="story"><h1>Harbour Board opens new ferry landing at Kestrel Point</h1>PROSE</div>"#,
            Some("Harbour Board opens new ferry landing at Kestrel Point"),
        ),
        // A blog's permalinked title sits in a link-dense top block with the menu (read as
        // furniture); the story's own section headings are `h1`s too. The heading that
        // links to the page itself is still the headline.
        (
            r#"<meta property="og:title" content="Marram">
               <meta property="og:url" content="https://coast.example.org/stories/412-marram">
               <title>Marram - Coast Trust</title>"#,
            r#"<div id="t"><nav><a href="/">Home</a> <a href="/stories">Stories</a> <a href="/walks">Walks</a>
               <a href="/shop">Shop</a> <a href="/about">About</a> <a href="/join">Join</a></nav>
               <h1><a href="https://coast.example.org/stories/412-marram">Marram</a></h1></div>
               <div class="story"><h1>Step 1: Read the dune</h1>PROSE<h1>Step 2: Plant in rows</h1>PROSE</div>"#,
            Some("Marram"),
        ),
        // The same with the canonical link naming the page (with a final slash the
        // permalink lacks).
        (
            r#"<link rel="canonical" href="https://coast.example.org/stories/413-shingle/">
               <meta property="og:title" content="Shingle">"#,
            r#"<div id="t"><nav><a href="/">Home</a> <a href="/stories">Stories</a> <a href="/walks">Walks</a>
               <a href="/shop">Shop</a> <a href="/about">About</a> <a href="/join">Join</a></nav>
               <h1><a href="https://coast.example.org/stories/413-shingle">Shingle</a></h1></div>
               <div class="story"><h1>First, look at the tide line</h1>PROSE</div>"#,
            Some("Shingle"),
        ),
        // A heading in such a block that links to another page is a teaser, not this
        // page's headline, even when its words are the same as the page's title.
        (
            r#"<meta property="og:title" content="Ferry landing opens at Kestrel Point">
               <meta property="og:url" content="https://harbour.example.org/news/ferry-landing">"#,
            r#"<div id="t"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/ports">Ports</a>
               <a href="/maps">Maps</a> <a href="/about">About</a> <a href="/join">Join</a></nav>
               <h1><a href="https://harbour.example.org/news/ferry-landing-plans">Ferry landing opens at Kestrel Point</a></h1></div>
               <div class="story"><h1>Ferry landing opens at Kestrel Point after two years of works</h1>PROSE</div>"#,
            Some("Ferry landing opens at Kestrel Point after two years of works"),
        ),
        // A date in an element of its own above the headline inside the `h1` is no
        // part of it.
        (
            r#"<meta property="og:title" content="Ferry landing opens at Kestrel Point - Harbour Board">"#,
            r#"<div class="story"><h1><span class="supertitle"><time datetime="2025-03-03">3. März 2025</time></span>
               <span class="title">Ferry landing opens at Kestrel Point</span></h1>PROSE</div>"#,
            Some("Ferry landing opens at Kestrel Point"),
        ),
        (
            r#"<title>Ferry landing opens at Kestrel Point | Harbour Board</title>"#,
            r#"<div class="story"><h1><span>March 3, 2025</span> Ferry landing opens at Kestrel Point</h1>PROSE</div>"#,
            Some("Ferry landing opens at Kestrel Point"),
        ),
        // A year in its own element is the headline's first word, not a date line.
        (
            r#"<title>2025 harbour festival programme announced | Harbour Board</title>"#,
            r#"<div class="story"><h1><span class="y">2025</span> harbour festival programme announced</h1>PROSE</div>"#,
            Some("2025 harbour festival programme announced"),
        ),
        // A placeholder `<title>` and no heading: no headline.
        (r#"<title>Document</title>"#, "PROSE", None),
        // The page's `h1` ends its breadcrumb (furniture), and the story's own section
        // headings are `h2`s: the `h1` that `og:title` confirms is the headline.
        (
            r#"<meta property="og:title" content="How a tide gauge is read and why it matters - Coast Trust">"#,
            r#"<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/guides">Guides</a></li>
               <li><h1>How a tide gauge is read and why it matters</h1></li></ol></nav>
               <div class="story"><h2>How a tide gauge is read</h2>PROSE<h2>Why it matters</h2>PROSE</div>"#,
            Some("How a tide gauge is read and why it matters"),
        ),
        // The same in a masthead slider read as furniture, confirmed by `<title>` alone.
        (
            r#"<title>Lighthouse keepers' cottages reopen as a museum | Coast Trust</title>"#,
            r#"<div class="slider"><div class="slide"><a href="/visit">Visit</a></div><div class="slide"><a href="/shop">Shop</a></div>
               <div class="slide"><a href="/walks">Walks</a></div><div class="slide"><h1>Lighthouse keepers' cottages reopen as a museum</h1></div></div>
               <div class="story"><h2>Lighthouse keepers' cottages</h2>PROSE</div>"#,
            Some("Lighthouse keepers' cottages reopen as a museum"),
        ),
        // A furniture `h1` that no meta title confirms stays furniture.
        (
            r#"<title>Ferry landing opens at Kestrel Point | Harbour Board</title>"#,
            r#"<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><h1>Latest from the coast</h1></li></ol></nav>
               <div class="story"><h2>Ferry landing opens at Kestrel Point</h2>PROSE</div>"#,
            Some("Ferry landing opens at Kestrel Point"),
        ),
        // `<title>` carries a breadcrumb path after the headline ("… / Section / Home"):
        // the `h1` it opens with confirms it.
        (
            r#"<title>Ferry landing opens at Kestrel Point / Transport / News / Home - Harbour Board Online</title>"#,
            r#"<div class="story"><span class="category">Transport</span><h1>Ferry landing opens at Kestrel Point</h1>PROSE</div>"#,
            Some("Ferry landing opens at Kestrel Point"),
        ),
        // A headline inside a root-relative link to the page itself is no teaser.
        (
            r#"<link rel="canonical" href="https://harbour.example.org/news/2025-03-03/ferry-landing-opens">
               <meta property="og:title" content="Ferry landing opens | Harbour Board">"#,
            r#"<div class="crumbs"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt;
               <a href="/news/2025-03-03/ferry-landing-opens"><h1>"Two years of works" / Ferry landing opens</h1></a></div>
               <div class="story">PROSE</div>"#,
            Some("\"Two years of works\" / Ferry landing opens"),
        ),
    ];
    for (head, body, want) in table {
        let html = page(head, &body.replace("PROSE", PROSE));
        let doc = read_page(&html).expect("the page reads");
        assert_eq!(doc.meta.title.as_deref(), *want, "{head}");
    }
}

#[test]
fn furniture_is_left_out_by_structure() {
    // Each page's menu, sidebar, related stories and footer carry organisation-like names
    // and dates; none may reach the text. The class names say nothing.
    let furniture = [
        // A menu of links in a plain `div`.
        r#"<div class="c1"><a href="/">Home</a> <a href="/about">Marlow Shipping Council</a>
           <a href="/news">News 12 May 2024</a> <a href="/contact">Contact</a></div>"#,
        // A `nav` landmark.
        r#"<nav><ul><li><a href="/a">Estuary Pilots Association</a></li><li><a href="/b">Reports</a></li></ul></nav>"#,
        // Three teasers of one shape, each a link with a heading and a date.
        r#"<div class="c2"><div class="c3"><h3><a href="/n/1">Tern colony counted by Wader Trust</a></h3><time>2 May 2024</time></div>
           <div class="c3"><h3><a href="/n/2">Lighthouse keepers reunite at Pell Head</a></h3><time>28 April 2024</time></div>
           <div class="c3"><h3><a href="/n/3">Dredging resumes in the outer channel</a></h3><time>19 April 2024</time></div></div>"#,
        // A role the page declares.
        r#"<div role="complementary"><p>Sponsored by the Northern Quay Company since 1998.</p></div>"#,
        // A page footer.
        r#"<footer><p>© 2024 Harbour Board of Kestrel Point · Registered office: 1 Quay Street</p></footer>"#,
        // A cookie notice named as one.
        r#"<div id="cookie-consent"><p>We and the Tidewater Analytics Group use cookies, updated 1 March 2024.</p></div>"#,
        // Hidden text.
        r#"<div style="display: none"><p>Draft prepared by the Grey Seal Foundation.</p></div>"#,
    ];
    for bit in furniture {
        let body = format!(
            "{bit}<div class=\"story\"><h1>Ferry landing opens at Kestrel Point</h1>{PROSE}</div>{bit}"
        );
        let doc = read_page(&page("", &body)).expect("the page reads");
        for name in [
            "Marlow",
            "Estuary",
            "Wader",
            "Lighthouse",
            "Northern Quay",
            "Registered",
            "Tidewater",
            "Grey Seal",
        ] {
            assert!(
                !doc.text.contains(name),
                "{name} leaked from {bit}: {:?}",
                lines(&doc)
            );
        }
        assert!(doc.text.contains("step-free access"), "{bit}");
    }
}

#[test]
fn prose_is_never_furniture() {
    // Pages that wrap everything in a form (ASP.NET), name the body's wrapper after its
    // sidebar, or mark the post with a label whose slug is a furniture word.
    for body in [
        format!(
            r#"<form id="aspnetForm" action="/news.aspx"><div class="content"><h1>Ferry landing opens at Kestrel Point</h1>{PROSE}</div></form>"#
        ),
        format!(
            r#"<div class="layout-with-sidebar"><div><h1>Ferry landing opens at Kestrel Point</h1>{PROSE}</div></div>"#
        ),
        format!(
            r#"<article class="post category-social-care tag-menu"><h1>Ferry landing opens at Kestrel Point</h1>{PROSE}</article>"#
        ),
    ] {
        let doc = read_page(&page("", &body)).expect("the page reads");
        assert!(doc.text.contains("step-free access"), "{body}");
        assert!(doc.text.contains("dune grasses"), "{body}");
    }
}

#[test]
fn labels_shown_with_the_release_are_its_categories() {
    // (page around the story, expected categories)
    let table: &[(&str, &[&str])] = &[
        // Tag links by `rel`, after the body, in the article's footer row with share links.
        (
            r#"<div class="row-a"><a href="/share?x=1">Email</a>
               <span>Labels: <a href="/l/Harbours" rel="tag">Harbours</a>, <a href="/l/Ferries" rel="tag">Ferries</a></span></div>"#,
            &["Harbours", "Ferries"],
        ),
        // Links into topic archives, with no class or rel.
        (
            r#"<ul><li><a href="https://harbour.example.org/topics/transport/">Transport</a></li>
               <li><a href="https://harbour.example.org/topics/island-life/">Island life</a></li></ul>"#,
            &["Transport", "Island life"],
        ),
        // A row of short label links whose other words are cues without colons.
        (
            r#"<p>Posted in <a href="/category/ports/" rel="category tag">Ports</a> | Tagged <a href="/tag/ferries/" rel="tag">Ferries</a></p>"#,
            &["Ports", "Ferries"],
        ),
        (
            r#"<div>Filed under <a href="/topics/transport/">Transport</a>, <a href="/topics/tourism/">Tourism</a></div>"#,
            &["Transport", "Tourism"],
        ),
        // A sentence with a topic link is prose, cue-like words or not.
        (
            r#"<p>Read more about <a href="/topics/transport/">Transport</a> plans.</p>"#,
            &[],
        ),
        // A list a cue introduces, without links.
        (
            r#"<p><strong>Filed under:</strong></p><p>Transport, Coastal works</p>"#,
            &["Transport", "Coastal works"],
        ),
        // A line that opens with its own cue, plain or in bold, without links.
        (
            r#"<p>Topics: Transport, Harbours</p>"#,
            &["Transport", "Harbours"],
        ),
        (
            r#"<div class="meta"><span><b>Tagged as:</b> Ferries | Island life</span></div>"#,
            &["Ferries", "Island life"],
        ),
        (
            r#"<p>Themes: Coastal works; Tourism</p>"#,
            &["Coastal works", "Tourism"],
        ),
        // A wrapper whose first line is a cue line and whose next line is prose is no list.
        (
            r#"<div><p>Topics: Transport</p><p>The board meets again in the spring to review the first season of crossings.</p></div>"#,
            &["Transport"],
        ),
        // A link whose words are a cue ("Topics") names the archive, not a label.
        (
            r#"<p class="tags"><a href="/tags/all/">Topics</a> <a href="/tags/ferries/">Ferries</a></p>"#,
            &["Ferries"],
        ),
        // A block named for categories that holds a heading and no links is a section of
        // the page: its heading is no label.
        (
            r#"<div class="category-box"><h2>More from the harbour</h2></div>"#,
            &[],
        ),
        // A topic link inside a sentence is not a label.
        (
            r#"<p>Read more about <a href="/topics/transport/">how the board plans its crossings</a> this year.</p>"#,
            &[],
        ),
        // A breadcrumb trail is not a label list, even when it links into a topic archive.
        (
            r#"<ol class="trail"><li><a href="/">Home</a></li><li><a href="/topics/transport/">Transport</a></li></ol>"#,
            &[],
        ),
    ];
    for (labels, want) in table {
        let body = format!(
            r#"<nav><a href="/topics/weather/">Weather</a><a href="/topics/sport/">Sport</a><a href="/about">About</a></nav>
               <article><h1>Ferry landing opens at Kestrel Point</h1><div class="text">{PROSE}</div>{labels}</article>
               <aside><h2>Categories</h2><ul><li><a href="/category/events/">Events</a></li><li><a href="/category/jobs/">Jobs</a></li></ul></aside>"#
        );
        let doc = read_page(&page(
            "<title>Ferry landing opens at Kestrel Point</title>",
            &body,
        ))
        .expect("the page reads");
        assert_eq!(doc.meta.categories, *want, "{labels}");
    }
}

#[test]
fn caption_boxes_give_photo_credits() {
    // (the photo's markup, expected caption, expected credit)
    let table: &[(&str, Option<&str>, Option<&str>)] = &[
        (
            r#"<figure><img src="/p/1.jpg" alt=""><figcaption>The new pontoon at low tide. Photo: Ines Marlow</figcaption></figure>"#,
            Some("The new pontoon at low tide."),
            Some("Ines Marlow"),
        ),
        // A template's credit line beside its caption line, both named by class.
        (
            r#"<div class="pic"><img src="/p/2.jpg" alt=""><div class="pic-caption"><div class="pic-credit">Photo: Tomas Berg</div>
               <div class="pic-text">Skippers try the step-free gangway.</div></div></div>"#,
            Some("Skippers try the step-free gangway."),
            Some("Tomas Berg"),
        ),
        // A credit by the sign after the caption.
        (
            r#"<figure><img src="/p/3.jpg" alt=""><figcaption>The waiting room © Harbour Board / R. Quinn</figcaption></figure>"#,
            Some("The waiting room"),
            Some("Harbour Board / R. Quinn"),
        ),
        // A credit a name follows without a colon: "Photo by", "Courtesy of",
        // "Photographed by", in brackets or after the caption's last sentence.
        (
            r#"<figure><img src="/p/4.jpg" alt=""><figcaption>Divers inspect the new piles (Photo courtesy of Kestrel Dive Club)</figcaption></figure>"#,
            Some("Divers inspect the new piles"),
            Some("Kestrel Dive Club"),
        ),
        (
            r#"<figure><img src="/p/5.jpg" alt=""><figcaption>The first crossing leaves at dawn. Photographed by Nils Ardent.</figcaption></figure>"#,
            Some("The first crossing leaves at dawn."),
            Some("Nils Ardent"),
        ),
        (
            r#"<figure><img src="/p/6.jpg" alt=""><figcaption>Photo by Rhea Olsen</figcaption></figure>"#,
            None,
            Some("Rhea Olsen"),
        ),
    ];
    for (photo, caption, credit) in table {
        let body = format!(
            r#"<article><h1>Ferry landing opens at Kestrel Point</h1>{photo}<div class="text">{PROSE}</div></article>"#
        );
        let doc = read_page(&page("", &body)).expect("the page reads");
        assert_eq!(doc.meta.photos.len(), 1, "{photo} {:?}", doc.meta.photos);
        let p = &doc.meta.photos[0];
        assert_eq!(
            (p.caption.as_deref(), p.credit.as_deref()),
            (*caption, *credit),
            "{photo}"
        );
    }
}

/// Credit lines a template sets apart: a `footer` inside the `figure` (the figure's own,
/// not the page's), a line named as the picture's source, a German source label; and
/// names that are no credit: a `source` alone (a cited newspaper), a forum post's
/// "attribution" row that holds only its date.
#[test]
fn credit_lines_a_template_sets_apart() {
    // (the photo's markup, expected credits)
    let table: &[(&str, &[&str])] = &[
        (
            r#"<figure><img src="/p/1.jpg" alt=""><figcaption>Skippers on the new pontoon.</figcaption>
               <footer class="credit"><small>© Ines Marlow / Harbour News</small></footer></figure>"#,
            &["Ines Marlow / Harbour News"],
        ),
        (
            r#"<div class="pic"><a href="/p/2.jpg"><img src="/p/2.jpg" alt="">
               <span class="picture-source">(Bildquelle: Tomas Berg)</span></a></div>"#,
            &["Tomas Berg"],
        ),
        (
            r#"<div class="media"><img src="/p/3.jpg" alt=""><div class="image-source">Rhea Olsen / Coast Trust</div></div>"#,
            &["Rhea Olsen / Coast Trust"],
        ),
        (
            r#"<div class="review"><img src="/p/4.jpg" alt=""><span class="source">The Northern Courier</span>
               <p>The paper wrote that the landing was late.</p></div>"#,
            &[],
        ),
        (
            r#"<div class="post-head"><img src="/u/5.png" alt=""><div class="message-attribution">March 3, 2024</div></div>"#,
            &[],
        ),
    ];
    for (markup, credits) in table {
        let body = format!(
            r#"<article><h1>Ferry landing opens at Kestrel Point</h1>{markup}<div class="text">{PROSE}</div></article>"#
        );
        let doc = read_page(&page("", &body)).expect("the page reads");
        let found = credits_of(&doc);
        assert_eq!(found, *credits, "{markup}");
    }
}

/// The lead photo set above the story in a block of its own, before the container of the
/// headline and text, is the release's; a teaser's photo in furniture is not.
#[test]
fn the_lead_photo_above_the_story_is_the_release_s() {
    let lead = r#"<div class="opener"><figure><img src="/p/lead.jpg" alt="">
        <figcaption>The landing at dawn. Photo: Ines Marlow</figcaption></figure></div>"#;
    let story = format!(
        r#"<div class="main"><div class="story"><h2>Ferry landing opens at Kestrel Point</h2>{PROSE}</div></div>"#
    );
    let teasers = r#"<div class="more"><a href="/n/1"><img src="/t/1.jpg" alt=""><span class="credit">Photo: Nils Ardent</span> Tern colony counted</a>
        <a href="/n/2"><img src="/t/2.jpg" alt=""><span class="credit">Photo: Lea Holm</span> Lighthouse keepers reunite</a>
        <a href="/n/3"><img src="/t/3.jpg" alt=""><span class="credit">Photo: Omar Reyes</span> Dredging resumes</a></div>"#;
    let doc = read_page(&page(
        r#"<title>Ferry landing opens at Kestrel Point | Harbour Board</title>"#,
        &format!("{lead}{story}{teasers}"),
    ))
    .expect("the page reads");
    let found = credits_of(&doc);
    assert_eq!(found, ["Ines Marlow"]);
}

/// A body line that names who gave something ("courtesy of", "by") is prose, not a credit;
/// an image's alt or title text is not a credit either; a line that is only "Photo by …"
/// under a paragraph is that paragraph's credit.
#[test]
fn credits_a_name_follows_only_where_a_credit_is_printed() {
    // (markup after the headline, expected credits)
    let table: &[(&str, &[&str])] = &[
        (
            "<p>The new timetable was drafted by the skippers and printed courtesy of Dune Press, \
             the board said.</p>",
            &[],
        ),
        (
            r#"<p><img src="/p/7.jpg" alt="Photo by Lina Shore" title="Photo by Lina Shore"></p>"#,
            &[],
        ),
        (
            "<p>Skippers gathered on the new pontoon for the first crossing.</p><p>Photo by Lina Shore</p>",
            &["Lina Shore"],
        ),
        (
            "<p>The crews on the pontoon at dawn (Photo by Lina Shore)</p>",
            &["Lina Shore"],
        ),
    ];
    for (markup, credits) in table {
        let body = format!(
            r#"<article><h1>Ferry landing opens at Kestrel Point</h1><div class="text">{markup}{PROSE}</div></article>"#
        );
        let doc = read_page(&page("", &body)).expect("the page reads");
        let found = credits_of(&doc);
        assert_eq!(found, *credits, "{markup}");
    }
}

#[test]
fn pages_with_nothing_to_read_are_no_text() {
    for html in [
        // A bot check.
        page(
            "<title>Just a moment...</title>",
            r#"<div class="main-wrapper"><h1>Checking your browser before accessing harbour.example.org</h1>
               <p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
               <noscript>Please enable JavaScript and cookies to continue.</noscript></div>"#,
        ),
        // A shell that a script fills.
        page(
            "<title>Harbour Board</title><script src=\"/app.js\"></script>",
            r#"<div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>"#,
        ),
        // A verification page with its own words for it.
        page(
            "<title>Security check</title>",
            r#"<p>Please verify you are human by completing the action below.</p><form><input type="checkbox"></form>"#,
        ),
    ] {
        assert_eq!(
            read_page(&html).map(|d| d.text),
            Err(Error::NoText),
            "{html}"
        );
    }
    // A short release is not an interstitial, even when it says "just a moment".
    let short = page(
        "<title>Ferry timetable change</title>",
        "<h1>Ferry timetable change</h1><p>The late crossing leaves just a moment later, at 21:05, from Monday.</p>",
    );
    assert!(read_page(&short).is_ok());
}

#[test]
fn a_release_date_stated_in_the_first_lines_is_published() {
    // (the lines above the story, the date they state as the release's)
    let table: &[(&str, Option<&str>)] = &[
        (
            "<p><b>FOR IMMEDIATE RELEASE: March 5, 2025</b></p>",
            Some("2025-03-05"),
        ),
        ("<p>Released 12 February 2024</p>", Some("2024-02-12")),
        ("<div>Posted on July 9, 2023 by Harbour Desk</div>", Some("2023-07-09")),
        // The release's own "today" with its date in brackets.
        (
            "<p>The harbour board today (Thursday 6 June 2024) opened the landing to all skippers.</p>",
            Some("2024-06-06"),
        ),
        // An update line is not the release date; a date inside a sentence is no date line,
        // and a bracketed date after any word but "today" is an event's.
        ("<p>Last updated: 3 January 2025</p>", None),
        (
            "<p>The works began on 14 March 2022 and ran over two winters.</p>",
            None,
        ),
        (
            "<p>The board's vote (14 March 2022) settled the plan for the landing.</p>",
            None,
        ),
    ];
    for (top, want) in table {
        let body =
            format!("<main><h1>Ferry landing opens at Kestrel Point</h1>{top}{PROSE}</main>");
        let doc = read_page(&page("", &body)).expect("the page reads");
        // The rule's own answer: the page-date stage may have found a date before it.
        let got = release_date_in_body(&doc).map(|d| d.to_string());
        assert_eq!(got.as_deref(), *want, "{top}");
    }
}

#[test]
fn the_line_above_a_dateline_opener_is_the_headline_of_a_page_without_one() {
    // Two invented publishers' pages with no headline element: an exhibit filed with a
    // regulator (a wrapper title that names no release) and a wire copy with only a site
    // title; the headline is the line right above the dateline opener.
    let table: &[(&str, &str, Option<&str>)] = &[
        (
            "<title>Document</title>",
            "<div><b>Exhibit 99.1</b></div><div><b>NORTHWIND TILE REPORTS RECORD SPRING SALES</b></div>\
             <div>DULUTH, MN -- (WIRE) -- Northwind Tile Company said on Tuesday that its spring \
             sales rose by a fifth, led by its new line of frost-proof floor tiles.</div>",
            Some("NORTHWIND TILE REPORTS RECORD SPRING SALES"),
        ),
        (
            "",
            "<div>Lakeshore Grain Cooperative Names New Chief Operating Officer</div>\
             <p>FARGO, N.D., April 2, 2024 /Newswire/ -- Lakeshore Grain Cooperative has named a \
             new chief operating officer to run its elevators and rail sidings across the valley.</p>",
            Some("Lakeshore Grain Cooperative Names New Chief Operating Officer"),
        ),
        // An exhibit whose `<title>` is its file's name: the headline is printed over a
        // subtitle and a list of highlights, all above the opener.
        (
            "<title>ex991.htm</title>",
            "<div><b>Exhibit 99.1</b></div>\
             <div><b>Northwind Tile Reports Record Spring Sales</b></div>\
             <div><i>Frost-proof line doubles its share; outlook raised</i></div>\
             <ul><li>Net sales of $84.1 million, up 21 percent</li><li>Gross margin of 38 percent</li></ul>\
             <div>DULUTH, MN, May 6, 2024 -- (WIRE) -- Northwind Tile Company said on Tuesday that its spring \
             sales rose by a fifth, led by its new line of frost-proof floor tiles.</div>",
            Some("Northwind Tile Reports Record Spring Sales"),
        ),
        // A headline in capitals over a subtitle that is not, under a contact line.
        (
            "<title>Document</title>",
            "<p><b>FOR IMMEDIATE RELEASE</b></p><p>Investor contact: Ana Vel, (555) 010-2233</p>\
             <p><b>LAKESHORE GRAIN TO ACQUIRE PRAIRIE RAIL SIDINGS</b></p>\
             <p><i>Purchase adds three loading points on the valley line</i></p>\
             <p>FARGO, N.D., April 2, 2024 /Newswire/ -- Lakeshore Grain Cooperative has agreed to \
             buy three rail sidings from a regional carrier for $12 million.</p>",
            Some("LAKESHORE GRAIN TO ACQUIRE PRAIRIE RAIL SIDINGS"),
        ),
        // A short Title Case headline right above the opener is still the headline.
        (
            "<title>ex991.htm</title>",
            "<p>Northwind Acquires Brightmoor Tile</p>\
             <p>DULUTH, MN, March 3, 2025 -- (WIRE) -- Northwind Tile Company has agreed to buy \
             a smaller maker of glazed tiles for $30 million.</p>",
            Some("Northwind Acquires Brightmoor Tile"),
        ),
        // A sentence above the opener is no headline.
        (
            "<title>Document</title>",
            "<div>The figures below are unaudited.</div>\
             <div>DULUTH, MN -- (WIRE) -- Northwind Tile Company said on Tuesday that its spring \
             sales rose by a fifth, led by its new line of frost-proof floor tiles.</div>",
            None,
        ),
    ];
    for (head, body, want) in table {
        let doc = read_page(&page(head, body)).expect("the page reads");
        assert_eq!(doc.meta.title.as_deref(), *want, "{body}");
    }
}

/// The headline when the meta titles name the site or a section: a `<title>` that is "Site |
/// Headline" keeps its headline, and a title that reads like a name ("City Hall Newsroom",
/// "News | Eastvale College") gives way to the page's own heading.
#[test]
fn headline_over_site_and_section_titles() {
    let table = [
        (
            page(
                "<title>Northport Port Authority | Port signs deal with shipping line</title>",
                &format!("<header><h1><a href=\"/\">Northport Port Authority</a></h1></header><main><h2>Port signs deal with shipping line</h2>{PROSE}</main>"),
            ),
            "Port signs deal with shipping line",
        ),
        (
            page(
                "<title>News | Eastvale College</title>",
                &format!("<main><h1>News</h1><article><h2>Eastvale College opens robotics lab</h2>{PROSE}</article></main>"),
            ),
            "Eastvale College opens robotics lab",
        ),
        (
            page(
                "<title>City Hall Newsroom</title>",
                &format!("<div id=content><h1 class=entry-title>Lakeside opens cooling centres as heat wave arrives</h1>{PROSE}</div>"),
            ),
            "Lakeside opens cooling centres as heat wave arrives",
        ),
        (
            page(
                "<title>Ferry landing opens at Kestrel Point</title>",
                &format!("<main><h1>Harbour Board</h1><h2>Ferry landing opens at Kestrel Point</h2>{PROSE}</main>"),
            ),
            "Ferry landing opens at Kestrel Point",
        ),
        // A logo's `h1` that is the title's first segment, and the story's `h2` its last.
        (
            page(
                "<title>Harbour Board - Notices - Ferry timetable changes for winter</title>",
                &format!("<header><h1 class=logo>Harbour Board</h1></header><main><h2 class=page-title>Ferry timetable changes for winter</h2>{PROSE}</main>"),
            ),
            "Ferry timetable changes for winter",
        ),
        // A subtitle printed inside the heading, in `small` or an element named so.
        (
            page(
                "<title>Harbour Board</title>",
                &format!("<main><h1>Ferry landing opens at Kestrel Point<br><small>Crossings start on Monday</small></h1>{PROSE}</main>"),
            ),
            "Ferry landing opens at Kestrel Point",
        ),
        (
            page(
                "<title>Harbour Board</title>",
                &format!("<main><h1>Dune walk reopens after the storm <span class=\"post-subtitle\">Volunteers replanted the grasses</span></h1>{PROSE}</main>"),
            ),
            "Dune walk reopens after the storm",
        ),
        // A heading broken over two lines is one headline.
        (
            page(
                "<title>Harbour Board</title>",
                &format!("<main><h1>Ferry landing opens<br>at Kestrel Point</h1>{PROSE}</main>"),
            ),
            "Ferry landing opens at Kestrel Point",
        ),
    ];
    for (html, want) in table {
        let doc = read_page(&html).expect("page reads");
        assert_eq!(doc.meta.title.as_deref(), Some(want), "{html}");
    }
}

/// A kicker printed inside the headline's element, or a label before a colon, is not the
/// headline's.
#[test]
fn headline_without_its_kicker() {
    for h1 in [
        "<h1><span class=kicker>Press release</span> Ferry landing opens at Kestrel Point</h1>",
        "<h1>PRESS RELEASE: Ferry landing opens at Kestrel Point</h1>",
    ] {
        let html = page(
            "<title>Harbour Board</title>",
            &format!("<main>{h1}{PROSE}</main>"),
        );
        let doc = read_page(&html).expect("page reads");
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Ferry landing opens at Kestrel Point"),
            "{h1}"
        );
    }
}

/// What each element does to the page's text comes from `html.tsv`: a row per element
/// name, so a missing or misspelt row shows here.
#[test]
fn elements_read_from_the_html_lexicon() {
    use crate::document::BlockKind;
    let blocks = [
        ("h3", Some(BlockKind::Heading)),
        ("dd", Some(BlockKind::ListItem)),
        ("figcaption", Some(BlockKind::Caption)),
        ("blockquote", Some(BlockKind::Paragraph)),
        ("td", Some(BlockKind::Paragraph)),
        ("span", None),
        ("em", None),
        ("script", None),
    ];
    for (name, want) in blocks {
        assert_eq!(content::block_kind(name), want, "{name}");
    }
    for name in ["script", "style", "template", "svg", "textarea", "button"] {
        assert!(parts::is_silent_tag(name), "{name} is silent");
    }
    for name in ["p", "span", "a", "article", "noscripts"] {
        assert!(!parts::is_silent_tag(name), "{name} is rendered");
    }
}

/// A `role` attribute marks a landmark as surely as the element: an invented page whose
/// menu is a `div role="navigation"` and whose sidebar is an `aside` keeps neither.
#[test]
fn roles_and_landmark_elements_are_furniture() {
    let body = format!(
        "<div role=\"navigation\"><a href=\"/a\">Home</a> <a href=\"/b\">About the council</a></div>\
         <article><h1>Harbour board opens new ferry landing</h1>{PROSE}</article>\
         <aside><p>Most read: Library extends its opening hours</p></aside>"
    );
    let doc = read_page(&page("", &body)).expect("page reads");
    assert!(!doc.text.contains("About the council"), "{}", doc.text);
    assert!(!doc.text.contains("Most read"), "{}", doc.text);
    assert!(doc.text.contains("step-free access"), "{}", doc.text);
}

#[test]
fn tag_facts_looked_up_once_are_each_elements_own() {
    // The per-page memo of tag facts answers for every element what the lexicon says of its
    // own tag, custom elements included, whichever element asked first.
    let page = "<nav><a href=\"/a\">Home</a></nav><article><h2>Ferry</h2><section>\
                <p>Text</p><script>x()</script><ferry-map>map</ferry-map><nav>Menu</nav>\
                </section><aside><time>May</time><img src=\"a.png\"></aside></article>\
                <ferry-map>again</ferry-map><p>More</p>";
    let dom = Dom::new(scraper::Html::parse_document(page));
    let mut tags = parts::Tags::default();
    let mut seen = 0;
    for el in dom.tree.nodes().filter_map(|n| n.value().as_element()) {
        let facts = tags.of(el);
        assert_eq!(facts, parts::TagFacts::of(el.name()), "{}", el.name());
        assert_eq!(
            facts.landmark,
            lexicon::contains(Class::HtmlLandmark, el.name())
        );
        seen += 1;
    }
    assert!(seen > 15, "{seen} elements");
    // What the facts are, for a few tags.
    assert!(parts::TagFacts::of("script").silent);
    assert!(parts::TagFacts::of("nav").landmark);
    assert!(parts::TagFacts::of("article").sectioning);
    assert!(parts::TagFacts::of("h2").teaser_mark);
    assert_eq!(parts::TagFacts::of("ferry-map"), parts::TagFacts::default());
}

#[test]
fn a_words_furniture_verdicts_are_read_once_for_both_contexts() {
    // Both verdicts of `word_names_part` (outside, inside a section) are what reading the
    // furniture lexicon entry by entry gives: an exact entry applies unless it names a
    // region inside a section; a word longer than four bytes holding a `part` entry too.
    let by_entries = |w: &str, in_section: bool| {
        let applies = |v: &str| !(v.contains("region") && in_section);
        if let Some(v) = lexicon::value(Class::PageFurnitureWord, w) {
            return applies(v);
        }
        w.len() > 4
            && lexicon::entries(Class::PageFurnitureWord)
                .any(|(entry, v)| v.contains("part") && applies(v) && w.contains(entry))
    };
    let mut words: Vec<String> = [
        "",
        "x",
        "box",
        "wrapper",
        "article",
        "content",
        "footerwrap",
        "mainmenu",
        "sidefooter",
        "topfooterlinks",
        "sharebar",
        "footer",
        "Footer",
        "menu",
        "MENU",
        "navbarfooter",
    ]
    .iter()
    .map(|w| w.to_string())
    .collect();
    for (entry, _) in lexicon::entries(Class::PageFurnitureWord) {
        words.push(entry.to_owned());
        words.push(format!("main{entry}"));
        words.push(format!("{entry}wrap"));
        words.push(format!("{entry}footer"));
    }
    for w in &words {
        let [outside, inside] = parts::word_names_part(w);
        assert_eq!(outside, by_entries(w, false), "{w} outside a section");
        assert_eq!(inside, by_entries(w, true), "{w} inside a section");
    }
    // What the verdicts are, on words of our own.
    assert_eq!(parts::word_names_part("pagefooterbox"), [true, false]);
    assert_eq!(parts::word_names_part("sharebar"), [true, true]);
    assert_eq!(parts::word_names_part("footer"), [true, false]);
    assert_eq!(parts::word_names_part("article"), [false, false]);
}

#[test]
fn class_name_words_split_at_marks_and_case_changes() {
    let table: [(&str, &[&str]); 9] = [
        ("shareBar", &["share", "bar"]),
        ("c-share__item", &["c", "share", "item"]),
        ("photoCredit2Box", &["photo", "credit2", "box"]),
        ("A1b2C3", &["a1b2", "c3"]),
        ("ABCDef", &["abcdef"]),
        ("ÉTÉ-news", &["été", "news"]),
        ("naïveStyle", &["naïve", "style"]),
        ("ÖlBild", &["öl", "bild"]),
        ("--", &[]),
    ];
    for (name, want) in table {
        assert_eq!(parts::name_words(name), want, "{name}");
    }
}

#[test]
fn class_name_words_read_in_place_as_in_a_vector() {
    // Each name's words, as `any_name_word` meets them, are the words `name_words` returns.
    for name in [
        "shareBar",
        "post-navigation",
        "c-share__item",
        "photoCredit2Box",
        "ÉtéPhoto-légende",
        "--",
        "x",
        "A1b2C3",
    ] {
        let mut met: Vec<String> = Vec::new();
        let found = parts::any_name_word(name, |w| {
            met.push(w.to_owned());
            false
        });
        assert!(!found, "{name}");
        assert_eq!(met, parts::name_words(name), "{name}");
        // The first word that answers ends the search.
        if let Some(first) = met.first() {
            assert!(parts::any_name_word(name, |w| w == first), "{name}");
        }
    }
    let mut names = vec!["z-box", "a-box", "z-box", "m"];
    names.sort_unstable();
    names.dedup();
    let page = r#"<div class="z-box a-box z-box m">x</div>"#;
    let dom = Dom::new(scraper::Html::parse_fragment(page));
    let el = dom
        .tree
        .nodes()
        .filter_map(|n| n.value().as_element())
        .find(|e| e.name() == "div")
        .expect("the page has a div");
    let classes: Vec<&str> = el.classes().collect();
    assert_eq!(crate::document::select::class_names(el), classes);
    assert_eq!(classes, names);
}
