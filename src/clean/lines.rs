//! Lines of a raw capture → `Line`s, each classified once: furniture, the start
//! of the page's tail, an editor's sign-off, a date line, a byline, a photo
//! caption with its credit, or text (headline or body paragraph).

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::patterns::{normalize, BareLabel, Patterns};
use crate::calendar::{self, Published};
use crate::lang;

/// A photo caption and its credit ("Foto: AFP/STR").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptionText {
    /// What the photo shows.
    pub text: String,
    /// Who took or supplied it.
    pub credit: Option<String>,
}

impl CaptionText {
    /// A caption with its credit, both trimmed.
    fn credited(text: &str, credit: &str) -> CaptionText {
        CaptionText {
            text: text.trim().to_string(),
            credit: Some(credit.trim().to_string()),
        }
    }
}

/// What a line of a capture is.
#[derive(Debug, Clone, PartialEq)]
pub enum LineKind {
    /// Page furniture: dropped.
    Furniture,
    /// Opens the page's tail (related articles, footer): it and all after it are dropped.
    TailStart,
    /// Editor's initials closing the article ("(FJR)"): dropped; the body ends here.
    SignOff,
    /// A line that is only a date (and time).
    DateLine(Published),
    /// An author line, possibly with a date ("Willy Haryono • 24 April 2019 07:21").
    Byline {
        /// The author's name.
        author: Option<String>,
        /// The date on the line.
        published: Option<Published>,
    },
    /// A photo caption.
    Caption(CaptionText),
    /// Headline or body text.
    Text,
}

/// One non-blank line of a capture.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The line, trimmed.
    pub text: String,
    /// What it is.
    pub kind: LineKind,
}

impl Line {
    /// Whether the line is text of the story's body: running text, not
    /// furniture, a caption or a headline.
    pub fn is_running_text(&self) -> bool {
        self.kind == LineKind::Text && is_running_text(&self.text)
    }
}

/// The most headlines a bare teaser marker ("Baca Juga") takes after it.
const MAX_TEASER_HEADLINES: usize = 3;

/// Lines shorter than this many words that occur this often are furniture.
const REPEATED_FURNITURE_MIN_COUNT: usize = 3;
const REPEATED_FURNITURE_MAX_WORDS: usize = 12;

/// Splits a capture into trimmed non-blank lines and classifies each.
pub fn classify(body: &str, patterns: &Patterns) -> Vec<Line> {
    let mut texts: Vec<String> = body
        .lines()
        .map(clean_spaces)
        .filter(|l| !l.is_empty())
        .collect();
    let repeated = repeated_short_lines(&texts);
    let mut lines = Vec::with_capacity(texts.len());
    let mut in_tail = false;
    let mut body_started = false;
    // Headlines of a block of teasers still to come after a bare marker.
    let mut teaser_headlines = 0;
    // A caption label alone on its line ("Keterangan gambar,"): the caption
    // is the next line.
    let mut caption_due = false;
    // The source of a photo from its own line ("Sumber gambar, Reuters"),
    // for the caption that follows it.
    let mut photo_source: Option<String> = None;
    // No running text since the byline or date line (or the page's top):
    // a caption with its source in brackets may still come.
    let mut above_lead = true;
    // The line after "list 1 of 4" is the list's item.
    let mut list_item_due = false;
    // A label alone on its line ("Oleh :", "Editor :"): the name is the next line.
    let mut name_due: Option<BareLabel> = None;
    for at in 0..texts.len() {
        let text = std::mem::take(&mut texts[at]);
        let labelled = name_due
            .take()
            .filter(|_| looks_like_name(text.trim_end_matches(',')));
        let mut kind = if in_tail || std::mem::take(&mut list_item_due) {
            LineKind::Furniture
        } else if let Some(label) = labelled {
            match label {
                BareLabel::Author => LineKind::Byline {
                    author: Some(text.trim_end_matches(',').to_string()),
                    published: None,
                },
                BareLabel::Credit => LineKind::Furniture,
            }
        } else if let Some(label) = patterns.bare_label(&text) {
            name_due = Some(label);
            LineKind::Furniture
        } else if body_started
            && (patterns.is_credit_line(&text)
                || (agency_signing_off(&text, patterns).is_some()
                    || is_outlet_and_rubric(&text, patterns)
                    || word_count(&text) == 1 && is_contact_line(&text))
                    && story_above(&lines))
        {
            if agency_signing_off(&text, patterns).is_some()
                && credits_a_caption_over_the_story(&lines, &texts[at + 1..])
            {
                // "Associated Press" under a video's caption, the story after.
                credit_the_caption_above(&mut lines, &text);
                // The caption was the only running text.
                (body_started, above_lead) = (false, true);
                LineKind::Furniture
            } else {
                // "Reporting by …", or the agency's name alone: "REUTERS".
                LineKind::SignOff
            }
        } else if teaser_headlines > 0
            && !is_running_text(&text)
            && !is_sign_off(&text)
            && !patterns.is_tail_marker(&text)
        {
            LineKind::Furniture
        } else if let Some(credit) = above_lead
            .then(|| photo_credit_before_caption(&texts[at + 1..], &text, patterns))
            .flatten()
        {
            // "Foto: AP Photo/Jane Roe" over its caption, the lead after it
            // (before a credit line that would go to the line above).
            photo_source = Some(credit.to_string());
            caption_due = true;
            LineKind::Furniture
        } else if let Some(credit) =
            (patterns.caption_credit(&text)).or_else(|| labelled_photo_credit(&text))
        {
            if !is_lead_above_a_credit(&lines, &texts[at + 1..], patterns) {
                credit_the_caption_above(&mut lines, credit);
            }
            // The line above may have been the only running text so far.
            body_started = lines.iter().any(Line::is_running_text);
            above_lead = !(lines.iter().rev())
                .take_while(|l| !matches!(l.kind, LineKind::DateLine(_) | LineKind::Byline { .. }))
                .any(Line::is_running_text);
            LineKind::Furniture
        } else if let Some(source) = patterns.image_source(&text) {
            photo_source = Some(source.to_string());
            LineKind::Furniture
        } else if std::mem::take(&mut caption_due) {
            LineKind::Caption(caption(&text).unwrap_or_else(|| CaptionText {
                text: text.clone(),
                credit: None,
            }))
        } else if patterns.is_bare_caption_label(&text) {
            caption_due = true;
            LineKind::Furniture
        } else if let Some(found) = above_lead
            .then(|| {
                credited_caption(&text, patterns).or_else(|| agency_after_sentence(&text, patterns))
            })
            .flatten()
        {
            LineKind::Caption(found)
        } else {
            match classify_line(&text, patterns, &repeated) {
                // Last of all: "… Kim Jong-un/Net" above the lead.
                LineKind::Text if above_lead => {
                    glued_credit(&text, patterns).map_or(LineKind::Text, LineKind::Caption)
                }
                kind => kind,
            }
        };
        // "Related Topics" or "Follow us" between the byline and the lead:
        // the tail has not begun, but a list may follow the marker.
        let marks_a_list =
            kind == LineKind::TailStart && above_lead && lead_follows(&texts[at + 1..]);
        if marks_a_list {
            kind = LineKind::Furniture;
        }
        if matches!(kind, LineKind::TailStart | LineKind::SignOff) {
            in_tail = true;
        }
        // A bare marker is furniture: other lines are not asked again.
        let furniture = kind == LineKind::Furniture;
        list_item_due = furniture && list_landmark(&text) == Some(ListLandmark::Item);
        teaser_headlines = match marks_a_list || furniture && patterns.is_bare_teaser_marker(&text)
        {
            true => MAX_TEASER_HEADLINES,
            // "list 1 of 4" between the headlines counts none.
            false if furniture && list_landmark(&text).is_some() => teaser_headlines,
            false if furniture => teaser_headlines.saturating_sub(1),
            false => 0,
        };
        match &mut kind {
            LineKind::Caption(caption) if caption.credit.is_none() => {
                caption.credit = photo_source.take();
            }
            LineKind::Text => photo_source = None,
            _ => {}
        }
        let running = kind == LineKind::Text && is_running_text(&text);
        body_started |= running;
        above_lead = match kind {
            LineKind::DateLine(_) | LineKind::Byline { .. } => true,
            _ => above_lead && !running,
        };
        lines.push(Line { text, kind });
    }
    take_time_under_date_line(&mut lines);
    mark_unlabelled_bylines(&mut lines, patterns);
    mark_bare_writer_line(&mut lines, patterns);
    mark_caption_titles(&mut lines);
    mark_trailing_topics(&mut lines);
    mark_share_columns(&mut lines);
    lines
}

/// Whether running text stands under the last date line or byline above,
/// or more of it than a headline: an agency's or outlet's name alone signs
/// a story off only after some ("BBC News" under a headline that reads as
/// a sentence and its writer opens the story).
fn story_above(lines: &[Line]) -> bool {
    let heading = |l: &Line| matches!(l.kind, LineKind::DateLine(_) | LineKind::Byline { .. });
    let after_heading = lines.iter().rposition(heading).map_or(0, |at| at + 1);
    lines[after_heading..].iter().any(Line::is_running_text)
        && (after_heading > 0
            || lines
                .iter()
                .filter(|l| l.is_running_text())
                .nth(1)
                .is_some())
}

/// A time alone on the line under a date line with no time is the date
/// line's: "Tuesday, 19 Nov 2024" / "9:35 PM MYT".
fn take_time_under_date_line(lines: &mut [Line]) {
    for at in 1..lines.len() {
        let LineKind::DateLine(published) = lines[at - 1].kind else {
            continue;
        };
        if published.time.is_some() || lines[at].kind != LineKind::Text {
            continue;
        }
        if let Some((time, offset)) = calendar::time_alone(&lines[at].text, published.date) {
            lines[at - 1].kind = LineKind::DateLine(Published {
                time: Some(time),
                offset_minutes: offset,
                ..published
            });
            lines[at].kind = LineKind::Furniture;
        }
    }
}

/// A video's or gallery's title over its caption, under the byline or date
/// line and above the lead ("Putin visits North Korea for first time in 24
/// years" / its caption / the lead): furniture, as the caption is no part
/// of the body.
fn mark_caption_titles(lines: &mut [Line]) {
    let mut under_byline = false;
    for at in 0..lines.len().saturating_sub(1) {
        match &lines[at].kind {
            LineKind::DateLine(_) | LineKind::Byline { .. } => under_byline = true,
            LineKind::Text if lines[at].is_running_text() => return,
            LineKind::Text
                if under_byline
                    && word_count(&lines[at].text) >= MIN_CAPTION_TITLE_WORDS
                    && matches!(lines[at + 1].kind, LineKind::Caption(_)) =>
            {
                lines[at].kind = LineKind::Furniture;
            }
            _ => {}
        }
    }
}

/// Topics' chips one to a line where the page ends, with no marker above
/// them ("North Korea" / "Russia" / "Security"): two or more short lines in
/// capitals after the last running text.
fn mark_trailing_topics(lines: &mut [Line]) {
    let is_chip = |line: &Line| {
        line.kind == LineKind::Text
            && (1..=MAX_TOPIC_WORDS).contains(&word_count(&line.text))
            && line.text.starts_with(char::is_uppercase)
            && !line.text.ends_with(['.', '!', '?', ':'])
    };
    let chips = lines.iter().rev().take_while(|line| is_chip(line)).count();
    if chips >= 2 {
        let from = lines.len() - chips;
        for line in &mut lines[from..] {
            line.kind = LineKind::Furniture;
        }
    }
}

/// The most words of a topic's chip.
const MAX_TOPIC_WORDS: usize = 3;

/// The fewest words of a caption's title (a writer's name alone has fewer).
const MIN_CAPTION_TITLE_WORDS: usize = 4;

/// Share buttons one to a line ("Email" / "X (Twitter)" / "Facebook" /
/// "LinkedIn"): a share word alone in capitals, which might head a
/// section on its own, is furniture beside another share line.
fn mark_share_columns(lines: &mut [Line]) {
    let is_share_word = |line: &Line| {
        line.text.len() <= MAX_SHARE_WORD_BYTES
            && !line.text.contains(' ')
            && lang::is_among(line.text.as_str(), lang::SHARE_WORDS)
    };
    let is_share_line = |line: &Line| is_share_word(line) || is_share_row(&line.text);
    for at in 0..lines.len() {
        if lines[at].kind != LineKind::Text || !is_share_word(&lines[at]) {
            continue;
        }
        let beside = (at.checked_sub(1).map(|above| &lines[above]))
            .into_iter()
            .chain(lines.get(at + 1))
            .any(is_share_line);
        if beside {
            lines[at].kind = LineKind::Furniture;
        }
    }
}

