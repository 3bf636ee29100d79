//! [Annotated] → Dossier: the corpus-wide view. Gives every article a unique
//! slug, orders articles, and gathers quotes, entities and events across
//! articles with stable ids. Works through indexes (maps keyed by slug, name
//! and date), never by comparing all pairs of articles.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use rayon::prelude::*;

mod discrepancies;
mod entities;
mod partition;
mod related;
mod variants;
mod window;

use crate::annotate::{Annotated, EntityKind};
use crate::content::gazetteer::{name_key, GazetteerEntry};
use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::slug;
pub use discrepancies::Discrepancy;

/// One article of the dossier with its final slug.
#[derive(Debug, Clone)]
pub struct DossierArticle {
    /// The annotated article.
    pub annotated: Annotated,
    /// Unique URL slug.
    pub slug: String,
    /// Positions in `Dossier::articles` of its related articles, best first:
    /// those its front matter gives that are in the dossier, or else the
    /// best ranked (`Dossier::related_slugs` writes them as given).
    pub related: Vec<usize>,
    /// Positions in `Dossier::entities` of the entities it names, in order
    /// (which is their ids' order).
    pub entities: Vec<usize>,
    /// The entity of each of its mentions (`annotated.mentions`), by
    /// position in `Dossier::entities`.
    pub mention_entities: Vec<Option<usize>>,
}

/// A quote with its place in the dossier.
#[derive(Debug, Clone)]
pub struct DossierQuote {
    /// Stable id: "q-<article slug>-<n>", also the anchor on the article page.
    pub id: String,
    /// The article's position in `Dossier::articles`.
    pub article: usize,
    /// Index in the article's quote list.
    pub index: usize,
    /// Canonical speaker name.
    pub speaker: Option<String>,
    /// Position in `Dossier::entities` of the speaker's entity.
    pub speaker_entity: Option<usize>,
    /// Positions in `Dossier::quotes` of the quotes reporting the same
    /// statement, in order.
    pub variants: Vec<usize>,
}

/// A person, place, organisation … named by at least one article.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Slug of the canonical name.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// person, place, organization, event or other.
    pub kind: EntityKind,
    /// Other spellings seen.
    pub aliases: Vec<String>,
    /// Known from the gazetteer or an editor rather than discovered.
    pub curated: bool,
    /// One line from the gazetteer.
    pub description: Option<String>,
    /// Links from the gazetteer.
    pub links: Vec<String>,
    /// Positions in `Dossier::articles` of the articles naming it, in order.
    pub articles: Vec<usize>,
    /// Number of mentions.
    pub mentions: usize,
}

/// An event told by one or more articles.
#[derive(Debug, Clone)]
pub struct Event {
    /// Stable id.
    pub id: String,
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub date: String,
    /// What happened.
    pub label: String,
    /// Positions in `Dossier::articles` of the articles reporting it.
    pub articles: Vec<usize>,
    /// Positions in `Dossier::entities` of the entities involved, in order.
    pub entities: Vec<usize>,
    /// Each telling: the article's position and the paragraph.
    pub sources: Vec<EventSource>,
}

/// Where an article tells an event.
#[derive(Debug, Clone)]
pub struct EventSource {
    /// The article's position in `Dossier::articles`.
    pub article: usize,
    /// The paragraph that tells it, when known.
    pub paragraph: Option<usize>,
}

/// Spelling key (`gazetteer::name_key`) → the entity's position in
/// `Dossier::entities`. Only ever looked up, never walked, so its order does
/// not matter.
type EntityOfKey = HashMap<String, usize>;

/// Article slug → its position in `Dossier::articles`.
pub type ArticleIndex = HashMap<String, usize>;

/// The whole dossier, ready to emit and render.
#[derive(Debug, Clone, Default)]
pub struct Dossier {
    /// Articles, oldest first (date, then slug).
    pub articles: Vec<DossierArticle>,
    /// Every quote, in article order.
    pub quotes: Vec<DossierQuote>,
    /// Where each article's quotes start in `quotes`.
    pub quote_offsets: Vec<usize>,
    /// Article position by slug (only ever looked up).
    pub article_index: ArticleIndex,
    /// What the sources disagree on.
    pub discrepancies: Vec<Discrepancy>,
    /// Entities by id.
    pub entities: Vec<Entity>,
    /// Events by date.
    pub events: Vec<Event>,
}

