//! Pages → schema.org JSON-LD: NewsArticle for articles, Person, Place or
//! Organization for entities, WebSite for the home page. Each is a typed
//! record whose keys are declared in alphabetical order (the order the pages
//! have always written) and whose keys without a value are left out. The
//! JSON is escaped so that no value can close the script element it is
//! printed in.

use serde::Serialize;

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

/// A schema.org thing named and typed, as a part of another.
#[derive(Serialize)]
struct Named<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
}

/// The JSON-LD of an article page.
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

/// The JSON-LD of an entity's page.
#[derive(Serialize)]
struct Thing<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "alternateName", skip_serializing_if = "<[_]>::is_empty")]
    alternate_name: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    name: &'a str,
    #[serde(rename = "sameAs", skip_serializing_if = "<[_]>::is_empty")]
    same_as: &'a [String],
    url: &'a str,
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
    script_safe(&Thing {
        context: "https://schema.org",
        kind,
        alternate_name: &entity.aliases,
        description: entity.description.as_deref(),
        name: &entity.name,
        same_as: &entity.links,
        url: &page.canonical,
    })
}

/// The JSON-LD of the home page.
#[derive(Serialize)]
struct WebSite<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    description: &'a str,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    name: &'a str,
    url: &'a str,
}

/// WebSite, for the home page.
pub fn website(config: &Config, page: &PageHead) -> String {
    script_safe(&WebSite {
        context: "https://schema.org",
        kind: "WebSite",
        description: &page.description,
        in_language: &config.raw.language,
        name: &config.raw.title,
        url: &page.canonical,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// Whether JSON text has its keys in alphabetical order, as a JSON
    /// object without preserved order writes them, and no null.
    fn keys_sorted_and_no_null(text: &str) -> bool {
        let sorted: Value = serde_json::from_str(text).unwrap();
        serde_json::to_string(&sorted).unwrap() == text && !text.contains("null")
    }

    #[test]
    fn each_page_s_keys_are_in_alphabetical_order_and_empty_ones_left_out() {
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
        assert!(keys_sorted_and_no_null(&script_safe(&full)));
        let bare = NewsArticle {
            author: None,
            date_published: None,
            is_based_on: None,
            keywords: None,
            publisher: None,
            ..full
        };
        assert!(keys_sorted_and_no_null(&script_safe(&bare)));
        let names = ["Korut".to_string()];
        let thing = Thing {
            context: "https://schema.org",
            kind: "Place",
            alternate_name: &names,
            description: Some("d"),
            name: "Korea Utara",
            same_as: &names,
            url: "/e/",
        };
        assert!(keys_sorted_and_no_null(&script_safe(&thing)));
        let bare_thing = Thing {
            alternate_name: &[],
            description: None,
            same_as: &[],
            ..thing
        };
        let text = script_safe(&bare_thing);
        assert!(keys_sorted_and_no_null(&text) && !text.contains("sameAs"));
        let site = WebSite {
            context: "https://schema.org",
            kind: "WebSite",
            description: "d",
            in_language: "id",
            name: "s",
            url: "/",
        };
        assert!(keys_sorted_and_no_null(&script_safe(&site)));
    }

    #[test]
    fn script_closing_text_cannot_leave_the_script() {
        let text =
            script_safe(&serde_json::json!({"name": "</script><script>alert(1)</script> & co"}));
        assert!(!text.contains("</script>"));
        assert!(!text.contains('<') && !text.contains('&'));
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script> & co");
    }
}
