//! Tables of how mentions become entities, in invented pages: acronyms, initials, family
//! names, short forms, the country of a government body, the office named after a post.

use super::*;
use crate::entities::{find, Ctx};

/// The entities of `text`, as the stage merges them.
fn resolved(text: &str) -> Resolved {
    let ctx = Ctx::new(text, &[]);
    let found = find(&ctx);
    merge(text, &found, ctx.home_country)
}

/// Organisations as `Name [acronym] (country) ×mentions`, in order of first mention.
fn orgs(text: &str) -> Vec<String> {
    resolved(text)
        .organisations
        .iter()
        .map(|o| {
            let mut s = o.name.clone();
            if let Some(a) = &o.acronym {
                s.push_str(&format!(" [{a}]"));
            }
            if let Some(c) = &o.country {
                s.push_str(&format!(" ({c})"));
            }
            format!("{s} ×{}", o.mentions.len())
        })
        .collect()
}

/// People as `Name ×mentions: Title @ Org; Title`.
fn people(text: &str) -> Vec<String> {
    resolved(text)
        .people
        .iter()
        .map(|p| {
            let roles: Vec<String> = p
                .roles
                .iter()
                .map(|r| match &r.organisation {
                    Some(o) => format!("{} @ {o}", r.title),
                    None => r.title.clone(),
                })
                .collect();
            format!("{} ×{}: {}", p.name, p.mentions.len(), roles.join("; "))
        })
        .collect()
}

#[test]
fn acronyms_join_their_names() {
    // (text, organisations)
    let table: [(&str, &[&str]); 3] = [
        (
            "The Coastal Survey Agency (CSA) mapped the bay. The CSA said so.",
            &["Coastal Survey Agency [CSA] ×3"],
        ),
        // An acronym never defined joins the name whose initials it spells.
        (
            "The Norhaven County Harbour Office reopened. NCHO Director Jane Roe said so.",
            &["Norhaven County Harbour Office [NCHO] ×2"],
        ),
        // Initials of another name do not.
        (
            "The Norhaven County Harbour Office reopened. CSA Director Jane Roe said so.",
            &["Norhaven County Harbour Office ×1", "CSA ×1"],
        ),
    ];
    for (text, want) in table {
        assert_eq!(orgs(text), want, "{text}");
    }
}

#[test]
fn the_written_name_is_the_name() {
    // (text, organisations): the fullest form the page writes, never a canonical one.
    let table: [(&str, &[&str]); 2] = [
        (
            "Vantor Corporation said profits rose. Vantor also hired staff.",
            &["Vantor Corporation ×2"],
        ),
        (
            "The Coastal Survey Agency mapped the bay. The Agency said the work was done.",
            &["Coastal Survey Agency ×2"],
        ),
    ];
    for (text, want) in table {
        assert_eq!(orgs(text), want, "{text}");
    }
}

#[test]
fn people_merge_by_full_and_family_name() {
    // (text, people)
    let table: [(&str, &[&str]); 3] = [
        (
            "Jane Roe, Director of the Coastal Survey Agency, spoke. Roe said the survey was done.",
            &["Jane Roe ×2: Director @ Coastal Survey Agency"],
        ),
        (
            "Jane P. Roe opened the session. Later Jane Roe said it was over.",
            &["Jane P. Roe ×2: "],
        ),
        // A family name joins the nearest full name before it.
        (
            "Jane Roe spoke. Tom Roe answered. Roe said no.",
            &["Jane Roe ×1: ", "Tom Roe ×2: "],
        ),
    ];
    for (text, want) in table {
        assert_eq!(people(text), want, "{text}");
    }
}

#[test]
fn a_title_without_its_organisation_gives_way_to_one_with_it() {
    let text = "Director Jane Roe spoke. Jane Roe, Director of the Coastal Survey Agency, said so.";
    assert_eq!(
        people(text),
        ["Jane Roe ×2: Director @ Coastal Survey Agency"]
    );
}

