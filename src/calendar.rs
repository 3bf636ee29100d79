//! Text → absolute dates: finds "Kamis, 31 Mei 2018 20:25 WIB", "24 April
//! 2019 07:21", "April 25, 2019" and "Jun 20th 2024" in Indonesian and English text, and turns
//! them into `Published` values (date, optional time, optional UTC offset).

use std::sync::LazyLock;

use jiff::civil::{Date, Time};
use regex::Regex;

use crate::lang;

/// A publication moment, as precise as the source allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Published {
    /// Calendar day.
    pub date: Date,
    /// Time of day, when given.
    pub time: Option<Time>,
    /// Offset from UTC in minutes, when known.
    pub offset_minutes: Option<i32>,
}

/// A day as "YYYY-MM-DD", as `Date`'s `Display` writes it, without the
/// formatting machinery: dates are written for every date an article names.
pub fn iso_day(date: Date) -> String {
    iso(date.year(), Some(date.month()), Some(date.day()))
}

/// "YYYY", "YYYY-MM" or "YYYY-MM-DD" (years 0 to 9999 as four digits, others
/// with their sign, six digits, as `Date` writes them).
pub fn iso(year: i16, month: Option<i8>, day: Option<i8>) -> String {
    let mut text = String::with_capacity(10);
    if (0..=9999).contains(&year) {
        push_digits(&mut text, year.unsigned_abs(), 4);
    } else {
        text.push(if year < 0 { '-' } else { '+' });
        push_digits(&mut text, year.unsigned_abs(), 6);
    }
    for part in [month, day].into_iter().map_while(|part| part) {
        text.push('-');
        push_digits(&mut text, part.unsigned_abs().into(), 2);
    }
    text
}

/// Appends the last `width` decimal digits of `value`, zero-padded.
fn push_digits(text: &mut String, value: u16, width: u32) {
    for place in (0..width).rev() {
        let digit = (u32::from(value) / 10u32.pow(place) % 10) as u8;
        text.push(char::from(b'0' + digit));
    }
}

impl Published {
    /// A day without time.
    pub fn day(date: Date) -> Self {
        Self {
            date,
            time: None,
            offset_minutes: None,
        }
    }

    /// RFC 3339: a full date-time with offset when time and zone are known,
    /// otherwise the full-date alone ("2018-06-01").
    pub fn to_rfc3339(self) -> String {
        match (self.time, self.offset_minutes) {
            (Some(time), Some(offset)) => {
                let sign = if offset < 0 { '-' } else { '+' };
                let offset = offset.abs();
                format!(
                    "{}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
                    self.date,
                    time.hour(),
                    time.minute(),
                    time.second(),
                    offset / 60,
                    offset % 60
                )
            }
            _ => self.date.to_string(),
        }
    }

    /// Parses front matter dates: RFC 3339 date-times and YYYY-MM-DD.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.len() == 10 {
            return text.parse::<Date>().ok().map(Self::day);
        }
        let timestamp: jiff::Timestamp = text.parse().ok()?;
        let offset = iso_offset_minutes(text)?;
        let local = timestamp.to_zoned(jiff::tz::TimeZone::fixed(
            jiff::tz::Offset::from_seconds(offset * 60).ok()?,
        ));
        Some(Self {
            date: local.date(),
            time: Some(local.time()),
            offset_minutes: Some(offset),
        })
    }
}

fn iso_offset_minutes(text: &str) -> Option<i32> {
    if text.ends_with('Z') || text.ends_with('z') {
        return Some(0);
    }
    let tail = &text[text.len().checked_sub(6)?..];
    let sign = match tail.as_bytes()[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let hours: i32 = tail[1..3].parse().ok()?;
    let minutes: i32 = tail[4..6].parse().ok()?;
    Some(sign * (hours * 60 + minutes))
}

fn alternation(words: impl Iterator<Item = &'static str>) -> String {
    let mut words: Vec<&str> = words.collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words.dedup();
    words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

fn month_pattern() -> String {
    alternation(
        lang::ALL
            .iter()
            .flat_map(|t| t.months.iter().map(|(m, _)| *m)),
    )
}

fn weekday_pattern() -> String {
    alternation(
        lang::ALL
            .iter()
            .flat_map(|t| t.weekdays.iter().map(|(d, _)| *d))
            .chain(
                lang::ALL
                    .iter()
                    .flat_map(|t| t.short_weekdays.iter().copied()),
            ),
    )
}

fn zone_pattern() -> String {
    let zones = lang::TIME_ZONES.iter().chain(lang::US_SEASONAL_ZONES);
    alternation(zones.map(|(z, _)| *z))
}

/// "31 Mei 2018" / "31 May, 2018" and "May 31, 2018", each with optional weekday.
static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let (m, wd) = (month_pattern(), weekday_pattern());
    Regex::new(&format!(
        r"(?i)(?:\b(?:{wd})\.?,?\s+)?(?:\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{m})\.?,?\s+(?P<y1>\d{{4}})\b|\b(?P<m2>{m})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})\b)"
    ))
    .expect("full date pattern")
});