/// Links the annotated articles into a dossier.
pub fn link(
    annotated: Vec<Annotated>,
    gazetteer: &[GazetteerEntry],
) -> Result<Dossier, Diagnostics> {
    let mut articles = assign_slugs(annotated)?;
    sort_large_by(&mut articles, |a, b| {
        article_order(a).cmp(&article_order(b))
    });
    let (entities, entity_of_key) = entities::gather(&mut articles, gazetteer);
    let (quotes, ((events, event_dates), mut discrepancies)) = rayon::join(
        || {
            let mut quotes = gather_quotes(&articles, &entity_of_key);
            variants::group(&mut quotes, &articles);
            quotes
        },
        || {
            rayon::join(
                || {
                    let events = gather_events(&articles, &entity_of_key);
                    let dates = discrepancies::event_dates(&events, &articles);
                    (events, dates)
                },
                || discrepancies::spellings(&articles, &entities),
            )
        },
    );
    // Spellings first, then event dates.
    discrepancies.extend(event_dates);
    let article_index: ArticleIndex = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.slug.clone(), i))
        .collect();
    related::relate(&mut articles, &article_index, entities.len(), &events);
    let quote_offsets = articles
        .iter()
        .scan(0, |next, a| {
            let start = *next;
            *next += a.annotated.quotes.len();
            Some(start)
        })
        .collect();
    Ok(Dossier {
        articles,
        quotes,
        quote_offsets,
        article_index,
        discrepancies,
        entities,
        events,
    })
}

/// The day number of an article's publication date, if it has one.
fn published_day(article: &DossierArticle) -> Option<i32> {
    Some(day_number(article.annotated.article.meta.published?.date))
}

/// Days from 0001-01-01 to `date`: day arithmetic on plain integers.
fn day_number(date: jiff::civil::Date) -> i32 {
    let epoch = jiff::civil::Date::new(1, 1, 1).expect("valid date");
    epoch
        .until(date)
        .map(|span| span.get_days())
        .expect("a civil date is within range of 0001-01-01")
}

fn article_order(article: &DossierArticle) -> (Option<jiff::civil::Date>, &str) {
    (
        article.annotated.article.meta.published.map(|p| p.date),
        &article.slug,
    )
}

/// Unique slugs: an inferred slug that clashes gets "-2", "-3" …; two given slugs
/// that clash are an error naming both files.
fn assign_slugs(annotated: Vec<Annotated>) -> Result<Vec<DossierArticle>, Diagnostics> {
    let mut given_by_slug: BTreeMap<&str, Vec<&Annotated>> = BTreeMap::new();
    for a in annotated.iter().filter(|a| a.article.meta.slug_given) {
        given_by_slug
            .entry(&a.article.meta.slug)
            .or_default()
            .push(a);
    }
    let mut problems = Diagnostics::new();
    for (slug, given) in &given_by_slug {
        if given.len() > 1 {
            let files: Vec<String> = given
                .iter()
                .map(|a| a.article.path.display().to_string())
                .collect();
            for a in given.iter() {
                problems.push(
                    Diagnostic::error(
                        Location::file(&a.article.path),
                        format!(
                            "slug {slug:?} is used by {} articles: {}",
                            given.len(),
                            files.join(", ")
                        ),
                    )
                    .with_help("give each article its own `slug:` in front matter"),
                );
            }
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    let mut taken: HashSet<String> = annotated
        .iter()
        .filter(|a| a.article.meta.slug_given)
        .map(|a| a.article.meta.slug.clone())
        .collect();
    let mut order: Vec<usize> = (0..annotated.len()).collect();
    order.par_sort_by(|&a, &b| annotated[a].article.path.cmp(&annotated[b].article.path));
    let mut slugs = vec![String::new(); annotated.len()];
    for i in order {
        let meta = &annotated[i].article.meta;
        slugs[i] = if meta.slug_given {
            meta.slug.clone()
        } else {
            unique_slug(&meta.slug, &mut taken)
        };
    }
    Ok(annotated
        .into_iter()
        .zip(slugs)
        .map(|(annotated, slug)| DossierArticle {
            related: Vec::new(),
            annotated,
            slug,
            entities: Vec::new(),
            mention_entities: Vec::new(),
        })
        .collect())
}

/// Sorts `items` as a stable sort by `compare` would: their positions are
/// sorted in parallel, then each item is moved once. The items are large,
/// and sorting them themselves in parallel would copy them all into a buffer.
fn sort_large_by<T: Sync>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering + Sync) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.par_sort_by(|&a, &b| compare(&items[a], &items[b]));
    // The item for place k is at order[k]: follow each cycle of places.
    for start in 0..items.len() {
        let mut place = start;
        while order[place] != start {
            let from = order[place];
            items.swap(place, from);
            order[place] = place;
            place = from;
        }
        order[place] = place;
    }
}

