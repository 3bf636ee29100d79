//! Language tables → one lookup structure for the annotator. The tables of
//! every known language are merged, since articles quote and name across
//! languages; built once per process.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::LazyLock;

use crate::lang::{self, dates, places};
use crate::word_table::WordTable;

/// What a speech verb says about where its speaker stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SpeechVerb {
    /// "kata Lavrov", "said Smith": the speaker may follow.
    pub speaker_after: bool,
    /// "Lavrov mengatakan", "Smith said": the speaker may precede.
    pub speaker_before: bool,
    /// "katanya", "ujarnya": the verb carries a pronoun for its speaker.
    pub pronoun: bool,
}

/// What the lexicon knows of one lowercase word: a set of flags, so that a
/// word is looked up once and then asked any of the questions below.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Class(u32);

impl Class {
    /// A speech verb whose speaker may follow: "kata", "said".
    pub const VERB_BEFORE_SPEAKER: Class = Class(1);
    /// A speech verb whose speaker may precede: "mengatakan", "said".
    pub const VERB_AFTER_SPEAKER: Class = Class(1 << 1);
    /// A speech verb carrying a pronoun for its speaker: "katanya".
    pub const VERB_WITH_PRONOUN: Class = Class(1 << 2);
    /// The first word of an "according to" phrase: "menurut", "according".
    pub const ACCORDING_TO: Class = Class(1 << 3);
    /// A singular personal pronoun: "dia", "he".
    pub const PRONOUN: Class = Class(1 << 4);
    /// A job title or honorific: "presiden", "minister".
    pub const TITLE: Class = Class(1 << 5);
    /// The first word of an organisation's name: "kementerian".
    pub const ORGANISATION_HEAD: Class = Class(1 << 6);
    /// A word that may stand between a speaker and the verb (calendar words
    /// included).
    pub const FILLER: Class = Class(1 << 7);
    /// A word that never starts or continues a name (pronouns included).
    pub const FUNCTION_WORD: Class = Class(1 << 8);
    /// A word that marks a quoted term: "istilah", "so-called".
    pub const TERM_MARKER: Class = Class(1 << 9);
    /// A word after which a name is a place: "di", "in".
    pub const PLACE_CONTEXT: Class = Class(1 << 10);
    /// The first word of a place's name: "semenanjung", "peninsula".
    pub const PLACE_HEAD: Class = Class(1 << 11);
    /// A word after which a name is an organisation: "berita", "agency".
    pub const ORGANISATION_CONTEXT: Class = Class(1 << 12);
    /// A month or weekday name.
    pub const CALENDAR: Class = Class(1 << 13);
    /// A word a date can start with besides numbers: a month or weekday name,
    /// or the first word of a relative date ("kemarin", "hari", "next").
    pub const DATE_START: Class = Class(1 << 14);
    /// Week, month or year as a period: "pekan", "month".
    pub const PERIOD: Class = Class(1 << 15);
    /// A word of the future tense: "akan", "will".
    pub const FUTURE_TENSE: Class = Class(1 << 16);
    /// A word for a known place's people or things: "russian", "japanese".
    pub const DEMONYM: Class = Class(1 << 17);

    /// Whether the word has any of the `flags`.
    pub fn has(self, flags: Class) -> bool {
        self.0 & flags.0 != 0
    }

    /// The speech verb the word is, if any.
    pub fn speech_verb(self) -> Option<SpeechVerb> {
        let direct = SpeechVerb {
            speaker_after: self.has(Class::VERB_BEFORE_SPEAKER),
            speaker_before: self.has(Class::VERB_AFTER_SPEAKER),
            pronoun: false,
        };
        if direct.speaker_after || direct.speaker_before {
            return Some(direct);
        }
        self.has(Class::VERB_WITH_PRONOUN).then_some(SpeechVerb {
            speaker_after: false,
            speaker_before: false,
            pronoun: true,
        })
    }
}

