from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventlake.extraction import CORROBORATION_BONUS, TARGET_BONUS
from eventlake.typing_rules import (
    CAMEO_PLOVER_FIELDS,
    CAMEO_PLOVER_PATH,
    CONSULT_MODES,
    PLOVER_TYPES,
    TriggerFinder,
    build_cameo_plover_rows,
    default_finder,
    find_triggers,
    intent_event_type,
    verb_forms,
)
from tests.sentence_events import trigger_with

SHARED_TABLE = (
    Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "plover_gsr" / "CAMEO2PLOVER-2021.txt"
)


def asserted_types(sentence: str) -> set[str]:
    return {trigger.event_type for trigger in find_triggers(sentence) if trigger.polarity == "asserted"}


@pytest.mark.parametrize(
    ("sentence", "words", "mode"),
    [
        (
            "However last week Erdogan and Putin failed to agree on a ceasefire at a three-way summit in Tehran.",
            "summit",
            "multilateral",
        ),
        ("Erdogan will hold talks with Putin at a trilateral meeting with Rouhani.", "hold talks", "multilateral"),
        ("Erdogan and Putin spoke by phone on Tuesday.", "spoke by phone", "phone"),
        ("Putin held a phone call with Erdogan on Friday.", "phone call", "phone"),
        ("Erdogan will travel to Russia's Black Sea resort town for a one-day trip.", "travel to", "visit"),
        ("Iran hosted Turkish President Erdogan in Tehran.", "hosted", "visit"),
        ("Qatar mediated talks between the two sides.", "mediated", "third-party"),
        ("Putin was in Ankara on Thursday to meet with Erdogan.", "meet", "visit"),
        ("Erdogan met Putin in the Russian resort city of Sochi.", "met", None),
    ],
)
def test_consult_and_its_mode(sentence: str, words: str, mode: str | None) -> None:
    trigger = trigger_with(sentence, words)
    assert trigger.event_type == "CONSULT"
    assert trigger.event_mode == mode


@pytest.mark.parametrize(
    ("sentence", "words", "event_type"),
    [
        ("Turkey and Russia agreed to preserve the status-quo in Syria's Idlib region.", "agreed", "AGREE"),
        ("In March 2020, Turkey and Russia reached a ceasefire agreement.", "reached", "AGREE"),
        ("Russia and Turkey reached a deal to establish a demilitarized zone.", "reached a deal", "AGREE"),
        ("The company signed a contract with the ministry.", "signed a contract", "AGREE"),
        (
            "Turkey announced it had signed a contract to purchase the S-400 system.",
            "signed a contract to purchase",
            "COOPERATE",
        ),
        (
            "Moscow and Ankara launched a joint patrolling mission along the M4 highway.",
            "joint patrolling",
            "COOPERATE",
        ),
        ("Russian warplanes have targeted opposition strongholds.", "targeted", "ASSAULT"),
        ("Air strikes on opposition-held areas killed civilians.", "killed", "ASSAULT"),
        ("Russian jets bombed rebel positions on Monday.", "bombed", "ASSAULT"),
        ("Syrian artillery shelled the town overnight.", "shelled", "ASSAULT"),
        ("Syrian government forces launched chemical attacks in three separate incidents.", "launched", "ASSAULT"),
        ("The group has arrested 184 people since September.", "arrested", "COERCE"),
        ("The group has raided a number of villages.", "raided", "COERCE"),
        ("Police detained five journalists in Ankara.", "detained", "COERCE"),
        ("Late last year, the US imposed sanctions on Turkey.", "imposed sanctions", "SANCTION"),
        ("The US ejected Ankara from the Nato-led F-35 programme.", "ejected", "SANCTION"),
        ("Russia blames Turkey for not taking measures against the radical organizations.", "blames", "ACCUSE"),
        ("Putin criticized the presence of the foreign armed forces in Syria.", "criticized", "ACCUSE"),
        ("Erdogan denounced it as a big mistake.", "denounced", "ACCUSE"),
        ("Turkey condemned the attack on the convoy.", "condemned", "ACCUSE"),
        ("A UN commission called on rebel groups to leave urban areas.", "called on", "REQUEST"),
        ("The investigators urged the major powers to step in.", "urged", "REQUEST"),
        ("Turkey has been urging Russia for the full implementation of the March deal.", "urging", "REQUEST"),
        ("Iran threatened to close the strait.", "threatened", "THREATEN"),
        ("HTS has refused to leave the province.", "refused", "REJECT"),
        ("The Palestinians rejected the proposal.", "rejected", "REJECT"),
        ("Russia-backed forces have massed around the Idlib province.", "massed", "MOBILIZE"),
        ("Turkey deployed troops to the border.", "deployed troops", "MOBILIZE"),
        ("Russia pledged support for the Syrian government.", "pledged support", "SUPPORT"),
        ("The two leaders were showering one another with praise.", "praise", "SUPPORT"),
        ("The rebels withdrew heavy weapons from the front line.", "withdrew heavy weapons", "RETREAT"),
        ("The army pulled back its troops from the cities.", "pulled back its troops", "RETREAT"),
        ("Turkey made concessions to Russia.", "made concessions", "CONCEDE"),
        ("The United States sent humanitarian aid to Syria.", "sent humanitarian aid", "AID"),
        ("Thousands of protesters staged a protest in Istanbul.", "staged a protest", "PROTEST"),
        ("UN investigators opened an investigation into the attacks.", "opened an investigation", "ACCUSE"),
    ],
)
def test_event_types(sentence: str, words: str, event_type: str) -> None:
    trigger = trigger_with(sentence, words)
    assert trigger.event_type == event_type
    assert trigger.polarity == "asserted"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Russian President Vladimir Putin and Erdogan will meet in Sochi on Monday.", "meet"),
        ("Erdogan is scheduled to meet Putin on October 27.", "meet"),
        ("The two presidents are expected to make a press statement following their talks.", "talks"),
        ("Turkish, Russian leaders to meet for critical talks on Syria's Idlib", "meet"),
        ("A meeting between the two leaders is being prepared.", "meeting"),
        ("A separate bilateral meeting is also planned in this context, he added.", "meeting"),
        ("Buravov indicated that Erdogan and Putin would hold the bilateral meeting on October 27.", "hold"),
        ("Moscow and Ankara are expected to conduct joint patrols along the buffer zone.", "joint patrols"),
    ],
)
def test_planned(sentence: str, words: str) -> None:
    trigger = trigger_with(sentence, words)
    assert (trigger.status, trigger.tense, trigger.polarity) == ("planned", "future", "asserted")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Erdogan met Putin in Sochi.", "met"),
        ("French deputies held talks with leaders of Romania's new government on Tuesday.", "held talks"),
        ("The latest in-person meeting between the two presidents took place in March 2020.", "meeting"),
        ("Turkey and Russia had agreed on a truce in March 2020.", "agreed"),
        ("Turkey and Russia reached a ceasefire agreement.", "reached"),
    ],
)
def test_occurred_in_the_past(sentence: str, words: str) -> None:
    trigger = trigger_with(sentence, words)
    assert (trigger.status, trigger.tense, trigger.polarity) == ("occurred", "past", "asserted")


