//! Tables of the forms that make a person and a role, in invented sentences: one test per
//! form, each row a sentence and what must come out of it.

use crate::entities::testing::read;

/// `(sentence, people, roles)`: the people and roles found, exactly.
type Row<'a> = (&'a str, &'a [&'a str], &'a [&'a str]);

fn check(rows: &[Row<'_>]) {
    for &(text, people, roles) in rows {
        let seen = read(text);
        assert_eq!(seen.people, people, "people of {text:?}");
        assert_eq!(seen.roles, roles, "roles of {text:?}");
    }
}

#[test]
fn title_before_a_name() {
    check(&[
        (
            "Deputy Director Jane Roe opened the meeting.",
            &["Jane Roe"],
            &["Jane Roe = Deputy Director"],
        ),
        (
            "Acting Secretary-General Ana Ruiz spoke first.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Acting Secretary-General"],
        ),
        (
            "Mayor Ana Ruiz and Police Chief Tom Berg spoke.",
            &["Ana Ruiz", "Tom Berg"],
            &["Ana Ruiz = Mayor", "Tom Berg = Police Chief"],
        ),
        // A nationality before the title is part of it, as written.
        (
            "Chilean Minister Ana Ruiz arrived.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Chilean Minister"],
        ),
    ]);
}

#[test]
fn portfolio_after_the_title_stops_at_the_name() {
    check(&[
        (
            "Minister for Foreign Affairs Ana Ruiz met the delegation.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Minister for Foreign Affairs"],
        ),
        (
            "The talks were led by Minister for Fisheries Tom Berg.",
            &["Tom Berg"],
            &["Tom Berg = Minister for Fisheries"],
        ),
        (
            "The rapporteur on coastal shipping routes Tom Berg said the text was ready.",
            &["Tom Berg"],
            &["Tom Berg = rapporteur on coastal shipping routes"],
        ),
    ]);
}

#[test]
fn organisation_before_the_title() {
    check(&[
        (
            "NRA Executive Director Jane Roe signed the agreement.",
            &["Jane Roe"],
            &["Jane Roe = Executive Director @ NRA"],
        ),
        (
            "Vantor’s Sales Manager Lea Holm said orders rose.",
            &["Lea Holm"],
            &["Lea Holm = Sales Manager @ Vantor"],
        ),
    ]);
}

#[test]
fn honorifics() {
    check(&[
        (
            "Dr. Priya Mensah welcomed the guests.",
            &["Priya Mensah"],
            &[],
        ),
        (
            "Mr. Omar Costa and Ms. Lea Holm attended the dinner.",
            &["Omar Costa", "Lea Holm"],
            &[],
        ),
        // An unknown name after an honorific is still a name.
        ("Ms. Zorvik Plenth attended.", &["Zorvik Plenth"], &[]),
    ]);
}

#[test]
fn speech_verbs() {
    check(&[
        (
            "“We are ready,” said Carl Lindqvist.",
            &["Carl Lindqvist"],
            &[],
        ),
        (
            "Elena Novak said the port would reopen in May.",
            &["Elena Novak"],
            &[],
        ),
        (
            "The plan is sound, according to Hugo Tanaka.",
            &["Hugo Tanaka"],
            &[],
        ),
        // Names the lists do not know are speakers by the verb alone...
        (
            "“The port is open,” said Zorvik Plenth.",
            &["Zorvik Plenth"],
            &[],
        ),
        (
            "Zorvik Plenth, who chairs the board, said the port was open.",
            &["Zorvik Plenth"],
            &[],
        ),
        // ...but not as the object of thanks or welcome.
        ("The board thanked Zorvik Plenth for his work.", &[], &[]),
        ("The board welcomed Zorvik Plenth to the team.", &[], &[]),
    ]);
}

#[test]
fn roles_in_apposition() {
    check(&[
        (
            "Jane Roe, Director of the Coastal Survey Agency, said the survey was complete.",
            &["Jane Roe"],
            &["Jane Roe = Director @ Coastal Survey Agency"],
        ),
        (
            "Tom Berg, Vantor’s Head of Sales, added that orders had doubled.",
            &["Tom Berg"],
            &["Tom Berg = Head of Sales @ Vantor"],
        ),
        (
            "Tom Berg, Director of Sales at Vantor, said orders had doubled.",
            &["Tom Berg"],
            &["Tom Berg = Director of Sales @ Vantor"],
        ),
        // A lowercase title in apposition, and an indefinite one.
        (
            "Lea Holm, chief executive of Brightline, said the year was strong.",
            &["Lea Holm"],
            &["Lea Holm = chief executive @ Brightline"],
        ),
        (
            "Tom Berg, a senior adviser to the Coastal Survey Agency, said the survey was done.",
            &["Tom Berg"],
            &["Tom Berg = senior adviser @ Coastal Survey Agency"],
        ),
        // The organisation after a list of commas is the last capitalised phrase.
        (
            "Tom Berg, Governor, Norhaven Financial Centre, said the centre would open.",
            &["Tom Berg"],
            &["Tom Berg = Governor @ Norhaven Financial Centre"],
        ),
        (
            "Jane Roe, Chief Executive, Vantor Hotels Corporation, said rooms were full.",
            &["Jane Roe"],
            &["Jane Roe = Chief Executive @ Vantor Hotels Corporation"],
        ),
        (
            "The agreement was signed by Jane Roe, President of Vantor North America, and Tom Berg.",
            &["Jane Roe", "Tom Berg"],
            &["Jane Roe = President @ Vantor North America"],
        ),
    ]);
}

#[test]
fn coordinated_titles_share_the_organisation() {
    check(&[
        (
            "Ana Ruiz, CEO and co-founder of Brightline, said the company would grow.",
            &["Ana Ruiz"],
            &["Ana Ruiz = CEO @ Brightline", "Ana Ruiz = co-founder @ Brightline"],
        ),
        (
            "Jane Roe, Deputy Chair and Chief Executive of Norhaven Bank Limited, said the bank was sound.",
            &["Jane Roe"],
            &[
                "Jane Roe = Deputy Chair @ Norhaven Bank Limited",
                "Jane Roe = Chief Executive @ Norhaven Bank Limited",
            ],
        ),
    ]);
}

#[test]
fn title_comma_name_comma() {
    check(&[
        (
            "Head of Operations, Jonas Holm, introduced the speakers.",
            &["Jonas Holm"],
            &["Jonas Holm = Head of Operations"],
        ),
        (
            "Chief Economist, Rosa Okafor, presented the outlook.",
            &["Rosa Okafor"],
            &["Rosa Okafor = Chief Economist"],
        ),
        // Anywhere in the sentence, with an owner or an organisation, closed by any mark.
        (
            "The company’s founder and CEO, Lea Holm, said growth was strong.",
            &["Lea Holm"],
            &["Lea Holm = founder", "Lea Holm = CEO"],
        ),
        (
            "“It is done,” said Director of Eastvale’s Planning Department, Tom Berg.",
            &["Tom Berg"],
            &["Tom Berg = Director @ Eastvale’s Planning Department"],
        ),
        (
            "The keynote was given by the Minister of Health, Dr. Ana Ruiz.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Minister of Health"],
        ),
        (
            "Also attending were Vantor’s chief executive, Tom Berg, and its chair, Lea Holm.",
            &["Tom Berg", "Lea Holm"],
            &["Tom Berg = chief executive @ Vantor", "Lea Holm = chair"],
        ),
        (
            "The prize went to the Harbour Trust’s treasurer, Jane Roe; the trust thanked her.",
            &["Jane Roe"],
            &["Jane Roe = treasurer @ Harbour Trust"],
        ),
        (
            "Opening remarks came from the Mayor of Eastvale, Ana Ruiz.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Mayor @ Eastvale"],
        ),
        (
            "We thank our Head of Research, Tom Berg: the study is his.",
            &["Tom Berg"],
            &["Tom Berg = Head of Research"],
        ),
        (
            "Questions went to the Chief Financial Officer, Lea Holm.",
            &["Lea Holm"],
            &["Lea Holm = Chief Financial Officer"],
        ),
    ]);
}

