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
    let mut postings: HashMap<(usize, u32), Vec<usize>> = HashMap::default();
    for (i, who) in speaker_of.iter().enumerate() {
        let Some(who) = *who else { continue };
        for &word in &words[i] {
            postings.entry((who, word)).or_default().push(i);
        }
    }
    let days: Vec<Option<i32>> = quotes
        .iter()
        .map(|q| published_day(&articles[index_of[q.article.as_str()]]))
        .collect();
    for list in postings.values_mut() {
        list.sort_by_key(|&i| (days[i], i));
    }
    // Each pair is counted from its earlier quote, quote by quote: no list of
    // every pair that shares one word is ever made.
    let shared = Postings {
        lists: &postings,
        days: &days,
    };
    let mut counted: Vec<(usize, usize, usize)> = (0..quotes.len())
        .into_par_iter()
        .flat_map_iter(|i| match speaker_of[i] {
            Some(who) => shared.words_shared_after(i, who, &words[i]),
            None => Vec::new(),
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

/// The quotes of each (speaker, word), in date order (no date first).
struct Postings<'p> {
    lists: &'p HashMap<(usize, u32), Vec<usize>>,
    days: &'p [Option<i32>],
}

impl Postings<'_> {
    /// The quotes that follow quote `i` (by `who`, with content words
    /// `words`) in a posting list of one of its words and were published
    /// within `MAX_DAYS` of it, or where one has no date, each with the number
    /// of words through which it does so: ((smaller, larger), count). A word
    /// with more than `MAX_POSTINGS` such quotes after `i` counts for none.
    fn words_shared_after(
        &self,
        i: usize,
        who: usize,
        words: &[u32],
    ) -> Vec<(usize, usize, usize)> {
        let mut near: Vec<usize> = Vec::new();
        for &word in words {
            if let Some(list) = self.lists.get(&(who, word)) {
                near.extend_from_slice(self.near_after(list, i));
            }
        }
        near.sort_unstable();
        near.chunk_by(|a, b| a == b)
            .map(|run| (i.min(run[0]), i.max(run[0]), run.len()))
            .collect()
    }

    /// The quotes after `i` in `list` that it may pair with.
    fn near_after<'l>(&self, list: &'l [usize], i: usize) -> &'l [usize] {
        let days = self.days;
        let after = &list[list.partition_point(|&j| (days[j], j) <= (days[i], i))..];
        let near = match days[i] {
            None if list.len() <= MAX_POSTINGS => after,
            None => &[],
            Some(day) => {
                let within = after
                    .iter()
                    .take_while(|&&j| days[j].is_some_and(|d| d <= day + MAX_DAYS))
                    .count();
                &after[..within]
            }
        };
        if near.len() <= MAX_POSTINGS {
            near
        } else {
            &[]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_pairs_with_later_ones_within_a_week_and_undated_ones_with_all() {
        // Quotes 0 and 1 have no date; 2, 3 and 4 are on days 10, 16 and 30.
        let days = [None, None, Some(10), Some(16), Some(30)];
        let lists = HashMap::default();
        let postings = Postings {
            lists: &lists,
            days: &days,
        };
        let list = [0, 1, 2, 3, 4];
        assert_eq!(postings.near_after(&list, 0), &[1, 2, 3, 4]);
        assert_eq!(postings.near_after(&list, 2), &[3]);
        assert_eq!(postings.near_after(&list, 3), &[] as &[usize]);
        assert_eq!(postings.near_after(&list, 4), &[] as &[usize]);
    }

    #[test]
    fn a_word_too_many_quotes_share_pairs_none() {
        let days = vec![Some(1); MAX_POSTINGS + 2];
        let list: Vec<usize> = (0..days.len()).collect();
        let lists = HashMap::default();
        let postings = Postings {
            lists: &lists,
            days: &days,
        };
        assert!(postings.near_after(&list, 0).is_empty());
        assert_eq!(postings.near_after(&list, 2).len(), MAX_POSTINGS - 1);
    }

    #[test]
    fn shared_words_are_counted_once_per_word_from_the_earlier_quote() {
        let days = [Some(1), Some(2), Some(3)];
        let mut lists: HashMap<(usize, u32), Vec<usize>> = HashMap::default();
        lists.insert((0, 7), vec![0, 1, 2]);
        lists.insert((0, 8), vec![0, 2]);
        let postings = Postings {
            lists: &lists,
            days: &days,
        };
        assert_eq!(
            postings.words_shared_after(0, 0, &[7, 8]),
            [(0, 1, 1), (0, 2, 2)]
        );
        assert_eq!(postings.words_shared_after(1, 0, &[7]), [(1, 2, 1)]);
        assert!(postings.words_shared_after(2, 0, &[7, 8]).is_empty());
    }
}
