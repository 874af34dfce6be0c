//! Tables of the forms the stage reads, one test per form, and a property test.

use super::*;
use crate::document::{Block, BlockKind, Document, Meta};

fn doc(text: &str, published: Option<&str>) -> Document {
    Document {
        text: text.to_owned(),
        blocks: vec![Block {
            kind: BlockKind::Paragraph,
            span: Span::new(0, text.len()),
        }],
        meta: Meta {
            published: published.map(|p| p.parse().expect("test dates are valid")),
            ..Meta::default()
        },
    }
}

/// `text = value/precision` for every date found, as in SCHEMA.md's examples.
fn found(text: &str, published: Option<&str>) -> Vec<String> {
    let d = doc(text, published);
    find(&d)
        .iter()
        .map(|f| {
            let words = d.text.get(f.span.start..f.span.end).unwrap_or("?");
            if f.start == f.end {
                format!("{words} = {}/{}", f.start, f.precision)
            } else {
                format!("{words} = {}..{}/{}", f.start, f.end, f.precision)
            }
        })
        .collect()
}

#[test]
fn smoke() {
    assert_eq!(
        found("It opened on 28 June 2018 in New York.", None),
        ["28 June 2018 = 2018-06-28/day"]
    );
}

/// The release date most tables resolve against: Monday 2 July 2018.
const PUB: Option<&str> = Some("2018-07-02");

fn one(text: &str) -> Vec<String> {
    found(text, PUB)
}

#[test]
fn absolute_day_month_year() {
    assert_eq!(
        one("It met on 28 June 2018."),
        ["28 June 2018 = 2018-06-28/day"]
    );
    assert_eq!(
        one("It met on 28 June, 2018."),
        ["28 June, 2018 = 2018-06-28/day"]
    );
    assert_eq!(one("It met on 31 June 2018."), Vec::<String>::new()); // no such day
}

#[test]
fn absolute_month_day_year() {
    assert_eq!(
        one("It met on June 28, 2018."),
        ["June 28, 2018 = 2018-06-28/day"]
    );
    assert_eq!(
        one("It met on June 28th, 2018."),
        ["June 28th, 2018 = 2018-06-28/day"]
    );
    assert_eq!(
        one("It met on June 28 2018."),
        ["June 28 2018 = 2018-06-28/day"]
    );
}

#[test]
fn absolute_ordinal_of_month() {
    assert_eq!(
        one("the 28th of June 2018"),
        ["28th of June 2018 = 2018-06-28/day"]
    );
    assert_eq!(one("the 1st of July"), ["1st of July = 2018-07-01/day"]);
}

#[test]
fn absolute_with_weekday() {
    assert_eq!(
        one("Thursday, 28 June 2018"),
        ["Thursday, 28 June 2018 = 2018-06-28/day"]
    );
    assert_eq!(
        one("Thu. June 28, 2018"),
        ["Thu. June 28, 2018 = 2018-06-28/day"]
    );
}

#[test]
fn absolute_iso() {
    assert_eq!(one("Posted 2018-06-28."), ["2018-06-28 = 2018-06-28/day"]);
    assert_eq!(one("Ref 2018-06-31"), Vec::<String>::new());
}

#[test]
fn absolute_rfc3339() {
    assert_eq!(
        one("Updated 2018-07-21T09:42:10+00:00 by"),
        ["2018-07-21T09:42:10+00:00 = 2018-07-21/day"]
    );
    assert_eq!(
        one("at 2016-04-06T16:00:00Z."),
        ["2016-04-06T16:00:00Z = 2016-04-06/day"]
    );
    assert_eq!(
        one("at 2026-05-14 08:05:41"),
        ["2026-05-14 08:05:41 = 2026-05-14/day"]
    );
}

#[test]
fn absolute_numeric_by_convention() {
    // Unambiguous: the day is over 12.
    assert_eq!(one("on 28/06/2018"), ["28/06/2018 = 2018-06-28/day"]);
    assert_eq!(one("on 06/28/2018"), ["06/28/2018 = 2018-06-28/day"]);
    // Dotted dates are day first.
    assert_eq!(one("on 05.06.2018"), ["05.06.2018 = 2018-06-05/day"]);
    assert_eq!(one("on 6.9.2023"), ["6.9.2023 = 2023-09-06/day"]);
    // Ambiguous and nothing says which: left out.
    assert_eq!(one("on 05/06/2018"), Vec::<String>::new());
    // A page that writes day first elsewhere.
    assert_eq!(
        one("Geneva, 28 June 2018. Next review on 05/06/2019."),
        [
            "28 June 2018 = 2018-06-28/day",
            "05/06/2019 = 2019-06-05/day"
        ]
    );
    // A page that writes month first elsewhere.
    assert_eq!(
        one("WASHINGTON, June 28, 2018. Next review on 05/06/2019."),
        [
            "June 28, 2018 = 2018-06-28/day",
            "05/06/2019 = 2019-05-06/day"
        ]
    );
    assert_eq!(one("on 2024.10.25"), ["2024.10.25 = 2024-10-25/day"]);
    assert_eq!(one("on 28-Jun-2018"), ["28-Jun-2018 = 2018-06-28/day"]);
    assert_eq!(
        one("19-10-2022 - 13:14"),
        ["19-10-2022 - 13:14 = 2022-10-19/day"]
    );
}

