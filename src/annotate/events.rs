//! An article's sentences and entities → its dated events: each sentence that
//! names a date (not one that opens a span, "sejak 2000") tells what happened
//! then. Sentences of one article on the same date make one event, labelled by
//! the first of them, with the entities the sentences name.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::dates::{self, DateMention};
use super::lexicon::lexicon;
use super::names::Words;
use super::text::whitespace_words;
use super::{DatedEvent, Mention};
use crate::lang;

/// Most words of a label; longer sentences are cut with "…".
const LABEL_WORDS: usize = 18;

/// The dated events of an article's paragraphs.
#[cfg(test)]
pub(crate) fn find(
    paragraphs: &[String],
    published: Option<Date>,
    mentions: &[Mention],
) -> Vec<DatedEvent> {
    let words: Vec<Words<'_>> = paragraphs.iter().map(|p| Words::new(p, &[])).collect();
    find_in(&words, published, &mentions.iter().collect::<Vec<_>>())
}

/// The dated events of an article's paragraphs, given as their words.
pub(crate) fn find_in(
    paragraphs: &[Words<'_>],
    published: Option<Date>,
    mentions: &[&Mention],
) -> Vec<DatedEvent> {
    let mut by_date: BTreeMap<String, DatedEvent> = BTreeMap::new();
    // Each spelling of each entity, made ready once to be looked for in
    // every dated sentence.
    let spellings: Vec<Vec<memchr::memmem::Finder<'_>>> = mentions
        .iter()
        .map(|m| m.forms.iter().map(memchr::memmem::Finder::new).collect())
        .collect();
    for (index, words) in paragraphs.iter().enumerate() {
        let paragraph = words.text;
        for range in words.sentences() {
            let sentence = &paragraph[range.clone()];
            let named = || {
                mentions
                    .iter()
                    .zip(&spellings)
                    .filter(|(_, forms)| {
                        forms.iter().any(|f| f.find(sentence.as_bytes()).is_some())
                    })
                    .map(|(mention, _)| mention.name.as_str())
            };
            let found = dates::find_in(words, range.clone(), published);
            // "… met on Wednesday …, state media reported Thursday": the
            // report's date dates no event when another date is told.
            // (With one date there is no other: most sentences skip the test.)
            let reported: Vec<bool> = match found.len() {
                0 | 1 => Vec::new(),
                _ => (found.iter())
                    .map(|date| dates_a_report(&sentence[..date.range.start]))
                    .collect(),
            };
            let reports = |k: usize| reported.get(k).copied().unwrap_or(false);
            let other_date = (found.iter().enumerate()).any(|(k, date)| !date.since && !reports(k));
            for (k, date) in found.into_iter().enumerate() {
                if !(date.since || other_date && reports(k)) {
                    record(&mut by_date, date, sentence, index, named);
                }
            }
        }
    }
    by_date.into_values().collect()
}

/// Records one telling of a date in `sentence` of paragraph `paragraph`: a
/// new event when it makes a label, or, for a known date, the entities it
/// names (`named`) that the event lacks, again only if it makes a label, which
/// is made only when there are such entities.
fn record<'m, Names: Iterator<Item = &'m str>>(
    by_date: &mut BTreeMap<String, DatedEvent>,
    found: DateMention,
    sentence: &str,
    paragraph: usize,
    named: impl Fn() -> Names,
) {
    if let Some(event) = by_date.get_mut(&found.date) {
        let lacking: Vec<&str> = named()
            .filter(|name| !event.entities.iter().any(|e| e == name))
            .collect();
        if !lacking.is_empty() && is_label(&label(sentence, found.range)) {
            add_entities(&mut event.entities, lacking);
        }
        return;
    }
    let label = label(sentence, found.range);
    if is_label(&label) {
        let mut entities = Vec::new();
        add_entities(&mut entities, named());
        let event = DatedEvent {
            date: found.date.clone(),
            label,
            paragraph: Some(paragraph),
            entities,
        };
        by_date.insert(found.date, event);
    }
}

/// Whether a sentence's label says enough to stand for an event.
fn is_label(label: &str) -> bool {
    label.split_whitespace().nth(2).is_some()
}

/// Adds each name the entities lack, in order.
fn add_entities<'n>(entities: &mut Vec<String>, names: impl IntoIterator<Item = &'n str>) {
    for name in names {
        if !entities.iter().any(|e| e == name) {
            entities.push(name.to_string());
        }
    }
}

