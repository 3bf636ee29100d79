//! Word tables (src/lang) + site.toml `[clean]` → `Patterns`: the compiled
//! matchers the cleaner asks "is this line furniture?", "is this a teaser?",
//! "which outlet does this marker name?".

use std::sync::LazyLock;

use regex::Regex;

use crate::config::CleanSettings;
use crate::lang;

/// Compiled furniture and metadata patterns for every known language.
#[derive(Debug, Clone)]
pub struct Patterns {
    drop_lines: Vec<String>,
    drop_prefixes: Vec<String>,
    tail_markers: Vec<String>,
    sections: Vec<String>,
    author_labels: Vec<String>,
    /// Each closing credit's label and its word without the colon.
    credit_labels: Vec<(String, String)>,
    credit_endings: Vec<String>,
    caption_labels: Vec<String>,
    image_source_labels: Vec<String>,
    caption_credit_labels: Vec<String>,
    /// A teaser marker alone on its line, without a colon.
    teaser_alone: Regex,
    /// The byte length of the longest teaser marker.
    longest_teaser: usize,
    outlets: Vec<(String, String)>,
    /// Outlets' and agencies' names in lower case, sorted, each with the
    /// outlet's name as shown ("cnn indonesia" → "CNN Indonesia").
    outlet_names: Vec<(String, String)>,
    /// The byte length of the longest of `outlet_names`.
    longest_outlet_name: usize,
    teaser_line: Regex,
    teaser_inline: Regex,
}

fn lowered<'a>(words: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut words: Vec<String> = words.map(normalize).collect();
    words.sort();
    words.dedup();
    words
}

/// Whether one of the sorted `prefixes` opens `text`. A prefix sorts no
/// later than the text it opens, and with the same first byte: only the
/// prefixes right before the text's place that share its first byte are
/// tried, not all of them.
fn has_prefix_among(prefixes: &[String], text: &str) -> bool {
    prefixes_that_may_open(prefixes, text).any(|p| text.starts_with(p.as_str()))
}

/// The sorted `prefixes` that may open `text`: those that sort no later
/// than it and share its first byte, nearest first.
fn prefixes_that_may_open<'p>(
    prefixes: &'p [String],
    text: &str,
) -> impl Iterator<Item = &'p String> {
    let end = prefixes.partition_point(|p| p.as_str() <= text);
    let first = text.as_bytes().first().copied();
    (prefixes[..end].iter().rev()).take_while(move |p| p.as_bytes().first().copied() == first)
}

/// Last words of tail markers that a name may follow ("More from TIME").
const TAIL_MARKER_PREPOSITIONS: &[&str] = &["from", "about", "on"];

/// Lower case, single spaces, no surrounding punctuation: the form lines are compared in.
/// Made in one buffer, each word lowercased in place where it is ASCII.
pub fn normalize(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for word in line.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        let start = out.len();
        if word.is_ascii() {
            out.push_str(word);
            out[start..].make_ascii_lowercase();
        } else {
            // "Editor’s picks" is compared as "editor's picks".
            let straight = |c: char| if matches!(c, '’' | '‘') { '\'' } else { c };
            out.extend(word.chars().map(straight).flat_map(char::to_lowercase));
        }
    }
    let kept = out.trim_matches(|c: char| !c.is_alphanumeric() && c != '?' && c != ')');
    if kept.len() < out.len() {
        out = kept.to_string();
    }
    out
}

static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b").unwrap()
});

