//! Ordered groups of items (speakers' quotes, months of the timeline) → pages
//! of a bounded number of items, so that no page of a large dossier grows
//! without limit; and the pager every paginated page shows. Page 1 of a section
//! is `<section>/`, page k is `<section>/page/k/`.

use std::ops::Range;

use super::context::{Pager, PagerLink};
use crate::config::Config;

/// Most quotes on one page of /quotes/ unless site.toml says otherwise.
pub const QUOTES_PER_PAGE: usize = 1000;

/// Most items on one page of /timeline/ unless site.toml says otherwise.
pub const TIMELINE_PER_PAGE: usize = 2000;

/// Most articles, and most quotes, on one page of an entity unless site.toml
/// says otherwise.
pub const ENTITY_ITEMS_PER_PAGE: usize = 200;

/// One page's share of one group: the group and the range of its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    /// Position of the group.
    pub group: usize,
    /// Its items on this page.
    pub items: Range<usize>,
}

/// Groups of these sizes, in order → pages of at most `limit` items each.
/// Groups stay whole and together while they fit; a group larger than
/// `limit` fills pages of its own. There is always at least one page.
pub fn paginate(sizes: &[usize], limit: usize) -> Vec<Vec<Share>> {
    let limit = limit.max(1);
    let mut pages: Vec<Vec<Share>> = vec![Vec::new()];
    let mut filled = 0;
    for (group, &size) in sizes.iter().enumerate() {
        if filled > 0 && filled + size > limit {
            pages.push(Vec::new());
            filled = 0;
        }
        let mut start = 0;
        while start < size || (size == 0 && start == 0) {
            if filled == limit {
                pages.push(Vec::new());
                filled = 0;
            }
            let end = size.min(start + (limit - filled));
            pages.last_mut().expect("one page at least").push(Share {
                group,
                items: start..end,
            });
            filled += end - start;
            if size == 0 {
                break;
            }
            start = end;
        }
    }
    pages
}

/// The site path of page `number` (1-based) of `section` ("quotes/").
pub fn page_path(section: &str, number: usize) -> String {
    match number {
        1 => section.to_string(),
        n => format!("{section}page/{n}/"),
    }
}

/// Pages listed on each side of the current one; the first and last are
/// always listed, so that a pager stays short however many pages there are.
const PAGER_NEIGHBOURS: usize = 3;

/// The pager of page `current` (1-based) among `total` pages of `section`;
/// `label` names a page by its number.
pub fn pager(
    config: &Config,
    section: &str,
    current: usize,
    total: usize,
    label: &dyn Fn(usize) -> String,
) -> Pager {
    let url = |n: usize| config.link(&page_path(section, n));
    let listed = |n: usize| n == 1 || n == total || n.abs_diff(current) <= PAGER_NEIGHBOURS;
    let mut previous_listed = 0;
    let mut pages = Vec::new();
    for number in 1..=total {
        if listed(number) {
            pages.push(PagerLink {
                number,
                url: url(number),
                label: label(number),
                current: number == current,
                gap_before: number > previous_listed + 1,
            });
            previous_listed = number;
        }
    }
    Pager {
        current,
        total,
        previous_url: (current > 1).then(|| url(current - 1)),
        next_url: (current < total).then(|| url(current + 1)),
        pages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(pages: &[Vec<Share>]) -> Vec<Vec<(usize, usize, usize)>> {
        pages
            .iter()
            .map(|p| {
                p.iter()
                    .map(|s| (s.group, s.items.start, s.items.end))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn small_groups_share_a_page_until_the_next_would_overflow_it() {
        let pages = paginate(&[3, 4, 2, 5], 10);
        assert_eq!(
            shape(&pages),
            [vec![(0, 0, 3), (1, 0, 4), (2, 0, 2)], vec![(3, 0, 5)]]
        );
    }

    #[test]
    fn a_group_larger_than_a_page_fills_pages_of_its_own() {
        let pages = paginate(&[2, 25, 1], 10);
        assert_eq!(
            shape(&pages),
            [
                vec![(0, 0, 2)],
                vec![(1, 0, 10)],
                vec![(1, 10, 20)],
                vec![(1, 20, 25), (2, 0, 1)]
            ]
        );
    }

    #[test]
    fn every_item_is_on_exactly_one_page_and_no_page_is_over_the_limit() {
        let sizes = [7, 0, 13, 1, 1, 30, 9, 10, 11];
        let pages = paginate(&sizes, 10);
        for page in &pages {
            assert!(page.iter().map(|s| s.items.len()).sum::<usize>() <= 10);
        }
        for (group, &size) in sizes.iter().enumerate() {
            let covered: usize = pages
                .iter()
                .flatten()
                .filter(|s| s.group == group)
                .map(|s| s.items.len())
                .sum();
            assert_eq!(covered, size, "group {group}");
        }
    }

    #[test]
    fn a_long_pager_lists_the_ends_and_the_pages_near_the_current_one() {
        let config = Config::parse("base_url = \"/\"").unwrap();
        let pager = pager(&config, "quotes/", 20, 40, &|n| n.to_string());
        let listed: Vec<(usize, bool)> = pager
            .pages
            .iter()
            .map(|p| (p.number, p.gap_before))
            .collect();
        assert_eq!(
            listed,
            [
                (1, false),
                (17, true),
                (18, false),
                (19, false),
                (20, false),
                (21, false),
                (22, false),
                (23, false),
                (40, true)
            ]
        );
        assert_eq!(pager.previous_url.as_deref(), Some("/quotes/page/19/"));
        assert_eq!(pager.next_url.as_deref(), Some("/quotes/page/21/"));
        assert!(pager.pages.iter().any(|p| p.current && p.number == 20));
    }

    #[test]
    fn nothing_at_all_is_one_empty_page() {
        assert_eq!(paginate(&[], 10).len(), 1);
        assert_eq!(page_path("quotes/", 1), "quotes/");
        assert_eq!(page_path("quotes/", 3), "quotes/page/3/");
    }
}
