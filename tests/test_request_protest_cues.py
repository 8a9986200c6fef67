from __future__ import annotations

import datetime as dt

import pytest

from eventlake.documents import english_text_document
from eventlake.extraction import default_resources, extract_document
from eventlake.records import RunContext
from eventlake.typing_rules import find_triggers


def asserted(sentence: str) -> list[tuple[str, str]]:
    """(event type, entry id) of each asserted trigger in `sentence`."""
    return [(t.event_type, t.entry_id) for t in find_triggers(sentence) if t.polarity == "asserted"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of Serbs marched in Belgrade to demand the resignation of the president.",
        "Cuban dissidents went on hunger strike to demand the release of political prisoners.",
        "South Korean workers went on strike on Monday to demand higher wages.",
        "Farmers blocked the highway on Monday, demanding the resignation of the minister.",
        "Students staged a sit-in outside the ministry, calling for the minister to resign.",
    ],
)
def test_a_demand_that_states_what_a_protest_is_for_is_its_content(sentence: str) -> None:
    triggers = find_triggers(sentence)
    assert {t.event_type for t in triggers if t.polarity == "asserted"} == {"PROTEST"}
    demand = [t for t in triggers if t.event_type == "REQUEST"]
    assert demand and all(t.polarity == "hypothetical" and t.embedded_in for t in demand)
    assert all("protest-purpose:" in t.cue or "embedded:" in t.cue for t in demand)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands marched in the capital on Sunday, and the opposition demanded new elections.",
        "Workers went on strike after the union demanded higher wages.",
        "The protests spread to five cities; the opposition urged the army to stay in its barracks.",
    ],
)
def test_a_demand_in_a_clause_of_its_own_stays_a_request(sentence: str) -> None:
    assert "REQUEST" in {event_type for event_type, _ in asserted(sentence)}


@pytest.mark.parametrize(
    ("sentence", "entry_id"),
    [
        ("French rail workers extended their strike into a second week.", "protest.extend_strike"),
        ("South Korean unions launched a general strike against a new labour law.", "protest.labour_strike"),
        ("About 1,200 Palestinian prisoners went on hunger strike.", "protest.go_on_hunger_strike"),
        ("Hundreds of thousands of Soviet citizens demonstrated Sunday in Moscow.", "protest.demonstrate_when"),
        ("Palestinian youths pelted Israeli troops with stones.", "protest.pelt"),
        ("The United States pressured China to revalue its currency.", "request.pressure_to"),
        ("France lobbied its European partners to back a new constitution.", "request.lobby_to"),
        ("Egypt sought a ceasefire between Israel and Hamas.", "request.seek_settlement"),
    ],
)
def test_new_request_and_protest_phrasings(sentence: str, entry_id: str) -> None:
    assert entry_id in {found for _, found in asserted(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel launched a new wave of air strikes on Thursday.",
        "NATO continued its air strikes on Libya.",
        "Falling oil prices pressured the rouble to a record low.",
        "The Kenyan government bowed to pressure from donors and agreed to review the law.",
        "North Korea demonstrated again its missile capability.",
        "Stocks rallied across Asia on Monday.",
        "An elephant went on a rampage in a village in Assam.",
        "Fans pelted the referee with bottles.",
    ],
)
def test_other_senses_give_no_request_or_protest(sentence: str) -> None:
    assert not {"REQUEST", "PROTEST"} & {event_type for event_type, _ in asserted(sentence)}


def test_a_bare_subjunctive_after_a_demand_is_its_content() -> None:
    triggers = find_triggers("President Bush demanded Iraq withdraw from Kuwait.")
    withdrawal = [t for t in triggers if t.event_type == "RETREAT"]
    assert withdrawal and all(t.polarity == "hypothetical" for t in withdrawal)
    assert "subjunctive:demanded" in withdrawal[0].cue


def test_a_bare_verb_after_a_completed_clause_is_not_a_subjunctive() -> None:
    triggers = find_triggers("Britain demanded an apology, and Iraq withdraw its troops.")
    assert not any("subjunctive" in t.cue for t in triggers)


def test_a_participle_of_manner_is_folded_into_the_protest() -> None:
    triggers = find_triggers("Iranian protesters marched through Tehran chanting slogans against the government.")
    assert [t.entry_id for t in triggers] == ["protest.march"]


