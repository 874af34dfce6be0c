//! Tables of the forms that make an organisation, in invented sentences: one test per
//! form, each row a sentence and the organisations that must come out of it, written
//! `Name [kind, country, acronym]` (country and acronym when there are).

use crate::entities::testing::read;
use crate::entities::{find, Ctx};

/// `(sentence, organisations)`: the organisations found, exactly.
type Row<'a> = (&'a str, &'a [&'a str]);

fn check(rows: &[Row<'_>]) {
    for &(text, orgs) in rows {
        assert_eq!(read(text).orgs, orgs, "organisations of {text:?}");
    }
}

#[test]
fn head_words() {
    check(&[
        (
            "The Coastal Survey Agency and the Harbour Wildlife Service met on Tuesday.",
            &[
                "Coastal Survey Agency [government]",
                "Harbour Wildlife Service [government]",
            ],
        ),
        (
            "The Eastvale Rowing Club won.",
            &["Eastvale Rowing Club [ngo]"],
        ),
        // A head alone is no name.
        ("The Agency met.", &[]),
    ]);
}

#[test]
fn lead_words_with_their_complement() {
    check(&[
        (
            "The University of Eastvale hosted the talks.",
            &["University of Eastvale [academic]"],
        ),
        (
            "The Ministry of Fisheries of Chile sent a delegation.",
            &["Ministry of Fisheries of Chile [government, CL]"],
        ),
        (
            "The City of Eastvale and the Town of Westvale signed the deal.",
            &[
                "City of Eastvale [government]",
                "Town of Westvale [government]",
            ],
        ),
    ]);
}

#[test]
fn compound_heads_are_looked_up_as_phrases() {
    check(&[
        (
            "The Norhaven Chamber of Commerce welcomed the plan.",
            &["Norhaven Chamber of Commerce [ngo]"],
        ),
        (
            "Norhaven Metropolitan City signed the deal.",
            &["Norhaven Metropolitan City [government]"],
        ),
        // An ambiguous head needs an acronym or a place to qualify it.
        (
            "The NRA Ferry Task Force met. A Ferry Task Force plan was published.",
            &["NRA Ferry Task Force [other]"],
        ),
    ]);
}

#[test]
fn remit_after_an_inner_head() {
    check(&[
        (
            "The Committee on Fisheries and Oceans met.",
            &["Committee on Fisheries and Oceans [other]"],
        ),
        // An event head with a remit names an event, not a body.
        ("The Summit on Coastal Shipping opened.", &[]),
    ]);
}

#[test]
fn a_remit_after_a_head_stays_in_the_name() {
    check(&[
        (
            "Tom Berg, Vice Chairman of the Council for the Development of Eastland, spoke.",
            &["Council for the Development of Eastland [other]"],
        ),
        (
            "She studied at the Marlow Institute for the Study of Coastal Arts.",
            &["Marlow Institute for the Study of Coastal Arts [academic]"],
        ),
        (
            "The Federal Council on the Arts and the Humanities gave an indemnity.",
            &["Federal Council on the Arts and the Humanities [other]"],
        ),
        (
            "The Agency for Harbour Safety issued a warning.",
            &["Agency for Harbour Safety [government]"],
        ),
        (
            "The Eastvale Centre for Tidal Research opened a lab.",
            &["Eastvale Centre for Tidal Research [other]"],
        ),
        (
            "Ana Ruiz, Director of the Office for Coastal Planning, agreed.",
            &["Office for Coastal Planning [government]"],
        ),
        (
            "The Norhaven Foundation for Rural Schools gave a grant.",
            &["Norhaven Foundation for Rural Schools [ngo]"],
        ),
        // An employer after "for" that follows no head word is still cut off.
        (
            "Ana Ruiz, Head of Sales for Vantor Inc., spoke.",
            &["Vantor Inc. [company]"],
        ),
        (
            "Ana Ruiz, Head of Platform Solutions for Vantor Inc., spoke.",
            &["Vantor Inc. [company]"],
        ),
        // Two bodies joined by "and the" stay two.
        (
            "The Council on Fisheries and the Eastvale Harbour Agency met.",
            &[
                "Council on Fisheries [other]",
                "Eastvale Harbour Agency [government]",
            ],
        ),
        (
            "The Department of Fisheries and the Department for Roads met.",
            &[
                "Department of Fisheries [government]",
                "Department for Roads [government]",
            ],
        ),
        // A compound lead: "Consulate General of …".
        (
            "We thank Ana Ruiz, Consulate General of Eastland in Norhaven.",
            &["Consulate General of Eastland in Norhaven [government]"],
        ),
    ]);
}

#[test]
fn a_county_used_as_a_place_is_no_body() {
    check(&[
        (
            "Broadband will reach homes in Eastvale County next year.",
            &[],
        ),
        ("Crews worked across the Marlow County coast.", &[]),
        ("Floods hit farms throughout Norhaven Parish.", &[]),
        ("Remains from Westport, Eastvale County were returned.", &[]),
        ("Eastvale County, Kenya has a new clinic.", &[]),
        ("Schools within Harbour Borough reopened.", &[]),
        // A county that acts or receives is its government.
        (
            "Eastvale County approved the budget on Monday.",
            &["Eastvale County [government]"],
        ),
        (
            "Funds were allocated to Marlow County last year.",
            &["Marlow County [government]"],
        ),
        (
            "The grant from Norhaven County paid for the trail.",
            &["Norhaven County [government]"],
        ),
        // A head that names no place keeps its body after "in".
        (
            "The talks were held in the Eastvale Harbour Agency offices.",
            &["Eastvale Harbour Agency [government]"],
        ),
    ]);
}

#[test]
fn new_before_a_known_place_is_part_of_the_name() {
    check(&[
        (
            "The New Jersey Transit Authority met.",
            &["New Jersey Transit Authority [government, US]"],
        ),
        (
            "New Zealand Trade Office staff met.",
            &["New Zealand Trade Office [government, NZ]"],
        ),
        (
            "Staff at the New York Harbour Commission spoke.",
            &["New York Harbour Commission [government, US]"],
        ),
        (
            "She joined the New Mexico Arts Council in May.",
            &["New Mexico Arts Council [other, US]"],
        ),
        (
            "The New South Wales Fisheries Agency agreed.",
            &["New South Wales Fisheries Agency [government, AU]"],
        ),
        (
            "A grant came from the New Delhi Port Authority.",
            &["New Delhi Port Authority [government, IN]"],
        ),
        (
            "The New Hampshire Rowing Club won.",
            &["New Hampshire Rowing Club [ngo, US]"],
        ),
        (
            "The New Brunswick Tidal Institute opened.",
            &["New Brunswick Tidal Institute [academic, CA]"],
        ),
        // Elsewhere "New" is an opener, as "The" is.
        ("New Harbour Trust rules apply.", &["Harbour Trust [ngo]"]),
        (
            "Later, Vantor Inc. opened a lab.",
            &["Vantor Inc. [company]"],
        ),
    ]);
}

#[test]
fn an_acronym_before_a_member_noun_names_a_body() {
    check(&[
        ("The NCSA chairman spoke on Monday.", &["NCSA [other]"]),
        ("NHRA officials said the ferry was late.", &["NHRA [other]"]),
        ("An ERCB board member resigned.", &["ERCB [other]"]),
        (
            "The EHTA spokesperson declined to comment.",
            &["EHTA [other]"],
        ),
        ("Two WPSC staff joined the team.", &["WPSC [other]"]),
        (
            "The KMRA delegation arrived in the morning.",
            &["KMRA [other]"],
        ),
        ("All CTRB members voted for it.", &["CTRB [other]"]),
        // A title, a country or a word of a heading in capitals is no body.
        ("A CEO spokesperson declined.", &[]),
        ("US officials agreed.", &[]),
        // Before a capitalised word or no member noun, nothing is said.
        ("The NCSA report was late.", &[]),
    ]);
}

#[test]
fn company_legal_forms() {
    check(&[
        (
            "Vantor Systems Inc. announced a new ferry.",
            &["Vantor Systems Inc. [company]"],
        ),
        (
            "Brightline Co., Ltd. said sales rose.",
            &["Brightline Co., Ltd. [company]"],
        ),
        (
            "Norhaven Shipping GmbH said sales rose.",
            &["Norhaven Shipping GmbH [company]"],
        ),
        // In a line written in capitals, case says nothing.
        (
            "VANTOR, INC. REPORTS RESULTS FOR THE THIRD QUARTER OF THE YEAR",
            &[],
        ),
    ]);
}

#[test]
fn acronyms_defined_in_brackets() {
    check(&[
        (
            "The Coastal Survey Agency (CSA) mapped the bay. The CSA said the work was done.",
            &[
                "Coastal Survey Agency [government, CSA]",
                "CSA [government]",
            ],
        ),
        // No head: the initials and a description make it an organisation.
        (
            "Harbour Light Network (HLN), a charity based in Eastvale, raised funds.",
            &["Harbour Light Network [ngo, HLN]", "HLN [ngo]"],
        ),
        // Neither: a plan with an acronym.
        ("The Coastal Plan (CP) was adopted.", &[]),
    ]);
}

#[test]
fn ticker_lines() {
    check(&[
        (
            "Vantor Holdings Corporation (NYSE: VTR) today announced results.",
            &["Vantor Holdings Corporation [company]"],
        ),
        (
            "Zorvik (Nasdaq: ZRV) today announced results.",
            &["Zorvik [company]"],
        ),
        (
            "Brightline Foods Ltd (LSE: BRF) reported sales.",
            &["Brightline Foods Ltd [company]"],
        ),
        (
            "On Monday, shares of Norhaven Pumps Corporation (NYSE: NHP) rose.",
            &["Norhaven Pumps Corporation [company]"],
        ),
        (
            "Kestrel Labs (NASDAQ: KSTL) will report on Friday.",
            &["Kestrel Labs [company]"],
        ),
        (
            "Vantor Systems, Inc. (NYSE: VTR) today announced results.",
            &["Vantor Systems, Inc. [company]"],
        ),
        (
            "Eastvale Mining Company (TSX: EVM) opened a new site.",
            &["Eastvale Mining Company [company]"],
        ),
        (
            "Linden Works (Nasdaq: LNDW) named a new chair.",
            &["Linden Works [company]"],
        ),
        (
            "Forecasts were beaten by Harbour Grain Corp. (NYSE: HGC) this year.",
            &["Harbour Grain Corp. [company]"],
        ),
        // A legal form cut off by its comma in a shouted line names no company.
        ("ABOUT VANTOR SYSTEMS, INC. (NYSE: VTR)", &[]),
        // No exchange, no ticker.
        ("Zorvik (Team: ZRV) met.", &[]),
    ]);
}

#[test]
fn class_nouns_in_apposition() {
    check(&[
        (
            "Brightline, a software company based in Oslo, said sales rose.",
            &["Brightline [company]"],
        ),
        (
            "Zorvik, a non-profit organisation based in Accra, held a vigil.",
            &["Zorvik [ngo]"],
        ),
        // A noun after the head phrase's preposition says nothing of the name.
        ("Eastvale, a city of 40,000 people, voted.", &[]),
        ("Eastvale, the home of many companies, voted.", &[]),
    ]);
}

#[test]
fn subjects_of_corporate_news() {
    check(&[
        (
            "Zorvik launches a new ferry service.",
            &["Zorvik [company]"],
        ),
        ("Zorvik today announced a new ferry.", &["Zorvik [company]"]),
        (
            "About Zorvik\nZorvik builds ferries.",
            &["Zorvik [company]"],
        ),
        // A person or a place as the subject is no company.
        ("Tom Berg announced his retirement.", &[]),
        ("Chile launched a new ferry service.", &[]),
        // A word the page also writes in lowercase is a common noun capitalised by its
        // place (a heading, a sentence's start), not a company's name.
        (
            "About Origami\nOrigami is the art of folding paper; origami fans meet here.",
            &[],
        ),
        (
            "Kayaking launches its summer season. Kayaking is popular, and kayaking clubs grow.",
            &[],
        ),
        (
            "Tourism announced a record year as tourism rose in the bay.",
            &[],
        ),
        // A name the page never writes in lowercase stays one, and so does one it
        // capitalises inside a sentence too.
        (
            "About Zorvik\nZorvik builds ferries, and its ferry yard grows.",
            &["Zorvik [company]"],
        ),
        (
            "Harbor launches a ferry app. Riders of the harbor ferry can pay with Harbor.",
            &["Harbor [company]"],
        ),
    ]);
}

#[test]
fn lists_that_hold_organisations() {
    check(&[
        (
            "The Coastal Survey Agency, the Harbour Wildlife Service, Zorvik and Plenthar took part.",
            &[
                "Coastal Survey Agency [government]",
                "Harbour Wildlife Service [government]",
                "Zorvik [government]",
                "Plenthar [government]",
            ],
        ),
        (
            "It works with companies such as Zorvik and Plenthar.",
            &["Zorvik [company]", "Plenthar [company]"],
        ),
        (
            "It signed a partnership with Zorvik, Plenthar and Quorra.",
            &["Zorvik [company]", "Plenthar [company]", "Quorra [company]"],
        ),
        // One known organisation does not make a list of them.
        ("The Coastal Survey Agency, Zorvik and Plenthar met.", &["Coastal Survey Agency [government]"]),
        // Nor does a list with a person in it.
        (
            "The Coastal Survey Agency, the Harbour Wildlife Service, Jane Roe and Plenthar met.",
            &[
                "Coastal Survey Agency [government]",
                "Harbour Wildlife Service [government]",
            ],
        ),
    ]);
}

#[test]
fn lists_of_missions() {
    check(&[
        (
            "The Permanent Missions of Chile, Ghana and Norway to the United Nations organised the event.",
            &[
                "Permanent Mission of Chile to the United Nations [permanent_mission, CL]",
                "Permanent Mission of Ghana to the United Nations [permanent_mission, GH]",
                "Permanent Mission of Norway to the United Nations [permanent_mission, NO]",
            ],
        ),
        (
            "The Permanent Mission of Chile to the United Nations hosted it.",
            &["Permanent Mission of Chile to the United Nations [permanent_mission, CL]"],
        ),
        (
            "The Permanent Observer Missions of Ghana and Norway in Geneva met.",
            &[
                "Permanent Observer Mission of Ghana in Geneva [permanent_mission, GH]",
                "Permanent Observer Mission of Norway in Geneva [permanent_mission, NO]",
            ],
        ),
    ]);
}

#[test]
fn countries_of_names() {
    check(&[
        (
            "The Chilean Fisheries Agency met.",
            &["Chilean Fisheries Agency [government, CL]"],
        ),
        (
            "Ghana’s Ministry of Roads met.",
            &["Ghana’s Ministry of Roads [government, GH]"],
        ),
        (
            "The Ghana Roads Agency met.",
            &["Ghana Roads Agency [government, GH]"],
        ),
    ]);
}

#[test]
fn an_owner_s_possessive_is_not_part_of_the_unit() {
    check(&[(
        "The Norwegian Roads Agency (NRA) said the NRA’s Coastal Survey Unit mapped the bay.",
        &[
            "Norwegian Roads Agency [government, NO, NRA]",
            "NRA [government, NO]",
            "Coastal Survey Unit [other]",
        ],
    )]);
}

#[test]
fn a_unit_is_of_its_owner_s_kind() {
    check(&[
        (
            "Eastvale University’s Department of Geography led the study.",
            &[
                "Eastvale University [academic]",
                "Department of Geography [academic]",
            ],
        ),
        (
            "Vantor Systems Inc.’s Survey Office mapped the bay.",
            &["Vantor Systems Inc. [company]", "Survey Office [company]"],
        ),
    ]);
}

#[test]
fn names_joined_by_and() {
    check(&[
        (
            "The Department of Fisheries and the Department of Roads agreed.",
            &[
                "Department of Fisheries [government]",
                "Department of Roads [government]",
            ],
        ),
        (
            "The Department of Roads and Bridges agreed.",
            &["Department of Roads and Bridges [government]"],
        ),
    ]);
}

/// A body named after two people keeps both names; two bodies or a person and a body
/// still split.
#[test]
fn a_body_named_after_a_couple_is_one_name() {
    check(&[
        (
            "A gift from the Ruth and Aldo Brenner Foundation paid for it.",
            &["Ruth and Aldo Brenner Foundation [ngo]"],
        ),
        (
            "The Mara K. and Tom Ivers Foundation funded the study.",
            &["Mara K. and Tom Ivers Foundation [ngo]"],
        ),
        (
            "Support came from the Helen and David Osterman Charitable Trust.",
            &["Helen and David Osterman Charitable Trust [ngo]"],
        ),
        (
            "The Anna and Peter Lindqvist Institute opened a wing.",
            &["Anna and Peter Lindqvist Institute [academic]"],
        ),
        (
            "Grants from the Sarah and John Meriwether Foundation doubled.",
            &["Sarah and John Meriwether Foundation [ngo]"],
        ),
        (
            "The Lucy and Martin Gale Foundation and the Eastvale Rowing Club met.",
            &[
                "Lucy and Martin Gale Foundation [ngo]",
                "Eastvale Rowing Club [ngo]",
            ],
        ),
        (
            "Donors include the Emma and Paul Castell Foundation.",
            &["Emma and Paul Castell Foundation [ngo]"],
        ),
        // Two bodies joined by "and" are two names.
        (
            "The Coastal Survey Agency and Harbour Wildlife Service met.",
            &[
                "Coastal Survey Agency [government]",
                "Harbour Wildlife Service [government]",
            ],
        ),
        // A body and a person joined by "and" are a body and a person.
        (
            "The Eastvale Rowing Club and Jane Roe agreed.",
            &["Eastvale Rowing Club [ngo]"],
        ),
        (
            "The Norhaven Walking Society and Peter Holm signed the letter.",
            &["Norhaven Walking Society [ngo]"],
        ),
    ]);
}

#[test]
fn titles_and_people_before_a_name_are_not_part_of_it() {
    check(&[
        (
            "Jane Roe, Head of Cloud Sales for Vantor Systems Inc., said orders rose.",
            &["Vantor Systems Inc. [company]"],
        ),
        (
            "Jane Roe of the Coastal Survey Agency said the work was done.",
            &["Coastal Survey Agency [government]"],
        ),
        (
            "Jane Roe, Deputy Chair and Chief Executive of Norhaven Bank Limited, spoke.",
            &["Norhaven Bank Limited [company]"],
        ),
    ]);
}

#[test]
fn short_forms_of_bodies_named() {
    check(&[
        (
            "The Coastal Survey Agency mapped the bay. The Agency said the work was done.",
            &["Coastal Survey Agency [government]", "Agency [government]"],
        ),
        (
            "The Council of Harbour Towns met. The Council said it would meet again.",
            &["Council of Harbour Towns [other]", "Council [other]"],
        ),
        // A state institution written as a proper name.
        (
            "Alarmed by the floods, Parliament urged the government to act.",
            &["Parliament [government]"],
        ),
        // Two bare heads joined by "and" are two words, each read alone.
        (
            "Alarmed by the floods, Parliament and Council agreed.",
            &["Parliament [government]"],
        ),
        // A body's name that ends in a phrase after its head shares no head with the body
        // that phrase names: "the Agency" is the Coastal Survey Agency, not its council.
        (
            "The Council of the Coastal Survey Agency met. The Coastal Survey Agency spoke. \
             The Agency agreed.",
            &[
                "Council of the Coastal Survey Agency [government]",
                "Coastal Survey Agency [government]",
                "Agency [government]",
            ],
        ),
        // A definite description of a body never named is no name.
        (
            "The Company said profits rose. The Company expects growth.",
            &[],
        ),
        ("Police said the road was closed.", &[]),
        (
            "The Government of Ghana spoke. It asked every Government to help.",
            &["Government of Ghana [government, GH]"],
        ),
    ]);
}

#[test]
fn short_forms_point_to_their_body() {
    let text = "The Coastal Survey Agency mapped the bay. The Agency said the work was done.";
    let found = find(&Ctx::new(text, &[]));
    let short = found.orgs.iter().find(|o| o.name == "Agency");
    let full = found
        .orgs
        .iter()
        .position(|o| o.name == "Coastal Survey Agency");
    assert!(full.is_some());
    assert_eq!(short.and_then(|o| o.same_as), full);
}

#[test]
fn repeated_names_are_mentions() {
    // (text, name, mentions)
    let table = [
        (
            "Vantor Corporation said profits rose. Vantor also hired staff.",
            "Vantor",
            1,
        ),
        (
            "The CSA mapped it. The Coastal Survey Agency (CSA) said so. The CSA agreed.",
            "CSA",
            3,
        ),
        (
            "Norhaven Shipping GmbH met Norhaven Shipping GmbH again.",
            "Norhaven Shipping GmbH",
            2,
        ),
    ];
    for (text, name, n) in table {
        let found = find(&Ctx::new(text, &[]));
        let got = found.orgs.iter().filter(|o| o.name == name).count();
        assert_eq!(got, n, "{text}");
    }
}

/// Each mission lead's singular is the name's lead as written in a composed name.
#[test]
fn mission_leads_name_their_singular() {
    use crate::lexicon::{entries, Class};
    for (entry, singular) in entries(Class::MissionLead) {
        assert!(
            singular.starts_with(char::is_uppercase),
            "{entry}: {singular}"
        );
        let plural = entry.ends_with('s') && !singular.to_lowercase().ends_with('s');
        let same = entry == singular.to_lowercase();
        assert!(same || plural, "{entry}: {singular}");
    }
}

#[test]
fn stock_exchanges_are_written_in_capitals() {
    use crate::lexicon::{contains, Class};
    for ex in ["NYSE", "NASDAQ", "TSX"] {
        assert!(contains(Class::StockExchange, ex), "{ex}");
    }
    // Matching is exact: the code asks in capitals.
    assert!(!contains(Class::StockExchange, "Nyse"));
}

#[test]
fn acronym_form() {
    use super::looks_like_acronym;
    for w in ["NRA", "CSA", "S&P", "CSA-EU", "EPs", "U.N."] {
        assert!(looks_like_acronym(w), "{w}");
    }
    // One letter is too few ("G-20"), fourteen too many.
    for w in ["Nra", "N", "nra", "G-20", "ABCDEFGHIJKLMN", "NR/A"] {
        assert!(!looks_like_acronym(w), "{w}");
    }
}

#[test]
fn agents_of_backing_verbs_and_partners() {
    check(&[
        (
            "The festival is sponsored by Harbourline.",
            &["Harbourline [other]"],
        ),
        (
            "The study was funded by Norhaven Trust and Brightline.",
            &["Norhaven Trust [ngo]", "Brightline [other]"],
        ),
        ("The app is powered by Zentrix.", &["Zentrix [other]"]),
        (
            "The prize is underwritten by the Marlow Group and Quillon.",
            &["Marlow Group [other]", "Quillon [other]"],
        ),
        (
            "The site is operated by Harbourline.",
            &["Harbourline [other]"],
        ),
        (
            "The course runs in partnership with Eastvale Arts.",
            &["Eastvale Arts [company]"],
        ),
        (
            "The tour is supported by Brightline.",
            &["Brightline [other]"],
        ),
        (
            "The label was acquired by Vantor last year.",
            &["Vantor [other]"],
        ),
        // Not an organisation: a person, a country.
        ("The study was funded by Dr. Tom Berg.", &[]),
        ("The programme is funded by Norway.", &[]),
        ("The dinner was sponsored by Mayor Ana Ruiz.", &[]),
    ]);
}

#[test]
fn a_name_stops_at_a_title_word() {
    check(&[
        (
            "It was built with Senior Transport Planner for the Norhaven Transit Authority.",
            &["Norhaven Transit Authority [government]"],
        ),
        (
            "She is First Lady of Eastvale and President of the Harbour Widows Association.",
            &["Harbour Widows Association [ngo]"],
        ),
        (
            "The plan came from Chief Data Officer of Vantor Systems Inc. last week.",
            &["Vantor Systems Inc. [company]"],
        ),
        (
            "Talks with Regional Sales Manager at Brightline Logistics Ltd. went well.",
            &["Brightline Logistics Ltd. [company]"],
        ),
        (
            "The letter reached Deputy Head for the Coastal Survey Agency on Monday.",
            &["Coastal Survey Agency [government]"],
        ),
        // A body named after a post keeps its name.
        (
            "The Office of the Harbour Master issued a notice.",
            &["Office of the Harbour Master [government]"],
        ),
        // A rest that is no name is a portfolio: nothing is cut, nothing is found.
        ("Director of Coastal Policy Tom Berg spoke.", &[]),
        // Members in the plural name the body itself.
        (
            "The Board of Governors of the Norhaven Port Authority met.",
            &["Board of Governors of the Norhaven Port Authority [government]"],
        ),
        (
            "Her role as Programme Officer for the Eastvale Arts Council ended.",
            &["Eastvale Arts Council [other]"],
        ),
        // A title that goes on past its preposition is one post.
        ("The Secretary of State for Education Tom Berg spoke.", &[]),
    ]);
}

#[test]
fn a_nationality_before_an_institution_noun() {
    check(&[
        (
            "The Kenyan government approved the ferry link.",
            &["Kenyan government [government, KE]"],
        ),
        (
            "Two ships of the French navy joined the exercise.",
            &["French navy [government, FR]"],
        ),
        (
            "The talks were hosted by the Chilean foreign ministry.",
            &["Chilean foreign ministry [government, CL]"],
        ),
        (
            "A UK government spokesperson said so.",
            &["UK government [government, GB]"],
        ),
        (
            "Staff of the Norwegian embassy attended.",
            &["Norwegian embassy [government, NO]"],
        ),
        (
            "The Japanese parliament passed the bill.",
            &["Japanese parliament [government, JP]"],
        ),
        (
            "Members of the Canadian armed forces helped.",
            &["Canadian armed forces [government, CA]"],
        ),
        // A noun for no institution.
        ("The Kenyan people voted.", &[]),
        // A bare "ministry" refers back to one named in full.
        (
            "The Chilean Ministry of Fisheries wrote; the Chilean ministry said more later.",
            &["Chilean Ministry of Fisheries [government, CL]"],
        ),
        ("Prices on the French market rose.", &[]),
        // A capitalised head is read by the head-word grammar.
        (
            "The Kenyan Government approved it.",
            &["Kenyan Government [government, KE]"],
        ),
    ]);
}

/// Runs the stage with the text's first line as a heading.
fn orgs_under_heading(text: &str) -> Vec<String> {
    let end = text.find('\n').unwrap_or(text.len());
    let ctx = Ctx::new(text, &[crate::span::Span::new(0, end)]);
    crate::entities::testing::seen(&find(&ctx)).orgs
}

#[test]
fn title_case_headings_bound_no_names() {
    let rows: &[Row<'_>] = &[
        (
            "Ferry Users Tell Harbour Committee\nThe users spoke on Monday.",
            &[],
        ),
        (
            "Ferry Users Urge Every Port Authority\nThey spoke in the morning.",
            &[],
        ),
        // A name the running text writes is read in the heading too.
        (
            "Coastal Survey Agency Opens New Office In Eastvale\nThe Coastal Survey Agency opened it.",
            &["Coastal Survey Agency [government]"],
        ),
    ];
    for &(text, orgs) in rows {
        assert_eq!(orgs_under_heading(text), orgs, "organisations of {text:?}");
    }
}

#[test]
fn common_nouns_capitalised_are_no_name() {
    check(&[
        (
            "Write to the Press Office; the office answers the press every day.",
            &[],
        ),
        (
            "The fair shows Medical Technologies, and medical firms bring technologies.",
            &[],
        ),
        (
            "Children join the Kids Club, where kids meet; the club is free.",
            &[],
        ),
        // A word of its own makes a name.
        (
            "Write to the Eastvale Press Office; the office answers the press.",
            &["Eastvale Press Office [government]"],
        ),
        // So does a complement.
        (
            "The Department of Health said health is every department's task.",
            &["Department of Health [government]"],
        ),
    ]);
}

#[test]
fn label_lines_bound_no_names() {
    check(&[
        // A contact heading, a menu item, a section label: Title Case by convention.
        ("Media Enquiries Office\nCall the desk any day.", &[]),
        (
            "Visitor Services Centre\nOpening hours change in winter.",
            &[],
        ),
        (
            "Our Partner Network Council\nWe work with many groups.",
            &[],
        ),
        // A name the running text writes is read on the label line too.
        (
            "Coastal Survey Agency\nThe Coastal Survey Agency mapped the bay.",
            &["Coastal Survey Agency [government]"],
        ),
        // A line with figures is a datum, where capitals mark names.
        (
            "Harbour Records Office, 14 Quay Street\nDoors open at noon.",
            &["Harbour Records Office [government]"],
        ),
        // A sentence keeps its capitals.
        (
            "Write to the Harbour Records Office.",
            &["Harbour Records Office [government]"],
        ),
    ]);
}

#[test]
fn common_words_opening_a_sentence_make_no_name() {
    check(&[
        (
            "Community Services will open the hall. The hall offers community services to all.",
            &[],
        ),
        (
            "Press Office hours are short on Fridays. Call the press desk.",
            &[],
        ),
        ("Youth Club meets on Fridays. Any youth may join.", &[]),
        (
            "Regional Council approved the plan. The regional plan starts in May.",
            &[],
        ),
        ("Sales Office staff answer calls. Our sales rose.", &[]),
        (
            "Family Foundation grants reached many homes. Every family applied.",
            &[],
        ),
        // A word of its own (a place, a coined word) makes the phrase a name.
        (
            "Eastvale Youth Club opened a gym. The youth came.",
            &["Eastvale Youth Club [ngo]"],
        ),
        (
            "Zorvik Group reported sales. The group grew.",
            &["Zorvik Group [company]"],
        ),
        // A name used inside a sentence too is read there.
        (
            "Office of the Harbour Master staff met. They wrote to the Office of the \
             Harbour Master. The office closed.",
            &["Office of the Harbour Master [government]"],
        ),
        // Inside a sentence the capitals are the writer's choice, not the position's.
        (
            "Residents thanked the Regional Council. The regional plan starts in May.",
            &["Regional Council [other]"],
        ),
        // No lowercase use on the page: the capitals may be the name's own.
        ("Harbour Network staff met.", &["Harbour Network [ngo]"]),
    ]);
}

/// A company written with and without its legal form is one company, named in full.
#[test]
fn a_legal_form_joins_the_short_name() {
    // (text, the organisations after merging)
    let table: &[(&str, &[&str])] = &[
        (
            "Brightmoor Analytics launched a tool. Brightmoor Analytics, Inc. is based in Eastvale.",
            &["Brightmoor Analytics, Inc."],
        ),
        (
            "Quillon Robotics, Inc. makes arms. Analysts praised Quillon Robotics on Monday.",
            &["Quillon Robotics, Inc."],
        ),
        (
            "Tessaly Foods announced results. Tessaly Foods Ltd. bakes bread in Eastvale.",
            &["Tessaly Foods Ltd."],
        ),
        (
            "Morrow Pharmaceuticals signed a deal. Morrow Pharmaceuticals GmbH will pay.",
            &["Morrow Pharmaceuticals GmbH"],
        ),
        (
            "Vantor Systems sponsors the Eastvale Rowing Club. Vantor Systems Corp. said so.",
            &["Vantor Systems Corp.", "Eastvale Rowing Club"],
        ),
        (
            "Orlen Biotech hired staff. Orlen Biotech Limited reported a profit.",
            &["Orlen Biotech Limited"],
        ),
        (
            "Caspar Logistics opened a depot. Caspar Logistics LLC employs forty people.",
            &["Caspar Logistics LLC"],
        ),
        (
            "Halvard Therapeutics (HTX) grew. Halvard Therapeutics, Inc. trades on a market.",
            &["Halvard Therapeutics, Inc."],
        ),
        // Another company's name is not the short form: both stay.
        (
            "Norhaven Shipping GmbH met Norhaven Ferries. Norhaven Ferries Ltd. agreed.",
            &["Norhaven Shipping GmbH", "Norhaven Ferries Ltd."],
        ),
        // A legal form alone names no short form.
        (
            "Delmar Capital Partners, LLC invested. Delmar Capital Partners, LLC said so.",
            &["Delmar Capital Partners, LLC"],
        ),
    ];
    for &(text, want) in table {
        let found = find(&Ctx::new(text, &[]));
        let merged = crate::resolve::merge(text, &found, None);
        let got: Vec<&str> = merged
            .organisations
            .iter()
            .map(|o| o.name.as_str())
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

/// A museum, library, gallery, archive, orchestra or zoo named as a body is an
/// institution, so an organisation.
#[test]
fn cultural_institutions_are_organisations() {
    check(&[
        (
            "The Harbour Museum of Art opens a new wing.",
            &["Harbour Museum of Art [other]"],
        ),
        (
            "Loans came from the Museum of Coastal History.",
            &["Museum of Coastal History [other]"],
        ),
        (
            "The Linden Public Library will extend its hours.",
            &["Linden Public Library [other]"],
        ),
        (
            "Prints were lent by the Eastvale Gallery last spring.",
            &["Eastvale Gallery [other]"],
        ),
        (
            "The Norhaven Maritime Museum and the Eastvale Gallery signed an agreement.",
            &[
                "Norhaven Maritime Museum [other]",
                "Eastvale Gallery [other]",
            ],
        ),
        (
            "A loan from the Fine Arts Museums of Linden arrived.",
            &["Fine Arts Museums of Linden [other]"],
        ),
        (
            "A grant to the Brightwater County Library funds the reading room.",
            &["Brightwater County Library [other]"],
        ),
        (
            "The exhibition travels to the Kestrel Museum of Science in May.",
            &["Kestrel Museum of Science [other]"],
        ),
        (
            "Visitors to the Old Mill Gallery saw the quilts.",
            &["Old Mill Gallery [other]"],
        ),
        (
            "Letters from the Norhaven City Archives were shown.",
            &["Norhaven City Archives [other]"],
        ),
        (
            "The Eastvale Youth Orchestra played a new piece.",
            &["Eastvale Youth Orchestra [other]"],
        ),
        (
            "All tickets for the Linden Philharmonic sold out.",
            &["Linden Philharmonic [other]"],
        ),
        (
            "Keepers at the Brightwater Zoo and the Harbour Aquarium counted the birds.",
            &["Brightwater Zoo [other]", "Harbour Aquarium [other]"],
        ),
        // A head alone is no name.
        ("The Museum will close on Monday.", &[]),
        ("Books return to the library.", &[]),
    ]);
}

#[test]
fn employers_after_a_leading_title() {
    check(&[
        (
            "Tom Berg, President and CEO of Ellery Health, welcomed the news.",
            &["Ellery Health [company]"],
        ),
        (
            "Ana Ruiz, co-founder of Brightline, spoke first.",
            &["Brightline [company]"],
        ),
        (
            "The plan was presented by Lea Holm, chief executive officer of Zorvik Labs.",
            &["Zorvik Labs [company]"],
        ),
        (
            "Mara Ivers, chairwoman of the Plenton Circle, opened the session.",
            &["Plenton Circle [other]"],
        ),
        (
            "Jojo Berg, Co-Founder of Salt and Stone, spoke.",
            &["Salt and Stone [company]"],
        ),
        // A portfolio or a country after the title is no employer.
        ("Tom Berg, Vice President of Sales, spoke.", &[]),
        ("Ana Ruiz, Chair of Public Health and Safety, spoke.", &[]),
        ("Ana Ruiz, President of Ghana, spoke.", &[]),
        (
            "Chief Executive of Zorvik Motors Tom Berg opened the plant.",
            &["Zorvik Motors [company]"],
        ),
    ]);
}

#[test]
fn a_body_s_people_are_no_part_of_its_name() {
    check(&[
        (
            "Staff of the Eastvale Water Board attended the hearing.",
            &["Eastvale Water Board [other]"],
        ),
        (
            "Members of the Norhaven City Council voted on Tuesday.",
            &["Norhaven City Council [government]"],
        ),
        (
            "Officials from the Coastal Survey Agency inspected the pier.",
            &["Coastal Survey Agency [government]"],
        ),
    ]);
}

#[test]
fn an_owner_is_a_body_of_its_own() {
    check(&[
        (
            "Researchers at Eastvale University’s School of Medicine led the study.",
            &[
                "Eastvale University [academic]",
                "School of Medicine [academic]",
            ],
        ),
        (
            "The Harbour Trust’s Office of Coastal Affairs replied.",
            &["Harbour Trust [ngo]", "Office of Coastal Affairs [ngo]"],
        ),
        (
            "The Norhaven County Council’s Department of Roads closed the bridge.",
            &[
                "Norhaven County Council [government]",
                "Department of Roads [government]",
            ],
        ),
    ]);
}

#[test]
fn compound_heads_take_a_remit() {
    check(&[
        (
            "The mayor met on Friday with the Task Force on Flood Risk.",
            &["Task Force on Flood Risk [other]"],
        ),
        (
            "A report by the Working Group on Coastal Erosion was published.",
            &["Working Group on Coastal Erosion [company]"],
        ),
        (
            "She chairs the Task Force on Rural Broadband and Access.",
            &["Task Force on Rural Broadband and Access [other]"],
        ),
    ]);
}
