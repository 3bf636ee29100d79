//! The cleaner on each layout quirk, with captures written for the tests.

use std::path::PathBuf;

use super::*;
use crate::config::CleanSettings;
use crate::content::{ArticleFrontMatter, Source, SourceKind};

fn ctx() -> CleanContext {
    CleanContext {
        patterns: Patterns::new(&CleanSettings::default()),
        default_offset: Some(420),
        default_lang: "id".to_string(),
    }
}

fn capture(body: &str) -> Source {
    Source {
        path: PathBuf::from("content/articles/test.txt"),
        file_name: "test.txt".to_string(),
        front_matter: ArticleFrontMatter::default(),
        front_matter_text: String::new(),
        front_matter_line: 1,
        body: body.into(),
        kind: SourceKind::Capture,
    }
}

fn cleaned(body: &str) -> Article {
    clean(&capture(body), &ctx()).expect("clean")
}

/// Each caption's text and credit.
fn captions_and_credits(article: &Article) -> Vec<(&str, Option<&str>)> {
    (article.captions.iter())
        .map(|c| (c.text.as_str(), c.credit.as_deref()))
        .collect()
}

const HEADLINE_DATE_DATELINE: &str = "\
Menteri Pertanian Tinjau Panen Raya di Karawang

Senin, 3 Maret 2025 09:15 WIB

Petani memanen padi di sawah Karawang, 3 Maret 2025.[Nama Fotografer/Kantor Foto]

KABARKITA.COM, Karawang - Menteri Pertanian meninjau panen raya di Karawang pada Senin pagi. Ia didampingi bupati setempat.

Baca: Harga Beras Turun di Pasar Induk

Advertising
Advertising

Panen tahun ini diperkirakan naik sepuluh persen dibanding tahun lalu.

Berita terkait

Judul Berita Lain yang Tidak Berhubungan

2 jam lalu

Baca Selengkapnya
";

#[test]
fn headline_date_line_caption_and_dateline_are_taken_apart() {
    let article = cleaned(HEADLINE_DATE_DATELINE);
    assert_eq!(
        article.meta.title,
        "Menteri Pertanian Tinjau Panen Raya di Karawang"
    );
    assert!(!article.meta.title_inferred);
    assert_eq!(
        article.meta.published.unwrap().to_rfc3339(),
        "2025-03-03T09:15:00+07:00"
    );
    assert!(!article.meta.published_inferred);
    assert_eq!(article.meta.dateline.as_deref(), Some("Karawang"));
    assert_eq!(article.captions.len(), 1);
    assert_eq!(
        article.captions[0].credit.as_deref(),
        Some("Nama Fotografer/Kantor Foto")
    );
    assert_eq!(article.captions[0].position, 0);
    assert_eq!(
        article.paragraphs,
        vec![
            "Menteri Pertanian meninjau panen raya di Karawang pada Senin pagi. Ia didampingi bupati setempat.",
            "Panen tahun ini diperkirakan naik sepuluh persen dibanding tahun lalu.",
        ]
    );
}

#[test]
fn related_articles_tail_is_removed_entirely() {
    let article = cleaned(HEADLINE_DATE_DATELINE);
    let all = article.paragraphs.join(" ");
    for furniture in [
        "Berita terkait",
        "Judul Berita Lain",
        "jam lalu",
        "Baca Selengkapnya",
        "Advertising",
        "Harga Beras",
    ] {
        assert!(!all.contains(furniture), "{furniture} survived");
    }
}

/// A wire story as copied from an English news page: a menu, a headline in
/// sentence case, a byline, a date line, a dateline with the day, closing
/// credits, share buttons and a copyright line. Written for this test.
const WIRE_STORY: &str = "\
Skip to main content
World  Business  Markets  Sustainability  More
Advertisement
Ports reopen after storm as shipping firms count losses
By Jane Roe and Amir Khan
March 4, 2021 6:02 AM UTC Updated ago
MANILA, March 4 (Newswire) - Ports across the central Philippines reopened on Thursday after a storm forced shipping lines to halt services for three days.
\"We lost about a week of trade,\" said Maria Santos, who heads the shippers' association.
Reporting by Jane Roe in Manila; Editing by Tom Gray
Our Standards: The Trust Principles.
Facebook Twitter LinkedIn Email
© 2021 Newswire. All rights reserved.
";

#[test]
fn an_english_wire_story_keeps_only_its_body() {
    let article = cleaned(WIRE_STORY);
    assert_eq!(
        article.meta.title,
        "Ports reopen after storm as shipping firms count losses"
    );
    assert_eq!(
        article.meta.author.as_deref(),
        Some("Jane Roe and Amir Khan")
    );
    assert_eq!(
        article.meta.published.unwrap().to_rfc3339(),
        "2021-03-04T06:02:00+00:00"
    );
    assert_eq!(article.meta.dateline.as_deref(), Some("Manila"));
    assert_eq!(article.meta.outlet.as_deref(), Some("Newswire"));
    assert_eq!(
        article.paragraphs,
        vec![
            "Ports across the central Philippines reopened on Thursday after a storm forced shipping lines to halt services for three days.",
            "\"We lost about a week of trade,\" said Maria Santos, who heads the shippers' association.",
        ]
    );
}

/// An Indonesian portal's page: a breadcrumb, the outlet and a date in
/// figures, two credits on one line, a republication notice and tags.
const PORTAL_STORY: &str = "\
Beranda / Internasional / Asia
Menteri Luar Negeri Bertemu Mitra dari Vietnam di Hanoi
KabarKita.com - 07/02/2020, 16:45 WIB
Penulis: Dewi Lestari | Editor: Agus Salim
HANOI, KABARKITA.COM - Menteri Luar Negeri bertemu mitranya dari Vietnam di Hanoi, Jumat (7/2/2020).
Keduanya membahas perdagangan beras dan batas laut kedua negara.
Simak breaking news dan berita pilihan kami langsung di ponselmu.
Artikel ini telah tayang di KabarKita.com dengan judul \"Menteri Luar Negeri Bertemu Mitra dari Vietnam di Hanoi\".
Tag: Vietnam, Hanoi, perdagangan beras
";

#[test]
fn an_indonesian_portal_story_keeps_only_its_body() {
    let article = cleaned(PORTAL_STORY);
    assert_eq!(
        article.meta.title,
        "Menteri Luar Negeri Bertemu Mitra dari Vietnam di Hanoi"
    );
    assert_eq!(
        article.meta.published.unwrap().to_rfc3339(),
        "2020-02-07T16:45:00+07:00",
        "07/02/2020 is the 7th of February: day first"
    );
    assert!(!article.meta.published_inferred);
    assert_eq!(article.meta.author.as_deref(), Some("Dewi Lestari"));
    assert_eq!(article.meta.dateline.as_deref(), Some("Hanoi"));
    assert_eq!(
        article.paragraphs,
        vec![
            "Menteri Luar Negeri bertemu mitranya dari Vietnam di Hanoi, Jumat (7/2/2020).",
            "Keduanya membahas perdagangan beras dan batas laut kedua negara.",
        ]
    );
}

/// A portal page with its masthead above the headline, the writer and the
/// outlet on one line, a comment count, a dateline alone above the lead, a
/// teaser marker whose headline is on the next line, and a news agency's
/// story with the time before the date. Written for these tests.
const MASTHEAD_STORY: &str = "\
detikNews
Internasional
Menlu Bahas Krisis Myanmar dengan Menlu China
Andi Saputra - detikNews
Selasa, 13 Jul 2021 18:40 WIB
0 komentar
BAGIKAN
Jakarta -
Menteri Luar Negeri bertemu Menlu China di Beijing. Keduanya membahas situasi di Myanmar.
Baca juga:
Jokowi Minta Vaksinasi Dipercepat
Pemerintah akan menerima 10 juta dosis vaksin tambahan pekan depan.
(rdp/imk)
";

#[test]
fn the_masthead_above_the_lead_is_furniture_and_its_dateline_kept() {
    let article = cleaned(MASTHEAD_STORY);
    assert_eq!(
        article.meta.title,
        "Menlu Bahas Krisis Myanmar dengan Menlu China"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Andi Saputra"));
    assert_eq!(article.meta.outlet.as_deref(), Some("Detik"));
    assert_eq!(article.meta.dateline.as_deref(), Some("Jakarta"));
    assert_eq!(
        article.paragraphs,
        vec![
            "Menteri Luar Negeri bertemu Menlu China di Beijing. Keduanya membahas situasi di Myanmar.",
            "Pemerintah akan menerima 10 juta dosis vaksin tambahan pekan depan.",
        ]
    );
}

#[test]
fn a_time_before_the_date_and_a_rule_line_in_an_agency_story() {
    let body = "\
EU leaders agree on new sanctions
By Lorne Cook
Published 2:15 PM GMT+1, June 25, 2021
BRUSSELS (AP) — European Union leaders on Friday endorsed tough new economic sanctions.
___
";
    let article = cleaned(body);
    assert_eq!(article.meta.title, "EU leaders agree on new sanctions");
    assert_eq!(
        article.meta.published.unwrap().to_rfc3339(),
        "2021-06-25T14:15:00+01:00"
    );
    assert_eq!(article.meta.dateline.as_deref(), Some("Brussels"));
    assert_eq!(
        article.paragraphs,
        vec!["European Union leaders on Friday endorsed tough new economic sanctions."]
    );
}

#[test]
fn a_credit_label_at_the_top_is_a_byline_and_only_after_the_body_a_sign_off() {
    let body = "\
Harga Beras Naik Menjelang Lebaran
Editor: Agus Salim
Harga beras di pasar induk naik lima persen dalam sepekan terakhir.
Pedagang menyebut pasokan dari daerah berkurang.
Editor: Agus Salim
Judul lain yang bukan bagian berita
";
    let article = cleaned(body);
    assert_eq!(article.meta.title, "Harga Beras Naik Menjelang Lebaran");
    assert_eq!(
        article.paragraphs,
        vec![
            "Harga beras di pasar induk naik lima persen dalam sepekan terakhir.",
            "Pedagang menyebut pasokan dari daerah berkurang.",
        ]
    );
}

#[test]
fn capture_starting_with_a_duplicated_caption() {
    let body = "\
Warga berkumpul di alun-alun kota, 1 Mei 2024. (Foto: Kantor Berita/ABC)
Warga berkumpul di alun-alun kota, 1 Mei 2024. (Foto: Kantor Berita/ABC)

Ribuan Warga Rayakan Hari Buruh

Nasional buruh demo
Rina Putri • 1 Mei 2024 14:05
Surabaya: Ribuan warga berkumpul di alun-alun kota untuk merayakan Hari Buruh.

Acara berlangsung tertib hingga sore hari.

(RIN)
FOLLOW US
Ikuti media sosial kabarkita.com dan dapatkan berita terbaru
";
    let article = cleaned(body);
    assert_eq!(
        article.captions.len(),
        1,
        "the duplicate caption is kept once"
    );
    assert_eq!(article.meta.title, "Ribuan Warga Rayakan Hari Buruh");
    assert_eq!(article.meta.author.as_deref(), Some("Rina Putri"));
    assert_eq!(
        article.meta.published.unwrap().to_rfc3339(),
        "2024-05-01T14:05:00+07:00"
    );
    assert_eq!(article.meta.dateline.as_deref(), Some("Surabaya"));
    assert_eq!(article.paragraphs.len(), 2);
    assert!(article.paragraphs[0].starts_with("Ribuan warga"));
    assert!(!article.paragraphs.join(" ").contains("RIN"));
}

#[test]
fn outlet_is_found_in_a_footer_domain_when_there_is_no_outlet_dateline() {
    let body = "\
Judul Berita Contoh Hari Ini

Medan: Warga kota menyambut baik rencana pembangunan jembatan baru itu.

Ikuti media sosial medcom.id dan dapatkan berbagai keuntungan
";
    assert_eq!(cleaned(body).meta.outlet.as_deref(), Some("Medcom"));
}

#[test]
fn capture_with_no_title_line_gets_an_inferred_title_and_date() {
    let body = "\
Bandung: Gubernur Jawa Barat meresmikan jalan tol baru pada Selasa 4 Juni 2024.



Peresmian dihadiri ratusan warga. Jalan itu dibangun sejak 2 Januari 2022.



(ABC)
";
    let article = cleaned(body);
    assert!(article.meta.title_inferred);
    assert_eq!(
        article.meta.title,
        "Gubernur Jawa Barat meresmikan jalan tol baru pada Selasa 4 Juni 2024"
    );
    assert!(article.meta.published_inferred);
    assert_eq!(article.meta.published.unwrap().to_rfc3339(), "2024-06-04");
    assert_eq!(article.meta.outlet, None, "no outlet is invented");
    assert_eq!(article.meta.dateline.as_deref(), Some("Bandung"));
    assert_eq!(article.paragraphs.len(), 2);
}

#[test]
fn long_lead_sentences_are_shortened_with_an_ellipsis_never_rewritten() {
    let body = "The committee of the regional parliament approved the long awaited budget for schools and hospitals on Monday after weeks of debate.";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "The committee of the regional parliament approved the long awaited budget for …"
    );
    assert_eq!(article.meta.lang, "en");
}

