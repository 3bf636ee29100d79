//! Paragraphs → their quotes with speakers. For each quote found by the quotes
//! module, general rules look for a speech verb next to the quote, in the
//! lead-in of its sentence or later in the sentence, then for the speaker on
//! the verb's side: a name (resolved to the full name the article introduced),
//! a title ("Presiden"), an organisation, or a pronoun (the last person who
//! spoke). A quote paragraph with no attribution of its own continues the
//! previous speaker's quote. Nothing found means no speaker, never a guess.

use std::borrow::Cow;
use std::ops::Range;

use super::lexicon::{Class, Lexicon, SpeechVerb};
use super::names::{self, Named, People, Vocabulary, Words, MAX_APPOSITIVE_WORDS};
use super::quotes::{self, QuoteSpan};
use super::text::{sentences, without_possessive};
use super::{Quote, QuoteKind};
use crate::lang;

/// Who said something, as the article names them.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Speaker {
    name: String,
    person: bool,
    /// Named as an organisation ("NIS", "Kementerian Luar Negeri"), which
    /// "the agency" or "kementerian itu" may refer back to.
    organisation: bool,
}

/// A speaker with the verb and the rule that found them.
#[derive(Debug, Clone)]
struct Attribution {
    speaker: Option<Speaker>,
    verb: Option<String>,
    evidence: &'static str,
}

/// One paragraph, split into words (quotes left out), quotes and sentences.
struct Paragraph<'p, 't> {
    /// Every word of the paragraph, quoted ones included.
    all: &'p Words<'t>,
    /// The words outside its quotes.
    words: Cow<'p, Words<'t>>,
    spans: Vec<QuoteSpan>,
    sentences: Cow<'p, [Range<usize>]>,
}

impl<'p, 't> Paragraph<'p, 't> {
    /// The paragraph whose words (all of them) are `all`.
    fn new(all: &'p Words<'t>) -> Self {
        let text = all.text;
        let spans = quotes::find(text);
        let inner: Vec<Range<usize>> = spans.iter().map(|s| s.inner.clone()).collect();
        let outer: Vec<Range<usize>> = spans.iter().map(|s| s.outer.clone()).collect();
        Paragraph {
            all,
            words: match inner.is_empty() {
                true => Cow::Borrowed(all),
                false => Cow::Owned(all.without(&inner)),
            },
            sentences: match outer.is_empty() {
                true => Cow::Borrowed(all.sentences()),
                false => Cow::Owned(sentences(text, &outer)),
            },
            spans,
        }
    }

    /// Indexes of the words within a byte range.
    fn words_in(&self, range: Range<usize>) -> Range<usize> {
        let tokens = &self.words.tokens;
        let first = tokens.partition_point(|t| t.start < range.start);
        let last = tokens.partition_point(|t| t.start < range.end);
        first..last.max(first)
    }

    /// The first word of the sentence word k stands in.
    fn sentence_start(&self, k: usize) -> Option<usize> {
        let at = self.words.tokens[k].start;
        let sentence = self.sentences.iter().find(|s| s.contains(&at))?;
        Some(self.words_in(sentence.clone()).start)
    }

    fn sentence_of(&self, span: &QuoteSpan) -> Range<usize> {
        self.sentences
            .iter()
            .find(|s| s.contains(&span.outer.start))
            .cloned()
            .unwrap_or(0..self.words.text.len())
    }
}

/// The speaker rules for one article.
pub(crate) struct Attributor<'a> {
    lex: &'a Lexicon,
    people: &'a People,
    vocabulary: &'a Vocabulary<'a>,
    last_person: Option<String>,
    /// The last organisation that spoke, for "the agency said".
    last_organisation: Option<String>,
    last_speech: Option<Option<String>>,
}

impl<'a> Attributor<'a> {
    /// Rules over an article's people and vocabulary.
    pub fn new(lex: &'a Lexicon, people: &'a People, vocabulary: &'a Vocabulary<'a>) -> Self {
        Attributor {
            lex,
            people,
            vocabulary,
            last_person: None,
            last_organisation: None,
            last_speech: None,
        }
    }

    /// The quotes of an article's paragraphs, given as their words, in text
    /// order, with speakers.
    pub fn quotes(mut self, paragraphs: &[Words<'_>]) -> Vec<Quote> {
        let mut found = Vec::new();
        for (index, words) in paragraphs.iter().enumerate() {
            let paragraph = Paragraph::new(words);
            let before = found.len();
            for sentence in paragraph.sentences.iter() {
                self.sentence(&paragraph, sentence, index, &mut found);
            }
            if found.len() == before {
                self.last_speech = None;
            }
        }
        found
    }

    fn sentence(
        &mut self,
        p: &Paragraph,
        sentence: &Range<usize>,
        index: usize,
        out: &mut Vec<Quote>,
    ) {
        let spans: Vec<&QuoteSpan> = p
            .spans
            .iter()
            .filter(|s| sentence.contains(&s.outer.start))
            .collect();
        if spans.is_empty() {
            self.reported_speech(p, sentence);
            return;
        }
        let mut earlier = None;
        for span in spans {
            if let Some(quote) = self.quote(p, span, index, &mut earlier) {
                out.push(quote);
            }
        }
    }

    /// Remembers who speaks, or else who acts, in a sentence without quotes,
    /// for later pronouns and for "the agency".
    fn reported_speech(&mut self, p: &Paragraph, sentence: &Range<usize>) {
        let range = p.words_in(sentence.clone());
        let attribution = self.verb_in(p, range.clone(), false);
        let speaker = attribution.as_ref().and_then(|a| a.speaker.as_ref());
        if let Some(attribution) = &attribution {
            self.remember(attribution);
        }
        if speaker.is_some_and(|s| s.person) {
            return;
        }
        // Someone speaks, and it is not a person named or referred to (a
        // speech verb's class is enough to tell; the words are not matched
        // against "according to" phrases again).
        let other_speaks = || match speaker {
            Some(_) => true,
            None => range
                .clone()
                .any(|i| p.words.class(i).speech_verb().is_some()),
        };
        match self.person_subject(p, range.clone()) {
            Some(subject) => self.last_person = Some(subject),
            // "Pengamat … Universitas Padjadjaran Teuku Rezasyah
            // mengatakan": whoever "-nya" is next, it is not the person
            // before.
            None if other_speaks() => self.last_person = None,
            None => {}
        }
    }

    /// The first person named in a sentence as the subject of a verb: a name
    /// followed by a lowercase word that is not a title or a joining word
    /// ("Tomas Brandt disputed", not "Southbridge council leader").
    fn person_subject(&self, p: &Paragraph, range: Range<usize>) -> Option<String> {
        let words = &p.words;
        let mut i = range.start;
        while i < range.end {
            let Some(run) = words.run_at(i, self.vocabulary) else {
                i += 1;
                continue;
            };
            let next = run.end;
            let acts = next < range.end
                && words.joined(next - 1)
                && !words.is_capitalised(next)
                && !words.class(next).has(Class::TITLE | Class::FUNCTION_WORD);
            if acts {
                if let Named::Person(name) = words.parse(run.clone(), self.lex).named {
                    return Some(self.people.resolve(&name));
                }
            }
            i = run.end;
        }
        None
    }

    fn remember(&mut self, attribution: &Attribution) {
        match attribution.speaker.as_ref() {
            Some(speaker) if speaker.person => self.last_person = Some(speaker.name.clone()),
            Some(speaker) if speaker.organisation => {
                self.last_organisation = Some(speaker.name.clone())
            }
            _ => {}
        }
    }

    /// The organisation "the agency" or "kementerian itu" at word `at`
    /// refers back to: the last one that spoke, when its name has the word
    /// ("the ministry" after "Kementerian Luar Negeri") or it was named by
    /// its acronym and the word names any body ("the agency" after "NIS").
    fn organisation_referred_to(&self, p: &Paragraph, at: usize) -> Option<Speaker> {
        let last = self.last_organisation.as_deref()?;
        let words = &p.words;
        // Most words are no organisation's: the classes are asked first.
        let head = if words.class(at).has(Class::ORGANISATION_HEAD) {
            // "the agency".
            let the = at.checked_sub(1).filter(|&t| words.joined(t))?;
            (words.lower(the) == "the").then_some(at)?
        } else {
            // "kementerian itu", "lembaga tersebut".
            let head = at.checked_sub(1).filter(|&h| words.joined(h))?;
            let refers = words.class(head).has(Class::ORGANISATION_HEAD)
                && matches!(words.lower(at), "itu" | "tersebut");
            refers.then_some(head)?
        };
        if words.is_capitalised(head) {
            return None;
        }
        let noun = words.lower(head);
        let in_name = last
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case(noun));
        let acronym = !last.contains(' ') && !last.chars().any(char::is_lowercase);
        (in_name || (acronym && ANY_BODY_NOUNS.contains(&noun))).then(|| Speaker {
            name: last.to_string(),
            person: false,
            organisation: true,
        })
    }

