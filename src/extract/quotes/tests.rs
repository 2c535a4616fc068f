//! Table tests for the quote finder: one row per shape of quotation and attribution, on sentences written for
//! these tests.

use super::find_quotes;
#[allow(unused_imports)]
use crate::article::Quote as _;
use crate::article::{Entity, EntityKind, Span};

/// (quoted words, speaker, cue) of every quote in `text`.
fn found(text: &str, entities: &[Entity]) -> Vec<(String, Option<String>, Option<String>)> {
    find_quotes(text, entities)
        .into_iter()
        .map(|q| {
            let cue = q.cue.map(|c| c.slice(text).to_string());
            (q.span.slice(text).to_string(), q.speaker, cue)
        })
        .collect()
}

/// An entity named `name`, mentioned once, where `name` first occurs in `text`.
fn entity_at(text: &str, name: &str, kind: EntityKind) -> Entity {
    let at = text.find(name).expect("the name is in the text");
    Entity {
        kind,
        name: name.into(),
        aliases: vec![name.into()],
        mentions: vec![Span::new(at, at + name.len())],
    }
}

/// An entity named `name`, mentioned wherever `name` occurs in `text`.
fn entity_everywhere(text: &str, name: &str, kind: EntityKind) -> Entity {
    Entity {
        mentions: text
            .match_indices(name)
            .map(|(at, w)| Span::new(at, at + w.len()))
            .collect(),
        ..entity_at(text, name, kind)
    }
}

/// Asserts each quote's text and speaker.
fn assert_quotes(text: &str, expected: &[(&str, Option<&str>)]) {
    let all = found(text, &[]);
    let got: Vec<(&str, Option<&str>)> =
        all.iter().map(|q| (q.0.as_str(), q.1.as_deref())).collect();
    assert_eq!(got, expected);
}

/// The speaker of every quote in `text`, in order.
fn speakers(text: &str) -> Vec<Option<String>> {
    found(text, &[]).into_iter().map(|q| q.1).collect()
}

fn one(text: &str) -> (String, Option<String>, Option<String>) {
    let mut all = found(text, &[]);
    assert_eq!(all.len(), 1, "expected one quote in {text:?}, got {all:?}");
    all.remove(0)
}

#[test]
fn attribution_shapes() {
    let rows: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        // After "of" a cue word is a noun ("secretary of state").
        (
            "“We must stay open,” said Vasa’s secretary of state Anna Berg, who thanked the crew.",
            "We must stay open",
            Some("Anna Berg"),
            Some("said"),
        ),
        // An appositive whose closing comma is missing: the name before its comma speaks, not the firm at its end.
        (
            "Anna Berg, president and CEO of Vasa Ferry Association stated, “It is a sum.”",
            "It is a sum.",
            Some("Anna Berg"),
            Some("stated"),
        ),
        (
            "After meeting Tom Lund, the mayor said: “Fine.”",
            "Fine.",
            Some("the mayor"),
            Some("said"),
        ),
        // A cue word as a noun after a determiner and one or two words in lower case ("state", "text").
        (
            "Tom Lund said on the radio that in his sadly neglected state, “the harbour is a ruin.”",
            "the harbour is a ruin.",
            Some("Tom Lund"),
            Some("said"),
        ),
        (
            "Anna Berg sent the ten sailors on her list the same text: “Vote at noon.”",
            "Vote at noon.",
            Some("Anna Berg"),
            None,
        ),
        // Who a spokesman speaks for, or a source is close to, is not who speaks; "a response from Berg" is hers.
        (
            "“She is away,” a spokesman for Anna Berg said.",
            "She is away",
            Some("a spokesman for Anna Berg"),
            Some("said"),
        ),
        (
            "“It is done,” said an old adviser to Tom Lund.",
            "It is done",
            Some("an old adviser to Tom Lund"),
            Some("said"),
        ),
        (
            "Sources close to the Vasa Board said, “It is done.”",
            "It is done.",
            Some("Sources close to the Vasa Board"),
            Some("said"),
        ),
        (
            "It drew a sharp response from Tom Lund, who called it “a paper pier.”",
            "a paper pier.",
            Some("Tom Lund"),
            Some("called"),
        ),
        // "with" a name and a gerund: the name speaks, its title before it or not.
        (
            "Harbour Democrats were irritated by the plan, with Sen. Tom Lund calling it a “paper pier.”",
            "paper pier.",
            Some("Tom Lund"),
            Some("calling"),
        ),
        // A word for something said, after a name's possessive and one or two words: the name's.
        (
            "But Tom Lund’s most bitter claim is that the harbour board is a “closed shop” run by its chair.",
            "closed shop",
            Some("Tom Lund"),
            Some("claim"),
        ),
        // An office with its "of" ("secretary of state") between the words opening a sentence and the name.
        (
            "Former Vasa secretary of state Anna Berg, a ferry owner, fanned anger with her remark that “the pier \
             is lost.”",
            "the pier is lost.",
            Some("Anna Berg"),
            Some("remark"),
        ),
        // A name of two words before "of the" and an organisation's name is the person who speaks.
        (
            "Tom Lund of the Harbour Board said: “It is hard.”",
            "It is hard.",
            Some("Tom Lund"),
            Some("said"),
        ),
        (
            "“The pier is late,” Anna Berg of the Centre for Coastal Studies and Planning wrote.",
            "The pier is late",
            Some("Anna Berg"),
            Some("wrote"),
        ),
        // A cue word with a capital ("State"), or before a title ("state Senator"), is part of the speaker's name.
        (
            "“The ferry stays,” said state Senator Lena Okafor of Harbour County.",
            "The ferry stays",
            Some("Lena Okafor"),
            Some("said"),
        ),
        (
            "“The ferry was full,” said Vasa State College professor Tomas Lund.",
            "The ferry was full",
            Some("Tomas Lund"),
            Some("said"),
        ),
        (
            "''We will not wait for the port authority,'' Tomas Lindqvist, a lecturer in maritime law at Harbour \
             University and for many years a member of the port board, said of the plan.",
            "We will not wait for the port authority",
            Some("Tomas Lindqvist"),
            Some("said"),
        ),
        // Three apostrophes after a word close a single quote inside a two-apostrophe one.
        (
            "''I like the word 'seaworthy,''' said Tomas Lindqvist, who runs the ferry.",
            "I like the word 'seaworthy,'",
            Some("Tomas Lindqvist"),
            Some("said"),
        ),
        // A described object before a comma is no speaker: the verbs after it share the sentence's subject.
        (
            "Tomas Lund later blamed the rough sea, called the crossing “a disgrace” and left.",
            "a disgrace",
            Some("Tomas Lund"),
            Some("called"),
        ),
        // A quotation that ends with its own "!" or "?" hands over to the description after it.
        (
            "“The ferry must run again!” the new harbour master wrote on Sunday.",
            "The ferry must run again!",
            Some("the new harbour master"),
            Some("wrote"),
        ),
        // "put it": the speaker is the subject before it; "it" is the object, no speaker.
        (
            "As the harbour master put it, “The pier is ours.”",
            "The pier is ours.",
            Some("the harbour master"),
            Some("put"),
        ),
        // The phrase right before a quote after "said" is the subject of the quoted words, not the speaker.
        (
            "The board adopted a motion which said the port “ought to build a new pier.”",
            "ought to build a new pier.",
            Some("The board"),
            Some("said"),
        ),
        // A common word and a comma open the sentence ("Hours later,"); the subject is the name after them.
        (
            "Hours later, Anna Berg returned to the quay, telling reporters, “The pier will open in May.”",
            "The pier will open in May.",
            Some("Anna Berg"),
            Some("telling"),
        ),
        // An opening participle's phrase, commas and places in it, stands before the subject.
        (
            "Continuing to explain, Anna Berg rejected the plan, saying the pier was “rotten to the core.”",
            "rotten to the core.",
            Some("Anna Berg"),
            Some("saying"),
        ),
        // "only" and "always" stand between a subject and its cue like "also".
        (
            "At that hour an aide to Anna Berg could only quip: “The ferry was full.”",
            "The ferry was full.",
            Some("an aide to Anna Berg"),
            Some("quip"),
        ),
        // After ", but" a clause has its own subject.
        (
            "The last results are not in, but Anna Berg is already claiming a “clear win for the harbour.”",
            "clear win for the harbour.",
            Some("Anna Berg"),
            Some("claiming"),
        ),
        // "States" ends a name here; it is no cue verb.
        (
            "Anna Berg said the United States “ought to build more ferries.”",
            "ought to build more ferries.",
            Some("Anna Berg"),
            Some("said"),
        ),
        // A sentence adverb and its comma open the sentence; the adverb names no one.
        (
            "Finally, the harbour board had one thing to say: “It is late and it is dear.”",
            "It is late and it is dear.",
            Some("the harbour board"),
            Some("say"),
        ),
        // Every form of a cue verb: "proclaims" as well as "proclaimed".
        (
            "Anna Berg proclaims the new pier a “triumph of patience” in her column.",
            "triumph of patience",
            Some("Anna Berg"),
            Some("proclaims"),
        ),
        // A sentence that runs on past its quote and closes with the attribution, however far.
        (
            "The inspectors found no “trace of oil” near the pier, apart from a sheen by the ferry dock, said Ana \
             Ruiz, the harbour master.",
            "trace of oil",
            Some("Ana Ruiz"),
            Some("said"),
        ),
        (
            "“Boats first” would be the right order, the port director Anna Berg said after the meeting.",
            "Boats first",
            Some("Anna Berg"),
            Some("said"),
        ),
        (
            "The plan brings “years of queues” to the ferry, which already runs late most days, said Tomas \
             Lindqvist.",
            "years of queues",
            Some("Tomas Lindqvist"),
            Some("said"),
        ),
        // Verbs that report words without saying them: a pronoun subject is the speaker only beside a cue.
        (
            "Tom Okafor arrived late. He implied the harbour plan was “dead in the water” already.",
            "dead in the water",
            Some("Tom Okafor"),
            Some("implied"),
        ),
        (
            "Tom Okafor sees the mayor as a “steady hand” on the budget.",
            "steady hand",
            Some("Tom Okafor"),
            None,
        ),
        (
            "Anna Berg runs for mayor. She shares with Lund a plan that rests on casting herself as “anti-harbour.”",
            "anti-harbour.",
            Some("Anna Berg"),
            None,
        ),
        (
            "“Few readers will notice the change,” wrote Anna Berg for Harbour Weekly.",
            "Few readers will notice the change",
            Some("Anna Berg"),
            Some("wrote"),
        ),
        (
            "\"We will rebuild the bridge,\" Anna Berg said.",
            "We will rebuild the bridge",
            Some("Anna Berg"),
            Some("said"),
        ),
        (
            "“We will rebuild the bridge,” said Anna Berg.",
            "We will rebuild the bridge",
            Some("Anna Berg"),
            Some("said"),
        ),
        (
            "Anna Berg said: “We will rebuild the bridge.”",
            "We will rebuild the bridge.",
            Some("Anna Berg"),
            Some("said"),
        ),
        (
            "Anna Berg told reporters that “the bridge will reopen”.",
            "the bridge will reopen",
            Some("Anna Berg"),
            Some("told"),
        ),
        (
            "“Prices will fall,” city treasurer Tom Okafor wrote on Monday.",
            "Prices will fall",
            Some("Tom Okafor"),
            Some("wrote"),
        ),
        (
            "“Prices will fall,” Mayor Tom Okafor tweeted.",
            "Prices will fall",
            Some("Tom Okafor"),
            Some("tweeted"),
        ),
        (
            "“The ferry is late again!” barked Tomas Lund from the pier.",
            "The ferry is late again!",
            Some("Tomas Lund"),
            Some("barked"),
        ),
        (
            "During the debate, Anna Berg cracked, “I read the budget so you would not have to.”",
            "I read the budget so you would not have to.",
            Some("Anna Berg"),
            Some("cracked"),
        ),
        (
            "“And the ferry?” Tom Okafor repeated.",
            "And the ferry?",
            Some("Tom Okafor"),
            Some("repeated"),
        ),
        (
            "Anna Berg, the harbour master, reacted sharply to the plan, “I will not sign it.”",
            "I will not sign it.",
            Some("Anna Berg"),
            Some("reacted"),
        ),
        (
            "Tom Lund shrugged the question away by interjecting, “Only the mayor.” But Anna Berg went on.",
            "Only the mayor.",
            Some("Tom Lund"),
            Some("interjecting"),
        ),
        // Before an infinitive cue, the name before the words that lead to it speaks, not the sentence's subject.
        (
            "The hearing was so dull that Mr. Lund was prompted to say, ''Wake me when the ferry comes.''",
            "Wake me when the ferry comes.",
            Some("Lund"),
            Some("say"),
        ),
        (
            "The Harbour Weekly columnist Maren Holt was moved to write: “The pier is finished.”",
            "The pier is finished.",
            Some("Maren Holt"),
            Some("write"),
        ),
        // "who" after a comma stands for the person the noun phrase before it names, not the sentence's subject.
        (
            "In Vasa City, Tom Lund sat through a lecture from the Norwegian mayor, who said the ferry had been “a gift to both towns” for years.",
            "a gift to both towns",
            Some("the Norwegian mayor"),
            Some("said"),
        ),
        // An appositive opening with "now" or "then" describes the name before it, which "who" stands for; a year
        // after "in" may stand between "who" and the cue.
        (
            "Nils Okafor has long quarrelled with Lund, now the port chief, who in 2010 said the aim was to make \
             Okafor a “one-year chief.”",
            "one-year chief.",
            Some("Lund"),
            Some("said"),
        ),
        // Who a reporter works for is not who speaks.
        (
            "A reporter for the Vasa Post called it “utter chaos.”",
            "utter chaos.",
            Some("A reporter for the Vasa Post"),
            Some("called"),
        ),
        // "jeered" is a cue, as "taunted" is.
        (
            "Lund rowed past the quay as his old crew jeered, “Mind the rocks, captain!”",
            "Mind the rocks, captain!",
            Some("his old crew"),
            Some("jeered"),
        ),
        // "retaliated" is a cue, as "retorted" is.
        (
            "“The pier will always be the pier,” Anna Berg retaliated.",
            "The pier will always be the pier",
            Some("Anna Berg"),
            Some("retaliated"),
        ),
        // "yelling" is a cue as "yelled" is: "with X yelling:" names the speaker.
        (
            "The crowd jeered a heckler at the pier, with Tom Lund reportedly yelling: “Take him to the ferry!”",
            "Take him to the ferry!",
            Some("Tom Lund"),
            Some("yelling"),
        ),
        // "Here's X in 1998:": the name a line presents before its colon.
        (
            "Here’s Okafor at the pier in 1998: “Nobody rows to Vasa for fun.”",
            "Nobody rows to Vasa for fun.",
            Some("Okafor"),
            None,
        ),
        // A place's state after its comma does not end the phrase between the subject's commas.
        (
            "Anna Berg, during a ferry meeting in Harbourton, Maine, called the fees “a toll on every family”.",
            "a toll on every family",
            Some("Anna Berg"),
            Some("called"),
        ),
        // Two offices joined by "and" describe one speaker, past the usual length of a description.
        (
            "“The ferry should sail,” the veteran Vasa harbour pilot and council candidate told reporters.",
            "The ferry should sail",
            Some("the veteran Vasa harbour pilot and council candidate"),
            Some("told"),
        ),
        // "who" after a dash stands for the name before the dash, not for the words that open the sentence.
        (
            "Harbour favourite Maren Holt -- who said last spring that she would “sink the old ferry herself” -- retired.",
            "sink the old ferry herself",
            Some("Maren Holt"),
            Some("said"),
        ),
        // "who" right after a name, with no comma, stands for it.
        (
            "Among the replies was this post from Maren Holt who wrote, “The ferry can wait.”",
            "The ferry can wait.",
            Some("Maren Holt"),
            Some("wrote"),
        ),
        // "began by saying": the subject of "began" speaks.
        (
            "Maren Holt left the room. When she came back she began by saying, “The ferry can wait.”",
            "The ferry can wait.",
            Some("Maren Holt"),
            Some("saying"),
        ),
        (
            "“The ferry can wait,” Tom Okafor elaborated.",
            "The ferry can wait",
            Some("Tom Okafor"),
            Some("elaborated"),
        ),
        // A bracketed party and state does not make the words before the cue a clause.
        (
            "“The loophole must close,” Harbour Board Minority Leader Anna Berg (D-Ore.) said.",
            "The loophole must close",
            Some("Anna Berg"),
            Some("said"),
        ),
        // A cue in its plain form after a determiner and a word in lower case is a noun.
        (
            "Tom Okafor delivered a snappy retort: “The ferry is late.”",
            "The ferry is late.",
            Some("Tom Okafor"),
            None,
        ),
        (
            "Maren Holt said Berg told members to stay “calm and patient.”",
            "calm and patient.",
            Some("Maren Holt"),
            Some("said"),
        ),
        (
            "Maren Holt said that Berg called the plan “a gift to the town.”",
            "a gift to the town.",
            Some("Maren Holt"),
            Some("said"),
        ),
        (
            "Domestically, the plan drew fire from Anna Berg, who called it “a gift to nobody.”",
            "a gift to nobody.",
            Some("Anna Berg"),
            Some("called"),
        ),
        (
            "“The tide tables are wrong,” said Tomas Lund of the University of Vasa.",
            "The tide tables are wrong",
            Some("Tomas Lund"),
            Some("said"),
        ),
        (
            "“Nothing has changed,” a ministry spokesman said.",
            "Nothing has changed",
            Some("a ministry spokesman"),
            Some("said"),
        ),
        (
            "“Nothing has changed,” the spokesman insisted.",
            "Nothing has changed",
            Some("the spokesman"),
            Some("insisted"),
        ),
        (
            "“Nothing has changed,” the Kremlin said.",
            "Nothing has changed",
            Some("Kremlin"),
            Some("said"),
        ),
        (
            "According to Tom Okafor, “the money is gone”.",
            "the money is gone",
            Some("Tom Okafor"),
            Some("According to"),
        ),
        (
            "“The money is gone,” according to Tom Okafor.",
            "The money is gone",
            Some("Tom Okafor"),
            Some("according to"),
        ),
        (
            "The council was “deeply divided”, Tom Okafor warned.",
            "deeply divided",
            Some("Tom Okafor"),
            Some("warned"),
        ),
        (
            "Tom Okafor, the city treasurer, explained: “It is a loan.”",
            "It is a loan.",
            Some("Tom Okafor"),
            Some("explained"),
        ),
        (
            "“Why now?” asked Tom Okafor.",
            "Why now?",
            Some("Tom Okafor"),
            Some("asked"),
        ),
        (
            "‘We stay,’ Anna Berg replied.",
            "We stay",
            Some("Anna Berg"),
            Some("replied"),
        ),
        ("She watched “Casablanca” twice.", "Casablanca", None, None),
        // A partial quote whose cue stands earlier in the sentence, after its subject.
        (
            "Anna Berg likened the plan to a “slow disaster” on Monday.",
            "slow disaster",
            Some("Anna Berg"),
            Some("likened"),
        ),
        (
            "Anna Berg calls her critics “lazy” every day.",
            "lazy",
            Some("Anna Berg"),
            Some("calls"),
        ),
        (
            "Two calls about the “strange noise” came in.",
            "strange noise",
            None,
            None,
        ),
        // A quotation inside a sentence with no cue is the words of the sentence's subject, whatever the verb ...
        (
            "Anna Berg walked out of the meeting convinced that the council “never reads its own reports”.",
            "never reads its own reports",
            Some("Anna Berg"),
            None,
        ),
        // ... but with no cue a pronoun subject does not make a scare quote anyone's words.
        (
            "Tom Okafor spoke at noon. He rebuilt the “can-do” spirit of the crew.",
            "can-do",
            None,
            None,
        ),
        // A cue word hyphened to what follows is part of a compound, not a cue.
        (
            "The forms are part of the mayor's effort to clear the town's 92,000 housing claim- 'legacy backlog' \
             by May.",
            "legacy backlog",
            None,
            None,
        ),
        // ... and so it is when a cue stands beside the quote without a speaker of its own.
        (
            "Anna Berg defended her plan to put the “harbour first,” promising lower ferry fares.",
            "harbour first",
            Some("Anna Berg"),
            Some("promising"),
        ),
        // A gerund after a comma speaks for the sentence's subject, a description as well as a name ...
        (
            "The harbour board met on Monday, saying the repairs were “long overdue”.",
            "long overdue",
            Some("The harbour board"),
            Some("saying"),
        ),
        // ... also after an opening phrase and its comma.
        (
            "On Monday, the harbour board met again, saying the repairs were “long overdue”.",
            "long overdue",
            Some("the harbour board"),
            Some("saying"),
        ),
        // ... and so does a cue beside the quote with no speaker of its own.
        (
            "The retired ferryman spoke for an hour, insisting that the pier “will not last the winter”.",
            "will not last the winter",
            Some("The retired ferryman"),
            Some("insisting"),
        ),
        // ... when that subject is someone: a capitalised common noun opening the sentence is not.
        (
            "Gameplay stopped during the “third round” of the final.",
            "third round",
            None,
            None,
        ),
        (
            "The delay was, in the words of the harbour's chief engineer, Tom Okafor, “a long time coming”.",
            "a long time coming",
            Some("Tom Okafor"),
            Some("in the words of"),
        ),
        // "..., saying" speaks through the sentence's subject, not the name before the comma; a capitalised
        // "States" is part of a name, not the verb.
        (
            "Tom Okafor attacked his rival over the harbour and the budget, saying, “She is reckless.”",
            "She is reckless.",
            Some("Tom Okafor"),
            Some("saying"),
        ),
        (
            "Tom Okafor keeps telling farmers that the United States grain reserve is “empty” now.",
            "empty",
            Some("Tom Okafor"),
            Some("telling"),
        ),
        // A cue word after a determiner is a noun: "the report said" is the report's, not a "report" verb's.
        (
            "“The figures make the case plain,” the report said.",
            "The figures make the case plain",
            Some("the report"),
            Some("said"),
        ),
        // A name opening an aside between dashes is the speaker.
        (
            "A former mayor -- Tom Okafor, who ran the port for ten years -- said the council “has learned \
             nothing.”",
            "has learned nothing.",
            Some("Tom Okafor"),
            Some("said"),
        ),
        // A gerund after a comma belongs to the subject of the clause before it, not to the dummy "It".
        (
            "It was a tense evening, as Mrs. Lund took up the attack, saying Mr. Berg “forgets the dock \
             workers.”",
            "forgets the dock workers.",
            Some("Lund"),
            Some("saying"),
        ),
        // The cue's own clause ("when Okafor ... called") has the speaker.
        (
            "The debate turned sharp when Okafor mocked Berg over the ferry fares and branded her a “dreamer,” to \
             loud boos.",
            "dreamer",
            Some("Okafor"),
            Some("branded"),
        ),
        // Two appositives after the name; the organisation inside the first is not the speaker.
        (
            "Tom Okafor, director of the Harbour Trust, a charity for sailors, said the plan was “a good start.”",
            "a good start.",
            Some("Tom Okafor"),
            Some("said"),
        ),
        // ... but a name in apposition after an office is, when what comes first is a preposition's object.
        (
            "In a letter to the Harbour Post, her senior adviser, Tom Okafor, said the plan was “a good start.”",
            "a good start.",
            Some("Tom Okafor"),
            Some("said"),
        ),
        // A statement released by someone carries their words, not its own.
        (
            "The port board put out a statement on Wednesday saying the plan “rests on guesswork.”",
            "rests on guesswork.",
            Some("The port board"),
            Some("saying"),
        ),
        // "One poster" is a described subject like "A poster"; the gerund is theirs, not "the effort"'s.
        (
            "One poster admitted to being a part of the effort, writing “I loaded up the tool and started on \
             the homepage.”",
            "I loaded up the tool and started on the homepage.",
            Some("One poster"),
            Some("writing"),
        ),
        // A digest's line: a summary, a dash, the source and a colon.
        (
            "Turnout rose in the north - Ana Ruiz: “We will see more of this in the spring.”",
            "We will see more of this in the spring.",
            Some("Ana Ruiz"),
            None,
        ),
        (
            "From the report: “Ferry use doubled in the spring.”",
            "Ferry use doubled in the spring.",
            Some("the report"),
            None,
        ),
        (
            "Why the ferry matters - More from Ana Ruiz: “We will see more of this in the spring.”",
            "We will see more of this in the spring.",
            Some("Ana Ruiz"),
            None,
        ),
        // A cue set off by commas with a name after it, inverted, is that name's, though a phrase stands before it.
        (
            "Any fair reading of Mr. Berg's plan, said Tomas Lindqvist, an engineer at the port, would find it a \
             “costly step back for the harbour.”",
            "costly step back for the harbour.",
            Some("Tomas Lindqvist"),
            Some("said"),
        ),
        // Not when the cue is "told": who is told does not speak.
        (
            "Anna Berg, who chaired the board, told Tomas Lindqvist, “We start in May.”",
            "We start in May.",
            Some("Anna Berg"),
            Some("told"),
        ),
        // A cue joined by "and" to a verb in the past has that verb's subject, not an appositive before it.
        (
            "When Tom Okafor, Lund’s campaign manager, was asked about the fares, he smiled and said, “Ask me in \
             May.”",
            "Ask me in May.",
            Some("Tom Okafor"),
            Some("said"),
        ),
        // A weak cue after a people's adjective is a noun ("many Baltic states"): the cue is the one after the quote.
        (
            "Many Baltic states are wary, and the fund has used “soft loans” in its dealings with them, said Anna \
             Berg, an economist at the harbour college.",
            "soft loans",
            Some("Anna Berg"),
            Some("said"),
        ),
        // A weak cue ("states") far from the quote, as the attribution's last word.
        (
            "“The harbour deserves better,” a narrator in the new ad states.",
            "The harbour deserves better",
            Some("a narrator in the new ad"),
            Some("states"),
        ),
        // A span of time after a connector opens the sentence; the subject follows its comma.
        (
            "But two weeks later, Okafor changed course, telling the radio that the fares “will stay where they \
             are.”",
            "will stay where they are.",
            Some("Okafor"),
            Some("telling"),
        ),
        // The object of a preposition between a name and its cue is not the speaker.
        (
            "The mood changed when Okafor at the first hearing called the inspectors “dreamers” and left.",
            "dreamers",
            Some("Okafor"),
            Some("called"),
        ),
        // "on the radio" inside a relative clause is no speaker; the name the clause describes is.
        (
            "Anna Berg, who has on the radio described Okafor as “a dreamer,” stood by it.",
            "a dreamer",
            Some("Anna Berg"),
            Some("described"),
        ),
        // A place's possessive before an office and a name: the name is the subject.
        (
            "Harbourland’s Mayor Anna Berg greeted the new ferry deal as a “breakthrough.”",
            "breakthrough.",
            Some("Anna Berg"),
            None,
        ),
        // A relative clause between commas names no speaker ("in Harbourton" is where it was filed).
        (
            "The lawsuit, which two ferry owners brought in Harbourton, claimed that the council “let the pier \
             rot.”",
            "let the pier rot.",
            Some("The lawsuit"),
            Some("claimed"),
        ),
        // The opening phrase runs on over the place's state and a phrase of time to the subject.
        (
            "At a fair in Harbourton, Vt., on Friday, Senator Tom Okafor backed Berg, saying that she would “run \
             the port well.”",
            "run the port well.",
            Some("Tom Okafor"),
            Some("saying"),
        ),
        // A signature after a reader's comment.
        (
            "“The bridge changed our town.” ― Ana Ruiz",
            "The bridge changed our town.",
            Some("Ana Ruiz"),
            None,
        ),
        // A hyphen for the dash, in a caption: the name ends the paragraph.
        (
            "[Caption] \"The pier is ours again. But the tide decides.\" - Ana Ruiz\n\nThe council met.",
            "The pier is ours again. But the tide decides.",
            Some("Ana Ruiz"),
            None,
        ),
        // "answered" and "questioned" are cue verbs.
        (
            "“We will find a way,” Okafor answered.",
            "We will find a way",
            Some("Okafor"),
            Some("answered"),
        ),
        (
            "“Why did the board wait so long?” Berg questioned.",
            "Why did the board wait so long?",
            Some("Berg"),
            Some("questioned"),
        ),
        (
            "The town council reasoned, “because the ferry is full, the fare must rise.”",
            "because the ferry is full, the fare must rise.",
            Some("The town council"),
            Some("reasoned"),
        ),
        // A cue word after a determiner is a noun: "the report" speaks.
        (
            "“We saw the boats leave early,” said the report by the port board.",
            "We saw the boats leave early",
            Some("the report by the port board"),
            Some("said"),
        ),
        // A quote between a name's possessive and a word for something said.
        (
            "The crowd cheered Anna Berg's “a harbour for all” pledge on Friday.",
            "a harbour for all",
            Some("Anna Berg"),
            None,
        ),
        // An adverb and its preposition's phrase open the sentence: "Late" is no name.
        (
            "Late in the season, Lund thanked the crews, calling them “the best on the coast.”",
            "the best on the coast.",
            Some("Lund"),
            Some("calling"),
        ),
        // "goes" is a cue only right before the quote or in "goes on to".
        (
            "Ana Ruiz said that whenever the Harbour Board goes quiet in winter, “we mend the nets ourselves.”",
            "we mend the nets ourselves.",
            Some("Ana Ruiz"),
            Some("said"),
        ),
        // A passive cue before the quote, its agent after it.
        (
            "For years the old lighthouse was labelled “a waste of stone” by Ana Ruiz, who now runs it.",
            "a waste of stone",
            Some("Ana Ruiz"),
            Some("labelled"),
        ),
        (
            "Tom Okafor's call for “a second ferry by spring” won loud applause.",
            "a second ferry by spring",
            Some("Tom Okafor"),
            None,
        ),
        // "each" between the subject and its cue is no part of the subject.
        (
            "On Monday, the two harbour papers each called the plan a “lost cause.”",
            "lost cause.",
            Some("the two harbour papers"),
            Some("called"),
        ),
        // "riffed" says something too.
        (
            "“The answer is no,” the harbour chief riffed on the board's silence, drawing laughs.",
            "The answer is no",
            Some("the harbour chief"),
            Some("riffed"),
        ),
        // "calls it" and a possessive or an article before what a thing is called.
        (
            "The former harbour chief calls it her “duty gene”; rivals call it caution.",
            "duty gene",
            Some("The former harbour chief"),
            Some("calls"),
        ),
        // Up to two words between the possessive and the word for something said, and an infinitive after "to".
        (
            "The worries go beyond Tom Okafor's controversial pledge to be “neutral” during the talks.",
            "neutral",
            Some("Tom Okafor"),
            None,
        ),
        (
            "It was Tom Okafor's lyrical rejection of “a politics of fear” that won the crowd.",
            "a politics of fear",
            Some("Tom Okafor"),
            None,
        ),
        // Phrases of a preposition between the word for something said and "was that".
        (
            "Ana Ruiz's catch phrase in that race against Okafor was that Okafor “would say anything to win.”",
            "would say anything to win.",
            Some("Ana Ruiz"),
            Some("phrase"),
        ),
        (
            "Ana Ruiz confided to a friend that the new nets were “far too heavy for one pair of hands.”",
            "far too heavy for one pair of hands.",
            Some("Ana Ruiz"),
            Some("confided"),
        ),
        (
            "The new skipper gushed over the “brightest sails she had ever seen.”",
            "brightest sails she had ever seen.",
            Some("The new skipper"),
            Some("gushed"),
        ),
        // A new sentence after the quote's full stop is no attribution unless it is only one.
        (
            "Okafor vowed at a harbour meeting to scrap “the old toll on the bridge.” He made the same promise at \
             the market on Monday, adding that it was overdue.",
            "the old toll on the bridge.",
            Some("Okafor"),
            Some("vowed"),
        ),
        // "State" in "Secretary of State" is part of a name, not the cue "state".
        (
            "Ana Ruiz wrote that the treaty she signed as Secretary of State “kept every harbour open.”",
            "kept every harbour open.",
            Some("Ana Ruiz"),
            Some("wrote"),
        ),
        // "as" and an attribution after the quote.
        (
            "The ferry will be “full every morning until June,” as Okafor told the council, so extra boats are \
             coming.",
            "full every morning until June",
            Some("Okafor"),
            Some("told"),
        ),
        // "And then" opens the sentence; its subject speaks through the gerund.
        (
            "And then Lund turned to the harbour board, asking, “Who pays for the new pier?”",
            "Who pays for the new pier?",
            Some("Lund"),
            Some("asking"),
        ),
        // The described object of the clause before the comma is no speaker.
        (
            "A clerk at the ferry office shrugged off the mayor's complaint, saying the timetable was “fine as it \
             is.”",
            "fine as it is.",
            None,
            Some("saying"),
        ),
        // A span of time between the subject and its cue.
        (
            "The ferry company three days ago admitted that the engines were “older than anyone knew.”",
            "older than anyone knew.",
            Some("The ferry company"),
            Some("admitted"),
        ),
        // Who is told is not who speaks.
        (
            "The old ferryman walked into the station and told the police, “I moved the boat.”",
            "I moved the boat.",
            Some("The old ferryman"),
            Some("told"),
        ),
        // The paper that saw a document is not its speaker.
        (
            "A leaked internal letter seen by Harbour Weekly says “the pier must close”.",
            "the pier must close",
            Some("A leaked internal letter"),
            Some("says"),
        ),
    ];
    for &(text, quote, speaker, cue) in rows {
        let got = one(text);
        let want = (
            quote.to_string(),
            speaker.map(String::from),
            cue.map(String::from),
        );
        assert_eq!(got, want, "in {text:?}");
    }
}