@pytest.mark.parametrize(
    ("sentence", "words", "polarity"),
    [
        ("However last week Erdogan and Putin failed to agree on a ceasefire.", "agree", "failed"),
        ("Erdogan did not meet Putin.", "meet", "negated"),
        ("No talks took place between the two leaders.", "talks", "negated"),
        ("Russia never attacked the convoy.", "attacked", "negated"),
        ("Russia denied attacking the convoy.", "attacking", "negated"),
        ("Russia could attack the town.", "attack", "hypothetical"),
        ("Russia may impose sanctions on Turkey.", "impose sanctions", "hypothetical"),
        ("Turkey might withdraw its troops.", "withdraw its troops", "hypothetical"),
        ("If Russia attacks, Turkey will respond.", "attacks", "hypothetical"),
        ("Turkey would accept the plan only if Russia withdrew.", "accept", "hypothetical"),
        ("Turkey and Russia were supposed to withdraw heavy weapons.", "withdraw", "hypothetical"),
        ("Russia should release the prisoners.", "release", "hypothetical"),
        ("It was not immediately clear whether Turkey agreed to any concessions.", "agreed", "hypothetical"),
        ("Turkey could purchase the second batch of S-400 air defense systems.", "purchase", "hypothetical"),
        ("Such an assault could spark one of the worst humanitarian disasters.", "assault", "hypothetical"),
        ("Turkey intensified talks to avert a possible attack.", "attack", "hypothetical"),
        ("Erdogan and Putin met and it is believed they discussed the S-400 purchase.", "discussed", "hypothetical"),
        ("The two sides are thought to have agreed on a truce.", "agreed", "hypothetical"),
        ("Police detained two men suspected of bombing the market.", "bombing", "hypothetical"),
        ("Rebels rejected allegations that they had attacked the convoy.", "attacked", "hypothetical"),
        ("Serb forces shelled the town overnight, the Bosnian government charged.", "shelled", "hypothetical"),
        ("The ministry said there was no evidence that soldiers had fired on protesters.", "fired on", "hypothetical"),
    ],
)
def test_not_asserted(sentence: str, words: str, polarity: str) -> None:
    assert trigger_with(sentence, words).polarity == polarity


def test_met_before_a_speculative_clause_stays_asserted() -> None:
    sentence = "Erdogan and Putin met without others present and it is believed they discussed Libya."
    assert trigger_with(sentence, "met").polarity == "asserted"


def test_a_definite_reference_to_a_known_agreement_is_not_a_new_event() -> None:
    """Even with every corroboration bonus of extraction, 'the deal' stays under the emission threshold."""
    highest_bonus = TARGET_BONUS + 2 * CORROBORATION_BONUS
    for sentence in (
        "Turkey and Russia insist that the deal is holding.",
        "HTS is taking advantage of the Ankara-Moscow ceasefire to consolidate power in Idlib.",
        "Turkey has been urging Russia for the full implementation of the March deal.",
    ):
        for trigger in find_triggers(sentence):
            if trigger.event_type in {"AGREE", "RETREAT"} and trigger.polarity == "asserted":
                assert trigger.confidence + highest_bonus < 0.5, trigger
    assert trigger_with("The deal was signed in Sochi on Monday.", "deal").confidence >= 0.5
    assert trigger_with("Turkey and Russia reached a deal on Idlib.", "reached a deal").confidence >= 0.5


@pytest.mark.parametrize(
    ("sentence", "words", "event_type"),
    [
        ("Syria says it will not accept any more refugees.", "accept", "REJECT"),
        ("The government decided not to allow foreign observers.", "allow", "REJECT"),
        ("Israel will not negotiate with Hamas.", "negotiate with", "REJECT"),
        ("The rebels ruled out a ceasefire.", "ruled out", "REJECT"),
        ("Serb forces shelled the town overnight, the Bosnian government charged.", "charged", "ACCUSE"),
        ("Croatia is failing to protect refugees, a human rights group protested on Wednesday.", "protested", "ACCUSE"),
        ("The opposition leader lashed out at the government.", "lashed out at", "ACCUSE"),
        ("The IAEA dispatched inspectors to the plant.", "dispatched inspectors", "ACCUSE"),
        ("Thousands took to the streets of the capital.", "took to the streets", "PROTEST"),
        ("The rebels will not attend the talks.", "attend the talks", "REJECT"),
        ("The two sides exchanged fire across the border.", "exchanged fire", "ASSAULT"),
        ("A car bomb exploded outside the ministry, killing 12 people.", "bomb", "ASSAULT"),
        ("The junta released the opposition leader.", "released the opposition leader", "RETREAT"),
    ],
)
def test_refusals_accusations_and_other_readings(sentence: str, words: str, event_type: str) -> None:
    trigger = trigger_with(sentence, words)
    assert (trigger.event_type, trigger.polarity) == (event_type, "asserted")


