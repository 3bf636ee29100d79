//! An article → the blocks of its page body: paragraphs with their quotes
//! marked and anchored, and captions at their places; or, for a curated
//! Markdown article, one block of rendered Markdown with its quotes marked
//! where their text is found.

use super::context::BodyBlock;
use super::escape;
use super::markdown::{self, RawHtml};
use crate::annotate::{Quote, QuoteKind};
use crate::clean::Caption;
use crate::config::Config;
use crate::content::SourceKind;
use crate::link::{quote_id, Dossier, DossierArticle};
use crate::slug::slugify;

/// The anchor of a speaker's group on the quotes page.
pub fn speaker_anchor(speaker: Option<&str>) -> String {
    match speaker {
        Some(name) => format!("speaker-{}", slugify(name)),
        None => "speaker-unknown".to_string(),
    }
}

/// The body as blocks: escaped paragraphs with captions at their places, or
/// one block of rendered Markdown for curated articles.
pub fn blocks(
    article: &DossierArticle,
    dossier: &Dossier,
    raw_html: RawHtml,
    config: &Config,
    speaker_url: &dyn Fn(&str) -> String,
) -> Vec<BodyBlock> {
    let a = &article.annotated.article;
    if a.kind == SourceKind::Markdown {
        // Only the quotes are found again in rendered Markdown: the entities'
        // first mentions are places in the source text, not in the HTML.
        let marker = QuoteMarker {
            article,
            speaker_url,
            entity_links: Vec::new(),
        };
        let html = markdown::to_html(&a.paragraphs.join("\n\n"), raw_html);
        let mut blocks = vec![BodyBlock {
            kind: "html",
            id: "body".into(),
            html: marker.mark_rendered(html),
            credit: None,
        }];
        blocks.extend(
            a.captions
                .iter()
                .enumerate()
                .map(|(i, c)| caption_block(i, c)),
        );
        return blocks;
    }
    let marker = QuoteMarker {
        article,
        speaker_url,
        entity_links: first_mentions(article, dossier, config),
    };
    let mut blocks = Vec::with_capacity(a.paragraphs.len() + a.captions.len());
    let mut captions = a.captions.iter().enumerate().peekable();
    for (i, paragraph) in a.paragraphs.iter().enumerate() {
        while let Some((n, caption)) = captions.next_if(|(_, c)| c.position <= i) {
            blocks.push(caption_block(n, caption));
        }
        let mut html = marker.mark_paragraph(i, paragraph);
        if i == 0 {
            if let Some(place) = &a.meta.dateline {
                html = format!(
                    "<span class=\"dateline\">{}</span> — {html}",
                    escape::html(place)
                );
            }
        }
        blocks.push(BodyBlock {
            kind: "paragraph",
            id: format!("p-{i}"),
            html,
            credit: None,
        });
    }
    blocks.extend(captions.map(|(n, c)| caption_block(n, c)));
    blocks
}

fn caption_block(index: usize, caption: &Caption) -> BodyBlock {
    BodyBlock {
        kind: "caption",
        id: format!("fig-{}", index + 1),
        html: escape::html(&caption.text),
        credit: caption.credit.clone(),
    }
}

/// The first mention of each entity in the body: (paragraph, byte range,
/// opening tag of its link).
type EntityLink = (usize, std::ops::Range<usize>, String);

fn first_mentions(article: &DossierArticle, dossier: &Dossier, config: &Config) -> Vec<EntityLink> {
    let mentions = article.annotated.mentions.iter();
    let mut links: Vec<EntityLink> = (mentions.zip(&article.mention_entities))
        .filter_map(|(m, &entity)| {
            let (paragraph, range) = m.first.clone()?;
            let entity = &dossier.entities[entity?];
            let tag = format!(
                "<a class=\"entity entity-{}\" href=\"{}\">",
                entity.kind.as_str(),
                super::entity_url(config, entity)
            );
            Some((paragraph, range, tag))
        })
        .collect();
    links.sort_by_key(|(p, r, _)| (*p, r.start));
    links
}

/// Wraps each quote in `<span class="quote …" id="q-…">` followed by its
/// speaker, linked to the speaker's quotes, and links the first mention of
/// each entity to its page.
struct QuoteMarker<'a> {
    article: &'a DossierArticle,
    /// A speaker's name → their group on the quotes pages.
    speaker_url: &'a dyn Fn(&str) -> String,
    entity_links: Vec<EntityLink>,
}

