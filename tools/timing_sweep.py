#!/usr/bin/env python3
"""Times the extractor on generated texts of growing size, to catch look-ups that read the whole text once per
quote or name (docs/robustness.md, "Bugs found and fixed" and round 12).

    cargo build --release --bin nr-quotes
    python3 tools/timing_sweep.py                 # every shape at 100 KB, 400 KB and 1.6 MB
    python3 tools/timing_sweep.py bare_quotes he_said_no_stop  # some shapes only
    NR_QUOTES=/path/to/nr-quotes python3 tools/timing_sweep.py   # another build

Each shape is a text of one title line, a blank line and a body made by repeating a unit up to the size. For each
size it prints the seconds and peak KB of `target/release/nr-quotes show FILE`, and flags a shape as SLOW when
4x the text takes more than 8x the time (and over a second), or when 1.6 MB takes more than 2 s. A shape that takes
more than 120 s is stopped there.
"""
import os
import random
import subprocess
import sys
import tempfile
import time

FIRST = ["Anna", "Peter", "Maria", "John", "Olga", "Hans", "Lena", "Karl", "Sara", "Tom", "Eva", "Mark"]
LAST = ["Berg", "Smith", "Novak", "Lund", "Meyer", "Horvat", "Costa", "Dahl", "Kerr", "Wolfe", "Price", "Nash"]


def rname(r):
    """A random capitalised made-up name of three syllables."""
    return "".join(r.choice("bcdfghklmnprstvz") + r.choice("aeiou") for _ in range(3)).capitalize()