impl Patterns {
    /// The built-in tables of every language plus the dossier's own additions.
    pub fn new(settings: &CleanSettings) -> Self {
        let tables = lang::ALL;
        let mut teasers: Vec<String> = tables
            .iter()
            .flat_map(|t| t.teaser_markers.iter().map(|m| m.to_string()))
            .chain(settings.teaser_markers.iter().cloned())
            .collect();
        teasers.sort_by_key(|m| std::cmp::Reverse(m.len()));
        let alternation = teasers
            .iter()
            .map(|m| regex::escape(m))
            .collect::<Vec<_>>()
            .join("|");
        let mut outlets: Vec<(String, String)> = lang::OUTLETS
            .iter()
            .map(|(k, v)| (k.to_lowercase(), v.to_string()))
            .chain(
                settings
                    .outlets
                    .iter()
                    .map(|(k, v)| (k.to_lowercase(), v.clone())),
            )
            .collect();
        outlets.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        let outlet_names = names_of_outlets(&outlets);
        let longest_outlet_name = (outlet_names.iter().map(|(name, _)| name.len()))
            .max()
            .unwrap_or(0);
        Patterns {
            drop_lines: lowered(
                tables
                    .iter()
                    .flat_map(|t| t.drop_lines.iter().copied())
                    .chain(settings.drop_lines.iter().map(String::as_str)),
            ),
            drop_prefixes: lowered(
                tables
                    .iter()
                    .flat_map(|t| t.drop_prefixes.iter().copied())
                    .chain(settings.drop_prefixes.iter().map(String::as_str)),
            ),
            tail_markers: lowered(
                tables
                    .iter()
                    .flat_map(|t| t.tail_markers.iter().copied())
                    .chain(settings.tail_markers.iter().map(String::as_str)),
            ),
            sections: lowered(
                tables
                    .iter()
                    .flat_map(|t| t.sections.iter().copied())
                    .chain(settings.sections.iter().map(String::as_str)),
            ),
            author_labels: lowered(tables.iter().flat_map(|t| t.author_labels.iter().copied())),
            credit_labels: (tables.iter())
                .flat_map(|t| t.credit_labels.iter())
                .map(|label| {
                    let word = label.trim_end_matches(':').trim_end();
                    (label.to_string(), word.to_string())
                })
                .collect(),
            credit_endings: lowered(tables.iter().flat_map(|t| t.credit_endings.iter().copied())),
            longest_teaser: teasers.first().map_or(0, String::len),
            teaser_alone: Regex::new(&format!(r"(?i)^\[?\s*(?:{alternation})\s*\]?$"))
                .expect("teaser marker pattern"),
            caption_labels: lowered(tables.iter().flat_map(|t| t.caption_labels.iter().copied())),
            image_source_labels: lowered(
                tables
                    .iter()
                    .flat_map(|t| t.image_source_labels.iter().copied()),
            ),
            caption_credit_labels: lowered(
                tables
                    .iter()
                    .flat_map(|t| t.caption_credit_labels.iter().copied()),
            ),
            outlets,
            outlet_names,
            longest_outlet_name,
            teaser_line: Regex::new(&format!(r"(?i)^\[?\s*(?:{alternation})\s*:"))
                .expect("teaser pattern"),
            teaser_inline: Regex::new(&format!(r"(?i)\b(?:{alternation})\s*:"))
                .expect("inline teaser pattern"),
        }
    }

    /// A whole line of furniture: ads, prompts, polls, "read more" buttons.
    #[cfg(test)]
    pub fn is_furniture_line(&self, line: &str) -> bool {
        self.is_normalized_furniture(&normalize(line))
    }

    /// `is_furniture_line` of a line already normalized.
    pub fn is_normalized_furniture(&self, norm: &str) -> bool {
        self.drop_lines
            .binary_search_by(|d| d.as_str().cmp(norm))
            .is_ok()
            || has_prefix_among(&self.drop_prefixes, norm)
    }

    /// A related-article teaser line: "Baca juga: …", "Read more: …".
    pub fn is_teaser_line(&self, line: &str) -> bool {
        // Every teaser has its colon: most lines skip the pattern.
        memchr::memchr(b':', line.as_bytes()).is_some() && self.teaser_line.is_match(line.trim())
    }

