//! Article → Annotated: the quotes, entity mentions and dated events of one
//! article. Editors' corrections in front matter are taken as given and win
//! over anything found in the text.

mod dates;
mod entities;
mod events;
mod lexicon;
mod names;
mod quotes;
mod speaker;
mod text;

use std::ops::Range;

use crate::clean::Article;
use crate::content::front_matter::QuoteOverride;
pub use crate::content::front_matter::{EntityKind, QuoteKind};
pub use entities::Gazetteer;
pub(crate) use names::{is_acronym, transliterated};

/// Finds the dates of a text against a fixed publication day (for fuzzing).
#[doc(hidden)]
pub fn fuzz_dates(text: &str) {
    let _ = dates::find(text, Some(jiff::civil::date(2019, 4, 24)));
}

/// The content words of a text, lowercase and stripped of the commonest
/// Indonesian affixes ("memulai" and "dimulai" → "mulai"), for comparing two
/// wordings of one statement.
pub(crate) fn content_words(text: &str) -> std::collections::BTreeSet<String> {
    names::Words::new(text, &[]).content_words()
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
    /// Why the speaker was chosen ("editor", "verb after the quote", …).
    pub evidence: String,
    /// Byte range of the quote, marks included, in its paragraph, when known.
    pub span: Option<Range<usize>>,
}

/// A named person, place, organisation … mentioned in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The name as canonical as known.
    pub name: String,
    /// The name to show for it when that is another than `name`: the one
    /// the article writes most of a known place's names in several
    /// languages ("North Korea" for the entry "Korea Utara").
    pub shown: Option<String>,
    /// person, place, organization, event or other.
    pub kind: EntityKind,
    /// Given by an editor or the gazetteer rather than discovered.
    pub curated: bool,
    /// Times named.
    pub count: usize,
    /// Spellings as written, in order of appearance.
    pub forms: Vec<String>,
    /// The first mention in the body: paragraph and byte range.
    pub first: Option<(usize, Range<usize>)>,
}

/// Something the article says happened on a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedEvent {
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub date: String,
    /// What happened.
    pub label: String,
    /// The paragraph that tells it, when found in the text.
    pub paragraph: Option<usize>,
    /// Names of the entities the telling sentences name.
    pub entities: Vec<String>,
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
    /// People the article names in full once with nothing in it to tell they
    /// are people ("When Vladimir Putin landed …"): copied into `mentions`
    /// when another article establishes the name as a person's
    /// (`confirm_people`).
    pub unconfirmed: Vec<Mention>,
    /// Dated events reported.
    pub events: Vec<DatedEvent>,
}

/// Whether two versions of an article look the same to every page but its
/// own: same metadata, quotes, entities and events (their wording elsewhere
/// and where in the text they stand may differ).
pub fn same_for_other_pages(a: &Annotated, b: &Annotated) -> bool {
    let same_quote = |x: &Quote, y: &Quote| {
        (&x.text, &x.speaker, &x.verb, x.kind, x.paragraph)
            == (&y.text, &y.speaker, &y.verb, y.kind, y.paragraph)
    };
    let same_mention = |x: &Mention, y: &Mention| {
        (&x.name, x.kind, x.curated, x.count, &x.forms)
            == (&y.name, y.kind, y.curated, y.count, &y.forms)
    };
    a.article.meta == b.article.meta
        && a.article.source_file == b.article.source_file
        && a.quotes.len() == b.quotes.len()
        && a.quotes
            .iter()
            .zip(&b.quotes)
            .all(|(x, y)| same_quote(x, y))
        && a.mentions.len() == b.mentions.len()
        && a.mentions
            .iter()
            .zip(&b.mentions)
            .all(|(x, y)| same_mention(x, y))
        && a.unconfirmed.len() == b.unconfirmed.len()
        && a.unconfirmed
            .iter()
            .zip(&b.unconfirmed)
            .all(|(x, y)| same_mention(x, y))
        && a.events == b.events
}

