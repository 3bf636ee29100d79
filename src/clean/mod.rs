//! Source → Article: strips page furniture from raw captures, keeps photo
//! captions apart with their credits, and finds title, publication date and
//! time zone, author, outlet, dateline and language. What a capture does not
//! say is inferred and marked as inferred, or left empty; front matter wins.

mod dateline;
pub mod lines;
pub mod patterns;

use std::path::PathBuf;

use crate::calendar::{self, Published};
use crate::content::{ArticleFrontMatter, Source, SourceKind};
use crate::diag::Diagnostic;
use crate::lang;
use crate::slug;
use lines::{CaptionText, Line, LineKind};
pub use patterns::Patterns;

/// Settings the cleaner needs besides its patterns.
#[derive(Debug, Clone)]
pub struct CleanContext {
    /// Compiled furniture patterns.
    pub patterns: Patterns,
    /// Offset in minutes for times given without a zone.
    pub default_offset: Option<i32>,
    /// The dossier's language, used when an article's cannot be detected.
    pub default_lang: String,
}

/// What is known about an article, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// Headline (or, when the capture has none, its lead sentence).
    pub title: String,
    /// The title was not in the capture but drawn from its first sentence.
    pub title_inferred: bool,
    /// Publication date, as precise as known.
    pub published: Option<Published>,
    /// The date was inferred from dates in the text.
    pub published_inferred: bool,
    /// News outlet.
    pub outlet: Option<String>,
    /// Writer.
    pub author: Option<String>,
    /// Place the story was filed from.
    pub dateline: Option<String>,
    /// Original URL.
    pub url: Option<String>,
    /// Language code.
    pub lang: String,
    /// URL slug before corpus-wide de-duplication.
    pub slug: String,
    /// The slug was given in front matter (so a clash is an error, not renamed).
    pub slug_given: bool,
    /// Summary.
    pub description: Option<String>,
    /// Topics.
    pub tags: Vec<String>,
}

/// A photo caption, placed among the paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caption {
    /// What the photo shows.
    pub text: String,
    /// Who supplied it.
    pub credit: Option<String>,
    /// Number of body paragraphs before it.
    pub position: usize,
}

/// A clean article.
#[derive(Debug, Clone)]
pub struct Article {
    /// Input path relative to the root.
    pub path: PathBuf,
    /// Input file name.
    pub source_file: String,
    /// Capture or Markdown.
    pub kind: SourceKind,
    /// Metadata.
    pub meta: Meta,
    /// Body paragraphs: plain text for captures, Markdown blocks for curated articles.
    pub paragraphs: Vec<String>,
    /// Photo captions.
    pub captions: Vec<Caption>,
    /// Agencies or outlets the story credits where it ends, as written
    /// ("REUTERS", "-- BERNAMA" gives "BERNAMA").
    pub credits: Vec<String>,
    /// The editor's front matter (annotation overrides live here).
    pub front_matter: ArticleFrontMatter,
    /// Fingerprint of the input's body as it was given. The body itself is
    /// read again when its copy is published next to the article page (so
    /// that a dossier's text is not held twice), and must still match.
    pub raw_fingerprint: u64,
}

/// Cleans one article; problems with its front matter values are returned.
pub fn clean(source: &Source, ctx: &CleanContext) -> Result<Article, Vec<Diagnostic>> {
    let draft = match source.kind {
        SourceKind::Capture => clean_capture(&source.body, ctx),
        SourceKind::Markdown => clean_markdown(&source.body),
    };
    finish(source, draft, ctx)
}

/// What the text itself says, before front matter and inference.
#[derive(Debug, Default)]
struct Draft {
    title: Option<String>,
    published: Option<Published>,
    /// The first date line that says when the story was updated: the
    /// published date only if no other date line gives one.
    updated: Option<Published>,
    author: Option<String>,
    outlet: Option<String>,
    dateline: Option<String>,
    paragraphs: Vec<String>,
    captions: Vec<Caption>,
    credits: Vec<String>,
}

