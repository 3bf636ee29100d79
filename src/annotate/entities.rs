//! Article text → the people, places and organisations it names. Names the
//! gazetteer knows (the dossier's content/entities.yaml, then the built-in
//! places and institutions) are found with an Aho–Corasick automaton tried
//! where each word starts, linear in the text and independent of the
//! gazetteer's size. Other capitalised names
//! are discovered and given a kind from their context: titles and speech verbs
//! make a person, "di/ke/kota/in/city" a place, "kantor berita/agency" an
//! organisation. A discovered name without such evidence is left out.

use std::collections::BTreeMap;
use std::ops::Range;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, Match, MatchKind, StartKind};

use super::lexicon::{Class, Lexicon};
use super::names::{self, NameRun, Named, Parsed, People, Words};
use super::text::{tokenize, Token};
use super::Mention;
use crate::content::front_matter::EntityKind;
use crate::content::gazetteer::{name_key, GazetteerEntry};
use crate::lang::{self, places};

/// Most names of a known entry a reader may be shown (`Known::shown`).
const MOST_SHOWN: usize = 6;

/// A name the gazetteer knows.
#[derive(Debug, Clone)]
struct Known {
    name: String,
    kind: EntityKind,
    curated: bool,
    /// The names a reader may be shown for it, when it has more than one
    /// ("Korea Utara", "North Korea"): an article is given the one it uses
    /// most, and the dossier the one its articles use most.
    shown: Vec<String>,
}

/// One spelling to look for.
#[derive(Debug, Clone)]
struct Pattern {
    known: usize,
    /// Which of the entry's shown names the spelling counts as.
    shown: usize,
    /// Abbreviations in capitals ("AS", "US") match only in capitals.
    exact_case: bool,
    /// A web domain ("kompas.com"): it matches in lowercase too.
    domain: bool,
    text: String,
}

/// The gazetteer compiled for matching: built once per build, shared by all
/// articles.
pub struct Gazetteer {
    known: Vec<Known>,
    patterns: Vec<Pattern>,
    /// Anchored: it is tried only where a word starts, instead of stepping
    /// through every byte of the text.
    automaton: Option<DFA>,
    /// The bytes a web domain's spelling starts with: the only names a word
    /// that starts in lowercase can be.
    domain_starts: [bool; 256],
}

impl Gazetteer {
    /// Compiles the dossier's entries, then the built-in places and
    /// institutions whose names no entry claims.
    pub fn new(entries: &[GazetteerEntry]) -> Self {
        let mut gazetteer = Gazetteer {
            known: Vec::new(),
            patterns: Vec::new(),
            automaton: None,
            domain_starts: [false; 256],
        };
        let mut claimed = rustc_hash::FxHashSet::default();
        for entry in entries {
            let forms = std::iter::once(entry.name.as_str())
                .chain(entry.aliases.iter().map(String::as_str));
            gazetteer.add(entry.kind, true, vec![forms.collect()], &mut claimed);
        }
        let built_in = places::PLACES.iter().map(|e| (e, EntityKind::Place)).chain(
            places::INSTITUTIONS
                .iter()
                .map(|e| (e, EntityKind::Organization)),
        );
        for (entry, kind) in built_in {
            gazetteer.add(
                kind,
                false,
                places::shown_names(entry).collect(),
                &mut claimed,
            );
        }
        for pattern in gazetteer.patterns.iter().filter(|p| p.domain) {
            gazetteer.domain_starts[usize::from(pattern.text.as_bytes()[0])] = true;
        }
        let texts: Vec<&str> = gazetteer.patterns.iter().map(|p| p.text.as_str()).collect();
        gazetteer.automaton = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(texts)
            .ok();
        gazetteer
    }

    /// Adds an entry from its shown names, each with the forms that count
    /// as it (itself first); the first name is its key. A built-in entry
    /// whose key an earlier entry claims is left out.
    fn add(
        &mut self,
        kind: EntityKind,
        curated: bool,
        shown: Vec<Vec<&str>>,
        claimed: &mut rustc_hash::FxHashSet<String>,
    ) {
        let Some(&name) = shown.first().and_then(|forms| forms.first()) else {
            return;
        };
        if !claimed.insert(name_key(name)) && !curated {
            return;
        }
        let index = self.known.len();
        self.known.push(Known {
            name: name.to_string(),
            kind,
            curated,
            shown: match shown.len() {
                1 => Vec::new(),
                _ => shown.iter().map(|forms| forms[0].to_string()).collect(),
            },
        });
        for (shown, forms) in shown.iter().enumerate() {
            for &form in forms {
                self.add_form(form, index, shown, claimed);
            }
        }
    }

    /// The patterns of one form of entry `known`, counted as its shown name
    /// `shown`.
    fn add_form(
        &mut self,
        form: &str,
        known: usize,
        shown: usize,
        claimed: &mut rustc_hash::FxHashSet<String>,
    ) {
        claimed.insert(name_key(form));
        // A name is looked for where a word starts, so a spelling that
        // does not open with a letter or digit could never be found.
        let findable = |text: &String| text.chars().next().is_some_and(char::is_alphanumeric);
        for text in spellings(form).into_iter().filter(findable) {
            let exact_case = text.chars().count() <= 4 && text.chars().all(|c| !c.is_lowercase());
            let domain = text.contains('.') && text.chars().all(|c| !c.is_uppercase());
            self.patterns.push(Pattern {
                known,
                shown,
                exact_case,
                domain,
                text,
            });
        }
    }

    /// Where the gazetteer's names occur in a text whose words start at
    /// `word_starts` (in order), as (byte range, pattern). Matches do not
    /// overlap: from each start, the longest name wins, and the next one is
    /// looked for after it. A match that is not taken (inside a longer word,
    /// in lowercase, in the wrong capitals) holds no words: a name may start
    /// inside it.
    fn find(&self, text: &str, word_starts: &[usize]) -> Vec<(Range<usize>, &Pattern)> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let mut found = Vec::new();
        let mut free_from = 0;
        for &start in word_starts.iter().filter(|&&s| s < text.len()) {
            if start < free_from || !self.may_start_at(text.as_bytes()[start]) {
                continue;
            }
            let Some(m) = longest_at(automaton, text.as_bytes(), start) else {
                continue;
            };
            if let Some(known) = self.accepted(text, &m) {
                free_from = m.end();
                found.push((m.range(), known));
            }
        }
        found
    }

    /// Whether a name may start with this byte: a name opens with a capital
    /// or a digit, but a web domain may open in lowercase.
    fn may_start_at(&self, first: u8) -> bool {
        !first.is_ascii_lowercase() || self.domain_starts[usize::from(first)]
    }

    /// The pattern a match stands for, unless it is part of a longer word, in
    /// lowercase (but for a web domain), or not in the capitals an
    /// abbreviation must be in.
    fn accepted(&self, text: &str, m: &Match) -> Option<&Pattern> {
        if !at_word_boundaries(text, m.range()) {
            return None;
        }
        let pattern = &self.patterns[m.pattern().as_usize()];
        let found = &text[m.range()];
        let capitalised = found
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        // "US$ 85": an abbreviation before a currency sign names the currency.
        let currency = pattern.exact_case && text[m.end()..].starts_with('$');
        let ok = (capitalised || pattern.domain)
            && (!pattern.exact_case || found == pattern.text)
            && !currency;
        ok.then_some(pattern)
    }
}

/// The longest pattern that starts exactly at `start`: the automaton stepped
/// byte by byte until no pattern can go on, as an anchored search does but
/// without setting one up for each word.
fn longest_at(automaton: &DFA, haystack: &[u8], start: usize) -> Option<Match> {
    let mut state = automaton.start_state(Anchored::Yes).ok()?;
    let mut longest = None;
    for (at, &byte) in haystack.iter().enumerate().skip(start) {
        state = automaton.next_state(Anchored::Yes, state, byte);
        if !automaton.is_special(state) {
            continue;
        }
        if automaton.is_dead(state) {
            break;
        }
        if automaton.is_match(state) {
            // A match state may also carry a pattern that starts later.
            let pattern = automaton.match_pattern(state, 0);
            let end = at + 1;
            if end - automaton.pattern_len(pattern) == start {
                longest = Some(Match::new(pattern, start..end));
            }
        }
    }
    longest
}

/// Where words may start in a text split into `tokens`: where each token
/// does, and inside one after a "." or an apostrophe ("kompas.com",
/// "O'Brien"), where a name may start too.
fn word_starts(text: &str, tokens: &[Token]) -> Vec<usize> {
    let starts = tokens.iter().map(|t| t.start);
    let mut inside = starts_inside_words(text, tokens);
    if inside.is_empty() {
        return starts.collect();
    }
    inside.sort_unstable();
    merge_sorted(starts, inside)
}

/// Where names may start inside words: after a "." or an apostrophe
/// ("kompas.com", "O'Brien"), and at a capital after a hyphen ("Russia-North
/// Korea").
fn starts_inside_words(text: &str, tokens: &[Token]) -> Vec<usize> {
    let mut inside = Vec::new();
    let mut within = tokens.iter().peekable();
    // 0xE2 opens "’" in UTF-8, and is never inside another character.
    for at in memchr::memchr3_iter(b'.', b'\'', 0xE2, text.as_bytes()) {
        while within.next_if(|t| t.end <= at).is_some() {}
        let Some(token) = within.peek() else { break };
        if token.start >= at {
            continue;
        }
        if let Some(joiner @ ('.' | '\'' | '’')) = text[at..].chars().next() {
            let after = at + joiner.len_utf8();
            if after < token.end {
                inside.push(after);
            }
        }
    }
    // Most hyphens have a lower-case letter after them, turned away by its byte.
    let bytes = text.as_bytes();
    for at in memchr::memchr_iter(b'-', bytes) {
        let may_be_capital =
            (bytes.get(at + 1)).is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80);
        if may_be_capital
            && text[at + 1..].starts_with(char::is_uppercase)
            && text[..at].ends_with(char::is_alphanumeric)
        {
            inside.push(at + 1);
        }
    }
    inside
}

/// Two ascending sequences as one.
fn merge_sorted(a: impl Iterator<Item = usize>, b: Vec<usize>) -> Vec<usize> {
    let mut merged = Vec::with_capacity(a.size_hint().0 + b.len());
    let mut b = b.into_iter().peekable();
    for x in a {
        while let Some(y) = b.next_if(|&y| y < x) {
            merged.push(y);
        }
        merged.push(x);
    }
    merged.extend(b);
    merged
}

