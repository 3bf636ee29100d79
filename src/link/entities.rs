//! Article mentions → the dossier's entities. Spellings that share a key
//! (case, spaces, hyphens: "Kim Jong-un" / "Kim Jong Un") or a gazetteer entry
//! (aliases, abbreviations: "Korut" → Korea Utara) are one entity; so are
//! people whose names differ in one transliterated word ("Sergei"/"Sergey",
//! "Yong"/"Young"). Candidates are compared only within blocks that share a
//! first or last word, never all pairs.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use super::partition::Partition;
use super::{DossierArticle, Entity, EntityOfKey};
use crate::annotate::{transliterated, EntityKind, Mention};
use crate::content::gazetteer::{name_key, GazetteerEntry};
use crate::slug::slugify;

/// Most names compared within one block; larger blocks are cut (they are
/// common words, not name variants).
const MAX_BLOCK: usize = 64;

/// Everything seen under one spelling key.
#[derive(Debug, Default)]
struct Group {
    names: BTreeMap<String, usize>,
    forms: BTreeSet<String>,
    kinds: BTreeMap<EntityKind, usize>,
    curated: Option<usize>,
    articles: BTreeSet<usize>,
    mentions: usize,
}

/// The entities of a dossier, and the entity id of every name key seen.
pub(super) fn gather(
    articles: &mut [DossierArticle],
    gazetteer: &[GazetteerEntry],
) -> (Vec<Entity>, EntityOfKey) {
    let (mut groups, alias_of) = seed(gazetteer);
    // Mention keys are found in parallel, a chunk of articles at a time, so
    // that the keys of every mention are never held at once.
    for (chunk_index, chunk) in articles.chunks(KEYS_CHUNK).enumerate() {
        let keys_of_mentions: Vec<Vec<String>> = chunk
            .par_iter()
            .map(|article| mention_keys(article, &alias_of))
            .collect();
        for (offset, (article, keys)) in chunk.iter().zip(keys_of_mentions).enumerate() {
            let index = chunk_index * KEYS_CHUNK + offset;
            for (mention, key) in article.annotated.mentions.iter().zip(keys) {
                let group = groups.entry(key).or_default();
                add_mention(group, mention, index);
            }
        }
    }
    groups.retain(|_, g| !g.articles.is_empty());
    let keys: Vec<String> = groups.keys().cloned().collect();
    let sets = merge_variants(&keys, &groups);
    build_entities(articles, gazetteer, groups, sets)
}

/// Articles whose mention keys are found at once.
const KEYS_CHUNK: usize = 4096;

/// The group key of each of an article's mentions: its name's key, or the
/// key of the gazetteer entry it is an alias of.
fn mention_keys(article: &DossierArticle, alias_of: &BTreeMap<String, String>) -> Vec<String> {
    let mentions = &article.annotated.mentions;
    mentions
        .iter()
        .map(|mention| {
            let key = name_key(&mention.name);
            alias_of.get(&key).cloned().unwrap_or(key)
        })
        .collect()
}

/// Counts a mention of the article at `index` into its group.
fn add_mention(group: &mut Group, mention: &Mention, index: usize) {
    match group.names.get_mut(&mention.name) {
        Some(count) => *count += mention.count,
        None => {
            group.names.insert(mention.name.clone(), mention.count);
        }
    }
    for form in &mention.forms {
        if !group.forms.contains(form) {
            group.forms.insert(form.clone());
        }
    }
    *group.kinds.entry(mention.kind).or_default() += mention.count;
    group.articles.insert(index);
    group.mentions += mention.count;
}

/// Groups for the gazetteer's entries, and each alias key's canonical key.
fn seed(gazetteer: &[GazetteerEntry]) -> (BTreeMap<String, Group>, BTreeMap<String, String>) {
    let mut groups = BTreeMap::new();
    let mut alias_of = BTreeMap::new();
    for (i, entry) in gazetteer.iter().enumerate() {
        let key = name_key(&entry.name);
        let group: &mut Group = groups.entry(key.clone()).or_default();
        group.curated = Some(i);
        for alias in &entry.aliases {
            alias_of.insert(name_key(alias), key.clone());
        }
    }
    (groups, alias_of)
}