fn clean_capture(body: &str, ctx: &CleanContext) -> Draft {
    let lines = lines::classify(body, &ctx.patterns);
    let mut draft = Draft::default();
    let title_index = headline_index(&lines, &ctx.patterns);
    draft.title = title_index.map(|i| without_wire_tag(&lines[i].text).to_string());
    // A headline may end as a sentence does ("… Kian Mesra?"); it does not
    // start the body.
    // A rubric's motto right over the headline is no part of the body.
    let is_motto = |i: usize| Some(i + 1) == title_index && headline_over_byline_next(&lines, i);
    let body_start = (lines.iter().enumerate())
        .position(|(i, l)| Some(i) != title_index && l.is_running_text() && !is_motto(i));
    let is_masthead =
        |i: usize, line: &Line| body_start.is_some_and(|start| i < start) && is_masthead_text(line);
    let mut named_in_dateline = None;
    for (i, line) in lines.iter().enumerate() {
        if Some(i) == title_index || is_motto(i) {
            continue;
        }
        if is_masthead(i, line) {
            // Above the lead: a dateline on its own line is kept, the rest
            // (the outlet's name, a rubric, a comment count) is furniture.
            let found = dateline::find_alone(&line.text, &|name| ctx.patterns.is_outlet_name(name))
                .or_else(|| place_over_lead(&lines, i, title_index, &ctx.patterns));
            if let Some(found) = found {
                named_in_dateline = take_found_dateline(&mut draft, found, &ctx.patterns);
            }
            continue;
        }
        take_line(&mut draft, line, ctx);
    }
    draft.published = draft.published.or(draft.updated);
    if draft.dateline.is_none() {
        named_in_dateline = take_dateline(&mut draft, &ctx.patterns);
    }
    if let Some(last) = draft.paragraphs.last_mut() {
        let kept = lines::without_trailing_sign_off(last).len();
        last.truncate(kept);
    }
    if draft.paragraphs.len() > 1 && draft.paragraphs.last().is_some_and(|p| is_tag_list(p)) {
        draft.paragraphs.pop();
    }
    draft.credits = (lines.iter())
        .filter(|l| l.kind == LineKind::SignOff)
        .filter_map(|l| lines::agency_signing_off(&l.text, &ctx.patterns))
        .map(str::to_string)
        .collect();
    settle_author(&mut draft, &lines, &ctx.patterns);
    drop_writer_note(&mut draft);
    if draft.outlet.is_none() {
        // The page's own masthead comes first: a note at the end may name
        // where the story first ran ("Berita ini telah tayang di Bisnis.com").
        let above_headline = |i: usize| title_index.is_some_and(|title| i < title);
        draft.outlet = (lines.iter().enumerate())
            .filter(|&(i, l)| {
                // A byline may carry the outlet's address: "TOI World Desk /
                // TIMESOFINDIA.COM / Updated: …".
                matches!(
                    l.kind,
                    LineKind::Furniture
                        | LineKind::TailStart
                        | LineKind::Byline { .. }
                        | LineKind::DateLine(_)
                ) || is_masthead(i, l)
            })
            .find_map(|(i, l)| {
                match l.kind {
                    // "Philippine Daily Inquirer / 06:30 AM June 20, 2024".
                    // (A weekday alone before the date is no name: the
                    // name has a space or a dot.)
                    LineKind::DateLine(_) => {
                        let name = name_before_date(&l.text);
                        return name
                            .contains([' ', '.'])
                            .then(|| ctx.patterns.outlet_named(name))
                            .flatten();
                    }
                    // "By RFE/RL": the outlet's own story.
                    LineKind::Byline { author: None, .. } => {
                        let name = ctx.patterns.strip_author_label(&l.text);
                        if let Some(outlet) = name.and_then(|name| ctx.patterns.outlet_named(name))
                        {
                            return Some(outlet);
                        }
                    }
                    _ => {}
                }
                let one_word = !l.text.contains(' ');
                (ctx.patterns.outlet_in_text(&l.text))
                    .or_else(|| one_word.then(|| ctx.patterns.outlet_for_marker(&l.text))?)
                    .or_else(|| {
                        let brand = one_word.then(|| brand_before_section(&l.text, &ctx.patterns));
                        ctx.patterns.outlet_named(brand??)
                    })
                    .or_else(|| ctx.patterns.outlet_named(&l.text))
                    .or_else(|| {
                        (above_headline(i) && is_masthead(i, l))
                            .then(|| publication_name(&l.text))
                            .flatten()
                    })
            })
            .or_else(|| {
                let marker = named_in_dateline?;
                Some(match marker.contains('.') {
                    true => outlet_of_address(&lines, title_index, &marker),
                    false => marker,
                })
            });
    }
    if let (Some(published), Some(offset)) = (draft.published.as_mut(), ctx.default_offset) {
        if published.time.is_some() && published.offset_minutes.is_none() {
            published.offset_minutes = Some(offset);
        }
    }
    draft
}

/// The byline's author written as a name ("By HYUNG-JIN KIM" → "Hyung-jin
/// Kim"), or, with no byline, the author a closing credit names
/// ("Pewarta: …").
fn settle_author(draft: &mut Draft, lines: &[Line], patterns: &Patterns) {
    if let Some(author) = draft.author.as_mut() {
        if let Some(written) = names_in_title_case(author) {
            *author = written;
        }
    }
    if draft
        .author
        .as_deref()
        .is_some_and(|author| is_staff(author, patterns))
    {
        draft.author = None;
    }
    if draft.author.is_none() {
        draft.author = (lines.iter())
            .filter(|l| l.kind != LineKind::Text && patterns.is_credit_line(&l.text))
            .find_map(|l| lines::credited_author(&l.text, patterns));
    }
    if draft.author.is_none() {
        // "(By Joseph Yeh)" where a wire story ends.
        draft.author = (lines.iter())
            .filter(|l| l.kind != LineKind::Text)
            .find_map(|l| byline_in_brackets(&l.text, patterns));
    }
}

/// Whether a byline names the outlet's staff or the outlet itself, no one
/// by name: "Tim IDXChannel", "Tim Redaksi", "Team Example News", "FP
/// Staff", "TRT World (and Agencies)".
fn is_staff(author: &str, patterns: &Patterns) -> bool {
    let is_staff_word = |word: &str| lang::is_among(word, lang::STAFF_WORDS);
    let staff = author.split_once(' ').is_some_and(|(first, rest)| {
        is_staff_word(first) && (is_staff_word(rest) || patterns.is_outlet_name(rest))
    });
    // "FP Staff", "HT Desk": the outlet's letters before the staff word.
    let letters_then_staff = author.split_once(' ').is_some_and(|(first, rest)| {
        (is_staff_word(rest) || rest.eq_ignore_ascii_case("desk"))
            && (2..=4).contains(&first.len())
            && first.bytes().all(|b| b.is_ascii_uppercase())
    });
    staff || letters_then_staff || patterns.is_outlet_name(author)
}