/// A time after a date: "20:25 WIB", "07.21", "8:25 PM GMT+7", "pukul 18.00".
static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let zones = zone_pattern();
    Regex::new(&format!(
        r"(?i)^\s*(?:[,|•·—–-]\s*)?(?:pukul\s+|at\s+|jam\s+)?(?P<h>\d{{1,2}})[:.](?P<min>\d{{2}})(?::(?P<s>\d{{2}}))?\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*(?P<zone>{zones})(?:\s*(?P<zsign>[+-])\s*(?P<zh>\d{{1,2}}))?|\s*\(?(?:GMT|UTC)?(?P<osign>[+-])(?P<oh>\d{{2}}):?(?P<om>\d{{2}})\)?)?\b"
    ))
    .expect("time pattern")
});

/// An absolute date found in a text, with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    /// The date, with time and offset if they follow it.
    pub published: Published,
    /// Byte range of the whole expression in the text.
    pub start: usize,
    /// End of the expression (after the time, when there is one).
    pub end: usize,
}

/// Every absolute date (with a year) in a text, in order.
pub fn find_full_dates(text: &str) -> Vec<FoundDate> {
    FULL_DATE
        .captures_iter(text)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let (d, m, y) = match caps.name("d1") {
                Some(d) => (d, caps.name("m1")?, caps.name("y1")?),
                None => (caps.name("d2")?, caps.name("m2")?, caps.name("y2")?),
            };
            let month = lang::month_number(m.as_str())?;
            let date = Date::new(
                y.as_str().parse().ok()?,
                month as i8,
                d.as_str().parse().ok()?,
            )
            .ok()?;
            Some(with_time_after(text, date, whole.range()))
        })
        .collect()
}

/// The date found at `range` of `text`, with the time written right after it.
fn with_time_after(text: &str, date: Date, range: std::ops::Range<usize>) -> FoundDate {
    let mut found = FoundDate {
        published: Published::day(date),
        start: range.start,
        end: range.end,
    };
    if let Some((time, offset, len)) = time_after(&text[range.end..], date) {
        found.published.time = Some(time);
        found.published.offset_minutes = offset;
        found.end += len;
    }
    found
}

static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})|(?P<sa>\d{1,2})/(?P<sb>\d{1,2})/(?P<sy>\d{2})|(?P<iy>\d{4})[-.](?P<im>\d{2})[-.](?P<id>\d{2}))\b")
        .expect("numeric date pattern")
});

/// The first date written in figures ("29/01/2019", "2019-01-29",
/// "2019.01.29", "06/19/24" with slashes and a year of this century), with the
/// time after it, for a line that is only a date: a number over 12 tells day
/// from month, and otherwise the day comes first, as outside the United
/// States it does. Not for running text, where "1/2" is not a date.
pub fn find_numeric_date(text: &str) -> Option<FoundDate> {
    // The match alone is found by a fast automaton; its parts by a slower one.
    let whole = NUMERIC_DATE.find(text)?;
    let caps = NUMERIC_DATE.captures_at(text, whole.start())?;
    let number = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<i16>().ok());
    let day_and_month = (number("a").zip(number("b")).zip(number("y")))
        .or_else(|| Some((number("sa")?, number("sb")?)).zip(number("sy").map(|y| 2000 + y)));
    // "03/12/25 9:12 AM ET": an American zone after the date puts its month first.
    let month_first = || {
        let after = &text[whole.end()..];
        let word_at = |zone: &&str| {
            memchr::memmem::find_iter(after.as_bytes(), zone.as_bytes()).any(|at| {
                let end = at + zone.len();
                !after[..at].ends_with(char::is_alphanumeric)
                    && !after[end..].starts_with(char::is_alphanumeric)
            })
        };
        lang::US_ZONE_WORDS.iter().any(word_at)
    };
    let (year, month, day) = match day_and_month {
        Some(((a, b), y)) if a <= 12 && (b > 12 || month_first()) => (y, a, b),
        Some(((a, b), y)) => (y, b, a),
        None => (number("iy")?, number("im")?, number("id")?),
    };
    let date = Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
    Some(with_time_after(text, date, whole.range()))
}

