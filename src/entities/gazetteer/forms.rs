//! How a written form of a name becomes a key: the normalisation that the build script
//! (`build/gazetteer/`) applies to every form of the data and that look-ups apply to every
//! query. One file, compiled into both, so that the two can never disagree.
//!
//! Uses only `std`: the build script includes it with `#[path]`.

/// The entry a query names in one index of the gazetteer, whose three tables the caller
/// reads: `may_hold` (does any key have these [`push_letters`]?), `exact` (forms without
/// lowercase letters, by [`tidy`]) and `loose` (every other form, by [`tidy_key`], with and
/// without accents).
///
/// PERF: most queries (every phrase of a text tried as a title) find nothing, and their
/// letters cost one pass where [`tidy`], [`tidy_key`] and [`fold`] cost several.
pub(crate) fn lookup(
    query: &str,
    may_hold: impl Fn(&str) -> bool,
    exact: impl Fn(&str) -> Option<usize>,
    loose: impl Fn(&str) -> Option<usize>,
) -> Option<usize> {
    // [`tidy`] drops a leading "the", which the letters would keep.
    let article = query
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    if !article && !may_hold_letters(query, &may_hold) {
        return None;
    }
    let tidied = tidy(query);
    if let Some(i) = exact(&tidied) {
        return Some(i);
    }
    // An all-caps query that is not an acronym may still be a name in capitals ("UNITED
    // NATIONS"); the loose index holds no acronyms, so "WHO" cannot reach "who" here.
    let key = tidy_key(&tidied);
    loose(&key).or_else(|| loose(&fold(&key)))
}

/// `may_hold` of the [`push_letters`] of `query`. PERF: a short ASCII query (nearly every
/// one) has its letters gathered on the stack, not in a new string.
fn may_hold_letters(query: &str, may_hold: &impl Fn(&str) -> bool) -> bool {
    let mut buf = [0u8; 128];
    if query.is_ascii() && query.len() <= buf.len() {
        let mut n = 0;
        for (slot, b) in buf
            .iter_mut()
            .zip(query.bytes().filter(u8::is_ascii_alphanumeric))
        {
            *slot = b.to_ascii_lowercase();
            n += 1;
        }
        if let Some(letters) = buf.get(..n).and_then(|l| std::str::from_utf8(l).ok()) {
            return may_hold(letters);
        }
    }
    may_hold(&letters_of(query))
}

/// Whether a form is written without lowercase letters ("WHO", "U.S.", "UN-OHRLLS", "G20"):
/// such forms match only with their own case.
pub(crate) fn is_acronym_like(s: &str) -> bool {
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

/// Spacing collapsed, curly apostrophes made straight, hyphen-like dashes made `-`, and a
/// leading "the " dropped; case and accents kept.
pub(crate) fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '`' => '\'',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => '-',
            c => c,
        }));
    }
    // "The Gambia", "the Netherlands": the article is optional everywhere.
    match out.get(..4) {
        Some(article) if article.eq_ignore_ascii_case("the ") && out.len() > 4 => {
            out.drain(..4);
        }
        _ => {}
    }
    out
}

/// The loose key of a form: [`tidy`], lowercase, hyphens read as spaces ("Guinea-Bissau"
/// and "Guinea Bissau" are one key).
pub(crate) fn tidy_key(s: &str) -> String {
    let lower = tidy(s).to_lowercase().replace('-', " ");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s` without accents on Latin letters ("Côte" → "Cote", "Türkiye" → "Turkiye"), case kept.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let lower = c.to_lowercase().next().unwrap_or(c);
        match fold_lower(lower) {
            Some(plain) if c.is_uppercase() => out.push_str(&plain.to_uppercase()),
            Some(plain) => out.push_str(plain),
            None => out.push(c),
        }
    }
    out
}

/// The plain letters for an accented lowercase Latin letter.
pub(crate) fn fold_lower(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Appends the letters and digits of `s` to `out`, lowercase and without accents, so that
/// every spelling [`tidy`], [`tidy_key`] and [`fold`] take as one key has the same
/// letters: case, accents, spacing, hyphens and apostrophes are not letters.
pub(crate) fn push_letters(out: &mut String, s: &str) {
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
            continue;
        }
        for l in c.to_lowercase() {
            // A final sigma is a sigma: `str::to_lowercase` picks one by position.
            let l = if l == 'ς' { 'σ' } else { l };
            match fold_lower(l) {
                Some(plain) => out.push_str(plain),
                None if l.is_alphanumeric() => out.push(l),
                None => {}
            }
        }
    }
}

/// [`push_letters`] into a new string.
pub(crate) fn letters_of(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_letters(&mut out, s);
    out
}