/// The writer a byline in brackets names: "(By Joseph Yeh)".
fn byline_in_brackets(text: &str, patterns: &Patterns) -> Option<String> {
    let inside = text.strip_prefix('(')?.strip_suffix(')')?;
    let name = patterns.strip_author_label(inside)?.trim();
    lines::looks_like_name(name).then(|| name.to_string())
}

/// A story's tags with no label where it ends: names apart by commas, two or
/// more, and no sentence ("Kim Jong Un, Vladimir Putin, North Korea").
fn is_tag_list(text: &str) -> bool {
    let mut tags = text.split(", ");
    let names =
        |tag: &str| (1..=4).contains(&lines::word_count(tag)) && lines::looks_like_name(tag);
    text.contains(", ")
        && !text.ends_with(['.', '!', '?', '"', '”', ':'])
        && lines::word_count(text) <= MOST_TAG_LIST_WORDS
        && tags.all(names)
}

/// The most words a line of tags takes.
const MOST_TAG_LIST_WORDS: usize = 24;

/// Words that join the names on a byline, left as they are.
const BYLINE_JOIN_WORDS: &[&str] = &["and", "dan", "&"];

/// A byline in capitals written as names: "HYUNG-JIN KIM and JIM HEINTZ" →
/// "Hyung-jin Kim and Jim Heintz"; None when it is not in capitals or is a
/// single word.
fn names_in_title_case(author: &str) -> Option<String> {
    let is_join = |word: &str| lang::is_among(word, BYLINE_JOIN_WORDS);
    let in_capitals = (author.split_whitespace())
        .filter(|word| !is_join(word))
        .all(|word| !word.chars().any(char::is_lowercase));
    if !in_capitals || lines::word_count(author) < 2 {
        return None;
    }
    let words = author.split_whitespace().map(|word| match is_join(word) {
        true => word.to_lowercase(),
        false => dateline::title_case(word),
    });
    Some(words.collect::<Vec<_>>().join(" "))
}

/// Takes notes on the writers off the body: at its end, "Rachel Lee is a
/// fellow with …", "The writer is a researcher at …", "Penulis adalah …",
/// one for each writer the byline names; anywhere, a line on where they
/// reported from ("Choe Sang-Hun reported from Seoul, and …") or on their
/// interests ("Jane Roe does not work for, consult, own shares in …").
fn drop_writer_note(draft: &mut Draft) {
    let writers: Vec<&str> = draft
        .author
        .as_deref()
        .map(|author| lines::byline_names(author))
        .unwrap_or_default();
    let surnames: Vec<&str> = (writers.iter())
        .filter_map(|writer| writer.rsplit(' ').next())
        .collect();
    let opens_with_a_writer = |text: &str, verbs: &[&str]| opens_with_name(text, &writers, verbs);
    // "Kim covers North and South Korea for …": a beat after the surname.
    let opens_with_a_beat = |text: &str| opens_with_name(text, &surnames, lang::WRITER_BEAT_VERBS);
    // The writer's name alone, as the page signs the story ("HYUNG-JIN KIM").
    let signs = |text: &str| {
        writers
            .iter()
            .any(|writer| writer.eq_ignore_ascii_case(text))
    };
    let is_note = |text: &str| {
        let lower = text.to_lowercase();
        lang::WRITER_NOTE_OPENINGS
            .iter()
            .any(|o| lower.starts_with(o))
            || opens_with_a_writer(text, lang::WRITER_NOTE_VERBS)
            || opens_with_a_beat(text)
            || signs(text)
    };
    let mut notes = 0;
    while draft.paragraphs.len() > 1 && notes <= writers.len() {
        match draft.paragraphs.last().filter(|last| is_note(last)) {
            Some(_) => {
                draft.paragraphs.pop();
                notes += 1;
            }
            None => break,
        }
    }
    // "Heintz reported from Tallinn": the surname is enough here; so is a
    // statement of the writer's interests ("Jane Roe does not work for …").
    let reported_from = |text: &String| {
        (opens_with_name(text, &surnames, lang::REPORTED_FROM)
            || opens_with_a_writer(text, lang::REPORTED_FROM))
            && lines::word_count(text) <= 25
            || opens_with_a_writer(text, lang::WRITER_DISCLOSURES)
    };
    if draft.paragraphs.len() > 1 {
        draft.paragraphs.retain(|text| !reported_from(text));
    }
}

/// Whether `text` opens with one of `names`, in any case, and then one of
/// `verbs` ("Roe covers …", "Jane Roe is …").
fn opens_with_name(text: &str, names: &[&str], verbs: &[&str]) -> bool {
    names.iter().any(|name| {
        (text.get(..name.len())).is_some_and(|head| head.eq_ignore_ascii_case(name))
            && verbs
                .iter()
                .any(|verb| text[name.len()..].starts_with(verb))
    })
}

