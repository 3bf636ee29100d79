//! Articles, entities and events → each article's related articles, ranked by
//! the entities they share (rarer ones weigh more), the events they both tell,
//! and how close in time they are. Candidates come from inverted indexes
//! (entity → articles, event → articles, each in date order); through one
//! entity an article meets at most the `WINDOW` articles nearest to it in
//! time, so the work is linear in the number of mentions, never quadratic.

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;

use super::{published_day, ArticleIndex, DossierArticle, Event};

/// Related articles kept per article.
pub const RELATED_PER_ARTICLE: usize = 5;

/// Articles met through one entity or event: the nearest in time on each side.
const WINDOW: usize = 12;

/// Weight of one event told by both articles.
const SHARED_EVENT: f64 = 3.0;

/// Weight of being published on the same day; halves every 30 days apart.
const SAME_TIME: f64 = 1.0;

/// Fills `related` of every article: those its front matter gives (found
/// through `article_index`), or else the best ranked; `entity_count` is the
/// number of the dossier's entities.
pub(super) fn relate(
    articles: &mut [DossierArticle],
    article_index: &ArticleIndex,
    entity_count: usize,
    events: &[Event],
) {
    let mut by_entity: Vec<Vec<usize>> = vec![Vec::new(); entity_count];
    for (i, article) in articles.iter().enumerate() {
        for &entity in &article.entities {
            by_entity[entity].push(i);
        }
    }
    let by_event: Vec<Vec<usize>> = events
        .par_iter()
        .map(|event| {
            let mut postings: Vec<usize> = event.articles.clone();
            postings.sort_unstable();
            postings.dedup();
            postings
        })
        .collect();
    let mut events_of: Vec<Vec<usize>> = vec![Vec::new(); articles.len()];
    for (e, postings) in by_event.iter().enumerate() {
        for &i in postings {
            events_of[i].push(e);
        }
    }
    let total = articles.len() as f64;
    let days: Vec<Option<i32>> = articles.iter().map(published_day).collect();
    let shared = |i: usize| {
        let mut met = Met::default();
        for &entity in &articles[i].entities {
            let postings = &by_entity[entity];
            if postings.len() > 1 {
                let weight = (total / postings.len() as f64).ln().max(0.1);
                neighbours(postings, i, weight, &mut met);
            }
        }
        for &e in &events_of[i] {
            neighbours(&by_event[e], i, SHARED_EVENT, &mut met);
        }
        met
    };
    let ranked: Vec<Vec<usize>> = (0..articles.len())
        .into_par_iter()
        .map(|i| match given_related(&articles[i], article_index) {
            Some(given) => given,
            None => rank(i, shared(i), &days),
        })
        .collect();
    for (article, related) in articles.iter_mut().zip(ranked) {
        article.related = related;
    }
}

/// The related articles an article's front matter gives, those of them that
/// are in the dossier, in the order given; `None` when it gives none.
fn given_related(article: &DossierArticle, article_index: &ArticleIndex) -> Option<Vec<usize>> {
    let given = &article.annotated.article.front_matter.related;
    (!given.is_empty()).then(|| {
        (given.iter())
            .filter_map(|slug| article_index.get(slug.as_str()).copied())
            .collect()
    })
}

/// The articles one article met, each with the sum of the weights of its
/// meetings, added in the order they were met.
type Met = HashMap<usize, f64>;

/// Adds `weight` for each of the `WINDOW` articles on each side of `article`
/// in a posting list (article positions in date order).
fn neighbours(postings: &[usize], article: usize, weight: f64, met: &mut Met) {
    let Ok(position) = postings.binary_search(&article) else {
        return;
    };
    let from = position.saturating_sub(WINDOW);
    let to = (position + WINDOW + 1).min(postings.len());
    for &other in postings[from..to].iter().filter(|&&other| other != article) {
        meet(met, other, weight);
    }
}

/// Adds one meeting with `other`, of `weight`.
fn meet(met: &mut Met, other: usize, weight: f64) {
    *met.entry(other).or_insert(0.0) += weight;
}

/// What being published close in time adds to the score of articles `i` and
/// `other`: `SAME_TIME` on the same day, half as much every 30 days apart.
fn closeness(days: &[Option<i32>], i: usize, other: usize) -> f64 {
    match (days[i], days[other]) {
        (Some(a), Some(b)) => SAME_TIME * 0.5f64.powf(f64::from((a - b).abs()) / 30.0),
        _ => 0.0,
    }
}

/// The best of the articles `i` met (the summed weights of its meetings with
/// each, plus closeness in time), as positions, best first; `days` are the
/// articles' day numbers.
fn rank(i: usize, met: Met, days: &[Option<i32>]) -> Vec<usize> {
    let mut scored: Vec<(f64, usize)> = met
        .into_iter()
        .map(|(other, score)| (score + closeness(days, i, other), other))
        .collect();
    // Best score first, then article order: a total order, as no article is
    // met twice.
    let better = |a: &(f64, usize), b: &(f64, usize)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
    if scored.len() > RELATED_PER_ARTICLE {
        scored.select_nth_unstable_by(RELATED_PER_ARTICLE, better);
        scored.truncate(RELATED_PER_ARTICLE);
    }
    scored.sort_unstable_by(better);
    // From a slice, not `into_iter`: collecting the vector's own items would
    // reuse its allocation, room for every article met, kept for the build.
    scored.iter().map(|&(_, k)| k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The ranking as first written: the meetings sorted by article (a stable
    /// sort keeps the order they were met in), each article's weights summed,
    /// then every article sorted.
    fn rank_by_sorting(i: usize, mut met: Vec<(usize, f64)>, days: &[Option<i32>]) -> Vec<usize> {
        met.sort_by_key(|&(other, _)| other);
        let mut scored: Vec<(f64, usize)> = met
            .chunk_by(|a, b| a.0 == b.0)
            .map(|run| {
                let other = run[0].0;
                let score: f64 = run.iter().map(|&(_, w)| w).sum();
                (score + closeness(days, i, other), other)
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        scored
            .into_iter()
            .take(RELATED_PER_ARTICLE)
            .map(|(_, k)| k)
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        #[test]
        fn the_best_are_those_of_sorting_every_meeting(
            meetings in proptest::collection::vec(
                (1usize..20, proptest::sample::select(&[0.1, 0.3, 0.7, 1.1, 2.3, 3.0][..])),
                0..80,
            ),
            days in proptest::collection::vec(proptest::option::of(0i32..90), 20),
        ) {
            let mut met = Met::default();
            for &(other, weight) in &meetings {
                meet(&mut met, other, weight);
            }
            prop_assert_eq!(rank(0, met, &days), rank_by_sorting(0, meetings, &days));
        }
    }

    #[test]
    fn the_ranking_keeps_no_room_for_the_articles_it_turns_down() {
        let mut met = Met::default();
        for other in 1..200 {
            meet(&mut met, other, 1.0);
        }
        let best = rank(0, met, &vec![None; 200]);
        assert_eq!(best.len(), RELATED_PER_ARTICLE);
        assert!(
            best.capacity() < 2 * RELATED_PER_ARTICLE,
            "{}",
            best.capacity()
        );
    }
}