/// The longest share word ("messenger", "whatsapp"), in bytes.
const MAX_SHARE_WORD_BYTES: usize = 10;

/// A writer's name alone on its line at the head of the story, under the
/// date line or the headline with the photo or the lead next: "Dave
/// Lawler". Only where no line names the writer otherwise; a name another
/// line mentions is the story's topic ("Kim Jong Un") or its editor
/// ("Editor: …"), not its writer.
fn mark_bare_writer_line(lines: &mut [Line], patterns: &Patterns) {
    let named = |line: &Line| {
        matches!(
            line.kind,
            LineKind::Byline {
                author: Some(_),
                ..
            }
        )
    };
    if lines.iter().any(named) {
        return;
    }
    let lead = (lines.iter().position(Line::is_running_text)).unwrap_or(lines.len());
    let Some(at) = (1..lead).find(|&at| is_bare_writer_line(lines, at, patterns)) else {
        return;
    };
    let name = &lines[at].text;
    let mentioned = |word: &str| {
        let words = |line: &'_ Line| {
            (line.text.split(|c: char| !c.is_alphanumeric() && c != '-')).any(|other| other == word)
        };
        (lines.iter().enumerate()).any(|(other, line)| other != at && words(line))
    };
    if !name.split_whitespace().any(mentioned) || signs_off_again(lines, at) {
        lines[at].kind = LineKind::Byline {
            author: Some(name.clone()),
            published: None,
        };
    }
}

/// Whether the name on the line at `at` stands alone again after the body
/// and its other mentions are all there: "Jung Min-ho" under the date line
/// and again under the story, by the writer's address.
fn signs_off_again(lines: &[Line], at: usize) -> bool {
    let name = &lines[at].text;
    let last_text = lines.iter().rposition(Line::is_running_text).unwrap_or(0);
    let again = |line: &Line| &line.text == name;
    let elsewhere = |line: &Line| line.text.contains(name.as_str()) && !again(line);
    lines[last_text..].iter().any(again)
        && !lines
            .iter()
            .enumerate()
            .any(|(i, line)| i != at && elsewhere(line))
}

/// Whether the line at `at` is a name of two or three words alone, under
/// the date line or a headline-shaped line, with a photo's caption or the
/// lead after it.
fn is_bare_writer_line(lines: &[Line], at: usize, patterns: &Patterns) -> bool {
    let (above, line) = (&lines[at - 1], &lines[at]);
    let under_the_head = || {
        matches!(above.kind, LineKind::DateLine(_))
            || (above.kind == LineKind::Text
                && word_count(&above.text) >= 4
                && !ends_as_sentence(&above.text))
    };
    let photo_or_lead = || {
        let next = lines[at + 1..]
            .iter()
            .find(|l| l.kind != LineKind::Furniture);
        next.is_some_and(|next| {
            matches!(
                next.kind,
                LineKind::Caption(_) | LineKind::Byline { author: None, .. }
            ) || next.is_running_text()
        })
    };
    line.kind == LineKind::Text
        && (2..=3).contains(&word_count(&line.text))
        && under_the_head()
        && photo_or_lead()
        && looks_like_name(&line.text)
        && !is_known_place(&line.text)
        && !patterns.is_section_line(&line.text)
        && !patterns.is_outlet_name(&line.text)
}

/// The most lines between a marker of the page's tail and the lead for the
/// marker to be furniture above the lead instead.
const LEAD_WITHIN_LINES: usize = 3;

/// Whether running text (the lead) comes within the next few lines.
fn lead_follows(after: &[String]) -> bool {
    after
        .iter()
        .take(LEAD_WITHIN_LINES)
        .any(|text| is_running_text(text))
}

/// Whether an agency's name alone, after `lines` and before `after`, credits
/// the caption right above it rather than signing the story off: the
/// caption is the only running text so far, and the story follows.
fn credits_a_caption_over_the_story(lines: &[Line], after: &[String]) -> bool {
    let mut running = lines.iter().filter(|line| line.is_running_text());
    let caption_alone = running.next().is_some() && running.next().is_none();
    caption_alone && lines.last().is_some_and(Line::is_running_text) && lead_follows(after)
}

/// The credit on a line "Foto: AP Photo/Jane Roe" above the lead when the
/// next line is its caption: a short line followed by the lead's dateline
/// ("REPUBLIKA.CO.ID, MOSKOW -- …").
fn photo_credit_before_caption<'t>(
    after: &[String],
    text: &'t str,
    patterns: &Patterns,
) -> Option<&'t str> {
    // "KCNA VIA KNS/AFP": a credit in capitals that names an agency needs
    // no label.
    let credit = match photo_label(text) {
        Some(credit) => credit,
        None if is_agency_credit_in_capitals(text, patterns) => text,
        None => return None,
    };
    if !is_short_credit(credit) {
        return None;
    }
    let [caption, lead, ..] = after else {
        return None;
    };
    let dated_lead = super::dateline::find(lead, &|name| patterns.is_outlet_name(name)).is_some();
    (word_count(caption) <= MAX_CAPTION_WORDS && dated_lead).then(|| credit.trim())
}

/// What follows a "Foto:" or "Photo:" label: a credit or a caption.
pub fn photo_label(text: &str) -> Option<&str> {
    let (label, rest) = text.split_once(':')?;
    lang::is_among(label.trim(), &["foto", "photo"]).then_some(rest)
}

/// A credit's length and shape: a few words, no sentence.
fn is_short_credit(credit: &str) -> bool {
    (1..=8).contains(&word_count(credit)) && !ends_as_sentence(credit)
}

/// A photo's credit under its caption after a label a caption may take
/// too, told by its parts apart by slashes or "via" and no sentence or
/// bracket in it: "Foto: Sputnik/Kremlin Pool Photo via AP" (not "Foto:
/// Kapal bersandar. (via REUTERS/Sputnik)").
fn labelled_photo_credit(text: &str) -> Option<&str> {
    let credit = photo_label(text)?.trim();
    let parted = credit.contains('/') || credit.contains(" via ") || credit.contains(" VIA ");
    let one_part_of_text = !credit.contains(['(', ')']) && !credit.contains(". ");
    (parted && one_part_of_text && is_short_credit(credit)).then_some(credit)
}

/// A photo's credit in capitals, its parts apart by slashes or "via", one
/// of them a known agency: "KCNA VIA KNS/AFP", "REUTERS/KIM HONG-JI". (A
/// masthead in capitals, "GLOBAL TIMES", has no parts.)
fn is_agency_credit_in_capitals(text: &str, patterns: &Patterns) -> bool {
    let mut parts = text.split(['/']).flat_map(|part| part.split(" VIA "));
    // Most lines have a lower-case letter: they are turned away first.
    !text.chars().any(char::is_lowercase)
        && (text.contains('/') || text.contains(" VIA "))
        && (1..=6).contains(&word_count(text))
        && parts.any(|part| patterns.is_outlet_name(part.trim()))
}

/// The most words of a line a photo's credit under it makes a caption.
const MAX_CAPTION_WORDS: usize = 50;

/// Gives a credit on its own line ("Credit: Kremlin.ru") to the caption
/// above it: a caption already found, or a text line short enough to be one.
/// Whether the line above a photo's credit is the story's lead, not the
/// photo's caption: the first running text under the byline or date line,
/// a sentence of a lead's length that does not end with a caption's date,
/// when the next paragraph does not open with a dateline (where one does,
/// the story starts there and the line above is the caption: "LONDON --
/// Russian President …" under "… attend a signing ceremony" / "Gavriil
/// Grigorov/Sputnik via AP").
fn is_lead_above_a_credit(lines: &[Line], after: &[String], patterns: &Patterns) -> bool {
    let heading = |l: &Line| matches!(l.kind, LineKind::DateLine(_) | LineKind::Byline { .. });
    let Some(heading_at) = lines.iter().rposition(heading) else {
        return false;
    };
    let [above] = &lines[heading_at + 1..] else {
        return false;
    };
    let lead_like = above.is_running_text()
        && word_count(&above.text) >= MIN_LEAD_WORDS
        && !ends_with_a_date(&above.text);
    let next_is_dated = after.first().is_some_and(|next| {
        super::dateline::find(next, &|name| patterns.is_outlet_name(name)).is_some()
    });
    lead_like && !next_is_dated
}

/// The fewest words of a lead a photo's credit may follow; a caption is
/// often shorter ("Workers at the Vanino shipyard, Sept. 13, 2023.").
const MIN_LEAD_WORDS: usize = 12;

/// Whether a text ends with a full date, as agencies' captions do
/// ("…, June 19, 2024.").
fn ends_with_a_date(text: &str) -> bool {
    let text = text.trim_end_matches(['.', ' ']);
    (calendar::find_full_dates(text).last()).is_some_and(|found| found.end == text.len())
}

fn credit_the_caption_above(lines: &mut [Line], credit: &str) {
    let Some(above) = lines.last_mut() else {
        return;
    };
    match &mut above.kind {
        LineKind::Caption(caption) if caption.credit.is_none() => {
            caption.credit = Some(credit.to_string());
        }
        LineKind::Text if word_count(&above.text) <= MAX_CAPTION_WORDS => {
            above.kind = LineKind::Caption(CaptionText {
                text: above.text.clone(),
                credit: Some(credit.to_string()),
            });
        }
        _ => {}
    }
}

/// A writer's line without a label right above the date line, under a
/// headline or standfirst in sentence case: "Justin McCurry in Tokyo and
/// Pjotr Sauer", perhaps with the outlet's name between ("Kim Hjelmgaard" /
/// "USA TODAY"). (A title-case headline right above the date line reads the
/// same, so a sentence-case line above is asked for.)
fn mark_unlabelled_bylines(lines: &mut [Line], patterns: &Patterns) {
    for date_at in 1..lines.len() {
        if !matches!(lines[date_at].kind, LineKind::DateLine(_)) {
            continue;
        }
        // "Kim Hjelmgaard" / "USA TODAY" / date: the outlet's name between.
        let outlet_between = date_at >= 2
            && lines[date_at - 1].kind == LineKind::Text
            && patterns.is_outlet_name(&lines[date_at - 1].text);
        let at = date_at - usize::from(outlet_between);
        let above = &lines[at - 1];
        if above.kind != LineKind::Text {
            continue;
        }
        let under_a_headline = lines[..at - 1]
            .iter()
            .rev()
            .take(3)
            .any(|line| line.kind == LineKind::Text && is_mostly_lowercase(&line.text));
        // "Kim Jong Un Terima Menteri Pertahanan Rusia" / "Cahya Mulyana" /
        // date: a short name under a long headline is no part of it.
        let short = (2..=3).contains(&word_count(&above.text));
        let under_a_long_headline = (at.checked_sub(2)).is_some_and(|h| {
            lines[h].kind == LineKind::Text
                && word_count(&lines[h].text) >= 5
                && !ends_as_sentence(&lines[h].text)
                && short
        });
        // "Frances Mao" / "BBC News" / date: no headline ends in a short
        // name over the outlet's, whatever the headline's shape (a rubric
        // may stand there: "World News" / "Press Trust of India").
        let writer_over_outlet = outlet_between && short && !patterns.is_section_line(&above.text);
        let author = match under_a_headline || under_a_long_headline || writer_over_outlet {
            true => unlabelled_byline(&above.text),
            false => writer_and_editor(&above.text),
        };
        if let Some(author) = author {
            lines[at - 1].kind = LineKind::Byline {
                author: Some(author),
                published: None,
            };
        }
    }
}

/// The writer of a line of two names apart by a bar, the writer's and the
/// editor's: "Agung Santoso | Rina Fitriani". (No headline has that shape,
/// so the line counts even under a headline in title case.)
fn writer_and_editor(text: &str) -> Option<String> {
    let (writer, editor) = text.split_once(" | ")?;
    let is_name = |name: &str| {
        (2..=4).contains(&word_count(name))
            && looks_like_name(name)
            && !is_known_place(name)
            && !name.contains('|')
    };
    (is_name(writer.trim()) && is_name(editor.trim())).then(|| writer.trim().to_string())
}