#[test]
fn absolute_abbreviated_months() {
    assert_eq!(one("on Jun. 28, 2018"), ["Jun. 28, 2018 = 2018-06-28/day"]);
    assert_eq!(one("on Sept. 5, 2018"), ["Sept. 5, 2018 = 2018-09-05/day"]);
    assert_eq!(one("on 5 Sept 2018"), ["5 Sept 2018 = 2018-09-05/day"]);
    assert_eq!(
        one("25 Apr, 2016, 03:39 ET"),
        ["25 Apr, 2016, 03:39 ET = 2016-04-25/day"]
    );
    // An abbreviation alone is a name or a word, not a month.
    assert_eq!(one("in Jun the"), Vec::<String>::new());
}

#[test]
fn absolute_all_caps_dateline() {
    assert_eq!(
        one("NEW YORK, JUNE 28, 2018 -- The"),
        ["JUNE 28, 2018 = 2018-06-28/day"]
    );
    assert_eq!(
        one("GENEVA, 28 JUNE 2018 –"),
        ["28 JUNE 2018 = 2018-06-28/day"]
    );
}

#[test]
fn partial_month_year() {
    assert_eq!(
        one("in June 2018"),
        ["June 2018 = 2018-06-01..2018-06-30/month"]
    );
    assert_eq!(
        one("in JUNE 2018"),
        ["JUNE 2018 = 2018-06-01..2018-06-30/month"]
    );
    assert_eq!(
        one("brief (October 2022)"),
        ["October 2022 = 2022-10-01..2022-10-31/month"]
    );
}

#[test]
fn partial_year() {
    assert_eq!(
        one("by 2030, emissions"),
        ["2030 = 2030-01-01..2030-12-31/year"]
    );
    assert_eq!(one("in 1945 the"), ["1945 = 1945-01-01..1945-12-31/year"]);
}

#[test]
fn partial_day_month_without_year() {
    // The nearest occurrence to 2 July 2018.
    assert_eq!(one("on 28 June"), ["28 June = 2018-06-28/day"]);
    assert_eq!(one("on June 28"), ["June 28 = 2018-06-28/day"]);
    assert_eq!(one("on 5 January"), ["5 January = 2018-01-05/day"]);
    assert_eq!(
        found("on 5 January", Some("2018-11-20")),
        ["5 January = 2019-01-05/day"]
    );
    // Far from the anchor, the sentence's tense chooses the year.
    assert_eq!(
        found(
            "The summit will be held on 12–14 November in Rome.",
            Some("2024-03-14")
        ),
        ["12–14 November = 2024-11-12..2024-11-14/range"]
    );
    assert_eq!(
        found(
            "The summit was held on 12–14 November in Rome.",
            Some("2024-03-14")
        ),
        ["12–14 November = 2023-11-12..2023-11-14/range"]
    );
    // Near it, the nearest occurrence wins whatever the tense.
    assert_eq!(
        found(
            "The accord, signed on 5 March, will apply soon.",
            Some("2024-03-14")
        ),
        ["5 March = 2024-03-05/day"]
    );
    // Without an anchor there is no year to give it.
    assert_eq!(found("on 28 June", None), Vec::<String>::new());
    // A weekday picks the year it falls in.
    assert_eq!(
        found("on Friday, June 27", Some("2025-06-13")),
        ["Friday, June 27 = 2025-06-27/day"]
    );
}

#[test]
fn partial_month_alone() {
    assert_eq!(
        one("the summit in September."),
        ["September = 2018-09-01..2018-09-30/month"]
    );
    assert_eq!(
        one("held in April, the"),
        ["April = 2018-04-01..2018-04-30/month"]
    );
    assert_eq!(
        one("ahead of September’s forum"),
        ["September = 2018-09-01..2018-09-30/month"]
    );
    assert_eq!(
        one("during the November recess"),
        ["November = 2018-11-01..2018-11-30/month"]
    );
    assert_eq!(
        one("last December"),
        ["last December = 2017-12-01..2017-12-31/month"]
    );
    assert_eq!(
        one("next January"),
        ["next January = 2019-01-01..2019-01-31/month"]
    );
    assert_eq!(
        one("in March this year"),
        ["March this year = 2018-03-01..2018-03-31/month"]
    );
    assert_eq!(
        one("in January next year"),
        ["January next year = 2019-01-01..2019-01-31/month"]
    );
    assert_eq!(
        one("the month of March"),
        ["the month of March = 2018-03-01..2018-03-31/month"]
    );
    // Names and verbs.
    assert_eq!(one("Council Leader Rosa May said"), Vec::<String>::new());
    assert_eq!(one("The March for Science"), Vec::<String>::new());
    assert_eq!(one("June Smith spoke"), Vec::<String>::new());
}

