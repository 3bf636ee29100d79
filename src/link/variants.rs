//! Quotes → groups of quotes that report one statement in different words
//! (two outlets translating the same sentence): same speaker, articles
//! published within a week of each other, and strongly overlapping content
//! words. Candidates come from an index of (speaker, word) → quotes; words
//! shared by more than `MAX_POSTINGS` quotes of one speaker add no candidates,
//! so the work stays near-linear.

use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeSet;

use rayon::prelude::*;

use super::partition::Partition;
use super::window::{DateWindow, Entry};
use super::{published_day, DossierArticle, DossierQuote};
use crate::annotate::{content_words, QuoteKind};

/// Quotes of one speaker sharing a word beyond this many are not compared through it.
const MAX_POSTINGS: usize = 200;

/// Content words two wordings must share at least.
const MIN_SHARED: usize = 4;

/// Share of the shorter wording's content words the other must have.
const MIN_OVERLAP: f64 = 0.3;

/// Most days between the publication of two reports of one statement.
const MAX_DAYS: i32 = 7;

/// Fills `variants` of every quote.
pub(super) fn group(quotes: &mut [DossierQuote], articles: &[DossierArticle]) {
    let index_of: HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.slug.as_str(), i))
        .collect();
    let words = content_word_ids(quotes, articles, &index_of);
    let mut speakers: HashMap<&str, usize> = HashMap::default();
    let speaker_of: Vec<Option<usize>> = quotes
        .iter()
        .map(|q| {
            let name = q.speaker_id.as_deref().or(q.speaker.as_deref())?;
            let next = speakers.len();
            Some(*speakers.entry(name).or_insert(next))
        })
        .collect();
    let days: Vec<Option<i32>> = quotes
        .iter()
        .map(|q| published_day(&articles[index_of[q.article.as_str()]]))
        .collect();
    // Each pair is counted from its earlier quote (see `window`).
    let window = DateWindow::new(&days, MAX_DAYS, MAX_POSTINGS);
    let mut postings: HashMap<(usize, u32), Vec<Entry>> = HashMap::default();
    for (i, who) in speaker_of.iter().enumerate() {
        let Some(who) = *who else { continue };
        for &word in &words[i] {
            postings
                .entry((who, word))
                .or_default()
                .push(window.entry(i));
        }
    }
    for list in postings.values_mut() {
        list.sort_unstable();
    }
    let mut counted: Vec<(usize, usize, usize)> = (0..quotes.len())
        .into_par_iter()
        .flat_map_iter(|i| {
            let lists = speaker_of[i].into_iter().flat_map(|who| {
                let postings = &postings;
                words[i]
                    .iter()
                    .filter_map(move |&word| postings.get(&(who, word)).map(Vec::as_slice))
            });
            let shared = window.shared_after(i, lists);
            shared
                .into_iter()
                .map(move |(j, n)| (i.min(j), i.max(j), n))
        })
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
            quotes[i].variants = members
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| quotes[j].id.clone())
                .collect();
        }
    }
}

/// Quotes whose content words are found a chunk at a time, so that the words
/// of every quote are never held as strings at once.
const WORDS_CHUNK: usize = 4096;

/// The content words of each speech quote (none for a partial quote), each
/// word as a number: the same word, the same number.
fn content_word_ids(
    quotes: &[DossierQuote],
    articles: &[DossierArticle],
    index_of: &HashMap<&str, usize>,
) -> Vec<Vec<u32>> {
    let mut numbers: HashMap<String, u32> = HashMap::default();
    let mut ids = Vec::with_capacity(quotes.len());
    for chunk in quotes.chunks(WORDS_CHUNK) {
        let words: Vec<BTreeSet<String>> = chunk
            .par_iter()
            .map(|q| {
                let found = &articles[index_of[q.article.as_str()]].annotated.quotes[q.index];
                match found.kind {
                    QuoteKind::Speech => content_words(&found.text),
                    QuoteKind::Partial => BTreeSet::new(),
                }
            })
            .collect();
        for set in words {
            let list = set.into_iter().map(|word| {
                let next = numbers.len() as u32;
                *numbers.entry(word).or_insert(next)
            });
            ids.push(list.collect());
        }
    }
    ids
}
