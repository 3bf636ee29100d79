//! Dossier → data/articles.json, quotes.json, entities.json, events.json in the
//! shapes DESIGN.md fixes; every list sorted deterministically, and written
//! record by record.

use std::io::{self, Write};

use serde::Serialize;

use crate::annotate::QuoteKind;
use crate::json;
use crate::link::Dossier;

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
    entities: &'a [String],
    related: &'a [String],
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
    variants: &'a [String],
}

#[derive(Serialize)]
struct EntityRecord<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'a str,
    aliases: &'a [String],
    curated: bool,
    articles: &'a [String],
    mentions: usize,
}

#[derive(Serialize)]
struct EventRecord<'a, Slugs> {
    id: &'a str,
    date: &'a str,
    label: &'a str,
    /// The slugs of its articles, written from their positions.
    articles: Slugs,
    entities: &'a [String],
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
                entities: &a.entity_ids,
                related: &a.related,
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
                        speaker_id: quote.speaker_id.as_deref(),
                        verb: found.verb.as_deref(),
                        kind: found.kind,
                        paragraph: found.paragraph,
                        variants: &quote.variants,
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
            articles: &e.articles,
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
            articles: json::List(|| {
                (e.articles.iter()).map(|&a| dossier.articles[a].slug.as_str())
            }),
            entities: &e.entities,
        })
    };
    json::write_pretty(out, &json::List(records))
}
