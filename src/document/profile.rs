//! Site profiles: where a publisher's template keeps the headline, the body, the date,
//! the categories and the captions.
//!
//! A profile is data: CSS selectors in priority order. Built-in profiles cover the
//! templates of the main publishers of releases (the UN press site, the European
//! Parliament press room, WordPress and Drupal themes, press wires, GOV.UK); a generic
//! fallback reads `<meta>`, JSON-LD and common class names. Users add their own with
//! [`Options::profile`](crate::Options::profile), tried before the built-ins.

use super::select::{Dom, Sel};
use serde::{Deserialize, Serialize};

use crate::date::DateOrder;
use crate::error::{Error, Result};

/// Where one site's template keeps each part of a release, as CSS selectors.
///
/// Every list is in priority order; empty lists fall back to the generic rules. A page
/// uses the first profile whose `hosts` contain the page URL's host or whose `detect`
/// selectors match.
///
/// # Example: a profile for one publisher
///
/// ```
/// use communique::{Extractor, Options, Profile};
///
/// let profile = Profile::new("example-news")
///     .host("news.example.org")
///     .content(".story-body")
///     .title("h1.story-title")
///     .published(".story-meta time")
///     .category(".story-tags a");
/// let extractor = Extractor::with_options(Options::new().profile(profile))?;
/// let page = r#"<html><body><h1 class="story-title">Ministers meet in Oslo</h1>
///   <div class="story-meta"><time datetime="2024-03-05">5 March</time></div>
///   <div class="story-body"><p>Ministers met in Oslo on Tuesday.</p></div>
///   <ul class="story-tags"><li><a href="/t/energy">Energy</a></li></ul></body></html>"#;
/// let release = extractor.extract(communique::Page::html(page).url("https://news.example.org/a/1"))?;
/// assert_eq!(release.title.as_deref(), Some("Ministers meet in Oslo"));
/// assert_eq!(release.published.map(|d| d.to_string()).as_deref(), Some("2024-03-05"));
/// assert_eq!(release.categories, ["Energy"]);
/// # Ok::<(), communique::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Profile {
    /// A name for error messages and debugging.
    pub name: String,
    /// Host names (or their suffixes) the profile is for: `press.un.org`.
    pub hosts: Vec<String>,
    /// Selectors that identify the template when no URL is known.
    pub detect: Vec<String>,
    /// Elements holding the body; all matches are read, in document order.
    pub content: Vec<String>,
    /// Elements inside the body that are not part of the release (share bars, related links).
    pub exclude: Vec<String>,
    /// The headline.
    pub title: Vec<String>,
    /// The publication date: a `datetime` or `content` attribute, else the element's text.
    pub published: Vec<String>,
    /// The last update.
    pub modified: Vec<String>,
    /// Category and tag labels; each match is one category.
    pub categories: Vec<String>,
    /// Photo captions (the credit is split off: `… © AFP`).
    pub captions: Vec<String>,
    /// How the site writes all-digit dates (`19/12/2024`), when its pages do not say.
    pub date_order: Option<DateOrder>,
}