/// A form and its hyphen/space variants: "Kim Jong Un" also as "Kim Jong-un",
/// "Moon Jae-in" also as "Moon Jae In"; an apostrophe also as a typographic
/// one ("People’s").
fn spellings(form: &str) -> Vec<String> {
    let mut out = vec![form.to_string()];
    if form.contains('\'') {
        out.push(form.replace('\'', "’"));
    }
    if form.contains('-') {
        out.push(form.replace('-', " "));
    }
    let words: Vec<&str> = form.split(' ').collect();
    if words.len() >= 3 && !form.contains('-') {
        let (head, tail) = words.split_at(words.len() - 2);
        out.push(format!("{} {}-{}", head.join(" "), tail[0], tail[1]));
    }
    out.dedup();
    out
}

/// Whether a match stands as words of its own: not inside a longer word,
/// nor hyphened to one, except to another name ("Russia-North Korea",
/// "Korea-Rusia").
fn at_word_boundaries(text: &str, range: Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    let free = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
    let hyphen_to_name_after = || {
        (text[range.end..].strip_prefix('-'))
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    };
    let hyphen_to_name_before = || {
        let capital = text[range.clone()].starts_with(char::is_uppercase);
        // The first letter of the word before the hyphen.
        let word_before = text[..range.start].strip_suffix('-').and_then(|b| {
            let start = (b.char_indices().rev())
                .take_while(|&(_, c)| c.is_alphanumeric())
                .last()?
                .0;
            b[start..].chars().next()
        });
        capital && word_before.is_some_and(char::is_uppercase)
    };
    (free(before) || hyphen_to_name_before()) && (free(after) || hyphen_to_name_after())
}

/// What one occurrence of a discovered name looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Guess {
    /// A name with nothing to say what it is, but in a subject's place.
    WeakPerson,
    Place,
    Organization,
    /// A name with a title, a speech verb or an apposition.
    Person,
}

/// Everything seen of one name in one article.
#[derive(Debug, Default)]
struct Seen<'g> {
    guesses: Vec<Guess>,
    curated_kind: Option<EntityKind>,
    curated: bool,
    count: usize,
    forms: Vec<String>,
    first: Option<(usize, Range<usize>)>,
    /// A known entry's names a reader may be shown, when it has several,
    /// and how often the article wrote each.
    shown: &'g [String],
    shown_counts: [u32; MOST_SHOWN],
    /// The abbreviation the article gives in brackets right after the name:
    /// "Badan Koordinasi Penanaman Modal (BKPM)".
    acronym: Option<String>,
}

impl Seen<'_> {
    /// The shown name the article wrote most (the earlier name on a tie),
    /// when the entry has several.
    fn most_shown(&self) -> Option<&str> {
        let counts = &self.shown_counts[..self.shown.len()];
        let (best, _) =
            (counts.iter().enumerate()).max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(&a.0)))?;
        Some(self.shown[best].as_str())
    }
}

/// The texts of an article the finder reads: body paragraphs (with their
/// index), captions, and caption credits (organisations only).
pub(crate) struct ArticleTexts<'a> {
    /// Body paragraphs.
    pub paragraphs: &'a [String],
    /// The words of the paragraphs, then of the captions, in order.
    pub words: &'a [Words<'a>],
    /// The runs of name words of each of `words`.
    pub runs: &'a [Vec<NameRun>],
    /// Caption texts.
    pub captions: Vec<&'a str>,
    /// Caption credits and the agencies credited where the story ends:
    /// organisations only.
    pub credits: Vec<&'a str>,
    /// The dateline: places only.
    pub dateline: Option<&'a str>,
    /// The headline, when the capture has one: it confirms a name the
    /// body writes once.
    pub headline: Option<&'a str>,
    /// The names quotes are attributed to: a name the body writes once is a
    /// person's when it speaks.
    pub speakers: Vec<&'a str>,
}

/// The entities of an article, and the people it alone does not establish.
pub(crate) struct FoundEntities {
    /// The entities the article establishes.
    pub mentions: Vec<Mention>,
    /// Names of two words or more the article writes once with nothing to
    /// tell they are people's ("When Vladimir Putin landed …"): people
    /// when another article of the dossier establishes them.
    pub unconfirmed: Vec<Mention>,
}

/// Finds the entities of an article.
pub(crate) fn find(
    texts: &ArticleTexts<'_>,
    gazetteer: &Gazetteer,
    people: &People,
    lex: &Lexicon,
) -> FoundEntities {
    let mut seen: BTreeMap<String, Seen<'_>> = BTreeMap::new();
    let bodies = texts
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| (Some(i), p.as_str()))
        .chain(texts.captions.iter().map(|c| (None, *c)));
    for (((paragraph, text), words), runs) in bodies.zip(texts.words).zip(texts.runs) {
        let starts = word_starts(text, &words.tokens);
        let bracketed = bracketed_names(text);
        // A known name inside a written-out one is part of it ("Tentara
        // Nasional Indonesia (TNI)"), unless it is the whole.
        // A known place right after a naming head is part of the name
        // ("Universitas Indonesia", "University of Tokyo", "Bank of Korea").
        let apart = |known: &Known, range: &Range<usize>| {
            let inside_bracketed =
                (bracketed.iter()).any(|b| b.full != *range && b.full.contains(&range.start));
            let named_after = known.kind == EntityKind::Place
                && (names_after_head(&text[..range.start])
                    || names_after_place_head(text, range.start, lex)
                    || opens_a_longer_name(text, range));
            let inside_longer =
                known.kind == EntityKind::Organization && names_another_body(text, range);
            !inside_bracketed && !named_after && !inside_longer
        };
        let mut taken = record_known(text, &starts, paragraph, gazetteer, &mut seen, &apart);
        record_bracketed(text, paragraph, bracketed, lex, &mut taken, &mut seen);
        let found = Found { words, runs };
        discover(&found, paragraph, &taken, people, lex, &mut seen);
    }
    for credit in &texts.credits {
        record_known(
            credit,
            &word_starts(credit, &tokenize(credit)),
            None,
            gazetteer,
            &mut seen,
            &|known, _| known.kind == EntityKind::Organization,
        );
    }
    if let Some(dateline) = texts.dateline {
        if record_known(
            dateline,
            &word_starts(dateline, &tokenize(dateline)),
            None,
            gazetteer,
            &mut seen,
            &|known, _| known.kind == EntityKind::Place,
        )
        .is_empty()
        {
            let entry = seen.entry(dateline.to_string()).or_default();
            entry.guesses.push(Guess::Place);
            note(entry, dateline, None, 0..dateline.len());
        }
    }
    if let Some(headline) = texts.headline {
        confirm_by_headline(&mut seen, headline);
    }
    confirm_by_speech(&mut seen, &texts.speakers);
    settle(seen)
}

/// A name of two words or more the body writes once, with nothing to tell
/// it is a person's, counts twice when the headline writes it too: "Kim
/// Jong Un was waiting" under "Vladimir Putin and Kim Jong Un …".
fn confirm_by_headline(seen: &mut BTreeMap<String, Seen<'_>>, headline: &str) {
    for entry in seen.values_mut() {
        let once = entry.curated_kind.is_none() && entry.guesses == [Guess::WeakPerson];
        let in_headline = || {
            (entry.forms.iter()).any(|form| form.contains(' ') && contains_words(headline, form))
        };
        if once && in_headline() {
            entry.guesses.push(Guess::WeakPerson);
        }
    }
}

/// A name of two words or more with nothing else to tell it is a person's
/// is one when a quote is attributed to it: "As Alexander Gabuev of the
/// Carnegie Center noted, "…"". A single word ("Reuters said") is left to
/// what the rest of the text says of it.
fn confirm_by_speech(seen: &mut BTreeMap<String, Seen<'_>>, speakers: &[&str]) {
    for speaker in speakers.iter().filter(|s| s.contains(' ')) {
        let Some(entry) = seen.get_mut(*speaker) else {
            continue;
        };
        let unsure = entry.curated_kind.is_none()
            && (entry.guesses.iter()).all(|guess| *guess == Guess::WeakPerson);
        if unsure && !entry.guesses.is_empty() {
            entry.guesses.push(Guess::Person);
        }
    }
}

/// Whether `words` stand in `text` with word boundaries on both sides.
fn contains_words(text: &str, words: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), words.as_bytes())
        .any(|at| at_word_boundaries(text, at..at + words.len()))
}

/// Whether the text before a place ends with a head that names an
/// institution after it: "… Universitas ", "… University of ", or a
/// broadcaster's or paper's name that opens with its word and goes on in
/// capitals: "… Radio Free ".
fn names_after_head(before: &str) -> bool {
    let after_head = lang::HEADS_NAMED_AFTER_PLACES.iter().any(|head| {
        (before.strip_suffix(' '))
            .and_then(|b| b.strip_suffix(head))
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()))
    });
    after_head || names_after_publication_head(before)
}

/// Whether a known place opens a facility's or an institution's name, one
/// to three capitalised words after it ending with a facility's or an
/// institution's word: "Pyongyang International Airport", "Korea
/// Development Institute", "Carnegie Russia Eurasia Center". Indonesian
/// heads open their names ("Pusat Studi Korea"), and after a place one may
/// be part of the place ("Jakarta Pusat").
fn opens_a_longer_name(text: &str, range: &Range<usize>) -> bool {
    let mut end = range.end;
    for _ in 0..MOST_WORDS_TO_NAME_S_TAIL {
        let Some(word) = next_capitalised_word(text, end) else {
            return false;
        };
        let word_text = &text[word.clone()];
        if lang::is_among(word_text, lang::FACILITY_TAILS)
            || lang::is_among(word_text, lang::INSTITUTION_TAILS)
        {
            return true;
        }
        end = word.end;
    }
    false
}

/// The most capitalised words from a known place to a facility's or an
/// institution's word.
const MOST_WORDS_TO_NAME_S_TAIL: usize = 3;

/// Whether a known organisation's name is part of another's, with an
/// adjective that makes a body of its own before it ("National Security
/// Council", not the Security Council) or after it ("Dewan Keamanan
/// Nasional").
fn names_another_body(text: &str, range: &Range<usize>) -> bool {
    let word_is = |word: Option<Range<usize>>, adjectives: &[&str]| {
        word.is_some_and(|word| lang::is_among(&text[word], adjectives))
    };
    word_is(
        previous_capitalised_word(text, range.start),
        names::ORGANISATION_ADJECTIVES,
    ) || word_is(
        next_capitalised_word(text, range.end),
        lang::ORGANISATION_ADJECTIVES_AFTER,
    )
}

