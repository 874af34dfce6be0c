//! The output contract: what communique returns for one press release.
//!
//! These are the serde types of `SCHEMA.md`. Every key is always present in JSON:
//! an absent value is `null` or `[]`. Items are in document order.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::date::{Date, Timestamp};
use crate::span::Mention;

/// The value of [`PressRelease::schema`]: the version of the output contract.
pub const SCHEMA: &str = "communique/1";

/// Everything communique read from one press release.
///
/// Serialises to the `communique/1` JSON (the JSON Schema is `schema/communique-1.json`
/// in the repository); deserialising that JSON gives the same value back. Every key is
/// always present: `None` is `null` and an empty list is `[]`.
///
/// The struct is `#[non_exhaustive]`: a later version may add fields (and will add them
/// to the schema), so build values by extracting or deserialising, not by literal.
///
/// # Example: walking a release
///
/// ```
/// let release = communique::extract_text(
///     "Minister visits Nairobi\n\nNAIROBI, 12 March 2024 -- Foreign Minister Amina Yusuf \
///      visited the UN Environment Programme (UNEP) in Nairobi today.",
/// )?;
/// assert_eq!(release.schema, communique::SCHEMA);
/// let dateline = release.dateline.as_ref().unwrap();
/// assert_eq!(dateline.place.as_deref(), Some("NAIROBI"));
/// // No other date is given, so the dateline's is the publication date.
/// assert_eq!(release.published, dateline.date);
///
/// let person = &release.people[0];
/// assert_eq!(person.name, "Amina Yusuf");
/// assert_eq!(person.roles[0].title, "Foreign Minister");
/// let unep = &release.organisations[0];
/// assert_eq!((unep.name.as_str(), unep.acronym.as_deref()), ("UN Environment Programme", Some("UNEP")));
/// assert_eq!(unep.kind, communique::OrganisationKind::UnEntity);
/// for org in &release.organisations {
///     for m in &org.mentions {
///         assert_eq!(&release.text[m.range()], m.text);
///     }
/// }
/// # Ok::<(), communique::Error>(())
/// ```
///
/// # Example: a serde round trip
///
/// ```
/// use communique::PressRelease;
///
/// let release = communique::extract_text(
///     "Talks close\n\nThe ministers closed their talks in Vienna on 4 May 2021 with a joint statement.",
/// )?;
/// let json = serde_json::to_value(&release).unwrap();
/// assert_eq!(json["dates"][0]["start"], "2021-05-04");
/// assert_eq!(json["dates"][0]["precision"], "day");
/// assert_eq!(json["dateline"], serde_json::Value::Null);
/// assert_eq!(json["people"], serde_json::json!([]));
/// let back: PressRelease = serde_json::from_value(json).unwrap();
/// assert_eq!(back, release);
/// # Ok::<(), communique::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PressRelease {
    /// Always [`SCHEMA`] (`"communique/1"`).
    pub schema: String,
    /// The release's own headline, without the site name; `None` when the page has none.
    pub title: Option<String>,
    /// The day the release was issued.
    pub published: Option<Date>,
    /// The last update, as the page states it (a date, or a date and time).
    pub modified: Option<Timestamp>,
    /// The "PLACE, date --" opener of the first paragraph.
    pub dateline: Option<Dateline>,
    /// The publisher's own topic labels for this release, in page order.
    pub categories: Vec<String>,
    /// The normalised plain text: title, body blocks and captions, one block per line.
    /// Every span in this value is a byte range of this string.
    pub text: String,
    /// The people named, one entry per person.
    pub people: Vec<Person>,
    /// The organisations named, one entry per organisation.
    pub organisations: Vec<Organisation>,
    /// The events reported or announced.
    pub events: Vec<Event>,
    /// Every date expression, normalised to an inclusive range.
    pub dates: Vec<DateMention>,
    /// Photo captions and credits.
    pub photos: Vec<Photo>,
}

