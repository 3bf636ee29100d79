//! Titles and names → URL slugs: ASCII, lower case, hyphenated, stable
//! ("2018-05-31-kim-jong-un-bertemu-menlu-rusia"), and the check that keeps a
//! hand-written slug from escaping its folder.

use std::borrow::Cow;

use jiff::civil::Date;

/// Words of the title kept in an article slug.
const ARTICLE_SLUG_WORDS: usize = 8;
/// Longest slug written.
const MAX_SLUG_LEN: usize = 80;

/// The text in ASCII: transliterated when it is not ASCII already.
fn ascii(text: &str) -> Cow<'_, str> {
    match text.is_ascii() {
        true => Cow::Borrowed(text),
        false => Cow::Owned(deunicode::deunicode(text)),
    }
}

/// The words of an ASCII text: its runs of letters and digits.
fn words(ascii: &str) -> impl Iterator<Item = &str> {
    ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Words joined by hyphens, in lower case, as many as fit in `MAX_SLUG_LEN`;
/// "untitled" when there are none.
fn join_limited<'w>(words: impl Iterator<Item = &'w str>) -> String {
    let mut slug = String::new();
    for word in words {
        if !slug.is_empty() && slug.len() + 1 + word.len() > MAX_SLUG_LEN {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    slug.truncate(MAX_SLUG_LEN);
    slug.make_ascii_lowercase();
    if slug.is_empty() {
        slug.push_str("untitled");
    }
    slug
}

/// A slug for any text ("Kim Jong-un" → "kim-jong-un").
pub fn slugify(text: &str) -> String {
    join_limited(words(&ascii(text)))
}

/// A slug of the first `most` words of a text, as `slugify` makes them.
pub fn slugify_first(text: &str, most: usize) -> String {
    join_limited(words(&ascii(text)).take(most))
}

/// An article's slug: its date, then the first words of its title.
pub fn for_article(date: Option<Date>, title: &str) -> String {
    let date = date.map(crate::calendar::iso_day);
    let title = ascii(title);
    let title_words = words(&title).take(ARTICLE_SLUG_WORDS);
    join_limited(date.as_deref().into_iter().chain(title_words))
}

/// Checks a hand-written slug: only a–z, 0–9 and inner hyphens, so it cannot leave its folder.
pub fn check(slug: &str) -> Result<(), &'static str> {
    if slug.is_empty() {
        return Err("is empty");
    }
    if slug.len() > MAX_SLUG_LEN * 2 {
        return Err("is too long");
    }
    if !slug
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err("may only contain lower-case letters, digits and hyphens");
    }
    if slug.starts_with('-') || slug.ends_with('-') {
        return Err("may not start or end with a hyphen");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_slug_is_date_and_title_words() {
        let date = Date::new(2018, 5, 31).unwrap();
        assert_eq!(
            for_article(
                Some(date),
                "Kim Jong Un Bertemu Menlu Rusia Sebelum Temui Donald Trump"
            ),
            "2018-05-31-kim-jong-un-bertemu-menlu-rusia-sebelum-temui"
        );
    }

    #[test]
    fn accents_and_punctuation_become_ascii() {
        assert_eq!(slugify("Pedro Sánchez: «¡Sí!»"), "pedro-sanchez-si");
        assert_eq!(slugify("???"), "untitled");
    }

    /// What a slug must be: all the words, lowercase and hyphenated, cut at
    /// the last word boundary within the longest length (or, when the first
    /// word alone is longer, cut there).
    fn expected_slug(text: &str) -> String {
        let lower = deunicode::deunicode(text).to_lowercase();
        let all = lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        match all.get(..=MAX_SLUG_LEN).map(|head| head.rfind('-')) {
            _ if all.is_empty() => "untitled".into(),
            None => all,
            Some(Some(boundary)) => all[..boundary].into(),
            Some(None) => all[..MAX_SLUG_LEN].into(),
        }
    }

    proptest::proptest! {
        #[test]
        fn slugs_are_the_lowercase_ascii_words_joined(text in "[a-zA-Z0-9 ,.'\\-éÅßİ«»ﬁ日本]{0,120}") {
            proptest::prop_assert_eq!(slugify(&text), expected_slug(&text));
        }

        #[test]
        fn a_slug_of_the_first_words_is_the_start_of_the_slug(text in "[a-zA-Z ,.é\\-]{0,60}", most in 1usize..8) {
            let whole = slugify(&text);
            let first: Vec<&str> = whole.split('-').take(most).collect();
            proptest::prop_assert_eq!(slugify_first(&text, most), first.join("-"));
        }
    }

    #[test]
    fn a_slug_keeps_whole_words_within_the_longest_length() {
        let long = "kata ".repeat(40);
        let slug = slugify(&long);
        assert!(
            slug.len() <= MAX_SLUG_LEN && slug.ends_with("kata"),
            "{slug}"
        );
        assert_eq!(slugify(&"x".repeat(100)).len(), MAX_SLUG_LEN);
    }

    #[test]
    fn path_escapes_are_refused() {
        assert!(check("../../etc").is_err());
        assert!(check("a/b").is_err());
        assert!(check("UPPER").is_err());
        assert!(check("2019-putin-kim").is_ok());
    }
}
