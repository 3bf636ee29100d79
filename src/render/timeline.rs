//! Dossier → the timeline: reported events and publications in date order,
//! grouped by year and month, with the filters' choices; the home page's short
//! timeline; and data/timeline.json in the TimelineJS3 format.

use std::collections::BTreeMap;
use std::ops::Range;

use rayon::prelude::*;
use serde::Serialize;

use super::context::{
    FilterOption, TimelineContext, TimelineItem, TimelineMonth, TimelineSource, TimelineYear,
};
use super::i18n::format_partial_date;
use super::paginate::{page_path, pager, paginate};
use super::Renderer;
use crate::content::SourceKind;
use crate::diag::Diagnostic;
use crate::link::{Dossier, DossierArticle, Event};

/// How many events the home page shows.
const HOME_EVENTS: usize = 6;

/// One item of the timeline, by position.
#[derive(Debug, Clone, Copy)]
enum Entry {
    /// An event of `dossier.events`.
    Event(usize),
    /// The publication of an article of `dossier.articles`.
    Published(usize),
}

/// The timeline's items in order and how they fall into pages: whole months
/// together while they fit, `per_page` items at most per page.
pub(super) struct Layout {
    order: Vec<Entry>,
    /// Range of `order` on each page.
    pages: Vec<Range<usize>>,
    /// Page (from 0) of each event.
    event_page: Vec<usize>,
}

impl Layout {
    /// Orders the items as the timeline shows them (by date; on one date,
    /// events before publications; then by id) and pages them.
    pub(super) fn new(dossier: &Dossier, publication_dates: &[String], per_page: usize) -> Layout {
        // (date, events before publications, id): a publication's id is
        // "published-" and its slug, so its slug orders it among them.
        let mut keyed: Vec<(&str, u8, &str, Entry)> = dossier
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.date.as_str(), 0, e.id.as_str(), Entry::Event(i)))
            .collect();
        for (i, date) in publication_dates.iter().enumerate() {
            if !date.is_empty() {
                let slug = dossier.articles[i].slug.as_str();
                keyed.push((date.as_str(), 1, slug, Entry::Published(i)));
            }
        }
        keyed.par_sort_unstable_by(|a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)));
        let mut months: Vec<usize> = Vec::new();
        let mut last_month = None;
        for (date, ..) in &keyed {
            let month = month_key(date);
            if last_month != Some(month) {
                months.push(0);
                last_month = Some(month);
            }
            *months.last_mut().expect("pushed above") += 1;
        }
        let month_start: Vec<usize> = months
            .iter()
            .scan(0, |next, &n| {
                let start = *next;
                *next += n;
                Some(start)
            })
            .collect();
        let pages: Vec<Range<usize>> = paginate(&months, per_page)
            .iter()
            .map(|page| match (page.first(), page.last()) {
                (Some(first), Some(last)) => {
                    month_start[first.group] + first.items.start
                        ..month_start[last.group] + last.items.end
                }
                _ => 0..0,
            })
            .collect();
        let order: Vec<Entry> = keyed.into_iter().map(|(.., entry)| entry).collect();
        let mut event_page = vec![0; dossier.events.len()];
        for (number, range) in pages.iter().enumerate() {
            for entry in &order[range.clone()] {
                if let Entry::Event(i) = entry {
                    event_page[*i] = number;
                }
            }
        }
        Layout {
            order,
            pages,
            event_page,
        }
    }
}

/// The month an item is filed under: "YYYY-MM", or the year for items known
/// only to the year.
fn month_key(date: &str) -> &str {
    date.get(..7).unwrap_or(date)
}

impl<'a> Renderer<'a> {
    /// The articles that tell `event`, each with the link to the spot.
    fn tellings(&self, event: &'a Event) -> Vec<(&'a DossierArticle, String)> {
        let dossier: &'a Dossier = self.dossier;
        event
            .sources
            .iter()
            .map(|source| {
                let article = &dossier.articles[source.article];
                // Curated Markdown bodies are one block without paragraph anchors.
                let anchored = article.annotated.article.kind == SourceKind::Capture;
                let anchor = source
                    .paragraph
                    .filter(|_| anchored)
                    .map(|p| format!("#p-{p}"))
                    .unwrap_or_default();
                let url = self
                    .config
                    .link_joined(&["articles/", &article.slug, "/", &anchor]);
                (article, url)
            })
            .collect()
    }

    /// The ids of the entities at `positions`, space-separated.
    fn entity_ids(&self, positions: &[usize]) -> String {
        let ids: Vec<&str> = (self.dossier.entities_at(positions))
            .map(|e| e.id.as_str())
            .collect();
        ids.join(" ")
    }

