"""Event mentions from English body sentences: who did what to whom, where and when, with evidence.

Per sentence: find actors, event triggers, dates and places; give each asserted trigger a source and a
target from the actors around it, a date resolved against the publication date and the place where it
happened. Triggers that are negated, failed or hypothetical, and sentences that name two actors but yield
no event, go to `uncoded` with the reason, so that recall gaps stay visible.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from eventlake.actors import (
    BLOC_NOTE,
    CALENDAR_WORDS,
    FOREIGN_MARKERS,
    RELIGION_SECTORS,
    ActorMention,
    ActorTable,
    MentionKind,
    RoleRecord,
    find_actors,
    load_actor_table,
)
from eventlake.documents import month_partition
from eventlake.records import Document, RunContext, Segment
from eventlake.reference.normalize import fold_text
from eventlake.sentences import SentenceSpan, split_sentences
from eventlake.typing_rules import (
    CONDITIONAL_THREAT_CUE,
    COOPERATIVE_TYPES,
    ORDERED_CUE_PREFIX,
    PERSON_OBJECT_ROLE,
    RELIEF_WORDS,
    REPORTED_CONDITIONAL_MODAL_CUE,
    SAYING_PRESENT_FORMS,
    SPORT_SETTING_WORDS,
    Trigger,
    TriggerFinder,
    conditional_threat_code,
    default_finder,
    reads_as_attack,
)
from eventlake.when import DateMention, EventDate, choose_event_date, find_dates
from eventlake.where import (
    Gazetteer,
    PlaceMention,
    event_location,
    find_places,
    load_gazetteer,
    sentence_setting,
    with_national_capitals,
)

QUAD_CLASS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal_cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material_cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"), "verbal_conflict"),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), "material_conflict"),
}
TARGET_BONUS = 0.1
MISSING_TARGET_PENALTY = 0.1
CORROBORATION_BONUS = 0.05
MAX_CONFIDENCE = 0.95
LEAD_PARAGRAPHS = 3
"""Undated events reported as having happened in the first paragraphs are taken as the day's news: they get
the publication date with basis 'publication'. Later paragraphs are background, and stay undated."""
VISIT_CAMEO_PREFIXES = ("042", "043")
RECIPIENT_SUBJECT_ROLE = "recipient-subject"
"""The lexicon role of a verb of receiving, whose subject gets what the actor after 'from' gives ('Egypt received
aid from the United States'): `recipient_subject_roles`."""
TWO_PARTY_ROLE = "two-party"
"""A lexicon row whose act is political only toward a party it names: 'championed Poland's bid', not
'championed organic farming'; 'Taliban fighters fled Kabul', not 'soldiers fled the nightclub'."""
ARRIVAL_ROLE = "arrival"
"""The lexicon role of aid or teams that arrive, given by the state in the subject to the place of arrival
('Chinese rescue teams arrived in Kathmandu'): `arrival_roles`."""
MADE_VISIT_CAMEO_CODE = "042"
"""CAMEO 'make a visit': a trip whose destination may be the party visited ('arrived in Peking on a state visit')."""
VISITOR_SECTORS = frozenset({"GOV", "LEG", "ELI"})
"""Sectors of an actor whose trip abroad is a visit to the host state; troops, teams and crowds travel for
other ends."""
PRIVATE_PERSON_SECTORS = frozenset({"PPL", "CVL", "EDU", "BUS", "AGR"})
"""Sectors of a private person: one of them acting alone on another is no political actor."""
COLLECTIVE_NOUNS = frozenset(
    {"mob", "mobs", "crowd", "crowds", "throng", "horde", "men", "women", "people", "children", "youth", "youths"}
)
"""Words for many people acting together that do not end in -s, or do: never 'one private person'."""
BACKGROUND_YEARS = 2
"""An act its clause dates this many calendar years or more before publication is history retold. A year
less is still news: an act revealed or reported late ('the massacre in March 1968' in a 1969 report)."""
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
MUTUAL_CAMEO_CODES = frozenset({"057"})
"""Acts of other types that coordinated subjects do together, by CAMEO code ('Jordan and Israel signed a peace
treaty', 057) or by the lexicon role `mutual` ('the United States and Cuba restored relations', 'Israeli troops
and Hezbollah guerrillas clashed', 'the army and UNITA rebels declared an end to hostilities'): each side is
source and target of the other."""
MAX_COORDINATED_ACTORS = 4
"""A directed event with coordinated sources or targets gives one event per pair of them, at most this many per
side; members beyond are named in `actor_detail` of every row of the list instead of being paired."""
COMPLAINT_CAMEO_CODE = "114"
PATIENT_PASSIVE_CODES = ("084",)
"""Releases and returns (CAMEO 084): who 'was released' or 'set free' is the one released, never the source,
even though RETREAT is a self-passive type."""
COMPLEMENT_TARGET_TYPES = frozenset({"REQUEST"})
COMPLEMENT_OBJECT_TYPES = frozenset({"THREATEN", "REJECT", "AGREE"})
"""A threat, a refusal or a promise is aimed at whoever the threatened, refused or promised act is aimed at."""
WITHDRAWAL_CAMEO_PREFIX = "087"
PROMISED_ACT_TYPES = COOPERATIVE_TYPES
"""Promised acts whose target a promise takes: acts of cooperation ('agreed to hold talks with Syria', 'pledged
to supply Ukraine with weapons', 'agreed to release 26 Palestinian prisoners'). The target of a promised attack or
sanction ('agreed to impose sanctions on Russia') is not whom the promise is made to, nor is the place a promised
withdrawal leaves ('pledged to withdraw its troops from Afghanistan', CAMEO 087)."""
PURPOSE_TARGET_TYPES = frozenset({"PROTEST", "THREATEN"})
"""Acts aimed at the party their purpose clause names: 'took to the streets to protest against U.S. drone
strikes', 'ready to use force to stop Iran'."""
INVESTIGATION_CAMEO_PREFIX = "09"
ACCOUNTABLE_SECTORS = frozenset(
    {"GOV", "LEG", "JUD", "ELI", "PTY", "MIL", "SPY", "COP", "REB", "INS", "SEP", "RAD", "CRM", "UAF"}
)
"""Officials, armed forces and groups that a reported wrong can be laid at, unlike civilians or a crowd."""
REJECTED_MEETING_CAMEO_CODE = "125"
MEETING_PARTNER_ROLE = "meeting-partner"
MEETING_PARTNER_PREPOSITIONS = frozenset({"with", "to"})
"""A cancelled or boycotted meeting is refused to its partner: 'scrapped talks with Turkey', 'canceled a state
visit to the United States'. Not 'between': the parties of talks between others are not refused."""
REFUSED_PROPOSAL_NOUNS = frozenset(
    "appeal appeals request requests demand demands call calls offer offers proposal proposals plan plans "
    "invitation invitations ultimatum ultimatums plea pleas initiative initiatives suggestion suggestions "
    "warning warnings".split()
)
"""A refusal that ends in what was asked or offered is refused to whoever asked or offered it, named after
'from': 'dismissed an appeal from Iran', 'declined an invitation from Beijing'; not a refusal to withdraw 'from'
a place ('would not withdraw its troops from Kosovo')."""
SELF_PASSIVE_TYPES = frozenset({"MOBILIZE", "RETREAT"})
"""Forces that 'were deployed' or 'have been demobilized' with no agent named are the ones that mobilized or
withdrew: the subject of the passive is the source."""
TWO_PARTY_TYPES = frozenset({"CONSULT"})
"""A meeting is only reported with both sides named; PLOVER lets AGREE stand without a recipient."""
TWO_PARTY_CAMEO_PREFIXES = ("062", "063", "064")
"""Military, judicial and intelligence cooperation are with a partner: 'the army trained 2,000 new recruits'
trains its own forces and 'police turned over the suspect to prosecutors' hands on a case at home. A purchase
(061) may leave its seller unnamed ('signed a contract to purchase the Russian-made S-400')."""
CROWD_SECTORS = frozenset({"PPL", "OPP", "CVL", "LAB", "EDU", "AGR", "BUS"})
"""Sectors of the words for a crowd (people, protesters, students, workers, farmers, traders): a crowd with no
nationality given is coded with the country where it protests."""
DOMESTIC_SECTORS = frozenset({"COP"})
"""Police act in their own country: with no nationality given they take the country of the event place."""
FAITH_SECTORS = RELIGION_SECTORS | frozenset({"BUD", "HIN"})
"""Sectors of clergy and believers ('Buddhist monks', 'Muslim groups'), who protest where they live."""
INTERNATIONAL_BODY_SECTOR = "IGO"
STATELESS_SECTORS = frozenset({"CVL", "IGO", "NGO", "HRI", "MED", "UAF"})
"""Agents that name someone without a country: civilians, international bodies, human rights groups ('was
criticised by human rights groups'), the media, and unidentified armed men ('gunmen', 'armed men'), coded as
ACLED codes an unidentified armed group, with no country."""
LOCAL_TARGET_SECTORS = CROWD_SECTORS | frozenset({"REB", "INS", "SEP", "RAD", "CRM"})
"""Bare targets that belong to the country where a state acts on them at home: 'Syrian troops fired on
protesters in Deraa', 'Russian warplanes bombed rebel positions near Grozny', and, as police act only at home,
'Pakistani police arrested hundreds of militants'. Troops are not among them: they are often foreign where
they are."""
UNATTRIBUTED_SOURCE_SECTORS = frozenset({"REB", "MIL", "COP", "SPY", "ETH"})
"""Agents that may be the source of an event with no nationality given: armed forces, rebels, police,
intelligence services, and a people named by descent ('ethnic Albanians'). A bare 'government' or
'officials' is not (whose it is matters more), nor is a crowd, which takes the country of its protest instead
(`local_actor_at_place`); 'the government', 'the opposition' or 'protesters' opening a sentence may be, for the
political acts only they can mean there (`bare_political_source`)."""
PREPOSITIONS = frozenset(
    "with on against to from for about over in at into near of by during amid regarding concerning between "
    "toward towards under after before since aboard outside inside across along via through within beyond behind "
    "alongside throughout".split()
)
TARGET_PREPOSITIONS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "CONSULT": frozenset({"with", "to", "between"}),
        "AGREE": frozenset({"with", "between"}),
        "COOPERATE": frozenset({"with", "from"}),
        "SUPPORT": frozenset({"for", "to", "with"}),
        "AID": frozenset({"to"}),
        "CONCEDE": frozenset({"to"}),
        "REQUEST": frozenset({"on", "to", "from"}),
        "ACCUSE": frozenset({"of", "against", "into"}),
        "SANCTION": frozenset({"on", "against", "with", "from"}),
        "COERCE": frozenset({"against", "on", "from"}),
        "ASSAULT": frozenset({"on", "against"}),
        "THREATEN": frozenset({"against", "at"}),
        "PROTEST": frozenset({"against"}),
    }
)
CONDITIONAL_THREAT_PREPOSITIONS = frozenset().union(
    *(TARGET_PREPOSITIONS[event_type] for event_type in ("THREATEN", "SANCTION", "COERCE", "ASSAULT"))
)
"""A threat read from an act announced under a condition takes its target as the act would ('said it would
tighten the embargo on Serbia unless ...')."""
DIRECTION_PREPOSITIONS = frozenset({"to", "from", "at", "into", "against", "toward", "towards"})
"""A lexicon pattern that ends in one of these marks the actor right after it as the target ('withdrew its
troops from X', 'fired missiles at X', 'sent a note of protest to X'), even a country read as a place."""
SETTING_PREPOSITIONS = frozenset(
    {"in", "inside", "within", "through", "across", "along", "around", "throughout", "during", "about", "over"}
)
"""A pattern that ends in one of these ('marched in', 'conferred about') introduces a place, a time or a topic:
the actor after it is not a direct object. 'demonstrated outside|at|near' may name an embassy, the target."""
RESCUED_PLACE_PREPOSITIONS = frozenset({"to", "from", "at", "into"})
"""Prepositions that make a country or capital a place, but that may also introduce the target of an act."""
MAX_OBJECT_GAP_WORDS = 4
MAX_MARKED_GAP_WORDS = 10
"""A target right after the trigger may be a few words away ('met Russia's leader X'); one introduced by a
preposition that marks targets for the event type ('meet and discuss bilateral issues with X') may be further."""
_COORDINATOR = re.compile(
    r"\s*(?:,\s*(?:and\s+(?:an?\s+)?)?|and\s+(?:an?\s+)?|&\s*)(?:(?:the|his|her|their)\s+)?(?:[A-Z][a-z]+(?:['’]s)?\s+)?"
    r"(?:counterparts?\s+)?"
)
_LIST_LAST_JOINT = re.compile(r"\band\b|&")
_LIST_DETERMINER_BEFORE = re.compile(r"\b(?:the|both)\s+$", re.IGNORECASE)
_LIST_OPENING = re.compile(
    r"(?:^|[,;:(]|\s[-\u2013\u2014]+|\b(?:said|says|announced|reported|stated|added)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?"
    r"(?:\s+that)?)\s*$|^\s*(?:[A-Z][\w'.-]*\s+){1,3}$"
)
"""What may open a list of subjects: the start of the clause, a comma or dash, a reporting verb, or a few
capitalized words ('On Friday the United States and Britain'); not a verb or preposition that governs its
first member ('Iraq invaded Kuwait and Syria condemned', 'the war between Iran and Iraq')."""
_CLAUSE_AFTER_LIST = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:also|then|later|still|has|have|had|is|are|was|were|will|would|could|can|may|might|must"
    r"|should|did|does|do|said|says|[a-z]{2,}ed|met|told|sent|hit|struck|fought|held|took|gave|led|shot|made|won|began"
    r"|withdrew|threw|broke|left|came|went|fled|sought|kept|stood|swore)\b"
)
"""A verb right after the last member of a list of objects: that member is the subject of a clause of its own
('Britain condemned Iran and Russia vetoed the resolution')."""
_LOCATIVE_IN_SURFACE = re.compile(r"\s(?:in|at|near|inside|across)\s", re.IGNORECASE)
_COMPLAINED_ABOUT = re.compile(r"\s+(?P<preposition>about|over|against)\s+(?:the\s+)?", re.IGNORECASE)
_OTHER_PREPOSITION = rf"(?:{'|'.join(sorted(PREPOSITIONS - {'of'}))})\b"
_INNER_OF_PHRASE = re.compile(rf"\bof\s+(?:(?!{_OTHER_PREPOSITION})[\w'.-]+\s+)+(?={_OTHER_PREPOSITION})", re.I)
"""'recaptured the town of Badme from X', 'seized the airport of Hodeidah from X': an 'of' phrase that names the
place or thing acted on, followed by the preposition that introduces the target."""
_APPOSITIVE_CLOSE = re.compile(r",\s+(?:has|have|had|was|were|is|are|will|would)\s+(?:\w+\s+)?$")
_APPOSITIVE_OPENING = r",\s+(?:the|a|an)\s"
_DETERMINER_APPOSITIVE = re.compile(_APPOSITIVE_OPENING)
_ENDS_AFTER_COMMA = re.compile(r"\w,\s+$")
"""'Members of the Association of African Jurists, a body linked to the OAU, investigated': an appositive that
opens with a determiner may close on the verb itself."""
_NAME_APPOSITIVE_BEFORE_VERB = re.compile(
    r",\s+(?:(?:[A-Z]|[ae][lsdnr]-)[\w'.-]*\s+|(?:bin|ibn|de|da|van|von|al|el|la|le|du|der)\s+){1,4}"
    r"(?:[A-Z]|[ae][lsdnr]-)[\w'.-]*,\s+(?:(?:has|have|had|also|then|on\s+[A-Z][a-z]+day)\s+)*"
)
"""', Nizar Hamdoon, ' in 'Iraq's ambassador to the United Nations, Nizar Hamdoon, accused': the unlisted name of
the holder of the post, between the post and its verb."""
_PARENTHETICAL_PARTICIPLE = re.compile(r",\s+[a-z]{3,}ing\s[^,;:()]+,\s+(?:(?:also|then|again|[a-z]+ly)\s+)?")
"""', accusing Russia of annexing its territory, ': a participle clause set off by commas, up to the verb."""
_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_MEDIATION = re.compile(r"\b(?:mediat|broker|host|arrang|organi[sz]|sponsor|facilitat)", re.IGNORECASE)
"""'offered to mediate between Israel and the Palestinians', 'offered to broker talks between', 'is ready to host
talks between': the one who mediates or hosts acts, and the pair after 'between' are the parties it acts for."""
_PARTNER_MARK = re.compile(r"\b(?:with|between)\s+(?:[A-Za-z'-]+\s+){0,3}$", re.IGNORECASE)
_DATE_PHRASE = re.compile(
    r"\b(?:on|last|next|this)\s+(?:[A-Z][a-z]+day|week|month|year|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)\b"
)
_QUANTITY = re.compile(
    r"\b(?:(?:up\s+to|more\s+than|fewer\s+than|less\s+than|at\s+least|as\s+many\s+as|nearly|almost|about|around"
    r"|some|over)\s+)?(?:\d[\d,.]*|a\s+few|several|dozens|scores|hundreds|thousands|millions|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred)(?:\s+(?:hundred|thousand|million))?"
    r"(?:\s+of)?\b",
    re.IGNORECASE,
)
"""A count before the target ('arrested more than 100 Palestinians', 'tortured scores of refugees') is
not a preposition that introduces another role."""
_THAT_CLAUSE_OPENING = re.compile(r"\s*that\s+(?:the\s+)?", re.IGNORECASE)
_REGION_WORDS = (
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern"
    r"|southwestern)\s+)?"
)
"""An optional region word before a place name ('northern Syria', 'southwestern Iraq')."""
_PLACE_AFTER_PREPOSITION = r"\s+(?:the\s+)?" + _REGION_WORDS + r"$"
"""The end of a gap before a place that follows a preposition: 'in (the) (northern) <place>'."""
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|of|from|by|with|for|in|on|at|about|under)\s+(?:the\s+)?" + _REGION_WORDS + "$", re.I
)
_PARTITIVE_HEAD = (
    r"\b(?:(?:a|an|the)\s+)?(?:groups?|number|delegations?|team|handful|crowds?|members?|leaders?|heads?"
    r"|representatives?|officials?|envoys?|diplomats?|ministers?|ambassadors?|spokesm[ae]n|dozens|tens|hundreds"
    r"|thousands|millions|scores)\s+(?:of|from)\s+"
    r"(?:the\s+)?"
)
_MEMBERS_HEAD = (
    r"\b(?:(?:a|an|the)\s+)?(?:troops|soldiers|forces|units|agents|leadership|elders|deputies|lawmakers"
    r"|legislators|negotiators|delegates|activists|supporters|fighters|commanders|militiamen|policemen"
    r"|spokes(?:woman|person)|followers|loyalists)\s+(?:of|from)\s+(?:the\s+)?"
)
_MEMBERS_HEAD_BEFORE = re.compile(_MEMBERS_HEAD + "$", re.IGNORECASE)
"""'Troops from Nigeria attacked', 'Elders of the Taliban movement urged': members or forces of the actor that
follows, who act for it; the phrase starts at them, not at the preposition."""
_PHRASE_HEAD_BEFORE = re.compile(rf"(?:{_PARTITIVE_HEAD}|{_MEMBERS_HEAD})$", re.IGNORECASE)
"""A group, quantity or members noun with its 'of' or 'from' right before an actor, in one search for
`_phrase_start`."""
_OPENING_HEAD = re.compile(
    r"(?:(?:[A-Z][^,;:()]{0,40},\s+)?(?:[Tt]he|[Aa]n?)\s+(?P<after_article>(?:[a-z][a-z-]*\s+){1,3})"
    r"|(?P<bare>[A-Z][a-z-]+\s+(?:[a-z][a-z-]*\s+){0,2}))"
    r"(?:of|for|by)\s+(?:the\s+)?"
)
"""'The army of North Korea threatened', 'A statement by China accused', 'Warplanes of Russia bombed': a noun phrase
that opens the sentence, or follows a short opening phrase ('On Monday, the army of'), with a head the agent table
does not list, and whose 'of', 'for' or 'by' names the actor it belongs to. 'From' is left out: 'Refugees from
Rwanda marched' names where people come from, not the state."""
_UNOWNED_OPENING_HEADS = frozenset(
    "critics opponents enemies foes rivals adversaries victims families relatives hostages captives prisoners "
    "detainees neighbours neighbors survivors lawyer lawyers attorney attorneys counsel "
    "son sons daughter daughters wife husband widow brother brothers sister sisters father mother nephew niece "
    "cousin family children son-in-law daughter-in-law "
    "death deaths murder assassination arrest arrests detention release capture execution visit fall collapse "
    "withdrawal departure resignation ouster election expulsion invasion occupation attack attacks plight fate "
    "news policy policies demand demands call calls support aid pressure threat threats presence role refusal "
    "failure defeat victory return "
    "rest capital city town province region north south east west parts part border borders territory "
    "prices price shares exports imports sales production output stocks value supplies shipments reserves "
    "most some many all half majority minority percent third thirds quarter none one two three four five few "
    "both each either neither".split()
)
"""Heads whose 'of', 'for' or 'by' phrase names someone other than who acts ('Critics of Clinton accused', 'A
lawyer for Milosevic accused', 'The son of Libya's leader visited', 'The death of a Palestinian youth sparked
protests'), a place ('The capital of Iraq'), a thing or an act of the actor that is not itself the actor ('Prices
of Brazilian coffee backed down', 'Pressure by Washington forced'), or a part of the actor's people ('Two thirds
of Americans support')."""
_PARTITIVE_IN_GAP = re.compile(_PARTITIVE_HEAD, re.IGNORECASE)
"""'A group of Moroccan diplomats met ...', 'talks with leaders of Romania's new government': the actor after
a group or quantity noun is who acts or is met, not the object of a preposition."""
_POSTMODIFIER_GAP = re.compile(
    r"\s*(?:of|from|in|at|near|on|for|(?:belonging|loyal|linked|allied|close|affiliated)\s+(?:to|with)"
    r"|(?:led|backed|armed|supported|trained|funded|sponsored|commanded)\s+by|based\s+in|[a-z]{3,}ing"
    r"|(?:believed|thought|suspected|reported)\s+to\s+be)\s"
    r"(?:(?!\b(?:is|are|was|were|has|have|had|will|would|said|says|that|who|which)\b)[^,;])*",
    re.IGNORECASE,
)
"""'The Turkish and Greek sides of the island', 'Palestinian gunmen belonging to the Al Aqsa Martyrs Brigades',
'Egyptian soldiers guarding the border with Gaza': a prepositional or participial phrase that qualifies the subject
before its verb."""
_GUESSED_IDENTITY = re.compile(r"\b(?:believed|thought|suspected|reported)\s+to\s+be\s+$", re.IGNORECASE)
"""'Gunmen thought to be Tamil Tiger rebels killed': who the gunmen are is a guess, so they, not the guess, act."""
_REPORTED_PRONOUN = re.compile(r"\s*(he|she|it|they)\s", re.IGNORECASE)
_REPORTING_THAT = re.compile(
    r"\b(?:said|says|announced|announces|stated|declared|added|warned|insisted|vowed|claimed|confirmed|pledged"
    r"|promised|indicated|told\s+\w+)(?:\s+(?:on\s+\w+|late\s+on\s+\w+|today|yesterday|also|again|earlier"
    r"|in\s+a\s+statement|(?:mon|tues|wednes|thurs|fri|satur|sun)day))*\s+that\s+$",
    re.IGNORECASE,
)
_REPORTER_GAP = re.compile(
    rf"\s*(?:\([^()]{{1,40}}\)\s*)?(?:{_APPOSITIVE_OPENING}[^,;()]{{1,80}},\s*)?"
    r"(?:(?:has|have|had|also|then|on\s+\w+|today|yesterday)\s+)*"
)
"""Between a reporter and its verb: an abbreviation in brackets, an appositive ('the Nigerian Union of Teachers
(NUT), the umbrella union for primary school teachers, announced'), auxiliaries and a day."""
_PRONOUN_KINDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "he": frozenset({"person", "agent-phrase"}),
        "she": frozenset({"person", "agent-phrase"}),
        "it": frozenset({"country", "organization", "group", "agent-phrase"}),
        "they": frozenset({"group", "agent-phrase"}),
    }
)
_PERPETRATOR_IMPLIED = re.compile(
    r"\b(?<!shark\s)(?<!heart\s)(?<!panic\s)(?<!asthma\s)(?:(?:suicide|car|roadside)\s+)?(?:bombs?|bombings?"
    r"|bombers?|attacks?|attackers?|assailants?|shelling|air\s*strikes?|airstrikes?|gunm[ae]n|gunfire|ambush(?:ed)?"
    r"|rockets?|mortars?|grenades?|snipers?|IEDs?|landmines?|minefield)\b",
    re.IGNORECASE,
)
"""Weapons and attack words that imply someone attacked, as ACLED codes an 'unidentified armed group': 'three
civilians were killed in a car bombing' has a perpetrator the text does not name."""
_BUT_OPENING = re.compile(r",\s+but\s*$")
_PARTICIPLE = re.compile(r"[a-z]{3,}ing\b")
_CAPITALIZED_PARTICIPLE = r"[A-Z][a-z]{2,}ing\s+(?!and\b)[a-z]"
"""'Bowing to opposition demands, ...', not a name that starts with an -ing word ('Planning and Investment
Minister ...')."""
_OPENING_PARTICIPLE = re.compile(
    rf"(?:After|Before|While|Since|Upon|When)\s+[a-z]{{2,}}ing\s+(?!and\b)[a-z]|{_CAPITALIZED_PARTICIPLE}"
)
_OPENING_MEETING_PHRASE = re.compile(
    r"(?:In|At|During|After|Following)\s+(?:a|an|the|their|his|her|its)\s"
    rf"|(?:After|Before|While|Since|Upon)\s+[a-z]{{2,}}ing\s+[a-z]|{_CAPITALIZED_PARTICIPLE}"
)
_REPORTED_CLAUSE = re.compile(
    r"\b(?:said|says|told|tells|announced|reported|claimed|stated|added|warned|that)\b", re.IGNORECASE
)
_FOREIGN_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(FOREIGN_MARKERS))})\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_CLAIMED_BY = re.compile(r"\bclaimed\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_CLAIMS_RESPONSIBILITY = re.compile(r"^\s+(?:has\s+|have\s+|had\s+)?claimed\s+(?:responsibility|credit)\b", re.I)
_CONDITION = re.compile(r"\b(?:unless|if)\s+(?:the\s+)?", re.IGNORECASE)
_AND_GAP = re.compile(r"(?:\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s*){1,3})?\s*,?\s+and\s+")
"""'dissolved the party and banned', 'met Sharon in Jerusalem and told him': 'and' after the first verb's object,
maybe past a place."""
_COORDINATED_VERB_GAP = re.compile(r"\s+and\s+[a-z]+\s+(?:(?:the|a|an|its|his|her|their)\s+)?$")
"""'bowed to a popular uprising and fled the Philippines': an actor right after a second verb is its object."""
_OBJECT_PRONOUN_AFTER = re.compile(r"\s+(?P<pronoun>him|her|them)\b", re.IGNORECASE)
_OBJECT_PRONOUN_KINDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {"him": frozenset({"person"}), "her": frozenset({"person"}), "them": frozenset({"group", "agent-phrase"})}
)
_PAST_VERB_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}ed|met|told|sent|hit|struck|fought|held|saw|took|gave|led|beat|shot|caught|brought|sought|paid"
    r"|sold|bought|kept|made|won|rang|spoke\s+to|phoned)\s+(?:(?:the|a|an|its|his|her|their)\s+)?$"
)
_NAMED_AGENT = re.compile(r"\bby\s+(?:the\s+)?[A-Z]")
"""'attacks ... by the Syrian Kurdish YPG': a perpetrator is named, even if not recognized."""
_BY_PHRASE = re.compile(
    r"\bby\s+(?:(?:a|an|the|his|her|their|its|one\s+of\s+(?:his|her|their|its))\s+)?"
    r"(?P<agent>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)
"""'was shot dead by police', 'by his son', 'by a bodyguard': a lower-case agent names who attacked too, unless
it names only a weapon ('by a car bomb', 'by a sniper')."""
POLITICAL_VICTIM_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "ELI", "MED"})
"""Victims that make an attack with no attacker and no weapon named a political act: a state's office-holders,
officials, diplomats, premises and forces, judges, lawmakers, party and opposition leaders, journalists. A
citizen 'shot dead' or 'stabbed' may be the victim of a crime, so for citizens a weapon or attack word must be
named."""
BOMBING_CAMEO_PREFIX = "183"
_BLAST_GAP = re.compile(
    r"\s+(?:(?:exploded|went\s+off|detonated|blew\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?up)\s+)?"
    r"(?:(?:ripped|tore|smashed|slammed|ploughed|plowed|crashed)\s+(?:through|into)|hit|struck|rocked|destroyed"
    r"|damaged|wrecked|at|outside|near|inside|beside|in\s+front\s+of)\s+(?:(?:the|a|an)\s+)?",
    re.IGNORECASE,
)
"""'A car bomb exploded at the U.S. Embassy', 'a truck bomb ripped through the U.S. Embassy', 'a suicide bomber
blew himself up outside the Israeli embassy': the premises or forces a bomb went off at are its target."""
_NO_ATTACK_CUE = re.compile(
    r"\b(?:robbery|robberies|robbers?|mugging|muggers?|burglary|burglars?|carjack(?:ing|ers?)|hold-?ups?|thie(?:f|ves)"
    r"|brawl|quarrel|domestic\s+dispute|accident(?:al(?:ly)?)?|training\s+(?:exercises?|flights?|missions?)|exercises?"
    r"|drills?|celebratory|stray)\b",
    re.IGNORECASE,
)
"""'A British tourist was shot dead in a robbery', 'was shot in the leg during a training exercise', 'celebratory
gunfire': a crime or a mishap, not a political attack."""
_FIGURATIVE_ATTACK = re.compile(
    r"\s+(?:on|against|over)\s+(?:(?:his|her|its|their|the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:report|decision|plans?"
    r"|polic(?:y|ies)|proposals?|remarks?|statement|comments?|ideas?|law|bill|budget|move|resolution|stance|handling"
    r"|record|speech|criticism|reforms?|leadership|credibility|reputation|tax|taxes)\b"
    r"|\s+with\s+(?:[\w-]+\s+)?(?:complaints|questions|letters|e-?mails|calls|requests|messages|criticism|petitions)\b",
    re.IGNORECASE,
)
"""'survived a fierce attack on her Brexit plan', 'was bombed with complaints': an attack on words and decisions,
or with them, is a figure of speech."""
_ATTACK_OF_ILLNESS = re.compile(r"\s+of\s+(?!(?:the|an?|his|her|their|its)\s)[a-z]")
"""'survived an attack of pneumonia': an 'attack' of something that is no actor is an illness."""
BACKGROUND_CUE = "background:"
"""The cue of a trigger in a temporal clause ('Fifty years after Kennedy was assassinated, ...'): a past attack
recalled as background is no news of an attack by someone unnamed."""
_PLACE_PHRASE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|from|into)\s+(?:[\w'-]+\s+){0,2}(?:[\w'-]+\s+of\s+)?$", re.IGNORECASE
)
"""'in central Baghdad', 'in a Christian suburb of Beirut': a place named in the clause is where the attack was."""
_PREMISES_BEFORE = re.compile(r"\b(?:in|at|inside|outside)\s+(?:the\s+)?$", re.IGNORECASE)
"""'was shot dead in parliament', 'outside the Interior Ministry': an unarmed body named right after a preposition
of place is where the attack was."""
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "SEP", "UAF", "IMG", "CRM"})
_SETTING_NOUN_AFTER = re.compile(
    r"\s+(?:parade|ceremony|funeral|border|frontier|coast|capital|city|town|village|province|region|side|waters"
    r"|territory|academy|hospital|cemetery|memorial|museum)\b",
    re.IGNORECASE,
)
_SETTING_BEFORE = re.compile(
    r"\b(?:during|at|in|near|outside|inside|on|along|across)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
"""'during a military parade', 'near the Syrian border': an actor word that only names the occasion or the
place of an attack is no candidate for its attacker."""
TOLL_CUE = "toll"
"""The cue of an attack that a closing participle clause or a relative clause on it tells the toll of ('..., killing 17
Israelis', '..., which killed 29 people')."""
_TOLL_PARTICIPLE = re.compile(r",\s+(?:killing|wounding|injuring)\b", re.IGNORECASE)
SANCTION_GOODS_CAMEO = "163"
"""CAMEO 'impose embargo, boycott or sanctions': the measure that falls on a country's goods ('tariffs on American
goods')."""
_STRUCK_IN_COUNTRY_GAP = re.compile(
    r"\s+(?:(?:on|against|at|of)\s+)?(?:(?:a|an|the|several|some|many|dozens\s+of|scores\s+of|\d[\d,]*|suspected|military"
    r"|strategic|key|rebel|insurgent|militant|guerrilla|government|air|defen[cs]e|radar|missile|command|communications"
    r"|industrial|pharmaceutical|chemical|weapons|oil|power|army|naval|terrorist|training|ammunition|fuel|other)\s+){0,4}"
    r"(?:targets?|positions?|installations?|bases?|sites?|facilit(?:y|ies)|plants?|factor(?:y|ies)|depots?|bunkers?"
    r"|camps?|defen[cs]es|airfields?|strongholds?|hideouts?|(?:apartment|residential|office)\s+(?:buildings?|blocks?)"
    r"|power\s+(?:stations?|plants?)|bridges?|refiner(?:y|ies)|airports?|ports?)"
    r"\s+(?:in|across|around|throughout|inside|near)\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern"
    r"|southwestern)\s+)?",
    re.IGNORECASE,
)
"""'struck targets in southern Iraq', 'bombed rebel positions in Syria', 'air strikes on military bases across
Libya': a generic military or civil target named only by the country (or capital) it lies in."""
_THE_TOWN_GAP = re.compile(r"\s+(?:(?:into|in|on|at)\s+)?the\s+", re.IGNORECASE)
"""'shelled the Georgian town of Gori', 'an incursion into the Palestinian town of Rafah': the place struck, named
by its country."""
_NATIONALITY_CITY_OF = re.compile(r"\s+(?:city|town|port|capital|province|region)\s+of\b", re.IGNORECASE)
"""'the Ukrainian city of Dnipro': a nationality before a place noun names the country the place lies in."""
_GOODS_GAP = re.compile(
    r"(?:\s+(?:on|of|another|more|than|nearly|about|some|all|a|an|the|worth|billion|million|bn|\$?\d[\d.,]*"
    r"|exports?|imports?|imported|shipments?|sales?))*\s+",
    re.IGNORECASE,
)
"""'raised tariffs on $60 billion of American goods': amounts and trade words between a trade measure and the
nationality of the goods."""
_GOODS_AFTER = re.compile(
    r"\s+(?:goods|products|steel|aluminium|aluminum|imports|exports|beef|meat|cars|textiles|oil|gas|grain|wheat"
    r"|produce|solar\s+panels|tyres|tires|washing\s+machines)\b",
    re.IGNORECASE,
)
"""'tariffs on $60 billion of American goods', 'a ban on exports of British beef': the nationality of the goods
a trade measure falls on."""
_IN_GAP = re.compile(r"\s+in\s+$", re.IGNORECASE)
"""'prisoners in Israeli jails', 'its embassy in Tripoli': only 'in' between what is held or kept and the country
it lies in."""
_JAIL_AFTER = re.compile(r"\s+(?:jails?|prisons?|detention|custody)\b", re.IGNORECASE)
_JAIL_NOUN_END = re.compile(r"\b(?:jails?|prisons?)$", re.IGNORECASE)
"""'prisoners in Israeli jails went on hunger strike': the jailer's nationality after the striking subject."""
_EXPELLED_FROM = re.compile(r"(?:\s+from|(?<=leave))\s+(?:the\s+)?$", re.IGNORECASE)
"""'were expelled from Britain', 'were ordered to leave Russia': the country the expelled leave."""
_WITHDRAWAL_OF = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:immediate\s+|complete\s+|full\s+|total\s+|unconditional\s+)?(?:withdrawal|pullout|pull-out)"
    r"\s+of\s+(?:all\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