fn unique_slug(base: &str, taken: &mut HashSet<String>) -> String {
    let mut candidate = base.to_string();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}

fn gather_quotes(articles: &[DossierArticle], entity_of_key: &EntityOfKey) -> Vec<DossierQuote> {
    let mut quotes = Vec::new();
    for (position, article) in articles.iter().enumerate() {
        for (index, quote) in article.annotated.quotes.iter().enumerate() {
            let speaker_entity = (quote.speaker.as_deref())
                .and_then(|name| entity_of_name(article, name, entity_of_key));
            quotes.push(DossierQuote {
                id: quote_id(&article.slug, index),
                article: position,
                index,
                speaker: quote.speaker.clone(),
                speaker_entity,
                variants: Vec::new(),
            });
        }
    }
    quotes
}

/// The entity a name in an article belongs to, as `entity_of_key` says:
/// read from the article's mention of that name when it has one (its entity
/// was looked up by the same key), else looked up by the name's key.
fn entity_of_name(
    article: &DossierArticle,
    name: &str,
    entity_of_key: &EntityOfKey,
) -> Option<usize> {
    let mentions = &article.annotated.mentions;
    match mentions.iter().position(|m| m.name == name) {
        Some(k) => article.mention_entities[k],
        None => entity_of_key.get(&name_key(name)).copied(),
    }
}

/// The id and anchor of an article's n-th quote.
pub fn quote_id(article_slug: &str, index: usize) -> String {
    let mut number = itoa::Buffer::new();
    ["q-", article_slug, "-", number.format(index + 1)].concat()
}

/// Events across articles: tellings of one date that share an entity are one
/// event (union through an entity index, so linear in the tellings of a date).
fn gather_events(articles: &[DossierArticle], entity_of_key: &EntityOfKey) -> Vec<Event> {
    // Tellings are read article by article and clusters made date by date,
    // in parallel; ids are then given in date order, as one pass would.
    let tellings: Vec<Vec<Telling<'_>>> = articles
        .par_iter()
        .enumerate()
        .map(|(index, article)| tellings_of(index, article, entity_of_key))
        .collect();
    // By date, and in article order within a date (the sort is stable).
    let mut tellings: Vec<Telling<'_>> = tellings.into_iter().flatten().collect();
    tellings.par_sort_by(|a, b| a.date.cmp(&b.date));
    let by_date: Vec<&[Telling<'_>]> = tellings.chunk_by(|a, b| a.date == b.date).collect();
    let drafts: Vec<Event> = by_date
        .par_iter()
        .flat_map_iter(|tellings| {
            let date = tellings[0].event.date.as_str();
            cluster_by_entities(tellings)
                .into_iter()
                .map(move |cluster| make_event(date, &cluster))
        })
        .collect();
    let mut taken_ids: HashSet<String> = HashSet::default();
    let events = drafts
        .into_iter()
        .map(|mut event| {
            while !taken_ids.insert(event.id.clone()) {
                event.id.push_str("-2");
            }
            event
        })
        .collect();
    merge_into_days(events)
}

/// An article's tellings of events, with the entities each names.
fn tellings_of<'a>(
    index: usize,
    article: &'a DossierArticle,
    entity_of_key: &'a EntityOfKey,
) -> Vec<Telling<'a>> {
    article
        .annotated
        .events
        .iter()
        .map(|event| Telling {
            article: index,
            date: DateKey::of(&event.date),
            event,
            entities: event
                .entities
                .iter()
                .filter_map(|name| entity_of_name(article, name, entity_of_key))
                .collect(),
        })
        .collect()
}

