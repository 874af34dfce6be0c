//! Front matter: the metadata block at the top of a static-site source file.
//!
//! Jekyll and Hugo sources open with YAML between `---` lines (or TOML between `+++`
//! lines): `title:`, `date:`, `categories:`, `tags:`. The block is the release's metadata,
//! not its text. Only flat keys are read: a scalar (`title: "…"`), a flow list
//! (`tags: [a, b]`) or a block list (`- a` lines under the key).

use crate::date::Timestamp;
use crate::document::normalise;
use crate::lexicon::{self, Class as Lex};

/// What a front matter block says about the release.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct FrontMatter {
    pub title: Option<String>,
    pub published: Option<Timestamp>,
    pub modified: Option<Timestamp>,
    pub categories: Vec<String>,
}

/// The longest front matter block read, in lines.
const MAX_LINES: usize = 200;

/// Splits a front matter block off the top of `input`: the block's facts and the rest of
/// the input. Input without a block comes back whole.
pub(super) fn split(input: &str) -> (Option<FrontMatter>, &str) {
    let trimmed = input.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let (fence, separator) = if trimmed.starts_with("---") {
        ("---", ':')
    } else if trimmed.starts_with("+++") {
        ("+++", '=')
    } else {
        return (None, input);
    };
    let mut lines = trimmed.split_inclusive('\n');
    let Some(first) = lines.next().filter(|l| l.trim() == fence) else {
        return (None, input);
    };
    let mut consumed = first.len();
    let mut body: Vec<&str> = Vec::new();
    let mut closed = false;
    for line in lines.take(MAX_LINES) {
        consumed += line.len();
        let t = line.trim();
        if t == fence || (fence == "---" && t == "...") {
            closed = true;
            break;
        }
        body.push(line.trim_end());
    }
    // Every top-level line of a metadata block is `key: value`; a rule above and below
    // a few lines of text is no such block.
    let keyed = |l: &&str| {
        let key = l.split(separator).next().unwrap_or("");
        l.contains(separator)
            && !key.is_empty()
            && key
                .trim_end()
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    };
    let top: Vec<&&str> = body
        .iter()
        .filter(|l| !l.trim().is_empty() && !l.starts_with([' ', '\t', '-', '#']))
        .collect();
    if !closed || top.is_empty() || !top.iter().all(|l| keyed(l)) {
        return (None, input);
    }
    let rest = trimmed.get(consumed..).unwrap_or("");
    (Some(parse(&body, separator)), rest)
}

fn parse(lines: &[&str], separator: char) -> FrontMatter {
    let mut front = FrontMatter::default();
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        i += 1;
        if line.starts_with([' ', '\t', '-', '#']) {
            continue;
        }
        let Some((key, value)) = line.split_once(separator) else {
            continue;
        };
        let Some(field) = lexicon::value(Lex::PageFrontKey, key.trim()) else {
            continue;
        };
        let value = value.trim();
        // A block list: the `- item` lines under the key.
        let mut items: Vec<String> = Vec::new();
        if value.is_empty() {
            while let Some(item) = lines.get(i).and_then(|l| l.trim_start().strip_prefix("- ")) {
                items.push(scalar(item));
                i += 1;
            }
        } else if let Some(flow) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            items.extend(flow.split(',').map(scalar));
        } else {
            items.push(scalar(value));
        }
        items.retain(|s| !s.is_empty());
        match field {
            "title" => front.title = front.title.take().or_else(|| items.into_iter().next()),
            "published" => {
                front.published = front
                    .published
                    .or_else(|| items.first().and_then(|v| Timestamp::parse_lenient(v)));
            }
            "modified" => {
                front.modified = front
                    .modified
                    .or_else(|| items.first().and_then(|v| Timestamp::parse_lenient(v)));
            }
            "categories" => front.categories.extend(items),
            _ => {}
        }
    }
    front
}

/// A scalar as YAML or TOML writes it: quotes off, `\"` unescaped, whitespace normalised.
fn scalar(raw: &str) -> String {
    let v = raw.trim();
    let v = v
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .map(|v| v.replace("\\\"", "\""))
        .or_else(|| {
            v.strip_prefix('\'')
                .and_then(|v| v.strip_suffix('\''))
                .map(|v| v.replace("''", "'"))
        })
        .unwrap_or_else(|| v.to_owned());
    normalise(&v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter_gives_metadata() {
        let page = "---\nlayout: post\ntitle:  \"Consulate hosts trade seminar\"\ndate:   2021-05-04 10:20:00 -0400\ncategories: [Trade, Events]\ntags:\n  - exports\n  - \"small business\"\n---\nThe consulate hosted a seminar.\n";
        let (front, rest) = split(page);
        let front = front.expect("a front matter block");
        assert_eq!(
            front.title.as_deref(),
            Some("Consulate hosts trade seminar")
        );
        assert_eq!(
            front.published.map(|t| t.date().to_string()).as_deref(),
            Some("2021-05-04")
        );
        assert_eq!(
            front.categories,
            ["Trade", "Events", "exports", "small business"]
        );
        assert_eq!(rest, "The consulate hosted a seminar.\n");
    }

    #[test]
    fn toml_front_matter_gives_metadata() {
        let page = "+++\ntitle = 'Harbour festival returns'\ndate = 2024-07-01\nlastmod = 2024-07-03T09:00:00+02:00\ntags = [\"festival\"]\n+++\nBody.";
        let (front, rest) = split(page);
        let front = front.expect("a front matter block");
        assert_eq!(front.title.as_deref(), Some("Harbour festival returns"));
        assert_eq!(
            front.published.map(|t| t.date().to_string()).as_deref(),
            Some("2024-07-01")
        );
        assert!(front.modified.is_some());
        assert_eq!(front.categories, ["festival"]);
        assert_eq!(rest, "Body.");
    }

    #[test]
    fn rules_and_unclosed_blocks_are_text() {
        for page in [
            "---\nA rule opens this text.\n",
            "---\n\nHeadline\n\n---\nMore text",
            "No front matter here.\n---\ntitle: not at the top\n---\n",
            "---\nThe minister said: yes.\n---\n",
        ] {
            let (front, rest) = split(page);
            assert_eq!(front, None, "{page:?}");
            assert_eq!(rest, page);
        }
    }
}