#[test]
fn furniture_lines_repeated_between_paragraphs_are_dropped() {
    let body = "\
Baca berita dengan sedikit iklan, klik di sini
KABARKITA.COM, Jakarta - Paragraf pembuka berita tentang rapat kabinet hari ini.
Baca berita dengan sedikit iklan, klik di sini
Paragraf kedua yang menjelaskan hasil rapat.
Dukung jurnalisme kami
Paragraf ketiga dengan rincian lain.
Dukung jurnalisme kami
Paragraf keempat.
Dukung jurnalisme kami
";
    let article = cleaned(body);
    assert_eq!(article.paragraphs.len(), 4);
    let all = article.paragraphs.join(" ");
    assert!(!all.contains("sedikit iklan") && !all.contains("Dukung jurnalisme"));
    assert_eq!(article.meta.dateline.as_deref(), Some("Jakarta"));
}

#[test]
fn inline_teaser_inside_a_paragraph_is_cut_and_the_paragraph_kept() {
    let body = "Dua pihak membahas situasi terkini di kawasan itu. Baca juga: Menteri Bahas Rencana Pertemuan A-B.\n\nParagraf berikutnya tetap ada.";
    let article = cleaned(body);
    assert_eq!(
        article.paragraphs[0],
        "Dua pihak membahas situasi terkini di kawasan itu."
    );
    assert_eq!(article.paragraphs[1], "Paragraf berikutnya tetap ada.");
}

#[test]
fn a_caption_in_the_middle_keeps_its_place() {
    let body = "Satu dua tiga empat lima enam tujuh.\n\nOrang-orang berjalan di pasar. Budi Santoso/Pool via REUTERS\n\nParagraf kedua.";
    let article = cleaned(body);
    assert_eq!(article.captions[0].position, 1);
    assert_eq!(
        article.captions[0].credit.as_deref(),
        Some("Budi Santoso/Pool via REUTERS")
    );
    assert_eq!(article.paragraphs.len(), 2);
}

#[test]
fn front_matter_wins_over_what_the_text_says() {
    let mut source = capture(HEADLINE_DATE_DATELINE);
    source.front_matter.title = Some("Judul dari Editor".into());
    source.front_matter.date = Some("2025-03-04".into());
    source.front_matter.outlet = Some("Koran Lain".into());
    let article = clean(&source, &ctx()).unwrap();
    assert_eq!(article.meta.title, "Judul dari Editor");
    assert_eq!(article.meta.published.unwrap().to_rfc3339(), "2025-03-04");
    assert_eq!(article.meta.outlet.as_deref(), Some("Koran Lain"));
}

#[test]
fn bad_front_matter_values_are_errors_at_their_key() {
    let mut source = capture("Isi.");
    source.front_matter_text = "title: A\ndate: kemarin\nslug: ../../etc\n".into();
    source.front_matter_line = 2;
    source.front_matter.date = Some("kemarin".into());
    source.front_matter.slug = Some("../../etc".into());
    let problems = clean(&source, &ctx()).unwrap_err();
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        text[0].starts_with("content/articles/test.txt:3:1: error: date \"kemarin\""),
        "{}",
        text[0]
    );
    assert!(
        text[1].starts_with("content/articles/test.txt:4:1: error: slug \"../../etc\""),
        "{}",
        text[1]
    );
}

#[test]
fn markdown_articles_take_their_title_from_a_heading() {
    let mut source =
        capture("# A Heading\n\nFirst paragraph.\n\n```rust\nfn main() {}\n\nlet x = 1;\n```\n");
    source.kind = SourceKind::Markdown;
    let article = clean(&source, &ctx()).unwrap();
    assert_eq!(article.meta.title, "A Heading");
    assert_eq!(
        article.paragraphs.len(),
        2,
        "a fenced block with a blank line stays one block"
    );
}

#[test]
fn first_sentence_skips_abbreviations_followed_by_lower_case() {
    assert_eq!(first_sentence("Dr. mutu tinggi. Lalu"), "Dr. mutu tinggi.");
    assert_eq!(first_sentence("Satu kalimat saja"), "Satu kalimat saja");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// A body sentence: a capital, eight or more words, a full stop.
    fn sentence() -> impl Strategy<Value = String> {
        "[A-Z][a-z]{2,9}( [a-z]{2,9}){8,20}\\."
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn cleaning_any_text_never_panics(body in "\\PC{0,600}") {
            let _ = clean(&capture(&body), &ctx());
        }

        #[test]
        fn cleaning_lines_of_any_shape_never_panics(lines in prop::collection::vec("[ -~]{0,80}", 0..30)) {
            let _ = clean(&capture(&lines.join("\n")), &ctx());
        }

        #[test]
        fn annotating_text_full_of_quote_marks_never_panics(
            lines in prop::collection::vec("[A-Za-z0-9“”«»\"'‘’.,:;!? -]{0,120}", 1..12),
        ) {
            let body = lines.join("\n");
            if let Ok(article) = clean(&capture(&body), &ctx()) {
                let gazetteer = crate::annotate::Gazetteer::new(&[]);
                let annotated = crate::annotate::annotate(article, &gazetteer);
                for quote in &annotated.quotes {
                    let paragraph = &annotated.article.paragraphs[quote.paragraph];
                    prop_assert!(quote.span.clone().is_none_or(|s| s.end <= paragraph.len()));
                }
            }
        }

        #[test]
        fn body_paragraphs_survive_the_furniture_around_them(
            paragraphs in prop::collection::vec(sentence(), 1..8),
            furniture in prop::sample::subsequence(
                vec!["Advertisement", "Baca juga: Judul Lain Yang Menarik", "Scroll to continue with content", "Iklan"],
                0..4,
            ),
        ) {
            let mut lines: Vec<String> = Vec::new();
            for (i, paragraph) in paragraphs.iter().enumerate() {
                if let Some(noise) = furniture.get(i) {
                    lines.push(noise.to_string());
                }
                lines.push(paragraph.clone());
            }
            let article = cleaned(&lines.join("\n\n"));
            let kept = article.paragraphs.join("\n");
            for paragraph in &paragraphs {
                prop_assert!(kept.contains(paragraph.as_str()), "lost {paragraph:?} from {kept:?}");
            }
            for noise in &furniture {
                prop_assert!(!kept.contains(noise), "kept furniture {noise:?}");
            }
        }
    }
}

#[test]
fn a_broadcaster_page_with_a_masthead_a_labelled_caption_and_a_topics_tail() {
    let body = "\
Skip to content
Harbour Radio Homepage
News Sport Weather
Port workers vote to end strike after pay deal
By Mara Quist, Business correspondent
12 March 2023
Image caption, Dockers gathered outside the union hall (centre) on Monday
Image source, Agency Photos
Port workers in Eastmouth have voted to end a three-week strike after accepting a new pay offer.
The union said the deal would be signed on Friday.
Related Topics
Eastmouth
More on this story
Dockers reject first offer
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Port workers vote to end strike after pay deal"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Mara Quist"));
    let captions: Vec<&str> = article.captions.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        captions,
        ["Dockers gathered outside the union hall (centre) on Monday"]
    );
    assert_eq!(
        article.paragraphs,
        vec![
            "Port workers in Eastmouth have voted to end a three-week strike after accepting a new pay offer.",
            "The union said the deal would be signed on Friday.",
        ]
    );
}

#[test]
fn a_headline_may_open_like_a_dateline_and_a_lead_may_not_be_the_headline() {
    let body = "\
Kabar Harian
Menlu Retno: Indonesia Siap Jadi Jembatan Dialog
Rabu, 15 Mar 2023 09:45 WIB
Jakarta: Menteri Luar Negeri Retno Marsudi menyebut Indonesia siap menjadi jembatan dialog.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Menlu Retno: Indonesia Siap Jadi Jembatan Dialog"
    );
    assert_eq!(article.meta.dateline.as_deref(), Some("Jakarta"));
    assert_eq!(
        article.paragraphs,
        vec!["Menteri Luar Negeri Retno Marsudi menyebut Indonesia siap menjadi jembatan dialog."]
    );
}

#[test]
fn a_date_line_above_the_headline_leaves_the_headline_to_be_found() {
    let body = "\
Kabar
Kamis, 31 Mei 2018 20:25 WIB
Harga Cabai Turun di Pasar Induk
Harga cabai rawit di pasar induk turun sepuluh persen dalam sepekan terakhir.
";
    let article = cleaned(body);
    assert_eq!(article.meta.title, "Harga Cabai Turun di Pasar Induk");
}

#[test]
fn an_outlet_named_in_the_masthead_dateline_and_copyright_is_no_headline() {
    let body = "\
CNN Indonesia
Selasa, 25 Apr 2019 14:20 WIB
Internasional
Petani Karawang Mulai Panen Raya Pekan Ini
Jakarta, CNN Indonesia --
Petani di Karawang mulai memanen padi pada pekan ini setelah hujan reda.
(abc/def)
Copyright © 2019 CNN Indonesia
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Petani Karawang Mulai Panen Raya Pekan Ini"
    );
    assert_eq!(article.meta.outlet.as_deref(), Some("CNN Indonesia"));
    assert_eq!(article.meta.dateline.as_deref(), Some("Jakarta"));
    assert_eq!(
        article.paragraphs,
        vec!["Petani di Karawang mulai memanen padi pada pekan ini setelah hujan reda."]
    );
    let copyright_only = "\
Petani Karawang Mulai Panen Raya Pekan Ini
Petani di Karawang mulai memanen padi pada pekan ini setelah hujan reda.
Copyright © 2019 CNN Indonesia
";
    assert_eq!(
        cleaned(copyright_only).meta.outlet.as_deref(),
        Some("CNN Indonesia")
    );
}

#[test]
fn a_standfirst_and_an_unlabelled_byline_sit_between_headline_and_date() {
    let body = "\
The Guardian - Back to home
World
Port workers end strike after three weeks
Union accepts a new pay offer, as the port's owners warn of losses from the stoppage
Jane Roe in Eastmouth and John Doe
Wed 13 Sep 2023 10.25 BST
Port workers in Eastmouth have voted to end a three-week strike after accepting a new pay offer.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Port workers end strike after three weeks"
    );
    assert_eq!(
        article.meta.author.as_deref(),
        Some("Jane Roe and John Doe")
    );
    assert_eq!(article.meta.outlet.as_deref(), Some("The Guardian"));
    assert_eq!(
        article.meta.published.map(|p| calendar::iso_day(p.date)),
        Some("2023-09-13".to_string())
    );
    assert_eq!(
        article.paragraphs[0],
        "Union accepts a new pay offer, as the port's owners warn of losses from the stoppage"
    );
}

#[test]
fn a_teaser_mid_article_does_not_end_it_though_its_marker_alone_would() {
    let body = "\
Menteri Pertanian Tinjau Panen Raya di Karawang
Senin, 3 Maret 2025 09:15 WIB
Menteri Pertanian meninjau panen raya di Karawang pada Senin pagi bersama bupati.
Pilihan Editor: Harga Beras Turun di Pasar Induk
Panen tahun ini diperkirakan naik sepuluh persen dibanding tahun lalu.
Pilihan Editor
Judul Berita Lain yang Tidak Berhubungan
";
    let article = cleaned(body);
    assert_eq!(
        article.paragraphs,
        vec![
            "Menteri Pertanian meninjau panen raya di Karawang pada Senin pagi bersama bupati.",
            "Panen tahun ini diperkirakan naik sepuluh persen dibanding tahun lalu.",
        ]
    );
}

#[test]
fn wire_layouts_a_country_after_the_dateline_a_name_in_capitals_and_a_closing_author() {
    let body = "\
AP NEWS
Port workers end strike after three weeks
By JANE ROE
Updated 2:47 PM GMT+7, September 13, 2023
EASTMOUTH, Northland (AP) — Port workers in Eastmouth have voted to end a three-week strike.
___
Wire writer John Doe in Westport contributed to this report.
";
    let article = cleaned(body);
    assert_eq!(article.meta.dateline.as_deref(), Some("Eastmouth"));
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    assert_eq!(
        article.paragraphs,
        vec!["Port workers in Eastmouth have voted to end a three-week strike."]
    );
    let body = "\
Warta Kota
Petani Karawang Mulai Panen Raya Pekan Ini
Kamis, 14 September 2023 16:05 WIB
Karawang (ANTARA) - Petani di Karawang mulai memanen padi pada pekan ini setelah hujan reda.
Pewarta: Rina Astuti
Editor: Budi Santoso
";
    let article = cleaned(body);
    assert_eq!(article.meta.author.as_deref(), Some("Rina Astuti"));
    assert_eq!(article.meta.outlet.as_deref(), Some("Antara"));
}

#[test]
fn a_sentence_case_headline_above_a_standfirst_that_ends_as_a_sentence() {
    let body = "\
News|Politics
Port workers end strike after three weeks of talks
Union accepts a new pay offer as the owners warn of losses from the stoppage.
Published On 15 Sep 2023
Port workers in Eastmouth have voted to end a three-week strike after accepting a new pay offer.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Port workers end strike after three weeks of talks"
    );
    assert!(!article.meta.title_inferred);
    assert_eq!(article.meta.author, None, "'On' is no author");
}

