//! Text of a content file → (front matter, body): splits an optional `---` YAML
//! block off the top and parses it strictly, reporting errors at their line in
//! the file rather than in the block.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, Location};

/// The keys an article may carry in its front matter; any key given wins over
/// what the tool infers.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct ArticleFrontMatter {
    /// Headline.
    pub title: Option<String>,
    /// Publication date: RFC 3339 or YYYY-MM-DD.
    #[serde(alias = "published")]
    pub date: Option<String>,
    /// The news outlet that published it.
    pub outlet: Option<String>,
    /// The writer.
    pub author: Option<String>,
    /// The original article's URL.
    pub url: Option<String>,
    /// Language code ("id", "en"); detected when absent.
    pub lang: Option<String>,
    /// URL slug; made from date and title when absent.
    pub slug: Option<String>,
    /// Place the story was filed from.
    pub dateline: Option<String>,
    /// One-sentence summary.
    pub description: Option<String>,
    /// Topics; names among them also count as entity hints.
    pub tags: Vec<String>,
    /// Drafts are not built.
    pub draft: bool,
    /// Quotes an editor corrected or added.
    pub quotes: Vec<QuoteOverride>,
    /// Entities an editor corrected or added.
    pub entities: Vec<EntityOverride>,
    /// Events an editor corrected or added.
    pub events: Vec<EventOverride>,
    /// Photo captions kept apart from the body text.
    pub captions: Vec<CaptionEntry>,
    /// Fields the tool inferred rather than read ("title", "date"); delete an
    /// entry once you have checked it.
    pub inferred: Vec<String>,
    /// Slugs of related articles.
    pub related: Vec<String>,
}

/// A photo caption with its credit and place among the paragraphs.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct CaptionEntry {
    /// What the photo shows.
    pub text: String,
    /// Who supplied it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// Number of body paragraphs before it.
    pub position: usize,
}

/// Whether a quote is a statement or a phrase inside reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted statement.
    Speech,
    /// A quoted phrase inside reported speech.
    Partial,
}

impl QuoteKind {
    /// The kind as front matter and the data exports write it.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Speech => "speech",
            QuoteKind::Partial => "partial",
        }
    }
}

/// A quote as corrected by an editor: matched to the found quote by its text.
/// Fields left out keep what the annotator found; `speaker: null` says the
/// speaker is unknown; `ignore: true` drops a quote that is not one.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct QuoteOverride {
    /// The quoted words, as between the marks.
    pub text: String,
    /// Who said it (canonical name); `Some(None)` when given as null.
    #[serde(
        deserialize_with = "given_even_if_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub speaker: Option<Option<String>>,
    /// Statement or phrase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<QuoteKind>,
    /// The speech verb.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    /// Not a quote after all: drop it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub ignore: bool,
}

/// Deserialises a present key, null included, as `Some`; an absent key stays
/// `None` through `#[serde(default)]`.
fn given_even_if_null<'de, D>(deserializer: D) -> Result<Option<Option<String>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    Option::<String>::deserialize(deserializer).map(Some)
}

/// An entity an editor says the article names.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct EntityOverride {
    /// Canonical name.
    pub name: String,
    /// person, place, organization, event or other.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<EntityKind>,
}

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A place.
    Place,
    /// An organisation, outlet or agency.
    Organization,
    /// A named event.
    Event,
    /// Anything else.
    Other,
}

impl EntityKind {
    /// The lowercase name used in files and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Place => "place",
            Self::Organization => "organization",
            Self::Event => "event",
            Self::Other => "other",
        }
    }
}

/// An event an editor says the article reports.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct EventOverride {
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub date: String,
    /// What happened.
    pub label: String,
}

/// The keys a free page (content/pages/*.md) may carry.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct PageFrontMatter {
    /// Page title.
    pub title: Option<String>,
    /// URL slug; the file name when absent.
    pub slug: Option<String>,
    /// One-sentence summary.
    pub description: Option<String>,
    /// Position in the navigation (lower first).
    pub weight: i64,
    /// Drafts are not built.
    pub draft: bool,
}

/// A file's text split in two.
#[derive(Debug, Clone, PartialEq)]
pub struct Split<'a> {
    /// The YAML between the fences, if the file has front matter.
    pub yaml: Option<&'a str>,
    /// 1-based line of the file where the YAML starts.
    pub yaml_first_line: usize,
    /// Everything after the closing fence.
    pub body: &'a str,
    /// 1-based line of the file where the body starts.
    pub body_first_line: usize,
}

