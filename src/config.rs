//! site.toml → `Config`: the dossier's settings, read strictly (an unknown key
//! is an error that names it) and resolved (base URL split into origin and
//! path, language checked).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::diag::{line_col, Diagnostic, Location};
use crate::fsio;

/// The file name of the settings in a dossier root.
pub const CONFIG_FILE: &str = "site.toml";

/// site.toml as written by the user.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct RawConfig {
    /// The dossier's title.
    pub title: String,
    /// One or two sentences on what the dossier is about.
    pub description: String,
    /// UI language of the site: "id" or "en".
    pub language: String,
    /// Where the site will live, e.g. "https://example.org/dossier/" or "/".
    pub base_url: String,
    /// Who compiled the dossier.
    pub author: String,
    /// The publishing organisation.
    pub publisher: Publisher,
    /// Time zone for times the captures give without one ("WIB", "+07:00").
    pub default_timezone: Option<String>,
    /// Pass raw HTML in curated Markdown (articles and pages) through instead of
    /// showing it as text. Raw captures are always shown as text.
    pub allow_html: bool,
    /// Articles in /atom.xml, newest first; 0 puts every article in. Unset: 50.
    pub feed_limit: Option<usize>,
    /// Most quotes on one page of /quotes/. Unset: 1000.
    pub quotes_per_page: Option<usize>,
    /// Most items on one page of /timeline/. Unset: 2000.
    pub timeline_per_page: Option<usize>,
    /// Most articles (and quotes) on one page of an entity. Unset: 200.
    pub entity_items_per_page: Option<usize>,
    /// Extra patterns for the capture cleaner, added to the built-in ones.
    pub clean: CleanSettings,
}

/// The organisation that publishes the dossier.
#[derive(Debug, Clone, Deserialize, Default, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Publisher {
    /// Its name.
    pub name: String,
    /// Its web site.
    pub url: String,
}

/// Patterns the cleaner adds to its built-in tables (all matched case-insensitively).
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct CleanSettings {
    /// Whole lines that are page furniture ("Advertisement").
    pub drop_lines: Vec<String>,
    /// Lines starting with these are furniture ("Follow us on").
    pub drop_prefixes: Vec<String>,
    /// Related-article teasers: the marker and the headline after it go ("Baca juga:").
    pub teaser_markers: Vec<String>,
    /// A line starting with one of these ends the article: it and all after it go.
    pub tail_markers: Vec<String>,
    /// Section names that open a rubric/tag line under the headline ("Internasional").
    pub sections: Vec<String>,
    /// Outlet names by a marker that names them in a capture: a domain
    /// ("tempo.co" = "Tempo") or a dateline prefix ("TEMPO.CO" = "Tempo").
    pub outlets: BTreeMap<String, String>,
}

/// Articles in /atom.xml when site.toml does not say.
pub const DEFAULT_FEED_LIMIT: usize = 50;

/// The resolved settings every stage reads.
#[derive(Debug, Clone)]
pub struct Config {
    /// Settings as written.
    pub raw: RawConfig,
    /// Origin of the base URL without a trailing slash ("https://example.org"), or "".
    pub origin: String,
    /// Path of the base URL, always starting and ending with "/" ("/dossier/").
    pub base_path: String,
}

impl Config {
    /// Reads `site.toml` in `root`; every problem is returned as a diagnostic.
    pub fn load(root: &Path) -> Result<Config, Diagnostic> {
        let path = root.join(CONFIG_FILE);
        let bytes = fsio::read(&path).map_err(|err| {
            Diagnostic::error(Location::file(CONFIG_FILE), err.to_string())
                .with_help("run `dossier build` in a dossier root, or pass --root DIR")
        })?;
        let text = String::from_utf8(bytes).map_err(|_| {
            Diagnostic::error(Location::file(CONFIG_FILE), "the file is not valid UTF-8")
                .with_help("save site.toml as UTF-8")
        })?;
        Self::parse(&text)
    }

    /// Parses the text of a site.toml.
    pub fn parse(text: &str) -> Result<Config, Diagnostic> {
        let raw: RawConfig = toml::from_str(text).map_err(|err| toml_diagnostic(text, &err))?;
        Self::resolve(raw)
    }

