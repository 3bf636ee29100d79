//! Word tables per language: months, weekdays, time zones, page furniture and
//! outlet markers. Every rule of the cleaner and the annotator that depends on
//! words reads them from here, so a language is added by adding a table.

pub mod dates;
pub mod en;
pub mod id;
pub mod places;

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::word_table::WordTable;

/// The tables of one language.
pub struct Tables {
    /// ISO code.
    pub code: &'static str,
    /// Month names and abbreviations with their number (1–12).
    pub months: &'static [(&'static str, u8)],
    /// Weekday names with their number (Monday = 1 … Sunday = 7).
    pub weekdays: &'static [(&'static str, u8)],
    /// Short weekday names, read only in front of a whole date ("Wed 13 Sep
    /// 2023"): alone, some are words ("sat", "sun", "min").
    pub short_weekdays: &'static [&'static str],
    /// Very common words, for language detection.
    pub stopwords: &'static [&'static str],
    /// Whole lines that are page furniture.
    pub drop_lines: &'static [&'static str],
    /// Lines starting with these are furniture.
    pub drop_prefixes: &'static [&'static str],
    /// Related-article teaser markers (followed by a colon and a headline).
    pub teaser_markers: &'static [&'static str],
    /// A line starting with one of these ends the article.
    pub tail_markers: &'static [&'static str],
    /// Section names that open a rubric/tag line.
    pub sections: &'static [&'static str],
    /// Byline labels in front of an author's name.
    pub author_labels: &'static [&'static str],
    /// Labels of the credits that close a story ("Reporting by …; Editing
    /// by …", "Pewarta: …"): such a line after the body has begun ends it.
    pub credit_labels: &'static [&'static str],
    /// How a closing credit line ends: "… contributed to this report."
    pub credit_endings: &'static [&'static str],
    /// Labels in front of a photo caption, followed by a comma or a colon
    /// ("Image caption, …", "Keterangan foto: …").
    pub caption_labels: &'static [&'static str],
    /// Labels of a photo's source on a line of its own before its caption
    /// ("Image source, Reuters", "Sumber gambar, KCNA").
    pub image_source_labels: &'static [&'static str],
    /// Labels of a photo's credit on a line of its own after its caption
    /// ("Credit: Kremlin.ru", "Kredit foto: Antara").
    pub caption_credit_labels: &'static [&'static str],
    /// Words of reported speech and naming, for the annotator.
    pub speech: Speech,
}

/// Words the annotator reads to find who said a quote and what a name is.
/// All entries are lowercase; multi-word entries are space-separated.
pub struct Speech {
    /// Verbs that come right before the speaker: "kata Lavrov".
    pub verbs_before_speaker: &'static [&'static str],
    /// Verbs that follow their speaker: "Lavrov mengatakan".
    pub verbs_after_speaker: &'static [&'static str],
    /// Verbs with the speaker on either side: "said Smith", "Smith said".
    pub verbs_either_side: &'static [&'static str],
    /// Phrases that introduce a source: "menurut X", "according to X".
    pub according_to: &'static [&'static str],
    /// Suffix that turns a verb into "said he/she": "katanya", "ujarnya".
    pub pronoun_suffix: Option<&'static str>,
    /// Singular personal pronouns that can stand for the last speaker.
    pub pronouns: &'static [&'static str],
    /// Job titles and honorifics that stand in front of a name and are not part of it.
    pub titles: &'static [&'static str],
    /// First words of an organisation's name: "kementerian", "ministry".
    pub organisation_heads: &'static [&'static str],
    /// Words that may stand between a speaker and the verb: "juga", "also".
    pub fillers: &'static [&'static str],
    /// Words that open a clause or join phrases; never part of a name.
    pub function_words: &'static [&'static str],
    /// Words that mark a quoted term rather than quoted speech: "istilah", "so-called".
    pub term_markers: &'static [&'static str],
    /// Words after which a name is a place: "di", "kota", "in", "city".
    pub place_context: &'static [&'static str],
    /// First words of a place's name: "semenanjung", "pulau", "peninsula".
    pub place_heads: &'static [&'static str],
    /// Words after which a name is an organisation: "kantor berita", "agensi", "newspaper".
    pub organisation_context: &'static [&'static str],
}

/// All languages the tool knows, Indonesian first.
pub const ALL: [&Tables; 2] = [&id::TABLES, &en::TABLES];