    fn event_item(&self, event: &'a Event) -> TimelineItem<'a> {
        let tellings = self.tellings(event);
        let entities: Vec<_> = (self.dossier.entities_at(&event.entities))
            .map(|e| self.entity_chip(e))
            .collect();
        TimelineItem {
            id: event.id.clone(),
            date: &event.date,
            date_display: format_partial_date(&event.date, self.strings),
            kind: "event",
            label: &event.label,
            filter_entities: self.entity_ids(&event.entities),
            filter_outlets: outlets_of(tellings.iter().map(|(a, _)| outlet(a))),
            entities,
            sources: tellings
                .into_iter()
                .map(|(article, url)| TimelineSource {
                    article: self.card(article),
                    url,
                })
                .collect(),
        }
    }

    fn publication_item(&self, article: &'a DossierArticle, date: &'a str) -> TimelineItem<'a> {
        TimelineItem {
            id: format!("published-{}", article.slug),
            date,
            date_display: format_partial_date(date, self.strings),
            kind: "published",
            label: &article.annotated.article.meta.title,
            entities: Vec::new(),
            filter_entities: self.entity_ids(&article.entities),
            filter_outlets: outlets_of(std::iter::once(outlet(article))),
            sources: vec![TimelineSource {
                url: self.article_url(article),
                article: self.card(article),
            }],
        }
    }

    /// The latest events for the home page, oldest first.
    pub(super) fn home_timeline(&self) -> Vec<TimelineItem<'a>> {
        let events = &self.dossier.events;
        events[events.len().saturating_sub(HOME_EVENTS)..]
            .iter()
            .map(|e| self.event_item(e))
            .collect()
    }

    /// Number of pages of /timeline/.
    pub fn timeline_page_count(&self) -> usize {
        self.timeline.pages.len()
    }

    /// Link to an event (by its position in `dossier.events`) on its timeline page.
    pub(super) fn event_url(&self, index: usize) -> String {
        let page = self.timeline.event_page.get(index).copied().unwrap_or(0);
        let id = &self.dossier.events[index].id;
        let path = page_path("timeline/", page + 1);
        self.config.link_joined(&[&path, "#", id])
    }

    fn entry_item<'s>(&'s self, entry: Entry) -> TimelineItem<'s> {
        let dossier: &'a Dossier = self.dossier;
        match entry {
            Entry::Event(i) => self.event_item(&dossier.events[i]),
            Entry::Published(i) => {
                self.publication_item(&dossier.articles[i], &self.publication_dates[i])
            }
        }
    }

    /// The date range of a timeline page, for the pager.
    fn timeline_page_label(&self, range: &Range<usize>) -> String {
        let date = |entry: Option<&Entry>| match entry {
            Some(Entry::Event(i)) => month_key(&self.dossier.events[*i].date),
            Some(Entry::Published(i)) => month_key(&self.publication_dates[*i]),
            None => "",
        };
        let order = &self.timeline.order[range.clone()];
        let (first, last) = (date(order.first()), date(order.last()));
        let (first, last) = (
            format_partial_date(first, self.strings),
            format_partial_date(last, self.strings),
        );
        if first == last {
            first
        } else {
            format!("{first} – {last}")
        }
    }

    /// Page `number` (from 1) of the timeline.
    pub fn timeline(&self, number: usize) -> Result<Vec<u8>, Diagnostic> {
        let range = self.timeline.pages.get(number - 1).cloned().unwrap_or(0..0);
        let items: Vec<TimelineItem<'_>> = self.timeline.order[range.clone()]
            .iter()
            .map(|&entry| self.entry_item(entry))
            .collect();
        // The filters offer what this page holds (counting the whole dossier
        // on every page would grow with the square of its size).
        let entity_options = self.entity_options(&self.timeline.order[range.clone()]);
        let mut outlets: Vec<String> = items
            .iter()
            .flat_map(|item| item.filter_outlets.split('|'))
            .filter(|o| !o.is_empty())
            .map(str::to_string)
            .collect();
        outlets.sort_unstable();
        outlets.dedup();
        let context = TimelineContext {
            site: self.site.clone(),
            t: self.t.clone(),
            page: self.head(
                self.strings.nav_timeline,
                self.strings.timeline_intro,
                &page_path("timeline/", number),
                "timeline",
            ),
            years: group_by_month(items, self.strings),
            pager: pager(
                self.config,
                "timeline/",
                number,
                self.timeline.pages.len(),
                &|n| self.timeline_page_label(&self.timeline.pages[n - 1]),
            ),
            entity_options,
            outlet_options: outlets
                .into_iter()
                .map(|o| FilterOption {
                    value: o.clone(),
                    label: o,
                })
                .collect(),
            script_url: self.config.link("js/timeline.js"),
            timeline_json_url: self.config.link("data/timeline.json"),
        };
        self.templates.render("timeline.html", &context)
    }

    /// Entities that take part in the events among `entries`, people first, then by name.
    fn entity_options(&self, entries: &[Entry]) -> Vec<FilterOption> {
        let dossier: &'a Dossier = self.dossier;
        let mut positions: Vec<usize> = entries
            .iter()
            .filter_map(|entry| match entry {
                Entry::Event(i) => Some(&dossier.events[*i]),
                Entry::Published(_) => None,
            })
            .flat_map(|e| e.entities.iter().copied())
            .collect();
        positions.sort_unstable();
        positions.dedup();
        let mut entities: Vec<_> = dossier.entities_at(&positions).collect();
        entities.sort_by_key(|e| (e.kind, e.name.as_str()));
        entities
            .into_iter()
            .map(|e| FilterOption {
                value: e.id.clone(),
                label: e.name.clone(),
            })
            .collect()
    }

    /// data/timeline.json: the TimelineJS3 format, written item by item in
    /// the timeline's order.
    pub fn timeline_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let dossier: &'a Dossier = self.dossier;
        let events = || {
            self.timeline.order.iter().map(|&entry| match entry {
                Entry::Event(i) => {
                    let event = &dossier.events[i];
                    TimelineJsEvent::new(
                        event.id.clone(),
                        &event.date,
                        &event.label,
                        &self.tellings(event),
                        self.strings.group_events,
                    )
                }
                Entry::Published(i) => {
                    let article = &dossier.articles[i];
                    TimelineJsEvent::new(
                        format!("published-{}", article.slug),
                        &self.publication_dates[i],
                        &article.annotated.article.meta.title,
                        &[(article, self.article_url(article))],
                        self.strings.group_published,
                    )
                }
            })
        };
        let document = TimelineJs {
            title: TimelineJsTitle {
                text: TimelineJsText {
                    headline: super::escape::html(&self.config.raw.title),
                    text: super::escape::html(&self.config.raw.description),
                },
            },
            events: crate::json::List(events),
        };
        crate::json::write_pretty(out, &document)
    }
}

