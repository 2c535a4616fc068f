//! Table tests for the recogniser: the shipped model, and hard cases of news text.

use super::*;
use crate::article::EntityKind::{Organization as Org, Person as Per, Place};

#[test]
fn shipped_model_loads() {
    let model =
        Model::from_bytes(MODEL_BYTES).expect("assets/ner/model.bin is a model this build reads");
    assert!(
        model.bits() >= 16,
        "the shipped model is a trained one, not a placeholder"
    );
}

/// (text, expected (kind, canonical name) pairs that must be found, pairs that must not be found)
type Case = (
    &'static str,
    &'static [(EntityKind, &'static str)],
    &'static [(EntityKind, &'static str)],
);

const CASES: &[Case] = &[
    (
        // Two teams joined by "and" are two when the text names one of them alone.
        "The final saw US team Harbour9 and Immortals, from Chile, face off. Play stopped when one Immortals \
         player was caught with his headset off.",
        &[(Org, "Harbour9"), (Org, "Immortals")],
        &[(Org, "Harbour9 and Immortals")],
    ),
    (
        // Two places sharing a name after two compass words: the second is the known place.
        "The talks came after North and South Korea exchanged fire across the border.",
        &[(Place, "South Korea")],
        &[(Org, "North and South Korea"), (Place, "North and South Korea")],
    ),
    (
        // "Korea" alone is the peninsula, or a side in a match report, not an organisation.
        "Korea brought on a second striker after the break. The coach of Korea said little.",
        &[(Place, "Korea")],
        &[(Org, "Korea")],
    ),
    (
        // A capital inside a surname in Mc or Mac is no brand's: a name word before it makes a person.
        "Two voters, Tavia McClenney and Brant Ostrow, saw the rally. Orla MacLennet spoke after them.",
        &[(Per, "Tavia McClenney"), (Per, "Orla MacLennet")],
        &[(Org, "Tavia McClenney"), (Org, "Orla MacLennet")],
    ),
    (
        // A conjunction or an adverb of time opening a sentence is no part of the name after it, which stands
        // mid-sentence; so, after a preposition or a question's verb, is a known given name. A known given name
        // opening a sentence (after a dateline's dash) with a description set off after it is a person's too.
        "Yesterday Peter Okwellini, a ferry owner, was named. But Wirat Kessaphong, the port engineer, said no. \
         Why Electing Haldor Matters.",
        &[(Per, "Peter Okwellini"), (Per, "Wirat Kessaphong")],
        &[(Per, "Electing Haldor"), (Per, "Yesterday Peter Okwellini")],
    ),
    (
        // Two name words opening a sentence, with a role in the description set off after them, are a person;
        // a month is no name word, and a description with "its" is a thing's.
        "Tavio Kessaphong, director general of the harbour agency, said the port would reopen. Last May, a \
         federal judge ordered it shut. Harbour Navigator, its main rival, gained users.",
        &[(Per, "Tavio Kessaphong")],
        &[(Per, "Last May"), (Per, "Harbour Navigator")],
    ),
    (
        // A surname the tagger took for a town, before a comma and a role, is the given name's before it; a
        // sheriff is a role before a name.
        "Brian Boden, a spokesman for the ferry firm, said it. Earlier, Tavrik County (Ariz.) Sheriff Joe \
         Okwellini, one of the figures, vouched for it.",
        &[(Per, "Brian Boden"), (Per, "Joe Okwellini")],
        &[(Place, "Boden")],
    ),
    (
        // The plural of a surname of people named in full, after "the", is their family.
        "Tom Manning and his wife Ana Manning run the shop. Despite the warnings, the Mannings continued to shun \
         the doctors.",
        &[(Per, "Tom Manning"), (Per, "Ana Manning")],
        &[(Per, "Mannings"), (Place, "Mannings")],
    ),
    (
        // A given name, a surname, "of" and a known place, tagged as an organisation, are a person and the place.
        "The ferry union's chair, Representative Debbie Kessaphong of Florida, named three pilots.",
        &[(Per, "Debbie Kessaphong"), (Place, "Florida")],
        &[(Org, "Debbie Kessaphong of Florida")],
    ),
    (
        "Today Mark Vasquarelli, a ferry owner, was named.",
        &[(Per, "Mark Vasquarelli")],
        &[],
    ),
    (
        "BERGHAVN, Nor. - Mark Vasquarelli, a self-styled pundit, was charged.",
        &[(Per, "Mark Vasquarelli")],
        &[],
    ),
    (
        // A person the tagger began again at a middle initial keeps the given name before it, a town's name too.
        "With his usual swagger, President Vladimir K. Lindqvist held forth on the harbour. Mayor Odessa T. Okafor \
         said no.",
        &[(Per, "Vladimir K. Lindqvist"), (Per, "Odessa T. Okafor")],
        &[(Per, "K. Lindqvist"), (Place, "Vladimir"), (Place, "Odesa")],
    ),
    (
        // So does a given name the tagger took for a place, or left out.
        "The plan was a turning point in Donald J. Lindqvist's campaign. An adviser to then-Governor George T. \
         Okafor left.",
        &[(Per, "Donald J. Lindqvist"), (Per, "George T. Okafor")],
        &[(Per, "J. Lindqvist"), (Per, "T. Okafor"), (Place, "Donald"), (Place, "George")],
    ),
    (
        // Before a comma and an occupation, a name the tagger took for an organisation is a person's.
        "“Thanks for coming to the quay,” said master of ceremonies Kemal Al-Harbawi, a Syrian engineer who moved \
         to the town decades ago.",
        &[(Per, "Kemal Al-Harbawi")],
        &[(Org, "Kemal Al-Harbawi")],
    ),
    (
        // A nationality's or a faith's word that is also a given name, before a surname, is the given name.
        "The vote was close. Mr. Lindqvist met Christian Okafor, a former mayor. German Vasquez, a ferry pilot, \
         said the Sunni Arab parties had walked out.",
        &[(Per, "Christian Okafor"), (Per, "German Vasquez")],
        &[(Per, "Okafor"), (Per, "Vasquez"), (Per, "Sunni Arab"), (Per, "Arab")],
    ),
    (
        // So is an initial and a name word the tagger took for an organisation's start, "of" and a place after them.
        "''The man is blunt and says what voters think,'' said Gov. Walter E. Holmstad of Iowa, who hired him in 1990. \
         ''He was right,'' said Sen. John R. Kasovich of Ohio.",
        &[(Per, "Walter E. Holmstad"), (Per, "John R. Kasovich"), (Place, "Iowa"), (Place, "Ohio")],
        &[(Org, "E. Holmstad of Iowa"), (Per, "R. Kasovich"), (Per, "Walter"), (Per, "John")],
    ),
    (
        // A middle initial makes the name word after it a surname, though that word names a firm or a city.
        "Gov. Marta R. Ford said the vote was close. Later Ford left. Rep. Sander M. Salem (Mich.) said he agreed.",
        &[(Per, "Marta R. Ford"), (Per, "Sander M. Salem")],
        &[(Org, "Ford"), (Org, "Salem"), (Place, "Salem"), (Per, "Marta")],
    ),
    (
        // A name after "the daily" is a paper's; a person named in full keeps a surname opening with an article.
        "The daily Kurier Harbourski said on Monday that Anna Berg had resigned. Jean-Marie La Russo spoke; La \
         Russo denied it.",
        &[(Org, "Kurier Harbourski"), (Per, "Anna Berg"), (Per, "Jean-Marie La Russo")],
        &[(Per, "Kurier Harbourski"), (Org, "La Russo")],
    ),
    (
        // "Representative" is a title: the person is the name after it. A preposition opening a sentence is no
        // part of the name after it.
        "Down at the port, state Representative Lena Okafor wants no strike. Outside Turner's office, workers \
         waited. Yet Turner said it was late. Former US envoy Tom Berg left.",
        &[(Per, "Lena Okafor"), (Per, "Turner")],
        &[(Place, "Representative Lena Okafor"), (Per, "Outside Turner"), (Per, "Yet Turner"), (Place, "Former")],
    ),
    (
        // A city's alternate name that is also a people's name is not taken for the city: "Fletcher" and "Lester"
        // are surnames here, not Aurora and Leicester. "Vegas" is still Las Vegas.
        "Fletcher said the pier was safe. The mayor met Lester on Monday. The band played in Vegas.",
        &[(Per, "Fletcher"), (Per, "Lester"), (Place, "Las Vegas")],
        &[(Place, "Aurora"), (Place, "Leicester")],
    ),
    (
        // A name right after "the" with no given name is no person's, and a person's surname does not join it.
        "If you have not boarded the Berg Train yet, you want change. Berg said the pier was safe. Nick Carter \
         sang with the Backstreet Boys.",
        &[(Per, "Berg"), (Per, "Nick Carter")],
        &[(Per, "Berg Train"), (Per, "Backstreet Boys")],
    ),
    (
        // A plural title stands before the first of the names it serves, and is no part of it.
        "The letter was signed by Reps. Tom Okafor and Karl Berg.",
        &[(Per, "Tom Okafor"), (Per, "Karl Berg")],
        &[(Per, "Reps. Tom Okafor")],
    ),
    (
        // Nor is "Across" or "Given": each opened a name the tagger found.
        "Across Harbourshire, skippers waited for Tom Okafor. Given Okafor's record, the plan will work.",
        &[(Per, "Tom Okafor")],
        &[(Org, "Across Harbourshire"), (Per, "Given Okafor")],
    ),
    (
        // Nor is a count: "More" in a headline, "Many" and "Several" before a party's name.
        "More Tom Okafor letters found in harbour archive.\n\nMany Okafor voters stayed home. Several Harbour \
         Party members did not.",
        &[(Per, "Tom Okafor")],
        &[(Per, "More Tom Okafor"), (Per, "Many Okafor"), (Per, "Many")],
    ),
    (
        // A sentence that ends inside a closing quote ends there: the word after it opens the next one.
        "Anna Berg called the plan “reckless.” Yet Turner backed it.",
        &[(Per, "Anna Berg")],
        &[(Per, "Yet Turner")],
    ),
    (
        // A contraction the tagger joined to a name is no part of it.
        "Oslo wasn't Erik's first posting. Erik said the harbour was calm.",
        &[(Per, "Erik")],
        &[(Per, "wasn't Erik")],
    ),
    (
        // A league table's row (played = won + drawn + lost) names a team, however its name reads.
        "Standings after Saturday:\nTom Harbour 5 3 1 1 9 4 10\nAnna Berg scored twice.",
        &[(Org, "Tom Harbour"), (Per, "Anna Berg")],
        &[(Per, "Tom Harbour")],
    ),
    (
        // A name the organisation list holds is that organisation, whatever the tagger made of its words.
        "United Nations aid workers reached the harbour on Tuesday. Fans of Real Madrid cheered Anna Berg.",
        &[(Org, "United Nations"), (Org, "Real Madrid"), (Per, "Anna Berg")],
        &[(Org, "Nations")],
    ),
    (
        // A weekday after a name is the date's; "State" after "Secretary of" is the office's.
        "Berg will meet Foreign Minister Ana Maria Okafor Monday in Lima. The Secretary of State Tom Lindqvist \
         had left.",
        &[(Per, "Ana Maria Okafor"), (Per, "Tom Lindqvist")],
        &[(Per, "Ana Maria Okafor Monday"), (Per, "State Tom Lindqvist")],
    ),
    (
        // After a given name, a title word that is also a surname, with no name after it, is the surname.
        "\"We will win,\" captain Anna Marie King said. Harbour Minister Tom Major says the pier is safe.",
        &[(Per, "Anna Marie King"), (Per, "Tom Major")],
        &[(Per, "Anna Marie")],
    ),
    (
        // A one-word person touching a name word no list knows: one full name. Not a day ("Last Friday Okafor
        // won") nor a known organisation.
        "Harbour Minister Volker Tarnvik opens the pier on Monday. Last Friday Okafor won the race.",
        &[(Per, "Volker Tarnvik")],
        &[(Per, "Volker"), (Per, "Friday Okafor")],
    ),
    (
        // A plural verb after a one-word name, though the tagger found only another mention of it, and though an
        // opening phrase and its comma stand before it: a club.
        "Lendor lost on Saturday, coach Anna Berg said. After the match, Lendor are still top of the table by \
         two points.",
        &[(Org, "Lendor"), (Per, "Anna Berg")],
        &[(Per, "Lendor")],
    ),
    (
        // A ship named for a person is no mention of them, anywhere in the text.
        "Jets left the aircraft carrier Tom Okafor on Monday. The Tom Okafor sailed for Oslo at dawn, Anna Berg \
         said.",
        &[(Per, "Anna Berg")],
        &[(Per, "Tom Okafor")],
    ),
    (
        // An adjective made from a place names no one; nor do a headline's common words in capitals.
        "STOCKS SLIDE AS YIELDS CLIMB\nThe Lisbon-listed firm and a Hong Kong-based bank signed a deal, Anna Berg said.",
        &[(Per, "Anna Berg")],
        &[(Per, "Stocks"), (Per, "Hong Kong-based"), (Org, "Hong Kong-based"), (Org, "Lisbon-listed")],
    ),
    (
        // No person's name ends with an event's word.
        "A two-time Pro Bowl pick, Tom Okafor ran for 900 yards. Anna Berg has two career PGA Tour titles.",
        &[(Per, "Tom Okafor"), (Per, "Anna Berg")],
        &[(Per, "Pro Bowl"), (Per, "Tour")],
    ),
    (
        // A lone initial names no one: "S. African" is South African.
        "HARBOUR TALKS WITH S. AFRICAN BOARD END. Talks with S. African officials ended on Friday, Anna Berg said.",
        &[(Per, "Anna Berg")],
        &[(Per, "S.")],
    ),
    (
        // A capitalised word opening a line or a sentence that an English word list knows only in lower case is a
        // common noun, though the text never writes it in lower case.
        // Not before a verb of saying.
        "Fall of the harbour wall: 1-14 2-39 3-80\nTom Okafor sold his boat on Friday. Vines said it was late.",
        &[(Per, "Tom Okafor"), (Per, "Vines")],
        &[(Per, "Fall")],
    ),
    (
        // In a line-up that is half people, an item the tagger left alone is a person too.
        "The coach named his side on Friday.\nTom Okafor, Anna Berg, Tomas Lindqvist, Okwuosa, Maria Lopez.",
        &[(Per, "Okwuosa"), (Per, "Tomas Lindqvist")],
        &[],
    ),
    (
        // A name cut by a line break between two lines of a list keeps its first half.
        "Leading scores:\n70 Tom Okafor, Anna Berg, Tomas Lindqvist, Wirat\nSomchai, Lisa Ng, Maria Lopez, Ken Baker.",
        &[(Per, "Wirat"), (Per, "Somchai"), (Per, "Lisa Ng")],
        &[],
    ),
    (
        // A one-word name quoted as a speaker is a person throughout, though a place bears it; a country only when
        // "he" or "she" follows.
        "Fans waited at the gate. \"The boat is sound,\" Preston said. \"Ask me in May,\" said Preston.",
        &[(Per, "Preston")],
        &[(Place, "Preston")],
    ),
    (
        "The play opened in Oslo. Critics praised Chad for the staging. \"It took a year,\" Chad said. Chad \
         said he would rest in August.",
        &[(Per, "Chad"), (Place, "Oslo")],
        &[(Place, "Chad")],
    ),
    (
        // One unknown word before a verb of saying is a person when "he" or "she" follows; a firm says "it".
        "Okwuosa said he would sail on Monday. Lendor said it would cut jobs. The crew waited for Okwuosa.",
        &[(Per, "Okwuosa")],
        &[(Per, "Lendor")],
    ),
    (
        // One name word after "the" is no person's, even when a list of world surnames holds it ("Braves"),
        // before "and" as before a verb; "The" opening a sentence counts as well.
        "At the harbour ground the Braves and the Herons drew twice. The Braves won the cup when Tom Okafor scored.",
        &[(Org, "Braves"), (Per, "Tom Okafor")],
        &[(Per, "Braves")],
    ),
    (
        // A one-word name used once as a firm ("Lendor's shares") is a firm throughout; a person named in full
        // keeps the surname.
        "Lendor said on Friday it doubled output. Lendor's shares rose and Lendor exported more. Anna Berg met \
         Tom Okafor. Later Okafor are said to have left.",
        &[(Org, "Lendor"), (Per, "Tom Okafor")],
        &[(Per, "Lendor"), (Org, "Okafor")],
    ),
    (
        // A name of common words only, none of them a given name or a surname, is no person's: a course, a band.
        "Anna Berg teaches Visual Arts at the college. Tom Okafor joined Hidden Stash, a band from Harbourton.",
        &[(Per, "Anna Berg"), (Per, "Tom Okafor")],
        &[(Per, "Visual Arts"), (Per, "Hidden Stash")],
    ),
    (
        // So is one before a firm's noun with no possessive ("Walsh workers"). "Outside" opening a sentence is cut
        // off before that is judged: "Outside Walsh" is no full name whose surname would stay a person's.
        "A dozen Walsh workers gathered at dawn. Outside Walsh's plant, the pickets waited.",
        &[(Org, "Walsh")],
        &[(Per, "Walsh")],
    ),
    (
        // A name right before a role in an organisation and a person's name is the organisation; a place stays.
        "Berglund general manager Anna Berg will leave in May. Harbour Eagles owner Tom Okafor sold his stake. \
         Norway coach Lisa Ng named her side.",
        &[
            (Org, "Berglund"),
            (Org, "Harbour Eagles"),
            (Place, "Norway"),
            (Per, "Anna Berg"),
            (Per, "Tom Okafor"),
            (Per, "Lisa Ng"),
        ],
        &[(Per, "Berglund"), (Per, "Harbour Eagles")],
    ),
    (
        // Demonyms of former states and of peoples are no people.
        "Yugoslav and Croat ministers met near Goma, Anna Berg said.",
        &[(Per, "Anna Berg")],
        &[(Per, "Yugoslav"), (Per, "Croat")],
    ),
    (
        // Firms joined with "&", airlines named "Air" and a country, broadcasters; two people joined with "&"
        // stay people.
        "Shares of Berg & Lund Co rose after Air Norway said it would buy the firm. Riverton Radio said Anna \
         Berg & Tom Okafor would sing.",
        &[
            (Org, "Berg & Lund Co"),
            (Org, "Air Norway"),
            (Org, "Riverton Radio"),
            (Per, "Anna Berg"),
            (Per, "Tom Okafor"),
        ],
        &[(Place, "Norway"), (Place, "Riverton Radio"), (Per, "Air")],
    ),
    (
        // Headline abbreviations of countries look like a person's initial and surname.
        "Talks between N. Korea and S. Korea resumed on Monday.",
        &[(Place, "North Korea"), (Place, "South Korea")],
        &[(Per, "N. Korea"), (Per, "S. Korea")],
    ),
    (
        // A headline's capitals run a name on past the places in it: the places, not the verb between them.
        "SOCCER - NORWAY BEAT NORTHERN IRELAND IN QUALIFIER.\nThe match was played in Oslo.",
        &[(Place, "Norway"), (Place, "Northern Ireland"), (Place, "Oslo")],
        &[(Place, "Norway Beat Northern Ireland")],
    ),
    (
        // What stands around a name makes it a place: a dateline's capitals before a date, a settlement's word
        // and "of" (the tagger took "Marten" for a person), a known country after a comma; not a plural opening
        // a sentence before a comma and a country.
        "OTTERBURN 2024-05-01\nThe blast hit the village of Marten on Friday, and boats came from Kelvary, \
         Scotland.\nAutomakers, U.S. agency plan new safety ads.",
        &[
            (Place, "Otterburn"),
            (Place, "Marten"),
            (Place, "Kelvary"),
            (Place, "Scotland"),
        ],
        &[(Per, "Marten"), (Place, "Automakers")],
    ),
    (
        // A place in an event's name is no mention of the place, and the event is no place.
        "Anna Berg won the 2019 Ohio Open and came fifth at the Sydney Games, then moved to Denver.",
        &[(Per, "Anna Berg"), (Place, "Denver")],
        &[
            (Place, "Ohio Open"),
            (Place, "Sydney Games"),
            (Place, "Ohio"),
            (Place, "Sydney"),
        ],
    ),
    (
        // A compass word alone is no place, though some subdivision lists hold it; in a name it stays.
        "Shops will open in 19 Northern and Southern states from March. He was born in Northern Ireland.",
        &[(Place, "Northern Ireland")],
        &[(Place, "Northern"), (Place, "Southern")],
    ),
    (
        // Places the feature lists lack (ISO 3166-2 names Guangdong "Guangdong Sheng"), and former states.
        "Floods hit Guangdong on Monday. He left Yugoslavia in 1991 and settled in Bosnia and Herzegovina.",
        &[
            (Place, "Guangdong"),
            (Place, "Yugoslavia"),
            (Place, "Bosnia and Herzegovina"),
        ],
        &[(Place, "Herzegovina")],
    ),
    (
        // In a list of people, an item of two name words the tagger left alone is a person too.
        "Nuwan Wijesekera, Anna Berg, Tom Okafor, Lisa Ng.",
        &[
            (Per, "Nuwan Wijesekera"),
            (Per, "Anna Berg"),
            (Per, "Tom Okafor"),
            (Per, "Lisa Ng"),
        ],
        &[],
    ),
    (
        // Two unknown name words opening a sentence, with an age between commas after them, are a person.
        "Wirat Somchai, 24, was held for a week at the border.",
        &[(Per, "Wirat Somchai")],
        &[],
    ),
    (
        // A known given name tagged a person and a city's name right after it tagged a place: one full name.
        "1909 - Tomas Kazan born in Istanbul.",
        &[(Per, "Tomas Kazan"), (Place, "Istanbul")],
        &[(Place, "Kazan"), (Per, "Tomas")],
    ),
    (
        // A word that opens a sentence is not a name, nor part of the name after it; a sentence may end at an
        // abbreviation, and the capitalised word that opens the next one is not part of the name before it.
        "On September 3 the council met again. According to the ministry, prices rose.\n\
         The team arrived in Washington D.C. The President met them.",
        &[(Place, "Washington")],
        &[
            (Per, "On September"),
            (Per, "September"),
            (Per, "According"),
            (Place, "Washington D.C. The President"),
        ],
    ),
    (
        // A name that begins with a capitalised "The" is a band, a show or a place, not a person.
        "Anna Berg saw the final episodes of The Harbour Lights and met The Okafors on Friday.",
        &[(Per, "Anna Berg")],
        &[(Per, "The Harbour Lights"), (Per, "The Okafors")],
    ),
    (
        // A person named right after an institution's name is not part of it.
        "After the leak, CEO of the Harbour Council Enver Reed told reporters the pier was safe.",
        &[(Org, "Harbour Council"), (Per, "Enver Reed")],
        &[(Org, "Harbour Council Enver Reed")],
    ),
    (
        // A museum, a gallery, a hospital or a school named after a person is an institution.
        "Anna Berg opened the Tomas Lindqvist Museum and the Okafor Art Gallery on Friday.",
        &[(Per, "Anna Berg"), (Org, "Tomas Lindqvist Museum"), (Org, "Okafor Art Gallery")],
        &[(Per, "Tomas Lindqvist Museum"), (Per, "Okafor Art Gallery")],
    ),
    (
        // A web page's imperatives open sentences but are no one's name.
        "Anna Berg spoke on Monday.\nCheck out the new photos below.\nFollow Tom Okafor on Twitter.",
        &[(Per, "Anna Berg"), (Per, "Tom Okafor")],
        &[(Per, "Check"), (Per, "Follow Tom Okafor")],
    ),
    (
        // The words of a web address name no one, even when they spell a name.
        "Source: https://example.org/wiki/Anna_Berg_wins_in_New_Orleans\n\
         More at www.example.org/Tomas_Lindqvist_Oslo_speech today. Anna Berg won in Oslo.",
        &[(Per, "Anna Berg"), (Place, "Oslo")],
        &[(Org, "Anna"), (Per, "Berg"), (Place, "Orleans"), (Per, "Tomas")],
    ),
    (
        // A capitalised word opening a sentence that the text also writes in lower case is a common noun; a given
        // name stays a person even when an address spells it in lower case.
        "Wages rose in July, the ministry said. Average wages in the port rose fastest.\n\n\
         Julie wrote back the same day: julie@example.org",
        &[(Per, "Julie")],
        &[(Per, "Wages")],
    ),
    (
        // So is one a list holds as a minor place ("Unity", a region), opening a quote's sentence; a country or a
        // major city stays a place.
        "The crews met in Vasa on Monday.\n\n\"Unity brings plenty, since crews stop quarrelling over the \
         catch,\" she said in the hall.\n\nNorway signed the deal.",
        &[(Place, "Vasa"), (Place, "Norway")],
        &[(Place, "Unity")],
    ),
    (
        // A place the tagger cut short takes the words that make it a known place.
        "Her South Carolina office opened on Monday.\nVoters in New Hampshire Tuesday said no.",
        &[(Place, "South Carolina"), (Place, "New Hampshire")],
        &[(Place, "South"), (Place, "New")],
    ),
    (
        // A nation of the United Kingdom plays as a country does: its team stays a place; a county is its team.
        "Scotland beat Devon by six wickets on Friday.",
        &[(Place, "Scotland"), (Org, "Devon")],
        &[(Org, "Scotland")],
    ),
    (
        // In a schedule of capitals, "X AT Y" is a team visiting a place; the same city in a standings row is
        // its team.
        "MAJOR LEAGUE STANDINGS\nDENVER 58 66 .468 9\nBOSTON 61 63 .492 6\nFRIDAY'S SCHEDULE\nPORTLAND AT BOSTON\n\
         MEMPHIS AT DENVER",
        &[
            (Org, "Portland"),
            (Org, "Denver"),
            (Place, "Denver"),
            (Place, "Boston"),
        ],
        &[(Org, "Portland At")],
    ),
    (
        // A regnal number is part of the name; a goal's minute is not.
        "In the old chronicle King Berengar IV rides out at dawn.\n\
         Harbour Rovers: Lars Okafor (Piet Vantongeren 77th), Ole Brenna.",
        &[(Per, "Berengar IV"), (Per, "Piet Vantongeren")],
        &[(Per, "Berengar"), (Per, "Piet Vantongeren 77th")],
    ),
    (
        // A month on its own line and at the start of the next is a date, not a person.
        "Tour plan:\nMay\nMay 12 Fly to Harbourton\nMay 16 v Devon",
        &[],
        &[(Per, "May")],
    ),
    (
        // "al-" and "van der" belong to the name they stand in.
        "Police arrested the group's founder Karim al-Hadidi in a raid.",
        &[(Per, "Karim al-Hadidi")],
        &[(Per, "Karim")],
    ),
    (
        // A team sheet: the name after each shirt number, and a substitute in brackets before his minute, is a
        // player, even when the surname is also a town.
        "Harbour: 1 - Ivo Brasov, 4 - Arno Halle (15 - Jan Ostrava, 62nd), 2 - Dario van Kessel, 3 - Sten Oslo \
         (Aart Bos, 75).",
        &[
            (Per, "Arno Halle"),
            (Per, "Jan Ostrava"),
            (Per, "Dario van Kessel"),
            (Per, "Sten Oslo"),
            (Per, "Aart Bos"),
        ],
        &[(Place, "Oslo"), (Org, "Arno")],
    ),
    (
        // Two name words after a title or a role are a person, though the tagger took them for an organisation.
        "Deputy Minister Naina Vostrikova spoke on Monday.",
        &[(Per, "Naina Vostrikova")],
        &[(Org, "Naina Vostrikova")],
    ),
    (
        // Athletes in results lists and goal lists carry their country or a minute in brackets, even when their
        // surname is also a town; a place before brackets stays a place.
        "Men's 800 metres:\n1. Karim Vantaa (Algeria) 1:44.9\n2. Nico Halle (Germany) 1:45.0\n\
         Scorers: Petru Brasov (33rd minute), Jan Ostrava (68th).\nNew South Wales (Australia) won the shield.",
        &[
            (Per, "Karim Vantaa"),
            (Per, "Nico Halle"),
            (Per, "Petru Brasov"),
            (Per, "Jan Ostrava"),
        ],
        &[(Per, "New South Wales")],
    ),
    (
        // One unknown word between a closing quote and a verb of saying is a speaker; a role opening a sentence
        // cues the given name after it; a role that is no name's ("Singer World Series") cues nothing.
        "\"Exports will slow,\" Okwuosa said in a note.\n\nEconomist Tomas Lindqvist of Harbour Bank agreed.\n\n\
         The Singer World Series starts on Friday.",
        &[(Per, "Okwuosa"), (Per, "Tomas Lindqvist")],
        &[(Per, "World Series"), (Per, "Economist Tomas Lindqvist")],
    ),
    (
        // An office inside or before a name is no part of it, and its first word is no person.
        "\"We will act now,\" said Home Secretary Anna Berg.\n\nHome Secretary Anna Berg later said more.",
        &[(Per, "Anna Berg")],
        &[(Per, "Home"), (Per, "Home Secretary Anna Berg")],
    ),
    (
        // "Sneaky Ellen" (an unknown word and a given name) and "Austin" are joined after cleaning: the epithet
        // still goes.
        "The mayor again called her Sneaky Ellen Austin at the rally.\n\nEllen Austin spoke later.",
        &[(Per, "Ellen Austin")],
        &[(Per, "Sneaky Ellen Austin")],
    ),
    (
        "Tomas Lindqvist of Sweden won the final on Sunday.",
        &[(Per, "Tomas Lindqvist"), (Place, "Sweden")],
        &[(Per, "Tomas Lindqvist of Sweden")],
    ),
    (
        "President Vladimir Putin said on Friday that Russia would press on.",
        &[(Per, "Vladimir Putin"), (Place, "Russia")],
        &[(Per, "President Vladimir Putin")],
    ),
    (
        "US secretary of state Marco Rubio spoke. Later Rubio said no.",
        &[(Per, "Marco Rubio"), (Place, "United States")],
        &[(Per, "Rubio")],
    ),
    (
        "Ukraine's army and Ukraine’s allies met the Ukrainians.",
        &[(Place, "Ukraine")],
        &[(Place, "Ukrainians")],
    ),
    (
        "MIAMI:\nTalks began in the city.",
        &[(Place, "Miami")],
        &[(Place, "MIAMI")],
    ),
    (
        "Officials in the U.S. and the United States agreed.",
        &[(Place, "United States")],
        &[(Place, "U.S.")],
    ),
    (
        "Sen. Elizabeth Warren wrote to Mr. Musk on Jan. 5.",
        &[(Per, "Elizabeth Warren"), (Per, "Musk")],
        &[(Per, "Jan.")],
    ),
    (
        "Shelling hit Kiev and Odessa overnight.",
        &[(Place, "Kyiv"), (Place, "Odesa")],
        &[],
    ),
    (
        "Russian and European officials met in Geneva.",
        &[(Place, "Geneva")],
        &[(Place, "Russian"), (Place, "European")],
    ),
    (
        "The strike on the Black Sea coast — near Odesa — killed seven.",
        &[(Place, "Black Sea"), (Place, "Odesa")],
        &[],
    ),
    (
        "Jean-Claude Juncker met J. K. Rowling in London.",
        &[(Per, "Jean-Claude Juncker"), (Place, "London")],
        &[],
    ),
    (
        "Follow FMT on WhatsApp, Google news and Telegram.",
        &[],
        &[
            (Per, "WhatsApp"),
            (Place, "Google"),
            (Per, "Telegram"),
            (Place, "Telegram"),
        ],
    ),
    // Metonymy: a capital speaking for its government is a place, never a person.
    (
        "Washington said on Monday it would impose sanctions.",
        &[(Place, "Washington")],
        &[(Per, "Washington")],
    ),
    (
        "George Washington crossed the river. Washington then rested.",
        &[(Per, "George Washington")],
        &[(Place, "George Washington")],
    ),
    (
        "Kyiv, the capital, was shelled. Kyiv said it would respond.",
        &[(Place, "Kyiv")],
        &[(Per, "Kyiv")],
    ),
    // A team named after its city: an organisation (or nothing), not a person; no lower-case tail.
    (
        "Manchester United beat Chelsea 2-1 at Old Trafford.",
        &[(Org, "Manchester United")],
        &[(Org, "Manchester United beat"), (Per, "Manchester United")],
    ),
    (
        "Norfolk beat Suffolk by six wickets in London on Friday.",
        &[(Org, "Norfolk"), (Org, "Suffolk"), (Place, "London")],
        &[(Place, "Norfolk"), (Place, "Suffolk")],
    ),
    // A party or nationality before a name is not part of it; an untagged given name before a surname is.
    (
        "Aides said Republican Donald Trump wants higher tariffs. Democrat Hillary Clinton disagreed.",
        &[(Per, "Donald Trump"), (Per, "Hillary Clinton")],
        &[(Per, "Republican Donald Trump"), (Org, "Clinton"), (Per, "Trump")],
    ),
    (
        "An advert mocked Crooked Anna Berg again.",
        &[(Per, "Anna Berg")],
        &[(Per, "Crooked Anna Berg")],
    ),
    // A role or an age before a name is not part of it; a name does not run over a line break.
    (
        "\"We will see,\" city spokesman Tomas Lindqvist said.\nThe 24-year-old Kowalski won again.",
        &[(Per, "Tomas Lindqvist")],
        &[
            (Per, "city spokesman Tomas Lindqvist"),
            (Per, "24-year-old Kowalski"),
            (Org, "24-year-old Kowalski"),
        ],
    ),
    (
        "Runners: Anna Berg (Sweden), Maria\nLopez (Spain)",
        &[],
        &[(Per, "Maria\nLopez"), (Per, "Maria Lopez")],
    ),
    // Unknown names next to a verb of saying are people; one word before it may be an agency.
    (
        "\"It was close,\" said Lindqvist. Tomas Lindqvist said he would return.",
        &[(Per, "Tomas Lindqvist")],
        &[(Place, "Lindqvist"), (Org, "Lindqvist")],
    ),
    // Companies and institutions named after a place or with a legal suffix.
    (
        "Shares of Harbour Mills Corp rose on the Lisbon Stock Exchange, the National Bank of Portugal said.",
        &[(Org, "Harbour Mills Corp"), (Org, "Lisbon Stock Exchange"), (Org, "National Bank of Portugal")],
        &[(Place, "Lisbon"), (Place, "Portugal"), (Per, "Harbour Mills")],
    ),
    // Results and standings rows and fixture lists name teams; "X AT Y" plays at Y; a region after a
    // place locates it, and a venue heading is a place.
    (
        "Results on Saturday:\nLyon 3 Nantes 0\nDENVER 58 66 .468 9\nSEATTLE AT PORTLAND\nKirkwall Rovers 2 Dunmore Athletic 0\nPostponed: Hollins Town v Barnaby",
        &[(Org, "Nantes"), (Org, "Denver"), (Org, "Seattle"), (Place, "Portland")],
        &[
            (Place, "Lyon"),
            (Place, "Nantes"),
            (Place, "Denver"),
            (Place, "Seattle"),
            (Per, "Kirkwall Rovers"),
            (Per, "Dunmore Athletic"),
            (Per, "Barnaby"),
            (Per, "v Barnaby"),
        ],
    ),
    (
        "Exeter: Devon beat Cornwall by six wickets.\nThe team from Kingston, Ontario won the match.",
        &[(Place, "Exeter"), (Place, "Ontario")],
        &[(Org, "Ontario"), (Org, "Exeter")],
    ),
    // All-caps headline.
    (
        "UKRAINE SAYS RUSSIA SHELLED ODESA",
        &[(Place, "Ukraine"), (Place, "Russia"), (Place, "Odesa")],
        &[(Place, "UKRAINE")],
    ),
    (
        "T. Okonkwo and Anne-Marie Lindqvist played.",
        &[(Per, "T. Okonkwo")],
        &[(Per, "D.")],
    ),
    (
        "“We are ready,” said Olaf Scholz in Berlin.",
        &[(Per, "Olaf Scholz"), (Place, "Berlin")],
        &[],
    ),
    (
        // An office alone ("The Home Secretary and I") and one common word ("Prime Minister's Questions") are
        // no person.
        "Harbour minister Anna Berg spoke in the chamber. During Prime Minister's Questions on Wednesday, Tom \
         Okafor said: \"The Home Secretary and I are working on it.\"",
        &[(Per, "Anna Berg"), (Per, "Tom Okafor")],
        &[(Per, "Home Secretary"), (Per, "Questions")],
    ),
    // A caption's label in brackets is no organisation; a sentence ends at "D.C." before "The", and a caption's
    // credit is not part of the place before it.
    (
        "[Caption] Marta Kowalczyk at the count in Oslo.\n\n[Caption] Tom Okafor of the Harbour Party\n\nThe vote \
         was held in Washington D.C. The count took a day.\n\n[Caption] The hall in Washington D.C. Image: Eva \
         Lindqvist.",
        &[(Per, "Marta Kowalczyk"), (Per, "Tom Okafor"), (Place, "Washington")],
        &[
            (Org, "Caption"),
            (Per, "Caption"),
            (Org, "D.C. The"),
            (Place, "Washington D.C. Image"),
        ],
    ),
    // A country run into the name of a person named elsewhere is the place, then the person.
    (
        "The ambassador to the United States Tomas Lindqvist spoke. Lindqvist arrived on Monday. Tomas \
         Lindqvist met Anna Berg.",
        &[(Place, "United States"), (Per, "Tomas Lindqvist")],
        &[(Place, "United States Tomas Lindqvist")],
    ),
    // A country run into an organisation named on its own elsewhere is that organisation's name.
    (
        "A letter from the United Kingdom Home Office reached the port. The Home Office said the pier was safe.",
        &[(Org, "United Kingdom Home Office"), (Org, "Home Office")],
        &[(Place, "United Kingdom Home Office")],
    ),
    // Common words after a full name make the name of something named after the person; the person's own
    // mentions keep their name.
    (
        "Tomas Lindqvist took the photographs. The prints came from the Tomas Lindqvist Photographic Legacy \
         Program and went to the Anna Berg Harbour College.",
        &[(Per, "Tomas Lindqvist"), (Org, "Anna Berg Harbour College")],
        &[(Per, "Tomas Lindqvist Photographic Legacy"), (Per, "Anna Berg Harbour College")],
    ),
    // A name ending in a word for a street after a preposition of place is an address, not a person; a person
    // with that surname stays one.
    (
        "Tomas Lindqvist met the crews outside the depot on Karl Dahl Street and outside the yard on Hermenegildo \
         Galeana Street. Mayor Anna Street said the pier was safe.",
        &[(Per, "Tomas Lindqvist"), (Per, "Anna Street")],
        &[(Per, "Karl Dahl Street"), (Per, "Galeana Street"), (Per, "Hermenegildo Galeana Street")],
    ),
    // Name words before a comma and a role are a person's, however the tagger took them.
    (
        "Rashed Al-Qirbi, a spokesman for the port, said it was safe. Fahed Al-Harbi, the editor of the Harbour \
         Gazette, agreed.",
        &[(Per, "Rashed Al-Qirbi"), (Per, "Fahed Al-Harbi"), (Org, "Harbour Gazette")],
        &[(Org, "Rashed Al-Qirbi"), (Org, "Fahed Al-Harbi")],
    ),
    // The role may follow name words that qualify it, and the given name may be a town's as well.
    (
        "The port reopened on Monday. Rosette Vardanakian, a Harbour Trust spokeswoman, wrote to us that the \
         pier was safe.",
        &[(Per, "Rosette Vardanakian")],
        &[(Place, "Rosette Vardanakian")],
    ),

    (
        "WHO say Iodine deficiency is the most common cause of harm. Iodine is cheap.",
        &[],
        &[(Org, "say Iodine")],
    ),
    // A word the text writes as "the X" before a stop or a comma names a thing, so alone it is no person.
    (
        "[Caption] The plains on the day of Tarvesh\n\nThe crush happened during the final rites of the Tarvesh. \
         Pilgrims gathered for the Tarvesh, as every year.",
        &[],
        &[(Per, "Tarvesh")],
    ),
    // A person's name holds no capitalised preposition: a placard's "Sailors Against Lindqvist", a headline's
    // "Response To Berg" are the words of a slogan or a title, and the name is what follows.
    (
        "Anna Berg held up a placard: \"Norwegians Against Lindqvist - Not Here, Not Ever.\" Lindqvist said \
         the port would stay open. Next to her a boy waved a flag marked This Before.",
        &[(Per, "Lindqvist")],
        &[(Per, "Against Lindqvist"), (Per, "This Before")],
    ),
    (
        "Tomas Lindqvist Makes A Short Response To Berg’s Harbour Speech.\n\nThe mayor spoke on Monday. \
         Anna Berg had called for a vote. Berg said the port would close.",
        &[(Per, "Anna Berg")],
        &[(Per, "Response To Berg"), (Per, "Tomas Lindqvist Makes A Short Response To Berg")],
    ),
    // A name ending in an acronym is a station's or a firm's; a building's word after a name that is no given name
    // makes the building.
    (
        "Anna Berg said in an interview with Nordlys FM's \"Morning Show\" that the port would close.",
        &[(Org, "Nordlys FM")],
        &[(Per, "Nordlys FM")],
    ),
    (
        "On a tour of Lindqvist Tower, Tomas Berg met workers of every trade. Belvoir Castle opened for the \
         day.",
        &[(Place, "Lindqvist Tower")],
        &[(Per, "Lindqvist Tower"), (Per, "Belvoir Castle")],
    ),
    // A headline's verb ends the name before it.
    (
        "Tomas Lindqvist Wins Harbour Vote.\n\nLindqvist took the seat on Sunday.",
        &[(Per, "Tomas Lindqvist")],
        &[(Per, "Tomas Lindqvist Wins Harbour Vote")],
    ),
    (
        "Anna Berg Just Got A Second Term.\n\nBerg won by 40 votes.",
        &[(Per, "Anna Berg")],
        &[(Per, "Anna Berg Just Got A Second Term")],
    ),
    // One common word that no full name ends with, or a party's adjective, names no one.
    (
        "Tomas Lindqvist: I Still Believe The Harbour Can Be Saved.\n\nLindqvist spoke on Monday.",
        &[(Per, "Tomas Lindqvist")],
        &[(Per, "Still")],
    ),
    (
        "Anna Berg, a Democratic congressman and harbour leader from Norhavn, spoke.",
        &[(Per, "Anna Berg")],
        &[(Per, "Democratic")],
    ),
    // After a title's abbreviation, a given name and the name words after it are a person's, whatever the tagger
    // made of them.
    (
        "Sen. Marco Lund called the statement offensive.",
        &[(Per, "Marco Lund")],
        &[(Org, "Marco"), (Org, "Sen.")],
    ),
    (
        "Sen. Anna Lund called the statement offensive. Dr. Tomas Berg agreed.",
        &[(Per, "Anna Lund"), (Per, "Tomas Berg")],
        &[(Per, "Lund")],
    ),
    // Places the tagger cut or joined: a name word left untagged before a place that makes a longer known place
    // ("New" + "Hampshire"), and two known places joined by "and" that are no one place together.
    (
        "After weak showings in Maine and New Hampshire, Anna Berg left the race. She was born in Trinidad and \
         Tobago.",
        &[(Place, "Maine"), (Place, "New Hampshire"), (Place, "Trinidad and Tobago")],
        &[(Place, "Hampshire"), (Place, "Maine and New Hampshire")],
    ),
    // A party's adjective alone is no name; "Premier" before an institution's word is the organisation's.
    (
        "The Republican nominee spoke. Anna Berg, a Republican, agreed. Tomas Lindqvist joined a Premier League \
         club on Monday.",
        &[(Per, "Anna Berg"), (Org, "Premier League")],
        &[(Org, "Republican"), (Per, "Republican"), (Org, "League")],
    ),
    // After "Sen.", two name words end in a surname of the lists, though the first is no given name.
    (
        "Kentucky Sen. Rand Lund spoke on Monday.",
        &[(Per, "Rand Lund"), (Place, "Kentucky")],
        &[(Place, "Rand Lund")],
    ),
    // A tagged person holding a lower-case "in", "on", "to" or "at" is the person before it, and a place or an
    // organisation after it.
    (
        "Speaking to reporters, Tomas Lindqvist in Las Vegas on Friday said the port would close. The party sent \
         Anna Berg to Capitol Hill last week.",
        &[(Per, "Tomas Lindqvist"), (Place, "Las Vegas"), (Per, "Anna Berg"), (Place, "Capitol Hill")],
        &[(Per, "Tomas Lindqvist in Las Vegas"), (Per, "Anna Berg to Capitol Hill")],
    ),
    // A date after a name is not in it.
    (
        "The storm hit Colorado and New Mexico on Monday.",
        &[(Place, "Colorado"), (Place, "New Mexico")],
        &[(Place, "Mexico on Monday")],
    ),
    // No person's name opens with a day of the week.
    (
        "The Harbour Lantern Festival was off to a bright start on Saturday Night as crowds filled the square.",
        &[],
        &[(Per, "Saturday Night")],
    ),
    // What follows an office and "of" is the office's.
    (
        "Tomas Lindqvist, the Secretary of State, called the Harbour minister.",
        &[(Per, "Tomas Lindqvist")],
        &[(Per, "State")],
    ),
    // In a headline of title case inside the text a name ends before a small word or a common word.
    (
        "Related: Tom Okafor Wins Harbour Vote On Budget After Long Night\n\nTom Okafor spoke on Monday.",
        &[(Per, "Tom Okafor")],
        &[(Per, "Tom Okafor Wins Harbour Vote On Budget After Long Night")],
    ),
    // A given name before a comma and a region is a place after "from", "in", "near" or "at".
    (
        "Tom Okafor, a 14-year-old boy from Marion, Ohio, built a clock.",
        &[(Per, "Tom Okafor"), (Place, "Marion"), (Place, "Ohio")],
        &[(Per, "Marion")],
    ),
    // A common word that only the world name lists hold as a given name is no one-word person.
    (
        "Tom Okafor gave the yearly State of the Harbour speech. Okafor's State staff met the donors.",
        &[(Per, "Tom Okafor")],
        &[(Per, "State")],
    ),
    // Three name words or more that end in an institution's word are its name.
    (
        "The clinic broke a World Health Organisation guideline on salt. Lund won the Harbour County Cricket \
         Board vote.",
        &[(Org, "World Health Organisation"), (Org, "Harbour County Cricket Board")],
        &[],
    ),
    // An office written with a capital between a place or a body and a given name parts them.
    (
        "The road was closed on Monday. Clark County Sheriff Tomas Lindqvist said the storm was the worst in \
         years. Vasa Public Advocate Maren Holt objected. Harbour Democratic Party Chairman Erik Dahl agreed.",
        &[
            (Per, "Tomas Lindqvist"),
            (Per, "Maren Holt"),
            (Per, "Erik Dahl"),
            (Place, "Clark County"),
        ],
        &[
            (Place, "Clark County Sheriff Tomas Lindqvist"),
            (Org, "Vasa Public Advocate Maren Holt"),
            (Org, "Vasa Public"),
        ],
    ),
    // A question's opening verb is no given name; a statement's "Will" is.
    (
        "Ferry vote. Will Lindqvist run again? Had Lindqvist known of the storm, the ferry would have stayed in \
         port. Tomas Lindqvist won the vote in Vasa on Sunday.",
        &[(Per, "Tomas Lindqvist")],
        &[(Per, "Will Lindqvist"), (Per, "Had Lindqvist")],
    ),
    (
        "Will Lindqvist joined the board in May. Tomas Lindqvist runs the line from Vasa.",
        &[(Per, "Will Lindqvist"), (Per, "Tomas Lindqvist")],
        &[],
    ),
    (
        // A particle and a person's surname are that person, the particle capitalised where a sentence starts
        // (the tagger had taken both for an organisation).
        "The port board met Mayor Bill de Blasio at the pier. De Blasio said the ferries would run. Later, de \
         Blasio left the pier.",
        &[(Per, "Bill de Blasio")],
        &[(Org, "De Blasio"), (Org, "de Blasio"), (Per, "De Blasio"), (Per, "de Blasio")],
    ),
    (
        // A month after a preposition of time or an article is the date's, not a given name; after a verb it may
        // be one.
        "Tom Lund runs the port. In August Lund met the board. At a June Lund campaign event, Anna Berg spoke. He \
         met April Holm in May.",
        &[(Per, "Tom Lund"), (Per, "Anna Berg"), (Per, "April Holm")],
        &[(Per, "August Lund"), (Per, "June Lund")],
    ),
    (
        // A headline's verb after a full name ends it.
        "Tom Okafor Speaks At Harbour Fair\n\nTom Okafor spoke at the fair on Monday.",
        &[(Per, "Tom Okafor")],
        &[(Per, "Tom Okafor Speaks"), (Per, "Tom Okafor Speaks At Harbour Fair")],
    ),
    (
        // A full name tagged a person once and a brand's name twice, whose surname another person named in full
        // bears, is a person's everywhere; "the" before it does not make it an organisation.
        "Through a spokesman, Lund declined to comment. A representative for the Ivka Lund brand said the firm \
         offers leave. It was not the first time that the Ivka Lund brand's plans had clashed with the campaign. \
         Tom Lund runs the campaign. Aides say Ivka Lund also advises her father about pay.",
        &[(Per, "Ivka Lund"), (Per, "Tom Lund")],
        &[(Org, "Ivka Lund")],
    ),
    (
        // The title of a work is no person: after a word for a work, after a capitalised "A" inside a sentence,
        // alone between quotation marks; after "band" or a capitalised "The" inside a sentence it is the band.
        // A name after a word for a work with a verb of making after it is the maker, and a nickname between names
        // stays the person's.
        "Tova Renkvist, famous for the 1971 film Harbour Rider, spoke. Her novel Anna Catbird sold well, and so \
         did her album, A Quiet Lantern. Fans sang \u{201c}Marta Swift\u{201d} and bands such as The Velvet \
         Tide played. Grell Orvan joined the band Silver Kestrel. The book Karel Osvath wrote sold too. \
         William \u{201c}Cowboy\u{201d} Cowley spoke last.",
        &[
            (Per, "Tova Renkvist"),
            (Per, "Karel Osvath"),
            (Per, "Grell Orvan"),
            (Org, "Velvet Tide"),
            (Org, "Silver Kestrel"),
        ],
        &[
            (Per, "Harbour Rider"),
            (Per, "Anna Catbird"),
            (Per, "Quiet Lantern"),
            (Per, "Marta Swift"),
            (Per, "Velvet Tide"),
            (Per, "Silver Kestrel"),
        ],
    ),
    (
        // A prize's winner and a battle are no people.
        "Maria Brenvik, a Harbour Prize-winner, wrote of the Second Battle of Kessa and the Lantern Uprising.",
        &[(Per, "Maria Brenvik")],
        &[(Per, "Harbour Prize-winner"), (Per, "Second Battle"), (Per, "Lantern Uprising")],
    ),
    (
        // A name after a word for an institution, or described as one, is the institution's; a verb after the
        // name keeps the person, and so does a description where the word is a modifier. The same name elsewhere
        // is the institution's too.
        "The localist group Harbour Voice's candidate won. Lantern Gonzaga, a private school in Kessa, closed. The \
         charity Tomas Lindqvist founded grew. Anna Berg, a school teacher, spoke. Harbour Voice won too.",
        &[
            (Org, "Harbour Voice"),
            (Org, "Lantern Gonzaga"),
            (Per, "Tomas Lindqvist"),
            (Per, "Anna Berg"),
        ],
        &[(Per, "Harbour Voice"), (Per, "Lantern Gonzaga")],
    ),
    (
        // The surname of a person named in full, after "the" and before a word, is the person's (the tagger takes
        // this surname alone, which an invented one is not).
        "The show opens with the Warhol Polaroids lent by a collector. Andy Warhol took them in the 1970s.",
        &[(Per, "Andy Warhol")],
        &[(Org, "Warhol")],
    ),
    (
        // A possessive inside a name is written as it is, not as a word apart.
        "Saudi Arabia's Civil Defense Authority said the crane fell on Friday.",
        &[(Org, "Saudi Arabia's Civil Defense Authority")],
        &[(Org, "Saudi Arabia 's Civil Defense Authority")],
    ),
    (
        // One common word that no list knows as a place is no place.
        "The fee is fixed by the State, and Tomas Lindqvist was sent to Rehabilitation in Kessa.",
        &[(Per, "Tomas Lindqvist")],
        &[(Place, "State"), (Place, "Rehabilitation")],
    ),
    (
        // A major city's or a region's name and a capitalised plural that is no surname is a club; a town that is
        // a given name too opens a person's name, and a plural for a kind of place keeps the place.
        "He played for the Chicago Kestrels and the Houston Herons, beside Paul Orkovani, then toured Florida Keys.",
        &[
            (Org, "Chicago Kestrels"),
            (Org, "Houston Herons"),
            (Per, "Paul Orkovani"),
        ],
        &[
            (Per, "Chicago Kestrels"),
            (Place, "Chicago Kestrels"),
            (Per, "Houston Herons"),
            (Org, "Paul Orkovani"),
            (Org, "Florida Keys"),
        ],
    ),
    (
        // One unknown word after a picture's credit is a user name; a name of the lists there stays.
        "[Caption] An example of severe eczema. Image: Tamsula.\n\n[Caption] The quay. Image: Anna Berg.",
        &[(Per, "Anna Berg")],
        &[(Per, "Tamsula"), (Org, "Tamsula"), (Place, "Tamsula")],
    ),
    (
        // A name ending in an institution's word that no list knows as a place is the institution.
        "She was sent to Harbour Project Force in Sydney, and later to the Kessa Museum.",
        &[(Org, "Harbour Project Force"), (Place, "Sydney")],
        &[(Place, "Harbour Project Force"), (Place, "Kessa Museum")],
    ),
    (
        // Two name words after the place that ends an "X of Y" name are a person when the text names her by the
        // second alone.
        "A student at University of Texas Arlington Amneh Lindqvist heard of it. Lindqvist said she was shocked.",
        &[(Org, "University of Texas Arlington"), (Per, "Amneh Lindqvist")],
        &[(Org, "University of Texas Arlington Amneh Lindqvist")],
    ),
    (
        // An office's word after a known place is no part of the place.
        "A detective for the Los Angeles Sheriff's office was given the files.",
        &[(Place, "Los Angeles")],
        &[(Place, "Los Angeles Sheriff")],
    ),
    (
        // Two capitalised words whose second the word list never capitalises name a thing, not a person; a given
        // name before a common word that is no plural still makes one ("Peter Such"), and the pair stays whole
        // inside a longer name ("Harbourlake Copper Corp.").
        "Traders expect Harbourlake Copper to cut prices. Fans queued for the Star Wars premiere, and the museum \
         gave prints to its Art Collections in May. Off-spinner Peter Such bowled well. Shares of Harbourlake \
         Copper Corp. rose.",
        &[(Per, "Peter Such"), (Org, "Harbourlake Copper Corp.")],
        &[(Per, "Harbourlake Copper"), (Per, "Star Wars"), (Per, "Art Collections")],
    ),
    (
        // After "the", such a pair names a team, a body or a work.
        "The Orioles remained tied with the Harbourlake Sox for the wild card.",
        &[(Org, "Harbourlake Sox")],
        &[(Place, "Harbourlake Sox"), (Per, "Harbourlake Sox")],
    ),
    (
        // Two capitalised words mid-sentence whose first is a common word no list of names knows are no person
        // (an adjective and a plural); they may still be the name after an institution's "for the".
        "The crowd cheered as Successful Stormtroopers shared a high-five. The Harbourlake Foundation for the \
         Visual Arts gave prints.",
        &[(Org, "Harbourlake Foundation for the Visual Arts")],
        &[(Per, "Successful Stormtroopers"), (Per, "Visual Arts")],
    ),
    (
        // An emperor's or a sultan's title is no part of the name.
        "In 1859 the merchant Haldor Okwellini proclaimed himself Emperor of the harbour. Emperor Okwellini \
         died in 1880, and Sultan Wirat Kessaphong mourned him.",
        &[(Per, "Haldor Okwellini"), (Per, "Wirat Kessaphong")],
        &[(Per, "Emperor Okwellini"), (Per, "Sultan Wirat Kessaphong")],
    ),
    (
        // A Roman numeral alone names nothing.
        "The minister may waive any Title IV rule in emergencies.",
        &[],
        &[(Org, "IV"), (Place, "IV"), (Per, "IV")],
    ),
    (
        // A name with its address after "on" is two: the organisation and the street, which is a place.
        "Tom Okafor met officials of the Red Cross on Main Street in Boston.",
        &[(Org, "Red Cross"), (Place, "Main Street")],
        &[(Org, "Red Cross on Main Street")],
    ),
    (
        // A letter alone names nothing; an initial before a surname stays with it.
        "The experiments made from a tower and airborne Passive - Active L - band Sensor campaigns were run. \
         Senator Anna Berg voted no, and R. Croft agreed.",
        &[(Per, "Anna Berg"), (Per, "R. Croft")],
        &[(Org, "L"), (Org, "D"), (Per, "D"), (Place, "L"), (Per, "L")],
    ),
    (
        // A word no list knows before the surname of someone named in full is a relative's given name, also
        // opening a sentence.
        "The footage shows Keith Lund beside his truck. Tavika Lund can be heard pleading with the officers on \
         the pier.",
        &[(Per, "Keith Lund"), (Per, "Tavika Lund")],
        &[],
    ),
    (
        // Two unknown words opening a sentence, described by an occupation set off after them, are a person.
        "Dessaly Okwellini, a nurse from Orlando, came to the meeting with friends.",
        &[(Per, "Dessaly Okwellini")],
        &[(Org, "Dessaly Okwellini")],
    ),
];

