//! Builds dossiers with the `dossier` binary and checks what it writes: the
//! default dossier (the repository root), the fixture dossiers under
//! tests/fixtures/, and builds that must fail without touching the last site.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const REPO: &str = env!("CARGO_MANIFEST_DIR");

fn dossier(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .output()
        .expect("run dossier")
}

/// Builds like `build_into` and fails the test, with the tool's errors, unless
/// the build succeeded.
fn built(root: &Path, out: &Path, extra: &[&str]) -> Output {
    let result = build_into(root, out, extra);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    result
}

/// Runs `dossier build --quiet` on `root` into `out`, with extra arguments.
fn build_into(root: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "build",
        "--quiet",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    dossier(&args)
}

/// Builds `root` into a fresh temporary folder; returns the folder and the output path.
fn build(root: &Path) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let result = build_into(root, &out, &[]);
    assert!(
        result.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&result.stderr)
    );
    (dir, out)
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|err| panic!("reading {}: {err}", path.display()))
}

fn json(out: &Path, name: &str) -> Vec<Value> {
    serde_json::from_str::<Value>(&read(&out.join("data").join(name)))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// The body of an annotated Markdown file: front matter and the generated
/// closing section of related articles removed.
fn markdown_body(text: &str) -> &str {
    let start = text[3..].find("\n---\n").expect("closing fence") + 3 + 5;
    let end = text
        .find("<!-- dossier: related articles -->")
        .unwrap_or(text.len());
    &text[start..end]
}

/// A copy of a fixture dossier in a temporary folder: (the folder, the dossier root in it).
fn copied_fixture(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("dossier");
    copy_dir(&Path::new(REPO).join("tests/fixtures").join(name), &root);
    (dir, root)
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

struct Seed {
    file: &'static str,
    title: &'static str,
    published: &'static str,
    inferred: bool,
    outlet: Option<&'static str>,
    author: Option<&'static str>,
    dateline: &'static str,
    kept: &'static [&'static str],
}

/// What each capture of the default dossier says about itself.
const SEEDS: &[Seed] = &[
    Seed {
        file: "000_4548053b9a36059e.txt",
        title: "Kim Jong Un Bertemu Menlu Rusia Sebelum Temui Donald Trump",
        published: "2018-05-31T20:25:00+07:00",
        inferred: false,
        outlet: Some("Tempo"),
        author: None,
        dateline: "Jakarta",
        kept: &["Kunjungan ini mengisyaratkan Rusia berharap", "berada di New York untuk berdiskusi"],
    },
    Seed {
        file: "001_bd2530ed4ebd0402.txt",
        title: "Menteri Luar Negeri Rusia Sergei Lavrov bertemu dengan pemimpin Korea Utara (Korut) Kim Jong-un",
        published: "2018-06-01",
        inferred: true,
        outlet: None,
        author: None,
        dateline: "Pyongyang",
        kept: &["proses denuklirisasi Korut.", "12 Juni menjadi tanggal baru pelaksanaan pertemuan ini"],
    },
    Seed {
        file: "002_ae8673a4c59506a0.txt",
        title: "Rusia Pastikan Putin dan Kim Bertemu Kamis Besok",
        published: "2019-04-24T07:21:00+07:00",
        inferred: false,
        outlet: Some("Medcom"),
        author: Some("Willy Haryono"),
        dateline: "Moskow",
        kept: &["Ushakov menyebut Putin dan Kim tidak akan", "AS enggan mencabut sanksi ekonomi terhadap Korut"],
    },
    Seed {
        file: "003_7a90d398b397b93f.txt",
        title: "Bertemu Kim Jong Un, Vladimir Putin: Kami Bertukar Pendapat",
        published: "2019-04-25T17:26:00+07:00",
        inferred: false,
        outlet: Some("Tempo"),
        author: None,
        dateline: "Jakarta",
        kept: &["berlangsung selama dua jam", "sangat ingin pertemuannya dengan Putin ini sukses"],
    },
    Seed {
        file: "004_cf4ca3e3781d2fb2.txt",
        title: "Menteri Luar Negeri Rusia Sergei Lavrov menemui pemimpin Korea Utara Kim Jong …",
        published: "2023-10-19",
        inferred: true,
        outlet: Some("Tempo"),
        author: None,
        dateline: "Jakarta",
        kept: &["Korea Selatan telah mendesak Rusia untuk mematuhi resolusi PBB", "Kantor berita TASS milik pemerintah"],
    },
];

/// Page furniture of the seeds' layouts; none of it may reach an article body.
const FURNITURE: &[&str] = &[
    "Advertising",
    "Berita terkait",
    "Baca Selengkapnya",
    "Baca:",
    "Baca juga:",
    "Baca berita dengan sedikit iklan",
    "Bagaimana tanggapan anda",
    "FOLLOW US",
    "Ikuti media sosial",
    "unblock notif",
    "Internasional korea utara rusia",
    "(FJR)",
    "(WIL)",
    "jam lalu",
    "hari lalu",
    "Navalny",
    "Sukhoi",
    "Negara Terdingin",
    "Menlu Rusia ke Korut Bahas",
];

#[test]
fn default_dossier_builds_every_seed_with_its_metadata() {
    let (_dir, out) = build(Path::new(REPO));
    let articles = json(&out, "articles.json");
    assert_eq!(articles.len(), SEEDS.len());
    for seed in SEEDS {
        let a = articles
            .iter()
            .find(|a| a["source_file"] == seed.file)
            .unwrap_or_else(|| panic!("{} missing", seed.file));
        assert_eq!(a["title"], seed.title, "{}", seed.file);
        assert_eq!(a["published"], seed.published, "{}", seed.file);
        assert_eq!(a["published_inferred"], seed.inferred, "{}", seed.file);
        assert_eq!(a["outlet"].as_str(), seed.outlet, "{}", seed.file);
        assert_eq!(a["author"].as_str(), seed.author, "{}", seed.file);
        assert_eq!(a["dateline"], seed.dateline, "{}", seed.file);
        let slug = a["slug"].as_str().unwrap();
        assert!(
            slug.starts_with(&seed.published[..10]),
            "slug {slug} starts with the date"
        );
        let page = out.join("articles").join(slug);
        assert!(
            read(&page.join("index.html")).contains("<article"),
            "{slug} has a page"
        );
        let original = fs::read(Path::new(REPO).join("content/articles").join(seed.file)).unwrap();
        assert_eq!(
            fs::read(page.join("source.txt")).unwrap(),
            original,
            "raw capture published as given"
        );
    }
}

#[test]
fn default_dossier_bodies_keep_the_text_and_drop_the_furniture() {
    let (_dir, out) = build(Path::new(REPO));
    for a in json(&out, "articles.json") {
        let seed = SEEDS.iter().find(|s| a["source_file"] == s.file).unwrap();
        let markdown = read(
            &out.join("articles")
                .join(a["slug"].as_str().unwrap())
                .join("index.md"),
        );
        let body = markdown_body(&markdown)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for kept in seed.kept {
            assert!(body.contains(kept), "{}: lost {kept:?}", seed.file);
        }
        for furniture in FURNITURE {
            assert!(
                !body.contains(furniture),
                "{}: kept furniture {furniture:?}",
                seed.file
            );
        }
    }
}

#[test]
fn annotated_markdown_front_matter_reads_back_as_a_curated_article() {
    let (_dir, out) = build(Path::new(REPO));
    let root = tempfile::tempdir().unwrap();
    fs::write(
        root.path().join("site.toml"),
        "title = \"Round trip\"\nlanguage = \"id\"\n",
    )
    .unwrap();
    let articles = root.path().join("content/articles");
    fs::create_dir_all(&articles).unwrap();
    for a in json(&out, "articles.json") {
        let slug = a["slug"].as_str().unwrap();
        fs::copy(
            out.join("articles").join(slug).join("index.md"),
            articles.join(format!("{slug}.md")),
        )
        .unwrap();
    }
    let (_dir2, out2) = build(root.path());
    let again = json(&out2, "articles.json");
    for a in json(&out, "articles.json") {
        let b = again
            .iter()
            .find(|b| b["slug"] == a["slug"])
            .expect("same slug after the round trip");
        for key in ["title", "published", "outlet", "author", "dateline"] {
            assert_eq!(a[key], b[key], "{key} of {}", a["slug"]);
        }
    }
}

#[test]
fn data_exports_have_the_documented_fields() {
    let (_dir, out) = build(Path::new("tests/fixtures/basic"));
    let fields: &[(&str, &[&str])] = &[
        (
            "articles.json",
            &[
                "slug",
                "title",
                "published",
                "published_inferred",
                "outlet",
                "author",
                "dateline",
                "url",
                "lang",
                "source_file",
                "entities",
                "related",
            ],
        ),
        (
            "quotes.json",
            &[
                "id",
                "article",
                "text",
                "speaker",
                "speaker_id",
                "verb",
                "kind",
                "paragraph",
                "variants",
            ],
        ),
        (
            "entities.json",
            &[
                "id", "name", "kind", "aliases", "curated", "articles", "mentions",
            ],
        ),
        (
            "events.json",
            &["id", "date", "label", "articles", "entities"],
        ),
    ];
    for (file, keys) in fields {
        for record in json(&out, file) {
            for key in *keys {
                assert!(
                    record.get(key).is_some(),
                    "{file}: record without {key}: {record}"
                );
            }
        }
    }
    assert_eq!(json(&out, "articles.json").len(), 2);
}

#[test]
fn english_capture_and_curated_markdown_build_into_a_sub_path_site() {
    let (_dir, out) = build(Path::new("tests/fixtures/basic"));
    let articles = json(&out, "articles.json");
    let capture = articles
        .iter()
        .find(|a| a["source_file"] == "dock-workers.txt")
        .unwrap();
    assert_eq!(capture["title"], "Dock Workers Walk Out Over Pay Deal");
    assert_eq!(capture["published"], "2024-03-04T18:30:00+00:00");
    assert_eq!(capture["dateline"], "Portville");
    assert_eq!(
        capture["outlet"], "Harbour Herald",
        "outlet from a domain in the footer, via site.toml"
    );
    assert_eq!(capture["lang"], "en");
    let slug = capture["slug"].as_str().unwrap();
    let markdown = read(&out.join("articles").join(slug).join("index.md"));
    let body = markdown_body(&markdown);
    assert!(body.contains("talks over a new pay deal collapsed"));
    for furniture in [
        "Support our journalism",
        "Advertisement",
        "Read more",
        "Record Profit",
        "Related articles",
        "Follow us",
    ] {
        assert!(!body.contains(furniture), "kept {furniture:?}");
    }
    assert!(markdown.contains("credit: Jane Roe/Harbour Photos"));

    let curated = articles
        .iter()
        .find(|a| a["source_file"] == "talks-resume.md")
        .unwrap();
    assert_eq!(curated["published"], "2024-03-11");
    assert_eq!(curated["author"], "Sam Doe");
    let html = read(
        &out.join("articles")
            .join(curated["slug"].as_str().unwrap())
            .join("index.html"),
    );
    assert!(html.contains("<em>Monday</em>"), "Markdown is rendered");
    assert!(
        html.contains("&lt;b&gt;cautious&lt;/b&gt;"),
        "raw HTML is shown as text unless allowed"
    );
    let quote_id = format!("q-{}-1", curated["slug"].as_str().unwrap());
    assert!(
        html.contains(&format!(
            "<span class=\"quote quote-speech\" id=\"{quote_id}\" data-speaker=\"Maria Lopez\">We are not there yet, but we are talking,</span>"
        )),
        "a quote in rendered Markdown is marked where its words are"
    );

    let home = read(&out.join("index.html"));
    for href in home
        .split("href=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
    {
        assert!(
            href.starts_with("/strike/")
                || href.starts_with("https://example.org/")
                || href.starts_with('#'),
            "link escapes the base path: {href}"
        );
    }
    assert!(home.contains("<link rel=\"canonical\" href=\"https://example.org/strike/\">"));
}

#[test]
fn pages_get_highlighted_code_and_dossier_files_override_the_theme() {
    let (_dir, out) = build(Path::new("tests/fixtures/basic"));
    let page = read(&out.join("method/index.html"));
    assert!(
        page.contains("class=\"hl-"),
        "code is highlighted with CSS classes"
    );
    assert!(read(&out.join("css/highlight.css")).contains(".hl-"));
    assert!(
        read(&out.join("404.html")).contains("Lost at sea"),
        "templates/404.html overrides the theme"
    );
    assert!(read(&out.join("sources/index.html")).contains("Harbour Herald"));
    assert_eq!(read(&out.join("extra.css")), "/* fixture stylesheet */\n");
}

#[test]
fn base_url_flag_overrides_site_toml() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let result = build_into(
        Path::new("tests/fixtures/basic"),
        &out,
        &["--base-url", "/mirror/"],
    );
    assert!(result.status.success());
    assert!(read(&out.join("index.html")).contains("href=\"/mirror/sources/\""));
}

#[test]
fn two_builds_are_byte_identical() {
    let (_a, first) = build(Path::new(REPO));
    let (_b, second) = build(Path::new(REPO));
    let files = |root: &Path| -> Vec<(PathBuf, Vec<u8>)> {
        walkdir::WalkDir::new(root)
            .sort_by_file_name()
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path().strip_prefix(root).unwrap().to_path_buf(),
                    fs::read(e.path()).unwrap(),
                )
            })
            .collect()
    };
    let (a, b) = (files(&first), files(&second));
    assert_eq!(a.len(), b.len());
    for ((path_a, bytes_a), (path_b, bytes_b)) in a.iter().zip(&b) {
        assert_eq!(path_a, path_b);
        assert!(
            bytes_a == bytes_b,
            "{} differs between builds",
            path_a.display()
        );
    }
    let absolute = REPO.as_bytes();
    for (path, bytes) in &a {
        assert!(
            !bytes.windows(absolute.len()).any(|w| w == absolute),
            "{} holds an absolute path",
            path.display()
        );
    }
}