/// Four words or more, at least half of them in lower case: a sentence-case
/// headline or a standfirst.
pub fn is_mostly_lowercase(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let lower = (text.split_whitespace())
        .filter(|word| word.chars().next().is_some_and(char::is_lowercase))
        .count();
    words >= 4 && lower * 2 >= words
}

static BYLINE_JOINS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s*|\s+(?:and|dan|&)\s+").unwrap());
static FILED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:in|di)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}$").unwrap()
});

/// The names in an author line as the byline keeps it: "Choe Sang-Hun and
/// Paul Sonne" → ["Choe Sang-Hun", "Paul Sonne"].
pub fn byline_names(author: &str) -> Vec<&str> {
    (BYLINE_JOINS.split(author))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .collect()
}

/// The writers of a line that names nothing else: names of two to four
/// capitalised words apart by commas or "and", each perhaps with the place
/// it is filed from ("in Tokyo"), perhaps "and agencies". The names are
/// given back joined as the line joins them, without the places.
fn unlabelled_byline(text: &str) -> Option<String> {
    let stops_outside_initials = (text.split_whitespace())
        .filter(|word| !lang::is_initials_with_stop(word))
        .any(|word| word.contains('.'));
    if text.split_whitespace().count() > 16
        || stops_outside_initials
        || text.contains(|c: char| ":;!?\"“”()".contains(c))
    {
        return None;
    }
    let mut names = Vec::new();
    for part in BYLINE_JOINS.split(text) {
        let name = FILED_FROM
            .find(part)
            .map_or(part, |place| &part[..place.start()])
            .trim();
        if lang::is_among(name, WIRES) || name.eq_ignore_ascii_case("staff") {
            continue;
        }
        let words = name.split_whitespace().count();
        if !(2..=4).contains(&words) || !looks_like_name(name) || is_known_place(name) {
            return None;
        }
        names.push(name);
    }
    let (last, rest) = names.split_last()?;
    let join = if text.contains(" dan ") {
        " dan "
    } else {
        " and "
    };
    Some(match rest.is_empty() {
        true => last.to_string(),
        false => format!("{}{join}{last}", rest.join(", ")),
    })
}

/// Whether a name is one of the built-in places ("North Korea"), which a
/// rubric line may name.
pub(super) fn is_known_place(name: &str) -> bool {
    (lang::places::PLACES.iter())
        .flat_map(|entry| lang::places::names_of(entry))
        .any(|place| place.eq_ignore_ascii_case(name))
}

/// A line of running text: six words or more, ending as a sentence does.
pub fn is_running_text(text: &str) -> bool {
    ends_as_sentence(text) && text.split_whitespace().nth(MIN_RUNNING_WORDS - 1).is_some()
}

/// The fewest words of running text.
const MIN_RUNNING_WORDS: usize = 6;

/// Whether a line ends as a sentence does: a full stop, a question or
/// exclamation mark, or a closing quotation mark.
pub fn ends_as_sentence(text: &str) -> bool {
    text.ends_with(['.', '!', '?', '"', '”'])
}

/// Trims a line and turns non-breaking and zero-width spaces into plain ones.
fn clean_spaces(line: &str) -> String {
    line.replace(['\u{a0}', '\u{2007}', '\u{202f}'], " ")
        .replace(['\u{200b}', '\u{feff}'], "")
        .trim()
        .to_string()
}

fn repeated_short_lines(texts: &[String]) -> Vec<String> {
    let mut counts: HashMap<String, usize> = HashMap::default();
    for text in texts {
        if text.split_whitespace().count() <= REPEATED_FURNITURE_MAX_WORDS {
            *counts.entry(normalize(text)).or_default() += 1;
        }
    }
    let mut repeated: Vec<String> = counts
        .into_iter()
        .filter(|(_, n)| *n >= REPEATED_FURNITURE_MIN_COUNT)
        .map(|(line, _)| line)
        .collect();
    repeated.sort();
    repeated
}

fn classify_line(text: &str, patterns: &Patterns, repeated: &[String]) -> LineKind {
    // "Pilihan Editor: <headline>" mid-article is a teaser; the same marker
    // alone opens the page's tail.
    if patterns.is_teaser_line(text) && !patterns.is_bare_teaser_marker(text) {
        return LineKind::Furniture;
    }
    // The form lines are compared in, made once for the checks below.
    let norm = normalize(text);
    if patterns.is_normalized_tail_marker(&norm, text) {
        return LineKind::TailStart;
    }
    if patterns.is_bare_teaser_marker(text) {
        return LineKind::Furniture;
    }
    if is_sign_off(text) || is_agency_sign_off(text, patterns) {
        return LineKind::SignOff;
    }
    if let Some(labelled) = patterns.strip_caption_label(text) {
        let caption = caption(labelled).unwrap_or_else(|| CaptionText {
            text: labelled.to_string(),
            credit: None,
        });
        return LineKind::Caption(caption);
    }
    if let Some(marked) = after_file_mark(text) {
        // Whatever the brackets at its end hold is the photo's source.
        let bracketed = (marked.strip_suffix(')'))
            .and_then(|m| m.rsplit_once(" ("))
            .filter(|(_, credit)| !credit.contains(['(', ')']));
        let caption = caption(marked).unwrap_or_else(|| match bracketed {
            Some((text, credit)) => CaptionText::credited(text, credit),
            None => CaptionText {
                text: marked.to_string(),
                credit: None,
            },
        });
        return LineKind::Caption(caption);
    }
    if let Some(caption) = caption(text).or_else(|| credited_after_bar(text, patterns)) {
        return LineKind::Caption(caption);
    }
    if patterns.is_normalized_furniture(&norm)
        || patterns.is_teaser_line(text)
        || repeated.binary_search(&norm).is_ok()
        || is_navigation(text)
        || is_share_row(text)
        || is_embed_placeholder(text)
        || is_page_number(text)
        || is_contact_line(text)
        || is_reading_time(text)
        || is_outlet_rubric(text, patterns)
        || list_landmark(text).is_some()
        || is_bare_link(text)
        || is_name_in_brackets(text)
        || is_credit_in_brackets(text)
        || is_time_stamp(text)
        || is_relative_time(text)
        || is_feed_promotion(text)
        || is_source_line(text)
        || !text.chars().any(char::is_alphanumeric)
    {
        return LineKind::Furniture;
    }
    if let Some(kind) = date_or_byline(text, patterns) {
        return kind;
    }
    // An editor's or translator's credit before the body ("Editor: …",
    // "Translator Ninda Dwi Ramadhani").
    let credit = (patterns.is_credit_line(text) && text.split_whitespace().count() <= 12)
        || (patterns.name_after_bare_credit_label(text)).is_some_and(looks_like_name);
    if credit {
        return LineKind::Furniture;
    }
    LineKind::Text
}

static NAVIGATION_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[/|>»›•·]\s+|\s{2,}").unwrap());

/// A breadcrumb trail or a menu: "Home / World / Asia", "World  Business
/// Markets  More" (items apart by two spaces or more, as menus are copied).
/// Items of one to three words each and no sentence punctuation: three
/// items or more apart by marks, four or more apart by spaces only (a
/// headline copied with a double space stays one), two when the first is
/// "Home".
pub fn is_navigation(text: &str) -> bool {
    if text.contains(['.', ',', ':', ';', '!', '?', '"', '“', '”']) {
        return false;
    }
    let items: Vec<&str> = NAVIGATION_SEPARATOR
        .split(text)
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    let short = items
        .iter()
        .all(|item| (1..=3).contains(&item.split_whitespace().count()));
    let starts_at_home = items
        .first()
        .is_some_and(|first| lang::is_among(first, lang::HOME_WORDS));
    let apart_by_marks = NAVIGATION_SEPARATOR
        .find_iter(text)
        .any(|separator| !separator.as_str().trim().is_empty());
    let enough = if apart_by_marks { 3 } else { 4 };
    short && (items.len() >= enough || (items.len() == 2 && starts_at_home))
}

/// A page number of a pager ("1", "2").
fn is_page_number(text: &str) -> bool {
    text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit())
}

/// A whole line in square brackets of a few words: where the page had an
/// embedded video or widget ("[Gambas:Video 20detik]").
/// A writer's e-mail address, alone or in a short line ("hague@yna.co.kr",
/// "By Ji Da-gyum (dagyumji@heraldcorp.com)").
fn is_contact_line(text: &str) -> bool {
    if memchr::memchr(b'@', text.as_bytes()).is_none() {
        return false;
    }
    let is_address = |word: &str| {
        let address = word.trim_matches(|c: char| "()<>[],;".contains(c));
        address.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.ends_with('.')
        })
    };
    // "Do you have a tip …? Let us know via tips@example.com.": a longer
    // line that ends with the address.
    let ends_with_address =
        (text.split_whitespace().last()).is_some_and(|last| is_address(last.trim_end_matches('.')));
    // "Follow Jane Roe on X at @JaneRoe": a short line with a handle.
    let is_handle = |word: &str| {
        (word.trim_end_matches(['.', ',', ')']).strip_prefix('@')).is_some_and(|handle| {
            !handle.is_empty() && handle.chars().all(|c| c.is_alphanumeric() || c == '_')
        })
    };
    (word_count(text) <= 8 && text.split_whitespace().any(is_address))
        || (ends_with_address && word_count(text) <= MAX_CONTACT_WORDS)
        || (word_count(text) <= MAX_HANDLE_LINE_WORDS
            && !ends_as_sentence(text)
            && text.split_whitespace().any(is_handle))
}

/// The most words of a line pointing to a writer's or outlet's handle.
const MAX_HANDLE_LINE_WORDS: usize = 12;

/// The most words of a line that ends with an e-mail address to write to.
const MAX_CONTACT_WORDS: usize = 40;

/// How long the article takes to read: "Dibaca Normal 4 menit", "waktu
/// baca 3 menit", "5 min read", "Reading time: 4 minutes".
fn is_reading_time(text: &str) -> bool {
    // Six words of a reading time fit in 60 bytes, and one is a figure:
    // paragraphs skip the split.
    if text.len() > MAX_SHORT_LINE_BYTES || !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = (text.split(|c: char| c.is_whitespace() || c == ':'))
        .filter(|word| !word.is_empty())
        .collect();
    if !(2..=6).contains(&words.len()) {
        return false;
    }
    let figure_then_unit = words.windows(2).any(|pair| {
        pair[0].bytes().all(|b| b.is_ascii_digit())
            && lang::is_among(pair[1], lang::READING_TIME_UNITS)
    });
    figure_then_unit
        && words.iter().all(|word| {
            word.bytes().all(|b| b.is_ascii_digit())
                || lang::is_among(word, lang::READING_TIME_UNITS)
                || lang::is_among(word, lang::READING_TIME_WORDS)
        })
}

/// A list's landmark for screen readers, copied with the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListLandmark {
    /// "list of 4 items"
    Opening,
    /// "list 1 of 4": the line after it is the item, a teaser's headline
    /// whatever its shape ("What does the deal mean for Asia?").
    Item,
    /// "end of list"
    End,
}

