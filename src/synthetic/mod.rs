//! A size → synthetic dossiers for benchmarks, deterministic for a given size:
//! in memory, already annotated (articles that name people and places from
//! fixed pools, tell dated events and quote their people), to time the
//! cross-article stages (`dossier bench-link`); and on disk, as Markdown
//! articles or raw captures written by `prose` (`dossier generate`), which
//! `scripts/bench` builds and `dossier bench-edit` serves.

pub mod prose;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use std::time::{Duration, Instant};

use jiff::civil::Date;
use jiff::ToSpan;

use crate::annotate::{Annotated, DatedEvent, EntityKind, Mention, Quote, QuoteKind};
use crate::calendar::Published;
use crate::clean::{Article, Meta};
use crate::content::SourceKind;

const PEOPLE: usize = 400;
const PLACES: usize = 150;
const WORDS: usize = 3000;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn person(i: usize) -> String {
    format!("Tokoh{i:03} Nama{i:03}")
}

fn sentence(rng: &mut Rng, words: usize) -> String {
    (0..words)
        .map(|_| format!("kata{}", rng.below(WORDS)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn article(i: usize, rng: &mut Rng) -> Annotated {
    let start = Date::new(2015, 1, 1).expect("valid date");
    let day = start
        .checked_add((rng.below(3650) as i64).days())
        .expect("in range");
    let slug = format!("{day}-artikel-{i}");
    let mut mentions: Vec<Mention> = (0..8)
        .map(|k| {
            let (name, kind) = if k < 5 {
                (person(rng.below(PEOPLE)), EntityKind::Person)
            } else {
                (format!("Tempat{:03}", rng.below(PLACES)), EntityKind::Place)
            };
            Mention {
                forms: vec![name.clone()],
                name,
                shown: None,
                kind,
                curated: false,
                count: 1,
                first: None,
            }
        })
        .collect();
    mentions.sort_by(|a, b| a.name.cmp(&b.name));
    mentions.dedup_by(|a, b| a.name == b.name);
    let speaker = mentions[0].name.clone();
    let quotes = (0..2)
        .map(|k| Quote {
            text: sentence(rng, 20),
            speaker: Some(speaker.clone()),
            verb: Some("kata".into()),
            kind: QuoteKind::Speech,
            paragraph: k,
            evidence: "synthetic".into(),
            span: None,
        })
        .collect();
    let events = (0..2)
        .map(|k| DatedEvent {
            date: day
                .checked_sub((rng.below(20) as i64).days())
                .expect("in range")
                .to_string(),
            label: sentence(rng, 10),
            paragraph: Some(k),
            entities: mentions.iter().take(3).map(|m| m.name.clone()).collect(),
        })
        .collect();
    let meta = Meta {
        title: format!("Artikel {i}"),
        title_inferred: false,
        published: Some(Published::day(day)),
        published_inferred: false,
        outlet: Some(format!("Media{}", i % 12)),
        author: None,
        dateline: None,
        url: None,
        lang: "id".into(),
        slug,
        slug_given: false,
        description: None,
        tags: Vec::new(),
    };
    Annotated {
        article: Article {
            path: PathBuf::from(format!("content/articles/{i}.txt")),
            source_file: format!("{i}.txt"),
            kind: SourceKind::Capture,
            meta,
            paragraphs: vec![sentence(rng, 40), sentence(rng, 40)],
            captions: Vec::new(),
            credits: Vec::new(),
            front_matter: Default::default(),
            raw_fingerprint: 0,
        },
        quotes,
        mentions,
        unconfirmed: Vec::new(),
        events,
    }
}

/// A synthetic annotated dossier of `size` articles.
pub fn annotated_dossier(size: usize) -> Vec<Annotated> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ size as u64);
    (0..size).map(|i| article(i, &mut rng)).collect()
}

/// How long linking a synthetic dossier of `size` articles takes.
pub fn time_link(size: usize) -> Duration {
    let annotated = annotated_dossier(size);
    let started = Instant::now();
    let dossier = crate::link::link(annotated, &[]).expect("synthetic slugs are unique");
    let elapsed = started.elapsed();
    assert_eq!(dossier.articles.len(), size);
    elapsed
}

/// Writes a synthetic dossier of `size` articles in `format` under `root`,
/// with a site.toml; the articles are written in parallel.
pub fn write_corpus(root: &Path, size: usize, format: prose::Format) -> std::io::Result<()> {
    let articles = root.join("content/articles");
    std::fs::create_dir_all(&articles)?;
    std::fs::write(
        root.join("site.toml"),
        "title = \"Synthetic\"\nlanguage = \"id\"\nbase_url = \"/\"\ndefault_timezone = \"WIB\"\n",
    )?;
    (0..size).into_par_iter().try_for_each(|i| {
        let (name, text) = prose::article(i, format);
        std::fs::write(articles.join(name), text)
    })
}

/// (first build, edit→visible) of a synthetic dossier of `size` captures
/// served as `dossier serve` serves it: one article's wording is edited on
/// disk and the time until its served page shows the edit is measured.
pub fn time_edit(size: usize) -> Result<(Duration, Duration), String> {
    let dir = std::env::temp_dir().join(format!("dossier-bench-{size}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    write_corpus(&dir, size, prose::Format::Capture).map_err(|e| e.to_string())?;
    let edited = dir.join("content/articles/000000.txt");
    let text = std::fs::read_to_string(&edited).map_err(|e| e.to_string())?;
    let changed = text.replacen(" dan ", " dan suntingan ", 1);
    let (first, visible) = crate::serve::time_edit(
        &dir,
        &text,
        || {
            let _ = std::fs::write(&edited, &changed);
        },
        "suntingan",
    );
    let _ = std::fs::remove_dir_all(&dir);
    if visible == Duration::MAX {
        return Err("the edited article's page was not found".into());
    }
    Ok((first, visible))
}
