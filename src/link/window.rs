//! Posting lists in date order → the items that follow one item within a
//! window of days, each with how many of its lists it shares with that item.
//! Quote variants and event-date discrepancies find their candidate pairs
//! this way, each pair from its earlier item, so that no list of every pair
//! that shares one key is ever made.

/// An item as it stands in a posting list: its day (undated first) and its
/// position, in one number, so that lists sort and are searched by plain
/// integer comparison.
pub(super) type Entry = u64;

/// Bits of an entry that hold the item's position.
const ITEM_BITS: u32 = 31;

/// How far after an item its candidates may be.
pub(super) struct DateWindow {
    /// Each item's entry.
    entries: Vec<Entry>,
    /// Most days after the item.
    max_days: i32,
    /// A list with more candidates than this after an item gives it none:
    /// such a key is too common to tell anything.
    max_postings: usize,
}

impl DateWindow {
    /// The window over items with these days (`None`: undated).
    pub fn new(days: &[Option<i32>], max_days: i32, max_postings: usize) -> Self {
        assert!(
            days.len() < 1 << ITEM_BITS,
            "too many items for a date window"
        );
        let entries = days
            .iter()
            .enumerate()
            .map(|(item, day)| day_code(*day) << ITEM_BITS | item as u64)
            .collect();
        DateWindow {
            entries,
            max_days,
            max_postings,
        }
    }

    /// Item `i` as posting lists hold it. A list is sorted ascending, which
    /// is date order (undated first), then position.
    pub fn entry(&self, i: usize) -> Entry {
        self.entries[i]
    }

    /// The item an entry stands for.
    pub fn item(entry: Entry) -> usize {
        (entry & ((1 << ITEM_BITS) - 1)) as usize
    }

    /// The entries after `i`'s in `list` that it may pair with: those within
    /// `max_days` of it, or all that follow when `i` has no date and the list
    /// is short enough.
    pub fn near_after<'l>(&self, list: &'l [Entry], i: usize) -> &'l [Entry] {
        let own = self.entries[i];
        let after = &list[list.partition_point(|&e| e <= own)..];
        let near = match own >> ITEM_BITS {
            0 if list.len() <= self.max_postings => after,
            0 => &[],
            code => {
                let last_day = (code as i64 + self.max_days as i64).min(u32::MAX as i64 + 1);
                let past = (last_day as u64 + 1) << ITEM_BITS;
                &after[..after.partition_point(|&e| e < past)]
            }
        };
        if near.len() <= self.max_postings {
            near
        } else {
            &[]
        }
    }

    /// Those of `items` that may pair with another of them: an item within
    /// `max_days` of another, or every item when one of them has no date
    /// (an undated item pairs with all that follow it). In date order.
    /// Whatever `near_after` finds in a list of these items, both the item
    /// and what it finds are among them.
    pub fn with_neighbours(&self, items: &[usize]) -> Vec<usize> {
        let mut entries: Vec<Entry> = items.iter().map(|&i| self.entries[i]).collect();
        entries.sort_unstable();
        let day_code = |entry: Entry| entry >> ITEM_BITS;
        let undated = entries.first().is_some_and(|&e| day_code(e) == 0);
        let near = |earlier: Entry, later: Entry| {
            undated || day_code(later) - day_code(earlier) <= self.max_days as u64
        };
        (0..entries.len())
            .filter(|&k| {
                (k > 0 && near(entries[k - 1], entries[k]))
                    || (k + 1 < entries.len() && near(entries[k], entries[k + 1]))
            })
            .map(|k| Self::item(entries[k]))
            .collect()
    }

    /// Every item near after `i` in some of `lists`, with the number of those
    /// lists: (item, count), by item.
    pub fn shared_after<'l>(
        &self,
        i: usize,
        lists: impl IntoIterator<Item = &'l [Entry]>,
    ) -> Vec<(usize, usize)> {
        let mut near: Vec<Entry> = Vec::new();
        for list in lists {
            near.extend_from_slice(self.near_after(list, i));
        }
        near.sort_unstable();
        near.chunk_by(|a, b| a == b)
            .map(|run| (Self::item(run[0]), run.len()))
            .collect()
    }
}

