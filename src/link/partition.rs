//! Indexes 0..n → groups: a union–find over items found to belong together
//! (name variants, tellings of one event), near-constant time per union.

/// Items joined into groups.
pub(super) struct Partition {
    parent: Vec<usize>,
}

impl Partition {
    /// Every item in a group of its own.
    pub fn new(items: usize) -> Self {
        Partition {
            parent: (0..items).collect(),
        }
    }

    fn root(&mut self, item: usize) -> usize {
        let mut root = item;
        while self.parent[root] != root {
            root = self.parent[root];
        }
        let mut at = item;
        while self.parent[at] != root {
            let next = self.parent[at];
            self.parent[at] = root;
            at = next;
        }
        root
    }

    /// Puts two items in one group.
    pub fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }

    /// The groups, each in item order, ordered by their first item.
    pub fn groups(mut self) -> Vec<Vec<usize>> {
        let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for item in 0..self.parent.len() {
            let root = self.root(item);
            groups.entry(root).or_default().push(item);
        }
        groups.into_values().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_items_share_a_group() {
        let mut partition = Partition::new(5);
        partition.join(3, 1);
        partition.join(4, 3);
        assert_eq!(partition.groups(), [vec![0], vec![1, 3, 4], vec![2]]);
    }
}