#[test]
fn split_quote_gives_both_parts_the_speaker() {
    let text = "Tom Okafor arrived late.\n\n“We lost,” he said, “but we will be back.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 2);
    assert!(
        got.iter()
            .all(|(_, s, _)| s.as_deref() == Some("Tom Okafor")),
        "{got:?}"
    );
}

#[test]
fn a_second_sentence_of_quotation_keeps_the_speaker() {
    let text = "“It is late,” Anna Berg said in reply. “We should all go home now.”";
    let got = found(text, &[]);
    assert_eq!(got[1].1.as_deref(), Some("Anna Berg"), "{got:?}");
    assert_eq!(got[1].2, None);
}

#[test]
fn a_clause_after_an_opening_phrase_runs_to_its_comma() {
    // "Last spring, when ..., he ...": the subject after the clause speaks, and "he" is the one asked.
    let text = "Last spring, when I asked Tom Okafor whether he would ever sell the ferry, he looked at the \
                quay, shook his head and said, “Over my dead body.”";
    let okafor = entity_at(text, "Tom Okafor", EntityKind::Person);
    let all = found(text, &[okafor]);
    assert_eq!(all[0].1.as_deref(), Some("Tom Okafor"));
}

#[test]
fn a_pronoun_after_an_introduced_description_stands_for_it() {
    // "A reporter ... "...," he said": the reporter, not the man named before; a woman described is no "he".
    let reporter = "Police searched for Tom Lund after the crash.\n\n\
                    A reporter for the Vasa Post called it “utter chaos.”\n\n\
                    “People ran in every direction,” he said.";
    let lund = entity_at(reporter, "Tom Lund", EntityKind::Person);
    let all = found(reporter, &[lund]);
    assert_eq!(all[1].1.as_deref(), Some("A reporter for the Vasa Post"));
    let woman = reporter.replace("A reporter for the Vasa Post", "A woman from the Vasa quay");
    let lund = entity_at(&woman, "Tom Lund", EntityKind::Person);
    let all = found(&woman, &[lund]);
    assert_eq!(all[0].1.as_deref(), Some("A woman from the Vasa quay"));
    assert_eq!(all[1].1.as_deref(), Some("Tom Lund"));
}

#[test]
fn it_reads_stands_for_the_writing_before() {
    // No sentence before opens with a thing "it" could be: "it" is the writing named just before.
    let text = "Maren Holt pinned a note to the harbour gate. “The pier is closed,” it reads.\n\n\
                Anna Berg smiled and held up Lund’s old sign.\n\n“Ferry for all,” it read.";
    assert_eq!(
        speakers(text),
        [
            Some("a note".to_string()),
            Some("Lund’s old sign".to_string())
        ]
    );
}

#[test]
fn an_age_before_the_subject_of_an_introducing_colon() {
    // A line that introduces the next paragraph's quote with a colon speaks through its subject, past an age.
    let text = "Tom Lund was not alone.\n\n19-year-old Maren Holt had her own view:\n\n“The ferry is the town.”";
    assert_eq!(speakers(text), [Some("Maren Holt".to_string())]);
}

#[test]
fn a_spaced_closing_mark_after_a_comma_closes() {
    // A newswire's doubled apostrophe with a space before it still closes the quote after its comma.
    let text = "''The ferry will run all winter, '' said Tom Lund, who now sails for the port. ''It is settled.''";
    assert_quotes(
        text,
        &[
            ("The ferry will run all winter", Some("Tom Lund")),
            ("It is settled.", Some("Tom Lund")),
        ],
    );
}

#[test]
fn a_spaced_closing_mark_after_a_closed_single_quote_closes() {
    // A quote that ends on a quote within it (`'Well played,' "`) closes at the spaced double mark, so the
    // attribution after it names the speaker instead of running inside the quote.
    let text = "\"If you lose fairly, you shake hands and say, 'Well played,' \" said Maren Holt. \"We teach that.\"";
    assert_quotes(
        text,
        &[
            (
                "If you lose fairly, you shake hands and say, 'Well played,'",
                Some("Maren Holt"),
            ),
            ("We teach that.", Some("Maren Holt")),
        ],
    );
}

#[test]
fn a_capitalised_modifier_opens_its_plural_subject() {
    // "Maritime" only modifies the noun after it: the subject is the whole plural phrase, not its first word.
    let text = "Officials in Harbourton spoke first.\n\nMaritime safety experts have since said the ferry \
                could run \"well into winter\" without repairs.";
    assert_eq!(
        speakers(text),
        [Some("Maritime safety experts".to_string())]
    );
}

#[test]
fn a_possessed_subject_stops_at_its_verb() {
    // "letter" is the possessed noun; "sets" after it is the verb, not part of the speaker.
    let text = "The council met on Monday.\n\nLund's letter sets out a plain case: \"The ferry must run all winter.\"";
    assert_eq!(speakers(text), [Some("Lund's letter".to_string())]);
    // A noun in -s is no verb.
    let text = "The council met on Monday.\n\nLund's recent analysis was blunt: \"The ferry must run all winter.\"";
    assert_eq!(speakers(text), [Some("Lund's recent analysis".to_string())]);
}

#[test]
fn a_participle_after_a_described_speaker_is_not_part_of_it() {
    // "printed Monday" only qualifies the leaflet, which is the speaker.
    let text = "The race went on.\n\nA council leaflet printed Monday accuses Lund of \"selling the ferry.\"";
    assert_eq!(speakers(text), [Some("A council leaflet".to_string())]);
}

#[test]
fn a_passive_naming_as_is_not_the_subjects_words() {
    // "known as" names the links; the sentence's subject did not say "sheep walks".
    let text = "The season was short.\n\nMoss and thistles now fill the old Harbourton links, most of them \
                now known as \"sheep walks.\"";
    assert_eq!(speakers(text), [None]);
    // The active form still speaks through its subject.
    let text = "The season was short.\n\nAnna Berg sees the old links as \"sheep walks.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn apostrophes_are_not_quotes() {
    let text = "The board won’t meet. Ukraine’s plan dates from the ’90s, when rock 'n' roll and \
                rock ’n’ roll bands played at the players' union hall, and 'em all came.";
    assert_eq!(found(text, &[]), vec![]);
}

#[test]
fn an_unclosed_mark_stops_at_the_paragraph_end() {
    let text = "Anna Berg said “we will win this time.\n\nThe council then voted on the budget for the year.";
    let got = find_quotes(text, &[]);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].span.slice(text), "we will win this time.");
    assert_eq!(got[0].speaker.as_deref(), Some("Anna Berg"));
}

#[test]
fn a_multi_paragraph_quote_is_attributed_in_every_part() {
    let text = "“The first part of the speech was about roads.\n\n“The second part was about schools,” Anna Berg said.";
    let got = found(text, &[]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter()
            .all(|(_, s, _)| s.as_deref() == Some("Anna Berg")),
        "{got:?}"
    );
}

#[test]
fn nested_quotes_stay_inside_the_outer_quote() {
    let text = "“He told me ‘never again’ and left,” Anna Berg said.";
    let got = one(text);
    assert_eq!(got.0, "He told me ‘never again’ and left");
    assert_eq!(got.1.as_deref(), Some("Anna Berg"));
}

#[test]
fn a_paragraph_of_quotation_continues_the_previous_speaker() {
    let text =
        "“The budget is balanced,” Anna Berg said.\n\n“Nobody will pay more tax next year.”\n\n\
                Anna Berg said she would stand again.";
    let got = found(text, &[]);
    assert_eq!(
        got[1],
        (
            "Nobody will pay more tax next year.".into(),
            Some("Anna Berg".into()),
            None
        )
    );
}

#[test]
fn a_dash_and_a_name_in_the_next_paragraph_sign_a_quotation() {
    let text = "“The budget is balanced,” Anna Berg said.\n\n“Nobody will pay more tax next year.”\n\n\
                - Tom Okafor, on the harbour levy.\n\n“The pier comes first.”\n\n— Mayor Lena Salem\n\n\
                “The ferry is late.”\n\n- The timetable was wrong again.";
    let got = speakers(text);
    // The last line is a sentence after a dash, not a signature: the quotation gets no speaker from it.
    assert_eq!(
        got,
        [
            Some("Anna Berg"),
            Some("Tom Okafor"),
            Some("Lena Salem"),
            None
        ]
        .map(|s| s.map(String::from))
    );
}

#[test]
fn an_attribution_between_commas_covers_the_later_quotes_of_its_sentence() {
    let text = "Mayor Tom Lund, Anna Berg said, had sat on the council for “half a century” and signed “few \
                papers.”";
    let got = speakers(text);
    assert_eq!(
        got,
        [Some("Anna Berg".to_string()), Some("Anna Berg".to_string())]
    );
    // A clause between commas whose cue has a long object is no inserted attribution.
    let text = "In the days before, a group of sailors pressed for a strike on the pier, and the harbour board sharply \
                denounced the plan and said it would “wait” for a vote.";
    assert_ne!(one(text).1.as_deref(), Some("a group of sailors"));
}

#[test]
fn pronouns_resolve_to_the_earlier_person_of_their_gender() {
    let text = "Tom Okafor opened the meeting. Anna Berg spoke next.\n\n\
                “The vote is today,” she said.\n\n“We are ready,” he added.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Anna Berg"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Tom Okafor"), "{got:?}");
}

#[test]
fn a_name_modifying_a_role_is_not_who_the_pronoun_stands_for() {
    // "Berg consultant Tom Okafor": Okafor is the consultant, and "he" is Okafor, not Berg.
    let text = "Berg consultant Tom Okafor, the port's longest-serving pilot, took up the same theme that week. \
                “The ferries are late because the quay is short,” he said.";
    let people = [
        entity_at(text, "Berg", EntityKind::Person),
        entity_at(text, "Tom Okafor", EntityKind::Person),
    ];
    let got = found(text, &people);
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
    let text =
        "Lund campaign manager Tom Okafor spoke first. “We will win the harbour seat,” he said.";
    let people = [
        entity_at(text, "Lund", EntityKind::Person),
        entity_at(text, "Tom Okafor", EntityKind::Person),
    ];
    let got = found(text, &people);
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
    // Not a name before a verb: "Lund hired Okafor"; he is Lund.
    let text = "Erik Lund hired Tom Okafor in May. “He knows the quay,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Erik Lund"), "{got:?}");
}

#[test]
fn a_pronoun_passes_over_a_person_in_an_opening_clause() {
    // Tom Okafor is named first, in the clause before the comma; Erik Lund is the sentence's subject.
    let text = "Asked whether Tom Okafor could win the harbour seat, Erik Lund shrugged.\n\n\
                “It is too early to count,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Erik Lund"), "{got:?}");
    // A name after a comma may have an appositive before its verb; a possessive name qualifies what follows it.
    let text = "Asked about the ferry, Tom Okafor, Hans Berg's deputy, sighed at last.\n\n\
                “Ask the board,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
    let text = "Asked whether Erik Lund could win, Tom Okafor, the harbour master, shrugged.\n\n\
                “Ask the board,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
    // A clause of time ("Days after ...") opens a sentence too.
    let text = "Days after Erik Lund's arrest, Tom Okafor took his seat on the board.\n\n\
                “Someone had to,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
    // An office may stand between the comma and the name, and a closing quote mark before the comma.
    let text = "After the vote on Erik Lund's plan, Foreign Minister Tom Okafor left early.\n\n\
                “Ask the board,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
    let text = "As for Erik Lund's “harbour of the future,” Tom Okafor found it dull.\n\n\
                “Ask the board,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[1].1.as_deref(), Some("Tom Okafor"), "{got:?}");
}