/// A day as the high bits of an entry: 0 for no date, then days in order.
fn day_code(day: Option<i32>) -> u64 {
    day.map_or(0, |d| (i64::from(d) - i64::from(i32::MIN) + 1) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn window(days: &[Option<i32>], max_postings: usize) -> DateWindow {
        DateWindow::new(days, 7, max_postings)
    }

    /// The posting list of `items`, sorted as lists are.
    fn list(window: &DateWindow, items: &[usize]) -> Vec<Entry> {
        let mut list: Vec<Entry> = items.iter().map(|&i| window.entry(i)).collect();
        list.sort_unstable();
        list
    }

    fn items(entries: &[Entry]) -> Vec<usize> {
        entries.iter().map(|&e| DateWindow::item(e)).collect()
    }

    #[test]
    fn an_item_pairs_with_later_ones_within_the_window_and_an_undated_one_with_all() {
        // Items 0 and 1 have no date; 2, 3 and 4 are on days 10, 16 and 30.
        let days = [None, None, Some(10), Some(16), Some(30)];
        let window = window(&days, 200);
        let list = list(&window, &[0, 1, 2, 3, 4]);
        assert_eq!(items(window.near_after(&list, 0)), [1, 2, 3, 4]);
        assert_eq!(items(window.near_after(&list, 2)), [3]);
        assert!(window.near_after(&list, 3).is_empty());
        assert!(window.near_after(&list, 4).is_empty());
    }

    #[test]
    fn a_list_too_many_items_share_pairs_none() {
        let days = vec![Some(1); 12];
        let window = window(&days, 10);
        let list = list(&window, &(0..days.len()).collect::<Vec<_>>());
        assert!(window.near_after(&list, 0).is_empty());
        assert_eq!(window.near_after(&list, 2).len(), 9);
    }

    #[test]
    fn shared_lists_are_counted_once_each_from_the_earlier_item() {
        let days = [Some(1), Some(2), Some(3)];
        let window = window(&days, 200);
        let (seven, eight) = (list(&window, &[0, 1, 2]), list(&window, &[0, 2]));
        let lists = [seven.as_slice(), eight.as_slice()];
        assert_eq!(window.shared_after(0, lists), [(1, 1), (2, 2)]);
        assert_eq!(window.shared_after(1, [seven.as_slice()]), [(2, 1)]);
        assert!(window.shared_after(2, lists).is_empty());
    }

    #[test]
    fn items_pair_with_neighbours_within_the_window_or_all_when_one_is_undated() {
        let days = [Some(1), Some(5), Some(20), Some(40), Some(46)];
        let window = window(&days, 200);
        assert_eq!(window.with_neighbours(&[0, 1, 2, 3, 4]), [0, 1, 3, 4]);
        assert!(window.with_neighbours(&[2]).is_empty());
        assert!(window.with_neighbours(&[0, 2]).is_empty());
        let days = [Some(1), None, Some(30)];
        let window = super::DateWindow::new(&days, 7, 200);
        assert_eq!(window.with_neighbours(&[0, 1, 2]), [1, 0, 2]);
    }

    proptest! {
        #[test]
        fn every_pair_near_after_finds_is_among_the_neighbours(
            days in proptest::collection::vec(proptest::option::of(-40i32..40), 1..30),
            picked in proptest::collection::vec(any::<bool>(), 30),
        ) {
            let window = window(&days, 200);
            let items: Vec<usize> = (0..days.len()).filter(|&i| picked[i]).collect();
            let kept = window.with_neighbours(&items);
            let list = list(&window, &items);
            for &i in &items {
                for j in super::tests::items(window.near_after(&list, i)) {
                    prop_assert!(kept.contains(&i) && kept.contains(&j), "{} and {}", i, j);
                }
            }
            for &k in &kept {
                prop_assert!(items.contains(&k));
            }
        }

        #[test]
        fn near_items_are_those_after_in_date_order_within_the_window(
            days in proptest::collection::vec(proptest::option::of(-40i32..40), 1..30),
            extreme in proptest::option::of(proptest::sample::select(vec![i32::MIN, i32::MAX])),
        ) {
            let mut days = days;
            days.push(extreme);
            let window = window(&days, 200);
            let all: Vec<usize> = (0..days.len()).collect();
            let list = list(&window, &all);
            for i in all {
                // Date order, undated first, then position; within 7 days.
                let order = |j: usize| (days[j], j);
                let mut expected: Vec<usize> = (0..days.len())
                    .filter(|&j| order(j) > order(i))
                    .filter(|&j| match (days[i], days[j]) {
                        (None, _) => true,
                        (Some(a), Some(b)) => i64::from(b) <= i64::from(a) + 7,
                        (Some(_), None) => false,
                    })
                    .collect();
                expected.sort_by_key(|&j| order(j));
                prop_assert_eq!(items(window.near_after(&list, i)), expected);
            }
        }
    }
}