#[test]
fn a_standfirst_above_the_byline_and_a_dateline_under_a_caption() {
    let body = "\
Harian Pelabuhan
Asia Pacific
Port Workers End Strike After Three Weeks
The union accepted a new pay offer, and the owners warned of losses from the stoppage.
By Jane Roe
Sept. 12, 2023
Port workers in Eastmouth have voted to end a three-week strike.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Port Workers End Strike After Three Weeks"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    let body = "\
Petani Karawang Mulai Panen Raya Pekan Ini
Rep: Rina Astuti/ Red: Budi Santoso
Jumat 20 Oct 2023 11:23 WIB
Petani memanen padi di sawah di pinggir kota Karawang.
KABARKITA.COM, KARAWANG -- Petani di Karawang mulai memanen padi pada pekan ini.
";
    let article = cleaned(body);
    assert_eq!(article.meta.author.as_deref(), Some("Rina Astuti"));
    assert_eq!(article.meta.dateline.as_deref(), Some("Karawang"));
    assert_eq!(
        article.paragraphs,
        vec![
            "Petani memanen padi di sawah di pinggir kota Karawang.",
            "Petani di Karawang mulai memanen padi pada pekan ini."
        ]
    );
}

#[test]
fn a_wire_agency_page_with_a_tagged_headline_and_a_rubric_before_the_time() {
    let body = "\
Yonhap News Agency
NATIONAL
Economy
All News
(LEAD) Port workers end strike after three weeks
All News 10:21 September 12, 2023
(ATTN: UPDATES with details in paras 2-3)
BUSAN, Sept. 12 (Yonhap) -- Port workers in Busan voted Tuesday to end a three-week strike.
The union said the new pay offer was accepted by a wide margin.
jroe@yna.co.kr
(END)
Keywords
#strike #Busan
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Port workers end strike after three weeks"
    );
    let published = article.meta.published.expect("date line");
    assert_eq!(published.date.to_string(), "2023-09-12");
    assert_eq!(
        published.time.map(|t| t.to_string()).as_deref(),
        Some("10:21:00")
    );
    assert_eq!(article.meta.outlet.as_deref(), Some("Yonhap"));
    assert_eq!(article.meta.dateline.as_deref(), Some("Busan"));
    assert_eq!(
        article.paragraphs,
        vec![
            "Port workers in Busan voted Tuesday to end a three-week strike.",
            "The union said the new pay offer was accepted by a wide margin."
        ]
    );
}

#[test]
fn a_byline_with_the_outlet_in_brackets_a_placed_date_line_and_a_credited_caption() {
    let body = "\
The Jakarta Post
Sign In
Subscribe
Business
Port workers end strike after three weeks
The union accepted a new pay offer, and the owners warned of losses from the stoppage.
Jane Roe (The Jakarta Post)
Jakarta ● Thu, September 14, 2023
Share This Article
Change Size
Dockers leave the port of Tanjung Priok in Jakarta on Sept. 13, 2023. (Antara/John Doe)
Port workers in Jakarta voted on Thursday to end a three-week strike.
Copyright 2023 The Jakarta Post. All rights reserved.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Port workers end strike after three weeks"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    assert_eq!(article.meta.outlet.as_deref(), Some("The Jakarta Post"));
    let published = article.meta.published.expect("date line");
    assert_eq!(published.date.to_string(), "2023-09-14");
    assert_eq!(article.captions.len(), 1);
    assert_eq!(
        article.captions[0].credit.as_deref(),
        Some("Antara/John Doe")
    );
    assert_eq!(
        article.paragraphs.last().map(String::as_str),
        Some("Port workers in Jakarta voted on Thursday to end a three-week strike.")
    );
    assert!(!article
        .paragraphs
        .iter()
        .any(|p| p.contains("Change Size") || p.contains("Sign In") || p.contains("Antara")));
}

#[test]
fn a_photo_source_line_and_a_caption_label_alone_before_the_caption() {
    let body = "\
Lompat ke konten
BBC News, Indonesia
Pekerja pelabuhan akhiri mogok setelah tiga pekan
14 September 2023
Sumber gambar, Reuters
Keterangan gambar,
Para pekerja meninggalkan pelabuhan pada Rabu sore.
Para pekerja pelabuhan di Surabaya sepakat mengakhiri mogok kerja pada Rabu.
Artikel ini termasuk konten yang disediakan Google YouTube. Kami meminta izin Anda sebelum ada yang dimuat.
Lompati Youtube pesan, 1
Akhir dari Youtube pesan, 1
Serikat pekerja menerima tawaran upah yang baru.
Berita terkait
";
    let article = cleaned(body);
    assert_eq!(article.meta.outlet.as_deref(), Some("BBC"));
    assert_eq!(article.captions.len(), 1);
    assert_eq!(
        article.captions[0].text,
        "Para pekerja meninggalkan pelabuhan pada Rabu sore."
    );
    assert_eq!(article.captions[0].credit.as_deref(), Some("Reuters"));
    assert_eq!(
        article.paragraphs,
        vec![
            "Para pekerja pelabuhan di Surabaya sepakat mengakhiri mogok kerja pada Rabu.",
            "Serikat pekerja menerima tawaran upah yang baru."
        ]
    );
}

#[test]
fn a_caption_under_the_byline_and_the_writer_s_address_after_the_body() {
    let body = "\
The Korea Herald
National
Port workers end strike after three weeks
Published : Sept. 13, 2023 - 18:35
By Jane Roe
Dockers leave the port in Busan on Wednesday. (Yonhap)
Port workers in Busan voted on Wednesday to end a three-week strike.
jroe@heraldcorp.com
By Jane Roe (jroe@heraldcorp.com)
Most Popular
";
    let article = cleaned(body);
    assert_eq!(article.meta.outlet.as_deref(), Some("The Korea Herald"));
    assert_eq!(article.captions.len(), 1);
    assert_eq!(article.captions[0].credit.as_deref(), Some("Yonhap"));
    assert_eq!(
        article.paragraphs,
        vec!["Port workers in Busan voted on Wednesday to end a three-week strike."]
    );
}

#[test]
fn the_editors_initials_after_the_last_sentence_and_a_portal_s_tail() {
    let body = "\
VOA Indonesia
Pekerja Pelabuhan Akhiri Mogok
13 September 2023
Para pekerja pelabuhan di Surabaya sepakat mengakhiri mogok kerja pada Rabu.
Mogok itu berlangsung tiga pekan. (ab/cd)
Forum
Lihat komentar
Terkait
Serikat Pekerja Terima Tawaran Upah
Paling Populer
";
    let article = cleaned(body);
    assert_eq!(article.meta.outlet.as_deref(), Some("VOA Indonesia"));
    assert_eq!(
        article.paragraphs,
        vec![
            "Para pekerja pelabuhan di Surabaya sepakat mengakhiri mogok kerja pada Rabu.",
            "Mogok itu berlangsung tiga pekan."
        ]
    );
}

#[test]
fn a_wire_tag_is_taken_off_the_headline_and_nothing_else() {
    assert_eq!(without_wire_tag("(LEAD) Kim arrives"), "Kim arrives");
    assert_eq!(without_wire_tag("(2nd LD) Kim arrives"), "Kim arrives");
    assert_eq!(without_wire_tag("(URGENT) Kim arrives"), "Kim arrives");
    assert_eq!(
        without_wire_tag("(Video) Kim arrives"),
        "(Video) Kim arrives"
    );
    assert_eq!(without_wire_tag("(LEAD)"), "(LEAD)");
    assert_eq!(without_wire_tag("Kim (LEAD) arrives"), "Kim (LEAD) arrives");
}

#[test]
fn a_masthead_names_its_outlet_with_the_words_it_adds() {
    let patterns = Patterns::new(&CleanSettings::default());
    assert_eq!(
        patterns.outlet_named("Yonhap News Agency").as_deref(),
        Some("Yonhap")
    );
    assert_eq!(
        patterns.outlet_named("BBC News, Indonesia").as_deref(),
        Some("BBC")
    );
    assert_eq!(
        patterns.outlet_named("CNN Indonesia").as_deref(),
        Some("CNN Indonesia")
    );
    assert_eq!(patterns.outlet_named("Indonesia"), None);
}

#[test]
fn agencies_credited_under_a_headline_with_a_standfirst_of_two_lines() {
    let body = "\
Daily Courier
Subscribe
Asia / East Asia
Leaders discuss port deal at shipyard as neighbours warn of new tariffs
Minister tells rival that the region faces a 'hard winter' for trade
Officials say any deal would need a vote in both parliaments this year
Reuters and Agence France-Presse
Published: 8:17pm, 13 Sep, 2023
The two leaders met at a shipyard on Wednesday, with both saying they saw room for a deal.
Talks will resume next month in the capital, officials said.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Leaders discuss port deal at shipyard as neighbours warn of new tariffs"
    );
    assert_eq!(article.meta.author, None, "agencies are no writer");
    assert_eq!(
        article.paragraphs.first().map(String::as_str),
        Some("Minister tells rival that the region faces a 'hard winter' for trade")
    );
}

#[test]
fn a_tagline_and_a_rubric_around_the_headline_and_the_agency_between_slashes() {
    let body = "\
TASS
Russian News Agency
Business & Economy
Port of Vanino to double grain exports — ministry
The expansion will take three years, including a new rail link
Economy
September 13, 2023, 17:35 UTC+3
VANINO, September 13. /TASS/. The port of Vanino will double its grain exports by 2026, the transport ministry said on Wednesday.
The port handled four million tonnes last year.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Port of Vanino to double grain exports — ministry"
    );
    assert_eq!(article.meta.dateline.as_deref(), Some("Vanino"));
    assert_eq!(article.meta.outlet.as_deref(), Some("TASS"));
    assert!(article.paragraphs[1].starts_with("The port of Vanino will double"));
}

#[test]
fn a_writer_and_outlet_apart_by_a_comma_and_a_next_article_teaser_before_the_sign_off() {
    let body = "\
CNBC Indonesia
Market
Harga Gandum Naik, Importir Cari Pemasok Baru
Dewi Lestari Putri, CNBC Indonesia
NEWS
13 September 2023 14:20
Jakarta, CNBC Indonesia - Harga gandum dunia naik sepuluh persen dalam sebulan terakhir.
Importir mulai mencari pemasok baru dari Australia dan Argentina.
Artikel Selanjutnya
Harga Beras Turun di Pasar Induk
(luc/luc)
Saksikan video di bawah ini:
Video: Harga Pangan Dunia Melonjak
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Harga Gandum Naik, Importir Cari Pemasok Baru"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Dewi Lestari Putri"));
    assert_eq!(article.meta.dateline.as_deref(), Some("Jakarta"));
    assert_eq!(
        article.paragraphs,
        vec![
            "Harga gandum dunia naik sepuluh persen dalam sebulan terakhir.",
            "Importir mulai mencari pemasok baru dari Australia dan Argentina.",
        ]
    );
}

#[test]
fn a_question_headline_a_reading_time_and_the_outlet_s_address_before_the_lead() {
    let body = "\
tirto.id
Periksa Fakta
Mengapa Harga Cabai Naik Lagi?
Oleh: Rizky Ramadhan - 14 September 2023
Dibaca Normal 4 menit
Harga cabai rawit naik dua kali lipat dalam sepekan di sejumlah pasar.
tirto.id - Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp80 ribu per kilogram, Kamis (14/9/2023).
Pedagang menyebut pasokan dari Jawa Tengah berkurang.
Baca juga artikel terkait CABAI atau tulisan lainnya dari Rizky Ramadhan
tirto.id - Ekonomi
Reporter: Rizky Ramadhan
";
    let article = cleaned(body);
    assert_eq!(article.meta.title, "Mengapa Harga Cabai Naik Lagi?");
    assert_eq!(article.meta.outlet.as_deref(), Some("Tirto"));
    assert_eq!(article.meta.dateline, None, "the address names no place");
    assert_eq!(
        article.paragraphs,
        vec![
            "Harga cabai rawit naik dua kali lipat dalam sepekan di sejumlah pasar.",
            "Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp80 ribu per kilogram, Kamis (14/9/2023).",
            "Pedagang menyebut pasokan dari Jawa Tengah berkurang.",
        ]
    );
}

#[test]
fn a_credit_under_its_caption_a_subscription_pitch_and_a_note_on_the_writer() {
    let body = "\
The Diplomat
Log in
What the Port Deal Means for the Region
A shipyard deal is a bet on trade, not a treaty.
By Jane Roe
September 15, 2023
Workers at the Vanino shipyard, Sept. 13, 2023.
Credit: Example Photo Agency
When the two ministers met at the shipyard on Wednesday, they brought their trade negotiators.
Enjoying this article? Click here to subscribe for full access. Just $5 a month.
Few analysts expect the deal to pass both parliaments this year.
Jane Roe is a fellow with the Example Institute. She previously worked as a trade analyst.
Tags
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "What the Port Deal Means for the Region"
    );
    let caption = &article.captions[0];
    assert_eq!(
        caption.text,
        "Workers at the Vanino shipyard, Sept. 13, 2023."
    );
    assert_eq!(caption.credit.as_deref(), Some("Example Photo Agency"));
    assert_eq!(
        article.paragraphs,
        vec![
            "A shipyard deal is a bet on trade, not a treaty.",
            "When the two ministers met at the shipyard on Wednesday, they brought their trade negotiators.",
            "Few analysts expect the deal to pass both parliaments this year.",
        ]
    );
}

