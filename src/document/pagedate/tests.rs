//! Table tests of page dates: the strings pages print, and whole pages.

use super::parse::{cue_before, line_date, parse_page_date_at, posted_after, Cue};
use super::*;

fn d(s: &str) -> Option<String> {
    parse_page_date(s, None).map(|t| t.to_string())
}

#[test]
fn page_dates() {
    assert_eq!(
        d("2018-07-21T09:42:10+00:00").as_deref(),
        Some("2018-07-21T09:42:10+00:00")
    );
    assert_eq!(
        d("Monday, 2 July 2018|International").as_deref(),
        Some("2018-07-02")
    );
    assert_eq!(
        d("17-12-2024 - 13:17").as_deref(),
        Some("2024-12-17T13:17:00")
    );
    assert_eq!(
        d("April 06, 2016 12:00 ET").as_deref(),
        Some("2016-04-06T12:00:00")
    );
    assert_eq!(d("4/6/2016 4:00:00 PM"), None); // ambiguous without a convention
    assert_eq!(
        parse_page_date("4/6/2016 4:00:00 PM", Some(DateOrder::MonthFirst))
            .map(|t| t.to_string())
            .as_deref(),
        Some("2016-04-06T16:00:00")
    );
    assert_eq!(
        d("Admin | December 11, 2024").as_deref(),
        Some("2024-12-11")
    );
    assert_eq!(d("19. März 2019").as_deref(), Some("2019-03-19"));
    assert_eq!(d("5 de julio de 2020").as_deref(), Some("2020-07-05"));
    assert_eq!(
        d("Publié le 12.05.2021 à 10h30").as_deref(),
        Some("2021-05-12T10:30:00")
    );
    assert_eq!(
        d("Mar 03, 2009 08:30 ET").as_deref(),
        Some("2009-03-03T08:30:00")
    );
    assert_eq!(d("nothing here"), None);
    assert_eq!(d("31 June 2018"), None);
}

#[test]
fn locale_digit_orders() {
    let table = [
        ("en-US", Some(DateOrder::MonthFirst)),
        ("en_us", Some(DateOrder::MonthFirst)),
        ("en-GB", Some(DateOrder::DayFirst)),
        ("de-DE", Some(DateOrder::DayFirst)),
        ("fr", Some(DateOrder::DayFirst)),
        ("en", None),
        ("ja", None),
    ];
    for (l, want) in table {
        assert_eq!(locale_order(l), want, "{l}");
    }
    // A British page's `02/10/2020` is the 2nd of October.
    let page = r#"<html xml:lang="en-GB"><head><title>Halls too full</title></head><body>
        <h1>Halls too full</h1><span class="time">02/10/2020</span><p>Text.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2020-10-02"));
}

#[test]
fn url_dates() {
    assert_eq!(
        date_in_url("https://x.org/the-press-office/2015/04/11/weekly-address")
            .map(|d| d.to_string())
            .as_deref(),
        Some("2015-04-11")
    );
    assert_eq!(
        date_in_url("https://x.org/news/20160406-launch")
            .map(|d| d.to_string())
            .as_deref(),
        Some("2016-04-06")
    );
    assert_eq!(date_in_url("https://x.org/news/item-1234"), None);
    assert_eq!(
        date_in_url("https://x.com/education/2020/oct/02/uk-halls-too-full")
            .map(|d| d.to_string())
            .as_deref(),
        Some("2020-10-02")
    );
    // An archive's capture stamp is not the page's date.
    assert_eq!(
        date_in_url("https://web.archive.org/web/20160218174457/http://x.de/2010/05/post/"),
        None
    );
}

/// The published date `find` gives for a page, as `YYYY-MM-DD`.
fn published(html: &str) -> Option<String> {
    published_at(html, None)
}

