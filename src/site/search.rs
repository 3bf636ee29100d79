//! The dossier → data/search.json, the index the search page reads: every
//! article (title, outlet, date, lead), every quote (words, speaker, article)
//! and every entity (name, kind, spellings, description). Searching happens
//! in the browser (static/js/search.js) with no server and no other host.

use serde::Serialize;

use crate::config::Config;
use crate::link::Dossier;

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

/// data/search.json.
pub fn index(dossier: &Dossier, config: &Config) -> String {
    let mut items = Vec::new();
    for article in &dossier.articles {
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
        items.push(Item {
            kind: "article",
            title: &meta.title,
            text: lead.join(" "),
            meta: [meta.outlet.as_deref().unwrap_or(""), &date]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" · "),
            url: config.link(&format!("articles/{}/", article.slug)),
        });
    }
    for quote in &dossier.quotes {
        let Some(article) = dossier.article(&quote.article) else {
            continue;
        };
        let found = &article.annotated.quotes[quote.index];
        items.push(Item {
            kind: "quote",
            title: quote.speaker.as_deref().unwrap_or(""),
            text: found.text.clone(),
            meta: article.annotated.article.meta.title.clone(),
            url: config.link(&format!("articles/{}/#{}", article.slug, quote.id)),
        });
    }
    for entity in &dossier.entities {
        let mut text = entity.aliases.join(" ");
        if let Some(description) = &entity.description {
            text.push(' ');
            text.push_str(description);
        }
        items.push(Item {
            kind: "entity",
            title: &entity.name,
            text,
            meta: entity.kind.as_str().to_string(),
            url: config.link(&format!("entities/{}/", entity.id)),
        });
    }
    let mut out = serde_json::to_string(&items).expect("index serialises");
    out.push('\n');
    out
}
