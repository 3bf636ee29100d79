//! content/entities.yaml → the dossier's gazetteer: the people, places and
//! organisations an editor has named, with their aliases. Errors name the
//! file, line and column; two entries claiming the same name are an error.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::front_matter::{yaml_diagnostic, EntityKind};
use crate::diag::{Diagnostic, Location};
use crate::fsio;

/// Where the gazetteer lives in a dossier.
pub const GAZETTEER_PATH: &str = "content/entities.yaml";

/// One curated entity.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GazetteerEntry {
    /// Canonical name.
    pub name: String,
    /// person, place, organization, event or other.
    pub kind: EntityKind,
    /// Other spellings and abbreviations ("Korut", "Sergey Lavrov").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// One line about it.
    #[serde(default)]
    pub description: Option<String>,
    /// Links to learn more (Wikipedia, an official page).
    #[serde(default)]
    pub links: Vec<String>,
}

/// The key two spellings of one name share: lowercase, without spaces,
/// hyphens or dots ("Kim Jong-un" and "Kim Jong Un"), and without middle
/// initials ("Vladimir V. Putin" and "Vladimir Putin").
pub fn name_key(name: &str) -> String {
    // Most names hold no full stop: one pass of memchr turns them away.
    if memchr::memchr(b'.', name.as_bytes()).is_some() && name.contains(". ") {
        return key_of(&without_middle_initials(name));
    }
    key_of(name)
}

/// A name less the initials between its first and last words: "Retno
/// L.P. Marsudi" → "Retno Marsudi".
fn without_middle_initials(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let last = words.len().saturating_sub(1);
    let kept: Vec<&str> = (words.iter().enumerate())
        .filter(|&(i, word)| i == 0 || i == last || !crate::lang::is_initials_with_stop(word))
        .map(|(_, word)| *word)
        .collect();
    kept.join(" ")
}

