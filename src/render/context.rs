//! Dossier → typed template contexts: one borrowed `Serialize` struct per
//! template. These structs are the contract with template editors and are
//! documented field by field in docs/templates.md.

use serde::Serialize;

use super::i18n::{self, Strings};
pub use super::shared::Shared;
use crate::annotate::QuoteKind;
use crate::config::{Config, Publisher};
use crate::link::DossierArticle;

/// What every template gets as `site`.
#[derive(Serialize)]
pub struct SiteContext<'a> {
    /// Dossier title.
    pub title: &'a str,
    /// Dossier description.
    pub description: &'a str,
    /// UI language code.
    pub language: &'a str,
    /// Link to the home page (honours the base path, e.g. "/dossier/").
    pub home_url: String,
    /// Link prefix for assets and pages (same as home_url).
    pub base_path: &'a str,
    /// Who compiled the dossier.
    pub author: &'a str,
    /// Publishing organisation.
    pub publisher: &'a Publisher,
    /// Main navigation.
    pub nav: Vec<NavLink>,
    /// Links to the data exports.
    pub data_links: Vec<NavLink>,
    /// Stylesheet links.
    pub stylesheets: Vec<String>,
    /// Link to the page of what the sources disagree on.
    pub discrepancies_url: String,
    /// Link to the Atom feed.
    pub feed_url: String,
    /// Link to the search page.
    pub search_url: String,
}

/// A link in a navigation list.
#[derive(Serialize, Clone)]
pub struct NavLink {
    /// Text.
    pub title: String,
    /// Target.
    pub url: String,
    /// The `page.section` of the pages it leads to (marks the current link);
    /// empty for links that are not sections.
    pub section: String,
}

/// What every template gets as `page`: the head of the HTML document.
#[derive(Serialize)]
pub struct PageHead {
    /// Document title (without the dossier's).
    pub title: String,
    /// Meta description.
    pub description: String,
    /// Canonical URL (absolute when base_url has an origin).
    pub canonical: String,
    /// Which section of the navigation is current ("home", "sources", page slug …).
    pub section: String,
    /// OpenGraph type: "website" or "article".
    pub og_type: &'static str,
    /// schema.org JSON-LD of the page, ready to print inside a script tag, or null.
    pub jsonld: Option<String>,
}

/// An article as listed anywhere.
#[derive(Serialize)]
pub struct ArticleCard<'a> {
    /// Slug.
    pub slug: &'a str,
    /// Link to its page.
    pub url: String,
    /// Headline.
    pub title: &'a str,
    /// The headline was drawn from the first sentence.
    pub title_inferred: bool,
    /// RFC 3339 date, or null.
    pub published: Option<String>,
    /// The date for readers ("31 Mei 2018, 20.25 WIB"), or null.
    pub published_display: Option<String>,
    /// The date was inferred from the text.
    pub published_inferred: bool,
    /// Outlet, or null.
    pub outlet: Option<&'a str>,
    /// Author, or null.
    pub author: Option<&'a str>,
    /// Dateline place, or null.
    pub dateline: Option<&'a str>,
    /// Language code of the article.
    pub lang: &'a str,
    /// Input file name.
    pub source_file: &'a str,
}

impl<'a> ArticleCard<'a> {
    /// The card of an article.
    pub fn new(article: &'a DossierArticle, config: &Config, strings: &Strings) -> Self {
        let meta = &article.annotated.article.meta;
        ArticleCard {
            slug: &article.slug,
            url: super::article_url(config, article),
            title: &meta.title,
            title_inferred: meta.title_inferred,
            published: meta.published.map(|p| p.to_rfc3339()),
            published_display: meta
                .published
                .map(|p| i18n::format_published(&p, strings, &config.raw.language)),
            published_inferred: meta.published_inferred,
            outlet: meta.outlet.as_deref(),
            author: meta.author.as_deref(),
            dateline: meta.dateline.as_deref(),
            lang: &meta.lang,
            source_file: &article.annotated.article.source_file,
        }
    }
}

/// A piece of an article body, in reading order.
#[derive(Serialize)]
pub struct BodyBlock {
    /// "paragraph", "caption" or "html" (a rendered Markdown body).
    pub kind: &'static str,
    /// Anchor id ("p-3", "fig-1").
    pub id: String,
    /// The block's HTML, already escaped.
    pub html: String,
    /// Photo credit of a caption, or null.
    pub credit: Option<String>,
}

