//! Table tests of the date grammar: what each rule reads under each policy, and the same
//! written date read alike by the three readers that use the grammar.

use super::grammar::{self, Expr, Point, Policy, Read, Reader, Relative};
use super::token::tokens;
use super::*;

fn show_point(p: &Point) -> String {
    let part = |v: Option<u32>| v.map_or("?".to_owned(), |v| v.to_string());
    let mut s = format!(
        "{}/{}/{}",
        part(p.day),
        part(p.month),
        p.year.map_or("?".to_owned(), |y| y.to_string())
    );
    if let Some(w) = p.weekday {
        s = format!("wd{w} {s}");
    }
    s
}

fn show(read: &Read) -> String {
    match read.expr {
        Expr::Points {
            part,
            shift,
            year_offset,
            first,
            second,
            between,
            ..
        } => {
            let mut s = show_point(&first);
            if let Some((link, p)) = second {
                s = format!("{s} {link:?} {}", show_point(&p));
            }
            if between {
                s = format!("between {s}");
            }
            if let Some(p) = part {
                s = format!("{p:?} of {s}");
            }
            if let Some(k) = shift {
                s = format!("{k:?} {s}");
            }
            if let Some(k) = year_offset {
                s = format!("{s} year{k:+}");
            }
            s
        }
        Expr::RelativePeriod {
            part,
            month,
            offset,
        } => format!(
            "{part:?} of {} {offset:+}",
            if month { "month" } else { "year" }
        ),
        Expr::Quarter { part, year } => format!("{part:?} of {year}"),
        Expr::Iso(d) => format!("iso {d}"),
        Expr::Numeric(n) => format!("digits {} {} {} '{}'", n.a, n.b, n.year, n.sep),
        Expr::Relative(r) => match r {
            Relative::Day { offset, .. } => format!("day {offset:+}"),
            Relative::Unit { unit, offset, .. } => format!("{unit:?} {offset:+}"),
            Relative::Ago { count, unit } => format!("{count} {unit:?} ago"),
            Relative::Weekday { weekday, shift, .. } => format!("weekday {weekday} {shift:?}"),
            Relative::Weekend { shift } => format!("weekend {shift:?}"),
        },
        Expr::Season {
            first_month,
            year,
            shift,
        } => format!("season {first_month} {year:?} {shift:?}"),
        Expr::Decade { part, first, last } => format!("{part:?} decades {first}-{last}"),
        Expr::Fiscal { part, year } => format!("fiscal {part:?} {year:?}"),
    }
}