fn published_at(html: &str, url: Option<&str>) -> Option<String> {
    let dom = Dom::new(scraper::Html::parse_document(html));
    let tags = MetaTags::read(&dom);
    let ld = json_ld(&dom);
    find(&dom, &tags, &ld, None, None, url)
        .published
        .map(|t| t.date().to_string())
}

#[test]
fn two_digit_year_with_dots() {
    let table = [
        ("Party, 30.10.23", Some("2023-10-30")),
        ("28.09.19 12:44", Some("2019-09-28T12:44:00")),
        ("10.12.99", Some("1999-12-10")),
        ("Version 1.2.3", None),
        ("Version 2.1.18", None),
        ("192.168.10.12", None),
        ("30.10.2023", Some("2023-10-30")),
    ];
    for (s, want) in table {
        assert_eq!(d(s).as_deref(), want, "{s}");
    }
    // A site that writes months first does not write two-digit years with dots.
    assert_eq!(
        parse_page_date("30.10.23", Some(DateOrder::MonthFirst)),
        None
    );
}

#[test]
fn worded_dates_in_more_languages() {
    let table = [
        ("2 февраля 2022 г.", Some("2022-02-02")),
        ("2. helmikuuta 2022", Some("2022-02-02")),
        ("2 Φεβρουαρίου 2022", Some("2022-02-02")),
        ("2 d'agost de 2021", None), // the elided article is not read
        ("2 agost 2021", Some("2021-08-02")),
        ("3 martie 2020", Some("2020-03-03")),
        ("12. Mrz. 2019", Some("2019-03-12")),
        ("4 augusti 2020", Some("2020-08-04")),
        ("2022. február 2.", Some("2022-02-02")),
        ("1er février 2022", Some("2022-02-01")),
    ];
    for (s, want) in table {
        assert_eq!(d(s).as_deref(), want, "{s}");
    }
}

#[test]
fn year_first_digits() {
    let table = [
        ("2022年2月2日", Some("2022-02-02")),
        ("2022년 2월 2일", Some("2022-02-02")),
        ("2022. 2. 2.", Some("2022-02-02")),
        ("2019/11/10 13:28", Some("2019-11-10T13:28:00")),
    ];
    for (s, want) in table {
        assert_eq!(d(s).as_deref(), want, "{s}");
    }
}

#[test]
fn spaced_digits() {
    let table = [
        ("Von DTB 4.\u{2009}2.\u{2009}2022.", Some("2022-02-04")),
        ("4. 2. 2022", Some("2022-02-04")),
        ("27.1.2022 - Bei der Erinnerung", Some("2022-01-27")),
    ];
    for (s, want) in table {
        assert_eq!(d(s).as_deref(), want, "{s}");
    }
}

#[test]
fn date_cues() {
    let table = [
        ("Aktualisiert am 06. Mär. 2023", Cue::Updated),
        ("Updated June 13, 2019", Cue::Updated),
        ("Mis à jour le 3 mai 2021", Cue::Updated),
        ("Veröffentlicht am 3. Mai 2021", Cue::Published),
        ("Pressemitteilung vom 20.01.2022", Cue::Published),
        ("Datum: 28.01.2022", Cue::Published),
        ("Stand: 05. Februar 2020", Cue::None),
        ("Von Claudia Riedler 19. Oktober 2019", Cue::None),
    ];
    for (s, want) in table {
        let (_, start) = parse_page_date_at(s, None).expect(s);
        assert_eq!(cue_before(s, start), want, "{s}");
    }
}

#[test]
fn utc_day_shifts() {
    let ts = |s: &str| Timestamp::parse_lenient(s).expect(s);
    let day = |s: &str| s.parse::<Date>().expect(s);
    let table = [
        // Evening in New York is the next morning in UTC.
        ("2023-11-09T02:11:03+00:00", "2023-11-08", true),
        // Just after midnight in Vienna is the evening before in UTC.
        ("2019-10-18T22:04:00Z", "2019-10-19", true),
        ("2023-11-09T15:00:00Z", "2023-11-08", false),
        ("2023-11-09T05:00:00Z", "2023-11-10", false),
        ("2023-11-09T22:00:00+01:00", "2023-11-10", false),
        ("2023-11-09", "2023-11-10", false),
    ];
    for (utc, local, want) in table {
        assert_eq!(utc_day_shift(ts(utc), day(local)), want, "{utc} {local}");
    }
}