/// Context of index.html.
#[derive(Serialize)]
pub struct HomeContext<'a> {
    /// The dossier.
    pub site: Shared<SiteContext<'a>>,
    /// UI strings.
    pub t: Shared<Strings>,
    /// Document head.
    pub page: PageHead,
    /// Articles, newest first.
    pub articles: Vec<Shared<ArticleCard<'a>>>,
    /// Number of outlets.
    pub outlet_count: usize,
    /// Free pages.
    pub pages: Vec<NavLink>,
    /// The latest events, oldest first.
    pub timeline: Vec<TimelineItem<'a>>,
    /// Link to the whole timeline.
    pub timeline_url: String,
}

/// An event or a publication on the timeline.
#[derive(Serialize)]
pub struct TimelineItem<'a> {
    /// Anchor ("e-2018-05-31-…" or "published-<slug>").
    pub id: String,
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub date: &'a str,
    /// The date for readers, as precise as it is known ("Februari 2019").
    pub date_display: String,
    /// "event" or "published".
    pub kind: &'static str,
    /// What happened (or the article's title).
    pub label: &'a str,
    /// Entities involved.
    pub entities: Vec<Shared<EntityLink<'a>>>,
    /// The articles that tell it, each with a link to the telling paragraph.
    pub sources: Vec<TimelineSource<'a>>,
    /// Entity ids, space-separated, for the filter.
    pub filter_entities: String,
    /// Outlets, separated by "|", for the filter.
    pub filter_outlets: String,
}

/// One article telling a timeline item.
#[derive(Serialize)]
pub struct TimelineSource<'a> {
    /// The article.
    pub article: Shared<ArticleCard<'a>>,
    /// Link to the paragraph that tells it.
    pub url: String,
}

/// A month of the timeline.
#[derive(Serialize)]
pub struct TimelineMonth<'a> {
    /// "2018-05", or the year alone for items known only to the year.
    pub key: String,
    /// "Mei 2018", or the year.
    pub label: String,
    /// Items in date order.
    pub items: Vec<TimelineItem<'a>>,
}

/// A year of the timeline.
#[derive(Serialize)]
pub struct TimelineYear<'a> {
    /// The year.
    pub year: String,
    /// Its months in order.
    pub months: Vec<TimelineMonth<'a>>,
}

/// A choice in a timeline filter.
#[derive(Serialize)]
pub struct FilterOption {
    /// Value matched against the items' filter fields.
    pub value: String,
    /// Shown text.
    pub label: String,
}

/// Context of timeline.html.
#[derive(Serialize)]
pub struct TimelineContext<'a> {
    /// The dossier.
    pub site: Shared<SiteContext<'a>>,
    /// UI strings.
    pub t: Shared<Strings>,
    /// Document head.
    pub page: PageHead,
    /// Years in order (on this page).
    pub years: Vec<TimelineYear<'a>>,
    /// Pages of the timeline, each labelled with its date range.
    pub pager: Pager,
    /// Entities to filter by, people first.
    pub entity_options: Vec<FilterOption>,
    /// Outlets to filter by.
    pub outlet_options: Vec<FilterOption>,
    /// The filter script.
    pub script_url: String,
    /// The TimelineJS3 data.
    pub timeline_json_url: String,
}

/// Articles that agree on one version (a spelling, a date).
#[derive(Serialize)]
pub struct Version<'a> {
    /// The spelling or the date for readers.
    pub text: String,
    /// The articles giving it.
    pub articles: Vec<Shared<ArticleCard<'a>>>,
}

/// One person spelled several ways.
#[derive(Serialize)]
pub struct SpellingDiscrepancy<'a> {
    /// The person.
    pub entity: Shared<EntityLink<'a>>,
    /// Each spelling with its articles.
    pub versions: Vec<Version<'a>>,
}

/// One event given several dates.
#[derive(Serialize)]
pub struct DateDiscrepancy<'a> {
    /// What happened.
    pub label: &'a str,
    /// Each date with its articles.
    pub versions: Vec<Version<'a>>,
}

/// Context of discrepancies.html.
#[derive(Serialize)]
pub struct DiscrepanciesContext<'a> {
    /// The dossier.
    pub site: Shared<SiteContext<'a>>,
    /// UI strings.
    pub t: Shared<Strings>,
    /// Document head.
    pub page: PageHead,
    /// People spelled differently.
    pub spellings: Vec<SpellingDiscrepancy<'a>>,
    /// Events dated differently.
    pub dates: Vec<DateDiscrepancy<'a>>,
}

/// Context of search.html.
#[derive(Serialize)]
pub struct SearchContext<'a> {
    /// The dossier.
    pub site: Shared<SiteContext<'a>>,
    /// UI strings.
    pub t: Shared<Strings>,
    /// Document head.
    pub page: PageHead,
    /// The index the script reads.
    pub index_url: String,
    /// The search script.
    pub script_url: String,
}