/// `words = reading` for every expression `rule` reads in `text` under `policy`.
fn reads(
    text: &str,
    policy: Policy,
    rule: fn(&Reader<'_, '_>, usize) -> Option<Read>,
) -> Vec<String> {
    let toks = tokens(text);
    let r = Reader {
        text,
        toks: &toks,
        policy,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match rule(&r, i) {
            Some(read) => {
                out.push(format!(
                    "{} = {}",
                    text.get(read.span.start..read.span.end).unwrap_or("?"),
                    show(&read)
                ));
                i = read.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

#[test]
fn absolute_forms_in_running_text() {
    // (text, what the grammar reads)
    let table: &[(&str, &[&str])] = &[
        ("met on 28 June 2018.", &["28 June 2018 = 28/6/2018"]),
        ("met on June 28th, 2018.", &["June 28th, 2018 = 28/6/2018"]),
        (
            "on Thu. June 28, 2018",
            &["Thu. June 28, 2018 = wd3 28/6/2018"],
        ),
        ("the 28th of June", &["28th of June = 28/6/?"]),
        ("NEW YORK, JUNE 28, 2018 --", &["JUNE 28, 2018 = 28/6/2018"]),
        (
            "from 6 to 10 July 2020",
            &["6 to 10 July 2020 = 6/?/? To 10/7/2020"],
        ),
        ("on 28 and 29 June", &["28 and 29 June = 28/?/? And 29/6/?"]),
        ("June 5-7, 2018", &["June 5-7, 2018 = 5/6/? To 7/?/2018"]),
        (
            "between March and May 2019",
            &["between March and May 2019 = between ?/3/? And ?/5/2019"],
        ),
        (
            "the last week of June 2018",
            &["the last week of June 2018 = Week(0) of ?/6/2018"],
        ),
        ("in mid-June", &["mid-June = Mid of ?/6/?"]),
        ("by end-June", &["end-June = End of ?/6/?"]),
        ("last December", &["last December = Last ?/12/?"]),
        ("in March this year", &["March this year = ?/3/? year+0"]),
        (
            "by the end of the month",
            &["the end of the month = End of month +0"],
        ),
        ("early this year", &["early this year = Early of year +0"]),
        ("in Q3 2018", &["Q3 2018 = Quarter(3) of 2018"]),
        ("2018–2020", &["2018–2020 = ?/?/2018 To ?/?/2020"]),
        (
            "at 2018-07-21T09:42:10+00:00 by",
            &["2018-07-21T09:42:10+00:00 = iso 2018-07-21"],
        ),
        ("on 28/06/2018", &["28/06/2018 = digits 28 6 2018 '/'"]),
        ("on 2024.10.25", &["2024.10.25 = digits 25 10 2024 '.'"]),
        ("on 28-Jun-2018", &["28-Jun-2018 = 28/6/2018"]),
        // Not dates: lowercase month words, an abbreviation alone, a number too long.
        ("you may march", &[]),
        ("in Jun the", &["Jun = ?/6/?"]),
        ("call 2018-19", &["2018 = ?/?/2018"]),
        // Seasons, decades and fiscal periods.
        (
            "planted last spring",
            &["last spring = season 3 None Some(Last)"],
        ),
        (
            "opens in summer 2027",
            &["summer 2027 = season 6 Some(2027) None"],
        ),
        ("built in the 1970s", &["1970s = None decades 1970-1970"]),
        (
            "grew in fiscal 2024",
            &["fiscal 2024 = fiscal None Named(2024)"],
        ),
    ];
    for (text, want) in table {
        assert_eq!(
            reads(text, grammar::TEXT, grammar::absolute),
            *want,
            "{text}"
        );
    }
}

#[test]
fn relative_forms_in_running_text() {
    let table: &[(&str, &[&str])] = &[
        ("announced today that", &["today = day +0"]),
        ("Earlier today, the", &["Earlier today = day +0"]),
        ("this morning", &["this morning = day +0"]),
        ("met last week", &["last week = Week -1"]),
        ("the previous year", &["the previous year = Year -1"]),
        ("nine days ago", &["nine days ago = 9 Day ago"]),
        ("78 years ago", &["78 years ago = 78 Year ago"]),
        ("adopted on Tuesday.", &["on Tuesday = weekday 1 None"]),
        (
            "They met last Friday.",
            &["last Friday = weekday 4 Some(Last)"],
        ),
        ("on Mondays", &[]),
        ("this weekend", &["this weekend = weekend Some(0)"]),
        ("over the weekend,", &["the weekend = weekend None"]),
        ("the vote said Thursday", &["Thursday = weekday 3 None"]),
        ("TODAY", &[]),
    ];
    for (text, want) in table {
        assert_eq!(
            reads(text, grammar::TEXT, grammar::relative),
            *want,
            "{text}"
        );
    }
}

#[test]
fn page_strings_in_many_languages() {
    // The page policy: every language, any case, page habits.
    let table: &[(&str, &[&str])] = &[
        ("2. Juli 2018", &["2. Juli 2018 = 2/7/2018"]),
        ("5 de julio de 2020", &["5 de julio de 2020 = 5/7/2020"]),
        ("1er février 2022", &["1er février 2022 = 1/2/2022"]),
        ("12. Mrz. 2019", &["12. Mrz. 2019 = 12/3/2019"]),
        ("2022. február 2.", &["2022. február 2 = 2/2/2022"]),
        ("2 февраля 2022 г.", &["2 февраля 2022 = 2/2/2022"]),
        ("4. 2. 2022", &["4. 2. 2022 = digits 4 2 2022 '.'"]),
        ("Party, 30.10.23", &["30.10.23 = digits 30 10 2023 '.'"]),
        ("2022年2月2日", &["2022年2月2日 = digits 2 2 2022 '年'"]),
        ("september 3, 2021", &["september 3, 2021 = 3/9/2021"]),
    ];
    for (text, want) in table {
        assert_eq!(
            reads(text, grammar::PAGE, grammar::absolute),
            *want,
            "{text}"
        );
    }
    // Running text does not read other languages or lowercase names.
    assert!(reads("2. Juli 2018", grammar::TEXT, grammar::absolute)
        .iter()
        .all(|r| r.starts_with("2018")));
    assert_eq!(
        reads("september 3, 2021", grammar::TEXT, grammar::absolute),
        ["2021 = ?/?/2021"]
    );
}

// --- the value types -------------------------------------------------------------------

#[test]
fn day_numbers_round_trip_every_day_1900_to_2100() {
    let mut n = Date::new(1900, 1, 1).unwrap().day_number();
    let mut weekday = Date::new(1900, 1, 1).unwrap().weekday();
    assert_eq!(weekday, 0, "1900-01-01 was a Monday");
    for y in 1900..=2100 {
        for m in 1..=12 {
            for d in 1..=days_in_month(y, m) {
                let date = Date::new(y, m, d).unwrap();
                assert_eq!(date.day_number(), n, "{date}");
                assert_eq!(Date::from_day_number(n), Some(date));
                assert_eq!(date.weekday(), weekday, "{date}");
                n += 1;
                weekday = (weekday + 1) % 7;
            }
        }
    }
}

#[test]
fn known_weekdays() {
    assert_eq!(Date::new(2018, 6, 28).unwrap().weekday(), 3); // Thursday
    assert_eq!(Date::new(2000, 2, 29).unwrap().weekday(), 1); // Tuesday
    assert_eq!(Date::new(2024, 10, 8).unwrap().weekday(), 1); // Tuesday
}

#[test]
fn invalid_dates_are_none() {
    assert!(Date::new(2018, 2, 29).is_none());
    assert!(Date::new(2000, 2, 29).is_some());
    assert!(Date::new(1900, 2, 29).is_none());
    assert!(Date::new(2018, 13, 1).is_none());
    assert!(Date::new(0, 1, 1).is_none());
    assert!(Date::new(10000, 1, 1).is_none());
    assert!(Date::new(9999, 12, 31).unwrap().add_days(1).is_none());
    assert!(Date::new(1, 1, 1).unwrap().add_days(-1).is_none());
}

#[test]
fn timestamps_print_as_given() {
    for s in [
        "2018-07-21T09:42:10+00:00",
        "2024-10-08T14:21:17",
        "2016-04-06T16:00:00Z",
        "2015-06-10T21:20:29-04:00",
        "2020-12-18",
    ] {
        assert_eq!(s.parse::<Timestamp>().unwrap().to_string(), s);
    }
    assert_eq!(
        Timestamp::parse_lenient("2024-09-25 17:39:56")
            .unwrap()
            .to_string(),
        "2024-09-25T17:39:56"
    );
    assert_eq!(
        Timestamp::parse_lenient("2023-07-11T13:36:00.000+0200")
            .unwrap()
            .to_string(),
        "2023-07-11T13:36:00+02:00"
    );
    assert!(Timestamp::parse_lenient("2023-13-11").is_none());
    assert!(Timestamp::parse_lenient("20230-11-11").is_none());
}
