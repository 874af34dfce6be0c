//! Photo captions and credits in a text page.
//!
//! A text release prints a credit on a line of its own under the caption ("Photo: Jane
//! Roe", "© Jane Roe"). A page saved as Markdown keeps its images, and the line under an
//! image is its caption, with the credit inside it: "…; photo: © Jane Roe", a list of
//! rights holders each with its own sign ("©Ann Lee; ©Bo Kim/Studio"), or, for a work of
//! art, the credit line after the medium and dimensions ("Oil on canvas, 26 x 36 in. (66 x
//! 91 cm). Harbour Museum, gift of the artist").

use std::collections::HashSet;

use once_cell::sync::Lazy;
use regex::Regex;

use super::lines::leading;
use super::Block;
use crate::document::meta::split_credit;
use crate::document::BlockKind;
use crate::lexicon::Class as Lex;
use crate::model::Photo;

/// The longest credit line read on its own.
const MAX_CREDIT_LINE: usize = 150;
/// The longest caption a credit is read from.
const MAX_CAPTION: usize = 1000;

/// Finds the photos' credits among the blocks, and marks their captions as captions.
pub(super) fn credits(blocks: &mut [Block]) -> Vec<Photo> {
    let mut photos: Vec<Photo> = Vec::new();
    let mut credits_seen: HashSet<Option<String>> = HashSet::new();
    for i in 0..blocks.len() {
        let Some(block) = blocks.get(i) else { break };
        let text = block.text.as_str();
        let mut found = None;
        if text.len() <= MAX_CREDIT_LINE && starts_with_credit(text) {
            if let (_, Some(credit)) = split_credit(text) {
                let caption = i
                    .checked_sub(1)
                    .and_then(|j| blocks.get(j))
                    .filter(|p| matches!(p.kind, BlockKind::Caption | BlockKind::Paragraph))
                    .filter(|p| p.text.len() < 400)
                    .map(|p| p.text.clone());
                if caption.is_some() {
                    if let Some(p) = i.checked_sub(1).and_then(|j| blocks.get_mut(j)) {
                        p.kind = BlockKind::Caption;
                    }
                }
                found = Some(Photo {
                    caption,
                    credit: Some(credit),
                });
            }
        } else if block.after_image && text.len() <= MAX_CAPTION {
            if let Some(credit) = caption_credit(text) {
                // The caption without its credit, where the credit has a label to cut at.
                let caption = match split_credit(text) {
                    (Some(words), Some(c)) if c == credit => words
                        .trim_end_matches([';', ',', '|', '–', '—'])
                        .trim_end()
                        .to_owned(),
                    _ => text.to_owned(),
                };
                found = Some(Photo {
                    caption: Some(caption),
                    credit: Some(credit),
                });
                if let Some(b) = blocks.get_mut(i) {
                    b.kind = BlockKind::Caption;
                }
            }
        }
        if let Some(photo) = found {
            if credits_seen.insert(photo.credit.clone()) {
                photos.push(photo);
            }
        }
    }
    photos
}

/// A credit line: "Photo: …", "Photo credit: …", "Credit: …", "Photo by …", "© …".
fn starts_with_credit(text: &str) -> bool {
    text.starts_with('©')
        || leading(Lex::PageCreditLabel, text).is_some_and(|l| l.colon || l.value == "by")
}

static ARTWORK: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)
        \d+(?:[.,]\d+)?(?:\s+\d+/\d+)?\s*[x×]\s*\d+(?:[.,]\d+)?(?:\s+\d+/\d+)?   # 26 1/8 x 36 7/8
        (?:\s*[x×]\s*\d+(?:[.,]\d+)?(?:\s+\d+/\d+)?)?                            # x 12 (depth)
        \s*(?:in|cm|mm)\.?                                                        # in.
        (?:\s*\([^)]*\))?                                                         # (66 x 93 cm)
        \s*[.;]\s+(?P<credit>\S.*?)\s*\.?$                                        # . Credit line
        ",
    )
    .expect("artwork caption is a valid pattern")
});

/// The credit inside a caption, if it states one.
fn caption_credit(caption: &str) -> Option<String> {
    // Several rights holders, each with its sign: the credit is the list as written.
    if caption.matches('©').count() >= 2 {
        let from = caption.find('©')?;
        let credit = caption.get(from..)?.trim().trim_end_matches('.').trim();
        return (!credit.is_empty()).then(|| credit.to_owned());
    }
    if let (_, Some(credit)) = split_credit(caption) {
        return Some(credit);
    }
    let credit = ARTWORK.captures(caption)?.name("credit")?.as_str().trim();
    (!credit.is_empty() && credit.split_whitespace().count() <= 25).then(|| credit.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str, after_image: bool) -> Block {
        Block {
            after_image,
            ..Block::new(BlockKind::Paragraph, text.to_owned())
        }
    }

    /// (caption under an image, its credit)
    #[test]
    fn captions_give_credits() {
        let table = [
            ("Volunteers plant oaks at Eastvale Park; photo: © Rosa Lind", Some("Rosa Lind")),
            ("The new ferry at its berth (Photo by Tomas Berg)", Some("Tomas Berg")),
            (
                "Poster art (left to right) ©Ann Lee; ©Bo Kim/Harbour Press; ©Cy Dunn",
                Some("©Ann Lee; ©Bo Kim/Harbour Press; ©Cy Dunn"),
            ),
            (
                "Mara Quill, Morning Tide, 1911. Oil on canvas, 24 x 30 in. (61 x 76.2 cm). Lakeside Art Museum, gift of the Dorr family, 1950.3",
                Some("Lakeside Art Museum, gift of the Dorr family, 1950.3"),
            ),
            (
                "Ivo Penn, Bowl, ca. 1920. Glazed stoneware, 12.5 x 30 cm. Coastal Crafts Collection.",
                Some("Coastal Crafts Collection"),
            ),
            ("Children build bridges out of paper at the science fair.", None),
            ("The museum measures 40 x 60 metres and opened in 1998.", None),
        ];
        for (caption, want) in table {
            assert_eq!(caption_credit(caption).as_deref(), want, "{caption:?}");
        }
    }

    #[test]
    fn credit_lines_and_image_captions_are_photos() {
        let mut blocks = vec![
            block("The director opens the exhibition.", false),
            block("Photo: Harbour Museum/Lee Park", false),
            block(
                "A paragraph about the exhibition with © in it, not a caption.",
                false,
            ),
            block("Visitors at the opening; photo: © Ana Ruiz", true),
        ];
        let photos = credits(&mut blocks);
        let got: Vec<(Option<&str>, Option<&str>)> = photos
            .iter()
            .map(|p| (p.caption.as_deref(), p.credit.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some("The director opens the exhibition."),
                    Some("Harbour Museum/Lee Park")
                ),
                (Some("Visitors at the opening"), Some("Ana Ruiz")),
            ]
        );
        assert_eq!(blocks.first().map(|b| b.kind), Some(BlockKind::Caption));
        assert_eq!(blocks.get(2).map(|b| b.kind), Some(BlockKind::Paragraph));
    }
}