/// Splits `---` front matter off the top of a text.
pub fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_line_end].trim_end() != "---" {
        return Ok(Split {
            yaml: None,
            yaml_first_line: 1,
            body: text,
            body_first_line: 1,
        });
    }
    let mut offset = first_line_end;
    for (line_number, line) in (2..).zip(text[first_line_end..].split_inclusive('\n')) {
        if matches!(line.trim_end(), "---" | "...") {
            let body_start = offset + line.len();
            return Ok(Split {
                yaml: Some(&text[first_line_end..offset]),
                yaml_first_line: 2,
                body: &text[body_start..],
                body_first_line: line_number + 1,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error(
        Location::at(path, 1, 1),
        "front matter opened with `---` is never closed",
    )
    .with_help("add a line with only `---` after the last front matter key"))
}

/// Parses the YAML of a front matter block; errors point at the file's line.
pub fn parse<T: DeserializeOwned + Default>(
    split: &Split<'_>,
    path: &Path,
) -> Result<T, Diagnostic> {
    let Some(yaml) = split.yaml else {
        return Ok(T::default());
    };
    if yaml.trim().is_empty() {
        return Ok(T::default());
    }
    serde_yaml::from_str(yaml).map_err(|err| yaml_diagnostic(&err, split.yaml_first_line, path))
}

pub(crate) fn yaml_diagnostic(
    err: &serde_yaml::Error,
    first_line: usize,
    path: &Path,
) -> Diagnostic {
    let location = match err.location() {
        Some(at) => Location::at(path, first_line + at.line() - 1, at.column()),
        None => Location::at(path, first_line, 1),
    };
    let full = err.to_string();
    let message = full
        .split(" at line ")
        .next()
        .unwrap_or(&full)
        .trim_end_matches(|c: char| c == ',' || c.is_whitespace())
        .to_string();
    let help = if message.contains("unknown field") {
        "remove or rename the key; docs/content.md lists the front matter keys"
    } else if message.contains("invalid type") {
        "give the key a value of the expected type"
    } else {
        "fix the YAML at this place (quote values that contain `: ` or start with a symbol)"
    };
    Diagnostic::error(location, format!("front matter: {message}")).with_help(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_fence_is_all_body() {
        let split = split("Title\n\nBody", Path::new("a.txt")).unwrap();
        assert_eq!(split.yaml, None);
        assert_eq!(split.body, "Title\n\nBody");
    }

    #[test]
    fn front_matter_is_split_with_its_line_numbers() {
        let split = split("---\ntitle: A\n---\nBody\n", Path::new("a.md")).unwrap();
        assert_eq!(split.yaml, Some("title: A\n"));
        assert_eq!(split.body, "Body\n");
        assert_eq!(split.body_first_line, 4);
    }

    #[test]
    fn unclosed_front_matter_is_an_error_at_line_one() {
        let err = split("---\ntitle: A\nBody\n", Path::new("a.md")).unwrap_err();
        assert!(err
            .to_string()
            .starts_with("a.md:1:1: error: front matter opened"));
    }

    #[test]
    fn yaml_error_line_is_counted_in_the_file() {
        let text = "---\ntitle: A\ndate: [unclosed\n---\nBody\n";
        let split = split(text, Path::new("a.md")).unwrap();
        let err = parse::<ArticleFrontMatter>(&split, Path::new("a.md")).unwrap_err();
        let location = err.location.unwrap();
        assert!(location.line >= 3, "{location}");
    }

    #[test]
    fn unknown_key_is_named() {
        let text = "---\ntitle: A\ntitel: B\n---\n";
        let split = split(text, Path::new("a.md")).unwrap();
        let err = parse::<ArticleFrontMatter>(&split, Path::new("a.md")).unwrap_err();
        assert_eq!(err.location.clone().unwrap().line, 3);
        assert!(
            err.message.contains("unknown field `titel`"),
            "{}",
            err.message
        );
    }

    #[test]
    fn published_is_an_alias_of_date() {
        let text = "---\npublished: 2020-01-02\n---\n";
        let split = split(text, Path::new("a.md")).unwrap();
        let fm: ArticleFrontMatter = parse(&split, Path::new("a.md")).unwrap();
        assert_eq!(fm.date.as_deref(), Some("2020-01-02"));
    }
}