/// Time zone abbreviations and their offset from UTC in minutes. Only
/// abbreviations news pages use for one zone: "CST" (China or the American
/// Central) and "AST" are left out; "IST" is India's.
pub const TIME_ZONES: &[(&str, i16)] = &[
    ("WIB", 7 * 60),
    ("WITA", 8 * 60),
    ("WIT", 9 * 60),
    ("GMT", 0),
    ("UTC", 0),
    ("KST", 9 * 60),
    ("JST", 9 * 60),
    ("MSK", 3 * 60),
    ("EST", -5 * 60),
    ("EDT", -4 * 60),
    ("PST", -8 * 60),
    ("PDT", -7 * 60),
    ("CET", 60),
    ("CEST", 2 * 60),
    ("EET", 2 * 60),
    ("EEST", 3 * 60),
    ("BST", 60),
    ("IST", 5 * 60 + 30),
    ("PKT", 5 * 60),
    ("ICT", 7 * 60),
    ("SGT", 8 * 60),
    ("MYT", 8 * 60),
    ("PHT", 8 * 60),
    ("HKT", 8 * 60),
    ("AEST", 10 * 60),
    ("AEDT", 11 * 60),
];

/// American zones written without their season ("9:12 AM ET"): the
/// offset in standard time, an hour less negative in summer time (from the
/// second Sunday of March to the first Sunday of November).
pub const US_SEASONAL_ZONES: &[(&str, i16)] = &[("ET", -5 * 60), ("PT", -8 * 60)];

/// American zones, as written after a time: a date in figures before one
/// puts its month first ("03/12/25 9:12 AM ET").
pub const US_ZONE_WORDS: &[&str] = &["ET", "PT", "EDT", "EST", "PDT", "PST"];

