//! An article number → the text of one synthetic news article in Indonesian-like
//! prose: about 800 words, people from a pool of 400, places, organisations,
//! dates over ten years, direct and partial quotes, and a code block in one
//! article of ten. Written either as curated Markdown with YAML front matter or
//! as a raw capture with page furniture. Each article depends on its number
//! only, so a small corpus is the prefix of a larger one.

use jiff::civil::Date;
use jiff::ToSpan;

use super::Rng;

/// How a synthetic article is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `.md` with YAML front matter (title, date, tags).
    Markdown,
    /// `.txt` raw capture: date line, byline, ads, teasers, a caption, a tail.
    Capture,
}

const FIRST_NAMES: [&str; 20] = [
    "Budi", "Siti", "Agus", "Dewi", "Hendra", "Rina", "Joko", "Sri", "Andi", "Wulan", "Rudi",
    "Lestari", "Bambang", "Yuni", "Fajar", "Ratna", "Irwan", "Maya", "Dimas", "Intan",
];
const LAST_NAMES: [&str; 20] = [
    "Santoso", "Wijaya", "Pratama", "Siregar", "Nasution", "Hidayat", "Saputra", "Kusuma",
    "Wibowo", "Halim", "Gunawan", "Setiawan", "Purnomo", "Harahap", "Susanto", "Rahman", "Lubis",
    "Tanjung", "Permana", "Sulistyo",
];
const TITLES: [&str; 8] = [
    "Menteri",
    "Juru bicara",
    "Gubernur",
    "Duta Besar",
    "Direktur",
    "Ketua",
    "Wakil Menteri",
    "Kepala",
];
const PLACES: [&str; 40] = [
    "Jakarta",
    "Surabaya",
    "Bandung",
    "Medan",
    "Makassar",
    "Semarang",
    "Palembang",
    "Denpasar",
    "Yogyakarta",
    "Pontianak",
    "Manado",
    "Kupang",
    "Ambon",
    "Jayapura",
    "Padang",
    "Banda Aceh",
    "Balikpapan",
    "Mataram",
    "Batam",
    "Malang",
    "Moskow",
    "Pyongyang",
    "Seoul",
    "Tokyo",
    "Beijing",
    "Washington",
    "Singapura",
    "Kuala Lumpur",
    "Bangkok",
    "Manila",
    "Hanoi",
    "Canberra",
    "London",
    "Paris",
    "Berlin",
    "Jenewa",
    "Kairo",
    "Riyadh",
    "New Delhi",
    "Vladivostok",
];
const ORGANISATIONS: [&str; 12] = [
    "Kementerian Luar Negeri",
    "Kementerian Perdagangan",
    "Bank Indonesia",
    "Dewan Perwakilan Rakyat",
    "Badan Pusat Statistik",
    "Perserikatan Bangsa-Bangsa",
    "ASEAN",
    "Komisi Pemilihan Umum",
    "Badan Pangan Nasional",
    "Pertamina",
    "Kepolisian Daerah",
    "Mahkamah Konstitusi",
];
const TAGS: [&str; 16] = [
    "diplomasi",
    "ekonomi",
    "energi",
    "pangan",
    "keamanan",
    "perdagangan",
    "pemilu",
    "hukum",
    "investasi",
    "pendidikan",
    "kesehatan",
    "infrastruktur",
    "lingkungan",
    "teknologi",
    "pertahanan",
    "budaya",
];
const VOCABULARY: &[&str] = &[
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "pada",
    "dalam",
    "itu",
    "ini",
    "akan",
    "telah",
    "sudah",
    "belum",
    "tidak",
    "juga",
    "masih",
    "lebih",
    "sangat",
    "bagi",
    "oleh",
    "karena",
    "sebagai",
    "antara",
    "setelah",
    "sebelum",
    "namun",
    "tetapi",
    "agar",
    "pemerintah",
    "kerja",
    "sama",
    "ekonomi",
    "wilayah",
    "negara",
    "rakyat",
    "kebijakan",
    "anggaran",
    "program",
    "proyek",
    "pembangunan",
    "jalan",
    "pelabuhan",
    "bandara",
    "investasi",
    "perdagangan",
    "ekspor",
    "impor",
    "harga",
    "beras",
    "minyak",
    "gas",
    "listrik",
    "pasar",
    "bank",
    "kredit",
    "pajak",
    "utang",
    "pertumbuhan",
    "inflasi",
    "target",
    "rencana",
    "pertemuan",
    "kunjungan",
    "perundingan",
    "kesepakatan",
    "perjanjian",
    "hubungan",
    "keamanan",
    "pertahanan",
    "militer",
    "latihan",
    "perbatasan",
    "sanksi",
    "laporan",
    "data",
    "survei",
    "warga",
    "petani",
    "nelayan",
    "buruh",
    "pelajar",
    "guru",
    "dokter",
    "pasien",
    "rumah",
    "sakit",
    "sekolah",
    "desa",
    "kota",
    "provinsi",
    "daerah",
    "pusat",
    "nasional",
    "internasional",
    "regional",
    "global",
    "baru",
    "lama",
    "besar",
    "kecil",
    "penting",
    "utama",
    "tinggi",
    "rendah",
    "cepat",
    "lambat",
    "mahal",
    "murah",
    "aman",
    "sulit",
    "mudah",
    "membahas",
    "membangun",
    "meningkatkan",
    "menurunkan",
    "mendorong",
    "menolak",
    "menerima",
    "meminta",
    "memastikan",
    "menunggu",
    "menilai",
    "mencatat",
    "melaporkan",
    "menyiapkan",
    "memperkuat",
    "memperluas",
    "mengurangi",
    "menambah",
    "menjaga",
    "membuka",
    "menutup",
    "tahun",
    "bulan",
    "pekan",
    "hari",
    "pagi",
    "malam",
    "sejumlah",
    "beberapa",
    "banyak",
    "seluruh",
    "setiap",
    "kedua",
    "pihak",
    "tim",
    "komisi",
    "dewan",
    "badan",
    "lembaga",
    "sektor",
    "industri",
    "usaha",
    "kecil",
    "menengah",
    "jaringan",
    "sistem",
    "layanan",
    "publik",
    "digital",
];
const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const WEEKDAYS: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];
const SPEECH_VERBS: [&str; 5] = ["kata", "ujar", "ucap", "tutur", "jelas"];

