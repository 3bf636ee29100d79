//! Sentence text and a publication date → the dates the text names: full
//! dates ("Kamis, 31 Mei 2018", "April 25, 2019"), dates without a year ("12
//! Juni"), months ("Februari lalu", "akhir Agustus", "February 2019"), and
//! relative expressions ("Kamis besok", "hari Rabu", "kemarin", "pekan lalu",
//! "last week") resolved against the publication date. Each keeps the
//! precision the text gives: a day, a month or a year, never more.

use std::ops::Range;

use jiff::civil::Date;
use jiff::ToSpan;

use super::lexicon::{lexicon, Class};
use super::names::Words;
use crate::calendar;
use crate::lang::{self, dates::Relative};

/// A date named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateMention {
    /// Where the expression is, in bytes.
    pub range: Range<usize>,
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub date: String,
    /// Opens a span ("sejak 2000", "since May") rather than dating an event.
    pub since: bool,
}

/// How precisely a period is known (days are written as full dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Precision {
    Month,
    Year,
}

fn format(date: Date, precision: Precision) -> String {
    match precision {
        Precision::Month => calendar::iso(date.year(), Some(date.month()), None),
        Precision::Year => calendar::iso(date.year(), None, None),
    }
}

/// Whether `phrase` is `first`, a space and `second`.
fn is_phrase(phrase: &str, first: &str, second: &str) -> bool {
    phrase.len() == first.len() + 1 + second.len()
        && phrase.starts_with(first)
        && phrase.ends_with(second)
        && phrase.as_bytes()[first.len()] == b' '
}

fn listed(lists: fn(&Relative) -> &'static [&'static str], word: &str) -> bool {
    lang::dates::ALL.iter().any(|r| lists(r).contains(&word))
}

/// Whether a date can begin at word i: a number or a date word there, or a
/// period word ("week") right after it ("last week").
fn may_start_at(words: &Sentence<'_, '_>, i: usize) -> bool {
    let next_is_unit = i + 1 < words.len() && words.class(i + 1).has(Class::PERIOD);
    next_is_unit || starts_a_date(words.first_byte(i), words.class(i))
}

/// Whether a date can begin at a word that opens with this byte and is of
/// this class: a number, or a month, weekday or relative-date word. Every
/// pattern of `Finder::at` begins with one of them, or with a word followed
/// by a period word ("last week").
fn starts_a_date(first_byte: u8, class: Class) -> bool {
    first_byte.is_ascii_digit() || class.has(Class::DATE_START)
}

fn weekday_number(word: &str) -> Option<i8> {
    lang::ALL
        .iter()
        .flat_map(|t| t.weekdays.iter())
        .find(|(name, _)| *name == word)
        .map(|(_, n)| *n as i8)
}

fn day_number(word: &str) -> Option<i8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix_ok = matches!(&word[digits.len()..], "" | "st" | "nd" | "rd" | "th");
    let day: i8 = digits.parse().ok()?;
    (suffix_ok && (1..=31).contains(&day) && digits.len() <= 2).then_some(day)
}

fn year_number(word: &str) -> Option<i16> {
    let year: i16 = word.parse().ok()?;
    (word.len() == 4 && (1800..=2200).contains(&year)).then_some(year)
}

/// Finds the dates of a sentence. Relative expressions need `published`;
/// without it only dates with a year are found.
pub(crate) fn find(text: &str, published: Option<Date>) -> Vec<DateMention> {
    let words = Words::new(text, &[]);
    find_in(&words, 0..text.len(), published)
}

/// Finds the dates of the part `range` (bytes, not cutting a word) of a text
/// given as its words; the mentions' ranges are within that part.
pub(crate) fn find_in(
    words: &Words<'_>,
    range: Range<usize>,
    published: Option<Date>,
) -> Vec<DateMention> {
    let words = Sentence::of(words, range);
    let count = words.len();
    let may_start = |i: usize| may_start_at(&words, i);
    let Some(first) = (0..count).find(|&i| may_start(i)) else {
        return Vec::new();
    };
    let future_words = (0..count)
        .filter(|&i| words.class(i).has(Class::FUTURE_TENSE))
        .collect();
    let finder = Finder {
        words: &words,
        published,
        future_words,
    };
    let mut found = Vec::new();
    let mut i = first;
    while i < count {
        if !may_start(i) {
            i += 1;
            continue;
        }
        match finder.at(i) {
            Some((end, date)) => {
                let end = end.min(count);
                let start = finder.extend_back(i);
                // "from Oct. 8 to Oct. 13": a span's end dates nothing of its
                // own; the event is its start's.
                let end = finder.range_end_after(start, end).unwrap_or(end);
                found.push(DateMention {
                    range: with_brackets(&words, start, end),
                    date,
                    since: finder.opens_span(start),
                });
                i = end;
            }
            None => i += 1,
        }
    }
    found
}