fn outlet(article: &DossierArticle) -> Option<&str> {
    article.annotated.article.meta.outlet.as_deref()
}

fn outlets_of<'s>(outlets: impl Iterator<Item = Option<&'s str>>) -> String {
    let mut list: Vec<&str> = outlets.flatten().collect();
    list.sort_unstable();
    list.dedup();
    list.join("|")
}

/// The links to the articles that tell an item, one per line.
fn sources_html(tellings: &[(&DossierArticle, String)]) -> String {
    let mut html = String::with_capacity(128 * tellings.len());
    html.push_str("<p>");
    for (n, (article, url)) in tellings.iter().enumerate() {
        if n > 0 {
            html.push_str("<br>");
        }
        html.push_str("<a href=\"");
        super::escape::push_html(&mut html, url);
        html.push_str("\">");
        super::escape::push_html(&mut html, &article.annotated.article.meta.title);
        html.push_str("</a>");
        if let Some(outlet) = outlet(article) {
            html.push_str(" (");
            super::escape::push_html(&mut html, outlet);
            html.push(')');
        }
    }
    html.push_str("</p>");
    html
}

fn group_by_month<'a>(
    items: Vec<TimelineItem<'a>>,
    strings: &super::i18n::Strings,
) -> Vec<TimelineYear<'a>> {
    let mut years: BTreeMap<String, BTreeMap<String, Vec<TimelineItem<'a>>>> = BTreeMap::new();
    for item in items {
        let year = item.date.get(..4).unwrap_or(item.date).to_string();
        let month = item.date.get(..7).unwrap_or(item.date).to_string();
        years
            .entry(year)
            .or_default()
            .entry(month)
            .or_default()
            .push(item);
    }
    years
        .into_iter()
        .map(|(year, months)| TimelineYear {
            year,
            months: months
                .into_iter()
                .map(|(key, items)| TimelineMonth {
                    label: format_partial_date(&key, strings),
                    key,
                    items,
                })
                .collect(),
        })
        .collect()
}

#[derive(Serialize)]
struct TimelineJs<E: Serialize> {
    title: TimelineJsTitle,
    events: E,
}

#[derive(Serialize)]
struct TimelineJsTitle {
    text: TimelineJsText,
}

#[derive(Serialize)]
struct TimelineJsEvent {
    unique_id: String,
    start_date: TimelineJsDate,
    text: TimelineJsText,
    group: &'static str,
}

#[derive(Serialize)]
struct TimelineJsText {
    headline: String,
    text: String,
}

/// A TimelineJS3 date: year, and month and day when known.
#[derive(Serialize)]
struct TimelineJsDate {
    year: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<String>,
}

impl TimelineJsEvent {
    fn new(
        unique_id: String,
        date: &str,
        label: &str,
        tellings: &[(&DossierArticle, String)],
        group: &'static str,
    ) -> Self {
        TimelineJsEvent {
            unique_id,
            start_date: TimelineJsDate::of(date),
            text: TimelineJsText {
                headline: super::escape::html(label),
                text: sources_html(tellings),
            },
            group,
        }
    }
}

impl TimelineJsDate {
    fn of(date: &str) -> Self {
        let mut parts = date.split('-');
        let number = |p: Option<&str>| p.and_then(|p| p.parse::<u16>().ok()).map(|n| n.to_string());
        TimelineJsDate {
            year: number(parts.next()).unwrap_or_default(),
            month: number(parts.next()),
            day: number(parts.next()),
        }
    }
}