/// Number of people in the pool.
pub const PEOPLE: usize = FIRST_NAMES.len() * LAST_NAMES.len();

/// The full name of person `i` of the pool.
pub fn person(i: usize) -> String {
    format!(
        "{} {}",
        FIRST_NAMES[i % FIRST_NAMES.len()],
        LAST_NAMES[(i / FIRST_NAMES.len()) % LAST_NAMES.len()]
    )
}

fn surname(full: &str) -> &str {
    full.rsplit(' ').next().unwrap_or(full)
}

fn pick<'a>(rng: &mut Rng, from: &[&'a str]) -> &'a str {
    from[rng.below(from.len())]
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The people, places and day one article is about.
struct Story {
    day: Date,
    people: [String; 4],
    places: [&'static str; 2],
    organisation: &'static str,
}

impl Story {
    fn new(rng: &mut Rng) -> Story {
        let start = Date::new(2015, 1, 1).expect("valid date");
        let day = start
            .checked_add((rng.below(3650) as i64).days())
            .expect("in range");
        let people = std::array::from_fn(|_| person(rng.below(PEOPLE)));
        Story {
            day,
            people,
            places: [pick(rng, &PLACES), pick(rng, &PLACES)],
            organisation: pick(rng, &ORGANISATIONS),
        }
    }

    fn long_date(&self, day: Date) -> String {
        format!(
            "{} {} {}",
            day.day(),
            MONTHS[day.month() as usize - 1],
            day.year()
        )
    }