#[test]
fn partial_weekday_alone() {
    // Published Monday 2 July 2018.
    assert_eq!(
        one("Parliament adopted the text on Thursday."),
        ["Thursday = 2018-06-28/day"]
    );
    assert_eq!(
        one("Parliament will vote on Thursday."),
        ["Thursday = 2018-07-05/day"]
    );
    assert_eq!(
        one("The vote is scheduled on Monday."),
        ["Monday = 2018-07-02/day"]
    );
    assert_eq!(
        one("MEPs adopted it on Monday."),
        ["Monday = 2018-07-02/day"]
    );
    assert_eq!(
        one("They met last Friday."),
        ["last Friday = 2018-06-29/day"]
    );
    assert_eq!(
        one("They meet next Monday."),
        ["next Monday = 2018-07-09/day"]
    );
    // Schedules and plurals are not dates.
    assert_eq!(
        one("The ministers met on Tuesday and Wednesday."),
        ["Tuesday = 2018-06-26/day", "Wednesday = 2018-06-27/day"]
    );
    assert_eq!(one("Open Monday through Friday."), Vec::<String>::new());
    assert_eq!(one("open on Monday through Friday"), Vec::<String>::new());
    assert_eq!(one("on Mondays"), Vec::<String>::new());
    assert_eq!(found("on Thursday", None), Vec::<String>::new());
}

#[test]
fn range_days_and() {
    assert_eq!(
        one("on 28 and 29 June 2018"),
        ["28 and 29 June 2018 = 2018-06-28..2018-06-29/range"]
    );
    assert_eq!(
        one("on October 24th and 25th"),
        ["October 24th and 25th = 2018-10-24..2018-10-25/range"]
    );
    // Not consecutive: two dates.
    assert_eq!(
        one("on 5 and 12 June 2018"),
        ["5 = 2018-06-05/day", "12 June 2018 = 2018-06-12/day"]
    );
}

#[test]
fn range_days_dash() {
    assert_eq!(
        one("on 28-29 June 2018"),
        ["28-29 June 2018 = 2018-06-28..2018-06-29/range"]
    );
    assert_eq!(
        one("on 28–29 June 2018"),
        ["28–29 June 2018 = 2018-06-28..2018-06-29/range"]
    );
    assert_eq!(
        one("10 - 11 September 2025"),
        ["10 - 11 September 2025 = 2025-09-10..2025-09-11/range"]
    );
    assert_eq!(
        one("on June 5-7, 2018"),
        ["June 5-7, 2018 = 2018-06-05..2018-06-07/range"]
    );
    assert_eq!(
        one("on October 23~25"),
        ["October 23~25 = 2018-10-23..2018-10-25/range"]
    );
    assert_eq!(
        one("from October 23 to 26"),
        ["October 23 to 26 = 2018-10-23..2018-10-26/range"]
    );
}

#[test]
fn range_day_month_to_day_month() {
    assert_eq!(
        one("28 June to 2 July 2018"),
        ["28 June to 2 July 2018 = 2018-06-28..2018-07-02/range"]
    );
    assert_eq!(
        one("June 28 - July 2, 2018"),
        ["June 28 - July 2, 2018 = 2018-06-28..2018-07-02/range"]
    );
    assert_eq!(
        one("December 28 – January 3, 2019"),
        ["December 28 – January 3, 2019 = 2018-12-28..2019-01-03/range"]
    );
    assert_eq!(
        one("from 28 June 2017 to 2 July 2018"),
        ["28 June 2017 to 2 July 2018 = 2017-06-28..2018-07-02/range"]
    );
}

#[test]
fn range_from_to() {
    assert_eq!(
        one("from 6 to 10 July 2020"),
        ["6 to 10 July 2020 = 2020-07-06..2020-07-10/range"]
    );
    assert_eq!(
        one("from March to May"),
        ["March to May = 2018-03-01..2018-05-31/range"]
    );
}

#[test]
fn range_weekdays_and_days() {
    assert_eq!(
        one("Monday 28 to Wednesday 30 June"),
        ["Monday 28 to Wednesday 30 June = 2018-06-28..2018-06-30/range"]
    );
}

#[test]
fn range_between_months() {
    assert_eq!(
        one("between March and May 2019"),
        ["between March and May 2019 = 2019-03-01..2019-05-31/range"]
    );
    assert_eq!(
        one("Between February and April, as Chair"),
        ["Between February and April = 2018-02-01..2018-04-30/range"]
    );
    assert_eq!(
        one("from June 2018 to July 2019"),
        ["June 2018 to July 2019 = 2018-06-01..2019-07-31/range"]
    );
}