#[test]
fn a_person_with_a_post_in_apposition_is_no_organisation() {
    check(&[
        (
            "Lea Holm, the company’s chief technology officer, said growth was strong.",
            &["Lea Holm"],
            &["Lea Holm = chief technology officer"],
        ),
        (
            "Ana Ruiz, a member of the Eastvale City Council, voted against.",
            &["Ana Ruiz"],
            &["Ana Ruiz = member @ Eastvale City Council"],
        ),
        (
            "Jane Roe, executive director of the Harbour Trust, and Tom Berg, its treasurer, signed the deal.",
            &["Jane Roe", "Tom Berg"],
            &["Jane Roe = executive director @ Harbour Trust", "Tom Berg = treasurer"],
        ),
    ]);
}

#[test]
fn parliament_members_with_group_and_country() {
    check(&[(
        "Zorvik PLENTH (EPP, CL), rapporteur for the file, said the vote was close.",
        &["Zorvik PLENTH"],
        &["Zorvik PLENTH = rapporteur"],
    )]);
}

#[test]
fn credit_and_contact_lines() {
    check(&[
        ("Photo: Rosa Okafor", &["Rosa Okafor"], &[]),
        // After a slash, any two name words are the photographer's.
        ("Harbour Photo/Zorvik Plenth", &["Zorvik Plenth"], &[]),
        (
            "For more information, please contact Marta Novak at the press office.",
            &["Marta Novak"],
            &[],
        ),
        ("Contact: Marta Novak", &["Marta Novak"], &[]),
    ]);
}

#[test]
fn months_as_family_names() {
    check(&[
        (
            "Prime Minister Rosa May visited the port.",
            &["Rosa May"],
            &["Rosa May = Prime Minister"],
        ),
        ("The port reopened on 5 May 2024.", &[], &[]),
        ("In May Tom Berg retired.", &["Tom Berg"], &[]),
    ]);
}

#[test]
fn names_with_particles() {
    check(&[
        (
            "Ursula van der Berg said the plan was ready.",
            &["Ursula van der Berg"],
            &[],
        ),
        (
            "Ana de la Cruz said the plan was ready.",
            &["Ana de la Cruz"],
            &[],
        ),
        (
            "Omar bin Said said the plan was ready.",
            &["Omar bin Said"],
            &[],
        ),
    ]);
}

#[test]
fn family_name_alone_after_the_full_name() {
    check(&[
        (
            "Jane Roe, Director of the Coastal Survey Agency, spoke. Roe said the survey was done.",
            &["Jane Roe", "Roe"],
            &["Jane Roe = Director @ Coastal Survey Agency"],
        ),
        (
            "Professor Hugo Li opened the session. Professor Li closed it.",
            &["Hugo Li", "Li"],
            &["Hugo Li = Professor", "Li = Professor"],
        ),
        // A family name inside another capitalised phrase is not a mention.
        (
            "Tom Berg spoke on Monday. The Berg Foundation paid for the trip.",
            &["Tom Berg"],
            &[],
        ),
    ]);
}

#[test]
fn no_person_without_evidence() {
    check(&[
        (
            "The chief reason was cost, and a private company paid.",
            &[],
            &[],
        ),
        ("JANE ROE AND TOM BERG JOIN THE BOARD OF VANTOR", &[], &[]),
        ("Coastal Survey met Harbour Wildlife in Eastvale.", &[], &[]),
        // A person and the body they come from, in one capitalised phrase.
        (
            "Jane Roe of the Coastal Survey Agency said the work was done.",
            &["Jane Roe"],
            &[],
        ),
    ]);
}

#[test]
fn the_body_after_a_titled_name() {
    check(&[
        (
            "Professor Jane Roe of the Coastal Survey Agency said the work was done.",
            &["Jane Roe"],
            &["Jane Roe = Professor @ Coastal Survey Agency"],
        ),
        // The unit, when its owner comes first.
        (
            "A team led by Professor Ana Ruiz of Eastvale University’s Department of Geography met.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Professor @ Department of Geography"],
        ),
        // A place after "of" is no body.
        ("Mayor Tom Berg of Eastvale spoke.", &["Tom Berg"], &["Tom Berg = Mayor"]),
    ]);
}

#[test]
fn speech_evidence_only_for_the_verb_s_neighbours() {
    use super::evidence::speech_evidence;
    use crate::entities::Ctx;
    // (text, first and last token of the run, speaker)
    let table = [
        ("said Zorvik Plenth today", 1..3, true),
        ("Zorvik Plenth said it", 0..2, true),
        ("welcomed Zorvik Plenth today", 1..3, false),
        ("Zorvik Plenth, the new chair, says: yes", 0..2, true),
        ("Zorvik Plenth, the new chair. He says: yes", 0..2, false),
        ("met Zorvik Plenth today", 1..3, false),
    ];
    for (text, r, speaker) in table {
        let ctx = Ctx::new(text, &[]);
        assert_eq!(speech_evidence(&ctx, &r), speaker, "{text}");
    }
}

#[test]
fn titles_take_employers_by_their_last_word() {
    use super::titles::takes_employer;
    // (title, the name after "for" is an employer)
    let table = [
        ("CEO", true),
        ("Co-Founder", true),
        ("Chief Operating Officer", true),
        ("Secretary-General", true),
        ("Minister", false),
        ("Special Agent", false),
        ("Rapporteur", false),
    ];
    for (title, employer) in table {
        assert_eq!(takes_employer(title), employer, "{title}");
    }
}

#[test]
fn roles_in_predicate_position() {
    check(&[
        (
            "Jane Roe is the director of the Eastvale Water Institute.",
            &["Jane Roe"],
            &["Jane Roe = director @ Eastvale Water Institute"],
        ),
        (
            "Tom Berg served as mayor of Eastvale from 2010 to 2014.",
            &["Tom Berg"],
            &["Tom Berg = mayor @ Eastvale"],
        ),
        (
            "Tom Berg was named chief operating officer in March.",
            &["Tom Berg"],
            &["Tom Berg = chief operating officer"],
        ),
        (
            "Brightline announced the appointment of Ana Ruiz as Chief Financial Officer.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Chief Financial Officer"],
        ),
        (
            "Ana Ruiz has been appointed Head of Research at Vantor.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Head of Research @ Vantor"],
        ),
        (
            "Tom Berg joined Vantor as vice president of sales in 2019.",
            &["Tom Berg"],
            &["Tom Berg = vice president of sales @ Vantor"],
        ),
        (
            "Lea Holm, who serves as head of research at Vantor, spoke first.",
            &["Lea Holm"],
            &["Lea Holm = head of research @ Vantor"],
        ),
        (
            "Jane Roe will serve as interim chair of the Harbour Trust.",
            &["Jane Roe"],
            &["Jane Roe = interim chair @ Harbour Trust"],
        ),
        (
            "Ana Ruiz was elected president of the Eastvale Chamber of Commerce.",
            &["Ana Ruiz"],
            &["Ana Ruiz = president @ Eastvale Chamber of Commerce"],
        ),
        (
            "Lea Holm is Brightline’s chief technology officer.",
            &["Lea Holm"],
            &["Lea Holm = chief technology officer @ Brightline"],
        ),
        // Not a post: the clause goes on with no title, or the title is someone else's.
        ("Tom Berg was pleased with the result.", &["Tom Berg"], &[]),
        (
            "Jane Roe was named after Mayor Tom Berg.",
            &["Jane Roe", "Tom Berg"],
            &["Tom Berg = Mayor"],
        ),
    ]);
}