impl PressRelease {
    /// An empty release around `text`: no title, no dates, no entities.
    pub(crate) fn empty(text: String) -> PressRelease {
        PressRelease {
            schema: SCHEMA.to_owned(),
            title: None,
            published: None,
            modified: None,
            dateline: None,
            categories: Vec::new(),
            text,
            people: Vec::new(),
            organisations: Vec::new(),
            events: Vec::new(),
            dates: Vec::new(),
            photos: Vec::new(),
        }
    }
}

/// The place and date that open a release: `NEW YORK, June 28, 2018 --`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Dateline {
    /// The place as written, in its original case (`NEW YORK`).
    pub place: Option<String>,
    /// The date, when the opener gives one.
    pub date: Option<Date>,
}

/// A named human being.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Person {
    /// The fullest form of the name in the document, without honorifics.
    pub name: String,
    /// Every post the document gives the person.
    pub roles: Vec<Role>,
    /// Every place the person is named, in document order.
    pub mentions: Vec<Mention>,
}

/// A post a person holds: a title and the organisation it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Role {
    /// The title as written, without the organisation (`Executive Director`).
    pub title: String,
    /// The organisation's fullest name, or `None` for a rank without one.
    pub organisation: Option<String>,
}

/// A named organisation, institution, body, office, government, mission or company.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Organisation {
    /// The fullest name the document writes.
    pub name: String,
    /// The short form the document uses (`CTED`).
    pub acronym: Option<String>,
    /// What sort of body it is.
    pub kind: OrganisationKind,
    /// ISO 3166-1 alpha-2 code of the state it belongs to (missions, ministries).
    pub country: Option<String>,
    /// Every place it is named, in document order.
    pub mentions: Vec<Mention>,
}

/// What sort of body an [`Organisation`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OrganisationKind {
    /// A body of the United Nations system (UNODC, CTED, a UN committee).
    UnEntity,
    /// An organisation of states (the United Nations itself, the EU, INTERPOL).
    Intergovernmental,
    /// A government, ministry, agency, parliament or local authority.
    Government,
    /// A state's permanent mission to an international organisation.
    PermanentMission,
    /// A non-governmental, non-profit organisation or association.
    Ngo,
    /// A business.
    Company,
    /// A university, school or research institute.
    Academic,
    /// A newspaper, broadcaster, agency or wire.
    Media,
    /// Anything else.
    Other,
}

/// Something that took place or will: a conference, session, visit, signing …
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Event {
    /// Its title where it has one, else the head phrase ("high-level conference").
    pub name: String,
    /// What sort of event.
    pub kind: EventKind,
    /// When it took place.
    pub when: Option<EventWhen>,
    /// Where it took place, as written.
    #[serde(rename = "where")]
    pub place: Option<String>,
    /// Who organised it (names of organisations or people of this release).
    pub organisers: Vec<String>,
    /// Partners named as co-organisers, "together with" or "with".
    pub co_organisers: Vec<String>,
    /// People who chaired or moderated it.
    pub chairs: Vec<String>,
    /// Who took part.
    pub participants: Vec<String>,
    /// Index into [`PressRelease::events`] of the event this one is part of or held on
    /// the margins of.
    pub parent: Option<usize>,
    /// Every place it is named, in document order.
    pub mentions: Vec<Mention>,
}

/// What sort of [`Event`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// Conference, summit, forum, expo, congress.
    Conference,
    /// A session, plenary, segment or sitting of a body.
    Session,
    /// A side event held on the margins of another.
    SideEvent,
    /// A meeting, dialogue, consultation, roundtable.
    Meeting,
    /// A briefing, press conference, earnings call.
    Briefing,
    /// A workshop, seminar, webinar.
    Workshop,
    /// A visit.
    Visit,
    /// The signing of an agreement.
    Signing,
    /// A launch or opening.
    Launch,
    /// A training course.
    Training,
    /// Anything else: ceremonies, commemorations, festivals.
    Other,
}

