//! Dossier → HTML pages: builds each template's typed context and renders it
//! with the theme's Tera templates; Markdown goes through pulldown-cmark and
//! syntect. Returns page text; writing is the site stage's job.

pub mod body;
pub mod context;
pub mod escape;
pub mod i18n;
mod jsonld;
pub mod markdown;
mod paginate;
#[cfg(test)]
mod reference;
mod shared;
pub mod templates;
mod timeline;

pub use paginate::page_path;

use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use context::{
    AlsoReported, ArticleCard, ArticleContext, DateDiscrepancy, DiscrepanciesContext,
    EntitiesContext, EntityContext, EntityGroup, EntityLink, FreePageContext, HomeContext, NavLink,
    NotFoundContext, OutletGroup, PageHead, QuoteCard, QuoteVariant, QuotesContext, Shared,
    SiteContext, SourcesContext, SpeakerGroup, SpeakerIndexEntry, SpellingDiscrepancy, Version,
};
use i18n::Strings;
use markdown::RawHtml;
use paginate::Share;
use shared::SharedOnce;
pub use templates::Templates;

use crate::annotate::EntityKind;
use crate::config::Config;
use crate::content::{PageSource, SourceKind};
use crate::diag::{Diagnostic, Location};
use crate::link::{Discrepancy, Dossier, DossierArticle, DossierQuote, Entity};
use crate::slug;

/// Other articles listed for an event they also report; the rest are counted.
pub const ALSO_REPORTED_SHOWN: usize = 5;

/// A free page, rendered to HTML.
#[derive(Debug, Clone)]
pub struct Page {
    /// URL slug: the page lives at /<slug>/.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub description: String,
    /// Position in navigation.
    pub weight: i64,
    /// Rendered Markdown.
    pub html: String,
}

/// Site paths the tool writes itself; a free page may not take them.
const RESERVED_SLUGS: &[&str] = &[
    "articles",
    "entities",
    "quotes",
    "timeline",
    "sources",
    "search",
    "data",
    "static",
    "css",
    "js",
    "discrepancies",
];

/// Renders free pages' Markdown; a slug that is invalid or taken is an error.
pub fn render_pages(sources: &[PageSource], config: &Config) -> Result<Vec<Page>, Vec<Diagnostic>> {
    let raw_html = if config.raw.allow_html {
        RawHtml::Allow
    } else {
        RawHtml::Escape
    };
    let mut problems = Vec::new();
    let mut pages: Vec<Page> = Vec::new();
    for source in sources {
        let slug = source
            .front_matter
            .slug
            .clone()
            .unwrap_or_else(|| slug::slugify(&source.stem));
        if let Err(reason) = slug::check(&slug) {
            problems.push(Diagnostic::error(
                Location::file(&source.path),
                format!("slug {slug:?} {reason}"),
            ));
            continue;
        }
        if RESERVED_SLUGS.contains(&slug.as_str()) || pages.iter().any(|p| p.slug == slug) {
            problems.push(
                Diagnostic::error(
                    Location::file(&source.path),
                    format!("the page slug {slug:?} is already taken"),
                )
                .with_help("set another `slug:` in the page's front matter"),
            );
            continue;
        }
        let title = source
            .front_matter
            .title
            .clone()
            .unwrap_or_else(|| source.stem.clone());
        pages.push(Page {
            description: source.front_matter.description.clone().unwrap_or_default(),
            weight: source.front_matter.weight,
            html: markdown::to_html(&source.body, raw_html),
            slug,
            title,
        });
    }
    pages.sort_by(|a, b| (a.weight, &a.slug).cmp(&(b.weight, &b.slug)));
    if problems.is_empty() {
        Ok(pages)
    } else {
        Err(problems)
    }
}