    /// A teaser marker alone ("Baca juga:"), its headline on the next line.
    pub fn is_bare_teaser_marker(&self, line: &str) -> bool {
        let line = line.trim();
        // Most lines do not end in a colon: they skip the pattern.
        let with_colon = line.trim_end_matches([' ', ']']).ends_with(':')
            && (self.teaser_line.find(line))
                .is_some_and(|m| line[m.end()..].trim_matches([' ', ']']).is_empty());
        // "Baca Juga" alone, its headlines on the lines after it; most lines
        // are too long to be one and skip the pattern.
        with_colon || (line.len() <= self.longest_teaser + 4 && self.teaser_alone.is_match(line))
    }

    /// A line that opens the page's tail (related articles, footers, a
    /// list of tags): a marker alone, or a marker and a colon before a
    /// short list ("Tags: Jokowi, Singapura"). A copyright line is one too.
    pub fn is_tail_marker(&self, line: &str) -> bool {
        self.is_normalized_tail_marker(&normalize(line), line)
    }

    /// `is_tail_marker` of a line and its normalized form.
    pub fn is_normalized_tail_marker(&self, norm: &str, line: &str) -> bool {
        // Counted only for a line a marker opens.
        let words = || norm.split_whitespace().count();
        // "More from TIME": a marker ending with "from", "about" or "on",
        // then a name of a word or two.
        let names_after = |m: &str, rest: &str| {
            rest.starts_with(' ')
                && m.rsplit(' ')
                    .next()
                    .is_some_and(|last| TAIL_MARKER_PREPOSITIONS.contains(&last))
                && words() <= m.split(' ').count() + 2
                && !super::lines::ends_as_sentence(line)
        };
        let marked = prefixes_that_may_open(&self.tail_markers, norm).any(|m| {
            (norm == m.as_str() && words() <= 6)
                || (norm.strip_prefix(m.as_str())).is_some_and(|r| {
                    // "Keywords : Rusia …": the colon perhaps apart.
                    let labelled = r.strip_prefix(' ').unwrap_or(r).starts_with(':');
                    (labelled && words() <= 25) || names_after(m, r)
                })
        });
        marked || is_copyright_line(line)
    }

    /// A closing credit ("Reporting by …; Editing by …", "Editor: …",
    /// "Jane Roe in Tallinn contributed to this report.").
    pub fn is_credit_line(&self, line: &str) -> bool {
        let line = without_brackets(line.trim_start());
        let ending = line.trim_end_matches(['.', ' ']);
        let ends_as_credit = self.credit_endings.iter().any(|end| {
            ending.len() > end.len()
                && ending.is_char_boundary(ending.len() - end.len())
                && ending[ending.len() - end.len()..].eq_ignore_ascii_case(end)
        });
        if ends_as_credit && line.split_whitespace().count() <= 25 {
            return true;
        }
        self.credit_label_matches(line, |rest, colon| {
            !rest.trim().is_empty() && (colon || rest.starts_with([' ', ':']))
        })
    }

