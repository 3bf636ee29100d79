//! Quotes → groups of quotes that report one statement in different words
//! (two outlets translating the same sentence): same speaker, articles
//! published within a week of each other, and strongly overlapping content
//! words. Candidates come from an index of (speaker, word) → quotes; words
//! shared by more than `MAX_POSTINGS` quotes of one speaker add no candidates,
//! so the work stays near-linear.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::partition::Partition;
use super::{DossierArticle, DossierQuote};
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
    let words: Vec<BTreeSet<String>> = quotes
        .iter()
        .map(|q| {
            let article = &articles[index_of[q.article.as_str()]];
            let found = &article.annotated.quotes[q.index];
            if found.kind == QuoteKind::Speech {
                content_words(&found.text)
            } else {
                BTreeSet::new()
            }
        })
        .collect();
    let mut speakers: HashMap<&str, usize> = HashMap::new();
    let speaker_of: Vec<Option<usize>> = quotes
        .iter()
        .map(|q| {
            let name = q.speaker_id.as_deref().or(q.speaker.as_deref())?;
            let next = speakers.len();
            Some(*speakers.entry(name).or_insert(next))
        })
        .collect();
    let mut postings: HashMap<(usize, &str), Vec<usize>> = HashMap::new();
    for (i, who) in speaker_of.iter().enumerate() {
        let Some(who) = *who else { continue };
        for word in &words[i] {
            postings.entry((who, word)).or_default().push(i);
        }
    }
    let mut partition = Partition::new(quotes.len());
    for (i, quote) in quotes.iter().enumerate() {
        let Some(who) = speaker_of[i] else { continue };
        // Counts only; the pairs are then visited in index order.
        let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
        for word in &words[i] {
            let list = &postings[&(who, word.as_str())];
            if list.len() > MAX_POSTINGS {
                continue;
            }
            for &j in list.iter().filter(|&&j| j > i) {
                *shared.entry(j).or_default() += 1;
            }
        }
        for (j, count) in shared {
            let shorter = words[i].len().min(words[j].len()).max(1);
            let close = count >= MIN_SHARED && count as f64 / shorter as f64 >= MIN_OVERLAP;
            if close
                && quote.article != quotes[j].article
                && near_in_time(quote, &quotes[j], articles, &index_of)
            {
                partition.join(i, j);
            }
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

fn near_in_time(
    a: &DossierQuote,
    b: &DossierQuote,
    articles: &[DossierArticle],
    index_of: &HashMap<&str, usize>,
) -> bool {
    let day = |q: &DossierQuote| {
        articles[index_of[q.article.as_str()]]
            .annotated
            .article
            .meta
            .published
            .map(|p| p.date)
    };
    match (day(a), day(b)) {
        (Some(x), Some(y)) => x
            .until(y)
            .is_ok_and(|span| span.get_days().abs() <= MAX_DAYS),
        _ => true,
    }
}