    /// The quote at `span`, attributed; `earlier` is the speaker of the
    /// sentence's quotes so far, and becomes this one's when it has one.
    fn quote(
        &mut self,
        p: &Paragraph,
        span: &QuoteSpan,
        index: usize,
        earlier: &mut Option<Speaker>,
    ) -> Option<Quote> {
        let text = p.words.text;
        let sentence = p.sentence_of(span);
        let kind = quotes::kind(p.all, span, &sentence);
        let attribution = match kind {
            QuoteKind::Speech => self.speech(p, span, &sentence),
            QuoteKind::Partial => self.partial(p, span, &sentence, earlier.as_ref()),
        };
        if attribution.speaker.is_some() {
            earlier.clone_from(&attribution.speaker);
        }
        if kind == QuoteKind::Partial {
            let has_verb = self.has_speech_verb(p, &sentence);
            let cue = attribution.speaker.is_some() || has_verb;
            if quotes::is_term(&p.words, span, &sentence, cue) {
                return None;
            }
        }
        self.remember(&attribution);
        if kind == QuoteKind::Speech {
            self.last_speech = Some(attribution.speaker.as_ref().map(|s| s.name.clone()));
        }
        Some(Quote {
            text: text[span.inner.clone()].trim().to_string(),
            speaker: attribution.speaker.map(|s| s.name),
            verb: attribution.verb,
            kind,
            paragraph: index,
            evidence: attribution.evidence.to_string(),
            span: Some(span.outer.clone()),
        })
    }

    fn speech(&self, p: &Paragraph, span: &QuoteSpan, sentence: &Range<usize>) -> Attribution {
        self.right_after(p, span, sentence)
            .or_else(|| self.lead_in(p, span, sentence))
            .or_else(|| self.later_in_sentence(p, span, sentence, false))
            .or_else(|| self.continuation(p, span))
            .unwrap_or_else(unattributed)
    }

    fn partial(
        &self,
        p: &Paragraph,
        span: &QuoteSpan,
        sentence: &Range<usize>,
        earlier: Option<&Speaker>,
    ) -> Attribution {
        self.right_after(p, span, sentence)
            .or_else(|| self.later_in_sentence(p, span, sentence, true))
            .or_else(|| self.lead_in(p, span, sentence))
            .or_else(|| earlier_in_sentence(earlier))
            .or_else(|| self.later_in_sentence(p, span, sentence, false))
            .or_else(|| self.pronoun_subject(p, sentence))
            .unwrap_or_else(unattributed)
    }

    /// `"…," kata Lavrov` · `"…," Lavrov said` · `"…," ujarnya`.
    fn right_after(
        &self,
        p: &Paragraph,
        span: &QuoteSpan,
        sentence: &Range<usize>,
    ) -> Option<Attribution> {
        let words = p.words_in(span.outer.end..sentence.end);
        let first = words.start;
        if words.is_empty() || leads_into_next_quote(p, span) {
            return None;
        }
        let gap = &p.words.text[span.outer.end..p.words.tokens[first].start];
        if !gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-'))
        {
            return None;
        }
        // `"…," and Washington promised`: a new clause with its own subject.
        if CLAUSE_CONJUNCTIONS.contains(&p.words.lower(first)) {
            return None;
        }
        if let Some(verb) = p.words.class(first).speech_verb() {
            if verb.pronoun || verb.speaker_after {
                return self.with_verb(p, first, verb, "verb after the quote");
            }
        }
        let mut v = first;
        while v + 1 < words.end && v < first + 6 && p.words.joined(v) {
            v += 1;
            // A verb after "and" is another clause's, not the quote's.
            if COORDINATORS.contains(&p.words.lower(v)) {
                break;
            }
            if let Some(verb) = self
                .lex
                .speech_verb(p.words.lower(v))
                .filter(|s| s.speaker_before)
            {
                return self
                    .speaker_before(p, v)
                    .map(|speaker| {
                        attributed(speaker, p.words.word(v), "speaker and verb after the quote")
                    })
                    .or_else(|| self.with_verb(p, v, verb, "speaker and verb after the quote"));
            }
        }
        None
    }

    /// `Lavrov mengatakan, "…"` · `Menurut Lavrov, "…"` · `Lavrov: "…"`.
    fn lead_in(
        &self,
        p: &Paragraph,
        span: &QuoteSpan,
        sentence: &Range<usize>,
    ) -> Option<Attribution> {
        let start = p
            .spans
            .iter()
            .filter(|s| s.outer.end <= span.outer.start && s.outer.end > sentence.start)
            .map(|s| s.outer.end)
            .next_back()
            .unwrap_or(sentence.start);
        let words = p.words_in(start..span.outer.start);
        self.verb_in(p, words.clone(), true)
            .or_else(|| self.colon_speaker(p, span, words))
    }

    /// A speech verb after the quote in the same sentence; with `clause_only`,
    /// only a closing clause like ", kata Kementerian Luar Negeri Rusia".
    fn later_in_sentence(
        &self,
        p: &Paragraph,
        span: &QuoteSpan,
        sentence: &Range<usize>,
        clause_only: bool,
    ) -> Option<Attribution> {
        if closes_sentence(p.words.text, span) {
            return None;
        }
        let words = p.words_in(span.outer.end..sentence.end);
        words.clone().find_map(|v| {
            let verb = p.words.class(v).speech_verb()?;
            let opens_clause = v > words.start && p.words.gap_after(v - 1).contains(',');
            if clause_only && !(opens_clause && (verb.speaker_after || verb.pronoun)) {
                return None;
            }
            self.with_verb(p, v, verb, "speech verb later in the sentence")
        })
    }