impl QuoteMarker<'_> {
    fn quotes(&self) -> impl Iterator<Item = (usize, &Quote)> {
        self.article.annotated.quotes.iter().enumerate()
    }

    fn open_tag(&self, index: usize, quote: &Quote) -> String {
        let mut tag = String::with_capacity(128);
        self.push_open_tag(&mut tag, index, quote);
        tag
    }

    fn push_open_tag(&self, out: &mut String, index: usize, quote: &Quote) {
        let kind = match quote.kind {
            QuoteKind::Speech => "speech",
            QuoteKind::Partial => "partial",
        };
        out.push_str("<span class=\"quote quote-");
        out.push_str(kind);
        out.push_str("\" id=\"");
        out.push_str(&quote_id(&self.article.slug, index));
        out.push('"');
        if let Some(speaker) = quote.speaker.as_deref() {
            out.push_str(" data-speaker=\"");
            escape::push_html(out, speaker);
            out.push('"');
        }
        out.push('>');
    }

    fn close_tag(&self, quote: &Quote) -> String {
        let mut tag = String::with_capacity(128);
        self.push_close_tag(&mut tag, quote);
        tag
    }

    fn push_close_tag(&self, out: &mut String, quote: &Quote) {
        out.push_str("</span>");
        if let Some(name) = quote.speaker.as_deref() {
            out.push_str("<sup class=\"quote-by\"><a href=\"");
            out.push_str(&(self.speaker_url)(name));
            out.push_str("\">");
            escape::push_html(out, name);
            out.push_str("</a></sup>");
        }
    }

    /// A capture paragraph, escaped, with its quotes marked by their spans
    /// and the entities it names first linked.
    fn mark_paragraph(&self, paragraph: usize, text: &str) -> String {
        // (position, closes before opens, longer first, html)
        let mut inserts: Vec<(usize, u8, std::cmp::Reverse<usize>, String)> = Vec::new();
        for (index, quote) in self.quotes().filter(|(_, q)| q.paragraph == paragraph) {
            if let Some(span) = quote.span.clone() {
                let outer_first = std::cmp::Reverse(span.len());
                inserts.push((span.start, 1, outer_first, self.open_tag(index, quote)));
                let inner_first = std::cmp::Reverse(usize::MAX - span.len());
                inserts.push((span.end, 0, inner_first, self.close_tag(quote)));
            }
        }
        for (_, range, tag) in self.entity_links.iter().filter(|(p, _, _)| *p == paragraph) {
            let len = std::cmp::Reverse(range.len());
            inserts.push((range.start, 1, len, tag.clone()));
            inserts.push((
                range.end,
                0,
                std::cmp::Reverse(usize::MAX - range.len()),
                "</a>".into(),
            ));
        }
        inserts.retain(|(at, ..)| *at <= text.len() && text.is_char_boundary(*at));
        inserts.sort_by_key(|insert| (insert.0, insert.1, insert.2));
        let mut html = String::with_capacity(text.len() + 64 * inserts.len());
        let mut at = 0;
        for (position, _, _, tag) in inserts {
            escape::push_html(&mut html, &text[at..position]);
            html.push_str(&tag);
            at = position;
        }
        escape::push_html(&mut html, &text[at..]);
        html
    }

    /// Rendered Markdown with each quote's words marked where they are found in
    /// text order; a quote not found (split by markup) gets an anchor at the top.
    fn mark_rendered(&self, html: String) -> String {
        let mut out = String::with_capacity(html.len() + 256);
        let mut unplaced = String::new();
        let mut at = 0;
        for (index, quote) in self.quotes() {
            let needle = markdown::escape_text(&quote.text);
            match find_text(&html[at..], &needle).filter(|_| !needle.is_empty()) {
                Some(offset) => {
                    let start = at + offset;
                    out.push_str(&html[at..start]);
                    self.push_open_tag(&mut out, index, quote);
                    out.push_str(&needle);
                    self.push_close_tag(&mut out, quote);
                    at = start + needle.len();
                }
                None => unplaced.push_str(&format!(
                    "<span id=\"{}\"></span>",
                    quote_id(&self.article.slug, index)
                )),
            }
        }
        out.push_str(&html[at..]);
        unplaced + &out
    }
}

/// Bytes of a quote looked up before the rest is compared.
const NEEDLE_HEAD: usize = 16;

/// Where `needle` first is in `haystack`, as `str::find` says. A quote's text
/// is long and found once: its first bytes are looked up and the rest
/// compared, instead of preparing a searcher for the whole of it.
fn find_text(haystack: &str, needle: &str) -> Option<usize> {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    let head = memchr::memmem::Finder::new(&needle[..needle.len().min(NEEDLE_HEAD)]);
    let mut from = 0;
    while let Some(offset) = head.find(&haystack[from..]) {
        let start = from + offset;
        if haystack[start..].starts_with(needle) {
            return Some(start);
        }
        from = start + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_text_whose_first_bytes_come_earlier_is_found_whole() {
        let needle = "a".repeat(NEEDLE_HEAD + 4) + "c";
        let haystack = format!("{}b-{needle}", "a".repeat(NEEDLE_HEAD + 4));
        assert_eq!(find_text(&haystack, &needle), Some(NEEDLE_HEAD + 6));
        assert_eq!(find_text(&haystack[..NEEDLE_HEAD + 10], &needle), None);
    }

    proptest! {
        #[test]
        fn a_text_is_found_where_str_find_finds_it(
            haystack in "[ab é]{0,60}",
            needle in "[ab é]{0,24}",
        ) {
            prop_assert_eq!(find_text(&haystack, &needle), haystack.find(&needle));
            let inside = format!("{haystack}{needle}{haystack}");
            prop_assert_eq!(find_text(&inside, &needle), inside.find(&needle));
        }
    }
}