/// When an [`Event`] took place: an inclusive range and the words that said so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EventWhen {
    /// First day.
    pub start: Date,
    /// Last day (equal to `start` for a one-day event).
    pub end: Date,
    /// The date expression as written.
    pub text: String,
}

/// A date expression of the text and its value.
///
/// The rules that turn the words into `start..=end` and a [`Precision`] are set out in
/// [`date_rules`](crate::date_rules). `Display` prints `words = start/precision` for
/// one day and `words = start..end/precision` for a longer range.
///
/// # Example
///
/// ```
/// use communique::Precision;
///
/// let release = communique::extract_text(
///     "Forum announced\n\nThe forum will take place in mid-June 2025 in Oslo.",
/// )?;
/// let d = &release.dates[0];
/// assert_eq!(d.text, "mid-June 2025");
/// assert_eq!((d.start.day(), d.end.day()), (11, 20));
/// assert_eq!(d.precision, Precision::Month);
/// assert_eq!(d.to_string(), "mid-June 2025 = 2025-06-11..2025-06-20/month");
/// assert_eq!(&release.text[d.span.range()], "mid-June 2025");
/// # Ok::<(), communique::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DateMention {
    /// The expression as written ("the last week of June 2018").
    pub text: String,
    /// First day of the range it names.
    pub start: Date,
    /// Last day of the range it names (inclusive).
    pub end: Date,
    /// How precise the expression is.
    pub precision: Precision,
    /// Where it is in the text.
    pub span: Mention,
}

/// How precise a [`DateMention`] is.
///
/// Serialises, and prints, as its snake_case name; precisions order from the finest
/// (`Day`) to `Range`.
///
/// ```
/// use communique::{EventKind, OrganisationKind, Precision};
///
/// assert_eq!(Precision::Quarter.to_string(), "quarter");
/// assert_eq!(serde_json::to_string(&Precision::Week).unwrap(), r#""week""#);
/// assert!(Precision::Day < Precision::Month);
/// assert_eq!(EventKind::SideEvent.as_str(), "side_event");
/// assert_eq!(OrganisationKind::PermanentMission.to_string(), "permanent_mission");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Precision {
    /// One day.
    Day,
    /// A week, Monday to Sunday, or seven days ("the last week of June").
    Week,
    /// A month or part of one ("early June").
    Month,
    /// A quarter or half of a year.
    Quarter,
    /// A year.
    Year,
    /// A range between two points ("28 June to 2 July 2018").
    Range,
}

/// A photo's caption and credit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Photo {
    /// The caption, when there is one.
    pub caption: Option<String>,
    /// The credit as written ("UN Photo/Mark Garten").
    pub credit: Option<String>,
}

macro_rules! snake_names {
    ($ty:ty { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $ty {
            /// The snake_case name used in JSON.
            pub fn as_str(self) -> &'static str {
                match self { $(<$ty>::$variant => $name),* }
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

snake_names!(OrganisationKind {
    UnEntity => "un_entity", Intergovernmental => "intergovernmental", Government => "government",
    PermanentMission => "permanent_mission", Ngo => "ngo", Company => "company",
    Academic => "academic", Media => "media", Other => "other",
});

snake_names!(EventKind {
    Conference => "conference", Session => "session", SideEvent => "side_event", Meeting => "meeting",
    Briefing => "briefing", Workshop => "workshop", Visit => "visit", Signing => "signing",
    Launch => "launch", Training => "training", Other => "other",
});

snake_names!(Precision {
    Day => "day", Week => "week", Month => "month", Quarter => "quarter", Year => "year", Range => "range",
});

impl fmt::Display for DateMention {
    /// `28 June 2018 = 2018-06-28/day`, or `2018-06-24..2018-06-30/week` for a range.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.start == self.end {
            write!(f, "{} = {}/{}", self.text, self.start, self.precision)
        } else {
            write!(
                f,
                "{} = {}..{}/{}",
                self.text, self.start, self.end, self.precision
            )
        }
    }
}