#[test]
fn range_years() {
    assert_eq!(
        one("the 2018–2020 plan"),
        ["2018–2020 = 2018-01-01..2020-12-31/range"]
    );
    assert_eq!(
        one("[2009-2017] by"),
        ["2009-2017 = 2009-01-01..2017-12-31/range"]
    );
    assert_eq!(
        one("between 2017 and 2021"),
        ["between 2017 and 2021 = 2017-01-01..2021-12-31/range"]
    );
    assert_eq!(
        one("from 2017 to 2021"),
        ["2017 to 2021 = 2017-01-01..2021-12-31/range"]
    );
    assert_eq!(
        one("in 2030 and 2050"),
        [
            "2030 = 2030-01-01..2030-12-31/year",
            "2050 = 2050-01-01..2050-12-31/year"
        ]
    );
    // A season or fiscal year written short is left out.
    assert_eq!(one("the 2018-19 season"), Vec::<String>::new());
    assert_eq!(one("in 2003/04"), Vec::<String>::new());
}

#[test]
fn fuzzy_week_of_month() {
    assert_eq!(
        one("In the last week of June 2018, the board"),
        ["the last week of June 2018 = 2018-06-24..2018-06-30/week"]
    );
    assert_eq!(
        one("the first week of May 2019"),
        ["the first week of May 2019 = 2019-05-01..2019-05-07/week"]
    );
    assert_eq!(
        one("the week of June 5"),
        ["the week of June 5 = 2018-06-04..2018-06-10/week"]
    );
}

#[test]
fn fuzzy_early_mid_late() {
    assert_eq!(
        one("in early June"),
        ["early June = 2018-06-01..2018-06-10/month"]
    );
    assert_eq!(
        one("in mid-June"),
        ["mid-June = 2018-06-11..2018-06-20/month"]
    );
    assert_eq!(
        one("in late June 2019"),
        ["late June 2019 = 2019-06-21..2019-06-30/month"]
    );
    assert_eq!(
        one("by the end of June"),
        ["the end of June = 2018-06-21..2018-06-30/month"]
    );
    assert_eq!(
        one("by end-June"),
        ["end-June = 2018-06-21..2018-06-30/month"]
    );
    assert_eq!(
        one("in mid-2019"),
        ["mid-2019 = 2019-05-01..2019-08-31/quarter"]
    );
    assert_eq!(
        one("in early 2026"),
        ["early 2026 = 2026-01-01..2026-04-30/quarter"]
    );
}

#[test]
fn fuzzy_halves_and_quarters() {
    assert_eq!(
        one("in the first half of 2019"),
        ["the first half of 2019 = 2019-01-01..2019-06-30/quarter"]
    );
    assert_eq!(
        one("in Q3 2018"),
        ["Q3 2018 = 2018-07-01..2018-09-30/quarter"]
    );
    assert_eq!(
        one("in the third quarter of 2018"),
        ["the third quarter of 2018 = 2018-07-01..2018-09-30/quarter"]
    );
    assert_eq!(
        one("growth slowed in the second half of the year"),
        ["the second half of the year = 2018-07-01..2018-12-31/quarter"]
    );
    // A fiscal quarter is not a calendar one.
    assert_eq!(
        one("the second quarter of fiscal 2023"),
        Vec::<String>::new()
    );
}

#[test]
fn fuzzy_end_of_year() {
    assert_eq!(
        one("by the end of 2025"),
        ["the end of 2025 = 2025-12-01..2025-12-31/month"]
    );
    assert_eq!(
        one("by the end of this year"),
        ["the end of this year = 2018-12-01..2018-12-31/month"]
    );
    assert_eq!(
        one("Early this year, I"),
        ["Early this year = 2018-01-01..2018-04-30/quarter"]
    );
    assert_eq!(
        one("by the end of the month"),
        ["the end of the month = 2018-07-21..2018-07-31/month"]
    );
}

#[test]
fn relative_this_month() {
    assert_eq!(
        one("I will appoint this month a"),
        ["this month = 2018-07-01..2018-07-31/month"]
    );
    assert_eq!(
        one("Earlier this month, the"),
        ["Earlier this month = 2018-07-01..2018-07-31/month"]
    );
}

#[test]
fn relative_days() {
    assert_eq!(one("announced today that"), ["today = 2018-07-02/day"]);
    assert_eq!(one("Yesterday, the"), ["Yesterday = 2018-07-01/day"]);
    assert_eq!(one("opens tomorrow."), ["tomorrow = 2018-07-03/day"]);
    assert_eq!(one("earlier today."), ["earlier today = 2018-07-02/day"]);
    assert_eq!(one("Today's decision ends"), ["Today = 2018-07-02/day"]);
    assert_eq!(found("announced today that", None), Vec::<String>::new());
}