/// Context of article.html.
#[derive(Serialize)]
pub struct ArticleContext<'a> {
    /// The dossier.
    pub site: Shared<SiteContext<'a>>,
    /// UI strings.
    pub t: Shared<Strings>,
    /// Document head.
    pub page: PageHead,
    /// The article's metadata.
    pub article: Shared<ArticleCard<'a>>,
    /// The body, paragraphs and captions in reading order.
    pub blocks: Vec<BodyBlock>,
    /// Link to the annotated Markdown.
    pub markdown_url: String,
    /// Link to the original article, or null.
    pub original_url: Option<&'a str>,
    /// Link to the raw capture as it was given.
    pub raw_url: String,
    /// The article's quotes in text order.
    pub quotes: Vec<QuoteCard<'a>>,
    /// The entities it names, people first, then by name.
    pub entities: Vec<Shared<EntityLink<'a>>>,
    /// Related articles, best first.
    pub related: Vec<Shared<ArticleCard<'a>>>,
    /// Events this article tells that other articles tell too.
    pub also_reported: Vec<AlsoReported<'a>>,
    /// Articles that list this one as related.
    pub linked_from: Vec<Shared<ArticleCard<'a>>>,
    /// Previous article in time, or null.
    pub previous: Option<Shared<ArticleCard<'a>>>,
    /// Next article in time, or null.
    pub next: Option<Shared<ArticleCard<'a>>>,
}

/// A quote as listed anywhere.
#[derive(Serialize)]
pub struct QuoteCard<'a> {
    /// Stable id, also the anchor in the article page ("q-<slug>-3").
    pub id: &'a str,
    /// Link to the quote in its article.
    pub url: String,
    /// The words as between the marks.
    pub text: &'a str,
    /// The words for display: without the comma or space the sentence put
    /// inside the closing mark.
    pub display_text: &'a str,
    /// "speech" or "partial".
    pub kind: QuoteKind,
    /// Who said it, or null.
    pub speaker: Option<&'a str>,
    /// Link to the speaker's quotes, or null.
    pub speaker_url: Option<String>,
    /// The speech verb, or null.
    pub verb: Option<&'a str>,
    /// How the speaker was found ("verb after the quote", "editor", …).
    pub evidence: &'a str,
    /// Ids of the same statement as other outlets report it.
    pub variants: Vec<&'a str>,
    /// The same statement as other outlets report it.
    pub variant_quotes: Vec<QuoteVariant<'a>>,
    /// The article it is in.
    pub article: Shared<ArticleCard<'a>>,
}

/// An event told by this article and by others.
#[derive(Serialize)]
pub struct AlsoReported<'a> {
    /// What happened.
    pub label: &'a str,
    /// When, for readers.
    pub date_display: String,
    /// The event on the timeline.
    pub url: String,
    /// The other articles telling it, at most `ALSO_REPORTED_SHOWN`.
    pub articles: Vec<Shared<ArticleCard<'a>>>,
    /// How many more articles tell it (listed on the timeline).
    pub more: usize,
}

/// A link to an entity's page.
#[derive(Serialize, Clone)]
pub struct EntityLink<'a> {
    /// Entity id (slug).
    pub id: &'a str,
    /// Canonical name.
    pub name: &'a str,
    /// person, place, organization, event or other.
    pub kind: &'static str,
    /// Link to its page.
    pub url: String,
    /// How many articles name it (or, in "appears with", articles shared).
    pub count: usize,
}

/// Entities of one kind.
#[derive(Serialize)]
pub struct EntityGroup<'a> {
    /// person, place, organization, event or other.
    pub kind: &'static str,
    /// The kind for readers ("Tokoh", "People").
    pub label: &'static str,
    /// Entities, most named first.
    pub entities: Vec<Shared<EntityLink<'a>>>,
}

/// Context of entities.html (/entities/).
#[derive(Serialize)]
pub struct EntitiesContext<'a> {
    /// The dossier.
    pub site: Shared<SiteContext<'a>>,
    /// UI strings.
    pub t: Shared<Strings>,
    /// Document head.
    pub page: PageHead,
    /// People, places, organisations, events, others; empty kinds left out.
    pub groups: Vec<EntityGroup<'a>>,
}

/// Context of entity.html (/entities/<id>/).
#[derive(Serialize)]
pub struct EntityContext<'a> {
    /// The dossier.
    pub site: Shared<SiteContext<'a>>,
    /// UI strings.
    pub t: Shared<Strings>,
    /// Document head.
    pub page: PageHead,
    /// The entity.
    pub entity: Shared<EntityLink<'a>>,
    /// The kind for readers.
    pub kind_label: &'static str,
    /// One line from the gazetteer, or null.
    pub description: Option<&'a str>,
    /// Links from the gazetteer.
    pub links: &'a [String],
    /// Other spellings seen.
    pub aliases: &'a [String],
    /// From the gazetteer rather than discovered.
    pub curated: bool,
    /// Times named in all articles.
    pub mentions: usize,
    /// Articles that name it, oldest first (those of this page).
    pub articles: Vec<Shared<ArticleCard<'a>>>,
    /// Its quotes, when it is a speaker (those of this page).
    pub quotes: Vec<QuoteCard<'a>>,
    /// Number of its quotes on all pages.
    pub quote_count: usize,
    /// Pages of the entity, when its articles or quotes outgrow one.
    pub pager: Pager,
    /// The entities named most often in the same articles.
    pub related: Vec<EntityLink<'a>>,
}