    /// The name after a credit's label with neither colon nor "by" over
    /// the story: "Translator Ninda Dwi Ramadhani", "Editor Petir Garda
    /// Bhwana".
    pub fn name_after_bare_credit_label<'t>(&self, line: &'t str) -> Option<&'t str> {
        // A label and a name are short: most lines are turned away at once.
        if line.len() > MAX_BARE_CREDIT_BYTES {
            return None;
        }
        let (label, name) = line.split_once(' ')?;
        let labelled = (self.credit_labels.iter()).any(|(with_colon, word)| {
            with_colon.ends_with(':') && word.eq_ignore_ascii_case(label)
        });
        labelled.then_some(name.trim())
    }

    /// Whether a credit label opens the line and `accept` takes the rest
    /// (and whether the label ends in a colon). A label's colon may follow
    /// spaces: "Editor : Jane Roe" for "editor:".
    fn credit_label_matches(&self, line: &str, accept: impl Fn(&str, bool) -> bool) -> bool {
        // Every label opens with a letter: a line that opens otherwise skips them.
        let Some(first) = line.bytes().next().filter(u8::is_ascii_alphabetic) else {
            return false;
        };
        self.credit_labels.iter().any(|(label, word)| {
            let colon = label.ends_with(':');
            label.as_bytes()[0] == first.to_ascii_lowercase()
                && (after_label(line, label))
                    .or_else(|| colon.then(|| after_spaced_colon(line, word)).flatten())
                    .is_some_and(|rest| accept(rest, colon))
        })
    }

    /// A byline's or credit's label alone on its line, its name on the next:
    /// "Oleh :", "Editor :".
    pub fn bare_label(&self, line: &str) -> Option<BareLabel> {
        // Labels are short; most lines are turned away at once.
        if line.len() > 16 {
            return None;
        }
        let label_word = self
            .author_labels
            .iter()
            .any(|l| line.eq_ignore_ascii_case(l));
        if label_word || self.strip_author_label(line).is_some_and(str::is_empty) {
            return Some(BareLabel::Author);
        }
        let bare_credit = self.credit_label_matches(line, |rest, _| rest.trim().is_empty());
        bare_credit.then_some(BareLabel::Credit)
    }

    /// The caption after a caption label and its comma or colon ("Image
    /// caption, Kishida in Tokyo" → "Kishida in Tokyo").
    pub fn strip_caption_label<'a>(&self, line: &'a str) -> Option<&'a str> {
        after_any_label(&self.caption_labels, line)
    }

    /// The source on a photo's source line: "Sumber gambar, KCNA" → "KCNA".
    pub fn image_source<'a>(&self, line: &'a str) -> Option<&'a str> {
        after_any_label(&self.image_source_labels, line)
    }

    /// The credit on a line of its own after a caption: "Credit:
    /// Kremlin.ru" → "Kremlin.ru", or an agency's photo credited in parts
    /// apart by slashes, "ANTARA FOTO/REUTERS/Jane Roe/Pool/sad.".
    pub fn caption_credit<'a>(&self, line: &'a str) -> Option<&'a str> {
        after_any_label(&self.caption_credit_labels, line)
            .filter(|credit| credit.split_whitespace().count() <= 8)
            .or_else(|| self.slashed_agency_credit(line))
    }

    fn slashed_agency_credit<'a>(&self, line: &'a str) -> Option<&'a str> {
        if line.len() > 120 {
            return None;
        }
        let slashes = memchr::memchr_iter(b'/', line.as_bytes()).count();
        if slashes == 0 {
            return None;
        }
        let credit = line.trim_end_matches('.');
        // "Sputnik / Kristina Kormilitsyna / Pool via Reuters": the slashes
        // may stand between spaces, all of them alike.
        let separator = match credit.contains(" / ") {
            true => " / ",
            false => "/",
        };
        let first = credit.split(separator).next()?;
        let agency = ["FOTO", "PHOTO", "Foto", "Photo"]
            .iter()
            .find_map(|word| first.strip_suffix(word))
            .map_or(first, str::trim_end);
        let parts_are_names = credit
            .split(separator)
            .all(|part| !part.is_empty() && part == part.trim() && !part.ends_with(['.', ',']));
        // One slash only between two known names: "KOMPAS/AP".
        let last_known = || {
            credit
                .rsplit(separator)
                .next()
                .is_some_and(|last| self.is_outlet_name(last))
        };
        let shaped = parts_are_names && (slashes >= 2 || last_known());
        // "Gavriil Grigorov/Sputnik via AP": a photographer, the agency and
        // the agency that carried it.
        let carried_by_agency = || {
            let (before, carrier) = credit.rsplit_once(" via ").unwrap_or_default();
            self.is_outlet_name(carrier)
                && before
                    .split(separator)
                    .nth(1)
                    .is_some_and(|a| self.is_outlet_name(a))
        };
        ((shaped && self.is_outlet_name(agency)) || (parts_are_names && carried_by_agency()))
            .then_some(credit)
    }

    /// A caption label alone on its line, its caption on the next one:
    /// "Keterangan gambar,", "Image caption".
    pub fn is_bare_caption_label(&self, line: &str) -> bool {
        let line = line.trim_end_matches([',', ':', ' ']);
        line.len() < 40
            && self
                .caption_labels
                .iter()
                .any(|label| line.eq_ignore_ascii_case(label))
    }

    /// A rubric/tag line under a headline: a section name, then lower-case tags
    /// ("Internasional korea utara rusia") or other sections' names ("World
    /// News").
    pub fn is_section_line(&self, line: &str) -> bool {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() || words.len() > 10 || line.chars().any(|c| ".,:;!?\"“”".contains(c))
        {
            return false;
        }
        let is_section = |word: &str| self.sections.binary_search(&word.to_lowercase()).is_ok();
        // "World News": every word a section's.
        is_section(words[0])
            && (words[1..].iter()).all(|w| w.chars().all(|c| !c.is_uppercase()) || is_section(w))
    }

    /// Strips a byline label ("Oleh:", "By") and returns the rest.
    pub fn strip_author_label<'a>(&self, line: &'a str) -> Option<&'a str> {
        self.author_labels.iter().find_map(|label| {
            let rest = after_label(line, label)?;
            let name = rest.trim_start_matches([':', ' ']);
            (name.len() < rest.len()).then(|| name.trim())
        })
    }

    /// Removes inline related-article teasers ("… Korut. Baca juga: Judul Berita.")
    /// from a paragraph: the marker and the headline after it, to the end of its sentence.
    pub fn strip_inline_teasers(&self, paragraph: &str) -> String {
        let mut text = paragraph.to_string();
        while let Some(found) = self
            .teaser_inline
            .find_iter(&text)
            .find(|m| starts_sentence(&text[..m.start()]))
        {
            let end = headline_end(&text, found.end());
            let before = text[..found.start()].trim_end();
            let after = text[end..].trim_start();
            text = match (before.is_empty(), after.is_empty()) {
                (true, _) => after.to_string(),
                (false, true) => before.to_string(),
                (false, false) => format!("{before} {after}"),
            };
        }
        text
    }

    /// The outlet a dateline prefix or domain names ("TEMPO.CO" → "Tempo").
    pub fn outlet_for_marker(&self, marker: &str) -> Option<String> {
        let marker = marker.to_lowercase();
        let names = |key: &str| {
            marker == key || (marker.strip_suffix(key)).is_some_and(|rest| rest.ends_with('.'))
        };
        self.outlets
            .iter()
            .find(|(key, _)| names(key))
            .map(|(_, name)| name.clone())
    }

    /// The outlet or agency a whole line names: its name ("CNN Indonesia",
    /// "REUTERS"), or the holder of a copyright line ("Copyright © 2019 CNN
    /// Indonesia", "© 2023 BBC. All rights reserved.").
    pub fn outlet_named(&self, line: &str) -> Option<String> {
        let line = line.trim();
        // A masthead or copyright line is short; most lines skip the search.
        if line.len() > 2 * self.longest_outlet_name + 64 {
            return None;
        }
        let name = copyright_holder(line).unwrap_or(line);
        // "The Guardian - Back to home": the name, then a link's words.
        let before_link = |separator| name.split_once(separator).map(|(name, _)| name);
        [
            Some(name),
            before_link(" - "),
            before_link(" | "),
            before_link(" – "),
        ]
        .into_iter()
        .flatten()
        .find_map(|name| self.outlet_by_name(name))
        .map(str::to_string)
    }

    /// Whether a text is a known outlet's or agency's name, or an outlet's
    /// address in the table ("AKURAT.CO").
    pub fn is_outlet_name_or_address(&self, text: &str) -> bool {
        self.is_outlet_name(text) || (text.contains('.') && self.outlet_for_marker(text).is_some())
    }

    /// Whether a text is a known outlet's or agency's name, in any case.
    pub fn is_outlet_name(&self, text: &str) -> bool {
        self.outlet_by_name(text).is_some()
    }

    fn outlet_by_name(&self, text: &str) -> Option<&str> {
        // Names are short: most lines are turned away without a copy (the
        // bound leaves room for spaces that normalising would take out).
        if text.len() > 2 * self.longest_outlet_name + 8 {
            return None;
        }
        let text = normalize(text).replace(',', "");
        // "The Associated Press" is "Associated Press".
        let mut name = text.as_str();
        if let Some(without_the) = name.strip_prefix("the ") {
            if self
                .outlet_names
                .binary_search_by(|(known, _)| known.as_str().cmp(name))
                .is_err()
            {
                name = without_the;
            }
        }
        // "Yonhap News Agency", "BBC News Indonesia": a known name and the
        // words a masthead adds to it.
        loop {
            let found = (self.outlet_names)
                .binary_search_by(|(known, _)| known.as_str().cmp(name))
                .ok();
            if let Some(at) = found {
                return Some(self.outlet_names[at].1.as_str());
            }
            name = MASTHEAD_SUFFIXES
                .iter()
                .find_map(|suffix| name.strip_suffix(suffix))?;
        }
    }

    /// The first known outlet domain named in a text.
    pub fn outlet_in_text(&self, text: &str) -> Option<String> {
        DOMAIN
            .find_iter(text)
            .find_map(|m| self.outlet_for_marker(m.as_str()))
    }
}