macro_rules! push_setter {
    ($(#[$doc:meta] $fn:ident => $field:ident),* $(,)?) => {
        $(
            #[$doc]
            pub fn $fn(mut self, value: impl Into<String>) -> Profile {
                self.$field.push(value.into());
                self
            }
        )*
    };
}

impl Profile {
    /// An empty profile called `name`.
    pub fn new(name: impl Into<String>) -> Profile {
        Profile {
            name: name.into(),
            ..Profile::default()
        }
    }

    push_setter! {
        /// Adds a host name the profile is for.
        host => hosts,
        /// Adds a selector that identifies the template.
        detect => detect,
        /// Adds a selector for body elements.
        content => content,
        /// Adds a selector for elements to leave out of the body.
        exclude => exclude,
        /// Adds a selector for the headline.
        title => title,
        /// Adds a selector for the publication date.
        published => published,
        /// Adds a selector for the last update.
        modified => modified,
        /// Adds a selector for category labels.
        category => categories,
        /// Adds a selector for photo captions.
        caption => captions,
    }

    /// Reads a profile from JSON: an object with the fields of this struct, every one
    /// optional but `name`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidProfile`] when the JSON does not have that shape. Selectors are
    /// checked later, by [`Extractor::with_options`](crate::Extractor::with_options).
    ///
    /// # Example
    ///
    /// ```
    /// let p = communique::Profile::from_json(r#"{"name": "x", "content": [".body"]}"#)?;
    /// assert_eq!(p.content, [".body"]);
    /// # Ok::<(), communique::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Profile> {
        let p: Profile = serde_json::from_str(json).map_err(|e| Error::InvalidProfile {
            reason: e.to_string(),
        })?;
        if p.name.trim().is_empty() {
            return Err(Error::InvalidProfile {
                reason: "`name` is missing or empty".to_owned(),
            });
        }
        Ok(p)
    }

    pub(crate) fn compile(&self) -> Result<CompiledProfile> {
        let sel = |list: &[String]| -> Result<Vec<Sel>> {
            list.iter()
                .map(|s| {
                    Sel::parse(s).map_err(|reason| Error::InvalidSelector {
                        profile: self.name.clone(),
                        selector: s.clone(),
                        reason,
                    })
                })
                .collect()
        };
        let detect = sel(&self.detect)?;
        // Selectors that the page's index answers are tried one by one: each then tests
        // only the elements of its own key, against itself alone. When one has no key (it
        // would test every element), one list, so detection walks the page once rather
        // than once per selector. Each selector parsed alone, so the list does too; the
        // fallback is only for safety.
        let detect = if detect.iter().all(Sel::is_indexed) {
            detect
        } else {
            match Sel::parse(&self.detect.join(", ")) {
                Ok(list) if !self.detect.is_empty() => vec![list],
                _ => detect,
            }
        };
        Ok(CompiledProfile {
            hosts: self.hosts.iter().map(|h| h.to_ascii_lowercase()).collect(),
            detect,
            content: sel(&self.content)?,
            exclude: sel(&self.exclude)?,
            title: sel(&self.title)?,
            published: sel(&self.published)?,
            modified: sel(&self.modified)?,
            categories: sel(&self.categories)?,
            captions: sel(&self.captions)?,
            date_order: self.date_order,
        })
    }
}

/// A profile with its selectors parsed, built once per `Extractor`.
#[derive(Debug)]
pub(crate) struct CompiledProfile {
    pub hosts: Vec<String>,
    pub detect: Vec<Sel>,
    pub content: Vec<Sel>,
    pub exclude: Vec<Sel>,
    pub title: Vec<Sel>,
    pub published: Vec<Sel>,
    pub modified: Vec<Sel>,
    pub categories: Vec<Sel>,
    pub captions: Vec<Sel>,
    pub date_order: Option<DateOrder>,
}

