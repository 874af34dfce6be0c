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
        // One list, so detection walks the page once rather than once per selector. Each
        // selector parsed alone, so the list does too; the fallback is only for safety.
        let detect = match Sel::parse(&self.detect.join(", ")) {
            Ok(list) if !self.detect.is_empty() => vec![list],
            _ => detect,
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