/// Entities a month-precision event must share with a day of that month to be
/// the same event told less precisely.
const SHARED_FOR_SAME_EVENT: usize = 2;

/// Words of an event's label in its id.
const EVENT_ID_WORDS: usize = 6;

/// Events known only to the month that share enough entities with an event
/// on a day of that month ("akhir April" and "25 April 2019", both with Putin
/// and Kim) are folded into it: its sources, articles and entities join the
/// day's. Days are found through an index by month and entity.
fn merge_into_days(events: Vec<Event>) -> Vec<Event> {
    let target = days_to_merge_into(&events);
    let mut merged: Vec<Option<Event>> = events.into_iter().map(Some).collect();
    for (from, into) in target.iter().enumerate() {
        let Some(into) = *into else { continue };
        let Some(month) = merged[from].take() else {
            continue;
        };
        let Some(day) = merged[into].as_mut() else {
            continue;
        };
        for article in month.articles {
            if !day.articles.contains(&article) {
                day.articles.push(article);
            }
        }
        day.sources.extend(month.sources);
        let entities: BTreeSet<usize> = day.entities.drain(..).chain(month.entities).collect();
        day.entities = entities.into_iter().collect();
    }
    merged.into_iter().flatten().collect()
}

/// For each event known only to its month, the day of that month it is
/// folded into: the day event sharing the most entities with it, at least
/// `SHARED_FOR_SAME_EVENT` (the first such day on a tie); `None` for the
/// others. Shared entities are counted through an index of each month's day
/// events by entity, so a month event meets only the days that share one.
fn days_to_merge_into(events: &[Event]) -> Vec<Option<usize>> {
    let mut days_with: HashMap<(&str, usize), Vec<usize>> = HashMap::default();
    for (i, event) in events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.date.len() == 10)
    {
        for &entity in &event.entities {
            days_with
                .entry((&event.date[..7], entity))
                .or_default()
                .push(i);
        }
    }
    let day_for = |event: &Event| {
        let mut shared: HashMap<usize, usize> = HashMap::default();
        for &entity in &event.entities {
            let days = days_with.get(&(event.date.as_str(), entity));
            for &day in days.into_iter().flatten() {
                *shared.entry(day).or_default() += 1;
            }
        }
        shared
            .into_iter()
            .filter(|&(_, n)| n >= SHARED_FOR_SAME_EVENT)
            .max_by_key(|&(day, n)| (n, std::cmp::Reverse(day)))
            .map(|(day, _)| day)
    };
    events
        .iter()
        .map(|event| (event.date.len() == 7).then(|| day_for(event)).flatten())
        .collect()
}

/// One article's telling of an event.
struct Telling<'a> {
    article: usize,
    /// The event's date, to sort and group by without reading the event.
    date: DateKey<'a>,
    event: &'a crate::annotate::DatedEvent,
    /// Positions of the entities it names.
    entities: BTreeSet<usize>,
}

/// A date as text ("2019-04-25", "2019-04", "2019", or whatever an editor
/// wrote) that compares as the text does, mostly in registers: its first
/// 16 bytes as one number, zero after its end, then its length; the text
/// itself only when two texts longer than 16 bytes share those bytes.
#[derive(Clone, Copy)]
struct DateKey<'a> {
    head: u128,
    text: &'a str,
}

/// Bytes of a date compared as one number.
const DATE_HEAD: usize = 16;

impl<'a> DateKey<'a> {
    fn of(text: &'a str) -> Self {
        let mut head = [0; DATE_HEAD];
        let taken = text.len().min(DATE_HEAD);
        head[..taken].copy_from_slice(&text.as_bytes()[..taken]);
        DateKey {
            head: u128::from_be_bytes(head),
            text,
        }
    }
}

impl Ord for DateKey<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        // Up to 16 bytes, the zero-padded bytes then the length order as
        // the text: of two texts with the same padded bytes, one is the
        // other with zeros after it, and the shorter comes first.
        let (a, b) = (self.text.len(), other.text.len());
        self.head.cmp(&other.head).then_with(|| {
            if a > DATE_HEAD && b > DATE_HEAD {
                self.text.cmp(other.text)
            } else {
                a.cmp(&b)
            }
        })
    }
}

