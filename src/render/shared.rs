//! A context part many pages show alike → one template value shared by
//! them all: serialised into Tera's value once, then handed to each page by
//! reference count.

use std::marker::PhantomData;
use std::sync::OnceLock;

use serde::{Serialize, Serializer};

/// A part of the context that many pages show alike (the site, the UI
/// strings, an article's card): turned into a template value once, then
/// shared by every page that shows it. Tera takes the value over as it is
/// (a reference count) instead of serialising the same fields for each page.
/// Templates see `T`'s fields.
pub struct Shared<T> {
    value: tera::Value,
    shape: PhantomData<fn() -> T>,
}

impl<T: Serialize> Shared<T> {
    /// The template value of `of`.
    pub fn new(of: &T) -> Self {
        Shared {
            value: tera::Value::from_serializable(of),
            shape: PhantomData,
        }
    }
}

/// A `Shared<T>` made on first use, once, from whichever thread needs it
/// first: a serve update that renders one page makes only the parts it shows.
pub struct SharedOnce<T> {
    cell: OnceLock<tera::Value>,
    shape: PhantomData<fn() -> T>,
}

impl<T: Serialize> SharedOnce<T> {
    /// Not made yet.
    pub fn new() -> Self {
        SharedOnce {
            cell: OnceLock::new(),
            shape: PhantomData,
        }
    }

    /// The shared part, made by `make` the first time.
    pub fn get_or_make(&self, make: impl FnOnce() -> T) -> Shared<T> {
        let value = self
            .cell
            .get_or_init(|| tera::Value::from_serializable(&make()));
        Shared {
            value: value.clone(),
            shape: PhantomData,
        }
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared {
            value: self.value.clone(),
            shape: PhantomData,
        }
    }
}

impl<T> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Card<'a> {
        title: &'a str,
        tags: Vec<&'a str>,
    }

    #[derive(Serialize)]
    struct Page<C> {
        card: C,
        cards: Vec<C>,
    }

    fn render<T: Serialize>(context: &T) -> String {
        let mut tera = tera::Tera::default();
        tera.add_raw_template(
            "t.html",
            "{{ card.title }}|{{ card.tags | join(sep=',') }}|{% for c in cards %}{{ c.title }};{% endfor %}",
        )
        .unwrap();
        tera.render("t.html", &tera::Context::from_serialize(context).unwrap())
            .unwrap()
    }

    #[test]
    fn a_shared_part_renders_like_the_struct_it_was_made_from() {
        let card = Card {
            title: "A <b>long</b> headline of more than twenty-one bytes",
            tags: vec!["x", "y"],
        };
        let plain = Page {
            card: Card {
                title: card.title,
                tags: card.tags.clone(),
            },
            cards: vec![Card {
                title: card.title,
                tags: card.tags.clone(),
            }],
        };
        let shared = Shared::new(&card);
        let page = Page {
            card: shared.clone(),
            cards: vec![shared],
        };
        assert_eq!(render(&page), render(&plain));
        assert!(render(&page).contains("&lt;b&gt;long"));
    }

    #[test]
    fn a_part_made_on_first_use_is_made_once() {
        let once: SharedOnce<Card<'_>> = SharedOnce::new();
        let made = std::cell::Cell::new(0);
        let make = || {
            made.set(made.get() + 1);
            Card {
                title: "Kim tiba",
                tags: vec!["x"],
            }
        };
        let first = once.get_or_make(make);
        let again = once.get_or_make(make);
        assert_eq!(made.get(), 1);
        let page = Page {
            card: first,
            cards: vec![again],
        };
        assert!(render(&page).starts_with("Kim tiba|x|Kim tiba;"));
    }
}
