//! The dossier → what its sources disagree on, for a reader's attention: one
//! person spelled differently by different articles ("Sergei" / "Sergey
//! Lavrov"), and one event given different dates (tellings that share two
//! entities and most of their words but not their date). Both work through
//! indexes (entity → forms, entity → tellings), never all pairs.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::window::{DateWindow, Entry};
use super::{day_number, DossierArticle, Entity, Event};
use crate::annotate::{content_words, EntityKind};
use crate::content::gazetteer::name_key;

/// A telling with more than this many others of the same entity within
/// `MAX_DAYS` after it is not compared through that entity.
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

/// People spelled differently by different articles, in entity id order.
/// Needs no events: it runs beside their gathering.
pub(super) fn spellings(articles: &[DossierArticle], entities: &[Entity]) -> Vec<Discrepancy> {
    // The words of each person's name; none for other entities.
    let name_words: Vec<Option<usize>> = entities
        .iter()
        .map(|e| (e.kind == EntityKind::Person).then(|| e.name.split(' ').count()))
        .collect();
    // By entity position, which orders as the entity ids.
    let mut forms: BTreeMap<usize, BTreeMap<String, (String, Vec<String>)>> = BTreeMap::new();
    for article in articles {
        let mentions = article.annotated.mentions.iter();
        for (mention, &entity) in mentions.zip(&article.mention_entities) {
            let Some(entity) = entity else {
                continue;
            };
            let Some(words) = name_words[entity] else {
                continue;
            };
            let full = |f: &&String| f.contains(' ') && f.split(' ').count() >= words;
            for form in mention.forms.iter().filter(full) {
                let entry = forms
                    .entry(entity)
                    .or_default()
                    .entry(name_key(form))
                    .or_insert_with(|| (form.clone(), Vec::new()));
                // Articles come one at a time: a slug already listed is the last.
                if entry.1.last() != Some(&article.slug) {
                    entry.1.push(article.slug.clone());
                }
            }
        }
    }
    forms
        .into_iter()
        .filter(|(_, by_key)| by_key.len() > 1)
        .map(|(entity, by_key)| Discrepancy::Spelling {
            entity: entities[entity].id.clone(),
            forms: by_key.into_values().collect(),
        })
        .collect()
}

/// Events given different dates by different articles, in the order of
/// their earlier telling; `articles` are those the events' positions point at.
pub(super) fn event_dates(events: &[Event], articles: &[DossierArticle]) -> Vec<Discrepancy> {
    let days: Vec<Option<i32>> = events.iter().map(|e| full_day(&e.date)).collect();
    let window = DateWindow::new(&days, MAX_DAYS, MAX_POSTINGS);
    let postings = dated_postings(events, &days, &window);
    // Each pair is found from its earlier event, event by event: no list of
    // every pair that shares one entity is ever made.
    let mut candidates: Vec<(usize, usize)> = (0..events.len())
        .into_par_iter()
        .filter(|&i| days[i].is_some())
        .flat_map_iter(|i| sharing_two_entities(i, events, &window, &postings))
        .collect();
    candidates.sort_unstable();
    let mut involved: Vec<usize> = candidates.iter().flat_map(|&(i, j)| [i, j]).collect();
    involved.sort_unstable();
    involved.dedup();
    let compared: Vec<Compared> = involved
        .par_iter()
        .map(|&k| Compared::new(&events[k]))
        .collect();
    let of = |k: usize| &compared[involved.binary_search(&k).expect("an involved event")];
    let slugs = |event: &Event| -> Vec<String> {
        (event.articles.iter())
            .map(|&a| articles[a].slug.clone())
            .collect()
    };
    candidates
        .par_iter()
        .filter(|&&(i, j)| tell_the_same(of(i), of(j)))
        .map(|&(i, j)| Discrepancy::EventDate {
            label: events[i].label.clone(),
            dates: vec![
                (events[i].date.clone(), slugs(&events[i])),
                (events[j].date.clone(), slugs(&events[j])),
            ],
        })
        .collect()
}

/// The events that follow event `i`, which has a full date, within
/// `MAX_DAYS` (in the postings' order) and share at least two entities with
/// it, as (smaller, larger) positions. An entity with more than
/// `MAX_POSTINGS` such events after `i` adds none.
fn sharing_two_entities(
    i: usize,
    events: &[Event],
    window: &DateWindow,
    postings: &HashMap<usize, Vec<Entry>>,
) -> Vec<(usize, usize)> {
    let lists = events[i]
        .entities
        .iter()
        .filter_map(|entity| postings.get(entity).map(Vec::as_slice));
    window
        .shared_after(i, lists)
        .into_iter()
        .filter(|&(_, shared)| shared >= 2)
        .map(|(j, _)| (i.min(j), i.max(j)))
        .collect()
}

/// Entity → its events with a full date, in date order.
fn dated_postings(
    events: &[Event],
    days: &[Option<i32>],
    window: &DateWindow,
) -> HashMap<usize, Vec<Entry>> {
    let mut by_entity: HashMap<usize, Vec<Entry>> = HashMap::default();
    for (i, event) in events.iter().enumerate() {
        if days[i].is_some() {
            for &entity in &event.entities {
                by_entity.entry(entity).or_default().push(window.entry(i));
            }
        }
    }
    for list in by_entity.values_mut() {
        list.sort_unstable();
    }
    by_entity
}

/// What two events are compared by: their articles (sorted) and their
/// label's content words.
struct Compared {
    articles: Vec<usize>,
    words: BTreeSet<String>,
}

impl Compared {
    fn new(event: &Event) -> Self {
        let mut articles = event.articles.clone();
        articles.sort_unstable();
        Compared {
            articles,
            words: content_words(&event.label),
        }
    }
}

/// Whether two tellings from different articles share most of the shorter
/// label's content words.
fn tell_the_same(a: &Compared, b: &Compared) -> bool {
    if share_one(&a.articles, &b.articles) {
        return false;
    }
    let common = a.words.intersection(&b.words).count();
    let shorter = a.words.len().min(b.words.len()).max(1);
    common as f64 / shorter as f64 >= MIN_OVERLAP
}

/// Whether two sorted lists have an element in common (one merge pass).
fn share_one<T: Ord>(a: &[T], b: &[T]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// The day number of a full date ("YYYY-MM-DD"); `None` for months and years.
fn full_day(date: &str) -> Option<i32> {
    let date: jiff::civil::Date = date.parse().ok().filter(|_| date.len() == 10)?;
    Some(day_number(date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorted_lists_share_an_element_when_some_element_of_one_is_in_the_other(
            mut a in proptest::collection::vec("[a-d]{1,2}", 0..12),
            mut b in proptest::collection::vec("[a-d]{1,2}", 0..12),
        ) {
            let naive = a.iter().any(|x| b.contains(x));
            a.sort_unstable();
            b.sort_unstable();
            let a: Vec<&str> = a.iter().map(String::as_str).collect();
            let b: Vec<&str> = b.iter().map(String::as_str).collect();
            prop_assert_eq!(share_one(&a, &b), naive);
            prop_assert_eq!(share_one(&b, &a), naive);
        }
    }
}