fn take_line(draft: &mut Draft, line: &Line, ctx: &CleanContext) {
    match &line.kind {
        // "Diperbarui 13 Jul 2025, 08:30 WIB" over "Diterbitkan …".
        LineKind::DateLine(published) if lines::is_update_line(&line.text) => {
            draft.updated.get_or_insert(*published);
        }
        LineKind::DateLine(published) => {
            draft.published.get_or_insert(*published);
        }
        LineKind::Byline { author, published } => {
            if draft.author.is_none() {
                draft.author.clone_from(author);
            }
            if let Some(published) = published {
                draft.published.get_or_insert(*published);
            }
        }
        LineKind::Caption(caption) => add_caption(draft, caption, &ctx.patterns),
        LineKind::Text
            if !ctx.patterns.is_section_line(&line.text) || !draft.paragraphs.is_empty() =>
        {
            let text = ctx.patterns.strip_inline_teasers(&line.text);
            if !text.is_empty() {
                draft.paragraphs.push(text);
            }
        }
        _ => {}
    }
}

fn add_caption(draft: &mut Draft, caption: &CaptionText, patterns: &Patterns) {
    // "SOLOPOS.COM - Presiden …": the outlet's address before the caption
    // (most captions open with no address and skip the search).
    let first_word = caption.text.split(' ').next().unwrap_or_default();
    let address_first = first_word.contains('.') && !first_word.ends_with('.');
    let found = address_first
        .then(|| dateline::find(&caption.text, &|name| patterns.is_outlet_name(name)))
        .flatten();
    let text = match found {
        Some(found) if found.place.is_empty() && found.marker.is_some() => {
            &caption.text[found.len..]
        }
        _ => caption.text.as_str(),
    };
    // "Foto: Presiden …" with its credit "(via REUTERS/Sputnik)".
    let text = lines::photo_label(text).map_or(text, str::trim_start);
    let credit = (caption.credit.as_deref()).map(|credit| credit.trim_start_matches("via "));
    if draft.captions.iter().any(|c| c.text == text) {
        return;
    }
    draft.captions.push(Caption {
        text: text.to_string(),
        credit: credit.map(str::to_string),
        position: draft.paragraphs.len(),
    });
}

/// Moves the dateline of the lead paragraph into the metadata (see
/// `take_found_dateline`).
fn take_dateline(draft: &mut Draft, patterns: &Patterns) -> Option<String> {
    if take_place_alone_with_colon(draft) {
        return None;
    }
    // A caption or standfirst may stand above the lead; there the dateline
    // must name its outlet ("REPUBLIKA.CO.ID, SEOUL --"), since a later
    // paragraph may open with "Lavrov: …", or follow a dash under
    // subheads that do not end as sentences do ("Kunjungan pertama …" /
    // "Jakarta - Menteri …").
    let under_subheads =
        |k: usize| (draft.paragraphs[..k].iter()).all(|p| !lines::ends_as_sentence(p));
    let (k, found) = (draft.paragraphs.iter().take(DATELINE_PARAGRAPHS))
        .enumerate()
        .find_map(|(k, p)| {
            let found = dateline::find(p, &|name| patterns.is_outlet_name_or_address(name))?;
            let prefix = &p[..found.len];
            let after_dash = prefix.contains(['-', '–', '—']);
            // "PYONGYANG, RABU — ": a place in capitals before a dash is
            // a dateline under a standfirst too.
            let in_capitals = !prefix.chars().any(char::is_lowercase);
            let shaped = after_dash && (in_capitals || under_subheads(k));
            (k == 0 || found.marker.is_some() || shaped).then_some((k, found))
        })?;
    let lead = &mut draft.paragraphs[k];
    *lead = lead[found.len..].to_string();
    take_found_dateline(draft, found, patterns)
}

/// Takes a dateline set on its own line with a colon above the lead
/// ("Vladivostok:"), under a standfirst perhaps: a known place only, since
/// a label may stand there too ("Catatan:", "UPDATE:").
fn take_place_alone_with_colon(draft: &mut Draft) -> bool {
    let found = (draft.paragraphs.iter().take(DATELINE_PARAGRAPHS))
        .position(|p| p.strip_suffix(':').is_some_and(lines::is_known_place));
    let Some(k) = found.filter(|&k| k + 1 < draft.paragraphs.len()) else {
        return false;
    };
    let place = draft.paragraphs.remove(k);
    draft.dateline = Some(dateline::title_case(place.trim_end_matches(':')));
    true
}

/// How many of the first paragraphs may open with the dateline.
const DATELINE_PARAGRAPHS: usize = 3;

/// Sets the dateline's place. A known outlet marker ("TEMPO.CO") sets the
/// outlet; an unknown name in parentheses ("WASHINGTON (Herald) -") is
/// returned as a fallback for the outlet. Of two agencies joined by a
/// hyphen ("SEOUL (Bernama-Yonhap) --"), the first publishes the story.
fn take_found_dateline(
    draft: &mut Draft,
    found: dateline::Dateline,
    patterns: &Patterns,
) -> Option<String> {
    draft.dateline = (!found.place.is_empty()).then_some(found.place);
    let marker = found.marker?;
    let first_of_joined = || {
        let (first, _) = marker.split_once('-')?;
        patterns.outlet_named(first)
    };
    draft.outlet = (patterns.outlet_for_marker(&marker))
        .or_else(|| patterns.outlet_named(&marker))
        .or_else(first_of_joined);
    draft.outlet.is_none().then_some(marker)
}