/// Copies the fixture, builds it once, breaks it, and builds again.
fn failing_build(break_it: impl FnOnce(&Path)) -> (String, PathBuf, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("dossier");
    copy_dir(Path::new("tests/fixtures/basic"), &root);
    let out = root.join("public");
    assert!(build_into(&root, &out, &[]).status.success());
    break_it(&root);
    let result = build_into(&root, &out, &[]);
    assert!(!result.status.success(), "a broken dossier must fail");
    (String::from_utf8(result.stderr).unwrap(), out, dir)
}

#[test]
fn every_problem_of_a_failing_build_is_reported_and_the_last_site_kept() {
    let (stderr, out, _dir) = failing_build(|root| {
        let md = root.join("content/articles/talks-resume.md");
        let text = read(&md).replace("author: Sam Doe", "author: [Sam Doe");
        fs::write(md, text).unwrap();
        fs::write(
            root.join("content/articles/new.md"),
            "---\ntitle: X\ndate: yesterday\n---\nBody.\n",
        )
        .unwrap();
        fs::write(
            root.join("templates/404.html"),
            "{% extends \"base.html\" %}{% block content %}{{ nope }{% endblock content %}",
        )
        .unwrap();
    });
    assert!(
        stderr.contains("content/articles/talks-resume.md:5:"),
        "YAML error at its line in the file:\n{stderr}"
    );
    assert!(
        stderr.contains("content/articles/new.md:3:1: error: date \"yesterday\" is not a date"),
        "{stderr}"
    );
    assert!(
        stderr.contains("templates/404.html:1:"),
        "template error with its place:\n{stderr}"
    );
    assert!(stderr.contains("help:"), "errors say what to do:\n{stderr}");
    assert!(
        out.join("index.html").exists(),
        "the previous site is still there"
    );
    assert!(
        read(&out.join("404.html")).contains("Lost at sea"),
        "and unchanged"
    );
}

#[test]
fn unknown_site_toml_key_is_named_with_its_line() {
    let (stderr, _out, _dir) = failing_build(|root| {
        let text = read(&root.join("site.toml")).replace("author =", "autor =");
        fs::write(root.join("site.toml"), text).unwrap();
    });
    assert!(
        stderr.contains("site.toml:5:1: error: unknown field `autor`"),
        "{stderr}"
    );
}

#[test]
fn unclosed_front_matter_and_path_escaping_slugs_are_errors() {
    let (stderr, _out, _dir) = failing_build(|root| {
        fs::write(
            root.join("content/articles/open.md"),
            "---\ntitle: Open\n\nNo closing fence.\n",
        )
        .unwrap();
        fs::write(
            root.join("content/articles/escape.md"),
            "---\ntitle: Escape\nslug: ../../etc\n---\nBody.\n",
        )
        .unwrap();
    });
    assert!(
        stderr.contains(
            "content/articles/open.md:1:1: error: front matter opened with `---` is never closed"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("content/articles/escape.md:3:1: error: slug \"../../etc\""),
        "{stderr}"
    );
}

#[test]
fn output_folder_may_not_be_the_dossier_itself() {
    let result = dossier(&[
        "build",
        "--root",
        "tests/fixtures/basic",
        "--output",
        "tests/fixtures/basic",
    ]);
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("refusing to build into this folder"));
}