#[test]
fn lowercase_titles_and_post_nominals_in_apposition() {
    check(&[
        (
            "“We are pleased,” said Jane Roe, managing partner of Harbourline Capital.",
            &["Jane Roe"],
            &["Jane Roe = managing partner @ Harbourline Capital"],
        ),
        (
            "Tom Berg, partner at Vantor, said the deal was closed.",
            &["Tom Berg"],
            &["Tom Berg = partner @ Vantor"],
        ),
        (
            "Tom Berg, PhD, professor of marine biology at Eastvale University, led the study.",
            &["Tom Berg"],
            &["Tom Berg = professor of marine biology @ Eastvale University"],
        ),
        (
            "Jane Roe, OBE, chair of the Harbour Trust, opened the show.",
            &["Jane Roe"],
            &["Jane Roe = chair @ Harbour Trust"],
        ),
        (
            "Lea Holm OBE, director of the Harbour Trust, opened the show.",
            &["Lea Holm"],
            &["Lea Holm = director @ Harbour Trust"],
        ),
        (
            "Lea Holm, Brightline co-founder, said the firm would grow.",
            &["Lea Holm"],
            &["Lea Holm = co-founder @ Brightline"],
        ),
        (
            "“It works,” said Ana Ruiz, Brightline Senior Vice President of Design.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Senior Vice President of Design @ Brightline"],
        ),
        (
            "“We grew,” said Ana Ruiz, Head of Platform Solutions at Vantor.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Head of Platform Solutions @ Vantor"],
        ),
        (
            "Ana Ruiz, senior curator at the Harbour Museum, chose the works.",
            &["Ana Ruiz"],
            &["Ana Ruiz = senior curator @ Harbour Museum"],
        ),
        (
            "Senior Film Curator Tom Berg introduced the film.",
            &["Tom Berg"],
            &["Tom Berg = Senior Film Curator"],
        ),
        (
            "Brightline names Ana Ruiz as new Chief Philanthropy Officer",
            &["Ana Ruiz"],
            &["Ana Ruiz = Chief Philanthropy Officer @ Brightline"],
        ),
    ]);
}

#[test]
fn coordinated_titles_with_their_own_words() {
    check(&[
        (
            "The exhibition is led by Tom Berg, Director of Learning and Head Archivist at the Harbour Museum.",
            &["Tom Berg"],
            &[
                "Tom Berg = Director of Learning @ Harbour Museum",
                "Tom Berg = Head Archivist @ Harbour Museum",
            ],
        ),
        (
            "Tom Berg, Senior Vice President and Regional Sales Director at Vantor, said it worked.",
            &["Tom Berg"],
            &[
                "Tom Berg = Senior Vice President @ Vantor",
                "Tom Berg = Regional Sales Director @ Vantor",
            ],
        ),
        (
            "Lea Holm, founder and chief executive officer of Vantor Labs, said growth was strong.",
            &["Lea Holm"],
            &[
                "Lea Holm = founder @ Vantor Labs",
                "Lea Holm = chief executive officer @ Vantor Labs",
            ],
        ),
    ]);
}

#[test]
fn an_employer_named_before_the_title() {
    check(&[
        (
            "The event featured remarks from Vantor CEO Jane Roe.",
            &["Jane Roe"],
            &["Jane Roe = CEO @ Vantor"],
        ),
        (
            "Brightline Chief Executive Tom Berg said sales rose.",
            &["Tom Berg"],
            &["Tom Berg = Chief Executive @ Brightline"],
        ),
        (
            "Brightline Motors Executive Vice President Tom Berg spoke.",
            &["Tom Berg"],
            &["Tom Berg = Executive Vice President @ Brightline Motors"],
        ),
        (
            "Harbourline founder Ana Ruiz opened the store.",
            &["Ana Ruiz"],
            &["Ana Ruiz = founder @ Harbourline"],
        ),
        (
            "Harbour Trust executive director Jane Roe said the plan was sound.",
            &["Jane Roe"],
            &["Jane Roe = executive director @ Harbour Trust"],
        ),
        (
            "The talk was given by economist Tom Berg.",
            &["Tom Berg"],
            &["Tom Berg = economist"],
        ),
        // Not an employer: a nationality, a portfolio, an event, words of the title.
        (
            "French President Ana Ruiz arrived.",
            &["Ana Ruiz"],
            &["Ana Ruiz = French President"],
        ),
        (
            "Sales Manager Lea Holm said orders rose.",
            &["Lea Holm"],
            &["Lea Holm = Sales Manager"],
        ),
        (
            "The dinner was led by Event Chair Lea Holm.",
            &["Lea Holm"],
            &["Lea Holm = Event Chair"],
        ),
        (
            "Inland Waters Commissioner Ana Ruiz spoke.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Inland Waters Commissioner"],
        ),
        // An adjective that is also a title is none before a name.
        ("The private Ana Ruiz island is small.", &["Ana Ruiz"], &[]),
    ]);
}

#[test]
fn title_then_organisation_in_a_list_of_people() {
    check(&[
        (
            "Speakers include Jane Roe, Director, Eastvale Water Institute; Tom Berg, CEO, Vantor; and Lea Holm, Partner, Brightline Capital.",
            &["Jane Roe", "Tom Berg", "Lea Holm"],
            &[
                "Jane Roe = Director @ Eastvale Water Institute",
                "Tom Berg = CEO @ Vantor",
                "Lea Holm = Partner @ Brightline Capital",
            ],
        ),
        (
            "The panel:\nJane Roe, Director, Eastvale Water Institute\nTom Berg, CEO, Vantor\n",
            &["Jane Roe", "Tom Berg"],
            &[
                "Jane Roe = Director @ Eastvale Water Institute",
                "Tom Berg = CEO @ Vantor",
            ],
        ),
        (
            "Panellists were Ana Ruiz, Professor, Eastvale University; and Tom Berg, Editor, Harbour Times.",
            &["Ana Ruiz", "Tom Berg"],
            &[
                "Ana Ruiz = Professor @ Eastvale University",
                "Tom Berg = Editor @ Harbour Times",
            ],
        ),
        (
            "Judges: Lea Holm, Curator, Harbour Museum; Jane Roe, Chair, Eastvale Arts Council.",
            &["Lea Holm", "Jane Roe"],
            &[
                "Lea Holm = Curator @ Harbour Museum",
                "Jane Roe = Chair @ Eastvale Arts Council",
            ],
        ),
    ]);
}