/// Everything needed to render any page of the site.
pub struct Renderer<'a> {
    /// Compiled templates.
    pub templates: &'a Templates,
    /// Settings.
    pub config: &'a Config,
    /// The dossier.
    pub dossier: &'a Dossier,
    /// Free pages.
    pub pages: &'a [Page],
    /// UI strings.
    pub strings: &'static Strings,
    /// `site` of every page.
    site: Shared<SiteContext<'a>>,
    /// `t` of every page.
    t: Shared<Strings>,
    /// Links to the free pages, as the home page lists them.
    free_page_links: Vec<NavLink>,
    /// The card of each article of `dossier.articles`, made once, when first shown.
    cards: Vec<SharedOnce<ArticleCard<'a>>>,
    /// The link to each entity of `dossier.entities`, made once.
    chips: Vec<Shared<EntityLink<'a>>>,
    /// Where each entity of `dossier.entities` appears, once a page of it
    /// (or its page count) has needed it.
    appearances: Vec<OnceLock<Appearances>>,
    /// Positions of the articles that list each article (by its position)
    /// as related.
    linked_from: Vec<Vec<usize>>,
    /// Positions in `dossier.events` of the events of each article (by
    /// its position).
    events_of: Vec<Vec<usize>>,
    /// Each article's publication day ("YYYY-MM-DD", or empty when unknown).
    publication_dates: Vec<String>,
    /// Quotes by speaker, in the order of the quotes pages: (speaker, (article, quote)).
    quote_groups: Vec<QuoteGroup<'a>>,
    /// The pages of /quotes/: each page's share of the groups.
    quote_pages: Vec<Vec<Share>>,
    /// The link to where each speaker's group begins on the quotes pages.
    speaker_urls: HashMap<Option<&'a str>, String>,
    /// The timeline's items in order, and the pages they fall on.
    timeline: timeline::Layout,
}

/// Where an entity appears, as positions (so that the renderer holds no
/// borrow in a cell), oldest first: worked out once for all its pages.
struct Appearances {
    /// The quotes it speaks there: (position in `dossier.quotes`, its article's).
    quotes: Vec<(usize, usize)>,
    /// The entities most often named with it, with how often.
    co_named: Vec<(usize, usize)>,
}

/// One speaker's quotes: (speaker, [(article position, quote)]).
type QuoteGroup<'a> = (Option<&'a str>, Vec<(usize, &'a DossierQuote)>);

/// Quotes grouped by speaker: most quoted first, the unknown speaker last;
/// within a group, in article order.
fn quote_groups(dossier: &Dossier) -> Vec<QuoteGroup<'_>> {
    let mut groups: BTreeMap<Option<&str>, Vec<(usize, &DossierQuote)>> = BTreeMap::new();
    for index in 0..dossier.articles.len() {
        for quote in dossier.quotes_of(index) {
            groups
                .entry(quote.speaker.as_deref())
                .or_default()
                .push((index, quote));
        }
    }
    let mut groups: Vec<QuoteGroup<'_>> = groups.into_iter().collect();
    groups.sort_by_key(|(name, quotes)| (name.is_none(), std::cmp::Reverse(quotes.len()), *name));
    groups
}

/// How the quotes pages are laid out: the speakers' groups, the pages, and
/// the link to where each speaker's group begins.
struct QuotesLayout<'a> {
    quote_groups: Vec<QuoteGroup<'a>>,
    quote_pages: Vec<Vec<Share>>,
    speaker_urls: HashMap<Option<&'a str>, String>,
}

impl<'a> QuotesLayout<'a> {
    fn new(dossier: &'a Dossier, config: &Config) -> Self {
        let quote_groups = quote_groups(dossier);
        let sizes: Vec<usize> = quote_groups.iter().map(|(_, q)| q.len()).collect();
        let quote_pages = paginate::paginate(
            &sizes,
            config
                .raw
                .quotes_per_page
                .unwrap_or(paginate::QUOTES_PER_PAGE),
        );
        let mut speaker_urls = HashMap::default();
        for (number, page) in quote_pages.iter().enumerate() {
            for share in page {
                let name = quote_groups[share.group].0;
                speaker_urls
                    .entry(name)
                    .or_insert_with(|| speaker_link(config, number, name));
            }
        }
        QuotesLayout {
            quote_groups,
            quote_pages,
            speaker_urls,
        }
    }
}

/// Lookups the pages need: which articles link to an article, and which
/// events an article tells; each only ever looked up.
struct Indexes {
    linked_from: Vec<Vec<usize>>,
    events_of: Vec<Vec<usize>>,
}