/// A text that is only a time, with its zone if given ("2:15 PM GMT+1"):
/// the time and the zone's offset in minutes on the day `on` (the offset of
/// "ET" is the season's).
pub fn time_alone(text: &str, on: Date) -> Option<(Time, Option<i32>)> {
    let (time, offset, len) = time_after(text, on)?;
    text[len..].trim().is_empty().then_some((time, offset))
}

/// Whether a text is only a time, with its zone if given.
pub fn is_time_alone(text: &str) -> bool {
    time_alone(text, Date::ZERO).is_some()
}

fn time_after(text: &str, on: Date) -> Option<(Time, Option<i32>, usize)> {
    let caps = TIME_AFTER.captures(text)?;
    let mut hour: i8 = caps["h"].parse().ok()?;
    let minute: i8 = caps["min"].parse().ok()?;
    let second: i8 = caps
        .name("s")
        .map_or(Some(0), |s| s.as_str().parse().ok())?;
    if let Some(ampm) = caps.name("ampm") {
        let pm = ampm.as_str().to_lowercase().starts_with('p');
        hour = match (hour, pm) {
            (12, false) => 0,
            (h, true) if h < 12 => h + 12,
            (h, _) => h,
        };
    }
    let time = Time::new(hour, minute, second, 0).ok()?;
    Some((time, offset_of(&caps, on), caps.get(0)?.end()))
}

fn offset_of(caps: &regex::Captures<'_>, on: Date) -> Option<i32> {
    if let Some(zone) = caps.name("zone") {
        let base = match lang::zone_offset(zone.as_str()) {
            Some(fixed) => i32::from(fixed),
            None => us_seasonal_offset(zone.as_str(), on)?,
        };
        let extra = match (caps.name("zsign"), caps.name("zh")) {
            (Some(sign), Some(h)) => {
                let h: i32 = h.as_str().parse().ok()?;
                if sign.as_str() == "-" {
                    -h * 60
                } else {
                    h * 60
                }
            }
            _ => 0,
        };
        return Some(base + extra);
    }
    let sign = if caps.name("osign")?.as_str() == "-" {
        -1
    } else {
        1
    };
    let hours: i32 = caps["oh"].parse().ok()?;
    let minutes: i32 = caps["om"].parse().ok()?;
    Some(sign * (hours * 60 + minutes))
}

/// The offset of an American zone written without its season ("ET") on
/// the day `on`: summer time from the second Sunday of March to the first
/// Sunday of November.
fn us_seasonal_offset(zone: &str, on: Date) -> Option<i32> {
    let (_, standard) =
        (lang::US_SEASONAL_ZONES.iter()).find(|(name, _)| name.eq_ignore_ascii_case(zone))?;
    let sunday = |month: i8, nth: i8| {
        Date::new(on.year(), month, 1)
            .and_then(|first| first.nth_weekday_of_month(nth, jiff::civil::Weekday::Sunday))
            .ok()
    };
    let summer = (sunday(3, 2)?..sunday(11, 1)?).contains(&on);
    Some(i32::from(*standard) + if summer { 60 } else { 0 })
}