/// News outlets by a marker that names them: a domain or a dateline prefix.
pub const OUTLETS: &[(&str, &str)] = &[
    ("tempo.co", "Tempo"),
    ("medcom.id", "Medcom"),
    ("metrotvnews.com", "Metro TV"),
    ("kompas.com", "Kompas"),
    ("kompas.id", "Kompas"),
    ("detik.com", "Detik"),
    ("detiknews", "Detik"),
    ("cnnindonesia.com", "CNN Indonesia"),
    ("antaranews.com", "Antara"),
    ("liputan6.com", "Liputan6"),
    ("republika.co.id", "Republika"),
    ("okezone.com", "Okezone"),
    ("sindonews.com", "Sindonews"),
    ("tribunnews.com", "Tribunnews"),
    ("kumparan.com", "Kumparan"),
    ("jpnn.com", "JPNN"),
    ("suara.com", "Suara"),
    ("idntimes.com", "IDN Times"),
    ("viva.co.id", "Viva"),
    ("merdeka.com", "Merdeka"),
    ("cnbcindonesia.com", "CNBC Indonesia"),
    ("thejakartapost.com", "The Jakarta Post"),
    ("bbc.com", "BBC"),
    ("bbc.co.uk", "BBC"),
    ("reuters.com", "Reuters"),
    ("apnews.com", "Associated Press"),
    ("theguardian.com", "The Guardian"),
    ("nytimes.com", "The New York Times"),
    ("washingtonpost.com", "The Washington Post"),
    ("cnn.com", "CNN"),
    ("aljazeera.com", "Al Jazeera"),
    ("aljazeera.net", "Al Jazeera"),
    ("france24.com", "France 24"),
    ("dw.com", "DW"),
    ("voaindonesia.com", "VOA Indonesia"),
    ("voanews.com", "VOA"),
    ("yna.co.kr", "Yonhap"),
    ("koreaherald.com", "The Korea Herald"),
    ("koreatimes.co.kr", "The Korea Times"),
    ("joongang.co.kr", "Korea JoongAng Daily"),
    ("nknews.org", "NK News"),
    ("scmp.com", "South China Morning Post"),
    ("straitstimes.com", "The Straits Times"),
    ("channelnewsasia.com", "CNA"),
    ("japantimes.co.jp", "The Japan Times"),
    ("kyodonews.net", "Kyodo News"),
    ("nikkei.com", "Nikkei Asia"),
    ("globaltimes.cn", "Global Times"),
    ("thediplomat.com", "The Diplomat"),
    ("bloomberg.com", "Bloomberg"),
    ("ft.com", "Financial Times"),
    ("wsj.com", "The Wall Street Journal"),
    ("npr.org", "NPR"),
    ("abc.net.au", "ABC News"),
    ("nbcnews.com", "NBC News"),
    ("cbsnews.com", "CBS News"),
    ("mediaindonesia.com", "Media Indonesia"),
    ("jawapos.com", "Jawa Pos"),
    ("beritasatu.com", "Beritasatu"),
    ("tirto.id", "Tirto"),
    ("katadata.co.id", "Katadata"),
    ("bisnis.com", "Bisnis Indonesia"),
    ("kontan.co.id", "Kontan"),
    ("jakartaglobe.id", "Jakarta Globe"),
    ("kompas.tv", "Kompas TV"),
    ("inews.id", "iNews"),
    ("rri.co.id", "RRI"),
    ("euronews.com", "Euronews"),
    ("nhk.or.jp", "NHK World-Japan"),
    ("chosun.com", "The Chosun Ilbo"),
    ("hani.co.kr", "Hankyoreh"),
    ("dailynk.com", "Daily NK"),
    ("themoscowtimes.com", "The Moscow Times"),
    ("xinhuanet.com", "Xinhua"),
    ("bernama.com", "Bernama"),
    ("pikiran-rakyat.com", "Pikiran Rakyat"),
    ("gatra.com", "Gatra"),
    ("arabnews.com", "Arab News"),
    ("rt.com", "RT"),
    ("politico.com", "Politico"),
    ("politico.eu", "Politico"),
    ("meduza.io", "Meduza"),
    ("thehindu.com", "The Hindu"),
    ("kbs.co.kr", "KBS World"),
    ("independent.co.uk", "The Independent"),
    ("news.sky.com", "Sky News"),
    ("newsweek.com", "Newsweek"),
    ("asahi.com", "The Asahi Shimbun"),
    ("inilah.com", "Inilah"),
    ("foxnews.com", "Fox News"),
    ("telegraph.co.uk", "The Telegraph"),
    ("timesofindia.indiatimes.com", "The Times of India"),
    ("timesofindia.com", "The Times of India"),
    ("upi.com", "UPI"),
    ("tass.com", "TASS"),
    ("aa.com.tr", "Anadolu Agency"),
    ("news.yahoo.com", "Yahoo News"),
    ("sputnikglobe.com", "Sputnik"),
    ("voi.id", "VOI"),
    ("rmol.id", "RMOL"),
    ("krjogja.com", "KRjogja"),
    ("solopos.com", "Solopos"),
    ("suaramerdeka.com", "Suara Merdeka"),
    ("cnbc.com", "CNBC"),
    ("time.com", "TIME"),
    ("asiatimes.com", "Asia Times"),
    ("focustaiwan.tw", "Focus Taiwan"),
    ("wartaekonomi.co.id", "Warta Ekonomi"),
    ("akurat.co", "Akurat"),
    ("thehill.com", "The Hill"),
    ("axios.com", "Axios"),
    ("dailymail.co.uk", "Daily Mail"),
    ("dailymail.com", "Daily Mail"),
    ("hindustantimes.com", "Hindustan Times"),
    ("kyivindependent.com", "The Kyiv Independent"),
    ("inquirer.net", "Philippine Daily Inquirer"),
    ("tvonenews.com", "tvOne"),
    ("serambinews.com", "Serambinews"),
    ("harianjogja.com", "Harian Jogja"),
    ("jurnas.com", "Jurnas"),
    ("smh.com.au", "The Sydney Morning Herald"),
    ("thenationalnews.com", "The National"),
    ("rferl.org", "RFE/RL"),
    ("tribunjateng.com", "Tribun Jateng"),
    ("fajar.co.id", "Fajar"),
    ("bangkokpost.com", "Bangkok Post"),
    ("malaymail.com", "Malay Mail"),
    ("e.vnexpress.net", "VnExpress International"),
    ("japantoday.com", "Japan Today"),
    ("theconversation.com", "The Conversation"),
    ("era.id", "Era.id"),
    ("genpi.co", "GenPI"),
    ("radarbogor.id", "Radar Bogor"),
    ("wartakotalive.com", "Warta Kota"),
    ("stripes.com", "Stars and Stripes"),
    ("usatoday.com", "USA Today"),
    ("latimes.com", "Los Angeles Times"),
    ("foreignpolicy.com", "Foreign Policy"),
    ("yomiuri.co.jp", "The Yomiuri Shimbun"),
    ("idxchannel.com", "IDX Channel"),
    ("waspada.id", "Waspada"),
    ("ayobandung.com", "Ayobandung"),
    ("rm.id", "Rakyat Merdeka"),
    ("disway.id", "Disway"),
    ("38north.org", "38 North"),
    ("mainichi.jp", "The Mainichi"),
    ("abcnews.go.com", "ABC News"),
    ("rappler.com", "Rappler"),
    ("trtworld.com", "TRT World"),
    ("suarasurabaya.net", "Suara Surabaya"),
    ("tribun-timur.com", "Tribun Timur"),
    ("indozone.id", "Indozone"),
    ("ndtv.com", "NDTV"),
    ("cbc.ca", "CBC News"),
    ("washingtontimes.com", "The Washington Times"),
    ("thestar.com.my", "The Star"),
    ("al-monitor.com", "Al-Monitor"),
    ("investor.id", "Investor Daily"),
    ("lampost.co", "Lampost"),
    ("pojoksatu.id", "Pojoksatu"),
    ("wionews.com", "WION"),
    ("firstpost.com", "Firstpost"),
    ("japannews.yomiuri.co.jp", "The Japan News"),
    ("dailysabah.com", "Daily Sabah"),
    ("rfa.org", "Radio Free Asia"),
    ("tribunjabar.id", "Tribun Jabar"),
    ("beritajatim.com", "Beritajatim"),
    ("koran-jakarta.com", "Koran Jakarta"),
];

