//! Titles and names → URL slugs: ASCII, lower case, hyphenated, stable
//! ("2018-05-31-kim-jong-un-bertemu-menlu-rusia"), and the check that keeps a
//! hand-written slug from escaping its folder.

use jiff::civil::Date;

/// Words of the title kept in an article slug.
const ARTICLE_SLUG_WORDS: usize = 8;
/// Longest slug written.
const MAX_SLUG_LEN: usize = 80;

/// ASCII words of a text, lower case.
fn words(text: &str) -> Vec<String> {
    deunicode::deunicode(text)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn join_limited(words: &[String]) -> String {
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
    slug
}

/// A slug for any text ("Kim Jong-un" → "kim-jong-un").
pub fn slugify(text: &str) -> String {
    let slug = join_limited(&words(text));
    if slug.is_empty() {
        "untitled".to_string()
    } else {
        slug
    }
}

/// An article's slug: its date, then the first words of its title.
pub fn for_article(date: Option<Date>, title: &str) -> String {
    let mut all: Vec<String> = date.map(|d| d.to_string()).into_iter().collect();
    all.extend(words(title).into_iter().take(ARTICLE_SLUG_WORDS));
    let slug = join_limited(&all);
    if slug.is_empty() {
        "untitled".to_string()
    } else {
        slug
    }
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

    #[test]
    fn path_escapes_are_refused() {
        assert!(check("../../etc").is_err());
        assert!(check("a/b").is_err());
        assert!(check("UPPER").is_err());
        assert!(check("2019-putin-kim").is_ok());
    }
}