impl PartialOrd for DateKey<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for DateKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for DateKey<'_> {}

fn cluster_by_entities<'t, 'a>(tellings: &'t [Telling<'a>]) -> Vec<Vec<&'t Telling<'a>>> {
    let mut partition = partition::Partition::new(tellings.len());
    let mut first_with: HashMap<usize, usize> = HashMap::default();
    for (i, telling) in tellings.iter().enumerate() {
        for &entity in &telling.entities {
            match first_with.get(&entity) {
                Some(&j) => partition.join(i, j),
                None => {
                    first_with.insert(entity, i);
                }
            }
        }
    }
    partition
        .groups()
        .into_iter()
        .map(|group| group.into_iter().map(|i| &tellings[i]).collect())
        .collect()
}

fn make_event(date: &str, cluster: &[&Telling<'_>]) -> Event {
    let mut ordered: Vec<&&Telling> = cluster.iter().collect();
    ordered.sort_by_key(|t| t.article);
    let label = ordered[0].event.label.clone();
    let stem = slug::slugify_first(&label, EVENT_ID_WORDS);
    // Made unique once every event is made (see `gather_events`).
    let id = ["e-", date, "-", &stem].concat();
    let mut told_by: Vec<usize> = Vec::new();
    for telling in &ordered {
        // In article order: an article already listed is the last one.
        if told_by.last() != Some(&telling.article) {
            told_by.push(telling.article);
        }
    }
    let entities: BTreeSet<usize> = ordered
        .iter()
        .flat_map(|t| t.entities.iter().copied())
        .collect();
    Event {
        id,
        date: date.to_string(),
        label,
        articles: told_by,
        entities: entities.into_iter().collect(),
        sources: ordered
            .iter()
            .map(|t| EventSource {
                article: t.article,
                paragraph: t.event.paragraph,
            })
            .collect(),
    }
}

impl Dossier {
    /// The article with this slug.
    pub fn article(&self, slug: &str) -> Option<&DossierArticle> {
        self.article_index.get(slug).map(|&i| &self.articles[i])
    }

    /// The position in `articles` of one of this dossier's articles, from
    /// its address (no lookup by slug).
    ///
    /// # Panics
    /// When `article` is not an element of `articles`.
    pub fn position(&self, article: &DossierArticle) -> usize {
        position_in(&self.articles, article)
    }

    /// The position in `entities` of one of this dossier's entities.
    ///
    /// # Panics
    /// When `entity` is not an element of `entities`.
    pub fn entity_position(&self, entity: &Entity) -> usize {
        position_in(&self.entities, entity)
    }

    /// The slugs of an article's related articles as its front matter gives
    /// them (a slug of no article included), or else those ranked.
    pub fn related_slugs<'d>(&'d self, article: &'d DossierArticle) -> Vec<&'d str> {
        let given = &article.annotated.article.front_matter.related;
        if given.is_empty() {
            (article.related.iter())
                .map(|&i| self.articles[i].slug.as_str())
                .collect()
        } else {
            given.iter().map(String::as_str).collect()
        }
    }

    /// The entities at these positions in `entities`.
    pub fn entities_at<'d>(&'d self, positions: &'d [usize]) -> impl Iterator<Item = &'d Entity> {
        positions.iter().map(|&i| &self.entities[i])
    }

    /// The quotes of the article at `index`, in text order.
    pub fn quotes_of(&self, index: usize) -> &[DossierQuote] {
        let start = self.quote_offsets[index];
        let end = self
            .quote_offsets
            .get(index + 1)
            .copied()
            .unwrap_or(self.quotes.len());
        &self.quotes[start..end]
    }

    /// The entity with this id (entities are kept sorted by id).
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities
            .binary_search_by(|e| e.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.entities[i])
    }
}