/// The rest of a line that opens with a label's word and then its colon
/// after spaces: "Editor : Jane Roe" for the word "editor".
fn after_spaced_colon<'a>(line: &'a str, word: &str) -> Option<&'a str> {
    after_label(line, word)?.trim_start().strip_prefix(':')
}

/// The rest of a line that opens with a label, in any case. Labels are
/// ASCII: compared in place, no line is lowercased.
fn after_label<'a>(line: &'a str, label: &str) -> Option<&'a str> {
    let head = line.as_bytes().get(..label.len())?;
    head.eq_ignore_ascii_case(label.as_bytes())
        .then(|| line.get(label.len()..))
        .flatten()
}

/// What follows one of `labels` and its comma or colon ("Image caption,
/// Kishida in Tokyo" → "Kishida in Tokyo"), when anything does.
fn after_any_label<'a>(labels: &[String], line: &'a str) -> Option<&'a str> {
    labels.iter().find_map(|label| {
        let rest = after_label(line, label)?.strip_prefix([',', ':'])?.trim();
        (!rest.is_empty()).then_some(rest)
    })
}

/// What a label alone on its line names on the next line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BareLabel {
    /// The writer: "Oleh :", "Penulis:".
    Author,
    /// Someone credited, not the writer: "Editor :".
    Credit,
}