"""'demanded the withdrawal of Soviet troops from Afghanistan': the forces asked to leave."""
_RESPONSE_TO = re.compile(
    r"\s+(?:(?:to\s+)?(?:respond|retaliate|react|hit\s+back)\s+)?(?:to|for|against)\s+"
    r"(?:(?:any|the|an?|further|future|this|last|latest|recent)\s+)*",
    re.IGNORECASE,
)
"""'vowed to respond to', 'threatened to retaliate for any': the words from a threat to the party whose act it
answers."""
_HOSTILE_ACT_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:(?:air|military|missile|rocket|artillery|cross-border|border|naval|nuclear)\s+)?"
    r"(?:strikes?|attacks?|aggression|raids?|incursions?|offensive|provocations?|bombing|shelling|invasion)\b",
    re.IGNORECASE,
)
"""'vowed to respond to India's air strikes', 'warned it would respond to any Israeli attack': whose hostile act
a threat answers."""
_THEATRE_GAP = re.compile(
    r"(?:\s+(?!(?:from|in|inside|into|out|near|around|off|along|towards?|to|for|with|by|after|before|and)\b)"
    r"[A-Za-z0-9][\w'.-]*){0,6}?"
    r"\s+(?P<preposition>from|in|inside|out\s+of|near|around|off|along|towards?|to|into|over|with)\s+(?:the\s+)?"
    r"(?:(?:border|frontier)\s+with\s+(?:the\s+)?)?(?:coast\s+of\s+)?" + _REGION_WORDS + r"$",
    re.IGNORECASE,
)
"""'halted its offensive in northern Syria', 'flew near Japanese airspace', 'pulled back from the border with
Eritrea': a few words after the act, then the preposition that names where it is done, an article and a region
word before the country."""
THEATRE_PREPOSITIONS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "087": frozenset({"from", "in", "inside", "out of", "with"}),
        "15": frozenset({"near", "around", "off", "along", "towards", "toward", "to", "into", "over"}),
        "074": frozenset({"in", "inside"}),
        "0863": frozenset({"into", "in", "to"}),
    }
)
"""By CAMEO code prefix, the prepositions before the country where forces act that make it the target: forces
withdraw from it, halt operations in it or reopen the border with it (087), muster near, along or on the border
of it (15), keep the peace in it (074), let aid into it (0863)."""
_AIRSPACE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:territorial\s+)?(?:airspace|air\s+(?:defen[cs]e|identification)\s+zone|waters|air\s+space)\b",
    re.IGNORECASE,
)
"""'into Taiwan's air defence zone', 'near Japanese airspace': the air or sea space of a state."""
_BORDER_WITH = re.compile(r"\b(?:border|borders|frontier|crossings?)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
"""'reopened its border with Algeria': the neighbour across a border a state reopens."""
_BORDER_AFTER = re.compile(r"\s+(?:border|borders|frontier|coast|coastline)\b", re.IGNORECASE)
_QUALIFIED_NOUN_AFTER = re.compile(
    r"\s+(?!(?:on|in|at|for|and|or|to|from|with|by|as|after|before|since|during|over|amid|this|last|early|late)\b)"
    r"[a-z]"
)
"""'near Lebanese villages', 'off Japanese fishing grounds': a nationality that qualifies a noun names a place
of the state, not the state."""
PASSIVE_HOST_GAPS: Mapping[str, re.Pattern[str]] = MappingProxyType(
    {
        code: re.compile(rf"(?:\s+[a-z]+){{0,2}}\s+{preposition}\s+(?:the\s+)?", re.IGNORECASE)
        for code, preposition in (("063", "from"), ("075", "in"))
    }
)
"""CAMEO codes whose passive names the acting state after a preposition (extradited from, granted asylum in),
with the gap from the verb to that state."""
FORCES_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "SEP"})
STATE_FORCE_SECTORS = frozenset({"MIL", "COP"})
"""The army and police: the forces a state holds, unlike rebels, insurgents and separatists."""
STATE_SECTORS = FORCES_SECTORS | frozenset({"GOV", "ELI", "LEG", "SPY"})
"""Who acts for a state or an armed group where its forces act."""
_FORCES_NOUN_OF = re.compile(
    r"(?:withdrawal|pullout|pull-out|pullback|redeployment|deployment)\s+of\s+(?:(?:the|all|its|their|remaining|last"
    r"|some|about|more|than|up|to|an|extra|additional|\d[\d,]*)\s+)*",
    re.IGNORECASE,
)
_OWN_MISSION_IN = re.compile(
    r"(?:its|their)\s+(?:embassy|embassies|consulate|consulates|mission|diplomatic\s+(?:mission|representation|presence"
    r"|staff))$",
    re.IGNORECASE,
)
"""'closed its embassy in Damascus', 'reduced its diplomatic representation in Poland': the source's own mission,
which lies in the host."""
_TOLL_VICTIM_GAP = re.compile(r"\s*(?:(?:the|other|more)\s+)?", re.IGNORECASE)
_TOLL_OBJECT_BEFORE = re.compile(r",\s+(?:killing|wounding|injuring|leaving)\b[^,;]*$", re.IGNORECASE)
_NEW_CLAUSE_IN_GAP = re.compile(r";|,\s+(?:and|but|while)\s")
"""'was shot dead at the war memorial, and the gunman was killed by police': a by-phrase in a later clause
names the agent of that clause's verb."""
_PATIENT_OF_NOUN = re.compile(
    r"\b(?:invasion|bombings?|bombardment|shelling|assassination|kidnapping|abduction|massacre|killings?)$", re.I
)
_OF_PATIENT_GAP = re.compile(r"\s+of\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+)?")
_NOUN_QUALIFIER_GAP = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:the|an?|its|their|his|her|this|that|said|says|told|reported)\s)[a-z][\w-]*\s+){0,2}"
)
"""'Israel's shelling of Gaza', 'the U.S. bombardment of Baghdad', 'the Israeli air bombardment of': an actor
that only possessives and adjectives part from a noun of attack is its agent; not the subject of a verb whose
object the noun is ('Syria said the shelling of Damascus')."""
UNIDENTIFIED_SOURCE_PENALTY = 0.1
IMPLIED_BY_ATTACK = "implied-by-attack"
MAX_SUBJECT_OPENING_WORDS = 3
MAX_QUALIFIER_GAP_WORDS = 3
MAX_AGENT_GAP_WORDS = 6
_QUALIFIER_GAP = re.compile(
    r"(?:['’]s)?(?:\s+(?:[A-Z][\w'.-]*|'s|counterparts?|leader|president|minister|foreign|defen[cs]e|prime|chief|top))*\s*"
)
"""'his Turkish counterpart Erdogan', 'Turkish Foreign Minister Cavusoglu', "Russia's Vladimir Putin": only
titles and names lie between a country and the person it qualifies; a verb ('Egypt met Hamas officials') never
does."""
_AUXILIARIES_ONLY = re.compile(
    r"\s*(?:(?:still|also|then|later|has|have|had|did|does|do|was|were|is|are|would|will)\s+)*", re.IGNORECASE
)
_VERB_GROUP = r"(?:(?:has|have|had|been|did|was|were|is|are|would|will|[a-z]+ly)\s+)*"
_VERB_GROUP_GAP = re.compile(rf"\s*{_VERB_GROUP}", re.I)
"""Only auxiliaries and adverbs between a subject and its verb: 'Soldiers have repeatedly raped', not 'the
military transport for visiting officials'."""
_RELATIVE_OPENING = re.compile(r",\s+(?:who|whom|whose|which)\b", re.IGNORECASE)
"""'Israeli troops, who crossed the border at dawn, attacked': the comma and pronoun that open a non-restrictive
relative clause."""
_REPORTING_VERB = re.compile(r"\b(?:said|says|told|reported|claimed|charged|alleged)\b")
"""'Villagers said the army had shelled their homes': a reporting verb opens the clause the agent after it acts in."""
_SUBORDINATE_OPENING = re.compile(
    r"(?:[;:]|\b(?:after|when|as|while|because|before|until|since|whereas|although|though|where)\b)", re.IGNORECASE
)
"""'rioted in Athens after police shot dead a teenager': a word or mark that opens a clause of its own, whose
subject is not the main clause's."""
_PLACE_THEN_VERB = re.compile(
    r"\s+(?:(?:operating|based|active|fighting)\s+)?(?:in|across|(?:backed|led|armed|supported|trained|funded"
    r"|sponsored)\s+by|(?:loyal|linked|allied)\s+to)"
    rf"\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?(?:[A-Z][\w'.-]*\s+){{1,4}}{_VERB_GROUP}"
)
"""'Troops in Myanmar fired on monks', 'Rebels backed by Rwanda seized Goma', 'guerrillas operating in Macedonia
attacked': a place or a patron named after a bare agent says where it acted or who backs it, not whose it is."""
_HOLDING_PLACE_THEN_VERB = re.compile(
    rf"\s+(?:at|in)\s+(?:the|a)\s+(?:[a-z]+\s+)?(?:camp|camps|prison|prisons|jail|jails|detention\s+centre"
    rf"|detention\s+center|centre|center|compound)\s+{_VERB_GROUP}"
)
"""'Refugees at the camp began', 'inmates in a military prison went on': where a group is held, not whose it is."""
_CAUSE_THEN_VERB = re.compile(
    rf"\s+(?:fighting|battling|opposing|seeking)\s+(?:the\s+)?(?:[\w'-]+\s+){{1,4}}?{_VERB_GROUP}", re.IGNORECASE
)
"""'Rebels fighting the army demanded', 'guerrillas seeking independence attacked': whom a bare agent fights or
what it seeks, not whose it is."""
_RELATIVE_CLAUSE_THEN_VERB = re.compile(rf",\s+(?:who|whom|whose|which)\b[^,;]*,\s+{_VERB_GROUP}")
"""'Rebels, who had retreated into Venezuela, attacked': a relative clause between a bare agent and its verb."""
_RELATIVE_PRONOUN = re.compile(r"(?<=\w)\s+(?:that|who|which)\s")
"""'Israeli troops that entered Gaza killed': a relative pronoun with no comma, right after a word."""
_FIRST_WORD = re.compile(r"\s*(?P<word>[a-z]+)\b")
"""The lower-case word that opens a relative clause: its verb ('that entered Gaza'), or a word that opens its
subject ('that the army killed', see `_NON_VERB_OPENERS`)."""
_CLAUSE_PUNCTUATION = re.compile(r"[,;:]")
"""A mark inside a restrictive relative clause ends it before the main verb: 'troops that entered Gaza, officials
said, killed' is left alone."""
_ARTICLES = frozenset({"the", "a", "an"})
"""The only lower-case words that may open the subject of a restrictive relative clause ('The Israeli troops that
entered ...'); any other ('Egypt told Israel that ...') makes the actor no subject."""
_NON_VERB_OPENERS = frozenset(
    "the a an its their his her this these those it they he she we i you there some many most all".split()
)
"""Words that open the subject of a clause, not its verb: 'the militants that the army killed'."""
_REPORTER_PRONOUN = re.compile(r"\b(?:it|they|its|their|he|she|his|her)\b", re.IGNORECASE)
"""'Israel said it was attacked by Hamas': a pronoun in the reported clause names the reporter as acted on."""
_PARTICIPLE_BEFORE = re.compile(r"\b[a-z]{3,}ing\s+(?:(?:the|a|an|its|their|his|her)\s+)?$")
"""'Egyptian police protecting the Israeli embassy': an -ing participle and determiner right before an actor."""
_OWN_STATE_AGENT = re.compile(r"(?:the\s+)?(?:government|regime)\s", re.IGNORECASE)
"""'government troops', 'regime forces': the forces of the state where they act."""
_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NAME_BEFORE_VERB = re.compile(
    rf"(?:^|[,;]\s+|\band\s+)(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
    rf"\s+{_VERB_GROUP}$"
)
_POSSESSIVE_QUALIFIER = re.compile(r"['’]s(?:\s+[a-z]+){0,2}\s+")
""""Tunisia's ruling Ennahda party", "Syria's Muslim Brotherhood": a person or body with no country of its own
takes the country that owns it."""
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[a-z]+\s+){0,2}$", re.I)
_MODIFIED_NOUN_AFTER = re.compile(
    r"\s+(?!(?:government|regime|administration|authorities|leadership|has|have|had|is|are|was|were|will|would"
    r"|could|can|may|might|must|should|did|does|do|of|and|or|to|in|on|at|by|for|with|from|that|who|which)\b)"
    r"[a-z]+(?<!ed)\b"
)
"""A lower-case word after a capital that is neither a verb nor a function word: the noun it modifies."""
_PAIRED_BEFORE = re.compile(r"\b(?:between|among|and|with|against|versus)\s+(?:the\s+)?$", re.IGNORECASE)
_REPORTED_PRONOUN_GAP = re.compile(
    r"\s+(?:said|says|announced|warned|vowed|claimed)\s+(?:that\s+)?(?:they|it)\s+"
    r"(?:(?:would|will|had|have|has|could)\s+)*(?:[a-z]+ly\s+)?"
)
"""'The rebels said they would attack': the subject reports its own act through a pronoun."""
_REPORTER_AFTER = re.compile(r"^\s*(?:said|says|reported|reports|told|added|stated)\b", re.IGNORECASE)
_NATIONALITY_AFTER = re.compile(r"^\s+(?:from|of)\s+(?:the\s+)?[A-Z]")
_NAMED_PLACE_OF = re.compile(r"\b(?:islands?|nation|kingdom|republic|emirate|sultanate|state)\s+of\s*$", re.I)
"""'invaded the island of Grenada', 'the kingdom of Morocco': the 'of' names the place itself."""
_PREMISES_OF = re.compile(
    r"\b(?:headquarters|offices?|homes?|residences?|compound|bases?|camps?|positions|barracks|convoys?|motorcade)"
    r"\s+of\s+(?:(?:the|an?)\s+)?$",
    re.IGNORECASE,
)
"""'raided the headquarters of the PLO', 'shelled the positions of X': who owns the premises attacked is the target."""
_NOUN_COMPLEMENT_WORDS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that"})
_TOPIC_WORDS = re.compile(r"\b(?:issues?|situation|developments|question|matter|future|presence|role)\b", re.I)
_PLAN_REPORTING = re.compile(
    r"\b(?:said|says|told|tell|tells|reported|reports|claimed|claims|believed|believe|believes)\b", re.IGNORECASE
)
"""A reporting verb whose speaker may tell another actor's plan ('officials said Hamas was planning attacks')."""
_CAUSE_PHRASE_BEFORE = re.compile(
    r"\b(?:in\s+(?:retaliation|revenge|response|reprisal)\s+(?:for|to)|in\s+protest\s+(?:at|against|over)"
    r"|because\s+of|in\s+the\s+wake\s+of|following|after|over|amid)\s+"
    r"(?:(?!(?:it|they|he|she|we|who|which|that|and|but|or)\s)[\w'’-]+\s+){0,5}$"
)
"""A cause phrase that runs up to a trigger, with no subject pronoun in it ('in retaliation for the attacks on
Western ')."""
_SHARED_SUBJECT_GERUND = re.compile(r"(?:after|before|since|following)\s+$")
_RESUMED_MAIN_SUBJECT = re.compile(r"^\S+\s+\S.*\b(?:it|they|he|she|we)\s+\S+\s+$", re.IGNORECASE)
_OPENS_OWN_PHRASE = re.compile(r"(?:in|as|with|by|on|at)\s", re.IGNORECASE)
_SEQUENCE_CAUSE = re.compile(r"\b(?:after|following)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_OWN_SEQUENCE_TYPES = frozenset({"CONSULT", "AGREE"})
_CONTACT_RELATIVE_BEFORE = re.compile(
    r"(?<=[a-zA-Z.])(?P<head>(?:(?:\s+[a-z][\w'’-]*)?\s+[a-z][\w'’-]*[a-rt-z]s)?)\s+(?:it|they|he|she|we)\s+"
    r"(?:had|has|have|would)\s+"
    r"(?:been\s+)?$"
)
"""The pronoun subject of a relative clause with no 'who' or 'that', right after the source's mention or after the
plural noun it qualifies ('U.N. peacekeepers they had held hostage', 'Italian aid workers they had kidnapped'),
not after a verb ('Hamas says they had')."""
_HEAD_ADVERBS = frozenset({"still", "also", "now", "again", "later", "then", "reportedly", "previously", "already"})
_STANCE_PRESENT_FORMS = frozenset(
    "acknowledges asserts concedes contends estimates maintains notes stresses suspects".split()
)
"""'The Israeli army still maintains it had shelled': an adverb, or a verb of stance the saying verbs
(`SAYING_PRESENT_FORMS`, checked after) lack, makes the two words before the pronoun no noun."""
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|the|its|their|his|her|several|some|dozens|hundreds|thousands|two|three|four|five|six|seven"
    r"|eight|nine|ten|twenty|fifty)\s+$",
    re.IGNORECASE,
)
"""A number or determiner before the source, so that its mention and the plural after it are one noun phrase
('50 U.N. peacekeepers they had held'), not a subject and its verb ('Ukraine estimates they have')."""
_POSSESSED_CONFLICT = re.compile(
    r"\s*['’]s?\s+(?:(?P<civil>civil)\s+|[a-z-]+\s+){0,2}?(?P<noun>war|conflict|insurgency|uprising|revolution"
    r"|crisis|unrest|violence|fighting)s?\s+(?:(?:has|have|had|already|so\s+far)\s+)*"
)
_SUBORDINATE_SUBJECT_BEFORE = re.compile(
    r"\b(?:while|(?<!many\s)(?<!much\s)(?<!such\s)(?<!well\s)(?<!soon\s)(?<!long\s)(?<!far\s)as|when|whereas"
    r"|although|though|because|until|once(?!\s+(?:again|more)\b))\s+(?:[\w'’-]+\s+){1,4}$"
)
"""A subordinator and the few words of its own subject right before the trigger ('while monks '), not the 'as'
of 'as many as' or 'such as'."""
_TOLD_PRONOUN = re.compile(
    r"\btold\s+(?:[\w.'’-]+\s+){1,6}?(?:that\s+)?(?P<pronoun>it|they|he|she)\s+"
    r"(?:(?:had|has|have|would|will|was|were|been)\s+)*(?:[a-z]+ly\s+)?$"
)
_BACKGROUND_BASES = frozenset({"explicit", "relative"})
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:while|but|whereas|although|though|which|who|as|after|before|because|when|where)\b|\s[—–]\s"
    r"|\s(?:as|amid|while|after|because|when|whereas)\s+(?=the\b|a\b|[A-Z])"
    r"|,\s+[a-z]+ing\b|\bthat\s"
)
_RELATIVE_PRONOUN_BEFORE = re.compile(r"\b(?:who|which)\s+(?:(?:had|has|have|also|then|later|allegedly)\s+)*$", re.I)
_ORGANIZER_PARTICIPLE_BY = re.compile(
    r"\s*(?:called|organi[sz]ed|staged|launched|mounted|carried\s+out|conducted|ordered|led|waged|unleashed)\s+by\b"
)
"""'a general strike called by X', 'air strikes carried out by X': a participle of organizing or waging right
after a nominal act makes the by-phrase its agent."""
_AGENT_BY = re.compile(
    r"\b(?i:by)\s+(?:(?i:the|an?)\s+)?"
    r"(?:(?:(?i:group|band|gang|squad|unit|members?)\s+of|(?:(?:gun|mortar|rocket|sniper|artillery|tank)\s+)?"
    r"(?:fire|shots|shelling|rockets|mortars|shells)\s+(?:fired\s+)?(?:from|by))\s+(?:(?i:the)\s+)?)?"
    r"(?:(?:two|three|four|five|six|several|\d+)\s+)?"
    r"(?:(?i:suspected|alleged|presumed|unknown|unidentified|heavily\s+armed|armed|masked)\s+)?(?:[a-z]+-[a-z]+\s+)?"
    r"(?:(?![A-Z][a-z]+day\b|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)[A-Z][a-z]+\s+){0,2}$"
)
"""'was struck by X', 'killed by Kurdish rebels', 'attacked by suspected rebels', 'killed by two unknown gunmen',
'attacked by stone-throwing Palestinian youths', 'by a group of Hamas militants', 'wounded by fire from Hezbollah
guerrillas': a by-phrase, past a determiner, a group or the fire it shoots, a number, a word of suspicion or arms,
a hyphenated modifier, and up to two capitalized words that qualify an agent without naming a state of their own;
a day or month is a deadline, not a qualifier ('was rejected by Tuesday, Hamas said' names no agent)."""
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,40})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*\([A-Za-z .&-]{1,30}\)\s*[-\u2013\u2014]+\s*"
)
"""'SEOUL, June 10 (Reuters) - ': the place and agency that filed the report, not actors of its events."""
_MOTION_WORDS = (
    r"travel(?:s|l?ed|l?ing)?|go|goes|went|gone|going|fl(?:y|ew|ies|own|ying)|return(?:s|ed|ing)?"
    r"|head(?:s|ed|ing)?|arriv(?:e|es|ed|ing|als?)|came|come|coming|deploy(?:s|ed|ing|ments?)?|mov(?:e|ed|es|ing)"
    r"|fle(?:d|e|es|eing)|trips?|journey(?:s|ed|ing)?"
)
_TRAVEL_WORD = re.compile(
    rf"\b(?:{_MOTION_WORDS}|march(?:es|ed|ing)?|walk(?:s|ed|ing)?|drove|sail(?:s|ed|ing)?)\b", re.IGNORECASE
)
"""Words of travel, whole words only: 'sailed to' is travel, 'the sailors' release from Iran' is not, nor is 'its
fleet' or 'the marchers'."""
_WITHDRAWAL_WORD = re.compile(r"(?:withdr[ae]w\w*|pull\w*|evacuat\w*|retreat\w*|expul\w*|expel\w*)", re.I)
"""'rejected a demand for a withdrawal from Kuwait': what is left is a place, unless the act is the retreat."""
_SLOT_GAP = re.compile(r"\s*(?P<words>(?:[a-z][a-z'-]*\s+)*?)(?:the\s+)?")
_CAPITALIZED_PLACE_PHRASE = re.compile(
    r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:downtown|central|northern|southern|eastern|western)\s+)?"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
)
"""'staged a rally in Manila on Sunday against X': a named place between the trigger and the target."""
_RECIPIENT_TO = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
_MOTION_TO = re.compile(rf"\b(?:{_MOTION_WORDS}|visits?)\s+(?:[\w'-]+\s+){{0,3}}to\s+(?:the\s+)?$", re.IGNORECASE)
"""'apologized to Brazil': a country after 'to' is the one addressed; after a motion ('will travel to
Russia', 'deployed troops to Syria') it is the destination, a place."""
_LOCATIVE = re.compile(
    r"\b(?:(?:in|near|outside)\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern)\s+)?"
    r"|(?:at|to|from|into)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
"""'in Jenin', 'in southern Iraq': a place where something is, not an actor; after 'at', 'to', 'from' or 'into' a
region ('into southern Lebanon', 'rockets at northern Israel') may still be the target of an act."""
_OFFICE_TITLE = re.compile(
    r"\b(?:president|prime\s+minister|chancellor|foreign\s+minister|defen[cs]e\s+minister)\b", re.IGNORECASE
)
_INFINITIVE_OPENING = r"(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+[a-z]+ly)*\s+(?P<to>to\s+)?(?:[a-z]+ly\s+)?"
_HANDOVER_VERBS = r"(?:hand|turn|give)\s+(?:over|back)|extradite|surrender|transfer"
_HANDOVER_INFINITIVE = re.compile(rf"{_INFINITIVE_OPENING}(?:{_HANDOVER_VERBS})\b")
_PROMISED_INFINITIVE = re.compile(
    rf"{_INFINITIVE_OPENING}(?:{_HANDOVER_VERBS}|send|dispatch|ship|deliver|provide|supply|donate|lend)\b"
)
_OBJECT_THEN_TO = re.compile(r"(?:\s+[^\s;]+){1,6}?\s+to\s+(?:the\s+)?")
"""'hand over Osama bin Laden to the United States': what is handed over, then its recipient."""
_PURPOSE_CLAUSE = re.compile(
    r"(?:[^,;]|,(?=\d))*?\bto\s+"
    r"(?:[a-z]+\s+against|stop|prevent|deter|halt|punish|oust|topple|overthrow|force|compel|drive)\s+(?:the\s+)?"
)
"""'to protest against X', 'to stop X': a purpose clause aimed at X."""
_OUSTER_PURPOSE = re.compile(
    r"(?:[^,;]|,(?=\d))*?(?:\bto\s+|\s)(?:demand(?:ing)?|call(?:ing)?\s+for|press(?:ing)?\s+for|seek(?:ing)?)\s+"
    r"(?:the\s+)?(?:immediate\s+)?(?:resignation|ouster|removal|overthrow|downfall)\s+of\s+(?:the\s+)?"
)
"""'marched to demand the resignation of X', 'marched demanding the ouster of X': a protest aimed at X; not
'the release of X', whose holder is the one the protest is against."""
_REPORTED_WRONG = re.compile(
    r"\s+(?:(?:the|new|fresh|media|press)\s+)*(?:reports?|allegations?|claims?|accusations?|charges?|suspicions?)"
    r"\s+that\s+(?:the\s+)?"
)
_ACTIVE_VERB_AFTER = re.compile(
    r"\s+(?:(?:had|has|have|[a-z]+ly)\s+)*(?!(?:been|being|was|were|is|are|be)\b)[a-z]{2,}\b"
)
"""The verb of the reported clause, not a passive or a copula: 'that Israel had used', not 'that Israel was
attacked'."""
_WORD_AFTER = re.compile(r"\s+(?P<word>[a-z]+)\b")
_PHRASE_END_WORDS = PREPOSITIONS | frozenset(
    "and or as if unless until so but once when while next this last soon later early immediately".split()
)
"""Lower-case words that may follow a noun phrase: a name followed by any other qualifies the noun after it."""
_INFINITIVE_OBJECT_GAP = re.compile(
    r"\bto\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|both|all|some|several|northern|southern|eastern"
    r"|western|central|neighbou?ring)\b)[a-z]+\s+(?:(?:the|a|an)\s+)?$"
)
"""'to discuss Syria': an infinitive and its object; 'to northern Iraq' is no infinitive."""
_INFINITIVE_INSIDE_GAP = re.compile(
    r"\S\s+to\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|both|all|some|several|northern|southern"
    r"|eastern|western|central|neighbou?ring)\b)[a-z]+\s"
)
"""'the West to intervene militarily to stop the': an addressee, then the infinitive of the act asked for."""
_CLAUSE_COMMA = re.compile(r",(?!\d)")
"""A comma that may end a phrase, not one inside a number ('4,000 troops')."""
_INTO_ACT_BY = re.compile(
    r"\s+into\s+(?:(?!(?:reports?|claims?|allegations?|statements?|remarks|comments|findings|testimony|leaks?)\b)"
    r"[\w'-]+\s+){1,6}?by\s+(?:the\s+)?"
)
"""'an investigation into alleged genocide by Chinese officials': the agent of the act looked into."""
_WRONGS_IN_STATE = re.compile(
    r"\s+(?:into\s+)?(?:(?:reports?|allegations?|claims?|accusations?)\s+of\s+)?"
    r"(?:(?:the|alleged|reported|suspected|possible|widespread|systematic|serious|grave|gross|mass|war-?time"
    r"|(?:human\s+)?rights)\s+){0,3}?"
    r"(?:abuses|atrocities|genocide|massacres?|killings|war\s+crimes|crimes\s+against\s+humanity|torture"
    r"|(?:(?:human\s+)?rights|ceasefire|truce|humanitarian)\s+violations)"
    r"\s+(?:in|across)" + _PLACE_AFTER_PREPOSITION,
    re.IGNORECASE,
)
"""'sent a commission to investigate reports of genocide in Darfur': the state where the wrongs looked into were
done, for a body of no state ('The U.N. ...'); a state's own inquiry into wrongs abroad may look into its own
forces. Only words that grade or name a state's wrongs may qualify them ('alleged', 'widespread', 'human
rights'), and violations count only of rights or a truce: 'animal torture in Spain', 'sexual abuses in Haiti',
'gang killings in Honduras' are no wrongs of a state."""
_EVENT_ANAPHOR = re.compile(
    r"^(?:The|This|That)\s+(?:meeting|talks|summit|visit|conference)\s+(?:will|would|is\s+to|was\s+to|took|had)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class OfficeHolders:
    """Who held a titled office of a country, so that 'the Russian president' on a date names a person."""

    table: ActorTable
    terms: Mapping[tuple[str, str], tuple[tuple[str, RoleRecord], ...]]

    @classmethod
    def build(cls, table: ActorTable) -> OfficeHolders:
        terms: dict[tuple[str, str], list[tuple[str, RoleRecord]]] = {}
        for actor_id, roles in table.roles.items():
            for role in roles:
                if role.country and role.title and role.dated:
                    terms.setdefault((role.country, role.title.lower()), []).append((actor_id, role))
        return cls(table, {key: tuple(value) for key, value in terms.items()})

    def resolve(self, mention: ActorMention, day: dt.date | None) -> ActorMention:
        """The person holding the office a role phrase names on `day`, or the mention unchanged."""
        title = _OFFICE_TITLE.search(mention.surface)
        if day is None or title is None or mention.kind != "agent-phrase" or mention.country is None:
            return mention
        office = re.sub(r"\s+", " ", title.group(0).lower()).replace("defence", "defense")
        holders = {actor_id for actor_id, role in self.terms.get((mention.country, office), ()) if role.holds(day)}
        if len(holders) != 1:
            return mention
        (actor_id,) = holders
        record = self.table.actors[actor_id]
        return replace(
            mention,
            actor_id=actor_id,
            actor_name=record.name,
            kind=record.kind,
            role=office,
            role_checked=True,
            basis=f"{mention.basis}+office-holder",
        )


@dataclass(frozen=True)
class ExtractionResources:
    actors: ActorTable
    gazetteer: Gazetteer
    offices: OfficeHolders
    triggers: TriggerFinder


@lru_cache(maxsize=2)
def default_resources(trigger_fallback: bool = False) -> ExtractionResources:
    table = load_actor_table()
    return ExtractionResources(table, load_gazetteer(), OfficeHolders.build(table), default_finder(trigger_fallback))


@dataclass
class ExtractionResult:
    events: list[dict[str, Any]] = field(default_factory=list)
    uncoded: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def merge(cls, results: Iterable[ExtractionResult]) -> ExtractionResult:
        merged = cls()
        for result in results:
            merged.events.extend(result.events)
            merged.uncoded.extend(result.uncoded)
        return merged


def extract_documents(
    documents: Sequence[Document],
    run: RunContext,
    *,
    min_confidence: float,
    trigger_fallback: bool = False,
    resources: ExtractionResources | None = None,
) -> ExtractionResult:
    """`trigger_fallback` picks the default resources; given resources carry their own finder."""
    if resources is not None and trigger_fallback:
        raise ValueError("trigger_fallback picks the default resources; pass a finder with the fallback instead")
    resources = resources or default_resources(trigger_fallback)
    return ExtractionResult.merge(
        extract_document(document, run, resources, min_confidence=min_confidence) for document in documents
    )


def extract_document(
    document: Document, run: RunContext, resources: ExtractionResources, *, min_confidence: float
) -> ExtractionResult:
    """Events and uncoded sentences of one document; only English body segments are read."""
    result = ExtractionResult()
    body = [segment for segment in document.cleaned.segments if segment.kind == "body" and segment.language == "en"]
    sentences = [
        (position, segment, sentence)
        for position, segment in enumerate(body)
        for sentence in split_sentences(segment.text)
    ]
    for position, segment, sentence in sentences:
        lead_paragraph = position < LEAD_PARAGRAPHS
        _extract_sentence(document, segment, sentence, run, resources, min_confidence, lead_paragraph, result)
    _attach_anaphoric_locations([(segment, sentence) for _, segment, sentence in sentences], resources, result.events)
    return result


def sentence_places(resources: ExtractionResources, text: str) -> list[PlaceMention]:
    """The places `text` names, 'the Serbian capital' among them."""
    places = find_places(resources.gazetteer, text)
    return with_national_capitals(resources.gazetteer, text, places, resources.actors.state_adjectives)


def _extract_sentence(
    document: Document,
    segment: Segment,
    sentence: SentenceSpan,
    run: RunContext,
    resources: ExtractionResources,
    min_confidence: float,
    lead_paragraph: bool,
    result: ExtractionResult,
) -> None:
    text = sentence.text
    places = sentence_places(resources, text)
    states_of_places = place_states(places, resources.actors.country_names)
    dateline = _DATELINE.match(text)
    report_start = dateline.end() if dateline else 0
    dateline_country = next((p.country for p in places if p.end <= report_start), None)
    found = [m for m in find_actors(resources.actors, text, document.published_at) if m.start >= report_start]
    resolved = [resources.offices.resolve(mention, document.published_at) for mention in found]
    triggers = resources.triggers.find(text)
    participants = _participants(resolved, places, text, triggers)
    actors = regional_governments(
        titled_person_countries(
            held_territory_forces(international_officials(participants), document.published_at), text
        ),
        places,
        text,
        resources.actors.country_names,
    )
    offset = segment.char_start + sentence.start
    emitted = 0
    rejected: list[tuple[Trigger, str, str]] = []
    dates_by_tense: dict[str, list[DateMention]] = {}
    for trigger in triggers:
        if trigger.polarity != "asserted":
            rejected.append((trigger, trigger.polarity, f"{trigger.polarity}: {trigger.cue}"))
            continue
        trigger = readiness_threat(trigger, triggers)
        trigger, roles = complaint_roles(*crowd_arson_reading(trigger, actors, text), actors, text)
        read_source = roles.source
        roles = subordinate_clause_roles(trigger, cause_phrase_roles(trigger, roles, text), text)
        if contact_relative_verb(trigger, roles, text):
            roles = Roles(told_reporter(trigger, actors, text), roles.target)
        if possessor_of_a_conflict(trigger, roles, text):
            roles = Roles(None, roles.target)
        source_of_other_clause = read_source is not None and roles.source is None
        if RECIPIENT_SUBJECT_ROLE in trigger.roles:
            roles = recipient_subject_roles(trigger, actors, text)
            if roles.source is None:
                rejected.append((trigger, "no_actor_role", f"'{trigger.text}' names no giver or no receipt made"))
                continue
        if ARRIVAL_ROLE in trigger.roles:
            roles = arrival_roles(trigger, resolved, text)
            if roles.source is None:
                rejected.append((trigger, "no_actor_role", f"'{trigger.text}' names no giver or no receiving state"))
                continue
        roles = promised_act_roles(trigger, triggers, roles)
        if roles.target is None and (victim := toll_victim(trigger, roles.source, actors, text)) is not None:
            roles = replace(roles, target=victim)
        if roles.target is None and roles.source is not None:
            implied = implied_targets(trigger, triggers, actors, text, roles.source)
            roles = _with_targets(roles, implied) if implied else roles
        source, target = roles.source, roles.target
        place = event_location(places, trigger.start, trigger.end, text)
        setting = (
            place or sentence_setting(places, text) or route_place(trigger, places, text)
            if source is None or source.country is None
            else None
        )
        if source is None:
            if target is None and (target := bombed_premises(trigger, actors, text)) is not None:
                roles = replace(roles, target=target)
            if (
                local := victim_at_place(trigger, target, actors, places, text, resources.actors.country_names)
            ) is not None:
                target = local
                roles = replace(roles, target=target)
            acted_on = (
                _subject_is_patient(trigger)
                or _relative_clause_verb(trigger, text)
                or source_of_other_clause
                or bool(_SUBORDINATE_SUBJECT_BEFORE.search(text, 0, trigger.start))
            )
            source = (
                inverted_speaker(trigger, actors, text)
                or claimed_perpetrator(trigger, actors, text)
                or owner_of_the_attack(trigger, actors, text)
                or unidentified_perpetrator(trigger, target, actors, places, text)
                or (
                    None
                    if acted_on
                    else local_actor_at_place(
                        trigger,
                        actors,
                        setting,
                        text,
                        resources.actors.country_names,
                        document.published_at,
                        dateline_country,
                    )
                )
                or unattributed_agent_source(trigger, actors, text)
                or hunger_striker(trigger, actors, text)
                or (
                    None
                    if acted_on
                    else bare_political_source(
                        trigger, triggers, actors, places, text, report_start, resources.actors.country_names
                    )
                )
                or expelled_from(trigger, resolved, text)
                or passive_host(trigger, resolved, text)
                or forces_of_noun(trigger, actors, text)
                or (None if acted_on else unlisted_name_subject(trigger, found, places, text, resources.actors))
            )
        if source is not None and source.country is None:
            source = crowd_at_place(trigger, source, setting, text, resources.actors.country_names) or source
        roles = replace(roles, source=source)
        if source is None:
            rejected.append((trigger, "no_actor_role", f"no actor acts in the clause of '{trigger.text}'"))
            continue
        if (carried := carried_traveller(trigger)) is not None:
            rejected.append((trigger, "no_actor_role", carried))
            continue
        if (qualified := state_word_in_other_name(source, actors, text, resources.actors)) is not None:
            rejected.append((trigger, "no_actor_role", qualified))
            continue
        read_trigger, trigger = trigger, armed_group_raid(_as_state_act(trigger, source), source)
        if target is None:
            target = (
                local_target(trigger, source, actors, place, text, resources.actors.country_names)
                or home_government_target(trigger, source, actors, place, text, resources.actors.country_names)
                or visit_destination(trigger, source, resolved, text)
                or struck_in_country(trigger, source, resolved, text)
                or struck_in_country_passive(trigger, source, resolved, text)
                or withdrawal_demanded_of(trigger, source, actors, text)
                or retaliation_target(trigger, source, resolved, text)
                or mission_host(trigger, source, resolved, text)
                or aid_beneficiaries_country(trigger, source, resolved, text)
                or aid_destination_state(trigger, source, states_of_places, text)
                or wrongs_in_state_target(trigger, source, [*resolved, *states_of_places], text)
                or theatre_target(trigger, source, resolved, text)
                or goods_origin(trigger, source, resolved, text)
                or jailer_target(trigger, source, resolved, text)
            )
            roles = replace(roles, target=target)
        trigger = left_international_body(trigger, target)
        if (refusal := _pair_refusal(trigger, source, target, text)) is not None:
            rejected.append((trigger, "no_actor_role", refusal))
            continue
        if (
            refusal := handed_person_refusal(
                trigger, source, target, found, places, text, resources.actors.known_given_names
            )
        ) is not None:
            rejected.append((trigger, "no_actor_role", refusal))
            continue
        if trigger.tense not in dates_by_tense:
            dates_by_tense[trigger.tense] = find_dates(text, document.published_at, trigger.tense)
        dates = dates_by_tense[trigger.tense]
        if (background := dated_background(dates, trigger, triggers, text, document.published_at)) is not None:
            rejected.append((trigger, "background", background))
            continue
        if (reading := plan_told_by_other(trigger, source, found, text)) is not None:
            rejected.append((trigger, "hypothetical", reading))
            continue
        if (reading := reported_modal_refusal(trigger, source, found, text)) is not None:
            rejected.append((trigger, "hypothetical", reading))
            continue
        confidence = event_confidence(trigger, target is not None, place is not None, bool(dates))
        if source.basis == IMPLIED_BY_ATTACK:
            confidence = round(confidence - UNIDENTIFIED_SOURCE_PENALTY, 3)
        if confidence < min_confidence:
            rejected.append((trigger, "low_confidence", f"confidence {confidence} < {min_confidence}"))
            continue
        pairs = [pair for pair in actor_pairs(roles) if _pair_refusal(trigger, *pair, text) is None]
        if not pairs:
            rejected.append((trigger, "no_actor_role", f"no listed source and target of '{trigger.text}' make a pair"))
            continue
        notes = _list_notes(roles, len(pairs))
        for pair_source, pair_target in pairs:
            pair_trigger = trigger if pair_source is source else _as_state_act(read_trigger, pair_source)
            pair_roles = replace(roles, source=pair_source, target=pair_target)
            result.events.append(
                _event_row(
                    document,
                    segment,
                    sentence,
                    offset,
                    pair_trigger,
                    pair_roles,
                    pair_source,
                    notes,
                    place,
                    dates,
                    confidence,
                    run,
                    lead_paragraph,
                )
            )
        emitted += 1
    if len({mention.actor_id for mention in actors}) < 2:
        return
    for trigger, reason, detail in rejected:
        result.uncoded.append(_uncoded_row(document, segment, sentence, offset, actors, trigger, reason, detail, run))
    if emitted == 0 and not rejected:
        result.uncoded.append(
            _uncoded_row(document, segment, sentence, offset, actors, None, "no_trigger", "no event words", run)
        )


_CARRIED_VERB = re.compile(
    r"(?:flown|sent|taken|brought|driven|shipped|airlifted|ferried|carried|moved|transported|rushed|evacuated)\b",
    re.IGNORECASE,
)
"""Passive verbs of carrying: the subject was moved by someone, and made no trip of its own."""
_NAME_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[A-Z][a-z]*[a-rt-z])(?=[ \t]+[a-z])")
"""'Saudi Aramco agreed': a capitalized word, not a plural in -s, that ends a name before a lower-case verb."""
_NON_ACTOR_HEAD_AFTER = re.compile(
    r"(?:[ \t]+[a-z][a-z-]*){0,2}?[ \t]+(?:plants?|factory|factories|refinery|refineries|warehouses?|mines?"
    r"|compan(?:y|ies)|firms?|banks?|lenders?|insurers?|publishers?|carmakers?|automakers?|airlines?|fans|clubs?"
    r"|(?<!rescue[ \t])(?<!medical[ \t])(?<!relief[ \t])teams?|brands?|retailers?|exporters?|manufacturers?|makers?"
    r"|beef|goods|products|coach(?:es)?|chefs?|broadcasters?|charit(?:y|ies)|parents|volunteers|shipowners?"
    r"|cit(?:y|ies)|homeowners?|borrowers?|households?)\b"
)
"""'a Chinese chemical plant', 'Egyptian fans', 'the Russian coach', 'a Danish charity', 'the Dutch city': up to
two lower-case words, then the noun of a works, firm, team, goods, trade, charity, town or household that a
nationality qualifies. A rescue, medical or relief team is sent by its state ('Chinese rescue teams arrived in
Kathmandu')."""


def state_word_in_other_name(
    source: ActorMention, actors: Sequence[ActorMention], text: str, table: ActorTable
) -> str | None:
    """Why a bare state word that acts is no state, or None. A nationality adjective before the noun of a works,
    a firm, a team or goods names something of that country, not its state ('a Chinese chemical plant',
    'Egyptian fans', 'the French bank'); a state word before a capitalized word that no actor or agent covers
    and that ends the name opens another name ('Saudi Aramco agreed', 'America Online agreed'); after a country's
    own name that word may also be a surname the tables know ('Jordan Peterson criticised', 'Kenya Moore accused')."""
    if source.kind != "country" or (source.sector is not None and source.basis != "capital"):
        return None
    if source.basis == "nationality" and _NON_ACTOR_HEAD_AFTER.match(text, source.end):
        return f"'{source.surface}' qualifies a noun that is no actor"
    following = _NAME_WORD_AFTER.match(text, source.end)
    if (
        following is not None
        and (source.basis in {"name", "capital"} or following.group("word").lower() not in table.lengths_by_first)
        and following.group("word").lower() not in CALENDAR_WORDS
        and not any(m.start <= following.start("word") < m.end for m in actors)
    ):
        return f"'{source.surface} {following.group('word')}' is another name"
    return None


def carried_traveller(trigger: Trigger) -> str | None:
    """Why a passive trip is no visit, or None: what 'was flown to Albania by the German air force' names was
    carried there (tents, hostages, the wounded), so the by-agent is a carrier, not a visitor; 'was visited by
    inspectors' stays a visit."""
    if trigger.event_type != "CONSULT" or not trigger.passive or not _CARRIED_VERB.match(trigger.text):
        return None
    return f"'{trigger.text}' carries what it names; no one visits"


def visited_at_home(trigger: Trigger, source: ActorMention, target: ActorMention | None) -> bool:
    """A visit to private persons or institutions with no country or of the visitor's own ('visited a
    children's hospital in Madrid', 'visited a school in Lyon', 'visited flood victims') or to a region of the
    visitor's own country ('flew to Scotland') is a tour, not a meeting with another party; 'visited Italy' or
    'visited German troops' keep their target."""
    if not trigger.cameo_code.startswith(VISIT_CAMEO_PREFIXES) or target is None:
        return False
    home_region = target.kind == "country" and target.sector is None and target.country == source.country
    return home_region or (target.sector in PRIVATE_PERSON_SECTORS and target.country in {None, source.country})


def _pair_refusal(trigger: Trigger, source: ActorMention, target: ActorMention | None, text: str) -> str | None:
    """Why `source` and `target` make no event of `trigger`, or None: a visit to no party, a private quarrel,
    or a two-party act (by type, CAMEO code or `TWO_PARTY_ROLE`) with one party (a host of multiparty talks
    excepted, see `hosts_multiparty_talks`)."""
    if visited_at_home(trigger, source, target):
        return f"'{target.surface if target else ''}' is no party met"
    if private_quarrel(trigger, source, target):
        return f"'{source.surface}' is one private person: a crime"
    if (
        target is None
        and (
            trigger.event_type in TWO_PARTY_TYPES
            or trigger.cameo_code.startswith(TWO_PARTY_CAMEO_PREFIXES)
            or TWO_PARTY_ROLE in trigger.roles
        )
        and not hosts_multiparty_talks(trigger, text)
    ):
        return f"'{trigger.text}' needs two parties; one was found"
    return None


_HOSTING_ENTRIES = frozenset({"consult.host", "consult.host_talks", "consult.host_summit"})
"""Lexicon rows of a host that holds a meeting ('hosted six-party talks'), not one that receives a visitor."""
_MULTIPARTY_TALKS = re.compile(
    r"\S+(?:\s+[\w-]+){0,5}?\s+(?:(?:three|four|five|six|seven|eight|nine|ten|\d+)-(?:party|nation|way|country|power)"
    r"|multilateral|multiparty|multi-party)\s+(?:[\w-]+\s+)?(?:talks|negotiations|conference|meeting|summit)\b",
    re.IGNORECASE,
)


_HOSTED_PARTIES = re.compile(
    r"\s+(?:(?:of|among|for)\s+(?:[\w'-]+\s+){0,4}?(?:leaders|ministers|countries|nations|states|parties|factions"
    r"|groups|sides|delegations|representatives|envoys|governments|neighbou?rs|donors)\b"
    r"|between\s+[^,;.]+?\s+and\s+\S)",
    re.IGNORECASE,
)
"""'hosted a meeting of Arab foreign ministers', 'hosted talks between the government and the rebels': the
parties of a hosted meeting named as a group, or a pair the tables may not list."""


def hosts_multiparty_talks(trigger: Trigger, text: str) -> bool:
    """Whether a meeting is the hosting of talks that name their parties only by number or as a group ('China
    hosted six-party talks in Beijing', 'Spain hosted a multilateral peace conference', 'Egypt hosted a meeting
    of Arab foreign ministers', 'Norway hosted talks between the government and the rebels'): the host is the
    one party named, and the meeting stands with no target. 'France hosted talks' or an 'international
    conference on cancer research' say nothing of parties."""
    return (
        trigger.event_type == "CONSULT"
        and trigger.entry_id in _HOSTING_ENTRIES
        and (
            _MULTIPARTY_TALKS.match(text, trigger.start) is not None
            or _HOSTED_PARTIES.match(text, trigger.end) is not None
        )
    )


_ARTICLE_GAP = re.compile(r"\s*(?:the\s+)?")
"""What may stand between a trigger that ends in a preposition and its actor: 'to the Netherlands'."""
_DESTINATION_AFTER_VERB = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?", re.IGNORECASE)
"""'arrived in the Netherlands': the preposition a travel verb not ending in one needs before its destination."""
_VISIT_PURPOSE = re.compile(
    r"^[^;:]*?\b(?:for\s+(?:talks|consultations|negotiations)\b"
    r"|(?:for|on)\s+(?:an?|the|his|her|their|its)\s+(?:(?!way\b|route\b)[\w'-]+\s+){0,3}?"
    r"(?:visit|talks|summit|consultations|negotiations|tour)\b"
    r"|to\s+(?:meet|hold\s+talks|attend|discuss)\b)(?!\s+(?:with|between)\b)",
    re.IGNORECASE,
)
"""'flew to Cairo for talks', 'arrived in Hanoi on his first visit to Vietnam': a trip with nothing said of its
end may be a stopover or a return home, and talks with or between named others ('arrived in Geneva for talks
with the opposition') make the destination a venue. A stop on the way ('flew to Cairo on his way to a summit
in Rabat', 'flew to Cairo and will go on to Rabat for the summit') is no visit to it."""


def visit_destination(
    trigger: Trigger, source: ActorMention, mentions: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """The state of the country or capital a leader or official travels to, as the party visited when no
    other is named and the sentence says the trip is a visit or is for talks: 'Nixon arrived in Peking on
    Monday on a state visit' is a visit to China, as ICEWS codes 'Make a visit'. Only an official or a named
    person visits ('U.S. paratroopers arrived in Saudi Arabia' is no visit), and a trip within the visitor's
    own country meets no other party."""
    if trigger.cameo_code != MADE_VISIT_CAMEO_CODE or source.country is None:
        return None
    named_visitor = source.kind in {"person", "organization"} and source.sector is None
    if source.sector not in VISITOR_SECTORS and not named_visitor:
        return None
    ends_in_preposition = trigger.text.split()[-1].lower() in {"to", "in"}
    gap_pattern = _ARTICLE_GAP if ends_in_preposition else _DESTINATION_AFTER_VERB
    destination = next((m for m in mentions if m.start >= trigger.end), None)
    if (
        destination is None
        or destination.kind != "country"
        or destination.country in {None, source.country}
        or not gap_pattern.fullmatch(text[trigger.end : destination.start])
    ):
        return None
    onward = (m.start for m in mentions if m.start >= destination.end and m.country not in {None, destination.country})
    purpose_end = next(onward, len(text))
    stated_visit = (
        _STOP_TRIGGER.search(trigger.text) is not None
        and "capital" in destination.basis.split("+")
        and _TRANSIT_STOP.search(text, 0, trigger.end) is None
        and _ONWARD_TRIP.match(text, destination.end) is None
    )
    return destination if stated_visit or _VISIT_PURPOSE.search(text[destination.end : purpose_end]) else None


_STOP_TRIGGER = re.compile(r"\b(?:stop|stopover)\s+in$", re.IGNORECASE)
"""'made a surprise stop in Baghdad': a stop an official makes in a foreign capital is itself a visit."""
_TRANSIT_STOP = re.compile(r"\b(?:refuell?ing|technical|transit)\s+(?:stop|stopover)\s+in$", re.IGNORECASE)
"""'made a refuelling stop in': a stop to refuel or change planes is no visit."""
_ONWARD_TRIP = re.compile(r"[^.;:]*?\b(?:on\s+(?:his|her|their|its|the)\s+way|en\s+route)\b", re.IGNORECASE)
"""'a stop in Cairo on his way to Baghdad': a stop on the way elsewhere is no visit to it."""


_ADJACENT_GIVER_GAP = re.compile(r"(?:['’]s)?\s*")
"""'Chinese rescue teams', 'Japan's relief supplies': the giver right before the aid."""
_GIVER_FROM_BEFORE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE)
"""'medicine from Cuba', 'supplies donated by Japan': the giver after 'from' or 'by' in the subject."""
_PURCHASE_WORD = re.compile(r"\b(?:bought|purchased|imported|ordered|sold|exported)\b", re.IGNORECASE)
"""'medicines bought from India arrived': goods bought are trade, not aid."""
_ARRIVAL_HEAD_BEFORE = re.compile(r"\s*\S+\s+\S+\s*$")
"""The arrival verb and its closing preposition at the end of an arrival trigger ('... arrived in'): what comes
before them is the subject that names the giver."""
_LOWER_CASE_HEAD = re.compile(r"\s+[a-z]")
"""'a loan from German banks': a lower-case noun after a nationality is what it qualifies, not the state."""


def recipient_subject_roles(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> Roles:
    """The roles of a verb of receiving ('Egypt received $1.3 billion in military aid from the United States'):
    the actor right after the trigger's closing 'from' gives and the subject receives. With no actor there
    ('received a loan from its parent company'), a private one or a nationality qualifying an unlisted noun
    ('a loan from German banks'), or a private receiver ('The French carmaker secured a loan') it is no aid, nor
    is a receipt not yet made: 'Egypt hopes to receive more aid from the United States' is the receiver's wish,
    not the giver's plan."""
    if trigger.status != "occurred":
        return Roles(None, None)
    clause_start, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    usable = [m for m in actors if _is_participant(m)]
    giver = next((m for m in usable if trigger.end <= m.start and m.end <= clause_end), None)
    if (
        giver is None
        or giver.sector in PRIVATE_PERSON_SECTORS
        or not _ARTICLE_GAP.fullmatch(text[trigger.end : giver.start])
        or (giver.basis == "nationality" and _LOWER_CASE_HEAD.match(text[giver.end :]))
    ):
        return Roles(None, None)
    receivers = [m for m in usable if clause_start <= m.start and m.end <= trigger.start]
    receiver = receivers[-1] if receivers else None
    if receiver is not None and receiver.sector in PRIVATE_PERSON_SECTORS:
        return Roles(None, None)
    return Roles(giver, receiver)


def arrival_roles(trigger: Trigger, mentions: Sequence[ActorMention], text: str) -> Roles:
    """The roles of aid that arrives ('A planeload of medicine from Cuba arrived in Haiti', 'Chinese rescue teams
    arrived in Kathmandu'): the state named in the subject, right before the aid or after 'from' or 'by', gives
    (not a nationality of a firm: 'vaccines from the British drugmaker'; nor goods bought), and the country or
    capital right after the trigger's closing 'in' or 'at' receives (both read from all `mentions`, as either may
    be read as a place). The giver is a state or an international body ('U.N. peacekeepers arrived in Sierra
    Leone'), the receiver a state, and not the giver: aid arriving at home ('Indian relief teams arrived in
    Kashmir') or from no named giver is no event."""
    if trigger.status != "occurred" or _PURCHASE_WORD.search(trigger.text):
        return Roles(None, None)
    clause_start, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    head_start = trigger.start + len(_ARRIVAL_HEAD_BEFORE.sub("", trigger.text))
    givers = [
        m
        for m in mentions
        if clause_start <= m.start
        and m.end <= head_start
        and (m.country is not None or m.sector == INTERNATIONAL_BODY_SECTOR)
        and m.sector not in PRIVATE_PERSON_SECTORS
        and (
            _ADJACENT_GIVER_GAP.fullmatch(text, m.end, trigger.start)
            or (
                _GIVER_FROM_BEFORE.search(text, trigger.start, m.start) is not None
                and (not text[m.end : head_start].strip() or not _LOWER_CASE_HEAD.match(text, m.end))
            )
        )
    ]
    receiver = next((m for m in mentions if trigger.end <= m.start and m.end <= clause_end), None)
    if (
        not givers
        or receiver is None
        or receiver.kind != "country"
        or receiver.country in {None, givers[-1].country}
        or not _ARTICLE_GAP.fullmatch(text[trigger.end : receiver.start])
    ):
        return Roles(None, None)
    return Roles(givers[-1], receiver)


def private_quarrel(trigger: Trigger, source: ActorMention, target: ActorMention | None) -> bool:
    """An attack by one private person ('a British man', 'a Chinese student') on no one or on private persons
    is a crime, whatever their nationalities: 'A British man attacked a French tourist in Malaga'. An attack on
    soldiers, police or officials ('a man stabbed two soldiers') stays political violence, and so does a mob's
    ('a mob beat to death a Christian couple'), which ACLED codes as communal violence."""
    return (
        _reads_as_attack(trigger)
        and source.sector in PRIVATE_PERSON_SECTORS
        and not _looks_plural(source.surface)
        and not COLLECTIVE_NOUNS & set(source.surface.lower().split())
        and (target is None or target.sector in PRIVATE_PERSON_SECTORS)
    )


def dated_background(
    dates: Sequence[DateMention],
    trigger: Trigger,
    triggers: Sequence[Trigger],
    text: str,
    published: dt.date | None,
) -> str | None:
    """Why an act is background, or None: its clause dates it explicitly `BACKGROUND_YEARS` calendar years or
    more before publication ('fought wars in 1965 and 1971', 'In 1978, Carter brokered the accords' in a 2018
    article), so it is history retold, not an event of the report. A date beyond another trigger dates that
    one: in 'offered to hand over two men suspected of blowing up a plane in 1988' the offer is news. A count
    back from publication dates as well ('Ten years ago, hijackers attacked New York')."""
    if published is None:
        return None
    when = choose_event_date(dates, trigger.start, trigger.end, text, published, trigger.tense)
    mention = when.mention
    if mention is None or mention.basis not in _BACKGROUND_BASES or (last_day := mention.last_day) is None:
        return None
    if mention.start >= trigger.end:
        low, high = trigger.end, mention.start
    else:
        low, high = mention.end, trigger.start
    if any(other is not trigger and low <= other.start and other.end <= high for other in triggers):
        return None
    if published.year - last_day.year < BACKGROUND_YEARS:
        return None
    return f"dated {mention.text!r}, {published.year - last_day.year} years before publication"


def _retyped(trigger: Trigger, event_type: str, cameo_code: str, reason: str) -> Trigger:
    """`trigger` read as another type, the reason and the new code added to its cue."""
    return replace(trigger, event_type=event_type, cameo_code=cameo_code, cue=f"{trigger.cue}; {reason}: {cameo_code}")


def _as_state_act(trigger: Trigger, source: ActorMention) -> Trigger:
    """The trigger of a crowd's act retyped as the act of a state when a state does it (the lexicon's
    `by_state`: 'Saudi Arabia boycotted Israeli goods' is a sanction)."""
    if trigger.by_state is None or not _is_state(source):
        return trigger
    event_type, cameo_code = trigger.by_state
    return _retyped(trigger, event_type, cameo_code, "by a state")


_NON_STATE_ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "IMG", "RAD"})
_RAID_ENTRIES = frozenset({"coerce.raid", "coerce.raid_noun"})


