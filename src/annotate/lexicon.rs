//! Language tables → one lookup structure for the annotator. The tables of
//! every known language are merged, since articles quote and name across
//! languages; built once per process.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use crate::lang::{self, places};

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

/// Lookup sets over all languages; every entry lowercase.
pub(crate) struct Lexicon {
    verbs_before_speaker: HashSet<&'static str>,
    verbs_after_speaker: HashSet<&'static str>,
    according_to: Vec<Vec<&'static str>>,
    pronoun_suffixes: Vec<&'static str>,
    pronouns: HashSet<&'static str>,
    titles: HashSet<&'static str>,
    organisation_heads: HashSet<&'static str>,
    fillers: HashSet<&'static str>,
    function_words: HashSet<&'static str>,
    term_markers: HashSet<&'static str>,
    place_context: HashSet<&'static str>,
    place_heads: HashSet<&'static str>,
    organisation_context: HashSet<&'static str>,
    calendar: HashSet<&'static str>,
    places: HashSet<String>,
    institutions: HashSet<String>,
}

/// The lexicon of all known languages.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::new);
    &LEXICON
}

fn words_of<F>(pick: F) -> HashSet<&'static str>
where
    F: Fn(&'static lang::Tables) -> &'static [&'static str],
{
    lang::ALL
        .iter()
        .flat_map(|t| pick(t).iter().copied())
        .collect()
}

fn lowercase_names(entries: &'static [&'static str]) -> HashSet<String> {
    entries
        .iter()
        .flat_map(|entry| places::names_of(entry))
        .map(str::to_lowercase)
        .collect()
}

impl Lexicon {
    fn new() -> Self {
        let calendar = lang::ALL
            .iter()
            .flat_map(|t| t.months.iter().chain(t.weekdays.iter()))
            .map(|(name, _)| *name)
            .collect();
        let mut function_words = words_of(|t| t.speech.function_words);
        function_words.extend(words_of(|t| t.stopwords));
        let either = words_of(|t| t.speech.verbs_either_side);
        let mut verbs_before_speaker = words_of(|t| t.speech.verbs_before_speaker);
        verbs_before_speaker.extend(&either);
        let mut verbs_after_speaker = words_of(|t| t.speech.verbs_after_speaker);
        verbs_after_speaker.extend(&either);
        Lexicon {
            verbs_before_speaker,
            verbs_after_speaker,
            according_to: lang::ALL
                .iter()
                .flat_map(|t| t.speech.according_to.iter())
                .map(|phrase| phrase.split(' ').collect())
                .collect(),
            pronoun_suffixes: lang::ALL
                .iter()
                .filter_map(|t| t.speech.pronoun_suffix)
                .collect(),
            pronouns: words_of(|t| t.speech.pronouns),
            titles: words_of(|t| t.speech.titles),
            organisation_heads: words_of(|t| t.speech.organisation_heads),
            fillers: words_of(|t| t.speech.fillers),
            function_words,
            term_markers: words_of(|t| t.speech.term_markers),
            place_context: words_of(|t| t.speech.place_context),
            place_heads: words_of(|t| t.speech.place_heads),
            organisation_context: words_of(|t| t.speech.organisation_context),
            calendar,
            places: lowercase_names(places::PLACES),
            institutions: lowercase_names(places::INSTITUTIONS),
        }
    }

    /// The speech verb a lowercase word is, if any.
    pub fn speech_verb(&self, word: &str) -> Option<SpeechVerb> {
        let direct = SpeechVerb {
            speaker_after: self.verbs_before_speaker.contains(word),
            speaker_before: self.verbs_after_speaker.contains(word),
            pronoun: false,
        };
        if direct.speaker_after || direct.speaker_before {
            return Some(direct);
        }
        self.pronoun_suffixes.iter().find_map(|suffix| {
            let stem = word.strip_suffix(suffix)?;
            (self.verbs_before_speaker.contains(stem) || self.verbs_after_speaker.contains(stem))
                .then_some(SpeechVerb {
                    speaker_after: false,
                    speaker_before: false,
                    pronoun: true,
                })
        })
    }

    /// Phrases like "menurut" or "according to", as word sequences.
    pub fn according_to(&self) -> &[Vec<&'static str>] {
        &self.according_to
    }

    /// A singular personal pronoun: "dia", "he".
    pub fn is_pronoun(&self, word: &str) -> bool {
        self.pronouns.contains(word)
    }

    /// A job title or honorific: "presiden", "minister".
    pub fn is_title(&self, word: &str) -> bool {
        self.titles.contains(word)
    }

    /// The first word of an organisation's name: "kementerian", "ministry".
    pub fn is_organisation_head(&self, word: &str) -> bool {
        self.organisation_heads.contains(word)
    }

    /// A word that may stand between a speaker and the verb.
    pub fn is_filler(&self, word: &str) -> bool {
        self.fillers.contains(word) || self.calendar.contains(word)
    }

    /// A word that never starts or continues a name.
    pub fn is_function_word(&self, word: &str) -> bool {
        self.function_words.contains(word) || self.pronouns.contains(word)
    }

    /// A word that marks a quoted term: "istilah", "so-called".
    pub fn is_term_marker(&self, word: &str) -> bool {
        self.term_markers.contains(word)
    }

    /// A word after which a name is a place: "di", "kota", "in".
    pub fn is_place_context(&self, word: &str) -> bool {
        self.place_context.contains(word)
    }

    /// The first word of a place's name: "semenanjung", "peninsula".
    pub fn is_place_head(&self, word: &str) -> bool {
        self.place_heads.contains(word)
    }

    /// A word after which a name is an organisation: "berita", "agency".
    pub fn is_organisation_context(&self, word: &str) -> bool {
        self.organisation_context.contains(word)
    }

    /// A month or weekday name.
    pub fn is_calendar_word(&self, word: &str) -> bool {
        self.calendar.contains(word)
    }

    /// The content words of a text, lowercase and stripped of the commonest
    /// Indonesian affixes ("memulai" and "dimulai" → "mulai"), for comparing
    /// two wordings of one statement.
    pub fn content_words(&self, text: &str) -> std::collections::BTreeSet<String> {
        super::text::tokenize(text)
            .iter()
            .map(|t| t.text(text).to_lowercase())
            .filter(|w| w.chars().count() > 2 && !self.is_function_word(w) && !self.is_filler(w))
            .map(|w| stem(&w))
            .collect()
    }

    /// A known place, given as lowercase words joined by single spaces.
    pub fn is_place(&self, name: &str) -> bool {
        self.places.contains(name)
    }

    /// A known institution, given as lowercase words joined by single spaces.
    pub fn is_institution(&self, name: &str) -> bool {
        self.institutions.contains(name)
    }
}

/// Strips one common Indonesian prefix and suffix from a long word. "mem-"
/// and "men-" count only before a consonant ("membantu" → "bantu", but
/// "memulai" → "mulai").
fn stem(word: &str) -> String {
    const PREFIXES: &[&str] = &[
        "meng", "meny", "mem", "men", "me", "di", "ber", "ter", "per", "pe",
    ];
    const SUFFIXES: &[&str] = &["kan", "nya", "an", "i"];
    let vowel_first = |rest: &str| rest.starts_with(['a', 'e', 'i', 'o', 'u']);
    let mut stem = word;
    if let Some(rest) = PREFIXES.iter().find_map(|p| {
        let rest = stem.strip_prefix(p)?;
        let nasal_before_vowel = matches!(*p, "mem" | "men") && vowel_first(rest);
        (rest.chars().count() >= 4 && !nasal_before_vowel).then_some(rest)
    }) {
        stem = rest;
    }
    if let Some(rest) = SUFFIXES
        .iter()
        .filter_map(|s| stem.strip_suffix(s))
        .find(|rest| rest.chars().count() >= 4)
    {
        stem = rest;
    }
    stem.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn content_words_drop_joining_words_and_affixes() {
        let lex = lexicon();
        assert_eq!(lex.content_words("memulai"), lex.content_words("dimulai"));
        assert_eq!(lex.content_words("membantu"), lex.content_words("dibantu"));
        let words = lex.content_words("Ketika kami memulai diskusi, masalah itu dimulai.");
        assert_eq!(words.len(), 3, "{words:?}");
        assert!(words.contains("masalah"));
    }
}
