//! First paragraph → (dateline, outlet marker, rest): recognises "TEMPO.CO,
//! Jakarta - ", "JAKARTA, KOMPAS.com - ", "WASHINGTON (Reuters) - ",
//! "SYDNEY, Jan 6 (Reuters) - ", "MOSCOW, September 13. /TASS/. ",
//! "PYONGYANG, June 19 — ",
//! "tirto.id - ", "Jakarta, CNN Indonesia -- " (an outlet the caller knows
//! by name) and "Moskow: " at the start of an article's lead.

use std::sync::LazyLock;

use regex::Regex;

use crate::lang;

/// A dateline found at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The place, in title case ("Jakarta"); empty where the outlet's
    /// address stands alone ("tirto.id - ").
    pub place: String,
    /// An outlet or agency named with it ("TEMPO.CO", "Reuters").
    pub marker: Option<String>,
    /// Byte length of the dateline prefix, separator included.
    pub len: usize,
}

const PLACE: &str = r"\p{Lu}[\p{L}'.]*(?:\s+\p{Lu}[\p{L}'.]*){0,2}";
/// A place, or two apart by a slash ("MOSCOW/SEOUL"): the first is the
/// dateline's (`first_place`). The slash is inside the place's class, not
/// a second place's pattern: each Unicode class costs its compiling.
const PLACES: &str = r"\p{Lu}[\p{L}'./]*(?:\s+\p{Lu}[\p{L}'./]*){0,2}";
const DOMAIN: &str = r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\.[A-Za-z]{2,})+";

static OUTLET_THEN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<marker>{DOMAIN})\s*,\s*(?P<place>{PLACE})\s*[-–—]+\s*"
    ))
    .unwrap()
});
static PLACE_THEN_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<place>{PLACE})\s*,\s*(?P<marker>{DOMAIN})\s*[-–—]+\s*"
    ))
    .unwrap()
});
/// "Jakarta, CNN Indonesia --": a place and an outlet's name, which only
/// counts when the caller knows the name (else "Jakarta, Indonesia -" would
/// name an outlet "Indonesia").
static PLACE_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<place>{PLACE})\s*,\s*(?P<marker>\p{{Lu}}[\p{{L}}\d]*(?:\s+[\p{{Lu}}\d][\p{{L}}\d]*){{0,3}})\s*[-–—]+\s*"
    ))
    .unwrap()
});
/// "Warta Ekonomi, Jakarta - ": an outlet's name and the place, which only
/// counts when the caller knows the name.
static NAME_THEN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<marker>\p{{Lu}}[\p{{L}}\d]*(?:\s+[\p{{Lu}}\d][\p{{L}}\d]*){{0,3}})\s*,\s*(?P<place>{PLACE})\s*[-–—]+\s*"
    ))
    .unwrap()
});
/// "AKURAT.CO Kementerian …": an outlet's address in capitals right before
/// the lead, no dash; it counts only when the caller knows the address.
static ADDRESS_BARE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<marker>[A-Z][A-Z0-9]*(?:\.[A-Z]{2,})+)\s+").unwrap());
/// "WASHINGTON (Reuters) - ", and "SEOUL, South Korea (AP) — " with the
/// country after the place ("MOSCOW/SEOUL (Reuters) - ": filed from two
/// places, the first is the dateline's); without the agency, the place in capitals and
/// the country before a dash: "CAMP HUMPHREYS, South Korea — " (in ASCII
/// letters: each Unicode class of a pattern costs its compiling).
static PLACE_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?P<place>{PLACES})(?:\s*,\s*{PLACE})?\s*\((?P<marker>[\p{{L}}. -]+)\)\s*[-–—:]+|(?P<capital>[A-Z][A-Z'.-]*(?:\s+[A-Z][A-Z'.-]*){{0,2}})\s*,\s*[A-Z][A-Za-z'.]*(?:\s+[A-Z][A-Za-z'.]*){{0,2}}\s*[-–—]+)(?:\s+|$)"
    ))
    .unwrap()
});
/// "SYDNEY, Jan 6 (Reuters) - ": a wire's place, day and agency (or two
/// joined: "(Bernama-Yonhap)"); the dash may be left out ("Taipei, June
/// 20 (CNA) Taiwan …"). Without an agency the dash is needed:
/// "PYONGYANG, June 19 — ". (One pattern for both: a counted run of a
/// Unicode class compiles to a copy of the class per count.)
static PLACE_DAY_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<place>{PLACES})\s*,\s*(?:\p{{Lu}}\p{{Ll}}{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+\p{{Lu}}\p{{Ll}}{{2,8}}\.?)\s*(?:\((?P<marker>[\p{{L}}. -]+)\)\s*[-–—:]*|[-–—]+)(?:\s+|$)"
    ))
    .unwrap()
});
/// "VOSTOCHNY COSMODROME, September 13. /TASS/. ": the agency between
/// slashes after the place and day.
static PLACE_DAY_SLASHED_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<place>{PLACE})\s*,\s*(?:\p{{Lu}}\p{{Ll}}{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+\p{{Lu}}\p{{Ll}}{{2,8}}\.?)\.?\s*/(?P<marker>[\p{{L}}. -]+)/\.?\s+"
    ))
    .unwrap()
});
/// "KONTAN.CO.ID - MOSKOW. " and "KRjogja.com - MOSKOW - ": the outlet's
/// address, then the place in capitals and a full stop or a dash.
static OUTLET_DASH_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<marker>{DOMAIN})\s*[-–—]+\s*(?P<place>\p{{Lu}}[\p{{Lu}}'-]*(?:\s+\p{{Lu}}[\p{{Lu}}'-]*){{0,2}})(?:\.|\s+[-–—]+)\s+"
    ))
    .unwrap()
});
/// "RMOL. ": an outlet's name and a full stop, no place; it counts only
/// when the caller knows the name.
static NAME_STOP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<marker>\p{Lu}[\p{L}]+)\.\s+").unwrap());
/// "tirto.id - ": the outlet's address alone, no place.
static OUTLET_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?P<marker>{DOMAIN})\s*[-–—]+\s+")).unwrap());
static PLACE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?P<place>{PLACE})\s*(?::|\s[-–—]+)(?:\s+|$)")).unwrap()
});