#[test]
fn hard_cases() {
    let mut failures = Vec::new();
    for (text, must, must_not) in CASES {
        let found: Vec<(EntityKind, String)> = recognize(text)
            .into_iter()
            .map(|e| (e.kind, e.name))
            .collect();
        for (kind, name) in *must {
            if !found.iter().any(|(k, n)| k == kind && n == name) {
                failures.push(format!("{text:?}: missing {kind:?} {name:?} in {found:?}"));
            }
        }
        for (kind, name) in *must_not {
            if found.iter().any(|(k, n)| k == kind && n == name) {
                failures.push(format!("{text:?}: unexpected {kind:?} {name:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The people `recognize` finds in `text`, by name, each with its number of mentions.
fn people_of(text: &str) -> Vec<(String, usize)> {
    recognize(text)
        .into_iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| (e.name, e.mentions.len()))
        .collect()
}

#[test]
fn a_given_name_before_and_shares_the_full_names_surname() {
    // "Tomas and Maren Lund": two people; "Lund" alone is the one named in full.
    let people = people_of(
        "The parents, Tomas and Maren Lund, spoke on Monday. Lund said the pier was unsafe. \
         Peter and Anna Okwellini sailed home.",
    );
    assert!(
        people.contains(&("Tomas Lund".to_string(), 1)),
        "{people:?}"
    );
    assert!(
        people.contains(&("Maren Lund".to_string(), 2)),
        "{people:?}"
    );
    assert!(
        people.contains(&("Peter Okwellini".to_string(), 1)),
        "{people:?}"
    );
    // Not a surname ("Anna Berg and"), not one of a list ("Kari, Maren and"), not a given name that names someone
    // else here ("Anna Holt" before "Anna and Tom Lindqvist"), not streets.
    let people = people_of(
        "Anna Holt spoke first. Later Anna Berg and Tom Lund met Kari, Maren and Lena Okafor at the corner of Holm \
         and Tavik Streets. Anna and Tom Lindqvist came too.",
    );
    let names: Vec<&str> = people.iter().map(|(n, _)| n.as_str()).collect();
    for wrong in [
        "Berg Lund",
        "Maren Okafor",
        "Anna Lindqvist",
        "Holm Streets",
    ] {
        assert!(!names.contains(&wrong), "{wrong}: {names:?}");
    }
}

#[test]
fn a_person_named_in_full_several_ways_is_one_person() {
    // A familiar given name, a middle name, accents left out: one person each, under the name written most often
    // (the longer on a tie).
    let text = "Pete Okwellini, a ferry owner, spoke first. Later Peter Okwellini left. Pete Okwellini came back. \
                Anna Holm Berg chairs the board; Anna Berg said no. François Lindqvist agreed, and Francois \
                Lindqvist voted.";
    let mut people = people_of(text);
    people.sort();
    assert_eq!(
        people,
        [
            ("Anna Holm Berg".to_string(), 2),
            ("François Lindqvist".to_string(), 2),
            ("Pete Okwellini".to_string(), 3)
        ]
    );
}

#[test]
fn names_that_differ_by_a_middle_initial_or_a_suffix_stay_apart_by_kin_or_when_ambiguous() {
    // A middle initial that tells a son from his father, a suffix, two different middle initials.
    let text = "George W. Lund spoke. His father, George Lund, listened. Tom Okafor Jr. spoke; Tom Okafor left. \
                Anna M. Berg and Anna K. Berg came; Anna Berg stayed.";
    let mut people = people_of(text);
    people.sort();
    let names: Vec<&str> = people.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Anna Berg",
            "Anna K. Berg",
            "Anna M. Berg",
            "George Lund",
            "George W. Lund",
            "Tom Okafor",
            "Tom Okafor Jr."
        ]
    );
    // Without a word of kinship, the name with the initial and the one without are one person.
    let people = people_of("Donald J. Okafor spoke on Monday. Later Donald Okafor left the port.");
    assert_eq!(people, [("Donald J. Okafor".to_string(), 2)]);
}

#[test]
fn a_family_name_named_first_is_a_name_alone_too() {
    // "Ban Soo-ho": a romanised given name after the family name. "Ban" alone is then the same person, though it
    // is a common word too.
    let text = "The harbour minister, Ban Soo-ho, spoke on Monday. Ban said the port would reopen. On Tuesday Ban \
                visited the pier.";
    let people: Vec<(String, usize)> = recognize(text)
        .into_iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| (e.name, e.mentions.len()))
        .collect();
    assert_eq!(people, [("Ban Soo-ho".to_string(), 3)]);
}

#[test]
fn a_korean_family_name_tagged_alone_takes_the_given_name_after_it() {
    // "Park" is a common word and a place's word; before a romanised given name, capitalised after the hyphen as
    // sports reports write it, it is the family name of one person, named by it alone later.
    let text = "The harbour side brought on Park Joo-Ho in the 28th minute. Park scored late.";
    assert_eq!(people_of(text), [("Park Joo-Ho".to_string(), 2)]);
}

#[test]
fn a_given_name_no_list_knows_before_ben_opens_an_arabic_name() {
    // "Ben" is a given name too, but the unknown word before it is no epithet: it is the given name.
    let text = "The harbour side replaced its keeper with Ouassim Ben Haddou in the 30th minute.";
    assert_eq!(people_of(text), [("Ouassim Ben Haddou".to_string(), 1)]);
}

#[test]
fn a_generational_suffix_or_regnal_number_is_no_surname() {
    // The surname before "Jr." names the person alone; a Roman numeral elsewhere is not a king's name.
    let text = "Tom Okafor Jr. opened the pier. Okafor said it would stay open.";
    assert_eq!(people_of(text), [("Tom Okafor Jr.".to_string(), 2)]);
    let text = "The minister may waive any Title IV rule in emergencies. In 1390 King Henry IV founded the port.";
    assert_eq!(people_of(text), [("Henry IV".to_string(), 1)]);
}

#[test]
fn mentions_are_sorted_spans_and_aliases_drop_possessives() {
    let text = "Ukraine’s plan. Rubio met Marco Rubio in Ukraine.";
    for e in recognize(text) {
        assert!(e.mentions.windows(2).all(|w| w[0] < w[1]));
        assert!(e.aliases.contains(&e.name));
        assert!(e
            .aliases
            .iter()
            .all(|a| !a.ends_with("’s") && !a.ends_with("'s")));
        for m in &e.mentions {
            assert!(!m.slice(text).is_empty());
        }
    }
}

#[test]
fn odd_input_never_panics() {
    for text in [
        "",
        " ",
        "’s",
        "A",
        "\n\n\n",
        "The The The",
        "É’s É",
        "U.S.",
        "Mr.",
        "— “ ” —",
        "a\u{0}b",
    ] {
        let _ = recognize(text);
    }
}

#[test]
fn a_long_address_names_no_one() {
    // One run of non-space characters holding thousands of name-like words: the addresses are found in one pass,
    // and none of their words is a mention.
    let text = format!(
        "See https://example.org/{} for more. Anna Berg spoke.",
        "Anna_Berg_Oslo_".repeat(3000)
    );
    let entities = recognize(&text);
    let berg: Vec<_> = entities.iter().filter(|e| e.name == "Anna Berg").collect();
    assert_eq!(berg.len(), 1, "{entities:?}");
    assert_eq!(berg[0].mentions.len(), 1);
    assert!(!entities.iter().any(|e| e.name == "Oslo"));
}

#[test]
fn a_run_of_thousands_of_capitalised_words_is_no_name() {
    // Thousands of capitalised words in a row are longer than any name: no entity is made of them (naming them
    // once cost time and memory that grew with the square of the run), and the name after the run is found.
    let text = format!(
        "Harbour notes\n\n{}spoke. Anna Berg spoke on Monday.",
        "Berg ".repeat(5_000)
    );
    let entities = recognize(&text);
    for e in &entities {
        assert!(e.name.split(' ').count() <= 20, "{}", e.name.len());
    }
    assert!(
        entities.iter().any(|e| e.name == "Anna Berg"),
        "{entities:?}"
    );
}