/// Indonesian honorifics that are family names too (Korean "Pak", Chinese
/// "Bu"): after an office they are the name's.
pub const HONORIFICS_THAT_ARE_FAMILY_NAMES: &[&str] = &["pak", "bu"];

/// Wire agencies, recognised in credits and sign-off lines.
pub const AGENCIES: &[&str] = &[
    "AP",
    "AFP",
    "Reuters",
    "ANTARA",
    "Xinhua",
    "Bernama",
    "Yonhap",
    "TASS",
    "Kyodo",
    "Jiji Press",
    "EPA",
    "dpa",
    "Anadolu",
    "KCNA",
    "Sputnik",
    "Interfax",
    "Agence France-Presse",
    "RIA Novosti",
    "Korean Central News Agency",
    "Korea News Service",
    "Vietnam News Agency",
    "Press Trust of India",
    "PTI",
    "IANS",
    "Asian News International",
];

/// Names of share buttons and social networks: a line of nothing else is a
/// row of buttons ("Facebook Twitter LinkedIn Email").
pub const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "email",
    "e-mail",
    "mail",
    "mailto",
    "whatsapp",
    "telegram",
    "line",
    "pinterest",
    "reddit",
    "instagram",
    "youtube",
    "tiktok",
    "threads",
    "messenger",
    "flipboard",
    "copy",
    "link",
    "print",
    "share",
    "bagikan",
    "salin",
    "tautan",
    "cetak",
];

/// Compass words that follow a place to name a part of it ("Jawa Barat",
/// "Sulawesi Tenggara").
pub const COMPASS_AFTER: &[&str] = &[
    "barat", "timur", "utara", "selatan", "tengah", "tenggara", "laut", "daya", "jauh",
];

/// Whether a word in lower case is one of `PORTFOLIO_WORDS`.
pub fn is_portfolio_word(lower: &str) -> bool {
    PORTFOLIO_WORDS.binary_search(&lower).is_ok()
}

/// An Indonesian noun made from a verb or adjective with "ke-…-an" or
/// "pe(r/m/n/ng)-…-an", eight letters or more: "kedatangan", "pembangunan",
/// "pertemuan". Opening a sentence, it is capitalised but names no one.
pub fn is_nominalisation(lower: &str) -> bool {
    lower.len() >= 8
        && lower.is_ascii()
        && lower.ends_with("an")
        && (lower.starts_with("ke") || lower.starts_with("pe"))
}

/// Words after a name in lower case that make it a place: "Russia's Amur
/// region", "the Primorye province".
pub const PLACE_TAILS: &[&str] = &[
    "region",
    "province",
    "oblast",
    "krai",
    "prefecture",
    "county",
    "district",
    "territory",
];

/// Words that end a facility's name, which is a place of its own even when
/// it opens with a known place's: "Pyongyang International Airport",
/// "Vladivostok Station".
pub const FACILITY_TAILS: &[&str] = &[
    "airport",
    "station",
    "square",
    "stadium",
    "bridge",
    "harbour",
    "harbor",
    "cosmodrome",
];

/// Indonesian titles that open an office written after a person's name
/// without a comma, as captions do: "Vladimir Putin Presiden Rusia (kiri)".
pub const OFFICES_AFTER_A_NAME: &[&str] = &[
    "presiden",
    "wakil",
    "perdana",
    "menteri",
    "menlu",
    "menhan",
    "juru",
    "jubir",
    "kepala",
    "pemimpin",
    "ketua",
    "direktur",
    "sekretaris",
    "duta",
    "dubes",
    "kanselir",
    "gubernur",
    "bupati",
    "penasihat",
    "komandan",
    "panglima",
];

/// Words for a station that open both a railway station's name and a
/// broadcaster's: "Stasiun Khasan", "Stasiun TVRI".
pub const STATION_HEADS: &[&str] = &["stasiun"];

/// Words that make a station's name a broadcaster's: "Stasiun Televisi
/// Korea", "Stasiun Radio Pyongyang".
pub const BROADCAST_WORDS: &[&str] = &["televisi", "tv", "radio"];

/// English words that end an institution's name, which is an organisation
/// of its own even when it opens with a known place's: "Korea Development
/// Institute", "Japan Foundation", "Carnegie Russia Eurasia Center". A
/// state's own bodies are not among them: "U.S. Navy", "Russia Foreign
/// Ministry" name the country too.
pub const INSTITUTION_TAILS: &[&str] = &[
    "institute",
    "institution",
    "center",
    "centre",
    "foundation",
    "university",
    "college",
    "academy",
    "society",
    "association",
    "forum",
    "fund",
    "trust",
    "times",
    "herald",
    "post",
    "press",
    "airlines",
    "airways",
    "company",
    "corporation",
    "group",
    "federation",
    "league",
    "network",
    "party",
];