/// Words a masthead adds after an outlet's or agency's name.
const MASTHEAD_SUFFIXES: &[&str] = &[" news agency", " news", " indonesia", " english"];

/// Every outlet's shown name and every wire agency's, keyed in lower case.
fn names_of_outlets(outlets: &[(String, String)]) -> Vec<(String, String)> {
    let mut names: Vec<(String, String)> = (outlets.iter().map(|(_, name)| name.as_str()))
        .chain(lang::AGENCIES.iter().copied())
        .flat_map(|name| {
            // A masthead may run the words together: "IDXChannel".
            let normal = normalize(name);
            let joined =
                (normal.contains(' ')).then(|| (normal.replace(' ', ""), name.to_string()));
            // A broadcaster's masthead may give its letters alone: "CBC"
            // for "CBC News".
            let letters = (name.strip_suffix(" News"))
                .filter(|letters| {
                    (2..=4).contains(&letters.len())
                        && letters.bytes().all(|b| b.is_ascii_uppercase())
                })
                .map(|letters| (letters.to_ascii_lowercase(), name.to_string()));
            [Some((normal, name.to_string())), joined, letters]
                .into_iter()
                .flatten()
        })
        .collect();
    // An outlet's own spelling wins over an agency's ("Antara", not "ANTARA").
    names.sort_by(|a, b| a.0.cmp(&b.0));
    names.dedup_by(|a, b| a.0 == b.0);
    names
}

/// The longest line a credit's label and a name take ("Translator Ninda
/// Dwi Ramadhani").
const MAX_BARE_CREDIT_BYTES: usize = 64;