def test_a_progressive_is_not_a_participle_of_manner() -> None:
    triggers = find_triggers("The marchers were demanding better pay when police arrived.")
    assert [t for t in triggers if t.event_type == "REQUEST" and "protest-purpose" in t.cue] == []


def test_in_protest_takes_no_determiner_from_the_noun_phrase_before_it() -> None:
    triggers = find_triggers("Indian shopkeepers shut their stores in protest against foreign supermarkets.")
    protest = [t for t in triggers if t.entry_id == "protest.in_protest"]
    assert protest and "reference:" not in protest[0].cue


@pytest.mark.parametrize(
    "sentence",
    ["Greek unions are planning a general strike next month.", "French unions are preparing a nationwide strike."],
)
def test_a_strike_being_planned_has_not_happened(sentence: str) -> None:
    strikes = [t for t in find_triggers(sentence) if t.event_type == "PROTEST"]
    assert strikes and all(t.status == "planned" for t in strikes)


def test_a_plan_named_by_a_noun_is_no_verb_of_planning() -> None:
    assert all("clause:plan" not in t.cue for t in find_triggers("The plan calls for talks next week."))


@pytest.mark.parametrize(
    ("sentence", "entry_id"),
    [
        ("China calls on Japan to stop provocations near disputed islands", "request.call_on"),
        ("U.S. presses China on currency", "request.press"),
    ],
)
def test_a_headline_verb_in_s_before_its_particle_is_a_verb(sentence: str, entry_id: str) -> None:
    assert entry_id in {found for _, found in asserted(sentence)}


def test_a_plural_noun_before_a_preposition_is_still_a_noun() -> None:
    assert "REQUEST" not in {event_type for event_type, _ in asserted("Phone calls on Monday went unanswered.")}


def test_aid_asked_for_in_an_amount_is_the_content_of_the_request() -> None:
    triggers = find_triggers("The Reagan administration has asked Congress for $100 million in aid to the Contras.")
    assert [t.event_type for t in triggers if t.polarity == "asserted"] == ["REQUEST"]


@pytest.mark.parametrize(
    ("sentence", "entry_id"),
    [
        ("British workers have been on strike for two weeks.", "protest.on_strike"),
        ("Palestinian prisoners have been on hunger strike since April.", "protest.on_hunger_strike"),
        ("Lithuanian protesters formed a human chain across the Baltic states.", "protest.human_chain"),
        ("Indian opposition parties called a nationwide shutdown.", "protest.shutdown"),
        ("Colombian rebels presented a list of demands to the government.", "request.present_demands"),
    ],
)
def test_standing_strikes_chains_shutdowns_and_demands(sentence: str, entry_id: str) -> None:
    assert entry_id in {found for _, found in asserted(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The drone was on a strike mission over Yemen.",
        "Chinese villagers set up a human chain to pass water buckets to the fire.",
        "The U.S. government shutdown entered its third week.",
        "Police issued an appeal for witnesses to the shooting.",
    ],
)
def test_strike_chain_shutdown_and_appeal_in_other_senses(sentence: str) -> None:
    assert not {"REQUEST", "PROTEST"} & {event_type for event_type, _ in asserted(sentence)}


def event_keys(sentence: str) -> list[str]:
    """Sorted TYPE:SOURCE>TARGET keys of the events extracted from `sentence`."""
    run = RunContext("test", dt.datetime(2000, 1, 1, tzinfo=dt.UTC), "test")
    document = english_text_document("doc", sentence, dt.date(2000, 1, 1))
    events = extract_document(document, run, default_resources(), min_confidence=0.5).events
    return sorted(f"{e['event_type']}:{e['source_country'] or ''}>{e['target_country'] or ''}" for e in events)


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("The United States asked its allies to tighten sanctions on Serbia.", ["REQUEST:USA>"]),
        ("Bosnia's president urged the West to intervene militarily to stop the Serb offensive.", ["REQUEST:BIH>"]),
        ("Germany urged Russia to withdraw its troops from Crimea.", ["REQUEST:DEU>RUS"]),
        ("Ethiopia appealed to Western donors for emergency food aid.", ["REQUEST:ETH>"]),
        (
            "Thousands of Serbs marched in Belgrade to demand the resignation of President Slobodan Milosevic.",
            ["PROTEST:SRB>SRB"],
        ),
    ],
)
def test_the_target_of_an_appeal_is_its_addressee_and_of_a_protest_whom_it_would_oust(
    sentence: str, keys: list[str]
) -> None:
    assert event_keys(sentence) == keys