/// The dateline at the start of a lead paragraph, if it has one;
/// `is_outlet_name` tells an outlet's name after the place ("Jakarta, CNN
/// Indonesia --") from any other.
pub fn find(paragraph: &str, is_outlet_name: &dyn Fn(&str) -> bool) -> Option<Dateline> {
    find_in(paragraph, false, is_outlet_name)
}

/// A line that is nothing but a dateline ("Jakarta -"), as some pages set it
/// above the lead.
pub fn find_alone(line: &str, is_outlet_name: &dyn Fn(&str) -> bool) -> Option<Dateline> {
    // "Catatan:" alone is a label, not a place.
    find_in(line, true, is_outlet_name)
        .filter(|found| found.len == line.len() && !line.ends_with(':'))
}

fn find_in(
    paragraph: &str,
    alone: bool,
    is_outlet_name: &dyn Fn(&str) -> bool,
) -> Option<Dateline> {
    // Each pattern, and for some the cheap test a paragraph must pass first:
    // most paragraphs have no comma and dash near their start, nor a first
    // word with a full stop. A pattern with a test and a marker counts only
    // when the marker is an outlet's known name.
    let any_marker: Option<fn(&str) -> bool> = None;
    for (pattern, known_name_after) in [
        (&*OUTLET_THEN_PLACE, any_marker),
        (&*PLACE_THEN_OUTLET, any_marker),
        (&*PLACE_THEN_NAME, Some(may_name_outlet as fn(&str) -> bool)),
        (&*NAME_THEN_PLACE, Some(may_name_outlet)),
        (&*PLACE_AGENCY, any_marker),
        (&*PLACE_DAY_AGENCY, any_marker),
        (&*PLACE_DAY_SLASHED_AGENCY, any_marker),
        (&*OUTLET_DASH_PLACE, any_marker),
        (&*OUTLET_ONLY, any_marker),
        (&*NAME_STOP, Some(first_word_ends_sentence)),
        (&*ADDRESS_BARE, Some(opens_in_capital)),
        (&*PLACE_ONLY, any_marker),
    ] {
        let known_name = known_name_after.is_some();
        if known_name_after.is_some_and(|may_name| !may_name(paragraph)) {
            continue;
        }
        if let Some(caps) = pattern.captures(paragraph) {
            let marker = caps.name("marker").map(|m| m.as_str());
            if known_name && marker.is_some_and(|marker| !is_outlet_name(marker)) {
                continue;
            }
            if caps
                .name("marker")
                .is_some_and(|m| !marker_fits(m.as_str()))
            {
                continue;
            }
            let rest = &paragraph[caps.get(0)?.end()..];
            let opens_the_lead = rest
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "\"“'‘".contains(c));
            if !(opens_the_lead || (alone && rest.is_empty())) {
                continue;
            }
            let len = caps.get(0)?.end();
            // A pattern's place in capitals has a name of its own.
            let place = caps.name("place").or_else(|| caps.name("capital"));
            // "PIKIRAN RAKYAT - ": an outlet known by name where the place
            // would stand is the outlet's marker; so is an address and the
            // outlet's name after it ("RM.id  Rakyat Merdeka - ").
            let outlet_as_place = place.map(|p| p.as_str()).and_then(|place| {
                let first = place.split_whitespace().next()?;
                match lang::is_web_domain(first) {
                    true => Some(first),
                    false => is_outlet_name(place).then_some(place),
                }
            });
            if let (Some(marker), None) = (outlet_as_place, caps.name("marker")) {
                return Some(Dateline {
                    place: String::new(),
                    marker: Some(marker.to_string()),
                    len,
                });
            }
            return Some(Dateline {
                place: place
                    .map_or_else(String::new, |place| title_case(first_place(place.as_str()))),
                marker: caps.name("marker").map(|m| m.as_str().to_string()),
                len,
            });
        }
    }
    None
}