#[test]
fn a_caption_with_its_credit_after_a_label_and_a_video_teaser_before_the_sign_off() {
    let body = "\
kumparan
Internasional
Menteri Tinjau Pelabuhan Vanino
kumparanNEWS
Diperbarui 13 September 2023 9:45 WIB
waktu baca 3 menit
Menteri meninjau dermaga baru di Vanino, Rusia. Foto: Nama Fotografer/Kantor Foto
0
Menteri Perhubungan meninjau dermaga baru di Pelabuhan Vanino pada Rabu (13/9).
Dermaga itu akan melayani ekspor gandum.
Tonton juga video berikut:
Dermaga Baru Vanino Diresmikan
(sfl/zhd)
Berita Terkini
Polisi Tangkap Pelaku Penipuan di Bekasi
";
    let article = cleaned(body);
    let caption = &article.captions[0];
    assert_eq!(
        caption.text,
        "Menteri meninjau dermaga baru di Vanino, Rusia."
    );
    assert_eq!(
        caption.credit.as_deref(),
        Some("Nama Fotografer/Kantor Foto")
    );
    assert_eq!(
        article.paragraphs,
        vec![
            "Menteri Perhubungan meninjau dermaga baru di Pelabuhan Vanino pada Rabu (13/9).",
            "Dermaga itu akan melayani ekspor gandum.",
        ]
    );
}

#[test]
fn a_photo_credit_over_its_caption_an_editor_s_initials_and_a_closing_source_line() {
    let body = "\
REPUBLIKA.CO.ID
Internasional
Menteri Tinjau Pelabuhan Vanino
Rabu 13 Sep 2023 21:35 WIB
Red: Friska Yolandha
Foto: AP Photo/Jane Roe
Menteri Perhubungan meninjau dermaga baru di Vanino.
REPUBLIKA.CO.ID, VANINO -- Menteri Perhubungan meninjau dermaga baru di Pelabuhan Vanino, Rabu (13/9/2023).
Dermaga itu akan melayani ekspor gandum.
sumber : Reuters/AP
Berita Terkait
";
    let article = cleaned(body);
    assert_eq!(article.meta.author, None, "the editor is no writer");
    let caption = &article.captions[0];
    assert_eq!(
        caption.text,
        "Menteri Perhubungan meninjau dermaga baru di Vanino."
    );
    assert_eq!(caption.credit.as_deref(), Some("AP Photo/Jane Roe"));
    assert_eq!(
        article.paragraphs,
        vec![
            "Menteri Perhubungan meninjau dermaga baru di Pelabuhan Vanino, Rabu (13/9/2023).",
            "Dermaga itu akan melayani ekspor gandum.",
        ]
    );
}

#[test]
fn an_age_banner_credits_after_labels_and_bars_and_an_editor_s_credit_at_the_end() {
    let body = "\
The Guardian - Back to home
World
This article is more than 2 years old
Ministers reopen port talks as grain exports stall
Negotiators met in Vanino, where the new terminal is expected to open next year
Jane Roe in Tokyo and Amir Khan
Tue 12 Sep 2023 09.14 BST
The new terminal under construction. Photograph: Example Agency/Reuters
Ministers reopened talks on the port of Vanino on Tuesday, officials said.
The terminal will handle grain from Siberia.
Workers at the terminal on Wednesday | Image: Example Agency
Exports fell by a third last year (Dok. AP Photo/John Doe)
Edited by Bryan Betts
Want to read more? Subscribe to Example Pro
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Ministers reopen port talks as grain exports stall"
    );
    let captions = captions_and_credits(&article);
    assert_eq!(
        captions,
        [
            (
                "The new terminal under construction.",
                Some("Example Agency/Reuters")
            ),
            (
                "Workers at the terminal on Wednesday",
                Some("Example Agency")
            ),
            (
                "Exports fell by a third last year",
                Some("AP Photo/John Doe")
            ),
        ]
    );
    assert_eq!(
        article.paragraphs,
        vec![
            "Negotiators met in Vanino, where the new terminal is expected to open next year",
            "Ministers reopened talks on the port of Vanino on Tuesday, officials said.",
            "The terminal will handle grain from Siberia.",
        ]
    );
}

#[test]
fn skip_links_a_glued_photo_credit_notes_on_two_writers_and_an_update_time() {
    let body = "\
Skip to contentSkip to site index
World
Today's Paper
Ministers Reopen Port Talks as Grain Exports Stall
The talks, the first in more than two years, show how much the port now matters to both governments.
Share full article
Dock workers unloaded grain at the port of Vanino on Tuesday.Credit...Jane Doe/Example Agency, via Reuters
By Jane Roe and Amir Khan
Jane Roe reported from Tokyo, and Amir Khan from Seoul.
Sept. 12, 2023
Updated 9:14 p.m. ET
Ministers reopened talks on the port of Vanino on Tuesday, officials said.
The terminal will handle grain from Siberia.
Advertisement
Jane Roe is the Tokyo bureau chief, covering Japan and the Koreas.
Amir Khan is a correspondent covering trade.
Related Content
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Ministers Reopen Port Talks as Grain Exports Stall"
    );
    assert_eq!(
        article.meta.author.as_deref(),
        Some("Jane Roe and Amir Khan")
    );
    let captions = captions_and_credits(&article);
    assert_eq!(
        captions,
        [(
            "Dock workers unloaded grain at the port of Vanino on Tuesday.",
            Some("Jane Doe/Example Agency, via Reuters")
        )]
    );
    assert_eq!(
        article.paragraphs,
        vec![
            "The talks, the first in more than two years, show how much the port now matters to both governments.",
            "Ministers reopened talks on the port of Vanino on Tuesday, officials said.",
            "The terminal will handle grain from Siberia.",
        ]
    );
}

#[test]
fn a_list_of_teasers_with_landmarks_for_screen_readers_and_a_closing_source_line() {
    let body = "\
Navigation menu
News|Economy
Ministers reopen port talks as grain exports stall
Negotiators met in Vanino, where the new terminal is expected to open next year.
By Example Staff
Published On 12 Sep 2023
Save articles to read later and create your own reading list.
Ministers reopened talks on the port of Vanino on Tuesday, officials said.
Recommended Stories
list of 3 items
list 1 of 3
Grain prices rise for a third month
list 2 of 3
What does the port deal mean for farmers?
list 3 of 3
Why the terminal matters
end of list
The terminal will handle grain from Siberia, the ministry said.
Source: Example News and news agencies
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Ministers reopen port talks as grain exports stall"
    );
    assert_eq!(
        article.paragraphs,
        vec![
            "Negotiators met in Vanino, where the new terminal is expected to open next year.",
            "Ministers reopened talks on the port of Vanino on Tuesday, officials said.",
            "The terminal will handle grain from Siberia, the ministry said.",
        ]
    );
}