/// Whether the text before a place ends with the head of another place
/// named after it, in capitals, and "of" in English: "… Laut ", "… Sea of
/// ", "… Port of ". The head opens the name ("Angkatan Laut AS" is the
/// navy of the United States), and a province's or a town's word names the
/// place itself ("Kota Pyongyang" is Pyongyang).
fn names_after_place_head(text: &str, place_start: usize, lex: &Lexicon) -> bool {
    // The head ends before "of " or before the space: "Sea of ", "Laut ".
    let before = &text[..place_start];
    let head_end = before
        .strip_suffix(" of ")
        .map_or(place_start, |b| b.len() + 1);
    let Some(head) = previous_capitalised_word(text, head_end) else {
        return false;
    };
    let name_goes_on_before = previous_capitalised_word(text, head.start)
        .is_some_and(|word| !lex.is_function_word(&text[word].to_lowercase()));
    if name_goes_on_before {
        return false;
    }
    let head = text[head].to_lowercase();
    lex.is_place_head(&head) && !lang::is_among(&head, lang::HEADS_OF_ADMINISTRATIVE_AREAS)
}

/// The most capitalised words between a publication's word and a place
/// that ends its name ("Radio Free Asia").
const MOST_WORDS_AFTER_PUBLICATION_HEAD: usize = 2;

/// Whether the text before a place ends with a publication's word and one
/// or two capitalised words: "… Radio Free ".
fn names_after_publication_head(before: &str) -> bool {
    // The last words, nearest the place first: "Free", "Radio", ….
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let words: Vec<&str> = before
        .rsplit(' ')
        .take(MOST_WORDS_AFTER_PUBLICATION_HEAD + 1)
        .collect();
    let capitalised = |word: &&str| word.starts_with(char::is_uppercase);
    (1..words.len()).any(|head| {
        lang::is_among(words[head], lang::PUBLICATION_HEADS)
            && words[..=head].iter().all(capitalised)
    })
}

fn record_known<'g>(
    text: &str,
    word_starts: &[usize],
    paragraph: Option<usize>,
    gazetteer: &'g Gazetteer,
    seen: &mut BTreeMap<String, Seen<'g>>,
    keep: &dyn Fn(&Known, &Range<usize>) -> bool,
) -> Vec<Range<usize>> {
    let mut taken: Vec<Range<usize>> = Vec::new();
    for (range, pattern) in gazetteer.find(text, word_starts) {
        let known = &gazetteer.known[pattern.known];
        if !keep(known, &range) || taken.last().is_some_and(|last| range.start < last.end) {
            continue;
        }
        let compound = (known.kind == EntityKind::Place)
            .then(|| compass_compound(text, range.clone()))
            .flatten();
        let is_compound = compound.is_some();
        let (name, range) = match compound {
            Some(whole) => (text[whole.clone()].to_string(), whole),
            None => (known.name.clone(), range),
        };
        let entry = seen.entry(name).or_default();
        entry.curated_kind = Some(known.kind);
        entry.curated |= known.curated && !is_compound;
        if !is_compound && !known.shown.is_empty() {
            count_shown(entry, &known.shown, pattern.shown);
        }
        note(entry, &text[range.clone()], paragraph, range.clone());
        taken.push(range);
    }
    taken
}

/// A name written out with its abbreviation in brackets after it:
/// "Komisi Pemberantasan Korupsi (KPK)".
struct Bracketed {
    /// The written-out name's bytes.
    full: Range<usize>,
    acronym: String,
}

/// The names a text writes out before their abbreviation in brackets: an
/// abbreviation of 2–8 capital letters whose letters are, in order, the
/// initials of the capitalised words right before it (short lowercase
/// words between them skipped: "Syrian Observatory for Human Rights
/// (SOHR)", "Perserikatan Bangsa-Bangsa (PBB)").
fn bracketed_names(text: &str) -> Vec<Bracketed> {
    memchr::memchr_iter(b'(', text.as_bytes())
        .filter_map(|open| {
            let acronym = acronym_at(text, open)?;
            let end = open
                .checked_sub(1)
                .filter(|&e| text.as_bytes()[e] == b' ')?;
            let start = initials_before(&text[..end], acronym)?;
            Some(Bracketed {
                full: start..end,
                acronym: acronym.to_string(),
            })
        })
        .collect()
}

/// The capitals between the bracket at `open` and the next closing one.
fn acronym_at(text: &str, open: usize) -> Option<&str> {
    let inside = &text[open + 1..];
    let acronym = &inside[..inside.find(')')?];
    let capitals = acronym.bytes().all(|b| b.is_ascii_uppercase());
    ((2..=8).contains(&acronym.len()) && capitals).then_some(acronym)
}

/// Where the words at the end of `before` start whose initials spell
/// `acronym`, if they do.
fn initials_before(before: &str, acronym: &str) -> Option<usize> {
    let mut letters = acronym.bytes().rev().peekable();
    let mut end = before.len();
    loop {
        let start = before[..end].rfind(' ').map_or(0, |space| space + 1);
        let word = &before[start..end];
        let first = word.chars().next()?;
        if first.is_uppercase() {
            for part in word.rsplit('-') {
                let initial = part.chars().next()?;
                if initial.is_uppercase() {
                    let letter = letters.next()?;
                    if !initial.to_uppercase().eq([char::from(letter)]) {
                        return None;
                    }
                }
            }
            if letters.peek().is_none() {
                return Some(start);
            }
        } else {
            let joining = word.len() <= 4 && word.chars().all(char::is_lowercase);
            if !joining || end == before.len() {
                return None;
            }
        }
        end = start.checked_sub(1)?;
    }
}

/// An article's names written out with their abbreviation
/// (`Seen::acronym`) are one with the abbreviation: the abbreviation's
/// mentions count as the name's, or, when the abbreviation is a known name
/// ("Perserikatan Bangsa-Bangsa (PBB)"), the name's as the known one's.
fn fold_acronyms(seen: &mut BTreeMap<String, Seen<'_>>) {
    let pairs: Vec<(String, String)> = (seen.iter())
        .filter_map(|(name, s)| Some((name.clone(), s.acronym.clone()?)))
        .collect();
    for (name, acronym) in pairs {
        let known = seen.get(&acronym).is_some_and(|s| s.curated_kind.is_some());
        let (from, into) = match known {
            true => (&name, &acronym),
            false => (&acronym, &name),
        };
        if from == into || !seen.contains_key(into) {
            continue;
        }
        let folded = seen.remove(from).unwrap_or_default();
        let into = seen.get_mut(into).expect("looked up above");
        into.count += folded.count;
        for form in folded.forms.into_iter().chain([acronym.clone()]) {
            if !into.forms.contains(&form) {
                into.forms.push(form);
            }
        }
        if let Some(first) = folded.first.filter(|f| is_before(f, &into.first)) {
            into.first = Some(first);
        }
    }
}

/// Records the names written out before their abbreviation that are not
/// known names as a whole: an organisation, or a place when its first word
/// says so ("Daerah Istimewa Yogyakarta (DIY)"). Their ranges join `taken`.
fn record_bracketed(
    text: &str,
    paragraph: Option<usize>,
    bracketed: Vec<Bracketed>,
    lex: &Lexicon,
    taken: &mut Vec<Range<usize>>,
    seen: &mut BTreeMap<String, Seen<'_>>,
) {
    let before = taken.len();
    for Bracketed { full, acronym } in bracketed {
        if taken[..before].contains(&full) {
            continue;
        }
        let name = &text[full.clone()];
        let head = name.split(' ').next().unwrap_or_default().to_lowercase();
        let guess = match lex.is_place_head(&head) {
            true => Guess::Place,
            false => Guess::Organization,
        };
        let entry = seen.entry(name.to_string()).or_default();
        entry.guesses.push(guess);
        entry.acronym = Some(acronym);
        note(entry, name, paragraph, full.clone());
        taken.push(full);
    }
    taken.sort_unstable_by_key(|range| range.start);
}

/// A known place with a compass word before it ("Northeast Asia") or after
/// it ("Jawa Barat"), or a compass word known as a place ("West", "Barat":
/// the West) with a capitalised word after it ("West Java", "West Bank"):
/// the whole is one place, not the place or the West. The range of the
/// whole, if it is one.
fn compass_compound(text: &str, place: Range<usize>) -> Option<Range<usize>> {
    // "Northeast Asia", "Central Asia": a compass word before the place.
    if let Some(before) = previous_capitalised_word(text, place.start) {
        if lang::is_among(&text[before.clone()], lang::COMPASS_BEFORE) {
            return Some(before.start..place.end);
        }
    }
    let next = next_capitalised_word(text, place.end)?;
    let word = &text[next.clone()];
    let opens = lang::is_among(&text[place.clone()], lang::COMPASS_BEFORE);
    (opens || lang::is_among(word, lang::COMPASS_AFTER)).then_some(place.start..next.end)
}