/// The outlet an address no table knows names, as the page writes it: a
/// masthead line above the headline with the address's name in words
/// ("Warta Nusa" for "wartanusa.co"), or else the address itself, as the
/// masthead or the dateline spells it ("KABARNUSA.id", "beritanusa.com").
fn outlet_of_address(lines: &[Line], headline: Option<usize>, address: &str) -> String {
    let name = address.split('.').next().unwrap_or(address).to_lowercase();
    let compact = |text: &str| -> String {
        (text.chars())
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let above = &lines[..headline.unwrap_or(0)];
    let masthead = (above.iter())
        .filter(|line| matches!(line.kind, LineKind::Text | LineKind::Furniture))
        .map(|line| line.text.as_str())
        .find(|text| compact(text) == name || text.eq_ignore_ascii_case(address));
    masthead.unwrap_or(address).to_string()
}

/// A masthead line shaped like the name of a newspaper or broadcaster the
/// outlet tables do not know: two to five capitalised words, ending with a
/// newspaper's word or opening with a publication's ("The Moscow Times",
/// "Daily NK"), and no word of a page's sections ("Daily Briefing").
fn publication_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let (first, last) = (words.first()?, words.last()?);
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase) || lang::is_among(w, &["of"]);
    let shaped = (2..=5).contains(&words.len())
        && !text.contains(|c: char| c.is_ascii_digit() || ".,:;|!?".contains(c))
        && words.iter().all(capitalised)
        && (lang::is_among(last, lang::PUBLICATION_TAILS)
            || lang::is_among(first, lang::PUBLICATION_HEADS))
        && !words.iter().any(|w| lang::is_among(w, lang::SECTION_WORDS));
    shaped.then(|| text.to_string())
}

/// A place in capitals alone on its line between the byline, date line,
/// headline (`title`) or agency's name and the lead or date line, as
/// agencies set it ("ISTANBUL"): the article's dateline. A rubric in
/// capitals ("WORLD") is no place.
fn place_over_lead(
    lines: &[Line],
    at: usize,
    title: Option<usize>,
    patterns: &Patterns,
) -> Option<dateline::Dateline> {
    let text = &lines[at].text;
    let in_capitals = lines::is_place_in_capitals(text) && !patterns.is_section_line(text);
    // Or over the date line, under the agency's name, a known place:
    // "REUTERS" / "MOSCOW" / "JUN 24, 2025 - 10:30 AM GMT+3" ("USA TODAY"
    // or "STAFF WRITER" there is no place).
    let lead_next = (lines.get(at + 1)).is_some_and(|next| {
        next.is_running_text()
            || (matches!(next.kind, LineKind::DateLine(_)) && lines::is_known_place(text))
    });
    let under_head = (lines[..at].iter().enumerate().rev())
        .find(|(_, l)| !matches!(l.kind, LineKind::Furniture | LineKind::Caption(_)))
        .is_some_and(|(above, l)| {
            Some(above) == title
                || matches!(l.kind, LineKind::DateLine(_) | LineKind::Byline { .. })
                || (l.kind == LineKind::Text && patterns.is_outlet_name(&l.text))
        });
    (in_capitals && lead_next && under_head).then(|| dateline::Dateline {
        place: dateline::title_case(text),
        marker: None,
        len: text.len(),
    })
}

/// The words before the first figure of a date line, less the marks
/// that set them apart: "Philippine Daily Inquirer / 06:30 AM June 20, 2024"
/// → "Philippine Daily Inquirer".
fn name_before_date(text: &str) -> &str {
    let figure = text
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(text.len());
    text[..figure].trim_end_matches(|c: char| c.is_whitespace() || "/|-–—,:•·".contains(c))
}

/// An outlet's name run together with its section's, as a one-word
/// masthead: "kumparanNEWS" → "kumparan", "detikNews" → "detik".
fn brand_before_section<'t>(word: &'t str, patterns: &Patterns) -> Option<&'t str> {
    let bytes = word.as_bytes();
    let at = (1..bytes.len())
        .find(|&at| bytes[at - 1].is_ascii_lowercase() && bytes[at].is_ascii_uppercase())?;
    patterns.is_section_line(&word[at..]).then(|| &word[..at])
}

/// A short text line above the lead that does not end as a sentence does:
/// an outlet's name, a rubric, "0 komentar", a dateline alone.
fn is_masthead_text(line: &Line) -> bool {
    line.kind == LineKind::Text
        && lines::word_count(&line.text) <= 8
        && !lines::ends_as_sentence(&line.text)
}