/// Whether an agency's marker has the length of one: 2 to 30 characters.
/// (Counted here, not in the patterns: a counted repetition of a Unicode
/// class compiles to a copy of the class per count, and the patterns took
/// 30 ms to compile.)
fn marker_fits(marker: &str) -> bool {
    (2..=MAX_MARKER_CHARS).contains(&marker.chars().count())
}

const MAX_MARKER_CHARS: usize = 30;

/// Whether a paragraph opens with a capital letter ("AKURAT.CO …").
fn opens_in_capital(paragraph: &str) -> bool {
    paragraph
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_uppercase)
}

/// Whether a paragraph's first word ends with a full stop ("RMOL. …").
fn first_word_ends_sentence(paragraph: &str) -> bool {
    let head = &paragraph.as_bytes()[..paragraph.len().min(MAX_MARKER_CHARS + 2)];
    memchr::memchr(b' ', head).is_some_and(|space| space > 0 && head[space - 1] == b'.')
}

/// Whether a comma and then a dash come in a paragraph's first 80 bytes,
/// as in "Jakarta, CNN Indonesia --".
fn may_name_outlet(paragraph: &str) -> bool {
    let head = &paragraph.as_bytes()[..paragraph.len().min(80)];
    // "–" and "—" both open with the byte 0xE2.
    memchr::memchr(b',', head)
        .is_some_and(|comma| memchr::memchr2(b'-', 0xE2, &head[comma..]).is_some())
}

/// The first of the places a story was filed from: "MOSCOW/SEOUL" →
/// "MOSCOW".
fn first_place(places: &str) -> &str {
    places.split('/').next().unwrap_or(places)
}