/// Annotates one article.
pub fn annotate(article: Article, gazetteer: &Gazetteer) -> Annotated {
    let lex = lexicon::lexicon();
    let texts = || {
        article
            .paragraphs
            .iter()
            .map(String::as_str)
            .chain(article.captions.iter().map(|c| c.text.as_str()))
    };
    // Each text is split into words once, for the name reader, the speaker
    // rules, the entity finder and the event finder.
    let words: Vec<names::Words<'_>> = texts().map(|t| names::Words::new(t, &[])).collect();
    let (vocabulary, people, runs) = names::read(&words, lex);
    let paragraph_words = &words[..article.paragraphs.len()];
    let found = speaker::Attributor::new(lex, &people, &vocabulary).quotes(paragraph_words);
    let quotes = with_corrections(found, &article);
    let article_texts = entities::ArticleTexts {
        paragraphs: &article.paragraphs,
        words: &words,
        runs: &runs,
        captions: article.captions.iter().map(|c| c.text.as_str()).collect(),
        credits: (article.captions.iter())
            .filter_map(|c| c.credit.as_deref())
            .chain(article.credits.iter().map(String::as_str))
            .collect(),
        dateline: article.meta.dateline.as_deref(),
        headline: (!article.meta.title_inferred).then_some(article.meta.title.as_str()),
        speakers: (quotes.iter())
            .filter_map(|q| q.speaker.as_deref())
            .collect(),
    };
    let entities::FoundEntities {
        mut mentions,
        mut unconfirmed,
    } = entities::find(&article_texts, gazetteer, &people, lex);
    add_editor_mentions(&mut mentions, &mut unconfirmed, &article);
    let published = article.meta.published.map(|p| p.date);
    let named: Vec<&Mention> = mentions.iter().chain(&unconfirmed).collect();
    let mut events = events::find_in(paragraph_words, published, &named);
    add_editor_events(&mut events, &article);
    Annotated {
        article,
        quotes,
        mentions,
        unconfirmed,
        events,
    }
}

impl Annotated {
    /// Makes mentions of the unconfirmed people whose names `is_person`
    /// holds to be people's elsewhere in the dossier; they follow the
    /// article's other mentions (and stay among `unconfirmed`, which keeps
    /// what the article alone tells).
    pub fn confirm_people(&mut self, is_person: impl Fn(&str) -> bool) {
        let confirmed = (self.unconfirmed.iter()).filter(|mention| is_person(&mention.name));
        self.mentions.extend(confirmed.cloned());
    }
}

/// Applies the editor's corrections from front matter: a correction matched by
/// its text wins over what was found; an unmatched one adds a quote.
fn with_corrections(mut quotes: Vec<Quote>, article: &Article) -> Vec<Quote> {
    for correction in &article.front_matter.quotes {
        let wanted = correction.text.trim();
        match quotes.iter().position(|q| q.text == wanted) {
            Some(i) if correction.ignore => {
                quotes.remove(i);
            }
            Some(i) => correct(&mut quotes[i], correction),
            None if correction.ignore => {}
            None => {
                let mut quote = located(wanted, &article.paragraphs);
                correct(&mut quote, correction);
                quotes.push(quote);
            }
        }
    }
    quotes.sort_by_key(|q| (q.paragraph, q.span.as_ref().map(|s| s.start)));
    quotes
}

fn correct(quote: &mut Quote, correction: &QuoteOverride) {
    if let Some(speaker) = &correction.speaker {
        quote.speaker = speaker.clone();
    }
    if let Some(kind) = correction.kind {
        quote.kind = kind;
    }
    if correction.verb.is_some() {
        quote.verb = correction.verb.clone();
    }
    quote.evidence = "editor".to_string();
}

/// A quote given only by its text, placed where the text occurs.
fn located(text: &str, paragraphs: &[String]) -> Quote {
    let place = paragraphs
        .iter()
        .enumerate()
        .find_map(|(i, p)| p.find(text).map(|at| (i, at..at + text.len())));
    Quote {
        text: text.to_string(),
        speaker: None,
        verb: None,
        kind: QuoteKind::Speech,
        paragraph: place.as_ref().map_or(0, |(i, _)| *i),
        evidence: "editor".to_string(),
        span: place.map(|(_, span)| span),
    }
}

/// Entities an editor lists in front matter: named by the article whatever
/// the text says, with the kind given.
fn add_editor_mentions(
    mentions: &mut Vec<Mention>,
    unconfirmed: &mut Vec<Mention>,
    article: &Article,
) {
    for given in &article.front_matter.entities {
        let named = |m: &Mention| m.name == given.name || m.shown.as_deref() == Some(&given.name);
        if let Some(at) = unconfirmed.iter().position(named) {
            mentions.push(unconfirmed.remove(at));
        }
        match mentions.iter_mut().find(|m| named(m)) {
            Some(found) => {
                found.curated = true;
                if let Some(kind) = given.kind {
                    found.kind = kind;
                }
            }
            None => mentions.push(Mention {
                name: given.name.clone(),
                shown: None,
                kind: given.kind.unwrap_or(EntityKind::Other),
                curated: true,
                count: 1,
                forms: vec![given.name.clone()],
                first: None,
            }),
        }
    }
}

/// Events an editor lists in front matter replace any found on the same date.
fn add_editor_events(events: &mut Vec<DatedEvent>, article: &Article) {
    for given in &article.front_matter.events {
        events.retain(|e| e.date != given.date);
        events.push(DatedEvent {
            date: given.date.clone(),
            label: given.label.clone(),
            paragraph: None,
            entities: Vec::new(),
        });
    }
    events.sort_by(|a, b| a.date.cmp(&b.date));
}
