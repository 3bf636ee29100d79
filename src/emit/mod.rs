//! Dossier → annotated Markdown, one file per article: YAML front matter with
//! the metadata and annotations (in the same keys an editor writes, so the file
//! reads back as a curated article), then the clean body.

mod yaml;

use serde::Serialize;

use crate::annotate::{EntityKind, QuoteKind};
use crate::content::SourceKind;
use crate::link::{Dossier, DossierArticle};

#[derive(Serialize)]
struct EmittedFrontMatter<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dateline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    lang: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    slug: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    tags: &'a [String],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    inferred: Vec<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    captions: Vec<EmittedCaption<'a>>,
    quotes: Vec<EmittedQuote<'a>>,
    entities: Vec<EmittedEntity<'a>>,
    events: Vec<EmittedEvent<'a>>,
    related: Vec<&'a str>,
}

/// A caption as the front matter writes it: the keys of `CaptionEntry`.
#[derive(Serialize)]
struct EmittedCaption<'a> {
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    credit: Option<&'a str>,
    position: usize,
}

/// A quote as the front matter writes it: the keys of `QuoteOverride`, with
/// the speaker always given (null when unknown) and never `ignore`.
#[derive(Serialize)]
struct EmittedQuote<'a> {
    text: &'a str,
    speaker: Option<&'a str>,
    kind: QuoteKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    verb: Option<&'a str>,
}

/// An entity as the front matter writes it: the keys of `EntityOverride`.
#[derive(Serialize)]
struct EmittedEntity<'a> {
    name: &'a str,
    kind: EntityKind,
}

/// An event as the front matter writes it: the keys of `EventOverride`.
#[derive(Serialize)]
struct EmittedEvent<'a> {
    date: &'a str,
    label: &'a str,
}

/// The annotated Markdown of one article.
pub fn article_markdown(dossier: &Dossier, article: &DossierArticle) -> String {
    let paragraphs = &article.annotated.article.paragraphs;
    let body: usize = paragraphs.iter().map(|p| p.len() + 2).sum();
    // Room for the front matter and the related section as well.
    let mut out = String::with_capacity(body + 8192);
    out.push_str("---\n");
    yaml::push_front_matter(&mut out, &front_matter(dossier, article));
    out.push_str("---\n");
    push_body(&mut out, article);
    push_related_section(&mut out, dossier, article);
    out
}

/// A curated article made from a capture (`dossier import`): the annotated
/// Markdown without a slug (so that it is derived again and cannot clash with
/// the capture's) and without the generated related section.
pub fn curated_markdown(dossier: &Dossier, article: &DossierArticle) -> String {
    let mut front_matter = front_matter(dossier, article);
    front_matter.slug = None;
    front_matter.related = Vec::new();
    let mut out = String::from("---\n");
    yaml::push_front_matter(&mut out, &front_matter);
    out.push_str("---\n");
    push_body(&mut out, article);
    out
}

/// The clean body: paragraphs of a capture escaped, Markdown as it is.
fn push_body(out: &mut String, article: &DossierArticle) {
    let a = &article.annotated.article;
    for paragraph in &a.paragraphs {
        out.push('\n');
        match a.kind {
            SourceKind::Capture => out.push_str(&escape_markdown(paragraph)),
            SourceKind::Markdown => out.push_str(paragraph),
        }
        out.push('\n');
    }
}

/// Marks the start of the generated closing section, so that reading the file
/// back as an article leaves it out of the body.
pub const RELATED_MARKER: &str = "<!-- dossier: related articles -->";

/// The closing section: the related articles as Markdown links, relative to
/// the article's folder.
fn push_related_section(out: &mut String, dossier: &Dossier, article: &DossierArticle) {
    let related: Vec<&DossierArticle> = (article.related.iter())
        .map(|&i| &dossier.articles[i])
        .collect();
    if related.is_empty() {
        return;
    }
    let heading = match article.annotated.article.meta.lang.as_str() {
        "id" => "Artikel terkait",
        _ => "Related articles",
    };
    out.push_str(&format!("\n{RELATED_MARKER}\n\n## {heading}\n\n"));
    for other in related {
        let title = escape_markdown(&other.annotated.article.meta.title);
        out.push_str(&format!("- [{title}](../{}/)\n", other.slug));
    }
}

fn front_matter<'a>(dossier: &'a Dossier, article: &'a DossierArticle) -> EmittedFrontMatter<'a> {
    let annotated = &article.annotated;
    let meta = &annotated.article.meta;
    let mut inferred = Vec::new();
    if meta.title_inferred {
        inferred.push("title");
    }
    if meta.published_inferred {
        inferred.push("date");
    }
    EmittedFrontMatter {
        title: &meta.title,
        date: meta.published.map(|p| p.to_rfc3339()),
        outlet: meta.outlet.as_deref(),
        author: meta.author.as_deref(),
        dateline: meta.dateline.as_deref(),
        url: meta.url.as_deref(),
        lang: &meta.lang,
        slug: Some(&article.slug),
        description: meta.description.as_deref(),
        tags: &meta.tags,
        inferred,
        captions: annotated
            .article
            .captions
            .iter()
            .map(|c| EmittedCaption {
                text: &c.text,
                credit: c.credit.as_deref(),
                position: c.position,
            })
            .collect(),
        quotes: annotated
            .quotes
            .iter()
            .map(|q| EmittedQuote {
                text: &q.text,
                speaker: q.speaker.as_deref(),
                kind: q.kind,
                verb: q.verb.as_deref(),
            })
            .collect(),
        entities: dossier
            .entities_at(&article.entities)
            .map(|e| EmittedEntity {
                name: &e.name,
                kind: e.kind,
            })
            .collect(),
        events: annotated
            .events
            .iter()
            .map(|e| EmittedEvent {
                date: &e.date,
                label: &e.label,
            })
            .collect(),
        related: dossier.related_slugs(article),
    }
}

/// Escapes plain text so that Markdown shows it as it is (no markup, no raw HTML).
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        let at_start = i == 0;
        let needs_escape = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '&')
            || (at_start && matches!(c, '#' | '>' | '-' | '+' | '=' | '|'))
            || (c == '.' && text[..i].chars().all(|d| d.is_ascii_digit()) && i > 0);
        if needs_escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_special_characters_are_escaped() {
        assert_eq!(escape_markdown("a *b* <script>"), "a \\*b\\* \\<script>");
        assert_eq!(escape_markdown("# not a heading"), "\\# not a heading");
        assert_eq!(escape_markdown("12. not a list"), "12\\. not a list");
        assert_eq!(
            escape_markdown("Kim Jong-un, 31 Mei."),
            "Kim Jong-un, 31 Mei."
        );
    }
}