impl Indexes {
    fn new(dossier: &Dossier) -> Self {
        let mut linked_from: Vec<Vec<usize>> = vec![Vec::new(); dossier.articles.len()];
        for (i, article) in dossier.articles.iter().enumerate() {
            for &target in &article.related {
                linked_from[target].push(i);
            }
        }
        let mut events_of: Vec<Vec<usize>> = vec![Vec::new(); dossier.articles.len()];
        for (i, event) in dossier.events.iter().enumerate() {
            for &article in &event.articles {
                events_of[article].push(i);
            }
        }
        Indexes {
            linked_from,
            events_of,
        }
    }
}

impl<'a> Renderer<'a> {
    /// Prepares the shared context.
    pub fn new(
        templates: &'a Templates,
        config: &'a Config,
        dossier: &'a Dossier,
        pages: &'a [Page],
    ) -> Self {
        let strings = i18n::strings(&config.raw.language);
        let site = site_context(config, pages, strings);
        let free_page_links = site.nav.iter().skip(FIXED_NAV_LINKS).cloned().collect();
        let cards = dossier.articles.iter().map(|_| SharedOnce::new()).collect();
        let publication_dates: Vec<String> = dossier
            .articles
            .iter()
            .map(|a| {
                a.annotated
                    .article
                    .meta
                    .published
                    .map(|p| p.date.to_string())
                    .unwrap_or_default()
            })
            .collect();
        // The timeline's and the quotes' layouts and the indexes are
        // independent: made side by side.
        let timeline_per_page = config
            .raw
            .timeline_per_page
            .unwrap_or(paginate::TIMELINE_PER_PAGE);
        let (timeline, (quotes_layout, indexes)) = rayon::join(
            || timeline::Layout::new(dossier, &publication_dates, timeline_per_page),
            || {
                rayon::join(
                    || QuotesLayout::new(dossier, config),
                    || Indexes::new(dossier),
                )
            },
        );
        let QuotesLayout {
            quote_groups,
            quote_pages,
            speaker_urls,
        } = quotes_layout;
        let Indexes {
            linked_from,
            events_of,
        } = indexes;
        Renderer {
            quote_groups,
            quote_pages,
            speaker_urls,
            timeline,
            events_of,
            templates,
            config,
            dossier,
            pages,
            strings,
            site: Shared::new(&site),
            t: Shared::new(strings),
            free_page_links,
            cards,
            appearances: dossier.entities.iter().map(|_| OnceLock::new()).collect(),
            chips: dossier
                .entities
                .iter()
                .map(|e| Shared::new(&entity_link(config, e, e.articles.len())))
                .collect(),
            linked_from,
            publication_dates,
        }
    }

    fn head(&self, title: &str, description: &str, path: &str, section: &str) -> PageHead {
        PageHead {
            title: title.to_string(),
            description: if description.is_empty() {
                self.config.raw.description.clone()
            } else {
                description.to_string()
            },
            canonical: self.config.permalink(path),
            section: section.to_string(),
            og_type: "website",
            jsonld: None,
        }
    }

    fn raw_html(&self) -> RawHtml {
        if self.config.raw.allow_html {
            RawHtml::Allow
        } else {
            RawHtml::Escape
        }
    }

    fn article_url(&self, article: &DossierArticle) -> String {
        article_url(self.config, article)
    }