/// Parses a zone written in site.toml: an abbreviation ("WIB") or an offset ("+07:00").
pub fn parse_zone(text: &str) -> Option<i32> {
    if let Some(minutes) = lang::zone_offset(text.trim()) {
        return Some(i32::from(minutes));
    }
    let probe = format!("2000-01-01T00:00:00{}", text.trim());
    iso_offset_minutes(&probe).filter(|_| text.trim().len() == 6)
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_in_figures_day_first_unless_the_numbers_say_otherwise() {
        let date =
            |text: &str| super::find_numeric_date(text).map(|f| f.published.date.to_string());
        assert_eq!(date("29/01/2019").as_deref(), Some("2019-01-29"));
        assert_eq!(date("07/02/2020").as_deref(), Some("2020-02-07"));
        assert_eq!(date("01/29/2019").as_deref(), Some("2019-01-29"));
        assert_eq!(date("Updated 2019-01-29").as_deref(), Some("2019-01-29"));
        assert_eq!(date("13/13/2019"), None);
        assert_eq!(
            date("06/19/24 9:12 AM").as_deref(),
            Some("2024-06-19"),
            "a short year"
        );
        assert_eq!(date("19.06.24"), None, "a short year only after slashes");
        assert_eq!(
            date("03/12/25 9:12 AM ET").as_deref(),
            Some("2025-03-12"),
            "month first before an American zone"
        );
        let ordinal = super::find_full_dates("Jun 20th 2024 | Seoul");
        assert_eq!(ordinal[0].published.to_rfc3339(), "2024-06-20");
        let dashed = super::find_full_dates("June 19, 2024 — 10.52pm AEST");
        assert_eq!(
            dashed[0].published.to_rfc3339(),
            "2024-06-19T22:52:00+10:00"
        );
        let timed = super::find_numeric_date("Kompas.com - 29/01/2019, 14:22 WIB").unwrap();
        assert_eq!(timed.published.to_rfc3339(), "2019-01-29T14:22:00+07:00");
    }

    #[test]
    fn a_time_alone_with_its_zone() {
        let day = Date::constant(2024, 6, 19);
        let (time, offset) = super::time_alone("2:15 PM GMT+1", day).unwrap();
        assert_eq!((time.to_string().as_str(), offset), ("14:15:00", Some(60)));
        assert_eq!(super::time_alone("2:15 PM in Brussels", day), None);
        let (_, india) = super::time_alone("08:31 pm IST", day).unwrap();
        assert_eq!(india, Some(5 * 60 + 30), "a zone half an hour off the hour");
    }

    #[test]
    fn an_american_zone_without_its_season_takes_the_season_of_the_day() {
        let offset = |text: &str| {
            super::find_numeric_date(text)
                .unwrap()
                .published
                .offset_minutes
        };
        assert_eq!(offset("06/19/24 9:12 AM ET"), Some(-4 * 60), "summer time");
        assert_eq!(offset("01/19/24 9:12 AM ET"), Some(-5 * 60));
        assert_eq!(
            offset("03/10/24 9:12 AM ET"),
            Some(-4 * 60),
            "its first day"
        );
        assert_eq!(
            offset("2024-11-03 9:12 AM PT"),
            Some(-8 * 60),
            "standard time again"
        );
    }

    use super::*;

    proptest::proptest! {
        #[test]
        fn iso_days_are_written_as_dates_display_them(year in -9999i16..=9999, month in 1i8..=12, day in 1i8..=28) {
            let date = Date::new(year, month, day).unwrap();
            proptest::prop_assert_eq!(iso_day(date), date.to_string());
            let month_text = format!("{:04}-{:02}", date.year(), date.month());
            if (0..=9999).contains(&year) {
                proptest::prop_assert_eq!(iso(year, Some(month), None), month_text);
                proptest::prop_assert_eq!(iso(year, None, None), format!("{year:04}"));
            }
        }
    }
    use jiff::civil::date;

    #[test]
    fn indonesian_date_line_with_weekday_time_and_zone() {
        let found = find_full_dates("Kamis, 31 Mei 2018 20:25 WIB");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].published.to_rfc3339(), "2018-05-31T20:25:00+07:00");
        assert_eq!((found[0].start, found[0].end), (0, 28));
    }

    #[test]
    fn date_with_dotted_time_and_no_zone_keeps_the_day_only() {
        let found = find_full_dates("Willy Haryono • 24 April 2019 07:21");
        assert_eq!(
            found[0].published.time,
            Some(Time::new(7, 21, 0, 0).unwrap())
        );
        assert_eq!(found[0].published.to_rfc3339(), "2019-04-24");
    }

    #[test]
    fn english_month_first_dates_and_pm_times() {
        let found = find_full_dates("Published April 25, 2019 8:05 PM GMT+7");
        assert_eq!(found[0].published.to_rfc3339(), "2019-04-25T20:05:00+07:00");
    }

    #[test]
    fn dates_without_a_year_are_not_full_dates() {
        assert!(find_full_dates("pada 12 Juni di Singapura").is_empty());
    }

    #[test]
    fn impossible_dates_are_ignored() {
        assert!(find_full_dates("31 Februari 2018").is_empty());
    }

    #[test]
    fn iso_front_matter_dates() {
        assert_eq!(
            Published::parse_iso("2020-01-02"),
            Some(Published::day(date(2020, 1, 2)))
        );
        let p = Published::parse_iso("2019-04-24T07:21:00+07:00").unwrap();
        assert_eq!(p.to_rfc3339(), "2019-04-24T07:21:00+07:00");
        assert_eq!(Published::parse_iso("yesterday"), None);
    }

    #[test]
    fn zones_from_settings() {
        assert_eq!(parse_zone("WIB"), Some(420));
        assert_eq!(parse_zone("IST"), Some(330));
        assert_eq!(parse_zone("-05:00"), Some(-300));
        assert_eq!(parse_zone("nowhere"), None);
    }
}