/// The headline: the text line right before the byline or date line when it
/// is shaped like one, in title or sentence case ("Japan, Australia sign
/// defence pact"); or else the first text line before the body starts that
/// reads like one (a masthead above, "BBC Homepage", is passed over when
/// the byline shows which line heads the story; a rubric line, "Internasional
/// korea utara rusia", never heads it).
fn headline_index(lines: &[Line], patterns: &Patterns) -> Option<usize> {
    let mut first = None;
    let mut last_text: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        match line.kind {
            // A standfirst that reads as running text above the byline or
            // date line does not open the body.
            LineKind::Text
                if opens_the_body(&line.text, patterns)
                    && !byline_or_date_soon(lines, i)
                    && !headline_over_byline_next(lines, i) =>
            {
                // A sentence-case headline right above a standfirst that
                // reads as running text ("… arms deal.").
                let sentence_case = last_text.filter(|&above: &usize| {
                    let text = &lines[above].text;
                    lines::word_count(text) >= 5
                        && is_sentence_case_headline(text)
                        && !patterns.is_section_line(text)
                });
                // The line over a standfirst heads the story rather than a
                // masthead's motto above it ("TASS" / "Russian News Agency").
                let over_standfirst = last_text.and_then(|at| headline_above_standfirst(lines, at));
                return over_standfirst.or(first).or(sentence_case);
            }
            // The outlet's name is its masthead, and so is a newspaper's
            // name right over the date line ("The Example Times").
            LineKind::Text if patterns.is_outlet_name(&line.text) => {}
            LineKind::Text
                if publication_name(&line.text).is_some()
                    && (lines.get(i + 1)).is_some_and(|next| {
                        matches!(next.kind, LineKind::DateLine(_) | LineKind::Byline { .. })
                    }) => {}
            LineKind::Text => {
                if first.is_none()
                    && is_headline(&line.text)
                    && !patterns.is_section_line(&line.text)
                {
                    first = Some(i);
                }
                // A rubric of a word or two under the headline ("World")
                // does not hide it.
                if last_text.is_none() || lines::word_count(&line.text) > 2 {
                    last_text = Some(i);
                }
            }
            // "The Japan News" / "by The Yomiuri Shimbun": a masthead's
            // tagline, the story's headline and date line still to come.
            LineKind::Byline {
                author: None,
                published: None,
            } if headline_then_date_line(lines, i, patterns) => {}
            LineKind::DateLine(_) | LineKind::Byline { .. } => {
                // A rubric of two words over a date line that tops the
                // story ("Top News" / "June 19, 2024") does not head it.
                let shaped = |&i: &usize| {
                    let text = &lines[i].text;
                    !patterns.is_section_line(text)
                        && lines::word_count(text) >= MIN_HEADLINE_WORDS
                        && (is_headline(text) || is_sentence_case_headline(text))
                };
                let first =
                    first.filter(|&i| lines::word_count(&lines[i].text) >= MIN_HEADLINE_WORDS);
                let headline = last_text
                    .map(|i| {
                        (headline_above_standfirst(lines, i))
                            .or_else(|| headline_above_subhead(lines, i))
                            .unwrap_or(i)
                    })
                    .filter(shaped);
                if let Some(headline) = headline.or(first) {
                    return Some(headline);
                }
            }
            LineKind::TailStart | LineKind::SignOff => return first,
            _ => {}
        }
    }
    first
}

/// Whether a line shaped like a headline, of five words or more, comes
/// after the line at `at` and then a date line.
fn headline_then_date_line(lines: &[Line], at: usize, patterns: &Patterns) -> bool {
    let mut headline = false;
    for line in &lines[at + 1..] {
        match line.kind {
            LineKind::DateLine(_) => return headline,
            LineKind::Text if line.is_running_text() => return false,
            LineKind::Text => {
                let text = &line.text;
                headline |= lines::word_count(text) >= 5
                    && !patterns.is_outlet_name(text)
                    && (is_headline(text) || is_sentence_case_headline(text));
            }
            _ => {}
        }
    }
    false
}

/// The fewest words of a headline over a byline or date line.
const MIN_HEADLINE_WORDS: usize = 3;

/// Whether a byline or date line is among the two lines after `at`, leaving
/// out furniture and captions ("Share full article", the photo).
fn byline_or_date_soon(lines: &[Line], at: usize) -> bool {
    (lines[at + 1..].iter())
        .filter(|l| !matches!(l.kind, LineKind::Furniture | LineKind::Caption(_)))
        .take(2)
        .any(|l| matches!(l.kind, LineKind::DateLine(_) | LineKind::Byline { .. }))
}

/// Whether the line after `at` is a headline in title case with a byline or
/// date line soon under it: a rubric's motto that reads as a sentence ("An
/// expert's point of view on a current event.") is over the story, not in it.
fn headline_over_byline_next(lines: &[Line], at: usize) -> bool {
    lines.get(at + 1).is_some_and(|next| {
        byline_or_date_soon(lines, at + 1) && is_headline_line(next) && is_headline(&next.text)
    })
}

/// The headline above a standfirst that ends at `at`: the text line right
/// above a standfirst line, shaped like a headline and shorter than it; or,
/// where lines in sentence case run above it (a standfirst of two or three
/// lines: "… 'sacred struggle' against the West" / "US officials say …"),
/// the line that tops the run, whatever its length. (A line in title case
/// above the headline, another story's, is no standfirst's top.)
fn headline_above_standfirst(lines: &[Line], at: usize) -> Option<usize> {
    if !is_standfirst(&lines[at]) {
        return None;
    }
    let above = at.checked_sub(1)?;
    if !is_headline_line(&lines[above]) {
        return None;
    }
    let in_sentence_case = |k: usize| is_headline_line(&lines[k]) && !is_headline(&lines[k].text);
    let top = climb(above, |top, over| {
        in_sentence_case(top) && is_standfirst(&lines[top]) && in_sentence_case(over)
    });
    let tops_the_run = |k: usize| {
        k.checked_sub(1)
            .is_none_or(|over| !is_headline_line(&lines[over]))
    };
    if top != above && tops_the_run(top) {
        return Some(top);
    }
    (lines::word_count(&lines[above].text) < lines::word_count(&lines[at].text)).then_some(above)
}