    /// The nearest speech verb or "according to" in a span of words (searched
    /// from the end when `backwards`) that has a speaker.
    fn verb_in(&self, p: &Paragraph, words: Range<usize>, backwards: bool) -> Option<Attribution> {
        for k in 0..words.len() {
            let v = match backwards {
                true => words.end - 1 - k,
                false => words.start + k,
            };
            // Only the words the lexicon knows as cues are looked at closely.
            let class = p.words.class(v);
            if !class.has(Class::ACCORDING_TO) && class.speech_verb().is_none() {
                continue;
            }
            if let Some(attribution) = self.attribution_at(p, v, &words) {
                return Some(attribution);
            }
        }
        None
    }

    /// The attribution of a cue at word v: "according to" and the speaker
    /// after it, or a speech verb and its speaker.
    fn attribution_at(&self, p: &Paragraph, v: usize, words: &Range<usize>) -> Option<Attribution> {
        if let Some(end) = self.according_to_at(p, v, words) {
            return self
                .speaker_after(p, end)
                .map(|speaker| attributed(speaker, p.words.word(v), "according to"));
        }
        let verb = p.words.class(v).speech_verb()?;
        self.with_verb_ahead(p, v, verb)
    }

    /// Where an "according to" phrase that opens at word v ends. Most words
    /// open none: they are turned away here, without a call.
    #[inline]
    fn according_to_at(&self, p: &Paragraph, v: usize, words: &Range<usize>) -> Option<usize> {
        if !p.words.class(v).has(Class::ACCORDING_TO) {
            return None;
        }
        self.according_to_phrase_at(p, v, words)
    }

    fn according_to_phrase_at(
        &self,
        p: &Paragraph,
        v: usize,
        words: &Range<usize>,
    ) -> Option<usize> {
        self.lex.according_to().iter().find_map(|phrase| {
            let end = v + phrase.len() - 1;
            let matches = end < words.end
                && phrase.iter().enumerate().all(|(k, w)| {
                    p.words.lower(v + k) == *w && (k == 0 || p.words.joined(v + k - 1))
                });
            matches.then_some(end)
        })
    }

    /// The speaker of a speech verb at word v, on whichever side the verb allows.
    fn with_verb(
        &self,
        p: &Paragraph,
        v: usize,
        verb: SpeechVerb,
        evidence: &'static str,
    ) -> Option<Attribution> {
        let speaker = if verb.pronoun {
            self.last_person.clone().map(person)
        } else {
            let after = verb
                .speaker_after
                .then(|| self.speaker_after(p, v))
                .flatten();
            after.or_else(|| {
                verb.speaker_before
                    .then(|| self.speaker_before(p, v))
                    .flatten()
            })
        };
        speaker.map(|s| attributed(s, p.words.word(v), evidence))
    }

    /// The speaker of a speech verb at word v that opens what is said, not a
    /// quote before it: a verb with its speaker on either side has it before
    /// ("Kim told Putin that …": Putin is told), unless none is there.
    fn with_verb_ahead(&self, p: &Paragraph, v: usize, verb: SpeechVerb) -> Option<Attribution> {
        const EVIDENCE: &str = "verb before the quote";
        let either_side = verb.speaker_after && verb.speaker_before && !verb.pronoun;
        if !either_side {
            return self.with_verb(p, v, verb, EVIDENCE);
        }
        let speaker = (self.speaker_before(p, v)).or_else(|| self.speaker_after(p, v));
        speaker.map(|s| attributed(s, p.words.word(v), EVIDENCE))
    }

    /// `Lavrov: "…"`: a name right before the colon that introduces the quote,
    /// or the subject of the clause before it.
    fn colon_speaker(
        &self,
        p: &Paragraph,
        span: &QuoteSpan,
        words: Range<usize>,
    ) -> Option<Attribution> {
        let last = words.end.checked_sub(1).filter(|&l| l >= words.start)?;
        let gap = &p.words.text[p.words.tokens[last].end..span.outer.start];
        if gap.trim() != ":" {
            return None;
        }
        let (speaker, evidence) = match p.words.run_ending_at(last, self.vocabulary) {
            Some(run) => (run, "name and colon before the quote"),
            None => (
                self.subject_before_colon(p, words)?,
                "subject of the clause before the colon",
            ),
        };
        let speaker = self.named(p.words.parse(speaker, self.lex).named)?;
        Some(Attribution {
            speaker: Some(speaker),
            verb: None,
            evidence,
        })
    }

    /// `Andrei Lankov, a professor at Kookmin University, put it bluntly:
    /// "…"`: the name that opens the words before the colon, perhaps with a
    /// clause set off by commas after it, and then a few words in lower case.
    fn subject_before_colon(&self, p: &Paragraph, words: Range<usize>) -> Option<Range<usize>> {
        let run = p.words.run_at(words.start, self.vocabulary)?;
        let last = run.end - 1;
        let predicate = p.words.after_clause(last).unwrap_or(run.end);
        let plain =
            |k: usize| !p.words.is_capitalised(k) && (k == predicate || p.words.joined(k - 1));
        let short = (1..=MAX_WORDS_BEFORE_COLON).contains(&(words.end.saturating_sub(predicate)));
        (short && (predicate..words.end).all(plain)).then_some(run)
    }

    /// The speaker named right after word v: "kata Presiden Putin", "said he".
    fn speaker_after(&self, p: &Paragraph, v: usize) -> Option<Speaker> {
        let words = &p.words;
        let mut j = v + 1;
        let mut titles = Vec::new();
        while j < words.tokens.len() && words.joined(j - 1) {
            let lower = words.lower(j);
            if words.class(j).has(Class::TITLE) && !words.is_capitalised(j) {
                titles.push(lower);
            } else if !matches!(lower, "the" | "sang") {
                break;
            }
            j += 1;
        }
        // "said chief economist of the Asian Development Bank (ADB) Albert
        // Park": the titles' organisation, and the person after it.
        if !titles.is_empty()
            && j + 1 < words.tokens.len()
            && words.joined(j)
            && AFFILIATION_LINKS.contains(&words.lower(j))
        {
            j += 1;
            if words.lower(j) == "the" && words.joined(j) {
                j += 1;
            }
        }
        if j >= words.tokens.len() || !words.joined(j - 1) {
            return self.by_titles(&titles);
        }
        if titles.is_empty() && words.class(j).has(Class::PRONOUN) {
            return self.pronoun_at(p, j);
        }
        // "said the agency", "kata kementerian itu" (which asks whether
        // the words are joined).
        let mut referring = [j, j + 1].into_iter().filter(|&k| k < words.tokens.len());
        if let Some(organisation) = referring.find_map(|k| self.organisation_referred_to(p, k)) {
            return Some(organisation);
        }
        match words.run_at(j, self.vocabulary) {
            Some(run) if acts_in_a_reported_clause(words, run.end) => None,
            Some(run) => {
                let named = words.parse(run.clone(), self.lex).named;
                if matches!(named, Named::Organisation(_) | Named::Place(_)) {
                    if let Some(member) = self.person_after_affiliation(p, run.end) {
                        return Some(member);
                    }
                }
                self.named(named)
            }
            None => self.by_titles(&titles),
        }
    }

