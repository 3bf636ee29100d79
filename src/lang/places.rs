//! Countries, regions, capitals and well-known institutions as news in
//! Indonesian and English names them. The annotator uses the lists to tell a
//! place or an institution in front of a name ("Menlu Korea Utara Ri Yong-ho",
//! "juru bicara Kremlin Dmitry Peskov") from the name itself, and finds them in
//! the text as entities the dossier's gazetteer need not list. Each entry is a
//! canonical name, then `|` and its other names and abbreviations.

/// Places.
#[rustfmt::skip]
pub const PLACES: &[&str] = &[
    // Indonesian names
    "Afganistan", "Afrika", "Afrika Selatan", "Aljazair", "Amerika", "Amerika Serikat|AS",
    "Arab Saudi", "Argentina", "Asia", "Australia", "Austria", "Bangladesh", "Belanda", "Belgia",
    "Brasil", "Brunei", "Bulgaria", "Ceko", "Chili", "Tiongkok|China|Cina", "Denmark", "Eropa",
    "Filipina", "Finlandia", "Georgia", "Hongaria", "India", "Indonesia", "Inggris|Britania Raya",
    "Irak", "Iran", "Irlandia", "Israel", "Italia", "Jepang", "Jerman", "Kamboja", "Kanada",
    "Kazakhstan", "Kenya", "Kolombia", "Korea", "Korea Selatan|Korsel", "Korea Utara|Korut",
    "Kuba", "Kuwait", "Laos", "Lebanon", "Libya", "Malaysia", "Meksiko", "Mesir", "Mongolia",
    "Myanmar", "Nigeria", "Norwegia", "Pakistan", "Palestina", "Prancis|Perancis", "Peru",
    "Polandia", "Portugal", "Qatar", "Rumania", "Rusia", "Selandia Baru", "Singapura", "Spanyol",
    "Sri Lanka", "Sudan", "Suriah", "Swedia", "Swiss", "Taiwan", "Thailand", "Timur Tengah",
    "Timor Leste", "Turki", "Ukraina", "Uni Emirat Arab", "Uzbekistan", "Venezuela", "Vietnam",
    "Yaman", "Yordania", "Yunani", "Barat", "Semenanjung Korea", "Uni Soviet", "Jakarta", "Moskow",
    "Pyongyang", "Seoul", "Beijing", "Washington", "Tokyo", "Kiev", "Hanoi", "Vladivostok",
    "London", "Paris", "Berlin", "Brussel", "Jenewa", "New York", "Teheran", "Kairo", "Riyadh",
    "Ankara", "Bangkok", "Manila", "Kuala Lumpur", "Canberra", "Ottawa", "Roma", "Madrid", "Sabah",
    "Papua", "Jawa", "Sumatra|Sumatera", "Kalimantan", "Sulawesi", "Bali", "Krimea",
    "Laut China Selatan|Laut Cina Selatan|Laut Tiongkok Selatan",
    // English names
    "Afghanistan", "Africa", "South Africa", "Algeria", "America", "United States|US|U.S.|USA",
    "Saudi Arabia", "Belgium", "Brazil", "Czech Republic", "Chile", "China", "Finland", "Hungary",
    "United Kingdom|UK|Britain|Great Britain", "England", "Scotland", "Wales", "Iraq", "Ireland",
    "Italy", "Japan", "Germany", "Cambodia", "Canada", "Colombia", "South Korea|ROK",
    "North Korea|DPRK", "Cuba", "Mexico", "Egypt", "Netherlands", "Norway", "Palestine", "France",
    "Poland", "Romania", "Russia", "New Zealand", "Singapore", "Spain", "Syria", "Sweden",
    "Switzerland", "Turkey|Turkiye", "Ukraine", "United Arab Emirates|UAE", "Yemen", "Jordan",
    "Greece", "Europe", "Middle East", "Korean Peninsula", "West", "Moscow", "Kyiv", "Geneva",
    "Tehran", "Cairo", "Rome", "Brussels", "Philippines", "Denmark", "Soviet Union|USSR", "Crimea",
    "Gaza", "Jerusalem", "Tel Aviv", "Donbas", "South China Sea",
];

/// Institutions, agencies and outlets named by a short fixed name.
#[rustfmt::skip]
pub const INSTITUTIONS: &[&str] = &[
    "Kremlin", "Pentagon", "Gedung Putih", "White House", "PBB", "UN|United Nations", "NATO",
    "ASEAN", "KCNA", "TASS", "Reuters", "AFP", "AP|Associated Press", "Antara", "Xinhua", "Yonhap",
    "Sputnik", "Interfax", "RIA Novosti|RIA", "Kemlu|Kemenlu", "Downing Street", "Vatikan",
    "Vatican", "Dewan Keamanan", "Security Council", "IAEA", "WHO", "Uni Eropa|UE",
    "European Union|EU", "Korean Central News Agency", "Al Jazeera|aljazeera.com", "Bloomberg",
    "BBC", "CNN",
];

/// The names of a list entry, canonical first.
pub fn names_of(entry: &'static str) -> impl Iterator<Item = &'static str> {
    entry.split('|')
}