#[test]
fn people_in_lists_and_coordination() {
    check(&[
        // A two-word cue at the very start of the text has no noun before it (and no
        // token before its first word to look at).
        (
            "Such as Ana Ruiz and Tomas Berg.",
            &["Ana Ruiz", "Tomas Berg"],
            &[],
        ),
        // A plural noun for people announces the list.
        (
            "The show brings together the artists Ana Ruiz, Tomas Berg and Lea Holm.",
            &["Ana Ruiz", "Tomas Berg", "Lea Holm"],
            &[],
        ),
        (
            "Speakers include Ivo Marsh, Kari Tomsen and Pia Lund.",
            &["Ivo Marsh", "Kari Tomsen", "Pia Lund"],
            &[],
        ),
        (
            "The panellists, Oskar Brand and Nell Ferris, answered questions.",
            &["Oskar Brand", "Nell Ferris"],
            &[],
        ),
        // Two given names and one family name are two people.
        (
            "The prize was given by Anne and Peter Holm.",
            &["Anne Holm", "Peter Holm"],
            &[],
        ),
        (
            "Support came from Maria and James Rowan Jr. this year.",
            &["Maria Rowan", "James Rowan Jr."],
            &[],
        ),
        // Two people found on other evidence make the rest of the list people too;
        // a body in the list stays a body, and a couple in it is two people.
        (
            "Guests were Mayor Tom Berg, Dr. Ana Ruiz, Lotte Vance, Gus and Edda Pryor, and the Harbour Trust.",
            &["Tom Berg", "Ana Ruiz", "Lotte Vance", "Gus Pryor", "Edda Pryor"],
            &["Tom Berg = Mayor"],
        ),
        (
            "Thanks to Mayor Tom Berg; Dr. Ana Ruiz (Vantor); and Milo Kessler.",
            &["Tom Berg", "Ana Ruiz", "Milo Kessler"],
            &["Tom Berg = Mayor"],
        ),
        // Not a couple: the right side is a fund named after people.
        (
            "Support came from the Anne and Peter Holm Fund.",
            &[],
            &[],
        ),
        // Not a list of people: nothing says the items are people.
        (
            "Offices in Norhaven, Eastvale and Westport opened.",
            &[],
            &[],
        ),
        // Honorifics before a couple are no given name.
        (
            "The dinner was hosted by Mr. and Mrs. Tom Berg at home.",
            &["Tom Berg"],
            &[],
        ),
    ]);
}

#[test]
fn places_named_after_people_are_no_people() {
    check(&[
        ("The gala was held in the Lea Holm Ballroom.", &[], &[]),
        ("Visitors enter through the Tom Berg Entrance.", &[], &[]),
        ("The film plays at the Ana Ruiz Theater tonight.", &[], &[]),
        ("The trail runs past Ivo Marsh Park.", &[], &[]),
        ("Support was provided by the Kari Tomsen Fund.", &[], &[]),
        ("The walk starts at the Anna Lind Memorial.", &[], &[]),
        // A title or an honorific is stronger evidence than the last word.
        (
            "Councillor Beverly Lane opened the trail.",
            &["Beverly Lane"],
            &["Beverly Lane = Councillor"],
        ),
        ("Dr. Jane Park spoke.", &["Jane Park"], &[]),
        // A name that does not end in such a head is a person.
        ("Lea Holm visited the theater.", &["Lea Holm"], &[]),
        ("The Tom Berg Scholarship was awarded.", &[], &[]),
    ]);
}

#[test]
fn affiliations_in_a_list_closed_by_semicolons_are_no_people() {
    check(&[
        (
            "Present: Mayor Tom Berg; Chief Ana Ruiz, Norhaven Harbour Police; Lotte Vance, Brightline Partners; and Milo Kessler.",
            &["Tom Berg", "Ana Ruiz", "Lotte Vance", "Milo Kessler"],
            &["Tom Berg = Mayor", "Ana Ruiz = Chief"],
        ),
    ]);
}

#[test]
fn coordinated_titles_and_an_employer_right_after_the_title() {
    check(&[
        (
            "Opening the fair, Tom Berg, President & Founder of Brightline Labs, thanked the volunteers.",
            &["Tom Berg"],
            &[
                "Tom Berg = President @ Brightline Labs",
                "Tom Berg = Founder @ Brightline Labs",
            ],
        ),
        (
            "Ana Ruiz, Chair and Co-Founder of Vantor Systems Inc., said the plan was sound.",
            &["Ana Ruiz"],
            &[
                "Ana Ruiz = Chair @ Vantor Systems Inc.",
                "Ana Ruiz = Co-Founder @ Vantor Systems Inc.",
            ],
        ),
        (
            "Speakers were Lea Holm, Executive Director Norhaven Harbour Trust; and Ivo Marsh.",
            &["Lea Holm", "Ivo Marsh"],
            &["Lea Holm = Executive Director @ Norhaven Harbour Trust"],
        ),
        (
            "Thanks go to Pia Lund, President Eastvale Rowing Club.",
            &["Pia Lund"],
            &["Pia Lund = President @ Eastvale Rowing Club"],
        ),
        (
            "Kari Tomsen, Director Coastal Survey Agency, said the maps were ready.",
            &["Kari Tomsen"],
            &["Kari Tomsen = Director @ Coastal Survey Agency"],
        ),
        (
            "Oskar Brand, Partner & Managing Director at Harbourline Capital, said so.",
            &["Oskar Brand"],
            &[
                "Oskar Brand = Partner @ Harbourline Capital",
                "Oskar Brand = Managing Director @ Harbourline Capital",
            ],
        ),
        (
            "Nell Ferris, Secretary and Treasurer of the Westport Sailing Club, said so.",
            &["Nell Ferris"],
            &[
                "Nell Ferris = Secretary @ Westport Sailing Club",
                "Nell Ferris = Treasurer @ Westport Sailing Club",
            ],
        ),
        (
            "Milo Kessler, CEO, Brightline Logistics Ltd., said sales rose.",
            &["Milo Kessler"],
            &["Milo Kessler = CEO @ Brightline Logistics Ltd."],
        ),
        // A person after the title is another person, not an employer.
        (
            "Lotte Vance, Mayor; Gus Pryor, Chief; and Edda Pryor said so.",
            &["Lotte Vance", "Gus Pryor", "Edda Pryor"],
            &["Lotte Vance = Mayor", "Gus Pryor = Chief"],
        ),
        (
            "Ivo Marsh, Director & Curator of the Eastvale Art Museum, said so.",
            &["Ivo Marsh"],
            &[
                "Ivo Marsh = Director @ Eastvale Art Museum",
                "Ivo Marsh = Curator @ Eastvale Art Museum",
            ],
        ),
    ]);
}

#[test]
fn a_relative_before_a_name() {
    check(&[
        (
            "Tom Berg came with his wife Lea Holm.",
            &["Tom Berg", "Lea Holm"],
            &[],
        ),
        (
            "Guests included Ana Ruiz and husband Ivo; Pia Lund also came.",
            &["Ana Ruiz", "Ivo", "Pia Lund"],
            &[],
        ),
        (
            "The award was accepted by her daughter Kari Tomsen.",
            &["Kari Tomsen"],
            &[],
        ),
        (
            "The founder's son Milo Kessler cut the ribbon.",
            &["Milo Kessler"],
            &[],
        ),
        (
            "He thanked his mother, Nell Ferris, and his sister Edda.",
            &["Nell Ferris", "Edda"],
            &[],
        ),
        (
            "The late painter's widow Lotte Vance opened the show.",
            &["Lotte Vance"],
            &[],
        ),
        ("She spoke with her nephew Oskar.", &["Oskar"], &[]),
        // A capitalised word after the relative that goes on is no given name alone.
        ("His brother Harbour Trust chair spoke.", &[], &[]),
        // The noun capitalised is no relative.
        ("Mother Teresa Avenue was renamed.", &[], &[]),
        ("The father of the bride spoke.", &[], &[]),
    ]);
}