/// Sets of group keys that are one entity.
fn merge_variants(keys: &[String], groups: &BTreeMap<String, Group>) -> Vec<Vec<usize>> {
    let words: Vec<Vec<String>> = keys
        .iter()
        .map(|k| {
            let name = groups[k].names.keys().next().cloned().unwrap_or_default();
            name.split([' ', '-']).map(str::to_lowercase).collect()
        })
        .collect();
    let mut blocks: BTreeMap<(usize, bool, &str), Vec<usize>> = BTreeMap::new();
    for (i, w) in words.iter().enumerate() {
        let person = groups[&keys[i]].kinds.contains_key(&EntityKind::Person);
        if !person || w.len() < 2 {
            continue;
        }
        blocks.entry((w.len(), true, &w[0])).or_default().push(i);
        blocks
            .entry((w.len(), false, &w[w.len() - 1]))
            .or_default()
            .push(i);
    }
    let mut partition = Partition::new(keys.len());
    for members in blocks.values() {
        for (n, &a) in members.iter().enumerate().take(MAX_BLOCK) {
            for &b in members.iter().skip(n + 1).take(MAX_BLOCK) {
                let curated_both =
                    groups[&keys[a]].curated.is_some() && groups[&keys[b]].curated.is_some();
                if !curated_both && transliterated(&words[a], &words[b]) {
                    partition.join(a, b);
                }
            }
        }
    }
    partition.groups()
}

fn build_entities(
    articles: &mut [DossierArticle],
    gazetteer: &[GazetteerEntry],
    groups: BTreeMap<String, Group>,
    sets: Vec<Vec<usize>>,
) -> (Vec<Entity>, EntityOfKey) {
    let groups: Vec<(String, Group)> = groups.into_iter().collect();
    let mut entities: BTreeMap<String, Entity> = BTreeMap::new();
    let mut id_of_key = EntityOfKey::default();
    for set in sets {
        let members: Vec<&(String, Group)> = set.iter().map(|&i| &groups[i]).collect();
        let curated = members
            .iter()
            .find_map(|(_, g)| g.curated)
            .map(|i| &gazetteer[i]);
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        let mut kinds: BTreeMap<EntityKind, usize> = BTreeMap::new();
        let mut forms = BTreeSet::new();
        let mut article_indexes = BTreeSet::new();
        for (_, g) in &members {
            g.names
                .iter()
                .for_each(|(n, c)| *counts.entry(n).or_default() += c);
            g.kinds
                .iter()
                .for_each(|(k, c)| *kinds.entry(*k).or_default() += c);
            forms.extend(g.names.keys().cloned());
            forms.extend(g.forms.iter().cloned());
            article_indexes.extend(g.articles.iter().copied());
        }
        let name = match curated {
            Some(entry) => entry.name.clone(),
            None => most_used(&counts),
        };
        let kind = curated.map_or_else(|| main_kind(&kinds), |e| e.kind);
        let mut id = slugify(&name);
        while entities.contains_key(&id) {
            id.push_str("-2");
        }
        for (key, _) in &members {
            id_of_key.insert(key.clone(), id.clone());
        }
        for form in &forms {
            id_of_key
                .entry(name_key(form))
                .or_insert_with(|| id.clone());
        }
        forms.remove(&name);
        let mut aliases: Vec<String> = forms.into_iter().collect();
        if let Some(entry) = curated {
            aliases.retain(|a| name_key(a) != name_key(&entry.name));
        }
        aliases.dedup_by(|a, b| a == b);
        entities.insert(
            id.clone(),
            Entity {
                id,
                name,
                kind,
                aliases,
                curated: curated.is_some(),
                description: curated.and_then(|e| e.description.clone()),
                links: curated.map(|e| e.links.clone()).unwrap_or_default(),
                articles: article_indexes
                    .iter()
                    .map(|&i| articles[i].slug.clone())
                    .collect(),
                mentions: members.iter().map(|(_, g)| g.mentions).sum(),
            },
        );
    }
    articles.par_iter_mut().for_each(|article| {
        let mut ids: Vec<String> = article
            .annotated
            .mentions
            .iter()
            .filter_map(|m| id_of_key.get(&name_key(&m.name)).cloned())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        article.entity_ids = ids;
    });
    (entities.into_values().collect(), id_of_key)
}

fn most_used(counts: &BTreeMap<&str, usize>) -> String {
    counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(n, _)| n.to_string())
        .unwrap_or_default()
}

/// The kind most mentions give; a person wins a tie, since people are what
/// readers navigate by.
fn main_kind(kinds: &BTreeMap<EntityKind, usize>) -> EntityKind {
    kinds
        .iter()
        .max_by_key(|(kind, count)| (**count, **kind == EntityKind::Person))
        .map_or(EntityKind::Other, |(kind, _)| *kind)
}