    /// A date phrase: a full date, a weekday with day/month, or a month and year.
    fn date_phrase(&self, rng: &mut Rng) -> String {
        let day = self
            .day
            .checked_sub((rng.below(40) as i64).days())
            .expect("in range");
        match rng.below(3) {
            0 => format!("pada {}", self.long_date(day)),
            1 => format!(
                "pada {} ({}/{})",
                WEEKDAYS[day.weekday().to_monday_zero_offset() as usize],
                day.day(),
                day.month()
            ),
            _ => format!("pada {} {}", MONTHS[day.month() as usize - 1], day.year()),
        }
    }
}

/// `words` words of running prose, with now and then a name, a place, an
/// organisation or a date phrase worked in.
fn clause(rng: &mut Rng, story: &Story, words: usize) -> String {
    let mut out: Vec<String> = Vec::with_capacity(words + 4);
    for _ in 0..words {
        out.push(match rng.below(60) {
            0 => format!("di {} yang", pick(rng, &story.places)),
            1 => format!("oleh {} untuk", story.organisation),
            2 => format!("bersama {} dan", story.people[rng.below(4)]),
            3 => format!("{} dan", story.date_phrase(rng)),
            _ => pick(rng, VOCABULARY).to_string(),
        });
    }
    out.join(" ")
}

fn sentence(rng: &mut Rng, story: &Story) -> String {
    let words = 9 + rng.below(10);
    format!("{}.", capitalise(&clause(rng, story, words)))
}

/// A paragraph of plain reporting, a direct quote, or reported speech with a
/// partial quote.
fn paragraph(rng: &mut Rng, story: &Story) -> String {
    let speaker = &story.people[rng.below(4)];
    match rng.below(6) {
        0 => format!(
            "\"{}, {}\" {} {}. {}",
            {
                let words = 10 + rng.below(8);
                capitalise(&clause(rng, story, words))
            },
            clause(rng, story, 8),
            pick(rng, &SPEECH_VERBS),
            surname(speaker),
            sentence(rng, story)
        ),
        1 => format!(
            "{} {} mengatakan, \"{}.\" {}",
            pick(rng, &TITLES),
            speaker,
            {
                let words = 14 + rng.below(8);
                capitalise(&clause(rng, story, words))
            },
            sentence(rng, story)
        ),
        2 => format!(
            "Menurut {}, {} \"{}\" {}. {}",
            surname(speaker),
            clause(rng, story, 6),
            clause(rng, story, 3),
            clause(rng, story, 6),
            sentence(rng, story)
        ),
        _ => (0..3 + rng.below(2))
            .map(|_| sentence(rng, story))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// About 800 words of body paragraphs; the lead introduces the main people
/// with their titles.
fn body(rng: &mut Rng, story: &Story) -> Vec<String> {
    let mut paragraphs = vec![format!(
        "{} {} bertemu {} {} dari {} di {} {}. {}",
        pick(rng, &TITLES),
        story.people[0],
        pick(rng, &TITLES),
        story.people[1],
        story.organisation,
        story.places[0],
        story.date_phrase(rng),
        sentence(rng, story)
    )];
    let mut words = paragraphs[0].split_whitespace().count();
    while words < 800 {
        let next = paragraph(rng, story);
        words += next.split_whitespace().count();
        paragraphs.push(next);
    }
    paragraphs
}

fn code_block(rng: &mut Rng) -> String {
    let year = 2015 + rng.below(10);
    format!(
        "```python\nimport pandas as pd\n\ndata = pd.read_csv(\"anggaran-{year}.csv\")\nprint(data.groupby(\"provinsi\")[\"nilai\"].sum())\n```"
    )
}

fn headline(rng: &mut Rng, story: &Story, i: usize) -> String {
    format!(
        "{} {} {} di {} ({i})",
        capitalise(pick(rng, VOCABULARY)),
        capitalise(pick(rng, VOCABULARY)),
        capitalise(pick(rng, VOCABULARY)),
        story.places[0]
    )
}

/// The file name and text of synthetic article `i`.
pub fn article(i: usize, format: Format) -> (String, String) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407));
    rng.next();
    let story = Story::new(&mut rng);
    let title = headline(&mut rng, &story, i);
    let mut paragraphs = body(&mut rng, &story);
    match format {
        Format::Markdown => {
            if i % 10 == 3 {
                let at = paragraphs.len() / 2;
                paragraphs.insert(at, code_block(&mut rng));
            }
            let tags: Vec<&str> = (0..2 + rng.below(2))
                .map(|_| pick(&mut rng, &TAGS))
                .collect();
            let text = format!(
                "---\ntitle: \"{title}\"\ndate: {}\ntags: [{}]\n---\n\n{}\n",
                story.day,
                tags.join(", "),
                paragraphs.join("\n\n")
            );
            (format!("{i:06}.md"), text)
        }
        Format::Capture => (
            format!("{i:06}.txt"),
            capture(&mut rng, &story, &title, paragraphs),
        ),
    }
}