/// A sentence without its date: what happened. The words before the date,
/// less the lead-ins that point at it ("pada", "on"), then those after it,
/// one space apart, at most `LABEL_WORDS` of them ("…" when cut), without
/// the punctuation the cut or the date left at the end.
fn label(sentence: &str, date: std::ops::Range<usize>) -> String {
    let Some(before) = after_closed_quote(&sentence[..date.start]) else {
        return String::new();
    };
    let before = without_lead_ins(before.trim_end().trim_end_matches(','));
    let before = without_rubric(before);
    let rest = &sentence[date.end..];
    let after = rest.trim_start_matches([',', ' ']);
    // A comma that followed the date closes the words before it.
    let comma = rest.trim_start().starts_with(',') && !before.is_empty();
    let mut text = String::with_capacity(before.len() + after.len() + 4);
    let mut pieces = label_pieces(before, comma, after);
    for piece in pieces.by_ref().take(LABEL_WORDS) {
        // A comma or stop is written against the word before it.
        if !text.is_empty() && !piece.word.starts_with([',', '.']) {
            text.push(' ');
        }
        text.push_str(piece.word);
        if piece.comma_after {
            text.push(',');
        }
    }
    let kept = text
        .trim_end_matches(|c: char| {
            matches!(c, ',' | ';' | ':' | '.' | '-' | '–' | '—') || c.is_whitespace()
        })
        .len();
    text.truncate(kept);
    if pieces.next().is_some() {
        text.push_str(" …");
    }
    capitalise(text)
}

/// `before` without a rubric of a few words and a colon that opens the
/// sentence ("Why it matters: The pact …", "The big picture: …").
fn without_rubric(before: &str) -> &str {
    let head = &before.as_bytes()[..before.len().min(MAX_RUBRIC_BYTES)];
    let Some(colon) = memchr::memchr(b':', head) else {
        return before;
    };
    let (rubric, rest) = (&before[..colon], before[colon + 1..].trim_start());
    let words = whitespace_words(rubric).count();
    let shaped = (1..=MAX_RUBRIC_WORDS).contains(&words)
        && rubric.starts_with(char::is_uppercase)
        && rest.starts_with(char::is_uppercase)
        && !rubric.contains(['"', '“', ',']);
    if shaped {
        rest
    } else {
        before
    }
}

/// The most words, and bytes, of a rubric that opens a sentence.
const MAX_RUBRIC_WORDS: usize = 4;
const MAX_RUBRIC_BYTES: usize = 40;

/// The words before a date that follow a quote closed before it: what
/// happened is told outside the quote (`"…," the minister said in a
/// statement last November`). None when they only attribute the quote
/// (`"…," ujarnya saat dihubungi, Kamis`): the date is when it was said. A
/// quote is closed by a mark right after its last sentence's punctuation;
/// a term in quote marks ("operasi militer khusus") closes none.
fn after_closed_quote(before: &str) -> Option<&str> {
    // Most sentences have no quote: '"', or the first byte of '”'.
    if memchr::memchr2(b'"', 0xE2, before.as_bytes()).is_none() {
        return Some(before);
    }
    let closing = before
        .char_indices()
        .rev()
        .find(|&(at, c)| matches!(c, '"' | '”') && before[..at].ends_with([',', '.', '?', '!']));
    let Some((at, mark)) = closing else {
        // `"The treaty signed today …`: a date inside an open quote dates
        // what the speaker says, in the speaker's words.
        return (!opens_a_quote(before)).then_some(before);
    };
    let rest = before[at + mark.len_utf8()..].trim_start_matches([',', ' ']);
    let first = rest.split_whitespace().next().unwrap_or_default();
    let first = first.trim_end_matches([',', '.']).to_lowercase();
    let attributes = lexicon().speech_verb(&first).is_some();
    (!attributes).then_some(rest)
}

/// Whether a quote is open at the end of `before`: an odd number of
/// straight quotation marks, or an opening curly mark last.
fn opens_a_quote(before: &str) -> bool {
    let straight = memchr::memchr_iter(b'"', before.as_bytes()).count() % 2 == 1;
    let curly = (before.rfind(['“', '”'])).is_some_and(|at| before[at..].starts_with('“'));
    straight || curly
}

