//! UI strings of the default theme in Indonesian and English, chosen by
//! site.toml `language`, and dates written the way each language writes them.

use serde::Serialize;

use crate::calendar::Published;

/// Every string the default templates show; templates read them as `t.<name>`.
#[derive(Debug, Serialize)]
pub struct Strings {
    /// Link that jumps past the navigation.
    pub skip_to_content: &'static str,
    /// Main navigation label.
    pub nav_label: &'static str,
    /// Home link.
    pub nav_home: &'static str,
    /// Sources link.
    pub nav_sources: &'static str,
    /// Quotes link and page title.
    pub nav_quotes: &'static str,
    /// Introduction of the quotes page.
    pub quotes_intro: &'static str,
    /// Group of quotes whose speaker is unknown.
    pub speaker_unknown: &'static str,
    /// "quotes" after a count.
    pub quotes: &'static str,
    /// Label of a quoted statement.
    pub kind_speech: &'static str,
    /// Label of a quoted phrase.
    pub kind_partial: &'static str,
    /// Heading of an article's quotes.
    pub quotes_in_article: &'static str,
    /// Link from a quote back to its place in the article.
    pub quote_in_context: &'static str,
    /// Entities link and page title.
    pub nav_entities: &'static str,
    /// Introduction of the entities page.
    pub entities_intro: &'static str,
    /// Kind labels: person, place, organization, event, other.
    pub kinds: [&'static str; 5],
    /// Heading of an article's entities.
    pub entities_in_article: &'static str,
    /// Heading of the articles that name an entity.
    pub named_in: &'static str,
    /// Heading of an entity's quotes.
    pub quotes_by: &'static str,
    /// Heading of the entities named with an entity.
    pub appears_with: &'static str,
    /// Label of other spellings.
    pub also_written: &'static str,
    /// Marks an entity found in the text rather than the gazetteer.
    pub discovered: &'static str,
    /// Explains a discovered entity.
    pub discovered_help: &'static str,
    /// "mentions" after a count.
    pub mentions: &'static str,
    /// Timeline link and page title.
    pub nav_timeline: &'static str,
    /// Introduction of the timeline page.
    pub timeline_intro: &'static str,
    /// Label of the entity filter.
    pub filter_entity: &'static str,
    /// Label of the outlet filter.
    pub filter_outlet: &'static str,
    /// "Everyone / every outlet" choice of a filter.
    pub filter_all: &'static str,
    /// Shown when the filters leave nothing.
    pub filter_none: &'static str,
    /// Marks a publication on the timeline.
    pub published_item: &'static str,
    /// Before the list of an event's sources.
    pub told_by: &'static str,
    /// Link from the home page to the timeline.
    pub see_timeline: &'static str,
    /// Heading of the home page's timeline.
    pub recent_events: &'static str,
    /// Group name of events in timeline.json.
    pub group_events: &'static str,
    /// Group name of publications in timeline.json.
    pub group_published: &'static str,
    /// Before another outlet's wording of a quote.
    pub other_wording: &'static str,
    /// Title of the discrepancies page.
    pub discrepancies_title: &'static str,
    /// Introduction of the discrepancies page.
    pub discrepancies_intro: &'static str,
    /// Heading of the spelling discrepancies.
    pub spelled_differently: &'static str,
    /// Heading of the date discrepancies.
    pub dated_differently: &'static str,
    /// Shown when the sources agree.
    pub no_discrepancies: &'static str,
    /// Search link and page title.
    pub nav_search: &'static str,
    /// Label of the search box.
    pub search_label: &'static str,
    /// Shown without JavaScript.
    pub search_needs_js: &'static str,
    /// Shown when nothing matches.
    pub search_none: &'static str,
    /// Result group headings: articles, quotes, entities.
    pub search_groups: [&'static str; 3],
    /// Heading of related articles.
    pub related_articles: &'static str,
    /// Heading of the events other articles also report.
    pub also_reported: &'static str,
    /// After the count of items not listed ("+12 more").
    pub more: &'static str,
    /// Label of the pager of a section split into pages.
    pub pages: &'static str,
    /// Link to the page before.
    pub previous_page: &'static str,
    /// Link to the page after.
    pub next_page: &'static str,
    /// After a heading whose list began on an earlier page.
    pub continued: &'static str,
    /// Heading of the articles that link here.
    pub linked_from: &'static str,
    /// Heading of the latest articles.
    pub latest_articles: &'static str,
    /// Heading of the free pages list.
    pub more_pages: &'static str,
    /// "articles" after a count.
    pub articles: &'static str,
    /// "outlets" after a count.
    pub outlets: &'static str,
    /// Label of the publication date.
    pub published: &'static str,
    /// Shown next to a date that was inferred.
    pub date_inferred: &'static str,
    /// Explains an inferred date.
    pub date_inferred_help: &'static str,
    /// Shown next to a title that was inferred.
    pub title_inferred: &'static str,
    /// Explains an inferred title.
    pub title_inferred_help: &'static str,
    /// Date unknown.
    pub date_unknown: &'static str,
    /// Label of the author.
    pub author: &'static str,
    /// Label of the outlet.
    pub outlet: &'static str,
    /// Outlet unknown.
    pub outlet_unknown: &'static str,
    /// Label of the dateline.
    pub dateline: &'static str,
    /// Link to the original article.
    pub original_article: &'static str,
    /// Link to the raw capture.
    pub raw_capture: &'static str,
    /// Link to the annotated Markdown.
    pub annotated_markdown: &'static str,
    /// Heading of the article's source section.
    pub about_this_article: &'static str,
    /// Label of photo captions.
    pub photo: &'static str,
    /// Title of the sources page.
    pub sources_title: &'static str,
    /// Introduction of the sources page.
    pub sources_intro: &'static str,
    /// Title of the 404 page.
    pub not_found_title: &'static str,
    /// Text of the 404 page.
    pub not_found_text: &'static str,
    /// Link back home.
    pub back_home: &'static str,
    /// Footer heading of the data exports.
    pub data_exports: &'static str,
    /// Footer credit.
    pub generated_by: &'static str,
    /// Month names, January first.
    pub months: [&'static str; 12],
}

/// Indonesian.
pub const ID: Strings = Strings {
    skip_to_content: "Langsung ke isi",
    nav_label: "Navigasi utama",
    nav_home: "Beranda",
    nav_sources: "Sumber",
    nav_quotes: "Kutipan",
    nav_timeline: "Linimasa",
    related_articles: "Artikel terkait",
    nav_search: "Cari",
    search_label: "Cari artikel, kutipan, tokoh dan tempat",
    search_needs_js: "Pencarian memerlukan JavaScript. Tanpa itu, gunakan halaman Tokoh & tempat, Kutipan dan Sumber.",
    search_none: "Tidak ada hasil.",
    search_groups: ["Artikel", "Kutipan", "Tokoh & tempat"],
    discrepancies_title: "Perbedaan antarsumber",
    discrepancies_intro: "Hal-hal yang ditulis berbeda oleh artikel-artikel dosir ini: ejaan nama, tanggal peristiwa. Periksa sebelum mengutip.",
    spelled_differently: "Nama yang dieja berbeda",
    dated_differently: "Peristiwa dengan tanggal berbeda",
    no_discrepancies: "Tidak ada perbedaan yang ditemukan.",
    other_wording: "Versi media lain",
    also_reported: "Juga diberitakan",
    more: "lainnya",
    pages: "Halaman",
    previous_page: "Sebelumnya",
    next_page: "Berikutnya",
    continued: "lanjutan",
    linked_from: "Ditautkan dari",
    timeline_intro: "Peristiwa yang diberitakan artikel-artikel dosir ini, menurut tanggal yang disebut teksnya, dan kapan setiap artikel terbit.",
    filter_entity: "Tokoh atau tempat",
    filter_outlet: "Media",
    filter_all: "Semua",
    filter_none: "Tidak ada peristiwa yang cocok dengan saringan ini.",
    published_item: "terbit",
    told_by: "Diberitakan oleh",
    see_timeline: "Lihat seluruh linimasa",
    recent_events: "Peristiwa terbaru",
    group_events: "Peristiwa",
    group_published: "Publikasi",
    nav_entities: "Tokoh & tempat",
    entities_intro: "Orang, tempat, dan organisasi yang disebut artikel-artikel dosir ini.",
    kinds: ["Tokoh", "Tempat", "Organisasi", "Peristiwa", "Lainnya"],
    entities_in_article: "Disebut dalam artikel ini",
    named_in: "Disebut dalam",
    quotes_by: "Kutipan",
    appears_with: "Sering muncul bersama",
    also_written: "Juga ditulis",
    discovered: "ditemukan otomatis",
    discovered_help: "Nama ini dikenali dari teks, bukan dari daftar entitas dosir; jenisnya adalah tebakan.",
    mentions: "sebutan",
    quotes_intro: "Setiap kutipan langsung dalam dosir ini, dikelompokkan menurut pembicaranya, dengan tautan ke tempatnya dalam artikel.",
    speaker_unknown: "Pembicara tidak diketahui",
    quotes: "kutipan",
    kind_speech: "pernyataan",
    kind_partial: "frasa",
    quotes_in_article: "Kutipan dalam artikel ini",
    quote_in_context: "lihat dalam artikel",
    latest_articles: "Artikel terbaru",
    more_pages: "Halaman lain",
    articles: "artikel",
    outlets: "media",
    published: "Terbit",
    date_inferred: "perkiraan",
    date_inferred_help: "Naskah tidak memuat tanggal terbit; tanggal ini adalah tanggal terakhir yang disebut dalam teks.",
    title_inferred: "judul dari kalimat pertama",
    title_inferred_help: "Naskah tidak memuat judul; judul ini adalah kalimat pertama artikel.",
    date_unknown: "Tanggal tidak diketahui",
    author: "Penulis",
    outlet: "Media",
    outlet_unknown: "Media tidak diketahui",
    dateline: "Tempat",
    original_article: "Artikel asli",
    raw_capture: "Naskah mentah",
    annotated_markdown: "Markdown beranotasi",
    about_this_article: "Tentang artikel ini",
    photo: "Foto",
    sources_title: "Sumber",
    sources_intro: "Media yang diliput dalam dosir ini dan artikel masing-masing.",
    not_found_title: "Halaman tidak ditemukan",
    not_found_text: "Halaman yang Anda cari tidak ada di dosir ini.",
    back_home: "Kembali ke beranda",
    data_exports: "Data",
    generated_by: "Dibuat dengan dossier",
    months: [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember",
    ],
};

/// English.
pub const EN: Strings = Strings {
    skip_to_content: "Skip to content",
    nav_label: "Main navigation",
    nav_home: "Home",
    nav_sources: "Sources",
    nav_quotes: "Quotes",
    nav_timeline: "Timeline",
    related_articles: "Related articles",
    nav_search: "Search",
    search_label: "Search articles, quotes, people and places",
    search_needs_js: "Search needs JavaScript. Without it, use the People & places, Quotes and Sources pages.",
    search_none: "No results.",
    search_groups: ["Articles", "Quotes", "People & places"],
    discrepancies_title: "Where sources differ",
    discrepancies_intro: "What the articles of this dossier write differently: the spelling of names, the dates of events. Check before you cite.",
    spelled_differently: "Names spelled differently",
    dated_differently: "Events given different dates",
    no_discrepancies: "No differences found.",
    other_wording: "Another outlet's wording",
    also_reported: "Also reported",
    more: "more",
    pages: "Pages",
    previous_page: "Previous",
    next_page: "Next",
    continued: "continued",
    linked_from: "Linked from",
    timeline_intro: "The events the articles of this dossier report, by the dates their text gives, and when each article was published.",
    filter_entity: "Person or place",
    filter_outlet: "Outlet",
    filter_all: "All",
    filter_none: "No event matches these filters.",
    published_item: "published",
    told_by: "Reported by",
    see_timeline: "See the whole timeline",
    recent_events: "Latest events",
    group_events: "Events",
    group_published: "Publications",
    nav_entities: "People & places",
    entities_intro: "The people, places and organisations the articles of this dossier name.",
    kinds: ["People", "Places", "Organisations", "Events", "Other"],
    entities_in_article: "Named in this article",
    named_in: "Named in",
    quotes_by: "Quotes",
    appears_with: "Often named with",
    also_written: "Also written",
    discovered: "found automatically",
    discovered_help: "This name was recognised in the text, not taken from the dossier's entity list; its kind is a guess.",
    mentions: "mentions",
    quotes_intro: "Every direct quote in this dossier, grouped by speaker, with a link to its place in the article.",
    speaker_unknown: "Speaker unknown",
    quotes: "quotes",
    kind_speech: "statement",
    kind_partial: "phrase",
    quotes_in_article: "Quotes in this article",
    quote_in_context: "see in the article",
    latest_articles: "Latest articles",
    more_pages: "More pages",
    articles: "articles",
    outlets: "outlets",
    published: "Published",
    date_inferred: "inferred",
    date_inferred_help:
        "The capture carries no publication date; this is the latest date its text names.",
    title_inferred: "title from the first sentence",
    title_inferred_help:
        "The capture carries no headline; this title is the article's first sentence.",
    date_unknown: "Date unknown",
    author: "Author",
    outlet: "Outlet",
    outlet_unknown: "Unknown outlet",
    dateline: "Dateline",
    original_article: "Original article",
    raw_capture: "Raw capture",
    annotated_markdown: "Annotated Markdown",
    about_this_article: "About this article",
    photo: "Photo",
    sources_title: "Sources",
    sources_intro: "The outlets this dossier draws on, and their articles.",
    not_found_title: "Page not found",
    not_found_text: "The page you are looking for is not in this dossier.",
    back_home: "Back to the home page",
    data_exports: "Data",
    generated_by: "Made with dossier",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
};

/// The strings of a UI language ("id" or "en").
pub fn strings(language: &str) -> &'static Strings {
    match language {
        "id" => &ID,
        _ => &EN,
    }
}

/// A date of day, month or year precision ("2019-02") for readers: "Februari 2019".
pub fn format_partial_date(date: &str, strings: &Strings) -> String {
    let mut parts = date.split('-');
    let year = parts.next().unwrap_or_default();
    let month = parts.next().and_then(|m| m.parse::<usize>().ok());
    let day = parts.next().and_then(|d| d.parse::<u8>().ok());
    let mut text = String::with_capacity(24);
    if let Some(m @ 1..=12) = month {
        if let Some(d) = day {
            text.push_str(itoa::Buffer::new().format(d));
            text.push(' ');
        }
        text.push_str(strings.months[m - 1]);
        text.push(' ');
    }
    text.push_str(year);
    text
}

/// A publication moment for readers: "31 Mei 2018, 20.25 WIB" / "31 May 2018, 20:25 UTC+07:00".
pub fn format_published(published: &Published, strings: &Strings, language: &str) -> String {
    let date = published.date;
    let month = strings.months[(date.month() - 1) as usize];
    let mut out = format!("{} {month} {}", date.day(), date.year());
    if let Some(time) = published.time {
        let separator = if language == "id" { '.' } else { ':' };
        out.push_str(&format!(
            ", {:02}{separator}{:02}",
            time.hour(),
            time.minute()
        ));
        if let Some(offset) = published.offset_minutes {
            out.push(' ');
            out.push_str(&zone_label(offset, language));
        }
    }
    out
}

fn zone_label(offset_minutes: i32, language: &str) -> String {
    match (language, offset_minutes) {
        ("id", 420) => "WIB".to_string(),
        ("id", 480) => "WITA".to_string(),
        ("id", 540) => "WIT".to_string(),
        (_, 0) => "UTC".to_string(),
        _ => {
            let sign = if offset_minutes < 0 { '-' } else { '+' };
            let m = offset_minutes.abs();
            format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    #[test]
    fn partial_dates_read_as_day_month_and_year() {
        let strings = strings("id");
        for day in 0..=u8::MAX {
            let date = format!("2019-04-{day:02}");
            let expected = format!("{day} {} 2019", strings.months[3]);
            assert_eq!(format_partial_date(&date, strings), expected);
        }
        assert_eq!(
            format_partial_date("2019-12", strings),
            format!("{} 2019", strings.months[11])
        );
        assert_eq!(format_partial_date("2019", strings), "2019");
        assert_eq!(format_partial_date("2019-13", strings), "2019");
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        let p = Published {
            date: date(2018, 5, 31),
            time: Some(time(20, 25, 0, 0)),
            offset_minutes: Some(420),
        };
        assert_eq!(format_published(&p, &ID, "id"), "31 Mei 2018, 20.25 WIB");
        assert_eq!(
            format_published(&p, &EN, "en"),
            "31 May 2018, 20:25 UTC+07:00"
        );
        assert_eq!(
            format_published(&Published::day(date(2023, 10, 19)), &ID, "id"),
            "19 Oktober 2023"
        );
    }
}