fn list_landmark(text: &str) -> Option<ListLandmark> {
    if text.len() > 24 {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let figure = |word: &str| !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
    let list = |word: &str| word.eq_ignore_ascii_case("list");
    match words.as_slice() {
        [first, "of", n, items]
            if list(first) && figure(n) && lang::is_among(items, &["item", "items"]) =>
        {
            Some(ListLandmark::Opening)
        }
        [first, n, "of", m] if list(first) && figure(n) && figure(m) => Some(ListLandmark::Item),
        [end, "of", last] if end.eq_ignore_ascii_case("end") && list(last) => {
            Some(ListLandmark::End)
        }
        _ => None,
    }
}

/// A web address alone on its line: the page's short link
/// ("https://p.dw.com/p/4hCkw"), never the article's text.
fn is_bare_link(text: &str) -> bool {
    let opens_with = |prefix: &str| {
        (text.as_bytes().get(..prefix.len()))
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    (opens_with("http://") || opens_with("https://") || opens_with("www."))
        && !text.contains(char::is_whitespace)
}

/// A name alone in brackets: the editor's, closing the article ("(Rahman
/// Asmardika)").
fn is_name_in_brackets(text: &str) -> bool {
    let inner = text
        .strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'));
    inner.is_some_and(|name| {
        (2..=4).contains(&word_count(name)) && looks_like_name(name) && !name.contains(['(', ')'])
    })
}

/// A credit alone in brackets, a few words and "by" before a name:
/// "(Japanese original by Hiroshi Tanaka, Seoul Bureau)", "(Translated by
/// Jane Roe)".
fn is_credit_in_brackets(text: &str) -> bool {
    let Some(inner) = (text.strip_prefix('(')).and_then(|rest| rest.strip_suffix(')')) else {
        return false;
    };
    let Some((before, after)) = inner.split_once(" by ") else {
        return false;
    };
    let name = after.split(',').next().unwrap_or_default().trim();
    word_count(inner) <= MAX_CREDIT_IN_BRACKETS_WORDS
        && (1..=3).contains(&word_count(before))
        && looks_like_name(name)
        && !inner.ends_with(['.', '!', '?'])
}

/// The most words of a credit in brackets.
const MAX_CREDIT_IN_BRACKETS_WORDS: usize = 12;

/// A time alone, after the words that date a page ("Updated 9:14 p.m.
/// ET"): the date is on another line.
/// "21 hours ago", "2 jam lalu", "5 menit yang lalu": when a page was
/// posted, counted back from when it was copied.
fn is_relative_time(text: &str) -> bool {
    const UNITS: &[&str] = &[
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "detik", "menit",
        "jam", "hari", "mins", "hrs",
    ];
    // Short, and ending with its word for "ago": most lines are turned away at once.
    if text.len() > MAX_RELATIVE_TIME_BYTES || !(text.ends_with("ago") || text.ends_with("lalu")) {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let ago = matches!(
        words.as_slice(),
        [_, _, "ago" | "lalu"] | [_, _, "yang", "lalu"]
    );
    ago && words[0].bytes().all(|b| b.is_ascii_digit()) && lang::is_among(words[1], UNITS)
}

/// The longest line a time counted back takes ("30 minutes ago").
const MAX_RELATIVE_TIME_BYTES: usize = 24;

/// A short line pointing readers to an outlet's page on a news feed: "Ikuti
/// RM.id di Google News", "Follow us on Google News".
fn is_feed_promotion(text: &str) -> bool {
    text.len() <= MAX_SHORT_LINE_BYTES
        && memchr::memmem::find(text.as_bytes(), b"Google News").is_some()
}

fn is_time_stamp(text: &str) -> bool {
    if text.len() > MAX_SHORT_LINE_BYTES || !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let rest = DATE_LINE_WORDS
        .find(text)
        .map_or(text, |words| &text[words.end()..]);
    // A zone with no one offset ("ET") may follow.
    let time = match rest.trim().rsplit_once(' ') {
        Some((time, zone)) if zone.len() <= 4 && zone.bytes().all(|b| b.is_ascii_uppercase()) => {
            time
        }
        _ => rest.trim(),
    };
    rest.len() < text.len() && calendar::is_time_alone(time.trim_end_matches('.'))
}

/// A short line naming the story's sources at its end: "Source: Al
/// Jazeera and news agencies", "Sumber: Reuters".
fn is_source_line(text: &str) -> bool {
    // A label and eight words fit in 120 bytes: paragraphs skip the search.
    if text.len() > 120 {
        return false;
    }
    let Some((label, sources)) = text.split_once(':') else {
        return false;
    };
    lang::is_among(label.trim(), lang::SOURCE_LABELS)
        && (1..=8).contains(&word_count(sources))
        && !ends_as_sentence(sources)
}

/// Longest line, in bytes, that a reading time or an outlet's rubric has:
/// six words, or an outlet's name and three.
const MAX_SHORT_LINE_BYTES: usize = 60;

/// An outlet's address or name and its rubric: "tirto.id - Politik",
/// "Kompas.com - Internasional".
fn is_outlet_rubric(text: &str, patterns: &Patterns) -> bool {
    text.len() <= MAX_SHORT_LINE_BYTES
        && text.split_once(" - ").is_some_and(|(outlet, rubric)| {
            (1..=3).contains(&word_count(rubric))
                && rubric.chars().all(|c| c.is_alphabetic() || c == ' ')
                && names_an_outlet(outlet.trim(), patterns)
        })
}

fn is_embed_placeholder(text: &str) -> bool {
    let inner = text
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'));
    inner.is_some_and(|inner| !inner.contains(['[', ']']) && inner.split_whitespace().count() <= 6)
}

/// A row of share buttons: two words or more, each a social network or a
/// share action ("Facebook Twitter LinkedIn Email").
pub fn is_share_row(text: &str) -> bool {
    let mut count = 0;
    for word in text.split(|c: char| c.is_whitespace() || "|•·/,".contains(c)) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if word.is_empty() {
            continue;
        }
        if !lang::is_among(word, lang::SHARE_WORDS) {
            return false;
        }
        count += 1;
    }
    // One word alone is a link's label when in lower case ("twitter",
    // "mailto"); "Facebook" may head a section.
    count >= 2 || (count == 1 && !text.contains(char::is_uppercase))
}

static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\(\s*[A-Za-z]{2,5}(?:-[A-Za-z0-9]{1,4})?(?:\s*/\s*[A-Za-z][A-Za-z0-9-]{0,11})*\s*\)$",
    )
    .unwrap()
});

/// Editor's initials alone on a line: "(FJR)", "(ant/wil)", "(Ant/I-2)",
/// "(bs-sam/fajar)", and the outlet's short name after them
/// ("(ral/pojoksatu)").
pub fn is_sign_off(text: &str) -> bool {
    // A wire's end mark and the editor's initials: "Enditem/AW".
    if (text.get(..ENDITEM.len())).is_some_and(|head| head.eq_ignore_ascii_case(ENDITEM))
        && word_count(text) <= 2
    {
        return true;
    }
    // Short sets apart by a slash may mix their case: "(Ant/I-2)"; a
    // photo's credit "(AFP/Getty)" is no sign-off.
    let short_sets = || {
        let inner = text.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace());
        inner.contains('/') && inner.split('/').all(|set| set.trim().chars().count() <= 3)
    };
    SIGN_OFF.is_match(text)
        && (text.chars().all(|c| !c.is_lowercase())
            || text.chars().all(|c| !c.is_uppercase())
            || short_sets())
}

/// A caption of an archive photo less its mark: "FILE - A tanker is seen
/// in this undated photo." (the mark in capitals, a dash after it).
fn after_file_mark(text: &str) -> Option<&str> {
    let rest = ["FILE PHOTO", "FILE"]
        .iter()
        .find_map(|mark| text.strip_prefix(mark))?
        .trim_start();
    let rest = rest.strip_prefix(['-', '–', '—', ':'])?.trim_start();
    (!rest.is_empty()).then_some(rest)
}

/// The outlet's name or address and the story's rubric in brackets after a
/// dash, alone on a line where the story ends: "(tirto.id - Politik)".
fn is_outlet_and_rubric(text: &str, patterns: &Patterns) -> bool {
    let Some(inner) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) else {
        return false;
    };
    let Some((outlet, rubric)) = inner.split_once(" - ").or_else(|| inner.split_once(" – "))
    else {
        return false;
    };
    (1..=3).contains(&word_count(rubric))
        && !rubric.contains(|c: char| c.is_ascii_digit())
        && names_an_outlet(outlet.trim(), patterns)
}

/// The mark some wires end a story with ("Enditem/AW", "ENDITEM").
const ENDITEM: &str = "enditem";

/// A wire agency's or outlet's name after a dash, alone on a line, where a
/// wire story ends: "-- BERNAMA", "— AFP".
fn is_agency_sign_off(text: &str, patterns: &Patterns) -> bool {
    text.starts_with(['-', '–', '—']) && agency_signing_off(text, patterns).is_some()
}

/// The agency or outlet a sign-off line names, perhaps after a dash:
/// "-- BERNAMA", "REUTERS".
pub fn agency_signing_off<'t>(text: &'t str, patterns: &Patterns) -> Option<&'t str> {
    let name = text.trim_start_matches(['-', '–', '—']).trim();
    patterns.is_outlet_name(name).then_some(name)
}

static TRAILING_SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:\((?:[a-z]{2,5}(?:\s*/\s*[a-z][a-z0-9]{1,4})+|[A-Z]{2,5}(?:\s*/\s*[A-Z][A-Z0-9]{1,4})+)\)|\[(?:[A-Z]{2,5}|[a-z]{2,5}(?:\s*/\s*[a-z][a-z0-9]{1,4})+)\])$")
        .unwrap()
});

/// The last paragraph less the editors' initials it ends with: "… sejak
/// pandemi COVID-19. (ka/rs)", "… [ran/but]" (two sets or more, apart by
/// slashes, all in one case).
pub fn without_trailing_sign_off(text: &str) -> &str {
    match text.ends_with([')', ']']) {
        true => TRAILING_SIGN_OFF
            .find(text)
            .map_or(text, |sign_off| &text[..sign_off.start()]),
        false => text,
    }
}

static BRACKET_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<text>.+?)\s*\[(?P<credit>[^\[\]]{2,100})\]$").unwrap());
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<text>.+?)\s*\((?:(?:foto|photo|dok|dokumentasi|ilustrasi|image|sumber foto)\s*[:.]|via\s)\s*(?P<credit>[^()]{2,100})\)$").unwrap()
});
/// "… (AP Photo/Jane Roe)": an agency's photo, credited whole. Apart from
/// `PHOTO_CREDIT` and tried after it: joined, the two patterns made the
/// regex engine's fast path give up on every caption.
static AGENCY_PHOTO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<text>.+?)\s*\((?P<credit>[A-Za-z.]{2,20} (?:Photo|PHOTO|Foto|FOTO)/[^()/]{2,60})\)$",
    )
    .unwrap()
});
/// "… text. Name/Agency via AP": a credit of names apart by slashes, an
/// agency after "via", or both. The parts' lengths are checked in
/// `credit_parts_fit`, not counted in the pattern: a counted repetition of
/// a Unicode class compiles to a copy of the class per count, and the
/// counted pattern took 50 ms to compile.
static TRAILING_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<text>.+[.!?])\s+(?P<credit>\p{Lu}[\p{L}.'’ -]*(?:/[\p{L}.'’ -]+)+(?:\s+via\s+\p{L}[\p{L}.' ]*)?|\p{Lu}[\p{L}.'’ -]*\s+via\s+\p{L}[\p{L}.' ]*)$",
    )
    .expect("valid pattern")
});

/// Longest name between slashes in a trailing credit, and longest agency
/// after its "via", in characters.
const MAX_CREDIT_PART_CHARS: usize = 61;
const MAX_VIA_CHARS: usize = 41;

/// Whether each part of a trailing credit is short enough to be a name:
/// "Reuters/Jane Roe via AP".
fn credit_parts_fit(credit: &str) -> bool {
    let (names, via) = match credit.rsplit_once(" via ") {
        Some((names, via)) if !via.contains('/') => (names, via.trim_start()),
        _ => (credit, ""),
    };
    via.chars().count() <= MAX_VIA_CHARS
        && names
            .split('/')
            .all(|part| part.trim_end().chars().count() <= MAX_CREDIT_PART_CHARS)
}

/// A caption and its source after a bar: "Chief Cabinet Secretary at a news
/// conference in Tokyo on Thursday | JIJI". The source is a known outlet
/// or agency, or one word in capitals.
fn credited_after_bar(text: &str, patterns: &Patterns) -> Option<CaptionText> {
    // Most lines have no bar: they skip the search.
    let bar = memchr::memrchr(b'|', text.as_bytes())?;
    let (caption, credit) = (
        text[..bar].strip_suffix(' ')?,
        text[bar + 1..].strip_prefix(' ')?,
    );
    let (caption, credit) = (caption.trim(), credit.trim());
    let source = patterns.is_outlet_name(credit)
        || (word_count(credit) == 1
            && credit.chars().any(char::is_alphabetic)
            && !credit.chars().any(char::is_lowercase));
    let shaped = source
        && (4..=MAX_CAPTION_WORDS).contains(&word_count(caption))
        && !caption.contains(" | ");
    shaped.then(|| CaptionText::credited(caption, credit))
}

