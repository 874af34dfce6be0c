//! Times of day next to a day: `28 June 2018 at 10 a.m. EST`, `10 a.m. on Friday`.
//!
//! A time joins the span of the day it is written beside but not its value. Two small
//! anchored patterns look on either side of a day that the date grammar
//! ([`crate::date::grammar`]) has read; times are not dates, so they have no rule there.

use once_cell::sync::Lazy;
use regex::{Regex, RegexBuilder};

/// A time of day: `10 a.m.`, `10:00 AM`, `13:14`, `noon`.
const TIME: &str = r"(?:
      (?:[01]?[0-9]|2[0-3])(?:[:.][0-5][0-9])?\x20?(?:[ap]\.m\.|[AP]\.M\.|(?:[ap]m|[AP]M)(?-u:\b))
    | (?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?-u:\b)
    | [Nn]oon(?-u:\b) | [Mm]idnight(?-u:\b)
)";

/// An optional time zone after a time: ` EST`, ` ET`, ` (CET)`, ` GMT+1`.
const ZONE: &str =
    r"(?:\x20\(?(?:[A-Z]{1,4}T|UTC|GMT)(?-u:\b)(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?\)?)?";

/// The two patterns.
#[derive(Debug)]
pub(crate) struct Times {
    /// A time of day just after a date: `, 10 a.m. EST`, ` - 13:14`.
    pub after: Regex,
    /// A time of day just before a date: `10 a.m. on `, `10:00 a.m. EST `.
    pub before: Regex,
}

/// The patterns, compiled on first use.
pub(crate) static TIMES: Lazy<Times> = Lazy::new(|| {
    let times = format!(r"{TIME}(?:(?:\x20?[-–]\x20?|\x20to\x20){TIME})?{ZONE}");
    let build = |pattern: String, name: &str| {
        RegexBuilder::new(&pattern)
            .build()
            .unwrap_or_else(|e| panic!("{name} is a valid pattern: {e}"))
    };
    Times {
        after: build(
            format!(r"(?x)^(?:,?\x20(?:at\x20|from\x20)?|\x20?[-–—]\x20?){times}"),
            "time after a date",
        ),
        before: build(
            format!(r"(?x)(?:^|[^0-9A-Za-z:.])({times},?\x20(?:on\x20)?)$"),
            "time before a date",
        ),
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_of_day() {
        fn after(t: &str) -> Option<&str> {
            TIMES.after.find(t).map(|m| m.as_str())
        }
        assert_eq!(after(", 03:39 ET and"), Some(", 03:39 ET"));
        assert_eq!(after(" –1:00 PM"), Some(" –1:00 PM"));
        assert_eq!(after(" at 10 a.m. EST."), Some(" at 10 a.m. EST"));
        assert_eq!(after(", 10 people"), None);
        fn before(t: &str) -> Option<&str> {
            TIMES
                .before
                .captures(t)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str())
        }
        assert_eq!(before("call at 10:00 a.m. EST "), Some("10:00 a.m. EST "));
        assert_eq!(before("reconvene at 10 a.m. on "), Some("10 a.m. on "));
        assert_eq!(before("at noon "), Some("noon "));
        assert_eq!(before("at 10 "), None);
    }
}
