//! The dossier → what its sources disagree on, for a reader's attention: one
//! person spelled differently by different articles ("Sergei" / "Sergey
//! Lavrov"), and one event given different dates (tellings that share two
//! entities and most of their words but not their date). Both work through
//! indexes (entity → forms, entity → tellings), never all pairs.

use std::collections::{BTreeMap, BTreeSet};

use super::{DossierArticle, Entity, Event};
use crate::annotate::{content_words, EntityKind};
use crate::content::gazetteer::name_key;

/// Tellings sharing an entity beyond this many are not compared through it.
const MAX_POSTINGS: usize = 200;

/// Share of the shorter label's content words two tellings must share.
const MIN_OVERLAP: f64 = 0.5;

/// Most days between two dates given to one event; further apart, they are two events.
const MAX_DAYS: i32 = 31;

/// Something the sources disagree on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Discrepancy {
    /// One person, several spellings: (spelling, articles using it).
    Spelling {
        /// The entity's id.
        entity: String,
        /// Each spelling with the slugs of the articles that write it.
        forms: Vec<(String, Vec<String>)>,
    },
    /// One event, several dates: (date, articles giving it).
    EventDate {
        /// What happened, as the first article tells it.
        label: String,
        /// Each date with the slugs of the articles that give it.
        dates: Vec<(String, Vec<String>)>,
    },
}

/// Every discrepancy of the dossier, spellings first.
pub(super) fn find(
    articles: &[DossierArticle],
    entities: &[Entity],
    entity_of_key: &BTreeMap<String, String>,
    events: &[Event],
) -> Vec<Discrepancy> {
    let mut found = spellings(articles, entities, entity_of_key);
    found.extend(event_dates(events));
    found
}

fn spellings(
    articles: &[DossierArticle],
    entities: &[Entity],
    entity_of_key: &BTreeMap<String, String>,
) -> Vec<Discrepancy> {
    let people: BTreeMap<&str, usize> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| (e.id.as_str(), e.name.split(' ').count()))
        .collect();
    let mut forms: BTreeMap<&str, BTreeMap<String, (String, Vec<String>)>> = BTreeMap::new();
    for article in articles {
        for mention in &article.annotated.mentions {
            let Some(id) = entity_of_key.get(&name_key(&mention.name)) else {
                continue;
            };
            let Some(&words) = people.get(id.as_str()) else {
                continue;
            };
            let full = |f: &&String| f.contains(' ') && f.split(' ').count() >= words;
            for form in mention.forms.iter().filter(full) {
                let entry = forms
                    .entry(id)
                    .or_default()
                    .entry(name_key(form))
                    .or_insert_with(|| (form.clone(), Vec::new()));
                if !entry.1.contains(&article.slug) {
                    entry.1.push(article.slug.clone());
                }
            }
        }
    }
    forms
        .into_iter()
        .filter(|(_, by_key)| by_key.len() > 1)
        .map(|(id, by_key)| Discrepancy::Spelling {
            entity: id.to_string(),
            forms: by_key.into_values().collect(),
        })
        .collect()
}

fn event_dates(events: &[Event]) -> Vec<Discrepancy> {
    let words: Vec<BTreeSet<String>> = events.iter().map(|e| content_words(&e.label)).collect();
    let mut by_entity: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, event) in events.iter().enumerate() {
        for id in &event.entities {
            by_entity.entry(id).or_default().push(i);
        }
    }
    let mut pairs = BTreeSet::new();
    for (i, event) in events.iter().enumerate() {
        let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
        for id in &event.entities {
            let list = &by_entity[id.as_str()];
            if list.len() <= MAX_POSTINGS {
                for &j in list.iter().filter(|&&j| j > i) {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        for (j, count) in shared {
            let other = &events[j];
            let both_days = days_apart(&event.date, &other.date).is_some_and(|d| d <= MAX_DAYS);
            let disjoint = event.articles.iter().all(|a| !other.articles.contains(a));
            let common = words[i].intersection(&words[j]).count();
            let shorter = words[i].len().min(words[j].len()).max(1);
            if count >= 2 && both_days && disjoint && common as f64 / shorter as f64 >= MIN_OVERLAP
            {
                pairs.insert((i, j));
            }
        }
    }
    pairs
        .into_iter()
        .map(|(i, j)| Discrepancy::EventDate {
            label: events[i].label.clone(),
            dates: vec![
                (events[i].date.clone(), events[i].articles.clone()),
                (events[j].date.clone(), events[j].articles.clone()),
            ],
        })
        .collect()
}

/// Days between two full dates ("YYYY-MM-DD"); `None` for months and years.
fn days_apart(a: &str, b: &str) -> Option<i32> {
    let a: jiff::civil::Date = a.parse().ok().filter(|_| a.len() == 10)?;
    let b: jiff::civil::Date = b.parse().ok().filter(|_| b.len() == 10)?;
    a.until(b).ok().map(|span| span.get_days().abs())
}