#[inline]
fn key_of(name: &str) -> String {
    if name.is_ascii() {
        // Byte by byte: an ASCII character is one byte.
        let mut key = Vec::with_capacity(name.len());
        let kept = name.bytes().filter(|&b| !is_key_separator(char::from(b)));
        key.extend(kept.map(|b| b.to_ascii_lowercase()));
        return String::from_utf8(key).expect("ASCII bytes are UTF-8");
    }
    name.chars()
        .filter(|&c| !is_key_separator(c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A character a name key leaves out.
fn is_key_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '.' | '\'' | '’')
}

/// Reads the gazetteer; a dossier without one has an empty gazetteer.
pub fn load(root: &Path) -> Result<Vec<GazetteerEntry>, Vec<Diagnostic>> {
    let path = root.join(GAZETTEER_PATH);
    if !path.exists() {
        return Ok(Vec::new());
    }
    let shown = PathBuf::from(GAZETTEER_PATH);
    let bytes = fsio::read(&path).map_err(|err| {
        vec![Diagnostic::error(
            Location::file(&shown),
            err.source.to_string(),
        )]
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        vec![Diagnostic::error(Location::file(&shown), "invalid UTF-8")
            .with_help("re-save the file as UTF-8")]
    })?;
    parse(&text, &shown)
}

/// Parses gazetteer text and checks that every name is claimed once.
pub fn parse(text: &str, path: &Path) -> Result<Vec<GazetteerEntry>, Vec<Diagnostic>> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let entries: Vec<GazetteerEntry> = serde_yaml::from_str(text).map_err(|err| {
        let mut diagnostic = yaml_diagnostic(&err, 1, path);
        diagnostic.message = diagnostic
            .message
            .replacen("front matter: ", "entities: ", 1);
        diagnostic.help = Some(
            "each entry is `- name: …` with `kind: person|place|organization|event|other` and \
             optional `aliases`, `description`, `links`"
                .to_string(),
        );
        vec![diagnostic]
    })?;
    let mut problems = Vec::new();
    let mut claimed: BTreeMap<String, &str> = BTreeMap::new();
    for entry in &entries {
        if entry.name.trim().is_empty() {
            problems.push(Diagnostic::error(
                Location::at(path, line_of(text, &entry.name), 1),
                "an entity has an empty name",
            ));
        }
        for link in entry.links.iter().filter(|l| !crate::clean::is_web_url(l)) {
            problems.push(
                Diagnostic::error(
                    Location::at(path, line_of(text, link), 1),
                    format!(
                        "link {link:?} of {:?} is not an http or https address",
                        entry.name
                    ),
                )
                .with_help("links start with https:// or http://"),
            );
        }
        for form in std::iter::once(&entry.name).chain(&entry.aliases) {
            let key = name_key(form);
            match claimed.get(&key) {
                Some(owner) if *owner != entry.name => problems.push(
                    Diagnostic::error(
                        Location::at(path, line_of(text, form), 1),
                        format!("{form:?} is claimed by both {owner:?} and {:?}", entry.name),
                    )
                    .with_help("keep the name or alias under one entry only"),
                ),
                _ => {
                    claimed.insert(key, &entry.name);
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

/// The 1-based line where a name is written, for errors about it.
fn line_of(text: &str, name: &str) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, line)| line.contains(name))
        .map(|(i, _)| i + 1)
        .last()
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        /// The ASCII shortcut keys a name as the character-by-character rule does.
        #[test]
        fn an_ascii_name_is_keyed_as_any_other(name in "[a-zA-Z0-9 \t\n\x0b\x0c\r.'’-]{0,24}") {
            let by_chars: String = name
                .chars()
                .filter(|&c| !is_key_separator(c))
                .flat_map(char::to_lowercase)
                .collect();
            prop_assert_eq!(key_of(&name), by_chars);
        }
    }

    #[test]
    fn middle_initials_are_left_out_of_the_key() {
        assert_eq!(name_key("Vladimir V. Putin"), name_key("Vladimir Putin"));
        assert_eq!(name_key("Retno L.P. Marsudi"), name_key("Retno Marsudi"));
        assert_eq!(name_key("George W. Bush"), "georgebush");
        assert_eq!(name_key("U.S. State Department"), "usstatedepartment");
        assert_eq!(name_key("J. Smith"), "jsmith", "a first initial stays");
    }

    #[test]
    fn entries_read_with_aliases_and_defaults() {
        let entries = parse(
            "- name: Korea Utara\n  kind: place\n  aliases: [Korut, DPRK]\n- name: Sergei Lavrov\n  kind: person\n",
            Path::new("e.yaml"),
        )
        .unwrap();
        assert_eq!(entries[0].aliases, ["Korut", "DPRK"]);
        assert_eq!(entries[1].kind, EntityKind::Person);
        assert!(entries[1].aliases.is_empty());
    }

    #[test]
    fn a_wrong_kind_is_reported_at_its_line() {
        let err = parse("- name: X\n  kind: persn\n", Path::new("e.yaml")).unwrap_err();
        let shown = err[0].to_string();
        assert!(shown.contains("e.yaml:2:"), "{shown}");
        assert!(shown.contains("persn"), "{shown}");
    }

    #[test]
    fn a_name_claimed_twice_is_an_error() {
        let err = parse(
            "- name: Kim Jong Un\n  kind: person\n- name: Kim Jong-un\n  kind: person\n",
            Path::new("e.yaml"),
        )
        .unwrap_err();
        assert!(err[0].to_string().contains("e.yaml:3:1"), "{}", err[0]);
    }

    #[test]
    fn script_links_are_refused() {
        let err = parse(
            "- name: X\n  kind: person\n  links: [\"javascript:alert(1)\"]\n",
            Path::new("e.yaml"),
        )
        .unwrap_err();
        assert!(
            err[0]
                .to_string()
                .contains("e.yaml:3:1: error: link \"javascript:alert(1)\""),
            "{}",
            err[0]
        );
    }

    #[test]
    fn spellings_share_a_key() {
        assert_eq!(name_key("Kim Jong-un"), name_key("kim jong un"));
        assert_eq!(name_key("U.S."), "us");
    }
}