impl CompiledProfile {
    pub fn matches(&self, dom: &Dom, host: Option<&str>) -> bool {
        if let Some(host) = host {
            if self
                .hosts
                .iter()
                .any(|h| host == h || host.ends_with(&format!(".{h}")))
            {
                return true;
            }
        }
        self.detect.iter().any(|s| dom.select(s).next().is_some())
    }
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

/// The built-in profiles, most specific first.
pub(crate) fn builtin() -> Vec<Profile> {
    vec![
        Profile {
            name: "un-press".into(),
            hosts: strings(&["press.un.org"]),
            detect: strings(&[
                "article.node.press .field--name-field-symbol",
                "article.press--full",
            ]),
            content: strings(&["article.press--full .field--name-body"]),
            title: strings(&["h1.page-header"]),
            published: strings(&[".field--name-field-dated time"]),
            // Topic labels only: the document type and the speaking body ("Secretary-General")
            // are section labels, not topics.
            categories: strings(&["article.press--full .taxonomy-term a"]),
            date_order: Some(DateOrder::DayFirst),
            ..Profile::default()
        },
        Profile {
            name: "europarl-press-room".into(),
            hosts: strings(&["europarl.europa.eu"]),
            detect: strings(&[
                ".ep_gridrow .ep-m_product",
                "meta[name=keywords][content^='productType:']",
            ]),
            content: strings(&[".ep-a_facts", ".ep-a_text", ".ep-a_contacts", ".ep-a_links"]),
            exclude: strings(&[".ep_hidden", ".ep-a_share"]),
            title: strings(&["h1.ep_title .ep_name"]),
            published: strings(&["time[itemprop=datePublished]"]),
            // The committee and plenary labels; "Press Releases" is the document type.
            categories: strings(&[".ep_subtitle .ep-layout_contenttype .ep_name"]),
            captions: strings(&["figcaption .ep-layout_legend"]),
            date_order: Some(DateOrder::DayFirst),
            ..Profile::default()
        },
        Profile {
            name: "gov-uk".into(),
            hosts: strings(&["gov.uk"]),
            detect: strings(&["meta[name='govuk:format']", "body.govuk-template__body"]),
            content: strings(&[".gem-c-lead-paragraph", ".govspeak", ".gem-c-govspeak"]),
            title: strings(&["h1.gem-c-title__text", "h1.govuk-heading-xl"]),
            published: strings(&["meta[name='govuk:first-published-at']"]),
            modified: strings(&["meta[name='govuk:updated-at']"]),
            categories: strings(&["h3[id^='related-nav-topics'] + ul a"]),
            date_order: Some(DateOrder::DayFirst),
            ..Profile::default()
        },
        Profile {
            name: "press-wire".into(),
            hosts: strings(&[
                "prnewswire.com",
                "globenewswire.com",
                "businesswire.com",
                "accesswire.com",
                "newswire.ca",
            ]),
            detect: strings(&[
                "section.release-body",
                "div.release-body",
                ".main-body-container.article-body",
                "#bw-release-story",
            ]),
            content: strings(&[
                ".release-header p.subtitle",
                ".release-body",
                ".main-body-container.article-body",
                "#bw-release-story",
                ".bw-release-story",
            ]),
            exclude: strings(&[".main-images-container", ".mw_disclaimer", ".release-logo"]),
            title: strings(&["h1"]),
            categories: strings(&[
                ".release-tags a",
                ".subject-list a",
                ".explore-section .img-title a",
            ]),
            date_order: Some(DateOrder::MonthFirst),
            ..Profile::default()
        },
        Profile {
            name: "wordpress".into(),
            detect: strings(&[
                "meta[name=generator][content^=WordPress]",
                "link[href*='/wp-content/']",
                "body[class*='wp-theme']",
            ]),
            content: strings(&[
                ".entry-content",
                ".post-content",
                ".td-post-content",
                ".single-content",
            ]),
            exclude: strings(&[
                ".sharedaddy",
                ".jp-relatedposts",
                ".addtoany_share_save_container",
                ".wp-block-buttons",
            ]),
            title: strings(&["h1.entry-title", ".entry-title", "h1.post-title"]),
            published: strings(&[
                "time.entry-date[datetime]",
                ".posted-on time",
                ".entry-date",
            ]),
            modified: strings(&["time.updated[datetime]"]),
            categories: strings(&[".cat-links a", ".entry-categories a", "a[rel~=category]"]),
            captions: strings(&[".wp-caption-text", ".wp-element-caption"]),
            ..Profile::default()
        },
        Profile {
            name: "drupal".into(),
            detect: strings(&[
                "meta[name=Generator][content^=Drupal]",
                "[class*='field-name-body']",
                "[class*='field--name-body']",
            ]),
            content: strings(&[
                ".field--name-body",
                ".field-name-body",
                ".field-name-field-forall-body",
            ]),
            title: strings(&["h1.page-title", "h1.page-header", "h1.title"]),
            categories: strings(&[".field--name-field-tags a", ".field-name-field-tags a"]),
            ..Profile::default()
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Extractor, Page};

    fn dom(html: &str) -> Dom {
        Dom::new(scraper::Html::parse_document(html))
    }

    #[test]
    fn hosts_match_the_host_or_its_subdomains() {
        let p = Profile::new("t")
            .host("news.example.org")
            .compile()
            .unwrap();
        let empty = dom("<p>x</p>");
        // (page host, matches)
        let table = [
            ("news.example.org", true),
            ("www.news.example.org", true),
            ("archive.news.example.org", true),
            ("badnews.example.org", false),
            ("example.org", false),
            ("news.example.org.evil.net", false),
        ];
        for (host, want) in table {
            assert_eq!(p.matches(&empty, Some(host)), want, "{host}");
        }
        assert!(!p.matches(&empty, None));
    }

    #[test]
    fn detect_selectors_identify_a_template_without_a_url() {
        let wp = builtin()
            .into_iter()
            .find(|p| p.name == "wordpress")
            .unwrap()
            .compile()
            .unwrap();
        // (page, is a WordPress page)
        let table = [
            (
                r#"<head><meta name="generator" content="WordPress 6.4"></head><p>x</p>"#,
                true,
            ),
            (
                r#"<head><link rel="stylesheet" href="/wp-content/themes/a.css"></head>"#,
                true,
            ),
            (
                r#"<body class="post wp-theme-harbour"><p>x</p></body>"#,
                true,
            ),
            (
                r#"<head><meta name="generator" content="Hugo 0.120"></head>"#,
                false,
            ),
            (r#"<p>Posted on WordPress.com by a reader</p>"#, false),
        ];
        for (page, want) in table {
            assert_eq!(wp.matches(&dom(page), None), want, "{page}");
        }
    }

    #[test]
    fn profiles_from_json_say_what_is_wrong() {
        let ok = Profile::from_json(r#"{"name": "harbour", "title": ["h1.headline"]}"#).unwrap();
        assert_eq!(ok.title, ["h1.headline"]);
        // (JSON, a word the error must contain)
        let table = [
            (r#"{"title": ["h1"]}"#, "name"),
            (r#"{"name": "  "}"#, "name"),
            (r#"{"name": "x", "headline": ["h1"]}"#, "headline"),
            (r#"{"name": "x", "content": ".body"}"#, "sequence"),
            (r#"{"name": "x""#, "EOF"),
        ];
        for (json, word) in table {
            match Profile::from_json(json) {
                Err(Error::InvalidProfile { reason }) => {
                    assert!(reason.contains(word), "{json}: {reason}");
                }
                other => panic!("{json}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_bad_selector_names_its_profile_and_itself() {
        let p = Profile::new("harbour").content(".body").title("h1[");
        match p.compile() {
            Err(Error::InvalidSelector {
                profile, selector, ..
            }) => {
                assert_eq!(profile, "harbour");
                assert_eq!(selector, "h1[");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn every_builtin_profile_compiles() {
        for p in builtin() {
            assert!(p.compile().is_ok(), "{}", p.name);
            assert!(!p.content.is_empty(), "{} reads no body", p.name);
        }
    }

    /// Each built-in template, as an invented page of its shape, gives its headline, date
    /// and labels from the profile's places.
    #[test]
    fn builtin_templates_read_their_parts() {
        const BODY: &str = "The harbour board approved a new winter timetable for the island \
            ferry on Tuesday, adding an early crossing on weekdays and a late one on Fridays.";
        // (URL, page, headline, published, categories)
        type Row = (
            &'static str,
            String,
            &'static str,
            Option<&'static str>,
            &'static [&'static str],
        );
        let table: &[Row] = &[
            (
                "https://www.gov.uk/government/news/ferry-timetable",
                format!(
                    r#"<html><head><meta name="govuk:first-published-at" content="2025-02-11T09:30:00+00:00"></head>
                    <body class="govuk-template__body"><h1 class="gem-c-title__text">Ferry timetable approved for winter</h1>
                    <div class="gem-c-govspeak"><p>{BODY}</p></div></body></html>"#
                ),
                "Ferry timetable approved for winter",
                Some("2025-02-11"),
                &[],
            ),
            (
                "https://harbour.example.net/2025/02/ferry/",
                format!(
                    r#"<html><head><meta name="generator" content="WordPress 6.4"></head><body>
                    <article><h1 class="entry-title">Ferry timetable approved for winter</h1>
                    <time class="entry-date" datetime="2025-02-12T10:00:00">12 February 2025</time>
                    <div class="entry-content"><p>{BODY}</p></div>
                    <span class="cat-links"><a href="/category/transport/">Transport</a></span></article></body></html>"#
                ),
                "Ferry timetable approved for winter",
                Some("2025-02-12"),
                &["Transport"],
            ),
            (
                "https://county.example.gov/news/ferry",
                format!(
                    r#"<html><head><meta name="Generator" content="Drupal 10"></head><body>
                    <h1 class="page-title">Ferry timetable approved for winter</h1>
                    <div class="field--name-body"><p>{BODY}</p></div>
                    <div class="field--name-field-tags"><a href="/tags/ferries">Ferries</a></div></body></html>"#
                ),
                "Ferry timetable approved for winter",
                None,
                &["Ferries"],
            ),
        ];
        let ex = Extractor::new();
        for (url, html, title, published, categories) in table {
            let r = ex.extract(Page::html(html).url(url)).unwrap();
            assert_eq!(r.title.as_deref(), Some(*title), "{url}");
            assert_eq!(
                r.published.map(|d| d.to_string()).as_deref(),
                *published,
                "{url}"
            );
            assert_eq!(r.categories, *categories, "{url}");
            assert!(r.text.contains("winter timetable"), "{url}: {}", r.text);
        }
    }
}