/// Who holds a copyright line's rights: "Copyright © 2019 CNN Indonesia" →
/// "CNN Indonesia", "© 2023 BBC. All rights reserved." → "BBC".
fn copyright_holder(line: &str) -> Option<&str> {
    let mark = COPYRIGHT.find(line.trim_start())?;
    let rest = line.trim_start()[mark.end()..]
        .trim_start_matches(|c: char| c.is_ascii_digit() || " ©-–,".contains(c));
    let rest = rest.strip_prefix("(c)").unwrap_or(rest).trim_start();
    let end = rest.find(['.', ',', '|']).unwrap_or(rest.len());
    Some(rest[..end].trim()).filter(|holder| !holder.is_empty())
}

static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:©|\(c\)\s*\d{4}|(?:copyright|hak cipta)\s*(?:©|\(c\)|\d{4}))").unwrap()
});

/// "© 2022 Outlet. All rights reserved.", "Copyright 2019 …", "Hak cipta © …".
fn is_copyright_line(line: &str) -> bool {
    COPYRIGHT.is_match(line.trim_start())
}

/// Whether text before a position ends a sentence (or is empty).
fn starts_sentence(before: &str) -> bool {
    let before = before.trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', '"', '”', ')'])
}

/// Where a teaser headline starting at `from` ends: after its closing full stop, or at the end.
fn headline_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?') {
            let next = text[i + 1..].chars().next();
            if next.is_none_or(|c| c.is_whitespace()) {
                return i + 1;
            }
        }
        i += 1;
    }
    text.len()
}