    fn card(&self, article: &'a DossierArticle) -> Shared<ArticleCard<'a>> {
        self.cards[self.dossier.position(article)]
            .get_or_make(|| ArticleCard::new(article, self.config, self.strings))
    }

    /// The home page.
    pub fn home(&self) -> Result<Vec<u8>, Diagnostic> {
        let outlets: std::collections::BTreeSet<&str> = self
            .dossier
            .articles
            .iter()
            .filter_map(|a| a.annotated.article.meta.outlet.as_deref())
            .collect();
        let context = HomeContext {
            site: self.site.clone(),
            t: self.t.clone(),
            page: {
                let mut page = self.head(&self.config.raw.title, "", "", "home");
                page.jsonld = Some(jsonld::website(self.config, &page));
                page
            },
            articles: self
                .dossier
                .articles
                .iter()
                .rev()
                .map(|a| self.card(a))
                .collect(),
            outlet_count: outlets.len(),
            pages: self.free_page_links.clone(),
            timeline: self.home_timeline(),
            timeline_url: self.config.link("timeline/"),
        };
        self.templates.render("index.html", &context)
    }

    /// An article's page.
    pub fn article(&self, index: usize) -> Result<Vec<u8>, Diagnostic> {
        let article = &self.dossier.articles[index];
        let meta = &article.annotated.article.meta;
        let base = format!("articles/{}/", article.slug);
        let description = meta
            .description
            .clone()
            .unwrap_or_else(|| summary(&article.annotated.article.paragraphs));
        let mut page = self.head(&meta.title, &description, &base, "articles");
        page.og_type = "article";
        page.jsonld = Some(jsonld::article(article, &page, self.config));
        let context = ArticleContext {
            site: self.site.clone(),
            t: self.t.clone(),
            page,
            article: self.card(article),
            blocks: body::blocks(
                article,
                self.dossier,
                self.raw_html(),
                self.config,
                &|name| self.speaker_url(Some(name)),
            ),
            entities: self.article_entities(article),
            related: self.cards_at(&article.related),
            also_reported: self.also_reported(article),
            linked_from: self.cards_at(&self.linked_from[index]),
            quotes: self
                .dossier
                .quotes_of(index)
                .iter()
                .map(|q| self.quote_card(q, article))
                .collect(),
            markdown_url: self.config.link(&format!("{base}index.md")),
            original_url: meta.url.as_deref(),
            raw_url: self
                .config
                .link(&format!("{base}{}", raw_file_name(article))),
            previous: index
                .checked_sub(1)
                .map(|i| self.card(&self.dossier.articles[i])),
            next: self.dossier.articles.get(index + 1).map(|a| self.card(a)),
        };
        self.templates.render("article.html", &context)
    }

    fn quote_card(&self, quote: &'a DossierQuote, article: &'a DossierArticle) -> QuoteCard<'a> {
        let found = &article.annotated.quotes[quote.index];
        QuoteCard {
            id: &quote.id,
            url: quote_url(self.config, article, quote),
            text: &found.text,
            display_text: found.text.trim_end_matches([',', ' ']),
            kind: found.kind,
            speaker: quote.speaker.as_deref(),
            speaker_url: match (quote.speaker_entity, quote.speaker.as_deref()) {
                (Some(entity), _) => Some(entity_url(self.config, &self.dossier.entities[entity])),
                (None, Some(name)) => Some(self.speaker_url(Some(name))),
                (None, None) => None,
            },
            verb: found.verb.as_deref(),
            evidence: &found.evidence,
            variants: (quote.variants.iter())
                .map(|&v| self.dossier.quotes[v].id.as_str())
                .collect(),
            variant_quotes: (quote.variants.iter())
                .map(|&v| self.variant(&self.dossier.quotes[v]))
                .collect(),
            article: self.card(article),
        }
    }