def armed_group_raid(trigger: Trigger, source: ActorMention) -> Trigger:
    """'Government-backed militias raided villages in Darfur': a raid by rebels, militias or gunmen is an attack
    (ASSAULT, CAMEO 190); one by police or troops stays a search or seizure (COERCE)."""
    if trigger.entry_id not in _RAID_ENTRIES or source.sector not in _NON_STATE_ARMED_SECTORS:
        return trigger
    return _retyped(trigger, "ASSAULT", "190", "raid by an armed group")


_LEAVING_PREPOSITION = re.compile(r"\b(?:from|out\s+of)$", re.IGNORECASE)


def left_international_body(trigger: Trigger, target: ActorMention | None) -> Trigger:
    """'The United States withdrew from UNESCO': a state leaving an international body reduces relations
    (SANCTION, CAMEO 160); it is no military withdrawal."""
    if (
        trigger.event_type != "RETREAT"
        or target is None
        or target.sector != INTERNATIONAL_BODY_SECTOR
        or not _LEAVING_PREPOSITION.search(trigger.text)
    ):
        return trigger
    return _retyped(trigger, "SANCTION", "160", "left a body")


def _with_targets(roles: Roles, targets: Sequence[ActorMention]) -> Roles:
    """`roles` (with no list of targets) given `targets`, a target and those listed with it, instead."""
    if len(targets) < 2 and not roles.sources:
        return replace(roles, target=targets[0] if targets else None)
    sources = roles.sources or ((roles.source,) if roles.source is not None else ())
    return replace(
        roles,
        target=targets[0] if targets else None,
        participants=(*sources, *roles.unpaired, *targets),
        targets=tuple(targets[:MAX_COORDINATED_ACTORS]) if len(targets) >= 2 else (),
        unpaired=roles.unpaired + tuple(targets[MAX_COORDINATED_ACTORS:]),
    )


def _list_notes(roles: Roles, pair_count: int) -> list[str]:
    """What every row of a list says of it: how many pairs it gave, and the members left unpaired."""
    notes = []
    if pair_count >= 2:
        notes.append(f"one of {pair_count} events, one per pair of coordinated source and target")
    if roles.unpaired:
        names = ", ".join(m.actor_name for m in roles.unpaired)
        notes.append(f"coordinated actors beyond {MAX_COORDINATED_ACTORS} per side not paired: {names}")
    return notes


def event_confidence(trigger: Trigger, has_target: bool, has_place: bool, has_date: bool) -> float:
    """The trigger's own confidence, raised by corroborating structure around it and lowered without a target.

    A bare noun such as 'summit' is weak evidence alone; 'Erdogan and Putin ... at a summit in Tehran last week'
    is strong: both parties, a place and a date are attached to it.
    """
    score = trigger.confidence + (TARGET_BONUS if has_target else -MISSING_TARGET_PENALTY)
    if has_place:
        score += CORROBORATION_BONUS
    if has_date:
        score += CORROBORATION_BONUS
    return round(min(max(score, 0.0), MAX_CONFIDENCE), 3)