/// `before` without the words at its end that lead in to a date ("pada",
/// "on"), nor the commas and spaces they leave.
fn without_lead_ins(mut before: &str) -> &str {
    loop {
        let trimmed = before.trim_end();
        let last = trimmed
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default();
        if last.is_empty() || !is_lead_in(last) {
            return before;
        }
        before = trimmed[..trimmed.len() - last.len()]
            .trim_end()
            .trim_end_matches(',');
    }
}

/// Whether a date right after `before` says when something was said or
/// reported: a speech verb ("reported Thursday", "said on Monday",
/// "ujarnya, Kamis") ends what comes before it, less its lead-ins.
fn dates_a_report(before: &str) -> bool {
    let before = without_lead_ins(before.trim_end_matches([',', ' '])).trim_end_matches([',', ' ']);
    let last = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    lexicon().speech_verb(&last.to_lowercase()).is_some()
}

/// Whether `word`, in any case, leads in to a date in one of the languages.
fn is_lead_in(word: &str) -> bool {
    lang::is_among(word, lang::dates::ALL.iter().flat_map(|r| r.lead_ins))
}

/// A word of a label, and whether a comma closes it.
struct LabelPiece<'s> {
    word: &'s str,
    comma_after: bool,
}

/// The words of "{before}, {after}" (with `comma`) or "{before} {after}",
/// one by one, without joining them: the comma is glued to the last word of
/// `before`, or stands alone when `before` ends in a space.
fn label_pieces<'s>(
    before: &'s str,
    comma: bool,
    after: &'s str,
) -> impl Iterator<Item = LabelPiece<'s>> {
    let glued = comma && !before.ends_with(char::is_whitespace);
    let mut before_words = whitespace_words(before).peekable();
    let before_pieces = std::iter::from_fn(move || {
        let word = before_words.next()?;
        Some(LabelPiece {
            word,
            comma_after: glued && before_words.peek().is_none(),
        })
    });
    let lone_comma = (comma && !glued).then_some(LabelPiece {
        word: ",",
        comma_after: false,
    });
    let after_pieces = whitespace_words(after).map(|word| LabelPiece {
        word,
        comma_after: false,
    });
    before_pieces.chain(lone_comma).chain(after_pieces)
}