@pytest.mark.parametrize(
    ("sentence", "words", "event_type"),
    [
        ("The opposition leader launched a scathing attack on the government's policies.", "scathing attack", "ACCUSE"),
        ("The president brushed aside demands for his resignation.", "brushed aside", "REJECT"),
        ("The United States cast its veto against the draft resolution.", "cast its veto", "REJECT"),
        ("Dock workers walked off the job on Monday.", "walked off the job", "PROTEST"),
        ("The jailed activist refused food for a second week.", "refused food", "PROTEST"),
        ("The World Bank froze new lending to Uganda.", "froze new lending", "SANCTION"),
        ("Iran warned it would retaliate against any attack.", "warned it would retaliate", "THREATEN"),
        ("The last Israeli troops pulled out of southern Lebanon.", "troops pulled out", "RETREAT"),
        ("Myanmar abolished the censorship of newspapers.", "abolished the censorship", "CONCEDE"),
        ("The IMF disbursed a loan tranche to Ghana.", "disbursed", "AID"),
        ("Vietnam welcomed visiting Cuban President Raul Castro.", "welcomed visiting", "CONSULT"),
        ("Brazil threw its weight behind Argentina's claim.", "threw its weight behind", "SUPPORT"),
        ("Iranian authorities cut mobile internet access across Tehran.", "cut mobile internet", "COERCE"),
        ("Chinese authorities revoked the licences of two lawyers.", "revoked the licences", "COERCE"),
        ("North Korea paraded its largest missile through Pyongyang.", "paraded", "MOBILIZE"),
        ("Rebels overran an army outpost on Sunday.", "overran an army outpost", "COERCE"),
        ("Insurgents lobbed mortars at the base.", "lobbed mortars", "ASSAULT"),
        ("Militants hurled grenades at a police patrol.", "hurled grenades", "ASSAULT"),
        ("Jets strafed the convoy.", "strafed", "ASSAULT"),
        ("The militia executed three prisoners.", "executed three prisoners", "ASSAULT"),
        ("The junta put the former president on trial.", "on trial", "COERCE"),
        ("The court dissolved the opposition party.", "dissolved", "COERCE"),
        ("The rebels vowed revenge.", "vowed revenge", "THREATEN"),
        ("Protesters chanted slogans against the president.", "chanted slogans", "PROTEST"),
        ("Demonstrators burned the American flag outside the embassy.", "burned the American flag", "PROTEST"),
        ("Japan lent Indonesia $2 billion.", "lent", "AID"),
        ("The army called up reservists.", "called up reservists", "MOBILIZE"),
        ("The two countries exchanged prisoners.", "exchanged prisoners", "RETREAT"),
        ("The rebels disbanded their militia.", "disbanded their militia", "RETREAT"),
        ("The president scrapped the nuclear deal.", "scrapped", "REJECT"),
        ("The government pressed Iran to release the sailors.", "pressed Iran to", "REQUEST"),
        ("Putin sat down with Erdogan in Sochi.", "sat down with", "CONSULT"),
        ("France and Germany will jointly develop a new fighter jet.", "jointly develop", "COOPERATE"),
        ("China invested $5 billion in Kenyan railways.", "invested", "COOPERATE"),
        ("Parliament repealed the controversial security law.", "repealed", "CONCEDE"),
        ("The government allowed aid agencies into the region.", "allowed aid agencies", "RETREAT"),
        ("The AU suspended Mali's membership.", "suspended", "SANCTION"),
        ("North Korea test-fired two missiles.", "test-fired", "MOBILIZE"),
        ("The militia carried out ethnic cleansing in the region.", "ethnic cleansing", "ASSAULT"),
        ("A bomb exploded in a crowded market.", "bomb exploded", "ASSAULT"),
        ("The president did not rule out military action against Iran.", "rule out", "THREATEN"),
        ("The unions balked at the government's proposal.", "balked at", "REJECT"),
        ("The government held the rebels responsible for the attack.", "responsible", "ACCUSE"),
        ("Turkey reopened its border crossing with Syria.", "reopened", "RETREAT"),
        ("Rebels abandoned their bases around the city.", "abandoned", "RETREAT"),
        ("Police increased patrols in the capital.", "increased patrols", "MOBILIZE"),
        ("The air force airdropped food to stranded villagers.", "airdropped", "AID"),
        ("The prime minister resigned amid mass protests.", "resigned", "CONCEDE"),
        ("Thousands gathered outside parliament to protest against the law.", "protest against", "PROTEST"),
        ("Qatar offered condolences to the victims' families.", "condolences", "SUPPORT"),
        ("Iran declared the British ambassador persona non grata.", "persona non grata", "SANCTION"),
        ("Russia attacked the UN resolution on Syria.", "attacked the UN resolution", "ACCUSE"),
        ("North Korea said it would respond with force to any attack.", "respond with force", "THREATEN"),
        ("China will not hesitate to use force against Taiwan.", "hesitate to use force", "THREATEN"),
        ("Norway suspended its mediation between the two sides.", "suspended its mediation", "SANCTION"),
    ],
)
def test_wire_service_phrasings(sentence: str, words: str, event_type: str) -> None:
    trigger = trigger_with(sentence, words)
    assert (trigger.event_type, trigger.polarity) == (event_type, "asserted")


def test_a_reported_conditional_announcement_is_planned() -> None:
    trigger = trigger_with(
        "The unions said they would begin a nationwide strike unless the price rise was reversed.", "strike"
    )
    assert (trigger.status, trigger.polarity) == ("planned", "asserted")
    assert intent_event_type(trigger.event_type, trigger.status) == "THREATEN"
    offer = trigger_with("The rebels said they would meet the mediator if he gave them a veto.", "meet")
    assert intent_event_type(offer.event_type, offer.status) == "AGREE"


def test_auxiliary_have_is_not_a_light_verb() -> None:
    assert asserted_types("India and Pakistan have agreed to resume talks.") == {"AGREE"}
    assert trigger_with("The two leaders had talks in Delhi.", "had talks").event_type == "CONSULT"


def test_refusal_rows_need_a_negation() -> None:
    assert "REJECT" not in asserted_types("Syria accepted the refugees.")
    assert trigger_with("Erdogan did not meet Putin.", "meet").polarity == "negated"


def test_background_clause_scores_below_the_main_clause() -> None:
    sentence = "Italy suspended flights to Serbia one day after a Serbian jet shot down a helicopter."
    background = trigger_with(sentence, "shot down")
    assert background.confidence < trigger_with("A Serbian jet shot down a helicopter.", "shot down").confidence
    main = max((t for t in find_triggers(sentence) if t.polarity == "asserted"), key=lambda t: t.confidence)
    assert main.event_type == "SANCTION"
    assert "subordinate" not in trigger_with("Bangladesh once again rejected the proposal.", "rejected").cue


def test_travel_for_talks_reports_the_talks() -> None:
    trigger = trigger_with("Negotiators return to Geneva this week for talks on missiles.", "talks")
    assert (trigger.event_type, trigger.polarity) == ("CONSULT", "asserted")
    assert trigger.confidence >= 0.5


def test_complement_of_another_trigger_is_not_an_event_of_its_own() -> None:
    triggers = find_triggers("The investigators urged the major powers to step in and avoid a massacre in Idlib.")
    assert [t.event_type for t in triggers if t.polarity == "asserted"] == ["REQUEST"]
    assert asserted_types("Iran threatened to attack the tanker.") == {"THREATEN"}
    assert asserted_types("Jordan and Britain have agreed to undertake joint military exercises.") == {"AGREE"}


def test_restated_event_is_folded_into_one_trigger() -> None:
    triggers = find_triggers("Erdogan and Putin will hold face-to-face talks in Sochi to discuss the escalation.")
    assert [t.text for t in triggers] == ["hold face-to-face talks"]


def test_words_that_only_look_like_triggers() -> None:
    assert find_triggers("Islamic State released a purported recording of its leader.") == []
    assert find_triggers("Riot police stood by as the press conference ended.") == []
    assert find_triggers("The talks may meet the demands of the opposition.")[0].event_type == "CONSULT"
    assert not any(t.event_type == "CONSULT" for t in find_triggers("Russia has met all its obligations."))
    assert find_triggers("Akar said it was a must to be successful in Idlib.") == []
    assert find_triggers("He declined to comment on the report.") == []
    assert find_triggers("Turkey would lose a great deal of trade.") == []
    assert find_triggers("The company executed the plan.") == []
    assert find_triggers("He stressed the pressing need for reform.") == []
    assert not any(t.event_type == "REQUEST" for t in find_triggers("Turkish troops pressed on with the offensive."))
    assert not any(t.event_type == "RETREAT" for t in find_triggers("Germany abandoned its position on the embargo."))
    assert find_triggers("Thousands of Syrian refugees took refuge in a camp in Turkey.") == []
    assert not any(
        t.event_type == "THREATEN"
        for t in find_triggers("The Greek union did not rule out a strike against the government.")
    )
    assert find_triggers("Russian firms increased their presence in Africa.") == []
    assert find_triggers("India released 5 million barrels of oil from its reserve.") == []
    assert find_triggers("The police responded with force to the protesters.") == []
    assert find_triggers("The president ruled out talks with the rebels.")[0].event_type == "REJECT"
    assert [t.event_type for t in find_triggers("Youths hurled petrol bombs at police.")] == ["PROTEST"]


