//! Articles, entities and events → each article's related articles, ranked by
//! the entities they share (rarer ones weigh more), the events they both tell,
//! and how close in time they are. Candidates come from inverted indexes
//! (entity → articles, event → articles, each in date order); through one
//! entity an article meets at most the `WINDOW` articles nearest to it in
//! time, so the work is linear in the number of mentions, never quadratic.

use std::collections::{BTreeMap, HashMap};

use super::{DossierArticle, Event};

/// Related articles kept per article.
pub const RELATED_PER_ARTICLE: usize = 5;

/// Articles met through one entity or event: the nearest in time on each side.
const WINDOW: usize = 12;

/// Weight of one event told by both articles.
const SHARED_EVENT: f64 = 3.0;

/// Weight of being published on the same day; halves every 30 days apart.
const SAME_TIME: f64 = 1.0;

/// Fills `related` of every article whose front matter did not give it.
pub(super) fn relate(articles: &mut [DossierArticle], events: &[Event]) {
    let index_of: HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.slug.as_str(), i))
        .collect();
    let mut by_entity: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, article) in articles.iter().enumerate() {
        for id in &article.entity_ids {
            by_entity.entry(id).or_default().push(i);
        }
    }
    let total = articles.len() as f64;
    let mut scores: Vec<HashMap<usize, f64>> = vec![HashMap::new(); articles.len()];
    for postings in by_entity.values().filter(|p| p.len() > 1) {
        let weight = (total / postings.len() as f64).ln().max(0.1);
        add_neighbours(&mut scores, postings, weight);
    }
    for event in events {
        let mut postings: Vec<usize> = event
            .articles
            .iter()
            .filter_map(|slug| index_of.get(slug.as_str()).copied())
            .collect();
        postings.sort_unstable();
        add_neighbours(&mut scores, &postings, SHARED_EVENT);
    }
    let ranked: Vec<Vec<String>> = scores
        .iter()
        .enumerate()
        .map(|(i, candidates)| rank(i, candidates, articles))
        .collect();
    for (article, related) in articles.iter_mut().zip(ranked) {
        if article.related.is_empty() {
            article.related = related;
        }
    }
}

/// Adds `weight` between each article of a posting list (in date order) and
/// its `WINDOW` neighbours on each side.
fn add_neighbours(scores: &mut [HashMap<usize, f64>], postings: &[usize], weight: f64) {
    for (position, &a) in postings.iter().enumerate() {
        let from = position.saturating_sub(WINDOW);
        let to = (position + WINDOW + 1).min(postings.len());
        for &b in &postings[from..to] {
            if a != b {
                *scores[a].entry(b).or_default() += weight;
            }
        }
    }
}

fn rank(i: usize, candidates: &HashMap<usize, f64>, articles: &[DossierArticle]) -> Vec<String> {
    let day = |k: usize| articles[k].annotated.article.meta.published.map(|p| p.date);
    let mut scored: Vec<(f64, usize)> = candidates
        .iter()
        .map(|(&other, &score)| {
            let closeness = match (day(i), day(other)) {
                (Some(a), Some(b)) => {
                    let days = a
                        .until(b)
                        .map_or(i32::MAX, |s| s.get_days().saturating_abs());
                    SAME_TIME * 0.5f64.powf(f64::from(days) / 30.0)
                }
                _ => 0.0,
            };
            (score + closeness, other)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(RELATED_PER_ARTICLE)
        .map(|(_, k)| articles[k].slug.clone())
        .collect()
}