/// (text, speaker, kind) of each quote in data/quotes.json.
fn quote_triples(out: &Path) -> Vec<(String, Value, String)> {
    json(out, "quotes.json")
        .iter()
        .map(|q| {
            (
                q["text"].as_str().unwrap().to_string(),
                q["speaker"].clone(),
                q["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn english_capture_gives_its_expected_quotes_and_speakers() {
    let root = Path::new(REPO).join("tests/fixtures/quotes");
    let (_dir, out) = build(&root);
    let expected: Vec<(String, Value, String)> =
        serde_json::from_str::<Vec<Value>>(&read(&root.join("expected-quotes.json")))
            .unwrap()
            .iter()
            .map(|q| {
                (
                    q["text"].as_str().unwrap().to_string(),
                    q["speaker"].clone(),
                    q["kind"].as_str().unwrap().to_string(),
                )
            })
            .collect();
    assert_eq!(quote_triples(&out), expected);
    let all = read(&out.join("data/quotes.json"));
    assert!(
        !all.contains("Pay Twice"),
        "a quote in a teaser line was extracted"
    );
    assert!(!all.contains("drought levy") && !all.contains("Grey Wall"));
}

#[test]
fn quotes_are_marked_in_the_article_and_grouped_by_speaker() {
    let root = Path::new(REPO).join("tests/fixtures/quotes");
    let (_dir, out) = build(&root);
    let quotes = json(&out, "quotes.json");
    let first = &quotes[1];
    let slug = first["article"].as_str().unwrap();
    let id = first["id"].as_str().unwrap();
    let page = read(&out.join("articles").join(slug).join("index.html"));
    assert!(page.contains(&format!(
        "<span class=\"quote quote-speech\" id=\"{id}\" data-speaker=\"Helen Okafor\">&quot;We came here"
    )));
    assert!(page.contains("<a href=\"/quotes/#speaker-helen-okafor\">Helen Okafor</a>"));
    let list = read(&out.join("quotes/index.html"));
    let okafor = list.find("id=\"speaker-helen-okafor\"").unwrap();
    let brandt = list.find("id=\"speaker-tomas-brandt\"").unwrap();
    let unknown = list.find("id=\"speaker-unknown\"").unwrap();
    assert!(
        okafor < brandt && brandt < unknown,
        "most quoted first, unknown last"
    );
    assert!(list.contains(&format!("href=\"/articles/{slug}/#{id}\"")));
}

#[test]
fn an_editor_correction_of_a_speaker_wins() {
    let (dir, root) = copied_fixture("quotes");
    let article = root.join("content/articles/reservoir-talks.txt");
    let body = read(&article);
    let corrected = format!(
        "---\nquotes:\n  - text: \"It is a mess,\"\n    speaker: Mary Quinn\n  - text: a non-starter\n    ignore: true\n---\n{body}"
    );
    fs::write(&article, corrected).unwrap();
    let out = dir.path().join("public");
    built(&root, &out, &[]);
    let quotes = quote_triples(&out);
    assert!(quotes.iter().all(|q| q.0 != "a non-starter"));
    let mess = quotes.iter().find(|q| q.0 == "It is a mess,").unwrap();
    assert_eq!(mess.1, Value::from("Mary Quinn"));
    assert_eq!(quotes.len(), 6);
}

#[test]
fn default_dossier_quotes_have_their_speakers() {
    let (_dir, out) = build(Path::new(REPO));
    let quotes = json(&out, "quotes.json");
    let speech: Vec<&Value> = quotes.iter().filter(|q| q["kind"] == "speech").collect();
    assert_eq!(speech.len(), 10);
    let by_lavrov = speech
        .iter()
        .filter(|q| q["speaker"] == "Sergei Lavrov")
        .count();
    assert_eq!(by_lavrov, 5);
    let ushakov = speech
        .iter()
        .find(|q| q["text"].as_str().unwrap().starts_with("Rusia berniat"))
        .unwrap();
    assert_eq!(
        ushakov["speaker"], "Yuri Ushakov",
        "“Ia menambahkan” is the last speaker"
    );
}

#[test]
fn discovery_alone_finds_the_people_places_and_organisations_of_an_english_article() {
    let (_dir, out) = build(Path::new("tests/fixtures/entities"));
    let entities = json(&out, "entities.json");
    let of_kind = |kind: &str| -> Vec<String> {
        entities
            .iter()
            .filter(|e| e["kind"] == kind)
            .map(|e| e["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        of_kind("person"),
        ["Amadou Keita", "Ingrid Halvorsen", "Peter Vasquez"],
        "every person, and nobody else"
    );
    let places = of_kind("place");
    for place in ["Marlow", "Tarnby", "Brennick", "Oriel Delta"] {
        assert!(places.iter().any(|p| p == place), "{place} in {places:?}");
    }
    let organisations = of_kind("organization");
    for org in [
        "Red Crescent Society",
        "Ministry of Transport",
        "Delta Water Board",
    ] {
        assert!(
            organisations.iter().any(|o| o == org),
            "{org} in {organisations:?}"
        );
    }
    assert!(entities.iter().all(|e| e["curated"] == false));
}

#[test]
fn a_name_one_article_writes_once_is_a_person_when_another_establishes_it() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("dossier");
    let articles = root.join("content/articles");
    fs::create_dir_all(&articles).unwrap();
    fs::write(
        root.join("site.toml"),
        "title = \"Port\"\nlanguage = \"en\"\n",
    )
    .unwrap();
    let article = |name: &str, date: &str, body: &str| {
        let text = format!("---\ntitle: Port talks {name}\ndate: {date}\n---\n{body}\n");
        fs::write(articles.join(format!("{name}.md")), text).unwrap();
    };
    article(
        "a",
        "2024-03-01",
        "Transport Minister Halvard Brenne said the new port would open in May.",
    );
    article(
        "b",
        "2024-03-02",
        "When Halvard Brenne landed in Tarnby, the talks on the port began.",
    );
    article(
        "c",
        "2024-03-03",
        "When Osric Delamere landed in Tarnby, the talks on the dock began.",
    );
    let out = dir.path().join("public");
    let result = build_into(&root, &out, &[]);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let entities = json(&out, "entities.json");
    let brenne = (entities.iter())
        .find(|e| e["name"] == "Halvard Brenne")
        .unwrap_or_else(|| panic!("no Halvard Brenne in {entities:#?}"));
    assert_eq!(brenne["kind"], "person");
    assert_eq!(
        brenne["articles"].as_array().unwrap().len(),
        2,
        "the article that writes him once with nothing else counts too"
    );
    assert!(
        entities.iter().all(|e| e["name"] != "Osric Delamere"),
        "a name no article establishes stays out"
    );
}

#[test]
fn a_place_in_two_languages_and_a_body_with_its_abbreviation_are_one_entity_each() {
    let (_dir, out) = build(Path::new("tests/fixtures/names"));
    let entities = json(&out, "entities.json");
    let entity = |id: &str| -> &Value {
        let found = entities.iter().find(|e| e["id"] == id);
        found.unwrap_or_else(|| panic!("no entity {id} in {entities:#?}"))
    };
    let names = |e: &Value| -> Vec<String> {
        let aliases = e["aliases"].as_array().unwrap().iter();
        let names = std::iter::once(&e["name"]).chain(aliases);
        names.map(|n| n.as_str().unwrap().to_string()).collect()
    };
    let articles = |e: &Value| e["articles"].as_array().unwrap().len();

    let china = entity("china");
    assert_eq!(
        names(china),
        ["China", "Tiongkok"],
        "shown as most articles write it"
    );
    assert_eq!(articles(china), 3);
    assert_eq!(names(entity("north-korea")), ["North Korea", "DPRK"]);

    let commission = entity("kpk");
    assert_eq!(names(commission), ["KPK", "Komisi Pemberantasan Korupsi"]);
    assert_eq!(
        articles(commission),
        2,
        "the article with the abbreviation alone too"
    );
    assert_eq!(commission["kind"], "organization");
    let institute = entity("international-institute-for-port-governance");
    assert_eq!(names(institute)[1..], ["IIPG"]);
    assert_eq!(institute["mentions"], 3);
    let army = entity("tentara-nasional-indonesia");
    assert_eq!(names(army)[1..], ["TNI"]);
    assert!(
        entities.iter().all(|e| e["name"] != "Indonesia"),
        "a place inside a written-out name is part of it"
    );
    assert_eq!(
        entity("otoritas-pelabuhan-tanjung-perak")["kind"],
        "organization"
    );
}

#[test]
fn entity_pages_list_articles_quotes_and_co_named_entities() {
    let (_dir, out) = build(Path::new(REPO));
    let entities = json(&out, "entities.json");
    let lavrov = entities
        .iter()
        .find(|e| e["id"] == "sergei-lavrov")
        .unwrap();
    assert_eq!(lavrov["kind"], "person");
    assert_eq!(lavrov["curated"], true);
    assert_eq!(lavrov["articles"].as_array().unwrap().len(), 3);
    let page = read(&out.join("entities/sergei-lavrov/index.html"));
    assert!(page.contains("Menteri Luar Negeri Rusia sejak 2004."));
    assert!(page.contains("quote-card"), "his quotes are listed");
    assert!(
        page.contains("href=\"/entities/kim-jong-un/\""),
        "co-named entities"
    );
    let index = read(&out.join("entities/index.html"));
    assert!(index.find("id=\"person\"").unwrap() < index.find("id=\"place\"").unwrap());
    let quotes = json(&out, "quotes.json");
    assert!(quotes
        .iter()
        .filter(|q| q["speaker"] == "Sergei Lavrov")
        .all(|q| q["speaker_id"] == "sergei-lavrov"));
    let article = read(
        &out.join("articles/2018-05-31-kim-jong-un-bertemu-menlu-rusia-sebelum-temui/index.html"),
    );
    assert_eq!(
        article
            .matches("<a class=\"entity entity-person\" href=\"/entities/sergei-lavrov/\">")
            .count(),
        2,
        "the first mention in the body, and the list of the article's entities"
    );
}

#[test]
fn gazetteer_errors_are_reported_with_their_line() {
    let (dir, root) = copied_fixture("quotes");
    fs::write(
        root.join("content/entities.yaml"),
        "- name: Helen Okafor\n  kind: persn\n",
    )
    .unwrap();
    let result = build_into(&root, &dir.path().join("public"), &[]);
    assert!(!result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("content/entities.yaml:2:"), "{stderr}");
    assert!(stderr.contains("persn"), "{stderr}");
}

#[test]
fn two_outlets_reporting_one_meeting_make_one_event_and_another_story_stays_apart() {
    let (_dir, out) = build(Path::new("tests/fixtures/events"));
    let events = json(&out, "events.json");
    let on_the_day: Vec<&Value> = events
        .iter()
        .filter(|e| e["date"] == "2024-03-13")
        .collect();
    assert_eq!(on_the_day.len(), 2, "{on_the_day:#?}");
    let meeting = on_the_day
        .iter()
        .find(|e| {
            e["entities"]
                .as_array()
                .unwrap()
                .contains(&Value::from("lena-brandt"))
        })
        .unwrap();
    assert_eq!(meeting["articles"].as_array().unwrap().len(), 2);
    let festival = on_the_day.iter().find(|e| e != &meeting).unwrap();
    assert_eq!(festival["articles"].as_array().unwrap().len(), 1);
    assert!(
        events.iter().any(|e| e["date"] == "2024-04"),
        "“next month” is a month"
    );
}

#[test]
fn timeline_json_has_the_timelinejs3_fields_and_the_page_works_without_javascript() {
    let (_dir, out) = build(Path::new("tests/fixtures/events"));
    let timeline: Value = serde_json::from_str(&read(&out.join("data/timeline.json"))).unwrap();
    assert!(timeline["title"]["text"]["headline"].is_string());
    let events = timeline["events"].as_array().unwrap();
    assert_eq!(events.len(), 3 + 3, "three events and three publications");
    for event in events {
        let keys: Vec<&str> = event
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["group", "start_date", "text", "unique_id"]);
        assert!(event["start_date"]["year"].as_str().unwrap().len() == 4);
        assert!(event["text"]["headline"].is_string() && event["text"]["text"].is_string());
    }
    let day = events
        .iter()
        .find(|e| e["start_date"]["day"] == "13")
        .unwrap();
    assert_eq!(day["start_date"]["month"], "3");
    let month = events
        .iter()
        .find(|e| e["start_date"]["month"] == "4")
        .unwrap();
    assert!(
        month["start_date"].get("day").is_none(),
        "a month has no day"
    );

    let page = read(&out.join("timeline/index.html"));
    assert!(page.contains("<form id=\"timeline-filter\" class=\"timeline-filter\" hidden>"));
    assert!(page.contains("data-entities=\"kestra lena-brandt omar-haddad\""));
    assert!(page.contains("<option value=\"Valley Daily\">Valley Daily</option>"));
    assert!(page.contains("href=\"/articles/2024-03-15-brandt-and-haddad-hold-talks/#p-0\""));
    assert!(page.find("id=\"y2024\"").is_some());
    let home = read(&out.join("index.html"));
    assert!(home.contains("class=\"timeline-item timeline-event\""));
}

#[test]
fn default_dossier_timeline_has_the_reported_dates() {
    let (_dir, out) = build(Path::new(REPO));
    let events = json(&out, "events.json");
    let dates: Vec<&str> = events.iter().map(|e| e["date"].as_str().unwrap()).collect();
    for date in [
        "2018-05-31",
        "2018-06-12",
        "2019-02",
        "2019-04-25",
        "2023-10-19",
    ] {
        assert!(dates.contains(&date), "{date} in {dates:?}");
    }
    let vladivostok = events.iter().find(|e| e["date"] == "2019-04-25").unwrap();
    assert_eq!(
        vladivostok["articles"].as_array().unwrap().len(),
        2,
        "the meeting told by two outlets is one event"
    );
}

#[test]
fn articles_about_the_same_meetings_are_related_and_say_who_else_reported_them() {
    let (_dir, out) = build(Path::new(REPO));
    let articles = json(&out, "articles.json");
    let related_of = |prefix: &str| -> Vec<String> {
        articles
            .iter()
            .find(|a| a["slug"].as_str().unwrap().starts_with(prefix))
            .unwrap()["related"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        related_of("2019-04-24")[0].starts_with("2019-04-25"),
        "Vladivostok pair"
    );
    assert!(related_of("2019-04-25")[0].starts_with("2019-04-24"));
    assert!(
        related_of("2018-05-31")[0].starts_with("2018-06-01"),
        "May 2018 pair"
    );
    assert!(related_of("2018-06-01")[0].starts_with("2018-05-31"));

    let slug = "2019-04-24-rusia-pastikan-putin-dan-kim-bertemu-kamis-besok";
    let page = read(&out.join("articles").join(slug).join("index.html"));
    assert!(page.contains("id=\"also-reported-title\""));
    assert!(page.contains(
        "href=\"/articles/2019-04-25-bertemu-kim-jong-un-vladimir-putin-kami-bertukar/\""
    ));
    assert!(page.contains("id=\"linked-from-title\""), "backlinks");
    let markdown = read(&out.join("articles").join(slug).join("index.md"));
    assert!(markdown.contains("## Artikel terkait"));
    assert!(markdown.contains("](../2019-04-25-bertemu-kim-jong-un-vladimir-putin-kami-bertukar/)"));
}

#[test]
fn related_articles_an_editor_gives_are_kept_as_given_and_linked_where_they_exist() {
    let (dir, root) = copied_fixture("basic");
    let out = dir.path().join("public");
    assert!(build_into(&root, &out, &[]).status.success());
    let slug_of = |out: &Path, prefix: &str| -> String {
        json(out, "articles.json")
            .iter()
            .map(|a| a["slug"].as_str().unwrap().to_string())
            .find(|slug| slug.contains(prefix))
            .unwrap()
    };
    let dock = slug_of(&out, "dock");
    let talks_file = root.join("content/articles/talks-resume.md");
    let given = format!("tags: [strike, port]\nrelated: [no-such-article, {dock}]\n");
    fs::write(
        &talks_file,
        read(&talks_file).replace("tags: [strike, port]\n", &given),
    )
    .unwrap();
    assert!(build_into(&root, &out, &[]).status.success());
    let talks = slug_of(&out, "talks");
    let record = json(&out, "articles.json")
        .into_iter()
        .find(|a| a["slug"] == talks.as_str())
        .unwrap();
    assert_eq!(
        record["related"],
        serde_json::json!(["no-such-article", dock])
    );

    // A section of a page, from its heading's id to the section's end.
    let section_of = |page: &str, id: &str| -> String {
        let start = page.find(&format!("id=\"{id}\"")).unwrap_or(page.len());
        let end = start + page[start..].find("</section>").unwrap_or(0);
        page[start..end].to_string()
    };
    let page = read(&out.join("articles").join(&talks).join("index.html"));
    let related = section_of(&page, "related-title");
    assert_eq!(
        related.matches("class=\"card\"").count(),
        1,
        "a card for the article that exists, none for the one that does not"
    );
    assert!(related.contains(&format!("/articles/{dock}/")));
    assert!(!page.contains("no-such-article"));
    let dock_page = read(&out.join("articles").join(&dock).join("index.html"));
    assert!(
        section_of(&dock_page, "linked-from-title").contains(&format!("/articles/{talks}/")),
        "the article given as related links back"
    );

    let markdown = read(&out.join("articles").join(&talks).join("index.md"));
    let (front_matter, section) = markdown
        .split_once("<!-- dossier: related articles -->")
        .expect("a related section");
    assert!(
        front_matter.contains("related:\n- no-such-article\n- "),
        "kept as given"
    );
    assert!(section.contains(&format!("](../{dock}/)")));
    assert!(!section.contains("no-such-article"));
}

#[test]
fn one_statement_in_two_wordings_is_grouped_and_an_unrelated_quote_is_not() {
    let (_dir, out) = build(Path::new("tests/fixtures/variants"));
    let quotes = json(&out, "quotes.json");
    let by_start = |start: &str| {
        quotes
            .iter()
            .find(|q| q["text"].as_str().unwrap().starts_with(start))
            .unwrap()
    };
    let first = by_start("The grain corridor will reopen");
    let second = by_start("Once inspectors clear");
    assert_eq!(first["variants"], Value::from(vec![second["id"].clone()]));
    assert_eq!(second["variants"], Value::from(vec![first["id"].clone()]));
    for unrelated in ["Our farmers", "I will visit"] {
        assert_eq!(
            by_start(unrelated)["variants"],
            Value::from(Vec::<Value>::new())
        );
    }
    let page = read(&out.join("quotes/index.html"));
    assert!(
        page.contains("class=\"quote-variant\""),
        "shown side by side"
    );
}

#[test]
fn default_dossier_groups_the_sanctions_statement_reported_twice() {
    let (_dir, out) = build(Path::new(REPO));
    let quotes = json(&out, "quotes.json");
    let sanctions = quotes
        .iter()
        .find(|q| {
            q["text"]
                .as_str()
                .unwrap()
                .starts_with("Sangat jelas bahwa")
        })
        .unwrap();
    let other = sanctions["variants"].as_array().unwrap();
    assert_eq!(other.len(), 1);
    let variant = quotes.iter().find(|q| q["id"] == other[0]).unwrap();
    assert!(variant["text"]
        .as_str()
        .unwrap()
        .starts_with("Ketika kami memulai diskusi"));
    let grouped = quotes
        .iter()
        .filter(|q| !q["variants"].as_array().unwrap().is_empty())
        .count();
    assert_eq!(grouped, 2, "no other quotes are grouped");
}

#[test]
fn check_lists_spellings_and_dates_the_sources_disagree_on() {
    let (dir, root) = copied_fixture("events");
    fs::write(
        root.join("content/articles/d-gazette.txt"),
        "Border Talks Held\n\nMarch 16, 2024 9:00 AM GMT\n\nRIVA (Riva Gazette) - Foreign Minister Lena Brandt met her counterpart Omar Haddad at the Kestra border post on March 12, the first meeting of the two ministers since the ceasefire.\n",
    )
    .unwrap();
    let result = dossier(&["check", "--root", root.to_str().unwrap()]);
    assert!(result.status.success(), "warnings do not fail a check");
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(
        stderr.contains("d-gazette.txt: warning: one event is given different dates")
            || stderr.contains("a-wire.txt: warning: one event is given different dates"),
        "{stderr}"
    );
    assert!(
        stderr.contains("\"2024-03-12\"") && stderr.contains("\"2024-03-13\""),
        "{stderr}"
    );
    let out = dir.path().join("public");
    assert!(build_into(&root, &out, &[]).status.success());
    let page = read(&out.join("discrepancies/index.html"));
    assert!(page.contains("12 March 2024") && page.contains("13 March 2024"));

    let default = dossier(&["check", "--root", REPO]);
    let stderr = String::from_utf8_lossy(&default.stderr);
    assert!(
        stderr.contains("Sergei Lavrov is spelled differently"),
        "{stderr}"
    );
    assert!(stderr.contains("\"Sergey Lavrov\""));
}

#[test]
fn init_writes_a_dossier_that_builds_and_refuses_a_folder_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("new");
    let result = dossier(&["init", root.to_str().unwrap()]);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    for file in [
        "site.toml",
        "content/articles/example.txt",
        "content/entities.yaml",
        "templates/base.html",
        "static/css/style.css",
    ] {
        assert!(root.join(file).is_file(), "{file}");
    }
    let out = dir.path().join("public");
    assert!(build_into(&root, &out, &[]).status.success());
    let quotes = json(&out, "quotes.json");
    assert!(quotes.iter().any(|q| q["speaker"] == "Maria Lopez"));

    let again = dossier(&["init", root.to_str().unwrap()]);
    assert!(!again.status.success());
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(
        stderr.contains("error: the folder is not empty"),
        "{stderr}"
    );
    assert!(stderr.contains("--force"));
    fs::write(root.join("site.toml"), "title = \"edited\"\n").unwrap();
    let forced = dossier(&["init", "--force", root.to_str().unwrap()]);
    assert!(forced.status.success());
    assert!(read(&root.join("site.toml")).contains("My dossier"));
}

#[test]
fn import_writes_a_curated_article_and_keeps_an_edited_one() {
    let (dir, root) = copied_fixture("quotes");
    let capture = root.join("content/articles/reservoir-talks.txt");
    let into = dir.path().join("curated");
    let import = |extra: &[&str]| {
        let mut args = vec![
            "import",
            "--root",
            root.to_str().unwrap(),
            "--into",
            into.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        args.push(capture.to_str().unwrap());
        dossier(&args)
    };
    assert!(import(&[]).status.success());
    let curated = into.join("reservoir-talks.md");
    let text = read(&curated);
    assert!(text.starts_with("---\ntitle: Water Talks Stall as Valley Towns Trade Blame\n"));
    assert!(text.contains("  speaker: Helen Okafor\n"));
    assert!(text.contains("outlet: Valley Courier"));
    assert!(!text.contains("Advertisement") && !text.contains("Read also"));

    fs::write(&curated, text.replace("Talks over", "EDITED talks over")).unwrap();
    let refused = import(&[]);
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("already exists and may hold your edits"),
        "{stderr}"
    );
    assert!(read(&curated).contains("EDITED"));

    fs::remove_file(&capture).unwrap();
    fs::rename(&curated, root.join("content/articles/reservoir-talks.md")).unwrap();
    let out = dir.path().join("public");
    assert!(build_into(&root, &out, &[]).status.success());
    assert_eq!(
        json(&out, "quotes.json").len(),
        7,
        "the curated article keeps its quotes"
    );
}

#[test]
fn check_reports_broken_links_review_warnings_and_shows_the_offending_line() {
    let (_dir, root) = copied_fixture("basic");
    let page = root.join("content/pages/method.md");
    fs::write(
        &page,
        format!("{}\n\n[gone](/strike/nowhere/)\n", read(&page)),
    )
    .unwrap();
    let result = dossier(&["check", "--root", root.to_str().unwrap()]);
    assert!(!result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(
        stderr.contains("error: link to \"/strike/nowhere/\": the site has no nowhere/index.html"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: the check found 1 error(s)"),
        "{stderr}"
    );

    let article = root.join("content/articles/talks-resume.md");
    edit(&article, "author: Sam Doe", "author: [Sam Doe");
    let result = dossier(&["check", "--root", root.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("  5 | author: [Sam Doe\n"), "{stderr}");

    let default = dossier(&["check", "--root", REPO]);
    assert!(default.status.success());
    let stderr = String::from_utf8_lossy(&default.stderr);
    assert!(stderr
        .contains("001_bd2530ed4ebd0402.txt: warning: title inferred from the first sentence"));
    assert!(stderr.contains("warning: no speaker found for the quote \"peristiwa penting …\""));
}

/// A running `dossier serve`, stopped when dropped.
struct Server {
    child: std::process::Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(root: &Path) -> Server {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["serve", "--port", "0", "--root", root.to_str().unwrap()])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start serve");
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    let port = loop {
        let line = lines.next().expect("serve says where it listens").unwrap();
        if let Some(rest) = line.strip_prefix("serving http://127.0.0.1:") {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    std::thread::spawn(move || lines.for_each(drop));
    Server { child, port }
}

/// (status line, body) of a GET.
fn get(port: u16, path: &str) -> (String, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    (
        head.lines().next().unwrap_or_default().to_string(),
        body.to_string(),
    )
}

/// Polls until `check` holds, for at most ten seconds.
fn eventually(mut check: impl FnMut() -> bool) -> bool {
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(10) {
        if check() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    false
}

#[test]
fn serve_rebuilds_on_edit_tells_pages_to_reload_and_keeps_the_last_good_site() {
    use std::io::{BufRead, BufReader, Write};
    let (_dir, root) = copied_fixture("quotes");
    fs::create_dir_all(root.join("static")).unwrap();
    fs::write(root.join("static/extra.css"), "p { color: red }").unwrap();
    let server = serve(&root);
    let (status, home) = get(server.port, "/");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(
        home.contains("new EventSource(\"/__dossier/live\")"),
        "reload script in served pages"
    );

    let mut live = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(
        live,
        "GET /__dossier/live HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
    let mut events = BufReader::new(live.try_clone().unwrap());
    let mut line = String::new();
    while !line.starts_with(": connected") {
        line.clear();
        events.read_line(&mut line).unwrap();
    }

    let article = root.join("content/articles/reservoir-talks.txt");
    edit(
        &article,
        "Talks over the shared reservoir",
        "Negotiations over the shared reservoir",
    );
    assert!(
        eventually(|| get(server.port, "/").1.contains("Negotiations")),
        "the edit shows"
    );
    line.clear();
    while !line.starts_with("data:") {
        line.clear();
        events.read_line(&mut line).unwrap();
    }
    assert_eq!(line.trim(), "data: reload");

    edit(&article, "41 percent", "42 percent");
    let slug = json_from_served(server.port);
    assert!(
        eventually(|| get(server.port, &format!("/articles/{slug}/"))
            .1
            .contains("42 percent")),
        "a wording edit shows on the article's page"
    );

    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(
        root.join("templates/quotes.html"),
        "{% extends \"base.html\" %}{{ broken %}",
    )
    .unwrap();
    assert!(eventually(|| get(server.port, "/quotes/")
        .1
        .contains("id=\"dossier-error\"")));
    let (status, quotes) = get(server.port, "/quotes/");
    assert_eq!(
        status, "HTTP/1.1 200 OK",
        "the last good page is still served"
    );
    assert!(quotes.contains("templates/quotes.html:1:"));
    assert!(quotes.contains("speaker-helen-okafor"));

    assert_eq!(
        get(server.port, "/../etc/passwd").0,
        "HTTP/1.1 403 Forbidden"
    );
    assert_eq!(
        get(server.port, "/%2e%2e/%2e%2e/etc/passwd").0,
        "HTTP/1.1 403 Forbidden"
    );
    assert_eq!(get(server.port, "/nowhere/").0, "HTTP/1.1 404 Not Found");
    drop(live);
}

/// The slug of the first article of a served site.
fn json_from_served(port: u16) -> String {
    let (_, body) = get(port, "/data/articles.json");
    let articles: Vec<Value> = serde_json::from_str(&body).unwrap();
    articles[0]["slug"].as_str().unwrap().to_string()
}

#[test]
fn build_output_never_has_the_reload_script() {
    let (_dir, out) = build(Path::new("tests/fixtures/quotes"));
    for entry in walkdir::WalkDir::new(&out).into_iter().flatten() {
        if entry.path().extension().is_some_and(|e| e == "html") {
            assert!(
                !read(entry.path()).contains("__dossier"),
                "{}",
                entry.path().display()
            );
        }
    }
}

#[test]
fn timings_name_every_stage() {
    let dir = tempfile::tempdir().unwrap();
    let result = build_into(
        Path::new("tests/fixtures/quotes"),
        &dir.path().join("public"),
        &["--timings"],
    );
    assert!(result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    for stage in [
        "load",
        "clean",
        "annotate",
        "link",
        "render+write",
        "commit",
    ] {
        assert!(
            stderr.contains(&format!(" {stage} ")),
            "{stage} in {stderr}"
        );
    }
}

#[test]
fn feed_sitemap_and_json_ld_parse_and_list_every_article() {
    let (_dir, out) = build(Path::new("tests/fixtures/basic"));
    let articles = json(&out, "articles.json");
    let feed_text = read(&out.join("atom.xml"));
    let feed = roxmltree::Document::parse(&feed_text).expect("atom.xml is XML");
    let root = feed.root_element();
    assert_eq!(root.tag_name().name(), "feed");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    let entries: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("entry"))
        .collect();
    assert_eq!(entries.len(), articles.len());
    let ids: Vec<&str> = entries
        .iter()
        .map(|e| {
            e.children()
                .find(|n| n.has_tag_name("id"))
                .unwrap()
                .text()
                .unwrap()
        })
        .collect();
    assert!(
        ids.iter()
            .all(|id| id.starts_with("https://example.org/strike/articles/")),
        "{ids:?}"
    );
    let first_date = entries[0]
        .children()
        .find(|n| n.has_tag_name("updated"))
        .unwrap()
        .text()
        .unwrap();
    assert!(
        first_date.starts_with("2024-03-11"),
        "newest first: {first_date}"
    );

    let sitemap_text = read(&out.join("sitemap.xml"));
    let sitemap = roxmltree::Document::parse(&sitemap_text).expect("sitemap.xml is XML");
    let locs: Vec<&str> = sitemap
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    for article in &articles {
        let url = format!(
            "https://example.org/strike/articles/{}/",
            article["slug"].as_str().unwrap()
        );
        assert!(locs.contains(&url.as_str()), "{url} in sitemap");
    }
    assert!(!locs.iter().any(|l| l.contains("404")));
    assert!(
        read(&out.join("robots.txt")).contains("Sitemap: https://example.org/strike/sitemap.xml")
    );

    let slug = articles[0]["slug"].as_str().unwrap();
    let page = read(&out.join("articles").join(slug).join("index.html"));
    let start = page.find("<script type=\"application/ld+json\">").unwrap() + 35;
    let end = start + page[start..].find("</script>").unwrap();
    let jsonld: Value = serde_json::from_str(&page[start..end]).expect("JSON-LD parses");
    assert_eq!(jsonld["@type"], "NewsArticle");
    assert_eq!(jsonld["headline"], articles[0]["title"]);
    assert!(page.contains("<meta property=\"og:type\" content=\"article\">"));
}

#[test]
fn hostile_text_is_escaped_in_json_ld_feed_and_search_index() {
    let (dir, root) = copied_fixture("quotes");
    let article = root.join("content/articles/reservoir-talks.txt");
    let hostile = "Water Talks </script><script>alert(1)</script> & \"more\"";
    fs::write(
        &article,
        read(&article).replace("Water Talks Stall as Valley Towns Trade Blame", hostile),
    )
    .unwrap();
    let out = dir.path().join("public");
    assert!(build_into(&root, &out, &[]).status.success());
    let slug = json(&out, "articles.json")[0]["slug"]
        .as_str()
        .unwrap()
        .to_string();
    let page = read(&out.join("articles").join(&slug).join("index.html"));
    assert!(
        !page.contains("<script>alert(1)"),
        "no script from the text"
    );
    assert_eq!(
        page.matches("</script>").count(),
        page.matches("<script").count()
    );
    let feed = read(&out.join("atom.xml"));
    assert!(roxmltree::Document::parse(&feed).is_ok());
    assert!(!feed.contains("<script>"));
    let index: Value = serde_json::from_str(&read(&out.join("data/search.json"))).unwrap();
    assert!(index
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["title"].as_str().unwrap().contains("</script>")));
}

#[test]
fn the_search_index_holds_articles_quotes_and_entities() {
    let (_dir, out) = build(Path::new(REPO));
    let index: Vec<Value> = serde_json::from_str(&read(&out.join("data/search.json"))).unwrap();
    let kinds = |kind: &str| index.iter().filter(|i| i["kind"] == kind).count();
    assert_eq!(kinds("article"), 5);
    assert_eq!(kinds("quote"), json(&out, "quotes.json").len());
    assert_eq!(kinds("entity"), json(&out, "entities.json").len());
    let lavrov = index
        .iter()
        .find(|i| i["kind"] == "entity" && i["title"] == "Sergei Lavrov")
        .unwrap();
    assert_eq!(lavrov["url"], "/entities/sergei-lavrov/");
    assert!(read(&out.join("search/index.html")).contains("data-index=\"/data/search.json\""));
}

/// A plain static file server for `dir` mounted at `prefix` on a free loopback port.
fn static_server(dir: PathBuf, prefix: &'static str) -> u16 {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            let _ = reader.read_line(&mut line);
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
            let mut header = String::new();
            while reader.read_line(&mut header).unwrap_or(0) > 2 {
                header.clear();
            }
            let file = path.strip_prefix(prefix).map(|rest| {
                let rest = rest.split(['?', '#']).next().unwrap_or("");
                if rest.is_empty() || rest.ends_with('/') {
                    dir.join(rest).join("index.html")
                } else {
                    dir.join(rest)
                }
            });
            let mut stream = stream;
            match file.and_then(|f| fs::read(f).ok()) {
                Some(body) => {
                    let _ = write!(
                        stream,
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        body.len()
                    );
                    let _ = stream.write_all(&body);
                }
                None => {
                    let _ = write!(
                        stream,
                        "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    );
                }
            }
        }
    });
    port
}

#[test]
fn every_internal_link_and_asset_resolves_on_a_plain_static_server_under_a_sub_path() {
    let (_dir, out) = build(Path::new("tests/fixtures/basic"));
    let port = static_server(out.clone(), "/strike/");
    let mut queue = vec!["/strike/".to_string()];
    let mut seen = std::collections::BTreeSet::new();
    let mut broken = Vec::new();
    while let Some(url) = queue.pop() {
        if !seen.insert(url.clone()) {
            continue;
        }
        let (status, body) = get(port, &url);
        if status != "HTTP/1.1 200 OK" {
            broken.push(url);
            continue;
        }
        if !url.ends_with('/') && !url.ends_with(".html") {
            continue;
        }
        for attribute in ["href=\"", "src=\""] {
            for rest in body.split(attribute).skip(1) {
                let link = &rest[..rest.find('"').unwrap()];
                let link = link.split('#').next().unwrap();
                if link.is_empty()
                    || link.starts_with("https://example.org/")
                    || link.contains("://")
                {
                    continue;
                }
                assert!(
                    link.starts_with("/strike/"),
                    "{link} on {url} leaves the sub-path"
                );
                queue.push(link.to_string());
            }
        }
    }
    assert!(broken.is_empty(), "broken: {broken:?}");
    assert!(
        seen.len() > 20,
        "the crawl reached the site: {}",
        seen.len()
    );
}

#[test]
fn a_build_interrupted_or_killed_at_any_moment_leaves_the_previous_site_complete() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("dossier");
    assert!(dossier(&[
        "generate",
        root.to_str().unwrap(),
        "--articles",
        "800",
        "--captures"
    ])
    .status
    .success());
    let out = dir.path().join("public");
    assert!(build_into(&root, &out, &[]).status.success());
    let count = |path: &Path| {
        walkdir::WalkDir::new(path)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .count()
    };
    let complete = count(&out);
    let home = read(&out.join("index.html"));
    for delay_ms in [50, 150, 300, 450, 600, 800] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args([
                "build",
                "--quiet",
                "--root",
                root.to_str().unwrap(),
                "--output",
                out.to_str().unwrap(),
            ])
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        if delay_ms % 100 == 50 {
            // SIGINT, as Ctrl-C sends; the others are SIGKILL.
            // SAFETY: signalling our own child process by its id.
            unsafe {
                libc::kill(child.id() as libc::pid_t, libc::SIGINT);
            }
        } else {
            let _ = child.kill();
        }
        let _ = child.wait();
        assert_eq!(
            count(&out),
            complete,
            "killed after {delay_ms} ms: the site is complete"
        );
        assert_eq!(read(&out.join("index.html")), home);
    }
    assert!(build_into(&root, &out, &[]).status.success());
    let leftovers: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "the next build clears what killed builds left: {leftovers:?}"
    );
}

#[test]
fn a_script_url_is_refused_as_the_original_address() {
    let (dir, root) = copied_fixture("basic");
    let article = root.join("content/articles/talks-resume.md");
    edit(
        &article,
        "url: https://harbourherald.example/2024/03/11/talks-resume",
        "url: javascript:alert(1)",
    );
    let result = build_into(&root, &dir.path().join("public"), &[]);
    assert!(!result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("talks-resume.md:6:1: error: url \"javascript:alert(1)\" is not an http or https address"), "{stderr}");
}

/// One bad input: its name (and snapshot file) and how to break the dossier.
type BadInput = (&'static str, fn(&Path));

fn edit(path: &Path, from: &str, to: &str) {
    let text = read(path);
    assert!(text.contains(from), "{from:?} in {}", path.display());
    fs::write(path, text.replace(from, to)).unwrap();
}

const CURATED: &str = "content/articles/talks-resume.md";

const BAD_INPUTS: &[BadInput] = &[
    ("malformed_yaml", |r| {
        edit(&r.join(CURATED), "author: Sam Doe", "author: [Sam Doe")
    }),
    ("unclosed_front_matter", |r| {
        edit(
            &r.join(CURATED),
            "tags: [strike, port]\n---\n",
            "tags: [strike, port]\n",
        )
    }),
    ("wrong_field_type", |r| {
        edit(&r.join(CURATED), "tags: [strike, port]", "tags: {a: 1}")
    }),
    ("unknown_site_toml_key", |r| {
        edit(
            &r.join("site.toml"),
            "author = ",
            "colour = \"red\"\nauthor = ",
        )
    }),
    ("invalid_utf8", |r| {
        fs::write(r.join("content/articles/latin1.txt"), b"Caf\xe9 au lait\n").unwrap()
    }),
    ("binary_file", |r| {
        fs::write(
            r.join("content/articles/photo.txt"),
            b"\x89PNG\r\n\x1a\n\x00\x00",
        )
        .unwrap()
    }),
    ("empty_file", |r| {
        fs::write(r.join("content/articles/empty.txt"), "\n\n").unwrap()
    }),
    ("fifty_megabyte_article", |r| {
        fs::write(
            r.join("content/articles/huge.txt"),
            "kata ".repeat(10 << 20),
        )
        .unwrap()
    }),
    ("duplicate_slug", |r| {
        edit(
            &r.join(CURATED),
            "tags: [strike, port]",
            "tags: [strike, port]\nslug: the-same",
        );
        fs::write(
            r.join("content/articles/other.md"),
            "---\ntitle: Other\nslug: the-same\n---\n\nText.\n",
        )
        .unwrap();
    }),
    ("slug_path_escape", |r| {
        edit(
            &r.join(CURATED),
            "tags: [strike, port]",
            "tags: [strike, port]\nslug: ../../etc",
        )
    }),
    ("template_syntax_error", |r| {
        fs::write(
            r.join("templates/page.html"),
            "{% extends \"base.html\" %}\n{% block content %}{% if %}{% endblock content %}\n",
        )
        .unwrap()
    }),
    ("unknown_template_variable", |r| {
        fs::write(
            r.join("templates/page.html"),
            "{% extends \"base.html\" %}\n{% block content %}{{ nope }}{% endblock content %}\n",
        )
        .unwrap()
    }),
    ("missing_template", |r| {
        fs::write(
            r.join("templates/page.html"),
            "{% extends \"nowhere.html\" %}\n",
        )
        .unwrap()
    }),
    ("symlink_loop", |r| {
        std::os::unix::fs::symlink("..", r.join("content/articles/loop")).unwrap()
    }),
    ("entities_yaml_error", |r| {
        fs::write(
            r.join("content/entities.yaml"),
            "- name: Maria Lopez\n  kind: persn\n",
        )
        .unwrap()
    }),
    ("several_problems_at_once", |r| {
        edit(&r.join(CURATED), "author: Sam Doe", "author: [Sam Doe");
        fs::write(r.join("content/articles/empty.txt"), "").unwrap();
        fs::write(
            r.join("content/entities.yaml"),
            "- name: X\n  kind: persn\n",
        )
        .unwrap();
    }),
];

#[test]
fn every_bad_input_is_reported_exactly_and_the_last_site_kept() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut mismatches = Vec::new();
    for (name, break_it) in BAD_INPUTS {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("dossier");
        copy_dir(&Path::new(REPO).join("tests/fixtures/basic"), &root);
        let out = dir.path().join("public");
        assert!(build_into(&root, &out, &[]).status.success());
        let before = read(&out.join("index.html"));
        break_it(&root);
        let result = build_into(&root, &out, &[]);
        assert!(!result.status.success(), "{name}: the build must fail");
        assert_eq!(
            read(&out.join("index.html")),
            before,
            "{name}: the last site is kept"
        );
        let stderr =
            String::from_utf8_lossy(&result.stderr).replace(root.to_str().unwrap(), "<root>");
        let snapshot = Path::new(REPO).join(format!("tests/fixtures/invalid/{name}.stderr"));
        if update {
            fs::write(&snapshot, stderr.as_bytes()).unwrap();
        } else if fs::read_to_string(&snapshot).ok().as_deref() != Some(stderr.as_ref()) {
            mismatches.push(format!(
                "--- {name}: expected {}\n{stderr}",
                snapshot.display()
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "run with UPDATE_SNAPSHOTS=1 after checking:\n{}",
        mismatches.join("\n")
    );
}

#[test]
fn hostile_text_in_every_field_is_escaped_in_every_html_and_xml_output() {
    let (dir, root) = copied_fixture("basic");
    let attack = "<script>alert(1)</script>\" onmouseover=\"alert(2)";
    let curated = root.join(CURATED);
    edit(
        &curated,
        "title: Talks Resume as Strike Enters Second Week",
        &format!("title: '{attack}'"),
    );
    edit(&curated, "author: Sam Doe", &format!("author: '{attack}'"));
    edit(
        &curated,
        "tags: [strike, port]",
        &format!("tags: ['{attack}']\ndescription: '{attack}'"),
    );
    edit(
        &curated,
        "Negotiators for the union",
        &format!("Negotiators {attack} for the union"),
    );
    let capture = root.join("content/articles/dock-workers.txt");
    edit(
        &capture,
        "Union leader Maria Lopez said",
        &format!("\"{attack} we stay,\" said Maria Lopez. Union leader Maria Lopez said"),
    );
    edit(
        &capture,
        "Workers gather outside",
        &format!("Workers {attack} gather outside"),
    );
    fs::write(
        root.join("content/entities.yaml"),
        format!("- name: Maria Lopez\n  kind: person\n  description: '{attack}'\n  aliases: ['Lopez <b>x</b>']\n"),
    )
    .unwrap();
    let out = dir.path().join("public");
    built(&root, &out, &[]);
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(&out).into_iter().flatten() {
        let path = entry.path();
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(extension, "html" | "xml") {
            continue;
        }
        let text = read(path);
        checked += 1;
        assert!(
            !text.contains("<script>alert"),
            "script in {}",
            path.display()
        );
        let injected =
            text.matches("\" onmouseover=").count() - text.matches("\\\" onmouseover=").count();
        assert_eq!(
            injected,
            0,
            "attribute injection in {} (JSON-LD escapes \\\" are fine)",
            path.display()
        );
        assert!(!text.contains("<b>x</b>"), "markup in {}", path.display());
    }
    assert!(checked > 10);
}

#[test]
fn serve_answers_a_thousand_concurrent_requests_and_survives_clients_that_leave() {
    use std::io::Write;
    let (_dir, root) = copied_fixture("quotes");
    let server = serve(&root);
    let port = server.port;
    for _ in 0..50 {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        let _ = write!(stream, "GET /quotes/ HTTP/1.1\r\n");
        drop(stream);
    }
    let threads: Vec<_> = (0..1000)
        .map(|i| {
            std::thread::spawn(move || {
                let path = if i % 2 == 0 { "/" } else { "/quotes/" };
                get(port, path).0
            })
        })
        .collect();
    let ok = threads
        .into_iter()
        .map(|t| t.join().unwrap())
        .filter(|status| status == "HTTP/1.1 200 OK")
        .count();
    assert_eq!(ok, 1000);
    assert_eq!(get(port, "/").0, "HTTP/1.1 200 OK", "still serving");
}

#[test]
fn long_quote_timeline_and_entity_sections_are_split_into_linked_pages() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("dossier");
    assert!(
        dossier(&["generate", root.to_str().unwrap(), "--articles", "60"])
            .status
            .success()
    );
    let mut settings = read(&root.join("site.toml"));
    settings.push_str("quotes_per_page = 40\ntimeline_per_page = 80\nentity_items_per_page = 5\n");
    fs::write(root.join("site.toml"), settings).unwrap();

    // check follows every link and anchor: speakers' and events' links must
    // land on the page that holds them.
    let checked = dossier(&["check", "--root", root.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&checked.stderr);
    assert!(checked.status.success(), "{stderr}");
    assert!(!stderr.contains("link to "), "{stderr}");

    let out = dir.path().join("public");
    assert!(build_into(&root, &out, &[]).status.success());
    let quotes = json(&out, "quotes.json").len();
    let pages = |section: &str| {
        (1..)
            .take_while(|n| {
                let path = match n {
                    1 => out.join(section).join("index.html"),
                    n => out.join(format!("{section}/page/{n}/index.html")),
                };
                path.exists()
            })
            .count()
    };
    assert!(quotes > 80, "{quotes} quotes");
    assert!(
        pages("quotes") >= quotes / 40,
        "{} quote pages",
        pages("quotes")
    );
    assert!(
        pages("timeline") >= 3,
        "{} timeline pages",
        pages("timeline")
    );
    let first = read(&out.join("quotes/index.html"));
    assert!(first.contains("<nav class=\"pager\""));
    assert!(first.contains("href=\"/quotes/page/2/\""));
    let second = read(&out.join("timeline/page/2/index.html"));
    assert!(second.contains("rel=\"prev\" href=\"/timeline/\""));
    // An entity named in more than five articles has more pages; each lists
    // five articles at most.
    let busy = json(&out, "entities.json")
        .into_iter()
        .find(|e| e["articles"].as_array().unwrap().len() > 10)
        .unwrap();
    let id = busy["id"].as_str().unwrap();
    let page_two = read(&out.join(format!("entities/{id}/page/2/index.html")));
    assert_eq!(page_two.matches("<article class=\"card\">").count(), 5);
    assert!(page_two.contains(&format!("rel=\"prev\" href=\"/entities/{id}/\"")));
    // A quote appears on exactly one page of /quotes/.
    let id = json(&out, "quotes.json")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let holding = (1..=pages("quotes"))
        .filter(|n| {
            let path = match n {
                1 => out.join("quotes/index.html"),
                n => out.join(format!("quotes/page/{n}/index.html")),
            };
            read(&path).contains(&format!("#{id}\""))
        })
        .count();
    assert_eq!(holding, 1, "{id}");
}

#[test]
fn the_restyling_example_of_the_template_docs_works_as_described() {
    let (dir, root) = copied_fixture("entities");
    copy_dir(&Path::new(REPO).join("docs/examples/restyle"), &root);
    let out = dir.path().join("public");
    built(&root, &out, &[]);
    assert_eq!(
        read(&out.join("css/custom.css")),
        read(&Path::new(REPO).join("docs/examples/restyle/static/css/custom.css"))
    );
    let home = read(&out.join("index.html"));
    assert!(
        home.contains("href=\"/css/custom.css\""),
        "custom.css is linked"
    );
    let style = home.find("css/style.css").unwrap();
    assert!(
        home.find("css/custom.css").unwrap() > style,
        "after the theme's style.css"
    );
    assert!(
        home.contains("<p class=\"kicker\">"),
        "the card override is used"
    );
    // Without the example, custom.css is the theme's empty one, still linked.
    let (plain_dir, plain) = copied_fixture("entities");
    let plain_out = plain_dir.path().join("public");
    assert!(build_into(&plain, &plain_out, &[]).status.success());
    assert!(read(&plain_out.join("css/custom.css"))
        .trim_start()
        .starts_with("/*"));
    assert!(!read(&plain_out.join("index.html")).contains("class=\"kicker\""));
}

#[cfg(unix)]
#[test]
fn a_rebuild_links_unchanged_files_from_the_previous_site_and_writes_only_the_changed() {
    use std::os::unix::fs::MetadataExt;
    let (dir, root) = copied_fixture("basic");
    let out = dir.path().join("public");
    built(&root, &out, &[]);
    let inode = |path: &str| fs::metadata(out.join(path)).unwrap().ino();
    let capture = fs::read_dir(root.join("content/articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "txt"))
        .unwrap();
    let name = capture.file_name().unwrap().to_str().unwrap().to_string();
    let slug = json(&out, "articles.json")
        .into_iter()
        .find(|a| a["source_file"] == name.as_str())
        .unwrap()["slug"]
        .as_str()
        .unwrap()
        .to_string();
    let page = format!("articles/{slug}/index.html");
    let before = (inode("sources/index.html"), inode(&page));
    let style_before = read(&out.join("css/style.css"));
    // The dossier's own style.css replaces the theme's: written, not linked,
    // and the previous site's file is left as it was until the swap.
    fs::create_dir_all(root.join("static/css")).unwrap();
    fs::write(root.join("static/css/style.css"), "body { color: red; }\n").unwrap();
    let text = read(&capture).replacen(" the ", " THE ", 1);
    fs::write(&capture, text).unwrap();
    built(&root, &out, &[]);
    assert_eq!(
        inode("sources/index.html"),
        before.0,
        "an unchanged page is the same file"
    );
    assert_ne!(inode(&page), before.1, "a changed page is written anew");
    assert_eq!(read(&out.join("css/style.css")), "body { color: red; }\n");
    assert_ne!(style_before, "body { color: red; }\n");
}
