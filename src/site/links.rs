//! The assembled site → its broken internal links: every `href` and `src` of
//! every page that points inside the site must name a file the site has, and
//! an `#anchor` must name an `id` on the target page. External links are not
//! followed.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;

use super::output::SiteFiles;
use crate::diag::{Diagnostic, Diagnostics, Location};

static LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?:href|src)="([^"]*)""#).expect("valid pattern"));
static ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\sid="([^"]*)""#).expect("valid pattern"));

/// Reports each broken internal link once per page, with the page it is on.
pub fn check(files: &SiteFiles, base_path: &str) -> Diagnostics {
    let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut problems = Diagnostics::new();
    for (page, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let text = String::from_utf8_lossy(bytes);
        let mut reported = BTreeSet::new();
        for url in LINK.captures_iter(&text).map(|c| c[1].to_string()) {
            let Some((target, anchor)) = resolve(&url, page, base_path) else {
                continue;
            };
            let problem = match files.get(&target) {
                None => Some(format!("link to {url:?}: the site has no {target}")),
                Some(_) if anchor.is_empty() => None,
                Some(contents) => {
                    let known = ids
                        .entry(target.clone())
                        .or_insert_with(|| ids_of(contents));
                    (!known.contains(&anchor))
                        .then(|| format!("link to {url:?}: {target} has no id {anchor:?}"))
                }
            };
            if let Some(message) = problem.filter(|m| reported.insert(m.clone())) {
                problems.push(
                    Diagnostic::error(Location::file(page), message)
                        .with_help("fix the link in the template or page that writes it"),
                );
            }
        }
    }
    problems
}

fn ids_of(contents: &[u8]) -> BTreeSet<String> {
    let text = String::from_utf8_lossy(contents);
    ID.captures_iter(&text).map(|c| c[1].to_string()).collect()
}

/// The site file and anchor an internal URL names; `None` for external URLs.
fn resolve(url: &str, page: &str, base_path: &str) -> Option<(String, String)> {
    let url = url.replace("&amp;", "&");
    if url.contains("://") || url.starts_with("//") || url.contains(':') && !url.starts_with('/') {
        return None;
    }
    let (path, anchor) = url.split_once('#').unwrap_or((&url, ""));
    let path = path.split('?').next().unwrap_or_default();
    let target = if path.is_empty() {
        page.to_string()
    } else if let Some(inside) = path.strip_prefix(base_path) {
        file_for(inside)
    } else if path.starts_with('/') {
        return Some((format!("(outside the base path) {path}"), String::new()));
    } else {
        let folder = page.rsplit_once('/').map_or("", |(f, _)| f);
        file_for(&normalise(&format!("{folder}/{path}")))
    };
    Some((target, anchor.to_string()))
}

fn file_for(path: &str) -> String {
    let path = path.trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

fn normalise(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let trailing = if path.ends_with('/') { "/" } else { "" };
    format!("{}{trailing}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(pages: &[(&str, &str)]) -> SiteFiles {
        let mut files = SiteFiles::default();
        for (path, text) in pages {
            files.insert(*path, text.as_bytes().to_vec());
        }
        files
    }

    #[test]
    fn missing_pages_and_anchors_are_reported_and_external_links_ignored() {
        let files = site(&[
            (
                "index.html",
                r##"<a href="/a/">a</a> <a href="/b/">b</a> <a href="/a/#x">x</a> <a href="/a/#y">y</a> <a href="https://e.org/">e</a> <a href="#top">t</a>"##,
            ),
            (
                "a/index.html",
                r#"<p id="x">x</p><link href="../css/s.css">"#,
            ),
        ]);
        let shown = check(&files, "/").to_string();
        assert!(shown.contains("the site has no b/index.html"), "{shown}");
        assert!(shown.contains("a/index.html has no id \"y\""), "{shown}");
        assert!(shown.contains("index.html has no id \"top\""), "{shown}");
        assert!(shown.contains("the site has no css/s.css"), "{shown}");
        assert!(!shown.contains("e.org"));
        assert!(!shown.contains("\"x\""));
    }

    #[test]
    fn links_outside_a_sub_path_are_broken() {
        let files = site(&[(
            "index.html",
            r#"<a href="/other/">o</a> <a href="/d/">d</a>"#,
        )]);
        let shown = check(&files, "/d/").to_string();
        assert!(shown.contains("outside the base path"), "{shown}");
    }
}