    /// The person named after their organisation, whose run ends before word
    /// `end`, its acronym in brackets and a place perhaps between: "Center
    /// of Reform on Economics (CORE) Indonesia Mohammad Faisal", "Lembaga
    /// Ilmu Pengetahuan (LIPI) Jakarta, Dewi Fortuna,".
    fn person_after_affiliation(&self, p: &Paragraph, end: usize) -> Option<Speaker> {
        let words = &p.words;
        let mut k = end;
        for _ in 0..MAX_AFFILIATION_PARTS {
            let gap = words.gap_after(k.checked_sub(1)?);
            let acronym = gap.trim() == "("
                && k + 1 < words.tokens.len()
                && words.gap_after(k).trim() == ")"
                && names::is_acronym(words.word(k));
            if acronym {
                k += 1;
                continue;
            }
            // A name set off by commas after the affiliation is the person.
            let set_off = gap.trim() == ",";
            if !(gap.trim().is_empty() || gap.trim() == ")" || set_off) {
                return None;
            }
            let run = words.run_at(k, self.vocabulary)?;
            match words.parse(run.clone(), self.lex).named {
                Named::Person(name) if !set_off || words.gap_after(run.end - 1).trim() == "," => {
                    return Some(person(self.people.resolve(&name)));
                }
                Named::Organisation(_) | Named::Place(_) if !set_off => k = run.end,
                _ => return None,
            }
        }
        None
    }

    /// The speaker named right before word v: "Lavrov mengatakan", "Ia
    /// menambahkan", "the minister said"; fillers like "juga" or "pada Kamis"
    /// may stand between.
    fn speaker_before(&self, p: &Paragraph, v: usize) -> Option<Speaker> {
        let words = &p.words;
        let mut k = v;
        while k > 0 && words.joined(k - 1) {
            let class = words.class(k - 1);
            let skippable =
                class.has(Class::FILLER) || words.lower(k - 1).chars().all(|c| c.is_ascii_digit());
            if !skippable || class.has(Class::PRONOUN) {
                break;
            }
            k -= 1;
        }
        let Some(candidate) = k.checked_sub(1).filter(|&c| words.joined(c)) else {
            return self.before_appositive(p, k);
        };
        if RELATIVE_PRONOUNS.contains(&words.lower(candidate)) {
            return self.before_relative_clause(p, candidate);
        }
        if words.class(candidate).has(Class::PRONOUN) {
            return self.pronoun_at(p, candidate);
        }
        if let Some(organisation) = self.organisation_referred_to(p, candidate) {
            return Some(organisation);
        }
        if let Some(run) = words.run_ending_at(candidate, self.vocabulary) {
            return self.subject(p, run);
        }
        if COORDINATORS.contains(&words.lower(candidate)) {
            return self.sentence_subject(p, v);
        }
        // "the minister said", "the Russian leader noted": titles, a
        // demonym perhaps in front of them.
        let mut titles = Vec::new();
        let mut t = candidate;
        while words.class(t).has(Class::TITLE)
            || (!titles.is_empty() && words.class(t).has(Class::DEMONYM))
        {
            titles.insert(0, words.lower(t));
            if t == 0 || !words.joined(t - 1) {
                break;
            }
            t -= 1;
        }
        self.by_titles(&titles)
    }

    /// The person a pronoun at word k refers to: in a clause joined to its
    /// sentence's, the person who acts there before it ("Lavrov visited
    /// Pyongyang in October, when he told reporters …"); otherwise the last
    /// person who spoke or acted ("Kim needs technology, he added" is the
    /// analyst's word, not Kim's).
    fn pronoun_at(&self, p: &Paragraph, k: usize) -> Option<Speaker> {
        let words = &p.words;
        let joined_clause =
            k > 0 && words.joined(k - 1) && CLAUSE_JOINERS.contains(&words.lower(k - 1));
        let acting = || self.person_subject(p, p.sentence_start(k)?..k);
        match joined_clause.then(acting).flatten() {
            Some(name) => Some(person(name)),
            None => self.last_person.clone().map(person),
        }
    }

    /// The name a relative clause set off by a comma follows, its pronoun
    /// at word k: "… with Sergey Lavrov, who described the ties as …",
    /// "Lavrov, yang menyebut …".
    fn before_relative_clause(&self, p: &Paragraph, k: usize) -> Option<Speaker> {
        let words = &p.words;
        let last = k.checked_sub(1)?;
        if words.gap_after(last).trim() != "," {
            return None;
        }
        let run = words.run_ending_at(last, self.vocabulary)?;
        match words.parse(run, self.lex).named {
            named @ Named::Person(_) => self.named(named),
            _ => None,
        }
    }

    /// "Kim, for his part, thanked Putin … and said": the person who opens
    /// the sentence of word v, its subject, or after an opening phrase the
    /// first person who acts ("In an article published before his arrival,
    /// Putin praised … and said").
    fn sentence_subject(&self, p: &Paragraph, v: usize) -> Option<Speaker> {
        let first = p.sentence_start(v)?;
        let opening = p.words.run_at(first, self.vocabulary).map(|run| {
            match p.words.parse(run, self.lex).named {
                Named::Person(name) => Some(self.people.resolve(&name)),
                _ => None,
            }
        });
        let name = opening
            .flatten()
            .or_else(|| self.person_subject(p, first..v));
        name.map(person)
    }

    /// "Kim Yo Jong, the powerful sister of …, warned": the name before a
    /// clause set off by commas right before word k, the verb. The clause
    /// opens in lower case or with a title, and holds no other comma.
    fn before_appositive(&self, p: &Paragraph, k: usize) -> Option<Speaker> {
        let words = &p.words;
        let closes = k.checked_sub(1)?;
        if words.gap_after(closes).trim() != "," {
            return None;
        }
        let opens = (closes.saturating_sub(MAX_APPOSITIVE_WORDS)..closes)
            .rev()
            .find(|&j| !words.joined(j))?;
        let first = opens + 1;
        // "… Economics and Finance (Indef), Esther Sri Astuti, menilai".
        if !matches!(words.gap_after(opens).trim(), "," | "),") {
            return None;
        }
        // "Analis Universitas Kookmin di Seoul, Andrei Lankov, menilai": the
        // name set off by commas is the speaker.
        let enclosed = words.run_ending_at(closes, self.vocabulary);
        if let Some(run) = enclosed.clone().filter(|run| run.start == first) {
            return self.subject(p, run);
        }
        // "Dmitry Peskov, Putin's spokesman, told": a possessive before a
        // common noun opens a clause as a title does.
        let possessive = || {
            let word = words.word(first);
            without_possessive(word).len() < word.len() && !words.is_capitalised(first + 1)
        };
        if words.is_capitalised(first) && !words.class(first).has(Class::TITLE) && !possessive() {
            return None;
        }
        // "His counterpart, Minister of External Economic Relations Yun Jong
        // Ho, said": a title, its portfolio and the name, set off together
        // (the name's run starts after "of").
        let titled = |run: &Range<usize>| {
            (first..run.start)
                .all(|j| words.is_capitalised(j) || words.class(j).has(Class::FUNCTION_WORD))
        };
        if let Some(run) = enclosed.filter(|run| words.is_capitalised(first) && titled(run)) {
            if let named @ Named::Person(_) = words.parse(run, self.lex).named {
                return self.named(named);
            }
        }
        let run = words.run_ending_at(opens, self.vocabulary)?;
        self.subject(p, run)
    }