#[test]
fn a_pronoun_after_an_opening_participles_clause_passes_over_its_names() {
    // "she" answers the question; Lena Okafor, named in it, is not who she is, nor who "she added" is.
    let text = "Anna Berg chairs the harbour board.\n\n\
                Asked whether Lena Okafor would win the vote, she replied: “I do not know.”\n\n\
                “Really,” she added.";
    let got = speakers(text);
    assert_eq!(got[0].as_deref(), Some("Anna Berg"), "{got:?}");
    assert_eq!(got[1].as_deref(), Some("Anna Berg"), "{got:?}");
    // A clause that opens with a preposition has a subject of its own, who may be the one the pronoun means.
    let text = "During Lena Okafor's speech on the harbour, she said: “We will vote.”";
    let got = speakers(text);
    assert_eq!(got[0].as_deref(), Some("Lena Okafor"), "{got:?}");
}

#[test]
fn who_was_asked_is_the_pronoun_later_in_the_same_sentence() {
    let text = "Tom Okafor asked Erik Lund about plans he had drawn up, when he called the pier “a relic of the \
                past.”";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Erik Lund"), "{got:?}");
}

#[test]
fn the_one_a_pronoun_told_is_not_the_next_pronoun() {
    // "he told Erik Lund": Lund is who was told; the next "he said" is still Tom Okafor.
    let text = "Erik Lund asked Tom Okafor about the pier.\n\n\
                “It will be ten feet high,” he told Erik Lund at the quay.\n\n\
                “The ferry cannot wait,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[1].1.as_deref(), Some("Tom Okafor"), "{got:?}");
}

#[test]
fn a_sentence_opening_with_the_same_pronoun_passes_it_on() {
    // Maria Lopez is the last woman named before "she said", but in a sentence whose subject is "She", which
    // stands for Anna Berg.
    let text = "Anna Berg toured the harbour on Monday.\n\n\
                She says the claims Maria Lopez made about the port are false. The row went on all week.\n\n\
                “I will not stand down,” she said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Anna Berg"), "{got:?}");
    // So does the same pronoun anywhere before the person in that sentence ...
    let text = "Anna Berg toured the quay on Monday. For a decade, she said, the ferry had kept her close to Maria \
                Lopez. “We talk every day,” she said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Anna Berg"), "{got:?}");
    // ... but not one inside a quote.
    let text = "Maria Lopez spoke first.\n\n\
                “The mayor has admitted she does not have a plan for the quay,” Anna Berg, the harbour master, told \
                the radio. “The mayor said on Monday that it is not our task.”\n\n\
                She added, “It is our task.”";
    let got = crate::extract::extract(text).quotes;
    assert_eq!(
        got.last().and_then(|q| q.speaker.as_deref()),
        Some("Anna Berg"),
        "{got:?}"
    );
    // So does "he" after a conjunction opening the sentence.
    let text = "Tom Okafor spoke to the board on Monday. But he hinted that Mr. Lund was playing to voters back \
                home. “They need a win,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
}

#[test]
fn an_unknown_name_before_a_cue_verb_is_a_person_for_pronouns() {
    // "Okwuosa" is in no list, but speaks; "Police" speaks too, and is no person.
    let text = "The harbour plan, which Anna Berg backs, split the county.\n\n\
                Okwuosa said Berg had changed her mind twice on the port.\n\n\
                “I stopped counting after the second time,” she said.\n\n\
                Police said Tom Okafor was questioned.\n\n“It was routine,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Okwuosa"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Tom Okafor"), "{got:?}");
}

#[test]
fn a_name_before_a_bare_participle_is_not_the_one_speaking() {
    // "Lund claiming the seat" does not make Lund the likeliest "he said": Tom Okafor, the subject, is.
    let text =
        "Tom Okafor, for one, said he hopes the vote ends with Erik Lund claiming the seat.\n\n\
                “The first step is to win the count,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
    // With an auxiliary it is speech again: "Lund is claiming" speaks.
    let text = "Tom Okafor, for one, said the count is close. Erik Lund is claiming the seat.\n\n\
                “The first step is to win the count,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Erik Lund"), "{got:?}");
}

#[test]
fn a_party_word_is_no_person_for_pronouns() {
    // "Republican claims": a cue after a party's word does not make it a person who speaks.
    let text = "Anna Berg runs the fact-check desk in Norhavn. The site rates many Republican claims as wrong.\n\n\
                “We look at the whole context,” she said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Anna Berg"), "{got:?}");
}

#[test]
fn census_given_names_tell_gender_even_alone() {
    // "Gwendolyn" is only in the census lists; a one-word given name tells a gender too, but a one-word name
    // that is also a surname ("Kelly") does not, so it is not taken for the woman who spoke.
    let text =
        "Gwendolyn sat by the radio. Keller was on the air.\n\n“It was a long night,” she said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Gwendolyn"), "{got:?}");
    let text =
        "Anna Berg sat by the radio. Kelly was on the air.\n\n“It was a long night,” she said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Anna Berg"), "{got:?}");
}

#[test]
fn a_quotation_after_a_sentence_naming_its_speaker_in_the_same_paragraph() {
    let rows = [
        // The sentence before reports someone's words.
        (
            "Intro.\n\nThe vote may wait until May, Anna Berg said. \"We have little time.\"",
            "Anna Berg",
        ),
        // The sentence before has a named subject and no cue.
        (
            "Intro.\n\nSen. Tomas Lindqvist (R-Ohio), who chairs the harbour board, walked the pier on \
             Tuesday. \"The boards are rotten and the rails are loose all the way along.\"",
            "Tomas Lindqvist",
        ),
        // The sentence of the quote goes on past it and ends with the attribution.
        (
            "Intro.\n\n“A fair deal” for the fishermen is what the town needs, Mr. Okafor said. “Nothing \
             less will do.”",
            "Okafor",
        ),
    ];
    for (text, speaker) in rows {
        let got = found(text, &[]);
        assert!(!got.is_empty(), "{text}");
        for (quote, who, _) in &got {
            assert_eq!(who.as_deref(), Some(speaker), "{quote:?} in {text}");
        }
    }
}

#[test]
fn an_attribution_between_commas_inside_a_sentence() {
    // ", Okafor said on Tuesday in Harbourton," attributes the quote before it, and its subject is the speaker of
    // the gerund after it (not the place that ends the clause).
    let text = "The new fares are “a scandal” for the island, Okafor said on Tuesday in Harbourton, adding that \
                the board “should resign.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 2, "{got:?}");
    for (quote, who, _) in &got {
        assert_eq!(who.as_deref(), Some("Okafor"), "{quote:?}");
    }
}

#[test]
fn a_gerund_after_an_attribution_between_commas_is_that_speakers() {
    // ", Okafor said, adding": the gerund belongs to the attribution just before it, not to the sentence's
    // subject.
    let text = "Berg and Lund will share a boat to the fair on Friday, Okafor said, adding, “Both want the ferry back.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Okafor"), "{got:?}");
}

#[test]
fn an_opening_word_or_phrase_is_no_speaker() {
    let rows = [
        // A pronoun after a span of time and its comma is the sentence's subject ("Hours later, she").
        (
            "Anna Berg spoke at the hearing on Monday.\n\nHours later, she put out a statement calling the plan \
             “a disgrace.”",
            Some("Anna Berg"),
        ),
        // An adverb, a preposition or a participle opening the sentence names no one; the subject after it (here a
        // count of people) speaks.
        (
            "Outside the town hall, about two hundred fishermen gathered, chanting “No new fares.”",
            Some("about two hundred fishermen"),
        ),
        // A count and "of" open the subject: the counted noun belongs to it, and the opening phrase is no one.
        (
            "At dawn, dozens of crews left the quay, chanting “no pay, no boats” as they went.",
            Some("dozens of crews"),
        ),
        (
            "Dozens of crews left the quay, chanting “no pay, no boats” as they went.",
            Some("Dozens of crews"),
        ),
        (
            "Hastily, the harbour board met and warned of “hard times ahead.”",
            None,
        ),
        // After an opening phrase of time, a clause of "after" and a gerund belongs to it too.
        (
            "On Thursday, after keeping quiet for the whole long campaign, Lund met the radio host and \
             endorsed Berg, saying, “She is what this town needs.”",
            Some("Lund"),
        ),
        // A dateline is no subject: the sentence's subject follows its dash.
        (
            "HARBOURTON, May 4 (Harbour Wire) — Mayor Anna Berg rallied the fishermen on Monday, saying: \
             “The pier stays open all winter.”",
            Some("Anna Berg"),
        ),
        (
            "Harbourton (HW) – Anna Berg took a swipe at the ferry board on Monday, saying that “the new \
             fares” hurt the island.",
            Some("Anna Berg"),
        ),
        // An age after the name that follows an opening participle's phrase is no list of names.
        (
            "Appearing before a crowd of fishermen at the harbour office, Ana Ruiz, 70, thanked the crew and \
             added, “The boats will sail again.”",
            Some("Ana Ruiz"),
        ),
        // A comma between two adjectives of the opening phrase's noun, then a described subject: the subject
        // issued the statement that calls, not the statement itself.
        (
            "Following a swiftly called, late-evening meeting, the Harbour Board issued a statement calling the \
             new fares “a plain breach” of its rules.",
            Some("the Harbour Board"),
        ),
        // A name with an aside after the opening phrase is the subject, not the aside's description.
        (
            "At the fair in Harbourton, Tom Lund, the port chief, issued a statement calling the fares “a \
             breach.”",
            Some("Tom Lund"),
        ),
    ];
    one_quote_each_among(&rows, &[]);
}

#[test]
fn a_sentence_ending_in_a_colon_introduces_the_next_quote() {
    // "Okafor said:" after a quote that ends with its own full stop is the next quote's attribution, not that one's.
    let text = "“We are fishermen,” Ms. Berg said. “We are not smugglers.” Mr. Okafor said: “The raid was a \
                mistake.”";
    let got = found(text, &[]);
    let speakers: Vec<_> = got.iter().map(|g| g.1.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("Berg"), Some("Berg"), Some("Okafor")],
        "{got:?}"
    );
}

#[test]
fn a_pronoun_subject_speaks_a_partial_quote_of_two_words_or_more() {
    // No cue: "She speaks of "..."" is hers when the quote has two words or more ...
    let text = "Anna Berg sails to every island in the chain. Her meetings fill the village halls. She speaks of \
                “a harbour for everyone,” and the fishermen clap.";
    let got = found(text, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Anna Berg"), "{got:?}");
    // ... but one word is as likely a scare quote.
    let text = "Anna Berg left the island in May. She certainly was not “forced” to go.";
    let got = found(text, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, None, "{got:?}");
}

#[test]
fn a_description_runs_on_over_a_preposition_and_a_name() {
    // "A spokeswoman for the Harbour Board emailed ..., arguing": the gerund is the described subject's, not the
    // name of the act in the object.
    let text = "A spokeswoman for the Harbour Board emailed reporters with the text of the Ferry Act, arguing, \
                “The act never mentions the pier.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].1.as_deref(),
        Some("A spokeswoman for the Harbour Board"),
        "{got:?}"
    );
    // After the cue, a description that a quoted title cuts short ends before its "of".
    let text =
        "“We must grow or sink,” wrote the drafters of the “Harbour Plan,” citing the old pier.";
    assert_eq!(found(text, &[])[0].1.as_deref(), Some("the drafters"));
}

#[test]
fn a_passive_asked_is_no_cue_for_its_subject() {
    // "when asked" is no cue: "who told the council" is, and "who" is Anna Berg.
    let text = "Any change to the ferry timetable would need Anna Berg, who told the council when asked about it in \
                May: “The engineers will decide that.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Anna Berg"), "{got:?}");
    // "Berg was asked by the host": the host's words.
    let text = "On the radio show, Anna Berg was asked by radio host Tom Okafor whether the plan would risk “adding \
                another costly ferry to an overburdened budget.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
}

#[test]
fn a_name_before_a_possessive_cue_noun_is_not_reported_speaking() {
    // "Berg’s claim" is a noun, so Berg is not the person "he" most likely stands for; the sentence's subject is.
    let text = "Erik Berg spoke on Monday and Tom Okafor spoke on Tuesday.\n\nAt the hearing last week, Okafor \
                waved away Berg’s claim that the pier was safe.\n\n“It is simply wrong,” he said.";
    let got = found(text, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
}

#[test]
fn a_second_quote_keeps_the_first_ones_speaker() {
    let rows = [
        // A quotation led only by a connecting word and a comma keeps the speaker of its paragraph.
        "“Nobody liked the plan at first,” said Anna Berg, who chairs the Harbour Council. Today, “most of the \
         boat owners want it.”",
        // "urging everyone calling for ..." is a clause, not a description of who speaks.
        "“The vote can wait,” said Mayor Anna Berg, urging everyone calling for a fresh ballot to “stay calm.”",
        // "about it, arguing": "it" is the object of "about", not a speaker standing for "the meeting".
        "The meeting ran late. Anna Berg said she was “upset” to read about it, adding that “closing the ferry \
         would hurt the island.”",
    ];
    for text in rows {
        let got = found(text, &[]);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("Anna Berg"), "{got:?}");
    }
}

#[test]
fn a_prepositions_phrase_before_a_gerund_is_no_speaker() {
    // "on his web page, writing": the sentence's subject speaks, though an earlier quote stands between them.
    let text = "On Sunday, Okafor shared an old map of the harbour called “Piers” on his web page, writing “Here \
                is the map that the council lost.”";
    let got = found(text, &[entity_at(text, "Okafor", EntityKind::Person)]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Okafor"), "{got:?}");
}

#[test]
fn a_paragraph_of_quotation_after_a_report_takes_the_main_verbs_subject() {
    // "Okafor said that ... his rivals had been warning of ...": "said" is the main verb, so the quotation in the
    // next paragraph is Okafor's, not the rivals'.
    let text = "Intro.\n\nOkafor said that for years his rivals had been warning of a closure of the port, but he \
                would not allow it.\n\n“The harbour is what keeps this town alive, and it will stay open.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Okafor"), "{got:?}");
}

#[test]
fn a_second_partial_quote_in_a_sentence_has_the_sentence_subject_too() {
    // The subject stands at the start of the sentence, not after the quote before ("“fresh” Harbour Lemonade").
    let text = "Anna Berg walked past jugs of “fresh” Harbour Lemonade and jars of “pickles” near the door.";
    let got = found(
        text,
        &[entity_at(
            text,
            "Harbour Lemonade",
            EntityKind::Organization,
        )],
    );
    assert_eq!(got.len(), 2, "{got:?}");
    for (quote, who, _) in &got {
        assert_eq!(who.as_deref(), Some("Anna Berg"), "{quote:?}");
    }
}

#[test]
fn indefinite_pronouns_and_a_closing_ellipsis_name_no_speaker() {
    // "Everyone agreed" names nobody; a sentence ending in a multi-byte "…" before the quote is read safely.
    let text = "Intro.\n\nAnna Berg walked the pier on Tuesday. Everyone agreed, écoute. \
                “The boards are rotten and the rails are loose all the way along.”\n\n\
                Tom Okafor was there… “He said nothing at all to anyone in the room.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(_, who, _)| who.is_none()), "{got:?}");
}

#[test]
fn it_after_it_keeps_the_speaker_of_the_quote_before() {
    // The memo is named in the first paragraph only, and the quotes' own sentences name other things ("The list is
    // below"): each "it" right after another "it" stands for the same thing.
    let text = "The memo, made public by the harbour trust on Friday after a long fight in the courts, went out at \
                7:19 p.m. from the desk of the port's chief of staff Tom Okafor, three hours after the first storm \
                warning and sixty minutes before the last ferry left the north quay for the islands. Two boats sank \
                at each quay.\n\n\
                “Called you twice and got no answer, so here it is in writing,” it reads.\n\n\
                “After a talk with Captain Berg, Captain Lund and the harbour staff, we have found boats that could \
                reach the quay. Their crews are on the way. The list is below,” it said.\n\n\
                “Should the board agree to send the boats, we will ask the town for a permit. Please say how you \
                would like the permit sent to us,” it read.";
    assert_eq!(
        speakers(text),
        vec![Some("The memo".to_string()); 3],
        "{:?}",
        found(text, &[])
    );
}

#[test]
fn it_added_goes_to_the_organisation_quoted_before() {
    let text = "“The pier is unsafe,” the harbour board said on Monday.\n\n\
                Anna Berg walked along it anyway.\n\n“We will close it in May,” it added.";
    let got = found(text, &[]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("the harbour board"), "{got:?}");
}

#[test]
fn it_and_they_go_to_the_subject_of_a_sentence_before() {
    let text = "Anna Berg asked for a new pier.\n\nThe ferry company changed course on Monday. On fares, it said, \
                “nothing will change.”\n\nThe inspectors came back in May. They wrote that the pier was “unsafe \
                in any wind.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("The ferry company"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("The inspectors"), "{got:?}");
}

#[test]
fn a_quote_ending_an_opening_clause_after_its_cue_and_comma_is_that_clauses() {
    let text =
        "When a man at the back shouted, \"Lund,\" Berg joked, in a broad accent, \"Come on up!\"";
    assert_quotes(
        text,
        &[
            ("Lund", Some("a man at the back")),
            ("Come on up!", Some("Berg")),
        ],
    );
}

#[test]
fn a_name_after_a_participle_and_by_is_no_subject() {
    // The paper obtained the letter; the letter warns.
    let text = "A letter from the Harbour Trust obtained by the Harbour Daily warns that \"any further use of \
                the crest will be met in court.\"";
    assert_eq!(
        speakers(text),
        [Some("A letter from the Harbour Trust".to_string())]
    );
}

#[test]
fn continue_after_a_modal_is_no_cue() {
    // "will continue "to ..."" goes on doing something: the quote is in what "She ... told" reports.
    let text = "Anna Berg spoke in Harbourton. She declared \"What a week!\" and told the dockers her crews \
                will continue \"to sail in any weather\" all winter.";
    assert_eq!(
        speakers(text),
        [Some("Anna Berg".to_string()), Some("Anna Berg".to_string())]
    );
}

#[test]
fn they_goes_to_a_body_of_people_named_in_the_singular() {
    // A campaign or a union is "they" as well as "it"; a quoted speaker paragraphs back is not who "they" are.
    let text = "“We sail at nine,” the harbour master said.\n\n\
                Anna Berg's campaign is seeking to contrast her plan with what they call Tom Lund's “reckless \
                sell-off of the pier.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Anna Berg's campaign"), "{got:?}");
}

#[test]
fn it_goes_to_a_subject_close_by_before_a_group_quoted_paragraphs_back() {
    // The harbour board is quoted first, then a person; the union opens the sentence right before "it said".
    let text = "“The pier is unsafe,” the harbour board said on Monday.\n\n\
                “We sail anyway,” Anna Berg said.\n\n\
                The ferry union opposed any closing.\n\n“Keep the pier open all winter,” it said.";
    let got = found(text, &[]);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("The ferry union"), "{got:?}");
}

#[test]
fn a_subject_after_a_connector_and_its_comma() {
    // "Still, the ferry union ...": the connector's comma does not hide the subject "it" stands for.
    let text = "Anna Berg wants the pier closed. Still, the ferry union opposed any closing.\n\n\
                “Keep the pier open until the new ferries come,” it recommended.";
    let got = found(text, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("the ferry union"), "{got:?}");
}