/// Words of a ministry's or an office's portfolio, capitalised after a
/// title ("Menteri Sumber Daya Alam", "Minister of Natural Resources",
/// "Penasihat Keamanan Nasional"): a name that opens with them names a
/// portfolio, and a person only after them. Indonesian and English, sorted
/// (`is_portfolio_word` searches them by halves).
#[rustfmt::skip]
pub const PORTFOLIO_WORDS: &[&str] = &[
    "affairs", "agama", "agriculture", "alam", "amunisi", "commerce", "communications", "culture",
    "daya", "development", "ecology", "economic", "economy", "education", "ekologi", "ekonomi",
    "emergency", "energi", "energy", "environment", "external", "finance", "fisheries", "forestry",
    "ham", "health", "hidup", "home", "housing", "hukum", "industri", "industry", "informatika",
    "infrastructure", "interior", "internal", "investasi", "justice", "keamanan", "kebijakan",
    "kebudayaan", "kehutanan", "kelautan", "kesehatan", "ketenagakerjaan", "keuangan",
    "komunikasi", "koperasi", "labor", "labour", "lingkungan", "mineral", "nasional", "natural",
    "olahraga", "pariwisata", "pekerjaan", "pembangunan", "pemuda", "pendidikan", "perdagangan",
    "perencanaan", "perhubungan", "perikanan", "perindustrian", "pertahanan", "pertanian",
    "perumahan", "planning", "politik", "relations", "resources", "reunifikasi", "riset",
    "science", "situations", "sosial", "sports", "strategis", "sumber", "technology", "teknologi",
    "tourism", "trade", "transmigrasi", "transport", "umum", "unification", "unifikasi", "urusan",
    "veterans", "welfare", "wilayah", "youth",
];