/// A line less the brackets around it, as a wire credit may stand: "(Reporting
/// by Jane Roe; Editing by John Doe)".
pub(super) fn without_brackets(line: &str) -> &str {
    (line.strip_prefix('('))
        .and_then(|inner| inner.trim_end().strip_suffix(')'))
        .unwrap_or(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefix_is_found_among_sorted_prefixes_as_by_trying_each() {
        let prefixes: Vec<String> = ["a", "ab c", "abd", "b", "baca", "bacaan x", "z"]
            .map(String::from)
            .to_vec();
        for text in [
            "",
            "a",
            "ab",
            "ab c d",
            "abd",
            "abe",
            "bac",
            "baca juga",
            "bacaan x",
            "c",
            "zz",
        ] {
            let tried = prefixes.iter().any(|p| text.starts_with(p.as_str()));
            assert_eq!(has_prefix_among(&prefixes, text), tried, "{text:?}");
        }
    }

    fn patterns() -> Patterns {
        Patterns::new(&CleanSettings::default())
    }

    #[test]
    fn outlets_named_by_a_line_or_its_copyright() {
        let p = patterns();
        assert_eq!(
            p.outlet_named("CNN Indonesia").as_deref(),
            Some("CNN Indonesia")
        );
        assert_eq!(p.outlet_named("REUTERS").as_deref(), Some("Reuters"));
        assert_eq!(
            p.outlet_named("Copyright © 2019 CNN Indonesia").as_deref(),
            Some("CNN Indonesia")
        );
        assert_eq!(
            p.outlet_named("© 2023 BBC. All rights reserved.")
                .as_deref(),
            Some("BBC")
        );
        assert_eq!(
            p.outlet_named("The Guardian - Back to home").as_deref(),
            Some("The Guardian")
        );
        assert_eq!(p.outlet_named("CNN Indonesia hari ini"), None);
        assert_eq!(p.outlet_named("Copyright © 2019 Penerbit Kecil"), None);
    }

    #[test]
    fn furniture_lines_match_case_and_spacing_insensitively() {
        let p = patterns();
        assert!(p.is_furniture_line("Advertising"));
        assert!(p.is_furniture_line("  ADVERTISEMENT "));
        assert!(p.is_furniture_line("Ikuti media sosial contoh.id dan dapatkan hadiah"));
        assert!(!p.is_furniture_line("Iklan politik dilarang selama masa tenang."));
    }

    #[test]
    fn teaser_lines_with_and_without_space_after_the_colon() {
        let p = patterns();
        assert!(p.is_teaser_line("Baca: Judul Lain"));
        assert!(p.is_teaser_line("Baca:Judul Lain"));
        assert!(p.is_teaser_line("BACA JUGA: Judul"));
        assert!(p.is_teaser_line("Read more: Another story"));
        assert!(!p.is_teaser_line("Baca berita dengan tenang"));
        assert!(p.is_bare_teaser_marker("Baca juga:"));
        assert!(p.is_bare_teaser_marker("[Read more: ]"));
        assert!(!p.is_bare_teaser_marker("Baca juga: Judul"));
    }

    #[test]
    fn inline_teaser_at_paragraph_end_is_removed_and_the_sentence_kept() {
        let p = patterns();
        let text = "Keduanya membahas situasi. Baca juga: Menteri Bahas Rencana Pertemuan A-B.";
        assert_eq!(p.strip_inline_teasers(text), "Keduanya membahas situasi.");
    }

    #[test]
    fn inline_teaser_in_the_middle_keeps_both_sides() {
        let p = patterns();
        let text = "Kalimat pertama. Read also: Some Headline Here. The story goes on.";
        assert_eq!(
            p.strip_inline_teasers(text),
            "Kalimat pertama. The story goes on."
        );
    }

    #[test]
    fn a_colon_phrase_inside_a_sentence_is_not_a_teaser() {
        let p = patterns();
        let text = "Ia meminta warga untuk baca: semua aturan.";
        assert_eq!(p.strip_inline_teasers(text), text);
    }

    #[test]
    fn tail_markers_and_section_lines() {
        let p = patterns();
        assert!(p.is_tail_marker("Berita terkait"));
        assert!(p.is_tail_marker("FOLLOW US"));
        assert!(p.is_tail_marker("Explore more on these topics"));
        assert!(!p.is_tail_marker(
            "Berita terkait kunjungan itu beredar luas di media sosial pekan ini."
        ));
        assert!(p.is_section_line("Internasional korea utara rusia"));
        assert!(!p.is_section_line("Internasional Monetary Fund"));
    }

    #[test]
    fn outlets_from_markers_and_domains() {
        let p = patterns();
        assert_eq!(p.outlet_for_marker("TEMPO.CO").as_deref(), Some("Tempo"));
        assert_eq!(
            p.outlet_for_marker("www.kompas.com").as_deref(),
            Some("Kompas")
        );
        assert_eq!(
            p.outlet_in_text("Ikuti media sosial medcom.id sekarang")
                .as_deref(),
            Some("Medcom")
        );
        assert_eq!(p.outlet_for_marker("unknown.example"), None);
    }

    #[test]
    fn site_settings_extend_the_tables() {
        let settings = CleanSettings {
            drop_lines: vec!["Promo Spesial".into()],
            outlets: [("contoh.id".to_string(), "Contoh".to_string())].into(),
            ..CleanSettings::default()
        };
        let p = Patterns::new(&settings);
        assert!(p.is_furniture_line("PROMO SPESIAL"));
        assert_eq!(p.outlet_in_text("© contoh.id").as_deref(), Some("Contoh"));
    }

    #[test]
    fn author_labels_are_stripped() {
        let p = patterns();
        assert_eq!(
            p.strip_author_label("Oleh: Willy Haryono"),
            Some("Willy Haryono")
        );
        assert_eq!(p.strip_author_label("By Jane Doe"), Some("Jane Doe"));
        assert_eq!(p.strip_author_label("Bystander effect"), None);
        let caption = |line| p.strip_caption_label(line);
        assert_eq!(caption("Keterangan foto: Warga antre"), Some("Warga antre"));
        assert_eq!(
            caption("Image caption, Dockers at work"),
            Some("Dockers at work")
        );
        assert_eq!(caption("Keterangan pers disampaikan Senin"), None);
        assert_eq!(caption("Caption:"), None);
    }
}
