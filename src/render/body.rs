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
use crate::link::{quote_id, DossierArticle};
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
pub fn blocks(article: &DossierArticle, raw_html: RawHtml, config: &Config) -> Vec<BodyBlock> {
    let a = &article.annotated.article;
    let marker = QuoteMarker {
        article,
        quotes_page: config.link("quotes/"),
    };
    if a.kind == SourceKind::Markdown {
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

/// Wraps each quote in `<span class="quote …" id="q-…">` followed by its
/// speaker, linked to the speaker's quotes.
struct QuoteMarker<'a> {
    article: &'a DossierArticle,
    quotes_page: String,
}

impl QuoteMarker<'_> {
    fn quotes(&self) -> impl Iterator<Item = (usize, &Quote)> {
        self.article.annotated.quotes.iter().enumerate()
    }

    fn open_tag(&self, index: usize, quote: &Quote) -> String {
        let kind = match quote.kind {
            QuoteKind::Speech => "speech",
            QuoteKind::Partial => "partial",
        };
        let speaker = quote
            .speaker
            .as_deref()
            .map(|s| format!(" data-speaker=\"{}\"", escape::html(s)))
            .unwrap_or_default();
        format!(
            "<span class=\"quote quote-{kind}\" id=\"{}\"{speaker}>",
            quote_id(&self.article.slug, index)
        )
    }

    fn close_tag(&self, quote: &Quote) -> String {
        match quote.speaker.as_deref() {
            Some(name) => format!(
                "</span><sup class=\"quote-by\"><a href=\"{}#{}\">{}</a></sup>",
                self.quotes_page,
                speaker_anchor(Some(name)),
                escape::html(name)
            ),
            None => "</span>".to_string(),
        }
    }

    /// A capture paragraph, escaped, with its quotes marked by their spans.
    fn mark_paragraph(&self, paragraph: usize, text: &str) -> String {
        let mut html = String::with_capacity(text.len() + 128);
        let mut at = 0;
        for (index, quote) in self.quotes().filter(|(_, q)| q.paragraph == paragraph) {
            let Some(span) = quote
                .span
                .clone()
                .filter(|s| s.start >= at && s.end <= text.len())
            else {
                continue;
            };
            if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
                continue;
            }
            html.push_str(&escape::html(&text[at..span.start]));
            html.push_str(&self.open_tag(index, quote));
            html.push_str(&escape::html(&text[span.clone()]));
            html.push_str(&self.close_tag(quote));
            at = span.end;
        }
        html.push_str(&escape::html(&text[at..]));
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
            match html[at..].find(&needle).filter(|_| !needle.is_empty()) {
                Some(offset) => {
                    let start = at + offset;
                    out.push_str(&html[at..start]);
                    out.push_str(&self.open_tag(index, quote));
                    out.push_str(&needle);
                    out.push_str(&self.close_tag(quote));
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