    /// A run before a verb as its subject. A place or bare name run that
    /// follows a common noun ("media pemerintah Korea Utara") only modifies
    /// the noun, and the speaker is not named.
    fn subject(&self, p: &Paragraph, run: Range<usize>) -> Option<Speaker> {
        let words = &p.words;
        let parsed = words.parse(run.clone(), self.lex);
        let modifies_noun = run.start > 0
            && words.joined(run.start - 1)
            && !words.is_capitalised(run.start - 1)
            && !words
                .class(run.start - 1)
                .has(Class::TITLE | Class::FUNCTION_WORD | Class::FILLER);
        let has_own_name = matches!(parsed.named, Named::Person(_)) && !parsed.prefix.is_empty();
        if modifies_noun && !has_own_name {
            return None;
        }
        if matches!(parsed.named, Named::Organisation(_) | Named::Place(_)) {
            if let Some(member) = self.person_of(p, run.start) {
                return Some(member);
            }
            // "a source in Pyongyang told": where the speaker is, not who.
            let placed = run.start.checked_sub(1).filter(|&l| words.joined(l));
            if placed.is_some_and(|l| WHERE_A_SPEAKER_IS.contains(&words.lower(l))) {
                return None;
            }
        }
        self.named(parsed.named)
    }

    /// "Prof. Park Won-gon of Ewha Womans University said": the person
    /// named right before "of", "from" or "dari" and the organisation or
    /// place that opens at word `start`, who speaks for themselves.
    fn person_of(&self, p: &Paragraph, start: usize) -> Option<Speaker> {
        let words = &p.words;
        let mut link = start.checked_sub(1).filter(|&l| words.joined(l))?;
        // "Alexander Gabuev of the Carnegie Russia Eurasia Center".
        if words.lower(link) == "the" {
            link = link.checked_sub(1).filter(|&l| words.joined(l))?;
        }
        if !PERSON_OF.contains(&words.lower(link)) {
            return None;
        }
        let last = link.checked_sub(1).filter(|&l| words.joined(l))?;
        let run = words.run_ending_at(last, self.vocabulary)?;
        match words.parse(run, self.lex).named {
            Named::Person(name) => Some(person(self.people.resolve(&name))),
            _ => None,
        }
    }

    fn named(&self, named: Named) -> Option<Speaker> {
        match named {
            Named::Person(name) => Some(person(self.people.resolve(&name))),
            Named::Organisation(name) => Some(Speaker {
                name,
                person: false,
                organisation: true,
            }),
            Named::Place(name) => Some(Speaker {
                name,
                person: false,
                organisation: false,
            }),
            Named::Descriptor(titles) => self.people.by_descriptor(&titles).map(person),
            Named::Other(_) => None,
        }
    }

    fn by_titles(&self, titles: &[&str]) -> Option<Speaker> {
        if titles.is_empty() {
            return None;
        }
        self.people.by_descriptor(&titles.join(" ")).map(person)
    }

    /// A quote that opens its paragraph with no attribution continues the
    /// previous paragraph's quote, and a second quote of a paragraph the first.
    fn continuation(&self, p: &Paragraph, span: &QuoteSpan) -> Option<Attribution> {
        let previous = self.last_speech.clone()?;
        let opens_paragraph = p.words.text[..span.outer.start].trim().is_empty();
        let follows_quote = p
            .spans
            .first()
            .is_some_and(|first| first.outer.start < span.outer.start);
        if !(opens_paragraph || follows_quote) {
            return None;
        }
        Some(Attribution {
            speaker: previous.map(person),
            verb: None,
            evidence: "continues the previous quote",
        })
    }

    /// "Dia menyalahkan 'permusuhan' …": a pronoun subject is the last person.
    fn pronoun_subject(&self, p: &Paragraph, sentence: &Range<usize>) -> Option<Attribution> {
        let first = p.words_in(sentence.clone()).start;
        if first >= p.words.tokens.len() || !p.words.class(first).has(Class::PRONOUN) {
            return None;
        }
        Some(Attribution {
            speaker: Some(person(self.last_person.clone()?)),
            verb: None,
            evidence: "pronoun subject of the sentence",
        })
    }

    fn has_speech_verb(&self, p: &Paragraph, sentence: &Range<usize>) -> bool {
        let words = p.words_in(sentence.clone());
        words.clone().any(|i| {
            p.words.class(i).speech_verb().is_some() || self.according_to_at(p, i, &words).is_some()
        })
    }
}

/// Words that open a new clause after a quote: a verb after them has its
/// own subject (`"…," and Washington promised`).
const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "and",
    "but",
    "while",
    "whereas",
    "dan",
    "tetapi",
    "namun",
    "sedangkan",
    "sementara",
];

/// Words that join a second verb to its sentence's subject ("… thanked
/// Putin and said").
const COORDINATORS: &[&str] = &["and", "dan", "lalu", "then"];

/// Whether the word at `next`, right after a name that follows a speech
/// verb, is an English finite verb: the name is then the subject of what was
/// said, not who said it ("and said Russia valued its …", "said Moscow
/// would …"; "said Peskov, quoted by TASS" and "said Lavrov in Moscow"
/// keep their speaker).
fn acts_in_a_reported_clause(words: &Words<'_>, next: usize) -> bool {
    if next >= words.tokens.len() || !words.joined(next - 1) || words.is_capitalised(next) {
        return false;
    }
    let word = words.lower(next);
    let plain = words.class(next) == Class::default();
    lang::en::AUXILIARY_VERBS.contains(&word)
        || (plain
            && !PARTICIPLES_AFTER_A_SPEAKER.contains(&word)
            && (word.ends_with("ed") || (word.len() >= 4 && word.ends_with('s'))))
}

/// Participles that may follow a speaker's name after the verb: "said
/// Peskov quoted by TASS", "said Kim as cited by KCNA".
const PARTICIPLES_AFTER_A_SPEAKER: &[&str] = &["quoted", "cited", "based", "named"];

/// Pronouns that open a relative clause after a name: "Lavrov, who said".
const RELATIVE_PRONOUNS: &[&str] = &["who", "yang"];

/// Words that join a clause to a sentence, before its pronoun: "…, when he
/// told reporters", "…, dan ia mengatakan".
const CLAUSE_JOINERS: &[&str] = &[
    "and", "but", "when", "as", "after", "before", "while", "where", "dan", "tetapi", "namun",
    "ketika", "saat", "setelah", "sebelum", "sambil", "seraya", "lalu", "kemudian",
];

/// Words between a speaker's titles and their organisation ("chief
/// economist of the Asian Development Bank").
const AFFILIATION_LINKS: &[&str] = &["of", "at", "dari"];