def test_adjectival_participles_are_not_events() -> None:
    assert find_triggers("HTS is taking advantage of an internationally brokered ceasefire.")[0].event_type == "RETREAT"
    assert asserted_types("Russian-backed Syrian government forces surround the region.") == set()


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The area has been struck with an intense round of bombings by Syrian jets.", "struck"),
        ("Three soldiers were killed in a recent incident.", "killed"),
        ("The convoy was attacked by militiamen armed with machetes.", "attacked"),
        ("A powerful Syrian rebel group has been accused of taking advantage of the ceasefire.", "accused"),
    ],
)
def test_passive_voice(sentence: str, words: str) -> None:
    assert trigger_with(sentence, words).passive


def test_active_voice() -> None:
    assert not trigger_with("Russian warplanes have targeted opposition strongholds.", "targeted").passive
    assert not trigger_with("Hezbollah guerrillas killed the deputy chief.", "killed").passive


def test_reported_obligation_is_a_request_by_the_reporter() -> None:
    sentence = "Russia said on Tuesday that Sudan must return a helicopter."
    trigger = trigger_with(sentence, "said")
    assert (trigger.event_type, trigger.cameo_code, trigger.polarity) == ("REQUEST", "100", "asserted")
    assert sentence[trigger.start : trigger.end] == "said"


def test_offsets_cue_and_codes() -> None:
    sentence = "Late last year, the US imposed sanctions on Turkey."
    trigger = trigger_with(sentence, "imposed sanctions")
    assert sentence[trigger.start : trigger.end] == trigger.text == "imposed sanctions"
    assert trigger.cameo_code == "163"
    assert trigger.cue.startswith("sanction.impose_sanctions[163]")
    assert trigger_with("Erdogan will hold talks with Putin.", "hold talks").cameo_code == "040"


def test_quoted_speech_is_flagged() -> None:
    assert trigger_with('"We will meet Putin on Monday," Erdogan said.', "meet").quoted
    assert not trigger_with("Erdogan will meet Putin on Monday.", "meet").quoted


def announced(sentence: str, word: str) -> str:
    trigger = trigger_with(sentence, word)
    return intent_event_type(trigger.event_type, trigger.status)


def test_intent_event_type_follows_the_plover_gold_standard() -> None:
    assert announced("Finland will give Tanzania a grant.", "give") == "AGREE"
    assert announced("Farmers said they would blockade Paris.", "blockade") == "THREATEN"
    assert announced("Turkey will urge Russia to act.", "urge") == "REQUEST"
    assert announced("Erdogan met Putin.", "met") == "CONSULT"
    assert announced("Syria said it will withdraw its troops from Lebanon.", "withdraw") == "AGREE"
    assert announced("The government will lift the curfew on Monday.", "lift") == "AGREE"


def test_seed_articles_are_deterministic_and_well_formed() -> None:
    seeds = Path(__file__).resolve().parents[1] / "seeds" / "articles"
    sentences = [line for path in sorted(seeds.glob("*.txt")) for line in path.read_text().splitlines() if line]
    first = [find_triggers(sentence) for sentence in sentences]
    assert first == [find_triggers(sentence) for sentence in sentences]
    for sentence, triggers in zip(sentences, first, strict=True):
        for trigger in triggers:
            assert sentence[trigger.start : trigger.end] == trigger.text


VOCABULARY = (
    "Turkey Russia will met meet not no could if talks agreed to attack attacks was by the a held sanctions "
    'imposed , . " said must would refused killed three - way summit phone visit'
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY.split(" ")), max_size=25).map(" ".join))
def test_triggers_are_well_formed_for_any_text(sentence: str) -> None:
    for trigger in find_triggers(sentence):
        assert 0 <= trigger.start < trigger.end <= len(sentence)
        assert sentence[trigger.start : trigger.end] == trigger.text
        assert trigger.event_type in PLOVER_TYPES
        assert trigger.event_mode is None or trigger.event_mode in CONSULT_MODES
        assert trigger.event_mode is None or trigger.event_type == "CONSULT"
        assert 0.0 <= trigger.confidence <= 1.0
        assert trigger.status in {"occurred", "planned"}
        assert trigger.tense in {"past", "future", "present", "unknown"}
        assert trigger.polarity in {"asserted", "negated", "hypothetical", "failed"}


def test_lexicon_codes_map_to_plover_types() -> None:
    finder = default_finder()
    assert len(finder.entries) > 200
    for entry in finder.entries.values():
        assert finder.cameo[entry.cameo_code].plover_type in PLOVER_TYPES


