//! Pages → schema.org JSON-LD: NewsArticle for articles, Person, Place or
//! Organization for entities, WebSite for the home page. The JSON is escaped
//! so that no value can close the script element it is printed in.

use serde_json::{json, Map, Value};

use super::context::PageHead;
use crate::annotate::EntityKind;
use crate::config::Config;
use crate::link::{DossierArticle, Entity};

/// JSON text safe inside `<script type="application/ld+json">`: `<`, `>` and
/// `&` are written as Unicode escapes.
fn script_safe(value: &Value) -> String {
    serde_json::to_string(value)
        .expect("JSON serialises")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
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

/// NewsArticle: headline, dates, author, the outlet as publisher, and the
/// original article it is based on.
pub fn article(article: &DossierArticle, page: &PageHead, config: &Config) -> String {
    let meta = &article.annotated.article.meta;
    let value = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta.title,
        "description": page.description,
        "url": page.canonical,
        "mainEntityOfPage": page.canonical,
        "inLanguage": meta.lang,
        "datePublished": meta.published.map(|p| p.to_rfc3339()),
        "author": meta.author.as_ref().map(|name| json!({"@type": "Person", "name": name})),
        "publisher": meta.outlet.as_ref().map(|name| json!({"@type": "Organization", "name": name})),
        "isBasedOn": meta.url,
        "keywords": (!meta.tags.is_empty()).then(|| meta.tags.join(", ")),
        "isPartOf": {"@type": "WebSite", "name": config.raw.title, "url": config.permalink("")},
    });
    script_safe(&without_nulls(value))
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
    fn script_closing_text_cannot_leave_the_script() {
        let text = script_safe(&json!({"name": "</script><script>alert(1)</script> & co"}));
        assert!(!text.contains("</script>"));
        assert!(!text.contains('<') && !text.contains('&'));
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script> & co");
    }
}
