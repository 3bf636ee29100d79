//! Article mentions → the dossier's entities. Spellings that share a key
//! (case, spaces, hyphens: "Kim Jong-un" / "Kim Jong Un") or a gazetteer entry
//! (aliases, abbreviations: "Korut" → Korea Utara) are one entity; so are
//! people whose names differ in one transliterated word ("Sergei"/"Sergey",
//! "Yong"/"Young"). Candidates are compared only within blocks that share a
//! first or last word, never all pairs.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::partition::Partition;
use super::{DossierArticle, Entity, EntityOfKey};
use crate::annotate::{is_acronym, transliterated, EntityKind, Mention};
use crate::content::gazetteer::{name_key, GazetteerEntry};
use crate::slug::slugify;

/// Most names compared within one block; larger blocks are cut (they are
/// common words, not name variants).
const MAX_BLOCK: usize = 64;

/// Everything seen under one spelling key.
#[derive(Debug, Default, PartialEq)]
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
    let (seeded, alias_of) = seed(gazetteer);
    // The articles are grouped in a few pieces per thread, and the pieces'
    // groups merged: a group's contents (counts, sets of forms and articles)
    // do not depend on the order its mentions came in.
    let piece = (articles.len() / (4 * rayon::current_num_threads())).max(64);
    let found = articles
        .par_iter()
        .enumerate()
        .with_min_len(piece)
        .fold(BTreeMap::new, |mut groups, (index, article)| {
            let keys = mention_keys(article, &alias_of);
            for (mention, key) in article.annotated.mentions.iter().zip(keys) {
                add_mention(groups.entry(key).or_default(), mention, index);
            }
            groups
        })
        .reduce(BTreeMap::new, merge_groups);
    let mut groups = merge_groups(seeded, found);
    confirm_people(articles, &alias_of, &mut groups);
    groups.retain(|_, g| !g.articles.is_empty());
    let keys: Vec<String> = groups.keys().cloned().collect();
    let sets = merge_variants(&keys, &groups);
    build_entities(articles, gazetteer, groups, sets)
}

/// Gives each article the people it writes once with nothing to tell they
/// are people (`Annotated::unconfirmed`) that another article establishes
/// as people (their group, by name key or gazetteer entry, holds a person's
/// mention), and counts them there.
fn confirm_people(
    articles: &mut [DossierArticle],
    alias_of: &BTreeMap<String, String>,
    groups: &mut BTreeMap<String, Group>,
) {
    let key_of = |name: &str| {
        let key = name_key(name);
        alias_of.get(&key).cloned().unwrap_or(key)
    };
    for (index, article) in articles.iter_mut().enumerate() {
        if article.annotated.unconfirmed.is_empty() {
            continue;
        }
        let established: Vec<String> = (article.annotated.unconfirmed.iter())
            .map(|mention| &mention.name)
            .filter(|name| groups.get(&key_of(name)).is_some_and(Group::is_person))
            .cloned()
            .collect();
        if established.is_empty() {
            continue;
        }
        let before = article.annotated.mentions.len();
        article
            .annotated
            .confirm_people(|name| established.iter().any(|e| e == name));
        for mention in &article.annotated.mentions[before..] {
            let group = groups
                .get_mut(&key_of(&mention.name))
                .expect("an established group");
            add_mention(group, mention, index);
        }
    }
}

/// Two sets of groups as one: groups under the same key are merged.
fn merge_groups(
    mut into: BTreeMap<String, Group>,
    mut from: BTreeMap<String, Group>,
) -> BTreeMap<String, Group> {
    if into.len() < from.len() {
        std::mem::swap(&mut into, &mut from);
    }
    for (key, group) in from {
        into.entry(key).or_default().absorb(group);
    }
    into
}

impl Group {
    /// Whether any mention took it for a person.
    fn is_person(&self) -> bool {
        self.kinds.contains_key(&EntityKind::Person)
    }

    /// Adds what another group under the same key saw.
    fn absorb(&mut self, other: Group) {
        for (name, count) in other.names {
            *self.names.entry(name).or_default() += count;
        }
        self.forms.extend(other.forms);
        for (kind, count) in other.kinds {
            *self.kinds.entry(kind).or_default() += count;
        }
        self.curated = self.curated.or(other.curated);
        self.articles.extend(other.articles);
        self.mentions += other.mentions;
    }
}

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