#[test]
fn a_described_subject_ends_before_a_preposition_and_runs_past_a_capitalised_cue_word() {
    // "Lund's memo from the board": the possessed noun ends at "from"; "The Northern State" is a name, whose
    // "State" is not the cue "state".
    let text =
        "The storm came at night. Lund's memo from the board seemed aimed at calming the town.\n\n\
                “No boat will leave the quay before the wind drops,” it stated.\n\n\
                Tom Okafor sailed home. The Northern State has called for calm.\n\n\
                “Every harbour on the coast is closed until Monday,” it said.";
    let got = found(text, &[]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Lund's memo"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("The Northern State"), "{got:?}");
}

#[test]
fn he_is_not_the_person_his_quote_names_by_surname() {
    // "Senator Lund's plan": the quote speaks of Lund, so "he" is the manager named before him. Named in full,
    // or before a noun ("Lund supporters"), a person may still be the speaker.
    let speakers = |text: &str| -> Vec<Option<String>> {
        crate::extract::extract(text)
            .quotes
            .into_iter()
            .map(|q| q.speaker)
            .collect()
    };
    let text = "Peter Holm runs the campaign. Tom Lund won the vote in Vasa on Monday.\n\n\
                “Senator Lund's plan will not pass the board, and the town knows it,” he said.";
    assert_eq!(speakers(text), [Some("Peter Holm".to_string())]);
    let text = "Peter Holm runs the campaign. Tom Lund won the vote in Vasa on Monday.\n\n\
                “They say Tom Lund should quit. Lund supporters know better,” he said.";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
    // Another man named later in the sentence that names Lund is "he".
    let text = "Tom Lund spoke to Peter Holm on Monday.\n\n“Lund's plan will fail,” he said.";
    assert_eq!(speakers(text), [Some("Peter Holm".to_string())]);
}

#[test]
fn he_or_she_after_a_sentence_opening_with_a_person_described() {
    // The sentence before opens with a woman described, not named, and no one is named after her.
    let text = "Anna Berg runs the port.\n\nA 41-year-old Vasa woman, meanwhile, was fined in May when she \
                pinned a note to the pier. “Out with them!” she wrote.";
    let people = [entity_at(text, "Anna Berg", EntityKind::Person)];
    let got = found(text, &people);
    assert_eq!(
        got[0].1.as_deref(),
        Some("A 41-year-old Vasa woman"),
        "{got:?}"
    );
    // Past sentences opening with the same pronoun.
    let text = "Tom Okafor spoke first.\n\nOne delegate from Vasa looked for a backer. He found none at the \
                quay, he said. “Not a single one,” he said.";
    let people = [entity_at(text, "Tom Okafor", EntityKind::Person)];
    let got = found(text, &people);
    assert_eq!(
        got[0].1.as_deref(),
        Some("One delegate from Vasa"),
        "{got:?}"
    );
    // A possessive before a word for a relative of one gender describes one person as an article does; a man named
    // before is not "she".
    let text = "Tom Lund ran the port for years.\n\nHis sister is gentler these days, yet at 90 she still tells \
                visitors, “Nobody is born to row.”";
    let people = [entity_at(text, "Tom Lund", EntityKind::Person)];
    let got = found(text, &people);
    assert_eq!(got[0].1.as_deref(), Some("His sister"), "{got:?}");
}

#[test]
fn a_clause_after_that_is_no_description_of_a_speaker() {
    // "crowd the Vasa area so that harbour pilots described": the speaker is the clause's subject.
    let text = "Boats crowd the Vasa area so that harbour pilots described the quay under the town as “a car park \
                for yachts.”";
    assert_eq!(speakers(text), [Some("harbour pilots".to_string())]);
    // "have admitting rights": a form in -ing after "have" describes a noun; nobody admits anything.
    let text = "Anna Berg fights the bill in Vasa. (The rules require that pilots at quays have admitting rights at \
                the port, and require ports to upgrade. The rules also ban ferries after ten at night.)\n\
                “The quay is ours, and the boats are ours, and no one will take them from us.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, None, "{got:?}");
}

#[test]
fn it_after_a_cue_is_its_object_not_its_speaker() {
    let text = "The ferry company sold its boats.\n\nAs Anna Berg, author of “Piers,” put it, “The pier is ours.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_ne!(got[1].1.as_deref(), Some("The ferry company"), "{got:?}");
}

#[test]
fn a_pronoun_after_a_closing_curly_quote_looks_back_one_sentence_only() {
    // The sentence before "He adds" ends in a closing mark of three bytes; the look-back must start there, not at
    // the text's start, where Okafor is reported speaking.
    let text = "“We will win,” Tom Okafor said.\n\nPeter Holm walked the pier on Monday.\n\nHe says he likes \
                the plan and calls it “a fine idea.” He adds, “It is late.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("Peter Holm"), "{got:?}");
}

#[test]
fn a_span_of_time_opening_a_sentence_is_not_its_subject() {
    let text = "Tom Okafor backed the ferry plan.\n\nEight years ago, he fought the old pier and said, “It will \
                never carry a bus.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
}

#[test]
fn a_transcript_line_names_its_speaker_before_the_colon() {
    let text =
        "“NOTE: The meeting ran late into the night.”\n\nAnna Berg spoke to the council.\n\n\
                “BERG: We will rebuild the bridge by May.”";
    let entities = [Entity {
        kind: EntityKind::Person,
        name: "Anna Berg".into(),
        aliases: vec!["Anna Berg".into()],
        mentions: vec![Span::new(
            text.find("Anna").unwrap(),
            text.find(" spoke").unwrap(),
        )],
    }];
    let got = found(text, &entities);
    assert_eq!(got.len(), 2, "{got:?}");
    // A capitalised label that names no one the recognizer found is no speaker.
    assert_eq!(got[0].1, None, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Anna Berg"), "{got:?}");
}

#[test]
fn he_added_goes_to_the_last_named_speaker() {
    let text = "“Our plan works,” Tom Okafor told reporters.\n\n“I am sure of it,” he added.";
    let got = found(text, &[]);
    assert_eq!(
        got[1],
        (
            "I am sure of it".into(),
            Some("Tom Okafor".into()),
            Some("added".into())
        )
    );
}

#[test]
fn titles_are_stripped_from_speaker_names() {
    let rows = [
        (
            "US secretary of state Marco Rubio said: “Talks go on.”",
            "Marco Rubio",
        ),
        (
            "President Vladimir Putin told reporters: “Talks go on.”",
            "Vladimir Putin",
        ),
        (
            "“Talks go on,” Odesa regional governor Oleg Kiper said.",
            "Oleg Kiper",
        ),
        ("''Talks go on,'' Mr. Okafor said.", "Okafor"),
        ("“Talks go on,” said Sen. Anna Berg of Ohio.", "Anna Berg"),
        ("Sen. Anna Berg of Ohio said: “Talks go on.”", "Anna Berg"),
        (
            "“Talks go on,” Harbour Police Chief Calvin Reed said.",
            "Calvin Reed",
        ),
        (
            "“Talks go on,” Rep. Glenn Foster, R-Pa., said.",
            "Glenn Foster",
        ),
    ];
    for (text, speaker) in rows {
        assert_eq!(one(text).1.as_deref(), Some(speaker), "in {text:?}");
    }
}

#[test]
fn a_surname_takes_the_full_name_seen_earlier() {
    let text = "Anna Berg chairs the committee.\n\n“We meet on Tuesdays,” Berg said.";
    assert_eq!(one(text).1.as_deref(), Some("Anna Berg"));
}

#[test]
fn entities_give_the_canonical_name() {
    let text = "“We meet on Tuesdays,” Rubio said. The Kremlin said “nothing changed”.";
    let rubio = text.find("Rubio").unwrap();
    let kremlin = text.find("Kremlin").unwrap();
    let entities = [
        Entity {
            kind: EntityKind::Person,
            name: "Marco Rubio".into(),
            aliases: vec!["Marco Rubio".into(), "Rubio".into()],
            mentions: vec![Span::new(rubio, rubio + 5)],
        },
        Entity {
            kind: EntityKind::Organization,
            name: "The Kremlin".into(),
            aliases: vec!["Kremlin".into()],
            mentions: vec![Span::new(kremlin, kremlin + 7)],
        },
    ];
    let got = found(text, &entities);
    assert_eq!(got[0].1.as_deref(), Some("Marco Rubio"));
    assert_eq!(got[1].1.as_deref(), Some("The Kremlin"));
    // Without entities the names stay as written.
    let bare = found(text, &[]);
    assert_eq!(bare[0].1.as_deref(), Some("Rubio"));
    assert_eq!(bare[1].1.as_deref(), Some("Kremlin"));
}

#[test]
fn an_attribution_ending_in_a_colon_introduces_the_next_quote() {
    let text = "When Lund argued that the boats belonged in “a quieter bay,” Ruiz answered: “The bay is full \
                already.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Lund"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Ruiz"), "{got:?}");
}

#[test]
fn a_description_is_words_not_a_number_or_a_clause() {
    // "7:2" is no speaker.
    let text = "The rules were posted at the gate.\n\nClause 7:2 reads: “No boat may moor at the pier overnight.”";
    assert_eq!(one(text).1.as_deref(), Some("Clause"));
    // "... to the festival if asked.": a phrase ending in "if" is no description.
    let text = "Ruiz kept out of the row, though she offered to lend her boat to the festival if asked.  “I am \
                staying neutral.”";
    let got = found(text, &[entity_at(text, "Ruiz", EntityKind::Person)]);
    assert_eq!(got[0].1.as_deref(), Some("Ruiz"), "{got:?}");
}

#[test]
fn a_bare_phrase_ending_in_a_past_form_is_no_speaker() {
    let text = "The gates stayed shut.\n\n“Open the gates,” came shouts from the quay.";
    assert_eq!(one(text).1, None);
    let text =
        "Pressed on the fares, Lund answered, “Ask the board,” then stopped replying to questions.";
    assert_eq!(one(text).1.as_deref(), Some("Lund"));
    // A verb of beginning between the subject and its gerund.
    let text =
        "Through the winter, Lund wrote, he began saying a poem to himself “again and again.”";
    assert_eq!(one(text).1.as_deref(), Some("Lund"));
}

#[test]
fn it_added_goes_to_an_organisation_the_recognizer_found() {
    let text = "“The boats fired first,” said HNA. “The guns are ready,” it added.";
    let entities = [entity_at(text, "HNA", EntityKind::Organization)];
    let got = found(text, &entities);
    assert_eq!(got[1].1.as_deref(), Some("HNA"), "{got:?}");
}

#[test]
fn a_surname_matches_a_person_entity_without_a_mention_span() {
    let text = "“We meet on Tuesdays,” Rubio said.";
    let entities = [Entity {
        kind: EntityKind::Person,
        name: "Marco Rubio".into(),
        aliases: vec!["Marco Rubio".into()],
        mentions: vec![],
    }];
    assert_eq!(found(text, &entities)[0].1.as_deref(), Some("Marco Rubio"));
}

#[test]
fn markup_and_primes_are_not_quotes() {
    let text = "<tweet author=\"someone\" date=\"today\">Good morning</tweet> He is 6'2\" tall.";
    assert_eq!(found(text, &[]), vec![]);
}

#[test]
fn a_quote_that_attributes_nothing_has_no_speaker() {
    let text = "Anna Berg said the plan was ready.\n\nThe town calls itself the “city of bridges” these days.";
    let got = one(text);
    assert_eq!(
        (got.0.as_str(), got.1, got.2),
        ("city of bridges", None, None)
    );
}

#[test]
fn titles_subheadings_and_nicknames_have_no_speaker() {
    let rows: &[(&str, &str)] = &[
        (
            "Anna Berg told Channel 9's “Evening Hour” on Friday that the plan was ready.",
            "Evening Hour",
        ),
        (
            "“The bridge will open in May,” said Anna Berg.\n\n'The River Is Rising.'\n\nIt was raining.",
            "The River Is Rising.",
        ),
        (
            "Councillor Annabel \"Annie\" Berg waved to the crowd, and left.",
            "Annie",
        ),
        // A name given to a thing or a person after "called", "named", "labelled", "the name".
        (
            "The museum shows a screen print called “Harbour Lights” from 1990.",
            "Harbour Lights",
        ),
        (
            "The attack came from a user labelled “Ghost” on a forum.",
            "Ghost",
        ),
        (
            "Harbour Weekly spoke with a fiddler going by the name “The Night Owl” at the fair.",
            "The Night Owl",
        ),
        (
            "According to the coach, Ana Ruiz, the team's boat, named “Swift Gull of Harbourton,” won twice.",
            "Swift Gull of Harbourton",
        ),
        // A work's title after a word for the work or its maker, though the sentence has a cue.
        (
            "“The bay is closing,” said Tom Lund, author of “Harbour Rules.”",
            "Harbour Rules.",
        ),
        (
            "The plan was “dead on arrival,” she wrote in her memoir, “Quiet Water.” The board agreed.",
            "Quiet Water.",
        ),
        (
            "Anna Berg said the ferry scenes in the film “Undertow” were shot at night.",
            "Undertow",
        ),
    ];
    for (text, title) in rows {
        let got = found(text, &[]);
        let row = got.iter().find(|q| q.0 == *title);
        assert_eq!(
            row.map(|q| (q.1.clone(), q.2.clone())),
            Some((None, None)),
            "{text:?}: {got:?}"
        );
    }
    // "called" after its subject, not after a common noun, is a quotation.
    let (_, speaker, _) =
        one("Okafor mocked what Anna Berg called “Harbour First” at the meeting.");
    assert_eq!(speaker.as_deref(), Some("Anna Berg"));
    // A title-cased phrase with a cue of its own is a quotation.
    let (_, speaker, cue) = one("Anna Berg proclaimed a goal of “Bridges For Everyone.”");
    assert_eq!(
        (speaker.as_deref(), cue.as_deref()),
        (Some("Anna Berg"), Some("proclaimed"))
    );
}

#[test]
fn bad_input_does_not_panic() {
    for text in [
        "",
        "“",
        "”",
        "\"",
        "'",
        "“”",
        "\n\n“\n\n",
        "a “b",
        "‘x",
        "said “",
        "“x,” said",
        "\u{a0}“x.”\u{a0}",
    ] {
        let _ = find_quotes(text, &[]);
    }
}

/// The seed article: every quote of the hand-made reading is found with its speaker, even with no entities.
#[test]
fn seed_article_quotes_and_speakers() {
    let text = include_str!("../../../seeds/000_e23c1adbc54749fb.txt");
    let got = find_quotes(text, &[]);
    let expected = [
        (
            "There’s no peace deal unless Ukraine agrees to it",
            "Marco Rubio",
        ),
        (
            "This whole narrative that we’re trying to force something",
            "Marco Rubio",
        ),
        ("We can’t force Ukraine to make a deal.", "Marco Rubio"),
        (
            "We are committed to a constructive process",
            "Rustem Umerov",
        ),
        (
            "We are acting clearly in line with the priorities",
            "Rustem Umerov",
        ),
        (
            "The enemy struck the port infrastructure of the Odesa region",
            "Oleg Kiper",
        ),
        ("the ball is now fully and completely", "Vladimir Putin"),
        (
            "Our troops are advancing along the entire line of contact",
            "Vladimir Putin",
        ),
        (
            "I’m sure that before the end of this year",
            "Vladimir Putin",
        ),
    ];
    for (start, speaker) in expected {
        let quote = got.iter().find(|q| q.span.slice(text).starts_with(start));
        let quote = quote.unwrap_or_else(|| panic!("missing quote {start:?}"));
        assert_eq!(
            quote.speaker.as_deref(),
            Some(speaker),
            "speaker of {start:?}"
        );
    }
    // Only one more quote: the scare quote "president of peace".
    assert_eq!(got.len(), expected.len() + 1);
}

#[test]
fn a_gerund_cue_speaks_through_the_sentence_subject() {
    let rows = [
        (
            "Anna Berg left the room early, saying “we are done here”.",
            "Anna Berg",
        ),
        (
            "Berg’s campaign shrugged it off, telling reporters “we are done here”.",
            "Berg’s campaign",
        ),
        (
            "The vote passed, with Anna Berg saying that “we are done here”.",
            "Anna Berg",
        ),
        (
            "Tom Okafor leaned in and shouted: “We are done here.”",
            "Tom Okafor",
        ),
    ];
    for (text, speaker) in rows {
        assert_eq!(one(text).1.as_deref(), Some(speaker), "in {text:?}");
    }
}

#[test]
fn a_noun_that_looks_like_a_cue_does_not_attribute() {
    // "report" after a possessive is the noun: the speaker is the sentence's subject, not "the IG".
    let text = "Anna Berg said that the IG’s report “was not good.”";
    assert_eq!(one(text).1.as_deref(), Some("Anna Berg"));
}

#[test]
fn interleaved_two_apostrophe_marks_do_not_panic() {
    // Found by the `extract` fuzz target (fuzz/artifacts/extract/crash-5209...): a quote whose opening mark comes
    // before the previous quote's closing mark made a reversed span in the same-paragraph speaker lookup.
    let text =
        "PARIS:0Ret'''e''''af sp''7'''.P'G'''''''''''''''5'''.'PG''RIS (R) - Fr''''resig\0Emma\0";
    for q in find_quotes(text, &[]) {
        assert!(q.span.start <= q.span.end && q.span.end <= text.len());
    }
    let x = crate::extract::extract(text);
    assert!(x.quotes.iter().all(|q| text.is_char_boundary(q.span.end)));
}

#[test]
fn descriptions_are_noun_phrases_not_clauses() {
    let rows: [(&str, Option<&str>); 3] = [
        // The auxiliary and the adverb belong to the verb group, not to the speaker.
        (
            "Seeing the empty shelves, a shopper would now ask: “Where did all the bread go?”",
            Some("a shopper"),
        ),
        // The object of a preposition is not the subject.
        (
            "Fans walking along the quay chanted “Home again!” until dawn.",
            Some("Fans walking along the quay"),
        ),
        // A clause cut from the sentence is no speaker at all.
        (
            "Before admitting his old boat was “too slow to race,” he laughed.",
            None,
        ),
    ];
    for (text, speaker) in rows {
        let got = found(text, &[]);
        assert_eq!(got[0].1.as_deref(), speaker, "{text}: {got:?}");
    }
}

#[test]
fn a_paragraph_ending_in_a_colon_speaks_through_its_subject() {
    // "comment" after "the following" is a noun, not a cue with "the following" as its speaker.
    let text = "Intro.\n\nAt the meeting, Anna Berg made the following comment:\n\n\
                “The harbour fees will double next spring.”";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Anna Berg"), "{got:?}");
}

#[test]
fn the_speaker_is_the_head_of_its_phrase() {
    // "the Refugee Council Tom Okafor said": the organisation and the person are both named; the person speaks.
    let text = "The plan came on Monday.\n\n\
                Chief executive of the Refugee Council Tom Okafor said the plan was \"cruel\".";
    let x = crate::extract::extract(text);
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("Tom Okafor"), "{x:?}");
}

#[test]
fn a_sentence_of_thousands_of_appositives_is_read_without_deep_recursion() {
    // Each appositive (or ", who") read back over was one more nested call: 20,000 overflowed the stack.
    for appositive in [", director of the trust", ", who"] {
        let text = format!(
            "Tom Okafor{}, said “We will wait.”",
            appositive.repeat(20_000)
        );
        let got = found(&text, &[]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "We will wait.");
    }
}

#[test]
fn a_sentence_of_thousands_of_reported_modal_clauses_is_read_without_deep_recursion() {
    // Each "that ... will say" handed the clause before it to another reading: 20,000 overflowed the stack.
    let text = format!(
        "Port news.\n\nTom Lund said that {}the crews will say “no” to the plan.",
        "Berg will say that ".repeat(20_000)
    );
    let got = found(&text, &[]);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "no");
}

#[test]
fn a_name_after_a_comma_and_a_cue_speaks_for_a_later_pronoun() {
    // Tom Okafor is the subject of ", said Tom Okafor,", though two names open the sentence.
    let text = "Whether Anna Berg or Erik Lund takes the harbour seat depends on the weather, said Tom Okafor, who runs \
                a polling firm in Harbourton.\n\n“It will be close,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
    // A name going on into a clause is what was said about, not who said it.
    let text = "The clerk, Erik Lund, said Tom Okafor was late again.\n\n“It happens every month,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Erik Lund"), "{got:?}");
}

#[test]
fn a_name_qualifying_the_next_one_is_not_the_sentence_subject() {
    let text = "Mayor Anna Berg's deputy, Hope Lindqvist, signed the order on Monday.\n\n\
                “The ferry runs again in May,” she said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Hope Lindqvist"), "{got:?}");
    let text = "Okafor spokesman Erik Lund confirmed the date.\n\n“It is fixed,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Erik Lund"), "{got:?}");
}

#[test]
fn quotes_joined_by_and_share_the_attribution_after_the_last() {
    let text =
        "Ferries are “the lifeline of the coast” and “the pride of the town,” Anna Berg said.";
    let got = found(text, &[]);
    assert_eq!(got.len(), 2, "{got:?}");
    for (_, speaker, cue) in &got {
        assert_eq!(speaker.as_deref(), Some("Anna Berg"), "{got:?}");
        assert_eq!(cue.as_deref(), Some("said"), "{got:?}");
    }
    // A single letter in quotes is no quotation.
    let text = "Ballots show “R,” or “D,” Anna Berg told the class.";
    let got = found(text, &[]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Anna Berg"), "{got:?}");
    assert_eq!(got[0].1, None, "{got:?}");
}

#[test]
fn a_role_word_of_one_gender_does_not_overrule_a_given_name_of_the_other() {
    let text = "Tomas Lund said the ferry was sold.\n\n\
                Harbour spokesman Hope Vance confirmed the sale on Monday. “The crossings go on,” she said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Hope Vance"), "{got:?}");
}

#[test]
fn a_title_of_one_gender_does_not_take_a_full_name_of_the_other() {
    let text = "Tomas Lund built the first ferry in 1990.\n\n\
                Years later, Mrs. Lund ran the company alone. “We never missed a crossing,” she said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Lund"), "{got:?}");
    let text = "Tomas Lund and Greta Lund built the first ferry in 1990.\n\n\
                Years later, Mrs. Lund ran the company alone. “We never missed a crossing,” she said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Greta Lund"), "{got:?}");
}

#[test]
fn a_title_kept_in_an_entity_name_does_not_hide_its_gender() {
    let text = "Anna Berg opened the meeting. Pastor Tomas Lund led the prayer.\n\n“We stand together,” she said.";
    let pastor = entity_at(text, "Pastor Tomas Lund", EntityKind::Person);
    let berg = entity_at(text, "Anna Berg", EntityKind::Person);
    let got = found(text, &[berg, pastor]);
    assert_eq!(got[0].1.as_deref(), Some("Anna Berg"), "{got:?}");
}

#[test]
fn who_was_asked_in_the_sentence_before_answers() {
    let text = "The radio host Tom Okafor asked Erik Lund how long the ferry ban would last.\n\n\
                “Until the spring, at least,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Erik Lund"), "{got:?}");
    // Asking someone's aide is not asking them.
    let text = "The radio host Tom Okafor asked Erik Lund's aide about the ferry ban.\n\n\
                “Nobody will answer me,” he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
}

#[test]
fn a_subject_with_a_possessive_pronoun_speaks_through_its_letter() {
    let got = one(
        "Their union sent the council a letter on Friday saying the harbour “cannot take more ferries.”",
    );
    assert_eq!(got.1.as_deref(), Some("Their union"), "{got:?}");
    let got = one("Her deputy went on the attack, saying the plan is “a fiasco for the port.”");
    assert_eq!(got.1.as_deref(), Some("Her deputy"), "{got:?}");
}

#[test]
fn a_sentence_closing_with_a_pronoun_and_a_cue_attributes_its_partial_quote() {
    let text = "Anna Berg spoke to the harbour board on Monday.\n\n\
                The council had “let the pier rot” for a decade, she said in a radio interview.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Anna Berg"), "{got:?}");
    let text = "Tom Okafor met the crew at dawn.\n\n\
                Families who borrow heavily still fall behind, even in a “steady” trade, he said.";
    let got = found(text, &[]);
    assert_eq!(got[0].1.as_deref(), Some("Tom Okafor"), "{got:?}");
}