/// The bytes of the date at words `start..end`, with the brackets it is
/// written in: "Selasa (14/3)" and "di Bogor (29/1/2019)" leave no bracket
/// behind when the date is cut out.
fn with_brackets(words: &Sentence<'_, '_>, start: usize, end: usize) -> Range<usize> {
    let mut range = words.bytes(start).start..words.bytes(end - 1).end;
    if !words.gap_after(end - 1).starts_with(')') {
        return range;
    }
    let opened_before = start > 0 && words.gap_after(start - 1).ends_with('(');
    let opened_inside = (start..end - 1).any(|i| words.gap_after(i).contains('('));
    if opened_before || opened_inside {
        range.end += 1;
    }
    if opened_before {
        range.start -= 1;
    }
    range
}

/// A sentence of a text's words, read in place: its word `i` is word
/// `first + i` of the text, and byte ranges are counted from its start. It
/// has the words `Words::new` would find in the sentence alone.
struct Sentence<'w, 't> {
    words: &'w Words<'t>,
    first: usize,
    past: usize,
    bytes: Range<usize>,
}

impl<'w, 't> Sentence<'w, 't> {
    fn of(words: &'w Words<'t>, bytes: Range<usize>) -> Self {
        let tokens = &words.tokens;
        let first = tokens.partition_point(|t| t.start < bytes.start);
        let mut past = tokens.partition_point(|t| t.start < bytes.end);
        // A word that runs past the end is not the sentence's.
        if past > first && tokens[past - 1].end > bytes.end {
            past -= 1;
        }
        Sentence {
            words,
            first,
            past,
            bytes,
        }
    }

    fn len(&self) -> usize {
        self.past - self.first
    }

    fn lower(&self, i: usize) -> &'w str {
        self.words.lower(self.first + i)
    }

    #[cfg(test)]
    fn word(&self, i: usize) -> &'t str {
        self.words.word(self.first + i)
    }

    fn is_capitalised(&self, i: usize) -> bool {
        self.words.is_capitalised(self.first + i)
    }

    fn class(&self, i: usize) -> Class {
        self.words.class(self.first + i)
    }

    /// The first byte of word i in the text: a digit there is one in
    /// lowercase too.
    fn first_byte(&self, i: usize) -> u8 {
        self.words.text.as_bytes()[self.words.tokens[self.first + i].start]
    }

    /// Where word i is, counted from the sentence's start.
    fn bytes(&self, i: usize) -> Range<usize> {
        let token = self.words.tokens[self.first + i];
        token.start - self.bytes.start..token.end - self.bytes.start
    }

    /// The text between word i and the next word, or the sentence's end.
    fn gap_after(&self, i: usize) -> &'t str {
        let end = match i + 1 < self.len() {
            true => self.words.tokens[self.first + i + 1].start,
            false => self.bytes.end,
        };
        &self.words.text[self.words.tokens[self.first + i].end..end]
    }

    /// Whether words i and i + 1 are separated by spaces only.
    fn joined(&self, i: usize) -> bool {
        i + 1 < self.len() && self.gap_after(i).chars().all(char::is_whitespace)
    }
}

struct Finder<'s, 'w, 't> {
    words: &'s Sentence<'w, 't>,
    published: Option<Date>,
    /// Where the sentence's words of the future tense stand ("will",
    /// "akan"); most sentences have none.
    future_words: Vec<usize>,
}