#[test]
fn headline_date_line() {
    // A line under the headline that is only a date and a section.
    let page = r#"<html><head><title>Roads first | BUND</title></head><body>
        <nav><p>Letzte Meldung 3. Januar 2022</p></nav>
        <h1>Roads first</h1><p class="caption">21. Januar 2022 | Mobilität</p>
        <p>The minister must repair roads before building new ones, the group said today.</p>
        </body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2022-01-21"));
}

#[test]
fn headline_date_line_inside_heading() {
    let page = r#"<html><head><title>Fans return</title></head><body>
        <h1>Fans return to the clubs<br><small>02.02.2022 • Handball</small></h1>
        <p>Clubs may admit spectators again from the weekend on.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2022-02-02"));
    // The headline's own first line names an event, not the page's date.
    let page = r#"<html><head><title>Results of 19.5.2007</title></head><body>
        <h1>Results of 19.5.2007</h1><div class="entry-meta">20.05.2007</div>
        <p>All results of the regional championship.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2007-05-20"));
}

#[test]
fn comment_and_teaser_dates() {
    // Comment dates and a list of teasers are not the article's date.
    let page = r#"<html><head><title>Swimming passes on sale</title></head><body>
        <ul><li class="teaser"><span class="date">9 March 2022</span></li>
            <li class="teaser"><span class="date">8 March 2022</span></li></ul>
        <h1>Swimming passes on sale</h1>
        <p>The passes can be ordered now from the federation's shop online.</p>
        <div class="comments"><span class="date">3 March 2022</span></div>
        <p>Text of the article goes on here, for a while.</p>
        <p class="byline">By the press office, 1 March 2022</p>
        </body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2022-03-01"));
    // One teaser box that holds the article is the article.
    let page = r#"<html><head><title>Federation news</title></head><body>
        <h2>Swimming passes on sale</h2>
        <div class="teaserTyp3 newsSingle"><span class="blue">01.02.2022</span></div>
        <p>The passes can be ordered now from the federation's shop online.</p>
        </body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2022-02-01"));
}

#[test]
fn article_aside_and_layout_sidebar() {
    // An `<aside>` inside the article is its meta box.
    let page = r#"<html><head><title>Hate crimes unreported</title></head><body>
        <article><header><h1>Hate crimes unreported</h1>
        <aside class="meta"><time datetime="2023-10-18T11:45:00+02:00">18. Okt 2023</time>
        </aside></header><p>Text.</p></article>
        <aside><span class="date">1. November 2023</span></aside></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2023-10-18"));
    // A wrapper called "with-sidebar" that holds the headline is the layout.
    let page = r#"<html><head><title>Wine of the year</title></head><body>
        <div class="page one-sidebar"><h1>Wine of the year</h1>
        <p class="date">28. Januar 2022</p><p>Text.</p></div></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2022-01-28"));
}

#[test]
fn adjacent_time_elements() {
    // WordPress prints the publication and the (hidden) update side by side.
    let page = r#"<html><head><title>Private and state spies</title></head><body>
        <h1>Private and state spies</h1><div class="entry-meta"><span class="posted-on">
        <time class="entry-date published" datetime="2016-04-15T08:12:12+02:00">15. April 2016</time><time class="updated" datetime="2017-03-04T12:25:38+01:00">4. März 2017</time>
        </span></div><p>Text.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2016-04-15"));
}