/// The position of `item` in `items`, from its address.
fn position_in<T>(items: &[T], item: &T) -> usize {
    let range = items.as_ptr_range();
    let address = item as *const T;
    assert!(range.contains(&address), "not an element of this list");
    (address as usize - range.start as usize) / std::mem::size_of::<T>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    proptest::proptest! {
        #[test]
        fn large_items_sort_as_a_stable_sort_does(keys in proptest::collection::vec(0u8..6, 0..60)) {
            let mut items: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            sort_large_by(&mut items, |a, b| a.0.cmp(&b.0));
            proptest::prop_assert_eq!(items, expected);
        }
    }

    proptest::proptest! {
        #[test]
        fn dates_compare_by_their_keys_as_their_texts_do(
            texts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        "2019", "2019-04", "2019-04-25", "2019-04-2", "2019-04-25T10:00:00+07:00",
                        "2019-04-25T10:00:00+07", "2019-04-25T10:00:00Z", "\0", "", "2019\0", "2019-04-25\0\0\0\0\0\0x",
                    ]).prop_map(|text: &str| text.to_string()),
                    "[0-9\\-\0a]{0,20}",
                ],
                2..12,
            ),
        ) {
            for a in &texts {
                for b in &texts {
                    let (ka, kb) = (DateKey::of(a), DateKey::of(b));
                    proptest::prop_assert_eq!(ka.cmp(&kb), a.cmp(b), "{:?} {:?}", a, b);
                    proptest::prop_assert_eq!(ka == kb, a == b);
                }
            }
        }
    }

    #[test]
    fn an_element_s_position_comes_from_its_address() {
        let items = [10_u64, 20, 30];
        assert_eq!(position_in(&items, &items[2]), 2);
        assert_eq!(position_in(&items, &items[0]), 0);
    }

    #[test]
    #[should_panic(expected = "not an element of this list")]
    fn an_element_of_another_list_has_no_position() {
        let items = [10_u64, 20, 30];
        let others = [10_u64];
        position_in(&items, &others[0]);
    }

    fn event(date: &str, article: usize, entities: &[usize]) -> Event {
        Event {
            id: format!("e-{date}-{article}"),
            date: date.into(),
            label: format!("told by article {article}"),
            articles: vec![article],
            entities: entities.to_vec(),
            sources: vec![EventSource {
                article,
                paragraph: Some(0),
            }],
        }
    }

    /// Every day of the month against every month event, as merging once
    /// did: what the index must find.
    fn days_to_merge_into_by_scanning(events: &[Event]) -> Vec<Option<usize>> {
        let shared = |day: &Event, month: &Event| {
            day.entities
                .iter()
                .filter(|id| month.entities.contains(id))
                .count()
        };
        events
            .iter()
            .map(|month| {
                if month.date.len() != 7 {
                    return None;
                }
                (0..events.len())
                    .filter(|&j| events[j].date.len() == 10 && events[j].date[..7] == month.date)
                    .max_by_key(|&j| (shared(&events[j], month), std::cmp::Reverse(j)))
                    .filter(|&j| shared(&events[j], month) >= SHARED_FOR_SAME_EVENT)
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn month_events_find_the_day_a_scan_of_the_month_finds(
            drawn in proptest::collection::vec(
                (
                    proptest::sample::select(vec!["2019-04", "2019-05", "2019-04-25", "2019-04-26", "2019-05-01", "2019"]),
                    proptest::sample::subsequence(vec![0_usize, 1, 2, 3, 4], 0..=4),
                ),
                0..14,
            ),
        ) {
            let events: Vec<Event> = drawn
                .iter()
                .enumerate()
                .map(|(i, (date, entities))| event(date, i, entities))
                .collect();
            proptest::prop_assert_eq!(
                days_to_merge_into(&events),
                days_to_merge_into_by_scanning(&events)
            );
        }
    }

    #[test]
    fn a_month_event_sharing_the_people_of_a_day_in_it_is_that_day() {
        const KIM: usize = 0;
        const PUTIN: usize = 1;
        const VLADIVOSTOK: usize = 2;
        let events = merge_into_days(vec![
            event("2019-04", 0, &[KIM, PUTIN]),
            event("2019-04-25", 1, &[KIM, PUTIN, VLADIVOSTOK]),
            event("2019-04", 2, &[KIM]),
            event("2019-05", 3, &[KIM, PUTIN]),
        ]);
        let dates: Vec<&str> = events.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, ["2019-04-25", "2019-04", "2019-05"]);
        assert_eq!(events[0].articles, [1, 0]);
        assert_eq!(events[0].sources.len(), 2);
        assert_eq!(events[1].articles, [2], "one shared entity is not enough");
    }
}