#[test]
fn a_date_line_with_time_and_rubric_two_dates_run_together_and_a_bare_short_link() {
    let wire = "\
KYODO NEWS
Home
Latest
KYODO NEWS - Sep 12, 2023 - 18:42 | World, All
Ministers reopen port talks as grain exports stall
Ministers reopened talks on the port of Vanino on Tuesday, officials said.
The terminal will handle grain from Siberia.
Related coverage:
Grain prices rise for a third month
";
    let article = cleaned(wire);
    assert_eq!(
        article.meta.title,
        "Ministers reopen port talks as grain exports stall"
    );
    let published = article.meta.published.expect("the date line's date");
    assert_eq!(published.to_rfc3339(), "2023-09-12T18:42:00+07:00");
    assert_eq!(article.paragraphs.len(), 2, "{:?}", article.paragraphs);

    let magazine = "\
Skip next section Navigation
Navigation
Ministers reopen port talks: What is at stake?
Jane Roe
09/12/2023September 12, 2023
Negotiators met in Vanino, where the new terminal is expected to open next year. Experts say both sides need the deal.
https://p.example.com/p/4hCkw
Workers at the terminal in September 2023Image: Jane Doe/Example Agency
Ministers reopened talks on the port of Vanino on Tuesday, officials said.
The terminal will handle grain from Siberia.
Skip next section Explore more
Explore more
";
    let article = cleaned(magazine);
    assert_eq!(
        article.meta.title,
        "Ministers reopen port talks: What is at stake?"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    assert_eq!(
        article
            .meta
            .published
            .expect("the dates' date")
            .date
            .to_string(),
        "2023-09-12"
    );
    let captions = captions_and_credits(&article);
    assert_eq!(
        captions,
        [(
            "Workers at the terminal in September 2023",
            Some("Jane Doe/Example Agency")
        )]
    );
    assert_eq!(
        article.paragraphs,
        vec![
            "Negotiators met in Vanino, where the new terminal is expected to open next year. Experts say both sides need the deal.",
            "Ministers reopened talks on the port of Vanino on Tuesday, officials said.",
            "The terminal will handle grain from Siberia.",
        ]
    );
}

#[test]
fn a_subhead_in_sentence_case_a_writer_and_editor_apart_by_a_bar_and_an_editor_in_brackets() {
    let portal = "\
Contoh Portal
Masuk
Menteri Tinjau Pelabuhan Vanino, Bahas Ekspor Gandum dengan Rusia
Kunjungan pertama menteri ke pelabuhan itu dalam lima tahun
Rina Kartika
Rabu, 13 Sep 2023 21:35 WIB
Jakarta - Menteri Perhubungan meninjau dermaga baru di Pelabuhan Vanino, Rabu (13/9/2023).
Dermaga itu akan melayani ekspor gandum.
Editorial Team
";
    let article = cleaned(portal);
    assert_eq!(
        article.meta.title,
        "Menteri Tinjau Pelabuhan Vanino, Bahas Ekspor Gandum dengan Rusia"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Rina Kartika"));
    assert_eq!(
        article.meta.dateline.as_deref(),
        Some("Jakarta"),
        "the lead's dateline, under the subhead"
    );
    assert_eq!(
        article.paragraphs,
        vec![
            "Kunjungan pertama menteri ke pelabuhan itu dalam lima tahun",
            "Menteri Perhubungan meninjau dermaga baru di Pelabuhan Vanino, Rabu (13/9/2023).",
            "Dermaga itu akan melayani ekspor gandum.",
        ],
        "'Editorial Team' is furniture"
    );

    let news = "\
Contoh.com
Internasional
Menteri Tinjau Pelabuhan Vanino
Agung Pratama | Rina Kartika
Rabu, 13 September 2023 | 21:35 WIB
Menteri Perhubungan meninjau dermaga baru di Pelabuhan Vanino, Rabu (13/9/2023).
Dermaga itu akan melayani ekspor gandum.
(Dewi Lestari)
Follow Berita Contoh di Google News
Dapatkan berita up to date dengan semua berita terkini dari Contoh hanya dengan satu akun.
";
    let article = cleaned(news);
    assert_eq!(article.meta.title, "Menteri Tinjau Pelabuhan Vanino");
    assert_eq!(article.meta.author.as_deref(), Some("Agung Pratama"));
    assert_eq!(
        article.paragraphs,
        vec![
            "Menteri Perhubungan meninjau dermaga baru di Pelabuhan Vanino, Rabu (13/9/2023).",
            "Dermaga itu akan melayani ekspor gandum.",
        ]
    );
}

#[test]
fn under_a_subhead_only_a_dateline_before_a_dash_is_taken_from_the_second_paragraph() {
    let body = "\
Menteri Tinjau Pelabuhan Vanino, Bahas Ekspor Gandum dengan Rusia
Kunjungan pertama menteri ke pelabuhan itu dalam lima tahun
Rabu, 13 Sep 2023 21:35 WIB
Lavrov: Rusia siap mengirim gandum lewat Vanino mulai tahun depan.
Dermaga itu akan melayani ekspor gandum.
";
    let article = cleaned(body);
    assert_eq!(article.meta.dateline, None);
    assert_eq!(
        article.paragraphs[1],
        "Lavrov: Rusia siap mengirim gandum lewat Vanino mulai tahun depan."
    );
}

#[test]
fn a_photo_credited_by_parts_a_writer_signing_off_and_a_note_on_their_beat() {
    let body = "\
Skip to main content
World News
Ministers reopen port talks as grain exports stall
FILE - Dock workers unload grain at the port of Vanino, Russia, on June 19, 2023. (Jane Doe, Example Pool Photo via AP, File)
BY JANE ROE
Updated 4:51 AM GMT+9, November 30, 2023
Share
VANINO, Russia (AP) — Ministers reopened talks on the port of Vanino on Friday, officials said.
The terminal will handle grain from Siberia.
JANE ROE
Roe covers Russia and Japan for The Associated Press.
twitter
mailto
";
    let article = cleaned(body);
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    assert_eq!(article.meta.dateline.as_deref(), Some("Vanino"));
    assert_eq!(
        article.captions[0].credit.as_deref(),
        Some("Jane Doe, Example Pool Photo via AP, File")
    );
    assert_eq!(
        article.paragraphs,
        vec![
            "Ministers reopened talks on the port of Vanino on Friday, officials said.",
            "The terminal will handle grain from Siberia.",
        ]
    );
}

#[test]
fn bylines_with_a_role_or_a_service_dates_with_dots_and_headlines_over_standfirsts() {
    let magazine = "\
Example Asia
Politics
Ministers reopen port talks as grain exports stall
Analysts see grain and fuel on the table
Dock workers at the port of Vanino in June. © Reuters
JANE ROE, Example staff writer
September 12, 2023 14:02 JST
SEOUL -- Ministers reopened talks on the port of Vanino on Tuesday, officials said.
The terminal will handle grain from Siberia.
";
    let article = cleaned(magazine);
    assert_eq!(
        article.meta.title,
        "Ministers reopen port talks as grain exports stall"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    assert_eq!(article.captions[0].credit.as_deref(), Some("Reuters"));
    assert_eq!(article.meta.dateline.as_deref(), Some("Seoul"));

    let radio = "\
Example Radio Asia
Korea
Ministers reopen port talks as grain exports stall, sources say
Negotiators met in Vanino to settle the terminal's future.
By Jane Roe for Example Korean
2023.09.12
Share on X
Ministers reopened talks on the port of Vanino on Tuesday, officials said.
The terminal will handle grain from Siberia.
Translated by John Doe. Edited by Amir Khan.
";
    let article = cleaned(radio);
    assert_eq!(
        article.meta.title,
        "Ministers reopen port talks as grain exports stall, sources say"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    assert_eq!(
        article
            .meta
            .published
            .expect("dotted date")
            .date
            .to_string(),
        "2023-09-12"
    );
    assert_eq!(
        article.paragraphs.last().map(String::as_str),
        Some("The terminal will handle grain from Siberia."),
        "the closing credits go"
    );

    let portal = "\
Contoh Media
Internasional
Menteri Tinjau Pelabuhan Vanino di Rusia Timur
Rina Kartika
13/09/2023 08:15
Menteri Perhubungan meninjau dermaga baru di Pelabuhan Vanino, Rabu (13/9).
Dermaga itu akan melayani ekspor gandum.
(Ant/I-2)
";
    let article = cleaned(portal);
    assert_eq!(
        article.meta.title,
        "Menteri Tinjau Pelabuhan Vanino di Rusia Timur"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Rina Kartika"));
    assert_eq!(article.paragraphs.len(), 2, "{:?}", article.paragraphs);
}

#[test]
fn an_agency_s_photo_credited_in_parts_apart_by_slashes_under_its_caption() {
    let body = "\
Menteri Tinjau Pelabuhan Vanino di Rusia Timur
Oleh Rina Kartika
13 September 2023, 09.30
Menteri Perhubungan di Pelabuhan Vanino.
ANTARA FOTO/REUTERS/Jane Roe/Pool/sad.
Menteri Perhubungan meninjau dermaga baru di Pelabuhan Vanino, Rabu (13/9/2023).
Dermaga itu akan melayani ekspor gandum.
Dermaga dibangun sejak 2021/2022/2023 oleh tiga perusahaan.
";
    let article = cleaned(body);
    let captions = captions_and_credits(&article);
    assert_eq!(
        captions,
        [(
            "Menteri Perhubungan di Pelabuhan Vanino.",
            Some("ANTARA FOTO/REUTERS/Jane Roe/Pool/sad")
        )]
    );
    assert_eq!(article.paragraphs.len(), 3, "{:?}", article.paragraphs);
}

#[test]
fn a_masthead_shaped_like_a_newspaper_s_name_is_the_outlet() {
    let body = "\
The Riverside Gazette
Independent news since 1921
Harbour Board Approves New Container Terminal
By Jane Roe
March 3, 2025
The harbour board approved a new container terminal on Monday after two years of talks.
Work is to start in the autumn.
";
    assert_eq!(
        cleaned(body).meta.outlet.as_deref(),
        Some("The Riverside Gazette")
    );
    let rubric = body.replace("The Riverside Gazette", "Daily Briefing");
    assert_eq!(
        cleaned(&rubric).meta.outlet,
        None,
        "a section's name is no outlet"
    );
    let below = body.replace("The Riverside Gazette\n", "").replace(
        "The harbour board approved",
        "Riverside Daily\nThe harbour board approved",
    );
    assert_eq!(cleaned(&below).meta.outlet, None, "only above the headline");
}

#[test]
fn a_lead_opening_with_a_known_outlet_s_name_and_a_caption_credited_after_a_slash() {
    let body = "\
Pelabuhan Baru Dibuka di Surabaya
Rabu, 19 Juni 2024 | 07:45 WIB
Kapal pertama bersandar di dermaga baru Surabaya. /Kantor Foto
CNN INDONESIA - Pelabuhan baru di Surabaya dibuka pada Rabu pagi oleh menteri.
Pelabuhan itu dapat melayani dua juta peti kemas per tahun.
";
    let article = cleaned(body);
    assert_eq!(article.meta.outlet.as_deref(), Some("CNN Indonesia"));
    assert_eq!(article.meta.dateline, None);
    assert!(article.paragraphs[0].starts_with("Pelabuhan baru di Surabaya"));
    assert_eq!(
        captions_and_credits(&article),
        [(
            "Kapal pertama bersandar di dermaga baru Surabaya.",
            Some("Kantor Foto")
        )]
    );
}

#[test]
fn a_bare_byline_label_a_reading_time_after_the_date_and_a_credit_of_two_agencies() {
    let body = "\
Harian Pesisir
Pelabuhan Baru Dibuka di Surabaya
Oleh
RINA KARTIKA
20 Juni 2024 · 5 menit baca
Kapal pertama bersandar di dermaga baru Surabaya, Rabu (19/6/2024).
KOMPAS/AP
SURABAYA, KOMPAS — Pelabuhan baru di Surabaya dibuka pada Rabu pagi oleh menteri.
Pelabuhan itu dapat melayani dua juta peti kemas per tahun.
Berita ini telah tayang di Kompas.com dengan judul \"Pelabuhan Dibuka\".
";
    let article = cleaned(body);
    assert_eq!(article.meta.author.as_deref(), Some("Rina Kartika"));
    assert_eq!(
        article
            .meta
            .published
            .map(|p| p.date.to_string())
            .as_deref(),
        Some("2024-06-20")
    );
    assert_eq!(
        captions_and_credits(&article),
        [(
            "Kapal pertama bersandar di dermaga baru Surabaya, Rabu (19/6/2024).",
            Some("KOMPAS/AP")
        )]
    );
    assert_eq!(article.paragraphs.len(), 2, "{:?}", article.paragraphs);
    assert_eq!(
        article.meta.outlet.as_deref(),
        Some("Kompas"),
        "the dateline names the outlet"
    );
    let no_dateline = body.replace("SURABAYA, KOMPAS — ", "");
    assert_eq!(
        cleaned(&no_dateline).meta.outlet.as_deref(),
        Some("Harian Pesisir"),
        "the masthead, not the note on where the story first ran"
    );
}

#[test]
fn an_agency_credited_where_the_story_ends_is_kept_apart_from_the_body() {
    let body = "\
Port Reopens After Storm
March 3, 2025
The port reopened on Monday after a storm closed it for three days.
Shipping firms said losses were small.
REUTERS
";
    let article = cleaned(body);
    assert_eq!(article.paragraphs.len(), 2, "{:?}", article.paragraphs);
    assert_eq!(article.credits, ["REUTERS"]);
    let dashed = cleaned(&body.replace("REUTERS", "-- REUTERS"));
    assert_eq!(dashed.credits, ["REUTERS"]);
}

/// The day a capture was published, as text.
fn published_day(article: &Article) -> Option<String> {
    article.meta.published.map(|p| p.date.to_string())
}

#[test]
fn a_tail_marker_between_the_byline_and_the_lead_is_furniture_with_its_list() {
    let body = "\
Harbour Post
Ministers sign port deal in Vanino
Officials hail 'historic' agreement as the first ships arrive in the harbour
By Jane Roe, PORTS CORRESPONDENT in TOKYO
12 March 2025 • 7:51am
Related Topics
Shipping, Russia, Japan
Ministers signed a port agreement in Vanino on Wednesday, officials said.
\"This is a historic day,\" the transport minister said.
Related Topics
Vanino port reopens to grain ships
";
    let article = cleaned(body);
    assert_eq!(article.meta.title, "Ministers sign port deal in Vanino");
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    let kept = |text: &str| article.paragraphs.iter().any(|p| p.contains(text));
    assert!(
        kept("Ministers signed a port agreement"),
        "{:?}",
        article.paragraphs
    );
    assert!(kept("a historic day"));
    assert!(!kept("Shipping, Russia"), "the marker's list is furniture");
    assert!(
        !kept("grain ships"),
        "the same marker after the body ends it"
    );
}

#[test]
fn a_subhead_longer_than_its_headline_and_an_outlet_after_the_writer_s_name() {
    let body = "\
Sky News
World
Ministers sign port deal in Vanino after long talks
The agreement is the first between the two countries in twenty years
By Jane Roe Sky News
Published March 12, 2025 6:02am EDT
Ministers signed a port agreement in Vanino on Wednesday.
\"This is a historic day,\" the transport minister told reporters.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Ministers sign port deal in Vanino after long talks"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    assert_eq!(article.meta.outlet.as_deref(), Some("Sky News"));
}

#[test]
fn a_byline_in_capitals_joined_by_and_chips_over_the_lead_and_where_a_writer_reported_from() {
    let body = "\
Ministers sign port deal in Vanino
JANE ROE and AMIR KHAN
Wed, March 12, 2025 at 7:30 AM GMT+9·4 min read
In this article:
Ivan Petrov
Minister of Transport (since 2020)
VANINO, Russia (AP) — Ministers signed a port agreement on Wednesday.
\"This is a historic day,\" Petrov said.
Khan reported from Tallinn, Estonia.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.author.as_deref(),
        Some("Jane Roe and Amir Khan")
    );
    assert_eq!(
        article.paragraphs,
        [
            "Ministers signed a port agreement on Wednesday.",
            "\"This is a historic day,\" Petrov said."
        ]
    );
}

#[test]
fn a_report_label_a_role_after_the_writer_a_glued_photo_credit_and_an_outlet_with_a_full_stop() {
    let body = "\
Internasional
Menteri Resmikan Pelabuhan Baru di Surabaya
LAPORAN: RINA KARTIKA
KAMIS, 20 MARET 2025 | 07:12 WIB
Menteri Perhubungan meresmikan pelabuhan baru/Net
RMOL. Menteri Perhubungan meresmikan pelabuhan baru di Surabaya, Rabu (19/3).
\"Pelabuhan ini akan melayani dua juta peti kemas,\" ujar menteri.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Menteri Resmikan Pelabuhan Baru di Surabaya"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Rina Kartika"));
    assert_eq!(
        captions_and_credits(&article),
        [("Menteri Perhubungan meresmikan pelabuhan baru", Some("Net"))]
    );
    assert_eq!(article.meta.outlet.as_deref(), Some("RMOL"));
    assert!(article.paragraphs[0].starts_with("Menteri Perhubungan meresmikan"));
    let with_role = cleaned(&body.replace("LAPORAN: RINA KARTIKA", "Rina Kartika, Jurnalis"));
    assert_eq!(with_role.meta.author.as_deref(), Some("Rina Kartika"));
    assert_eq!(
        with_role.meta.title,
        "Menteri Resmikan Pelabuhan Baru di Surabaya"
    );
}

#[test]
fn a_masthead_motto_over_a_standfirst_and_a_rubric_over_a_date_line_head_no_story() {
    let motto = "\
TASS
Russian News Agency
Ministers to sign port deal — Kremlin
According to the Kremlin aide, the new agreement will replace the treaty signed in 2001
MOSCOW, March 12. /TASS/. Ministers will sign a port agreement in Vanino, a Kremlin aide told reporters.
";
    assert_eq!(
        cleaned(motto).meta.title,
        "Ministers to sign port deal — Kremlin"
    );
    let rubric = "\
UPI
Top News
March 12, 2025 / 3:48 AM
Ministers sign port deal in Vanino
By Jane Roe
VANINO, March 12 (UPI) -- Ministers signed a port agreement on Wednesday.
";
    let article = cleaned(rubric);
    assert_eq!(article.meta.title, "Ministers sign port deal in Vanino");
    let published = article.meta.published.expect("published");
    assert_eq!(
        (
            published.date.to_string(),
            published.time.map(|t| t.to_string())
        ),
        ("2025-03-12".to_string(), Some("03:48:00".to_string())),
        "the time after a slash"
    );
}

#[test]
fn a_place_in_capitals_over_the_lead_and_a_date_with_full_stops_after_a_bar() {
    let body = "\
Asia - Pacific
Ministers sign port deal in Vanino
Officials say the agreement provides for new shipping lanes between the two countries
Amir ul Haq   |12.03.2025 - Update : 12.03.2025
VANINO
Ministers signed a port agreement in Vanino on Wednesday.
The first ships are due in May.
";
    let article = cleaned(body);
    assert_eq!(article.meta.title, "Ministers sign port deal in Vanino");
    assert_eq!(article.meta.author.as_deref(), Some("Amir ul Haq"));
    assert_eq!(published_day(&article).as_deref(), Some("2025-03-12"));
    assert_eq!(article.meta.dateline.as_deref(), Some("Vanino"));
    assert!(!article.paragraphs.iter().any(|p| p == "VANINO"));
    let rubric = cleaned(&body.replace("VANINO\n", "WORLD\n"));
    assert_eq!(
        rubric.meta.dateline, None,
        "a rubric in capitals is no place"
    );
    let hyphens = cleaned(&body.replace("|12.03.2025", "|12-03-2025"));
    assert_eq!(published_day(&hyphens).as_deref(), Some("2025-03-12"));
}

#[test]
fn a_one_word_masthead_of_an_outlet_and_its_section_names_the_outlet() {
    let body = "\
kumparanBISNIS
Menteri Resmikan Pelabuhan Baru di Surabaya
20 Maret 2025 7:07 WIB·waktu baca 2 menit
Menteri Perhubungan meresmikan pelabuhan baru di Surabaya, Rabu (19/3).
Pelabuhan itu dapat melayani dua juta peti kemas per tahun.
Tulis Komentarmu
";
    let article = cleaned(body);
    assert_eq!(article.meta.outlet.as_deref(), Some("Kumparan"));
    assert_eq!(article.paragraphs.len(), 2, "{:?}", article.paragraphs);
}

#[test]
fn a_wire_s_end_mark_a_byline_in_brackets_and_a_handle_line_leave_the_body() {
    let body = "\
Harbour News
Ministers sign port deal in Vanino
03/12/2025 03:45 PM
Vanino, March 12 (Harbour Wire) Ministers signed a port agreement on Wednesday, officials said.
\"This is a historic day,\" the transport minister said.
Follow Jane Roe on X at @JaneRoe
(By Jane Roe)
Enditem/AW
";
    let article = cleaned(body);
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    assert_eq!(article.meta.dateline.as_deref(), Some("Vanino"));
    assert_eq!(
        article.paragraphs,
        [
            "Ministers signed a port agreement on Wednesday, officials said.",
            "\"This is a historic day,\" the transport minister said."
        ]
    );
}

#[test]
fn a_tail_marker_before_a_name_and_an_outlet_s_address_before_a_caption() {
    let body = "\
Ministers Sign Port Deal in Vanino
Kamis, 13 Maret 2025 08:15 WIB
KOMPAS.com - Menteri Perhubungan di pelabuhan Vanino. (Reuters)
Menteri Perhubungan menandatangani perjanjian pelabuhan di Vanino, Rabu (12/3/2025).
\"Ini hari bersejarah,\" kata menteri.
MORE FROM HARBOUR
Another story
";
    let article = cleaned(body);
    assert_eq!(
        captions_and_credits(&article),
        [("Menteri Perhubungan di pelabuhan Vanino.", Some("Reuters"))]
    );
    assert_eq!(article.paragraphs.len(), 2, "{:?}", article.paragraphs);
}

#[test]
fn a_caption_above_the_lead_with_a_labelled_source_and_an_outlet_s_name_before_the_place() {
    let body = "\
Menteri Resmikan Pelabuhan Baru di Surabaya
Kompas.tv - 20 Maret 2025, 07:30 WIB
Menteri di pelabuhan baru Surabaya, Rabu (19/3/2025). (Sumber: KCNA via AP)
Kompas TV, Surabaya - Menteri Perhubungan meresmikan pelabuhan baru di Surabaya, Rabu (19/3/2025).
Pelabuhan itu dapat melayani dua juta peti kemas per tahun.
Tag Terkait:
pelabuhan
";
    let article = cleaned(body);
    assert_eq!(
        captions_and_credits(&article),
        [(
            "Menteri di pelabuhan baru Surabaya, Rabu (19/3/2025).",
            Some("KCNA via AP")
        )]
    );
    assert_eq!(article.meta.dateline.as_deref(), Some("Surabaya"));
    assert_eq!(article.meta.outlet.as_deref(), Some("Kompas TV"));
    assert_eq!(article.paragraphs.len(), 2, "{:?}", article.paragraphs);
}

#[test]
fn a_date_line_closed_by_a_rubric_after_a_dash_and_a_writer_alone_under_the_headline() {
    let body = "\
Harbour Notes
Mar 12, 2025 - World
Ministers sign port deal in Vanino
Jane Roe
Ministers at the port of Vanino. Photo: Harbour Wire
Ministers signed a port agreement in Vanino on Wednesday, officials said.
\"This is a historic day,\" the transport minister said.
";
    let article = cleaned(body);
    assert_eq!(article.meta.title, "Ministers sign port deal in Vanino");
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    let published = article.meta.published.map(|p| p.to_rfc3339());
    assert_eq!(published.as_deref(), Some("2025-03-12"));
    assert_eq!(article.paragraphs.len(), 2, "{:?}", article.paragraphs);
}

#[test]
fn a_name_alone_that_other_lines_mention_is_no_writer() {
    let topic = "\
Ports minister visits the harbour at Vanino
Mar 12, 2025
Ivan Petrov
Ivan Petrov visited the port of Vanino on Wednesday, officials said.
";
    assert_eq!(cleaned(topic).meta.author, None, "the story's topic");
    let editor = "\
Ports minister visits the harbour at Vanino
Mar 12, 2025
Jane Roe
The ports minister visited Vanino on Wednesday, officials said.
Editor: Jane Roe
";
    assert_eq!(cleaned(editor).meta.author, None, "the story's editor");
}

#[test]
fn a_byline_and_a_date_with_a_short_year_in_eastern_time() {
    let body = "\
Ministers sign port deal in Vanino
by Jane Roe - 03/12/25 9:12 AM ET
Ministers signed a port agreement in Vanino on Wednesday, officials said.
";
    let article = cleaned(body);
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    let published = article.meta.published.map(|p| p.to_rfc3339());
    assert_eq!(published.as_deref(), Some("2025-03-12T09:12:00-04:00"));
}

#[test]
fn the_longer_line_over_summary_points_heads_the_story() {
    let body = "\
Ministers take turns driving a tram around the port of Vanino as they sign a deal
The pair signed a port agreement on Wednesday
The tram was a gift from the city earlier this year
By JANE ROE, TRANSPORT EDITOR
Published: 06:12 EDT, 12 March 2025
Ministers took turns at the controls of a tram as they toured the port on Wednesday.
";
    assert_eq!(
        cleaned(body).meta.title,
        "Ministers take turns driving a tram around the port of Vanino as they sign a deal"
    );
}

#[test]
fn captions_credited_by_an_agency_after_a_full_stop_or_after_via_in_brackets() {
    let body = "\
Ministers sign port deal in Vanino
June 20, 2025
Ministers at the port of Vanino on June 19, 2025. AFP
VANINO — Ministers signed a port agreement on Wednesday, officials said.
Officials at the signing ceremony in Vanino. (via REUTERS)
\"This is a historic day,\" the transport minister said.
";
    let article = cleaned(body);
    assert_eq!(
        captions_and_credits(&article),
        [
            (
                "Ministers at the port of Vanino on June 19, 2025.",
                Some("AFP")
            ),
            (
                "Officials at the signing ceremony in Vanino.",
                Some("REUTERS")
            ),
        ]
    );
    assert_eq!(article.paragraphs.len(), 2, "{:?}", article.paragraphs);
}

#[test]
fn captions_credited_glued_after_a_dash_or_on_a_line_above_in_capitals() {
    let glued = "\
Menteri Resmikan Pelabuhan Baru di Surabaya
Penulis: Jane Roe
Pada: Rabu 19 Mar 2025, 17:45 WIB
Menteri Perhubungan dan Gubernur Jawa Timur(AFP)
Menteri Perhubungan meresmikan pelabuhan baru di Surabaya, Rabu (19/3/2025).
";
    let dashed = glued.replace(
        "Gubernur Jawa Timur(AFP)",
        "Gubernur Jawa Timur di pelabuhan. - Reuters",
    );
    let above = "\
Menteri Resmikan Pelabuhan Baru di Surabaya
Rabu, 19 Maret 2025 08:05 WIB
Penulis: Jane Roe | Editor: John Doe
KCNA VIA KNS/AFP
Menteri Perhubungan di pelabuhan baru Surabaya, Rabu (19/3/2025).
KABARKITA.COM, Surabaya - Menteri Perhubungan meresmikan pelabuhan baru di Surabaya.
";
    let above_with_a_photographer = above.replace("KCNA VIA KNS/AFP", "AFP/SPUTNIK/JOHN DOE");
    for (body, caption, credit) in [
        (glued, "Menteri Perhubungan dan Gubernur Jawa Timur", "AFP"),
        (
            dashed.as_str(),
            "Menteri Perhubungan dan Gubernur Jawa Timur di pelabuhan.",
            "Reuters",
        ),
        (
            above,
            "Menteri Perhubungan di pelabuhan baru Surabaya, Rabu (19/3/2025).",
            "KCNA VIA KNS/AFP",
        ),
        (
            above_with_a_photographer.as_str(),
            "Menteri Perhubungan di pelabuhan baru Surabaya, Rabu (19/3/2025).",
            "AFP/SPUTNIK/JOHN DOE",
        ),
    ] {
        let article = cleaned(body);
        assert_eq!(captions_and_credits(&article), [(caption, Some(credit))]);
        assert_eq!(article.paragraphs.len(), 1, "{:?}", article.paragraphs);
    }
}

#[test]
fn keywords_a_note_from_the_author_and_go_deeper_open_the_tail() {
    for tail in [
        "Keywords : pelabuhan Surabaya Jane Roe",
        "Note from the author:",
        "Go deeper: More ports open in the east",
    ] {
        let body = format!(
            "\
Ministers sign port deal in Vanino
June 20, 2025
Ministers signed a port agreement in Vanino on Wednesday, officials said.
{tail}
Thanks for reading our work on ports.
"
        );
        let article = cleaned(&body);
        assert_eq!(
            article.paragraphs.len(),
            1,
            "{tail}: {:?}",
            article.paragraphs
        );
    }
}

#[test]
fn an_outlet_named_before_the_date_on_its_line() {
    let body = "\
Ministers sign port deal in Vanino
The Jakarta Post / 06:30 AM June 20, 2025
Ministers signed a port agreement in Vanino on Wednesday, officials said.
";
    let article = cleaned(body);
    assert_eq!(article.meta.outlet.as_deref(), Some("The Jakarta Post"));
}

#[test]
fn a_role_before_the_writer_s_name_and_an_agency_s_credit_with_a_colon() {
    let body = "\
Harbour News
Ministers sign pact to reopen the port of Vanino
By Far East correspondent Jane Roe
Wed 19 Jun 2024 at 9:45pm
Ministers shake hands after signing the agreement. (Reuters: Harbour Wire/John Doe)
Ministers have signed an agreement to reopen the port of Vanino.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Ministers sign pact to reopen the port of Vanino"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    let particle =
        cleaned(&body.replace("Far East correspondent Jane Roe", "Siti binti Ahmad Yusuf"));
    assert_eq!(
        particle.meta.author.as_deref(),
        Some("Siti binti Ahmad Yusuf")
    );
    assert_eq!(
        captions_and_credits(&article),
        [(
            "Ministers shake hands after signing the agreement.",
            Some("Reuters: Harbour Wire/John Doe")
        )]
    );
}

#[test]
fn an_outlet_s_own_byline_a_reporting_credit_and_initials_with_a_hyphen_end_the_story() {
    let english = "\
Ministers Sign Port Pact In Vanino
June 19, 2024 12:45 GMT
By RFE/RL
Ministers signed a pact to reopen the port of Vanino on June 19.
With reporting by Reuters and AFP
";
    let article = cleaned(english);
    assert_eq!(article.meta.outlet.as_deref(), Some("RFE/RL"));
    assert_eq!(article.meta.author, None);
    assert_eq!(article.paragraphs.len(), 1, "{:?}", article.paragraphs);
    let indonesian = "\
Menteri Resmikan Pelabuhan Baru di Surabaya
Jumat, 21 Juni 2024 | 09:30
KABARKITA.COM, Surabaya -- Menteri Perhubungan meresmikan pelabuhan baru di Surabaya.
(bs-sam/kabar)
";
    assert_eq!(cleaned(indonesian).paragraphs.len(), 1);
}

#[test]
fn a_place_and_day_before_a_dash_and_an_agency_s_photo_word() {
    let body = "\
Ministers pledge to reopen the port of Vanino
Wednesday, 19 Jun 2024 10:15 PM MYT
Ministers at the port of Vanino on June 19, 2024. — Reuters pic
VANINO, June 19 — Ministers signed a pact to reopen the port today.
\"Our ties are at a new level,\" the transport minister said.
";
    let article = cleaned(body);
    assert_eq!(article.meta.dateline.as_deref(), Some("Vanino"));
    assert_eq!(
        captions_and_credits(&article),
        [(
            "Ministers at the port of Vanino on June 19, 2024.",
            Some("Reuters pic")
        )]
    );
    assert_eq!(
        article.paragraphs[0],
        "Ministers signed a pact to reopen the port today."
    );
}

#[test]
fn a_place_in_capitals_under_the_headline_and_an_agency_s_byline_with_a_date() {
    let placed = "\
Ministers sign pact to reopen the port of Vanino
VANINO
Ministers signed a pact on Wednesday to reopen the port, officials said.
";
    assert_eq!(cleaned(placed).meta.dateline.as_deref(), Some("Vanino"));
    let wire = "\
Ministers sign pact to reopen the port of Vanino
By Reuters   June 19, 2024 | 06:52 am GMT+7
Ministers signed a pact on Wednesday to reopen the port, officials said.
";
    let article = cleaned(wire);
    assert_eq!(article.meta.author, None, "an agency is no writer");
    let published = article.meta.published.map(|p| p.to_rfc3339());
    assert_eq!(published.as_deref(), Some("2024-06-19T06:52:00+07:00"));
}

#[test]
fn an_author_label_alone_a_disclosure_and_share_buttons_one_to_a_line() {
    let body = "\
Why the port of Vanino matters to both sides
Published: June 20, 2024 2:15am EDT
Author
Jane Roe
Lecturer, Harbour University
Disclosure statement
Jane Roe does not work for, consult, own shares in or receive funding from any company that would benefit from this article.
Email
X (Twitter)
Facebook
LinkedIn
When ministers landed in Vanino on June 19, 2024, it was their first visit in years.
The two sides signed a treaty to reopen the port.
";
    let article = cleaned(body);
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    assert_eq!(
        article.paragraphs,
        [
            "When ministers landed in Vanino on June 19, 2024, it was their first visit in years.",
            "The two sides signed a treaty to reopen the port."
        ]
    );
}

#[test]
fn a_video_s_caption_and_its_agency_over_the_story_and_a_writer_over_the_outlet_s_name() {
    let body = "\
NEWS
Add Topic
Ministers reopen the port of Vanino as trade with the north grows
Jane Roe
USA TODAY
Published 6:31 a.m. ET June 19, 2024 | Updated 11:02 a.m. ET June 19, 2024
Show Caption
Hide Caption
Ministers visit Vanino for the first time in years
Ministers arrived in Vanino for their first visit to the port in years.
Associated Press
Ministers reopened the port of Vanino on Wednesday, officials said.
The port had been closed since the storm of 2019, the harbour master said.
Contributing: The Associated Press
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Ministers reopen the port of Vanino as trade with the north grows"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    assert_eq!(article.meta.outlet.as_deref(), Some("USA Today"));
    let published = article.meta.published.map(|p| p.to_rfc3339());
    assert_eq!(published.as_deref(), Some("2024-06-19T06:31:00-04:00"));
    assert_eq!(
        captions_and_credits(&article),
        [(
            "Ministers arrived in Vanino for their first visit to the port in years.",
            Some("Associated Press")
        )]
    );
    assert_eq!(
        article.paragraphs,
        [
            "Ministers reopened the port of Vanino on Wednesday, officials said.",
            "The port had been closed since the storm of 2019, the harbour master said."
        ]
    );
}

#[test]
fn a_rubric_s_motto_over_the_headline_and_credits_without_a_colon_are_no_part_of_the_story() {
    let motto = "\
ARGUMENT
An expert's point of view on a current event.
The Port of Vanino Is Open Again
The reopening is more about symbols than about trade, whatever the ministers say.
By Jane Roe, a senior fellow at the Harbour Institute.
June 19, 2024, 4:35 PM
Ministers reopened the port of Vanino this week after five years.
";
    let article = cleaned(motto);
    assert_eq!(article.meta.title, "The Port of Vanino Is Open Again");
    assert!(
        !article
            .paragraphs
            .iter()
            .any(|p| p.contains("expert's point")),
        "{:?}",
        article.paragraphs
    );
    let translated = "\
World
Ministers Reopen the Port of Vanino
Translator Jane Roe
Editor John Doe
20 June 2024 09:15 WIB
Ministers reopened the port of Vanino on Wednesday, officials said.
";
    let article = cleaned(translated);
    assert_eq!(article.meta.title, "Ministers Reopen the Port of Vanino");
    assert_eq!(
        article.paragraphs,
        ["Ministers reopened the port of Vanino on Wednesday, officials said."]
    );
}

#[test]
fn credits_with_spaced_slashes_or_the_agency_last_in_brackets() {
    let spaced = "\
Ministers Reopen the Port of Vanino
Ministers shake hands in Vanino on Wednesday.
Sputnik / Jane Roe / Pool via Reuters
The Example Times
14:23 JST, June 20, 2024
Ministers reopened the port of Vanino on Wednesday, officials said.
";
    let article = cleaned(spaced);
    assert_eq!(article.meta.title, "Ministers Reopen the Port of Vanino");
    assert_eq!(
        captions_and_credits(&article),
        [(
            "Ministers shake hands in Vanino on Wednesday.",
            Some("Sputnik / Jane Roe / Pool via Reuters")
        )]
    );
    let bracketed = "\
Ministers reopen the port of Vanino after five years
Ministers shake hands during a ceremony in Vanino on Wednesday. (Jane Roe / Sputnik)
By John Doe
June 19, 2024 6:31 AM PT
Ministers reopened the port of Vanino on Wednesday, officials said.
";
    let article = cleaned(bracketed);
    assert_eq!(
        captions_and_credits(&article),
        [(
            "Ministers shake hands during a ceremony in Vanino on Wednesday.",
            Some("Jane Roe / Sputnik")
        )]
    );
}

#[test]
fn a_place_and_weekday_in_capitals_under_a_standfirst_and_an_outlet_s_staff() {
    let standfirst = "\
Menteri Meresmikan Pelabuhan Vanino yang Dibuka Kembali
Pelabuhan itu ditutup sejak badai lima tahun lalu.
Oleh JANE ROE
19 Juni 2024 15:30 WIB · 4 menit baca
VANINO, RABU — Menteri meresmikan pelabuhan Vanino pada Rabu (19/6/2024).
";
    let article = cleaned(standfirst);
    assert_eq!(article.meta.dateline.as_deref(), Some("Vanino"));
    assert_eq!(
        article.paragraphs.last().map(String::as_str),
        Some("Menteri meresmikan pelabuhan Vanino pada Rabu (19/6/2024).")
    );
    let staff = "\
IDXChannel
Menteri Meresmikan Pelabuhan Vanino yang Dibuka Kembali
Tim IDXChannel
Rabu, 19 Juni 2024 16:45 WIB
IDXChannel - Menteri meresmikan pelabuhan Vanino pada Rabu (19/6/2024).
Pelabuhan itu ditutup sejak badai lima tahun lalu. (ant/m11)
Teruskan membaca berita terkini di IDXChannel
";
    let article = cleaned(staff);
    assert_eq!(article.meta.author, None);
    assert_eq!(article.meta.outlet.as_deref(), Some("IDX Channel"));
    assert_eq!(article.meta.dateline, None);
    assert_eq!(
        article.paragraphs,
        [
            "Menteri meresmikan pelabuhan Vanino pada Rabu (19/6/2024).",
            "Pelabuhan itu ditutup sejak badai lima tahun lalu."
        ]
    );
}

#[test]
fn a_relative_time_topics_at_the_end_and_a_feed_s_promotion_are_furniture() {
    let body = "\
ANTARA News
World
Ministers reopen the port of Vanino after five years
21 hours ago
Vanino (ANTARA) - Ministers reopened the port of Vanino on Wednesday, June 19, 2024.
The port had been closed since the storm of 2019, the harbour master said. [PYB]
Ikuti Example News di Google News
Ports
Trade
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Ministers reopen the port of Vanino after five years"
    );
    assert_eq!(
        article.paragraphs,
        [
            "Ministers reopened the port of Vanino on Wednesday, June 19, 2024.",
            "The port had been closed since the storm of 2019, the harbour master said."
        ]
    );
}

#[test]
fn credits_glued_between_dashes_or_naming_an_agency_before_via_and_an_address_before_the_outlet() {
    let body = "\
Menteri Meresmikan Pelabuhan Vanino yang Dibuka Kembali
Kamis 20-06-2024,10:15 WIB
Menteri meresmikan pelabuhan di Vanino.-ANTARA-
Ministers are greeted on their arrival at Vanino (Jane Roe/POOL/AFP via Getty Images)
RM.id  Rakyat Merdeka - Menteri meresmikan pelabuhan Vanino pada Rabu (19/6/2024).
Click to share on Twitter (Opens in new window)
Pelabuhan itu ditutup sejak badai lima tahun lalu.
";
    let article = cleaned(body);
    assert_eq!(
        captions_and_credits(&article),
        [
            ("Menteri meresmikan pelabuhan di Vanino.", Some("ANTARA")),
            (
                "Ministers are greeted on their arrival at Vanino",
                Some("Jane Roe/POOL/AFP via Getty Images")
            )
        ]
    );
    assert_eq!(article.meta.outlet.as_deref(), Some("Rakyat Merdeka"));
    assert_eq!(article.meta.dateline, None);
    assert_eq!(
        article.paragraphs,
        [
            "Menteri meresmikan pelabuhan Vanino pada Rabu (19/6/2024).",
            "Pelabuhan itu ditutup sejak badai lima tahun lalu."
        ]
    );
}

#[test]
fn a_credit_under_a_caption_before_a_dateline_and_a_credit_under_the_lead_without_one() {
    let caption_first = "\
Ministers open the port
By Jane Roe
June 19, 2024, 11:41 AM
Ministers attend an opening ceremony in Vanino, June 19, 2024.
Ivan Petrov/Sputnik via AP
LONDON -- Ministers reopened the port of Vanino on Wednesday.
The port had been closed since the storm of 2019, the harbour master said.
(Japanese original by Hiroshi Tanaka, Seoul Bureau)
";
    let article = cleaned(caption_first);
    assert_eq!(
        captions_and_credits(&article),
        [(
            "Ministers attend an opening ceremony in Vanino, June 19, 2024.",
            Some("Ivan Petrov/Sputnik via AP")
        )]
    );
    assert_eq!(article.meta.dateline.as_deref(), Some("London"));
    assert_eq!(
        article.paragraphs,
        [
            "Ministers reopened the port of Vanino on Wednesday.",
            "The port had been closed since the storm of 2019, the harbour master said."
        ]
    );
    let lead_first = "\
Ministers open the port
TRT World and Agencies
19 Jun 2024
Ministers reopened the port of Vanino on Wednesday night for a two-day visit.
Photo: Reuters
The port had been closed since the storm of 2019, the harbour master said.
";
    let article = cleaned(lead_first);
    assert!(captions_and_credits(&article).is_empty());
    assert_eq!(article.meta.author, None, "the outlet's own byline");
    assert_eq!(
        article.paragraphs,
        [
            "Ministers reopened the port of Vanino on Wednesday night for a two-day visit.",
            "The port had been closed since the storm of 2019, the harbour master said."
        ]
    );
}

#[test]
fn an_edition_after_the_date_and_an_address_with_a_hyphen_before_the_place() {
    let body = "\
The Mainichi
Japan's National Daily Since 1922
Home > World
Ministers open the port of Vanino
November 18, 2023 (Mainichi Japan)
TRIBUN-TIMUR.COM, SEOUL - Ministers reopened the port of Vanino on Wednesday.
The port had been closed since the storm of 2019, the harbour master said.
";
    let article = cleaned(body);
    assert_eq!(article.meta.title, "Ministers open the port of Vanino");
    assert_eq!(
        article
            .meta
            .published
            .map(|p| p.date.to_string())
            .as_deref(),
        Some("2023-11-18")
    );
    assert_eq!(article.meta.dateline.as_deref(), Some("Seoul"));
    assert_eq!(article.meta.outlet.as_deref(), Some("Tribun Timur"));
}

#[test]
fn a_writer_s_name_with_an_initial_over_the_date_line_is_the_byline() {
    let body = "\
Example Monitor
Analysis
Why the port of Vanino matters more than the dock at Tarnby
Shipping through the port has doubled since the storm, and the region has noticed.
Mark N. Katz
June 20, 2024
When the port reopened on June 19, ministers came from the capital to see it.
Mark N. Katz is a professor emeritus at the University of Tarnby.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Why the port of Vanino matters more than the dock at Tarnby"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Mark N. Katz"));
    assert_eq!(
        article.paragraphs,
        [
            "Shipping through the port has doubled since the storm, and the region has noticed.",
            "When the port reopened on June 19, ministers came from the capital to see it."
        ],
        "the standfirst opens the body; the writer's note goes with the byline"
    );
}

#[test]
fn a_headline_under_the_date_line_an_agency_over_it_and_a_dateline_alone_with_a_colon() {
    let body = "\
NDTV
Latest
World News
Press Trust of India
Updated: March 3, 2025 4:21 pm IST
Ministers Reopen Port Of Vanino After Storm, Vow \"Full Repairs\" By May
The port had been closed for more than two years after the storm of 2022.
Read Time: 3 mins
Moscow:
Ministers reopened the port of Vanino on Monday after two years of repairs, officials said.
The harbour master said ships would dock there again within a week.
(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)
Track Latest News Live on NDTV.com and get news updates from India and around the world.
Show full article
Comments
Vanino, Port Authority, Moscow
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Ministers Reopen Port Of Vanino After Storm, Vow \"Full Repairs\" By May"
    );
    assert_eq!(article.meta.outlet.as_deref(), Some("NDTV"));
    assert_eq!(article.meta.author, None, "an agency's story");
    assert_eq!(article.meta.dateline.as_deref(), Some("Moscow"));
    assert_eq!(
        article.paragraphs,
        [
            "The port had been closed for more than two years after the storm of 2022.",
            "Ministers reopened the port of Vanino on Monday after two years of repairs, officials said.",
            "The harbour master said ships would dock there again within a week."
        ],
        "the syndication note, the buttons and the tags are gone"
    );
}