/// Compass words that open a place's name ("West Java", "West Bank",
/// "Central Sulawesi").
pub const COMPASS_BEFORE: &[&str] = &[
    "west",
    "east",
    "north",
    "south",
    "central",
    "western",
    "eastern",
    "northern",
    "southern",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// Words that put a place after them but also a person ("ke", "from",
/// "a letter to Kim"): a name after them is not known to be a place.
pub const NOT_ONLY_PLACES_AFTER: &[&str] = &[
    "ke", "dari", "ibu", "negara", "to", "from", "at", "near", "across",
];

/// How a note on the writer opens at an article's end ("The writer is a
/// researcher at …"); one naming the writer opens with the name and one of
/// `WRITER_NOTE_VERBS` ("Jane Roe is a fellow …").
pub const WRITER_NOTE_OPENINGS: &[&str] = &[
    "the writer is ",
    "the author is ",
    "the writers are ",
    "the authors are ",
    "penulis adalah ",
    "penulis merupakan ",
];

/// Words after a writer's name on a line saying where they reported from
/// ("Jane Roe reported from Seoul, and …").
pub const REPORTED_FROM: &[&str] = &[" reported from ", " melaporkan dari "];

/// Verbs after a writer's name that open a statement of their interests
/// ("Jane Roe does not work for, consult, own shares in …").
pub const WRITER_DISCLOSURES: &[&str] = &[
    " does not work for",
    " do not work for",
    " receives funding from",
    " has received funding from",
    " tidak bekerja untuk",
];

/// Heads of institutions and facilities named after a place, which is
/// part of their name: "Universitas Indonesia", "University of Tokyo",
/// "Bank of Korea", "Bandara Internasional Pyongyang".
pub const HEADS_NAMED_AFTER_PLACES: &[&str] = &[
    "Bandara Internasional",
    "Bandar Udara",
    "Universitas",
    "Universiti",
    "University of",
    "Bank",
    "Bank of",
    "Institut",
    "Institute of",
    "Party of",
    "Politeknik",
];

/// Place heads that name an area by its own place's name: "Kota
/// Pyongyang" is Pyongyang, where "Laut Jepang" is not Japan.
pub const HEADS_OF_ADMINISTRATIVE_AREAS: &[&str] = &["kota", "provinsi", "kabupaten", "daerah"];

/// Adjectives after an organisation's name that make it another body's:
/// "Dewan Keamanan Nasional" is no Security Council's.
pub const ORGANISATION_ADJECTIVES_AFTER: &[&str] = &["nasional", "federal"];

/// Words a byline names an outlet's staff by: "Tim Redaksi", "Tim
/// IDXChannel", "Team Example News".
pub const STAFF_WORDS: &[&str] = &["tim", "team", "redaksi", "staff"];

/// Verbs after a writer's surname that open a note on their beat ("Kim
/// covers North and South Korea for …").
pub const WRITER_BEAT_VERBS: &[&str] = &[" covers ", " reports on ", " meliput "];

/// A writer's role after the outlet on a byline ("KOTARO NAGANO, Nikkei
/// staff writer").
pub const BYLINE_ROLES: &[&str] = &[
    "staff writer",
    "staff reporter",
    "correspondent",
    "reporter",
    "contributor",
    "wartawan",
    "jurnalis",
    "kontributor",
];

/// Words a photo is credited with when no agency took it: from the web,
/// the page's own files, a handout ("…/Net", "…/Ist", "…/Dok").
pub const PHOTO_SOURCE_WORDS: &[&str] = &[
    "net",
    "internet",
    "ist",
    "istimewa",
    "dok",
    "dokumentasi",
    "handout",
    "file",
];

/// Labels of a line naming a story's sources ("Source: Al Jazeera and
/// news agencies").
pub const SOURCE_LABELS: &[&str] = &["source", "sources", "sumber"];

/// Verbs after the writer's name that open a note on them.
pub const WRITER_NOTE_VERBS: &[&str] = &[" is ", " adalah ", " merupakan "];

/// Words of a reading-time line besides its figure ("Dibaca Normal 4
/// menit", "waktu baca 3 menit", "5 min read", "Reading time: 4 minutes").
pub const READING_TIME_WORDS: &[&str] = &[
    "baca",
    "dibaca",
    "membaca",
    "waktu",
    "lama",
    "normal",
    "read",
    "reading",
    "time",
    "estimated",
];

/// Units a reading time is given in.
pub const READING_TIME_UNITS: &[&str] = &["menit", "min", "mins", "minute", "minutes"];

/// Words that open a breadcrumb trail ("Home / World / Asia").
pub const HOME_WORDS: &[&str] = &["home", "homepage", "beranda", "depan"];

/// Words that end a newspaper's name: "The Moscow Times", "China Daily",
/// "The Chosun Ilbo", "Jawa Pos".
pub const PUBLICATION_TAILS: &[&str] = &[
    "times",
    "post",
    "pos",
    "herald",
    "journal",
    "tribune",
    "gazette",
    "observer",
    "telegraph",
    "chronicle",
    "inquirer",
    "courier",
    "dispatch",
    "daily",
    "ilbo",
    "shimbun",
    "sinmun",
];

/// Words that open a newspaper's or broadcaster's name: "Daily NK", "Harian
/// Jogja", "Radio Free Asia".
pub const PUBLICATION_HEADS: &[&str] = &["daily", "harian", "koran", "radio", "tabloid", "majalah"];

/// Words of a page's sections and features, never of a publication's name
/// ("Daily Briefing", "World News").
pub const SECTION_WORDS: &[&str] = &[
    "news",
    "briefing",
    "digest",
    "newsletter",
    "podcast",
    "video",
    "live",
    "latest",
    "breaking",
    "top",
    "world",
    "opinion",
    "politics",
    "business",
    "sport",
    "sports",
    "analysis",
    "editorial",
    "edition",
    "berita",
    "terkini",
    "terbaru",
    "populer",
];

/// Month number of a name or abbreviation in any known language.
pub fn month_number(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.');
    if !(3..=12).contains(&word.len()) || !word.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    ALL.iter()
        .flat_map(|t| t.months.iter())
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, n)| *n)
}

/// Offset in minutes from UTC of a time zone abbreviation.
pub fn zone_offset(abbreviation: &str) -> Option<i16> {
    TIME_ZONES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(abbreviation))
        .map(|(_, minutes)| *minutes)
}

/// Words a language detector counts: each stopword with the languages (bits
/// by position in `ALL`) that list it.
struct Stopwords {
    languages_of: WordTable<u32>,
    /// The longest stopword's length: a longer ASCII word is none.
    longest: usize,
}

static STOPWORDS: LazyLock<Stopwords> = LazyLock::new(|| {
    let mut languages_of: FxHashMap<&'static str, u32> = FxHashMap::default();
    for (i, tables) in ALL.iter().enumerate() {
        for word in tables.stopwords {
            *languages_of.entry(word).or_default() |= 1 << i;
        }
    }
    let longest = languages_of.keys().map(|w| w.len()).max().unwrap_or(0);
    Stopwords {
        languages_of: WordTable::new(languages_of),
        longest,
    }
});

impl Stopwords {
    /// The languages that list `word` as a stopword (bits by position in
    /// `ALL`), whatever its case; `lower` is room for its lowercase form.
    fn languages(&self, word: &str, lower: &mut String) -> u32 {
        // Only an ASCII word's length tells: lowercasing can make a longer
        // non-ASCII word an ASCII one ("\u{212A}ata" → "kata").
        if word.len() > self.longest && word.is_ascii() {
            return 0;
        }
        let word = if word.bytes().all(|b| b.is_ascii_lowercase()) {
            word
        } else {
            lower.clear();
            push_lowercase(lower, word);
            lower.as_str()
        };
        self.languages_of.get(word)
    }
}