def test_news_sentence_labels_follow_the_cameo_table() -> None:
    benchmark = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "news_sentences.jsonl"
    cameo = default_finder().cameo
    labelled = [json.loads(line) for line in benchmark.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({item["id"] for item in labelled}) == len(labelled) > 400
    assert all(item["half"] in {"dev", "test"} for item in labelled)
    for item in labelled:
        expected = cameo[item["cameo"]].plover_type if item["cameo"] else None
        assert item["event_type"] == expected, item["id"]


LEXICON_HEADER = "id,pattern,cameo,confidence,mode,embeds,unless_next,unless_prev,note,span,only_when"


def write_lexicon(directory: Path, *rows: str, header: str = f"{LEXICON_HEADER},roles,by_state") -> Path:
    path = directory / "triggers.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_shipped_rows_carry_their_roles_and_the_act_of_a_state() -> None:
    entries = default_finder().entries
    assert entries["support.ties"].roles == {"mutual"}
    assert entries["consult.discuss"].roles == {"topic-object"}
    assert entries["assault.assassinate"].roles == {"deliberate"}
    assert (entries["protest.boycott"].by_state, entries["protest.protest"].by_state) == ("163", "114")
    assert (entries["protest.demonstrate"].roles, entries["protest.demonstrate"].by_state) == (frozenset(), None)
    (trigger,) = find_triggers("Saudi Arabia boycotted Israeli goods.")
    assert (trigger.event_type, trigger.by_state, trigger.roles) == ("PROTEST", ("SANCTION", "163"), frozenset())


def test_lexicon_rows_may_leave_off_the_role_columns(tmp_path: Path) -> None:
    finder = TriggerFinder(
        write_lexicon(
            tmp_path,
            "t.boycott,!boycott/v,143,0.6,,0,,,,,",
            "t.discuss,!discuss/v,040,0.75,,0,,,,,,mutual|topic-object",
        )
    )
    boycott, discuss = finder.find("Iran boycotted the vote and discussed it.")
    assert (boycott.roles, boycott.by_state) == (frozenset(), None)
    assert (discuss.roles, discuss.by_state) == (frozenset({"mutual", "topic-object"}), None)
    (old,) = TriggerFinder(write_lexicon(tmp_path, "t.boycott,!boycott/v,143,0.6,,0,,,,,", header=LEXICON_HEADER)).find(
        "Iran boycotted the vote."
    )
    assert (old.roles, old.by_state) == (frozenset(), None)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("t.discuss,!discuss/v,040,0.75,,0,,,,,,topic,", "lexicon t.discuss: unknown role 'topic'"),
        ("t.ties,!restore/v ~3 tie/n,054,0.85,,0,,,,,,mutual|both,", "lexicon t.ties: unknown role 'both'"),
        ("t.boycott,!boycott/v,143,0.6,,0,,,,,,,999", "lexicon t.boycott: by-state CAMEO code '999'"),
        ("t.boycott,!boycott/v,143,0.6,,0,,,,,,,SANCTION", "lexicon t.boycott: by-state CAMEO code 'SANCTION'"),
    ],
)
def test_unknown_roles_and_state_codes_are_rejected(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        TriggerFinder(write_lexicon(tmp_path, row))


def test_verb_forms() -> None:
    assert verb_forms("meet")["past"] == {"met"}
    assert verb_forms("agree")["ing"] == {"agreeing"}
    assert verb_forms("criticize")["s"] == {"criticizes"}
    assert verb_forms("ban")["past"] == {"banned"}
    assert verb_forms("travel")["past"] == {"travelled", "traveled"}


@pytest.mark.skipif(not SHARED_TABLE.exists(), reason="shared CAMEO2PLOVER-2021.txt not present")
def test_shipped_cameo_table_is_the_regenerated_one() -> None:
    rows = build_cameo_plover_rows(SHARED_TABLE.read_text(encoding="utf-8"))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CAMEO_PLOVER_FIELDS)
    writer.writerows([getattr(row, name) for name in CAMEO_PLOVER_FIELDS] for row in rows)
    assert CAMEO_PLOVER_PATH.read_text(encoding="utf-8") == buffer.getvalue()
    by_code = {row.cameo_code: row.plover_type for row in rows}
    assert (by_code["036"], by_code["042"], by_code["163"], by_code["090"], by_code["0874"]) == (
        "AGREE",
        "CONSULT",
        "SANCTION",
        "ACCUSE",
        "RETREAT",
    )


@pytest.mark.parametrize(
    ("sentence", "words", "event_type"),
    [
        ("Serbia lifted a night curfew in Montenegro.", "lifted", "CONCEDE"),
        ("Serbia eased the state of emergency in the province.", "eased", "CONCEDE"),
        ("The court indicted the former prime minister.", "indicted", "ACCUSE"),
        ("Prosecutors charged the mayor with fraud.", "charged", "ACCUSE"),
        ("A court convicted the former minister of fraud.", "convicted", "SANCTION"),
        ("Japan apologized to China for the incident.", "apologized", "CONCEDE"),
        ("Russia cancelled the visit of the Turkish minister.", "cancelled", "SANCTION"),
        ("The rebels dropped their demand for autonomy.", "dropped", "CONCEDE"),
        ("France forgave the debt of Mali.", "forgave", "AID"),
        ("Israel barred the UN envoy from entering Gaza.", "barred", "REJECT"),
        ("A court issued an arrest warrant for the general.", "issued", "THREATEN"),
    ],
)
def test_types_follow_the_plover_manual(sentence: str, words: str, event_type: str) -> None:
    assert trigger_with(sentence, words).event_type == event_type


@pytest.mark.parametrize(
    "sentence",
    [
        "Government jets bombed the rebel-held town on Sunday, killing at least 14 civilians.",
        "Gunmen ambushed a police convoy near the border, wounding six officers, the ministry said.",
    ],
)
def test_a_closing_toll_clause_is_the_same_attack(sentence: str) -> None:
    assert [trigger.event_type for trigger in find_triggers(sentence)] == ["ASSAULT"]


def test_a_toll_clause_after_a_full_stop_is_its_own_act() -> None:
    sentence = "Jets bombed the town. Later, killing two guards, gunmen stormed the jail."
    assert [trigger.event_type for trigger in find_triggers(sentence)] == ["ASSAULT", "ASSAULT", "ASSAULT"]


def test_a_toll_clause_confirms_a_bare_noun() -> None:
    (trigger,) = find_triggers("A roadside bomb hit an army truck near the border, killing four soldiers.")
    assert trigger.confidence >= 0.75
    assert "toll" in trigger.cue


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Many analysts expect that Iran will resume enrichment talks with the EU.", "talks"),
        ("Some fear India will retaliate against Pakistani shipping.", "retaliate"),
        ("Villagers said they feared rebel fighters would attack the town again.", "attack"),
        ("Tbilisi charged Monday that Russian jets had bombed the port of Poti.", "bombed"),
        ("Washington is weighing imposing fresh sanctions on Caracas.", "sanctions"),
        ("Brussels will consider lifting sanctions if Minsk frees political prisoners.", "sanctions"),
        ("A French proposal to impose an arms embargo on Libya was rejected.", "embargo"),
        ("The rebels will free the hostages only if the army withdraws from the valley.", "free the hostages"),
        ("Hamas said it would free the soldier only after Israel released 1,000 prisoners.", "released"),
        ("Iraq vowed to fight on until Iran agreed to withdraw its troops.", "agreed"),
        ("Arab states pressed for a U.N. resolution condemning Israeli air strikes.", "condemning"),
        ("Egypt insisted that the Palestinian Authority arrest the gunmen.", "arrest"),
    ],
)
def test_speculated_considered_proposed_and_conditional_acts_are_hypothetical(sentence: str, words: str) -> None:
    assert trigger_with(sentence, words).polarity == "hypothetical"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Syria's feared secret police arrested dozens of dissidents in Homs.", "arrested"),
        ("Israel freed the prisoners only after Hamas released the soldier.", "freed the prisoners"),
        ("The U.N. Security Council adopted a resolution condemning Israeli air strikes.", "condemning"),
        ("Georgia's army fired on the convoy, the ministry said.", "fired on"),
    ],
)
def test_near_misses_of_the_hypothetical_readings_stay_asserted(sentence: str, words: str) -> None:
    assert trigger_with(sentence, words).polarity == "asserted"