#[test]
fn government_bodies_belong_to_the_home_country() {
    // (text, organisations): places make Norway the home country in the first two pages.
    let table: [(&str, &[&str]); 3] = [
        (
            "The Harbour Authority met in Oslo, Norway.",
            &["Harbour Authority (NO) ×1"],
        ),
        // A company does not take the country from the places.
        (
            "Vantor Systems Inc. met in Oslo, Norway.",
            &["Vantor Systems Inc. ×1"],
        ),
        // No home country: no clear majority of places.
        (
            "The Harbour Authority met in Oslo.",
            &["Harbour Authority ×1"],
        ),
    ];
    for (text, want) in table {
        assert_eq!(orgs(text), want, "{text}");
    }
}

/// Two pages of different publishers that need the owner's country: a ministry's unit in
/// a comma list (a government's own style) and an agency's unit with a possessive or an
/// acronym before it (a local news style).
#[test]
fn units_inherit_their_state_body_s_country() {
    let table: [(&str, &[&str]); 3] = [
        (
            "Jane Roe heads the Office of Coastal Affairs, Chilean Ministry of Fisheries, since May.",
            &["Office of Coastal Affairs (CL) ×1", "Chilean Ministry of Fisheries (CL) ×1"],
        ),
        (
            "The Norwegian Roads Agency (NRA) said the NRA’s Coastal Survey Unit mapped the bay. \
             The NRA Ferry Task Force met.",
            &[
                "Norwegian Roads Agency [NRA] (NO) ×3",
                "Coastal Survey Unit (NO) ×1",
                "NRA Ferry Task Force (NO) ×1",
            ],
        ),
        // A company's unit takes nothing.
        (
            "Vantor Systems Inc. said Vantor Systems Inc.’s Survey Office mapped the bay.",
            &["Vantor Systems Inc. ×2", "Survey Office ×1"],
        ),
    ];
    for (text, want) in table {
        assert_eq!(orgs(text), want, "{text}");
    }
}

/// Two pages of different publishers that name the office of a post: a sheriff's release
/// ("County" + post = the post's office) and a city's ("Office of the Mayor").
#[test]
fn a_post_belongs_to_the_office_named_after_it() {
    let sheriff = "Norhaven County Sheriff Tom Berg said the road was closed. \
                   The Norhaven County Sheriff’s Office asked drivers to wait.";
    assert_eq!(
        people(sheriff),
        ["Tom Berg ×1: Sheriff @ Norhaven County Sheriff’s Office"]
    );
    assert_eq!(orgs(sheriff), ["Norhaven County Sheriff’s Office ×2"]);
    let mayor = "Mayor Ana Ruiz opened the park. The Office of the Mayor thanked the volunteers.";
    assert_eq!(people(mayor), ["Ana Ruiz ×1: Mayor @ Office of the Mayor"]);
    // Two offices of one post: which one is unknown.
    let two = "Sheriff Tom Berg spoke. The Sheriff’s Office and the Westvale Sheriff’s Office \
               agreed.";
    assert_eq!(people(two), ["Tom Berg ×1: Sheriff"]);
}

#[test]
fn name_keys_ignore_case_articles_and_quotes() {
    // (a, b, same key)
    let table = [
        ("The Coastal Survey Agency", "coastal survey agency", true),
        ("Vantor’s Office", "Vantor's Office", true),
        ("“Harbour Lights”", "Harbour Lights", true),
        ("Harbour Lights", "Harbour Light", false),
    ];
    for (a, b, same) in table {
        assert_eq!(name_key(a) == name_key(b), same, "{a} / {b}");
    }
}

#[test]
fn initials_of_capitalised_words() {
    // (name, initials)
    let table = [
        ("Norhaven County Harbour Office", "NCHO"),
        ("Office of the Sea-Cargo Board", "OSCB"),
        ("Vantor’s Survey Unit", "VSU"),
    ];
    for (name, want) in table {
        assert_eq!(initials(name), want, "{name}");
    }
}