/// Another outlet's wording of the same statement.
#[derive(Serialize)]
pub struct QuoteVariant<'a> {
    /// The other quote's id.
    pub id: &'a str,
    /// Link to it in its article.
    pub url: String,
    /// Its words, for display.
    pub text: &'a str,
    /// Its article.
    pub article: Shared<ArticleCard<'a>>,
}

/// A speaker and their quotes.
#[derive(Serialize)]
pub struct SpeakerGroup<'a> {
    /// Canonical name, or null for quotes whose speaker is unknown.
    pub name: Option<&'a str>,
    /// Anchor of the group on the quotes page.
    pub anchor: String,
    /// The group's quotes on this page, oldest article first.
    pub quotes: Vec<QuoteCard<'a>>,
    /// All the speaker's quotes, on this page and others.
    pub count: usize,
    /// The group began on an earlier page.
    pub continued: bool,
}

/// A speaker in the index of the quotes pages.
#[derive(Serialize)]
pub struct SpeakerIndexEntry<'a> {
    /// Canonical name, or null for the unknown speaker.
    pub name: Option<&'a str>,
    /// Link to the speaker's group (page and anchor).
    pub url: String,
    /// Number of quotes.
    pub count: usize,
}

/// Links between the pages of a paginated section (quotes, timeline, an entity).
#[derive(Serialize)]
pub struct Pager {
    /// This page's number, from 1.
    pub current: usize,
    /// Number of pages; 1 when the section fits on one page.
    pub total: usize,
    /// The page before, or null.
    pub previous_url: Option<String>,
    /// The page after, or null.
    pub next_url: Option<String>,
    /// The first and last pages and those near this one, in order.
    pub pages: Vec<PagerLink>,
}

/// One page in a pager.
#[derive(Serialize)]
pub struct PagerLink {
    /// Its number, from 1.
    pub number: usize,
    /// Its address.
    pub url: String,
    /// What it holds ("3", or a date range on the timeline).
    pub label: String,
    /// Whether it is the page shown.
    pub current: bool,
    /// Pages between the one before and this one are left out (show "…").
    pub gap_before: bool,
}

/// Context of quotes.html.
#[derive(Serialize)]
pub struct QuotesContext<'a> {
    /// The dossier.
    pub site: Shared<SiteContext<'a>>,
    /// UI strings.
    pub t: Shared<Strings>,
    /// Document head.
    pub page: PageHead,
    /// The speaker groups on this page, most quoted first; unknown speaker last.
    pub speakers: Vec<SpeakerGroup<'a>>,
    /// On the first page: every speaker of every page, in the same order;
    /// empty on the others.
    pub speaker_index: Vec<SpeakerIndexEntry<'a>>,
    /// Number of quotes in the dossier.
    pub total: usize,
    /// Pages of the quotes section.
    pub pager: Pager,
}

/// An outlet and its articles.
#[derive(Serialize)]
pub struct OutletGroup<'a> {
    /// Outlet name, or null when unknown.
    pub name: Option<&'a str>,
    /// Its articles, oldest first.
    pub articles: Vec<Shared<ArticleCard<'a>>>,
}

/// Context of sources.html.
#[derive(Serialize)]
pub struct SourcesContext<'a> {
    /// The dossier.
    pub site: Shared<SiteContext<'a>>,
    /// UI strings.
    pub t: Shared<Strings>,
    /// Document head.
    pub page: PageHead,
    /// Outlets by name, unknown last.
    pub outlets: Vec<OutletGroup<'a>>,
}

/// Context of page.html (free pages).
#[derive(Serialize)]
pub struct FreePageContext<'a> {
    /// The dossier.
    pub site: Shared<SiteContext<'a>>,
    /// UI strings.
    pub t: Shared<Strings>,
    /// Document head.
    pub page: PageHead,
    /// The page's HTML.
    pub content: &'a str,
}

/// Context of 404.html.
#[derive(Serialize)]
pub struct NotFoundContext<'a> {
    /// The dossier.
    pub site: Shared<SiteContext<'a>>,
    /// UI strings.
    pub t: Shared<Strings>,
    /// Document head.
    pub page: PageHead,
}