impl Finder<'_, '_, '_> {
    /// Whether the date at word i is told in the future tense: a word of
    /// it before the date, or after it in the same report ("… met on
    /// Wednesday and said his country would …" reports a past meeting: a
    /// speech verb between them starts another clause).
    fn future_tense_at(&self, i: usize) -> bool {
        let speech =
            Class::VERB_AFTER_SPEAKER | Class::VERB_BEFORE_SPEAKER | Class::VERB_WITH_PRONOUN;
        self.future_words
            .iter()
            .any(|&f| f < i || !(i + 1..f).any(|k| self.words.class(k).has(speech)))
    }

    fn lower(&self, i: usize) -> Option<&str> {
        (i < self.words.len()).then(|| self.words.lower(i))
    }

    fn month_at(&self, i: usize) -> Option<i8> {
        let word = self.lower(i)?;
        // Month names are calendar words: the tables are read only for them.
        if !self.words.class(i).has(Class::CALENDAR) {
            return None;
        }
        lang::month_number(word).map(|m| m as i8)
    }

    /// The date starting at word i: (end word, date).
    fn at(&self, i: usize) -> Option<(usize, String)> {
        (self.bracketed(i).filter(|(end, _)| end - i == 3))
            .or_else(|| self.day_month(i))
            .or_else(|| self.month_day(i))
            .or_else(|| self.month_year(i))
            .or_else(|| self.period(i))
            .or_else(|| self.weekday(i))
            .or_else(|| self.bare_month(i))
            .or_else(|| self.named_day(i))
    }

    /// A day and month in figures in brackets, as Indonesian news gives the
    /// date after a weekday: "(14/3)", "(29/1/2019)", day first. Without a
    /// weekday in front, only with a year: "(3/5)" alone may be a score.
    fn bracketed(&self, i: usize) -> Option<(usize, String)> {
        let opened = i > 0 && self.words.gap_after(i - 1).ends_with('(');
        if !opened || self.words.gap_after(i) != "/" {
            return None;
        }
        let figures = self.lower(i)?;
        let day = day_number(figures).filter(|_| figures.bytes().all(|b| b.is_ascii_digit()))?;
        let month: i8 = self
            .lower(i + 1)?
            .parse()
            .ok()
            .filter(|m| (1..=12).contains(m))?;
        let (end, year) = match self.words.gap_after(i + 1) {
            "/" => (i + 3, Some(year_number(self.lower(i + 2)?)?)),
            _ => (i + 2, None),
        };
        if !self.words.gap_after(end - 1).starts_with(')') {
            return None;
        }
        let date = match year {
            Some(year) => Date::new(year, month, day).ok()?,
            None => self.without_year(month, day)?,
        };
        Some((end, calendar::iso_day(date)))
    }

    /// "31 Mei 2018", "12 Juni", "25 April, 2019".
    fn day_month(&self, i: usize) -> Option<(usize, String)> {
        let day = day_number(self.lower(i)?)?;
        let month = self.month_at(i + 1)?;
        match self.lower(i + 2).and_then(year_number) {
            Some(year) => Some((i + 3, calendar::iso_day(Date::new(year, month, day).ok()?))),
            None => Some((i + 2, calendar::iso_day(self.without_year(month, day)?))),
        }
    }

    /// "April 25, 2019", "June 12".
    fn month_day(&self, i: usize) -> Option<(usize, String)> {
        let month = self.month_at(i)?;
        if !self.words.is_capitalised(i) {
            return None;
        }
        let day = day_number(self.lower(i + 1)?)?;
        match self.lower(i + 2).and_then(year_number) {
            Some(year) => Some((i + 3, calendar::iso_day(Date::new(year, month, day).ok()?))),
            None => Some((i + 2, calendar::iso_day(self.without_year(month, day)?))),
        }
    }

    /// "Februari 2019".
    fn month_year(&self, i: usize) -> Option<(usize, String)> {
        let month = self.month_at(i)?;
        let year = year_number(self.lower(i + 1)?)?;
        Some((i + 2, calendar::iso(year, Some(month), None)))
    }

    /// A day and month given the year that puts it nearest the publication.
    fn without_year(&self, month: i8, day: i8) -> Option<Date> {
        let published = self.published?;
        (published.year() - 1..=published.year() + 1)
            .filter_map(|y| Date::new(y, month, day).ok())
            .min_by_key(|d| {
                published
                    .until(*d)
                    .map_or(i32::MAX, |span| span.get_days().saturating_abs())
            })
    }

    /// "pekan lalu", "bulan depan", "tahun ini", "last week", "next month".
    fn period(&self, i: usize) -> Option<(usize, String)> {
        let (end, date, precision) = self.period_date(i)?;
        Some((end, format(date, precision)))
    }

    /// The period phrase at word i: (end word, date, how precise).
    fn period_date(&self, i: usize) -> Option<(usize, Date, Precision)> {
        let published = self.published?;
        let (first, second) = (self.lower(i)?, self.lower(i + 1)?);
        let (unit, when) = if is_period(first) {
            (first, second)
        } else if is_period(second) {
            (second, first)
        } else {
            return None;
        };
        let step: i64 = if listed(|r| r.past, when) {
            -1
        } else if listed(|r| r.future, when) {
            1
        } else if listed(|r| r.current, when) {
            0
        } else {
            return None;
        };
        let (date, precision) = if listed(|r| r.week, unit) {
            (
                published.checked_add((7 * step).days()).ok()?,
                Precision::Month,
            )
        } else if listed(|r| r.month, unit) {
            (
                published.first_of_month().checked_add(step.months()).ok()?,
                Precision::Month,
            )
        } else {
            (published.checked_add(step.years()).ok()?, Precision::Year)
        };
        Some((i + 2, date, precision))
    }

    /// "Kamis besok", "hari Rabu", "on Wednesday", "last Friday".
    fn weekday(&self, i: usize) -> Option<(usize, String)> {
        let published = self.published?;
        let word = self.lower(i)?;
        let weekday = weekday_number(word)?;
        let before = i
            .checked_sub(1)
            .and_then(|b| self.lower(b))
            .unwrap_or_default();
        let after = self.lower(i + 1).unwrap_or_default();
        let capitalised = self.words.is_capitalised(i);
        if !capitalised && !listed(|r| r.lead_ins, before) {
            return None;
        }
        if self.day_month(i + 1).is_some() || self.month_day(i + 1).is_some() {
            return None;
        }
        if let Some(given) = self.bracketed(i + 1) {
            return Some(given);
        }
        if listed(|r| r.week, word) && (listed(|r| r.past, after) || listed(|r| r.future, after)) {
            return None;
        }
        let forward = listed(|r| r.future, after)
            || listed(|r| r.future, before)
            || (self.future_tense_at(i)
                && !listed(|r| r.past, after)
                && !listed(|r| r.past, before));
        let consumed = if listed(|r| r.future, after) || listed(|r| r.past, after) {
            i + 2
        } else {
            i + 1
        };
        let today = published.weekday().to_monday_one_offset();
        let offset = if forward {
            (weekday - today).rem_euclid(7)
        } else {
            -((today - weekday).rem_euclid(7))
        };
        let date = published.checked_add(i64::from(offset).days()).ok()?;
        Some((consumed, calendar::iso_day(date)))
    }

    /// "Februari lalu", "akhir Agustus", "in March".
    fn bare_month(&self, i: usize) -> Option<(usize, String)> {
        let published = self.published?;
        let month = self.month_at(i)?;
        if !self.words.is_capitalised(i) {
            return None;
        }
        // "September last year", "Maret tahun depan": the year is given.
        if let Some((end, date, Precision::Year)) = self.period_date(i + 1) {
            return Some((end, calendar::iso(date.year(), Some(month), None)));
        }
        let before = i
            .checked_sub(1)
            .and_then(|b| self.lower(b))
            .unwrap_or_default();
        let after = self.lower(i + 1).unwrap_or_default();
        let past = listed(|r| r.past, after) || listed(|r| r.past, before);
        let future = listed(|r| r.future, after) || listed(|r| r.future, before);
        let introduced = listed(|r| r.month_parts, before)
            || listed(|r| r.lead_ins, before)
            || listed(|r| r.since, before);
        if !(past || future || introduced) {
            return None;
        }
        let this_month = published.month();
        let forward = future || (self.future_tense_at(i) && !past);
        let year = if forward {
            published.year() + i16::from(month < this_month || (future && month == this_month))
        } else {
            published.year() - i16::from(month > this_month || (past && month == this_month))
        };
        let marked_after = listed(|r| r.past, after) || listed(|r| r.future, after);
        let consumed = if marked_after { i + 2 } else { i + 1 };
        Some((consumed, calendar::iso(year, Some(month), None)))
    }

    /// "kemarin", "hari ini", "besok", "yesterday", "today", "tomorrow".
    fn named_day(&self, i: usize) -> Option<(usize, String)> {
        let published = self.published?;
        let word = self.lower(i)?;
        let next = self.lower(i + 1).unwrap_or_default();
        let two_words = |list: &[&str]| list.iter().any(|phrase| is_phrase(phrase, word, next));
        let (offset, end) = if lang::dates::ALL.iter().any(|r| two_words(r.today)) {
            (0, i + 2)
        } else if listed(|r| r.today, word) {
            (0, i + 1)
        } else if listed(|r| r.yesterday, word) {
            (-1, i + 1)
        } else if listed(|r| r.tomorrow, word) {
            (1, i + 1)
        } else {
            return None;
        };
        Some((
            end,
            calendar::iso_day(published.checked_add(offset.days()).ok()?),
        ))
    }

    /// A weekday or a month part in front of a date belongs to it:
    /// "Kamis, 31 Mei 2018", "akhir Agustus".
    fn extend_back(&self, start: usize) -> usize {
        let Some(before) = start.checked_sub(1) else {
            return start;
        };
        let word = self.words.lower(before);
        let gap = self.words.gap_after(before).trim();
        let joins = gap.is_empty() || gap == ",";
        if joins && (weekday_number(word).is_some() || listed(|r| r.month_parts, word)) {
            before
        } else {
            start
        }
    }

    /// Where the second date of a span ends, when the date at words
    /// `start..end` opens one: "to Oct. 13", "hingga 13 Oktober", "and Oct.
    /// 13" after "between".
    fn range_end_after(&self, start: usize, end: usize) -> Option<usize> {
        // Most dates are not followed by a word and another date: the
        // second date's first word is asked first.
        if end + 1 >= self.words.len() || !may_start_at(self.words, end + 1) {
            return None;
        }
        let join = self.lower(end).filter(|_| self.words.joined(end - 1))?;
        let between = (start.checked_sub(1))
            .and_then(|before| self.lower(before))
            .is_some_and(|before| listed(|r| r.span_openers, before));
        let joins = listed(|r| r.span_joins, join) || (between && matches!(join, "and" | "dan"));
        if !joins || !self.words.joined(end) {
            return None;
        }
        self.at(end + 1)
            .map(|(second_end, _)| second_end.min(self.words.len()))
    }

    /// Whether the date at word `start` follows "sejak" or "since".
    fn opens_span(&self, start: usize) -> bool {
        let mut k = start;
        while let Some(before) = k.checked_sub(1) {
            let word = self.words.lower(before);
            if listed(|r| r.since, word) {
                return true;
            }
            if !listed(|r| r.lead_ins, word) || !self.words.joined(before) {
                return false;
            }
            k = before;
        }
        false
    }
}