def _participants(
    actors: Sequence[ActorMention], places: Sequence[PlaceMention], text: str, triggers: Sequence[Trigger] = ()
) -> list[ActorMention]:
    """Actors that act or are acted on: a capital after 'in'/'at' or used as a modifier ('a major Belgrade
    boulevard') is a place, unless it fills the target slot of a trigger right before it ('demanded an
    apology from Washington', see `_fills_target_slot`); an adjective that only qualifies the next actor of
    the same country ('his Turkish counterpart Erdogan') is folded into it, as is a country that owns a body
    with no country of its own."""
    place_spans = [
        (place.start, place.end)
        for place in places
        if _LOCATIVE.search(text[: place.start])
        and not (
            place.feature == "country"
            and _RECIPIENT_TO.search(text[: place.start])
            and not _MOTION_TO.search(text[: place.start])
        )
        and not any(_fills_target_slot(trigger, text, place.start) for trigger in triggers)
        and not _opening_members_of(text, place.start)
    ]
    kept = [
        mention
        for mention in actors
        if not any(start <= mention.start and mention.end <= end for start, end in place_spans)
        and not _attributive_city(mention, text)
    ]
    folded: list[ActorMention] = []
    for index, mention in enumerate(kept):
        following = kept[index + 1] if index + 1 < len(kept) else None
        if (
            following is not None
            and mention.kind == "country"
            and following.country is None
            and following.kind in {"person", "organization", "group"}
            and _POSSESSIVE_QUALIFIER.fullmatch(text[mention.end : following.start])
        ):
            kept[index + 1] = replace(
                following,
                country=mention.country,
                code=f"{mention.country}{following.code or ''}",
                basis=f"{following.basis}+possessive-country",
            )
            continue
        if (
            following is not None
            and mention.kind == "country"
            and following.country == mention.country
            and following.kind != "country"
            and len(text[mention.end : following.start].split()) <= MAX_QUALIFIER_GAP_WORDS
            and _QUALIFIER_GAP.fullmatch(text[mention.end : following.start])
        ):
            continue
        folded.append(mention)
    return folded


def _opening_members_of(text: str, start: int) -> bool:
    """'Troops from Nigeria attacked': the state after the members that open the sentence is whose they are, not
    where they are."""
    match = _MEMBERS_HEAD_BEFORE.search(text[:start])
    return match is not None and not text[: match.start()].strip()


def international_officials(actors: Sequence[ActorMention]) -> list[ActorMention]:
    """A person coded, on the date, as an official of an international body acts for it, not for the country of
    their passport: 'IAEA chief Mohamed ElBaradei urged Iran' in 2004 names no Egyptian act, as 'U.N.
    Secretary-General Kofi Annan' names no Ghanaian one. The same man as an Egyptian politician in 2011 keeps
    Egypt."""
    return [
        replace(mention, country=None)
        if mention.kind == "person" and (mention.code or "").startswith("IGO")
        else mention
        for mention in actors
    ]


def titled_person_countries(actors: Sequence[ActorMention], text: str) -> list[ActorMention]:
    """A person the actor table does not list takes the country of the titles right before the name, when they
    run without a break from a titled agent of a country: 'Burundi army spokesman Colonel Longin Minani' is of
    Burundi. A name after a comma or a word ('said Colonel X') takes nothing."""
    placed = list(actors)
    for index, mention in enumerate(placed):
        if mention.kind != "person" or mention.country is not None or "unlisted-name" not in mention.basis:
            continue
        position = index
        while position > 0 and not text[placed[position - 1].end : placed[position].start].strip():
            position -= 1
            title = placed[position]
            if title.kind != "agent-phrase":
                break
            if title.country is not None:
                placed[index] = replace(
                    mention,
                    country=title.country,
                    code=f"{title.country}{mention.sector or ''}",
                    basis=f"{mention.basis}+title-country",
                )
                break
    return placed


@dataclass(frozen=True)
class Roles:
    """Who acted and who was acted on. `sources` and `targets` hold the members of a list of coordinated
    sources or targets of a directed event, in reading order and at most MAX_COORDINATED_ACTORS each, with
    `source` and `target` among them; `unpaired` the members beyond. Empty when a side is one actor."""

    source: ActorMention | None
    target: ActorMention | None
    participants: tuple[ActorMention, ...] = ()
    sources: tuple[ActorMention, ...] = ()
    targets: tuple[ActorMention, ...] = ()
    unpaired: tuple[ActorMention, ...] = ()


def assign_roles(
    trigger: Trigger,
    actors: Sequence[ActorMention],
    text: str,
    stateless_sectors: frozenset[str] = STATELESS_SECTORS,
) -> Roles:
    """Who acted and who was acted on, from the actors around the trigger in its clause.

    - Source: the actor (or coordinated actors) right before the trigger, or inside it ('Israeli troops
      pulled out'), unless it is the object of a verb coordinated before ('dissolved the party and banned');
      the head of an opening appositive ('HTS, an extremist group that ..., has arrested'); for passives and
      nominal triggers, the 'by X' agent after it. Forces that 'were deployed' or 'have been demobilized'
      with no agent named are the ones that mobilized or withdrew: the source. A participial phrase shares
      the subject of the clause it hangs on ('..., rebuffing X'; 'Bowing to X, Y dismissed ...'). No source
      means no event: the sentence goes to `uncoded`.
    - Target: an actor after the trigger joined by nothing but a few words and, for prepositions, only one
      that marks a target for this event type ('meet with X', 'sanctions on X'), also past an 'of' phrase
      naming a place or thing ('recaptured the town of Badme from X'); a topic ('talks on Syria') is never
      a target.
    - Symmetric events (meetings, agreements, cooperation) and acts done together (treaties, ties, clashes)
      with coordinated actors ('Turkey and Russia agreed', 'Putin, Erdogan, Merkel and Macron will discuss')
      take the first two as source and target and keep every one of them as participants; so does a pair
      after 'between' ('the war between Iran and Iraq has killed').
    - Other (directed) events keep every member of a list of sources or targets in `sources` and `targets`
      ('Britain and France condemned Iran', 'sanctions on Russia, Belarus and Iran'), for one event per
      pair; see `_list_members` for what makes a list.
    """
    clause_start, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    usable = [m for m in actors if _is_participant(m, stateless_sectors)]
    before = [m for m in usable if clause_start <= m.start < trigger.start and m.end <= trigger.end]
    if (order_verb := _order_verb_start(trigger, text, clause_start)) is not None:
        ordered = [m for m in before if m.start >= order_verb]
        before = [m for m in before if m.end <= order_verb]
        if before and any(_of_another_state(m, before[-1]) is not None for m in ordered):
            return Roles(None, None)
    after = [m for m in usable if trigger.end <= m.start and m.end <= clause_end]
    mutual = trigger.cameo_code in MUTUAL_CAMEO_CODES or "mutual" in trigger.roles
    directed = trigger.event_type not in SYMMETRIC_TYPES and not mutual
    agent = next((m for m in after if _is_agent_of(trigger, text[trigger.end : m.start])), None)
    if agent is None and trigger.passive:
        agent = next(
            (
                m
                for m in usable
                if trigger.start < m.start and m.end <= trigger.end and _AGENT_BY.search(text, trigger.start, m.start)
            ),
            None,
        )
    if agent is None:
        agent = under_fire_agent(trigger, after, text) or clash_partner_agent(trigger, after, text)
    subjects_before = _coordinated(before[::-1], text)[::-1] if before else []
    if trigger.passive and agent is None and not _subject_is_patient(trigger):
        roles = Roles(before[-1] if before else None, None)
        return _with_lists(roles, subjects_before, [], text, trigger) if directed else roles
    if trigger.passive or agent is not None:
        if (
            before
            and _REPORTED_CLAUSE.search(text, before[-1].end, trigger.start)
            and not _REPORTER_PRONOUN.search(text, before[-1].end, trigger.start)
        ):
            return _reported_passive_roles(agent, trigger, text, directed, usable)
        patient = (
            _possessor_of_judged_act(trigger, before, text) or before[-1]
            if before
            else _inside_object(trigger, usable) or _object_after(trigger, after, text, exclude=agent)
        )
        if patient is None and agent is not None:
            patient = next(iter(_of_patients(trigger, after, text)), None)
        roles = Roles(agent, patient if patient is not agent else None)
        if not directed or agent is None:
            return roles
        agents = _coordinated_forward(usable[usable.index(agent) :], text) if agent in usable else [agent]
        patients = subjects_before if before else _object_group_from(patient, after, text)
        return _with_lists(roles, agents, patients, text, trigger)
    if before and _bare_subject_of_own_clause(trigger, actors, before[-1], text):
        return Roles(None, None)
    first_verb_object = None
    if before and _object_of_coordinated_verb(before[-1], text, trigger.start):
        first_verb_object, before = before[-1], before[:-1]
        subjects_before = _coordinated(before[::-1], text)[::-1] if before else []
    shared_object = None
    shared = coordinated_verb_subject(trigger, usable, text) if before else None
    if shared is not None and (before[-1].start > shared.end or first_verb_object is not None):
        shared_object = first_verb_object_of(trigger, shared, usable, text)
        before = [m for m in before if m.end <= shared.end]
        subjects_before = _coordinated(before[::-1], text)[::-1]
    head = _appositive_head(usable, text, trigger) or _parenthetical_participle_head(usable, text, trigger)
    relative_head = (
        None
        if head is not None
        else _relative_clause_head(usable, text, trigger.start)
        or _restrictive_relative_head(usable, text, trigger.start)
    )
    if head is not None:
        subjects = [head]
    elif relative_head is not None:
        subjects = _relative_head_group(relative_head, usable, text)
    elif (aside_subject := interrupted_subject(trigger, usable, text)) is not None:
        subjects = _relative_head_group(aside_subject, usable, text)
    elif _uncounted_subject(actors, before, text, clause_start, trigger.start, stateless_sectors):
        subjects = []
    elif (participle_subjects := _participle_subject(trigger, actors, text, stateless_sectors)) is not None:
        subjects = participle_subjects
    else:
        subjects = subjects_before
        if subjects and _participle_object(subjects[0], actors, text):
            subjects = []
        if subjects and _GUESSED_IDENTITY.search(text, 0, _phrase_start(text, subjects[0].start)):
            subjects = _postmodified_head(before, text, clause_start, trigger.start)
        if not subjects and before:
            subjects = _postmodified_head(before, text, clause_start, trigger.start)
        if not subjects and before:
            subjects = _aide_principal(before[-1], text, clause_start, trigger.start)
        if not subjects and (reporter := _reporting_subject(usable, text, clause_start, trigger.start)) is not None:
            subjects = [reporter]
        if not subjects:
            subjects = _shared_subject(usable, text, clause_start, trigger.start)
    if directed and len(subjects) >= 2 and _BETWEEN_BEFORE.search(text, 0, _phrase_start(text, subjects[0].start)):
        return Roles(subjects[0], subjects[1], tuple(subjects))
    inside = [m for m in usable if trigger.start <= m.start and m.end <= trigger.end]
    if subjects and trigger.event_type in SELF_PASSIVE_TYPES:
        inside = [m for m in inside if not _own_forces(m, subjects[-1])]
    after = [m for m in after if not _subject_of_next_clause(m, trigger, usable, text)]
    objects = (
        _slot_group(trigger, usable, text, subjects)
        or inside[:1]
        or _object_group(trigger, after, text)
        or (_of_patients(trigger, after, text) if _qualifies_noun(subjects, trigger, text) else [])
        or _complement_subject(trigger, usable, text)
        or _pronoun_object(trigger, first_verb_object, text)
        or ([shared_object] if shared_object is not None else [])
    )
    mediating = trigger.event_mode == "third-party" or _MEDIATION.search(trigger.text) is not None
    if len(objects) >= 2 and _BETWEEN.search(gap_to_object := text[trigger.end : objects[0].start]):
        mediating = mediating or (bool(subjects) and _MEDIATION.search(gap_to_object) is not None)
        if mediating and not subjects:
            # the parties are not the mediator ('efforts to broker a ceasefire between Israel and Hezbollah')
            return Roles(None, None)
        if not mediating:
            return Roles(objects[0], objects[1], tuple(objects))
    source = subjects[-1] if subjects else None
    if (
        (trigger.event_type in SYMMETRIC_TYPES or mutual)
        and len(subjects) >= 2
        and (joint := joint_partner_roles(subjects, objects, text, trigger)) is not None
    ):
        return joint
    observed = bool(objects) and _OBSERVER_AFTER.match(text, _coordinated_forward(objects, text)[-1].end) is not None
    if (trigger.event_type in SYMMETRIC_TYPES or (mutual and (not objects or observed))) and len(subjects) >= 2:
        participants = tuple(subjects + objects)
        return Roles(subjects[0], subjects[1], participants)
    if not objects and source is not None and trigger.event_type == "CONSULT":
        objects = _consult_partners(after, text, trigger.end)
    target = next((m for m in objects if source is None or _distinct(m, source)), None)
    participants = (source, *objects) if source is not None and len(objects) >= 2 else ()
    roles = Roles(source, target, participants)
    return _with_lists(roles, subjects, objects, text, trigger) if directed else roles


_PARTNER_GAP = re.compile(r"\s*(?:(?P<preposition>with|to|from)\s+)?(?:(?:the|an?)\s+)?")
"""What may stand between a trigger and the partner it names: 'with', 'to' or 'from' (unless the trigger ends in
one) and an article."""
PARTNER_PREPOSITIONS = MEETING_PARTNER_PREPOSITIONS | {"from"}
"""A trigger ending in one of these names its partner next ('sold weapons to', 'bought arms from')."""
_PARTNER_PHRASE_END = re.compile(
    r"\s*(?:$|[,.;:)]|(?:and|but|in|at|on|to|for|over|after|before|during|since|until|last|this|earlier|later"
    r"|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
"""What may follow a partner named after the trigger: the end of its phrase. A noun or 'as' after it makes the
actor a modifier ('with American mediation', 'with EU backing', 'with Norway as witness'), not the partner."""


_OBSERVER_AFTER = re.compile(
    r"\s+(?:as\s+(?:an?\s+)?(?:witness|witnesses|observer|observers|guarantor|guarantors)|looking\s+on|watching"
    r"|present|in\s+attendance)\b"
)
"""'signed a peace treaty with U.S. President Jimmy Carter as witness', 'with the United States looking on': the
actors named watch the act of the subjects, who are each other's partners."""


def _named_partner(trigger: Trigger, partners: Sequence[ActorMention], text: str) -> bool:
    """'held talks with Iran', 'sold weapons to Iran', 'bought arms from Iran', and for a meeting or visit its
    direct object ('visited Iran'): the actor right after the trigger, with those coordinated with it ('with
    Iran and Syria'), is its partner when its phrase ends there."""
    partner = partners[0]
    gap = _PARTNER_GAP.fullmatch(text[trigger.end : _phrase_start(text, partner.start)])
    if gap is None or not _PARTNER_PHRASE_END.match(text, _coordinated_forward(partners, text)[-1].end):
        return False
    marked = trigger.text.split()[-1].lower() in PARTNER_PREPOSITIONS or gap.group("preposition") is not None
    return marked or trigger.event_type == "CONSULT"


def joint_partner_roles(
    subjects: Sequence[ActorMention], objects: Sequence[ActorMention], text: str, trigger: Trigger
) -> Roles | None:
    """Coordinated subjects of a meeting, agreement, cooperation or joint act who act together toward a partner
    named right after the trigger (`_named_partner`: 'Iraq and Syria held talks with Iran', 'Egypt and Jordan
    signed a trade agreement with Israel', 'Britain and France sold arms to Iran', 'visited Iran') each act
    toward that partner, one event per subject, instead of toward each other. With no such partner ('Turkey and
    Russia agreed', 'met at Camp David with Carter', 'jointly patrolled northeast Syria', 'met to discuss
    Syria') the subjects stay each other's partners."""
    partners = [m for m in objects if all(_distinct(m, subject) for subject in subjects)]
    if not partners or not _named_partner(trigger, partners, text):
        return None
    joint = _with_lists(Roles(subjects[-1], partners[0]), subjects, partners, text, trigger)
    return joint if joint.sources else None


_FROM_AGENT_GAP = re.compile(
    r"\s+from\s+(?:(?:the|an?)\s+)?(?:(?:suspected|heavily\s+armed|armed)\s+)?(?:[A-Z][\w'.-]*\s+){0,2}$"
)
"""'came under attack from U.S. cruise missiles': 'from', a determiner and up to two capitalized words before the
actor."""
_ARMED_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:missiles?|rockets?|warplanes?|jets?|gunships?|helicopters?|artillery|tanks?|gunners?"
    r"|gunboats?|warships?|drones?|mortars?|snipers?|positions|batteries|bombers?)\b"
)
"""'from U.S. cruise missiles', 'from Serb gunners': a weapon or armed unit after the actor's name."""
_POSSESSOR_AFTER = re.compile(
    r"['’]s?\s+(?!(?:[a-z-]+\s+)?(?:missiles?|rockets?|artillery|gunners?|mortars?|snipers?)\b)"
)
"""'from the rebels' leaders': the actor only owns the head noun that speaks or acts."""
_GRIEVANCE_AFTER = re.compile(r"\s+(?:over|(?:for|about)\s+(?:his|her|its|their|the))\s")
"""'from rebels over the talks', 'from the militants for his crackdown': a complaint follows, so the fire is words."""
_ARGUABLE_ATTACKS = frozenset({"attack", "attacks", "assault", "assaults", "under fire"})
"""Triggers that in 'came under attack from X' or 'came under fire from X' may as well be criticism ('from
conservatives over his remarks'); a named weapon ('under mortar fire') is never criticism."""


_CLASH_WITH_GAP = re.compile(
    r"\s+(?i:in|during)\s+(?:an?\s+)?(?:(?:heavy|fierce|armed|renewed)\s+)?"
    r"(?:clash(?:es)?|fighting|gun\s*battles?|gunfights?|battles?|firefights?|shootouts?)\s+with\s+(?:the\s+)?"
)


