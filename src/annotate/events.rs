//! An article's sentences and entities → its dated events: each sentence that
//! names a date (not one that opens a span, "sejak 2000") tells what happened
//! then. Sentences of one article on the same date make one event, labelled by
//! the first of them, with the entities the sentences name.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::dates::{self, DateMention};
use super::names::Words;
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
    find_in(&words, published, mentions)
}

/// The dated events of an article's paragraphs, given as their words.
pub(crate) fn find_in(
    paragraphs: &[Words<'_>],
    published: Option<Date>,
    mentions: &[Mention],
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
            for found in dates::find_in(words, range.clone(), published) {
                if !found.since {
                    record(&mut by_date, found, sentence, index, named);
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

/// A sentence without its date: what happened.
fn label(sentence: &str, date: std::ops::Range<usize>) -> String {
    let mut before = sentence[..date.start].trim_end().trim_end_matches(',');
    loop {
        let trimmed = before.trim_end();
        let last = trimmed
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default();
        let last_lower = last.to_lowercase();
        let lead_in = lang::dates::ALL
            .iter()
            .any(|r| r.lead_ins.contains(&last_lower.as_str()));
        if last.is_empty() || !lead_in {
            break;
        }
        before = trimmed[..trimmed.len() - last.len()]
            .trim_end()
            .trim_end_matches(',');
    }
    let rest = &sentence[date.end..];
    let after = rest.trim_start_matches([',', ' ']);
    let clause_break = rest.trim_start().starts_with(',') && !before.is_empty();
    let joined = if clause_break {
        format!("{before}, {after}")
    } else {
        format!("{before} {after}")
    };
    // One word past the limit tells whether the label is cut.
    let mut words: Vec<&str> = joined.split_whitespace().take(LABEL_WORDS + 1).collect();
    let cut = words.len() > LABEL_WORDS;
    words.truncate(LABEL_WORDS);
    let mut text = words.join(" ");
    for (spaced, mark) in [(" ,", ","), (" .", ".")] {
        if text.contains(spaced) {
            text = text.replace(spaced, mark);
        }
    }
    let kept = text
        .trim_end_matches(|c: char| {
            matches!(c, ',' | ';' | ':' | '.' | '-' | '–' | '—') || c.is_whitespace()
        })
        .len();
    text.truncate(kept);
    if cut {
        text.push_str(" …");
    }
    capitalise(text)
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
            kind: EntityKind::Person,
            curated: false,
            count: 1,
            forms: vec![name.into()],
            first: None,
        }
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
                for found in dates::find_in(&words, range.clone(), published) {
                    let label = label(sentence, found.range.clone());
                    if found.since || label.split_whitespace().count() < 3 {
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
    fn labels_are_cut_to_a_few_words() {
        let long = "Pada 3 Mei 2020, ".to_string() + &"kata ".repeat(40);
        let text = label(&long, 5..15);
        assert!(text.ends_with('…'));
        assert!(text.split_whitespace().count() <= LABEL_WORDS + 1);
    }
}