#[test]
fn a_byline_with_the_outlet_and_date_after_dashes() {
    let body = "\
The Washington Times
Ministers reopen the port of Vanino
By Jane Roe - The Washington Times - Monday, March 3, 2025
Print
Ministers reopened the port of Vanino on Monday after two years of repairs, officials said.
The harbour master said ships would dock there again within a week.
";
    let article = cleaned(body);
    assert_eq!(article.meta.title, "Ministers reopen the port of Vanino");
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    assert_eq!(article.meta.outlet.as_deref(), Some("The Washington Times"));
    assert_eq!(article.paragraphs.len(), 2);
}

#[test]
fn a_wire_story_filed_from_two_places_with_its_credits_in_brackets_and_a_time_under_its_date() {
    let body = "\
The Star
World
Ministers reopen the port of Vanino after two years of repairs
Monday, 3 Mar 2025
9:35 PM MYT
MOSCOW/VLADIVOSTOK (Reuters) - Ministers reopened the port of Vanino on Monday after two years of repairs.
The harbour master said ships would dock there again within a week.
(Reporting by Jane Roe in Moscow and John Doe in Vladivostok; Editing by Mary Major)
Related News
";
    let article = cleaned(body);
    let published = article.meta.published.expect("published");
    assert_eq!(
        (
            published.time.map(|t| t.to_string()),
            published.offset_minutes
        ),
        (Some("21:35:00".to_string()), Some(480)),
        "the time under the date line is the date line's"
    );
    assert_eq!(article.meta.dateline.as_deref(), Some("Moscow"));
    assert_eq!(
        article.meta.author.as_deref(),
        Some("Jane Roe and John Doe")
    );
    assert_eq!(
        article.paragraphs,
        [
            "Ministers reopened the port of Vanino on Monday after two years of repairs.",
            "The harbour master said ships would dock there again within a week."
        ]
    );
}