/// The runs of letters of a text: what `text.split(|c: char| !c.is_alphabetic())`
/// gives less its empty pieces, without decoding ASCII bytes as characters.
fn letter_runs(text: &str) -> impl Iterator<Item = &str> {
    let letter_at = |at: usize| match text.as_bytes()[at] {
        b if b.is_ascii() => (b.is_ascii_alphabetic(), 1),
        _ => {
            let c = text[at..].chars().next().expect("a char starts here");
            (c.is_alphabetic(), c.len_utf8())
        }
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            if at == text.len() {
                return None;
            }
            let (letter, width) = letter_at(at);
            if letter {
                break;
            }
            at += width;
        }
        let start = at;
        while at < text.len() {
            let (letter, width) = letter_at(at);
            if !letter {
                break;
            }
            at += width;
        }
        Some(&text[start..at])
    })
}

/// A word shaped like a web address: a name, a dot and a domain's ending in
/// lower case ("Waspada.id", "RM.id", "Kompas.com"; not "U.S." nor "St.").
pub fn is_web_domain(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(name, ending)| {
        !name.is_empty()
            && (2..=6).contains(&ending.len())
            && ending.bytes().all(|b| b.is_ascii_lowercase())
    })
}

/// Whether `word`, in any case, is one of `lowercase_words` (given in
/// lowercase): an ASCII word is compared without being lowercased, any other
/// is lowercased once ("\u{212A}" Kelvin becomes an ASCII "k").
pub fn is_among<'w>(word: &str, lowercase_words: impl IntoIterator<Item = &'w &'w str>) -> bool {
    let mut words = lowercase_words.into_iter();
    match word.is_ascii() {
        true => words.any(|w| w.eq_ignore_ascii_case(word)),
        false => {
            let lower = word.to_lowercase();
            words.any(|w| *w == lower)
        }
    }
}

/// "V.", "L.P.": initials, each with its full stop.
pub fn is_initials_with_stop(word: &str) -> bool {
    word.strip_suffix('.').is_some_and(is_initials)
}

/// Whether a word is one or more initials written together: "V", "L.P",
/// "J.K" (the tokenizer keeps inner full stops in a word).
pub fn is_initials(word: &str) -> bool {
    let mut letter_due = true;
    for c in word.chars() {
        let fits = match letter_due {
            true => c.is_uppercase(),
            false => c == '.',
        };
        if !fits {
            return false;
        }
        letter_due = !letter_due;
    }
    !letter_due
}

/// Appends a word in lowercase, character by character; ASCII in place.
pub fn push_lowercase(out: &mut String, word: &str) {
    if word.is_ascii() {
        push_ascii_lowercase(out, word);
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// `text` in lowercase with every character where it was, or `None` when
/// lowercasing changes a character's length ("İ" → "i̇"). Each character is
/// lowercased alone, as `push_lowercase` does, so a word's lowercase form is
/// the same slice of the result.
pub fn lowercase_in_place(text: &str) -> Option<String> {
    if text.is_ascii() {
        return Some(text.to_ascii_lowercase());
    }
    let mut lowered = String::with_capacity(text.len());
    let mut ascii_from = 0;
    for (at, c) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
        push_ascii_lowercase(&mut lowered, &text[ascii_from..at]);
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => lowered.push(l),
            _ => return None,
        }
        ascii_from = at + c.len_utf8();
    }
    push_ascii_lowercase(&mut lowered, &text[ascii_from..]);
    Some(lowered)
}

/// Appends ASCII text in lowercase.
fn push_ascii_lowercase(out: &mut String, ascii: &str) {
    let start = out.len();
    out.push_str(ascii);
    out[start..].make_ascii_lowercase();
}

/// How many words of a text the detector reads: the opening of an article
/// (its lead and first paragraphs) tells its language as well as the whole
/// does, at a fraction of the cost (language detection was 5 % of a build
/// when it read 2,000).
const DETECTION_WORDS: usize = 300;

/// Guesses the language of a text given in parts (paragraphs) from its most
/// common words; `None` when unsure.
pub fn detect_in<'t>(parts: impl IntoIterator<Item = &'t str>) -> Option<&'static str> {
    let mut counts = [0usize; ALL.len()];
    let words = parts
        .into_iter()
        .flat_map(letter_runs)
        .take(DETECTION_WORDS);
    let stopwords = &*STOPWORDS;
    let mut lower = String::new();
    for word in words {
        let languages = stopwords.languages(word, &mut lower);
        if languages != 0 {
            for (i, count) in counts.iter_mut().enumerate() {
                *count += (languages >> i & 1) as usize;
            }
        }
    }
    let (best, &count) = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, c)| (**c, usize::MAX - i))?;
    let second = counts
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != best)
        .map(|(_, c)| *c)
        .max()
        .unwrap_or(0);
    (count >= 3 && count > second * 2).then(|| ALL[best].code)
}