/// A caption that names its photo's source in brackets and does not end as
/// a sentence does before them: "Presiden Putin dan Kim Jong Un (Sumber:
/// KCNA)". (A sentence of the body may end with its source.)
fn source_in_brackets(text: &str) -> Option<CaptionText> {
    let open = text.rfind('(')?;
    let (label, credit) = text[open + 1..text.len() - 1].split_once(':')?;
    let caption = text[..open].trim_end();
    let shaped = lang::is_among(label.trim(), lang::SOURCE_LABELS)
        && (1..=8).contains(&word_count(credit))
        && word_count(caption) >= 3
        && !caption.ends_with(['.', '!', '?', ':']);
    shaped.then(|| CaptionText::credited(caption, credit))
}

/// A caption whose credit follows a slash after its last sentence: "… in
/// Pyongyang on Wednesday. /Yonhap", "… di Pyongyang. /Reuters/KCNA".
fn slash_led_credit(text: &str) -> Option<CaptionText> {
    let bytes = text.as_bytes();
    let slash = memchr::memrchr_iter(b'/', bytes).find(|&at| {
        at >= 2 && bytes[at - 1] == b' ' && matches!(bytes[at - 2], b'.' | b'!' | b'?')
    })?;
    let (caption, credit) = (text[..slash - 1].trim_end(), text[slash + 1..].trim());
    let shaped = caption.ends_with(['.', '!', '?'])
        && word_count(caption) >= 3
        && credit.starts_with(char::is_uppercase)
        && (1..=8).contains(&word_count(credit))
        && !ends_as_sentence(credit)
        && credit_parts_fit(credit);
    shaped.then(|| CaptionText::credited(caption, credit))
}

/// A photo caption above the lead that ends with its source in brackets,
/// a known agency or outlet perhaps with the photographer: "… on
/// Wednesday. (Yonhap)", "… in Jakarta. (Antara/Hafidz Mubarak A.)". (A
/// paragraph of the body may end with its agency; above the lead it is a
/// caption.)
fn credited_caption(text: &str, patterns: &Patterns) -> Option<CaptionText> {
    let open = text.strip_suffix(')')?.rfind('(')?;
    let credit = &text[open + 1..text.len() - 1];
    // "(Sumber: KCNA via AP)": the source after its label.
    let credit = match credit.split_once(':') {
        Some((label, source)) if lang::is_among(label.trim(), lang::SOURCE_LABELS) => source.trim(),
        _ => credit,
    };
    let caption = text[..open].trim_end();
    // "(Antara/Jane Roe)", "(Reuters: Jane Roe)", the photographer and
    // then the agency, "(Jane Roe / Sputnik)", or an agency among the
    // credit's parts: "(Jane Roe, Sputnik, Kremlin Pool Photo via AP,
    // File)", "(KCNA via AP)".
    let source = credit.split(['/', ':']).next().unwrap_or_default().trim();
    let known = patterns.is_outlet_name(agency_of_photo(source))
        || (credit.split([',', '/'])).any(|part| credit_part_names_agency(part, patterns));
    // "… in Pyongyang (Sputnik/AFP via Getty Images)": a credit in parts
    // ends a caption that is no sentence, and so does one glued on: "…
    // Kim Jong Un(AFP)".
    let in_parts = credit.contains('/') || credit.contains(" via ");
    let glued = !text[..open].ends_with(char::is_whitespace);
    let ends = caption.ends_with(['.', '!', '?']) || in_parts || glued;
    (known && ends && word_count(caption) >= 4).then(|| CaptionText::credited(caption, credit))
}

/// A photo caption above the lead whose last sentence is followed by a
/// known agency or outlet alone, perhaps after a dash and with a word for
/// its photo: "… on June 19, 2024. AFP", "… Kim Jong Un. - Reuters", "…
/// 2024. — Reuters pic".
fn agency_after_sentence(text: &str, patterns: &Patterns) -> Option<CaptionText> {
    let stop = memchr::memrchr(b'.', text.as_bytes())?;
    let credit = text[stop + 1..]
        .trim_start_matches([' ', '-', '–', '—'])
        .trim_end();
    let caption = &text[..=stop];
    let shaped = text[stop + 1..].starts_with(' ')
        && credit.starts_with(char::is_alphanumeric)
        && (1..=3).contains(&word_count(credit))
        && word_count(caption) >= 4;
    (shaped && patterns.is_outlet_name(agency_of_photo(credit)))
        .then(|| CaptionText::credited(caption, credit))
}

/// Whether a line ends with editors' initials in lower case in square
/// brackets, two sets or more: "… [ran/but]" (the shape
/// `TRAILING_SIGN_OFF` takes, asked without the pattern for every line that
/// ends with a bracket).
fn ends_with_initials_in_square_brackets(text: &str) -> bool {
    let Some(open) = text.strip_suffix(']').and_then(|inner| inner.rfind('[')) else {
        return false;
    };
    let sets = text[open + 1..text.len() - 1].split('/').map(str::trim);
    let initials = |set: &str| {
        (2..=5).contains(&set.len())
            && set
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    };
    text[open..].contains('/') && sets.into_iter().all(initials)
}

/// The agency of a credit that names its photo: "Reuters pic", "Reuters
/// Photo" → "Reuters".
fn agency_of_photo(credit: &str) -> &str {
    (credit.rsplit_once(' '))
        .filter(|(_, last)| lang::is_among(last, &["pic", "photo", "foto"]))
        .map_or(credit, |(source, _)| source)
}

/// A photo caption above the lead with its credit glued on after a slash:
/// "Presiden Rusia Vladimir Putin dan Kim Jong-un/Net". The credit is a
/// known agency or outlet or a word pages credit the web or a handout with
/// (`lang::PHOTO_SOURCE_WORDS`); the caption has four words or more.
fn glued_credit(text: &str, patterns: &Patterns) -> Option<CaptionText> {
    if let Some(found) = credit_between_dashes(text, patterns) {
        return Some(found);
    }
    let slash = memchr::memrchr(b'/', text.as_bytes())?;
    let (caption, credit) = (&text[..slash], &text[slash + 1..]);
    let credits_a_source = lang::is_among(credit, lang::PHOTO_SOURCE_WORDS)
        || (credit.starts_with(char::is_uppercase) && patterns.is_outlet_name(credit));
    let shaped = !caption.ends_with(' ') && word_count(caption) >= 4 && !caption.contains('/');
    (credits_a_source && shaped).then(|| CaptionText::credited(caption, credit))
}

/// A caption whose credit is glued on between dashes after its last
/// sentence: "Presiden Putin bersama Kim Jong Un.-KCNA-".
fn credit_between_dashes(text: &str, patterns: &Patterns) -> Option<CaptionText> {
    let inner = text.strip_suffix('-')?;
    let dash = memchr::memrchr(b'-', inner.as_bytes())?;
    let (caption, credit) = (&inner[..dash], &inner[dash + 1..]);
    let shaped = caption.ends_with('.') && word_count(caption) >= 4;
    let known = lang::is_among(credit, lang::PHOTO_SOURCE_WORDS) || patterns.is_outlet_name(credit);
    (shaped && known).then(|| CaptionText::credited(caption, credit))
}

/// Whether a part of a credit names a known agency, perhaps before or after
/// "via": "Sputnik", "Kremlin Pool Photo via AP", "AFP via Getty Images".
fn credit_part_names_agency(part: &str, patterns: &Patterns) -> bool {
    let part = part.trim();
    match part.rsplit_once(" via ") {
        Some((before, after)) => {
            patterns.is_outlet_name(after.trim()) || patterns.is_outlet_name(before.trim())
        }
        None => patterns.is_outlet_name(part),
    }
}

/// How many words a line has, apart by whitespace.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A caption: text that ends with a photo credit in one of the usual forms.
pub fn caption(text: &str) -> Option<CaptionText> {
    let make = |caps: regex::Captures<'_>| CaptionText {
        text: caps["text"].trim().to_string(),
        credit: Some(caps["credit"].trim().to_string()),
    };
    // Cheap tests first: each pattern needs its closing mark or a slash or "via".
    let end = text.trim_end();
    if let Some(caps) = end
        .ends_with(')')
        .then(|| {
            PHOTO_CREDIT
                .captures(text)
                .or_else(|| AGENCY_PHOTO.captures(text))
        })
        .flatten()
    {
        return Some(make(caps));
    }
    if let Some(found) = end
        .ends_with(')')
        .then(|| source_in_brackets(end))
        .flatten()
    {
        return Some(found);
    }
    // "… terakhir. [ran/but]": the editors' initials, no credit.
    if let Some(caps) = (end.ends_with(']') && !ends_with_initials_in_square_brackets(end))
        .then(|| BRACKET_CREDIT.captures(text))
        .flatten()
    {
        let credit = &caps["credit"];
        // "… in Seoul on Friday. [MINISTRY OF FOREIGN AFFAIRS]": a source in
        // capitals after a sentence.
        let in_capitals = !credit.chars().any(char::is_lowercase)
            && word_count(credit) <= 8
            && caps["text"].trim_end().ends_with(['.', '!', '?']);
        // "… menahan diri. [PYB]": an editor's initials, no credit.
        let agency = lang::AGENCIES
            .iter()
            .any(|a| credit.eq_ignore_ascii_case(a));
        let initials = !agency
            && (2..=5).contains(&credit.len())
            && credit.bytes().all(|b| b.is_ascii_uppercase());
        let looks_like_credit = credit.contains('/')
            || credit.contains(" via ")
            || credit.to_lowercase().starts_with("foto")
            || (in_capitals && !initials)
            || agency;
        return looks_like_credit.then(|| make(caps));
    }
    if let Some(found) = labelled_trailing_credit(end) {
        return Some(found);
    }
    if !text.contains('/') && !text.contains(" via ") {
        return None;
    }
    if let Some(found) = slash_led_credit(end) {
        return Some(found);
    }
    let caps = TRAILING_CREDIT.captures(text)?;
    let credit = &caps["credit"];
    (word_count(credit) <= 8 && credit_parts_fit(credit)).then(|| make(caps))
}

/// Labels of a photo's credit after its caption, in the case they are
/// written in.
const TRAILING_CREDIT_LABELS: &[&str] = &[
    "Foto:",
    "FOTO:",
    "Photo:",
    "PHOTO:",
    "Photograph:",
    "Photo Credit:",
    "Credit:",
    "Pic:",
    "Image:",
    "Dok:",
    "Credit...",
    "Credit…",
    "©",
];

/// A caption whose credit follows a label after its last sentence: "Kim
/// Jong Un tiba di stasiun Khasan, Rusia. Foto: KCNA via REUTERS", "… in
/// June. © Reuters". Pages
/// that set the credit apart may lose the space when copied: "… early on
/// Wednesday.Credit...Jane Roe/Reuters", "… in September 2023Image: AP".
fn labelled_trailing_credit(text: &str) -> Option<CaptionText> {
    // Most lines have no colon, no "Credit" and no "©": they skip the search.
    if memchr::memchr(b':', text.as_bytes()).is_none()
        && memchr::memmem::find(text.as_bytes(), b"Credit").is_none()
        && memchr::memmem::find(text.as_bytes(), "©".as_bytes()).is_none()
    {
        return None;
    }
    // The label that ends last, and of two that end together the longer:
    // "Photo Credit:" before "Credit:".
    let (at, label) = (TRAILING_CREDIT_LABELS.iter())
        .filter_map(|label| Some((text.rfind(label)?, label)))
        .filter(|&(at, _)| at > 0)
        .max_by_key(|&(at, label)| (at + label.len(), std::cmp::Reverse(at)))?;
    let glued = !text[..at].ends_with(char::is_whitespace);
    let (caption, credit) = (text[..at].trim_end(), text[at + label.len()..].trim());
    // "… on Wednesday | Image: Kremlin": a bar sets the credit apart.
    let caption = caption.strip_suffix('|').map_or(caption, str::trim_end);
    let set_apart = glued || caption.len() < text[..at].trim_end().len();
    // "Chinese FM spokesperson Lin Jian Photo: Chinese Foreign Ministry": a
    // photo's label needs no full stop before it.
    let photo_label = !label.contains(['©', '.']) && !label.starts_with("Credit");
    let shaped = (set_apart || photo_label || caption.ends_with(['.', '!', '?']))
        && word_count(caption) >= 3
        && (1..=8).contains(&word_count(credit))
        && !ends_as_sentence(credit);
    shaped.then(|| CaptionText::credited(caption, credit))
}

