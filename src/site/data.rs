//! Dossier → data/articles.json, quotes.json, entities.json, events.json in the
//! shapes DESIGN.md fixes; every list sorted deterministically, and written
//! record by record.

use std::io::{self, Write};

use serde::{Serialize, Serializer};

use crate::annotate::QuoteKind;
use crate::json;
use crate::link::{Dossier, DossierArticle, DossierQuote, Entity};

#[derive(Serialize)]
struct ArticleRecord<'a> {
    slug: &'a str,
    title: &'a str,
    published: Option<String>,
    published_inferred: bool,
    outlet: Option<&'a str>,
    author: Option<&'a str>,
    dateline: Option<&'a str>,
    url: Option<&'a str>,
    lang: &'a str,
    source_file: &'a str,
    entities: Named<'a, Entity>,
    related: Vec<&'a str>,
}

#[derive(Serialize)]
struct QuoteRecord<'a> {
    id: &'a str,
    article: &'a str,
    text: &'a str,
    speaker: Option<&'a str>,
    speaker_id: Option<&'a str>,
    verb: Option<&'a str>,
    kind: QuoteKind,
    paragraph: usize,
    variants: Named<'a, DossierQuote>,
}

#[derive(Serialize)]
struct EntityRecord<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'a str,
    aliases: &'a [String],
    curated: bool,
    articles: Named<'a, DossierArticle>,
    mentions: usize,
}

#[derive(Serialize)]
struct EventRecord<'a> {
    id: &'a str,
    date: &'a str,
    label: &'a str,
    articles: Named<'a, DossierArticle>,
    entities: Named<'a, Entity>,
}

/// Items given by their positions in a list, written as a JSON list of
/// their names (an article's slug, an entity's id).
struct Named<'a, T> {
    items: &'a [T],
    positions: &'a [usize],
    name: fn(&T) -> &str,
}

impl<T> Serialize for Named<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.positions.iter().map(|&i| (self.name)(&self.items[i])))
    }
}

/// The ids of the entities at `positions`.
fn ids<'a>(dossier: &'a Dossier, positions: &'a [usize]) -> Named<'a, Entity> {
    Named {
        items: &dossier.entities,
        positions,
        name: |entity| &entity.id,
    }
}

/// The ids of the quotes at `positions`.
fn quote_ids<'a>(dossier: &'a Dossier, positions: &'a [usize]) -> Named<'a, DossierQuote> {
    Named {
        items: &dossier.quotes,
        positions,
        name: |quote| &quote.id,
    }
}

/// The slugs of the articles at `positions`.
fn slugs<'a>(dossier: &'a Dossier, positions: &'a [usize]) -> Named<'a, DossierArticle> {
    Named {
        items: &dossier.articles,
        positions,
        name: |article| &article.slug,
    }
}

/// data/articles.json, ordered by date then slug.
pub fn articles_json(dossier: &Dossier, out: &mut dyn Write) -> io::Result<()> {
    let records = || {
        dossier.articles.iter().map(|a| {
            let meta = &a.annotated.article.meta;
            ArticleRecord {
                slug: &a.slug,
                title: &meta.title,
                published: meta.published.map(|p| p.to_rfc3339()),
                published_inferred: meta.published_inferred,
                outlet: meta.outlet.as_deref(),
                author: meta.author.as_deref(),
                dateline: meta.dateline.as_deref(),
                url: meta.url.as_deref(),
                lang: &meta.lang,
                source_file: &a.annotated.article.source_file,
                entities: ids(dossier, &a.entities),
                related: dossier.related_slugs(a),
            }
        })
    };
    json::write_pretty(out, &json::List(records))
}

/// data/quotes.json, in article order then text order.
pub fn quotes_json(dossier: &Dossier, out: &mut dyn Write) -> io::Result<()> {
    let records = || {
        dossier
            .articles
            .iter()
            .enumerate()
            .flat_map(|(i, article)| {
                dossier.quotes_of(i).iter().map(move |quote| {
                    let found = &article.annotated.quotes[quote.index];
                    QuoteRecord {
                        id: &quote.id,
                        article: &article.slug,
                        text: &found.text,
                        speaker: quote.speaker.as_deref(),
                        speaker_id: (quote.speaker_entity).map(|e| dossier.entities[e].id.as_str()),
                        verb: found.verb.as_deref(),
                        kind: found.kind,
                        paragraph: found.paragraph,
                        variants: quote_ids(dossier, &quote.variants),
                    }
                })
            })
    };
    json::write_pretty(out, &json::List(records))
}

/// data/entities.json, ordered by id.
pub fn entities_json(dossier: &Dossier, out: &mut dyn Write) -> io::Result<()> {
    let records = || {
        dossier.entities.iter().map(|e| EntityRecord {
            id: &e.id,
            name: &e.name,
            kind: e.kind.as_str(),
            aliases: &e.aliases,
            curated: e.curated,
            articles: slugs(dossier, &e.articles),
            mentions: e.mentions,
        })
    };
    json::write_pretty(out, &json::List(records))
}

/// data/events.json, ordered by date then id.
pub fn events_json(dossier: &Dossier, out: &mut dyn Write) -> io::Result<()> {
    let records = || {
        dossier.events.iter().map(|e| EventRecord {
            id: &e.id,
            date: &e.date,
            label: &e.label,
            articles: slugs(dossier, &e.articles),
            entities: ids(dossier, &e.entities),
        })
    };
    json::write_pretty(out, &json::List(records))
}