/// Counts a mention of the article at `index` into its group, under the
/// name the article shows for it.
fn add_mention(group: &mut Group, mention: &Mention, index: usize) {
    let name = mention.shown.as_ref().unwrap_or(&mention.name);
    match group.names.get_mut(name) {
        Some(count) => *count += mention.count,
        None => {
            group.names.insert(name.clone(), mention.count);
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
        if !groups[&keys[i]].is_person() || w.len() < 2 {
            continue;
        }
        blocks.entry((w.len(), true, &w[0])).or_default().push(i);
        blocks
            .entry((w.len(), false, &w[w.len() - 1]))
            .or_default()
            .push(i);
    }
    let mut partition = Partition::new(keys.len());
    join_acronyms(keys, groups, &mut partition);
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

/// Joins a name that articles write with its abbreviation ("Badan Koordinasi
/// Penanaman Modal (BKPM)") to that abbreviation where other articles use it
/// alone. People have no abbreviations; two curated entries stay apart.
/// Keys are looked up in `keys`, which are sorted.
fn join_acronyms(keys: &[String], groups: &BTreeMap<String, Group>, partition: &mut Partition) {
    for (i, key) in keys.iter().enumerate() {
        let group = &groups[key];
        if group.is_person() {
            continue;
        }
        for form in group.forms.iter().filter(|f| is_acronym(f)) {
            let Ok(j) = keys.binary_search(&name_key(form)) else {
                continue;
            };
            let other = &groups[&keys[j]];
            if j != i && !other.is_person() && (group.curated.is_none() || other.curated.is_none())
            {
                partition.join(i, j);
            }
        }
    }
}

/// The entities of the merged sets (`sets`) and the entity id of every
/// spelling key. Each entity is drafted in parallel; ids are then given in
/// set order, as their uniqueness and the first claim on a spelling key
/// depend on the entities before.
fn build_entities(
    articles: &mut [DossierArticle],
    gazetteer: &[GazetteerEntry],
    groups: BTreeMap<String, Group>,
    sets: Vec<Vec<usize>>,
) -> (Vec<Entity>, EntityOfKey) {
    let groups: Vec<(String, Group)> = groups.into_iter().collect();
    let drafts: Vec<Draft<'_>> = sets
        .par_iter()
        .map(|set| Draft::new(set, &groups, gazetteer))
        .collect();
    let mut entities: BTreeMap<String, Entity> = BTreeMap::new();
    let mut id_of_key: HashMap<String, String> = HashMap::default();
    for draft in drafts {
        let mut id = draft.base_id;
        while entities.contains_key(&id) {
            id.push_str("-2");
        }
        for key in draft.keys {
            id_of_key.insert(key.to_string(), id.clone());
        }
        for key in draft.form_keys {
            id_of_key.entry(key).or_insert_with(|| id.clone());
        }
        let mut entity = draft.entity;
        entity.id = id.clone();
        entities.insert(id, entity);
    }
    // Entities are listed by id, so an entity's position orders as its id.
    let position_of_id: HashMap<&str, usize> = (entities.keys().enumerate())
        .map(|(position, id)| (id.as_str(), position))
        .collect();
    let entity_of_key: EntityOfKey = (id_of_key.iter())
        .map(|(key, id)| (key.clone(), position_of_id[id.as_str()]))
        .collect();
    articles.par_iter_mut().for_each(|article| {
        article.mention_entities = (article.annotated.mentions.iter())
            .map(|m| entity_of_key.get(&name_key(&m.name)).copied())
            .collect();
        let mut named: Vec<usize> = article.mention_entities.iter().flatten().copied().collect();
        named.sort_unstable();
        named.dedup();
        article.entities = named;
    });
    (entities.into_values().collect(), entity_of_key)
}

/// One entity before its id is given.
struct Draft<'g> {
    /// The slug its id is made from.
    base_id: String,
    /// Its groups' keys.
    keys: Vec<&'g str>,
    /// The key of each spelling seen, names included, in spelling order.
    form_keys: Vec<String>,
    /// Everything but the id.
    entity: Entity,
}

impl<'g> Draft<'g> {
    fn new(set: &[usize], groups: &'g [(String, Group)], gazetteer: &[GazetteerEntry]) -> Self {
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
        let form_keys = forms.iter().map(|form| name_key(form)).collect();
        forms.remove(&name);
        let mut aliases: Vec<String> = forms.into_iter().collect();
        if let Some(entry) = curated {
            aliases.retain(|a| name_key(a) != name_key(&entry.name));
        }
        aliases.dedup_by(|a, b| a == b);
        Draft {
            base_id: slugify(&name),
            keys: members.iter().map(|(key, _)| key.as_str()).collect(),
            form_keys,
            entity: Entity {
                id: String::new(),
                name,
                kind,
                aliases,
                curated: curated.is_some(),
                description: curated.and_then(|e| e.description.clone()),
                links: curated.map(|e| e.links.clone()).unwrap_or_default(),
                articles: article_indexes.into_iter().collect(),
                mentions: members.iter().map(|(_, g)| g.mentions).sum(),
            },
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Groups of mentions given as (name, form, kind, count, article) choices.
    fn grouped(seen: &[(usize, usize, usize, usize, usize)]) -> BTreeMap<String, Group> {
        const NAMES: [&str; 4] = ["Kim Jong Un", "Kim Jong-un", "Putin", "Sergei Lavrov"];
        const FORMS: [&str; 3] = ["Kim", "Presiden Putin", "Lavrov"];
        const KINDS: [EntityKind; 3] = [EntityKind::Person, EntityKind::Place, EntityKind::Other];
        let mut groups = BTreeMap::new();
        for &(name, form, kind, count, article) in seen {
            let mention = Mention {
                name: NAMES[name].to_string(),
                shown: None,
                kind: KINDS[kind],
                curated: false,
                count,
                forms: vec![NAMES[name].to_string(), FORMS[form].to_string()],
                first: None,
            };
            let group = groups.entry(name_key(&mention.name)).or_default();
            add_mention(group, &mention, article);
        }
        groups
    }

    proptest! {
        #[test]
        fn groups_merged_from_two_parts_are_the_groups_of_the_whole(
            seen in proptest::collection::vec((0usize..4, 0usize..3, 0usize..3, 1usize..4, 0usize..6), 0..24),
            split in 0usize..24,
        ) {
            let (first, second) = seen.split_at(split.min(seen.len()));
            let merged = merge_groups(grouped(first), grouped(second));
            prop_assert_eq!(merged, grouped(&seen));
        }
    }

    #[test]
    fn a_merged_group_keeps_the_gazetteer_entry_of_either_part() {
        let putin = name_key("Putin");
        let seeded = BTreeMap::from([(
            putin.clone(),
            Group {
                curated: Some(3),
                ..Group::default()
            },
        )]);
        let found = grouped(&[(2, 1, 0, 2, 0), (0, 0, 0, 1, 1)]);
        let merged = merge_groups(found, seeded);
        assert_eq!(merged[&putin].curated, Some(3));
        assert_eq!(merged[&putin].mentions, 2);
        assert_eq!(merged.len(), 2);
    }
}