def test_an_announced_plan_after_expects_to_is_planned() -> None:
    trigger = trigger_with("The European Union expects to impose new sanctions on Belarus next month.", "impose")
    assert (trigger.status, trigger.polarity) == ("planned", "asserted")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Kurds detained in Turkish prisons began a hunger strike on Monday.", "detained"),
        ("Tokyo appealed for the release of two Japanese aid workers taken hostage in Syria.", "taken hostage"),
        ("Jailed opposition leaders were moved to a military prison.", "Jailed"),
    ],
)
def test_reduced_relatives_name_what_was_done_to_the_noun(sentence: str, words: str) -> None:
    trigger = trigger_with(sentence, words)
    assert trigger.passive
    assert trigger.confidence < 0.5 - CORROBORATION_BONUS - TARGET_BONUS + 0.2


def test_a_past_verb_after_its_subject_is_still_an_act() -> None:
    trigger = trigger_with("Indian police detained in Srinagar dozens of separatist leaders.", "detained")
    assert not trigger.passive
    assert find_triggers("Kenya demanded the release of jailed Somali fishermen.")[0].event_type == "REQUEST"
    assert len(find_triggers("Kenya demanded the release of jailed Somali fishermen.")) == 1


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Iraq freed three British engineers jailed for spying, the Foreign Office said.", "jailed"),
        ("North Korea returned the remains of 55 American servicemen killed in the Korean War.", "killed"),
        ("Russia returned three Ukrainian naval vessels seized off Crimea last year.", "seized"),
    ],
)
def test_a_participle_after_the_object_of_a_trigger_names_what_was_done_to_it(sentence: str, words: str) -> None:
    trigger = trigger_with(sentence, words)
    assert trigger.passive
    assert "reduced-relative:object" in trigger.cue
    assert trigger.confidence < 0.5 - CORROBORATION_BONUS - TARGET_BONUS + 0.2


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Israel freed the prisoners and arrested ten more on Monday.", "arrested"),
        ("Iraq freed the engineers, then detained two more.", "detained"),
        ("Rebels who attacked the base killed 20 soldiers on Monday.", "killed"),
        ("After Israel freed the prisoners Hamas released the soldier.", "released"),
    ],
)
def test_a_verb_after_a_break_in_the_object_is_still_an_act(sentence: str, words: str) -> None:
    assert not trigger_with(sentence, words).passive


def test_a_row_that_spans_a_passive_reads_its_noun_as_acted_on() -> None:
    trigger = trigger_with("Four British hostages were freed by Iraq on Monday.", "hostages were freed")
    assert trigger.passive
    assert "passive" in trigger.roles
    assert not trigger_with("Britain is committed to the talks.", "is committed to").passive


@pytest.mark.parametrize(
    "sentence",
    [
        "Three Indian soldiers were killed in an avalanche in Siachen on Friday.",
        "Twelve pilgrims were killed in a bus crash near Mecca.",
        "Germany crushed Brazil 7-1 in the World Cup semifinal.",
        "Argentina stormed to a 2-0 win over Chile in Santiago.",
    ],
)
def test_accidents_and_games_are_not_attacks(sentence: str) -> None:
    assert find_triggers(sentence) == []


def test_killed_in_a_clash_is_still_an_attack() -> None:
    assert trigger_with("Israeli troops killed two gunmen in a clash near Jenin.", "killed").event_type == "ASSAULT"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Pakistani President Pervez Musharraf survived an assassination attempt in Rawalpindi.", "victim:survived"),
        ("The governor escaped an assassination attempt on Sunday.", "victim:escaped"),
    ],
)
def test_the_subject_of_a_survived_attack_is_its_victim(sentence: str, cue: str) -> None:
    trigger = trigger_with(sentence, "assassination")
    assert trigger.passive
    assert cue in trigger.cue
    assert (trigger.tense, trigger.polarity) == ("past", "asserted")
    assert trigger.confidence >= 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish commandos raided a farmhouse near the border and freed three kidnapped engineers.",
        "Special forces stormed the hijacked airliner at dawn, freeing all 120 passengers.",
        "Ethiopian troops invaded Somalia on Sunday, sending tanks toward Mogadishu.",
    ],
)
def test_what_an_attack_did_is_folded_into_it(sentence: str) -> None:
    assert [trigger.event_type for trigger in find_triggers(sentence)] == ["ASSAULT"]


def test_a_release_after_an_attack_by_another_clause_is_its_own_act() -> None:
    sentence = "Rebels attacked the town; the government later freed 50 prisoners."
    assert [trigger.event_type for trigger in find_triggers(sentence)] == ["ASSAULT", "RETREAT"]


def test_a_nominal_attack_with_its_agent_keeps_its_predicate() -> None:
    sentence = (
        "Tuesday's mortar attack by Taliban fighters on the provincial capital of Lashkar Gah wounded nine people."
    )
    (trigger,) = find_triggers(sentence)
    assert trigger.text.endswith("attack")
    assert trigger.confidence >= 0.75


def test_a_plural_noun_before_a_past_verb_is_not_a_present_verb() -> None:
    assert asserted_types("Prisoners in Israeli jails went on hunger strike.") == {"PROTEST"}
    assert trigger_with("Israel jails two Hamas leaders.", "jails").event_type == "COERCE"


def test_a_known_event_named_as_a_time_landmark_is_a_reference() -> None:
    sentence = "Greek authorities deployed 3,000 riot police in Athens ahead of the demonstrations."
    landmark = trigger_with(sentence, "demonstrations")
    assert landmark.confidence < 0.5 - CORROBORATION_BONUS - TARGET_BONUS + 0.2
    assert trigger_with("Macron flew to Moscow ahead of talks with Putin.", "flew to").polarity == "asserted"


@pytest.mark.parametrize(
    ("sentence", "event_types"),
    [
        ("Iran called for talks with the European Union.", ["REQUEST"]),
        ("Iran called off a visit to Iraq.", ["SANCTION"]),
        ("Germany scrapped a visit to Turkey amid the row.", ["SANCTION"]),
        ("Turkey postponed a planned visit to Israel by its foreign minister.", []),
    ],
)
def test_a_called_off_meeting_is_no_meeting(sentence: str, event_types: list[str]) -> None:
    assert [t.event_type for t in find_triggers(sentence) if t.polarity == "asserted"] == event_types


@pytest.mark.parametrize(
    ("sentence", "words", "cue"),
    [
        ("Will Ankara expel the ambassador before the summit?", "expel", "question"),
        ("The regime routinely detains opposition activists.", "detains", "habitual"),
        ("Pyongyang often threatens to turn Seoul into a sea of fire.", "threatens", "habitual"),
    ],
)
def test_questions_and_habits_report_no_act(sentence: str, words: str, cue: str) -> None:
    trigger = trigger_with(sentence, words)
    assert (trigger.polarity, cue in trigger.cue) == ("hypothetical", True)


def test_a_habit_in_the_past_tense_is_still_the_act() -> None:
    assert trigger_with("Israeli jets often struck the camp in 2002.", "struck").polarity == "asserted"


def test_a_meeting_called_is_convened_unless_it_is_called_something() -> None:
    convened = trigger_with("An emergency meeting of the Arab League was called for Monday.", "meeting")
    named = trigger_with("The meeting between Kim and Trump was called a success.", "meeting")
    assert (convened.status, named.status) == ("planned", "occurred")