#[test]
fn ranks_that_begin_the_head() {
    // A word read as a rank ("Chief", "Executive", "Head") may itself start the head.
    check(&[
        (
            "Tom Berg, former chief executive of Vantor, joined the board.",
            &["Tom Berg"],
            &["Tom Berg = former chief executive @ Vantor"],
        ),
        (
            "Jane Roe, the former chief executive of Vantor, joined the board.",
            &["Jane Roe"],
            &["Jane Roe = former chief executive @ Vantor"],
        ),
        (
            "Lea Holm, interim chief executive of the Harbour Trust, spoke.",
            &["Lea Holm"],
            &["Lea Holm = interim chief executive @ Harbour Trust"],
        ),
        (
            "Former Chief Executive Ana Ruiz cut the ribbon.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Former Chief Executive"],
        ),
        (
            "Tom Berg, deputy chief executive of Brightline, said sales rose.",
            &["Tom Berg"],
            &["Tom Berg = deputy chief executive @ Brightline"],
        ),
        (
            "Ana Ruiz, acting head of research at Vantor, presented the data.",
            &["Ana Ruiz"],
            &["Ana Ruiz = acting head of research @ Vantor"],
        ),
        (
            "Jane Roe, senior vice president of sales at Brightline, said demand held.",
            &["Jane Roe"],
            &["Jane Roe = senior vice president of sales @ Brightline"],
        ),
        (
            "Tom Berg, outgoing chief executive of Vantor, thanked the staff.",
            &["Tom Berg"],
            &["Tom Berg = outgoing chief executive @ Vantor"],
        ),
        (
            "Lea Holm, joint chief executive of Eastvale Partners, signed it.",
            &["Lea Holm"],
            &["Lea Holm = joint chief executive @ Eastvale Partners"],
        ),
        // "the incoming", like "the new", is no part of the post.
        (
            "Ana Ruiz, the incoming chief executive of Brightline, starts in May.",
            &["Ana Ruiz"],
            &["Ana Ruiz = chief executive @ Brightline"],
        ),
    ]);
}

#[test]
fn words_between_a_name_and_its_post() {
    // Post-nominals (dotted too), a one-word aside, an age, an adverb of time.
    check(&[
        (
            "Jane Roe, Ph.D., Chief Scientific Officer, said the trial met its goal.",
            &["Jane Roe"],
            &["Jane Roe = Chief Scientific Officer"],
        ),
        (
            "Tom Berg, MD, MPH, director of the Eastvale Health Department, urged caution.",
            &["Tom Berg"],
            &["Tom Berg = director @ Eastvale Health Department"],
        ),
        (
            "Lea Holm, FRCP, head of cardiology at Eastvale Hospital, led the trial.",
            &["Lea Holm"],
            &["Lea Holm = head of cardiology @ Eastvale Hospital"],
        ),
        (
            "Lea Holm (pictured), director of the Harbour Museum, said the show opens in May.",
            &["Lea Holm"],
            &["Lea Holm = director @ Harbour Museum"],
        ),
        (
            "Tom Berg, 52, a partner at Roe Partners, was honoured.",
            &["Tom Berg"],
            &["Tom Berg = partner @ Roe Partners"],
        ),
        (
            "Tom Berg, previously head of marketing at Brightline, joins the firm.",
            &["Tom Berg"],
            &["Tom Berg = head of marketing @ Brightline"],
        ),
        (
            "Lea Holm, currently deputy director of the Harbour Trust, will take over.",
            &["Lea Holm"],
            &["Lea Holm = deputy director @ Harbour Trust"],
        ),
        (
            "Ana Ruiz, most recently chief operating officer of Vantor, starts today.",
            &["Ana Ruiz"],
            &["Ana Ruiz = chief operating officer @ Vantor"],
        ),
        (
            "Jane Roe, the newly elected president of the Eastvale Bar Association, spoke.",
            &["Jane Roe"],
            &["Jane Roe = president @ Eastvale Bar Association"],
        ),
        (
            "Tom Berg, recently appointed treasurer of the Harbour Trust, presented the accounts.",
            &["Tom Berg"],
            &["Tom Berg = treasurer @ Harbour Trust"],
        ),
    ]);
}

#[test]
fn an_owner_s_possessive_before_a_lowercase_post() {
    check(&[
        (
            "Jo Bell, Vantor's chief executive, announced the results.",
            &["Jo Bell"],
            &["Jo Bell = chief executive @ Vantor"],
        ),
        (
            "Jane Roe, Brightline’s vice president for sales, said demand was strong.",
            &["Jane Roe"],
            &["Jane Roe = vice president for sales @ Brightline"],
        ),
        (
            "Tom Berg, Vantor's founder, said the company would expand.",
            &["Tom Berg"],
            &["Tom Berg = founder @ Vantor"],
        ),
        (
            "Lea Holm, the Harbour Trust's treasurer, presented the accounts.",
            &["Lea Holm"],
            &["Lea Holm = treasurer @ Harbour Trust"],
        ),
        (
            "Ana Ruiz, Eastvale University's dean of law, welcomed the class.",
            &["Ana Ruiz"],
            &["Ana Ruiz = dean of law @ Eastvale University"],
        ),
        (
            "Tom Berg, Brightline's head of research, led the study.",
            &["Tom Berg"],
            &["Tom Berg = head of research @ Brightline"],
        ),
        (
            "Jane Roe, Vantor's general counsel, declined to comment.",
            &["Jane Roe"],
            &["Jane Roe = general counsel @ Vantor"],
        ),
        (
            "Lea Holm, Brightline's co-founder, demonstrated the app.",
            &["Lea Holm"],
            &["Lea Holm = co-founder @ Brightline"],
        ),
        (
            "Ana Ruiz, Vantor's chief economist, expects rates to fall.",
            &["Ana Ruiz"],
            &["Ana Ruiz = chief economist @ Vantor"],
        ),
        (
            "Tom Berg, Brightline's spokesperson, confirmed the recall.",
            &["Tom Berg"],
            &["Tom Berg = spokesperson @ Brightline"],
        ),
    ]);
}

#[test]
fn a_list_of_people_each_with_a_post() {
    check(&[
        (
            "Jane Roe, chief curator, and Tom Berg, assistant curator, organised the show.",
            &["Jane Roe", "Tom Berg"],
            &["Jane Roe = chief curator", "Tom Berg = assistant curator"],
        ),
        (
            "Ana Ruiz, Minister of State for Europe, and Tom Berg, Permanent Secretary, attended.",
            &["Ana Ruiz", "Tom Berg"],
            &[
                "Ana Ruiz = Minister of State for Europe",
                "Tom Berg = Permanent Secretary",
            ],
        ),
        (
            "Lea Holm, treasurer, and Jane Roe, secretary, were re-elected.",
            &["Lea Holm", "Jane Roe"],
            &["Lea Holm = treasurer", "Jane Roe = secretary"],
        ),
        (
            "The prize went to Tom Berg, Head of Design, and Dr. Ana Ruiz, Chief Engineer.",
            &["Tom Berg", "Ana Ruiz"],
            &["Tom Berg = Head of Design", "Ana Ruiz = Chief Engineer"],
        ),
    ]);
}