    /// The cards of the articles at these positions.
    fn cards_at(&self, positions: &[usize]) -> Vec<Shared<ArticleCard<'a>>> {
        let articles = &self.dossier.articles;
        positions.iter().map(|&i| self.card(&articles[i])).collect()
    }

    fn cards(&self, slugs: impl Iterator<Item = &'a str>) -> Vec<Shared<ArticleCard<'a>>> {
        let dossier: &'a Dossier = self.dossier;
        slugs
            .filter_map(|slug| dossier.article(slug))
            .map(|a| self.card(a))
            .collect()
    }

    /// The events an article tells that other articles tell too.
    fn also_reported(&self, article: &'a DossierArticle) -> Vec<AlsoReported<'a>> {
        let dossier: &'a Dossier = self.dossier;
        let position = dossier.position(article);
        self.events_of[position]
            .iter()
            .map(|&i| (i, &dossier.events[i]))
            .filter(|(_, event)| event.articles.len() > 1)
            .map(|(i, event)| {
                let others = event.articles.iter().filter(|&&a| a != position);
                AlsoReported {
                    label: &event.label,
                    date_display: i18n::format_partial_date(&event.date, self.strings),
                    url: self.event_url(i),
                    articles: (others.clone().take(ALSO_REPORTED_SHOWN))
                        .map(|&a| self.card(&dossier.articles[a]))
                        .collect(),
                    more: others.count().saturating_sub(ALSO_REPORTED_SHOWN),
                }
            })
            .collect()
    }

    /// The link to an entity with the number of articles that name it, made once.
    fn entity_chip(&self, entity: &'a Entity) -> Shared<EntityLink<'a>> {
        self.chips[self.dossier.entity_position(entity)].clone()
    }

    fn entity_link(&self, entity: &'a Entity, count: usize) -> EntityLink<'a> {
        entity_link(self.config, entity, count)
    }

    fn article_entities(&self, article: &'a DossierArticle) -> Vec<Shared<EntityLink<'a>>> {
        let mut named: Vec<&'a Entity> = self.dossier.entities_at(&article.entities).collect();
        named.sort_by_key(|e| (kind_rank(e.kind.as_str()), e.name.as_str()));
        named.into_iter().map(|e| self.entity_chip(e)).collect()
    }

    /// The entities index: every entity, grouped by kind.
    pub fn entities(&self) -> Result<Vec<u8>, Diagnostic> {
        let groups = ALL_KINDS
            .iter()
            .enumerate()
            .map(|(rank, kind)| {
                let mut entities: Vec<&'a Entity> = self
                    .dossier
                    .entities
                    .iter()
                    .filter(|e| e.kind == *kind)
                    .collect();
                entities.sort_by_key(|e| (std::cmp::Reverse(e.articles.len()), e.name.as_str()));
                EntityGroup {
                    kind: kind.as_str(),
                    label: self.strings.kinds[rank],
                    entities: entities.into_iter().map(|e| self.entity_chip(e)).collect(),
                }
            })
            .filter(|g| !g.entities.is_empty())
            .collect();
        let context = EntitiesContext {
            site: self.site.clone(),
            t: self.t.clone(),
            page: self.head(
                self.strings.nav_entities,
                self.strings.entities_intro,
                "entities/",
                "entities",
            ),
            groups,
        };
        self.templates.render("entities.html", &context)
    }

    /// An entity's page: what it is, where it is named, what it said, and
    /// whom it appears with.
    pub fn entity(&self, entity: &'a Entity, number: usize) -> Result<Vec<u8>, Diagnostic> {
        let dossier: &'a Dossier = self.dossier;
        let per_page = self.entity_items_per_page();
        let first = (number - 1) * per_page;
        let appearances = self.appearances(entity);
        let quotes = appearances.quotes[first.min(appearances.quotes.len())..]
            .iter()
            .take(per_page)
            .map(|&(q, a)| self.quote_card(&dossier.quotes[q], &dossier.articles[a]))
            .collect();
        let kind_rank = ALL_KINDS
            .iter()
            .position(|k| *k == entity.kind)
            .unwrap_or(4);
        let section = format!("entities/{}/", entity.id);
        let mut page = self.head(
            &entity.name,
            entity.description.as_deref().unwrap_or_default(),
            &paginate::page_path(&section, number),
            "entities",
        );
        page.jsonld = Some(jsonld::entity(entity, &page));
        let context = EntityContext {
            site: self.site.clone(),
            t: self.t.clone(),
            page,
            entity: self.entity_chip(entity),
            kind_label: self.strings.kinds[kind_rank],
            description: entity.description.as_deref(),
            links: &entity.links,
            aliases: &entity.aliases,
            curated: entity.curated,
            mentions: entity.mentions,
            articles: entity.articles[first.min(entity.articles.len())..]
                .iter()
                .take(per_page)
                .map(|&a| self.card(&dossier.articles[a]))
                .collect(),
            quotes,
            quote_count: appearances.quotes.len(),
            pager: paginate::pager(
                self.config,
                &section,
                number,
                self.entity_page_count(entity),
                &|n| n.to_string(),
            ),
            related: appearances
                .co_named
                .iter()
                .map(|&(other, n)| self.entity_link(&dossier.entities[other], n))
                .collect(),
        };
        self.templates.render("entity.html", &context)
    }

    fn entity_items_per_page(&self) -> usize {
        self.config
            .raw
            .entity_items_per_page
            .unwrap_or(paginate::ENTITY_ITEMS_PER_PAGE)
            .max(1)
    }

    /// Where `entity` appears, worked out the first time it is asked for.
    fn appearances(&self, entity: &Entity) -> &Appearances {
        self.appearances[self.dossier.entity_position(entity)]
            .get_or_init(|| appearances_of(self.dossier, entity))
    }

    /// Number of pages of an entity: enough for its articles and its quotes.
    pub fn entity_page_count(&self, entity: &'a Entity) -> usize {
        let appearances = self.appearances(entity);
        let longest = entity.articles.len().max(appearances.quotes.len());
        longest.div_ceil(self.entity_items_per_page()).max(1)
    }

    fn variant(&self, quote: &'a DossierQuote) -> QuoteVariant<'a> {
        let article = &self.dossier.articles[quote.article];
        let found = &article.annotated.quotes[quote.index];
        QuoteVariant {
            id: &quote.id,
            url: quote_url(self.config, article, quote),
            text: found.text.trim_end_matches([',', ' ']),
            article: self.card(article),
        }
    }

    /// Number of pages of /quotes/.
    pub fn quote_page_count(&self) -> usize {
        self.quote_pages.len()
    }

    /// A speaker's group on the quotes pages (`None`: the unknown speaker).
    pub fn speaker_url(&self, name: Option<&str>) -> String {
        match self.speaker_urls.get(&name) {
            Some(url) => url.clone(),
            None => speaker_link(self.config, 0, name),
        }
    }

    /// Page `number` (from 1) of the quotes: the quotes grouped by speaker,
    /// with an index of every speaker.
    pub fn quotes(&self, number: usize) -> Result<Vec<u8>, Diagnostic> {
        let dossier: &'a Dossier = self.dossier;
        let share = self
            .quote_pages
            .get(number - 1)
            .map_or(&[][..], Vec::as_slice);
        let speakers = share
            .iter()
            .map(|s| {
                let (name, quotes) = &self.quote_groups[s.group];
                SpeakerGroup {
                    name: *name,
                    anchor: body::speaker_anchor(*name),
                    quotes: quotes[s.items.clone()]
                        .iter()
                        .map(|&(article, quote)| self.quote_card(quote, &dossier.articles[article]))
                        .collect(),
                    count: quotes.len(),
                    continued: s.items.start > 0,
                }
            })
            .collect();
        // On the first page only: on every page, the index would grow with
        // the square of the dossier.
        let speaker_index = self
            .quote_groups
            .iter()
            .filter(|_| number == 1)
            .map(|(name, quotes)| SpeakerIndexEntry {
                name: *name,
                url: self.speaker_url(*name),
                count: quotes.len(),
            })
            .collect();
        let context = QuotesContext {
            site: self.site.clone(),
            t: self.t.clone(),
            page: self.head(
                self.strings.nav_quotes,
                self.strings.quotes_intro,
                &paginate::page_path("quotes/", number),
                "quotes",
            ),
            total: self.dossier.quotes.len(),
            speakers,
            speaker_index,
            pager: paginate::pager(
                self.config,
                "quotes/",
                number,
                self.quote_pages.len(),
                &|n| n.to_string(),
            ),
        };
        self.templates.render("quotes.html", &context)
    }

    /// The search page.
    pub fn search(&self) -> Result<Vec<u8>, Diagnostic> {
        let context = context::SearchContext {
            site: self.site.clone(),
            t: self.t.clone(),
            page: self.head(
                self.strings.nav_search,
                self.strings.search_label,
                "search/",
                "search",
            ),
            index_url: self.config.link("data/search.json"),
            script_url: self.config.link("js/search.js"),
        };
        self.templates.render("search.html", &context)
    }

    /// The discrepancies page: what the sources disagree on.
    pub fn discrepancies(&self) -> Result<Vec<u8>, Diagnostic> {
        let dossier: &'a Dossier = self.dossier;
        let version = |text: String, slugs: &'a [String]| Version {
            text,
            articles: self.cards(slugs.iter().map(String::as_str)),
        };
        let mut spellings = Vec::new();
        let mut dates = Vec::new();
        for discrepancy in &dossier.discrepancies {
            match discrepancy {
                Discrepancy::Spelling { entity, forms } => {
                    let Some(entity) = dossier.entity(entity) else {
                        continue;
                    };
                    spellings.push(SpellingDiscrepancy {
                        entity: self.entity_chip(entity),
                        versions: forms.iter().map(|(f, s)| version(f.clone(), s)).collect(),
                    });
                }
                Discrepancy::EventDate {
                    label,
                    dates: given,
                } => dates.push(DateDiscrepancy {
                    label,
                    versions: given
                        .iter()
                        .map(|(d, s)| version(i18n::format_partial_date(d, self.strings), s))
                        .collect(),
                }),
            }
        }
        let context = DiscrepanciesContext {
            site: self.site.clone(),
            t: self.t.clone(),
            page: self.head(
                self.strings.discrepancies_title,
                self.strings.discrepancies_intro,
                "discrepancies/",
                "discrepancies",
            ),
            spellings,
            dates,
        };
        self.templates.render("discrepancies.html", &context)
    }

    /// The sources page: outlets and their articles.
    pub fn sources(&self) -> Result<Vec<u8>, Diagnostic> {
        let mut groups: BTreeMap<Option<&str>, Vec<Shared<ArticleCard<'a>>>> = BTreeMap::new();
        for article in &self.dossier.articles {
            groups
                .entry(article.annotated.article.meta.outlet.as_deref())
                .or_default()
                .push(self.card(article));
        }
        let mut outlets: Vec<OutletGroup<'a>> = groups
            .into_iter()
            .map(|(name, articles)| OutletGroup { name, articles })
            .collect();
        outlets.sort_by_key(|g| (g.name.is_none(), g.name));
        let context = SourcesContext {
            site: self.site.clone(),
            t: self.t.clone(),
            page: self.head(
                self.strings.sources_title,
                self.strings.sources_intro,
                "sources/",
                "sources",
            ),
            outlets,
        };
        self.templates.render("sources.html", &context)
    }

    /// A free page.
    pub fn page(&self, page: &Page) -> Result<Vec<u8>, Diagnostic> {
        let context = FreePageContext {
            site: self.site.clone(),
            t: self.t.clone(),
            page: self.head(
                &page.title,
                &page.description,
                &format!("{}/", page.slug),
                &page.slug,
            ),
            content: &page.html,
        };
        self.templates.render("page.html", &context)
    }

    /// The 404 page.
    pub fn not_found(&self) -> Result<Vec<u8>, Diagnostic> {
        let context = NotFoundContext {
            site: self.site.clone(),
            t: self.t.clone(),
            page: self.head(self.strings.not_found_title, "", "404.html", "404"),
        };
        self.templates.render("404.html", &context)
    }
}

/// Navigation links every site has before its free pages.
const FIXED_NAV_LINKS: usize = 6;

/// Entity kinds in the order pages list them.
const ALL_KINDS: [EntityKind; 5] = [
    EntityKind::Person,
    EntityKind::Place,
    EntityKind::Organization,
    EntityKind::Event,
    EntityKind::Other,
];

/// How many co-named entities an entity page lists.
const RELATED_ENTITIES: usize = 12;

/// Where `entity` appears in the dossier besides the articles that name it:
/// the quotes it speaks in them, and the entities named most often with it.
fn appearances_of(dossier: &Dossier, entity: &Entity) -> Appearances {
    let position = dossier.entity_position(entity);
    let articles = &entity.articles;
    let quotes = articles
        .iter()
        .flat_map(|&a| {
            let start = dossier.quote_offsets[a];
            dossier
                .quotes_of(a)
                .iter()
                .enumerate()
                .filter(|(_, q)| q.speaker_entity == Some(position))
                .map(move |(k, _)| (start + k, a))
        })
        .collect();
    Appearances {
        co_named: co_named(dossier, position, articles),
        quotes,
    }
}

/// The entities named most often in the same articles as the entity at
/// `position`, most often first (then by id), with how often: (position,
/// count).
fn co_named(dossier: &Dossier, position: usize, articles: &[usize]) -> Vec<(usize, usize)> {
    let mut shared: HashMap<usize, usize> = HashMap::default();
    for &a in articles {
        for &other in &dossier.articles[a].entities {
            if other != position {
                *shared.entry(other).or_default() += 1;
            }
        }
    }
    // Entities are listed by id: by position is by id.
    let mut ranked: Vec<(usize, usize)> = shared.into_iter().collect();
    ranked.sort_unstable_by_key(|&(other, n)| (std::cmp::Reverse(n), other));
    // Kept for the build: without room for the entities left out.
    ranked.truncate(RELATED_ENTITIES);
    ranked.shrink_to_fit();
    ranked
}

fn entity_link<'a>(config: &Config, entity: &'a Entity, count: usize) -> EntityLink<'a> {
    EntityLink {
        id: &entity.id,
        name: &entity.name,
        kind: entity.kind.as_str(),
        url: entity_url(config, entity),
        count,
    }
}

/// The link to an article's page.
pub fn article_url(config: &Config, article: &DossierArticle) -> String {
    config.link_joined(&["articles/", &article.slug, "/"])
}

/// The link to a quote in its article's page.
pub fn quote_url(config: &Config, article: &DossierArticle, quote: &DossierQuote) -> String {
    config.link_joined(&["articles/", &article.slug, "/#", &quote.id])
}

/// The link to an entity's page.
pub fn entity_url(config: &Config, entity: &Entity) -> String {
    config.link_joined(&["entities/", &entity.id, "/"])
}

/// The link to a speaker's group on page `page` (from 0) of the quotes.
fn speaker_link(config: &Config, page: usize, name: Option<&str>) -> String {
    let path = paginate::page_path("quotes/", page + 1);
    config.link_joined(&[&path, "#", &body::speaker_anchor(name)])
}

fn kind_rank(kind: &str) -> usize {
    ALL_KINDS
        .iter()
        .position(|k| k.as_str() == kind)
        .unwrap_or(ALL_KINDS.len())
}

fn site_context<'a>(config: &'a Config, pages: &[Page], strings: &Strings) -> SiteContext<'a> {
    let mut nav = vec![
        NavLink {
            title: strings.nav_home.to_string(),
            url: config.link(""),
            section: "home".into(),
        },
        NavLink {
            title: strings.nav_timeline.to_string(),
            url: config.link("timeline/"),
            section: "timeline".into(),
        },
        NavLink {
            title: strings.nav_entities.to_string(),
            url: config.link("entities/"),
            section: "entities".into(),
        },
        NavLink {
            title: strings.nav_quotes.to_string(),
            url: config.link("quotes/"),
            section: "quotes".into(),
        },
        NavLink {
            title: strings.nav_sources.to_string(),
            url: config.link("sources/"),
            section: "sources".into(),
        },
        NavLink {
            title: strings.nav_search.to_string(),
            url: config.link("search/"),
            section: "search".into(),
        },
    ];
    nav.extend(pages.iter().map(|p| NavLink {
        title: p.title.clone(),
        url: config.link(&format!("{}/", p.slug)),
        section: p.slug.clone(),
    }));
    let data_links = ["articles", "quotes", "entities", "events", "timeline"]
        .iter()
        .map(|name| NavLink {
            title: format!("{name}.json"),
            url: config.link(&format!("data/{name}.json")),
            section: String::new(),
        })
        .collect();
    SiteContext {
        title: &config.raw.title,
        description: &config.raw.description,
        language: &config.raw.language,
        home_url: config.link(""),
        base_path: &config.base_path,
        author: &config.raw.author,
        publisher: &config.raw.publisher,
        nav,
        data_links,
        discrepancies_url: config.link("discrepancies/"),
        feed_url: config.link("atom.xml"),
        search_url: config.link("search/"),
        stylesheets: vec![
            config.link("css/style.css"),
            config.link("css/highlight.css"),
            config.link("css/custom.css"),
        ],
    }
}

/// The file name the raw input is published under next to the article page.
pub fn raw_file_name(article: &DossierArticle) -> &'static str {
    match article.annotated.article.kind {
        SourceKind::Capture => "source.txt",
        SourceKind::Markdown => "source.md",
    }
}

/// The first sentence or two, as a page description.
fn summary(paragraphs: &[String]) -> String {
    let lead = paragraphs.first().map(String::as_str).unwrap_or_default();
    let mut out = String::new();
    for word in lead.split_whitespace() {
        if out.len() + word.len() > 200 {
            out.push_str(" …");
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