static DATE_LINE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:diperbarui|diterbitkan|dipublikasikan|terbit|updated|update|published|posted|written|write|last updated|modified|last modified|issued|first published|on|pada)\b\s*)+").unwrap()
});

/// A line that is only a date, or an author with a date, or a labelled author.
fn date_or_byline(text: &str, patterns: &Patterns) -> Option<LineKind> {
    let text = before_update(text);
    // A quotation opens running text, never a date line or a byline.
    if text.split_whitespace().count() > 14 || text.starts_with(['"', '“', '‘', '«']) {
        return None;
    }
    if let Some(published) = glued_dates(text, patterns) {
        return Some(LineKind::DateLine(published));
    }
    let date = (calendar::find_full_dates(text).into_iter().next())
        .or_else(|| calendar::find_numeric_date(text));
    if let Some(found) = date {
        let separators = |c: char| c.is_whitespace() || "•·●|-–—,:".contains(c);
        let before = without_weekday(text[..found.start].trim_matches(separators));
        let before = before.trim_matches(separators);
        let after = text[found.end..]
            .trim_matches(|c: char| c.is_whitespace() || "•·●|/-–—,:()".contains(c));
        let before = DATE_LINE_WORDS.replace(before, "");
        let before = before.trim_matches(|c: char| c.is_whitespace() || ":,".contains(c));
        // "Oleh Tanti Yulianingsih pada 14 Sep 2023": the word that leads in to the date.
        let before = match before.rsplit_once(' ') {
            Some((name, last)) if lang::is_among(last, &["pada", "on", "at"]) => name,
            _ => before,
        };
        let mut published = found.published;
        // "Kamis, 20 Juni 2024 – 14:10 WIB": the time after a dash.
        let time_after = (published.time.is_none() && !after.is_empty())
            .then(|| calendar::time_alone(after, published.date))
            .flatten();
        if let Some((time, offset)) = time_after {
            published.time = Some(time);
            published.offset_minutes = offset;
        }
        if !after.is_empty()
            && time_after.is_none()
            && !DATE_LINE_WORDS.is_match(after)
            && !rubric_after_bar(&text[found.end..])
            && !is_filing_place(after)
            && !is_reading_time(after)
            && !is_bracketed_edition(&text[found.end..])
        {
            return None;
        }
        // "Jakarta ● Thu, September 14, 2023", "Seoul, South Korea ● Thu,
        // June 19, 2025": the place it is filed from.
        let places = || before.split(", ").all(is_known_place);
        if before.is_empty() || names_an_outlet(before, patterns) || places() {
            return Some(LineKind::DateLine(published));
        }
        // "Published 2:15 PM GMT+1, June 25, 2021": the time comes first,
        // perhaps after a rubric ("All News 10:21 September 12, 2023").
        let time_at = (before.char_indices())
            .filter(|&(at, c)| at == 0 || c == ' ')
            .map(|(at, _)| at)
            .find_map(|at| {
                Some((
                    at,
                    calendar::time_alone(before[at..].trim(), published.date)?,
                ))
            });
        if let Some((at, (time, offset))) = time_at {
            if patterns.strip_author_label(&before[..at]).is_none() {
                published.time = Some(time);
                published.offset_minutes = offset;
                return Some(LineKind::DateLine(published));
            }
        }
        // "Edited By: Jane Roe | Updated: Jun 17, 2024": an editor's
        // credit, no writer.
        if patterns.is_credit_line(before) {
            return Some(LineKind::DateLine(published));
        }
        let author = first_credit(patterns.strip_author_label(before).unwrap_or(before));
        // "By Reuters   June 19, 2024 | 06:52 am GMT+7": an agency's story.
        let author = (!patterns.is_outlet_name(author)).then_some(author);
        return (author.is_none_or(looks_like_name)).then(|| LineKind::Byline {
            author: author.map(str::to_string),
            published: Some(published),
        });
    }
    let author = match patterns.strip_author_label(text) {
        // "By Example News with AP": the outlet's and an agency's story;
        // "By Global Times": the outlet's.
        Some(labelled)
            if credits_agencies(labelled, patterns)
                || patterns.is_outlet_name(labelled)
                || lang::is_among(labelled.trim(), WIRES) =>
        {
            return Some(LineKind::Byline {
                author: None,
                published: None,
            })
        }
        // "By Greg Norman Fox News": the outlet's name after the writer's;
        // "By North Asia correspondent James Oaten": a role before it.
        Some(labelled) => {
            without_role_before(without_outlet_after(first_credit(labelled), patterns))
        }
        // "Reuters and Agence France-Presse": the story is the agencies'.
        None if credits_agencies(text, patterns) => {
            return Some(LineKind::Byline {
                author: None,
                published: None,
            })
        }
        // "Tim detikcom - detikNews": the outlet's staff, no one by name.
        None => {
            let author = author_before_outlet(text, patterns)?;
            return Some(LineKind::Byline {
                author: looks_like_name(author).then(|| author.to_string()),
                published: None,
            });
        }
    };
    looks_like_name(author).then(|| LineKind::Byline {
        author: Some(author.to_string()),
        published: None,
    })
}

/// A date line less the update after a bar: "Published 6:31 a.m. ET June
/// 19, 2024 | Updated 11:02 a.m. ET June 19, 2024" is published when the
/// first date says.
fn before_update(text: &str) -> &str {
    let updated_after = |bar: usize| is_update_line(&text[bar + 1..]);
    // "Edited By: Jane Roe | Updated: Jun 17, 2024": no date before the
    // update, which is then the only date.
    let dated = |bar: usize| text.as_bytes()[..bar].iter().any(u8::is_ascii_digit);
    match memchr::memchr_iter(b'|', text.as_bytes()).find(|&bar| updated_after(bar)) {
        Some(bar) if dated(bar) => text[..bar].trim_end(),
        _ => text,
    }
}

/// Words that open the date of a story's update.
const UPDATE_WORDS: &[&str] = &[
    "updated",
    "update",
    "last updated",
    "diperbarui",
    "modified",
];

/// Whether a date line says when the story was updated: "Diperbarui 13
/// Jul 2025, 08:30 WIB", "Updated: Jun 17, 2024".
pub fn is_update_line(text: &str) -> bool {
    let text = text.trim_start();
    UPDATE_WORDS
        .iter()
        .any(|word| (text.get(..word.len())).is_some_and(|head| head.eq_ignore_ascii_case(word)))
}

/// An edition or outlet in brackets after a date line's date, no figures
/// in it: "November 18, 2023 (Mainichi Japan)".
fn is_bracketed_edition(after_date: &str) -> bool {
    let after = after_date.trim();
    let inside = after.strip_prefix('(').and_then(|a| a.strip_suffix(')'));
    inside.is_some_and(|inside| {
        (1..=3).contains(&word_count(inside)) && !inside.contains(|c: char| c.is_ascii_digit())
    })
}

/// The place a story is filed from after its date line's date ("… 08:31
/// pm IST - SEOUL"): a built-in place, or one to three words in capitals.
fn is_filing_place(text: &str) -> bool {
    is_known_place(text) || is_place_in_capitals(text)
}

/// One to three words in capitals, as a dateline's place is set
/// ("SEOUL", "NEW YORK").
pub fn is_place_in_capitals(text: &str) -> bool {
    (1..=3).contains(&word_count(text))
        && text
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '-')
}

/// Two date lines run together when copied: "06/19/2024June 19, 2024".
/// The later one's date, which carries the time where one is given.
fn glued_dates(text: &str, patterns: &Patterns) -> Option<Published> {
    let bytes = text.as_bytes();
    let at = (1..bytes.len())
        .find(|&at| bytes[at - 1].is_ascii_digit() && bytes[at].is_ascii_uppercase())?;
    let date_of = |part: &str| match date_or_byline(part, patterns) {
        Some(LineKind::DateLine(published)) => Some(published),
        _ => None,
    };
    let (first, second) = (date_of(&text[..at])?, date_of(&text[at..])?);
    Some(if first.time.is_some() && second.time.is_none() {
        first
    } else {
        second
    })
}

/// The page's rubric after a bar or dash that closes a date line: "… 18:42
/// | World, All", "Jun 19, 2024 - World". One to four words, no figures.
fn rubric_after_bar(rest: &str) -> bool {
    (rest.trim_start().strip_prefix(['|', '-', '–', '—'])).is_some_and(|rubric| {
        (1..=4).contains(&word_count(rubric))
            && rubric
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == ',')
    })
}

/// The writer a closing credit names: "Pewarta: Yuni Sinaga", "Reporting
/// by Jane Roe; Editing by …".
pub fn credited_author(text: &str, patterns: &Patterns) -> Option<String> {
    let text = super::patterns::without_brackets(text.trim_start());
    let author = first_credit(patterns.strip_author_label(text)?);
    if looks_like_name(author) {
        return Some(author.to_string());
    }
    // "Guy Faulconbridge in Moscow and Joyce Lee in Seoul".
    let writers = without_places_filed_from(author);
    looks_like_name(&writers).then_some(writers)
}

/// Writers less the places each filed from: "Jane Roe in Moscow and John
/// Doe in Seoul" → "Jane Roe and John Doe".
fn without_places_filed_from(writers: &str) -> String {
    let cut = |part: &str| {
        let place = FILED_FROM.find(part);
        part[..place.map_or(part.len(), |p| p.start())].to_string()
    };
    let mut out = String::with_capacity(writers.len());
    let mut last = 0;
    for join in BYLINE_JOINS.find_iter(writers) {
        out += &cut(&writers[last..join.start()]);
        out += join.as_str();
        last = join.end();
    }
    out + &cut(&writers[last..])
}

/// The writer in "Andi Saputra - detikNews", "Jane Roe | Example.com" or
/// "Yvette Tanamal (The Jakarta Post)": a name, then the outlet's name or
/// web address.
fn author_before_outlet<'t>(text: &'t str, patterns: &Patterns) -> Option<&'t str> {
    let in_brackets = || {
        let (name, outlet) = text.strip_suffix(')')?.split_once(" (")?;
        Some((name, outlet))
    };
    let (name, outlet) = (text.split_once(" - "))
        .or_else(|| text.split_once(" | "))
        .or_else(in_brackets)
        .or_else(|| text.rsplit_once(", "))?;
    let (name, outlet) = (name.trim(), outlet.trim());
    // "KOTARO NAGANO, Nikkei staff writer": the writer's role after the outlet.
    let outlet_alone = without_byline_role(outlet);
    let with_role = outlet_alone.len() < outlet.len() && looks_like_name(outlet_alone);
    // "Rahman Asmardika, Jurnalis": the role alone.
    let role_alone = lang::is_among(outlet, lang::BYLINE_ROLES);
    // "REUTERS | AL JAZEERA" credits sources, not a writer; "Jakarta, CNN
    // Indonesia" is a dateline.
    ((with_role || role_alone || names_an_outlet(outlet_alone, patterns))
        && !patterns.is_outlet_name(name)
        && !is_known_place(name))
    .then_some(name)
}

/// The most words an outlet's name after a writer's takes.
const MOST_OUTLET_WORDS: usize = 4;

/// A writer's name less a known outlet's name after it: "Greg Norman Fox
/// News" → "Greg Norman"; unchanged when no outlet ends it or the name
/// would be left with fewer than two words.
fn without_outlet_after<'t>(name: &'t str, patterns: &Patterns) -> &'t str {
    let starts: Vec<usize> = (name.char_indices())
        .filter(|&(_, c)| c == ' ')
        .map(|(at, _)| at)
        .collect();
    let cut =
        starts.iter().rev().take(MOST_OUTLET_WORDS).find(|&&at| {
            word_count(&name[..at]) >= 2 && patterns.is_outlet_name(name[at..].trim())
        });
    cut.map_or(name, |&at| name[..at].trim_end())
}