/// A raw capture: navigation, headline, date line, byline, the body with a
/// dateline, an advertisement label, a teaser, a photo caption, share prompts
/// and a related-articles tail.
fn capture(rng: &mut Rng, story: &Story, title: &str, mut paragraphs: Vec<String>) -> String {
    let weekday = WEEKDAYS[story.day.weekday().to_monday_zero_offset() as usize];
    let place = story.places[0].to_uppercase();
    paragraphs[0] = format!("{place} - {}", paragraphs[0]);
    let mut lines = vec![
        "Home > Nasional > Politik".to_string(),
        title.to_string(),
        format!(
            "{weekday}, {} {:02}:{:02} WIB",
            story.long_date(story.day),
            rng.below(24),
            rng.below(60)
        ),
        format!("Penulis: {}", person(rng.below(PEOPLE))),
    ];
    let caption_at = 2 + rng.below(3);
    for (k, paragraph) in paragraphs.into_iter().enumerate() {
        if k == 2 {
            lines.push("Advertisement".into());
        }
        if k == caption_at {
            lines.push(format!(
                "{} memberikan keterangan di {}. (Foto: ANTARA/{})",
                story.people[0],
                story.places[0],
                surname(&person(rng.below(PEOPLE)))
            ));
        }
        if k == 4 {
            lines.push(format!("Baca juga: {}", sentence(rng, story)));
        }
        lines.push(paragraph);
    }
    lines.push("Bagikan artikel ini".into());
    lines.push("Berita terkait".into());
    for _ in 0..3 {
        lines.push(sentence(rng, story));
    }
    lines.join("\n\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_depends_on_its_number_only_and_has_about_800_words() {
        let (name, text) = article(7, Format::Markdown);
        assert_eq!(name, "000007.md");
        assert_eq!(text, article(7, Format::Markdown).1);
        assert_ne!(text, article(8, Format::Markdown).1);
        let words = text.split_whitespace().count();
        assert!((800..1000).contains(&words), "{words} words");
    }

    #[test]
    fn markdown_articles_carry_front_matter_and_some_a_code_block() {
        let (_, text) = article(13, Format::Markdown);
        assert!(text.starts_with("---\ntitle: \""));
        assert!(text.contains("\ndate: 20"));
        assert!(text.contains("\ntags: ["));
        assert!(text.contains("```python"));
        assert!(!article(14, Format::Markdown).1.contains("```"));
    }

    #[test]
    fn captures_carry_furniture_around_the_body() {
        let (name, text) = article(5, Format::Capture);
        assert_eq!(name, "000005.txt");
        for furniture in [
            "Advertisement",
            "Baca juga: ",
            "(Foto: ANTARA/",
            "Berita terkait",
        ] {
            assert!(text.contains(furniture), "{furniture}");
        }
        assert!(text.contains(" WIB\n"));
    }
}