#[test]
fn relative_today_in_general() {
    assert_eq!(one("in today's world"), Vec::<String>::new());
    assert_eq!(one("the challenges of today"), Vec::<String>::new());
    assert_eq!(one("for a better tomorrow"), Vec::<String>::new());
    assert_eq!(
        one("Solutions for a Better Tomorrow."),
        Vec::<String>::new()
    );
    assert_eq!(one("today and tomorrow"), Vec::<String>::new());
}

#[test]
fn relative_weeks_months_years() {
    assert_eq!(
        one("met this week"),
        ["this week = 2018-07-02..2018-07-08/week"]
    );
    assert_eq!(
        one("met last week"),
        ["last week = 2018-06-25..2018-07-01/week"]
    );
    assert_eq!(
        one("meets next month"),
        ["next month = 2018-08-01..2018-08-31/month"]
    );
    assert_eq!(
        one("Last year, the"),
        ["Last year = 2017-01-01..2017-12-31/year"]
    );
    assert_eq!(
        one("Next year, the"),
        ["Next year = 2019-01-01..2019-12-31/year"]
    );
    assert_eq!(one("nine days ago"), ["nine days ago = 2018-06-23/day"]);
    assert_eq!(
        one("78 years ago"),
        ["78 years ago = 1940-01-01..1940-12-31/year"]
    );
    // Rolling periods have no calendar rule.
    assert_eq!(one("over the last year"), Vec::<String>::new());
    assert_eq!(one("within the next year"), Vec::<String>::new());
}

#[test]
fn times_of_day_stay_in_the_text() {
    assert_eq!(
        one("on 28 June 2018 at 10 a.m. EST."),
        ["28 June 2018 at 10 a.m. EST = 2018-06-28/day"]
    );
    assert_eq!(
        one("briefing at 10:00 a.m. EST today."),
        ["10:00 a.m. EST today = 2018-07-02/day"]
    );
    assert_eq!(
        found(
            "opens at 11 a.m. on Friday, 4 June, with",
            Some("2021-06-03")
        ),
        ["11 a.m. on Friday, 4 June = 2021-06-04/day"]
    );
    assert_eq!(
        one("Tuesday, December 10, 2024 –2:00 PM Eastern"),
        ["Tuesday, December 10, 2024 –2:00 PM = 2024-12-10/day"]
    );
    assert_eq!(
        one("April 06, 2016 12:00 ET"),
        ["April 06, 2016 12:00 ET = 2016-04-06/day"]
    );
}

#[test]
fn not_dates() {
    for text in [
        "for three years",
        "aged 65, she",
        "a 45-year-old man",
        "resolution 2396",
        "1,500 participants",
        "some 2000 participants",
        "call +1 212 963 2018 today",
        "SG/SM/21876",
        "S/2023/456",
        "at 2100 Pennsylvania Avenue",
        "in fiscal 2023",
        "Peugeot e-2008",
        "COVID-19 pandemic",
        "in March 2,000 people",
        "USD 2000 per",
        "1536\n2048\nCaption",
    ] {
        assert_eq!(found(text, None), Vec::<String>::new(), "{text}");
    }
}

mod written_styles {
    //! Random dates and ranges, written in each supported style inside a random
    //! sentence, must come back with their value and a span over their words.

    use proptest::prelude::*;

    use super::*;
    use crate::date::days_in_month;

    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const SHORT: [&str; 12] = [
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec.",
    ];
    const WEEKDAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const OPENINGS: [&str; 5] = [
        "The meeting took place",
        "Ministers met in Geneva",
        "The report was published",
        "The regional office will open its doors",
        "According to the secretariat, delegates gathered",
    ];
    const CLOSINGS: [&str; 5] = [
        ".",
        ", officials said.",
        " in Nairobi.",
        " as planned.",
        ", according to the report.",
    ];

    /// A date written one way, and the value it must read as.
    #[derive(Debug, Clone)]
    struct Written {
        words: String,
        preposition: &'static str,
        start: Date,
        end: Date,
    }

