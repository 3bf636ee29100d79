//! Countries, regions, capitals and well-known institutions as news in
//! Indonesian and English names them. The annotator uses the lists to tell a
//! place or an institution in front of a name ("Menlu Korea Utara Ri Yong-ho",
//! "juru bicara Kremlin Dmitry Peskov") from the name itself, and finds them in
//! the text as entities the dossier's gazetteer need not list.
//!
//! An entry is one place or institution: its names apart by `|`, each a name
//! a reader may be shown ("Korea Utara", "North Korea"), followed by `/` and
//! the shorter forms that stand for that name ("Korut", "DPRK"). The first
//! name is the entry's key; the one shown is the name the dossier's articles
//! use most.

/// Places.
#[rustfmt::skip]
pub const PLACES: &[&str] = &[
    "Afganistan|Afghanistan", "Afrika|Africa", "Afrika Selatan|South Africa", "Aljazair|Algeria",
    "Amerika|America", "Amerika Serikat/AS|United States/US/U.S./USA", "Arab Saudi|Saudi Arabia",
    "Argentina", "Asia", "Australia", "Austria", "Bangladesh", "Belanda|Netherlands",
    "Belgia|Belgium", "Brasil|Brazil", "Brunei", "Bulgaria", "Ceko|Czech Republic", "Chili|Chile",
    "Tiongkok|China|Cina", "Denmark", "Eropa|Europe", "Filipina|Philippines", "Finlandia|Finland",
    "Georgia", "Hongaria|Hungary", "India", "Indonesia",
    "Inggris|Britania Raya|United Kingdom/UK|Britain|Great Britain", "England", "Scotland",
    "Wales", "Irak|Iraq", "Iran", "Irlandia|Ireland", "Israel", "Italia|Italy", "Jepang|Japan",
    "Jerman|Germany", "Kamboja|Cambodia", "Kanada|Canada", "Kazakhstan", "Kenya",
    "Kolombia|Colombia", "Korea",
    "Korea Selatan/Korsel|South Korea/ROK|Republik Korea|Republic of Korea",
    "Korea Utara/Korut|North Korea/DPRK|Republik Rakyat Demokratik Korea|Democratic People's Republic of Korea",
    "Kuba|Cuba", "Kuwait", "Laos", "Lebanon", "Libya",
    "Malaysia", "Meksiko|Mexico", "Mesir|Egypt", "Mongolia", "Myanmar", "Nigeria",
    "Norwegia|Norway", "Pakistan", "Palestina|Palestine", "Prancis|Perancis|France", "Peru",
    "Polandia|Poland", "Portugal", "Qatar", "Rumania|Romania", "Rusia|Russia",
    "Selandia Baru|New Zealand", "Singapura|Singapore", "Spanyol|Spain", "Sri Lanka", "Sudan",
    "Suriah|Syria", "Swedia|Sweden", "Swiss|Switzerland", "Taiwan", "Thailand",
    "Timur Tengah|Middle East", "Timor Leste", "Turki|Turkey|Turkiye", "Ukraina|Ukraine",
    "Uni Emirat Arab|United Arab Emirates/UAE", "Uzbekistan", "Venezuela", "Vietnam",
    "Yaman|Yemen", "Yordania|Jordan", "Yunani|Greece", "Barat|West",
    "Semenanjung Korea|Korean Peninsula", "Uni Soviet|Soviet Union/USSR", "Jakarta",
    "Moskow|Moscow", "Pyongyang", "Seoul", "Beijing", "Washington", "Tokyo", "Kiev|Kyiv", "Hanoi",
    "Vladivostok", "London", "Paris", "Berlin", "Brussel|Brussels", "Jenewa|Geneva", "New York",
    "Teheran|Tehran", "Kairo|Cairo", "Riyadh", "Ankara", "Bangkok", "Manila", "Kuala Lumpur",
    "Canberra", "Ottawa", "Roma|Rome", "Madrid", "Sabah", "Papua", "Jawa",
    "Sumatra|Sumatera", "Kalimantan", "Sulawesi", "Bali", "Krimea|Crimea", "Gaza",
    "Yerusalem|Jerusalem", "Tel Aviv", "Donbas",
    "Laut China Selatan|Laut Cina Selatan|Laut Tiongkok Selatan|South China Sea",
];

/// Institutions, agencies and outlets named by a short fixed name.
#[rustfmt::skip]
pub const INSTITUTIONS: &[&str] = &[
    "Kremlin", "Pentagon", "Gedung Putih|White House", "PBB|United Nations/UN", "NATO", "ASEAN",
    "KCNA|Korean Central News Agency", "TASS", "Reuters", "AFP", "AP|Associated Press", "Antara",
    "Xinhua", "Yonhap", "Sputnik", "Interfax", "RIA Novosti/RIA", "Kemlu/Kemenlu",
    "Downing Street", "Vatikan|Vatican", "Dewan Keamanan|Security Council", "IAEA", "WHO",
    "Uni Eropa/UE|European Union/EU", "Al Jazeera/aljazeera.com", "Bloomberg", "BBC", "CNN",
];

/// Every name of a list entry and its shorter forms, the entry's key first.
pub fn names_of(entry: &'static str) -> impl Iterator<Item = &'static str> {
    entry.split(['|', '/'])
}

/// The names of a list entry a reader may be shown, each with the forms that
/// count as it (itself first): `[["Korea Utara", "Korut"], ["North Korea",
/// "DPRK"]]`.
pub fn shown_names(entry: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    entry.split('|').map(|name| name.split('/').collect())
}