#[test]
fn titles_joined_before_a_name() {
    check(&[
        (
            "Deputy Prime Minister and Minister for Trade Ana Ruiz welcomed the delegation.",
            &["Ana Ruiz"],
            &[
                "Ana Ruiz = Deputy Prime Minister",
                "Ana Ruiz = Minister for Trade",
            ],
        ),
        (
            "President and CEO Jane Roe opened the plant.",
            &["Jane Roe"],
            &["Jane Roe = President", "Jane Roe = CEO"],
        ),
        (
            "Founder & Chief Executive Officer Tom Berg rang the bell.",
            &["Tom Berg"],
            &["Tom Berg = Founder", "Tom Berg = Chief Executive Officer"],
        ),
        (
            "Ana Ruiz, Deputy Prime Minister and Minister for Trade, and Tom Berg signed it.",
            &["Ana Ruiz", "Tom Berg"],
            &[
                "Ana Ruiz = Deputy Prime Minister",
                "Ana Ruiz = Minister for Trade",
            ],
        ),
        // A title joined to another person's name is no one else's.
        (
            "Mayor Ana Ruiz and Police Chief Tom Berg spoke.",
            &["Ana Ruiz", "Tom Berg"],
            &["Ana Ruiz = Mayor", "Tom Berg = Police Chief"],
        ),
    ]);
}

#[test]
fn letterhead_and_signature_blocks() {
    check(&[
        (
            "The plant opened today.\nJane Roe\nChief Executive Officer\nVantor Inc.\n",
            &["Jane Roe"],
            &["Jane Roe = Chief Executive Officer @ Vantor Inc."],
        ),
        (
            "The plant opened today.\nTom Berg\nDirector of Research, Harbour Trust\n",
            &["Tom Berg"],
            &["Tom Berg = Director of Research @ Harbour Trust"],
        ),
        (
            "Speakers\nDr. Lea Holm\nProfessor of Geology at Eastvale University\n",
            &["Lea Holm"],
            &["Lea Holm = Professor of Geology @ Eastvale University"],
        ),
        (
            "The plant opened today.\nAna Ruiz\nTreasurer\n",
            &["Ana Ruiz"],
            &["Ana Ruiz = Treasurer"],
        ),
        // A title that opens a sentence going on is not the line's post.
        (
            "Thanks to all.\nJane Roe\nDirector Tom Berg said the plant is open.\n",
            &["Jane Roe", "Tom Berg"],
            &["Tom Berg = Director"],
        ),
    ]);
}

#[test]
fn a_relative_who_after_a_name() {
    check(&[
        (
            "Olu Adeyemi, who founded the charity in 2001, spoke first.",
            &["Olu Adeyemi"],
            &[],
        ),
        (
            "The prize went to Kemi Balogun, who trained in Eastvale.",
            &["Kemi Balogun"],
            &[],
        ),
        (
            "Bram Okonjo, whose studio is in Norhaven, made the bowls.",
            &["Bram Okonjo"],
            &[],
        ),
        (
            "We thank Tova Reinholt, who lent the paintings.",
            &["Tova Reinholt"],
            &[],
        ),
        // A group after an article takes "who" too.
        (
            "The show closes with the Harbour Lights, who play at nine.",
            &[],
            &[],
        ),
    ]);
}

#[test]
fn joining_a_body_named_by_a_common_noun() {
    check(&[
        (
            "Jane Roe has joined the company as Vice President of Engineering.",
            &["Jane Roe"],
            &["Jane Roe = Vice President of Engineering"],
        ),
        (
            "Tom Berg joined the firm as a partner in 2019.",
            &["Tom Berg"],
            &["Tom Berg = partner"],
        ),
        (
            "Lea Holm joins the board as treasurer.",
            &["Lea Holm"],
            &["Lea Holm = treasurer"],
        ),
        (
            "Ana Ruiz will join the team as head of design.",
            &["Ana Ruiz"],
            &["Ana Ruiz = head of design"],
        ),
        (
            "Tom Berg joined Vantor as chief economist.",
            &["Tom Berg"],
            &["Tom Berg = chief economist @ Vantor"],
        ),
    ]);
}

#[test]
fn a_couple_sharing_a_family_name_before_a_place() {
    check(&[
        (
            "The winners were Anne and Peter Holm of Eastvale.",
            &["Anne Holm", "Peter Holm"],
            &[],
        ),
        (
            "The gift came from Maria and John Berg of Norhaven.",
            &["Maria Berg", "John Berg"],
            &[],
        ),
    ]);
}

#[test]
fn a_lowercase_title_before_a_name_between_commas() {
    check(&[
        (
            "Eastvale's mayor, Tom Berg, said the bridge would reopen.",
            &["Tom Berg"],
            &["Tom Berg = mayor @ Eastvale"],
        ),
        (
            "The plan was backed by the agency's director, Ana Ruiz, who spoke first.",
            &["Ana Ruiz"],
            &["Ana Ruiz = director"],
        ),
        (
            "Its president, Lea Holm, thanked the volunteers.",
            &["Lea Holm"],
            &["Lea Holm = president"],
        ),
        (
            "The Harbour Trust's treasurer, Jane Roe, presented the accounts.",
            &["Jane Roe"],
            &["Jane Roe = treasurer @ Harbour Trust"],
        ),
        (
            "The club's spokesperson, Tom Berg, confirmed the date on Monday.",
            &["Tom Berg"],
            &["Tom Berg = spokesperson"],
        ),
        (
            "Our chairman, Jonas Holm, opened the meeting.",
            &["Jonas Holm"],
            &["Jonas Holm = chairman"],
        ),
        (
            "The letter was signed by the council's secretary, Rosa Okafor.",
            &["Rosa Okafor"],
            &["Rosa Okafor = secretary"],
        ),
        (
            "Brightline's manager, Ana Ruiz, said orders had doubled.",
            &["Ana Ruiz"],
            &["Ana Ruiz = manager @ Brightline"],
        ),
        (
            "The museum's director, Tom Berg; its curator, Lea Holm; and two artists spoke.",
            &["Tom Berg", "Lea Holm"],
            &["Tom Berg = director", "Lea Holm = curator"],
        ),
        (
            "A new director, Jane Roe, will join in May.",
            &["Jane Roe"],
            &["Jane Roe = director"],
        ),
        // Not one: a word after the comma before the name.
        (
            "Visitors asked about the director, and Tom Berg answered.",
            &["Tom Berg"],
            &[],
        ),
    ]);
}