/// The headline above a subhead at `at`: a line shaped like a headline, of
/// five words or more, right above a subhead in sentence case no longer
/// than it
/// ("Putin Kunjungi Korea Utara, Teken Pakta Pertahanan dengan Kim Jong Un"
/// / "Kunjungan pertama Putin ke Pyongyang dalam 24 tahun"; "Russia, North
/// Korea deepen ties as Kim eyes Moscow visit" / "Analysts see space and
/// missile technology on the table"), or above a standfirst of a sentence
/// or two. A kicker above a headline is shorter than five words.
fn headline_above_subhead(lines: &[Line], at: usize) -> Option<usize> {
    let subhead = &lines[at];
    let above = at.checked_sub(1)?;
    let headline = &lines[above];
    let words = |line: &Line| lines::word_count(&line.text);
    // A subhead in sentence case is the shorter; a standfirst that reads
    // as running text may be the longer.
    let standfirst = subhead.is_running_text();
    let subhead_shaped = is_headline_line(subhead)
        && lines::is_mostly_lowercase(&subhead.text)
        && words(subhead) * 2 <= words(headline) * 3;
    if !((standfirst || subhead_shaped) && is_headline_line(headline) && words(headline) >= 5) {
        return None;
    }
    // Summary points under the headline, each a line in sentence case
    // ("The pair signed a pact on Wednesday" / "Putin gifted Kim a car
    // earlier this year"): the longer line over them heads the story.
    Some(climb(above, |top, over| {
        is_headline_line(&lines[over]) && words(&lines[over]) > words(&lines[top])
    }))
}

/// The line up to `MAX_STANDFIRST_LINES - 1` lines above `from` that a
/// climb reaches while `goes_on(top, over)` holds of the line reached and
/// the one above it.
fn climb(from: usize, goes_on: impl Fn(usize, usize) -> bool) -> usize {
    let mut top = from;
    for _ in 1..MAX_STANDFIRST_LINES {
        match top.checked_sub(1) {
            Some(over) if goes_on(top, over) => top = over,
            _ => break,
        }
    }
    top
}

/// The most lines a standfirst takes under its headline.
const MAX_STANDFIRST_LINES: usize = 3;

/// A summary under the headline: a text line of a dozen words or more, or
/// eight with a clause after a comma.
fn is_standfirst(line: &Line) -> bool {
    let words = lines::word_count(&line.text);
    line.kind == LineKind::Text && words >= 8 && (words >= 12 || line.text.contains(", "))
}

/// A text line of four words or more shaped like a headline, in title or
/// sentence case (a breadcrumb, "Asia / East Asia", has fewer words).
fn is_headline_line(line: &Line) -> bool {
    let text = &line.text;
    let words = (text.split_whitespace())
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count();
    line.kind == LineKind::Text
        && words >= 4
        && (is_headline(text) || is_sentence_case_headline(text))
}

/// A headline less a wire service's tag in front: "(LEAD) N. Korea's Kim
/// arrives …", "(2nd LD) …", "(URGENT) …".
fn without_wire_tag(headline: &str) -> &str {
    let Some((tag, rest)) = (headline.strip_prefix('(')).and_then(|inside| inside.split_once(')'))
    else {
        return headline;
    };
    let ordinal_lead = |word: &str| {
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    };
    let is_tag = !tag.is_empty()
        && tag.len() <= 24
        && tag
            .split([' ', ','])
            .filter(|word| !word.is_empty())
            .all(|word| !word.chars().any(char::is_lowercase) || ordinal_lead(word));
    match is_tag && tag.chars().any(char::is_uppercase) && !rest.trim().is_empty() {
        true => rest.trim_start(),
        false => headline,
    }
}

/// Running text, or a lead with its dateline ("Moskow: Rusia siap."); a
/// headline may open like a dateline ("Menlu Retno: Indonesia Siap …") but
/// does not end as a sentence does.
fn opens_the_body(text: &str, patterns: &Patterns) -> bool {
    lines::is_running_text(text)
        || (lines::ends_as_sentence(text)
            && dateline::find(text, &|name| patterns.is_outlet_name(name)).is_some())
}

/// Three to 25 words opening with a capital, not ending like a sentence part.
fn is_sentence_case_headline(text: &str) -> bool {
    let text = without_wire_tag(text);
    (3..=25).contains(&lines::word_count(text))
        && text.chars().next().is_some_and(char::is_uppercase)
        && !text.ends_with(['.', ',', ';', ':'])
}

/// Short, not ending like a sentence, mostly capitalised words.
fn is_headline(text: &str) -> bool {
    let text = without_wire_tag(text);
    let words = lines::word_count(text);
    if !(2..=25).contains(&words) || text.ends_with(['.', ',', ';', ':']) {
        return false;
    }
    let capitalised = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
        .count();
    let ends_like_question = text.ends_with(['?', '!']);
    capitalised * 2 >= words && (!ends_like_question || words <= 15)
}

fn clean_markdown(body: &str) -> Draft {
    let mut draft = Draft::default();
    // memmem's vector search: `str::find` scans a whole body for the marker
    // several times slower, and nearly every body has none.
    let marker = crate::emit::RELATED_MARKER.as_bytes();
    let body = memchr::memmem::find(body.as_bytes(), marker).map_or(body, |at| &body[..at]);
    for block in markdown_blocks(body) {
        let heading = block.strip_prefix("# ").map(str::trim);
        match heading {
            Some(title) if draft.title.is_none() && draft.paragraphs.is_empty() => {
                draft.title = Some(title.to_string());
            }
            _ => draft.paragraphs.push(block),
        }
    }
    draft
}