impl std::ops::BitOr for Class {
    type Output = Class;

    fn bitor(self, other: Class) -> Class {
        Class(self.0 | other.0)
    }
}

/// Lookup tables over all languages; every entry lowercase.
pub(crate) struct Lexicon {
    classes: WordTable<Class>,
    according_to: Vec<Vec<&'static str>>,
    places: HashSet<String>,
    institutions: HashSet<String>,
}

/// The lexicon of all known languages.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::new);
    &LEXICON
}

fn lowercase_names(entries: &'static [&'static str]) -> HashSet<String> {
    entries
        .iter()
        .flat_map(|entry| places::names_of(entry))
        .map(str::to_lowercase)
        .collect()
}

/// Each language table's words with the class they give a word.
fn classed_tables() -> Vec<(Class, Vec<&'static str>)> {
    let words_of = |pick: fn(&'static lang::Tables) -> &'static [&'static str]| {
        lang::ALL
            .iter()
            .flat_map(move |t| pick(t).iter().copied())
            .collect()
    };
    let calendar: Vec<&'static str> = lang::ALL
        .iter()
        .flat_map(|t| t.months.iter().chain(t.weekdays.iter()))
        .map(|(name, _)| *name)
        .collect();
    let periods: Vec<&'static str> = relative_words(|r| r.week)
        .chain(relative_words(|r| r.month))
        .chain(relative_words(|r| r.year))
        .collect();
    let both_sides = Class::VERB_BEFORE_SPEAKER | Class::VERB_AFTER_SPEAKER;
    vec![
        (
            Class::VERB_BEFORE_SPEAKER,
            words_of(|t| t.speech.verbs_before_speaker),
        ),
        (
            Class::VERB_AFTER_SPEAKER,
            words_of(|t| t.speech.verbs_after_speaker),
        ),
        (both_sides, words_of(|t| t.speech.verbs_either_side)),
        (
            Class::PRONOUN | Class::FUNCTION_WORD,
            words_of(|t| t.speech.pronouns),
        ),
        (Class::TITLE, words_of(|t| t.speech.titles)),
        (
            Class::ORGANISATION_HEAD,
            words_of(|t| t.speech.organisation_heads),
        ),
        (Class::FILLER, words_of(|t| t.speech.fillers)),
        (Class::FUNCTION_WORD, words_of(|t| t.speech.function_words)),
        (Class::FUNCTION_WORD, words_of(|t| t.stopwords)),
        (Class::TERM_MARKER, words_of(|t| t.speech.term_markers)),
        (Class::PLACE_CONTEXT, words_of(|t| t.speech.place_context)),
        (Class::PLACE_HEAD, words_of(|t| t.speech.place_heads)),
        (
            Class::ORGANISATION_CONTEXT,
            words_of(|t| t.speech.organisation_context),
        ),
        (
            Class::CALENDAR | Class::FILLER | Class::DATE_START,
            calendar,
        ),
        (Class::DATE_START, relative_date_starts()),
        (Class::PERIOD | Class::DATE_START, periods),
        (
            Class::FUTURE_TENSE,
            relative_words(|r| r.future_tense).collect(),
        ),
    ]
}

fn relative_words(
    pick: fn(&'static dates::Relative) -> &'static [&'static str],
) -> impl Iterator<Item = &'static str> {
    dates::ALL.iter().flat_map(move |r| pick(r).iter().copied())
}

/// The first words of "yesterday", "today" and "tomorrow" phrases.
fn relative_date_starts() -> Vec<&'static str> {
    let days = [
        relative_words(|r| r.yesterday),
        relative_words(|r| r.today),
        relative_words(|r| r.tomorrow),
    ];
    days.into_iter()
        .flatten()
        .filter_map(|phrase| phrase.split(' ').next())
        .collect()
}

impl Lexicon {
    fn new() -> Self {
        let according_to: Vec<Vec<&'static str>> = lang::ALL
            .iter()
            .flat_map(|t| t.speech.according_to.iter())
            .map(|phrase| phrase.split(' ').collect())
            .collect();
        let mut classes: HashMap<Cow<'static, str>, Class> = HashMap::default();
        let mut add = |word: Cow<'static, str>, class: Class| {
            let entry = classes.entry(word).or_default();
            *entry = *entry | class;
        };
        let mut verbs = Vec::new();
        for (class, words) in classed_tables() {
            if class.speech_verb().is_some() {
                verbs.extend(words.iter().copied());
            }
            for word in words {
                add(Cow::Borrowed(word), class);
            }
        }
        for phrase in &according_to {
            add(Cow::Borrowed(phrase[0]), Class::ACCORDING_TO);
        }
        let places = lowercase_names(places::PLACES);
        for demonym in demonyms(&places) {
            add(Cow::Owned(demonym), Class::DEMONYM);
        }
        for suffix in lang::ALL.iter().filter_map(|t| t.speech.pronoun_suffix) {
            for verb in &verbs {
                add(
                    Cow::Owned(format!("{verb}{suffix}")),
                    Class::VERB_WITH_PRONOUN,
                );
            }
        }
        Lexicon {
            classes: WordTable::new(classes),
            according_to,
            places,
            institutions: lowercase_names(places::INSTITUTIONS),
        }
    }

    /// What the lexicon knows of a lowercase word (nothing: the empty class).
    #[inline]
    pub fn class(&self, word: &str) -> Class {
        self.classes.get(word)
    }

    /// The speech verb a lowercase word is, if any.
    pub fn speech_verb(&self, word: &str) -> Option<SpeechVerb> {
        self.class(word).speech_verb()
    }

    /// Phrases like "menurut" or "according to", as word sequences.
    pub fn according_to(&self) -> &[Vec<&'static str>] {
        &self.according_to
    }

    /// A job title or honorific: "presiden", "minister".
    pub fn is_title(&self, word: &str) -> bool {
        self.class(word).has(Class::TITLE)
    }

    /// The first word of an organisation's name: "kementerian", "ministry".
    pub fn is_organisation_head(&self, word: &str) -> bool {
        self.class(word).has(Class::ORGANISATION_HEAD)
    }

    /// A word that never starts or continues a name.
    pub fn is_function_word(&self, word: &str) -> bool {
        self.class(word).has(Class::FUNCTION_WORD)
    }

    /// A word after which a name is a place: "di", "kota", "in".
    pub fn is_place_context(&self, word: &str) -> bool {
        self.class(word).has(Class::PLACE_CONTEXT)
    }

    /// The first word of a place's name: "semenanjung", "peninsula".
    pub fn is_place_head(&self, word: &str) -> bool {
        self.class(word).has(Class::PLACE_HEAD)
    }

    /// A word after which a name is an organisation: "berita", "agency".
    pub fn is_organisation_context(&self, word: &str) -> bool {
        self.class(word).has(Class::ORGANISATION_CONTEXT)
    }

    /// A known place, given as lowercase words joined by single spaces.
    pub fn is_place(&self, name: &str) -> bool {
        self.places.contains(name)
    }

    /// A word for a known place's people or things: "russian".
    pub fn is_demonym(&self, word: &str) -> bool {
        self.class(word).has(Class::DEMONYM)
    }

    /// A known institution, given as lowercase words joined by single spaces.
    pub fn is_institution(&self, name: &str) -> bool {
        self.institutions.contains(name)
    }
}