#[test]
fn an_owner_named_by_a_common_noun_that_repeats_an_organisation_s_head() {
    check(&[
        (
            "The Harbour Agency opened a depot. Ana Ruiz, the agency's director, cut the ribbon.",
            &["Ana Ruiz"],
            &["Ana Ruiz = director @ Harbour Agency"],
        ),
        (
            "Eastvale Heritage Trust bought the mill. The trust's chair, Lea Holm, said so.",
            &["Lea Holm"],
            &["Lea Holm = chair @ Eastvale Heritage Trust"],
        ),
        (
            "Norhaven Bank posted results. Tom Berg, the bank's chief executive, was pleased.",
            &["Tom Berg"],
            &["Tom Berg = chief executive @ Norhaven Bank"],
        ),
        (
            "The Coastal Survey Agency said the agency's spokesperson, Jane Roe, would speak.",
            &["Jane Roe"],
            &["Jane Roe = spokesperson @ Coastal Survey Agency"],
        ),
        (
            "Vantor Foundation awards grants. Rosa Okafor, the foundation's president, said more.",
            &["Rosa Okafor"],
            &["Rosa Okafor = president @ Vantor Foundation"],
        ),
        (
            "Eastvale Housing Authority built the flats. The authority's director, Tom Berg, said so.",
            &["Tom Berg"],
            &["Tom Berg = director @ Eastvale Housing Authority"],
        ),
        (
            "Brightline University hosts the fair. Jonas Holm, the university's provost, will attend.",
            &["Jonas Holm"],
            &["Jonas Holm = provost @ Brightline University"],
        ),
        // The nearest organisation with that head wins.
        (
            "The Harbour Agency and the Inland Waters Agency met. Ana Ruiz, the agency's director, spoke.",
            &["Ana Ruiz"],
            &["Ana Ruiz = director @ Inland Waters Agency"],
        ),
        // Not one: no organisation named before ends in the noun.
        (
            "The Harbour Trust met. Ana Ruiz, the company's director, spoke.",
            &["Ana Ruiz"],
            &["Ana Ruiz = director"],
        ),
        (
            "Tom Berg, the agency's director, spoke before the Harbour Agency was named.",
            &["Tom Berg"],
            &["Tom Berg = director"],
        ),
    ]);
}

#[test]
fn a_portfolio_written_as_a_list() {
    check(&[
        (
            "Minister of Harbours, Fisheries and Tourism Ana Ruiz opened the session.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Minister of Harbours, Fisheries and Tourism"],
        ),
        (
            "Jane Roe, Minister for Trade, Tourism and Investment, said exports rose.",
            &["Jane Roe"],
            &["Jane Roe = Minister for Trade, Tourism and Investment"],
        ),
        (
            "Secretary for Rivers, Roads, and Bridges Tom Berg cut the ribbon.",
            &["Tom Berg"],
            &["Tom Berg = Secretary for Rivers, Roads, and Bridges"],
        ),
        (
            "The plan was presented by Lea Holm, Director of Sales, Marketing & Outreach.",
            &["Lea Holm"],
            &["Lea Holm = Director of Sales, Marketing & Outreach"],
        ),
        (
            "Tom Berg, Minister of Energy and Mines, Water and Forests, toured the dam.",
            &["Tom Berg"],
            &["Tom Berg = Minister of Energy and Mines, Water and Forests"],
        ),
        (
            "“We are ready,” said Ana Ruiz, Commissioner for Justice, Equality and Youth.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Commissioner for Justice, Equality and Youth"],
        ),
        // Not a list: the title, then its holder between commas.
        (
            "Minister for Fisheries, Tom Berg, opened the harbour.",
            &["Tom Berg"],
            &["Tom Berg = Minister for Fisheries"],
        ),
        // Not a list: one place after the title, read as its body as elsewhere.
        (
            "Jane Roe, Director of Research, Eastvale, spoke on Monday.",
            &["Jane Roe"],
            &["Jane Roe = Director of Research @ Eastvale"],
        ),
        // Not a list: the items are organisations.
        (
            "Lea Holm, Chair of Vantor Inc., Brightline Ltd and Harbour Trust, spoke.",
            &["Lea Holm"],
            &["Lea Holm = Chair @ Vantor Inc."],
        ),
        (
            "Tom Berg, Minister of Culture, Heritage and Sport, met Mayor Lea Holm.",
            &["Tom Berg", "Lea Holm"],
            &[
                "Tom Berg = Minister of Culture, Heritage and Sport",
                "Lea Holm = Mayor",
            ],
        ),
    ]);
}

#[test]
fn one_post_written_two_ways_is_one_post() {
    use super::post_key;
    let rows: &[(&str, &str, bool)] = &[
        ("Minister for Roads", "Minister of Roads", true),
        (
            "Head of Sales & Marketing",
            "Head of Sales and Marketing",
            true,
        ),
        ("Secretary for Ports", "secretary of ports", true),
        ("director of research", "Director of Research", true),
        (
            "Minister of Water and Forests",
            "Minister for Water & Forests",
            true,
        ),
        ("Minister of Roads", "Minister for Ports", false),
        ("Head of Sales", "Head of Marketing", false),
        (
            "Director for Research",
            "Deputy Director for Research",
            false,
        ),
        ("Mayor", "Deputy Mayor", false),
        ("Chair of Trade", "Chair of Trade and Ports", false),
        ("Officer for Forests", "Officer Forests", false),
    ];
    for &(a, b, same) in rows {
        assert_eq!(post_key(a) == post_key(b), same, "{a:?} / {b:?}");
    }
}

#[test]
fn an_organisation_after_the_title_stops_at_the_holder_s_name() {
    check(&[
        (
            "Managing Director of Vantor Jane Roe said sales rose.",
            &["Jane Roe"],
            &["Jane Roe = Managing Director @ Vantor"],
        ),
        (
            "Chief Executive of Brightline Motors Tom Berg opened the plant.",
            &["Tom Berg"],
            &["Tom Berg = Chief Executive @ Brightline Motors"],
        ),
        (
            "UK Managing Director of Vantor Ana Ruiz joined the call.",
            &["Ana Ruiz"],
            &["Ana Ruiz = UK Managing Director @ Vantor"],
        ),
        (
            "The deal was signed by President of Harbour Trust Lea Holm.",
            &["Lea Holm"],
            &["Lea Holm = President @ Harbour Trust"],
        ),
        (
            "Director of the Eastvale Museum Jane Roe opened the show.",
            &["Jane Roe"],
            &["Jane Roe = Director @ Eastvale Museum"],
        ),
        (
            "Chair of Vantor Holdings Tom Berg and Mayor Ana Ruiz met.",
            &["Tom Berg", "Ana Ruiz"],
            &["Tom Berg = Chair @ Vantor Holdings", "Ana Ruiz = Mayor"],
        ),
        (
            "Head of Growth at Brightline Lea Holm said more was coming.",
            &["Lea Holm"],
            &["Lea Holm = Head of Growth @ Brightline"],
        ),
        (
            "Secretary-General of the Harbour Council Ana Ruiz spoke.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Secretary-General @ Harbour Council"],
        ),
        // A name at the start of the complement is the organisation's own.
        (
            "Director of the Tom Berg Foundation Jane Roe spoke.",
            &["Jane Roe"],
            &["Jane Roe = Director @ Tom Berg Foundation"],
        ),
        (
            "Director of the Eastvale and Albert Hall Jane Roe spoke.",
            &["Jane Roe"],
            &["Jane Roe = Director @ Eastvale and Albert Hall"],
        ),
        (
            "Jane Roe, Director of Vantor, spoke first.",
            &["Jane Roe"],
            &["Jane Roe = Director @ Vantor"],
        ),
    ]);
}

