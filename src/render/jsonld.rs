//! Pages → schema.org JSON-LD: NewsArticle for articles, Person, Place or
//! Organization for entities, WebSite for the home page. The JSON is escaped
//! so that no value can close the script element it is printed in.

use serde::Serialize;
use serde_json::{json, Map, Value};

use super::context::PageHead;
use crate::annotate::EntityKind;
use crate::config::Config;
use crate::link::{DossierArticle, Entity};

/// JSON text safe inside `<script type="application/ld+json">`: `<`, `>` and
/// `&` are written as Unicode escapes.
fn script_safe(value: &impl Serialize) -> String {
    let json = serde_json::to_string(value).expect("JSON serialises");
    if !json.contains(['<', '>', '&']) {
        return json;
    }
    let mut safe = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => safe.push_str("\\u003c"),
            '>' => safe.push_str("\\u003e"),
            '&' => safe.push_str("\\u0026"),
            c => safe.push(c),
        }
    }
    safe
}

fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect::<Map<String, Value>>(),
        ),
        other => other,
    }
}

/// A schema.org thing named and typed, as a part of another.
#[derive(Serialize)]
struct Named<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
}

/// The JSON-LD of an article page: its keys in alphabetical order (the
/// order of the other pages' JSON objects), empty ones left out.
#[derive(Serialize)]
struct NewsArticle<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<Named<'a>>,
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    description: &'a str,
    headline: &'a str,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    #[serde(rename = "isBasedOn", skip_serializing_if = "Option::is_none")]
    is_based_on: Option<&'a str>,
    #[serde(rename = "isPartOf")]
    is_part_of: WebSiteRef<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    keywords: Option<String>,
    #[serde(rename = "mainEntityOfPage")]
    main_entity_of_page: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Named<'a>>,
    url: &'a str,
}

/// The site an article is part of.
#[derive(Serialize)]
struct WebSiteRef<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    url: String,
}

/// NewsArticle: headline, dates, author, the outlet as publisher, and the
/// original article it is based on.
pub fn article(article: &DossierArticle, page: &PageHead, config: &Config) -> String {
    let meta = &article.annotated.article.meta;
    script_safe(&NewsArticle {
        context: "https://schema.org",
        kind: "NewsArticle",
        author: (meta.author.as_deref()).map(|name| Named {
            kind: "Person",
            name,
        }),
        date_published: meta.published.map(|p| p.to_rfc3339()),
        description: &page.description,
        headline: &meta.title,
        in_language: &meta.lang,
        is_based_on: meta.url.as_deref(),
        is_part_of: WebSiteRef {
            kind: "WebSite",
            name: &config.raw.title,
            url: config.permalink(""),
        },
        keywords: (!meta.tags.is_empty()).then(|| meta.tags.join(", ")),
        main_entity_of_page: &page.canonical,
        publisher: (meta.outlet.as_deref()).map(|name| Named {
            kind: "Organization",
            name,
        }),
        url: &page.canonical,
    })
}

/// Person, Place or Organization (Thing for other kinds).
pub fn entity(entity: &Entity, page: &PageHead) -> String {
    let kind = match entity.kind {
        EntityKind::Person => "Person",
        EntityKind::Place => "Place",
        EntityKind::Organization => "Organization",
        EntityKind::Event => "Event",
        EntityKind::Other => "Thing",
    };
    let value = json!({
        "@context": "https://schema.org",
        "@type": kind,
        "name": entity.name,
        "alternateName": (!entity.aliases.is_empty()).then_some(&entity.aliases),
        "description": entity.description,
        "sameAs": (!entity.links.is_empty()).then_some(&entity.links),
        "url": page.canonical,
    });
    script_safe(&without_nulls(value))
}

/// WebSite, for the home page.
pub fn website(config: &Config, page: &PageHead) -> String {
    let value = json!({
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": config.raw.title,
        "description": page.description,
        "url": page.canonical,
        "inLanguage": config.raw.language,
    });
    script_safe(&without_nulls(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_s_keys_are_in_the_order_of_the_other_pages_objects() {
        let full = NewsArticle {
            context: "https://schema.org",
            kind: "NewsArticle",
            author: Some(Named {
                kind: "Person",
                name: "Ann",
            }),
            date_published: Some("2019-04-25".into()),
            description: "d",
            headline: "h",
            in_language: "id",
            is_based_on: Some("https://example.org/a"),
            is_part_of: WebSiteRef {
                kind: "WebSite",
                name: "s",
                url: "/".into(),
            },
            keywords: Some("k".into()),
            main_entity_of_page: "/a/",
            publisher: Some(Named {
                kind: "Organization",
                name: "O",
            }),
            url: "/a/",
        };
        let text = script_safe(&full);
        // A JSON object without preserved order writes its keys sorted.
        let sorted: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(serde_json::to_string(&sorted).unwrap(), text);
        let bare = NewsArticle {
            author: None,
            date_published: None,
            is_based_on: None,
            keywords: None,
            publisher: None,
            ..full
        };
        assert!(!script_safe(&bare).contains("null"), "no empty keys");
    }

    #[test]
    fn script_closing_text_cannot_leave_the_script() {
        let text = script_safe(&json!({"name": "</script><script>alert(1)</script> & co"}));
        assert!(!text.contains("</script>"));
        assert!(!text.contains('<') && !text.contains('&'));
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script> & co");
    }
}
