//! Article → Annotated: the quotes, entity mentions and dated events of one
//! article. Editors' corrections in front matter are taken as given and win
//! over anything found in the text.

use serde::Serialize;

use crate::clean::Article;

/// Whether a quote is a statement or a phrase inside reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted statement.
    Speech,
    /// A quoted phrase inside reported speech, or a scare quote.
    Partial,
}

impl QuoteKind {
    /// Parses the front matter spelling.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "speech" => Some(Self::Speech),
            "partial" => Some(Self::Partial),
            _ => None,
        }
    }
}

/// A direct quote in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The words exactly as between the marks.
    pub text: String,
    /// Who said it, canonical name, when known.
    pub speaker: Option<String>,
    /// The speech verb that attributes it.
    pub verb: Option<String>,
    /// Statement or phrase.
    pub kind: QuoteKind,
    /// 0-based paragraph index.
    pub paragraph: usize,
    /// Why the speaker was chosen ("editor", "verb after quote", …).
    pub evidence: String,
}

/// A named person, place, organisation … mentioned in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The name as canonical as known.
    pub name: String,
    /// person, place, organization, event or other.
    pub kind: String,
    /// Given by an editor or the gazetteer rather than discovered.
    pub curated: bool,
}

/// Something the article says happened on a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedEvent {
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub date: String,
    /// What happened.
    pub label: String,
}

/// An article with its annotations.
#[derive(Debug, Clone)]
pub struct Annotated {
    /// The clean article.
    pub article: Article,
    /// Direct quotes, in text order.
    pub quotes: Vec<Quote>,
    /// Entities named.
    pub mentions: Vec<Mention>,
    /// Dated events reported.
    pub events: Vec<DatedEvent>,
}

/// Annotates one article.
pub fn annotate(article: Article) -> Annotated {
    let quotes = editor_quotes(&article);
    let mentions = editor_mentions(&article);
    let events = editor_events(&article);
    Annotated {
        article,
        quotes,
        mentions,
        events,
    }
}

fn editor_quotes(article: &Article) -> Vec<Quote> {
    article
        .front_matter
        .quotes
        .iter()
        .map(|q| Quote {
            text: q.text.clone(),
            speaker: q.speaker.clone(),
            verb: q.verb.clone(),
            kind: q
                .kind
                .as_deref()
                .and_then(QuoteKind::parse)
                .unwrap_or(QuoteKind::Speech),
            paragraph: article
                .paragraphs
                .iter()
                .position(|p| p.contains(&q.text))
                .unwrap_or(0),
            evidence: "editor".to_string(),
        })
        .collect()
}

fn editor_mentions(article: &Article) -> Vec<Mention> {
    article
        .front_matter
        .entities
        .iter()
        .map(|e| Mention {
            name: e.name.clone(),
            kind: e.kind.clone().unwrap_or_else(|| "other".to_string()),
            curated: true,
        })
        .collect()
}

fn editor_events(article: &Article) -> Vec<DatedEvent> {
    article
        .front_matter
        .events
        .iter()
        .map(|e| DatedEvent {
            date: e.date.clone(),
            label: e.label.clone(),
        })
        .collect()
}