def fill(unit, n):
    """`unit` (a string, or a function of the repeat's number) repeated until the text has `n` bytes."""
    if callable(unit):
        out, size, i = [], 0, 0
        while size < n:
            u = unit(i)
            out.append(u)
            size += len(u.encode())
            i += 1
        return "".join(out)
    return unit * (n // len(unit.encode()) + 1)


def body(shape, n, r):
    f = lambda u: fill(u, n)
    shapes = {
        'longsent': lambda: f(lambda i: f"the {r.choice(['cat','dog','man'])} walked {r.choice(['to','from'])} the market and "),
        'longsent_caps': lambda: f(lambda i: f"{rname(r)} met {rname(r)} and "),
        'quotes_hesaid': lambda: f(lambda i: f'"We will build it {i}," he said. '),
        'quotes_said_mayor': lambda: f(lambda i: f'"We will build it {i}," said the mayor. '),
        'quotes_she_added_para': lambda: f(lambda i: f'"We will build it {i}," she added.\n\n'),
        'quotes_named_para': lambda: f(lambda i: f'"We will build it {i}," said {r.choice(FIRST)} {r.choice(LAST)}.\n\n'),
        'nested': lambda: f(lambda i: f'"He told me \'no way {i}\' and left," she said. '),
        'unclosed': lambda: f(lambda i: f'He said "we will go {i} there. '),
        'unclosed_para': lambda: f(lambda i: f'"We will go there {i} and stay.\n\n'),
        'unclosed_para_named': lambda: f(lambda i: f'"We will go there {i}, Anna Berg and Peter Smith said.\n\n'),
        'colons': lambda: f(lambda i: f'The mayor said: "We go {i}." '),
        'colons_noquote': lambda: f(lambda i: f'The mayor said: we go {i}: '),
        'distinct_caps': lambda: f(lambda i: rname(r)+" "),
        'distinct_caps_para': lambda: f(lambda i: rname(r)+(" " if i%20 else ".\n\n")),
        'titles': lambda: f(lambda i: f"Mr. {rname(r)} and Dr. {rname(r)} and Gov. {rname(r)} "),
        'titles_same': lambda: f("Mr. Dr. Gov. "),
        'titles_given': lambda: f(lambda i: f"Sen. {r.choice(FIRST)} {r.choice(LAST)} and Rep. {rname(r)} {r.choice(LAST)} and "),
        'headlines': lambda: f(lambda i: f"{r.choice(FIRST)} {r.choice(LAST)} Wins {rname(r)} Vote Against {rname(r)}\n"),
        'places_and': lambda: f("Maine and New Hampshire and Colorado on Monday and "),
        'questions': lambda: f(lambda i: f"Will {r.choice(LAST)} run? Had {r.choice(LAST)} known? "),
        'question_long': lambda: f(lambda i: "Will Lund run" if i == 0 else f" and {r.choice(LAST)}"),
        'surname_families': lambda: f(lambda i: f"{rname(r)} {r.choice(LAST[:5])} met {r.choice(LAST[:5])}. "),
        'offices': lambda: f(lambda i: f"{rname(r)} County Sheriff {r.choice(FIRST)} {r.choice(LAST)} and "),
        'offices_run': lambda: f("Chairman Anna ")[: n - 8] + " of Berg",
        'digest_dashes': lambda: f(lambda i: f'Why it matters - More from {rname(r)}: "We go {i}." '),
        'places': lambda: f(lambda i: f"in {rname(r)}, France, "),
        'places_same': lambda: f("in Paris, France, "),
        'orgs': lambda: f(lambda i: f"the {rname(r)} Trust and "),
        'orgs_same': lambda: f("the Harbour Trust and "),
        'according': lambda: f(lambda i: f"according to {rname(r)} {rname(r)}, "),
        'according_quotes': lambda: f(lambda i: f'"It is {i} fine," according to {rname(r)} {rname(r)}. '),
        'dashes': lambda: f("— "),
        'dashes_words': lambda: f(lambda i: f"{rname(r)} — "),
        'who_appos': lambda: f(lambda i: f"{rname(r)} {rname(r)}, who runs the shop, said "),
        'who_appos_q': lambda: f(lambda i: f"{rname(r)} {rname(r)}, who runs the shop, said \"go {i}\" and "),
        'ands': lambda: f("and "),
        'ands_names': lambda: f(lambda i: f"{rname(r)} and "),
        'cuewords': lambda: f("told added wrote said "),
        'cuewords_q': lambda: f("told added wrote said ")+'"hello"',
        'q_cuewords': lambda: '"hello" '+f("told added wrote said "),
        'pronouns': lambda: f("he "),
        'pronouns_q': lambda: '"hi" '+f("he "),
        'possessives': lambda: f("Berg's "),
        'possessives_distinct': lambda: f(lambda i: rname(r)+"'s "),
        'hugeword': lambda: "x"*n,
        'hugeword_caps': lambda: "X"*n,
        'punct': lambda: f(lambda i: "".join(r.choice(".,;:!?\"'()[]-—") for _ in range(60))+"\n"),
        'punct_noline': lambda: "".join(r.choice(".,;:!?\"'()[]-—“”‘’«» ") for _ in range(n)),
        'newlines': lambda: "\n"*n,
        'newlines_words': lambda: f(lambda i: rname(r)+"\n"),
        'dates': lambda: f("Monday, Jan. 5, "),
        'allcaps': lambda: f(lambda i: f"CITY COUNCIL VOTES ON {rname(r).upper()} PLAN\n\n"),
        'allcaps_line': lambda: f(lambda i: f"{rname(r).upper()} "),
        'ing': lambda: f(", adding, "),
        'ing_saying': lambda: f(lambda i: f', saying "go {i}", '),
        'parens': lambda: "("*(n//2)+")"*(n//2),
        'parens_words': lambda: f("(a ")+f(") "),
        'brackets': lambda: f("[...] "),
        'html': lambda: f(lambda i: f'<p class="x">"Hi {i}," <b>{rname(r)}</b> said.</p>\n'),
        'curly': lambda: f(lambda i: f'“We go {i},” said {rname(r)} {rname(r)}. '),
        'guillemets': lambda: f(lambda i: f'«We go {i}», said {rname(r)}. '),
        'low9': lambda: f(lambda i: f'„We go {i}“, said {rname(r)}. '),
        'curly_unbalanced': lambda: f("“ "),
        'curly_close_only': lambda: f("” said Anna. "),
        'cjk': lambda: f("北京市政府表示「我們會建設」。"),
        'rtl': lambda: f("\u200f\u202bשלום\u202c \u200e"),
        'combining': lambda: "A"+("e\u0301"*(n//3)),
        'combining_words': lambda: f("Ae\u0301\u0301\u0301\u0301 "),
        'quote_only': lambda: f('"'),
        'quote_space': lambda: f('" '),
        'apos': lambda: f("' "),
        'apos_words': lambda: f("'tis 'em "),
        'joined_quotes': lambda: f(lambda i: f'"we go {i} now" and ')[: n - 20] + '"stay," Berg said.',
        'apos_three': lambda: f(lambda i: f"''We {i} 'go,''' said {rname(r)}. a''' '''"),
        'single_quotes': lambda: f(lambda i: f"'We go {i},' said {rname(r)}. "),
        # Shapes that were slow before session 17's fixes.
        'bare_quotes': lambda: f(lambda i: '"Go %d." ' % i),
        'cueless_paragraphs': lambda: f(lambda i: '"We will go there %d and stay."\n\n' % i),
        'unclosed_he_said': lambda: f(lambda i: 'He said "we will go %d there. ' % i),
        'names_said': lambda: '"Hi there." ' + f(lambda i: rname(r) + " said the plan was fine. "),
        'places_he_said': lambda: f('Paris and Berlin and Madrid. "Go," he said. '),
        'he_said_no_stop': lambda: f('"G" he said '),
        'one_name_run': lambda: f("Berg ")[: n // 2] + f(', adding, "x y z." ')[: n // 2],
        # Shapes that were slow after session 19's pronoun rules: one long sentence of names then many "he said",
        # names and quotes in one unbroken sentence, and a surname titled "Mrs." many times after full names.
        'names_sentence_then_he_said': lambda: f(lambda i: f"Berg spokesman Erik {rname(r)} and the deputy of ")[: n // 2]
        + ". " + f('"Fine," he said. ')[: n // 2],
        'names_quotes_no_stop': lambda: f(lambda i: f'Tomas {rname(r)} met Erik {rname(r)} and "it went fine," he said, '),
        'mrs_titles': lambda: f(lambda i: f"Tomas Lund{i % 500} spoke. " if i < 500 else
                                f'Mrs. Lund{i % 500} ran it. "We never missed," she said. '),
        # Session 23's rules: an opening clause of many names before many "he said"; infinitive cues; people
        # begun again at middle initials; "who" after a name; bracketed tags before a cue; "began by saying".
        'opening_clause_names': lambda: "Asked about " + f(lambda i: f"Erik {rname(r)}, ")[: n // 2]
        + "Tom Lund shrugged. " + f('"Fine," he said. ')[: n // 2],
        'infinitive_cues': lambda: f(lambda i: f'Mr. {rname(r)} was then prompted to say: "go {i}." '),
        'middle_initials': lambda: f(lambda i: f"Vladimir K. {rname(r)} "),
        'who_after_names': lambda: f(lambda i: f'a post from Maren {rname(r)} who wrote, "go {i}" and '),
        'bracketed_tags': lambda: f(lambda i: f'"Go {i}," Harbour Board Leader Anna {rname(r)} (D-Ore.) ( ( said. '),
        'began_by_saying': lambda: f(lambda i: f'When she came back she began by saying, "go {i}." '),
        'signature_lines': lambda: f(lambda i: f'"We go {i}."\n\n- Anna {rname(r)} Berg Lund, of the board\n\n'),
        'dash_lines': lambda: f(lambda i: f'"We go {i}."\n\n- ' + "Anna " * 40 + '\n\n'),
        'of_the_orgs': lambda: f(lambda i: f'"Go {i}," Tom {rname(r)} of the Centre for Coastal Studies and Port of the Bay said. '),
        'of_the_runs': lambda: "Tom Lund " + f(lambda i: f"of the {rname(r)} for Ports and Bays ") + '"go," he said.',
        'participle_clauses': lambda: f(lambda i: f'Asked whether Lena {rname(r)} would win, she replied: "go {i}." '),
        'participle_long': lambda: "Asked about " + f(lambda i: f"Lena {rname(r)}, ")[: n // 2]
        + f('she said "go", she added "no", ')[: n // 2],
        'office_of': lambda: f(lambda i: f'Former Vasa secretary of state Anna {rname(r)} sighed over her remark that "go {i}." '),
        'office_of_long': lambda: "Former Vasa " + f("secretary of state ")[: n - 40] + ' Anna Berg noted her remark that "go."',
        'possessed_claims': lambda: f(lambda i: f'But Tom {rname(r)}’s most bitter claim is that it is a "shop {i}". '),
        'tied_speakers': lambda: f(lambda i: f'"Go {i}," a spokesman for Anna {rname(r)} said. Sources close to the {rname(r)} Board said, "no." '),
        'unclosed_appositives': lambda: f(lambda i: f'Anna {rname(r)}, president of Vasa {rname(r)} Association stated, "go {i}." '),
        'appositive_long_name': lambda: f(lambda i: f"{rname(r)} ")[: n - 60] + ', the mayor said: "go."',
        'inserted_attributions': lambda: f(lambda i: f'Mayor Tom {rname(r)}, Anna Berg said, had sat for "years" and passed "bills {i}" and '),
        'who_after_dash': lambda: f(lambda i: f'Harbour favourite Anna {rname(r)} -- who said she would "go {i}" -- left. '),
        'who_dash_run': lambda: "Anna Berg " + f(lambda i: f"-- who {rname(r)} ")[: n // 2] + f('said she would "go" -- ')[: n // 2],
        'two_offices': lambda: f(lambda i: f'"Go {i}," the veteran {rname(r)} harbour pilot and council candidate told us. '),
        'spaced_marks': lambda: f(lambda i: f"''We go {i}, '' said Tom {rname(r)}. ''No. '' "),
        'spaced_marks_noline': lambda: f(lambda i: f', " {rname(r)} . " '),
        'aged_colons': lambda: f(lambda i: f'17-year-old Anna {rname(r)} had a view:\n\n"Go {i}."\n\n'),
        'state_commas': lambda: f(lambda i: f'Anna {rname(r)}, during a meeting in Harbourton, Maine, said it was "late {i}". '),
        'it_read_writings': lambda: f(lambda i: f'She held up {rname(r)}\'s old sign.\n\n"Go {i}," it read.\n\n'),
        'it_read_no_writing': lambda: f(lambda i: f'"Go {i}," it read. '),
        'here_is': lambda: f(lambda i: f'Here\'s {rname(r)} in 1998: "Go {i}." '),
        'clause_after_time': lambda: f(lambda i: f'Last spring, when we put it to Tom {rname(r)}, he said, "go {i}." '),
        'described_then_he': lambda: f(lambda i: f'A reporter for the {rname(r)} Post called it "chaos {i}."\n\n"We ran," he said.\n\n'),
        'described_names_between': lambda: 'A reporter for the Post called it "chaos."\n\n' + f(lambda i: f"Anna {rname(r)} ")[: n // 2]
        + f('"We ran," he said. ')[: n // 2],
        'who_after_phrase': lambda: f(lambda i: f'Lund sat through a lecture from the {rname(r)} mayor, who said it was "a gift {i}" to us. '),
        'clause_no_comma': lambda: "Last spring, when " + f(lambda i: f'{rname(r)} asked "go {i}" and '),
        'inner_then_spaced': lambda: f(lambda i: f'"Say \'well played {i},\' " said Anna {rname(r)}. '),
        'inner_spaced_run': lambda: f(lambda i: f", ' \" "),
        'modifier_plural': lambda: f(lambda i: f'Maritime {rname(r).lower()} experts have said it was "late {i}". '),
        'modifier_no_verb': lambda: f(lambda i: f'Maritime safety {rname(r).lower()} and "{i}" '),
        'possessed_verb': lambda: f(lambda i: f'{rname(r)}\'s letter sets out a case: "Go {i}." '),
        'participle_described': lambda: f(lambda i: f'A council leaflet printed {rname(r)} accuses Lund of "selling {i}." '),
        'known_as': lambda: f(lambda i: f'Moss fills the {rname(r)} links, most of them known as "walks {i}." '),
        'naming_participle': lambda: f(lambda i: f'They fought a levy called the "{rname(r)} tax {i}," which fell hard. '),
        'passive_naming': lambda: f(lambda i: f'The old ferry is often called the "grey {rname(r)} {i}" in town. '),
        'gerund_after_noun': lambda: f(lambda i: f'Berg called it "bold {i}," a jab at the {rname(r)} conceding that it moved. '),
        'judged_as': lambda: f(lambda i: f'Berg said it was "in the millions {i}," described the {rname(r)} as "awful." '),
        'office_place': lambda: f(lambda i: f'The senator from {rname(r)} said the levy was "a tax {i}." '),
        'two_offices': lambda: f(lambda i: f'"It is about boats {i}," said former {rname(r)} Gov. and Harbour Party Chairman Tom Lund. '),
        'nfd_names': lambda: f(lambda i: f'"Done {i}," said Jose\u0301 Nu\u0301n\u0303ez of {rname(r)}. '),
        'combining_run': lambda: f(lambda i: 'Z' + '\u0301\u0303' * 40 + f' said "x{i}." '),
        'trailing_share': lambda: f(lambda i: f'"flat for a month {i}" while {rname(r).lower()} waited on a "rough winter," he said '),
        'trailing_share_noline': lambda: f(lambda i: f'"flat for a month {i}" while owners waited on '),
        'connector_clause': lambda: f(lambda i: f'But although the crew stood by {rname(r)}, she struck a note, saying, "Not sure {i}." '),
        'third_comma': lambda: f(lambda i: f'"Pleased {i}" about it, said Anna {rname(r)}, director of the Trust, a union. '),
        'misspelt_names': lambda: f(lambda i: (lambda n: f'Anna {n} said "yes {i}." "No," {n[:-1]} said. ')(rname(r))),
        'misspelt_long': lambda: f(lambda i: (lambda n: f'Anna {n}{n} said "yes {i}." "No," {n}{n[1:-1]} said. ')(rname(r))),
        'known_as_name': lambda: f(lambda i: f'"No order {i}," said the harbour chief known as {rname(r)}, who retired. '),
        'quote_aside': lambda: f(lambda i: f'{rname(r)} said, and I quote, "Onward {i}." '),
        'opening_comma': lambda: f(lambda i: f'In a long, dockside interview with {rname(r)} last week, Berg said she liked it and added, "Yes {i}." '),
        'colon_after_when': lambda: f(lambda i: f'When {rname(r)} suggested that the board would sue, Berg fired back: "They lose {i}." '),
        'while_clause': lambda: f(lambda i: f'Lund signed an order, while {rname(r)}, the harbour chief, proposed we "wait {i}" and left. '),
        'so_called_apart': lambda: f(lambda i: f'The so called "{rname(r)} pact" was called by the board to adopt the "plan {i}." '),
        'remark_clause': lambda: f(lambda i: f"{rname(r)}'s recent baseless assertion that the board \"sold {i}\" was denied. "),
        'remark_clause_noline': lambda: f(lambda i: f"{rname(r)}'s claim that the board of the port of the town "),
        'determiner_comments': lambda: f(lambda i: f'It makes the {rname(r)} comments galling. "Shame {i}," he said. '),
        'determiner_comments_nospace': lambda: f(lambda i: f'the,x{i},{rname(r)} comments,'),
        'place_surname': lambda: f(lambda i: f'Rep. {rname(r)} Norway spoke. "Empty {i}," Norway said. '),
        'day_after_description': lambda: f(lambda i: f'The {rname(r)} campaign on Friday kept up its criticism, saying Lund is fit "only on paper {i}" and weak. '),
        'adverb_after_opening': lambda: f(lambda i: f'Immediately after the storm, {rname(r)} Berg released a statement: "Held {i}." '),
        'described_before_name': lambda: f(lambda i: f'Harbour board spokesman {rname(r)} Lund was insisting he had "saved {i}," claiming it. '),
        'common_word_name': lambda: f(lambda i: f'Tom {rname(r)} Read spoke. "Held {i}," Read said. '),
        'inverted_after_aside': lambda: f(lambda i: f'"Held {i}," like the {rname(r).lower()} storms, said Tom {rname(r)}, the master. '),
        'place_of_person': lambda: f(lambda i: f'Anna {rname(r)} of Vasa, Harbourshire says the pier will "hold {i}." '),
        'place_of_person_noline': lambda: f(lambda i: f'Anna {rname(r)} of Vasa, Harbourshire, '),
        'abbreviation_end': lambda: f(lambda i: f'"Tired {i}" but to work on, says Ana {rname(r)}, a pollster in Harbourton, Md.\n\n'),
        'state_after_name': lambda: f(lambda i: f'"Held {i}," Anna {rname(r)}, 59, of Harbourton, Md., who watched, said. '),
        'state_after_name_noline': lambda: f(lambda i: f'{rname(r)}, 59, of Harbourton, Md., '),
        'opening_clause_cue': lambda: f(lambda i: f'As {rname(r)} Berg claimed on Tuesday that "the quay held {i}," Tom Lund said the cases differed. '),
        'named_as_clause': lambda: f(lambda i: f'Lund signed the plan, which {rname(r)} Berg described as "a collapse {i}." '),
        'possessive_agent': lambda: f(lambda i: f'Anna {rname(r)}\'s plan was backed by Sen. Olga Lund, who said so. "Fine {i}," she said. '),
        'possessive_nospace': lambda: f(lambda i: f'Anna Berg\'s plan,{"x," * 40}Olga {rname(r)} said. "Fine {i}," she said. '),
        'appositive_speaks': lambda: f(lambda i: f'Karl {rname(r)}, the finance chief of the port, said so. "Painful {i}," he said. '),
        'appositive_names_noline': lambda: f(lambda i: f'Karl {rname(r)}, the chief, '),
        'described_subject_object': lambda: f(lambda i: f'The radio talker filled his speeches for Karl {rname(r)} with praise. He called it "great {i}." '),
        'described_subject_far': lambda: f(lambda i: 'The radio talker filled his speeches ' + 'and more ' * 40 + f'for Karl {rname(r)}. ' + ''.join(f'He said "x{j}." ' for j in range(30))),
        'particle_surname': lambda: f(lambda i: (lambda n: f'Mayor Bill de {n} spoke. De {n} said "Held {i}." Later, de {n} left. ')(rname(r))),
        'connector_phrase': lambda: f(lambda i: f'But back on the quay near {rname(r)}, he went back to his theme: "First {i}!" '),
        'longer_place_phrase': lambda: f(lambda i: f'The crews had "done part {i}" of the work, she said on a tour of the pier with the {rname(r).lower()} board. '),
        'office_cue_noun': lambda: f(lambda i: f'"Held {i}," said state senator {rname(r)} Lund. '),
        'preposition_opening': lambda: f(lambda i: f'Across {rname(r)}, skippers were startled by the "plans {i}" of the board. '),
        'place_after_in': lambda: f(lambda i: f'Drivers saw a sign in {rname(r)} (ten miles east), which read, "Vote {i}." '),
        'possessive_counted': lambda: f(lambda i: f'Lund\'s first five {rname(r).lower()}s ranged from warm to cold: "Is it time {i}?" '),
        'first_before_cue': lambda: f(lambda i: f'The board was "chaotic {i}," {rname(r)} Watch first reported. '),
        'missing_space_stops': lambda: f(lambda i: f'"Shut {i}," Lund said.{rname(r)} claimed it. '),
        'lower_word_stops_noline': lambda: 'a' * (n // 2) + '9' + f(lambda i: '.Xa')[: n // 2],
        'middle_initial': lambda: f(lambda i: f'Gov. Terry E. {rname(r)} spoke. "Held {i}," he said. '),
        'title_in_appositive': lambda: f(lambda i: f'As Tom {rname(r)}, author of "Harbour Rules," put it, "Fine {i}." '),
        'title_in_appositive_noline': lambda: f(lambda i: f'"Rules {i}," put it, '),
        'pronoun_addressee': lambda: f(lambda i: f'Tom {rname(r)} wrote to him. Karl Lund replied. "Fine {i}," he told Lund. '),
        'pronoun_own_cue': lambda: f(lambda i: f'Tom Lund met them. Asked whom he backs, he said {rname(r)}. "Fine {i}," he said. '),
        # Session 31: a partial quote after a sentence reporting words; a name before an introducing colon; a
        # gerund after a quote; a relative clause before a cue; a title before a surname.
        'continued_report': lambda: f(lambda i: f'Tom {rname(r)} said it was late. It was "a plain case of haste {i}." '),
        'continued_report_noline': lambda: f(lambda i: f'He said so. It was "a case of haste {i} over care" '),
        'name_before_colon': lambda: f(lambda i: f'The surge does not surprise pollster Tom {rname(r)}: "Small boats win {i}." '),
        'gerund_after_quote': lambda: f(lambda i: f'The captains hold that "a quay pays {i}," citing a winter in which '),
        'relative_clause_cue': lambda: f(lambda i: f'The skipper who built the boat {i} said, "We sail." '),
        'relative_clause_noline': lambda: f(lambda i: f'who built the boat {i} said, "We sail" '),
        'gendered_title': lambda: f(lambda i: f'Tom {rname(r)} and Anna {rname(r)} spoke. "Fine {i}," Ms. {rname(r)} said. '),
        'name_variants': lambda: f(lambda i: (lambda s: f'Tom {s} spoke. Thomas {s} and Tom J. {s} agreed; his father, '
                                                        f'Tom {s}, and the {s}s left {i}. ')(rname(r))),
        'opening_given_role': lambda: f(lambda i: f'But Tom {rname(r)}, a spokesman, said so. {rname(r)} {rname(r)}, '
                                                  f'director of the port, spoke {i}. '),
        'office_in_org': lambda: f(lambda i: f'The {rname(r)} Harbour Council Chairman Tom {rname(r)} said "yes {i}." '),
        # Session 33: an initial opening an organisation after a given name, an inverted cue between commas before a
        # quote, a name modifying a role, "it" after "it", a given name that is a nationality's word.
        'initial_org': lambda: f(lambda i: f'"No {i}," said Gov. Walter E. {rname(r)} of Iowa, who hired him. '),
        'inverted_cue': lambda: f(lambda i: f'Any "fair" reading of Mr. {rname(r)}\'s plan, said Tom {rname(r)}, an '
                                            f'expert, would see it as "a step back {i}." '),
        'role_modifier': lambda: f(lambda i: f'{rname(r)} consultant Tom {rname(r)} spoke. "We win {i}," he said. '),
        'it_after_it': lambda: f(lambda i: f'"The boats are ready {i}," it said.\n\n"Send word," it read.\n\n'),
        'given_demonym': lambda: f(lambda i: f'Christian {rname(r)} and German {rname(r)} met {i}. '),
        # Session 34: a given name sharing the surname of the full name after "and"; "it" after "Still," and its
        # subject; "he" after a quote naming people by surname; "she" after a woman described; a full name both a
        # brand's and a person's beside another of its surname.
        'shared_surname': lambda: f(lambda i: f'The parents, Tomas and Maren {rname(r)}, met {i}. '),
        'still_it': lambda: f(lambda i: f'Still, the {rname(r).lower()} board opposed it. "No {i}," it recommended. '),
        'described_she': lambda: f(lambda i: f'A {i}-year-old {rname(r)} woman was fined after she posted it. "Out!" she '
                                             f'wrote. '),
        'brand_family': lambda: f(lambda i: (lambda n: f'The Ivka {n} brand sold {i}. Tom {n} spoke. Aides say Ivka '
                                                       f'{n} agreed. ')(rname(r))),
        'quote_names': lambda: f(lambda i: f'Tom {rname(r)} spoke. "Sen. {rname(r)}\'s plan and {rname(r)} {i}," he said. '),
        # Session 36: a statement issued before a paragraph of quotation; a description's cue in the paragraph
        # before one; a gerund after a "where" clause; a name set to speak by "prompted" ...
        'statement_para': lambda: f(lambda i: f'The {rname(r)} board issued a brief statement {i}.\n\n"We will '
                                              f'reopen the quay on Friday for all traffic."\n\n'),
        'description_para': lambda: f(lambda i: f'The {rname(r).lower()} said the port would stay open {i}.\n\n"We '
                                                f'have no other choice."\n\n'),
        'where_gerund': lambda: f(lambda i: f'Lund spoke by the pier, where some {i} {rname(r).lower()}s had massed, '
                                            f'chanting "open the gates." '),
        'prompted_to': lambda: f(lambda i: f'The vote prompted Tom {rname(r)} to say "we are done {i}." '),
        # ... and a verb of beginning after a quote's comma; a name inside a "whose" clause; a word for part of a
        # group opening a sentence, here with cue words and no stop for a whole paragraph.
        'started_after': lambda: f(lambda i: f'"Friends {i}," Tom {rname(r)} started. '),
        'whose_clause': lambda: f(lambda i: f'Tom {rname(r)}, whose firm, {rname(r)}, maps docks, said it was '
                                            f'{i}: "We map." '),
        'quantity_nostop': lambda: f(lambda i: f'some said and many said and others said {i} '),
        # Session 37: shares of those polled and chants with no stop for a whole paragraph; "he said that" sentences
        # full of speakers before a "he said"; a relative clause after a passive question; names between "the"
        # and a noun before a pronoun's quote.
        'share_nostop': lambda: f(lambda i: f'about four in 10 said and 21 percent of {rname(r).lower()}s say '
                                            f'"yes {i}" and '),
        'chant_nostop': lambda: f(lambda i: f'the crowd broke into chants of "go {i}" and joined in a chant of '),
        'he_said_that': lambda: f(lambda i: f'He said that Tom {rname(r)} has admitted {i}. "We row," he said. '),
        'asked_by_who': lambda: f(lambda i: f'Lund was asked by Tom {rname(r)}, who backs him, but has dismissed it '
                                            f'{i}, "Why?" '),
        'the_name_noun': lambda: f(lambda i: f'For the {rname(r)} campaign and the {rname(r)} years, he is {i}. '
                                             f'"We row," he said. '),
        # Session 38: "was quick to add" before a paragraph of quotation; remarks after "his" and "her", with no
        # stop for a whole paragraph (each "his" walks back to its sentence's first person); street names.
        'quick_to_add': lambda: f(lambda i: f'Tom {rname(r)} was quick to add that pier {i} is not for sale.\n\n'
                                            f'"Not for sale."\n\n'),
        'possessive_remark_noline': lambda: f(lambda i: f'and Tom {rname(r)} stood by his comment that "we go {i}" '
                                                        f'after her May remark that "no" '),
        'street_names': lambda: f(lambda i: f'They met on Karl {rname(r)} Street and at {rname(r)} {rname(r)} '
                                            f'Avenue {i}. "Go," he said. '),
        # Session 39's recognizer rules: titles of works, institutions by their noun (and the same name elsewhere),
        # clubs after a city, picture credits; no stop, so each rule sees one sentence of all the names.
        'works_titles_noline': lambda: f(lambda i: f'the film {rname(r)} {rname(r)} and The {rname(r)} {rname(r)}, '
                                                   f'"{rname(r)} {rname(r)}" and the band {rname(r)} {i} '),
        'institutions_noline': lambda: f(lambda i: f'the group {rname(r)} and {rname(r)} {rname(r)}, a private school '
                                                   f'in Boston, and {rname(r)}\'s {r.choice(FIRST)} {r.choice(LAST)} {i} '),
        'clubs_credits': lambda: f(lambda i: f'the Boston {rname(r)}s beat the Chicago {rname(r)}s {i}. '
                                             f'Image: {rname(r)}.\n'),
        # Session 40's quote rules read the sentence before its first quote again for each gerund, "what" clause or
        # verb of causing: a whole paragraph of them with no stop; and pairs ending in a common noun.
        'gerund_doers_noline': lambda: f(lambda i: f'I remember Tom {rname(r)} going out, declaring "war {i}" and '
                                                   f'telling them "no", with {rname(r)} saying "yes" and asking '
                                                   f'"why", what the crews have called "a mess", prompting '
                                                   f'{rname(r)}, who rows, to state, "fine", as the narrator '
                                                   f'continues that "it ends" '),
        'common_pairs_noline': lambda: f(lambda i: f'the {rname(r)} Wars and {rname(r)} Copper and Peter Such '
                                                   f'{i} and '),
        # Session 41: a short quote in an appositive, a described owner, "found that", counts, "calls it", titles
        # after "on", and given names spelt two ways.
        'counts_and_calls_noline': lambda: f(lambda i: f'"we sail {i}," Tom {rname(r)}, wearing "Save it" badges, '
                                                       f'said, and the Vasa mayor\'s answer was that "no", as '
                                                       f'about 200 dockers found that "yes" and the paper calls '
                                                       f'calls it "a mess" on "Harbour Live" '),
        'respelt_names_noline': lambda: f(lambda i: f'Kristin {rname(r)} and Kristen {rname(r)} and Hilary Lund '
                                                    f'and Hillary Lund and Philip Lund and Phillip Lund {i} and '),
        # Sessions 42 and 43, the recognizer: institutions joined by "of the"/"for the" and split at "and", family
        # names first, Roman numerals and "Jr.", addresses after "on", lone letters, a relative's unknown given
        # name, mojibake; no stop.
        'orgs_addresses_noline': lambda: f(lambda i: f'the {rname(r)} Foundation for the Visual Arts and the '
                                                     f'{rname(r)} Library and {rname(r)} University\'s Club, Park '
                                                     f'Joo-Ho, Title IV, Tom {rname(r)} Jr. and {rname(r)} Jr., the '
                                                     f'Red Cross on {rname(r)} Street, the L - band {i}, Keith Lund '
                                                     f'and Tavika Lund, Marc Tr\u00c3\u00a9vidic, and '),
        # Sessions 42 and 43, the quotes: "as X put it", "reports:", "9/11", plural cue nouns, "talked about",
        # "refers to X as", "expressed", "leading X to counter that"; no stop.
        'put_it_reports_noline': lambda: f(lambda i: f'"a mess {i}," as a {rname(r)} memo put it, and Tom Lund says '
                                                     f'her flurry of late-night tweets was "bad", said 9/11 widow '
                                                     f'{rname(r)}, the master talked about the "years", refers to '
                                                     f'her as "the Admiral", expressed hope that "we sail", leading '
                                                     f'advisers like Anna {rname(r)} to counter that "no" and the '
                                                     f'{rname(r)} Daily reports: "yes" '),
        # Session 44: a lone misspelt surname in the text (not a speaker) looked up for the pronoun after it; long
        # surnames too.
        'misspelt_mentions': lambda: f(lambda i: (lambda n: f'Anna {n}{n} runs it. {n}{n[1:-1]} said the dock is old. '
                                                            f'"No {i}," she said. ')(rname(r))),
        # Session 47: a cue after a modal in a that-clause (read back to the reporting cue; 20,000 in one sentence
        # overflowed the stack before a5b7447), "prompted X to ... and call", a digest's "- Name:", "Asked by",
        # "while" gerunds, closed relative clauses and a remark's that-clause; no stop.
        'modal_that_noline': lambda: f(lambda i: f'{rname(r)} will say that '),
        'session47_noline': lambda: f(lambda i: f'that prompted Tom {rname(r)} to make a joke and call Berg "very {i}," '
                                                f'the vote ran long - Harbour {rname(r)}: "we fared well" and Asked by '
                                                f'{rname(r)} if Berg "gets" it, while denouncing the "greed" of owners '
                                                f'to crowds, she and Tom Lund\'s aside that the crews, whom Berg '
                                                f'praised, were "well paid" and '),
        'session48_noline': lambda: f(lambda i: f'the dockers\' union said, in Harbours\' own words, "no {i}," '
                                                f'as said Anna {rname(r)}\'s campaign manager, and Fifteen crews '
                                                f'protested that Unless "it {i}," the phrase "pier tax" was uttered '
                                                f'once, by {rname(r)}, and any "clear" plan, said Tom Aker, an '
                                                f'expert, would fail; '),
    }
    if shape is None:
        return list(shapes)
    return shapes[shape]()


def run(binary, path):
    """Seconds and peak KB of one `nr-quotes show`, or None when it took longer than 120 s."""
    start = time.monotonic()
    child = subprocess.Popen([binary, "show", path], stdout=subprocess.DEVNULL)
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            if status:
                sys.exit(f"{binary} show {path}: exit status {status}")
            return time.monotonic() - start, usage.ru_maxrss
        if time.monotonic() - start > 120:
            child.kill()
            child.wait()
            return None
        time.sleep(0.01)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    binary = os.environ.get("NR_QUOTES") or os.path.join(root, "target", "release", "nr-quotes")
    if not os.path.exists(binary):
        sys.exit(f"{binary}: not built; run `cargo build --release --bin nr-quotes` first")
    names = sys.argv[1:] or body(None, 0, None)
    slow = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            times = []
            for size in (100_000, 400_000, 1_600_000):
                path = os.path.join(tmp, name + ".txt")
                with open(path, "w", encoding="utf-8") as out:
                    out.write("Title\n\n" + body(name, size, random.Random(1)) + "\n")
                got = run(binary, path)
                if got is None:
                    times.append(None)
                    break
                times.append(got[0])
                print(f"{name:22} {size:>9,} B  {got[0]:7.2f} s  {got[1]:>9,} KB", flush=True)
            grows = any(
                a is not None and b is not None and b > 1.0 and b > 8 * a for a, b in zip(times, times[1:])
            )
            if None in times or grows or (len(times) == 3 and times[2] > 2.0):
                slow.append(name)
    print("SLOW: " + (", ".join(slow) if slow else "none"))
    sys.exit(1 if slow else 0)


if __name__ == "__main__":
    main()