/// Splits Markdown into blocks at blank lines, keeping fenced code blocks whole.
pub fn markdown_blocks(body: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut fence: Option<&str> = None;
    for line in body.lines() {
        let trimmed = line.trim_start();
        match fence {
            Some(marker) if trimmed.starts_with(marker) => fence = None,
            None if trimmed.starts_with("```") || trimmed.starts_with("~~~") => {
                fence = Some(&trimmed[..3])
            }
            None if line.trim().is_empty() => {
                if !current.is_empty() {
                    blocks.push(current.join("\n"));
                    current.clear();
                }
                continue;
            }
            _ => {}
        }
        current.push(line);
    }
    if !current.is_empty() {
        blocks.push(current.join("\n"));
    }
    blocks
}

/// Applies front matter, infers what is missing, and checks the values given.
fn finish(source: &Source, draft: Draft, ctx: &CleanContext) -> Result<Article, Vec<Diagnostic>> {
    let fm = &source.front_matter;
    let mut problems = Vec::new();
    let given_date = fm.date.as_deref().and_then(|text| {
        let parsed = Published::parse_iso(text);
        if parsed.is_none() {
            problems.push(
                Diagnostic::error(
                    source.key_location("date"),
                    format!("date {text:?} is not a date"),
                )
                .with_help("write the date as YYYY-MM-DD or RFC 3339 (2019-04-24T07:21:00+07:00)"),
            );
        }
        parsed
    });
    let (published, published_inferred) = match (given_date, draft.published) {
        (Some(date), _) | (None, Some(date)) => (Some(date), false),
        (None, None) => {
            let inferred = latest_full_date(&draft.paragraphs);
            (inferred, inferred.is_some())
        }
    };
    let (title, title_inferred) = match (&fm.title, &draft.title) {
        (Some(title), _) | (None, Some(title)) => (title.clone(), false),
        (None, None) => (
            lead_sentence_title(&draft.paragraphs, &source.file_name),
            true,
        ),
    };
    let slug = match &fm.slug {
        Some(given) => {
            if let Err(reason) = slug::check(given) {
                problems.push(
                    Diagnostic::error(source.key_location("slug"), format!("slug {given:?} {reason}"))
                        .with_help("use lower-case letters, digits and hyphens only, e.g. 2019-04-25-putin-kim"),
                );
            }
            given.clone()
        }
        None => slug::for_article(published.map(|p| p.date), &title),
    };
    if let Some(url) = fm.url.as_deref().filter(|u| !is_web_url(u)) {
        problems.push(
            Diagnostic::error(
                source.key_location("url"),
                format!("url {url:?} is not an http or https address"),
            )
            .with_help("give the original article's address, starting with https:// or http://"),
        );
    }
    let lang = fm
        .lang
        .clone()
        .or_else(|| {
            lang::detect_in(draft.paragraphs.iter().map(String::as_str)).map(str::to_string)
        })
        .unwrap_or_else(|| ctx.default_lang.clone());
    let outlet = fm.outlet.clone().or(draft.outlet).or_else(|| {
        fm.url
            .as_deref()
            .and_then(|url| ctx.patterns.outlet_in_text(url))
    });
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Article {
        path: source.path.clone(),
        source_file: source.file_name.clone(),
        kind: source.kind,
        meta: Meta {
            title,
            title_inferred,
            published,
            published_inferred,
            outlet,
            author: fm.author.clone().or(draft.author),
            dateline: fm.dateline.clone().or(draft.dateline),
            url: fm.url.clone(),
            lang,
            slug_given: fm.slug.is_some(),
            slug,
            description: fm.description.clone(),
            tags: fm.tags.clone(),
        },
        captions: if draft.captions.is_empty() {
            given_captions(fm)
        } else {
            draft.captions
        },
        paragraphs: draft.paragraphs,
        credits: draft.credits,
        front_matter: fm.clone(),
        raw_fingerprint: crate::fingerprint(&[&source.body]),
    })
}

fn given_captions(fm: &ArticleFrontMatter) -> Vec<Caption> {
    fm.captions
        .iter()
        .map(|c| Caption {
            text: c.text.clone(),
            credit: c.credit.clone(),
            position: c.position,
        })
        .collect()
}

/// The latest date with a year named in the text: the best guess of when it was written.
/// Whether a link is a web address: readers' browsers follow only those.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !lower.contains(['<', '>', '"', ' '])
}

fn latest_full_date(paragraphs: &[String]) -> Option<Published> {
    paragraphs
        .iter()
        .flat_map(|p| calendar::find_full_dates(p))
        .map(|found| Published::day(found.published.date))
        .max()
}

const INFERRED_TITLE_MAX_WORDS: usize = 14;

/// An honest stand-in headline: the article's first sentence, shortened.
fn lead_sentence_title(paragraphs: &[String], file_name: &str) -> String {
    let Some(lead) = paragraphs.iter().find(|p| !p.trim().is_empty()) else {
        return file_name.to_string();
    };
    let sentence = first_sentence(lead);
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() <= INFERRED_TITLE_MAX_WORDS {
        return sentence.trim_end_matches('.').to_string();
    }
    format!(
        "{} …",
        words[..INFERRED_TITLE_MAX_WORDS - 2]
            .join(" ")
            .trim_end_matches(',')
    )
}

/// Text up to the first full stop that ends a sentence.
pub fn first_sentence(text: &str) -> &str {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '!' | '?') {
            match chars.peek() {
                None => return text,
                Some((_, next)) if next.is_whitespace() => {
                    let rest = text[i + 1..].trim_start();
                    if rest
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || "\"“".contains(c))
                    {
                        return &text[..=i];
                    }
                }
                _ => {}
            }
        }
    }
    text
}

#[cfg(test)]
mod tests;