@pytest.mark.parametrize(
    ("sentence", "words", "polarity"),
    [
        ("A summit between North Korea and the United States has been cancelled.", "summit", "negated"),
        ("Taliban attacks on Afghan police have delayed the elections.", "attacks", "asserted"),
        ("The postponed meeting between Syria and Turkey took place in Ankara.", "meeting", "asserted"),
        ("Delayed talks between Israel and the Palestinians began in Cairo.", "talks", "asserted"),
        ("Egypt postponed the talks after Israeli air strikes on Gaza.", "air strikes", "asserted"),
        ("Serbia suspended a planned visit to Kosovo by its prime minister.", "visit", "hypothetical"),
        ("Germany called off the second round of talks with Turkey.", "talks", "hypothetical"),
    ],
)
def test_a_cancelling_verb_cancels_only_the_meeting_it_governs(sentence: str, words: str, polarity: str) -> None:
    assert trigger_with(sentence, words).polarity == polarity


@pytest.mark.parametrize(
    "sentence",
    [
        "Brazil met Germany in the World Cup semi-final in Belo Horizonte.",
        "Qatar hosted Argentina in a friendly match in Doha.",
        "Japan will oppose Brazil in the final on Sunday.",
        "Israel will host Bosnia for a friendly in Haifa on Thursday.",
        "Russia attacked relentlessly but failed to break down Spain in the last-16 match.",
        "The Indian cricket captain vowed to fight on after the heavy defeat in Perth.",
    ],
)
def test_a_game_that_frames_the_act_gives_no_trigger(sentence: str) -> None:
    assert find_triggers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Israeli and Palestinian negotiators began final status talks in Ramallah.", "CONSULT"),
        ("Soviet troops attacked German positions in the final days of the war.", "ASSAULT"),
        ("Egyptian police clashed with Algerian fans after the match in Cairo.", "ASSAULT"),
        ("The match was called off after Egyptian police clashed with fans.", "ASSAULT"),
        ("Gunmen attacked the Sri Lankan cricket team's bus in Lahore.", "ASSAULT"),
        ("The Togolese football team was attacked by rebels in Cabinda.", "ASSAULT"),
        ("Turkey hosted Armenian President Serzh Sarksyan for a World Cup qualifier in Bursa.", "CONSULT"),
        ("Police arrested dozens of women for trying to attend a football match.", "COERCE"),
        ("The Arab League condemned the air strikes in the final days of the year.", "ACCUSE"),
    ],
)
def test_a_game_that_dates_the_act_or_is_its_victim_leaves_it(sentence: str, event_type: str) -> None:
    assert asserted_types(sentence) == {event_type}


@given(
    st.sampled_from(
        [
            "Turkey closed its border with Syria",
            "Israeli jets struck targets in Gaza",
            "Erdogan met Putin in Sochi",
            "Egypt recalled its ambassador from Algeria",
        ]
    ),
    st.sampled_from(["after", "before", "during", "amid", "since"]),
    st.sampled_from(["the World Cup final", "a friendly match", "the cricket series", "the semi-final"]),
)
@settings(max_examples=40, deadline=None)
def test_a_game_named_after_a_dating_preposition_never_stops_a_trigger(act: str, landmark: str, game: str) -> None:
    assert [t.event_type for t in find_triggers(f"{act} {landmark} {game}.")] == [
        t.event_type for t in find_triggers(f"{act}.")
    ]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("British opposition leaders shot down the government's proposal on Tuesday.", False),
        ("The Greek government blew up the euro zone's plans with its referendum.", False),
        ("Senate Republicans shot down the president's health care plan.", False),
        ("The union leader shot down the employers' latest offer.", False),
        ("Israeli jets shot down Syria's newest MiG fighters over the Bekaa Valley.", True),
        ("Iraqi insurgents blew up the country's main oil pipeline to Turkey.", True),
        ("Rebels blew up a bridge after the collapse of the peace talks.", True),
    ],
)
def test_the_head_of_the_object_past_a_possessive_is_read_by_the_row(sentence: str, kept: bool) -> None:
    assert ("ASSAULT" in asserted_types(sentence)) is kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Britain closed its airspace for a fourth day because of the volcanic ash cloud.", False),
        ("Mongolia closed its border with China for a month amid fears of the coronavirus.", False),
        ("Italy closed its airspace over Rome on Friday for the Pope's funeral.", False),
        ("Turkey closed its border with Syria because of the fighting in Idlib.", True),
        ("Pakistan closed its airspace to Indian aircraft after the air strikes in Balakot.", True),
    ],
)
def test_a_hazard_or_ceremony_named_as_the_cause_cancels_the_row(sentence: str, kept: bool) -> None:
    assert ("COERCE" in asserted_types(sentence)) is kept


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo_code"),
    [
        ("An Egyptian court condemned 529 people to death on Monday.", "COERCE", "173"),
        ("A Moscow court condemned the writers Andrei Sinyavsky and Yuli Daniel to hard labour.", "COERCE", "173"),
        ("An Iranian court condemned the aid worker to five years in prison.", "COERCE", "173"),
        ("Britain condemned the decision to sentence two journalists to death.", "ACCUSE", "111"),
        ("Britain condemned the Iranian court's decision to sentence him to death.", "ACCUSE", "111"),
    ],
)
def test_condemning_someone_to_a_penalty_is_a_sentence(sentence: str, event_type: str, cameo_code: str) -> None:
    trigger = trigger_with(sentence, "condemned")
    assert (trigger.event_type, trigger.cameo_code, trigger.polarity) == (event_type, cameo_code, "asserted")


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The German chancellor apologized for arriving late at the press conference.", False),
        ("The French president apologized on Tuesday for being late for the dinner at the Elysee.", False),
        ("The Brazilian president apologised for falling asleep during the conference.", False),
        ("Israel apologized to Turkey for the deadly raid on the Gaza aid flotilla.", True),
        ("The United States apologized for bombing the embassy in Belgrade.", True),
        ("Japan apologized for forcing Korean women into wartime brothels.", True),
        ("Japan apologized for causing suffering to its neighbours.", True),
        ("The minister apologized for the remarks.", True),
    ],
)
def test_an_apology_for_a_personal_act_is_no_concession(sentence: str, kept: bool) -> None:
    assert ("CONCEDE" in asserted_types(sentence)) is kept


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("A Russian attack on the Baltic states is still considered unlikely.", "hypothetical"),
        ("A U.S. invasion of Iraq is widely seen as inevitable.", "hypothetical"),
        ("An invasion of Taiwan is unlikely to happen soon.", "hypothetical"),
        ("The attack was likely carried out by Hamas, officials said.", "asserted"),
    ],
)
def test_a_predicate_weighing_the_chances_of_an_act_reports_none(sentence: str, polarity: str) -> None:
    (trigger,) = find_triggers(sentence)
    assert trigger.polarity == polarity