    /// Checks and completes the settings.
    pub fn resolve(mut raw: RawConfig) -> Result<Config, Diagnostic> {
        if raw.language.is_empty() {
            raw.language = "en".to_string();
        }
        if !matches!(raw.language.as_str(), "id" | "en") {
            return Err(Diagnostic::error(
                Location::file(CONFIG_FILE),
                format!("unsupported language {:?}", raw.language),
            )
            .with_help("set language = \"id\" or language = \"en\""));
        }
        let (origin, base_path) = split_base_url(&raw.base_url);
        Ok(Config {
            raw,
            origin,
            base_path,
        })
    }

    /// Replaces the base URL (from `--base-url`).
    pub fn set_base_url(&mut self, url: &str) {
        self.raw.base_url = url.to_string();
        let (origin, base_path) = split_base_url(url);
        self.origin = origin;
        self.base_path = base_path;
    }

    /// A site path ("articles/x/") as a link honouring the base path ("/dossier/articles/x/").
    pub fn link(&self, path: &str) -> String {
        self.link_joined(&[path])
    }

    /// `link` of the path made of `parts` one after the other
    /// (`["articles/", slug, "/"]`), without formatting machinery: links are
    /// made for every card of every page.
    pub fn link_joined(&self, parts: &[&str]) -> String {
        let (first, rest) = parts.split_first().unwrap_or((&"", &[]));
        let first = first.trim_start_matches('/');
        let length =
            self.base_path.len() + first.len() + rest.iter().map(|p| p.len()).sum::<usize>();
        let mut link = String::with_capacity(length);
        link.push_str(&self.base_path);
        link.push_str(first);
        for part in rest {
            link.push_str(part);
        }
        link
    }

    /// A site path as an absolute URL when the base URL has an origin.
    pub fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.origin, self.link(path))
    }
}

fn split_base_url(url: &str) -> (String, String) {
    let url = url.trim();
    let (origin, path) = match url.find("://") {
        Some(scheme_end) => {
            let rest = &url[scheme_end + 3..];
            let path_start = rest.find('/').map_or(url.len(), |i| scheme_end + 3 + i);
            (url[..path_start].to_string(), &url[path_start..])
        }
        None => (String::new(), url),
    };
    let trimmed = path.trim_matches('/');
    let base_path = if trimmed.is_empty() {
        "/".to_string()
    } else {
        format!("/{trimmed}/")
    };
    (origin, base_path)
}

fn toml_diagnostic(text: &str, err: &toml::de::Error) -> Diagnostic {
    let location = match err.span() {
        Some(span) => {
            let (line, col) = line_col(text, span.start);
            Location::at(CONFIG_FILE, line, col)
        }
        None => Location::file(CONFIG_FILE),
    };
    let message = err.message().to_string();
    let help = if message.contains("unknown field") {
        "remove or rename the key; docs/configuration.md lists every key"
    } else {
        "fix the TOML syntax at this place"
    };
    Diagnostic::error(location, message).with_help(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_with_sub_path_gives_prefixed_links() {
        let config = Config::parse("base_url = \"https://example.org/dossier\"").unwrap();
        assert_eq!(config.origin, "https://example.org");
        assert_eq!(config.link("articles/x/"), "/dossier/articles/x/");
        assert_eq!(config.permalink("/"), "https://example.org/dossier/");
    }

    #[test]
    fn a_link_of_parts_is_the_link_of_their_concatenation() {
        let config = Config::parse("base_url = \"https://example.org/dossier\"").unwrap();
        let joined = config.link_joined(&["/articles/", "x", "/#", "q-1"]);
        assert_eq!(joined, "/dossier/articles/x/#q-1");
        assert_eq!(config.link_joined(&[]), "/dossier/");
        assert_eq!(
            config.link_joined(&["/", "data/x.json"]),
            config.link("/data/x.json")
        );
    }

    #[test]
    fn bare_slash_base_url_links_from_root() {
        let config = Config::parse("base_url = \"/\"").unwrap();
        assert_eq!(config.link("quotes/"), "/quotes/");
    }

    #[test]
    fn unknown_key_is_an_error_naming_it_with_its_line() {
        let err = Config::parse("title = \"x\"\ntitel = \"y\"\n").unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with("site.toml:2:1: error: unknown field `titel`"),
            "{text}"
        );
    }

    #[test]
    fn unsupported_language_is_an_error() {
        assert!(Config::parse("language = \"xx\"").is_err());
    }
}
