//! The dossier → data/search.json, the index the search page reads: every
//! article (title, outlet, date, lead), every quote (words, speaker, article)
//! and every entity (name, kind, spellings, description). Searching happens
//! in the browser (static/js/search.js) with no server and no other host.

use std::io::{self, Write};

use serde::Serialize;

use crate::config::Config;
use crate::json;
use crate::link::{Dossier, DossierArticle};

/// Words of an article's lead kept in the index.
const LEAD_WORDS: usize = 60;

/// One thing to find.
#[derive(Serialize)]
struct Item<'a> {
    /// "article", "quote" or "entity".
    kind: &'static str,
    /// What a result shows first: headline, speaker or name.
    title: &'a str,
    /// What else is searched: lead, quote words, spellings and description.
    text: String,
    /// Second line of a result: outlet and date, the quoted article, the entity's kind.
    meta: String,
    /// Link to it.
    url: String,
}

/// data/search.json: articles, then quotes, then entities, written item by item.
pub fn index(dossier: &Dossier, config: &Config, out: &mut dyn Write) -> io::Result<()> {
    let items = || {
        let articles = dossier
            .articles
            .iter()
            .map(|article| article_item(article, config));
        let quotes = dossier.quotes.iter().map(|quote| {
            let article = &dossier.articles[quote.article];
            let found = &article.annotated.quotes[quote.index];
            Item {
                kind: "quote",
                title: quote.speaker.as_deref().unwrap_or(""),
                text: found.text.clone(),
                meta: article.annotated.article.meta.title.clone(),
                url: crate::render::quote_url(config, article, quote),
            }
        });
        let entities = dossier.entities.iter().map(|entity| {
            let mut text = entity.aliases.join(" ");
            if let Some(description) = &entity.description {
                text.push(' ');
                text.push_str(description);
            }
            Item {
                kind: "entity",
                title: &entity.name,
                text,
                meta: entity.kind.as_str().to_string(),
                url: crate::render::entity_url(config, entity),
            }
        });
        articles.chain(quotes).chain(entities)
    };
    json::write_compact(out, &json::List(items))
}

fn article_item<'a>(article: &'a DossierArticle, config: &Config) -> Item<'a> {
    let meta = &article.annotated.article.meta;
    let lead: Vec<&str> = article
        .annotated
        .article
        .paragraphs
        .iter()
        .flat_map(|p| p.split_whitespace())
        .take(LEAD_WORDS)
        .collect();
    let date = meta
        .published
        .map(|p| p.date.to_string())
        .unwrap_or_default();
    Item {
        kind: "article",
        title: &meta.title,
        text: lead.join(" "),
        meta: [meta.outlet.as_deref().unwrap_or(""), &date]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · "),
        url: crate::render::article_url(config, article),
    }
}