    fn ordinal(d: u32) -> String {
        let suffix = match (d % 10, d % 100) {
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        format!("{d}{suffix}")
    }

    fn date() -> impl Strategy<Value = Date> {
        (1900i32..2100, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| {
            Date::new(y, m, d.min(days_in_month(y, m))).expect("a clamped day is valid")
        })
    }

    fn day(style: u8, d: Date) -> Written {
        let (y, m, n) = (d.year(), d.month(), d.day());
        let month = MONTHS[m as usize - 1];
        let words = match style {
            0 => format!("{n} {month} {y}"),
            1 => format!("{month} {n}, {y}"),
            2 => format!("{} of {month} {y}", ordinal(n)),
            3 => format!("{}, {n} {month} {y}", WEEKDAYS[d.weekday() as usize]),
            4 => format!("{y}-{m:02}-{n:02}"),
            5 => format!("{n:02}.{m:02}.{y}"),
            6 => format!("{} {n}, {y}", SHORT[m as usize - 1]),
            7 => format!("{} {n}, {y}", month.to_uppercase()),
            _ => format!("{y}-{m:02}-{n:02}T10:30:00+02:00"),
        };
        Written {
            words,
            preposition: "on",
            start: d,
            end: d,
        }
    }

    fn period(style: u8, d: Date, len: u32) -> Option<Written> {
        let (y, m, n) = (d.year(), d.month(), d.day());
        let month = MONTHS[m as usize - 1];
        let last = days_in_month(y, m);
        let (words, start, end) = match style {
            0 => (
                format!("{month} {y}"),
                Date::new(y, m, 1)?,
                Date::new(y, m, last)?,
            ),
            1 => (format!("{y}"), Date::new(y, 1, 1)?, Date::new(y, 12, 31)?),
            2 => {
                let e = (n + len).min(last);
                (format!("{n}-{e} {month} {y}"), d, Date::new(y, m, e)?)
            }
            3 => {
                let e = d.add_days(i64::from(len) + 3)?;
                let words = format!(
                    "{n} {month} to {} {} {}",
                    e.day(),
                    MONTHS[e.month() as usize - 1],
                    e.year()
                );
                if e.year() != y {
                    return None;
                }
                (words, d, e)
            }
            4 => {
                let m2 = (m + len % 4 + 1).min(12);
                if m2 == m {
                    return None;
                }
                let words = format!("between {month} and {} {y}", MONTHS[m2 as usize - 1]);
                (words, Date::new(y, m, 1)?, Date::last_of_month(y, m2)?)
            }
            5 => {
                let y2 = y + 1 + (len % 5) as i32;
                (
                    format!("{y}–{y2}"),
                    Date::new(y, 1, 1)?,
                    Date::new(y2, 12, 31)?,
                )
            }
            6 => (
                format!("mid-{month} {y}"),
                Date::new(y, m, 11)?,
                Date::new(y, m, 20)?,
            ),
            7 => (
                format!("the last week of {month} {y}"),
                Date::new(y, m, last - 6)?,
                Date::new(y, m, last)?,
            ),
            8 => {
                let q = (m - 1) / 3 + 1;
                (
                    format!("Q{q} {y}"),
                    Date::new(y, 3 * q - 2, 1)?,
                    Date::last_of_month(y, 3 * q)?,
                )
            }
            _ => (
                format!("the first half of {y}"),
                Date::new(y, 1, 1)?,
                Date::new(y, 6, 30)?,
            ),
        };
        Some(Written {
            words,
            preposition: "in",
            start,
            end,
        })
    }

    fn check(w: &Written, opening: usize, closing: usize) -> Result<(), TestCaseError> {
        let text = format!(
            "{} {} {}{}",
            OPENINGS[opening % OPENINGS.len()],
            w.preposition,
            w.words,
            CLOSINGS[closing % CLOSINGS.len()]
        );
        let d = doc(&text, Some("2018-07-02"));
        let got = find(&d);
        prop_assert_eq!(got.len(), 1, "{}: {:?}", text, got);
        let f = got[0];
        prop_assert_eq!(
            d.text.get(f.span.start..f.span.end),
            Some(w.words.as_str()),
            "{}",
            text
        );
        prop_assert_eq!((f.start, f.end), (w.start, w.end), "{}", text);
        Ok(())
    }

    proptest! {
        #[test]
        fn days_come_back(style in 0u8..9, d in date(), opening in 0usize..5, closing in 0usize..5) {
            check(&day(style, d), opening, closing)?;
        }

        #[test]
        fn periods_and_ranges_come_back(
            style in 0u8..10, d in date(), len in 1u32..9, opening in 0usize..5, closing in 0usize..5
        ) {
            if let Some(w) = period(style, d, len) {
                check(&w, opening, closing)?;
            }
        }
    }
}

/// The share of extraction time the dates stage takes on the dev corpus. Run with
/// `cargo test --release --lib dates::tests::share_of_extraction_time -- --ignored --nocapture`.
///
/// The whole extraction runs on every page; the stage then runs again alone on a
/// document rebuilt from the output (its text, one block per line, its anchor), which
/// is the input `find` sees inside the extraction.
#[test]
fn dates_in_a_span() {
    let text = "The conference opened on 28 June 2018. A side event followed on 29 June 2018.";
    let d = doc(text, PUB);
    let all = find(&d);
    let second = text.find("A side").map_or(0, |i| i);
    let in_second: Vec<Span> = in_span(&all, Span::new(second, text.len()))
        .map(|f| f.span)
        .collect();
    assert_eq!(in_second.len(), 1);
    assert_eq!(
        in_second.first().and_then(|s| text.get(s.start..s.end)),
        Some("29 June 2018")
    );
    assert_eq!(in_span(&all, Span::new(0, 5)).count(), 0);
}

#[test]
fn spans_never_overlap_and_stay_in_order() {
    let text =
        "On Tuesday, 11 July, MEPs voted on 28-29 June 2018 and in mid-June; today, this week.";
    let d = doc(text, PUB);
    let all = find(&d);
    assert!(
        all.windows(2).all(|w| w[0].span.end <= w[1].span.start),
        "{all:?}"
    );
    assert!(all
        .iter()
        .all(|f| f.start <= f.end && d.text.get(f.span.start..f.span.end).is_some()));
}

#[test]
fn hostile_input_does_not_panic() {
    for text in [
        "",
        "\u{2013}\u{2013}28",
        "28 June 9999 to 2 July 9999",
        "31 December 2199 and 1 January 2200",
        "é28 Juneé",
        "Q4 2199",
        "between 2199 and 1800",
        "9999 days ago",
        "on Monday",
    ] {
        let _ = found(text, Some("9999-12-31"));
        let _ = found(text, Some("0001-01-01"));
    }
    let long = "28 June 2018, ".repeat(20_000);
    assert_eq!(found(&long, None).len(), 20_000);
}

#[test]
fn weekday_named_alone() {
    // Published Monday 2 July 2018. A weekday with no preposition is a date in a clause
    // ("said Friday", "Tuesday's vote").
    assert_eq!(
        one("The minister said Friday that talks would resume."),
        ["Friday = 2018-06-29/day"]
    );
    assert_eq!(
        one("The council will hold Thursday's vote in the old hall."),
        ["Thursday = 2018-07-05/day"]
    );
    // A verb of a timetable in the present tense looks ahead.
    assert_eq!(
        one("The consultation ends on Friday."),
        ["Friday = 2018-07-06/day"]
    );
    assert_eq!(
        one("The exhibition opens Thursday in the east wing."),
        ["Thursday = 2018-07-05/day"]
    );
    assert_eq!(
        one("The hearing is scheduled for Friday."),
        ["Friday = 2018-07-06/day"]
    );
    // Recurrences, names, schedules and lines of opening hours are not.
    assert_eq!(
        one("The library closes early every Monday."),
        Vec::<String>::new()
    );
    assert_eq!(
        one("The pilgrims walked on Good Friday."),
        Vec::<String>::new()
    );
    assert_eq!(
        one("The ferry sails to Friday Harbor."),
        Vec::<String>::new()
    );
    assert_eq!(
        one("The clinic opens Monday, Wednesday and Friday."),
        Vec::<String>::new()
    );
    assert_eq!(one("Sunday: 10 to 12"), Vec::<String>::new());
    assert_eq!(
        one("Walks start the first Saturday of the month."),
        Vec::<String>::new()
    );
}

#[test]
fn weekday_inside_a_written_range() {
    // A weekday after a range of a few days is the day of that range.
    assert_eq!(
        one("The fair runs from 9 to 13 July 2018; prizes are given on Thursday."),
        [
            "9 to 13 July 2018 = 2018-07-09..2018-07-13/range",
            "Thursday = 2018-07-12/day"
        ]
    );
}

#[test]
fn weekends() {
    // Weeks run Monday to Sunday; told in the past, the weekend before the release.
    assert_eq!(
        one("Volunteers cleaned the beach over the weekend."),
        ["the weekend = 2018-06-30..2018-07-01/range"]
    );
    assert_eq!(
        one("The market opens this weekend."),
        ["this weekend = 2018-07-07..2018-07-08/range"]
    );
    assert_eq!(
        one("It sold out last weekend, when the band played."),
        ["last weekend = 2018-06-30..2018-07-01/range"]
    );
    // A modifier of a noun is not a date.
    assert_eq!(one("Read the weekend edition."), Vec::<String>::new());
}

#[test]
fn seasons() {
    assert_eq!(
        one("The orchard was planted last spring."),
        ["last spring = 2018-03-01..2018-05-31/quarter"]
    );
    assert_eq!(
        one("The tram line opens in summer 2019."),
        ["summer 2019 = 2019-06-01..2019-08-31/quarter"]
    );
    assert_eq!(
        one("The festival returns next autumn."),
        ["next autumn = 2018-09-01..2018-11-30/quarter"]
    );
    // Alone or as a modifier: left out.
    assert_eq!(one("Bees swarm in the spring."), Vec::<String>::new());
    assert_eq!(one("The summer camp is full."), Vec::<String>::new());
    // A winter runs across two years and pages differ on which one it is named by: only
    // its year is read.
    assert_eq!(
        one("The roads closed in winter 2019."),
        ["2019 = 2019-01-01..2019-12-31/year"]
    );
}

#[test]
fn decades() {
    assert_eq!(
        one("The hall was built in the 1970s."),
        ["1970s = 1970-01-01..1979-12-31/range"]
    );
    assert_eq!(
        one("Prices fell in the late 1980s."),
        ["the late 1980s = 1987-01-01..1989-12-31/range"]
    );
    // "to today" ends a span of time: it is the present, not the release's day.
    assert_eq!(
        one("From the 1950s to today, the choir has sung."),
        ["1950s = 1950-01-01..1959-12-31/range"]
    );
}

#[test]
fn fiscal_periods_with_their_end() {
    assert_eq!(
        one("Sales rose in the second quarter of fiscal 2023, which ended July 29, 2023."),
        [
            "the second quarter of fiscal 2023 = 2023-04-30..2023-07-29/quarter",
            "July 29, 2023 = 2023-07-29/day"
        ]
    );
    // An end on the last day of a month: whole months.
    assert_eq!(
        one("Profit fell in fiscal 2025, which ended June 30, 2025."),
        [
            "fiscal 2025 = 2024-07-01..2025-06-30/year",
            "June 30, 2025 = 2025-06-30/day"
        ]
    );
    // Without the end, the fiscal calendar is the company's own.
    assert_eq!(one("Sales rose in fiscal 2024."), Vec::<String>::new());
}

#[test]
fn lists_of_days_of_one_month() {
    assert_eq!(
        one("Classes meet on November 1, 8, 15 and 22."),
        [
            "November 1 = 2018-11-01/day",
            "8 = 2018-11-08/day",
            "15 = 2018-11-15/day",
            "22 = 2018-11-22/day"
        ]
    );
    assert_eq!(
        one("Tours run March 7, 14, 2026."),
        ["March 7 = 2026-03-07/day", "14, 2026 = 2026-03-14/day"]
    );
    // A list that runs back, or a number that goes on, is not one.
    assert_eq!(
        one("On June 5, 6,000 people marched."),
        ["June 5 = 2018-06-05/day"]
    );
}

#[test]
fn shifted_days() {
    assert_eq!(
        one("The rule takes effect next March 1."),
        ["next March 1 = 2019-03-01/day"]
    );
    assert_eq!(
        one("The board met last June 15."),
        ["last June 15 = 2018-06-15/day"]
    );
}

#[test]
fn years_inside_names_and_titles() {
    // A year after a capitalised word inside a sentence belongs to the name.
    assert_eq!(
        one("The Harbour Festival 2019 drew large crowds."),
        Vec::<String>::new()
    );
    assert_eq!(one("the «Bridges – 2019» forum"), Vec::<String>::new());
    // After a preposition or a month it is the time.
    assert_eq!(
        one("The plan runs until 2030."),
        ["2030 = 2030-01-01..2030-12-31/year"]
    );
    // A query string is no text.
    assert_eq!(one("see list.php?year=2019&lang=en"), Vec::<String>::new());
}

// --- one grammar, three readers (the date grammar sits below the document and dates
// stages; this stage is the first that sees all three of its readers) -----------------

/// One written date, read by the body text, as a page date and in a dateline: the three
/// readers of the grammar agree on its day.
#[test]
fn one_grammar_three_readers() {
    use crate::document::meta::find_dateline;
    use crate::document::pagedate::parse_page_date;
    use crate::document::{Block, BlockKind, Document, Meta};
    use crate::span::Span;
    // (written date, the day)
    let table = [
        ("28 June 2018", "2018-06-28"),
        ("June 28, 2018", "2018-06-28"),
        ("Thursday, 28 June 2018", "2018-06-28"),
        ("Thu. June 28, 2018", "2018-06-28"),
        ("28th June 2018", "2018-06-28"),
        ("Sept. 5, 2018", "2018-09-05"),
        ("JUNE 28, 2018", "2018-06-28"),
        ("28 Jun 2018", "2018-06-28"),
        ("December 2nd, 2024", "2024-12-02"),
        ("Monday, March 3, 2025", "2025-03-03"),
    ];
    for (written, day) in table {
        let sentence = format!("The office opened on {written} in Lagos.");
        let doc = Document {
            text: sentence.clone(),
            blocks: vec![Block {
                kind: BlockKind::Paragraph,
                span: Span::new(0, sentence.len()),
            }],
            meta: Meta::default(),
        };
        let body: Vec<String> = crate::dates::find(&doc)
            .iter()
            .map(|d| d.start.to_string())
            .collect();
        assert_eq!(body, [day], "body: {written}");
        let page = parse_page_date(written, None).map(|t| t.date().to_string());
        assert_eq!(page.as_deref(), Some(day), "page: {written}");
        let line = format!("LAGOS, Nigeria, {written} -- The office opened.");
        let dateline = find_dateline(&line, 0, None).and_then(|d| d.date);
        assert_eq!(
            dateline.map(|d| d.to_string()).as_deref(),
            Some(day),
            "dateline: {written}"
        );
    }
}
