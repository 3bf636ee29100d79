//! Quotes → groups of quotes that report one statement in different words
//! (two outlets translating the same sentence): same speaker, articles
//! published within a week of each other, and strongly overlapping content
//! words. Candidates come from each speaker's own index of word → quotes,
//! speakers in parallel; words shared by more than `MAX_POSTINGS` quotes of
//! one speaker within the week add no candidates, so the work stays
//! near-linear.

use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeSet;

use rayon::prelude::*;

use super::partition::Partition;
use super::window::{DateWindow, Entry};
use super::{published_day, DossierArticle, DossierQuote};
use crate::annotate::{content_words, Quote, QuoteKind};

/// Quotes of one speaker sharing a word beyond this many are not compared through it.
const MAX_POSTINGS: usize = 200;

/// Content words two wordings must share at least.
const MIN_SHARED: usize = 4;

/// Share of the shorter wording's content words the other must have.
const MIN_OVERLAP: f64 = 0.3;

/// Most days between the publication of two reports of one statement.
const MAX_DAYS: i32 = 7;

/// Fills `variants` of every quote. `quotes` are every quote of `articles`,
/// in article order, as `gather_quotes` makes them.
pub(super) fn group(quotes: &mut [DossierQuote], articles: &[DossierArticle]) {
    // Each quote as the annotator found it, with its article's day.
    let found: Vec<(&Quote, Option<i32>)> = articles
        .iter()
        .flat_map(|article| {
            let day = published_day(article);
            article.annotated.quotes.iter().map(move |q| (q, day))
        })
        .collect();
    assert_eq!(found.len(), quotes.len(), "every quote of the articles");
    let days: Vec<Option<i32>> = found.iter().map(|&(_, day)| day).collect();
    // Each pair is counted from its earlier quote (see `window`).
    let window = DateWindow::new(&days, MAX_DAYS, MAX_POSTINGS);
    // Only a quote with another of its speaker's near it can have a variant:
    // the others' words are never worked out.
    let speakers: Vec<Vec<usize>> = speeches_by_speaker(quotes, &found)
        .into_iter()
        .map(|members| window.with_neighbours(&members))
        .filter(|members| !members.is_empty())
        .collect();
    let mut compared: Vec<usize> = speakers.concat();
    compared.sort_unstable();
    let words = content_word_ids(&found, &compared);
    let mut counted: Vec<(usize, usize, usize)> = speakers
        .par_iter()
        .flat_map_iter(|members| shared_words(members, &words, &window))
        .collect();
    counted.sort_unstable();
    let mut partition = Partition::new(quotes.len());
    for (i, j, common) in counted {
        let shorter = words[i].len().min(words[j].len()).max(1);
        let close = common >= MIN_SHARED && common as f64 / shorter as f64 >= MIN_OVERLAP;
        if close && quotes[i].article != quotes[j].article {
            partition.join(i, j);
        }
    }
    for members in partition.groups().into_iter().filter(|g| g.len() > 1) {
        for &i in &members {
            quotes[i].variants = members.iter().copied().filter(|&j| j != i).collect();
        }
    }
}

/// The positions of the speech quotes (a partial quote has no content
/// words to compare), speaker by speaker (by entity, else by name as
/// written), in order. Quotes without a speaker are left out: they have no
/// one to be variants of.
fn speeches_by_speaker(
    quotes: &[DossierQuote],
    found: &[(&Quote, Option<i32>)],
) -> Vec<Vec<usize>> {
    let mut speakers: HashMap<Speaker<'_>, usize> = HashMap::default();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (i, quote) in quotes.iter().enumerate() {
        let Some(speaker) = Speaker::of(quote) else {
            continue;
        };
        if found[i].0.kind != QuoteKind::Speech {
            continue;
        }
        let who = *speakers.entry(speaker).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        members[who].push(i);
    }
    members
}

/// Who said a quote: an entity, or a name as written that is none.
#[derive(PartialEq, Eq, Hash)]
enum Speaker<'q> {
    Entity(usize),
    Named(&'q str),
}

impl<'q> Speaker<'q> {
    /// The quote's speaker, if it has one.
    fn of(quote: &'q DossierQuote) -> Option<Self> {
        match (quote.speaker_entity, quote.speaker.as_deref()) {
            (Some(entity), _) => Some(Speaker::Entity(entity)),
            (None, Some(name)) => Some(Speaker::Named(name)),
            (None, None) => None,
        }
    }
}

/// The pairs among one speaker's quotes (`members`, in date order as
/// `DateWindow::with_neighbours` gives them) that share content words, as
/// (smaller position, larger position, words shared). The posting lists are
/// the speaker's own, so they stay small and close together in memory while
/// that speaker's quotes are compared; filled in date order, each is sorted
/// as the window reads it.
fn shared_words(
    members: &[usize],
    words: &[Vec<u32>],
    window: &DateWindow,
) -> Vec<(usize, usize, usize)> {
    debug_assert!(members.is_sorted_by_key(|&i| window.entry(i)));
    let mut postings: HashMap<u32, Vec<Entry>> = HashMap::default();
    for &i in members {
        for &word in &words[i] {
            postings.entry(word).or_default().push(window.entry(i));
        }
    }
    let mut pairs = Vec::new();
    for &i in members {
        let lists = words[i]
            .iter()
            .filter_map(|word| postings.get(word).map(Vec::as_slice));
        let shared = window.shared_after(i, lists);
        pairs.extend(shared.into_iter().map(|(j, n)| (i.min(j), i.max(j), n)));
    }
    pairs
}

/// Quotes whose content words are found a chunk at a time, so that the words
/// of every quote are never held as strings at once.
const WORDS_CHUNK: usize = 4096;

/// The content words of each quote (`found`) at the positions `compared`
/// (sorted; none for the others), each word as a number: the same word, the
/// same number.
fn content_word_ids(found: &[(&Quote, Option<i32>)], compared: &[usize]) -> Vec<Vec<u32>> {
    let mut numbers: HashMap<String, u32> = HashMap::default();
    let mut ids = vec![Vec::new(); found.len()];
    for chunk in compared.chunks(WORDS_CHUNK) {
        let words: Vec<BTreeSet<String>> = chunk
            .par_iter()
            .map(|&i| content_words(&found[i].0.text))
            .collect();
        for (&i, set) in chunk.iter().zip(words) {
            let list = set.into_iter().map(|word| {
                let next = numbers.len() as u32;
                *numbers.entry(word).or_insert(next)
            });
            ids[i] = list.collect();
        }
    }
    ids
}