#[cfg(test)]
mod tests {
    #[test]
    fn portfolio_words_are_sorted_for_their_search() {
        assert!(super::PORTFOLIO_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::is_portfolio_word("keamanan") && !super::is_portfolio_word("kozlov"));
    }

    use super::*;

    #[test]
    fn offices_after_a_name_are_indonesian_titles() {
        let titles = id::TABLES.speech.titles;
        let missing: Vec<&&str> = (OFFICES_AFTER_A_NAME.iter())
            .filter(|office| !titles.contains(office))
            .collect();
        assert!(missing.is_empty(), "not among the titles: {missing:?}");
    }

    #[test]
    fn each_outlet_address_is_listed_once() {
        let mut addresses: Vec<&str> = OUTLETS.iter().map(|(address, _)| *address).collect();
        addresses.sort_unstable();
        let repeated: Vec<&[&str]> = addresses.windows(2).filter(|w| w[0] == w[1]).collect();
        assert!(repeated.is_empty(), "listed twice: {repeated:?}");
    }

    #[test]
    fn a_word_is_among_lowercase_words_in_any_case() {
        let words = ["pada", "on", "kelvin"];
        assert!(is_among("PADA", &words) && is_among("On", &words));
        assert!(
            is_among("\u{212A}elvin", &words),
            "the Kelvin sign lowercases to k"
        );
        assert!(!is_among("pad", &words) && !is_among("Öн", &words));
    }

    /// What `letter_runs` must give: `split` at non-letters, less the empty pieces.
    fn split_runs(text: &str) -> Vec<&str> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn letter_runs_are_those_of_split() {
        for text in [
            "",
            "a",
            " ",
            "Kim, Putin bertemu.",
            "Tiba 25/4  di Moskwa…",
            "Łódź—Zürich ok",
            "ab",
        ] {
            assert_eq!(
                letter_runs(text).collect::<Vec<_>>(),
                split_runs(text),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn letter_runs_are_always_those_of_split(text in "[a-zA-Zé .,’—0-9Łź]{0,40}") {
            proptest::prop_assert_eq!(letter_runs(&text).collect::<Vec<_>>(), split_runs(&text));
        }
    }

    #[test]
    fn month_names_match_in_any_case_with_or_without_a_full_stop() {
        for table in ALL {
            for (name, _) in table.months {
                assert!(name.bytes().all(|b| b.is_ascii_lowercase()), "{name}");
            }
        }
        assert_eq!(month_number("Agustus"), Some(8));
        assert_eq!(month_number("SEPT."), Some(9));
        assert_eq!(month_number("mei"), Some(5));
        assert_eq!(month_number("Mein"), None);
        assert_eq!(month_number("12"), None);
    }

    #[test]
    fn detects_indonesian_and_english() {
        assert_eq!(
            detect_in(["Presiden itu mengatakan bahwa dia akan datang dan tidak ada yang tahu."]),
            Some("id")
        );
        assert_eq!(
            detect_in(["The minister said that it was the first visit of the year to the city."]),
            Some("en")
        );
        assert_eq!(detect_in(["Kim Jong Un"]), None);
        // Capitals and paragraphs do not change the count.
        assert_eq!(
            detect_in(["PRESIDEN ITU mengatakan", "bahwa dia akan datang"]),
            Some("id")
        );
    }

    #[test]
    fn stopwords_are_found_in_any_case_and_long_words_are_none() {
        let mut lower = String::new();
        let languages = |word: &str, lower: &mut String| STOPWORDS.languages(word, lower);
        let indonesian = 1 << ALL.iter().position(|t| t.code == "id").unwrap();
        assert_eq!(languages("yang", &mut lower), indonesian);
        assert_eq!(languages("YANG", &mut lower), indonesian);
        // The Kelvin sign lowercases to an ASCII "k".
        assert_eq!(languages("\u{212A}ata", &mut lower), indonesian);
        assert_eq!(languages("dengannya", &mut lower), 0);
    }

    proptest::proptest! {
        /// Every word is counted as its lowercase form is listed.
        #[test]
        fn a_word_s_languages_are_those_of_its_lowercase_form(
            word in "(yang|Dengan|THE|said|Kata|\u{212A}ata|İtu|[a-zA-ZéK\u{212A}]{1,9})",
        ) {
            let mut alone = String::new();
            push_lowercase(&mut alone, &word);
            let expected = STOPWORDS.languages_of.get(alone.as_str());
            proptest::prop_assert_eq!(STOPWORDS.languages(&word, &mut String::new()), expected);
        }
    }

    #[test]
    fn months_are_found_in_both_languages() {
        assert_eq!(month_number("Mei"), Some(5));
        assert_eq!(month_number("May"), Some(5));
        assert_eq!(month_number("Okt."), Some(10));
        assert_eq!(month_number("Maybe"), None);
    }
}