/// "JAKARTA" → "Jakarta"; mixed-case names are kept as they are.
pub(super) fn title_case(place: &str) -> String {
    if place.chars().any(char::is_lowercase) {
        return place.to_string();
    }
    place
        .split_whitespace()
        .map(|word| {
            let mut chars = word.chars();
            let first = chars
                .next()
                .map(|c| c.to_uppercase().collect::<String>())
                .unwrap_or_default();
            first + &chars.as_str().to_lowercase()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(paragraph: &str) -> Option<Dateline> {
        super::find(paragraph, &|name| {
            name.eq_ignore_ascii_case("CNN Indonesia")
        })
    }

    fn find_alone(line: &str) -> Option<Dateline> {
        super::find_alone(line, &|name| name == "CNN Indonesia")
    }

    #[test]
    fn a_place_in_capitals_and_its_country_before_a_dash() {
        let d =
            find("CAMP HUMPHREYS, South Korea — Russia and North Korea signed a pact.").unwrap();
        assert_eq!((d.place.as_str(), d.marker), ("Camp Humphreys", None));
        let day = find("PYONGYANG, June 19 — Ministers signed a pact today.").unwrap();
        assert_eq!((day.place.as_str(), day.marker), ("Pyongyang", None));
    }

    #[test]
    fn outlet_comma_place_dash() {
        let d = find("TEMPO.CO, Jakarta - Pemimpin Korea Utara bertemu.").unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref()),
            ("Jakarta", Some("TEMPO.CO"))
        );
        assert_eq!(&"TEMPO.CO, Jakarta - Pemimpin"[d.len..], "Pemimpin");
    }

    #[test]
    fn upper_case_place_comma_outlet() {
        let d = find("JAKARTA, KOMPAS.com - Presiden meminta.").unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref()),
            ("Jakarta", Some("KOMPAS.com"))
        );
    }

    #[test]
    fn place_and_an_outlet_known_by_name() {
        let d = find("Jakarta, CNN Indonesia -- Menteri Luar Negeri tiba.").unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref()),
            ("Jakarta", Some("CNN Indonesia"))
        );
        assert!(find_alone("Jakarta, CNN Indonesia --").is_some());
        assert_eq!(
            find("Jakarta, Indonesia - Menteri tiba.").map(|d| d.marker),
            None,
            "a name the caller does not know as an outlet's is no dateline"
        );
    }

    #[test]
    fn an_outlet_known_by_name_alone_before_a_dash_is_no_place() {
        let d = find("CNN INDONESIA - Menteri Luar Negeri tiba.").unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref()),
            ("", Some("CNN INDONESIA"))
        );
        let d = find("JAKARTA - Menteri Luar Negeri tiba.").unwrap();
        assert_eq!((d.place.as_str(), d.marker), ("Jakarta", None));
    }

    #[test]
    fn outlet_dash_place_in_capitals_and_a_full_stop() {
        let d = find("KABARKITA.CO.ID - MOSKOW. Harga minyak naik tipis.").unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref()),
            ("Moskow", Some("KABARKITA.CO.ID"))
        );
        assert_eq!(&"KABARKITA.CO.ID - MOSKOW. Harga"[d.len..], "Harga");
        let d = find("Taipei, June 20 (CNA) Taiwan is watching the pact.").unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref()),
            ("Taipei", Some("CNA")),
            "no dash after the agency"
        );
        let d = find("kabarkita.id - Harga minyak naik. Pasar tenang.").unwrap();
        assert_eq!((d.place.as_str(), d.len), ("", "kabarkita.id - ".len()));
        let d = find("KabarKita.com - MOSKOW - Harga minyak naik tipis.").unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref()),
            ("Moskow", Some("KabarKita.com")),
            "a dash after the place as well"
        );
    }

    #[test]
    fn an_outlet_known_by_name_before_the_place_and_an_address_without_a_dash() {
        let known = |name: &str| name == "Kabar Kita" || name == "KABAR.CO";
        let d = super::find("Kabar Kita, Jakarta - Harga minyak naik tipis.", &known).unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref()),
            ("Jakarta", Some("Kabar Kita"))
        );
        let d = super::find(
            "KABAR.CO Kementerian Luar Negeri memanggil duta besar.",
            &known,
        )
        .unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref(), d.len),
            ("", Some("KABAR.CO"), "KABAR.CO ".len())
        );
        assert_eq!(
            super::find(
                "LAIN.CO Kementerian Luar Negeri memanggil duta besar.",
                &known
            ),
            None,
            "an address the caller does not know"
        );
    }

    #[test]
    fn an_outlet_known_by_name_and_a_full_stop() {
        let known = |name: &str| name == "KABAR";
        let d = super::find("KABAR. Presiden meninjau pelabuhan baru.", &known).unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref(), d.len),
            ("", Some("KABAR"), "KABAR. ".len())
        );
        assert_eq!(
            super::find("Lagi. Presiden meninjau pelabuhan baru.", &known),
            None,
            "a first sentence of one word names no outlet the caller does not know"
        );
    }

    #[test]
    fn place_with_agency_in_parentheses() {
        let d = find("WASHINGTON (Reuters) - The United States said on Monday.").unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref()),
            ("Washington", Some("Reuters"))
        );
    }

    #[test]
    fn a_bracket_too_long_or_short_for_an_agency_is_no_dateline() {
        let long = "PARIS (Agence Internationale de la Presse Libre) - Talks resumed.";
        assert_eq!(find(long), None);
        assert_eq!(find("PARIS (X) - Talks resumed."), None);
        let thirty = "PARIS (Agence Internationale de Press) - Talks resumed.";
        assert_eq!(
            find(thirty).unwrap().marker.as_deref(),
            Some("Agence Internationale de Press")
        );
    }

    #[test]
    fn place_day_and_agency() {
        let d = find("SYDNEY, Jan 6 (Wirenews) - Japan and Australia signed a pact.").unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref()),
            ("Sydney", Some("Wirenews"))
        );
        assert_eq!(
            &"SYDNEY, Jan 6 (Wirenews) - Japan"[d.len..],
            "Japan",
            "the day goes with the dateline"
        );
        let joined = find("SEOUL, June 19 (Wirenews-Yonhap) -- Talks began.").unwrap();
        assert_eq!(joined.marker.as_deref(), Some("Wirenews-Yonhap"));
        assert!(find("LONDON, 14 March (Courier) — Talks resumed.").is_some());
        let d = find("SEOUL, South Korea (Wirenews) — Kim met Putin.").unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref()),
            ("Seoul", Some("Wirenews")),
            "the country after the place goes with the dateline"
        );
    }

    #[test]
    fn place_day_and_agency_between_slashes() {
        let lead = "VOSTOCHNY COSMODROME, September 13. /TASS/. Russian President met Kim.";
        let d = find(lead).unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref()),
            ("Vostochny Cosmodrome", Some("TASS"))
        );
        assert_eq!(&lead[d.len..], "Russian President met Kim.");
    }

    #[test]
    fn an_outlet_s_address_alone() {
        let d = find("tirto.id - Presiden Rusia menyambut Kim.").unwrap();
        assert_eq!(
            (d.place.as_str(), d.marker.as_deref()),
            ("", Some("tirto.id"))
        );
        assert_eq!(
            find("Presiden.id - ini bukan"),
            None,
            "the lead opens with a capital"
        );
    }

    #[test]
    fn a_dateline_alone_on_its_line() {
        let d = find_alone("Jakarta -").unwrap();
        assert_eq!((d.place.as_str(), d.marker), ("Jakarta", None));
        assert!(find_alone("JAKARTA, KOMPAS.com -").is_some());
        assert_eq!(find_alone("Jakarta - Presiden tiba."), None);
        assert_eq!(find_alone("Catatan:"), None);
        assert_eq!(
            find("Jakarta -"),
            None,
            "a lead needs words after its dateline"
        );
    }

    #[test]
    fn place_and_colon() {
        let d = find("Moskow: Rusia mengonfirmasi pertemuan.").unwrap();
        assert_eq!((d.place.as_str(), d.marker), ("Moskow", None));
    }

    #[test]
    fn ordinary_sentences_have_no_dateline() {
        assert_eq!(
            find("Rusia masih menjadi pihak sampingan di antara Seoul."),
            None
        );
        assert_eq!(find("Kim Jong-un bertemu Putin."), None);
        assert_eq!(find("Catatan: angka ini sementara."), None);
    }
}