/// The words English makes of the one-word places' names for their people
/// and things: "Russia" → "russian", "Japan" → "japanese", "China" →
/// "chinese", "Ukraine" → "ukrainian", "Germany" → "german", "Turkey" →
/// "turkish", "Israel" → "israeli". The endings are tried on every name, so
/// some words made are not English; none is a place.
fn demonyms(places: &HashSet<String>) -> Vec<String> {
    const ENDINGS: &[&str] = &["n", "an", "ian", "ese", "i", "ish"];
    let mut made = Vec::new();
    for place in places.iter().filter(|p| p.is_ascii() && !p.contains(' ')) {
        let stems = [
            Some(place.as_str()),
            place.strip_suffix(['a', 'e', 'y']),
            place.strip_suffix("ey"),
        ];
        for stem in stems.into_iter().flatten() {
            made.extend(ENDINGS.iter().map(|ending| format!("{stem}{ending}")));
        }
        if let Some(stem) = place.strip_suffix('y') {
            made.push(stem.to_string());
        }
    }
    made.retain(|word| !places.contains(word) && word.len() > 3);
    made.sort();
    made.dedup();
    made
}

/// Strips one common Indonesian prefix and suffix from a long word. "mem-"
/// and "men-" count only before a consonant ("membantu" → "bantu", but
/// "memulai" → "mulai").
pub(super) fn stem(word: &str) -> &str {
    const PREFIXES: &[&str] = &[
        "meng", "meny", "mem", "men", "me", "di", "ber", "ter", "per", "pe",
    ];
    const SUFFIXES: &[&str] = &["kan", "nya", "an", "i"];
    let vowel_first = |rest: &str| rest.starts_with(['a', 'e', 'i', 'o', 'u']);
    // An affix is compared only with a word that opens (or ends) with its
    // first (or last) letter: most words are compared with none.
    let first = word.as_bytes().first();
    let mut stem = word;
    if let Some(rest) = PREFIXES
        .iter()
        .filter(|p| p.as_bytes().first() == first)
        .find_map(|p| {
            let rest = stem.strip_prefix(p)?;
            let nasal_before_vowel = matches!(*p, "mem" | "men") && vowel_first(rest);
            (rest.chars().count() >= 4 && !nasal_before_vowel).then_some(rest)
        })
    {
        stem = rest;
    }
    let last = stem.as_bytes().last();
    if let Some(rest) = SUFFIXES
        .iter()
        .filter(|s| s.as_bytes().last() == last)
        .filter_map(|s| stem.strip_suffix(s))
        .find(|rest| rest.chars().count() >= 4)
    {
        stem = rest;
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_s_class_gathers_every_table_it_is_in() {
        let lex = lexicon();
        let dia = lex.class("dia");
        assert!(dia.has(Class::PRONOUN) && dia.has(Class::FUNCTION_WORD));
        assert!(!dia.has(Class::TITLE | Class::CALENDAR));
        let january = lex.class("januari");
        assert!(january.has(Class::CALENDAR) && january.has(Class::FILLER));
        assert!(lex.class("menurut").has(Class::ACCORDING_TO));
        assert!(lex.class("presiden").has(Class::TITLE));
        assert_eq!(lex.class("makan"), Class::default());
        assert_eq!(lex.class("Dia"), Class::default(), "entries are lowercase");
    }

    #[test]
    fn demonyms_are_made_from_the_places_names() {
        let lex = lexicon();
        for word in [
            "russian",
            "japanese",
            "chinese",
            "ukrainian",
            "german",
            "turkish",
            "israeli",
        ] {
            assert!(lex.is_demonym(word), "{word}");
        }
        for word in ["russia", "japan", "korea", "putin", "said"] {
            assert!(!lex.is_demonym(word), "{word}");
        }
    }

    #[test]
    fn speech_verbs_know_where_their_speaker_stands() {
        let lex = lexicon();
        assert!(lex.speech_verb("kata").unwrap().speaker_after);
        assert!(lex.speech_verb("mengatakan").unwrap().speaker_before);
        let said = lex.speech_verb("said").unwrap();
        assert!(said.speaker_after && said.speaker_before);
        assert!(lex.speech_verb("ujarnya").unwrap().pronoun);
        assert_eq!(lex.speech_verb("nyanya"), None);
        assert_eq!(lex.speech_verb("makan"), None);
    }
}