@pytest.mark.parametrize(
    ("sentence", "words", "polarity"),
    [
        ("The prospect of a U.S. attack on Iraq alarmed Arab governments.", "attack", "hypothetical"),
        ("NATO prepared for a Russian assault on Kyiv.", "assault", "hypothetical"),
        ("Tension rose after Israel's air strike on Damascus on Sunday.", "air strike", "asserted"),
    ],
)
def test_a_noun_trigger_governed_by_a_word_of_prospect_is_considered_not_done(
    sentence: str, words: str, polarity: str
) -> None:
    assert trigger_with(sentence, words).polarity == polarity


@pytest.mark.parametrize(
    ("sentence", "polarity", "status"),
    [
        ("A Chinese invasion of Taiwan would devastate the region's economy.", "hypothetical", "occurred"),
        ("A Russian invasion of Ukraine would be met with sanctions, Biden said.", "hypothetical", "occurred"),
        ("The summit would be held in Geneva, officials said.", "asserted", "planned"),
    ],
)
def test_would_after_a_noun_trigger_plans_it_only_when_it_says_it_takes_place(
    sentence: str, polarity: str, status: str
) -> None:
    trigger = find_triggers(sentence)[0]
    assert (trigger.polarity, trigger.status) == (polarity, status)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Most Germans oppose sanctions on Russian gas, a poll showed.", "oppose"),
        ("Half of all Japanese reject the deployment of troops abroad, a survey said.", "reject"),
    ],
)
def test_a_present_act_in_a_poll_is_an_opinion(sentence: str, words: str) -> None:
    trigger = trigger_with(sentence, words)
    assert (trigger.polarity, "opinion:poll" in trigger.cue) == ("hypothetical", True)


def test_a_past_act_beside_a_poll_is_still_the_act() -> None:
    assert trigger_with("Germany rejected the Russian demand, a poll showed.", "rejected").polarity == "asserted"


@pytest.mark.parametrize(
    ("sentence", "words", "work"),
    [
        ("The novel imagines a world in which Germany occupied Britain.", "occupied", "novel"),
        ("The series depicts Israeli agents who kidnap a Nazi war criminal in Argentina.", "kidnap", "series"),
        ("The museum's new gallery explains how India and Pakistan fought over Kashmir.", "fought", "museum"),
        ("Her new book argues that the United States provoked Japan into attacking Pearl Harbor.", "attacking", "book"),
    ],
)
def test_what_a_work_depicts_is_no_act(sentence: str, words: str, work: str) -> None:
    trigger = trigger_with(sentence, words)
    assert (trigger.polarity, f"depicted:{work}" in trigger.cue) == ("hypothetical", True)


def test_a_work_as_the_object_of_the_act_does_not_frame_it() -> None:
    assert (
        trigger_with("Police arrested the author of a book that describes the war.", "arrested").polarity == "asserted"
    )


@pytest.mark.parametrize(
    ("sentence", "words", "event_type"),
    [
        ("Thousands of Britons staged a demonstration against war with Iraq in London.", "demonstration", "PROTEST"),
        ("Iraq issued a rejection of calls to withdraw from Kuwait on Monday.", "rejection", "REJECT"),
        ("Police launched a probe into attacks on the embassy.", "probe", "ACCUSE"),
    ],
)
def test_a_light_verb_takes_the_nearest_noun_as_its_act(sentence: str, words: str, event_type: str) -> None:
    trigger = trigger_with(sentence, words)
    assert (trigger.event_type, trigger.polarity) == (event_type, "asserted")


def test_a_longer_match_of_the_same_type_past_the_noun_keeps_its_target_slot() -> None:
    trigger = trigger_with("Israeli police fired rubber bullets at Palestinian stone-throwers.", "fired")
    assert trigger.text.endswith(" at")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Israel's shelling of a U.N. base in Qana killed more than 100 refugees on Thursday.", "shelling"),
        ("Israeli air raids on Beirut killed at least 45 people on Saturday.", "air raids"),
        ("Syrian shelling of the town wounded 12 civilians on Monday.", "shelling"),
    ],
)
def test_harm_done_by_an_attack_noun_is_folded_into_it(sentence: str, words: str) -> None:
    triggers = [t for t in find_triggers(sentence) if t.polarity == "asserted"]
    assert [t.text for t in triggers] == [trigger_with(sentence, words).text]


def test_an_attack_noun_that_entered_a_new_day_is_under_way() -> None:
    trigger = trigger_with("Israel's invasion of Lebanon entered its second day on Monday.", "invasion")
    assert (trigger.polarity, "right:entered" in trigger.cue) == ("asserted", True)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Saudi Arabia began air strikes on Houthi rebels in Yemen on Thursday.", "ASSAULT"),
        ("Air France ground staff began a strike on Thursday.", "PROTEST"),
        ("South African black miners staged a strike at gold mines on Wednesday.", "PROTEST"),
        ("Israeli jets staged a strike on a Hamas training camp in Gaza on Friday.", "ASSAULT"),
        ("French rail workers staged strikes on Tuesday.", "PROTEST"),
        ("Polish shipyard workers launched a strike in Gdansk on Thursday.", "PROTEST"),
        ("Israel launched a strike on a weapons convoy in Syria on Wednesday.", "ASSAULT"),
    ],
)
def test_a_strike_begun_or_staged_is_an_air_strike_only_when_the_sentence_says_so(
    sentence: str, event_type: str
) -> None:
    assert asserted_types(sentence) == {event_type}


def test_harm_after_an_attack_noun_that_names_no_doer_stays_a_verb_trigger() -> None:
    sentence = "The bombing of the Marine barracks in Beirut killed 241 Americans."
    assert "killed" in [t.text for t in find_triggers(sentence) if t.polarity == "asserted"]


@pytest.mark.parametrize(
    ("sentence", "attack"),
    [
        ("Japanese carmakers launched an invasion of the European car market.", False),
        ("South Korean phone makers mounted an offensive in the Indian smartphone market.", False),
        ("Syrian jets carried out air strikes on a vegetable market in Idlib on Sunday.", True),
    ],
)
def test_an_attack_on_a_market_named_by_its_goods_is_competition(sentence: str, attack: bool) -> None:
    strong = [t for t in find_triggers(sentence) if t.event_type == "ASSAULT" and t.confidence >= 0.5]
    assert bool(strong) == attack


@pytest.mark.parametrize(
    ("sentence", "words", "anchored"),
    [
        ("Russia's expulsion of four British diplomats last week angered London.", "expulsion", True),
        ("Indian investors made a killing on the Mumbai stock exchange last year.", "killing", False),
        ("Turkey's downing of a Russian warplane on Tuesday sparked a crisis.", "downing", True),
        ("Germany's recognition of Croatia on Monday will anger Belgrade.", "recognition", False),
    ],
)
def test_a_past_time_after_a_possessed_act_noun_dates_it(sentence: str, words: str, anchored: bool) -> None:
    assert ("anchor:" in trigger_with(sentence, words).cue) == anchored