fn capitalise(mut text: String) -> String {
    match text.chars().next() {
        Some(first) if first.is_ascii() => {
            text[..1].make_ascii_uppercase();
            text
        }
        Some(first) => first
            .to_uppercase()
            .chain(text[first.len_utf8()..].chars())
            .collect(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::EntityKind;
    use jiff::civil::date;

    fn mention(name: &str) -> Mention {
        Mention {
            name: name.into(),
            shown: None,
            kind: EntityKind::Person,
            curated: false,
            count: 1,
            forms: vec![name.into()],
            first: None,
        }
    }

    #[test]
    fn a_label_leaves_out_a_quote_and_a_date_that_only_dates_the_quote_makes_none() {
        let label_of = |sentence: &str, date: &str| {
            let at = sentence.find(date).unwrap();
            label(sentence, at..at + date.len())
        };
        assert_eq!(
            label_of(
                "\"We never sold arms,\" the vice minister said in a statement last November.",
                "last November"
            ),
            "The vice minister said in a statement"
        );
        assert_eq!(
            label_of(
                "Kita perlu waspada,\" ujarnya saat dihubungi, Kamis (14/9/2023).",
                "Kamis (14/9/2023)"
            ),
            ""
        );
        assert_eq!(
            label_of(
                "Rusia melancarkan \"operasi militer khusus\" di Ukraina pada Februari 2022.",
                "pada Februari 2022"
            ),
            "Rusia melancarkan \"operasi militer khusus\" di Ukraina",
            "a term in quote marks closes no quote"
        );
        assert_eq!(
            label_of(
                "\"Perjanjian yang ditandatangani hari ini mengatur bantuan,\" ujar Putin.",
                "hari ini"
            ),
            "",
            "a date inside an open quote is the speaker's"
        );
    }

    #[test]
    fn a_label_leaves_out_a_span_s_dates_and_a_rubric_that_opens_the_sentence() {
        let events = find(
            &[
                "Why it matters: Ships sailed from Vanino from Oct. 8 to Oct. 13, officials said."
                    .to_string(),
            ],
            Some(date(2019, 4, 24)),
            &[],
        );
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].date, "2019-10-08");
        assert_eq!(events[0].label, "Ships sailed from Vanino, officials said");
    }

    #[test]
    fn a_dated_sentence_becomes_an_event_with_its_entities() {
        let paragraphs = vec![
            "Rusia mengonfirmasi bahwa Putin akan bertemu Kim di Vladivostok pada Kamis besok."
                .to_string(),
            "Aktivitas meningkat sejak akhir Agustus.".to_string(),
        ];
        let events = find(
            &paragraphs,
            Some(date(2019, 4, 24)),
            &[mention("Putin"), mention("Kim"), mention("Lavrov")],
        );
        assert_eq!(events.len(), 1, "a span's start is not an event");
        assert_eq!(events[0].date, "2019-04-25");
        assert_eq!(
            events[0].label,
            "Rusia mengonfirmasi bahwa Putin akan bertemu Kim di Vladivostok"
        );
        assert_eq!(events[0].entities, ["Putin", "Kim"]);
        assert_eq!(events[0].paragraph, Some(0));
    }

    #[test]
    fn the_date_of_a_report_dates_no_event_beside_another_date() {
        let paragraphs = vec![
            "Ministers met in Vanino on Tuesday, state media reported Wednesday.".to_string(),
            "Kapal tiba di Vanino, kata pejabat pelabuhan pada Senin.".to_string(),
        ];
        let events = find(&paragraphs, Some(date(2019, 4, 24)), &[]);
        let dates: Vec<&str> = events.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, ["2019-04-22", "2019-04-23"], "{events:?}");
    }

    /// Every telling of a date made into a label and searched for each
    /// entity: what `find` must give.
    fn find_telling_by_telling(
        paragraphs: &[String],
        published: Option<Date>,
        mentions: &[Mention],
    ) -> Vec<DatedEvent> {
        let mut by_date: BTreeMap<String, DatedEvent> = BTreeMap::new();
        for (index, paragraph) in paragraphs.iter().enumerate() {
            let words = Words::new(paragraph, &[]);
            for range in words.sentences() {
                let sentence = &paragraph[range.clone()];
                let found = dates::find_in(&words, range.clone(), published);
                // The word before a date, past its lead-ins, is a speech verb.
                let reports = |date: &DateMention| {
                    let before: Vec<&str> = sentence[..date.range.start]
                        .split_whitespace()
                        .map(|w| w.trim_end_matches(','))
                        .filter(|w| !w.is_empty())
                        .collect();
                    let last = before.iter().rev().find(|w| !is_lead_in(w));
                    last.is_some_and(|w| lexicon().speech_verb(&w.to_lowercase()).is_some())
                };
                let unreported = found.iter().filter(|d| !d.since && !reports(d)).count();
                for found in found.iter().cloned() {
                    let label = label(sentence, found.range.clone());
                    let report_beside_other = unreported > 0 && reports(&found);
                    if found.since || report_beside_other || label.split_whitespace().count() < 3 {
                        continue;
                    }
                    let event = by_date.entry(found.date.clone()).or_insert(DatedEvent {
                        date: found.date.clone(),
                        label,
                        paragraph: Some(index),
                        entities: Vec::new(),
                    });
                    for mention in mentions {
                        let named = mention.forms.iter().any(|f| sentence.contains(f.as_str()));
                        if named && !event.entities.contains(&mention.name) {
                            event.entities.push(mention.name.clone());
                        }
                    }
                }
            }
        }
        by_date.into_values().collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn events_are_those_of_every_telling_made_into_a_label(
            paragraphs in proptest::collection::vec(
                proptest::collection::vec(0usize..PIECES.len(), 0..30),
                1..4,
            )
        ) {
            let paragraphs: Vec<String> = paragraphs
                .iter()
                .map(|p| p.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" "))
                .collect();
            let mentions = [mention("Putin"), mention("Kim"), mention("Lavrov"), mention("Moskow")];
            let published = Some(date(2019, 4, 24));
            proptest::prop_assert_eq!(
                find(&paragraphs, published, &mentions),
                find_telling_by_telling(&paragraphs, published, &mentions)
            );
        }
    }

    /// The label as first written: the words around the date joined into
    /// one string, split, joined again and mended. `label` must give the
    /// same.
    fn label_by_joining(sentence: &str, date: std::ops::Range<usize>) -> String {
        let mut before = sentence[..date.start].trim_end().trim_end_matches(',');
        // Lead-ins dropped a word at a time, each word lowercased to compare.
        while let Some(last) = before.split_whitespace().last() {
            let lower = last.to_lowercase();
            if !lang::dates::ALL
                .iter()
                .any(|r| r.lead_ins.contains(&lower.as_str()))
            {
                break;
            }
            let kept = before.trim_end().len() - last.len();
            before = before[..kept].trim_end().trim_end_matches(',');
        }
        let rest = &sentence[date.end..];
        let after = rest.trim_start_matches([',', ' ']);
        let joined = match rest.trim_start().starts_with(',') && !before.is_empty() {
            true => format!("{before}, {after}"),
            false => format!("{before} {after}"),
        };
        let mut words: Vec<&str> = joined.split_whitespace().take(LABEL_WORDS + 1).collect();
        let cut = words.len() > LABEL_WORDS;
        words.truncate(LABEL_WORDS);
        let text = words.join(" ").replace(" ,", ",").replace(" .", ".");
        let mut text = text
            .trim_end_matches(|c: char| {
                matches!(c, ',' | ';' | ':' | '.' | '-' | '–' | '—') || c.is_whitespace()
            })
            .to_string();
        if cut {
            text.push_str(" …");
        }
        capitalise(text)
    }

    /// Words, punctuation and spacing a label has to cope with.
    const LABEL_PIECES: &[&str] = &[
        "Putin", "bertemu", "Kim", "pada", "Pada", "on", "ON", "in", "sejak", "İn", "Öz", "é", ",",
        ".", ",.", "—", ";", " ", "  ", "\t", "\u{a0}", ", ", " ,", "kata", "said", "-",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn a_label_is_the_words_around_the_date_joined_and_mended(
            before in proptest::collection::vec(0usize..LABEL_PIECES.len(), 0..30),
            after in proptest::collection::vec(0usize..LABEL_PIECES.len(), 0..30),
            date in proptest::sample::select(&["3 Mei 2020", "2018", "Kamis"][..]),
        ) {
            let join = |pieces: &[usize]| pieces.iter().map(|&i| LABEL_PIECES[i]).collect::<String>();
            let (before, after) = (join(&before), join(&after));
            let sentence = format!("{before}{date}{after}");
            let range = before.len()..before.len() + date.len();
            proptest::prop_assert_eq!(
                label(&sentence, range.clone()),
                label_by_joining(&sentence, range)
            );
        }
    }

    /// Pieces of Indonesian news prose: names, dates (one opening a span),
    /// sentence ends.
    const PIECES: &[&str] = &[
        "Putin",
        "Kim",
        "Lavrov",
        "Moskow",
        "bertemu",
        "di",
        "pada",
        "kata",
        "dia",
        "tiba",
        "3 Mei 2020",
        "Mei 2020",
        "2018",
        "Kamis",
        "sejak 2019",
        "pekan lalu",
        ",",
        ".",
        "Dia",
        "Pertemuan",
        "itu",
        "membahas",
        "kerja sama",
    ];

    #[test]
    fn a_date_in_brackets_leaves_no_bracket_in_the_label() {
        let paragraphs = vec![
            "Presiden bertemu di Bogor (29/1/2019).".to_string(),
            "Menteri tiba di Pyongyang, Rabu (13/9/2023), untuk kunjungan dua hari.".to_string(),
        ];
        let events = find(&paragraphs, Some(date(2023, 9, 14)), &[]);
        let labels: Vec<&str> = events.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Presiden bertemu di Bogor",
                "Menteri tiba di Pyongyang, untuk kunjungan dua hari"
            ]
        );
    }

    #[test]
    fn labels_are_cut_to_a_few_words() {
        let long = "Pada 3 Mei 2020, ".to_string() + &"kata ".repeat(40);
        let text = label(&long, 5..15);
        assert!(text.ends_with('…'));
        assert!(text.split_whitespace().count() <= LABEL_WORDS + 1);
    }
}