fn is_period(word: &str) -> bool {
    lexicon().class(word).has(Class::PERIOD)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// Wednesday 24 April 2019.
    const PUBLISHED: Date = date(2019, 4, 24);

    fn dates(text: &str) -> Vec<String> {
        find(text, Some(PUBLISHED))
            .into_iter()
            .map(|d| d.date)
            .collect()
    }

    /// What the date finder can see of each word of a sentence.
    fn seen(
        sentence: &Sentence<'_, '_>,
    ) -> Vec<(String, String, Class, String, bool, Range<usize>)> {
        (0..sentence.len())
            .map(|i| {
                let first = sentence.word(i).as_bytes()[0];
                assert_eq!(sentence.first_byte(i), first);
                let capitalised = super::super::text::is_capitalised(sentence.word(i));
                assert_eq!(sentence.is_capitalised(i), capitalised);
                (
                    sentence.word(i).to_string(),
                    sentence.lower(i).to_string(),
                    sentence.class(i),
                    sentence.gap_after(i).to_string(),
                    sentence.joined(i),
                    sentence.bytes(i),
                )
            })
            .collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]
        #[test]
        fn a_sentence_read_in_place_is_the_sentence_alone(
            text in "(([A-Z][a-zé]{0,6}|[a-z]{1,6}|[0-9]{1,4}|Mei|April|Kamis|hari ini|pekan lalu|sejak|U\\.S|Jong-un)[,.!?:\"“”'’()-]{0,2}[ ]{1,2}){0,24}"
        ) {
            let paragraph = Words::new(&text, &[]);
            for range in super::super::text::sentences(&text, &[]) {
                let sentence = &text[range.clone()];
                let alone = Words::new(sentence, &[]);
                let whole = Sentence::of(&alone, 0..sentence.len());
                proptest::prop_assert_eq!(seen(&Sentence::of(&paragraph, range.clone())), seen(&whole));
                let in_place = find_in(&paragraph, range.clone(), Some(PUBLISHED));
                let found = |list: Vec<DateMention>| -> Vec<(Range<usize>, String, bool)> {
                    list.into_iter().map(|d| (d.range, d.date, d.since)).collect()
                };
                proptest::prop_assert_eq!(found(in_place), found(find(sentence, Some(PUBLISHED))));
            }
        }
    }

    #[test]
    fn every_month_name_is_a_lowercase_calendar_word() {
        for (name, _) in lang::ALL.iter().flat_map(|t| t.months.iter()) {
            assert_eq!(*name, name.to_lowercase());
            assert!(lexicon().class(name).has(Class::CALENDAR), "{name}");
        }
    }

    #[test]
    fn full_dates_in_both_languages() {
        assert_eq!(
            dates("Mereka bertemu pada Kamis, 31 Mei 2018 di Pyongyang."),
            ["2018-05-31"]
        );
        assert_eq!(dates("Lavrov tiba 19 Oktober 2023."), ["2023-10-19"]);
        assert_eq!(
            dates("They met on April 25, 2019, in Vladivostok."),
            ["2019-04-25"]
        );
        assert_eq!(
            dates("They met on Thursday, 25 April 2019."),
            ["2019-04-25"]
        );
    }

    #[test]
    fn a_weekday_in_reported_future_points_forward() {
        assert_eq!(
            dates("The office said it would convene a meeting on Thursday."),
            ["2019-04-25"]
        );
        for expected in [
            "The president is expected to hold talks with him on Thursday.",
            "Kedua pemimpin bakal bertemu pada Kamis.",
        ] {
            assert_eq!(dates(expected), ["2019-04-25"], "{expected}");
        }
    }

    #[test]
    fn a_span_of_two_dates_is_one_mention_of_its_first() {
        assert_eq!(
            dates("Ships sailed from Oct. 8 to Oct. 13, officials said."),
            ["2019-10-08"]
        );
        assert_eq!(
            dates("Latihan digelar antara 8 Oktober 2018 dan 13 Oktober 2018."),
            ["2018-10-08"]
        );
        assert_eq!(
            dates("They met on Oct. 8 and Oct. 13."),
            ["2019-10-08", "2019-10-13"],
            "two days joined by \"and\" without \"between\" are two"
        );
    }

    #[test]
    fn dates_without_a_year_take_the_nearest_year() {
        assert_eq!(dates("KTT di Singapura 12 Juni."), ["2019-06-12"]);
        assert_eq!(dates("Rapat pada 24 Mei dibatalkan."), ["2019-05-24"]);
        assert_eq!(dates("The talks on December 30 failed."), ["2018-12-30"]);
    }

    #[test]
    fn an_abbreviated_month_s_full_stop_ends_no_sentence_before_the_day() {
        assert_eq!(
            dates("They met on Sept. 1, 2023, in Jakarta."),
            ["2023-09-01"]
        );
        assert_eq!(dates("The talks on Dec. 30 failed."), ["2018-12-30"]);
    }

    #[test]
    fn months_keep_month_precision() {
        assert_eq!(dates("KTT di Hanoi pada Februari lalu gagal."), ["2019-02"]);
        assert_eq!(dates("Kapal berlayar pada akhir Agustus."), ["2018-08"]);
        assert_eq!(dates("The summit in February 2019 failed."), ["2019-02"]);
        assert_eq!(dates("Pemilu digelar Juni mendatang."), ["2019-06"]);
        assert_eq!(
            dates("He may come. Mei adalah bulan kelima."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_future_word_reported_after_the_date_does_not_point_it_forward() {
        assert_eq!(
            dates("Ministers met in Vanino on Tuesday and said the port would reopen."),
            ["2019-04-23"]
        );
        assert_eq!(
            dates("On Friday, the ministers will visit Vanino."),
            ["2019-04-26"]
        );
    }

    #[test]
    fn weekdays_resolve_in_the_direction_the_text_gives() {
        assert_eq!(dates("Putin dan Kim bertemu Kamis besok."), ["2019-04-25"]);
        assert_eq!(
            dates("Bendera berkibar pada Selasa kemarin."),
            ["2019-04-23"]
        );
        assert_eq!(dates("Kim tiba pada hari Rabu."), ["2019-04-24"]);
        assert_eq!(dates("Kim tiba pada hari Senin."), ["2019-04-22"]);
        assert_eq!(dates("Kim akan tiba pada hari Jumat."), ["2019-04-26"]);
        assert_eq!(dates("They met last Friday."), ["2019-04-19"]);
        assert_eq!(dates("They will meet on Friday."), ["2019-04-26"]);
    }

    #[test]
    fn a_day_and_month_in_brackets_are_the_date_whatever_the_weekday_says() {
        assert_eq!(
            dates("\"Kami akan hadir,\" ujar dia, Selasa (16/4)."),
            ["2019-04-16"]
        );
        assert_eq!(
            dates("Ia tiba di Jakarta, Senin (1/4/2019)."),
            ["2019-04-01"]
        );
        assert_eq!(
            dates("Rapat digelar (3/5/2019) di Jakarta."),
            ["2019-05-03"]
        );
        for apart in [
            "Skor (3/5) itu",
            "Rasio 14/3 tetap",
            "(14/13)",
            "(3/5 dan 4/5)",
        ] {
            assert_eq!(dates(apart), Vec::<String>::new(), "{apart}");
        }
    }

    #[test]
    fn only_numbers_and_date_words_can_start_a_date() {
        for word in [
            "31",
            "2019",
            "mei",
            "agustus",
            "sept",
            "kamis",
            "friday",
            "kemarin",
            "hari",
            "pekan",
            "week",
            "yesterday",
        ] {
            assert!(
                starts_a_date(word.as_bytes()[0], lexicon().class(word)),
                "{word}"
            );
        }
        for word in ["presiden", "bertemu", "the", "lalu", "kim"] {
            assert!(
                !starts_a_date(word.as_bytes()[0], lexicon().class(word)),
                "{word}"
            );
        }
        assert_eq!(dates("Kim tiba pekan lalu dan pergi."), ["2019-04"]);
        assert_eq!(dates("They met last week."), ["2019-04"]);
    }

    #[test]
    fn named_days_and_periods() {
        assert_eq!(dates("Kim tiba kemarin."), ["2019-04-23"]);
        assert_eq!(dates("Kim tiba hari ini."), ["2019-04-24"]);
        assert_eq!(dates("Kim tiba besok."), ["2019-04-25"]);
        assert_eq!(dates("He arrived yesterday."), ["2019-04-23"]);
        assert_eq!(dates("Rusia mengumumkan pekan lalu."), ["2019-04"]);
        assert_eq!(dates("Kim berkunjung bulan lalu."), ["2019-03"]);
        assert_eq!(dates("Harga naik tahun lalu."), ["2018"]);
        assert_eq!(dates("It was announced last week."), ["2019-04"]);
        assert_eq!(dates("Prices rose last month."), ["2019-03"]);
        assert_eq!(dates("Dia libur minggu lalu."), ["2019-04"]);
    }

    #[test]
    fn a_month_in_a_year_given_by_a_period() {
        assert_eq!(dates("They met in March last year."), ["2018-03"]);
        assert_eq!(dates("Kim berkunjung pada Maret tahun lalu."), ["2018-03"]);
        assert_eq!(
            dates("The plant opens in September next year."),
            ["2020-09"]
        );
        assert_eq!(dates("Pabrik dibuka Juni tahun ini."), ["2019-06"]);
        let found = find("They met in March last year in Hanoi.", Some(PUBLISHED));
        assert_eq!(
            found.len(),
            1,
            "one date, not the month and the year: {found:?}"
        );
    }

    #[test]
    fn dates_that_open_a_span_are_marked() {
        let found = find("Aktivitas meningkat sejak akhir Agustus.", Some(PUBLISHED));
        assert!(found[0].since);
        assert_eq!(find("Sejak tahun 2000 sepi.", Some(PUBLISHED)).len(), 0);
    }

    #[test]
    fn a_month_after_its_marker_at_the_end_of_the_text_is_read() {
        // Found by fuzzing: "besok August" at the very end read past the last word.
        assert_eq!(dates("Rapat besok August"), ["2019-04-25", "2019-08"]);
        let crash = "5YY/AAu.\0besok/August'/AugusAugus/\0\0\0\0st'/Au.\0besok/August'/";
        let _ = find(crash, Some(PUBLISHED));
    }

    #[test]
    fn relative_dates_need_a_publication_date() {
        assert!(find("Kim tiba kemarin.", None).is_empty());
        assert_eq!(
            find("Lavrov tiba 19 Oktober 2023.", None)[0].date,
            "2023-10-19"
        );
    }
}