/// Words in lower case that may stand inside a name, and those that join
/// two names ("Osama bin Laden", "Ursula von der Leyen").
const NAME_PARTICLES: &[&str] = &[
    "bin", "binti", "ibn", "ul", "van", "von", "de", "der", "al", "el", "da", "di", "dan", "and",
];

/// A writer's name less the role written in lower case before it: "North
/// Asia correspondent James Oaten" → "James Oaten". A name's own particles
/// ("Siti binti Ahmad") are no role.
fn without_role_before(byline: &str) -> &str {
    let role_end = (byline.rmatch_indices(' ').map(|(at, _)| at)).find(|&at| {
        let word = byline[..at].rsplit(' ').next().unwrap_or_default();
        !word.is_empty()
            && word.chars().all(char::is_lowercase)
            && !lang::is_among(word, NAME_PARTICLES)
    });
    match role_end.map(|at| byline[at..].trim()) {
        Some(name) if (2..=4).contains(&word_count(name)) && looks_like_name(name) => name,
        _ => byline,
    }
}

/// An outlet's name less the writer's role after it: "Nikkei staff
/// writer" → "Nikkei"; unchanged without a role.
fn without_byline_role(outlet: &str) -> &str {
    lang::BYLINE_ROLES
        .iter()
        .find_map(|role| {
            let cut = outlet.len().checked_sub(role.len() + 1)?;
            let (name, tail) = outlet.split_at_checked(cut)?;
            (tail.starts_with(' ') && tail[1..].eq_ignore_ascii_case(role))
                .then_some(name.trim_end())
        })
        .unwrap_or(outlet)
}

static OUTLET_JOINS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s*|\s+(?:and|dan|with|&)\s+").unwrap());