def clash_partner_agent(trigger: Trigger, after: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The agent of a killing or wounding suffered 'in clashes with' an armed party: in 'A Turkish soldier was
    killed in clashes with PKK rebels' the rebels kill the soldier. Only an armed party counts ('in clashes with
    police' is an armed party too; 'in clashes with protesters' names no killer)."""
    if not trigger.passive or not _reads_as_attack(trigger) or not after:
        return None
    partner = after[0]
    if partner.sector not in ARMED_SECTORS or not _CLASH_WITH_GAP.fullmatch(text, trigger.end, partner.start):
        return None
    return partner


def under_fire_agent(trigger: Trigger, after: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The agent of an assault suffered 'under' it, named after 'from': 'Israeli troops came under mortar fire
    from Hezbollah guerrillas', 'came under heavy shelling from Serb gunners'. 'Attack' and bare 'fire' are also
    said of words ('came under attack from the opposition over the budget', 'under fire from the Palestinians over
    the settlements'), so with them the agent must be an armed force or name a weapon or unit ('from U.S. cruise
    missiles', 'from Palestinian gunmen'); a state, people or party alone is no agent."""
    if not trigger.passive or "victim:under" not in trigger.cue or not after:
        return None
    agent = after[0]
    if not _FROM_AGENT_GAP.fullmatch(text, trigger.end, _phrase_start(text, agent.start)):
        return None
    if trigger.text.lower() in _ARGUABLE_ATTACKS and (
        not (agent.sector in ARMED_SECTORS or _ARMED_NOUN_AFTER.match(text, agent.end))
        or _POSSESSOR_AFTER.match(text, agent.end)
        or _GRIEVANCE_AFTER.match(text, agent.end)
    ):
        return None
    return agent


def _inside_object(trigger: Trigger, usable: Sequence[ActorMention]) -> ActorMention | None:
    """The actor a nominal pattern holds after its head, acted on when a by-agent names the doer: 'the
    expulsion of two British diplomats by Moscow'."""
    if trigger.passive:
        return None
    return next((m for m in usable if trigger.start < m.start and m.end <= trigger.end), None)


JUDGED_ACT_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
"""Verbal reactions to what someone did: the one whose act is welcomed, condemned or rejected is their target."""
_POSSESSED_ACT = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:of|to|on|in|against|with)\b")
""""Israel's release of", "Iran's decision to", "Russia's annexation of": a possessor and a noun of its act."""


def _possessor_of_judged_act(trigger: Trigger, before: Sequence[ActorMention], text: str) -> ActorMention | None:
    """'Israel's release of 200 Palestinian prisoners was welcomed by Abbas': the passive's subject is an act,
    and the actor it belongs to, not an actor named inside it, is whom the reaction is aimed at."""
    if trigger.event_type not in JUDGED_ACT_TYPES or len(before) < 2:
        return None
    possessor, named_inside = before[0], before[1]
    match = _POSSESSED_ACT.match(text, possessor.end)
    return possessor if match is not None and match.end() <= named_inside.start else None


def _reported_passive_roles(
    agent: ActorMention | None, trigger: Trigger, text: str, directed: bool, usable: Sequence[ActorMention]
) -> Roles:
    """'Palestinian officials said two boys were killed by Israeli fire': the reporter before 'said' is not who
    the passive verb acted on (unless a pronoun names it: 'Israel said it was attacked'); the by-agent stays the
    source, with no target."""
    if agent is None or not directed:
        return Roles(agent, None)
    agents = _coordinated_forward(usable[usable.index(agent) :], text) if agent in usable else [agent]
    return _with_lists(Roles(agent, None), agents, [], text, trigger)


def _with_lists(
    roles: Roles, subjects: Sequence[ActorMention], objects: Sequence[ActorMention], text: str, trigger: Trigger
) -> Roles:
    """`roles` with the lists its source and target belong to, for one event per pair: 'Britain, the United
    States, Germany and France blamed Russia', 'Russia and Syria were accused by Britain'. Every member is a
    participant; members beyond MAX_COORDINATED_ACTORS on a side are kept as `unpaired`."""
    sources = _list_members(subjects, text, trigger.start) if roles.source in subjects else []
    targets = _list_members(objects, text, trigger.start) if roles.target in objects else []
    if not sources and not targets:
        return roles
    source_side = sources or ([roles.source] if roles.source is not None else [])
    target_side = targets or ([roles.target] if roles.target is not None else [])
    paired_sources, paired_targets = sources[:MAX_COORDINATED_ACTORS], targets[:MAX_COORDINATED_ACTORS]
    return replace(
        roles,
        source=_kept(roles.source, paired_sources),
        target=_kept(roles.target, paired_targets),
        participants=(*source_side, *target_side),
        sources=tuple(paired_sources),
        targets=tuple(paired_targets),
        unpaired=(*sources[MAX_COORDINATED_ACTORS:], *targets[MAX_COORDINATED_ACTORS:]),
    )


def _kept(mention: ActorMention | None, paired: Sequence[ActorMention]) -> ActorMention | None:
    """`mention`, or the member of its list nearest to it when it is one of those left unpaired."""
    if not paired or mention is None or mention in paired:
        return mention
    return paired[-1] if mention.start > paired[-1].start else paired[0]


def _list_members(group: Sequence[ActorMention], text: str, trigger_start: int) -> list[ActorMention]:
    """The actors of `group` (in reading order) when they form a list, one per actor; else none.

    A list joins its members with commas and an 'and' (or '&') before the last: 'Russia and Belarus', 'France,
    Germany and Poland'. Not a list: commas alone, an apposition ("Iran's foreign minister, Javad Zarif"); a
    member that names an agent by its place ('militants in Syria and Iraq'); objects whose last member is
    followed by its own verb ('condemned Iran and Russia vetoed the resolution'); subjects whose first member
    is governed by a word before it ('Iraq invaded Kuwait and Syria condemned', 'between Iran and Iraq').
    """
    if len(group) < 2:
        return []
    joints = [text[first.end : second.start] for first, second in itertools.pairwise(group)]
    if not _LIST_LAST_JOINT.search(joints[-1]) or not all("," in joint for joint in joints[:-1]):
        return []
    if any(_LOCATIVE_IN_SURFACE.search(member.surface) for member in group):
        return []
    if group[0].start < trigger_start:
        opening = _LIST_DETERMINER_BEFORE.sub("", text[: _phrase_start(text, group[0].start)])
        if not _LIST_OPENING.search(opening):
            return []
    elif _CLAUSE_AFTER_LIST.match(text, group[-1].end):
        return []
    members: dict[tuple[str, str | None], ActorMention] = {}
    for member in group:
        members.setdefault(_dyad_key(member), member)
    return list(members.values()) if len(members) >= 2 else []


def _dyad_key(mention: ActorMention) -> tuple[str, str | None]:
    """What an event codes of an actor: its country and sector, or for an actor with no country its id. Listed
    actors that code alike ('the West Bank and Gaza Strip', 'Putin and Lavrov') are one party."""
    return (mention.country, mention.sector) if mention.country else (mention.actor_id, None)


def actor_pairs(roles: Roles) -> list[tuple[ActorMention, ActorMention | None]]:
    """One (source, target) pair for each source and target of `roles` that are different actors, in reading
    order: 'Britain and France accused Russia and Syria' gives four. A source or target replaced since the
    lists were read (by a fallback rule) stands alone."""
    if roles.source is None:
        return []
    sources = roles.sources if roles.source in roles.sources else (roles.source,)
    targets = roles.targets if roles.target is not None and roles.target in roles.targets else (roles.target,)
    pairs: list[tuple[ActorMention, ActorMention | None]] = []
    for source in sources:
        own = [target for target in targets if target is not None and _distinct(target, source)]
        pairs.extend([(source, target) for target in own] if own else [(source, None)])
    return pairs


def _source_gap(
    pattern: re.Pattern[str], trigger: Trigger, roles: Roles, text: str
) -> tuple[ActorMention | None, re.Match[str] | None]:
    """The source and `pattern` matched on the whole text between the source's mention and the trigger."""
    source = roles.source
    if source is None:
        return None, None
    return source, pattern.fullmatch(text, source.end, trigger.start)


def possessor_of_a_conflict(trigger: Trigger, roles: Roles, text: str) -> bool:
    """'Syria's war has killed more than 350,000 people': the war is the subject, and the state it is named
    after is its setting, not the one who kills. A war a state wages abroad keeps it ('Russia's war has killed
    Ukrainian civilians'), so only a conflict at home (a civil war, an insurgency, unrest) or one whose victims
    are unnamed or of the same state loses its source."""
    source, conflict = _source_gap(_POSSESSED_CONFLICT, trigger, roles, text)
    if source is None or conflict is None:
        return False
    target = roles.target
    internal = conflict.group("noun") != "war" or conflict.group("civil") is not None
    return internal or target is None or target.country == source.country


def contact_relative_verb(trigger: Trigger, roles: Roles, text: str) -> bool:
    """'Vietnam released 20 Chinese fishermen it had detained': a pronoun right before the verb is its subject,
    in a relative clause with no 'who' or 'that', so the noun before the pronoun is acted on, never the source."""
    source, relative = _source_gap(_CONTACT_RELATIVE_BEFORE, trigger, roles, text)
    if source is None or relative is None:
        return False
    head = relative.group("head").split()
    if len(head) == 2 and (head[0] in _HEAD_ADVERBS or head[0].endswith("ly") or head[1] in _STANCE_PRESENT_FORMS):
        return False
    return not head or (
        head[-1] not in SAYING_PRESENT_FORMS and _COUNTED_BEFORE.search(text, 0, source.start) is not None
    )


def told_reporter(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The speaker of 'Iraq told the United Nations it had destroyed its chemical weapons': the pronoun after the
    one told is the actor before 'told' (a country is 'it', a group 'they'), not the one told."""
    told = _TOLD_PRONOUN.search(text, 0, trigger.start)
    if told is None:
        return None
    reporter = _speaker_before(actors, text, told.start())
    if reporter is None:
        return None
    return reporter if reporter.kind in _PRONOUN_KINDS[told.group("pronoun").lower()] else None


def _speaker_before(mentions: Sequence[ActorMention], text: str, reporting_start: int) -> ActorMention | None:
    """The last actor before the reporting verb at `reporting_start`, when only an aside or adverbs stand between
    them (`_REPORTER_GAP`): 'Iraqi officials said', 'Iraq on Monday told'."""
    speaker = next((m for m in reversed(mentions) if m.end <= reporting_start), None)
    if speaker is None or not _REPORTER_GAP.fullmatch(text, speaker.end, reporting_start):
        return None
    return speaker


def subordinate_clause_roles(trigger: Trigger, roles: Roles, text: str) -> Roles:
    """`roles` with no source when a subordinator stands between the source and the trigger: in 'Chinese police
    detained dozens of people in Lhasa while monks protested' the monks protest, not the people detained, and an
    actor of the main clause never does the act of a 'while', 'as' or 'when' clause. A subordinator right after
    the actor opens no clause of its own before the actor's verb ('Jordan as host agreed to keep the border open'),
    and a pronoun after the clause's first word is the main clause's subject again ('said that when talks resume it
    will withdraw')."""
    source = roles.source
    if source is None or source.end > trigger.start:
        return roles
    clause = _SUBORDINATE_SUBJECT_BEFORE.search(text, source.end, trigger.start)
    if clause is None or not text[source.end : clause.start()].strip():
        return roles
    if _RESUMED_MAIN_SUBJECT.search(clause.group(0)):
        return roles
    return Roles(None, roles.target, tuple(m for m in roles.participants if m.start >= source.end))


def cause_phrase_roles(trigger: Trigger, roles: Roles, text: str) -> Roles:
    """`roles` without the main clause's actors when the trigger is a noun in a cause phrase: in 'Spain expelled
    three Libyan diplomats in retaliation for the attacks on Western targets' the attacks are not the diplomats';
    an actor inside the phrase still acts ('after Hamas rocket attacks on Sderot'), and a gerund right after
    'after' shares the main clause's subject ('sent troops into Beijing after declaring martial law'), and so do
    talks and agreements that only come before the act ('reached a deal after talks in Addis Ababa'). A trigger
    that opens with its own preposition is no noun of the phrase ('flew bombers over the peninsula in a show of
    force')."""
    cause = _CAUSE_PHRASE_BEFORE.search(text, 0, trigger.start)
    if cause is None or roles.source is None or roles.source.end > cause.start():
        return roles
    if _SHARED_SUBJECT_GERUND.match(cause.group(0)) and _PARTICIPLE.match(trigger.text):
        return roles
    if _SEQUENCE_CAUSE.search(cause.group(0)) and trigger.event_type in _OWN_SEQUENCE_TYPES:
        return roles
    if _OPENS_OWN_PHRASE.match(trigger.text):
        return roles
    kept = tuple(m for m in roles.participants if m.start >= cause.start())
    return Roles(None, roles.target if roles.target is not None and roles.target.start >= cause.start() else None, kept)


def plan_told_by_other(
    trigger: Trigger, source: ActorMention, mentions: Sequence[ActorMention], text: str
) -> str | None:
    """Why a planned act is only someone's reading of it, or None: 'Iraqi officials said the United States was
    planning to attack Iraq' tells what a speaker of another country expects; 'Japan said it would ban imports'
    and 'Carter said the United States would boycott the Games' announce the speaker's own state's plan."""
    if trigger.status != "planned" or source.country is None:
        return None
    reporting = None
    for match in _PLAN_REPORTING.finditer(text, 0, source.start):
        reporting = match
    if reporting is None:
        return None
    speaker = _speaker_before(mentions, text, reporting.start())
    if speaker is None or speaker.country in {None, source.country}:
        return None
    return f"planned act of {source.country} told by a speaker of {speaker.country}"


FORECASTER_SECTORS = frozenset({"MED", "EDU", "BUS", "CVL", "HRI", "NGO"})
"""Speakers whose 'could ... if' about a state is a forecast, never that state's announcement: newspapers,
academics, businesses, citizens, rights groups."""
_CLOSING_STATEMENT = re.compile(
    r",\s+(?:[^,]*?)\b(?:said|told|announced|added|stated|declared|insisted|warned|says|warns)\b[^,]*$"
)


def reported_modal_refusal(
    trigger: Trigger, source: ActorMention, mentions: Sequence[ActorMention], text: str
) -> str | None:
    """Why an act announced with 'could', 'may' or 'might' under a condition and reported by a closing statement
    is only a forecast, or None: it is an announcement only when the speaker is of the doer's own state or body
    and speaks for it ('Russia may impose sanctions if the talks fail, the Kremlin warned'); 'Chinese
    soldiers could be deployed ... if talks fail, a Chinese newspaper said' and '..., experts warned' are not."""
    if REPORTED_CONDITIONAL_MODAL_CUE not in trigger.cue.split("; "):
        return None
    closing = _CLOSING_STATEMENT.search(text, trigger.end)
    speakers = [m for m in mentions if closing is not None and m.start >= closing.start()]
    speaker = speakers[0] if speakers else None
    if speaker is None:
        return "a conditional 'could' or 'may' that no named speaker announces"
    if speaker.sector in FORECASTER_SECTORS or speaker.country != source.country:
        return f"a conditional 'could' or 'may' of {source.actor_name} told by {speaker.actor_name}"
    return None


def _reads_as_attack(trigger: Trigger) -> bool:
    return reads_as_attack(trigger.event_type, trigger.cameo_code)


def _subject_is_patient(trigger: Trigger) -> bool:
    """'Leopoldo Lopez was arrested', 'riot police were attacked': the subject of a passive is acted on, save
    forces that 'were deployed' or 'withdrawn' (SELF_PASSIVE_TYPES), and so is never the source."""
    self_passive = trigger.event_type in SELF_PASSIVE_TYPES and not trigger.cameo_code.startswith(PATIENT_PASSIVE_CODES)
    return trigger.passive and not self_passive


def _relative_clause_verb(trigger: Trigger, text: str) -> bool:
    """'shot dead a man who attacked officers': the subject of a relative clause is the noun before 'who',
    never an actor of the main clause or of the place."""
    return bool(_RELATIVE_PRONOUN_BEFORE.search(text, 0, trigger.start))


def _slot_group(
    trigger: Trigger, actors: Sequence[ActorMention], text: str, subjects: Sequence[ActorMention]
) -> list[ActorMention]:
    """The actors right after a preposition of direction that ends the pattern or directly follows it ('handed
    over two militants to X', 'sent peacekeeping troops to X'): the target, not an actor inside the pattern,
    which is what was handed over or sent. An actor that the pattern's last word runs into ('withdrew its
    ambassador from Madrid', read as Spain's ambassador), or that runs on from the pattern's last word into
    such a preposition ('expelled diplomats from France', an agent of France), fills the slot too, with the
    actors listed after it. A slot filled by the source's own country ('welcomed a delegation to Moscow') is a
    destination."""
    for index, mention in enumerate(actors):
        straddles = mention.start < trigger.end < mention.end and mention.start > trigger.start
        slot = _slot_preposition(trigger, text, mention.start) if mention.start >= trigger.end else None
        runs_on = text[trigger.end : mention.end].split()[:1]
        runs_into_slot = straddles and (
            _trailing_preposition(trigger) in DIRECTION_PREPOSITIONS
            or (bool(runs_on) and runs_on[0].lower() in DIRECTION_PREPOSITIONS)
        )
        after_slot = slot is not None and slot[0] in DIRECTION_PREPOSITIONS and slot[1] <= 1
        if not (runs_into_slot or after_slot):
            continue
        group = _coordinated_forward(actors[index:], text)
        if subjects and not any(_distinct(m, subjects[-1]) and m.country != subjects[-1].country for m in group):
            return []
        return group
    return []


def _pronoun_object(trigger: Trigger, antecedent: ActorMention | None, text: str) -> list[ActorMention]:
    """'telephoned Yeltsin on Saturday and praised him': the pronoun object of the second verb is the object
    of the first."""
    pronoun = _OBJECT_PRONOUN_AFTER.match(text, trigger.end)
    if antecedent is None or pronoun is None:
        return []
    return [antecedent] if antecedent.kind in _OBJECT_PRONOUN_KINDS[pronoun.group("pronoun").lower()] else []


def _distinct(mention: ActorMention, source: ActorMention) -> bool:
    """Another actor than the source; two mentions of one agent class ('Bosnian Serb troops attacked Bosnian
    government forces', both BIHMIL) are two groups."""
    if mention.actor_id != source.actor_id:
        return True
    return mention.kind == "agent-phrase" and mention.start != source.start


_AND_NEW_SUBJECT = re.compile(r"\s+and\s+(?:(?:the|some|other|more)\s+)?$")
_EARLIER_VERB = re.compile(
    r"(?<![\w-])(?:[a-z]{3,}ed|met|told|sent|hit|struck|fought|held|took|gave|shot|seized|began|launched)\b"
    r"(?!\s+by\b)"
)
_NEXT_CLAUSE_VERB = re.compile(
    r"\s+(?:(?:has|have|had|also|then|later|[a-z]+ly)\s+)*(?:[a-z]{3,}ed|fired|shot|hit|struck|fought|met|told"
    r"|sent|held|took|gave|seized|began|launched|threw|stormed)\b"
)


def _bare_subject_of_own_clause(
    trigger: Trigger, actors: Sequence[ActorMention], last_before: ActorMention, text: str
) -> bool:
    """'Israeli tanks surrounded Arafat's compound and troops stormed the building': a bare force right before
    the verb, after an 'and' that closes a clause with a verb of its own, is the subject, so no actor of that
    earlier clause acts ('Israeli tanks and troops stormed' is one subject)."""
    bare = next((m for m in reversed(actors) if last_before.end <= m.start and m.end <= trigger.start), None)
    if bare is None or not _VERB_GROUP_GAP.fullmatch(text, bare.end, trigger.start):
        return False
    joint = _AND_NEW_SUBJECT.search(text, last_before.end, _phrase_start(text, bare.start))
    clause_start, _ = _clause_bounds(text, trigger.start, trigger.end)
    return joint is not None and bool(_EARLIER_VERB.search(text, clause_start, joint.start()))


def _subject_of_next_clause(mention: ActorMention, trigger: Trigger, actors: Sequence[ActorMention], text: str) -> bool:
    """'Russian troops shelled Bamut and Chechen rebels fired back': an actor after 'and' that a verb follows
    opens a clause of its own and is no object of the trigger, unless an actor before 'and' joins it in one
    phrase ('talks between Israel and the Palestinians resumed')."""
    joint = _AND_NEW_SUBJECT.search(text, trigger.end, _phrase_start(text, mention.start))
    return (
        joint is not None
        and bool(_NEXT_CLAUSE_VERB.match(text, mention.end))
        and not any(not text[m.end : joint.start()].strip() for m in actors if m.end <= joint.start())
    )


def _object_of_coordinated_verb(mention: ActorMention, text: str, trigger_start: int) -> bool:
    """'the court dissolved the party and banned its leaders': the actor right before 'and <trigger>' is the
    object of an earlier verb, not the subject of this one, which shares the earlier verb's subject."""
    return bool(
        _AND_GAP.fullmatch(_DATE_PHRASE.sub(" ", text[mention.end : trigger_start]))
        and _PAST_VERB_BEFORE.search(text[: _phrase_start(text, mention.start)])
    )


_READINESS_ENTRY = "agree.willing"
_ARREST_CAMEO_PREFIX = "173"
_READINESS_WORDS = re.compile(r"\b(?:ready|prepared|willing)\b", re.IGNORECASE)


def readiness_threat(trigger: Trigger, triggers: Sequence[Trigger]) -> Trigger:
    """A stated readiness to use force, coerce or sanction is a threat of it, coded as the conditional threat of
    that act ('said it was ready to impose martial law', 1324; 'prepared to cut off all trade', 1312), not an
    intent to cooperate. Only the act the readiness governs counts ('ready to withstand sanctions', 'ready to
    help end the blockade' threaten nothing), and not an arrest ('ready to arrest war crimes suspects' is as
    often a promise to a tribunal). 'Committed to' and 'determined to' are left as they are: 'determined to
    fight corruption' threatens no one."""
    if trigger.entry_id != _READINESS_ENTRY or not _READINESS_WORDS.search(trigger.text):
        return trigger
    act = next((t for t in _embedded_acts(trigger, triggers) if t.start == trigger.end + 1), None)
    if act is None or act.cameo_code.startswith(_ARREST_CAMEO_PREFIX):
        return trigger
    code = conditional_threat_code(act.cameo_code, act.event_type)
    return trigger if code is None else _retyped(trigger, "THREATEN", code, f"readiness to {act.text}")


def promised_act_roles(trigger: Trigger, triggers: Sequence[Trigger], roles: Roles) -> Roles:
    """A promise keeps no target that lies in a promised attack or sanction ('pledged to expel Russian diplomats',
    'promised to attack Syria') or a place a promised withdrawal leaves: that is the act's, not whom the promise
    is made to (PROMISED_ACT_TYPES)."""
    if trigger.event_type != "AGREE" or roles.target is None:
        return roles
    act = next((t for t in _embedded_acts(trigger, triggers) if not _promisable(t)), None)
    if act is None or roles.target.start < act.start:
        return roles
    return replace(roles, target=None, participants=tuple(m for m in roles.participants if m.start < act.start))


def _promisable(act: Trigger) -> bool:
    return act.event_type in PROMISED_ACT_TYPES and not act.cameo_code.startswith(WITHDRAWAL_CAMEO_PREFIX)


def _embedded_acts(trigger: Trigger, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers in the complement of `trigger`, after it: 'threatened to break relations', 'agreed to hold
    talks'."""
    return [t for t in triggers if t.start >= trigger.end and t.embedded_in == trigger.entry_id]


def implied_targets(
    trigger: Trigger,
    triggers: Sequence[Trigger],
    actors: Sequence[ActorMention],
    text: str,
    source: ActorMention,
) -> tuple[ActorMention, ...]:
    """The targets of an act with none of its own, from the words it governs: the act it threatens, refuses or
    promises (`complement_targets`), its purpose clause (`purpose_targets`) or, for an investigation, the party
    of the reported or alleged wrong it looks into (`investigated_targets`)."""
    if trigger.event_type in COMPLEMENT_OBJECT_TYPES and (
        found := complement_targets(trigger, triggers, actors, text, source)
    ):
        return found
    if trigger.event_type in PURPOSE_TARGET_TYPES and (found := purpose_targets(trigger, actors, text, source)):
        return found
    if trigger.event_type == "ACCUSE" and trigger.cameo_code.startswith(INVESTIGATION_CAMEO_PREFIX):
        return investigated_targets(trigger, actors, text, source)
    return ()


def complement_targets(
    trigger: Trigger,
    triggers: Sequence[Trigger],
    actors: Sequence[ActorMention],
    text: str,
    source: ActorMention,
) -> tuple[ActorMention, ...]:
    """The targets of a threat, refusal or promise with none of its own: the targets of the act it embeds
    ('threatened to break relations with Russia', 'threatened to attack Israel and the United States', 'declined
    to sign a trade agreement with the United States', 'agreed to hold talks with Syria'; for a promise only an
    act of cooperation, see PROMISED_ACT_TYPES); else who receives what the act hands over ('refused to hand over
    Osama bin Laden to the United States') or, for a promise, the state it sends something to ('offered to send
    troops to Haiti', `infinitive_recipient`); or else, for a threat, who must act to avert it ('threatened to
    launch an offensive unless Baghdad accepted')."""
    for embedded in _embedded_acts(trigger, triggers):
        if trigger.event_type == "AGREE" and not _promisable(embedded):
            continue
        roles = assign_roles(embedded, actors, text)
        if roles.target is not None and roles.target.actor_id != source.actor_id:
            listed = (
                (*roles.targets, *(m for m in roles.unpaired if m.start >= embedded.end))
                if roles.target in roles.targets
                else (roles.target,)
            )
            return tuple(m for m in listed if m.actor_id != source.actor_id)
    recipient = infinitive_recipient(trigger, actors, text, source)
    if recipient is not None:
        return (recipient,)
    if trigger.event_type != "THREATEN":
        return ()
    _, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    condition = _CONDITION.search(text, trigger.end, clause_end)
    if condition is None:
        return ()
    subject = next((m for m in actors if m.start == condition.end() and _is_participant(m)), None)
    return (subject,) if subject is not None and subject.actor_id != source.actor_id else ()


def infinitive_recipient(
    trigger: Trigger, actors: Sequence[ActorMention], text: str, source: ActorMention
) -> ActorMention | None:
    """Who receives what the infinitive right after the trigger hands over: 'refused on Sunday to hand over Osama
    bin Laden to the United States', 'offered to extradite the suspects to Spain'. A promise also takes the state
    it sends something to ('offered to send troops to Haiti', 'was prepared to send 4,000 troops to Bosnia'); a
    place ('to the border'), a nationality ('to the Afghan border') or a possessive ("to Saudi Arabia's northern
    border") is no such state."""
    promise = trigger.event_type == "AGREE"
    opening = _PROMISED_INFINITIVE if promise else _HANDOVER_INFINITIVE
    words = trigger.text.split()
    governed = words[-1].lower() == "to" if words else False
    verb = opening.match(text, trigger.end)
    if verb is None or (verb.group("to") is None and not governed):
        return None
    _, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    for mention in actors:
        if mention.start < verb.end() or mention.end > clause_end:
            continue
        gap = text[verb.end() : mention.start]
        if _CLAUSE_COMMA.search(gap) or len(gap.split()) > MAX_MARKED_GAP_WORDS:
            return None
        if not _OBJECT_THEN_TO.fullmatch(gap):
            continue
        possessive = text.startswith(("'s", "’s"), mention.end)
        recipient = _names_a_state(mention, text) if promise else _is_participant(mention)
        if recipient and not possessive and _distinct(mention, source) and mention.country != source.country:
            return mention
        return None
    return None


def _names_a_state(mention: ActorMention, text: str) -> bool:
    """A state or its government named as a party ('to Bosnia next month', 'to Kabul'), not a people ('to
    Palestinians') nor a name that qualifies a noun ('to the Afghan border', 'to the U.S. border')."""
    following = _WORD_AFTER.match(text, mention.end)
    if following is not None and following.group("word") not in _PHRASE_END_WORDS:
        return False
    if mention.basis == "nationality":
        return mention.kind == "country" and not mention.surface.endswith("s")
    return _is_state(mention)


def purpose_targets(
    trigger: Trigger, actors: Sequence[ActorMention], text: str, source: ActorMention
) -> tuple[ActorMention, ...]:
    """The party a purpose clause after the act names, for acts aimed at it (PURPOSE_TARGET_TYPES): 'took to the
    streets of Karachi to protest against U.S. drone strikes', 'was prepared to use force to stop Iran from
    acquiring nuclear weapons'. What the act would protect or defend ('to protect its nationals', 'to defend
    Saudi Arabia') is not its target."""
    _, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    for mention in actors:
        if mention.start < trigger.end or mention.end > clause_end:
            continue
        gap = text[trigger.end : mention.start]
        if _CLAUSE_COMMA.search(gap) or len(gap.split()) > MAX_MARKED_GAP_WORDS:
            return ()
        purpose = _PURPOSE_CLAUSE.fullmatch(gap) or _OUSTER_PURPOSE.fullmatch(gap)
        if purpose and _is_participant(mention) and _distinct(mention, source):
            return (mention,)
    return ()


def investigated_targets(
    trigger: Trigger, actors: Sequence[ActorMention], text: str, source: ActorMention
) -> tuple[ActorMention, ...]:
    """Whom an investigation is into: a state, a named party or an armed or official body that a reported wrong
    has as its subject ('investigating reports that Israel had used cluster bombs', 'claims that Russian agents
    poisoned'), not a passive's ('reports that Israel was attacked') nor people's ('claims that British tourists
    died'); or the agent of an alleged act ('an investigation into alleged abuses by Syrian government forces'),
    not the author of a report ('an inquiry into claims made by X')."""
    for mention in actors:
        if mention.start < trigger.end or not _is_participant(mention) or not _distinct(mention, source):
            continue
        gap = text[trigger.end : mention.start]
        reported = (
            _REPORTED_WRONG.fullmatch(gap) and _ACTIVE_VERB_AFTER.match(text, mention.end) and _accountable(mention)
        )
        if reported or _INTO_ACT_BY.fullmatch(gap):
            return (mention,)
    return ()


def _accountable(mention: ActorMention) -> bool:
    """A party a wrong can be laid at: a state, a named person or body, or an official or armed agent; not a
    people ('Palestinians') nor civilians."""
    if mention.kind == "agent-phrase":
        return mention.sector in ACCOUNTABLE_SECTORS
    return mention.basis != "nationality" or not mention.surface.endswith("s")


def complaint_roles(trigger: Trigger, roles: Roles, actors: Sequence[ActorMention], text: str) -> tuple[Trigger, Roles]:
    """A complaint made to an international body is aimed at the party it is about: 'complained to the U.N.
    Security Council about India's shelling', 'filed a complaint with the World Trade Organization against
    China' have India and China as targets, the body being named in the rule. The party (or list of parties)
    must follow the body right after 'about', 'over' or 'against'; with none ('complained to the UN about the
    shelling') the body stays the target, and so does a state complained to ('complained to India about the
    shelling'). An appeal to a body against a party ('appealed to the Security Council against Russia') is
    such a complaint (CAMEO 114)."""
    body = roles.target
    complaint = trigger.cameo_code == COMPLAINT_CAMEO_CODE
    if body is None or not (complaint or trigger.event_type == "REQUEST"):
        return trigger, roles
    if body.kind != "organization" or body.country is not None or roles.targets:
        return trigger, roles
    _, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    following = [m for m in actors if body.end <= m.start and m.end <= clause_end and _is_participant(m)]
    marker = _COMPLAINED_ABOUT.fullmatch(text, body.end, following[0].start) if following else None
    if marker is None or not (complaint or marker.group("preposition").lower() == "against"):
        return trigger, roles
    parties = [m for m in _coordinated_forward(following, text) if _distinct(m, roles.source or body)]
    if not parties:
        return trigger, roles
    listed = _list_members(parties, text, trigger.start) or parties[:1]
    cue = f"{trigger.cue}; complaint to {body.actor_name} about the target"
    if not complaint:
        cue = f"{trigger.cue}; appeal to {body.actor_name} against the target: {COMPLAINT_CAMEO_CODE}"
        trigger = replace(trigger, event_type="ACCUSE", cameo_code=COMPLAINT_CAMEO_CODE)
    return replace(trigger, cue=cue), _with_targets(roles, listed)


def _consult_partners(after: Sequence[ActorMention], text: str, trigger_end: int) -> list[ActorMention]:
    """'travelled to Kampala for talks with his Ugandan counterpart X', 'mediated talks between A and B':
    a meeting's other parties are the actors a 'with' or 'between' introduces later in the clause."""
    for position, mention in enumerate(after):
        gap = text[trigger_end : mention.start]
        if "," in gap or len(gap.split()) > MAX_MARKED_GAP_WORDS:
            return []
        if _PARTNER_MARK.search(gap):
            return _coordinated_forward(after[position:], text)
    return []


def _complement_subject(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> list[ActorMention]:
    """'demanded that the US cancel the sale': the one asked to act is the subject of the demanded clause."""
    if trigger.event_type not in COMPLEMENT_TARGET_TYPES:
        return []
    following = next((m for m in actors if m.start >= trigger.end), None)
    if following is None or not _THAT_CLAUSE_OPENING.fullmatch(
        _DATE_PHRASE.sub(" ", text[trigger.end : following.start])
    ):
        return []
    return [following]


def _parenthetical_participle_head(actors: Sequence[ActorMention], text: str, trigger: Trigger) -> ActorMention | None:
    """'Georgia, accusing Russia of annexing its territory, cut diplomatic ties with Moscow': the actor that opens
    the sentence before a participle clause set off by commas is the subject of the verb after the second comma."""
    if not actors or trigger.passive or _phrase_start(text, actors[0].start) > 4:
        return None
    return actors[0] if _PARENTHETICAL_PARTICIPLE.fullmatch(text, actors[0].end, trigger.start) else None


def _appositive_head(actors: Sequence[ActorMention], text: str, trigger: Trigger) -> ActorMention | None:
    """'Hayat Tahrir al-Sham, an extremist group that controls ..., has arrested 184 people': the actor that
    opens the sentence before a comma is the subject of a verb that follows the closing comma."""
    if not actors or _phrase_start(text, actors[0].start) > 4 or not text[actors[0].end :].startswith(","):
        return None
    if not _APPOSITIVE_CLOSE.search(text[: trigger.start]) and not (
        _DETERMINER_APPOSITIVE.match(text, actors[0].end) and _ENDS_AFTER_COMMA.search(text[: trigger.start])
    ):
        return None
    return actors[0]


def _relative_clause_head(actors: Sequence[ActorMention], text: str, trigger_start: int) -> ActorMention | None:
    """'Israeli troops, who crossed the border at dawn, attacked Lebanese villages': a relative clause set off by
    commas lies between the subject and its verb, which follows the closing comma; the subject is the actor
    right before ', who', not an actor inside the relative clause ('whom Iraqi officials called volunteers')."""
    closing = text.rfind(",", 0, trigger_start)
    if closing < 0 or not _VERB_GROUP_GAP.fullmatch(text, closing + 1, trigger_start):
        return None
    openings = list(_RELATIVE_OPENING.finditer(text, 0, closing))
    opening = openings[-1] if openings else None
    if opening is None or "," in text[opening.end() : closing]:
        return None
    head = _actor_right_before(actors, text, opening.start())
    if (
        head is None
        or _governed_by_preposition(text, head)
        or len(_clause_words_before(text, head)) > MAX_SUBJECT_OPENING_WORDS
    ):
        return None
    return head


def _restrictive_relative_head(actors: Sequence[ActorMention], text: str, trigger_start: int) -> ActorMention | None:
    """'Israeli troops that entered southern Gaza on Wednesday killed two militants', 'Israeli officials who met
    Egyptian envoys accused Hamas': a relative clause right after the subject that opens the sentence, with its
    own verb first, lies between that subject and its verb; an actor inside it ('Gaza', 'Egyptian envoys') is an
    object, never the source. Left alone: 'the militants that Israeli troops killed' (an actor right after the
    pronoun), 'Egypt told Israel that ...' (the actor before the pronoun is no subject) and a reported clause
    inside ('officials who met envoys said Hamas fired')."""
    pronouns = list(_RELATIVE_PRONOUN.finditer(text, 0, trigger_start))
    if not pronouns:
        return None
    pronoun = pronouns[-1]
    inside = text[pronoun.end() : trigger_start]
    if _CLAUSE_PUNCTUATION.search(inside) or _REPORTED_CLAUSE.search(inside):
        return None
    first_word = _FIRST_WORD.match(inside)
    if first_word is None or first_word.group("word") in _NON_VERB_OPENERS:
        return None
    if any(pronoun.end() <= m.start and not text[pronoun.end() : m.start].strip() for m in actors):
        return None
    head = _actor_right_before(actors, text, pronoun.start())
    if head is None or any(
        word.lower() not in _ARTICLES and not word[:1].isupper() for word in _clause_words_before(text, head)
    ):
        return None
    return head


def _actor_right_before(actors: Sequence[ActorMention], text: str, position: int) -> ActorMention | None:
    """The last actor that ends before `position` with only spaces between: 'Israeli troops' before ', who'."""
    head = next((m for m in reversed(actors) if m.end <= position), None)
    if head is None or text[head.end : position].strip():
        return None
    return head


def _clause_words_before(text: str, head: ActorMention) -> list[str]:
    """The words between the last comma or semicolon and the phrase of `head`: 'On Monday' in 'On Monday Israeli
    troops, who ...'."""
    phrase_start = _phrase_start(text, head.start)
    clause_opening = max(text.rfind(",", 0, phrase_start), text.rfind(";", 0, phrase_start)) + 1
    return text[clause_opening:phrase_start].split()


def _relative_head_group(head: ActorMention, actors: Sequence[ActorMention], text: str) -> list[ActorMention]:
    """'Britain and France, who hold seats on the Security Council, condemned Iran': the head of a relative clause
    is the last of the actors coordinated before it, and all of them are the subject."""
    return _coordinated([m for m in actors if m.end <= head.end][::-1], text)[::-1] or [head]


def _participle_object(mention: ActorMention, actors: Sequence[ActorMention], text: str) -> bool:
    """'Egyptian police protecting the Israeli embassy fired tear gas': an actor right after a participle that
    follows another actor is the object of a phrase qualifying that actor, which is the subject."""
    participle = _PARTICIPLE_BEFORE.search(text, 0, _phrase_start(text, mention.start))
    return participle is not None and any(
        m.end <= participle.start() and not text[m.end : participle.start()].strip() for m in actors
    )


def _uncounted_subject(
    actors: Sequence[ActorMention],
    before: Sequence[ActorMention],
    text: str,
    clause_start: int,
    trigger_start: int,
    stateless_sectors: frozenset[str],
) -> bool:
    """'Greek students rioted in Athens after police shot dead a teenager': an agent that names nobody an analyst
    could count ('police', 'troops') right before the verb of a subordinate clause is its subject; an actor of
    the main clause is never taken instead."""
    subject = next(
        (
            m
            for m in reversed(actors)
            if clause_start <= m.start
            and m.end <= trigger_start
            and not _is_participant(m, stateless_sectors)
            and _VERB_GROUP_GAP.fullmatch(text, m.end, trigger_start)
        ),
        None,
    )
    if subject is None:
        return False
    earlier_end = before[-1].end if before else clause_start
    opening = _phrase_start(text, subject.start)
    return earlier_end <= subject.start and bool(
        _SUBORDINATE_OPENING.search(text, earlier_end, opening) or _REPORTING_VERB.search(text, earlier_end, opening)
    )


_ENVOY_TO = re.compile(r"\sto$", re.IGNORECASE)
"""'Iraqi ambassador to': an agent phrase that takes in the preposition of its post, before the body it is sent to."""
_ENVOY_POST = re.compile(r"\b(?:envoy|ambassador|representative|delegate|emissary)s?$", re.IGNORECASE)
_TO_GAP = re.compile(r"\s+to\s+(?:the\s+)?")
"""'The Iraqi envoy to France': an envoy's post named after it, when the agent phrase stops before 'to'."""


_AIDE_OF = re.compile(
    r"\s*(?:an?|the|one)\s+(?:(?:senior|top|close|chief|former|military|political|security|foreign-policy)\s+)*"
    r"(?:aides?|advis[eo]rs?|spokes(?:man|woman|person)|envoys?|representatives?|negotiators?|emissar(?:y|ies))"
    r"\s+(?:to|for|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""'A senior aide to', 'an envoy of': a person named only as speaking or acting for the actor that follows."""


def _aide_principal(mention: ActorMention, text: str, clause_start: int, trigger_start: int) -> list[ActorMention]:
    """'A senior aide to Yasser Arafat accused Israel': an aide, adviser, spokesman or envoy that the tables do not
    list acts for the actor it is named after, which is the source (as 'a spokesman for the RPF' is); only when
    that phrase opens the clause and runs up to the verb."""
    if not _AIDE_OF.fullmatch(text, clause_start, _phrase_start(text, mention.start)):
        return []
    gap = _DATE_PHRASE.sub(" ", text[mention.end : trigger_start])
    return [mention] if _VERB_GROUP_GAP.fullmatch(gap) else []


def _postmodified_head(
    before: Sequence[ActorMention], text: str, clause_start: int, trigger_start: int
) -> list[ActorMention]:
    """'The Turkish and Greek sides of the divided island of Cyprus have agreed', 'The Iraqi ambassador to the
    United Nations accused': the subject is the head that the 'of ...' phrases modify, not the last actor before
    the verb. Only a phrase that opens the clause and runs up to the verb qualifies, so an object with its own
    modifiers ('pressing Putin on Syria') does not."""
    if "," in text[before[-1].end : trigger_start] and not _NAME_APPOSITIVE_BEFORE_VERB.fullmatch(
        text, before[-1].end, trigger_start
    ):
        return []
    for index in range(len(before) - 1, 0, -1):
        head, modifier = before[index - 1], before[index]
        gap = text[head.end : modifier.start]
        if not _POSTMODIFIER_GAP.fullmatch(gap) and not (
            (_ENVOY_TO.search(head.surface) and _ARTICLE_GAP.fullmatch(gap))
            or (_ENVOY_POST.search(head.surface) and _TO_GAP.fullmatch(gap))
        ):
            return []
        if not _governed_by_preposition(text, head):
            group = _coordinated(before[index - 1 :: -1], text)[::-1]
            opening = text[clause_start : _phrase_start(text, group[0].start)] if group else ""
            return group if len(opening.split()) <= MAX_SUBJECT_OPENING_WORDS else []
    return []


def _shared_subject(
    actors: Sequence[ActorMention], text: str, clause_start: int, trigger_start: int
) -> list[ActorMention]:
    """'Benin opened its borders ..., but was still refusing admittance to Ghanaians': a clause opened by 'but'
    with no subject of its own ('but was still', not 'but militants') shares the subject that opens the sentence."""
    if not _BUT_OPENING.search(text[:clause_start]):
        return []
    if not _AUXILIARIES_ONLY.fullmatch(text[clause_start:trigger_start]):
        return []
    opening = [m for m in actors if m.end <= clause_start]
    if not opening or len(text[: _phrase_start(text, opening[0].start)].split()) > MAX_SUBJECT_OPENING_WORDS:
        return []
    return _coordinated_forward(opening, text)


def _participle_subject(
    trigger: Trigger, actors: Sequence[ActorMention], text: str, stateless_sectors: frozenset[str]
) -> list[ActorMention] | None:
    """A participial phrase shares the subject of the clause it hangs on; None when the trigger opens none.

    - Trailing: 'The European Union decided to keep its arms embargo on China, rebuffing Beijing's call': the
      subject opens the sentence, and no reported clause ('said', 'that') lies between it and the comma, where
      the subject of 'rebuffing' could be another actor. The last actor before the comma is then never taken
      instead: it is the object of the main clause ('Israel struck Gaza, killing five'). A sentence that opens
      with no actor ('Elsewhere in Syria, ... a recording of its leader X, calling on followers') is left to
      the rules for the actor before the trigger.
    - Opening: 'Bowing to opposition demands, Malawi's president dismissed ...'; and for meetings an opening
      phrase naming the meeting ('In a phone call on Friday, Modi and Putin reviewed ...'): the subject is
      the actor that follows the comma.
    """
    before_trigger = text[: trigger.start]
    if _ENDS_AFTER_COMMA.search(before_trigger) and _PARTICIPLE.match(trigger.text):
        main_clause = before_trigger.rstrip().rstrip(",")
        opening = [m for m in actors if m.end <= len(main_clause) and not _PREPOSITION_BEFORE.search(text[: m.start])]
        if not opening or len(text[: _phrase_start(text, opening[0].start)].split()) > MAX_SUBJECT_OPENING_WORDS:
            return None
        if _REPORTED_CLAUSE.search(main_clause, opening[0].end) or not _is_participant(opening[0], stateless_sectors):
            return []
        return [m for m in _coordinated_forward(opening, text) if _is_participant(m, stateless_sectors)]
    opening_phrase = _OPENING_PARTICIPLE if trigger.event_type != "CONSULT" else _OPENING_MEETING_PHRASE
    comma = text.find(",", trigger.end)
    if comma < 0 or "," in before_trigger or not opening_phrase.match(text) or any(m.start == 0 for m in actors):
        return None
    following = [
        m
        for index, m in enumerate(actors)
        if m.start > comma
        and _is_participant(m, stateless_sectors)
        and not (index + 1 < len(actors) and not text[m.end : actors[index + 1].start].strip())
    ]
    if (
        not following
        or len(text[comma + 1 : _phrase_start(text, following[0].start)].split()) > MAX_SUBJECT_OPENING_WORDS
    ):
        return []
    return _coordinated_forward(following, text)


def _reporting_subject(
    actors: Sequence[ActorMention], text: str, clause_start: int, trigger_start: int
) -> ActorMention | None:
    """'Nigeria announced that it will withdraw ...': a pronoun opening a reported clause is the reporter."""
    pronoun = _REPORTED_PRONOUN.match(text, clause_start, trigger_start)
    reporting = _REPORTING_THAT.search(text[:clause_start])
    if pronoun is None or reporting is None:
        return None
    reporter = next((m for m in reversed(actors) if m.end <= reporting.start()), None)
    if reporter is None or not _REPORTER_GAP.fullmatch(text[reporter.end : reporting.start()]):
        return None
    word = pronoun.group(1).lower()
    if reporter.kind not in _PRONOUN_KINDS[word]:
        return None
    if reporter.kind == "agent-phrase" and _looks_plural(reporter.surface) != (word == "they"):
        return None
    return reporter


def _looks_plural(surface: str) -> bool:
    """'officials', 'security forces in Uganda': the agent noun before any 'in <country>' ends in -s."""
    words = re.split(r"\s+in\s+", surface, maxsplit=1)[0].split()
    last = words[-1].lower() if words else ""
    return last.endswith("s") and not last.endswith("ss")


def unidentified_perpetrator(
    trigger: Trigger,
    target: ActorMention | None,
    actors: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    text: str,
) -> ActorMention | None:
    """The unnamed attacker of an assault on a named victim, when the trigger's clause names a weapon or an
    attack ('three Afghan soldiers were killed in a roadside bombing'), or when the act is one someone means
    (lexicon role `deliberate`: 'was assassinated', 'was shot dead', 'escaped an assassination attempt', 'a car
    bomb exploded at the U.S. Embassy') and the victim a political one (`political_victim`).

    Any other actor in the sentence ('an Israeli airstrike', 'Hamas fired rockets ..., killing', 'by police
    gunfire') may be the attacker, and so may a lower-case agent ('was shot dead by police', 'by his son'), so
    then there is no event rather than a guess. Only the source of the report ('..., Iraqi police said'), a
    place ('in central Baghdad', 'near the Syrian border'), an occasion ('during a military parade'), the
    trigger's own words ('a suicide bomber blew himself up') and the victims of a closing toll clause (',
    killing two embassy staff') do not count. A crime or mishap ('in a robbery', 'in a training accident'), a
    figurative attack ('survived an attack on her budget', 'an attack of pneumonia') and an attack recalled as
    background have none."""
    if not _reads_as_attack(trigger) or target is None or target.country is None:
        return None
    clause_start, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    weapon_named = _PERPETRATOR_IMPLIED.search(text, clause_start, clause_end) is not None
    deliberate = "deliberate" in trigger.roles and political_victim(target)
    if not (weapon_named or deliberate) or _agent_named(trigger, text, clause_end):
        return None
    if BACKGROUND_CUE in trigger.cue or _NO_ATTACK_CUE.search(text) or _FIGURATIVE_ATTACK.match(text, trigger.end):
        return None
    if trigger.text.lower().endswith(("attack", "attacks")) and _ATTACK_OF_ILLNESS.match(text, trigger.end):
        return None
    others = [
        m
        for m in actors
        if (m.start, m.end) != (target.start, target.end)
        and not (trigger.start <= m.start and m.end <= trigger.end)
        and (_is_participant(m) or _bare_armed_agent(m))
        and not _REPORTER_AFTER.match(text[m.end :])
        and not _names_setting(m, text)
        and not _TOLL_OBJECT_BEFORE.search(text, trigger.end, m.start)
        and not any(
            place.start <= m.start and m.end <= place.end and _PLACE_PHRASE_BEFORE.search(text[: place.start])
            for place in places
        )
    ]
    if others:
        return None
    return _mention_without_country(
        start=trigger.start,
        end=trigger.start,
        surface="",
        actor_id="agent:unidentified",
        actor_name="unidentified perpetrator",
        kind="agent-phrase",
        reason="no perpetrator named; the sentence reports an attack",
        basis=IMPLIED_BY_ATTACK,
    )


def victim_at_place(
    trigger: Trigger,
    target: ActorMention | None,
    actors: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    text: str,
    country_names: Mapping[str, str],
) -> ActorMention | None:
    """The victim of an attack that names no attacker takes the country of the place the attack happens in when
    the text gives it no nationality, as a crowd that protests does (`crowd_at_place`): 'A journalist was shot
    dead in Manila', 'Two policemen were killed in a bomb attack in Srinagar'. Only the subject of a passive
    verb, only political victims (POLITICAL_VICTIM_SECTORS) and only when every place after the verb in its
    clause lies in one country: 'a foreign journalist', 'a journalist from Spain' and citizens keep none."""
    if not _reads_as_attack(trigger) or not _subject_is_patient(trigger):
        return None
    clause_start, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    if target is None:
        target = _passive_subject(actors, text, clause_start, trigger.start)
    if (
        target is None
        or target.country is not None
        or target.kind != "agent-phrase"
        or target.sector not in POLITICAL_VICTIM_SECTORS
        or target.end > trigger.start
        or _NATIONALITY_AFTER.match(text[target.end :])
        or _FOREIGN_BEFORE.search(text[: target.start])
    ):
        return None
    countries = {
        place.country
        for place in places
        if trigger.end <= place.start and place.end <= clause_end and _PLACE_PHRASE_BEFORE.search(text[: place.start])
    }
    country = countries.pop() if len(countries) == 1 else None
    return None if country is None else _agent_of_country(target, country, country_names, "country-of-event-place")


def political_victim(mention: ActorMention) -> bool:
    """A state's office-holder, official, premises or forces, or a party or opposition leader
    (POLITICAL_VICTIM_SECTORS), or a person the actor table lists, with a country: 'Indian Prime Minister Indira
    Gandhi', 'a Turkish diplomat', 'the Israeli embassy', 'two Iraqi policemen'; not 'a Japanese tourist', nor a
    country or city, which as the subject of an attack is its place."""
    if mention.country is None or mention.kind == "country":
        return False
    return mention.sector in POLITICAL_VICTIM_SECTORS or (mention.kind == "person" and mention.sector is None)


def _agent_named(trigger: Trigger, text: str, clause_end: int) -> bool:
    """A by-phrase after the trigger names who attacked: a capitalized one anywhere ('by the Syrian Kurdish YPG'),
    a lower-case one in its clause unless it names only a weapon ('by police', not 'by a car bomb')."""
    if _NAMED_AGENT.search(text, trigger.end):
        return True
    return any(
        _PERPETRATOR_IMPLIED.search(match.group("agent")) is None
        for match in _BY_PHRASE.finditer(text, trigger.end, clause_end)
    )


def _names_setting(mention: ActorMention, text: str) -> bool:
    """'during a military parade', 'near the Syrian border': the actor word modifies the noun of a place or an
    occasion after a preposition; 'in parliament', 'outside the Interior Ministry': an unarmed body after a
    preposition of place is the place."""
    if _SETTING_BEFORE.search(text, 0, mention.start) and _SETTING_NOUN_AFTER.match(text, mention.end):
        return True
    premises = mention.kind in {"agent-phrase", "organization"} and mention.sector not in ARMED_SECTORS
    return premises and bool(_PREMISES_BEFORE.search(text, 0, mention.start))


def toll_victim(
    trigger: Trigger, source: ActorMention | None, actors: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """The target of an attack with none of its own: the victims its closing toll clause names with a country, 'a
    Palestinian suicide bomber blew himself up outside a Tel Aviv disco, killing 17 Israelis'. Victims of the
    attacker's own country are its losses, not its target ('clashed with rebels, killing two Turkish soldiers')."""
    if not _reads_as_attack(trigger) or TOLL_CUE not in trigger.cue.split("; "):
        return None
    toll = _TOLL_PARTICIPLE.search(text, trigger.end)
    if toll is None:
        return None
    victim = next((m for m in actors if m.start >= toll.end() and _is_participant(m)), None)
    if victim is None or not _TOLL_VICTIM_GAP.fullmatch(_QUANTITY.sub(" ", text[toll.end() : victim.start])):
        return None
    if victim.country is None or (source is not None and victim.country == source.country):
        return None
    return victim


def bombed_premises(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The target of a bomb that went off at a state's premises or forces (see `_BLAST_GAP`): 'a car bomb exploded
    outside the Israeli embassy', 'a truck bomb ripped through the U.S. Embassy'. Only a political victim
    (`political_victim`) is taken: 'exploded at a crowded market in Baghdad' names none."""
    if not _reads_as_attack(trigger) or not trigger.cameo_code.startswith(BOMBING_CAMEO_PREFIX):
        return None
    return next(
        (
            m
            for m in actors
            if m.start >= trigger.end and _BLAST_GAP.fullmatch(text, trigger.end, m.start) and political_victim(m)
        ),
        None,
    )


_QUOTE_CLOSED_BEFORE = re.compile(r"[,?!]\s*[\"\u201d']\s*$")
_INVERTED_SUBJECT_GAP = re.compile(r"\s+(?:the\s+)?")


def inverted_speaker(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The speaker named right after a verb that follows a closing quote: '"Withdraw your troops now," demanded
    the Serbian leader' puts the subject after its verb, as '"...," said the minister' does."""
    if _QUOTE_CLOSED_BEFORE.search(text, 0, trigger.start) is None:
        return None
    speaker = next((m for m in actors if m.start >= trigger.end), None)
    if (
        speaker is None
        or not _is_participant(speaker)
        or not _INVERTED_SUBJECT_GAP.fullmatch(text, trigger.end, speaker.start)
    ):
        return None
    return speaker


def claimed_perpetrator(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The group that claimed an attack is its source: 'a suicide bombing ... in an attack claimed by Islamic
    State', 'the Taliban claimed responsibility for the blast'."""
    if not _reads_as_attack(trigger):
        return None
    return next(
        (
            m
            for m in actors
            if _is_participant(m)
            and (
                _CLAIMED_BY.search(text[: _phrase_start(text, m.start)]) or _CLAIMS_RESPONSIBILITY.match(text[m.end :])
            )
        ),
        None,
    )


_IN_THE_ATTACK_BEFORE = re.compile(
    r"^\s+(?:in|during|by)\s+(?:(?:an?|the|fresh|new|renewed|heavy|recent|overnight|repeated)\s+)*$", re.IGNORECASE
)
_ATTACK_NOUN_AFTER = re.compile(
    r"^(?:\s*-\s*led)?\s+(?:(?:suicide|rocket|missile|drone|artillery|mortar|tank|helicopter|naval|air|military"
    r"|army|police|sniper|car|truck|roadside|cross-border)\s+)*"
    r"(?:air\s*strikes?|airstrikes?|air\s+raids?|raids?|attacks?|strikes?|shelling|bombings?|bombardments?|fire"
    r"|gunfire|offensive|ambush|assault)\b",
    re.IGNORECASE,
)


def owner_of_the_attack(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The actor that names the attack in which the victims of a passive verb fell: 'Palestinian militants were
    killed in an Israeli air strike', 'Iraqi villagers were wounded in Turkish shelling', 'killed in a Taliban
    ambush'. Only an actor right before the attack noun in a phrase opened by 'in', 'during' or 'by' right
    after the verb: 'in a U.S.-backed offensive' names a backer, 'in an attack on the Israeli embassy' a target."""
    if not _reads_as_attack(trigger) or not _subject_is_patient(trigger):
        return None
    return next(
        (
            m
            for m in actors
            if m.start > trigger.end
            and _is_participant(m)
            and _IN_THE_ATTACK_BEFORE.match(text[trigger.end : _phrase_start(text, m.start)])
            and _ATTACK_NOUN_AFTER.match(text[m.end :])
        ),
        None,
    )


def local_actor_at_place(
    trigger: Trigger,
    actors: Sequence[ActorMention],
    place: PlaceMention | None,
    text: str,
    country_names: Mapping[str, str],
    published: dt.date | None = None,
    dateline_country: str | None = None,
) -> ActorMention | None:
    """An actor with no nationality given is coded with the country of the event place when it can only be
    local, as ACLED names 'Protesters (Country)' and 'Police Forces of Country':

    - protesters, among them clergy and believers ('Hundreds of thousands of people blocked streets in Hong
      Kong', 'Buddhist monks marched in Mandalay', 'Muslim groups in Nigeria protested');
    - police, whatever the event ('Riot police fired tear gas at marchers in Nairobi');
    - the government's own forces ('In Sri Lanka, government troops shelled rebel positions'), and the army, the
      military or the security forces named with 'the' alone (`national_force`); in a territory another state
      held then, its police and army are that state's (`holding_state`).

    The subject may stand before an aside ('Thousands of protesters, defying a state of emergency, marched through
    Bangkok'), but an actor inside it is never taken; nor is an actor who reports another's act: 'The army said
    rebels attacked a convoy near Kumanovo'.
    """
    if place is None or place.country is None:
        return None
    holder = holding_state(place.country, published)
    protesters = DOMESTIC_SECTORS | CROWD_SECTORS | FAITH_SECTORS
    sectors = protesters if trigger.event_type == "PROTEST" and not _CELEBRATION.search(text) else DOMESTIC_SECTORS
    clause_start, _ = _clause_bounds(text, trigger.start, trigger.end)
    if (aside := _aside_before(trigger, text)) is not None:
        clause_start = min(clause_start, _clause_bounds(text, aside[0], aside[0])[0])
    local_actor = next(
        (
            m
            for m in reversed(actors)
            if clause_start <= m.start
            and m.end <= trigger.start
            and m.kind == "agent-phrase"
            and m.country is None
            and not _inside_aside(m, trigger, text)
            and (
                m.sector in sectors
                or (m.sector in ARMED_SECTORS and bool(_OWN_STATE_AGENT.match(m.surface)))
                or (
                    national_force(m, text)
                    and (
                        holder is not None
                        or (
                            not foreign_army_country(place.country, published)
                            and dateline_country in {None, place.country}
                        )
                    )
                )
            )
        ),
        None,
    )
    if local_actor is None or _governed_by_preposition(text, local_actor):
        return None
    if _REPORTING_VERB.search(text, local_actor.end, trigger.start):
        return None
    if _NATIONALITY_AFTER.match(text[local_actor.end :]):
        return None
    if holder is not None and local_actor.sector in STATE_FORCE_SECTORS:
        return _agent_of_country(local_actor, holder, country_names, "holder-of-event-place")
    return _agent_of_country(local_actor, place.country, country_names, "country-of-event-place")


_NATIONAL_FORCE = re.compile(r"(?:army|military|armed\s+forces|security\s+forces|navy|air\s+force)", re.I)
_DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_ACROSS_BORDER = re.compile(r"\b(?:across|over|beyond)\s+the\s+(?:border|frontier)|\bcross-border\b", re.I)


def national_force(mention: ActorMention, text: str) -> bool:
    """'The army shelled rebel positions near Kumanovo in Macedonia': the army, the military or the security
    forces, with 'the' and nothing else before them, are the forces of the state where they act; bare
    'soldiers' or 'troops' are not, and neither is a force that strikes across a border, whose place is the
    other side's. Where foreign armies fought, see `foreign_army_country`; a report datelined in another country
    ('ANKARA (Reuters) - The army attacked Kurdish rebel bases in northern Iraq') most likely tells of that
    country's army, so `local_actor_at_place` then gives none."""
    return (
        mention.sector in ARMED_SECTORS
        and bool(_NATIONAL_FORCE.fullmatch(mention.surface))
        and bool(_DEFINITE_BEFORE.search(text, 0, mention.start))
        and not _ACROSS_BORDER.search(text)
    )


FOREIGN_ARMIES_PATH = Path(__file__).parent / "reference" / "foreign_armies.csv"


@dataclass(frozen=True)
class ForeignArmyPeriod:
    """A row of `FOREIGN_ARMIES_PATH`: when `country`'s own army was not the only one there, and the state whose
    police and army ruled it then, if one did."""

    country: str
    start: dt.date
    end: dt.date | None
    held_by: str | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@lru_cache(maxsize=1)
def foreign_army_periods() -> tuple[ForeignArmyPeriod, ...]:
    """The rows of `FOREIGN_ARMIES_PATH`, read once."""
    with FOREIGN_ARMIES_PATH.open(encoding="utf-8", newline="") as handle:
        return tuple(
            ForeignArmyPeriod(
                row["country"],
                dt.date.fromisoformat(row["start_date"]),
                dt.date.fromisoformat(row["end_date"]) if row["end_date"] else None,
                row["held_by"] or None,
            )
            for row in csv.DictReader(line for line in handle if not line.startswith("#"))
        )


def foreign_army_country(country: str, published: dt.date | None) -> bool:
    """Whether 'the army' in `country` may be another state's on `published`: the state did not exist yet ('The
    army shelled villages near Pristina' in 1999 is Yugoslavia's) or foreign armies fought there ('The military
    launched an assault on Falluja' in 2004 is most likely American). With no date any such period counts."""
    periods = [period for period in foreign_army_periods() if period.country == country]
    if published is None:
        return bool(periods)
    return any(period.covers(published) for period in periods)


def holding_state(country: str, published: dt.date | None) -> str | None:
    """The state whose police and army ruled the territory `country` on `published`: Serbia in Kosovo in 1998,
    Indonesia in East Timor in 1991; None for a state of its own, or with no date."""
    if published is None:
        return None
    return next(
        (p.held_by for p in foreign_army_periods() if p.country == country and p.held_by and p.covers(published)),
        None,
    )


REGIONAL_GOVERNMENT_WORDS = frozenset({"government", "authorities", "administration"})
_REGION_AFTER_OF = re.compile(r"\s+of\s+(?:the\s+)?$")
_REGION_BEFORE_GOVERNMENT = re.compile(r"\s+(?:(?:state|provincial|province|regional|territorial)\s+)?$")


def regional_governments(
    actors: Sequence[ActorMention], places: Sequence[PlaceMention], text: str, country_names: Mapping[str, str]
) -> list[ActorMention]:
    """A government named by its province or state ('The government of Sindh province', 'the Punjab state
    government', 'the provincial government of Balochistan') is a government of the country the region lies
    in. Only a region or city the gazetteer places in one country, right after 'of' or right before the word:
    'the government of the day' and 'a government in exile' name none."""
    placed = list(actors)
    for index, mention in enumerate(placed):
        if (
            mention.kind != "agent-phrase"
            or mention.country is not None
            or mention.sector != "GOV"
            or mention.surface.lower() not in REGIONAL_GOVERNMENT_WORDS
        ):
            continue
        country = next(
            (
                place.country
                for place in places
                if place.country is not None
                and place.feature != "country"
                and (
                    (place.start >= mention.end and _REGION_AFTER_OF.fullmatch(text, mention.end, place.start))
                    or (
                        place.end <= mention.start
                        and _REGION_BEFORE_GOVERNMENT.fullmatch(text, place.end, mention.start)
                    )
                )
            ),
            None,
        )
        if country is not None:
            placed[index] = _agent_of_country(mention, country, country_names, "regional-government")
    return placed


def held_territory_forces(actors: Sequence[ActorMention], published: dt.date | None) -> list[ActorMention]:
    """Police or troops placed by where they act ('Police in Kosovo fired tear gas' in 1998) belong to the state
    that held the territory then (`holding_state`), not to the state it later became."""
    placed = list(actors)
    for index, mention in enumerate(placed):
        if (
            mention.kind != "agent-phrase"
            or mention.sector not in STATE_FORCE_SECTORS
            or "in-country" not in mention.basis
        ):
            continue
        if mention.country is not None and (holder := holding_state(mention.country, published)) is not None:
            placed[index] = replace(
                mention, country=holder, code=f"{holder}{mention.sector}", basis=f"{mention.basis}+held-by"
            )
    return placed


_ROUTE_AFTER = re.compile(r"\s*(?:the\s+(?:streets|centre|center)\s+of\s+|central\s+|downtown\s+)?")
"""What may stand between 'marched through' and the town: 'the streets of', 'central'."""
_STREETS_OF = re.compile(r"\s+of\s+(?:central\s+|downtown\s+)?")
"""What stands between a crowd's 'thronged the streets' or 'poured into the streets' and the town."""


def route_place(trigger: Trigger, places: Sequence[PlaceMention], text: str) -> PlaceMention | None:
    """The town a march goes through, which 'in' does not mark: 'Tens of thousands of opposition supporters
    marched through Belgrade', 'marched through the streets of Rangoon', 'thronged the streets of Manila'."""
    if trigger.event_type != "PROTEST":
        return None
    if trigger.text.lower().endswith("through"):
        route = _ROUTE_AFTER
    elif trigger.text.lower().endswith(("streets", "street")):
        route = _STREETS_OF
    else:
        return None
    return next(
        (place for place in places if place.start >= trigger.end and route.fullmatch(text, trigger.end, place.start)),
        None,
    )


_CELEBRATION = re.compile(
    r"\b(?:to|and)\s+(?:celebrate|cheer|welcome|greet|honou?r|thank)\b|\bin\s+celebration\s+of\b"
    r"|\bfor\s+(?:the\s+)?(?:[\w-]+\s+)?(?:carnival|festival|parade|celebrations|festivities)\b",
    re.I,
)
"""'Thousands of fans marched in Madrid to celebrate the title', 'rallied in Cairo to celebrate the ruling',
'thronged the streets of Rio for the carnival': a crowd that celebrates or cheers is no protest, so it is given
no country to protest in."""


_CROWD_VIOLENCE_ENTRIES = frozenset(
    {"assault.destroy_property", "assault.set_fire", "assault.set_ablaze", "assault.torch_target", "assault.storm"}
)
_CROWD_VIOLENCE_VERB = re.compile(r"(?i:burn|torch|set|firebomb|storm)")
_RIOTING_CROWD = re.compile(r"(?i:rioters?|protesters?|demonstrators?|mobs?)")
_PARTISAN_CROWD = re.compile(r"(?i:opposition\s+(?:supporters|activists))")
_COLLECTIVE_CROWD = re.compile(r"(?i:youths|people)")
_PROPERTY_AFTER = re.compile(r"\s+(?:homes|houses|shops|stores|businesses|property|villages|cars|farms)\b")
_RIGHT_BEFORE_VERB = re.compile(r"\s+(?:(?:have|had|also)\s+)*")
_RIOTING_QUALIFIER = re.compile(r"\b(?i:rioting|angry|protesting|stone-throwing)\s+(?:[A-Z][\w-]*\s+)?$")
_RIOTING_QUALIFIER_REACH = 80
"""How far before a crowd word `_RIOTING_QUALIFIER` may start: the qualifier, a name ('angry Uighur youths') and
the spaces between."""


def rioting_crowd_act(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> Trigger:
    """Arson or storming by a crowd, its subject, is a violent protest (CAMEO 145), not an attack: 'Rioters torched
    cars in Lyon', 'Mobs set fire to homes in Osh', 'Angry demonstrators stormed the parliament building'. The
    crowd must be named as one that riots or protests (rioters, protesters, a mob, opposition supporters) or be
    said to ('rioting youths', 'angry people'): vandals, fans and farmers burn things too, 'two youths set fire to
    a bin' is vandalism and a mob at a match hooliganism.
    Demolition is no riot."""
    if (
        not _reads_as_attack(trigger)
        or trigger.entry_id not in _CROWD_VIOLENCE_ENTRIES
        or not _CROWD_VIOLENCE_VERB.match(trigger.text)
        or _SPORT_SETTING.search(text)
    ):
        return trigger
    subject = next(
        (
            mention
            for mention in actors
            if mention.kind == "agent-phrase" and _RIGHT_BEFORE_VERB.fullmatch(text, mention.end, trigger.start)
        ),
        None,
    )
    if subject is None:
        return trigger
    head = subject.surface.split()[-1]
    said_rioting = _COLLECTIVE_CROWD.fullmatch(head) is not None and (
        _RIOTING_QUALIFIER.search(text, max(0, subject.start - _RIOTING_QUALIFIER_REACH), subject.start) is not None
        or _RIOTING_QUALIFIER.search(subject.surface) is not None
    )
    partisan = _PARTISAN_CROWD.fullmatch(subject.surface) is not None
    if _RIOTING_CROWD.fullmatch(head) is None and not said_rioting and not partisan:
        return trigger
    return _retyped(trigger, "PROTEST", "145", "by a rioting crowd")


def crowd_arson_reading(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> tuple[Trigger, Roles]:
    """The trigger and roles of an act, read as a rioting crowd's protest when `rioting_crowd_act` says so and
    the protest has no target, or only a nationality on the property burned ('set fire to Uzbek homes in Osh',
    'Chinese shops in Lhasa' name a people living there, not its state, so the riot has no target). Any other
    target keeps the attack: burning a foreign embassy is an attack on its state ('Protesters set fire to the
    Danish embassy')."""
    rioting = rioting_crowd_act(trigger, actors, text)
    if rioting is trigger:
        return trigger, assign_roles(trigger, actors, text)
    roles = assign_roles(rioting, actors, text)
    target = roles.target
    if target is None:
        return rioting, roles
    if target.kind == "country" and _PROPERTY_AFTER.match(text, target.end):
        return rioting, replace(roles, target=None)
    return trigger, assign_roles(trigger, actors, text)


def crowd_at_place(
    trigger: Trigger, source: ActorMention, place: PlaceMention | None, text: str, country_names: Mapping[str, str]
) -> ActorMention | None:
    """A crowd of civilians that protests with no nationality given takes the country of the place, as
    `local_actor_at_place` does for other crowds: 'Villagers near Karachi blocked the main highway', 'War
    veterans marched through Harare'. Only for protests: civilians elsewhere are as often foreigners, victims or
    witnesses. A crowd that celebrates is no protest (`_CELEBRATION`)."""
    if (
        trigger.event_type != "PROTEST"
        or _CELEBRATION.search(text)
        or place is None
        or place.country is None
        or source.kind != "agent-phrase"
        or source.sector not in CROWD_SECTORS
        or _NATIONALITY_AFTER.match(text[source.end :])
    ):
        return None
    return _agent_of_country(source, place.country, country_names, "country-of-event-place")


def local_target(
    trigger: Trigger,
    source: ActorMention,
    actors: Sequence[ActorMention],
    place: PlaceMention | None,
    text: str,
    country_names: Mapping[str, str],
) -> ActorMention | None:
    """The object of a state's act at home that names a crowd, rebels or police with no nationality given,
    coded with the source's country (see LOCAL_TARGET_SECTORS). Away from home ('Israeli troops fired on
    protesters in the West Bank') or with no place but for police, the target stays unknown."""
    country = source.country
    if country is None:
        return None
    at_home = place is not None and place.country == country
    if not at_home and not (place is None and source.sector in DOMESTIC_SECTORS):
        return None
    clause_start, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    if _subject_is_patient(trigger):
        found = _passive_subject(actors, text, clause_start, trigger.start)
    else:
        after = [m for m in actors if trigger.end <= m.start and m.end <= clause_end]
        found = _object_after(trigger, after, text)
    sectors = LOCAL_TARGET_SECTORS | (DOMESTIC_SECTORS if at_home else frozenset())
    if (
        found is None
        or found.kind != "agent-phrase"
        or found.country is not None
        or found.sector not in sectors
        or _FOREIGN_BEFORE.search(text[: found.start])
    ):
        return None
    basis = "country-of-event-place" if at_home else "country-of-police"
    return _agent_of_country(found, country, country_names, basis)


HOME_GOVERNMENT_HEADS = frozenset({"government", "regime"})
"""The last word of an agent phrase that names a country's government ('the military government')."""
HOME_GOVERNMENT_TYPES = frozenset({"PROTEST", "REQUEST"})
"""Acts a crowd directs at its own government ('students demanded the resignation of the government')."""


def home_government_target(
    trigger: Trigger,
    source: ActorMention,
    actors: Sequence[ActorMention],
    place: PlaceMention | None,
    text: str,
    country_names: Mapping[str, str],
) -> ActorMention | None:
    """The government a crowd of one country protests against or makes demands of at home, named with no
    nationality: 'Burmese students demanded the resignation of the military government' is a demand on Myanmar's
    government. A state's own act ('The United States urged the government to ...'), one away from home, or an
    office or rule rather than the government ('marched on the prime minister's office') leaves it unknown."""
    country = source.country
    if (
        country is None
        or trigger.event_type not in HOME_GOVERNMENT_TYPES
        or source.sector not in CROWD_SECTORS
        or (place is not None and place.country != country)
    ):
        return None
    _, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    after = [m for m in actors if trigger.end <= m.start and m.end <= clause_end]
    found = _object_after(trigger, after, text)
    if (
        found is None
        or found.kind != "agent-phrase"
        or found.country is not None
        or found.surface.split()[-1].lower() not in HOME_GOVERNMENT_HEADS
        or _FOREIGN_BEFORE.search(text[: found.start])
    ):
        return None
    return _agent_of_country(found, country, country_names, "government-of-crowd")


def struck_in_country(
    trigger: Trigger, source: ActorMention, mentions: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """A foreign attack on generic targets in a country has that country as its target (see
    `_STRUCK_IN_COUNTRY_GAP`): 'U.S. warplanes bombed targets in Libya' is USA>LBY, 'struck a pharmaceutical
    plant in Khartoum' is against Sudan, 'struck an apartment building in the Ukrainian city of Dnipro' against
    Ukraine, 'shelled the Georgian town of Gori' against Georgia. Not at home ('Indian troops shelled rebel
    positions in Kashmir' names no other party), nor by an attacker of no known state or alliance, who may be
    local; only for a country or its capital right after the target noun, or a nationality before 'city of'."""
    if not _reads_as_attack(trigger) or (source.country is None and source.sector != INTERNATIONAL_BODY_SECTOR):
        return None
    _, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    struck_country = next(
        (
            m
            for m in mentions
            if trigger.end <= m.start
            and m.end <= clause_end
            and m.kind == "country"
            and (
                (
                    (_NATIONALITY_CITY_OF.match(text, m.end) or not _SETTING_NOUN_AFTER.match(text, m.end))
                    and _STRUCK_IN_COUNTRY_GAP.fullmatch(text, trigger.end, m.start)
                )
                or (_NATIONALITY_CITY_OF.match(text, m.end) and _THE_TOWN_GAP.fullmatch(text, trigger.end, m.start))
            )
        ),
        None,
    )
    return _of_another_state(struck_country, source)


def struck_in_country_passive(
    trigger: Trigger, source: ActorMention, mentions: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """`struck_in_country` for a passive whose subject is the generic targets: 'Camps in eastern Afghanistan were
    struck by U.S. cruise missiles' is USA>AFG; 'Rebel positions in Kashmir were shelled by Indian troops' names
    no other party."""
    if not _reads_as_attack(trigger) or not trigger.passive or source.country is None:
        return None
    clause_start, _ = _clause_bounds(text, trigger.start, trigger.end)
    struck_country = next(
        (
            m
            for m in mentions
            if clause_start <= m.start
            and m.end <= trigger.start
            and m.kind == "country"
            and _STRUCK_IN_COUNTRY_GAP.fullmatch(" " + text[clause_start : m.start].lower().lstrip())
            and _VERB_GROUP_GAP.fullmatch(text, m.end, trigger.start)
        ),
        None,
    )
    return _of_another_state(struck_country, source)


def goods_origin(
    trigger: Trigger, source: ActorMention, mentions: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """The country whose goods an embargo or tariff falls on, named as their nationality a few words on: 'raised
    tariffs on $60 billion of American goods' (CHN>USA), 'a ban on exports of British beef'."""
    if trigger.cameo_code != SANCTION_GOODS_CAMEO:
        return None
    _, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    origin = next(
        (
            m
            for m in mentions
            if trigger.end <= m.start
            and m.end <= clause_end
            and m.kind == "country"
            and _GOODS_GAP.fullmatch(text, trigger.end, m.start)
            and _GOODS_AFTER.match(text, m.end)
        ),
        None,
    )
    return _of_another_state(origin, source)


def jailer_target(
    trigger: Trigger, source: ActorMention, mentions: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """The state that holds protesting prisoners is the target of their protest: 'Palestinian prisoners in
    Israeli jails began a hunger strike' (PSE>ISR). Only right after the source and before the trigger."""
    if trigger.event_type != "PROTEST" or source.end > trigger.start:
        return None
    jailer = next(
        (
            m
            for m in mentions
            if source.end <= m.start
            and m.end <= trigger.start
            and _IN_GAP.fullmatch(text, source.end, m.start)
            and (
                (m.kind == "country" and _JAIL_AFTER.match(text, m.end))
                or (m.kind == "agent-phrase" and _JAIL_NOUN_END.search(m.surface))
            )
        ),
        None,
    )
    return _of_another_state(jailer, source)


def withdrawal_demanded_of(
    trigger: Trigger, source: ActorMention, actors: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """A demand for the withdrawal of another state's forces is made of that state: 'President Carter demanded the
    withdrawal of Soviet troops from Afghanistan' (USA>RUS). Not the source's own forces."""
    if trigger.event_type != "REQUEST":
        return None
    forces = next((m for m in actors if m.start >= trigger.end), None)
    if forces is None or not _WITHDRAWAL_OF.fullmatch(text, trigger.end, forces.start):
        return None
    return _of_another_state(forces, source)


def expelled_from(trigger: Trigger, mentions: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The state a passive expulsion with no agent is from expels: 'Two Russian diplomats were expelled from
    Britain' (GBR>RUS), 'were ordered to leave Russia'. Only a country named right after 'from' or 'leave'."""
    if not (trigger.event_type == "SANCTION" and _subject_is_patient(trigger)):
        return None
    _, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    return next(
        (
            m
            for m in mentions
            if trigger.end <= m.start < clause_end
            and m.kind == "country"
            and not _SETTING_NOUN_AFTER.match(text, m.end)
            and _EXPELLED_FROM.fullmatch(text, trigger.end, m.start)
        ),
        None,
    )


def passive_host(trigger: Trigger, mentions: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The state that hands over or shelters the subject of a passive with no agent: 'The cleric was extradited
    from Britain to the United States' (GBR>USA), 'A North Korean diplomat was granted asylum in South Korea'
    (KOR>PRK). Only a country named right after 'from' (063) or 'in' (075)."""
    gap_pattern = PASSIVE_HOST_GAPS.get(trigger.cameo_code)
    if gap_pattern is None or not _subject_is_patient(trigger):
        return None
    _, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    verb_end = _first_word_end(trigger, text)
    return next(
        (
            m
            for m in mentions
            if verb_end <= m.start < clause_end
            and m.kind == "country"
            and not _SETTING_NOUN_AFTER.match(text, m.end)
            and gap_pattern.fullmatch(text, verb_end, m.start)
        ),
        None,
    )


def _first_word_end(trigger: Trigger, text: str) -> int:
    """Where the trigger's first word ends: a pattern may span the phrase that names a place ('extradited from
    Britain to', 'suspended its military operations in Gaza on')."""
    first_word = re.match(r"\S+", text[trigger.start : trigger.end])
    return trigger.start + (first_word.end() if first_word else 0)


def forces_of_noun(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The forces a withdrawal or deployment noun names are the ones that withdraw or deploy: 'The withdrawal of
    Syrian troops from Lebanon was completed' (SYR>LBN), 'The deployment of 2,000 Indonesian troops in Aceh
    began' (IDN). Only armed forces or police with a nationality, right after 'of'."""
    if trigger.event_type not in SELF_PASSIVE_TYPES or not _FORCES_NOUN_OF.match(trigger.text):
        return None
    return next(
        (
            m
            for m in actors
            if trigger.start < m.start < trigger.end
            and m.country is not None
            and m.sector in FORCES_SECTORS
            and _FORCES_NOUN_OF.fullmatch(text, trigger.start, m.start)
        ),
        None,
    )


def retaliation_target(
    trigger: Trigger, source: ActorMention, mentions: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """A threat to answer another party's hostile act is made against that party: 'Pakistan vowed to respond to
    India's air strikes' (PAK>IND), 'Iran warned it would respond to any Israeli attack' (IRN>ISR)."""
    if trigger.event_type != "THREATEN":
        return None
    attacker = next(
        (
            m
            for m in mentions
            if m.start >= trigger.end
            and _RESPONSE_TO.fullmatch(text, trigger.end, m.start)
            and _HOSTILE_ACT_AFTER.match(text, m.end)
        ),
        None,
    )
    return _of_another_state(attacker, source)


def _first_in_clause(
    trigger: Trigger, mentions: Sequence[ActorMention], text: str, fits: Callable[[ActorMention], bool]
) -> ActorMention | None:
    """The first mention after the trigger and inside its clause that `fits`, mostly a test of the words between
    them ('to earthquake survivors in')."""
    _, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    return next((m for m in mentions if trigger.end <= m.start and m.end <= clause_end and fits(m)), None)


def mission_host(
    trigger: Trigger, source: ActorMention, mentions: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """A state that closes or cuts its own mission abroad acts against the host, named as the country or capital the
    mission is in: 'The United States shut down its embassy in Tripoli' (USA>LBY)."""
    if trigger.event_type != "SANCTION" or not _OWN_MISSION_IN.search(trigger.text):
        return None
    host = _first_in_clause(
        trigger,
        mentions,
        text,
        lambda m: m.kind == "country" and _IN_GAP.fullmatch(text, trigger.end, m.start) is not None,
    )
    return _of_another_state(host, source)


_BENEFICIARIES_IN = re.compile(
    r"\bto\s+(?:the\s+)?(?:[A-Za-z'-]+\s+){0,3}?(?:victims|survivors|refugees|civilians|residents|villagers"
    r"|families|children|people|homeless|displaced|needy|hungry|population|populations)\s+in"
    + _PLACE_AFTER_PREPOSITION,
    re.IGNORECASE,
)
"""'rushed tents to earthquake survivors in Pakistan': the people aid goes to, then the country they are in."""
_AID_FACILITY_IN = re.compile(r"\s+in" + _PLACE_AFTER_PREPOSITION, re.IGNORECASE)
_AID_FACILITY_END = re.compile(r"\b(?:hospitals?|clinics?|convoys?|camps?)$", re.IGNORECASE)
"""'set up a field hospital in the Gaza Strip', 'escorted food convoys in Somalia': where the aid is given."""


def aid_beneficiaries_country(
    trigger: Trigger, source: ActorMention, mentions: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """Aid given to people in another state, or by a hospital or convoy set up in it, goes to that state: 'Britain
    rushed tents and blankets to earthquake survivors in Pakistan' (GBR>PAK), 'Jordan set up a field hospital in
    the Gaza Strip' (JOR>PSE); aid to people at home ('China sent food to flood victims in China') names no other
    party."""
    if trigger.event_type != "AID":
        return None
    facility = _AID_FACILITY_END.search(trigger.text) is not None
    country = _first_in_clause(
        trigger,
        mentions,
        text,
        lambda m: (
            m.kind != "person"
            and (
                _BENEFICIARIES_IN.search(text, trigger.start, m.start) is not None
                or (facility and _AID_FACILITY_IN.fullmatch(text, trigger.end, m.start) is not None)
            )
        ),
    )
    return _of_another_state(country, source)


def place_states(places: Sequence[PlaceMention], country_names: Mapping[str, str]) -> list[ActorMention]:
    """The cities and regions named in a sentence as mentions of the state each lies in ('Goma': the DR Congo),
    for the rules that read a place as the state acted on; capitals are actors of their own."""
    return [
        ActorMention(
            place.start,
            place.end,
            place.text,
            f"country:{place.country}",
            country_names.get(place.country, place.country),
            "country",
            place.country,
            None,
            None,
            place.country,
            False,
            None,
            "state-of-place",
        )
        for place in places
        if place.country is not None and place.feature in {"city", "admin1"}
    ]


_AID_DESTINATION = re.compile(
    r"\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:city|town|province|region|port|village|island)\s+of\s+)?$",
    re.IGNORECASE,
)


def aid_destination_state(
    trigger: Trigger, source: ActorMention, states_of_places: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """Aid carried to a city or region of another state (`place_states`) goes to that state: 'French aircraft
    airlifted medicines to Goma' (FRA>COD), 'Australia flew relief supplies to Aceh' (AUS>IDN). Aid carried to a
    place at home ('Indonesia flew relief supplies to Aceh') names no other party."""
    if trigger.event_type != "AID":
        return None
    destination = _first_in_clause(
        trigger,
        states_of_places,
        text,
        lambda state: _AID_DESTINATION.search(text, trigger.start, state.start) is not None,
    )
    return _of_another_state(destination, source)


_HANDED_OBJECT = re.compile(r"\w+(?:\s+over)?\s+(?P<object>.+?)\s+to")
_PLURAL_WORD = re.compile(r"\w*[^\Wsiu]s")
"""'Helicopters', 'Typhoons': a word in the plural; not '-ss', '-is' or '-us' ('Idris', 'Marcus'), and a known
given name before it vouches for a surname in '-s' ('Mahmoud Abbas')."""
_NAMED_BODY_KINDS = frozenset({"country", "organization"})
_NAMED_SITE = re.compile(
    r"\b(?:Camp|Base|Airport|Airfield|Palace|Prison|Jail|Province|District|Island|Islands|Embassy|Hospital"
    r"|Building|Bridge|Port|Station|Fort|Barracks|Square|Stadium|Mosque|Church|Temple|Museum|Hotel|Dam|Canal"
    r"|Zone|Strip|Bank|Heights|Valley|City|Town|Village|Region|Territory|Territories|Company|Corp|Group)\b"
)


def handed_person_refusal(
    trigger: Trigger,
    source: ActorMention,
    target: ActorMention | None,
    mentions: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    text: str,
    given_names: frozenset[str],
) -> str | None:
    """Why a handover read by a `person-object` row is no judicial cooperation, or None when it is: the object
    must be a person's name (not 'the keys', 'power', a place or a body: 'handed over Hong Kong to China'; not
    things in the plural, 'handed over Chinook Helicopters', unless a person or a known given name begins it) and
    the receiver another state or a body of no state, such as a tribunal ('Serbia transferred Slobodan
    Milosevic to the U.N. war crimes tribunal'); a handover at home ('Police handed over John Smith to the
    FBI') is ordinary police work."""
    if PERSON_OBJECT_ROLE not in trigger.roles:
        return None
    handed = _HANDED_OBJECT.fullmatch(trigger.text)
    if handed is None or _NAMED_SITE.search(handed["object"]):
        return f"'{trigger.text}' hands over no named person"
    start, end = trigger.start + handed.start("object"), trigger.start + handed.end("object")
    if any(start < m.end and m.start < end for m in places) or any(
        start < m.end and m.start < end and m.kind in _NAMED_BODY_KINDS for m in mentions
    ):
        return f"'{handed['object']}' names a place or a body, not a person"
    object_words = handed["object"].split()
    named_person = object_words[0].lower() in given_names or any(
        start < m.end and m.start < end and m.kind == "person" for m in mentions
    )
    if not named_person and _PLURAL_WORD.fullmatch(object_words[-1]):
        return f"'{handed['object']}' names things in the plural, not a person"
    if target is None or source.country is None or target.country == source.country:
        return f"'{trigger.text}' names no receiver abroad"
    return None


def wrongs_in_state_target(
    trigger: Trigger, source: ActorMention, mentions: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """A body of no state that investigates wrongs done in a state investigates that state: 'The U.N. dispatched
    a commission to investigate reports of genocide in Darfur' (>SDN). A state's own inquiry into wrongs abroad
    ('Britain launched an inquiry into abuses in Iraq') may look into its own forces, and names no target."""
    if (
        trigger.event_type != "ACCUSE"
        or not trigger.cameo_code.startswith(INVESTIGATION_CAMEO_PREFIX)
        or source.country is not None
    ):
        return None
    _, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    return next(
        (
            m
            for m in mentions
            if trigger.end <= m.start
            and m.end <= clause_end
            and m.kind != "person"
            and m.country is not None
            and _WRONGS_IN_STATE.fullmatch(text, trigger.end, m.start) is not None
        ),
        None,
    )


def _order_verb_start(trigger: Trigger, text: str, clause_start: int) -> int | None:
    """Where the verb of the order that the trigger carries out starts ('ordered:ordered' in its cue): the forces
    ordered between it and the act are the means, and the orderer before it the source ('The rebel commander
    ordered his fighters to free the hostages'). Forces or officials of another state ('Israel ordered Palestinian
    police to arrest militants') are asked, not commanded: `assign_roles` then finds no source."""
    verbs = [
        cue.removeprefix(ORDERED_CUE_PREFIX) for cue in trigger.cue.split("; ") if cue.startswith(ORDERED_CUE_PREFIX)
    ]
    if not verbs:
        return None
    found = [m.start() for m in re.finditer(rf"\b{re.escape(verbs[0])}\b", text[clause_start : trigger.start], re.I)]
    return clause_start + found[-1] if found else None


def _own_forces(mention: ActorMention, source: ActorMention) -> bool:
    """'Putin ordered the deployment of Russian troops to Ukraine', 'ordered U.S. forces onto alert': the forces a
    state mobilizes or withdraws are its own, the means of the act, not its target."""
    return mention.country is not None and mention.country == source.country and mention.sector in STATE_FORCE_SECTORS


def theatre_target(
    trigger: Trigger, source: ActorMention, mentions: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """The other state where a state's forces withdraw, muster or keep the peace (see THEATRE_PREPOSITIONS):
    'Iraqi forces retreated from Kuwait City' (IRQ>KWT), 'Turkey halted its offensive in northern Syria'
    (TUR>SYR), 'China staged military manoeuvres near Taiwan' (CHN>TWN), 'Ghana deployed 800 peacekeepers in
    southern Lebanon' (GHA>LBN); only for a state, its officials or forces, or an armed group (STATE_SECTORS),
    not a firm that leaves a market. A show of force is aimed at a state it comes near, so 'into' and 'over'
    count only before its airspace or waters ('flew warplanes into Taiwan's air defence zone'), and a place named
    by a nationality only before its border, coast or airspace ('along the Lebanese border'): 'sent troops to
    Saudi Arabia' or 'deployed troops in Kuwait' name a host, not a target."""
    prepositions = next(
        (allowed for prefix, allowed in THEATRE_PREPOSITIONS.items() if trigger.cameo_code.startswith(prefix)), None
    )
    if (
        prepositions is None
        or source.country is None
        or not (source.kind == "country" or source.sector in STATE_SECTORS)
    ):
        return None
    _, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    after_first_word = _first_word_end(trigger, text)
    for mention in mentions:
        if not (
            max(after_first_word, source.end) <= mention.start
            and mention.end <= clause_end
            and mention.kind == "country"
        ):
            continue
        gap = _THEATRE_GAP.fullmatch(text, after_first_word, mention.start)
        if gap is None:
            continue
        preposition = " ".join(gap.group("preposition").lower().split())
        if preposition not in prepositions or (preposition == "with" and not _BORDER_WITH.search(gap.group())):
            return None
        if trigger.event_type == "MOBILIZE" and not _shown_force_at(preposition, gap.group(), mention, text):
            return None
        return _of_another_state(mention, source)
    return None


def _shown_force_at(preposition: str, gap: str, mention: ActorMention, text: str) -> bool:
    """'near Taiwan', 'along the Lebanese border', 'into Taiwan's air defence zone', 'sent to the border with
    China': a state or its border, coast or airspace that a show of force comes close to; after 'to' only its
    border ('sent troops to Saudi Arabia' names a host)."""
    if _AIRSPACE_AFTER.match(text, mention.end):
        return True
    if preposition == "to":
        return bool(_BORDER_WITH.search(gap) or _BORDER_AFTER.match(text, mention.end))
    if preposition in {"into", "over"}:
        return False
    return bool(_BORDER_AFTER.match(text, mention.end)) or not _QUALIFIED_NOUN_AFTER.match(text, mention.end)


def _of_another_state(mention: ActorMention | None, source: ActorMention) -> ActorMention | None:
    """The mention when it names a state other than the source's ('U.S. warplanes bombed targets in Libya': Libya),
    else None ('Indian troops shelled rebel positions in Kashmir' names no other party)."""
    if mention is None or mention.country is None or mention.country == source.country:
        return None
    return mention


def _passive_subject(
    actors: Sequence[ActorMention], text: str, clause_start: int, trigger_start: int
) -> ActorMention | None:
    """'Hundreds of opposition protesters were detained by riot police': the actor right before a passive verb,
    with only auxiliaries between, is who was acted on."""
    before = [m for m in actors if clause_start <= m.start and m.end <= trigger_start]
    if not before or not _VERB_GROUP_GAP.fullmatch(text, before[-1].end, trigger_start):
        return None
    return before[-1]


def _agent_of_country(agent: ActorMention, country: str, country_names: Mapping[str, str], basis: str) -> ActorMention:
    return replace(
        agent,
        actor_id=f"agent:{country}{agent.sector}",
        actor_name=f"{agent.role} ({country_names.get(country, country)})",
        country=country,
        code=f"{country}{agent.sector}",
        basis=f"{agent.basis}+{basis}",
    )


def unattributed_agent_source(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The subject of the trigger when it is an armed force, rebels or police with no nationality given
    ('Rebels attacked a village', 'Soldiers raped ...'), as GDELT codes a bare 'REB' or 'MIL': the event stands
    with its source country null. Such words are never taken as a target, where they are most often a
    topic ('deployed troops', 'urged the military'), nor a subject away from its verb (save one that reports
    its own act: 'the rebels said they would attack'), nor one side of a pair ('fighting between rebels and
    soldiers killed 20').

    Roles are read again with these agents counted as actors only when the sentence names one: otherwise that
    reading is the one the caller already has, which found no source."""
    if not any(_bare_armed_agent(m) for m in actors):
        return None
    source = assign_roles(trigger, actors, text, STATELESS_SECTORS | UNATTRIBUTED_SOURCE_SECTORS).source
    if source is None or source.country is not None or source.sector not in UNATTRIBUTED_SOURCE_SECTORS:
        return None
    phrase_start = _phrase_start(text, source.start)
    partner = _coordinated_armed_subject(actors, text, phrase_start)
    if _PAIRED_BEFORE.search(text, 0, phrase_start if partner is None else _phrase_start(text, partner.start)):
        return None
    gap = text[source.end : trigger.start]
    return (
        source
        if _VERB_GROUP_GAP.fullmatch(gap)
        or _REPORTED_PRONOUN_GAP.fullmatch(gap)
        or _PLACE_THEN_VERB.fullmatch(gap)
        or _CAUSE_THEN_VERB.fullmatch(gap)
        or _RELATIVE_CLAUSE_THEN_VERB.fullmatch(gap)
        else None
    )


_AND_BEFORE = re.compile(r"\s+and\s+(?:the\s+)?$", re.IGNORECASE)


def _coordinated_armed_subject(actors: Sequence[ActorMention], text: str, phrase_start: int) -> ActorMention | None:
    """The bare armed agent joined by 'and' to the one whose phrase opens at `phrase_start`: 'Rebels and army
    deserters demanded' is a subject of two, so that only a pair opened by 'between' or 'with' ('fighting
    between rebels and soldiers') is one side of a pair."""
    joined = _AND_BEFORE.search(text, 0, phrase_start)
    if joined is None:
        return None
    return next(
        (
            m
            for m in actors
            if m.end == joined.start() and (_bare_armed_agent(m) or m.sector in UNATTRIBUTED_SOURCE_SECTORS)
        ),
        None,
    )


HUNGER_STRIKE_CAMEO_CODE = "142"


def hunger_striker(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The subject of a hunger strike when the text names the strikers only as a group ('Refugees at the camp
    began a hunger strike', 'Muslim prisoners went on hunger strike'): whoever refuses food protests, so the
    event stands with its source country null, as a bare 'REB' does in `unattributed_agent_source`. Other
    protests by a group with no nationality and no place stay uncoded: 'Students marched' may be anywhere."""
    if trigger.cameo_code != HUNGER_STRIKE_CAMEO_CODE:
        return None
    sectors = frozenset(m.sector for m in actors if m.sector is not None)
    source = assign_roles(trigger, actors, text, sectors).source
    if source is None or source.kind != "agent-phrase" or source.country is not None:
        return None
    gap = text[source.end : trigger.start]
    held = _PLACE_THEN_VERB.fullmatch(gap) or _HOLDING_PLACE_THEN_VERB.fullmatch(gap)
    return source if _VERB_GROUP_GAP.fullmatch(gap) or held else None


BARE_GOVERNMENT_WORDS = frozenset(
    {
        "government",
        "authorities",
        "regime",
        "junta",
        "cabinet",
        "prime minister",
        "president",
        "military government",
        "military junta",
        "military regime",
        "interim government",
        "transitional government",
    }
)
"""Words that, with 'the' alone before them, name the government of the country a report is about ('The junta
banned all political parties'); with anything else before them ('the club president', 'the health
authorities', 'the company's president') or an 'of' after them ('the president of the federation') they are
someone else's."""
BARE_GOVERNMENT_TYPES = frozenset(
    {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SANCTION", "COERCE", "CONCEDE", "RETREAT"}
    | {"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "AID"}
)
"""Acts a bare government is coded for when aimed at a political actor or a state party of a named country ('The
government urged the rebels to lay down their arms', 'The government held talks with the United States'); a
request to residents, a deal with a union or 'released 300 prisoners to ease overcrowding' is ordinary public
business."""
BARE_GOVERNMENT_UNAIMED_CAMEO_PREFIXES = ("1723", "1724")
"""Acts a bare government is coded for with no target named: a curfew or a state of emergency. A bare rejection
or threat ('rejected claims that unemployment had risen', 'threatened to cut pensions') or ban ('banned swimming
in the river') is as often ordinary policy."""
POLITICAL_TARGET_SECTORS = frozenset({"OPP", "PTY", "REB", "INS", "SEP", "RAD", "ETH", "HRI", "NGO", "IGO", "UAF"})
"""Bare targets that make an act political: rebels, the opposition, parties, rights groups, relief bodies and
agencies (but see RELIEF_BODY_SECTORS). Journalists count only when coerced ('expelled two foreign journalists'):
a president who 'hit out at the media' or 'asked reporters to wait' is ordinary news. Officials do not count
('asked parliament to vote', 'arrested the mayor on corruption charges')."""
RELIEF_BODY_SECTORS = frozenset({"NGO", "IGO"})
"""Relief bodies and agencies, which a bare government asks for help with a disaster or an epidemic as ordinary
policy ('urged the Red Cross to help the flood victims', 'asked UNICEF to help with vaccinations'), though
accusing them or asking them for a loan is political ('accused the Red Cross of spying')."""
_RELIEF_SETTING = re.compile(r"\b(?:" + "|".join(sorted(RELIEF_WORDS)) + r")\b", re.IGNORECASE)
"""A sentence about a disaster, an epidemic or relief (RELIEF_WORDS)."""
COERCED_TARGET_SECTORS = frozenset({"MED"})
"""Bare targets that make a bare government's act political only when it coerces them ('expelled two foreign
journalists')."""
NAMED_STATE_PARTY_SECTORS = POLITICAL_TARGET_SECTORS | ARMED_SECTORS | frozenset({"GOV", "LEG", "JUD", "ELI", "MED"})
"""Agents of a named country that a bare government's act may be aimed at: its officials, forces, parties and
media ('expelled two American diplomats'); not its civilians, businesses or teams."""
_ABBREVIATED_NAME = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}")
"""'U.S.', 'UK': a short form that, like a nationality, qualifies the noun after it ('a U.S. firm')."""
_QUALIFIED_ACT_GAP = re.compile(r"\s+(?:(?!(?:of|in|on|at|for|to|by|with|from|over|about)\s)[a-z]+\s+){0,2}")
"""'the American air raids', 'French nuclear tests': at most two words between a nationality and the act it
names, none a preposition ('the Brazilian club of breaching' names a club, not an act)."""
BARE_READING_SECTORS = (
    STATELESS_SECTORS | UNATTRIBUTED_SOURCE_SECTORS | POLITICAL_TARGET_SECTORS | COERCED_TARGET_SECTORS | {"GOV"}
)
"""The agents roles are read again with when looking for a bare political source and its target."""
_COMMON_PRISONERS = re.compile(r"(?!.*\bpolitical\b).*\b(?:prisoners?|inmates?|detainees?|convicts?)", re.I)
"""Prisoners are filed with the opposition in the agent table; only political prisoners make an act political
('arrested two escaped inmates' is crime news)."""
_BARE_OPPOSITION = re.compile(r"opposition(?:\s+(?:leaders|parties))?", re.IGNORECASE)
BARE_OPPOSITION_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
"""The opposition is coded, with no country, for its accusations of someone named ('accused the government of
rigging the vote'), rejections, demands and threats; not for boycotts and walkouts, which are as often
parliament's business ('boycotted the budget debate'), nor for criticism of a policy ('attacked the government's
economic record')."""
_SPORT_SETTING = re.compile(
    r"\b(?:"
    + "|".join(sorted(map(re.escape, SPORT_SETTING_WORDS)))
    + r"|penalty\s+(?:appeal|kick|shootout|spot|area)|whistle|half-time|dressing\s+room)\b",
    re.IGNORECASE,
)
"""'The opposition threatened to walk off the pitch', 'Fans set fire to seats after the match': a sentence set in
sport (SPORT_SETTING_WORDS). Not 'penalty' alone: 'the death penalty'."""
BARE_OPPOSITION_PARTNER_TYPES = frozenset({"AGREE", "CONSULT"})
"""Meetings and agreements of the opposition are coded with a political or state party named ('Opposition leaders
met the U.S. ambassador', 'The opposition agreed to hold talks with the government')."""
BARE_OPPOSITION_PARTNER_SECTORS = POLITICAL_TARGET_SECTORS | {"GOV"}
"""The bare partners that make such a meeting or agreement political: a political actor or the government."""
_BARE_CROWD = re.compile(
    r"(?:student\s+)?(?:protest[eo]rs|demonstrators)|opposition\s+(?:supporters|activists)", re.IGNORECASE
)
_REFUND_DEMANDED = re.compile(r"\s+(?:(?:their|a|full|a\s+full)\s+)?(?:refunds?\b|money\s+back\b)", re.IGNORECASE)
"""'Protesters demanded their money back', 'demanded refunds': customers of a firm, not a political crowd."""
BARE_CROWD_TYPES = frozenset({"PROTEST", "REQUEST"})
"""Protesters, demonstrators and opposition supporters are coded, with no country, for their protests and
demands, and for violence against premises or people of a named country ('Protesters set fire to the Danish
embassy'), never for a clash with no one named."""
_CLAUSE_OPENING_ONLY = re.compile(r"\s*(?:[A-Z][^,;:]*,\s*)?(?:(?i:the)\s+)?(?:(?i:angry|student|[a-z]+-[a-z]+)\s+)?")
"""Nothing, or one opening phrase closed by a comma ('In Sri Lanka, '), before a bare subject, its article and a
word that qualifies a crowd ('angry', 'anti-government', 'pro-democracy')."""
_DATED_VERB_GROUP_GAP = re.compile(rf"\s*(?:(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today)\s+)?{_VERB_GROUP}", re.I)
"""'The government on Monday rejected', 'The regime yesterday accused': a day may stand before the verb group."""
_SETTING_OPENING = re.compile(r"\s*In\s+(?:the\s+)?")
_SETTING_CLOSE = re.compile(r",\s*(?:the\s+)?")
"""'In Sri Lanka, the government ...': a country named as the setting that opens the sentence. A city does not
count: talks and conferences are held in cities abroad ('In Geneva, the government rejected ...')."""
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")


def bare_political_source(
    trigger: Trigger,
    triggers: Sequence[Trigger],
    actors: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    text: str,
    report_start: int,
    country_names: Mapping[str, str],
) -> ActorMention | None:
    """The subject that opens the sentence with a bare political word and no nationality, as PETRARCH codes a
    bare GOV or OPP: the event stands with the source country null rather than being lost, for acts the word can
    only mean politically (`_bare_political_act`):

    - 'the government', 'the authorities', 'the regime', 'the junta', 'the cabinet', 'the prime minister', 'the
      president' (`BARE_GOVERNMENT_WORDS`) for acts aimed at a political actor or a state party of a named
      country ('The authorities expelled two foreign journalists', 'The government held talks with the United
      States'), and for curfews and states of emergency;
    - 'the opposition', 'opposition leaders|parties' for accusations, rejections, demands and threats ('Opposition
      leaders demanded the president's resignation'), and meetings and agreements with a political party;
    - protesters and demonstrators for protests and demands ('Thousands of protesters marched on the US embassy').

    A country named as the setting that opens the sentence gives the source its country ('In Sri Lanka, the
    government rejected the rebels' demands'); nothing else does, not even the dateline ('BEIRUT - The regime
    accused ...' may be Syria's). Officials, diplomats, courts, prosecutors,
    workers and students are left out: in ordinary news they are as often about storms, trials, pay or sport.
    """
    usable = [m for m in actors if not text.endswith("-", 0, m.start)]
    if not any(_bare_political_word(m) for m in usable):
        return None
    roles = assign_roles(trigger, usable, text, BARE_READING_SECTORS)
    source, target = roles.source, roles.target
    if source is None and target is not None and target.start == trigger.start and trigger.event_type == "PROTEST":
        source, target = target, None
    if source is None or source.kind != "agent-phrase" or source.country is not None:
        return None
    if not _CLAUSE_OPENING_ONLY.fullmatch(text, report_start, _phrase_start(text, source.start)):
        return None
    if _NATIONALITY_AFTER.match(text[source.end :]) or not (
        _DATED_VERB_GROUP_GAP.fullmatch(text, source.end, max(source.end, trigger.start))
        or _REPORTED_PRONOUN_GAP.fullmatch(text, source.end, trigger.start)
    ):
        return None
    if not _bare_political_act(trigger, triggers, source, target, usable, text):
        return None
    setting = next(
        (
            place.country
            for place in places
            if report_start <= place.start
            and place.end <= source.start
            and place.feature == "country"
            and _SETTING_OPENING.fullmatch(text, report_start, place.start)
            and _SETTING_CLOSE.fullmatch(text, place.end, source.start)
        ),
        None,
    )
    return source if setting is None else _agent_of_country(source, setting, country_names, "country-of-setting")


def _bare_political_word(mention: ActorMention) -> bool:
    """A government, opposition or crowd word with no country that `bare_political_source` may take: the roles
    are read again only when the sentence names one."""
    if mention.kind != "agent-phrase" or mention.country is not None:
        return False
    surface = mention.surface.lower()
    if mention.sector == "GOV":
        return surface in BARE_GOVERNMENT_WORDS
    return mention.sector == "OPP" and bool(_BARE_OPPOSITION.fullmatch(surface) or _BARE_CROWD.fullmatch(surface))


def _bare_political_act(
    trigger: Trigger,
    triggers: Sequence[Trigger],
    source: ActorMention,
    target: ActorMention | None,
    actors: Sequence[ActorMention],
    text: str,
) -> bool:
    """Whether a bare government, opposition or crowd word can only mean a political actor doing this act (see
    `bare_political_source`). A threat with no target named is judged by the act threatened: 'threatened to
    dissolve the opposition party' as a ban on a party, 'threatened to cut pensions' as nothing."""
    surface = source.surface.lower()
    event_type = trigger.event_type
    if not _bare_political_word(source):
        return False
    if source.sector == "GOV":
        if not _DEFINITE_BEFORE.search(text, 0, source.start) or text.startswith(" of ", source.end):
            return False
        if target is None and event_type == "THREATEN":
            return any(
                _bare_political_act(
                    threatened,
                    (),
                    source,
                    assign_roles(threatened, actors, text, BARE_READING_SECTORS).target,
                    actors,
                    text,
                )
                for threatened in triggers
                if threatened.embedded_in == trigger.entry_id and threatened.start >= trigger.end
            )
        if target is None:
            return trigger.cameo_code.startswith(BARE_GOVERNMENT_UNAIMED_CAMEO_PREFIXES)
        return event_type in BARE_GOVERNMENT_TYPES and (
            _named_state_party(target, triggers, actors, text)
            or (
                target.sector in POLITICAL_TARGET_SECTORS
                and not _COMMON_PRISONERS.match(target.surface)
                and not (
                    target.sector in RELIEF_BODY_SECTORS and event_type == "REQUEST" and _RELIEF_SETTING.search(text)
                )
            )
            or (target.sector in COERCED_TARGET_SECTORS and event_type == "COERCE")
        )
    if _BARE_OPPOSITION.fullmatch(surface):
        if not (_DEFINITE_BEFORE.search(text, 0, source.start) or surface != "opposition"):
            return False
        if surface == "opposition" and _SPORT_SETTING.search(text):
            return False
        aimed = target is not None and not _POSSESSIVE_AFTER.match(text, target.end)
        if event_type in BARE_OPPOSITION_PARTNER_TYPES:
            return target is not None and (
                _named_state_party(target, triggers, actors, text) or target.sector in BARE_OPPOSITION_PARTNER_SECTORS
            )
        return event_type in BARE_OPPOSITION_TYPES and (aimed or event_type != "ACCUSE")
    if _BARE_CROWD.fullmatch(surface) and not _CELEBRATION.search(text):
        if _SPORT_SETTING.search(text) or (event_type == "REQUEST" and _REFUND_DEMANDED.match(text, trigger.end)):
            return False
        return event_type in BARE_CROWD_TYPES or (
            _reads_as_attack(trigger) and target is not None and _named_state_party(target, triggers, actors, text)
        )
    return False


_POSSESSED_NAME = re.compile(r"['’]s\s+(?=[A-Z])")


def _possessed_non_actor(target: ActorMention, actors: Sequence[ActorMention], text: str) -> bool:
    """'Germany's Siemens', 'India's Tata', 'America's biggest tobacco firm': the possessive names a firm or a
    name no actor covers, which the country only owns; 'Iraq's offer', 'Iran's foreign minister' keep the
    country."""
    possessive = _POSSESSIVE_AFTER.match(text, target.end)
    if possessive is None:
        return False
    if _NON_ACTOR_HEAD_AFTER.match(text, possessive.end() - 1):
        return True
    name = _POSSESSED_NAME.match(text, target.end)
    return name is not None and not any(m.start == name.end() for m in actors)


_PEOPLE_DEMONYM = re.compile(r"[A-Z][a-z]+s")
"""'Americans', 'Britons': a people named by a plural nationality noun; with 'the' before it ('condemned the
Americans') it is as often the state or its forces."""


def _named_state_party(
    target: ActorMention, triggers: Sequence[Trigger], actors: Sequence[ActorMention], text: str
) -> bool:
    """A target of a named country that is a state or a political party to it, not a private one that a
    nationality only qualifies: 'Pakistan', 'the American ambassador', 'the U.S. invasion' (an act the sentence
    names), not 'a Russian firm', 'the Brazilian football team', 'Japanese investors', 'British tourists' or a
    people with no article ('urged Americans to get vaccinated': the president may be their own). A
    country's own name before a lower-case word is the subject of a clause ('demanded that Afghanistan hand
    over the suspects'). A country that owns a firm or a name no actor covers ('Germany's Siemens', 'America's
    biggest tobacco firm') is not the party (`_possessed_non_actor`)."""
    if target.country is None or _possessed_non_actor(target, actors, text):
        return False
    if target.kind == "agent-phrase":
        return target.sector in NAMED_STATE_PARTY_SECTORS
    nationality = "nationality" in target.basis.split("+")
    if target.kind == "country" and nationality and _PEOPLE_DEMONYM.fullmatch(target.surface):
        return bool(_DEFINITE_BEFORE.search(text, 0, target.start))
    adjective = nationality or bool(_ABBREVIATED_NAME.fullmatch(target.surface))
    if target.kind != "country" or not adjective or not _MODIFIED_NOUN_AFTER.match(text[target.end :]):
        return True
    if _NON_ACTOR_HEAD_AFTER.match(text, target.end):
        return False
    return any(_QUALIFIED_ACT_GAP.fullmatch(text, target.end, act.start) for act in triggers if act.start > target.end)


_INTERRUPTION_OPENING = re.compile(
    r"\s*(?:who|whose|which|along\s+with|together\s+with|under|on|in|at|during|after|before|with|like|unlike"
    r"|despite|for|to|a|an|the|his|her|its|their|[a-z]{3,}ing|[a-z]{3,}(?:ed|en)\s+by)\b"
)
"""'Syria, which has troops in Lebanon, ...', 'Reagan, speaking in Geneva, ...', 'Egypt, along with Saudi Arabia,
...', 'students, joined by workers, ...': the lower-case word that opens a relative clause, a participle, a
prepositional phrase or an appositive noun phrase set off by commas after a subject."""
_INTERRUPTION_REPORT = re.compile(r"\b(?:said|says|told|tells|and|but|or)\b")
"""'Syria, officials said, ...', 'Egypt, and later Jordan, ...': an insert that reports or coordinates is no aside."""
_TIME_WORDS = re.compile(r"\b(?:yesterday|today|overnight|(?:late|early)\s+(?=on\b))", re.IGNORECASE)
MAX_INTERRUPTION_WORDS = 14


def interrupted_subject(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The subject that opens the sentence when one aside set off by commas stands between it and the verb,
    which may come after a day ('Russian President Boris Yeltsin, who is recovering from pneumonia, on Thursday
    accused NATO', 'Egypt, along with Saudi Arabia, condemned', 'Haitian military leader Raoul Cedras, under U.S.
    pressure, agreed'): the last actor of the opening phrase, whose actors are joined only by 'and' or by
    titles. The aside opens with a relative pronoun, a participle, a preposition or a determiner, holds no other
    comma, no reporting verb and no coordination; an actor inside it ('Lebanon' in 'Syria, which has troops in
    Lebanon, rejected') is never the subject."""
    if trigger.passive or _PARTICIPLE.fullmatch(trigger.text):
        return None
    closing = _comma_before_verb(trigger, text)
    if closing is None:
        return None
    usable = [m for m in actors if _is_participant(m) and m.end <= closing]
    if not usable or len(text[: _phrase_start(text, usable[0].start)].split()) > MAX_SUBJECT_OPENING_WORDS:
        return None
    comma = text.find(", ", usable[0].start)
    opening = [m for m in usable if m.end <= comma]
    if comma >= closing or not opening or text[opening[-1].end : comma].strip():
        return None
    if not all(
        _COORDINATOR.fullmatch(text, left.end, right.start) or _QUALIFIER_GAP.fullmatch(text, left.end, right.start)
        for left, right in itertools.pairwise(opening)
    ):
        return None
    subject = opening[-1]
    aside = text[subject.end + 1 : closing]
    if (
        ", " in aside
        or any(mark in aside for mark in ';:"')
        or _INTERRUPTION_REPORT.search(aside)
        or not _INTERRUPTION_OPENING.match(aside)
        or len(aside.split()) > MAX_INTERRUPTION_WORDS
    ):
        return None
    return subject


def _comma_before_verb(trigger: Trigger, text: str) -> int | None:
    """Where the last comma before the trigger is, when only a verb group, a date or a time word stand between
    them ('..., on Thursday accused'), or None."""
    closing = text.rfind(", ", 0, trigger.start)
    if closing < 0:
        return None
    gap = _TIME_WORDS.sub(" ", _DATE_PHRASE.sub(" ", text[closing + 1 : trigger.start]))
    return closing if _VERB_GROUP_GAP.fullmatch(gap) else None


def _aside_before(trigger: Trigger, text: str) -> tuple[int, int] | None:
    """The commas that open and close an aside right before the verb ('students, joined by workers, marched'; see
    `interrupted_subject`), or None."""
    closing = _comma_before_verb(trigger, text)
    opening = text.rfind(", ", 0, closing) if closing else -1
    if closing is None or opening < 0 or not _INTERRUPTION_OPENING.match(text, opening + 1, closing):
        return None
    return opening, closing


def _inside_aside(mention: ActorMention, trigger: Trigger, text: str) -> bool:
    """'Tens of thousands of students, joined by actors and workers, marched': an actor inside the aside right
    before the verb is not its subject."""
    aside = _aside_before(trigger, text)
    return aside is not None and aside[0] < mention.start < aside[1]


_SECOND_VERB_OPENING = re.compile(r"\s+and\s+(?:(?:then|later|also)\s+)?$")
"""'... met President Clinton on Tuesday and urged': 'and' right before the verb, with no subject of its own."""
_FIRST_PAST_VERB = re.compile(
    r"\s+(?:(?:has|have|had|also|then|[a-z]+ly|on\s+[A-Z][a-z]+day)\s+)*"
    r"(?:[a-z]{3,}ed|met|told|sent|held|saw|took|gave|spoke|flew|went|came|made|began)\b"
)
"""The verb right after the opening subject: 'King Hussein of Jordan met', 'Rafsanjani arrived'."""
_OWN_CLAUSE_IN_GAP = re.compile(r"[;:\"]|\b(?:who|whom|which|that|said|says|told|after|when|while|because|as|but)\b")
"""A mark or word that opens a clause with a subject of its own between the first verb and 'and'."""


def coordinated_verb_subject(trigger: Trigger, actors: Sequence[ActorMention], text: str) -> ActorMention | None:
    """The subject that opens the sentence, for a second verb joined by 'and' that has none of its own:
    'King Hussein of Jordan met President Clinton at the White House on Tuesday and urged him to press Israel',
    'Rafsanjani arrived in Khartoum and urged Sudan to resist'. The first verb must follow the subject directly,
    and nothing between it and 'and' may open a clause of its own ('met Clinton, who later urged', 'said that') or
    report one ('Pakistan claimed India massed troops and threatened': India threatened)."""
    and_word = _SECOND_VERB_OPENING.search(text, 0, trigger.start)
    if and_word is None or trigger.passive:
        return None
    usable = [m for m in actors if _is_participant(m) and m.end <= and_word.start()]
    if not usable or len(text[: _phrase_start(text, usable[0].start)].split()) > MAX_SUBJECT_OPENING_WORDS:
        return None
    subject = _coordinated_forward(usable, text)[-1]
    first_verb = _FIRST_PAST_VERB.match(text, subject.end)
    if (
        first_verb is None
        or _OWN_CLAUSE_IN_GAP.search(text, first_verb.end(), and_word.start())
        or _REPORTED_CLAUSE.search(text, first_verb.start(), and_word.start())
        or _REPORTING_VERB.search(text, first_verb.start(), and_word.start())
    ):
        return None
    return subject


_PARTNER_PRONOUN_AFTER = re.compile(r"\s+(?:(?:with|to)\s+)?(?P<pronoun>him|her|them)\b", re.IGNORECASE)
"""'urged him', 'signed a deal with him': the pronoun right after the trigger, bare or after 'with' or 'to'."""
_PRONOUN_AFTER_VERB = re.compile(r"[A-Za-z-]+\s+(?P<pronoun>him|her|them)\b", re.IGNORECASE)
"""'pressed him to': a pronoun object that the trigger's own pattern takes in after its verb."""
_POSSESSED_TITLE = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:president|prime\s+minister|premier|leader|king|queen|chancellor|foreign\s+minister"
    r"|envoy|ambassador)\b"
)
""""Ukraine's new president": a country's office holder, whom 'him' or 'her' may stand for."""


def first_verb_object_of(
    trigger: Trigger, subject: ActorMention, actors: Sequence[ActorMention], text: str
) -> ActorMention | None:
    """'met President Clinton ... and urged him', "met Ukraine's new president and urged him", 'met Berlusconi and
    signed a deal with him': a pronoun object or partner of a second verb that shares the subject names the object
    of the first, the actor right after the first verb, when the pronoun can stand for it."""
    pronoun = _PARTNER_PRONOUN_AFTER.match(text, trigger.end) or _PRONOUN_AFTER_VERB.match(text, trigger.start)
    first_verb = _FIRST_PAST_VERB.match(text, subject.end)
    if pronoun is None or first_verb is None:
        return None
    following = next((m for m in actors if m.start >= first_verb.end() and m.end <= trigger.start), None)
    if following is None or text[first_verb.end() : following.start].strip().lower() not in {"", "the", "with"}:
        return None
    word = pronoun.group("pronoun").lower()
    stands_for = following.kind in _OBJECT_PRONOUN_KINDS[word] or (
        word != "them" and bool(_POSSESSED_TITLE.match(text, following.end))
    )
    return following if stands_for else None


def _bare_armed_agent(mention: ActorMention) -> bool:
    """An agent that counts as an actor only as an unattributed source ('rebels', 'soldiers', 'police')."""
    return not _is_participant(mention) and _is_participant(mention, STATELESS_SECTORS | UNATTRIBUTED_SOURCE_SECTORS)


def unlisted_name_subject(
    trigger: Trigger, actors: Sequence[ActorMention], places: Sequence[PlaceMention], text: str, table: ActorTable
) -> ActorMention | None:
    """'Juan Guaido rejected the plan': two or three capitalized words that open the clause right before the
    verb, start with a known given name, and that no actor, place, title, calendar or common word accounts
    for name a person the actor table does not list. The event keeps the name, with no country, rather than
    being lost; 'Hurricane Katrina destroyed' or 'Separately Jones condemned' name nobody."""
    match = _NAME_BEFORE_VERB.search(text, 0, trigger.start)
    if match is None:
        return None
    start, end = match.span("name")
    words = [fold_text(word) for word in re.findall(r"[A-Za-z]+", match.group("name"))]
    spans = [(item.start, item.end) for item in actors] + [(place.start, place.end) for place in places]
    if (
        words[0] not in table.known_given_names
        or any(word in table.not_given_names for word in words)
        or any(a < end and start < b for a, b in spans)
    ):
        return None
    name = match.group("name")
    return _mention_without_country(
        start=start,
        end=end,
        surface=name,
        actor_id=f"unlisted:{'-'.join(words)}",
        actor_name=name,
        kind="person",
        reason="not in the actor table: a name right before the verb, country unknown",
        basis="unlisted-name-subject",
    )


def _mention_without_country(
    *, start: int, end: int, surface: str, actor_id: str, actor_name: str, kind: MentionKind, reason: str, basis: str
) -> ActorMention:
    """An actor the tables do not resolve, with no country, role or code."""
    return ActorMention(
        start=start,
        end=end,
        surface=surface,
        actor_id=actor_id,
        actor_name=actor_name,
        kind=kind,
        country=None,
        role=None,
        sector=None,
        code=None,
        role_checked=False,
        unresolved_reason=reason,
        basis=basis,
    )


def _is_state(mention: ActorMention) -> bool:
    """A state or its government ('China', 'Beijing', 'the Kremlin', 'Chinese officials'), not its people
    ('Palestinians', 'the Chinese'), whom a nationality names."""
    return mention.sector == "GOV" or (mention.kind == "country" and mention.basis != "nationality")


def _attributive_city(mention: ActorMention, text: str) -> bool:
    """A capital that stands for its government ('Belgrade rejected') but here modifies a common noun after a
    determiner: 'a major Belgrade boulevard', 'the Moscow metro'; 'the Ankara government' still names it, and so
    does a preposition ('an apology from Washington after')."""
    words_before = text[: mention.start].split()
    return (
        mention.kind == "country"
        and mention.sector == "GOV"
        and not (words_before and words_before[-1].lower() in PREPOSITIONS)
        and bool(_DETERMINER_BEFORE.search(text[: mention.start]))
        and bool(_MODIFIED_NOUN_AFTER.match(text[mention.end :]))
    )


def _is_participant(mention: ActorMention, stateless_sectors: frozenset[str] = STATELESS_SECTORS) -> bool:
    """Bare agent words with no country ('people', 'officials') name nobody an analyst could count."""
    return (
        mention.kind != "agent-phrase"
        or mention.country is not None
        or mention.sector in stateless_sectors
        or BLOC_NOTE in mention.basis.split("+")
    )


def _coordinated(mentions_from_trigger: Sequence[ActorMention], text: str) -> list[ActorMention]:
    """The run of actors joined only by commas and 'and', starting from the one nearest the trigger. A run
    that a preposition governs ('talks with Israel and Egypt') is no subject, but ', and' may open a clause
    of its own: 'imposed sanctions on Belarus, and Russia condemned'."""
    group = [mentions_from_trigger[0]]
    for mention in mentions_from_trigger[1:]:
        if not _COORDINATOR.fullmatch(text[mention.end : group[-1].start]):
            break
        group.append(mention)
    while group and _governed_by_preposition(text, group[-1]):
        joint = text[group[-1].end : group[-2].start] if len(group) > 1 else ""
        if "and" in joint:
            return group[:-1] if "," in joint else []
        group.pop()
    return group


def _is_agent_of(trigger: Trigger, gap: str) -> bool:
    """'was struck by X', 'attacks on Idlib by X': a by-phrase names the trigger's agent when the trigger is
    passive, or when it follows the trigger directly or through a short prepositional phrase without a comma
    or a participle. An object in between ('condemned the shelling by X') or a later participle ('a ship in
    the Beagle Channel, disputed by Argentina') takes the by-phrase for itself, and so does the verb of a later
    clause ('was shot dead at the memorial, and the gunman was killed by police'). A meeting called off in the
    active names its visitor, not the one who called it off, after 'by' ('cancelled a visit by the Chinese
    minister')."""
    if not _AGENT_BY.search(gap):
        return False
    if trigger.passive:
        return not _NEW_CLAUSE_IN_GAP.search(gap)
    if _refuses_meeting(trigger):
        return False
    if _ORGANIZER_PARTICIPLE_BY.match(gap):
        return True
    words = gap.split()
    return (
        "," not in gap
        and len(words) <= MAX_AGENT_GAP_WORDS
        and words[0].lower() in PREPOSITIONS
        and not any(word.islower() and word.endswith("ed") for word in words)
    )


def target_prepositions(trigger: Trigger) -> frozenset[str]:
    """The prepositions that introduce the trigger's target: those of its event type, for a cancelled or
    boycotted meeting those of the meeting's partner (MEETING_PARTNER_PREPOSITIONS), for a refused request or
    offer 'from' (REFUSED_PROPOSAL_NOUNS), and for a threat read from an act announced under a condition those
    of the acts threatened ('would tighten the embargo on Serbia')."""
    if _refuses_meeting(trigger):
        return MEETING_PARTNER_PREPOSITIONS
    if CONDITIONAL_THREAT_CUE in trigger.cue.split("; "):
        return CONDITIONAL_THREAT_PREPOSITIONS
    if trigger.event_type == "REJECT" and trigger.text.split()[-1].lower() in REFUSED_PROPOSAL_NOUNS:
        return frozenset({"from"})
    return TARGET_PREPOSITIONS.get(trigger.event_type, frozenset())


def _trailing_preposition(trigger: Trigger) -> str | None:
    words = trigger.text.split()
    last = words[-1].lower() if words else ""
    return last if last in PREPOSITIONS else None


def _slot_preposition(trigger: Trigger, text: str, start: int) -> tuple[str, int] | None:
    """The preposition that marks the actor at `start` as the trigger's target, with the number of words
    between: one the lexicon pattern ends in ('withdrew its forces from', 'fired missiles at'), with nothing
    between, or one the event type admits after a few lower-case words ('paid a visit to', 'demanded an
    apology from'), also past an 'of' phrase ('recaptured the town of Badme from')."""
    if start <= trigger.end:
        return None
    allowed = target_prepositions(trigger)
    between = text[trigger.end : start]
    gap = _SLOT_GAP.fullmatch(between if "of" in allowed else _INNER_OF_PHRASE.sub(" ", between))
    if gap is None:
        return None
    words = gap.group("words").split()
    trailing = _trailing_preposition(trigger)
    if trailing is not None:
        return (trailing, 0) if not words and trailing in DIRECTION_PREPOSITIONS else None
    if (
        0 < len(words) <= MAX_OBJECT_GAP_WORDS
        and words[-1] in allowed
        and all(word in allowed for word in words if word in PREPOSITIONS)
    ):
        return words[-1], len(words)
    return None


def _fills_target_slot(trigger: Trigger, text: str, start: int) -> bool:
    """A country or capital that a preposition would make a place is the target when it fills the trigger's
    target slot (`_slot_preposition`), but not after travel ('flew to Moscow for talks'), which names a
    destination, unless what travels is aid ('flew food aid to Somalia'), nor after a withdrawal that is not the
    act ('rejected a demand for a withdrawal from X')."""
    slot = _slot_preposition(trigger, text, start)
    if slot is None or slot[0] not in RESCUED_PLACE_PREPOSITIONS:
        return False
    words_before = (trigger.text + " " + _INNER_OF_PHRASE.sub(" ", text[trigger.end : start])).split()
    travel = None if trigger.event_type == "AID" else _TRAVEL_WORD.search(" ".join(words_before))
    head = words_before[-2] if len(words_before) >= 2 else ""
    withdrawal = trigger.event_type != "RETREAT" and bool(_WITHDRAWAL_WORD.fullmatch(head))
    return travel is None and not withdrawal


def _phrase_start(text: str, start: int) -> int:
    """Where the noun phrase of the actor at `start` begins, taking in group and quantity heads before it."""
    while (match := _PHRASE_HEAD_BEFORE.search(text[:start])) is not None:
        start = match.start()
    return start


def _governed_by_preposition(text: str, mention: ActorMention) -> bool:
    """Whether a preposition governs the actor's phrase ('talks with Iran', 'leaders of Romania's government'),
    unless the phrase is the owner of a head that opens the sentence ('The army of North Korea threatened') and
    the actor is one the tables list, not a name guessed from its form ('The president of the Olympic committee')."""
    opening = text[: _phrase_start(text, mention.start)]
    if not _PREPOSITION_BEFORE.search(opening):
        return False
    listed = (mention.country is not None or mention.code is not None) and "unlisted" not in mention.basis
    return not (listed and _owned_opening_head(opening))


def _owned_opening_head(opening: str) -> bool:
    match = _OPENING_HEAD.fullmatch(opening)
    if match is None:
        return False
    words = (match.group("after_article") or match.group("bare")).lower().split()
    return not any(
        word in PREPOSITIONS or word in _UNOWNED_OPENING_HEADS or word.endswith(("ing", "ed")) for word in words
    )


def _object_group(trigger: Trigger, after: Sequence[ActorMention], text: str) -> list[ActorMention]:
    return _object_group_from(_object_after(trigger, after, text), after, text)


def _object_group_from(first: ActorMention | None, after: Sequence[ActorMention], text: str) -> list[ActorMention]:
    if first is None:
        return []
    return _coordinated_forward(after[after.index(first) :], text) if first in after else [first]


def _coordinated_forward(mentions: Sequence[ActorMention], text: str) -> list[ActorMention]:
    """The first mention and those joined to it, in reading order, by nothing but commas and 'and'."""
    group = [mentions[0]]
    for mention in mentions[1:]:
        if not _COORDINATOR.fullmatch(text[group[-1].end : mention.start]):
            break
        group.append(mention)
    return group


def _object_after(
    trigger: Trigger, after: Sequence[ActorMention], text: str, exclude: ActorMention | None = None
) -> ActorMention | None:
    """The first actor after the trigger that the words between mark as its target. The by-phrase of an agent
    (`exclude`, with the actors coordinated with it: 'by Syrian and Russian jets'), a named place ('a rally
    in Manila on Sunday against X') and, for types that take no 'of' target, an 'of' phrase with no actor that
    another preposition follows ('recaptured the town of Badme from X') do not count among those words; a place
    or topic preposition the pattern ends in ('marched in', 'conferred about') does. An actor in an 'of' phrase
    ('demanded the withdrawal of Syrian troops from') ends the search, unless a later actor fills the target slot
    (`_fills_target_slot`): who holds what is asked for ('requested the extradition of cleric Fethullah Gulen from
    the United States')."""
    allowed = target_prepositions(trigger)
    trailing = _trailing_preposition(trigger)
    agent_end = exclude.end if exclude is not None and exclude.start >= trigger.end else None
    for mention in after:
        if mention is exclude:
            continue
        if (
            agent_end is not None
            and agent_end <= mention.start
            and _COORDINATOR.fullmatch(text[agent_end : mention.start])
        ):
            agent_end = mention.end
            continue
        gap_start = agent_end if agent_end is not None and agent_end <= mention.start else trigger.end
        gap = text[gap_start : mention.start]
        if _second_verb_object(trigger, text, mention.start) or _meeting_infinitive_object(trigger, gap):
            return None
        if _inside_requested_act(trigger, gap):
            return None
        if trailing in SETTING_PREPOSITIONS and gap_start == trigger.end:
            gap = f"{trailing}{gap}"
        gap = _PARTITIVE_IN_GAP.sub(" ", _QUANTITY.sub(" ", _DATE_PHRASE.sub(" ", gap)))
        gap = _CAPITALIZED_PLACE_PHRASE.sub(" ", _NAMED_PLACE_OF.sub(" ", gap))
        if _reads_as_attack(trigger):
            gap = _PREMISES_OF.sub(" ", gap)
        if "of" not in allowed:
            gap = _INNER_OF_PHRASE.sub(" ", gap)
        if "," in gap:
            return None
        words = re.findall(r"[A-Za-z][A-Za-z'-]*", gap)
        prepositions = [word.lower() for word in words if word.lower() in PREPOSITIONS]
        limit = MAX_MARKED_GAP_WORDS if prepositions and prepositions[-1] in allowed else MAX_OBJECT_GAP_WORDS
        if len(words) > limit:
            return None
        if not prepositions and "topic-object" in trigger.roles:
            continue
        if trigger.event_type == "ACCUSE" and prepositions and _complement_of_noun(words):
            return None
        if all(preposition in allowed for preposition in prepositions) and not _TOPIC_WORDS.search(
            " ".join(words[-2:])
        ):
            return mention
        if prepositions[-1:] == ["of"] and "of" not in allowed and _holder_follows(trigger, after, mention, text):
            continue
        if prepositions:
            return None
    return None


def _holder_follows(trigger: Trigger, after: Sequence[ActorMention], mention: ActorMention, text: str) -> bool:
    """'requested the extradition of cleric Fethullah Gulen from the United States': an actor after `mention`
    fills the trigger's target slot past the 'of' phrase that names what is asked for."""
    return any(later.start > mention.end and _fills_target_slot(trigger, text, later.start) for later in after)


def _refuses_meeting(trigger: Trigger) -> bool:
    """A meeting refused (CAMEO 125) or called off (lexicon role `meeting-partner`: 'cancelled talks with
    Turkey', 164; 'canceled a state visit to the United States', 161): its target is the meeting's partner."""
    return trigger.cameo_code == REJECTED_MEETING_CAMEO_CODE or MEETING_PARTNER_ROLE in trigger.roles


def _meeting_infinitive_object(trigger: Trigger, gap: str) -> bool:
    """'cancelled a meeting to discuss Syria': the actor right after 'to' and a verb is that verb's object, not
    the partner of the cancelled meeting, who follows 'to' directly ('a visit to Algeria')."""
    return _refuses_meeting(trigger) and bool(_INFINITIVE_OBJECT_GAP.search(gap))


def _of_patients(trigger: Trigger, after: Sequence[ActorMention], text: str) -> list[ActorMention]:
    """'The U.S. bombardment of Baghdad', 'the kidnapping of two Israeli soldiers by Hezbollah': the actor (and
    those coordinated with it) in the 'of' phrase right after a noun of attack is who was attacked. Only read
    when the noun has an agent of its own: 'condemned the bombing of the embassy' names none."""
    if not _reads_as_attack(trigger) or not after or not _PATIENT_OF_NOUN.search(trigger.text):
        return []
    if not _OF_PATIENT_GAP.fullmatch(_QUANTITY.sub(" ", text[trigger.end : after[0].start])):
        return []
    return _coordinated_forward(after, text)


def _qualifies_noun(subjects: Sequence[ActorMention], trigger: Trigger, text: str) -> bool:
    """The last subject is a possessive or adjective of the trigger noun (see `_NOUN_QUALIFIER_GAP`)."""
    return bool(subjects) and bool(_NOUN_QUALIFIER_GAP.fullmatch(text, subjects[-1].end, trigger.start))


def _inside_requested_act(trigger: Trigger, gap: str) -> bool:
    """'urged the West to intervene to stop the Serb offensive', 'called on Arab states to break off relations
    with Israel', 'asked its allies to tighten sanctions on Serbia': an actor past the infinitive of what is asked
    for is that act's party; the addressee is the phrase before 'to', whether or not it names an actor."""
    if trigger.event_type != "REQUEST":
        return False
    addressee_in_trigger = len(trigger.text.split()) >= 3 and trigger.text.lower().endswith(" to")
    return bool(_INFINITIVE_INSIDE_GAP.search(gap)) or (addressee_in_trigger and bool(gap.strip()))


def _second_verb_object(trigger: Trigger, text: str, start: int) -> bool:
    """'bowed to a popular uprising and fled the Philippines': an actor right after 'and' and a second verb is
    that verb's object once the trigger has its own; 'attacked and killed X' shares it."""
    match = _COORDINATED_VERB_GAP.search(text, trigger.end, start)
    return match is not None and len(text[trigger.start : match.start()].split()) >= 2


def _complement_of_noun(words: Sequence[str]) -> bool:
    """'condemned the assassination of Rabin', 'denounced the coup against Gorbachev': the actor after a noun's
    preposition is who the condemned act was done to, not who is blamed."""
    first_preposition = next(i for i, word in enumerate(words) if word.lower() in PREPOSITIONS)
    return any(word.lower() not in _NOUN_COMPLEMENT_WORDS for word in words[:first_preposition])


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    clause_start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= start:
            clause_start = match.end()
        elif match.start() >= end:
            return clause_start, match.start()
    return clause_start, len(text)


def _event_row(
    document: Document,
    segment: Segment,
    sentence: SentenceSpan,
    offset: int,
    trigger: Trigger,
    roles: Roles,
    source: ActorMention,
    list_notes: Sequence[str],
    place: PlaceMention | None,
    sentence_dates: Sequence[DateMention],
    confidence: float,
    run: RunContext,
    lead_paragraph: bool,
) -> dict[str, Any]:
    """One event row. Its id hashes where the trigger is, the event type, the actor ids of source and target
    (which tell apart the rows of one trigger with coordinated actors) and the pipeline version."""
    text = sentence.text
    target = roles.target
    mode = trigger.event_mode
    if trigger.event_type == "CONSULT" and len({m.actor_id for m in roles.participants}) >= 3:
        mode = "multilateral"
    clause_start, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    dates = [mention for mention in sentence_dates if clause_start <= mention.start and mention.end <= clause_end]
    when = choose_event_date(
        dates,
        trigger.start,
        trigger.end,
        text,
        document.published_at,
        trigger.tense,
        # an act in a temporal subordinate clause ('a day after X tested a bomb') happened before the news it
        # explains, so the publication date would be a guess
        current_report=trigger.status == "occurred" and lead_paragraph and BACKGROUND_CUE not in trigger.cue,
    )
    when = _planned_not_in_past(when, trigger, document.published_at)
    trigger_start, trigger_end = offset + trigger.start, offset + trigger.end
    target_id = target.actor_id if target else ""
    span = (document.doc_id, str(trigger_start), str(trigger_end))
    key = "\x1f".join((*span, trigger.event_type, source.actor_id, target_id, run.pipeline_version))
    actor_notes = [m.unresolved_reason for m in (source, target) if m is not None and m.unresolved_reason]
    if target is None:
        actor_notes.append("no target actor in the clause")
    actor_notes.extend(list_notes)
    return {
        "event_id": hashlib.sha256(key.encode()).hexdigest(),
        "doc_id": document.doc_id,
        "cluster_id": None,
        "segment_seq": segment.seq,
        "sentence_text": text,
        "char_start": offset,
        "char_end": offset + len(text),
        "trigger_text": trigger.text,
        "trigger_start": trigger_start,
        "trigger_end": trigger_end,
        "event_type": trigger.event_type,
        "event_mode": mode,
        "cameo_code": trigger.cameo_code,
        "quad_class": QUAD_CLASS[trigger.event_type],
        "source_actor": source.actor_name,
        "source_actor_id": source.actor_id,
        "source_country": source.country,
        "source_sector": source.sector,
        "target_actor": target.actor_name if target else None,
        "target_actor_id": target.actor_id if target else None,
        "target_country": target.country if target else None,
        "target_sector": target.sector if target else None,
        "participants": sorted({m.actor_name for m in roles.participants}) or None,
        "actor_detail": "; ".join(actor_notes) or None,
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geonames_id": place.geonames_id if place else None,
        "location_detail": (
            f"'{place.text}' introduced as the event's place" if place else "no place of the event in the sentence"
        ),
        "event_date": when.value,
        "date_precision": when.precision if when.value else None,
        "date_basis": when.basis,
        "date_text": when.mention.text if when.mention else None,
        "date_detail": when.detail,
        "status": trigger.status,
        "confidence": confidence,
        "rule": f"{trigger.cue}; source={source.surface!r}; target={target.surface if target else None!r}",
        "published_at": document.published_at,
        "pipeline_version": run.pipeline_version,
        "run_id": run.run_id,
        "event_month": month_partition(when.value),
    }


def _planned_not_in_past(when: EventDate, trigger: Trigger, published: dt.date | None) -> EventDate:
    """A planned event dated wholly before publication takes the date of its announcement ('Last week Erdogan
    said troops would deploy'): the event's own date is unknown, and saying so beats a wrong date."""
    if trigger.status != "planned" or when.value is None or published is None or when.mention is None:
        return when
    if when.mention.last_day is None or when.mention.last_day >= published:
        return when
    detail = f"'{when.mention.text}' ({when.value}) dates the announcement of a planned event, not the event"
    return EventDate(None, None, "unknown", detail, None)


def _attach_anaphoric_locations(
    sentences: Sequence[tuple[Segment, SentenceSpan]], resources: ExtractionResources, events: list[dict[str, Any]]
) -> None:
    """'The meeting will take place in Sochi' right after a located-less meeting gives that meeting its place."""
    for segment, sentence in sentences:
        if not _EVENT_ANAPHOR.match(sentence.text):
            continue
        place = event_location(sentence_places(resources, sentence.text), 0, 0, sentence.text)
        sentence_start = segment.char_start + sentence.start
        if place is None:
            continue
        antecedent = next(
            (
                event
                for event in reversed(events)
                if event["char_end"] <= sentence_start
                and event["event_type"] == "CONSULT"
                and event["location_name"] is None
            ),
            None,
        )
        if antecedent is None:
            continue
        antecedent.update(
            location_name=place.name,
            location_country=place.country,
            latitude=place.latitude,
            longitude=place.longitude,
            geonames_id=place.geonames_id,
            location_detail=f"from the later sentence at {sentence_start}: {sentence.text[:120]!r}",
        )


def _uncoded_row(
    document: Document,
    segment: Segment,
    sentence: SentenceSpan,
    offset: int,
    actors: Sequence[ActorMention],
    trigger: Trigger | None,
    reason: str,
    detail: str,
    run: RunContext,
) -> dict[str, Any]:
    trigger_start = offset + trigger.start if trigger else offset
    key = f"{document.doc_id}\x1f{offset}\x1f{trigger_start}\x1f{reason}\x1f{run.pipeline_version}"
    return {
        "uncoded_id": hashlib.sha256(key.encode()).hexdigest(),
        "doc_id": document.doc_id,
        "segment_seq": segment.seq,
        "sentence_text": sentence.text,
        "char_start": offset,
        "char_end": offset + len(sentence.text),
        "actors": sorted({mention.actor_name for mention in actors}),
        "trigger_text": trigger.text if trigger else None,
        "candidate_type": trigger.event_type if trigger else None,
        "reason": reason,
        "detail": detail,
        "pipeline_version": run.pipeline_version,
        "run_id": run.run_id,
        "published_month": month_partition(document.published_at),
    }