#[test]
fn a_name_given_to_a_thing_has_no_speaker() {
    // A passive naming verb: the subject is the one named.
    let text = "The season was short.\n\nThe old ferry is often called the \"grey lady\" in town.";
    assert_eq!(speakers(text), [None]);
    let text = "The season was short.\n\nA Lund win would leave Anna Berg being dubbed the \"runner-up\" again.";
    assert_eq!(speakers(text), [None]);
    // A participle after the object of another verb.
    let text = "The season was short.\n\nThey fought a levy called the \"quay tax,\" which fell on every boat.";
    assert_eq!(speakers(text), [None]);
    // The sentence's subject naming something speaks.
    let text = "The season was short.\n\nAnna Berg called the levy \"a tax on work.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
    let text = "The season was short.\n\nAnna Berg said the mayor called it \"a tax on work.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn a_gerund_after_a_noun_after_the_quote_is_no_attribution() {
    // "a jab at the mayor conceding" comments on the quote; it does not attribute it.
    let text = "The season was short.\n\nAnna Berg laughed and called the plan \"very bold,\" a jab at the mayor \
                conceding that the route had moved.";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn the_object_of_a_verb_of_judging_is_not_its_speaker() {
    // "described the strain as" names what is judged; the speaker is the sentence's subject.
    let text = "The season was short.\n\nAnna Berg, who says her costs were \"in the millions,\" described the \
                strain as \"awful.\"";
    assert_eq!(
        speakers(text),
        [Some("Anna Berg".to_string()), Some("Anna Berg".to_string())]
    );
    // "as" after a verb of saying starts a clause of time.
    let text =
        "The season was short.\n\n\"We can win on Tuesday,\" said Anna Berg as she closed out.";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn a_cue_noun_after_an_adjective_in_ous_is_a_noun() {
    // "chant" is the noun, not the verb "Fans chant"; the fans are who broke into the chant, so it is theirs (see
    // a_chant_is_chanted_by_who_joins_in_or_is_roused_to_it).
    let text =
        "The season was short.\n\nFans broke into a raucous chant of \"Go Harbour!\" at the quay.";
    assert_eq!(
        found(text, &[]),
        [(
            "Go Harbour!".to_string(),
            Some("Fans".to_string()),
            Some("chant".to_string())
        )]
    );
}

#[test]
fn a_description_known_as_a_name_is_that_name() {
    let text = "The season was short.\n\n\"There was never an order to wait,\" said the harbour chief known as Lund, \
                who retired in May.";
    assert_eq!(speakers(text), [Some("Lund".to_string())]);
}

#[test]
fn a_past_verb_or_an_adverb_after_a_subject_is_not_the_speaker() {
    // An irregular past after a possessed subject is its verb; "however" stands between a name and its cue.
    let cases = [
        (
            "The port reopened.\n\nLund's office sent every house a leaflet calling the levy \"a tax on boats.\"",
            "Lund's office",
        ),
        (
            "The port reopened.\n\nTom Lund met the board.\n\nLund however said the town still needs a \
             \"fair deal\" now.",
            "Tom Lund",
        ),
    ];
    for (text, speaker) in cases {
        assert_eq!(speakers(text), [Some(speaker.to_string())], "{text}");
    }
}

#[test]
fn an_office_and_its_place_speak_together() {
    // The place after an office's preposition is where the speaker serves, not the speaker.
    let cases = [
        (
            "The port reopened.\n\nThe senator from Maine said the levy was \"a tax on boats.\"",
            "The senator from Maine",
        ),
        (
            "The port reopened.\n\nThe mayor of Harbourton said the levy was \"a tax on boats.\"",
            "The mayor of Harbourton",
        ),
        // Two offices joined by "and" before the name.
        (
            "The port reopened.\n\n\"It is about boats,\" said former Maine Gov. and Harbour Party Chairman Tom Lund.",
            "Tom Lund",
        ),
    ];
    for (text, speaker) in cases {
        assert_eq!(speakers(text), [Some(speaker.to_string())], "{text}");
    }
}

#[test]
fn a_clause_after_an_opening_connector_is_passed_over() {
    // The gerund's speaker is the subject after "But although ...,".
    let text = "The port reopened.\n\nAnna Berg spoke last. But although the crew had stood by her all year, she \
                struck a note of doubt, saying, \"I am not sure the ferry will last.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn an_attribution_ending_a_sentence_covers_its_earlier_quotes() {
    let text = "The port reopened.\n\nTom Lund met the board. Bookings were \"flat for about a month\" while owners \
                waited on a \"rough winter,\" he said.";
    assert_eq!(
        speakers(text),
        [Some("Tom Lund".to_string()), Some("Tom Lund".to_string())]
    );
    // Not past a name: "as Berg did" may attribute the first quote, which is the group's that opens the sentence.
    let text = "The port reopened.\n\nTom Lund met the board. Some say that \"the pier is still in doubt,\" as Anna \
                Berg did, or that \"the tide will win,\" as Lund said.";
    assert_eq!(speakers(text)[0].as_deref(), Some("Some"));
}

#[test]
fn an_attribution_after_a_phrase_may_have_two_appositives() {
    let text = "The port reopened.\n\n\"We are very pleased\" about the ruling, said Anna Berg, executive director \
                of the Harbour Trust, a union of pilots.";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn a_described_speaker_ends_before_its_verb() {
    let text =
        "The port reopened.\n\nThe harbour senator emailed members saying: \"The fight goes on.\"";
    assert_eq!(speakers(text), [Some("The harbour senator".to_string())]);
}

#[test]
fn quote_as_an_aside_is_no_cue() {
    for text in [
        "The port reopened.\n\nNo surprise that Anna Berg said, and I quote, \"The pier is ours.\"",
        "The port reopened.\n\nAnna Berg was heard saying that, quote, \"The pier is ours.\"",
    ] {
        assert_eq!(speakers(text), [Some("Anna Berg".to_string())], "{text}");
    }
}

#[test]
fn an_opening_phrase_may_hold_a_comma() {
    for text in [
        // Between two adjectives of its noun, and before a date's year.
        "The port reopened.\n\nIn a long, dockside interview with the Harbour Times last week, Anna Berg said she \
         liked the plan and added, \"We will sign it.\"",
        "The port reopened.\n\nOn May 4, 2015, Anna Berg made the following comment:\n\n\"We will sign it.\"",
    ] {
        assert_eq!(speakers(text), [Some("Anna Berg".to_string())], "{text}");
    }
}

#[test]
fn a_cue_in_an_opening_clause_does_not_introduce_the_quote_after_the_colon() {
    let text = "The port reopened.\n\nWhen Tom Lund suggested that the board would sue the port, Anna Berg fired \
                back: \"If they sue us, they lose.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn an_opening_then_is_no_subject() {
    // "Then" opens the sentence as "But" does; the gerund after the comma is the subject's, not the object's.
    let text = "The port reopened.\n\nAnna Berg spoke first. Then she turned on Lund, calling him a \"dreamer.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn a_clause_after_while_has_its_own_subject() {
    let text = "The port reopened.\n\nTom Lund signed an order, while Anna Berg, the harbour chief, proposed we \
                \"wait and see the tide\" and left.";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn a_gerund_after_while_belongs_to_the_subject() {
    let text = "The port reopened.\n\nAnna Berg called it \"early\" to back Lund's plan for the pier while adding, \
                \"I have no doubt he means well by the town.\"";
    assert_eq!(speakers(text)[1], Some("Anna Berg".to_string()));
}

#[test]
fn so_called_written_apart_names_a_thing() {
    for text in [
        "Tom Lund spoke. The so called \"harbour pact\" has held for years.",
        "Tom Lund spoke. The so- called \"harbour pact\" has held for years.",
    ] {
        let (_, speaker, cue) = one(text);
        assert_eq!((speaker, cue), (None, None), "{text}");
    }
    // Nor is "The so" the subject of a later quote in the sentence.
    let text = "Tom Lund spoke. The so called \"harbour pact\" was called by the board to make the port adopt the \
                rules passed under the 2010 \"pier plan.\"";
    assert_eq!(speakers(text), [None, None]);
}

#[test]
fn go_speaks_only_with_its_comma() {
    let text =
        "The port reopened.\n\nAnna Berg criticized the accord, saying the deal goes \"a step too \
                far.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
    let text = "The port reopened.\n\nAnd then Anna Berg goes, \"No way.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn a_description_runs_on_to_the_place_it_is_in() {
    let text = "The port reopened.\n\nOne aide inside Harbour Tower tried to play down the row, saying it was \"not \
                much of a worry down here.\"";
    assert_eq!(
        speakers(text),
        [Some("One aide inside Harbour Tower".to_string())]
    );
}

#[test]
fn a_place_ending_a_longer_name_is_not_the_speaker() {
    let text = "The port reopened.\n\nHarbour Watch Norway, a campaign group, emailed one line: \"THIS IS NOT OK.\"";
    let norway = entity_at(text, "Norway", EntityKind::Place);
    let got: Vec<_> = found(text, &[norway]).into_iter().map(|q| q.1).collect();
    assert_eq!(got, [Some("Harbour Watch Norway".to_string())]);
}

#[test]
fn a_quote_ending_the_clause_of_a_possessed_remark_is_the_possessors() {
    for text in [
        "The port reopened.\n\nLund blamed the press for making an issue of Anna Berg's claim that the board \"sold \
         the pier\" last year.",
        "The port reopened.\n\nTom Lund's recent baseless assertion that \"thousands\" of pilots left was denied.",
        "The port reopened.\n\nThe rules were set by Anna Berg's conclusion that the ferries were \"unsafe.\"",
    ] {
        let speaker = if text.contains("Tom Lund") { "Tom Lund" } else { "Anna Berg" };
        assert_eq!(speakers(text), [Some(speaker.to_string())], "{text}");
    }
    // Not when the quote is what someone else calls the claim.
    let text = "The port reopened.\n\nThe crew recalled Tom Lund's remark in May describing Anna Berg's statement \
                that she opposed the pier as \"the biggest fairy tale.\"";
    assert_ne!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn a_name_before_a_noun_like_comments_is_no_speaker_for_a_pronoun() {
    let text = "The port reopened.\n\nTom Lund spoke last. It makes the Harbour comments galling to him.\n\n\"They \
                try to shame me,\" he said.";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
}

#[test]
fn a_place_that_is_the_surname_of_a_person_in_the_text_is_that_person() {
    let text =
        "The port reopened.\n\nRep. Anna Norway spoke first. \"The seats are empty,\" Norway said.";
    let norway = entity_everywhere(text, "Norway", EntityKind::Place);
    let got: Vec<_> = found(text, &[norway]).into_iter().map(|q| q.1).collect();
    assert_eq!(got, [Some("Anna Norway".to_string())]);
}

#[test]
fn words_describing_a_name_before_it_are_not_the_subject() {
    for text in [
        "The port reopened.\n\nHarbour board spokesman Tom Okafor was insisting he had \"saved the pier,\" \
         claiming credit.",
        "The port reopened.\n\nLabour leadership front-runner Anna Berg was insisting she had \"saved the \
         pier,\" claiming credit.",
    ] {
        let name = if text.contains("Okafor") { "Tom Okafor" } else { "Anna Berg" };
        assert_eq!(speakers(text), [Some(name.to_string())], "{text}");
    }
}

#[test]
fn a_day_may_stand_between_a_described_subject_and_its_verb() {
    let text = "The port reopened.\n\nThe Berg campaign on Friday kept up its criticism, saying Lund is fit \"only \
                on paper\" and little else.";
    assert_eq!(speakers(text), [Some("The Berg campaign".to_string())]);
}

#[test]
fn an_adverb_and_after_open_a_sentence_before_its_subject() {
    let text = "The port reopened.\n\nImmediately after the storm, Anna Berg released a statement: \"The quay \
                held, just.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn a_name_spelt_like_a_common_word_speaks_after_a_quotes_comma() {
    for (text, name) in [
        (
            "Tom Read runs the port.\n\n\"The quay held,\" Read said.",
            "Tom Read",
        ),
        (
            "Ana From runs the port.\n\n\"The quay held,\" From said in a statement.",
            "Ana From",
        ),
        (
            "Kit Will runs the port.\n\n\"The quay held,\" Will wrote.",
            "Kit Will",
        ),
    ] {
        let person = entity_at(text, name, EntityKind::Person);
        let got: Vec<_> = found(text, &[person]).into_iter().map(|q| q.1).collect();
        assert_eq!(got, [Some(name.to_string())], "{text}");
    }
    // A verb of judging and "as": the quote is what the name calls something, not what it says.
    let text =
        "Kit Will runs the port.\n\nAfter the \"slow collapse,\" Will described the pier as lost.";
    let person = entity_at(text, "Kit Will", EntityKind::Person);
    assert_eq!(found(text, &[person])[0].1, None);
}

#[test]
fn a_said_after_an_aside_and_its_comma_is_inverted() {
    for text in [
        "The port reopened.\n\n\"The crews have shown resilience,\" like the recent storms, said Tom Okafor, the \
         harbour master.",
        "The port reopened.\n\n\"The crews have shown resilience,\" such as in the storms, said Tom Okafor.",
    ] {
        assert_eq!(speakers(text), [Some("Tom Okafor".to_string())], "{text}");
    }
    // A name with an appositive, then a cue with an object: the name speaks.
    let text = "The port reopened.\n\n\"The crews held,\" Tom Okafor, the harbour master, told Radio Vasa.";
    assert_eq!(speakers(text), [Some("Tom Okafor".to_string())]);
}

#[test]
fn a_place_telling_where_the_opening_person_lives_is_not_the_speaker() {
    let place = |text: &str, name: &str| entity_everywhere(text, name, EntityKind::Place);
    for (text, person, town) in [
        (
            "The port reopened.\n\nAnna Berg of Vasa, Harbourshire says the pier will \"hold for years.\"",
            "Anna Berg",
            "Harbourshire",
        ),
        (
            "The port reopened.\n\nTom Okafor, whose hometown, Vasa, may flood, argues the plan will \"sink us.\"",
            "Tom Okafor",
            "Vasa",
        ),
    ] {
        let entities = [entity_at(text, person, EntityKind::Person), place(text, town)];
        let got: Vec<_> = found(text, &entities).into_iter().map(|q| q.1).collect();
        assert_eq!(got, [Some(person.to_string())], "{text}");
    }
    // A sentence opening with something else: the place speaks for its government.
    let text = "The port reopened.\n\nIn talks with Tom Okafor, Vasa said the pier would \"hold for years.\"";
    let entities = [
        entity_at(text, "Tom Okafor", EntityKind::Person),
        place(text, "Vasa"),
    ];
    let got: Vec<_> = found(text, &entities).into_iter().map(|q| q.1).collect();
    assert_eq!(got, [Some("Vasa".to_string())]);
}

#[test]
fn a_closing_attribution_may_end_the_paragraph_with_an_abbreviation() {
    let text = "The port reopened.\n\n\"The crews are tired. They see no other way\" but to work on, says Ana Ruiz, a \
                pollster in Harbourton, Md.\n\nThe ferry sailed.";
    assert_eq!(speakers(text), [Some("Ana Ruiz".to_string())]);
}

#[test]
fn a_capitalised_adverb_opening_a_sentence_is_no_speaker() {
    let text = "The port reopened.\n\nEver since the vote, Anna Berg has toured the docks with a simple message: \
                \"Hold the line!\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
    for text in [
        "The port reopened.\n\nWait, it gets better:\n\n\"The quay held through every storm of the winter.\"",
        "The port reopened.\n\nPerhaps the sharpest of them: a post in May, \"The quay held through every storm of \
         the winter.\"",
    ] {
        assert_eq!(speakers(text), [None], "{text}");
    }
}

#[test]
fn a_states_abbreviation_is_no_speaker() {
    for text in [
        "The port reopened.\n\n\"The quay held,\" Anna Berg, 59, of Harbourton, Md., who watched from the pier, \
         said in an interview.",
        "The port reopened.\n\nAnna Berg, 59, of Harbourton, Md., who watched from the pier, said the quay \"held \
         through every storm.\"",
    ] {
        assert_eq!(speakers(text), [Some("Anna Berg".to_string())], "{text}");
    }
    let text = "The port reopened.\n\nHours after the storm in Harbourton, Calif., a familiar voice posted: \"The \
                quay held through every storm of the winter.\"";
    assert_ne!(speakers(text), [Some("Calif.".to_string())]);
}

#[test]
fn a_quote_ending_an_opening_clause_is_its_subjects() {
    for text in [
        "The port reopened.\n\nBut even as Anna Berg claimed on Tuesday that \"the quay held for far longer,\" one \
         of the engineers for Tom Lund said the two piers differed in every way.",
        "The port reopened.\n\nWhen Anna Berg said she would \"rebuild the pier,\" the crowd applauded loudly.",
    ] {
        assert_eq!(speakers(text), [Some("Anna Berg".to_string())], "{text}");
    }
}

#[test]
fn a_name_before_a_past_verb_and_as_names_the_thing() {
    for text in [
        "Tom Lund ran the port.\n\nLund looked into the death of a deputy, an incident Anna Berg brought up as \
         \"rather odd\" at a rally.",
        "Tom Lund ran the port.\n\nLund signed the plan, which Anna Berg described as \"a slow collapse.\"",
    ] {
        assert_eq!(speakers(text), [Some("Anna Berg".to_string())], "{text}");
    }
    // A possessive name is the object's owner: "Lund's plan as".
    let text = "Tom Lund ran the port.\n\nAnna Berg dismissed Lund's plan as \"a slow collapse.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn a_cue_word_in_an_office_before_a_name_is_a_noun() {
    for text in [
        "The port reopened.\n\n\"The quay held,\" said state senator Tom Lund.",
        "The port reopened.\n\n\"The quay held,\" according to state attorney Tom Lund.",
        "The port reopened.\n\n\"The quay held,\" said report author Tom Lund.",
    ] {
        assert_eq!(speakers(text), [Some("Tom Lund".to_string())], "{text}");
    }
    // Capitalised after the quote's comma, the word opens the name; "said" is the cue.
    let (_, speaker, cue) =
        one("The port reopened.\n\n\"The quay held,\" State senator Tom Lund said.");
    assert_eq!(
        (speaker.as_deref(), cue.as_deref()),
        (Some("Tom Lund"), Some("said"))
    );
    // A participle stays a verb: the man speaks, not the name he gives himself.
    let text = "The port reopened.\n\n\"The quay held,\" said a man calling himself Tom Lund.";
    assert_eq!(speakers(text), [Some("a man".to_string())]);
}

#[test]
fn a_pronoun_passes_a_possessive_for_the_person_who_speaks() {
    for text in [
        "The port reopened.\n\nAnna Berg's plan was backed on Friday by Sen. Olga Lund of Vasa, the ranking member, \
         who said none of it was new.\n\n\"The pier was never the problem,\" she said.",
        "The port reopened.\n\nAnna Berg's remarks had hurt the crews, Olga Lund said.\n\n\"The pier was never \
         the problem,\" she said.",
    ] {
        assert_eq!(speakers(text), [Some("Olga Lund".to_string())], "{text}");
    }
    // The possessive is the author: "Lund's article attacked Berg. He calls ...".
    let text = "The port reopened.\n\nTom Lund's article attacked Karl Berg for his vote. He calls the vote \"a slow \
                collapse.\"";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
}

#[test]
fn a_name_whose_cue_follows_an_appositive_speaks() {
    let text = "The test was announced.\n\n\"The pier is closed to ferries,\" Secretary General Tom Lund said.\
                \n\nKarl Amano, head of the harbour agency, told the crews the test broke the rules, which he \
                added \"was a sorry day.\"";
    let got = speakers(text);
    assert_eq!(got[1], Some("Karl Amano".to_string()), "{got:?}");
    // A full name the recognizer did not find, with no known given name, is a person's for it.
    let text = "The deal closed.\n\n\"Costs are up,\" Tom Lund said.\n\nZorvan Kelb, the finance chief, said the \
                cuts were needed. \"They are painful,\" he said.";
    let got = speakers(text);
    assert_eq!(got[1], Some("Zorvan Kelb".to_string()), "{got:?}");
}

#[test]
fn a_pronoun_skips_a_name_after_a_preposition_when_a_description_is_the_subject() {
    let text = "The rally began.\n\nTom Lund took the stage. The radio talker filled his speeches for Karl Berg with \
                praise. He has called the senator \"the next great captain.\"";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
    // With a thing as the subject, the person after the preposition is who the pronoun stands for.
    let text = "The rally began.\n\nTom Lund took the stage. The plan for Karl Berg was new. He has called it \"the \
                next great step.\"";
    assert_eq!(speakers(text), [Some("Karl Berg".to_string())]);
}

#[test]
fn a_peoples_adjective_is_no_speaker() {
    // "Asian states" reads as a name and a weak cue.
    let text = "The port reopened.\n\nThe plan has stirred doubt in several Asian states, and it wears \"a velvet \
                glove.\"";
    assert_eq!(speakers(text), [None]);
    // "the Texan said": a description with its article is kept.
    let text = "The port reopened.\n\n\"The voters want something new,\" the Texan said.";
    assert_eq!(speakers(text), [Some("Texan".to_string())]);
}

#[test]
fn a_closing_attribution_may_end_in_a_longer_phrase_of_place() {
    let text = "Anna Berg spoke at the pier.\n\nThe crews had \"done the hardest part\" of the pier work, she said \
                on a tour of the pier with the harbour board.";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
    // A clause after "said" ("that the crews would rest") is no phrase of place: the rule does not read past it.
    let text = "Anna Berg spoke at the pier.\n\nThe crews had \"done the hardest part\" of the work, she said in \
                a statement that the crews would rest.";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn a_phrase_of_place_after_an_opening_connector_is_passed_over() {
    for text in [
        "Tom Lund spoke at the pier.\n\nBut back on the quay, he went back to his old theme: \"Harbour first, and \
         no delay, ever!\"",
        "Tom Lund spoke at the pier.\n\nAnd on the ferry, Lund kept to his script: \"Harbour first, and no \
         delay, ever!\"",
    ] {
        assert_eq!(speakers(text), [Some("Tom Lund".to_string())], "{text}");
    }
}

#[test]
fn a_capitalised_preposition_opens_no_name() {
    // "Across Harbourshire" had been read as a name of two words, the subject of the sentence.
    let text = "The port reopened.\n\nAcross Harbourshire, skippers have been startled by the \"isolationist\" \
                plans of the board.";
    // The recognizer may take the preposition into a name, as it once did.
    let org = entity_at(text, "Across Harbourshire", EntityKind::Organization);
    assert_eq!(found(text, &[org])[0].1, None);
    let text = "The port reopened.\n\nGiven Lund's record, the plan should win \"broad support\" among the \
                crews, spokesman Tom Okafor said.";
    let people = [
        entity_at(text, "Lund", EntityKind::Person),
        entity_at(text, "Tom Okafor", EntityKind::Person),
    ];
    assert_eq!(found(text, &people)[0].1.as_deref(), Some("Tom Okafor"));
}

#[test]
fn a_place_after_a_preposition_of_place_is_no_speaker() {
    // "which read" stands for the sign, not for the place the sign stood in.
    let text = "The port reopened.\n\nDrivers saw a sign at an exit in Harbourton (about ten miles east of the \
                coast), which read, \"Vote for the harbour.\"";
    let place = entity_at(text, "Harbourton", EntityKind::Place);
    assert_eq!(found(text, &[place])[0].1, None);
    // A place that is the subject speaks.
    let text =
        "The port reopened.\n\nThe talks stalled, and Harbourshire said \"no deal is near.\"";
    let place = entity_at(text, "Harbourshire", EntityKind::Place);
    assert_eq!(found(text, &[place])[0].1.as_deref(), Some("Harbourshire"));
}

#[test]
fn a_possessed_noun_keeps_the_words_that_count_it() {
    // "first callers" had read as a noun and its verb in -s: the speaker was "Lund's first".
    let text = "Tom Lund spoke on Monday.\n\nAt the pier, Lund's first five callers ranged from warm to cold: \"Is \
                it time for a change?\"";
    assert_eq!(
        speakers(text),
        [Some("Lund's first five callers".to_string())]
    );
    let text = "Tom Lund spoke on Monday.\n\nAt the pier, Lund's first callers were cold: \"Is it time for a \
                change?\"";
    assert_eq!(speakers(text), [Some("Lund's first callers".to_string())]);
}

#[test]
fn first_between_a_name_and_its_cue_is_an_adverb() {
    let text = "The pastor slammed the board for \"promoting chaos\" on the show, Harbour Watch first reported.";
    assert_eq!(speakers(text), [Some("Harbour Watch".to_string())]);
}

#[test]
fn a_stop_with_no_space_after_it_ends_the_sentence() {
    // "said.Lund" had been one word, and the speaker "Lund said.Lund".
    let text = "The port closed.\n\n\"The docks are shut,\" Lund said.Lund claimed it was late.";
    assert_eq!(speakers(text), [Some("Lund".to_string())]);
    // A stop between single letters stays inside the word.
    let text = "The port closed.\n\n\"The docks are shut,\" the U.S. envoy said.";
    assert_eq!(speakers(text), [Some("the U.S. envoy".to_string())]);
}

#[test]
fn a_name_right_after_the_pronouns_own_cue_is_not_who_it_stands_for() {
    // "he said Berg": Berg is what was said, and the next "he said" is still Tom Lund.
    let text = "Tom Lund met the board on Monday. Asked whom he would back for the chair, he said Berg. \"I \
                would pick Karl for now,\" he said.";
    let people = [
        entity_at(text, "Tom Lund", EntityKind::Person),
        entity_at(text, "Berg", EntityKind::Person),
    ];
    assert_eq!(found(text, &people)[0].1.as_deref(), Some("Tom Lund"));
}

#[test]
fn an_organisation_of_a_place_after_a_person_is_where_they_work() {
    // "Harbour Council of Vasa" had been read as a person's name and its place.
    let text =
        "The port closed.\n\nHowever, as Tom Lund of the Harbour Council of Vasa told the Harbour \
                Press, \"We have borne the same loss.\"";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
}

#[test]
fn a_sentence_ending_in_a_comma_before_the_next_quote_introduces_it() {
    // "Berg replied," is the next quote's lead-in, not the first quote's attribution.
    let text = "Tom Lund and Anna Berg spoke.\n\nLund wrote: \"Why today? The pier was shut.\" Berg replied, \"You \
                were right.\"";
    assert_eq!(
        speakers(text),
        [Some("Tom Lund".to_string()), Some("Anna Berg".to_string())]
    );
    let text = "Tom Lund and Anna Berg spoke.\n\nLund wrote: \"Why today? Was the pier shut?\" Berg then writes \
                back, \"You were right.\"";
    assert_eq!(
        speakers(text),
        [Some("Tom Lund".to_string()), Some("Anna Berg".to_string())]
    );
}

#[test]
fn a_name_with_a_cue_and_a_colon_speaks_a_quote_that_ends_its_sentence() {
    let text = "The port closed.\n\nTom Lund, tired, famously replied: \"What does it matter now?\" His critics \
                cited it as proof of his mood.";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
}

#[test]
fn a_pronoun_is_not_the_person_its_own_cue_addresses() {
    // "he told Lund": the nearest man before is Lund, who cannot be "he"; Tom Okafor, named before, is.
    let text = "Tom Okafor runs the night shift at the pier.\n\nKarl Lund backed a bill to cut the shifts.\n\n\
                \"Men like me have been treated badly by the bill,\" he told Lund.";
    let people = [
        entity_at(text, "Tom Okafor", EntityKind::Person),
        entity_everywhere(text, "Lund", EntityKind::Person),
    ];
    assert_eq!(found(text, &people)[0].1.as_deref(), Some("Tom Okafor"));
    // Nor is the person the words are about ("he said of Lund").
    let text = text.replace("he told Lund", "he said of Lund");
    let people = [
        entity_at(&text, "Tom Okafor", EntityKind::Person),
        entity_everywhere(&text, "Lund", EntityKind::Person),
    ];
    assert_eq!(found(&text, &people)[0].1.as_deref(), Some("Tom Okafor"));
}

#[test]
fn a_cue_word_after_another_and_an_adjective_is_a_noun() {
    // "another, more hopeful tweet": "tweet" had been the cue and "hopeful" its speaker.
    let text = "Tom Lund wrote twice on Sunday.\n\nNext came another, more hopeful tweet on the ferries, then one \
                where he took the credit for \"seeing the tides rise early.\"";
    assert!(speakers(text)
        .iter()
        .all(|s| s.as_deref() != Some("hopeful")));
    // A pronoun before the cue is its subject: "they post" speaks.
    let text =
        "The crews met on Monday.\n\nIn the harbour, they post \"no entry\" signs on every gate.";
    assert_eq!(speakers(text), [Some("The crews".to_string())]);
}

#[test]
fn a_phrase_after_a_conjunction_and_a_preposition_is_no_speaker() {
    // "but at a second meeting said": the meeting does not speak; the porter does ("first" is an adverb).
    let text = "The port closed.\n\nThe porter first refused, but at a second meeting said she felt an \"uh \
                oh\" pang and shredded the notes.";
    assert_eq!(speakers(text), [Some("The porter".to_string())]);
    let text = "The port closed.\n\nThe first clerk said \"no deal.\"";
    assert_eq!(speakers(text), [Some("The first clerk".to_string())]);
}

#[test]
fn a_title_in_the_appositive_after_a_quote_leaves_the_speaker_to_it() {
    for text in [
        "“The bay is closing,” Tom Lund, author of “Harbour Rules,” said on Tuesday.",
        "“The bay is closing,” Tom Lund, whose book “Harbour Rules” sold well, told reporters.",
    ] {
        let got = found(text, &[]);
        assert_eq!(
            got.iter().map(|q| q.1.as_deref()).collect::<Vec<_>>(),
            [Some("Tom Lund"), None],
            "{text:?}: {got:?}"
        );
    }
    // A sentence quoted from a book is a quotation, with the sentence's speaker.
    let (_, speaker, _) = one(
        "Anna Berg wrote in her memoir, “I was never afraid of the board, and I told them so.”",
    );
    assert_eq!(speaker.as_deref(), Some("Anna Berg"));
}

#[test]
fn a_cue_after_a_title_in_an_appositive_has_its_subject_before_the_title() {
    // The words between the title's quote and this one are only "put it,": the subject is before the title.
    let text = "The port closed.\n\nAs Tom Lund, professor of law at Vasa and author of \"Harbour Rules,\" put it, \
                \"Senators should remember that a deal today may be better.\"";
    let got = speakers(text);
    assert_eq!(got.last(), Some(&Some("Tom Lund".to_string())));
}

#[test]
fn a_partial_quotation_right_after_a_sentence_reporting_words_goes_on_with_them() {
    use EntityKind::{Person, Place};
    // (text, the name the recognizer found and its kind, the speaker of the last quote)
    let rows = [
        // The sentence before reports a named person's words; the quotation goes on with them.
        (
            "Intro.\n\nTomas Lund said the count had been rushed. Doing so \"looked like a way to end the \
             vote before it began.\"",
            ("Tomas Lund", Person),
            Some("Tomas Lund"),
        ),
        // Through a pronoun.
        (
            "Intro.\n\nAnna Berg runs the ferry.\n\n\"It is a stunt,\" she says. It is \"a show for the \
             cameras.\"",
            ("Anna Berg", Person),
            Some("Anna Berg"),
        ),
        // A quotation of three words is more often a phrase set apart than someone's words.
        (
            "Intro.\n\nTomas Lund said the count had been rushed. It was \"haste over care.\"",
            ("Tomas Lund", Person),
            None,
        ),
        // A quotation opening with a capital after a sentence of its own is a document's words, or a title.
        (
            "Intro.\n\nTomas Lund cited the harbour survey. A note in it makes this plain: \"These figures \
             leave out the north quay.\"",
            ("Tomas Lund", Person),
            None,
        ),
        // A sentence between: the quotation no longer follows the report.
        (
            "Intro.\n\nTomas Lund said the count had been rushed. The board sat late. It was \"a plain \
             case of haste over care.\"",
            ("Tomas Lund", Person),
            None,
        ),
        // A place before a cue word ("admitted to the port") reports nobody's words.
        (
            "Intro.\n\nMost ships from Vasa admitted to the port were late. It is \"a matter for the board \
             alone.\"",
            ("Vasa", Place),
            None,
        ),
        // The sentence before ends a quotation with a speaker: the partial quotation goes on with them.
        (
            "Intro.\n\n\"We thought only the board was careless,\" said Tomas Lund. Berg \"kind of misread \
             the count. She should not say so in public.\"",
            ("Tomas Lund", Person),
            Some("Tomas Lund"),
        ),
        // Not with a sentence between.
        (
            "Intro.\n\n\"We thought only the board was careless,\" said Tomas Lund. The vote is on Monday. \
             Berg \"kind of misread the count. She should not say so in public.\"",
            ("Tomas Lund", Person),
            None,
        ),
    ];
    for (text, (name, kind), speaker) in rows {
        let got = found(text, &[entity_everywhere(text, name, kind)]);
        let last = got.last().unwrap_or_else(|| panic!("no quote in {text}"));
        assert_eq!(last.1.as_deref(), speaker, "{text}");
    }
}

#[test]
fn who_agrees_to_something_is_not_the_one_reporting_words() {
    // "Mr. Lund agreed to sell" is consent, not speech: the "he said" after it is Berg's, who spoke in the sentence
    // before. "agreed" alone still reports words.
    let rows = [
        (
            "Tom Lund runs the ferry. Mr. Berg said he bought a new boat only because Mr. Lund agreed to sell. \
             \"We have waited years for this one,\" he said.",
            "Berg",
        ),
        (
            "Erik Berg bought a new boat. Mr. Berg said the price was fair, and Tom Lund agreed. \"We have \
             waited years for this one,\" he said.",
            "Lund",
        ),
    ];
    for (text, speaker) in rows {
        let people = [
            entity_everywhere(text, "Lund", EntityKind::Person),
            entity_everywhere(text, "Berg", EntityKind::Person),
        ];
        let got = found(text, &people);
        assert_eq!(
            got.last().and_then(|q| q.1.as_deref()),
            Some(speaker),
            "{text}"
        );
    }
}

#[test]
fn a_gendered_title_before_a_surname_names_the_person_of_that_gender() {
    // The recognizer groups every "Berg" under the first full name, Tom Berg; "Ms. Berg" is Anna Berg.
    let text = "Tom Berg and his wife, Anna Berg, spoke at the hall on Sunday.\n\n\
                ''All of us felt it,'' Ms. Berg wrote.\n\n\
                ''We will stay,'' Mr. Berg said.";
    let x = crate::extract::extract(text);
    let speakers: Vec<Option<&str>> = x.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("Anna Berg"), Some("Tom Berg")],
        "{:?}",
        x.quotes
    );
}

#[test]
fn a_described_subject_or_a_name_before_it_speaks_through_an_introducing_colon() {
    let rows = [
        (
            "The harbour board, in a note on the dispute, worded it even more plainly: \"The quay stays shut \
             until the survey is done.\"",
            "The harbour board",
        ),
        (
            "As if speaking to the mayor, the harbour board was blunt in its reply: \"Any more talk of the \
             wall is wasted breath.\"",
            "the harbour board",
        ),
        // A name right before the colon, after the verb or a role, is introduced to speak; a named subject
        // still comes first.
        (
            "The late surge does not surprise harbour pollster Tom Okafor: \"Small boats often win the \
             early races.\"",
            "Tom Okafor",
        ),
        (
            "Anna Berg does not surprise Tom Okafor: \"She has won the early races for years.\"",
            "Anna Berg",
        ),
    ];
    for (text, speaker) in rows {
        let got = one(text);
        assert_eq!(got.1.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn the_object_of_a_gerund_after_a_quote_is_no_speaker() {
    let text = "The captains still hold that \"a second quay would pay for itself,\" citing a winter in which \
                a ferry lay moored for a week.";
    assert_eq!(one(text).1.as_deref(), Some("The captains"));
}

#[test]
fn cue_verbs_of_complaint_boast_and_confession() {
    let rows = [
        "\"It will be a slog from the first day to the last,\" Anna Berg vented.",
        "\"It is the fastest boat on the whole northern coast,\" Anna Berg bragged.",
        "\"We should have moved the quay years ago,\" Anna Berg confessed.",
        "\"Nobody read the survey,\" Anna Berg lambasted.",
    ];
    for text in rows {
        assert_eq!(one(text).1.as_deref(), Some("Anna Berg"), "{text}");
    }
}

#[test]
fn a_description_ends_before_its_relative_clause_or_trailing_participle() {
    let rows = [
        (
            "A harbour official who spoke anonymously said Wednesday, \"There are talks between the board and \
             the ferry firm.\"",
            "A harbour official",
        ),
        (
            "Though the crews keep apart, a harbour official who stayed late to finish internal surveys said \
             Wednesday, \"There are talks between the board and the ferry firm.\"",
            "a harbour official",
        ),
        (
            "Most skippers said they doubt the board \"cares about small boats at all,\" according to a harbour \
             poll conducted in February.",
            "a harbour poll",
        ),
    ];
    for (text, speaker) in rows {
        assert_eq!(one(text).1.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn the_object_inside_a_relative_clause_is_not_the_speaker() {
    let rows = [
        (
            "The skipper who built the boat said, \"We will sail it in the spring race.\"",
            "The skipper",
        ),
        (
            "Tom Okafor who built the boat said, \"We will sail it in the spring race.\"",
            "Tom Okafor",
        ),
    ];
    for (text, speaker) in rows {
        assert_eq!(one(text).1.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn an_article_before_a_count_opens_the_description() {
    let rows = [
        (
            "The two captains said, \"We will sail at dawn.\"",
            "The two captains",
        ),
        (
            "A top harbour adviser said, \"We will sail at dawn.\"",
            "A top harbour adviser",
        ),
        (
            "Two captains said, \"We will sail at dawn.\"",
            "Two captains",
        ),
    ];
    for (text, speaker) in rows {
        assert_eq!(one(text).1.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn whoever_issues_a_statement_speaks_the_paragraph_of_quotation_after_it() {
    for (text, speaker) in [
        (
            "The port reopened.\n\nThe Harbour Board issued a statement on Monday.\n\n\"The quay will \
             reopen on Friday for all traffic.\"",
            Some("Harbour Board"),
        ),
        (
            "The port reopened.\n\nAnna Berg released a brief statement after the vote.\n\n\"We respect the \
             result and will work with the board.\"",
            Some("Anna Berg"),
        ),
        // A statement someone only reads about is not theirs to speak.
        (
            "The port reopened.\n\nAnna Berg read about the statement on Monday.\n\n\"We respect the \
             result and will work with the board.\"",
            None,
        ),
    ] {
        assert_eq!(speakers(text), [speaker.map(String::from)], "{text}");
    }
}

#[test]
fn a_description_and_a_cue_in_the_paragraph_before_speak_a_paragraph_of_quotation() {
    for (text, speaker) in [
        (
            "Harbour officials met.\n\nThe mayor said the port would stay open through the winter.\n\n\"We \
             have no other choice. The ferries must run.\"",
            "The mayor",
        ),
        (
            "Harbour officials met.\n\nThe harbour master said the port would stay open.\n\n\"We have no \
             other choice. The ferries must run.\"",
            "The harbour master",
        ),
    ] {
        assert_eq!(speakers(text), [Some(speaker.to_string())], "{text}");
    }
    // A cue word right after its determiner is still a noun ("the comment"): no one speaks through it.
    let text = "Harbour officials met.\n\nThe crews ignored the comment about the winter.\n\n\"We have no \
                other choice. The ferries must run.\"";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn someone_set_to_speak_by_a_verb_before_them_speaks_the_infinitive() {
    let text =
        "Anna Berg spoke first.\n\nThe vote prompted Tom Okafor to say \"we are done here.\"";
    assert_eq!(speakers(text), [Some("Tom Okafor".to_string())]);
}

#[test]
fn a_gerund_after_a_where_clause_is_the_clause_subjects() {
    for (text, speaker) in [
        (
            "Erik Lund runs the port.\n\nThe rally was held by the pier, where some 40 dockers had massed \
             at dawn, chanting \"open the gates and let us work\" before the vote.",
            "some 40 dockers",
        ),
        (
            "Erik Lund runs the port.\n\nLund spoke at the ferry office -- where dockers stood in \
             line on Monday, chanting \"open the gates and let us work\" before the vote.",
            "dockers",
        ),
        // A pronoun subject leaves the gerund to the sentence's subject, as before.
        (
            "Erik Lund runs the port.\n\nErik Lund spoke at the pier, where he was cheered, saying \"the port \
             is ours.\"",
            "Erik Lund",
        ),
    ] {
        assert_eq!(speakers(text), [Some(speaker.to_string())], "{text}");
    }
}

#[test]
fn a_name_and_a_verb_of_beginning_after_a_quotes_comma_speak_it() {
    for text in [
        "Erik Lund runs the port.\n\n\"The paper claims today that you are soft,\" Lund started.",
        "Erik Lund runs the port.\n\n\"Friends and neighbours,\" Lund began.",
    ] {
        assert_eq!(speakers(text), [Some("Erik Lund".to_string())], "{text}");
    }
    // Before a title, "started" is no cue: the title stays a title.
    let text = "Erik Lund runs the port.\n\nLund started \"The Harbour Hour\" in 2004.";
    assert_eq!(found(text, &[])[0].2, None);
}

#[test]
fn a_name_inside_a_whose_clause_is_not_the_subject() {
    let text = "Erik Lund runs the port.\n\nTom Slinker, whose new firm, Portdata, maps the docks, said Lund was \
                fit for the job: \"He is one of us.\"";
    assert_eq!(speakers(text), [Some("Tom Slinker".to_string())]);
    // The clause's own cue is its own subject's.
    let text = "Erik Lund runs the port.\n\nLund, whose rival Anna Berg said: \"She will not.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn a_word_for_part_of_a_group_opening_the_sentence_speaks_as_written() {
    for (text, speaker) in [
        (
            "The crowd grew.\n\nOthers, angry at the delay, shouted, \"Open the port!\"",
            "Others",
        ),
        (
            "The crowd grew.\n\nSome chanted \"Harbour! Harbour!\"",
            "Some",
        ),
        ("The crowd grew.\n\nBut many said \"enough.\"", "many"),
    ] {
        assert_eq!(speakers(text), [Some(speaker.to_string())], "{text}");
    }
}

#[test]
fn a_remark_given_by_his_or_her_is_the_possessors() {
    for (text, speaker) in [
        (
            "Erik Lund runs the port.\n\nAt the pier Lund stood by his remarks calling the board \"weak,\" and \
             the crowd booed.",
            "Erik Lund",
        ),
        (
            "Erik Lund runs the port. Anna Berg is his rival.\n\nThe crowd cheered her remarks calling the plan \
             \"reckless.\"",
            "Anna Berg",
        ),
    ] {
        assert_eq!(speakers(text), [Some(speaker.to_string())], "{text}");
    }
}

#[test]
fn a_document_sent_to_someone_carries_its_senders_words() {
    for (text, speaker) in [
        (
            "The port reopened.\n\nThe Lund campaign quickly sent out a memo to its members stating, \"The vote is \
             ours.\"",
            "The Lund campaign",
        ),
        (
            "The port reopened.\n\nBefore the count ended, the harbour union put out a text message to dockers \
             saying: \"Thank you all.\"",
            "the harbour union",
        ),
    ] {
        assert_eq!(speakers(text), [Some(speaker.to_string())], "{text}");
    }
}

#[test]
fn written_after_a_form_of_have_speaks() {
    for text in [
        "The mill closed in 1950.\n\nAs the historian Mara Quell had written in her 1990 memoir, \"We could \
         not have a town without the mill.\"",
        "The mill closed in 1950.\n\nMara Quell has written: \"We could not have a town without the mill.\"",
    ] {
        assert_eq!(speakers(text), [Some("Mara Quell".to_string())], "{text}");
    }
    // "a written statement" is a document, not its writer's cue.
    let text = "The mill closed in 1950.\n\nIn a written statement, \"We regret nothing.\"";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn a_share_of_those_polled_speaks_as_written() {
    let text = "The harbour poll was taken in May.\n\nAbout four in 10 harbour voters said they were \"tired of \
                waiting\" for the bridge. Asked how likely the bridge was to open, 21 percent said \"rather \
                likely\" and 14% said \"never at all.\" At least half of the harbour's residents say the plans are \
                \"about right,\" the poll found.";
    assert_eq!(
        speakers(text),
        [
            Some("About four in 10 harbour voters".to_string()),
            Some("21 percent".to_string()),
            Some("14%".to_string()),
            Some("At least half of the harbour's residents".to_string()),
        ]
    );
    // A number inside a clause is no share that speaks: "the 40 percent who left" is not the subject here.
    let text = "The harbour poll was taken in May.\n\nLund, who won 40 percent, said the result was \"a clear \
                mandate.\"";
    assert_eq!(speakers(text), [Some("Lund".to_string())]);
}

#[test]
fn going_on_doing_something_is_no_speech_for_a_pronoun() {
    let text = "Erik Lund runs the port.\n\nTom Okafor, who chairs the harbour board, said Lund continued to \
                harm the port by fighting the mayor. \"It has not gone well for him,\" he said.";
    assert_eq!(speakers(text), [Some("Tom Okafor".to_string())]);
}

#[test]
fn one_speaking_inside_what_the_pronoun_reported_is_not_its_referent() {
    let text = "Erik Lund runs the port.\n\nTom Okafor, who chairs the harbour board, said the mood was grim. He \
                said that he cared most about the budget and noted that Lund himself has admitted he cannot win. \
                \"The members want a fair hearing,\" he said.";
    assert_eq!(speakers(text), [Some("Tom Okafor".to_string())]);
}

#[test]
fn a_name_qualifying_a_noun_and_a_joined_pronoun_point_past_themselves() {
    // "the Berg campaign" names a campaign, not the person the sentence is about; "he's" after the opening
    // participle's clause is the same "he" as the quote's.
    let text = "Erik Lund ran the port for years.\n\nAcross town, working the phones for the Berg campaign, is Tom \
                Okafor, a teacher. Dismayed by his memory of Erik Lund's time at the port and won over by Berg's \
                plans, he's committed to the senator.\n\n\"I'm calling everyone on my street,\" he said.";
    assert_eq!(speakers(text), [Some("Tom Okafor".to_string())]);
    let text = text.replace("he's committed", "he is committed");
    assert_eq!(speakers(&text), [Some("Tom Okafor".to_string())]);
}

#[test]
fn a_name_in_object_position_yields_to_a_later_speaker_of_its_sentence() {
    // "backing Mr. Berg": Berg is an object; Okafor, past "of" and his church, says.
    let text = "Erik Berg is running for the senate.\n\nOne pastor backing Mr. Berg, Tom Okafor of Harbour Baptist \
                Church in Vasa, said he had called every pastor in the county. He has spoken about the vote at \
                every service since May, he said.\n\n\"Find your polling station and go,\" he tells his flock.";
    assert_eq!(speakers(text), [Some("Tom Okafor".to_string())]);
}

#[test]
fn revealing_is_a_cue() {
    let text =
        "Erik Lund runs the port.\n\n\"We will rebuild the pier by May,\" revealed Tom Okafor.";
    assert_eq!(found(text, &[])[0].2.as_deref(), Some("revealed"));
    assert_eq!(speakers(text), [Some("Tom Okafor".to_string())]);
}

#[test]
fn one_speaking_in_an_opening_clause_leaves_the_pronoun_to_the_main_subject() {
    let text = "The pier has been shut for a month.\n\nWhen Anna Lund pointed out that the pier was shut, Maria Berg \
                seized on the point, saying the port had failed. \"We cannot wait another month,\" she said.";
    assert_eq!(speakers(text), [Some("Maria Berg".to_string())]);
}

#[test]
fn a_voice_coming_from_someone_after_a_quote_speaks_it() {
    let text = "The vote was held.\n\n\"Shame on you,\" came shouts from the crowd while others booed.\n\n\"Not \
                today,\" came the reply from Tom Okafor.";
    assert_eq!(
        speakers(text),
        [
            Some("the crowd".to_string()),
            Some("Tom Okafor".to_string())
        ]
    );
    // From a place, no one speaks (see also a_bare_phrase_ending_in_a_past_form_is_no_speaker).
    let text = "The vote was held.\n\n\"Shame on you,\" came shouts from the quay.";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn a_chant_is_chanted_by_who_joins_in_or_is_roused_to_it() {
    let text = "The rally was loud.\n\nAt one point the dockers loudly reprised the angry chant \"Lund out!\"\n\nTom \
                Okafor roused the crowd to chants of \"Lund out!\"\n\nThe fishermen broke into chants of \"Save \
                the pier!\"";
    assert_eq!(
        speakers(text),
        [
            Some("the dockers".to_string()),
            Some("the crowd".to_string()),
            Some("The fishermen".to_string()),
        ]
    );
    // Who draws a chant does not chant it.
    let text = "The rally was loud.\n\nTom Okafor's speech drew chants of \"Lund out!\"";
    assert_ne!(speakers(text), [Some("Tom Okafor".to_string())]);
}

#[test]
fn one_more_of_those_named_speaks_as_written() {
    let text = "Boats on the bay flew banners.\n\n\"Go home,\" read one. \"Save the pier,\" read another.\n\n\"We \
                won,\" tweeted another.";
    assert_eq!(
        speakers(text),
        [
            Some("one".to_string()),
            Some("another".to_string()),
            Some("another".to_string())
        ]
    );
    let text =
        "Boats on the bay flew banners.\n\n\"Go home,\" read one. \"Lund out,\" was another.";
    assert_eq!(
        speakers(text),
        [Some("one".to_string()), Some("another".to_string())]
    );
}

#[test]
fn a_sentence_naming_whose_the_quote_is_attributes_it() {
    let text = "The port had a hard year.\n\n\"Nobody rows at night.\" That quote from harbour master Tomas Brandt \
                was painted on the pier.\n\n\"Keep the lamps lit.\" The words came from Tomas Brandt.";
    assert_eq!(
        speakers(text),
        [
            Some("Tomas Brandt".to_string()),
            Some("Tomas Brandt".to_string())
        ]
    );
}

#[test]
fn a_cue_in_a_relative_clause_after_a_passive_question_is_not_the_quotes() {
    let text = "The port had a hard year.\n\nLund was asked by host Anna Berg, who backs Lund, but has dismissed the \
                story about the pier, \"Has the story hurt you?\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
    // The relative clause's own cue right before the quote is still its.
    let text = "The port had a hard year.\n\nLund was asked by host Anna Berg, who then said: \"Has it hurt you?\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn two_words_before_a_quote_in_the_first_person_are_enough_for_its_subject() {
    let text = "Tom Lund spoke on Monday. He offered \"my thoughts to every family on the quay.\"";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
    // Not in the first person, two words are still too few to tell a quotation from a scare quote.
    let text = "Tom Lund spoke on Monday. He became \"the boss of the quay.\"";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn a_readiness_between_a_subject_and_its_cue_leaves_the_subject_speaking() {
    // The paragraph before a paragraph of quotation reports the words ...
    let text = "Anna Berg asked whether the quay could be sold. \"Maybe,\" Maria Olsen said.\n\nTom Lund was quick \
                to add that any sale would leave out the old pier.\n\n\"The pier? Not for sale.\"";
    assert_eq!(
        speakers(text),
        [
            Some("Maria Olsen".to_string()),
            Some("Tom Lund".to_string())
        ]
    );
    // ... and so does a cue after the quote, past "has been careful to".
    let text = "Anna Berg met the board.\n\n\"None,\" Tom Lund has been careful to say.";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
}

#[test]
fn a_remark_after_a_possessive_pronoun_is_the_pronouns() {
    let text = "Anna Berg spoke first. \"We row,\" she said.\n\nThe crews may back Lund in the spring. One union is \
                unlikely to back Lund after her May comment that, \"We will close the old quay for good.\"";
    assert_eq!(
        speakers(text),
        [Some("Anna Berg".to_string()), Some("Anna Berg".to_string())]
    );
    // After a cue the possessed noun is part of what is said: "saying his comment" is no attribution.
    let text = "Tom Lund spoke first.\n\nHarbour Watch director Anna Berg wrote back at once, saying his comment \
                \"did the port no good.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn a_possessive_pronouns_owner_is_the_first_person_of_its_sentence() {
    // Not the man who spoke in the sentence before.
    let text = "\"That is not who we are,\" Tom Lund told the crews on the pier.\n\nAs the night wore on, Karl \
                Dahl stood by his remark on Monday that \"boats never lie,\" and left.";
    assert_eq!(
        speakers(text),
        [Some("Tom Lund".to_string()), Some("Karl Dahl".to_string())]
    );
}

#[test]
fn one_heard_asking_after_a_quote_speaks_it() {
    // `"...?" a deckhand could be heard asking Lund`: the subject before the verb of perceiving and its auxiliaries
    // asks, not the man asked.
    let text = "Tom Lund spoke at the pier on Monday.\n\n\"Should the ferry run on Sundays?\" a deckhand could be \
                heard asking Lund after the meeting.";
    assert_eq!(speakers(text), [Some("a deckhand".to_string())]);
    // One heard saying it, named after the verb, says it.
    let text = "Anna Berg spoke at the pier on Monday.\n\n\"We will sail,\" the crew heard Tom Lund saying.";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
}

#[test]
fn a_gerund_opening_the_words_before_a_quote_has_no_word_before_it() {
    // The gerund cue is the first word read before the quote: looking for a word before it must not panic.
    for text in [
        "Anna Berg spoke.\n\n\"We sail,\" adding \"we row.\"",
        "Adding \"we row,\" Anna Berg left.",
        "Telling \"the crews\" was hard.",
    ] {
        let _ = speakers(text);
    }
}

#[test]
fn a_name_remembered_doing_something_speaks_the_gerunds_after_it() {
    // Not the sentence's subject ("I"): the name remembered going on the radio declares and tells.
    let text = "Anna Berg spoke.\n\nI'm old enough to remember Mayor Tom Okafor going on the radio in 1990, \
                declaring a \"war on rust\" along the quay, and telling the crews that \"we need new boats.\"";
    assert_eq!(
        speakers(text),
        [
            Some("Tom Okafor".to_string()),
            Some("Tom Okafor".to_string())
        ]
    );
}

#[test]
fn someone_speaks_as_written() {
    // An indefinite pronoun heads a description of its own; a preposition's phrase after it qualifies it.
    let text =
        "Tom Lund won the vote.\n\nSomeone called it a \"harbour coup,\" and the crews agreed.";
    assert_eq!(speakers(text), [Some("Someone".to_string())]);
    let text = "Tom Lund won the vote.\n\nSomeone on the pier called it a \"harbour coup.\"";
    assert_eq!(speakers(text), [Some("Someone on the pier".to_string())]);
}

#[test]
fn a_gerund_joined_to_an_absolute_phrase_has_its_subject() {
    // "with Lund saying ... and asking": the second gerund is Lund's too, not the crews'.
    let text =
        "Anna Berg spoke.\n\nThe crews were quick to join in, with Tom Lund saying that the plan \
                was a \"mess\" for Berg and asking, \"Who runs this port?\"";
    assert_eq!(
        speakers(text),
        [Some("Tom Lund".to_string()), Some("Tom Lund".to_string())]
    );
}

#[test]
fn the_subject_after_what_calls_the_quote() {
    // "is what crew members have called": the clause's subject after "what" calls it, not the sentence's.
    let text = "Tom Lund won the vote.\n\nThe row over whether the ferry is what former deckhands have called \
                a \"floating swindle\" took a new turn.";
    assert_eq!(speakers(text), [Some("former deckhands".to_string())]);
}

#[test]
fn a_weak_cue_taking_a_clause_speaks() {
    // "continues that", "notes that": a weak cue with "that" after it speaks for the description before it.
    let text = "Tom Lund won the vote.\n\nThe narrator continues that \"crews get a rest.\"";
    assert_eq!(speakers(text), [Some("The narrator".to_string())]);
    let text = "Tom Lund won the vote.\n\nA leaflet at the quay notes that \"crews get a rest.\"";
    assert_eq!(speakers(text), [Some("A leaflet at the quay".to_string())]);
    // An infinitive's subject lies further back: after a verb of causing it is that verb's object (session 43;
    // the quote had been left without a speaker rather than given the sentence's subject).
    let text = "Tom Lund won the vote.\n\nThe fact-check spread, leading advisers like Anna Berg to counter that \
                \"every ferry counts.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn who_is_prompted_to_speak_speaks() {
    // The object of a verb of causing before an infinitive cue speaks, past an aside set off by commas.
    let text = "Anna Berg won the vote.\n\nThe result prompted the Harbour Atlas, which tracks ports, to state, \
                \"Vasa is the key port.\"";
    assert_eq!(speakers(text), [Some("Harbour Atlas".to_string())]);
    let text = "Anna Berg won the vote.\n\nThe vote led Tom Lund to declare: \"We lost the quay.\"";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
}

#[test]
fn a_short_quote_in_the_speakers_appositive_is_read_through() {
    // The speaker's appositive quotes a slogan; the cue comes after it.
    let text = "The summer ended.\n\n\"We have had better summers than this one,\" local skipper Tom Okafor, \
                wearing a cap and \"Save the Pier\" badges, said.";
    assert_eq!(speakers(text)[0], Some("Tom Okafor".to_string()));
}

#[test]
fn a_described_owner_of_an_answer_speaks() {
    // "The Vasa mayor's answer was that": a description in the possessive owns the answer, as a name does.
    let text = "Tom Lund spoke.\n\nThe Vasa mayor's answer was that \"the pier is the heart of the town,\" so the \
                city should pay.";
    assert_eq!(speakers(text), [Some("The Vasa mayor".to_string())]);
}

#[test]
fn a_finding_reported_with_that_is_its_finders() {
    // "found that": a study's finding quoted in a clause is the finder's words.
    let text = "Ferries are popular.\n\nIn 2024, the Harbour Institute found that \"nearly three in four riders \
                would keep fares low before adding routes.\"";
    assert_eq!(speakers(text), [Some("Harbour Institute".to_string())]);
    // So do a ruling and a forecast.
    let text =
        "Ferries are popular.\n\nA harbour court judge determined that the fares show at least a \
                \"reasonable doubt\" about the board.";
    assert_eq!(speakers(text), [Some("A harbour court judge".to_string())]);
    let text =
        "Ferries are popular.\n\nThe Lund campaign projects that \"the port will grow by half.\"";
    assert_eq!(speakers(text), [Some("The Lund campaign".to_string())]);
    // Found as "came upon" is no cue: the quoted word is what was found.
    let text =
        "Ferries are popular.\n\nAnna Berg spoke. Inspectors found \"serious flaws\" in the hull.";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn a_count_opens_a_described_group_of_speakers() {
    // A count, with the words that bound it, opens the description of who spoke.
    let text =
        "The vote was close.\n\nMore than 500 Lund supporters said \"we want the quay open.\"";
    assert_eq!(
        speakers(text),
        [Some("More than 500 Lund supporters".to_string())]
    );
    let text = "The vote was close.\n\nAt least 30 dockers said \"we will strike.\"";
    assert_eq!(speakers(text), [Some("At least 30 dockers".to_string())]);
    // A year is no count.
    let text = "The vote was close.\n\nIn 2016 voters said \"the quay must stay.\"";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn two_offices_joined_by_and_may_end_in_a_place() {
    // "the front-runner and former mayor of the port": one person with two offices, the second tied to a place.
    let text = "The vote was close.\n\nThe Vasa front-runner and former mayor of the port said the town \"must keep \
                the quay.\"";
    assert_eq!(
        speakers(text),
        [Some(
            "The Vasa front-runner and former mayor of the port".to_string()
        )]
    );
}

#[test]
fn a_description_that_calls_it_something_speaks() {
    // "calls it": a weak cue with only its object before the quote speaks for the description before it.
    let text =
        "The vote was close.\n\nToday, the Harbour Daily newspaper calls it \"the pier of lies.\"";
    assert_eq!(
        speakers(text),
        [Some("the Harbour Daily newspaper".to_string())]
    );
}

#[test]
fn a_name_closing_a_description_speaks() {
    // "The harbour rights group the Quay League": "rights" qualifies "group" (it is no verb), and the name after
    // "the" is what the description describes.
    let text = "The vote was close.\n\nThe harbour rights group the Quay League strongly denounced the plan and \
                said it would \"fight it in every court.\"";
    let league = entity_at(text, "Quay League", EntityKind::Organization);
    assert_eq!(found(text, &[league])[0].1.as_deref(), Some("Quay League"));
}

#[test]
fn every_form_of_grumbling_is_a_cue() {
    // "grumbled" was a cue; "grumbling", "grousing", "muttering" are as well.
    for verb in ["grumbling", "grousing", "muttering", "griping"] {
        let text =
            format!("The vote was close.\n\nTom Lund was {verb} that the \"ferry is late again.\"");
        let (_, speaker, cue) = one(&text);
        assert_eq!(speaker.as_deref(), Some("Tom Lund"), "{verb}");
        assert_eq!(cue.as_deref(), Some(verb));
    }
}

#[test]
fn a_count_opens_the_subject_a_gerund_speaks_for() {
    // The subject of the sentence does the gerunds after its comma; a count opens it as an article would.
    let text = "The vote was close.\n\nOutside the arena, about 200 protesters gathered in three groups, holding \
                signs and chanting \"Save the quay!\"";
    assert_eq!(speakers(text), [Some("about 200 protesters".to_string())]);
}

#[test]
fn put_speaks_only_in_put_it() {
    // A headline's "puts" is no cue; "puts it" is.
    let text = "Harbour Board puts ferries in 'state of alert'\n\nThe board met on Monday.";
    assert_eq!(speakers(text), [None]);
    let text = "The vote was close.\n\nAs Tom Lund puts it, \"the quay is done.\"";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
}

#[test]
fn a_speaker_using_the_words_quoted_after_says_them() {
    let text = "The vote was close.\n\nWhen Anna Berg used the words, \"the quay is done,\" the crowd fell silent.";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn pointed_speaks_only_when_it_points_out_or_at_words() {
    // A guide pointing to a table speaks none of the scare quotes later in the sentence; pointing out a fact or
    // pointing to words quoted right after does.
    let text = "The curator, Anna Berg, walked the rooms.\n\nShe pointed to the long table with \"fizzy\" punch and \"lucky\" \
                sweets.";
    assert_eq!(speakers(text), [None, None]);
    let text = "The vote was close.\n\nAnna Berg pointed out that \"the quay is done.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
    let text = "The vote was close.\n\nAnna Berg pointed to \"years of neglect at the quay.\"";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn a_title_after_on_or_in_is_where_words_are_said() {
    // The show a cue names after "on" is where the words are said, not what is said.
    let text = "The vote was close.\n\n\"We will keep the quay,\" Anna Berg said on \"Harbour Morning Live.\"";
    let found = found(text, &[]);
    assert_eq!(found[0].1.as_deref(), Some("Anna Berg"));
    assert_eq!(found[1].1, None, "{found:?}");
}

#[test]
fn a_short_quote_opening_before_the_last_one_closes_is_not_read_through() {
    // Found by the `extract` fuzz target in session 41 (minimized): interleaved '' marks made the next quote open
    // before the previous one closed, and reading through it sliced a reversed range.
    let text = "t''''''.''','''";
    for q in find_quotes(text, &[]) {
        assert!(q.span.start <= q.span.end && q.span.end <= text.len());
    }
}

#[test]
fn a_plural_cue_after_of_or_a_hyphened_word_is_a_noun() {
    // "tweets" in "a flurry of late-night tweets" names the posts, not a speaker posting: the speaker is the one who
    // says what the posts were.
    let text = "The vote was close.\n\nAnna Berg says Tom Lund’s flurry of late-night tweets was “unhinged, even for \
                him.”";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
    let text = "The vote was close.\n\nAnna Berg says a series of tweets by Tom Lund was “beneath the office.”";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
    // A plural cue right after its subject still speaks.
    let text = "The vote was close.\n\nTom Lund tweets that “the quay is done.”";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
}

#[test]
fn as_someone_put_it_after_a_quote_names_its_speaker() {
    let text = "The vote was close.\n\nThe main test for a permit is a \"lawful source of income,\" as a harbour board \
                memo put it.";
    assert_eq!(speakers(text), [Some("a harbour board memo".to_string())]);
    let text = "The vote was close.\n\nAnna Berg spoke first. The quay is \"a disgrace to the town,\" as Tom Lund has \
                put it.";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
    // Nobody named before "put it": no speaker from it.
    let text = "The vote was close.\n\nThe quay is \"a disgrace,\" as it was put to me.";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn a_name_in_mojibake_is_read_whole() {
    // UTF-8 read as Latin-1 spells "Sarukhán" "SarukhÃ¡n": the "¡" is part of the name, not its end.
    let text =
        "The vote was close.\n\nArturo SarukhÃ¡n spoke first. \"It is time,\" SarukhÃ¡n added.";
    assert_eq!(speakers(text), [Some("Arturo SarukhÃ¡n".to_string())]);
}

#[test]
fn a_number_with_a_slash_in_a_description_is_one_word() {
    // "said 9/11 widow Anna Berg": "9/11" is one word of the description before the name, which is the speaker.
    let text = "The vote was close.\n\n\u{201c}The rationale does not hold,\u{201d} said 9/11 widow Anna Berg.";
    assert_eq!(speakers(text), [Some("Anna Berg".to_string())]);
}

#[test]
fn a_paragraph_ending_in_reports_and_a_colon_speaks_the_next() {
    // "reports" speaks only next to a quote or a colon; before the colon closing a paragraph, the quotation
    // paragraph after it is the subject's.
    let text = "The vote was close.\n\nThe Harbour Daily reports:\n\n\"In a sign of the mood, few donors gave more than \
                ten dollars.\"";
    assert_eq!(speakers(text), [Some("Harbour Daily".to_string())]);
}

#[test]
fn a_relative_named_by_an_unknown_given_name_is_who_she_means() {
    // "Tavika" is in no list of given names: before the surname of "Keith Lund" it is still a person of her own,
    // the one "she" means.
    let text = "The footage shows Keith Lund beside his truck. Tavika Lund can be heard pleading with the officers \
                on the pier.\n\n\"Please step back,\" she says.";
    let found = found(text, &crate::extract::entities::recognize(text));
    assert_eq!(found[0].1.as_deref(), Some("Tavika Lund"), "{found:?}");
}

#[test]
fn talked_about_is_a_cue() {
    // What someone "talked about" in words quoted later in the sentence is theirs, also as a description.
    let text = "The vote was close.\n\nClosing her speech, the harbour master talked about the \"years of \
                neglect\" and her plan \"to rebuild the quay before the winter storms.\"";
    assert_eq!(
        speakers(text),
        [
            Some("the harbour master".to_string()),
            Some("the harbour master".to_string())
        ]
    );
}

#[test]
fn refers_to_as_is_a_cue() {
    // What someone refers to a person as is their word for them, also when a description names the speaker.
    let text = "The vote was close.\n\nThe harbour master refers to her rival, an old friend, as \"the old sea \
                dog,\" and he laughs it off.";
    assert_eq!(speakers(text), [Some("The harbour master".to_string())]);
}

#[test]
fn expressed_is_a_cue_in_the_active_only() {
    // Confidence, hope or a wish expressed in quoted words is the subject's.
    let text = "The vote was close.\n\nIn an interview, the harbour master expressed confidence that the closure \
                would not be \"something that hurts the town or its fishermen.\"";
    assert_eq!(speakers(text), [Some("the harbour master".to_string())]);
    // In the passive after "being", the words before are what is expressed, no speaker.
    let text = "The vote was close.\n\nThe doubts being expressed by many dockers go beyond the mayor's pledge to \
                stay \"neutral\" in the talks.";
    assert_ne!(
        speakers(text),
        [Some("The doubts being".to_string())],
        "a passive's subject is no speaker"
    );
}

#[test]
fn a_weak_cue_after_a_verb_of_causing_speaks_for_its_object() {
    // "leading X to counter that "..."": X counters; "counter" is a weak cue, read with "that" after it.
    let text = "The vote was close.\n\nHis post was shared widely, leading harbour advisers like Tom Lund to counter \
                that \"every cent went to the quay.\"";
    assert_eq!(speakers(text), [Some("Tom Lund".to_string())]);
}

#[test]
fn a_gerund_cue_opening_the_sentence_is_spoken_by_the_main_clause_subject() {
    let rows = [
        (
            "Anna Berg wrote a book about the port.\n\nAfter saying her left hand was “so stiff I could not hold a \
             rope,” she was taken to the clinic in Vasa.",
            Some("Anna Berg"),
        ),
        (
            "The crews met on Monday.\n\nWhile calling the fares “a plain insult,” Tom Lund stayed calm.",
            Some("Tom Lund"),
        ),
        // A gerund after its own doer is that doer's, not the main clause subject's.
        (
            "The crews met on Monday.\n\nThe clerk saying it was “a plain insult,” Tom Lund left.",
            Some("The clerk"),
        ),
    ];
    one_quote_each_among(&rows, &[]);
}

#[test]
fn a_clause_of_time_with_its_own_pronoun_speaks_its_partial_quote() {
    let rows = [
        // The main clause's subject slammed; "she" blamed, in words of her own.
        (
            "The port board met.\n\nGovernor Tom Lund slammed harbour chief Anna Berg as a “shame” after she fined \
             the crews and blamed the storms on “poor luck” at sea.",
            Some("Anna Berg"),
        ),
        // Not a clause of cause: "because she ..." gives the main subject's reasons.
        (
            "The port board met.\n\nTom Lund said Anna Berg was unfit to lead because she hid the logs and \
             “may well pardon herself.”",
            Some("Tom Lund"),
        ),
    ];
    for (text, speaker) in rows {
        let people = [
            entity_at(text, "Tom Lund", EntityKind::Person),
            entity_at(text, "Anna Berg", EntityKind::Person),
        ];
        let got = found(text, &people);
        let last = got.last().expect("a quote");
        assert_eq!(last.1.as_deref(), speaker, "{got:?}");
    }
}

#[test]
fn a_name_brought_in_by_including_before_a_dash_speaks() {
    let rows = [
        (
            "The port board met.\n\nOther skippers spoke up too, including the retired ferry captain Tom Lund -- \
             “The quay needs new lights before winter.”",
            Some("Tom Lund"),
        ),
        (
            "The port board met.\n\nSeveral crews agreed, among them Anna Berg: “The pier stays.”",
            Some("Anna Berg"),
        ),
        // Without such a word, the name before the dash is the sentence's object, and its subject speaks.
        (
            "The port board met.\n\nAnna Berg thanked her old friend Tom Lund -- “You kept the lights on.”",
            Some("Anna Berg"),
        ),
    ];
    one_quote_each(&rows);
}

#[test]
fn a_document_put_out_by_the_subject_speaks_for_it_through_a_relative_clause() {
    let rows = [
        (
            "Tom Lund rows every morning.\n\nHe released a letter from his nurse on Friday that states he has “the \
             heart of a boy” at 70.",
            Some("Tom Lund"),
        ),
        (
            "The port board met.\n\nAnna Berg sent a letter to the crews on Monday that said the quay was “in fine \
             shape” for winter.",
            Some("Anna Berg"),
        ),
        // A document only read about speaks for itself.
        (
            "The port board met.\n\nAnna Berg read a letter on Monday that said the quay was “in fine shape.”",
            Some("a letter"),
        ),
    ];
    one_quote_each(&rows);
}

/// Each text holds one quote, spoken by the speaker given; "Tom Lund" and "Anna Berg" are people where named.
fn one_quote_each(rows: &[(&str, Option<&str>)]) {
    one_quote_each_among(rows, &["Tom Lund", "Anna Berg"]);
}

/// [`one_quote_each`], with `names` the people where named.
fn one_quote_each_among(rows: &[(&str, Option<&str>)], names: &[&str]) {
    for &(text, speaker) in rows {
        let people: Vec<Entity> = names
            .iter()
            .copied()
            .filter(|name| text.contains(name))
            .map(|name| entity_at(text, name, EntityKind::Person))
            .collect();
        let got = found(text, &people);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), speaker, "{text}");
    }
}

#[test]
fn a_time_on_a_line_of_its_own_ends_its_sentence() {
    // "2:25 p.m." heads a live blog's entry: the entry's first sentence opens after it, and its subject is what
    // "it" stands for.
    let text = "Port news\n\n2:25 p.m.\n\nTom Lund’s campaign is defending his posts. It’s denouncing what it calls \
                “a plain smear.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Tom Lund’s campaign"), "{got:?}");
}

#[test]
fn according_to_closing_the_sentence_gives_its_source() {
    one_quote_each(&[
        (
            "The port board met.\n\nThe crews met the new ferry with chants of “Slow boat!” at the quay in Vasa \
             last month, according to harbour union chief Anna Berg.",
            Some("Anna Berg"),
        ),
        // A name that runs on past "to" and ends in its initials in brackets is read whole.
        (
            "The port board met.\n\nMore than 5,000 people took part in a “sail-in” at 80 ports, according to \
             the organizer Friends of the Open Quay (FOQ).",
            Some("the organizer Friends of the Open Quay"),
        ),
        // Not when words other than an aside follow the name: the chanters are who the sentence names.
        (
            "The port board met.\n\nThe crews chanted “Slow boat!” at the quay, according to Anna Berg and the \
             ferry log of that week.",
            Some("The crews"),
        ),
    ]);
}

#[test]
fn several_opens_a_described_subject_as_a_count_does() {
    one_quote_each(&[
        (
            "The port board met.\n\nIn August, several fishing groups granted Mr. Lund more time to clean the quay, \
             saying his “spare cash was less than hoped.”",
            Some("several fishing groups"),
        ),
        (
            "The port board met.\n\nIn May, 40 fishing groups wrote to Mr. Lund, saying his fares “hurt us all.”",
            Some("40 fishing groups"),
        ),
    ]);
}

#[test]
fn a_group_of_people_and_a_joined_clause_have_their_own_subjects() {
    let rows = [
        // "A group of" and whom it holds make one description.
        (
            "A group of 40 dockers published an open letter and called on the board to “open the gates at once.”",
            Some("A group of 40 dockers"),
        ),
        // A cue in a clause joined by ", and" speaks for that clause's subject, not the sentence's first one.
        (
            "In the days before the vote, Tom Lund called for a boycott, and the harbour board strongly denounced \
             the plan and said it would “redirect” the funds.",
            Some("the harbour board"),
        ),
        (
            "In the days before the vote, Tom Lund called for a boycott, and Anna Berg strongly denounced the plan \
             and said she would “redirect” the funds.",
            Some("Anna Berg"),
        ),
        // A joined clause whose subject is too long to read gives no speaker rather than the first subject.
        (
            "In the days before the vote, a group of dockers called for a boycott of the plan, and the prominent \
             island harbour rights organization the Quay League strongly denounced the plan and said it would \
             “redirect” the funds.",
            None,
        ),
        // With no subject of its own after "and", the cue is the sentence subject's.
        (
            "Tom Lund called for a boycott of the plan, and said it would “redirect” the funds.",
            Some("Tom Lund"),
        ),
    ];
    one_quote_each(&rows);
}

#[test]
fn a_given_name_no_list_knows_ending_in_a_is_no_he() {
    let rows = [
        // "Alyona" is in no list of given names; ending in "a", it is taken for a woman's, and "he" passes it by.
        (
            "Tom Lund wrote the play.\n\nIn a talk with radio host Alyona Petrenko about his new play, the writer \
             spoke of the quay. “It is home,” he said.",
            Some("Tom Lund"),
        ),
        // A man's name in "a" is not.
        (
            "Tom Lund wrote the play.\n\nIn a talk with radio host Luca Petrenko about his new play, the writer \
             spoke of the quay. “It is home,” he said.",
            Some("Luca Petrenko"),
        ),
    ];
    one_quote_each_among(&rows, &["Tom Lund", "Alyona Petrenko", "Luca Petrenko"]);
}

#[test]
fn a_credit_alone_on_its_line_is_no_one_a_pronoun_means() {
    // "Okafor." under a photo credits it; the "he" after it is the writer named before.
    let rows = [(
        "Tom Lund wrote the play.\n\nOkafor.\n\nIn a talk about his new play, the writer spoke of the quay. “It is \
         home,” he said.",
        Some("Tom Lund"),
    )];
    one_quote_each_among(&rows, &["Tom Lund", "Okafor"]);
}

#[test]
fn who_right_after_a_described_person_stands_for_them() {
    let rows = [
        (
            "Tom Lund met a fisherman who said the port was “finished.”",
            Some("a fisherman"),
        ),
        (
            "Tom Lund sharply rebuked critics who say he should call the dockers “lazy.”",
            Some("critics"),
        ),
        (
            "The letters came from a retired harbour master who wrote about the “careful” use of old charts.",
            Some("a retired harbour master"),
        ),
        // An appositive's name speaks.
        (
            "Anna Berg, a retired harbour master who said the pier was “a relic,” left the board.",
            Some("Anna Berg"),
        ),
        // Not after a cue whose object the phrase is, nor with a colon between the cue and the quote.
        (
            "Anna Berg told a captain who asked about the vote that “no one is giving up.”",
            Some("Anna Berg"),
        ),
        (
            "Anna Berg wrote back to a captain who promised more ferries: “We will see.”",
            Some("Anna Berg"),
        ),
    ];
    one_quote_each(&rows);
}

#[test]
fn a_cue_after_a_modal_in_a_that_clause_leaves_the_words_to_the_reporter() {
    one_quote_each(&[
        // What the charter should say is Berg's wish: the words are hers.
        (
            "Port news.\n\nAnna Berg said in her speech that the charter should reiterate the town’s support for \
             its “oldest friends,” naming the crews.",
            Some("Anna Berg"),
        ),
        // What voters will say is Lund's forecast.
        (
            "Port news.\n\nTom Lund said he expected that the voters will not say “yes” to the plan.",
            Some("Tom Lund"),
        ),
        // With no cue reporting the clause, the modal cue is the only one.
        (
            "Port news.\n\nOn Monday it became clear that the board will warn of “a hard winter for the \
             town.”",
            Some("the board"),
        ),
    ]);
}

#[test]
fn call_after_a_verb_of_causing_and_to_has_the_caused_as_its_speaker() {
    one_quote_each(&[
        (
            "Port news.\n\nBerg told the crews to wait. That prompted Tom Lund to call her “very patient,” a nod \
             to her long career.",
            Some("Tom Lund"),
        ),
        // Through an infinitive joined by "and".
        (
            "Port news.\n\nBerg told the crews to wait. That prompted Tom Lund to make a joke about tides and \
             call her “very patient,” a nod to her long career.",
            Some("Tom Lund"),
        ),
        // Any cue so joined: "say" had no subject read.
        (
            "Port news.\n\nBerg told the crews to wait. That prompted Tom Lund to make a joke about tides and \
             say “she is very patient,” a nod to her long career.",
            Some("Tom Lund"),
        ),
    ]);
}

#[test]
fn two_offices_joined_by_and_stand_before_one_name() {
    one_quote_each(&[
        (
            "Port news.\n\nFormer prosecutor and Vasa City Mayor Tom Lund trashed Okafor on Monday, calling it a \
             “no-brainer” to delay the vote.",
            Some("Tom Lund"),
        ),
        (
            "Port news.\n\nFormer judge and Vasa Mayor Tom Lund, who backs Berg, blasted the board on Monday, \
             calling it a “plain mistake.”",
            Some("Tom Lund"),
        ),
    ]);
}

#[test]
fn echoing_after_by_is_the_sentence_subjects() {
    one_quote_each(&[
        (
            "Port news.\n\nThe audience gathered in the Vasa Harbour Hall followed Lund by softly echoing “too \
             late.”",
            Some("The audience"),
        ),
        (
            "Port news.\n\nThe crowd answered him by echoing “too late.”",
            Some("The crowd"),
        ),
    ]);
}

#[test]
fn a_cue_word_after_a_possessive_and_a_capitalised_word_is_a_noun() {
    // "post" in "Lund's Facebook post:" is no verb with "Facebook" as its subject.
    one_quote_each(&[(
        "Port news.\n\nThe mayor kept quiet on Monday. From Lund’s Facebook post: “We owe the crews a fair \
         count.”",
        Some("Lund’s Facebook post"),
    )]);
}

#[test]
fn a_name_alone_between_a_dash_and_the_colon_is_the_source_whatever_cue_comes_before() {
    // The summary before the dash has a cue ("predict") and a subject of its own; the digest names its source
    // after the dash.
    one_quote_each(&[(
        "Port news.\n\nBut the polls did predict the ferry vote - Harbour Pollster: “While the count was close, \
         most pollsters fared well.”",
        Some("Harbour Pollster"),
    )]);
}

#[test]
fn an_opening_gerund_clause_reaches_its_comma_past_the_words_after_the_quote() {
    one_quote_each(&[
        // "But" opens the sentence, and words stand between the quote and the comma.
        (
            "Port news.\n\nTom Lund sees similar gains. But while denouncing the “greed” of harbour owners to \
             crowds, he has not outlined a plan.",
            Some("Tom Lund"),
        ),
        // As before: the comma closes the quote.
        (
            "Port news.\n\nAfter saying her foot was “so sore,” Anna Berg was taken to hospital.",
            Some("Anna Berg"),
        ),
    ]);
}

#[test]
fn a_sentence_opening_asked_by_gives_the_question_to_the_asker() {
    one_quote_each(&[(
        "Port news.\n\nAsked by Tom Lund if Berg “gets” the harbour, Okafor avoided a plain answer.",
        Some("Tom Lund"),
    )]);
}

#[test]
fn a_person_of_a_place_who_speaks_is_the_one_a_later_he_stands_for() {
    // Okafor speaks past "of Connecticut" (and past an appositive after it): the "he" in his own sentence is his,
    // not the strategist's who spoke before.
    for text in [
        "Port news.\n\nGeoff Lund, a strategist, spoke first.\n\nSenator Tom Okafor of Connecticut said voters are \
         in what he called a “restless mood.”",
        "Port news.\n\nGeoff Lund, a strategist, spoke first.\n\nSenator Tom Okafor of Connecticut, who campaigned \
         with Berg in his state, said she must reach voters who are in what he called a “restless mood.”",
    ] {
        // The whole pipeline: the recognizer tells Connecticut for a place.
        let x = crate::extract::extract(text);
        assert_eq!(x.quotes.len(), 1, "{x:?}");
        assert_eq!(x.quotes[0].speaker.as_deref(), Some("Tom Okafor"), "{text}");
    }
}

#[test]
fn a_cue_in_a_closed_relative_clause_gives_way_to_a_remark_before_it() {
    // "whom Anna Berg referred to" says nothing of "well paid"; the words are in the clause of Lund's aside.
    one_quote_each(&[(
        "Port news.\n\nThen there was Tom Lund’s aside that the crews who built the pier, whom Anna Berg referred \
         to in her speech, were “well paid” all along.",
        Some("Tom Lund"),
    )]);
}

#[test]
fn begin_right_before_a_quote_speaks_only_with_a_comma_or_colon() {
    one_quote_each(&[
        // "must now begin "mending fences"": no speech; the sentence's closing attribution names the speaker.
        (
            "Port news.\n\nMs. Berg must now begin “mending fences” with the crews, said Tom Lund, a former adviser \
             to the port.",
            Some("Tom Lund"),
        ),
        // "She began: "..."" still speaks.
        (
            "Port news.\n\nAnna Berg stood up. She began: “We have waited long enough for this pier.”",
            Some("Anna Berg"),
        ),
    ]);
}

#[test]
fn protested_that_reports_but_protested_before_an_object_does_not() {
    one_quote_each(&[
        // "protested that": the words in the clause are the protester's.
        (
            "Port news.\n\nThe dockers’ union protested that the board was being “less than honest” with the crews.",
            Some("The dockers’ union"),
        ),
        // After the quote it speaks as any cue does.
        (
            "Port news.\n\n“We will not pay for their pier,” Tom Lund protested.",
            Some("Tom Lund"),
        ),
        // "protested the "reform"": a thing protested against, not words said.
        (
            "Port news.\n\nHundreds of farmers protested the “reform” outside the hall on Monday.",
            None,
        ),
    ]);
}

#[test]
fn a_plural_possessive_keeps_its_mark_but_a_closing_single_quote_does_not_join() {
    one_quote_each(&[
        // "Andrews’ campaign manager": the mark after a word in -s, with no single quote open, is a possessive.
        (
            "Port news.\n\n“We will carry the valley,” the dockers’ union said on Monday.",
            Some("the dockers’ union"),
        ),
        (
            "Port news.\n\nShe is more than a “regional” candidate, as Tom Andrews’ campaign manager suggested.",
            Some("Tom Andrews’ campaign manager"),
        ),
    ]);
    one_quote_each(&[
        // After the cue, the one who holds the office speaks, not the one named in the possessive ...
        (
            "Port news.\n\n“We will win the valley,” said Anna Berg’s campaign manager.",
            Some("Anna Berg’s campaign manager"),
        ),
        // ... and a name in apposition says who that is.
        (
            "Port news.\n\n“We will win the valley,” said Berg’s campaign manager, Tom Lund.",
            Some("Tom Lund"),
        ),
    ]);
    // "called them ‘dockers’ and": the mark closes the quote that opened before it.
    let text = "Port news.\n\nTom Lund called the crews ‘idle dockers’ and left the hall.";
    let quotes = find_quotes(text, &[]);
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(quotes[0].span.slice(text), "idle dockers");
}

#[test]
fn in_a_names_words_gives_the_source() {
    one_quote_each(&[
        (
            "Port news.\n\nThe pier was built in Vasa because, in Harbours’ words, “it is the best place on earth.”",
            Some("Harbours"),
        ),
        (
            "Port news.\n\nTom Lund runs the school. It stands in Vasa because, in Lund’s own words, “the valley \
             needs it.”",
            Some("Tom Lund"),
        ),
    ]);
}

#[test]
fn utter_speaks_and_a_passive_verb_of_saying_names_its_speaker_after_by() {
    one_quote_each(&[
        (
            "Port news.\n\nThere were two words that a tearful Per Lund could not bring himself to utter: “Harbour \
             Board.”",
            Some("Per Lund"),
        ),
        (
            "Port news.\n\nThe crews named the pier 40 times. The phrase “pier tax” was uttered once, by Anna Berg.",
            Some("Anna Berg"),
        ),
        // "utter" before a noun is an adjective; a title "written by" its author is not said.
        (
            "Port news.\n\nIt was an utter “mess” at the pier on Monday.",
            None,
        ),
        (
            "Port news.\n\nThe book “Harbour Rules” was written by Anna Berg in 1990.",
            None,
        ),
    ]);
}

#[test]
fn an_opening_unless_is_no_name_and_the_quote_after_it_goes_on_with_the_speaker() {
    // "Unless" was read as a name opening the sentence, the quote's subject; the quote goes on with the one
    // quoted in the sentence before.
    let text = "Port news.\n\n''It is a big moment,'' said Tom Okafor, a strategist for the port. Unless the race \
                ends early, ''it is hard to see how she is stopped on her way.''";
    let quotes = find_quotes(text, &[]);
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    assert_eq!(
        quotes[1].speaker.as_deref(),
        Some("Tom Okafor"),
        "{quotes:?}"
    );
}

#[test]
fn a_number_word_opening_a_sentence_is_no_name() {
    // "Fifteen" was read as a name, the subject of the second quote, which then had no speaker.
    let text = "Port news.\n\nFifteen minutes after Lund was picked as the port's new chief, union chairman Tom \
                Okafor called the new chief “the worst pick in years” and someone who had “wrecked the harbour \
                budget” by cutting funds.";
    assert_eq!(speakers(text), vec![Some("Tom Okafor".to_string()); 2]);
}

#[test]
fn a_subject_inside_an_earlier_quote_of_the_sentence_is_not_the_speaker() {
    // The sentence read before the last quote begins inside the first ("I think ..."): its "I" is no subject,
    // and the last quote goes on with the one who spoke the first.
    let text = "Port news.\n\n\"Lund won tonight and I was glad to see it. I think we need him at the port,\" Anna \
                Berg said on her show, adding that though the valley has \"a few sore farmers left,\" Lund has \
                \"settled his debt to them by now.\"";
    assert_eq!(speakers(text), vec![Some("Anna Berg".to_string()); 3]);
}

#[test]
fn a_cue_and_name_inserted_after_a_quote_name_its_speaker_though_the_sentence_goes_on() {
    // The sentence goes on to a second quote, so no closing attribution reaches its end.
    let text = "Port news.\n\nAny ''clear'' reading of Mr. Lund's plans, said Tom Aker, an expert on ports at the \
                Vasa Centre, would see them as a retreat from the valley, taking the pier as ''the last thing the \
                crews will get from him.''";
    assert_eq!(speakers(text), vec![Some("Tom Aker".to_string()); 2]);
    // "said to cost": no name after the cue.
    one_quote_each(&[(
        "Port news.\n\nThe “new” pier, said to cost millions, opened on Monday with a band and a long speech by \
         the board.",
        None,
    )]);
}