/// Two wire agencies or outlets or more and nothing else: "Reuters and
/// Agence France-Presse", "AP, AFP", "Euronews with AP".
fn credits_agencies(text: &str, patterns: &Patterns) -> bool {
    if !text.contains([',', '&'])
        && !text.contains(" and ")
        && !text.contains(" dan ")
        && !text.contains(" with ")
    {
        return false;
    }
    let mut parts = 0;
    for part in OUTLET_JOINS.split(text) {
        if !patterns.is_outlet_name(part.trim()) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// Words for news agencies in general, no one's name: "Text by: NEWS
/// WIRES".
const WIRES: &[&str] = &["news wires", "wires", "wire services", "agencies", "agensi"];

/// A date line's text before the date less a weekday at its end ("Jakarta
/// ● Thu" → "Jakarta ●").
fn without_weekday(before: &str) -> &str {
    let (rest, last) = before.rsplit_once(' ').unwrap_or(("", before));
    let last = last.trim_end_matches([',', '.']);
    let weekday = lang::ALL.iter().any(|t| {
        t.weekdays
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case(last))
            || t.short_weekdays
                .iter()
                .any(|name| name.eq_ignore_ascii_case(last))
    });
    match weekday {
        true => rest,
        false => before,
    }
}

/// The first of the credits on a byline: "Rina Astuti | Editor: Bambang" →
/// "Rina Astuti", "Laura Bicker, Seoul correspondent" → "Laura Bicker".
/// A writer "for" a service is the writer alone: "Jieun Kim for RFA
/// Korean" → "Jieun Kim"; so is a writer before a dash set off by spaces
/// ("Ben Wolfgang - The Example Times").
fn first_credit(credits: &str) -> &str {
    let first = (credits.split(['|', '•', '·', ';', ',', '/']).next())
        .unwrap_or(credits)
        .trim();
    let spaced_dash = (first.match_indices(['-', '–', '—'])).find(|&(at, dash)| {
        first[..at].ends_with(' ') && first[at + dash.len()..].starts_with(' ')
    });
    let first = spaced_dash.map_or(first, |(at, _)| first[..at].trim_end());
    first
        .split_once(" for ")
        .map_or(first, |(writer, _)| writer.trim_end())
}

/// An outlet's web address, dateline marker or name ("Kompas.com",
/// "detikNews", "The Jakarta Post") in front of a date or after a writer.
fn names_an_outlet(text: &str, patterns: &Patterns) -> bool {
    patterns.outlet_for_marker(text).is_some()
        || is_web_address(text)
        || patterns.is_outlet_name(text)
}

/// A word with a dot inside it, the shape of a web address ("Example.com"),
/// not a word that ends a sentence ("Kamis.").
fn is_web_address(text: &str) -> bool {
    text.len() <= 40 && !text.contains(' ') && text.trim_end_matches('.').contains('.')
}

/// One to five capitalised words, no digits: the shape of a person's name.
pub fn looks_like_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && !text.chars().any(|c| c.is_ascii_digit())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || crate::lang::is_among(w, NAME_PARTICLES)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::CleanSettings;

    fn kinds(body: &str) -> Vec<LineKind> {
        classify(body, &Patterns::new(&CleanSettings::default()))
            .into_iter()
            .map(|l| l.kind)
            .collect()
    }

    #[test]
    fn the_trailing_credit_pattern_compiles_small() {
        // Found by fuzzing: the pattern with counted repetitions exceeded the
        // regex crate's default size limit (10 MiB) in the fuzzing build, and
        // every caption check panicked. It now fits in a tenth of that.
        let small = regex::RegexBuilder::new(TRAILING_CREDIT.as_str())
            .size_limit(1 << 20)
            .build();
        assert!(small.is_ok());
        assert!(caption("\u{8}").is_none());
    }

    #[test]
    fn a_trailing_credit_with_a_part_too_long_for_a_name_is_no_credit() {
        let name = "Nama Fotografer";
        let long_name =
            "Fotografernya Berkebangsaan Indonesia Tinggalnya Dijakartaselatan Bersamakeluarganya";
        assert!(long_name.chars().count() > MAX_CREDIT_PART_CHARS);
        let credited = |credit: &str| caption(&format!("Dua menteri bertemu di Jakarta. {credit}"));
        assert!(credited(&format!("{name}/Kantor Berita")).is_some());
        assert!(credited(&format!("{long_name}/Kantor Berita")).is_none());
        assert!(credited(&format!("Kantor Berita/{long_name}")).is_none());
        assert!(credited(&format!("{name} via Kantor Berita")).is_some());
        let long_agency = "Kantorberita Nasionalindonesia Yangnamanya Panjangsekali";
        assert!(long_agency.chars().count() > MAX_VIA_CHARS);
        assert!(credited(&format!("{name} via {long_agency}")).is_none());
    }

    #[test]
    fn captions_in_three_credit_styles() {
        let bracket =
            caption("Dua menteri bertemu di Jakarta.[Nama Fotografer/Kantor Berita via AP]")
                .unwrap();
        assert_eq!(bracket.text, "Dua menteri bertemu di Jakarta.");
        assert_eq!(
            bracket.credit.as_deref(),
            Some("Nama Fotografer/Kantor Berita via AP")
        );
        let photo = caption("Bendera berkibar di jalan. (Foto: AFP/STR)").unwrap();
        assert_eq!(photo.credit.as_deref(), Some("AFP/STR"));
        let agency = caption("Dua pemimpin bertemu di Vostochny. (AP Photo/Jane Roe)").unwrap();
        assert_eq!(agency.credit.as_deref(), Some("AP Photo/Jane Roe"));
        assert_eq!(agency.text, "Dua pemimpin bertemu di Vostochny.");
        let trailing =
            caption("The leaders shake hands in Hanoi, 2019. Jane Roe/Pool via REUTERS").unwrap();
        assert_eq!(
            trailing.credit.as_deref(),
            Some("Jane Roe/Pool via REUTERS")
        );
    }

    #[test]
    fn a_photo_credit_label_after_a_bar() {
        let found = caption("The leaders meet in Hanoi on Wednesday. | Photo Credit: AP").unwrap();
        assert_eq!(found.text, "The leaders meet in Hanoi on Wednesday.");
        assert_eq!(found.credit.as_deref(), Some("AP"));
    }

    #[test]
    fn a_source_in_brackets_ends_a_caption_that_is_no_sentence() {
        let found =
            caption("Menteri Pertanian dan petani di Karawang (Sumber: Kantor Berita)").unwrap();
        assert_eq!(found.text, "Menteri Pertanian dan petani di Karawang");
        assert_eq!(found.credit.as_deref(), Some("Kantor Berita"));
        assert_eq!(
            caption("Harga beras naik lagi pekan ini. (Sumber: BPS)"),
            None
        );
    }

    #[test]
    fn a_credit_after_a_slash_ends_a_caption() {
        let one = caption("The leaders shake hands in Hanoi on Wednesday. /Pool-Wire").unwrap();
        assert_eq!(one.text, "The leaders shake hands in Hanoi on Wednesday.");
        assert_eq!(one.credit.as_deref(), Some("Pool-Wire"));
        let parts =
            caption("Dua menteri bertemu di Jakarta. /Kantor Berita/Nama Fotografer").unwrap();
        assert_eq!(
            parts.credit.as_deref(),
            Some("Kantor Berita/Nama Fotografer")
        );
        // A slash inside running text, or a sentence after it, is no credit.
        assert_eq!(
            caption("Harga naik 10 persen /tahun menurut data resmi."),
            None
        );
        assert_eq!(
            caption("The vote was close. /The count goes on tonight."),
            None
        );
    }

    #[test]
    fn body_sentences_with_brackets_or_slashes_are_not_captions() {
        assert_eq!(caption("Harga naik 10 persen [lihat tabel]"), None);
        assert_eq!(
            caption("He said the plan was good. Others disagreed."),
            None
        );
    }

    #[test]
    fn writers_without_a_label_above_the_date_line() {
        let k = kinds(
            "Kim and Putin hold talks at a spaceport\nJustin McCurry in Tokyo and Pjotr Sauer\nWed 13 Sep 2023 10.25 BST",
        );
        assert!(
            matches!(&k[1], LineKind::Byline { author: Some(a), published: None } if a == "Justin McCurry and Pjotr Sauer"),
            "{k:?}"
        );
        assert!(
            matches!(k[2], LineKind::DateLine(_)),
            "a short weekday before the date: {k:?}"
        );
        let k = kinds("Kim and Putin hold talks at a spaceport\nNorth Korea\n13 Sep 2023");
        assert_eq!(k[1], LineKind::Text, "a place is a rubric, not a writer");
        let k = kinds(
            "Kim Dan Putin Bertemu Di Vladivostok\nKim Jong Un Dan Vladimir Putin\n13 Sep 2023",
        );
        assert_eq!(
            k[1],
            LineKind::Text,
            "under a title-case headline it may be the headline"
        );
        assert_eq!(
            unlabelled_byline("Julian Borger in Washington, Pjotr Sauer and agencies").as_deref(),
            Some("Julian Borger and Pjotr Sauer")
        );
        assert_eq!(unlabelled_byline("Putin says talks went well"), None);
    }

    #[test]
    fn date_line_and_byline() {
        let k = kinds(
            "Kamis, 31 Mei 2018 20:25 WIB\nWilly Haryono • 24 April 2019 07:21\nOleh: Rina Putri",
        );
        assert!(matches!(k[0], LineKind::DateLine(_)));
        assert!(
            matches!(&k[1], LineKind::Byline { author: Some(a), published: Some(_) } if a == "Willy Haryono")
        );
        assert!(
            matches!(&k[2], LineKind::Byline { author: Some(a), published: None } if a == "Rina Putri")
        );
    }

    #[test]
    fn a_sentence_with_a_date_is_text() {
        let k = kinds("Pertemuan berlangsung pada Kamis, 31 Mei 2018 di Pyongyang.");
        assert_eq!(k, vec![LineKind::Text]);
    }

    #[test]
    fn everything_after_a_tail_marker_or_sign_off_is_furniture() {
        let k = kinds("Isi berita.\n(ABC)\nFOLLOW US\nIkuti kami\nBerita terkait\nJudul lain");
        assert_eq!(k[0], LineKind::Text);
        assert_eq!(k[1], LineKind::SignOff);
        assert!(k[2..].iter().all(|k| *k == LineKind::Furniture));
    }

    #[test]
    fn unknown_short_lines_repeated_between_paragraphs_are_furniture() {
        let body = "Paragraf satu.\nDukung kami sekarang\nParagraf dua.\nDukung kami sekarang\nParagraf tiga.\nDukung kami sekarang";
        let k = kinds(body);
        assert_eq!(k.iter().filter(|k| **k == LineKind::Furniture).count(), 3);
        assert_eq!(k.iter().filter(|k| **k == LineKind::Text).count(), 3);
    }

    #[test]
    fn menus_and_breadcrumbs_are_navigation_and_headlines_are_not() {
        for menu in [
            "Home > Nasional > Politik",
            "Beranda / Internasional",
            "Home › World › Asia Pacific",
            "World  Business  Markets  Sustainability  More",
            "News | Sport | Weather",
        ] {
            assert!(is_navigation(menu), "{menu}");
        }
        for headline in [
            "Kim Yong Chol - Mike Pompeo Bahas Denuklirisasi Korut dan KTT",
            "Rusia Pastikan Putin dan Kim Bertemu Kamis Besok",
            "Bertemu Kim Jong Un, Vladimir Putin: Kami Bertukar Pendapat",
            "Trade / Ports",
            "Putin  dan Kim  Bertemu",
        ] {
            assert!(!is_navigation(headline), "{headline}");
        }
    }

    #[test]
    fn reading_times_and_outlet_rubrics_are_furniture() {
        for line in [
            "Dibaca Normal 4 menit",
            "waktu baca 3 menit",
            "5 min read",
            "Reading time: 4 minutes",
        ] {
            assert!(is_reading_time(line), "{line}");
        }
        assert!(!is_reading_time("Rapat berlangsung 40 menit"));
        assert!(
            !is_reading_time("Dibaca 4 kali"),
            "a count of readers is no reading time"
        );
        let patterns = Patterns::new(&crate::config::CleanSettings::default());
        assert!(is_outlet_rubric("tirto.id - Politik", &patterns));
        assert!(!is_outlet_rubric(
            "Kompas.com - 29/01/2019, 14:22 WIB",
            &patterns
        ));
        assert!(!is_outlet_rubric("Andi Saputra - detikNews", &patterns));
    }

    #[test]
    fn rows_of_share_buttons_and_nothing_else() {
        assert!(is_share_row("Facebook Twitter LinkedIn Email"));
        assert!(is_share_row("Share: Facebook | WhatsApp | Copy link"));
        assert!(!is_share_row("Facebook"));
        assert!(is_share_row("twitter") && is_share_row("mailto"));
        assert!(is_sign_off("(Ant/I-2)") && !is_sign_off("(AFP/Getty)"));
        assert!(!is_share_row("Facebook said it would appeal."));
    }

    #[test]
    fn a_date_in_figures_after_the_outlet_and_two_credits_on_one_line() {
        let k = kinds(
            "Kompas.com - 29/01/2019, 14:22 WIB\nPenulis: Rina Astuti | Editor: Bambang Priyo",
        );
        let LineKind::DateLine(published) = &k[0] else {
            panic!("not a date line: {:?}", k[0]);
        };
        assert_eq!(published.to_rfc3339(), "2019-01-29T14:22:00+07:00");
        assert!(
            matches!(&k[1], LineKind::Byline { author: Some(a), .. } if a == "Rina Astuti"),
            "{:?}",
            k[1]
        );
    }

    #[test]
    fn a_date_written_and_updated_and_a_tip_line_ending_with_an_address() {
        let k = kinds("Write: 2024-06-20 08:33:12 Update: 2024-06-20 09:10:45\nDo you have a tip on a story we should be covering? Let us know via tips@example.com.");
        assert!(matches!(k[0], LineKind::DateLine(_)), "{:?}", k[0]);
        assert_eq!(k[1], LineKind::Furniture);
        let sentence = "Readers wrote to the paper about the port, and the editor answered every letter at length.";
        assert_eq!(kinds(sentence), [LineKind::Text]);
    }

    #[test]
    fn captions_credited_in_parts_or_labelled_at_both_ends() {
        let k = kinds("The two leaders greet crowds in Pyongyang (Reuters/Jane Roe via Getty Images)\nImage: The leaders at the signing. Pic: Pool\nThe two leaders met on Wednesday and signed a pact in the capital.");
        assert!(
            matches!(&k[0], LineKind::Caption(c) if c.credit.as_deref() == Some("Reuters/Jane Roe via Getty Images")),
            "{:?}",
            k[0]
        );
        assert!(
            matches!(&k[1], LineKind::Caption(c) if c.text == "The leaders at the signing." && c.credit.as_deref() == Some("Pool")),
            "{:?}",
            k[1]
        );
    }

    #[test]
    fn captions_credited_after_a_bar_a_bare_photo_label_or_a_source_in_capitals() {
        let k = kinds(
            "Minister Jane Roe at a news conference in Tokyo on Thursday | JIJI\n\
             Ministry spokesperson Jane Roe Photo: Example Ministry\n\
             The minister meets the ambassador in Seoul on Friday. [MINISTRY OF FOREIGN AFFAIRS]\n\
             Prices rose in Tokyo and Osaka last month | Markets | Economy",
        );
        let credits: Vec<Option<&str>> = (k.iter())
            .map(|kind| match kind {
                LineKind::Caption(c) => c.credit.as_deref(),
                _ => None,
            })
            .collect();
        assert_eq!(
            credits,
            [
                Some("JIJI"),
                Some("Example Ministry"),
                Some("MINISTRY OF FOREIGN AFFAIRS"),
                None
            ]
        );
    }

    #[test]
    fn an_agency_alone_after_the_body_an_outlet_s_own_byline_and_a_translator() {
        let k = kinds(
            "By CNA\nTranslator: Jane Roe\nPelabuhan dibuka kembali pada Kamis setelah badai reda.\nREUTERS\nJoin our channel",
        );
        assert_eq!(
            k,
            [
                LineKind::Byline {
                    author: None,
                    published: None
                },
                LineKind::Furniture,
                LineKind::Text,
                LineKind::SignOff,
                LineKind::Furniture
            ]
        );
    }

    #[test]
    fn a_time_after_a_dash_and_a_place_after_the_date() {
        let k =
            kinds("Kamis, 20 Juni 2024 – 14:10 WIB\nUpdated - June 19, 2024 08:31 pm KST - SEOUL");
        let times: Vec<String> = (k.iter())
            .map(|kind| match kind {
                LineKind::DateLine(published) => published.to_rfc3339(),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(
            times,
            ["2024-06-20T14:10:00+07:00", "2024-06-19T20:31:00+09:00"]
        );
        assert!(!matches!(
            kinds("June 19, 2024 was a hot day")[0],
            LineKind::DateLine(_)
        ));
    }

    #[test]
    fn an_iso_date_posted_and_modified_on_one_line() {
        let k = kinds("Posted on : 2024-06-20 17:06 KST Modified on : 2024-06-21 09:10 KST");
        let LineKind::DateLine(published) = &k[0] else {
            panic!("not a date line: {:?}", k[0]);
        };
        assert_eq!(published.to_rfc3339(), "2024-06-20T17:06:00+09:00");
    }

    #[test]
    fn a_teaser_marker_alone_takes_the_headline_on_the_next_line() {
        let k = kinds("Isi berita pertama yang cukup panjang.\nBaca juga:\nJokowi Minta Vaksinasi Dipercepat\nIsi berita kedua yang juga cukup panjang.");
        assert_eq!(
            k,
            vec![
                LineKind::Text,
                LineKind::Furniture,
                LineKind::Furniture,
                LineKind::Text
            ]
        );
    }

    #[test]
    fn a_writer_and_the_outlet_is_a_byline() {
        let k = kinds("Andi Saputra - detikNews\nJane Roe | example.com\nPutin - Kim");
        assert!(matches!(&k[0], LineKind::Byline { author: Some(a), .. } if a == "Andi Saputra"));
        assert!(matches!(&k[1], LineKind::Byline { author: Some(a), .. } if a == "Jane Roe"));
        assert_eq!(k[2], LineKind::Text);
    }

    #[test]
    fn an_outlet_with_an_agency_is_a_byline_without_a_writer() {
        let k = kinds("By CNA with Reuters\nBy Jane Roe with Reuters");
        let no_writer = LineKind::Byline {
            author: None,
            published: None,
        };
        assert_eq!(k[0], no_writer);
        assert_ne!(k[1], no_writer, "a writer with an agency is the writer's");
    }

    #[test]
    fn an_agency_after_a_dash_signs_off() {
        let k = kinds("Pelabuhan dibuka kembali pada Kamis setelah badai reda.\n-- REUTERS\nMore");
        assert_eq!(
            k,
            vec![LineKind::Text, LineKind::SignOff, LineKind::Furniture]
        );
        assert_eq!(kinds("— Tidak ada"), vec![LineKind::Text]);
    }

    #[test]
    fn a_short_quotation_before_a_weekday_is_no_byline() {
        // "…, Kamis." ends a sentence: neither the word nor the quote is a byline.
        let k = kinds(
            "\"Kami tidak ingin perang,\" ujar Lavrov kepada wartawan di Moskow, Kamis.\n\
             Menurut Lavrov, pertemuan berlangsung di Moskow, Kamis.",
        );
        assert_eq!(k, vec![LineKind::Text, LineKind::Text]);
    }

    #[test]
    fn a_tail_marker_with_a_curly_apostrophe_opens_the_tail() {
        let k = kinds("Pelabuhan dibuka kembali pada Kamis setelah badai reda.\nEditor’s picks\nAnother story");
        assert_eq!(
            k,
            vec![LineKind::Text, LineKind::TailStart, LineKind::Furniture]
        );
    }

    #[test]
    fn closing_credits_end_the_body_and_copyright_opens_the_tail() {
        let k = kinds("Pelabuhan dibuka kembali pada Kamis setelah badai reda.\nReporting by Jane Roe; Editing by Tom Gray\nAfter the credits");
        assert_eq!(
            k,
            vec![LineKind::Text, LineKind::SignOff, LineKind::Furniture]
        );
        let k = kinds("Isi berita yang cukup panjang untuk dibaca.\n© 2021 Newswire. All rights reserved.\nFooter");
        assert_eq!(
            k,
            vec![LineKind::Text, LineKind::TailStart, LineKind::Furniture]
        );
        let k = kinds("Copyright holders said the new law went too far.");
        assert_eq!(k, vec![LineKind::Text]);
    }

    #[test]
    fn a_contributor_s_line_is_a_closing_credit_and_a_staff_byline_names_no_one() {
        let k = kinds("Pelabuhan dibuka kembali pada Kamis setelah badai reda.\nWire writer Jane Roe in Tallinn, Estonia, contributed to this report.\nMore");
        assert_eq!(
            k,
            vec![LineKind::Text, LineKind::SignOff, LineKind::Furniture]
        );
        let k = kinds("Tim detikcom - detikNews");
        assert_eq!(
            k,
            vec![LineKind::Byline {
                author: None,
                published: None
            }]
        );
        let k = kinds("Published On 15 Sep 2023");
        assert!(matches!(k[0], LineKind::DateLine(_)), "{k:?}");
        assert_eq!(kinds("[Gambas:Video 20detik]"), vec![LineKind::Furniture]);
        let k = kinds("Isi berita yang cukup panjang untuk dibaca di sini.\nBaca Juga\nJudul Lain Pertama\nJudul Lain Kedua\nIsi berita berlanjut dengan kalimat yang cukup panjang.\n1\n2");
        assert_eq!(
            k,
            vec![
                LineKind::Text,
                LineKind::Furniture,
                LineKind::Furniture,
                LineKind::Furniture,
                LineKind::Text,
                LineKind::Furniture,
                LineKind::Furniture
            ],
            "a block of teasers under a marker without a colon, and a pager"
        );
        let k = kinds("Oleh Tanti Yulianingsih pada 14 Sep 2023, 08:00 WIB");
        assert!(
            matches!(&k[0], LineKind::Byline { author: Some(a), .. } if a == "Tanti Yulianingsih"),
            "{k:?}"
        );
    }

    #[test]
    fn names_look_like_names() {
        assert!(looks_like_name("Willy Haryono"));
        assert!(looks_like_name("Abdul bin Salim"));
        assert!(!looks_like_name("mengatakan bahwa"));
        assert!(!looks_like_name("Agen 007"));
    }
}