#[test]
fn headline_date_chooses_between_metadata() {
    // Metadata disagree; the date by the headline settles it.
    let page = r#"<html><head><title>Vanlife in Sweden</title>
        <meta property="article:published_time" content="2022-01-06T08:29:34">
        <script type="application/ld+json">{"@type":"Article","datePublished":"2022-01-04T07:29:00.000Z"}</script>
        </head><body><h1>Vanlife in Sweden</h1><div class="article__info">06.01.2022</div>
        <p>Text.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2022-01-06"));
    // A republished post shows its update date as its date.
    let page = r#"<html><head><title>Can fish feel pain?</title>
        <meta property="article:published_time" content="2021-11-29T14:13:37+00:00">
        <meta property="article:modified_time" content="2022-01-12T14:27:30+00:00">
        </head><body><h1>Can fish feel pain?</h1><div class="author">12.01.2022</div>
        <p>Text.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2022-01-12"));
    // A date by the headline that no metadata gives does not overrule them.
    let page = r#"<html><head><title>Strava limits</title>
        <meta property="article:published_time" content="2022-01-26T10:00:00+01:00">
        </head><body><h1>Strava limits</h1><div class="date">21.01.2022</div>
        <p>Text.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2022-01-26"));
}

#[test]
fn utc_stamp_and_local_day() {
    let page = r#"<html><head><title>Two stabbed in Roxbury</title>
        <meta property="article:published_time" content="2023-11-09T02:11:03+00:00">
        </head><body><h1>Two stabbed in Roxbury</h1>
        <time datetime="2023-11-08T21:11:03-05:00">November 8, 2023</time>
        <p>Text.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2023-11-08"));
    // The canonical URL gives the local day when nothing visible does.
    let page = r#"<html><head><title>Live: Gaza</title>
        <link rel="canonical" href="https://news.example.it/esteri/2023/11/02/diretta/gaza/">
        <meta property="article:published_time" content="2023-11-01T23:01:00Z">
        </head><body><h1>Live: Gaza</h1><p>Text.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2023-11-02"));
}

#[test]
fn microdata_in_teasers() {
    // Microdata of the teasers in a menu are not the article's.
    let page = r#"<html><head><title>Identity politics</title></head><body>
        <ul class="teasers"><li class="teaser"><time itemprop="datePublished" datetime="2023-10-10">10.10.</time></li>
        <li class="teaser"><time itemprop="datePublished" datetime="2023-10-11">11.10.</time></li></ul>
        <article><h1>Identity politics</h1>
        <time itemprop="datePublished" datetime="2023-10-18T11:45:00+02:00">18. Okt 2023</time>
        <p>Text.</p></article></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2023-10-18"));
}

#[test]
fn hinted_element_over_plain_line() {
    // A forum post: the poster's registration date is a plain line, the post date is marked.
    let page = r#"<html><head><title>What is new</title></head><body>
        <h1>What is new</h1><div class="topic-actions">Antwort erstellen • Suche
        in diesem Thema • 3 Beiträge • Seite 1 von 1</div><dl><dt>r23</dt>
        <dd>Beiträge: 1626</dd><dd>Registriert: 18.09.2008, 05:56</dd><dd>Wohnort: Hagen</dd>
        </dl><p class="author">von r23 » 21.01.2009, 05:42</p><p>Text of the post.</p>
        </body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2009-01-21"));
}

#[test]
fn implausible_dates() {
    let page = r#"<html><head><title>Old</title>
        <meta name="date" content="1990-01-01"></head><body><h1>An old page</h1>
        <p class="date">3 May 2012</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2012-05-03"));
}

#[test]
fn machine_value_in_server_order() {
    // The `<meta>` value follows the server's US format; the page's own line is German.
    let page = r#"<html lang="de"><head><title>Trinkwasser belastet</title>
        <meta name="date" content="11/01/2023 12:43:42"></head><body>
        <h1>Trinkwasser belastet</h1><p>Das Wasser muss abgekocht werden.</p>
        <p>Erstellt am: 01.11.2023</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2023-11-01"));
}

