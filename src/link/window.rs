//! Posting lists in date order → the items that follow one item within a
//! window of days, each with how many of its lists it shares with that item.
//! Quote variants and event-date discrepancies find their candidate pairs
//! this way, each pair from its earlier item, so that no list of every pair
//! that shares one key is ever made.

/// How far after an item its candidates may be.
pub(super) struct DateWindow<'d> {
    /// Day number of each item, if it has a date.
    pub days: &'d [Option<i32>],
    /// Most days after the item.
    pub max_days: i32,
    /// A list with more candidates than this after an item gives it none:
    /// such a key is too common to tell anything.
    pub max_postings: usize,
}

impl DateWindow<'_> {
    /// The items after `i` in `list` (sorted by (day, item), undated first)
    /// that it may pair with: those within `max_days` of it, or all that
    /// follow when `i` has no date and the list is short enough.
    pub fn near_after<'l>(&self, list: &'l [usize], i: usize) -> &'l [usize] {
        let days = self.days;
        let after = &list[list.partition_point(|&j| (days[j], j) <= (days[i], i))..];
        let near = match days[i] {
            None if list.len() <= self.max_postings => after,
            None => &[],
            Some(day) => {
                let within = after
                    .iter()
                    .take_while(|&&j| days[j].is_some_and(|d| d <= day + self.max_days))
                    .count();
                &after[..within]
            }
        };
        if near.len() <= self.max_postings {
            near
        } else {
            &[]
        }
    }

    /// Every item near after `i` in some of `lists`, with the number of those
    /// lists: (item, count), by item.
    pub fn shared_after<'l>(
        &self,
        i: usize,
        lists: impl IntoIterator<Item = &'l [usize]>,
    ) -> Vec<(usize, usize)> {
        let mut near: Vec<usize> = Vec::new();
        for list in lists {
            near.extend_from_slice(self.near_after(list, i));
        }
        near.sort_unstable();
        near.chunk_by(|a, b| a == b)
            .map(|run| (run[0], run.len()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(days: &[Option<i32>], max_postings: usize) -> DateWindow<'_> {
        DateWindow {
            days,
            max_days: 7,
            max_postings,
        }
    }

    #[test]
    fn an_item_pairs_with_later_ones_within_the_window_and_an_undated_one_with_all() {
        // Items 0 and 1 have no date; 2, 3 and 4 are on days 10, 16 and 30.
        let days = [None, None, Some(10), Some(16), Some(30)];
        let window = window(&days, 200);
        let list = [0, 1, 2, 3, 4];
        assert_eq!(window.near_after(&list, 0), &[1, 2, 3, 4]);
        assert_eq!(window.near_after(&list, 2), &[3]);
        assert_eq!(window.near_after(&list, 3), &[] as &[usize]);
        assert_eq!(window.near_after(&list, 4), &[] as &[usize]);
    }

    #[test]
    fn a_list_too_many_items_share_pairs_none() {
        let days = vec![Some(1); 12];
        let list: Vec<usize> = (0..days.len()).collect();
        let window = window(&days, 10);
        assert!(window.near_after(&list, 0).is_empty());
        assert_eq!(window.near_after(&list, 2).len(), 9);
    }

    #[test]
    fn shared_lists_are_counted_once_each_from_the_earlier_item() {
        let days = [Some(1), Some(2), Some(3)];
        let window = window(&days, 200);
        let (seven, eight) = (vec![0, 1, 2], vec![0, 2]);
        let lists = [seven.as_slice(), eight.as_slice()];
        assert_eq!(window.shared_after(0, lists), [(1, 1), (2, 2)]);
        assert_eq!(window.shared_after(1, [seven.as_slice()]), [(2, 1)]);
        assert!(window.shared_after(2, lists).is_empty());
    }
}