/// Most acronyms, places and organisations between an organisation and the
/// person named after it.
const MAX_AFFILIATION_PARTS: usize = 4;

/// The most words between a sentence's subject and the colon that
/// introduces its quote ("put it bluntly", "was unimpressed").
const MAX_WORDS_BEFORE_COLON: usize = 5;

fn person(name: String) -> Speaker {
    Speaker {
        name,
        person: true,
        organisation: false,
    }
}

/// Nouns that may refer back to any organisation named by its acronym:
/// "the agency" after "NIS".
const ANY_BODY_NOUNS: &[&str] = &[
    "agency",
    "organisation",
    "organization",
    "group",
    "badan",
    "lembaga",
    "organisasi",
];

/// Words between a person and the organisation or place they belong to
/// or are in.
const PERSON_OF: &[&str] = &["of", "from", "at", "dari", "in", "di"];

/// Words before the place a speaker is in ("a source in Pyongyang told").
const WHERE_A_SPEAKER_IS: &[&str] = &["in", "di"];

/// Most words between a quote that ends its sentence and the next quote
/// that they introduce (`"…." He said, "…"`).
const MOST_LEAD_IN_WORDS: usize = 6;

/// Whether what follows a quote that closes its own sentence ("….”) is a
/// new sentence's lead-in to the next quote (`He said, "…"`): its verb is
/// the next quote's, not this one's. A quote that ends with a comma
/// (`"…," he said, "…"`) has its attribution after it.
fn leads_into_next_quote(p: &Paragraph, span: &QuoteSpan) -> bool {
    let text = p.words.text;
    let Some(next) = p.spans.iter().find(|s| s.outer.start >= span.outer.end) else {
        return false;
    };
    closes_sentence(text, span)
        && text[span.outer.end..next.outer.start]
            .trim_end()
            .ends_with([',', ':'])
        && p.words_in(span.outer.end..next.outer.start).len() <= MOST_LEAD_IN_WORDS
}

/// Whether a quote ends its sentence: its words end with a full stop, a
/// question or an exclamation mark and a capital follows it
/// (`"…imperialism." He invited …`). A verb right after it may still be
/// its attribution (`"Why?" Putin asked.`); one further on is not.
fn closes_sentence(text: &str, span: &QuoteSpan) -> bool {
    text[span.inner.clone()]
        .trim_end()
        .ends_with(['.', '!', '?'])
        && (text[span.outer.end..].trim_start().chars().next()).is_some_and(char::is_uppercase)
}

/// A partial quote with no attribution of its own in a sentence whose
/// earlier quote has one: the same speaker ("Kim said he would "always
/// stand with Russia" in its fight against "imperialism."").
fn earlier_in_sentence(earlier: Option<&Speaker>) -> Option<Attribution> {
    Some(Attribution {
        speaker: Some(earlier?.clone()),
        verb: None,
        evidence: "an earlier quote of the sentence",
    })
}

fn attributed(speaker: Speaker, verb: &str, evidence: &'static str) -> Attribution {
    Attribution {
        speaker: Some(speaker),
        verb: Some(verb.to_string()),
        evidence,
    }
}