#[test]
fn a_country_before_the_title_is_written_with_it() {
    check(&[
        (
            "UK Managing Director Jane Roe said sales rose.",
            &["Jane Roe"],
            &["Jane Roe = UK Managing Director"],
        ),
        (
            "Kenyan Minister Tom Berg arrived on Monday.",
            &["Tom Berg"],
            &["Tom Berg = Kenyan Minister"],
        ),
        (
            "France Country Manager Ana Ruiz opened the office.",
            &["Ana Ruiz"],
            &["Ana Ruiz = France Country Manager"],
        ),
        (
            "Japan Sales Director of Vantor Lea Holm spoke.",
            &["Lea Holm"],
            &["Lea Holm = Japan Sales Director @ Vantor"],
        ),
        (
            "Canadian Ambassador Jane Roe hosted the dinner.",
            &["Jane Roe"],
            &["Jane Roe = Canadian Ambassador"],
        ),
        (
            "The panel heard German Chancellor Tom Berg.",
            &["Tom Berg"],
            &["Tom Berg = German Chancellor"],
        ),
        (
            "Spain Managing Director of Brightline Ana Ruiz spoke.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Spain Managing Director @ Brightline"],
        ),
        // An organisation before the title is its organisation, as before.
        (
            "NRA Executive Director Jane Roe signed the agreement.",
            &["Jane Roe"],
            &["Jane Roe = Executive Director @ NRA"],
        ),
        (
            "Vantor CEO Tom Berg rang the bell.",
            &["Tom Berg"],
            &["Tom Berg = CEO @ Vantor"],
        ),
        (
            "Irish Prime Minister Lea Holm spoke.",
            &["Lea Holm"],
            &["Lea Holm = Irish Prime Minister"],
        ),
    ]);
}

#[test]
fn a_country_after_the_title_is_where_the_post_is_held() {
    check(&[
        (
            "President of Kenya Jane Roe opened the summit.",
            &["Jane Roe"],
            &["Jane Roe = President"],
        ),
        (
            "President of the Republic of Kenya Jane Roe opened the summit.",
            &["Jane Roe"],
            &["Jane Roe = President"],
        ),
        (
            "The summit was opened by President of the Republic of Chile Tom Berg.",
            &["Tom Berg"],
            &["Tom Berg = President"],
        ),
        (
            "Prime Minister of Canada Ana Ruiz met the delegates.",
            &["Ana Ruiz"],
            &["Ana Ruiz = Prime Minister"],
        ),
        (
            "King of the Kingdom of Spain Tom Berg arrived.",
            &["Tom Berg"],
            &["Tom Berg = King"],
        ),
        (
            "Vice President of the Republic of Ghana Lea Holm spoke.",
            &["Lea Holm"],
            &["Lea Holm = Vice President"],
        ),
        (
            "Guests included President of Chile Jane Roe.",
            &["Jane Roe"],
            &["Jane Roe = President"],
        ),
        (
            "President of Kenya Jane Roe and Mayor Tom Berg met.",
            &["Jane Roe", "Tom Berg"],
            &["Jane Roe = President", "Tom Berg = Mayor"],
        ),
        // Written after the name, the country is the same.
        (
            "Jane Roe, President of the Republic of Kenya, opened the summit.",
            &["Jane Roe"],
            &["Jane Roe = President"],
        ),
        // An organisation after the title is still the employer.
        (
            "President of Harbour Trust Lea Holm spoke.",
            &["Lea Holm"],
            &["Lea Holm = President @ Harbour Trust"],
        ),
    ]);
}

#[test]
fn honorifics_between_a_title_and_its_name() {
    check(&[
        (
            "Council President Dr. Vanessa Moe spoke first.",
            &["Vanessa Moe"],
            &["Vanessa Moe = Council President"],
        ),
        (
            "The supplies were handed over by Chief Curator Prof. Lea Holm.",
            &["Lea Holm"],
            &["Lea Holm = Chief Curator"],
        ),
        (
            "Minister of Fisheries, the Hon. Kari Dale, thanked the crews.",
            &["Kari Dale"],
            &["Kari Dale = Minister of Fisheries"],
        ),
        (
            "Ambassador H.E. Tom Berg presented his credentials.",
            &["Tom Berg"],
            &["Tom Berg = Ambassador"],
        ),
        (
            "Senator the Hon. Erik Sand cut the ribbon.",
            &["Erik Sand"],
            &["Erik Sand = Senator"],
        ),
        // No title before the honorific: a name and no post.
        ("On Monday Dr. Ana Ruiz spoke.", &["Ana Ruiz"], &[]),
    ]);
}

#[test]
fn stacked_titles_before_a_name() {
    check(&[
        (
            "Minister of Roads and Transport, Senator the Hon. Erik Sand, cut the ribbon.",
            &["Erik Sand"],
            &[
                "Erik Sand = Minister of Roads and Transport",
                "Erik Sand = Senator",
            ],
        ),
        (
            "Chief Executive Officer of the Harbour Trust, Dr. Lea Holm, welcomed the guests.",
            &["Lea Holm"],
            &["Lea Holm = Chief Executive Officer @ Harbour Trust"],
        ),
        (
            "Minister of Health, Ambassador Tom Berg, opened the clinic.",
            &["Tom Berg"],
            &["Tom Berg = Minister of Health", "Tom Berg = Ambassador"],
        ),
        // The first title closes another person's apposition: not this one's.
        (
            "Jane Roe, Minister of Health, Senator Tom Berg and others met.",
            &["Jane Roe", "Tom Berg"],
            &["Jane Roe = Minister of Health", "Tom Berg = Senator"],
        ),
    ]);
}

#[test]
fn a_participle_frame_in_apposition() {
    check(&[
        (
            "Clara Voss, now serving as treasurer of the Harbour Trust, spoke next.",
            &["Clara Voss"],
            &["Clara Voss = treasurer @ Harbour Trust"],
        ),
        (
            "Tom Berg, appointed chief executive of Vantor last year, opened the plant.",
            &["Tom Berg"],
            &["Tom Berg = chief executive @ Vantor"],
        ),
        (
            "Lea Holm, currently serving as acting director, thanked the donors.",
            &["Lea Holm"],
            &["Lea Holm = acting director"],
        ),
        (
            "Ana Ruiz, elected mayor of Eastvale in 2022, cut the ribbon.",
            &["Ana Ruiz"],
            &["Ana Ruiz = mayor @ Eastvale"],
        ),
        // A participle that gives no post.
        (
            "Jane Roe, named in the report, declined to comment.",
            &["Jane Roe"],
            &[],
        ),
    ]);
}

#[test]
fn the_body_that_appoints_is_the_employer() {
    check(&[
        (
            "Vantor today named Jane Roe as its new chief executive officer.",
            &["Jane Roe"],
            &["Jane Roe = chief executive officer @ Vantor"],
        ),
        (
            "The Harbour Trust has appointed Tom Berg as director of programs.",
            &["Tom Berg"],
            &["Tom Berg = director of programs @ Harbour Trust"],
        ),
        (
            "Brightline Inc. hires Lea Holm as chief financial officer.",
            &["Lea Holm"],
            &["Lea Holm = chief financial officer @ Brightline Inc."],
        ),
        // An organisation named with the title wins over the one that appoints.
        (
            "The Eastvale Council elected Ana Ruiz as chair of the Harbour Trust.",
            &["Ana Ruiz"],
            &["Ana Ruiz = chair @ Harbour Trust"],
        ),
        // No organisation before the verb: none.
        (
            "Last week the board named Tom Berg as interim director.",
            &["Tom Berg"],
            &["Tom Berg = interim director"],
        ),
    ]);
}
