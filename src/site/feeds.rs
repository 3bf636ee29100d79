//! The dossier → /atom.xml (the newest articles, with their metadata and
//! text), /sitemap.xml (every page) and /robots.txt (pointing at the sitemap).
//! Ids and dates come from the articles, never from the clock.

use std::fmt::Write as _;

use super::output::SiteFiles;
use crate::config::{Config, DEFAULT_FEED_LIMIT};
use crate::link::{Dossier, DossierArticle};
use crate::render::escape::html as xml;

/// An Atom id: the permalink when the base URL is absolute, a stable URN otherwise.
fn atom_id(config: &Config, path: &str, slug: &str) -> String {
    let permalink = config.permalink(path);
    if permalink.contains("://") {
        permalink
    } else {
        format!("urn:dossier:{slug}")
    }
}

/// An Atom date: RFC 3339 with a time; a day alone is taken at midnight UTC.
fn atom_date(article: &DossierArticle) -> Option<String> {
    let published = article.annotated.article.meta.published?;
    let text = published.to_rfc3339();
    Some(if text.len() == 10 {
        format!("{text}T00:00:00Z")
    } else {
        text
    })
}

/// /atom.xml: the newest articles (site.toml `feed_limit`), newest first.
pub fn atom(dossier: &Dossier, config: &Config) -> String {
    let raw = &config.raw;
    let limit = match raw.feed_limit.unwrap_or(DEFAULT_FEED_LIMIT) {
        0 => usize::MAX,
        n => n,
    };
    let newest: Vec<&DossierArticle> = dossier.articles.iter().rev().take(limit).collect();
    let updated = newest
        .iter()
        .find_map(|a| atom_date(a))
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_string());
    let mut out = String::with_capacity(4096 + 2048 * newest.len());
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n\
         <title>{}</title>\n<subtitle>{}</subtitle>\n<link rel=\"self\" href=\"{}\"/>\n<link rel=\"alternate\" href=\"{}\"/>\n\
         <id>{}</id>\n<updated>{updated}</updated>\n<generator>dossier</generator>\n<author><name>{}</name></author>\n",
        xml(&raw.language),
        xml(&raw.title),
        xml(&raw.description),
        xml(&config.permalink("atom.xml")),
        xml(&config.permalink("")),
        xml(&atom_id(config, "", "feed")),
        xml(if raw.author.is_empty() { &raw.title } else { &raw.author }),
    );
    for article in newest {
        entry(&mut out, article, config);
    }
    out.push_str("</feed>\n");
    out
}

fn entry(out: &mut String, article: &DossierArticle, config: &Config) {
    let meta = &article.annotated.article.meta;
    let path = format!("articles/{}/", article.slug);
    let date = atom_date(article).unwrap_or_else(|| "1970-01-01T00:00:00Z".to_string());
    let by = meta
        .author
        .as_deref()
        .or(meta.outlet.as_deref())
        .unwrap_or("");
    let body: String = article
        .annotated
        .article
        .paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", xml(p)))
        .collect();
    let _ = write!(
        out,
        "<entry>\n<title>{}</title>\n<link rel=\"alternate\" href=\"{}\"/>\n<id>{}</id>\n<published>{date}</published>\n<updated>{date}</updated>\n",
        xml(&meta.title),
        xml(&config.permalink(&path)),
        xml(&atom_id(config, &path, &article.slug)),
    );
    if !by.is_empty() {
        let _ = writeln!(out, "<author><name>{}</name></author>", xml(by));
    }
    if let Some(url) = &meta.url {
        let _ = writeln!(out, "<link rel=\"related\" href=\"{}\"/>", xml(url));
    }
    if let Some(outlet) = &meta.outlet {
        let _ = writeln!(out, "<source><title>{}</title></source>", xml(outlet));
    }
    for tag in &meta.tags {
        let _ = writeln!(out, "<category term=\"{}\"/>", xml(tag));
    }
    let _ = write!(
        out,
        "<content type=\"html\">{}</content>\n</entry>\n",
        xml(&body)
    );
}

/// /sitemap.xml: every HTML page but the 404 page.
pub fn sitemap(files: &SiteFiles, config: &Config) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (path, _) in files.iter().filter(|(p, _)| p.ends_with("index.html")) {
        let page = path.trim_end_matches("index.html");
        let _ = writeln!(
            out,
            "<url><loc>{}</loc></url>",
            xml(&config.permalink(page))
        );
    }
    out.push_str("</urlset>\n");
    out
}

/// /robots.txt: everything allowed, and where the sitemap is.
pub fn robots(config: &Config) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        config.permalink("sitemap.xml")
    )
}