#[test]
fn a_caption_credited_to_agencies_apart_by_slashes_and_a_broadcaster_s_letters() {
    let body = "\
CBC
Sign In
World
Ministers reopen the port of Vanino after two years of repairs
Ships could dock there again within a week, officials say
The Associated Press · Posted: Mar 3, 2025 1:23 AM EDT | Last Updated: March 3, 2025
Social Sharing
A crane unloads a ship in Vanino in this photo released March 3, 2025. (Korean Central News Agency/Korea News Service/The Associated Press)
Ministers reopened the port of Vanino on Monday after two years of repairs, officials said.
The harbour master said ships would dock there again within a week.
Corrections and clarifications
Related Stories
";
    let article = cleaned(body);
    assert_eq!(article.meta.outlet.as_deref(), Some("CBC News"));
    assert_eq!(article.meta.author, None, "an agency's story");
    assert_eq!(
        captions_and_credits(&article),
        [(
            "A crane unloads a ship in Vanino in this photo released March 3, 2025.",
            Some("Korean Central News Agency/Korea News Service/The Associated Press")
        )]
    );
    assert_eq!(
        article.paragraphs,
        [
            "Ships could dock there again within a week, officials say",
            "Ministers reopened the port of Vanino on Monday after two years of repairs, officials said.",
            "The harbour master said ships would dock there again within a week."
        ]
    );
}