/// The capitalised word before a single space that ends at `to`, starting
/// at a word boundary.
fn previous_capitalised_word(text: &str, to: usize) -> Option<Range<usize>> {
    let before = text[..to].strip_suffix(' ')?;
    let start = before
        .rfind(|c: char| !c.is_alphanumeric() && c != '-')
        .map_or(0, |at| {
            at + before[at..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[start..];
    word.starts_with(char::is_uppercase)
        .then_some(start..before.len())
}

/// The capitalised word after a single space at `from`, ending at a word boundary.
fn next_capitalised_word(text: &str, from: usize) -> Option<Range<usize>> {
    let rest = text[from..].strip_prefix(' ')?;
    let start = from + 1;
    if !rest.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let len = rest
        .find(|c: char| !c.is_alphanumeric() && c != '-')
        .unwrap_or(rest.len());
    Some(start..start + len)
}

/// Counts one writing of a known entry's shown name `which` of `shown`.
fn count_shown<'g>(entry: &mut Seen<'g>, shown: &'g [String], which: usize) {
    entry.shown = shown;
    entry.shown_counts[which] += 1;
}

fn note(entry: &mut Seen<'_>, form: &str, paragraph: Option<usize>, range: Range<usize>) {
    entry.count += 1;
    if !entry.forms.iter().any(|f| f == form) {
        entry.forms.push(form.to_string());
    }
    if let Some(p) = paragraph {
        let here = (p, range);
        if is_before(&here, &entry.first) {
            entry.first = Some(here);
        }
    }
}

/// Whether a place in the body (paragraph, byte range) comes before `first`,
/// or there is no `first`.
fn is_before(place: &(usize, Range<usize>), first: &Option<(usize, Range<usize>)>) -> bool {
    first
        .as_ref()
        .is_none_or(|(q, r)| (place.0, place.1.start) < (*q, r.start))
}

/// A text's words and its runs of name words.
struct Found<'f, 't> {
    words: &'f Words<'t>,
    runs: &'f [NameRun],
}

fn discover(
    found: &Found<'_, '_>,
    paragraph: Option<usize>,
    taken: &[Range<usize>],
    people: &People,
    lex: &Lexicon,
    seen: &mut BTreeMap<String, Seen<'_>>,
) {
    let words = found.words;
    let text = words.text;
    let mut previous: Option<(Parsed, usize)> = None;
    // The run before, when a title opens it: "Analis Bank Sentral Rusia,
    // Elvira Nabiullina": a name after it and a comma is the titled one's.
    let mut titled_run_before: Option<usize> = None;
    for run in found.runs {
        let gap = |end: usize| words.gap_after(end).trim();
        let titled_end = (titled_run_before.take()).filter(|&end| end + 1 == run.range.start);
        let after_titled_run = titled_end.is_some_and(|end| matches!(gap(end), "," | "),"));
        // "Pengamat Universitas Padjadjaran (Unpad), Teuku Rezasyah": the
        // short form in brackets goes with the titled run.
        let short_form = titled_end.is_some_and(|end| gap(end) == "(")
            && words.gap_after(run.range.end - 1).starts_with(')');
        if short_form || run.range.len() > 1 && words.class(run.range.start).has(Class::TITLE) {
            titled_run_before = Some(run.range.end - 1);
        }
        for (part, after_known) in free_parts(words, run.range.clone(), taken) {
            // "US$", "HK$": a currency, not a place.
            if !words.is_capitalised(part.start) || words.gap_after(part.end - 1).starts_with('$') {
                continue;
            }
            let parsed = match part == run.range {
                true => run.parsed.clone(),
                false => words.parse(part.clone(), lex),
            };
            if part.len() == 1 && matches!(parsed.named, Named::Person(_)) {
                let after_organisation = after_known
                    && matches!(
                        words.parse(run.range.start..part.start, lex).named,
                        Named::Organisation(_)
                    );
                // "Dewan Keamanan Nasional (AS)": one word before a known
                // name in its run, or after a known organisation, is a word
                // of a longer name, not a person; so is "War" after
                // "Vietnam".
                let event_tail = after_known && names::is_event_tail(words.lower(part.start));
                if part.end < run.range.end || after_organisation || event_tail {
                    previous = Some((parsed, part.end - 1));
                    continue;
                }
            }
            let apposition = previous.take().is_some_and(|(p, end)| {
                matches!(p.named, Named::Descriptor(_))
                    && end + 1 == part.start
                    && words.gap_after(end).trim() == ","
            }) || (after_titled_run && part.start == run.range.start);
            let context = Context {
                apposition,
                after_known,
            };
            if let Some((name, guess)) = guess(words, part.clone(), &parsed, context, people, lex) {
                let bytes = words.tokens[part.start].start..words.tokens[part.end - 1].end;
                let range = name_range(&parsed, text, bytes);
                let entry = seen.entry(name).or_default();
                entry.guesses.push(guess);
                note(entry, &text[range.clone()], paragraph, range);
            }
            previous = Some((parsed, part.end - 1));
        }
    }
}

/// The parts of a run that no gazetteer name covers, each with whether a
/// known name stands in front of it within the run ("Presiden Korea Selatan
/// | Moon Jae-in").
fn free_parts(
    words: &Words<'_>,
    run: Range<usize>,
    taken: &[Range<usize>],
) -> Vec<(Range<usize>, bool)> {
    let covered = |i: usize| {
        let t = words.tokens[i];
        taken.iter().any(|r| r.start < t.end && t.start < r.end)
    };
    let mut parts = Vec::new();
    let mut start = None;
    for i in run.clone() {
        match (covered(i), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                parts.push((s..i, s > run.start));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        parts.push((s..run.end, s > run.start));
    }
    parts
}

/// What stands around a name besides its words.
#[derive(Debug, Clone, Copy)]
struct Context {
    /// Follows a bare title and a comma: "Menteri Luar Negeri Rusia, Sergei Lavrov".
    apposition: bool,
    /// Follows a known place or institution in the same run.
    after_known: bool,
}

/// The bytes of the name proper within a run (titles in front left out).
fn name_range(parsed: &Parsed, text: &str, run: Range<usize>) -> Range<usize> {
    let name = match &parsed.named {
        Named::Person(n) | Named::Organisation(n) | Named::Place(n) | Named::Other(n) => n,
        Named::Descriptor(_) => return run,
    };
    if text[run.clone()].ends_with(name.as_str()) {
        run.end - name.len()..run.end
    } else {
        run
    }
}

/// The name and kind one occurrence suggests.
fn guess(
    words: &Words<'_>,
    run: Range<usize>,
    parsed: &Parsed,
    context: Context,
    people: &People,
    lex: &Lexicon,
) -> Option<(String, Guess)> {
    let word_before = |n: usize| {
        let b = run.start.checked_sub(n)?;
        (b..run.start)
            .all(|k| words.joined(k))
            .then(|| words.lower(b))
    };
    let before = word_before(1);
    let after =
        (run.end < words.tokens.len() && words.joined(run.end - 1)).then(|| words.lower(run.end));
    let is = |word: &Option<&str>, test: &dyn Fn(&str) -> bool| word.is_some_and(test);
    let article = is(&before, &|w| matches!(w, "the" | "a" | "an"));
    let place_context = is(&before, &|w| lex.is_place_context(w))
        || is(&word_before(2), &|w| {
            lex.is_place_context(w) && (article || !lex.is_function_word(w))
        });
    // "analis pasar dari Phillip Futures", "an economist at Capital
    // Lane": where someone of a role works, not where they come from.
    let affiliation = || {
        is(&before, &|w| AFFILIATION_LINKS.contains(&w))
            && (is(&word_before(2), &|w| lex.is_title(w))
                || (is(&word_before(3), &|w| lex.is_title(w))
                    && is(&word_before(2), &|w| !lex.is_function_word(w))))
    };
    // "stasiun TVRI" is a broadcaster, "stasiun Khasan" a railway station.
    let organisation_context = is(&before, &|w| {
        lex.is_organisation_context(w)
            && (!lex.is_place_context(w)
                || run.len() == 1 && names::is_acronym(words.word(run.start)))
    });
    // "Russian state media", "North Korean leader": a place's people or
    // things, not a name.
    // "told RFA Korean": a people's word is no one's name after an
    // acronym either.
    let lone_word = matches!(&parsed.named, Named::Person(name) if !name.contains(' '));
    let demonym = lex.is_demonym(words.lower(run.end - 1))
        && (run.len() == 1
            || lone_word
            || (run.len() == 2 && lang::COMPASS_BEFORE.contains(&words.lower(run.start))));
    if demonym {
        return None;
    }
    // "di Waspada.id": a web address names its outlet, not a place.
    if run.len() == 1 && lang::is_web_domain(words.word(run.start)) {
        return Some((words.word(run.start).to_string(), Guess::Organization));
    }
    match &parsed.named {
        Named::Person(name) => {
            let titled = !parsed.prefix.is_empty()
                || is(&before, &|w| lex.is_title(w))
                || context.after_known
                || titled_in_apposition(words, run.end - 1, lex);
            let speaks = is(&after, &|w| {
                lex.speech_verb(w).is_some_and(|v| v.speaker_before)
            }) || is(&before, &|w| {
                lex.speech_verb(w).is_some_and(|v| v.speaker_after)
            }) || speaks_past_commas(words, run.clone(), lex);
            let resolved = people.resolve(name);
            let several_words = name.contains(' ');
            // "chief Cabinet secretary", "the Treasury secretary": a word
            // before an office in lower case names the office's body, no
            // one, unless the article names someone so ("Putin spokesman").
            if !several_words && resolved == *name && is(&after, &|w| lex.is_title(w)) {
                return None;
            }
            // "According to Peskov": a known person's surname after a word
            // that a place or a person may follow.
            let known_surname = || {
                resolved != *name
                    && is(&before, &|w| lang::is_among(w, lang::NOT_ONLY_PLACES_AFTER))
            };
            // "Russia's Amur region".
            let place_tail = || is(&after, &|w| lang::is_among(w, lang::PLACE_TAILS));
            // "Officials in Seongnam said": a name after "in" or "di" is
            // where they are, whatever verb follows it.
            let only_a_place_before = place_context
                && is(&before, &|w| {
                    lex.is_place_context(w) && !lang::is_among(w, lang::NOT_ONLY_PLACES_AFTER)
                });
            let guess = if organisation_context && !titled {
                Guess::Organization
            } else if (only_a_place_before && !titled) || (!speaks && place_tail()) {
                Guess::Place
            } else if parsed.prefix.is_empty() && affiliation() {
                // "An economist at Brightwater Partners said": the
                // economist speaks.
                Guess::Organization
            } else if titled || speaks || context.apposition || known_surname() {
                Guess::Person
            } else if place_context {
                Guess::Place
            } else if resolved != *name || several_words || acts(words, run.end, &after, lex) {
                Guess::WeakPerson
            } else {
                return None;
            };
            let name = if guess >= Guess::Person || guess == Guess::WeakPerson {
                resolved
            } else {
                name.clone()
            };
            Some((name, guess))
        }
        Named::Organisation(name)
            if name.contains(' ') || !lex.is_organisation_head(&name.to_lowercase()) =>
        {
            Some((name.clone(), Guess::Organization))
        }
        Named::Organisation(_) => None,
        Named::Place(name) => Some((name.clone(), Guess::Place)),
        Named::Other(name) => {
            let head_is_place = name
                .split(' ')
                .next()
                .is_some_and(|w| lex.is_place_head(&w.to_lowercase()));
            if organisation_context || !head_is_place && affiliation() {
                Some((name.clone(), Guess::Organization))
            } else if head_is_place || place_context {
                Some((name.clone(), Guess::Place))
            } else {
                None
            }
        }
        Named::Descriptor(_) => None,
    }
}

/// Words between someone's role and where they work ("analis dari …",
/// "economist at …").
const AFFILIATION_LINKS: &[&str] = &["dari", "from", "at"];

/// Whether a name is the subject of a speech verb past a comma: after a
/// clause set off by commas ("Teuku Rezasyah, an expert at Padjadjaran
/// University, said"), or right after the name when commas enclose it
/// ("Analis di Seoul, Andrei Lankov, menilai").
fn speaks_past_commas(words: &Words<'_>, run: Range<usize>, lex: &Lexicon) -> bool {
    let last = run.end - 1;
    let says = |j: usize| {
        lex.speech_verb(words.lower(j))
            .is_some_and(|v| v.speaker_before)
    };
    let enclosed = run.start > 0 && words.comma_after(run.start - 1);
    words.comma_after(last)
        && ((enclosed && says(last + 1)) || words.after_clause(last).is_some_and(says))
}

/// Whether a title follows a name in a clause set off by a comma: first
/// ("Yon Machmudi, pengamat …") or within the first words after an
/// article ("Andrei Lankov, a professor at …", "Victor Cha, a Korea expert
/// at …").
fn titled_in_apposition(words: &Words<'_>, last: usize, lex: &Lexicon) -> bool {
    if !words.comma_after(last) {
        return false;
    }
    let first = last + 1;
    // Without an article the title opens the clause.
    let article = matches!(words.lower(first), "a" | "an" | "the" | "seorang");
    let start = first + usize::from(article);
    let before_title = if article {
        MAX_WORDS_BEFORE_APPOSITIVE_TITLE
    } else {
        0
    };
    let end = words.tokens.len().min(start + before_title + 1);
    (start..end)
        .take_while(|&k| k == start || words.joined(k - 1))
        .any(|k| !words.is_capitalised(k) && lex.is_title(words.lower(k)))
}

/// The most words before the title in a clause after a name ("a Korea
/// expert", "a senior fellow").
const MAX_WORDS_BEFORE_APPOSITIVE_TITLE: usize = 2;

/// A name followed by a lowercase word that is not a title or a joining word
/// stands where a subject does: "Tomas Brandt disputed".
fn acts(words: &Words<'_>, next: usize, after: &Option<&str>, lex: &Lexicon) -> bool {
    after.is_some_and(|w| {
        !words.is_capitalised(next) && !lex.is_title(w) && !lex.is_function_word(w)
    })
}

/// One mention per name: the kind from the gazetteer, or else from the
/// strongest evidence. A weak person (a name of two words or more with no
/// title or speech verb) is kept when the article names it twice or more, or
/// when it starts with the family name of a person the article establishes
/// ("Kim Il Sung" beside Kim Jong Un) or is another spelling of one ("Sergey
/// Lavrov" beside Sergei Lavrov); else it is left unconfirmed, for the
/// other articles to settle.
fn settle(mut seen: BTreeMap<String, Seen<'_>>) -> FoundEntities {
    fold_acronyms(&mut seen);
    let people: Vec<String> = seen
        .iter()
        .filter(|(_, s)| {
            s.curated_kind == Some(EntityKind::Person)
                || s.guesses.contains(&Guess::Person)
                || s.guesses
                    .iter()
                    .filter(|g| **g == Guess::WeakPerson)
                    .count()
                    >= 2
        })
        .map(|(name, _)| name.clone())
        .collect();
    let mut found = FoundEntities {
        mentions: Vec::with_capacity(seen.len()),
        unconfirmed: Vec::new(),
    };
    for (name, s) in seen {
        let (kind, list) = match s.curated_kind {
            Some(kind) => (kind, &mut found.mentions),
            None => match discovered_kind(&name, &s.guesses, &people) {
                Some(kind) => (kind, &mut found.mentions),
                None if is_unconfirmed_person(&name, &s.guesses) => {
                    (EntityKind::Person, &mut found.unconfirmed)
                }
                None => continue,
            },
        };
        let shown = s
            .most_shown()
            .filter(|shown| *shown != name)
            .map(String::from);
        list.push(Mention {
            name,
            shown,
            kind,
            curated: s.curated,
            count: s.count,
            forms: s.forms,
            first: s.first,
        });
    }
    found
}

/// Whether a name the article does not establish is a person's as far as it
/// tells: two words or more, with no stronger guess than a weak person.
fn is_unconfirmed_person(name: &str, guesses: &[Guess]) -> bool {
    name.contains(' ') && guesses.iter().max() == Some(&Guess::WeakPerson)
}

fn discovered_kind(name: &str, guesses: &[Guess], people: &[String]) -> Option<EntityKind> {
    let strongest = guesses.iter().max()?;
    match strongest {
        Guess::Person => Some(EntityKind::Person),
        Guess::Organization => Some(EntityKind::Organization),
        Guess::Place => Some(EntityKind::Place),
        Guess::WeakPerson => {
            let words: Vec<&str> = name.split(' ').collect();
            let lower: Vec<String> = name.split([' ', '-']).map(str::to_lowercase).collect();
            let family = people.iter().any(|p| {
                let theirs: Vec<&str> = p.split(' ').collect();
                let their_words: Vec<String> = p.split([' ', '-']).map(str::to_lowercase).collect();
                p != name
                    && theirs.len() >= 2
                    && (theirs.first() == words.first()
                        || super::names::transliterated(&lower, &their_words))
            });
            (words.len() >= 2 && (family || guesses.len() >= 2)).then_some(EntityKind::Person)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::*;

    fn entry(name: &str, kind: EntityKind, aliases: &[&str]) -> GazetteerEntry {
        GazetteerEntry {
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            description: None,
            links: Vec::new(),
        }
    }

    /// The mentions of an article, whole.
    fn found_with(paragraphs: &[&str], entries: &[GazetteerEntry]) -> Vec<Mention> {
        found_under(None, paragraphs, entries)
    }

    /// The mentions of an article under a headline.
    fn found_under(
        headline: Option<&str>,
        paragraphs: &[&str],
        entries: &[GazetteerEntry],
    ) -> Vec<Mention> {
        found_spoken(headline, &[], paragraphs, entries)
    }

    /// The mentions of an article under a headline whose quotes are
    /// attributed to `speakers`.
    fn found_spoken(
        headline: Option<&str>,
        speakers: &[&str],
        paragraphs: &[&str],
        entries: &[GazetteerEntry],
    ) -> Vec<Mention> {
        let paragraphs: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
        let words: Vec<Words<'_>> = paragraphs.iter().map(|p| Words::new(p, &[])).collect();
        let (_, people, runs) = super::super::names::read(&words, lexicon());
        let texts = ArticleTexts {
            paragraphs: &paragraphs,
            words: &words,
            runs: &runs,
            captions: Vec::new(),
            credits: Vec::new(),
            dateline: None,
            headline,
            speakers: speakers.to_vec(),
        };
        find(&texts, &Gazetteer::new(entries), &people, lexicon()).mentions
    }

    /// The mentions of an article with no gazetteer of its own.
    fn found(paragraphs: &[&str]) -> Vec<Mention> {
        found_with(paragraphs, &[])
    }

    fn mentions(paragraphs: &[&str], entries: &[GazetteerEntry]) -> Vec<(String, EntityKind)> {
        let found = found_with(paragraphs, entries).into_iter();
        found.map(|m| (m.name, m.kind)).collect()
    }

    /// The gazetteer's names in a text, as they are written there.
    fn names_in<'t>(gazetteer: &Gazetteer, text: &'t str) -> Vec<&'t str> {
        let starts = word_starts(text, &tokenize(text));
        gazetteer
            .find(text, &starts)
            .into_iter()
            .map(|(range, _)| &text[range])
            .collect()
    }

    /// The names found of one kind.
    fn names_of_kind(found: &[(String, EntityKind)], kind: EntityKind) -> Vec<&str> {
        (found.iter())
            .filter(|(_, k)| *k == kind)
            .map(|(name, _)| name.as_str())
            .collect()
    }

    fn has(found: &[(String, EntityKind)], name: &str, kind: EntityKind) -> bool {
        found.iter().any(|(n, k)| n == name && *k == kind)
    }

    fn mention<'m>(found: &'m [Mention], name: &str) -> &'m Mention {
        let mention = found.iter().find(|m| m.name == name);
        mention.unwrap_or_else(|| panic!("no {name} in {found:#?}"))
    }

    #[test]
    fn built_in_entries_have_few_enough_shown_names_and_no_name_twice() {
        let entries = places::PLACES.iter().chain(places::INSTITUTIONS);
        let mut owner = BTreeMap::new();
        for entry in entries {
            assert!(places::shown_names(entry).count() <= MOST_SHOWN, "{entry}");
            for name in places::names_of(entry) {
                let first = *owner.entry(name_key(name)).or_insert(entry);
                assert_eq!(first, entry, "{name} in two entries");
            }
        }
    }

    #[test]
    fn a_place_is_shown_by_the_name_the_article_writes_most() {
        let english = found(&["China and North Korea met; China and the DPRK agreed."]);
        assert_eq!(
            mention(&english, "Tiongkok").shown.as_deref(),
            Some("China")
        );
        assert_eq!(mention(&english, "Tiongkok").count, 2);
        let korea = mention(&english, "Korea Utara");
        assert_eq!(
            korea.shown.as_deref(),
            Some("North Korea"),
            "DPRK counts as it"
        );
        assert_eq!(korea.forms, ["North Korea", "DPRK"]);
        let indonesian = found(&["Korut dan Korea Utara, kata Tiongkok kepada North Korea."]);
        assert_eq!(mention(&indonesian, "Korea Utara").shown, None);
        assert_eq!(mention(&indonesian, "Tiongkok").shown, None);
    }

    #[test]
    fn a_name_written_out_before_its_abbreviation_is_one_with_it() {
        let text = [
            "Komisi Pemberantasan Korupsi (KPK) memeriksa Tentara Nasional Indonesia (TNI).",
            "Menurut KPK, the Syrian Observatory for Human Rights (SOHR) and the SOHR agree.",
            "Perserikatan Bangsa-Bangsa (PBB) bersidang, kata dia (AFP), di Jakarta (JKT).",
        ];
        let found = found(&text);
        let commission = mention(&found, "Komisi Pemberantasan Korupsi");
        assert_eq!(commission.kind, EntityKind::Organization);
        assert_eq!(
            (commission.count, &commission.forms[1..]),
            (3, &["KPK".to_string()][..])
        );
        assert_eq!(
            mention(&found, "Tentara Nasional Indonesia").forms[1],
            "TNI"
        );
        assert_eq!(
            mention(&found, "Syrian Observatory for Human Rights").count,
            3
        );
        let united_nations = mention(&found, "PBB");
        assert!(united_nations
            .forms
            .contains(&"Perserikatan Bangsa-Bangsa".to_string()));
        let names: Vec<&str> = found.iter().map(|m| m.name.as_str()).collect();
        for apart in [
            "KPK",
            "TNI",
            "SOHR",
            "Indonesia",
            "Perserikatan Bangsa-Bangsa",
        ] {
            assert!(!names.contains(&apart), "{apart} in {names:?}");
        }
        assert_eq!(
            mention(&found, "Jakarta").forms,
            ["Jakarta"],
            "not its initial"
        );
    }

    #[test]
    fn an_abbreviation_matches_the_initials_of_the_words_right_before_it() {
        let full = |text: &str| {
            let found = bracketed_names(text);
            found
                .iter()
                .map(|b| text[b.full.clone()].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            full("Badan Pusat Statistik (BPS)"),
            ["Badan Pusat Statistik"]
        );
        assert_eq!(
            full("Menurut Badan Pusat Statistik (BPS)"),
            ["Badan Pusat Statistik"]
        );
        assert_eq!(full("Islamic State (IS) fighters"), ["Islamic State"]);
        assert_eq!(
            full("Democratic People's Republic of Korea (DPRK)").len(),
            1
        );
        for apart in [
            "kata dia (AFP)",
            "Badan Statistik (BPS)",
            "Badan Pusat Statistik  (BPS)",
            "Badan Pusat Statistik (Bps)",
            "Pusat Statistik of (PSO)",
            "(BPS) tanpa nama",
        ] {
            assert!(full(apart).is_empty(), "{apart}");
        }
    }

    #[test]
    fn a_name_after_a_role_and_dari_or_at_is_where_they_work() {
        let found = mentions(
            &[
                "Analis pasar dari Halvorsen Capital, Jane Roe, mengatakan pasar tenang.",
                "An economist at Brightwater Partners said markets were calm.",
                "Delegasi tiba dari Vanino pada Senin.",
            ],
            &[],
        );
        for name in ["Halvorsen Capital", "Brightwater Partners"] {
            assert!(
                has(&found, name, EntityKind::Organization),
                "{name}: {found:?}"
            );
        }
        assert!(has(&found, "Vanino", EntityKind::Place), "{found:?}");
    }

    #[test]
    fn a_port_or_airport_named_after_a_place_is_one_place() {
        let found = mentions(
            &[
                "Kim menyambut Putin di Bandara Internasional Pyongyang, Rabu.",
                "Kapal bersandar di Pelabuhan Tokyo, Senin.",
            ],
            &[],
        );
        for name in ["Bandara Internasional Pyongyang", "Pelabuhan Tokyo"] {
            assert!(has(&found, name, EntityKind::Place), "{name}: {found:?}");
        }
        for part in ["Bandara Internasional", "Pyongyang", "Tokyo"] {
            assert!(!found.iter().any(|(n, _)| n == part), "{part}: {found:?}");
        }
    }

    #[test]
    fn a_place_s_head_and_the_name_after_it_are_one_place() {
        let found = mentions(
            &[
                "The ship left the Port of Vladivostok and crossed the Sea of Japan.",
                "Tankers from the Gulf of Aden and the Strait of Hormuz were tracked.",
                "Kapal itu meninggalkan Pelabuhan Nakhodka menuju Laut Jepang.",
                "Di Laut Jepang, kapal melewati Selat Tsugaru dan Gunung Paektu terlihat.",
            ],
            &[],
        );
        for name in [
            "Port of Vladivostok",
            "Sea of Japan",
            "Gulf of Aden",
            "Strait of Hormuz",
            "Pelabuhan Nakhodka",
            "Laut Jepang",
            "Selat Tsugaru",
            "Gunung Paektu",
        ] {
            assert!(has(&found, name, EntityKind::Place), "{name}: {found:?}");
        }
        for part in ["Vladivostok", "Japan", "Jepang", "Sea", "Gulf", "Strait"] {
            assert!(!found.iter().any(|(n, _)| n == part), "{part}: {found:?}");
        }
    }

    #[test]
    fn a_facility_named_after_a_known_place_is_one_place() {
        let found = mentions(
            &[
                "Putin landed at Pyongyang International Airport on Wednesday.",
                "The train left Vladivostok Station for Khasan.",
            ],
            &[],
        );
        for place in ["Pyongyang International Airport", "Vladivostok Station"] {
            assert!(has(&found, place, EntityKind::Place), "{place}: {found:?}");
        }
        for part in ["International Airport", "Pyongyang", "Vladivostok"] {
            assert!(!found.iter().any(|(n, _)| n == part), "{part}: {found:?}");
        }
    }

    #[test]
    fn an_institution_named_after_a_known_place_is_one_organisation() {
        let found = mentions(
            &[
                "Alexander Gabuev of the Carnegie Russia Eurasia Center spoke first.",
                "Analysts at the Korea Institute for Defense Analyses and the Japan Foundation agreed.",
                "Peneliti Pusat Studi Korea dan warga Jakarta Pusat hadir.",
            ],
            &[],
        );
        let institutions = [
            "Carnegie Russia Eurasia Center",
            "Korea Institute for Defense Analyses",
            "Japan Foundation",
        ];
        for name in institutions {
            assert!(
                has(&found, name, EntityKind::Organization),
                "{name}: {found:?}"
            );
        }
        for part in [
            "Eurasia Center",
            "Rusia",
            "Jepang",
            "Institute for Defense Analyses",
        ] {
            assert!(!found.iter().any(|(n, _)| n == part), "{part}: {found:?}");
        }
        assert!(
            has(&found, "Korea", EntityKind::Place),
            "an Indonesian head opens its name"
        );
    }

    #[test]
    fn a_name_after_in_or_di_is_a_place_whatever_verb_follows() {
        let found = mentions(
            &[
                "Officials in Seongnam said the plant would close.",
                "A letter to Halvard Brekke said the talks were over.",
                "Wali kota di Seongnam mengatakan pabrik itu tutup.",
            ],
            &[],
        );
        assert!(has(&found, "Seongnam", EntityKind::Place), "{found:?}");
        assert!(
            has(&found, "Halvard Brekke", EntityKind::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_town_s_word_names_the_place_and_a_head_inside_a_name_names_none() {
        let found = mentions(
            &[
                "Delegasi tiba di Kota Pyongyang pada Senin.",
                "Angkatan Laut AS dan Korea Selatan berlatih bersama.",
            ],
            &[],
        );
        for place in ["Pyongyang", "Amerika Serikat"] {
            assert!(has(&found, place, EntityKind::Place), "{place}: {found:?}");
        }
        for name in ["Kota Pyongyang", "Laut AS"] {
            assert!(!found.iter().any(|(n, _)| n == name), "{name}: {found:?}");
        }
    }

    #[test]
    fn an_institution_named_after_a_place_is_one_organisation() {
        let found = mentions(
            &[
                "Pengamat Universitas Indonesia, Yon Machmudi, menilai hadiah itu wajar.",
                "Menurut Bank Indonesia, inflasi turun pada Mei.",
                "Researchers at the University of Tokyo said the Bank of Korea erred.",
                "Delegasi Jepang tiba di Jakarta.",
            ],
            &[],
        );
        let organisation = EntityKind::Organization;
        for name in [
            "Universitas Indonesia",
            "Bank Indonesia",
            "University of Tokyo",
            "Bank of Korea",
        ] {
            assert!(has(&found, name, organisation), "{name}: {found:?}");
        }
        for place in ["Jepang", "Jakarta"] {
            assert!(has(&found, place, EntityKind::Place), "{place}: {found:?}");
        }
        for part in [
            "Indonesia",
            "Tokyo",
            "Korea",
            "University of",
            "Universitas",
        ] {
            assert!(!found.iter().any(|(n, _)| n == part), "{part}: {found:?}");
        }
    }

    #[test]
    fn a_known_place_with_a_compass_word_is_one_place() {
        let found = mentions(
            &[
                "Presiden tiba di Istana Bogor, Jawa Barat, pada Selasa.",
                "Talks continue in West Java and the West Bank.",
                "Rusia menghadapi Barat yang bermusuhan, kata dia.",
                "Kapal berlayar di Laut China Selatan.",
            ],
            &[],
        );
        let place = EntityKind::Place;
        for name in ["Jawa Barat", "West Java", "West Bank", "Barat", "Rusia"] {
            assert!(has(&found, name, place), "{name}: {found:?}");
        }
        assert!(has(&found, "Laut China Selatan", place), "{found:?}");
        for part in ["Jawa", "West", "Tiongkok", "China Selatan"] {
            assert!(!found.iter().any(|(n, _)| n == part), "{part}: {found:?}");
        }
    }

    #[test]
    fn gazetteer_names_match_in_any_spelling_at_word_boundaries() {
        let entries = [
            entry("Kim Jong Un", EntityKind::Person, &[]),
            entry("Korea Utara", EntityKind::Place, &["Korut"]),
        ];
        let found = mentions(
            &["Kim Jong-un tiba. Warga Korut menyambutnya, bukan di Korutan."],
            &entries,
        );
        assert!(has(&found, "Kim Jong Un", EntityKind::Person));
        let korea = names_in(&Gazetteer::new(&entries), "Warga Korut dan Korutan");
        assert_eq!(korea, ["Korut"], "only the whole word matches");
        let typographic = names_in(
            &Gazetteer::new(&[entry("People's Daily", EntityKind::Organization, &[])]),
            "The People’s Daily wrote.",
        );
        assert_eq!(typographic, ["People’s Daily"]);
    }

    #[test]
    fn a_name_the_body_writes_once_is_a_person_when_the_headline_writes_it_too() {
        let body = ["When Halvard Brekke arrived at dawn, Ingrid Solberg was waiting."];
        let headline = Some("Halvard Brekke and Ingrid Solberg sign a pact");
        let found = found_under(headline, &body, &[]);
        for person in ["Halvard Brekke", "Ingrid Solberg"] {
            assert!(found
                .iter()
                .any(|m| m.name == person && m.kind == EntityKind::Person));
        }
        let elsewhere = found_under(Some("Brekke signs a pact"), &body, &[]);
        assert!(elsewhere.is_empty(), "{elsewhere:?}");
        let part_of_a_word = found_under(Some("Halvard Brekkes sign"), &body, &[]);
        assert!(part_of_a_word.is_empty(), "{part_of_a_word:?}");
    }

    #[test]
    fn a_name_the_body_writes_once_is_a_person_when_a_quote_is_attributed_to_it() {
        let body = [
            "As Halvard Brekke of the Nordic Policy Institute noted, \"The line is crossed.\"",
            "Ingrid Solberg was waiting at the gate.",
        ];
        let spoken = found_spoken(None, &["Halvard Brekke"], &body, &[]);
        let person = |found: &[Mention], name: &str| {
            (found.iter()).any(|m| m.name == name && m.kind == EntityKind::Person)
        };
        assert!(person(&spoken, "Halvard Brekke"), "{spoken:#?}");
        assert!(!person(&spoken, "Ingrid Solberg"), "she says nothing");
        let unattributed = found_spoken(None, &[], &body, &[]);
        assert!(
            !person(&unattributed, "Halvard Brekke"),
            "{unattributed:#?}"
        );
        let organisation = found_spoken(None, &["Nordic Policy Institute"], &body, &[]);
        assert!(!person(&organisation, "Nordic Policy Institute"));
    }

    #[test]
    fn a_country_s_formal_name_is_the_country() {
        let found = mentions(
            &["The Democratic People’s Republic of Korea and the Republic of Korea Navy met."],
            &[],
        );
        for country in ["Korea Utara", "Korea Selatan"] {
            assert!(
                has(&found, country, EntityKind::Place),
                "{country}: {found:?}"
            );
        }
        assert!(
            !found.iter().any(|(n, _)| n == "Democratic People"),
            "{found:?}"
        );
    }

    #[test]
    fn capital_abbreviations_match_only_in_capitals() {
        let gazetteer = Gazetteer::new(&[]);
        let text = "As the talks began, AS and US officials met.";
        assert_eq!(names_in(&gazetteer, text), ["AS", "US"]);
    }

    #[test]
    fn words_start_at_each_word_and_after_a_dot_or_apostrophe_inside_one() {
        let text = "Di O'Brien, kompas.com dan Jong-un’s.";
        let starts: Vec<&str> = word_starts(text, &tokenize(text))
            .into_iter()
            .map(|at| &text[at..])
            .collect();
        let words: Vec<&str> = starts
            .iter()
            .map(|s| s.split([' ', ',']).next().unwrap())
            .collect();
        assert_eq!(
            words,
            [
                "Di",
                "O'Brien",
                "Brien",
                "kompas.com",
                "com",
                "dan",
                "Jong-un’s.",
                "s."
            ]
        );
    }

    #[test]
    fn names_are_found_where_words_start_and_the_longest_wins() {
        let entries = [
            entry("Brien", EntityKind::Person, &[]),
            entry("Korea", EntityKind::Place, &[]),
            entry("Korea Selatan", EntityKind::Place, &[]),
            entry("Selatan Raya", EntityKind::Place, &[]),
            entry("(Hamas)", EntityKind::Organization, &[]),
        ];
        let gazetteer = Gazetteer::new(&entries);
        let text = "O'Brien ke Korea Selatan Raya, (Hamas) di pro-Korea dan Eurokorea.";
        assert_eq!(names_in(&gazetteer, text), ["Brien", "Korea Selatan"]);
        let text = "Hubungan Brien-Korea Selatan dan Korea-based.";
        assert_eq!(names_in(&gazetteer, text), ["Brien", "Korea Selatan"]);
    }

    #[test]
    fn a_title_in_the_clause_after_a_name_makes_a_person_and_an_address_an_outlet() {
        let found = mentions(
            &[
                "Halvard Brekke, a professor at Harbour University, put it bluntly.",
                "Ingrid Solberg, pengamat maritim, menilai pakta itu simbolis.",
                "Menurut Purnama Sari, karena nasional pihak sulit menjawab.",
                "Hal itu disampaikan saat dihubungi Kabarkita.com di Vanino.",
            ],
            &[],
        );
        for person in ["Halvard Brekke", "Ingrid Solberg"] {
            assert!(
                has(&found, person, EntityKind::Person),
                "{person}: {found:?}"
            );
        }
        assert!(!found.iter().any(|(n, _)| n == "Purnama Sari"), "{found:?}");
        assert!(
            has(&found, "Kabarkita.com", EntityKind::Organization),
            "{found:?}"
        );
        assert!(
            !has(&found, "Kabarkita.com", EntityKind::Place),
            "{found:?}"
        );
    }

    #[test]
    fn a_known_body_inside_a_longer_name_is_not_it() {
        let found = mentions(
            &[
                "National Security Council spokesman John Kirby spoke.",
                "Juru bicara Dewan Keamanan Nasional AS John Kirby berbicara.",
                "The Security Council met.",
            ],
            &[],
        );
        assert!(
            has(
                &found,
                "National Security Council",
                EntityKind::Organization
            ),
            "{found:?}"
        );
        assert!(
            has(&found, "Dewan Keamanan Nasional", EntityKind::Organization),
            "{found:?}"
        );
        assert!(
            has(&found, "Dewan Keamanan", EntityKind::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_match_not_taken_holds_no_words() {
        let entries = [
            entry("Korea Selatan", EntityKind::Place, &[]),
            entry("Selatan Raya", EntityKind::Place, &[]),
            entry("Kompas", EntityKind::Organization, &["kompas.com"]),
            entry("Detik", EntityKind::Organization, &["detik.com"]),
        ];
        let gazetteer = Gazetteer::new(&entries);
        // "korea Selatan" is tried ("kompas.com" also opens with a k) and
        // turned down; "dari" is not tried at all.
        let text = "Dari korea Selatan Raya, kata kompas.com dan detik.com; korea selatan tidak.";
        assert_eq!(
            names_in(&gazetteer, text),
            ["Selatan Raya", "kompas.com", "detik.com"]
        );
    }

    #[test]
    fn discovered_names_get_a_kind_from_their_context() {
        let found = mentions(
            &[
                "Governor Ingrid Halvorsen arrived in Tarnby on Monday.",
                "Amadou Keita said trucks from the Red Crescent Society were ready.",
                "The news agency Delta Wire reported floods near the town of Brennick.",
            ],
            &[],
        );
        assert!(has(&found, "Ingrid Halvorsen", EntityKind::Person));
        assert!(has(&found, "Amadou Keita", EntityKind::Person));
        assert!(has(&found, "Tarnby", EntityKind::Place));
        assert!(has(&found, "Brennick", EntityKind::Place));
        assert!(has(
            &found,
            "Red Crescent Society",
            EntityKind::Organization
        ));
        assert!(has(&found, "Delta Wire", EntityKind::Organization));
    }

    #[test]
    fn sentence_starts_months_and_bare_words_are_not_entities() {
        let found = mentions(
            &["Kemarin hujan turun. Pada Senin, 3 Juni, banjir datang dan kemarin surut."],
            &[],
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn portfolios_after_titles_are_no_people_and_the_person_after_them_is_known() {
        let found = mentions(
            &[
                "Ia disambut Menteri Sumber Daya Alam dan Ekologi Rusia Alexander Kozlov di stasiun Khasan.",
                "\"Ini penting,\" ujar Kozlov. Penasihat Keamanan Nasional AS Jake Sullivan memperingatkan.",
                "Kedatangan Kim disambut meriah. Chairman of the State Affairs of the DPRK Kim Jong Un arrived.",
                "His counterpart, Minister of External Economic Relations Yun Jong Ho, said so.",
            ],
            &[],
        );
        let names: Vec<&str> = found.iter().map(|(name, _)| name.as_str()).collect();
        for wrong in [
            "Sumber Daya Alam",
            "Kozlov",
            "Keamanan Nasional",
            "Kedatangan Kim",
            "Affairs",
            "Minister of External Economic Relations Yun Jong Ho",
        ] {
            assert!(!names.contains(&wrong), "{wrong} in {names:?}");
        }
        assert!(
            has(&found, "Alexander Kozlov", EntityKind::Person),
            "{found:?}"
        );
        for person in ["Jake Sullivan", "Yun Jong Ho"] {
            assert!(
                has(&found, person, EntityKind::Person),
                "{person}: {found:?}"
            );
        }
        assert!(has(&found, "Khasan", EntityKind::Place), "{found:?}");
    }

    #[test]
    fn a_station_s_name_is_a_railway_station_s_place_unless_it_broadcasts() {
        let found = mentions(
            &[
                "Kereta itu melintasi perbatasan di Stasiun Khasan pada Selasa.",
                "Pertemuan itu disiarkan Stasiun TVRI dan Stasiun Radio Pyongyang.",
            ],
            &[],
        );
        assert!(
            has(&found, "Stasiun Khasan", EntityKind::Place),
            "{found:?}"
        );
        let places = names_of_kind(&found, EntityKind::Place);
        assert!(
            !places
                .iter()
                .any(|p| p.contains("TVRI") || p.contains("Radio")),
            "{found:?}"
        );
    }

    #[test]
    fn regions_surnames_after_to_and_names_that_are_another_language_s_words() {
        let found = mentions(
            &[
                "Kremlin spokesman Dmitry Peskov spoke in Russia's Amur region on Tuesday.",
                "According to Peskov, the talks went well. Yang Moo-jin said they had.",
                "Dan Smith said so at the Center for Strategic and International Studies.",
                "Siaran stasiun TVRI menayangkan pertemuan itu.",
                "They met in Russia's Khabarovsk Krai on Wednesday.",
            ],
            &[],
        );
        assert!(has(&found, "Amur", EntityKind::Place), "{found:?}");
        assert!(
            has(&found, "Khabarovsk Krai", EntityKind::Place),
            "{found:?}"
        );
        assert!(
            has(&found, "Dmitry Peskov", EntityKind::Person),
            "{found:?}"
        );
        assert!(has(&found, "Yang Moo-jin", EntityKind::Person), "{found:?}");
        assert!(has(&found, "Dan Smith", EntityKind::Person), "{found:?}");
        assert!(
            has(
                &found,
                "Center for Strategic and International Studies",
                EntityKind::Organization
            ),
            "{found:?}"
        );
        assert!(has(&found, "TVRI", EntityKind::Organization), "{found:?}");
        let names: Vec<&str> = found.iter().map(|(name, _)| name.as_str()).collect();
        assert!(
            !names.contains(&"Peskov") && !names.contains(&"Moo-jin"),
            "{names:?}"
        );
    }

    #[test]
    fn a_place_s_people_and_a_word_beside_a_known_name_are_no_entities() {
        let found = mentions(
            &[
                "The deal was reported to Russian media by a North Korean official.",
                "Juru bicara Dewan Keamanan Nasional AS John Kirby mengatakan hal itu.",
                "Juru bicara Kremlin Baru mengatakan hal itu.",
            ],
            &[],
        );
        let names: Vec<&str> = found.iter().map(|(name, _)| name.as_str()).collect();
        assert!(
            !names
                .iter()
                .any(|n| ["Russian", "North Korean", "Nasional", "Baru"].contains(n)),
            "{names:?}"
        );
        assert!(names.contains(&"John Kirby"), "{names:?}");
    }

    #[test]
    fn a_surname_counts_for_the_full_name_and_family_names_make_people() {
        let found = mentions(
            &[
                "Presiden Korea Utara Kim Jong Un meletakkan bunga untuk Kim Il Sung.",
                "Kim kemudian kembali ke Pyongyang.",
            ],
            &[],
        );
        assert!(has(&found, "Kim Jong Un", EntityKind::Person));
        assert!(has(&found, "Kim Il Sung", EntityKind::Person));
        assert!(!found.iter().any(|(n, _)| n == "Kim"));
    }

    #[test]
    fn initials_and_abbreviated_titles_stay_in_the_name() {
        let found = mentions(
            &[
                "Kremlin spokesman Dmitry S. Peskov met Foreign Minister Retno L.P. Marsudi.",
                "Experts say little. Prof. Park Won-gon of Ewha Womans University disagreed.",
            ],
            &[],
        );
        for person in ["Dmitry S. Peskov", "Retno L.P. Marsudi", "Park Won-gon"] {
            assert!(
                has(&found, person, EntityKind::Person),
                "{person}: {found:?}"
            );
        }
        assert!(!found
            .iter()
            .any(|(n, _)| ["Dmitry S", "Retno L", "Experts"].contains(&n.as_str())));
    }

    #[test]
    fn a_nickname_in_quote_marks_is_left_out_of_the_name() {
        let found = mentions(
            &["President Joko \"Jokowi\" Widodo spoke at the State Palace in Jakarta."],
            &[],
        );
        assert!(has(&found, "Joko Widodo", EntityKind::Person), "{found:?}");
        assert!(
            has(&found, "State Palace", EntityKind::Organization),
            "{found:?}"
        );
        assert!(!found.iter().any(|(n, _)| n == "Joko" || n == "Palace"));
    }

    #[test]
    fn a_name_before_a_clause_set_off_by_commas_and_a_speech_verb_is_a_person() {
        let found = mentions(
            &[
                "Teuku Rezasyah, an expert at Padjadjaran University, said talks would go on.",
                "Analis Universitas Kookmin di Seoul, Andrei Lankov, menilai pertemuan itu penting.",
                "Talks in Jakarta, Bandung Raya, and Surabaya went on.",
            ],
            &[],
        );
        assert!(
            has(&found, "Teuku Rezasyah", EntityKind::Person),
            "{found:?}"
        );
        let month = mentions(
            &["Mei Lan, a researcher in Seoul, said so. In May Putin went to Pyongyang."],
            &[],
        );
        assert!(has(&month, "Mei Lan", EntityKind::Person), "{month:?}");
        assert!(
            !month.iter().any(|(n, _)| n.starts_with("May")),
            "{month:?}"
        );
        assert!(
            has(&found, "Andrei Lankov", EntityKind::Person),
            "{found:?}"
        );
        assert!(
            !has(&found, "Bandung Raya", EntityKind::Person),
            "{found:?}"
        );
    }

    #[test]
    fn an_abbreviation_before_a_currency_sign_is_no_place() {
        let found = mentions(&["Harga minyak naik menjadi US$ 85 per barel di AS."], &[]);
        assert_eq!(
            names_of_kind(&found, EntityKind::Place).len(),
            1,
            "{found:?}"
        );
    }

    #[test]
    fn newspapers_parliaments_and_a_party_of_a_place_are_organisations() {
        let found = mentions(
            &[
                "Kim, general secretary of the Workers' Party of Korea, met officials, Harbour Daily has learned.",
                "The State Duma and the National Assembly approved it, the Riverside Gazette reported.",
                "The pact will change the balance of Northeast Asia and Central Asia.",
            ],
            &[],
        );
        for organisation in [
            "Workers Party of Korea",
            "Harbour Daily",
            "State Duma",
            "National Assembly",
            "Riverside Gazette",
        ] {
            assert!(
                has(&found, organisation, EntityKind::Organization),
                "{organisation}: {found:?}"
            );
        }
        assert!(
            has(&found, "Northeast Asia", EntityKind::Place),
            "{found:?}"
        );
        assert!(has(&found, "Central Asia", EntityKind::Place), "{found:?}");
        assert!(!found
            .iter()
            .any(|(name, _)| ["Korea", "Asia", "Duma"].contains(&name.as_str())));
    }

    #[test]
    fn a_people_s_word_and_a_title_name_no_one() {
        let found = mentions(
            &["The Russian President said the pact was historic. South Korean President Yoon Suk Yeol disagreed."],
            &[],
        );
        assert_eq!(names_of_kind(&found, EntityKind::Person), ["Yoon Suk Yeol"]);
    }

    #[test]
    fn a_role_in_lower_case_before_a_name_makes_a_person_named_once() {
        let found = mentions(
            &[
                "The island's dictator Tomas Brandt signed the decree.",
                "Diktator Arman Velic menandatangani dekret itu bersama aktivis Sari Lestari.",
            ],
            &[],
        );
        for person in ["Tomas Brandt", "Arman Velic", "Sari Lestari"] {
            assert!(
                has(&found, person, EntityKind::Person),
                "{person}: {found:?}"
            );
        }
    }

    #[test]
    fn a_name_after_a_title_and_an_institution_set_off_by_a_comma_is_a_person() {
        let found = mentions(
            &["Analis Bank Sentral Tarnby, Elvira Lestari, sebelumnya memperkirakan tekanan akan berkurang."],
            &[],
        );
        assert!(
            has(&found, "Elvira Lestari", EntityKind::Person),
            "{found:?}"
        );
    }

    #[test]
    fn an_institution_s_short_form_in_brackets_stands_between_it_and_the_name() {
        let found = mentions(
            &["Ekonom Institute for Development of Economics and Finance (Indef), Elvira Lestari, menilai bantuan itu kecil."],
            &[],
        );
        assert!(
            has(&found, "Elvira Lestari", EntityKind::Person),
            "{found:?}"
        );
        assert!(
            has(
                &found,
                "Institute for Development of Economics and Finance",
                EntityKind::Organization
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_war_after_a_place_and_a_college_name_no_one() {
        let found = mentions(
            &["\"They learn fast,\" said Ivan Petrov of King's College London, adding that no soldiers had gone abroad since the Vietnam War."],
            &[],
        );
        let people: Vec<&str> = (found.iter())
            .filter(|(_, kind)| *kind == EntityKind::Person)
            .map(|(name, _)| name.as_str())
            .collect();
        assert_eq!(people, ["Ivan Petrov"], "{found:?}");
    }

    #[test]
    fn a_joint_staff_is_a_body_not_a_person() {
        let found = mentions(
            &["Pasukan tambahan dikirim, menurut Kepala Staf Gabungan Korea Selatan (JCS)."],
            &[],
        );
        assert!(
            found.iter().all(|(_, kind)| *kind != EntityKind::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_function_word_of_another_language_inside_a_name() {
        let found = mentions(
            &["Vietnam's President To Lam met ministers in Hanoi, the newspaper Nhan Dan reported. To Tarnby, the visit meant little."],
            &[],
        );
        assert!(has(&found, "To Lam", EntityKind::Person), "{found:?}");
        assert!(
            found.iter().any(|(name, _)| name == "Nhan Dan"),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .all(|(name, _)| name != "Lam" && name != "Nhan" && name != "To Tarnby"),
            "{found:?}"
        );
    }

    #[test]
    fn an_honorific_after_an_office_is_a_family_name() {
        let found = mentions(
            &["The pact was signed by Vice Foreign Minister Pak Myong Ho in Tarnby."],
            &[],
        );
        assert!(has(&found, "Pak Myong Ho", EntityKind::Person), "{found:?}");
        let honorific = mentions(&["Warga menyambut Pak Budi Santoso di Tarnby."], &[]);
        assert!(
            has(&honorific, "Budi Santoso", EntityKind::Person),
            "{honorific:?}"
        );
    }

    #[test]
    fn a_word_before_an_office_in_lower_case_is_no_one() {
        let found = mentions(
            &["The chief Cabinet secretary, Tomas Brandt, said the port would open. The Treasury secretary agreed."],
            &[],
        );
        assert_eq!(
            names_of_kind(&found, EntityKind::Person),
            ["Tomas Brandt"],
            "{found:?}"
        );
        let spokesman = mentions(
            &["Minister Arman Velic arrived. Velic spokesman Sari Lestari said the port would open."],
            &[],
        );
        assert!(
            has(&spokesman, "Arman Velic", EntityKind::Person),
            "{spokesman:?}"
        );
    }

    #[test]
    fn a_lowercase_word_with_a_hyphen_goes_on_a_name_only_before_a_capital() {
        let found = mentions(
            &["Tomas Brandt's 24-hour visit and his long-awaited talks with President Bashar al-Assad ended, Brandt said."],
            &[],
        );
        assert_eq!(
            names_of_kind(&found, EntityKind::Person),
            ["Bashar al-Assad", "Tomas Brandt"],
            "{found:?}"
        );
    }

    #[test]
    fn a_place_that_ends_a_broadcaster_s_name_is_part_of_it() {
        let found = mentions(
            &["Two sources told Radio Free Asia and Radio Free Europe that workers left for Asia."],
            &[],
        );
        for organisation in ["Radio Free Asia", "Radio Free Europe"] {
            assert!(
                has(&found, organisation, EntityKind::Organization),
                "{organisation}: {found:?}"
            );
        }
        assert!(
            !found.iter().any(|(name, _)| name == "Radio Free"),
            "{found:?}"
        );
        assert!(
            has(&found, "Asia", EntityKind::Place),
            "the place alone still counts"
        );
    }

    #[test]
    fn a_people_s_word_after_an_acronym_is_no_one() {
        let found = mentions(
            &["\"More workers are leaving,\" a resident told RFA Korean."],
            &[],
        );
        assert_eq!(
            names_of_kind(&found, EntityKind::Person),
            [] as [&str; 0],
            "{found:?}"
        );
    }

    #[test]
    fn a_plural_s_apostrophe_joins_an_organisation_s_head_only() {
        let found = mentions(
            &["Harbour News' Greg Palkot reports from the port, where the Farmers' Union met."],
            &[],
        );
        assert!(
            !found
                .iter()
                .any(|(name, _)| name.contains("Palkot") && name.contains("News")),
            "{found:?}"
        );
        assert!(
            has(&found, "Farmers Union", EntityKind::Organization),
            "{found:?}"
        );
    }
}