fn unattributed() -> Attribution {
    Attribution {
        speaker: None,
        verb: None,
        evidence: "no attribution found",
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::*;

    fn quotes_of(paragraphs: &[&str]) -> Vec<(String, Option<String>, QuoteKind)> {
        let words: Vec<Words<'_>> = paragraphs.iter().map(|p| Words::new(p, &[])).collect();
        let (vocabulary, people, _) = super::super::names::read(&words, lexicon());
        Attributor::new(lexicon(), &people, &vocabulary)
            .quotes(&words)
            .into_iter()
            .map(|q| (q.text, q.speaker, q.kind))
            .collect()
    }

    fn speakers(paragraphs: &[&str]) -> Vec<Option<String>> {
        quotes_of(paragraphs).into_iter().map(|q| q.1).collect()
    }

    fn some(name: &str) -> Option<String> {
        Some(name.to_string())
    }

    #[test]
    fn a_long_clause_set_off_by_commas_between_the_speaker_and_the_verb() {
        assert_eq!(
            speakers(&[
                "Tomas Brandt, a former harbour official now at the Institute for Northern Ports and Shipping Studies, called it \"the largest change in decades.\""
            ]),
            [some("Tomas Brandt")]
        );
    }

    #[test]
    fn indonesian_verb_after_the_quote_names_the_speaker_by_full_name() {
        let found = quotes_of(&[
            "Perdana Menteri Jepang Fumio Kishida tiba di Jakarta, Senin.",
            "“Kami ingin kerja sama yang lebih erat,” ujar Kishida di Istana.",
        ]);
        assert_eq!(
            found,
            [(
                "Kami ingin kerja sama yang lebih erat,".to_string(),
                some("Fumio Kishida"),
                QuoteKind::Speech
            )]
        );
    }

    #[test]
    fn a_person_of_the_organisation_before_the_verb_speaks_and_lalu_opens_a_name() {
        assert_eq!(
            speakers(&[
                "As Halvard Brekke of the Harbour Policy Center noted, \"The port is open.\"",
                "Juru bicara Kemlu RI Lalu Muhammad Iqbal berkata, \"Kami memantau.\"",
            ]),
            [some("Halvard Brekke"), some("Lalu Muhammad Iqbal")]
        );
    }

    #[test]
    fn the_subject_of_the_clause_before_a_colon_says_the_quote() {
        assert_eq!(
            speakers(&[
                "Andrei Lankov, a professor at Kookmin University in Seoul, put it bluntly: \"Neither side trusts the other.\"",
                "Yon Machmudi bersikap tegas: \"Pakta ini hanya simbol.\"",
                "Jane Roe arrived late after a long flight from Tokyo and a wait: \"We are tired.\"",
                "The statement was blunt: \"Sanctions will follow.\"",
            ]),
            [some("Andrei Lankov"), some("Yon Machmudi"), None, None]
        );
    }

    #[test]
    fn titles_in_front_of_the_speaker_are_skipped() {
        assert_eq!(
            speakers(&[
                "Presiden Prancis Emmanuel Macron bertemu mitranya.",
                "\"Pembicaraan berjalan baik,\" kata Presiden Macron kepada wartawan.",
            ]),
            [some("Emmanuel Macron")]
        );
    }

    #[test]
    fn a_common_noun_opening_a_sentence_is_no_speaker() {
        assert_eq!(
            speakers(&[
                "Experts say the summit matters.",
                "He said, \"This is a new phase.\"",
                "Putin arrived. Analysts said it was \"a clear sign\" of a deal.",
            ]),
            [None, None]
        );
    }

    #[test]
    fn a_person_of_an_organisation_speaks_for_themselves() {
        assert_eq!(
            speakers(&[
                "Prof. Park Won-gon of Ewha Womans University said it was \"a clear sign.\"",
                "Sergei Lavrov dari Rusia mengatakan, “Kami siap.”",
            ]),
            [some("Park Won-gon"), some("Sergei Lavrov")]
        );
    }

    #[test]
    fn the_place_a_speaker_is_in_is_no_speaker() {
        assert_eq!(
            speakers(&[
                "\"Prices doubled,\" a trader in Pyongyang told reporters on Monday.",
                "\"Kami siap,\" kata Sergei Lavrov di Moskow.",
                "Lavrov in Moscow said the talks were \"useful\".",
            ]),
            [None, some("Sergei Lavrov"), some("Sergei Lavrov")]
        );
    }

    #[test]
    fn a_name_set_off_by_commas_before_the_verb_speaks() {
        assert_eq!(
            speakers(&[
                "Analis Universitas Kookmin di Seoul, Andrei Lankov, menilai pertemuan itu \"lebih simbolis\"."
            ]),
            [some("Andrei Lankov")]
        );
    }

    #[test]
    fn a_quote_that_ends_its_sentence_leaves_the_next_lead_in_to_the_next_quote() {
        let found = speakers(&[
            "Putin arrived on Monday.",
            "Teuku Rezasyah, an expert at Padjadjaran University, said Jakarta should \"keep its distance.\" He said, \"Indonesia has a free and active foreign policy.\"",
        ]);
        assert_eq!(found, [some("Teuku Rezasyah"), some("Teuku Rezasyah")]);
        // A comma inside the first quote keeps the split quote whole.
        assert_eq!(
            speakers(&["\"We are ready,\" Putin said, \"and we will wait.\""]),
            [some("Putin"), some("Putin")]
        );
    }

    #[test]
    fn a_partial_quote_takes_the_speaker_of_an_earlier_quote_in_its_sentence() {
        assert_eq!(
            speakers(&[
                "Kim said he would \"always stand with Russia\" in its fight against \"imperialism.\" He invited Putin to visit, and the Russian leader accepted, the Kremlin said."
            ]),
            [some("Kim"), some("Kim")]
        );
    }

    #[test]
    fn a_verb_before_the_quote_names_its_subject() {
        assert_eq!(
            speakers(&[
                "Juru bicara Anwar Ibrahim mengatakan, “Kami akan menunggu keputusan itu.”"
            ]),
            [some("Anwar Ibrahim")]
        );
        assert_eq!(
            speakers(&["Menurut Siti Nurbaya, “Hutan kita harus dijaga bersama.”"]),
            [some("Siti Nurbaya")]
        );
    }

    #[test]
    fn a_pronoun_or_verb_with_nya_is_the_last_person_who_spoke() {
        assert_eq!(
            speakers(&[
                "Menteri Keuangan Sri Mulyani mengatakan anggaran aman.",
                "Ia menambahkan, “Defisit tetap di bawah tiga persen.”",
                "“Kami optimistis,” ujarnya.",
            ]),
            [some("Sri Mulyani"), some("Sri Mulyani")]
        );
    }

    #[test]
    fn a_pronoun_in_a_joined_clause_is_the_person_acting_before_it() {
        assert_eq!(
            speakers(&[
                "Ingrid Solberg visited Oslo in May, when she told reporters that Norway would \"never forget\" the help.",
                "Halvard Brekke said the talks were over. Ingrid Solberg needs more time, he added. \"We are not there yet,\" he said.",
            ]),
            [some("Ingrid Solberg"), some("Halvard Brekke")]
        );
    }

    #[test]
    fn a_title_its_portfolio_and_a_name_set_off_by_commas_speak() {
        assert_eq!(
            speakers(&[
                "His counterpart, Minister of External Economic Relations Halvard Brekke, said the sides would \"open a new chapter\" soon.",
            ]),
            [some("Halvard Brekke")]
        );
    }

    #[test]
    fn the_name_before_a_relative_clause_speaks_in_it() {
        assert_eq!(
            speakers(&[
                "The agency said she met Halvard Brekke, who described the talks as \"at an unprecedented high level.\"",
                "Ia bertemu Ingrid Solberg, yang menyebut pertemuan itu \"sangat penting\".",
            ]),
            [some("Halvard Brekke"), some("Ingrid Solberg")]
        );
    }

    #[test]
    fn a_name_acting_after_said_is_what_was_said_about() {
        assert_eq!(
            speakers(&[
                "Halvard Brekke praised the \"balanced\" policy and said Norway valued its \"strategic partnership\" with Oslo.",
                "In an article published before the visit, Ingrid Solberg praised the \"steady\" course and said Oslo valued it.",
                "\"It went well,\" said Ingrid Solberg, quoted by NTB.",
            ]),
            [
                some("Halvard Brekke"),
                some("Halvard Brekke"),
                some("Ingrid Solberg"),
                some("Ingrid Solberg")
            ]
        );
    }

    #[test]
    fn nya_after_a_sentence_whose_subject_is_named_with_an_affiliation() {
        assert_eq!(
            speakers(&[
                "Presiden Brasil Luiz Lula tiba di Jakarta.",
                "Ekonom Universitas Indonesia Rina Kusuma menilai dampaknya kecil. “Volume dagang kita kecil,” ujarnya.",
                "Menurut peneliti senior Lembaga Ilmu Pengetahuan (LIPI) Jakarta, Dewi Fortuna, kerja sama ini penting. “Kita perlu waspada,” katanya.",
            ]),
            [some("Rina Kusuma"), some("Dewi Fortuna")]
        );
    }

    #[test]
    fn nya_after_a_name_set_off_after_an_institution_s_short_form() {
        assert_eq!(
            speakers(&[
                "Ekonom Institute for Development of Economics and Finance (Indef), Rina Kusuma, menilai dampaknya kecil.",
                "“Volume dagang kita kecil,” katanya.",
            ]),
            [some("Rina Kusuma")]
        );
    }

    #[test]
    fn a_people_s_word_after_a_compass_word_and_a_possessive_appositive() {
        assert_eq!(
            speakers(&[
                "South Korean leader Ivan Petrov met ministers on Monday and said his country would \"fully support\" the plan.",
                "Halvard Brekke, Petrov's spokesman, told reporters that the plan \"is directed against no one.\"",
            ]),
            [some("Ivan Petrov"), some("Halvard Brekke")]
        );
    }

    #[test]
    fn an_adverb_between_the_speaker_and_the_verb() {
        assert_eq!(
            speakers(&[
                "Juru bicara Kremlin Ivan Petrov hanya mengatakan kerja sama itu \"urusan kedua negara\".",
                "Ivan Petrov only said the cooperation was \"legitimate\".",
            ]),
            [some("Ivan Petrov"), some("Ivan Petrov")]
        );
    }

    #[test]
    fn a_name_after_an_organisation_and_its_acronym_is_the_speaker() {
        assert_eq!(
            speakers(&[
                "“Harga pangan naik,” kata Direktur Eksekutif Center of Reform on Economics (CORE) Indonesia Mohammad Faisal kepada wartawan.",
                "\"Prices will rise,\" said chief economist of the Asian Development Bank (ADB) Albert Park.",
            ]),
            [some("Mohammad Faisal"), some("Albert Park")]
        );
    }

    #[test]
    fn a_speaker_who_calls_something_a_partial_quote() {
        assert_eq!(
            speakers(&[
                "Secretary of State Antony Blinken called the plan \"deeply troubling,\" and Washington promised sanctions.",
            ]),
            [some("Antony Blinken")]
        );
    }

    #[test]
    fn nya_after_someone_the_rules_cannot_name_is_left_unknown() {
        assert_eq!(
            speakers(&[
                "Presiden Brasil Luiz Lula tiba di Jakarta.",
                "Pengamat hubungan internasional Universitas Padjadjaran Teuku Rezasyah mengatakan kunjungan itu penting. “Posisi Brasil menguat,” katanya.",
            ]),
            [None]
        );
    }

    #[test]
    fn a_second_verb_of_the_subject_and_a_leader_named_by_country() {
        assert_eq!(
            speakers(&[
                "Chilean President Gabriel Boric met Lula on Monday.",
                "Boric said the talks went well. \"We will look at every option,\" the Chilean leader noted.",
                "Lula, for his part, thanked Boric for the visit and said that Brazil \"will always stand with Chile.\"",
            ]),
            [some("Gabriel Boric"), some("Lula")]
        );
    }

    #[test]
    fn the_subject_of_hailed_before_a_partial_quote_speaks_it() {
        assert_eq!(
            speakers(&[
                "Ivan Petrov hailed the deal as a \"milestone\" while Jane Roe called it the \"best yet\" for the port.",
            ]),
            [some("Ivan Petrov"), some("Jane Roe")]
        );
    }

    #[test]
    fn the_agency_or_the_ministry_refers_back_to_the_organisation_that_spoke() {
        assert_eq!(
            speakers(&[
                "The NHA said ships left the port on Monday.",
                "\"The ships have begun to sail,\" the agency said in a statement.",
            ]),
            [some("NHA")]
        );
        assert_eq!(
            speakers(&[
                "Kapal sudah berlayar pada Senin, kata Kementerian Perhubungan.",
                "\"Kapal sudah berangkat,\" kata kementerian itu.",
            ]),
            [some("Kementerian Perhubungan")]
        );
        assert_eq!(
            speakers(&[
                "The NHA said ships left the port on Monday.",
                "\"The ships have begun to sail,\" the police said.",
            ]),
            [None],
            "the police are not any organisation named by its acronym"
        );
    }

    #[test]
    fn an_organisation_can_be_the_speaker() {
        let found = quotes_of(&[
            "Indonesia menjanjikan “dukungan penuh” bagi perundingan itu, kata Kementerian Luar Negeri Indonesia.",
        ]);
        assert_eq!(found[0].1, some("Kementerian Luar Negeri Indonesia"));
        assert_eq!(found[0].2, QuoteKind::Partial);
    }

    #[test]
    fn a_quote_paragraph_without_attribution_continues_the_previous_speaker() {
        assert_eq!(
            speakers(&[
                "“Kami sudah siap sejak lama,” kata Joko Widodo di Solo.",
                "“Tinggal menunggu waktu yang tepat.”",
            ]),
            [some("Joko Widodo"), some("Joko Widodo")]
        );
    }

    #[test]
    fn an_unknown_speaker_is_left_unknown() {
        assert_eq!(
            speakers(&["“Harga beras naik lagi minggu ini,” kata seorang pedagang di pasar."]),
            [None]
        );
        assert_eq!(
            speakers(&[
                "Media pemerintah Mesir mengatakan kunjungan itu “bersejarah” bagi kawasan."
            ]),
            [None]
        );
    }

    #[test]
    fn english_attribution_on_either_side_of_the_verb() {
        assert_eq!(
            speakers(&[
                "Foreign Minister Penny Wong arrived in Hanoi on Monday.",
                "\"We are ready to help,\" Wong said.",
                "\"This is a turning point,\" said Penny Wong.",
                "\"It matters,\" she told reporters.",
                "Wong added: \"We will keep talking.\"",
                "According to Wong, \"the talks went well.\"",
            ]),
            [
                some("Penny Wong"),
                some("Penny Wong"),
                some("Penny Wong"),
                some("Penny Wong"),
                some("Penny Wong")
            ]
        );
    }

    #[test]
    fn a_speaker_quoted_as_saying() {
        assert_eq!(
            speakers(&[
                "\"The industry is growing fast,\" Ana Pereira was quoted as saying by the agency."
            ]),
            [some("Ana Pereira")]
        );
    }

    #[test]
    fn the_name_after_told_before_the_quote_is_who_is_told() {
        assert_eq!(
            speakers(&[
                "Ana Pereira has told Marco Silva that the plan was \"dead in the water\".",
                "\"We will wait,\" Pereira told Silva.",
            ]),
            [some("Ana Pereira"), some("Ana Pereira")]
        );
    }

    #[test]
    fn the_name_after_told_behind_the_quote_is_who_is_told() {
        assert_eq!(
            speakers(&[
                "\"More than 2,000 workers arrived,\" a resident of the city told Example Radio.",
                "\"We will wait,\" Pereira told Example Radio.",
            ]),
            [None, some("Pereira")]
        );
    }

    #[test]
    fn a_clause_between_commas_may_stand_between_the_speaker_and_the_verb() {
        assert_eq!(
            speakers(&[
                "Ana Pereira, the younger sister of minister Marco Silva, warned that the port was ready to take \"quick action\" soon.",
                "Rina Wijaya, yang memimpin delegasi itu, mengatakan perundingan \"berjalan baik\".",
            ]),
            [some("Ana Pereira"), some("Rina Wijaya")]
        );
        assert_eq!(
            speakers(&["In Lisbon, Porto and Faro, warned \"quick action\" was needed."]),
            [None]
        );
    }

    #[test]
    fn names_with_particles_are_read_whole_on_either_side_of_the_verb() {
        assert_eq!(
            speakers(&[
                "\"We cannot accept this,\" Ursula von der Leyen told reporters.",
                "\"The measures are ready,\" said Commission President Ursula von der Leyen.",
                "\"Sanctions will follow,\" Osama bin Salim said.",
            ]),
            [
                some("Ursula von der Leyen"),
                some("Ursula von der Leyen"),
                some("Osama bin Salim")
            ]
        );
    }

    #[test]
    fn english_title_alone_resolves_to_the_person_introduced_with_it() {
        assert_eq!(
            speakers(&[
                "Prime Minister Anthony Albanese met the delegation.",
                "\"It was a productive meeting,\" the prime minister said.",
            ]),
            [some("Anthony Albanese")]
        );
    }

    #[test]
    fn partial_quotes_in_reported_speech_keep_their_speaker() {
        let found = quotes_of(&[
            "Senator Elizabeth Warren said the plan was \"deeply flawed\" and should be dropped.",
        ]);
        assert_eq!(
            found,
            [(
                "deeply flawed".to_string(),
                some("Elizabeth Warren"),
                QuoteKind::Partial
            )]
        );
    }

    #[test]
    fn scare_quotes_and_quoted_terms_are_not_quotes() {
        assert!(quotes_of(&["The so-called \"peace dividend\" never came."]).is_empty());
        assert!(quotes_of(&["Pemerintah memakai istilah 'new normal' sejak Juni."]).is_empty());
        assert!(quotes_of(&["Kapal 'Sinar Harapan' berlabuh di Tanjung Priok."]).is_empty());
    }
}