#[test]
fn script_publication_keys() {
    // A page drawn by JavaScript keeps its dates in the app state.
    let page = r#"<html><head><title>Sidamo beans</title><script>
        var meta = {"product":{"title":"Sidamo","published_at":"2019-03-02T06:22:28+01:00"}};
        </script></head><body><div id="app"></div></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2019-03-02"));
    // JSON-LD is read as JSON-LD, not as a script.
    let page = r#"<html><head><script type="application/ld+json">{"@type":"WebSite","x":{"publishDate":"2001-01-01"}}</script>
        </head><body><p>Nothing.</p></body></html>"#;
    assert_eq!(published(page), None);
}

#[test]
fn title_and_description_dates() {
    let page = r#"<html><head><title>Bears: a record year | Park</title>
        <meta name="description" content="BEARS: A RECORD YEAR (Notizia del 14 Gennaio 2020)">
        </head><body><p>Text without a date.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2020-01-14"));
    let page = r#"<html><head><title>Fertile land lost | Environment | DW | 23.05.2011</title>
        </head><body><p>Text without a date.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2011-05-23"));
}

#[test]
fn last_resort_dates() {
    // A forum thread: the posts are marked as comments; the first one dates the page.
    let page = r#"<html><head><title>No App Store over mobile data</title></head><body>
        <h1>No App Store over mobile data</h1>
        <div class="comment"><span class="CommentTime">28.09.19 12:44</span><p>Since iOS 13…</p></div>
        <div class="comment"><span class="CommentTime">29.09.19 11:20</span><p>Same here.</p></div>
        <div class="sidebar"><ul><li><span class="date">13.10.19</span> Other thread</li></ul></div>
        </body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2019-09-28"));
    // A date line far below the headline, when nothing else dates the page.
    let mut page =
        String::from(r#"<html><head><title>News</title></head><body><h1>Quick links here</h1>"#);
    for _ in 0..60 {
        page.push_str("<p>A paragraph of the federation's news page.</p>");
    }
    page.push_str("<p>01.02.2022 Kategorie: Verband</p></body></html>");
    assert_eq!(published(&page).as_deref(), Some("2022-02-01"));
}

#[test]
fn redirect_urls() {
    // A DDoS shield sends the reader on to the article's address.
    let page = r#"<html><body><p>You will be connected in a moment...</p><script>
        document.cookie="x=1";location.href="https://www.example.se/20200428/meet-the-swede?a=1";
        </script></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2020-04-28"));
    let page = r#"<html><head><meta http-equiv="refresh" content="0; url=https://x.org/2019/04/19/post/">
        </head><body></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2019-04-19"));
    // An address of fewer than 8 or more than 500 characters after its scheme is no
    // redirect; a later assignment in the same script still is.
    let long = "a".repeat(501);
    for bad in ["https://x.se/a", &format!("https://{long}")] {
        let page = format!(
            r#"<html><body><script>location.href="{bad}";location.replace("https://www.example.se/2021/03/07/rooftop-garden");</script></body></html>"#
        );
        assert_eq!(published(&page).as_deref(), Some("2021-03-07"), "{bad}");
    }
    // A given URL's date comes first.
    let page = r#"<html><head><link rel="canonical" href="https://x.org/2019/04/19/post/"></head>
        <body></body></html>"#;
    assert_eq!(
        published_at(page, Some("https://x.org/2019/04/20/post/")).as_deref(),
        Some("2019-04-20")
    );
}

#[test]
fn posting_participle_after_the_date() {
    let table = [
        ("Der Artikel wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Literatur abgelegt, wo er bleibt.", true),
        ("Die Messe findet am 19. Mai 2010 statt, und zwar in Halle vier des Messegeländes der Stadt.", false),
    ];
    for (s, want) in table {
        let (_, start) = parse_page_date_at(s, None).expect(s);
        assert_eq!(posted_after(s, start), want, "{s}");
        assert_eq!(line_date(s, None).is_some(), want, "{s}");
    }
    // A copyright stamp with a full date is the page's stamp.
    let s = "Copyright © 19.12.2019 - 12:14 h by Example GmbH, D-40764 Langenfeld. All rights reserved.";
    let (_, start) = parse_page_date_at(s, None).expect(s);
    assert_eq!(cue_before(s, start), Cue::Published);
}
#[test]
fn profile_selectors_prefer_the_article() {
    let profile = super::super::profile::Profile::new("theme")
        .published("time.entry-date")
        .modified("time.updated")
        .compile()
        .expect("the test profile compiles");
    let page = r#"<html><head><title>Meet the artist</title></head><body>
        <aside class="related-posts"><time class="entry-date updated" datetime="2023-11-08">8 Nov</time></aside>
        <article><h1>Meet the artist</h1>
        <time class="entry-date published" datetime="2023-11-06T08:00:15-08:00">6 Nov</time>
        <time class="updated" datetime="2023-11-06T10:00:09-08:00">6 Nov</time>
        <p>Text.</p></article></body></html>"#;
    let dom = Dom::new(scraper::Html::parse_document(page));
    let dates = find(
        &dom,
        &MetaTags::read(&dom),
        &json_ld(&dom),
        Some(&profile),
        None,
        None,
    );
    let day = |t: Option<Timestamp>| t.map(|t| t.date().to_string());
    assert_eq!(day(dates.published).as_deref(), Some("2023-11-06"));
    assert_eq!(day(dates.modified).as_deref(), Some("2023-11-06"));
}

#[test]
fn weak_meta_keys() {
    // An indexing date in `dcterms.date` does not overrule the date by the headline.
    let page = r#"<html><head><title>Nuclear is not green</title>
        <meta name="dcterms.date" content="2022-01-21T09:43+01:00"></head><body>
        <h1>Nuclear is not green</h1><time datetime="2022-01-25T08:00:00+01:00">25.01.2022</time>
        <p>Text.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2022-01-25"));
    // Alone, it dates the page.
    let page = r#"<html><head><title>Nuclear is not green</title>
        <meta name="dcterms.date" content="2022-01-21T09:43+01:00"></head><body>
        <h1>Nuclear is not green</h1><p>Text.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2022-01-21"));
}

#[test]
fn shortened_title() {
    // The title stops short of the headline; the headline is still found, and the
    // date under it read rather than the menu's.
    let page = r#"<html><head><title>Ministers agree on a new framework for the …</title></head>
        <body><h1>Menu</h1><ul><li class="date">1 May 2021</li></ul>
        <h2>Ministers agree on a new framework for the protection of coastal waters</h2>
        <p class="date">4 May 2021</p><p>Text.</p></body></html>"#;
    assert_eq!(published(page).as_deref(), Some("2021-05-04"));
}

/// The update date `find` gives for a page, as `YYYY-MM-DD`.
fn modified(html: &str) -> Option<String> {
    let dom = Dom::new(scraper::Html::parse_document(html));
    let tags = MetaTags::read(&dom);
    let ld = json_ld(&dom);
    find(&dom, &tags, &ld, None, None, None)
        .modified
        .map(|t| t.date().to_string())
}

/// Update stamps a reader sees, and the machine ones, in invented pages: (page, update).
#[test]
fn update_stamps() {
    let page = |body: &str| {
        format!("<html><head><title>Ferry terminal opens</title></head><body><main><h1>Ferry terminal opens</h1>{body}<p>The terminal opened on the quay this morning after two years of work.</p></main><footer><p>Contact us</p></footer></body></html>")
    };
    let table = [
        (
            page(r#"<p><span class="date">Published: 4 March 2021</span> <span class="updated">Last updated: 9 March 2021</span></p>"#),
            Some("2021-03-09"),
        ),
        (
            page(r#"<p><time class="published" datetime="2023-02-01">1 February 2023</time> <time class="updated" datetime="2023-02-03">3 February 2023</time></p>"#),
            Some("2023-02-03"),
        ),
        (page("<p>Published 4 March 2021 | Last updated 9 March 2021</p>"), Some("2021-03-09")),
        (
            page(r#"<p>4 March 2021</p><dl><dt>Date modified:</dt><dd><time property="dateModified">2021-03-10</time></dd></dl>"#),
            Some("2021-03-10"),
        ),
        (
            r#"<html><head><title>Ferry terminal opens</title><meta name="DC.Date.Modified" content="2021-03-11"></head><body><h1>Ferry terminal opens</h1><p>4 March 2021</p></body></html>"#.to_owned(),
            Some("2021-03-11"),
        ),
        (page("<p>4 March 2021</p>"), None),
        // A teaser's update stamp is another story's.
        (
            page(r#"<p>4 March 2021</p><aside class="related-posts"><p>Bridge repairs begin</p><p>Updated 12 March 2021</p></aside>"#),
            None,
        ),
        // A label in a definition list's term or a table row's header.
        (
            page("<dl><dt>Release date</dt><dd>4 March 2021</dd><dt>Last updated</dt><dd>10 March 2021</dd></dl>"),
            Some("2021-03-10"),
        ),
        (
            page("<table><tr><th>Published</th><td>4 March 2021</td></tr><tr><th>Revised:</th><td>12 March 2021</td></tr></table>"),
            Some("2021-03-12"),
        ),
        (
            page("<dl><dt>Release date</dt><dd>4 March 2021</dd><dt>Event</dt><dd>10 March 2021</dd></dl>"),
            None,
        ),
        // The page's own update line far down the article.
        (
            format!(
                "<html><body><main><h1>Ferry terminal opens</h1><p>4 March 2021</p><p>{}</p><p><em>Page last updated: 15 March 2021</em></p></main><footer><p>Contact us</p></footer></body></html>",
                "The terminal opened on the quay after two years of work. ".repeat(40)
            ),
            Some("2021-03-15"),
        ),
        (
            format!(
                "<html><body><main><h1>Ferry terminal opens</h1><p>4 March 2021</p><p>{}</p><p>Last modified 16 March 2021</p></main></body></html>",
                "Crews finished the pier and the waiting room in spring. ".repeat(40)
            ),
            Some("2021-03-16"),
        ),
        (
            format!(
                "<html><body><main><h1>Ferry terminal opens</h1><p>4 March 2021</p><p>{}</p><p>Note: our privacy notice for ticket buyers was last updated on 2 February 2021.</p></main></body></html>",
                "Passengers can buy tickets at the quay or online. ".repeat(40)
            ),
            None,
        ),
        (
            format!(
                "<html><body><main><h1>Ferry terminal opens</h1><p>4 March 2021</p><p>{}</p></main><nav><p>Timetables updated 20 March 2021</p></nav></body></html>",
                "Passengers can buy tickets at the quay or online. ".repeat(40)
            ),
            None,
        ),
    ];
    for (html, want) in table {
        assert_eq!(modified(&html).as_deref(), want, "{html}");
    }
}

#[test]
fn update_in_a_date_line() {
    let table = [
        (
            "Published 4 March 2021 | Last updated 9 March 2021",
            Some("2021-03-09"),
        ),
        ("Posted 2 May 2022, revised 6 May 2022", Some("2022-05-06")),
        ("Published 4 March 2021", None),
        (
            "Updated guidance was issued; the next review is due 9 March 2021",
            None,
        ),
    ];
    for (line, want) in table {
        let got = super::parse::update_in_line(line, None).map(|t| t.date().to_string());
        assert_eq!(got.as_deref(), want, "{line:?}");
    }
}