#[test]
fn editors_initials_with_the_outlet_s_short_name_sign_off() {
    let body = "\
Ministers reopen the port of Vanino
Senin, 3 Maret 2025 | 18:42 WIB
POJOKSATU.id, MOSKOW — Para menteri membuka kembali pelabuhan Vanino pada Senin.
Kapal akan kembali bersandar dalam sepekan, kata syahbandar.
(ral/pojoksatu)
";
    let article = cleaned(body);
    assert_eq!(article.meta.outlet.as_deref(), Some("Pojoksatu"));
    assert_eq!(
        article.paragraphs.last().map(String::as_str),
        Some("Kapal akan kembali bersandar dalam sepekan, kata syahbandar.")
    );
}

#[test]
fn an_editor_s_credit_before_the_only_date_and_a_summary_box_s_label() {
    let body = "\
WION
LIVE TV
World
Ministers to reopen the port of Vanino 'in the coming days', officials say
Edited By: Jane Roe | Updated: Jun 17, 2024, 07:15 PM IST
Story highlights
Ministers will reopen the port of Vanino on Tuesday, the harbour master announced on Monday.
The port had been closed since the storm of 2022, the harbour master said.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Ministers to reopen the port of Vanino 'in the coming days', officials say"
    );
    let published = article.meta.published.expect("published");
    assert_eq!(published.date.to_string(), "2024-06-17");
    assert_eq!(article.meta.author, None, "an editor is no writer");
    assert_eq!(article.meta.outlet.as_deref(), Some("WION"));
    assert_eq!(article.paragraphs.len(), 2);
}

#[test]
fn a_masthead_s_tagline_is_no_byline_and_a_place_over_the_date_line_is_the_dateline() {
    let body = "\
The Japan News
by The Yomiuri Shimbun
World
Ministers Reopen The Port Of Vanino After Two Years
Jiji Press
17:14 JST, November 2, 2024
Ministers reopened the port of Vanino on Friday after two years of repairs.
The harbour master said ships would dock there again within a week.
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Ministers Reopen The Port Of Vanino After Two Years"
    );
    let agency_first = "\
Daily Sabah
Diplomacy
Ministers reopen the port of Vanino after two years
REUTERS
MOSCOW
JUN 24, 2025 - 10:30 AM GMT+3
A crane unloads a ship in Vanino, Russia, Feb. 9, 2025. (Reuters Photo)
Ministers reopened the port of Vanino on Monday after two years of repairs.
The harbour master said ships would dock there again within a week.
";
    let article = cleaned(agency_first);
    assert_eq!(article.meta.dateline.as_deref(), Some("Moscow"));
    assert_eq!(
        captions_and_credits(&article),
        [(
            "A crane unloads a ship in Vanino, Russia, Feb. 9, 2025.",
            Some("Reuters Photo")
        )]
    );
    assert_eq!(article.paragraphs.len(), 2);
}

#[test]
fn editors_initials_in_square_brackets_end_the_last_paragraph_and_staff_letters_name_no_one() {
    let body = "\
beritajatim.com
Ministers reopen the port of Vanino
Sabtu, 13 Juli 2024 09:45:11 WIB
FP Staff
beritajatim.com - Para menteri membuka kembali pelabuhan Vanino pada Jumat (12/7/2024).
Kunjungan itu merupakan yang kedua dalam setahun terakhir. [ran/but]
";
    let article = cleaned(body);
    assert!(captions_and_credits(&article).is_empty());
    assert_eq!(
        article.paragraphs.last().map(String::as_str),
        Some("Kunjungan itu merupakan yang kedua dalam setahun terakhir.")
    );
    assert_eq!(article.meta.outlet.as_deref(), Some("Beritajatim"));
    assert_eq!(article.meta.author, None);
}

#[test]
fn an_address_no_table_knows_names_the_outlet_as_the_page_writes_it() {
    let outlet = |body: &str| cleaned(body).meta.outlet;
    let in_words = "\
Warta Nusa
Internasional
Ministers reopen the port of Vanino after two years
Jumat, 12 Juli 2024 19:45 WIB
Vanino (wartanusa.co) -- Para menteri membuka kembali pelabuhan Vanino, Jumat (12/7/2024).
Kapal akan kembali bersandar dalam sepekan.
";
    assert_eq!(outlet(in_words).as_deref(), Some("Warta Nusa"));
    let as_address = "\
KABARNUSA.id
Internasional
Ministers reopen the port of Vanino after two years
Jumat, 12 Juli 2024 19:45 WIB
KABARNUSA.id, VANINO — Para menteri membuka kembali pelabuhan Vanino, Jumat (12/7/2024).
Kapal akan kembali bersandar dalam sepekan.
";
    assert_eq!(outlet(as_address).as_deref(), Some("KABARNUSA.id"));
}

#[test]
fn an_outlet_s_name_under_the_writer_opens_the_story_rather_than_ending_it() {
    let body = "\
BBC News Indonesia
Berita
Pelabuhan: Mengapa Vanino dibuka lagi setelah dua tahun?
Sari Wulandari
BBC News
2 November 2024
Sumber gambar, Reuters
Keterangan gambar, Kapal bersandar di Vanino.
Para menteri membuka kembali pelabuhan Vanino pada Jumat (01/11).
\"Kapal akan bersandar lagi dalam sepekan,\" kata kepala pelabuhan.
Berita terkait
";
    let article = cleaned(body);
    assert_eq!(
        article.meta.title,
        "Pelabuhan: Mengapa Vanino dibuka lagi setelah dua tahun?"
    );
    assert_eq!(article.meta.author.as_deref(), Some("Sari Wulandari"));
    assert_eq!(article.meta.dateline, None);
    assert_eq!(
        article.paragraphs,
        [
            "Para menteri membuka kembali pelabuhan Vanino pada Jumat (01/11).",
            "\"Kapal akan bersandar lagi dalam sepekan,\" kata kepala pelabuhan.",
        ]
    );
}

#[test]
fn a_labelled_photo_credit_under_a_caption_credits_it() {
    let body = "\
Pelabuhan Vanino Dibuka Kembali Setelah Dua Tahun
Rabu 19 Jun 2024 16:40 WIB
Rep: Sari Wulandari/ Red: Budi Santoso
Kapal bersandar di pelabuhan Vanino, Rusia, Rabu (19/6/2024).
Foto: Sputnik/Pool Photo via AP
KABARKITA.COM, VANINO -- Para menteri membuka kembali pelabuhan Vanino pada Rabu.
Kepala pelabuhan mengatakan kapal akan bersandar lagi dalam sepekan.
";
    let article = cleaned(body);
    assert_eq!(
        captions_and_credits(&article),
        [(
            "Kapal bersandar di pelabuhan Vanino, Rusia, Rabu (19/6/2024).",
            Some("Sputnik/Pool Photo via AP")
        )]
    );
    assert_eq!(
        article.paragraphs[0],
        "Para menteri membuka kembali pelabuhan Vanino pada Rabu."
    );
    // The label heads a caption as well.
    let caption = "\
Pelabuhan Vanino Dibuka Kembali Setelah Dua Tahun
Rabu 19 Jun 2024 16:40 WIB
Foto: Kapal bersandar di pelabuhan Vanino. (via REUTERS/Sputnik)
Jakarta, KABARKITA - Para menteri membuka kembali pelabuhan Vanino pada Rabu.
";
    let article = cleaned(caption);
    assert_eq!(
        captions_and_credits(&article),
        [(
            "Kapal bersandar di pelabuhan Vanino.",
            Some("REUTERS/Sputnik")
        )]
    );
}

#[test]
fn an_update_line_over_the_published_one_and_an_outlet_s_rubric_signing_off() {
    let body = "\
Kabarkita.com
Internasional
Menteri Tinjau Pelabuhan Vanino Setelah Dua Tahun
Oleh Sari Wulandari
Diperbarui 13 Jul 2025, 08:30 WIB
Diterbitkan 13 Jul 2025, 08:15 WIB
Kabarkita.com, Vanino - Para menteri meninjau pelabuhan Vanino pada Sabtu (12/7/2025).
Kepala pelabuhan mengatakan kapal akan bersandar lagi dalam sepekan.
(kabarkita.com - Politik)
Penulis: Sari Wulandari
Berita Populer
Harga Beras Turun di Pasar Induk
";
    let article = cleaned(body);
    let published = article.meta.published.map(|p| p.to_rfc3339());
    assert_eq!(published.as_deref(), Some("2025-07-13T08:15:00+07:00"));
    assert_eq!(
        article.paragraphs,
        [
            "Para menteri meninjau pelabuhan Vanino pada Sabtu (12/7/2025).",
            "Kepala pelabuhan mengatakan kapal akan bersandar lagi dalam sepekan.",
        ]
    );
    // With no other date line, the update's date is the only one.
    let updated_only = body.replace("Diterbitkan 13 Jul 2025, 08:15 WIB\n", "");
    let published = cleaned(&updated_only)
        .meta
        .published
        .map(|p| p.to_rfc3339());
    assert_eq!(published.as_deref(), Some("2025-07-13T08:30:00+07:00"));
}

#[test]
fn a_writer_under_the_date_lines_signs_again_under_the_story_by_the_address() {
    let body = "\
The Example Times
Ministers reopen the port of Vanino after two years
Posted : 2025-04-30 16:47
Updated : 2025-04-30 17:12
Jane Roe
Ministers reopened the port of Vanino on Wednesday after two years of repairs.
The harbour master said ships would dock there again within a week.
janeroe@example.co.kr
Jane Roe
janeroe@example.co.kr
Top 10 Stories
1 Trial to resume next week
";
    let article = cleaned(body);
    assert_eq!(article.meta.author.as_deref(), Some("Jane Roe"));
    assert_eq!(
        article.paragraphs,
        [
            "Ministers reopened the port of Vanino on Wednesday after two years of repairs.",
            "The harbour master said ships would dock there again within a week.",
        ]
    );
}

#[test]
fn an_archive_photo_s_caption_places_before_the_date_and_wires_for_a_writer() {
    let file_photo = "\
Ministers reopen the port of Vanino after two years
December 02, 2024 7:45 AM
By Jane Roe
FILE - A tanker is seen at Vanino in this undated photo. (Port Authority)
Ministers reopened the port of Vanino on Friday after two years of repairs.
The harbour master said ships would dock there again within a week.
";
    let article = cleaned(file_photo);
    assert_eq!(
        captions_and_credits(&article),
        [(
            "A tanker is seen at Vanino in this undated photo.",
            Some("Port Authority")
        )]
    );
    assert_eq!(article.paragraphs.len(), 2);
    let places = "\
Ministers reopen the port of Vanino after two years
Agence France-Presse
Seoul, South Korea ● Thu, June 19, 2025
Ministers reopened the port of Vanino on Thursday after two years of repairs.
";
    let article = cleaned(places);
    assert_eq!(article.meta.author, None, "a place is no writer");
    let published = article.meta.published.map(|p| p.date.to_string());
    assert_eq!(published.as_deref(), Some("2025-06-19"));
    let wires = "\
FRANCE 24
Ministers reopen the port of Vanino after two years
Issued on: 12/07/2025 - 09:15
Modified: 12/07/2025 - 11:02
Text by: NEWS WIRES
Why you can trust FRANCE 24
Ministers reopened the port of Vanino on Saturday after two years of repairs.
";
    let article = cleaned(wires);
    assert_eq!(article.meta.author, None);
    let published = article.meta.published.map(|p| p.date.to_string());
    assert_eq!(published.as_deref(), Some("2025-07-12"));
    assert_eq!(
        article.paragraphs,
        ["Ministers reopened the port of Vanino on Saturday after two years of repairs."]
    );
}
