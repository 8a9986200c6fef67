from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventlake import extraction
from eventlake.documents import english_text_document
from eventlake.extraction import MAX_COORDINATED_ACTORS, default_resources, extract_document
from eventlake.records import RunContext
from eventlake.typing_rules import TriggerFinder
from tests.sentence_events import events_of as events_on

RUN = RunContext("test", dt.datetime(2024, 1, 1, tzinfo=dt.UTC), "test")
PUBLISHED = dt.date(2024, 1, 10)


def events_of(sentence: str) -> list[dict[str, Any]]:
    return events_on(sentence, PUBLISHED)


def dyads(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["event_type"], e["source_country"], e["target_country"]) for e in events_of(sentence)]


@pytest.mark.parametrize(
    ("sentence", "event_type", "source_country", "target_country"),
    [
        ("China demanded that the US cancel the arms sale to Taiwan.", "REQUEST", "CHN", "USA"),
        ("Greece demanded on Tuesday that Turkey withdraw its ships.", "REQUEST", "GRC", "TUR"),
        ("Israeli soldiers arrested more than 100 Palestinians.", "COERCE", "ISR", "PSE"),
        ("Russian troops detained dozens of Ukrainians.", "COERCE", "RUS", "UKR"),
    ],
)
def test_targets_behind_a_that_clause_or_a_count(
    sentence: str, event_type: str, source_country: str, target_country: str
) -> None:
    assert dyads(sentence) == [(event_type, source_country, target_country)]


def test_an_agreement_stands_without_a_recipient() -> None:
    (event,) = events_of("The UN Security Council agreed to extend the mandate of the mission.")
    assert (event["event_type"], event["target_actor"]) == ("AGREE", None)


def test_a_meeting_needs_both_sides() -> None:
    assert events_of("Erdogan held talks in Sochi.") == []


def test_a_that_clause_gives_no_target_to_an_accusation() -> None:
    (event,) = events_of("Turkey accused Greece of provocation.")
    assert event["target_country"] == "GRC"
    (event,) = events_of("Turkey said that Greece was wrong and criticized the decision.")
    assert event["target_country"] is None


@pytest.mark.parametrize(
    ("sentence", "event_type", "source_country", "target_country"),
    [
        ("Kenya announced on Monday that it will expel the Somali ambassador.", "SANCTION", "KEN", "SOM"),
        ("The Polish prime minister said that he had met the Ukrainian president.", "CONSULT", "POL", "UKR"),
        ("A group of Iranian diplomats held talks with officials of the Omani government.", "CONSULT", "IRN", "OMN"),
        ("Thousands of Armenians rallied against the Azerbaijani government.", "PROTEST", "ARM", "AZE"),
        ("The Serbian and Croatian sides of the dispute have agreed to resume talks.", "AGREE", "SRB", "HRV"),
        ("Chile reopened its consulate, but still rejected Bolivia's demands.", "REJECT", "CHL", "BOL"),
    ],
)
def test_subjects_behind_pronouns_group_nouns_modifiers_and_but(
    sentence: str, event_type: str, source_country: str, target_country: str
) -> None:
    event = next(event for event in events_of(sentence) if event["event_type"] == event_type)
    assert (event["source_country"], event["target_country"]) == (source_country, target_country)


def test_a_pronoun_takes_only_a_reporter_it_can_stand_for() -> None:
    assert events_of("Officials in Ankara said that she will visit Moscow.") == []


def test_an_object_with_its_own_modifiers_is_not_the_subject() -> None:
    sentence = "Officials said Erdogan would press Putin on Syria, especially on attacks against Turkish forces."
    assert all(event["source_actor"] != "Vladimir Putin" for event in events_of(sentence))


def test_a_by_phrase_of_another_verb_is_not_the_agent() -> None:
    (event,) = events_of("Peru has apologized to Ecuador for the incident near the river, reported by Colombia.")
    assert (event["source_country"], event["target_country"]) == ("PER", "ECU")


@pytest.mark.parametrize(
    "sentence",
    [
        "At least five Afghan soldiers were killed in a roadside bombing in Helmand.",
        "A mortar attack killed two Nigerian policemen on Sunday.",
    ],
)
def test_an_attack_on_named_victims_has_an_unidentified_perpetrator(sentence: str) -> None:
    (event,) = events_of(sentence)
    assert (event["event_type"], event["source_actor"], event["source_country"]) == (
        "ASSAULT",
        "unidentified perpetrator",
        None,
    )
    assert event["target_country"] in {"AFG", "NGA"}
    assert event["actor_detail"].startswith("no perpetrator named")


@pytest.mark.parametrize(
    "sentence",
    [
        "Three Iraqi civilians were killed in a car accident in Baghdad.",
        "Two Kenyan soldiers were killed in an ambush by al-Shabaab fighters near the border.",
        "Attacks on Syrian villages by the YPG were condemned.",
        "Israel launched airstrikes on Gaza overnight, killing 30 Palestinians.",
        "Three Palestinians were killed in an Israeli airstrike.",
        "Two Kenyan protesters were killed by police gunfire.",
        "Five Chinese miners were killed in a mine collapse in Shanxi.",
        "Four Egyptian tourists were injured in a shark attack.",
    ],
)
def test_no_unidentified_perpetrator_without_an_attack_or_when_one_is_named(sentence: str) -> None:
    assert all(event["source_actor"] != "unidentified perpetrator" for event in events_of(sentence))


def test_a_committed_party_is_not_a_passive() -> None:
    (event,) = events_of("The minister said Vietnam is committed to opening up its economy.")
    assert (event["event_type"], event["source_country"]) == ("AGREE", "VNM")


def test_protesters_without_a_nationality_take_the_country_where_they_protest() -> None:
    (event,) = events_of("Thousands of protesters rallied in Tbilisi on Sunday.")
    assert (event["event_type"], event["source_country"], event["location_name"]) == ("PROTEST", "GEO", "Tbilisi")


def test_protesters_without_a_place_stay_uncoded() -> None:
    assert events_of("Thousands of protesters rallied on Sunday.") == []


def test_a_country_travelled_to_is_a_place_not_a_party() -> None:
    assert all(event["target_country"] != "RUS" for event in events_of("Erdogan will travel to Russia next week."))


@pytest.mark.parametrize(
    ("sentence", "event_type", "wrong_source_country"),
    [
        ("Kyiv said a Russian missile hit a hospital and that it killed 5 Ukrainian civilians.", "ASSAULT", "UKR"),
        ("Israel said that they fired rockets from Lebanon.", "ASSAULT", "ISR"),
        ("Israel agreed to pause fighting, but militants fired rockets at Ashkelon.", "ASSAULT", "ISR"),
        ("Germany criticized Turkey, but soldiers arrested 20 Kurds.", "COERCE", "DEU"),
        ("Russia condemned the shelling by Ukrainian forces.", "ACCUSE", "UKR"),
        ("Protesters from Syria rallied in Berlin.", "PROTEST", "DEU"),
    ],
)
def test_no_source_across_a_clause_a_number_or_an_object(
    sentence: str, event_type: str, wrong_source_country: str
) -> None:
    assert all(
        (event["event_type"], event["source_country"]) != (event_type, wrong_source_country)
        for event in events_of(sentence)
    )


def test_a_country_before_a_verb_is_not_folded_into_its_object() -> None:
    (event,) = events_of("Turkey accused the PKK of the bombing.")
    assert (event["event_type"], event["source_country"], event["target_actor"]) == (
        "ACCUSE",
        "TUR",
        "Kurdistan Workers' Party",
    )


@pytest.mark.parametrize(
    ("sentence", "event_type", "source_country", "target_country"),
    [
        ("Senior officials from India and Bangladesh held discussions on water sharing.", "CONSULT", "IND", "BGD"),
        (
            "The Kenyan president travelled to Kampala for talks with his Ugandan counterpart Yoweri Museveni.",
            "CONSULT",
            "KEN",
            "UGA",
        ),
        ("South African President Thabo Mbeki mediated talks between Sudan and South Sudan.", "CONSULT", "ZAF", "SDN"),
        ("Riot police fired tear gas at opposition supporters in Nairobi.", "ASSAULT", "KEN", "KEN"),
        ("Indian troops were placed on high alert along the border.", "MOBILIZE", "IND", None),
    ],
)
def test_partners_of_a_meeting_mediators_police_and_mobilized_forces(
    sentence: str, event_type: str, source_country: str, target_country: str | None
) -> None:
    event = next(event for event in events_of(sentence) if event["event_type"] == event_type)
    assert (event["source_country"], event["target_country"]) == (source_country, target_country)


def test_a_conditional_announcement_is_a_planned_event() -> None:
    (event,) = events_of("Nigerian unions said they would begin a strike on Monday unless the government backed down.")
    assert (event["event_type"], event["status"], event["source_country"]) == ("PROTEST", "planned", "NGA")


def test_economic_demand_is_not_a_request() -> None:
    assert events_of("Chinese demand for iron ore pushed Australian export earnings to a record high.") == []


@pytest.mark.parametrize(
    ("sentence", "event_type", "source_country"),
    [
        ("The last Israeli troops pulled out of southern Lebanon before dawn.", "RETREAT", "ISR"),
        ("Thailand's Constitutional Court dissolved the Future Forward Party and banned its leaders.", "COERCE", "THA"),
        ("Hundreds of thousands marched in Paris against the pension reform.", "PROTEST", "FRA"),
        ("The interim president of the Central African Republic demanded that the UN send troops.", "REQUEST", "CAF"),
        ("Judge Alejandro Rivera opened fraud investigations against 28 Chilean officials.", "ACCUSE", None),
    ],
)
def test_sources_inside_the_trigger_before_a_coordinated_verb_crowds_and_unlisted_names(
    sentence: str, event_type: str, source_country: str | None
) -> None:
    (event,) = events_of(sentence)
    assert (event["event_type"], event["source_country"]) == (event_type, source_country)


@pytest.mark.parametrize(
    ("sentence", "target_country"),
    [
        ("Prosecutors in Chile opened an investigation into Chilean officials.", "CHL"),
        ("Kenyan veterans filed a lawsuit against the British government in London.", "GBR"),
    ],
)
def test_an_inquiry_or_a_complaint_targets_who_it_is_into_or_against(sentence: str, target_country: str) -> None:
    (event,) = events_of(sentence)
    assert (event["event_type"], event["target_country"]) == ("ACCUSE", target_country)


@pytest.mark.parametrize(
    ("sentence", "event_type", "source_actor", "source_country"),
    [
        ("Two Italian aid workers were kidnapped by armed men in northern Syria.", "ASSAULT", "armed group", None),
        ("Boko Haram militants overran the town of Baga, killing residents.", "ASSAULT", "Boko Haram", "NGA"),
        (
            "The Nigerian Union of Teachers announced Thursday that it has called off the strike.",
            "CONCEDE",
            "Nigerian Union of Teachers",
            "NGA",
        ),
    ],
)
def test_unidentified_armed_men_group_members_and_a_reporter_before_a_weekday(
    sentence: str, event_type: str, source_actor: str, source_country: str | None
) -> None:
    event = next(event for event in events_of(sentence) if event["event_type"] == event_type)
    assert (event["source_actor"], event["source_country"]) == (source_actor, source_country)


@pytest.mark.parametrize(
    ("sentence", "event_type", "target_country"),
    [
        ("The Azerbaijani parliament threatened to break relations with Russia.", "THREATEN", "RUS"),
        ("Bolivia declined to sign a free trade agreement with the United States.", "REJECT", "USA"),
        ("Iran threatened to launch a new offensive unless Baghdad accepted its conditions.", "THREATEN", "IRQ"),
        ("Israel threatened to ban voting in East Jerusalem if Hamas ran in the election.", "THREATEN", "PSE"),
        ("Senegal severed diplomatic relations with Iran.", "SANCTION", "IRN"),
    ],
)
def test_a_threat_or_refusal_targets_the_object_of_its_act_or_who_must_avert_it(
    sentence: str, event_type: str, target_country: str
) -> None:
    event = next(event for event in events_of(sentence) if event["event_type"] == event_type)
    assert event["target_country"] == target_country


def test_a_threat_has_no_target_from_a_condition_on_its_own_source() -> None:
    (event,) = events_of("Russia threatened to stop the talks if Russia's demands were ignored.")
    assert event["target_country"] is None


@pytest.mark.parametrize(
    ("sentence", "event_type", "source_country", "target_country"),
    [
        (
            "The African Union decided to keep its sanctions on Mali, rebuffing Bamako's call to lift them.",
            "REJECT",
            None,
            "MLI",
        ),
        ("Israeli troops raided the camp overnight, arresting five men.", "COERCE", "ISR", None),
        ("Yielding to union demands, Kenya's president dismissed his labour minister.", "CONCEDE", "KEN", None),
        (
            "During a phone call on Monday, the Turkish president and Russia's Vladimir Putin discussed Syria.",
            "CONSULT",
            "TUR",
            "RUS",
        ),
    ],
)
def test_a_participial_phrase_shares_the_subject_of_its_clause(
    sentence: str, event_type: str, source_country: str | None, target_country: str | None
) -> None:
    events = [e for e in events_of(sentence) if e["event_type"] == event_type]
    assert (events[-1]["source_country"], events[-1]["target_country"]) == (source_country, target_country)


def test_a_trailing_participle_never_takes_the_object_or_a_reported_subject_as_its_source() -> None:
    assert not any(
        e["event_type"] == "REQUEST"
        for e in events_of(
            "Opposition supporters blocked a Belgrade boulevard for a third day, demanding a rerun of the vote."
        )
    )
    killings = [
        e
        for e in events_of("Egypt said Hamas fired rockets at Israel, killing two people.")
        if e["trigger_text"] == "killing"
    ]
    assert all(e["source_country"] != "EGY" for e in killings)


def test_a_name_that_starts_with_an_ing_word_opens_no_participial_phrase() -> None:
    (event,) = events_of("Planning Minister Jan Kowal said Poland is committed to opening its market.")
    assert event["source_country"] == "POL"


@pytest.mark.parametrize(
    ("sentence", "event_type", "source_country"),
    [
        (
            "The Kenya National Union of Teachers (KNUT), the largest union of teachers, announced Monday that it "
            "has called off its strike.",
            "CONCEDE",
            "KEN",
        ),
        (
            "Members of the Arab Lawyers Union, a body based in Cairo, investigated the detention of 300 Iraqis.",
            "ACCUSE",
            None,
        ),
        ("Two Serbian battalions have been demobilized.", "RETREAT", "SRB"),
        ("Belgrade said it would recognise the new government.", "SUPPORT", "SRB"),
    ],
)
def test_reporters_with_an_appositive_group_members_withdrawn_forces_and_belgrade(
    sentence: str, event_type: str, source_country: str | None
) -> None:
    event = next(e for e in events_of(sentence) if e["event_type"] == event_type)
    assert event["source_country"] == source_country
    assert event["source_actor"] is not None


@pytest.mark.parametrize(
    ("sentence", "source_actor"),
    [
        ("A suicide bomber attacked a police station in Kabul in an attack claimed by the Taliban.", "Taliban"),
        ("Two soldiers were killed by a roadside bomb in Kandahar; the Taliban claimed responsibility.", "Taliban"),
    ],
)
def test_the_group_that_claims_an_attack_is_its_source(sentence: str, source_actor: str) -> None:
    event = next(e for e in events_of(sentence) if e["event_type"] == "ASSAULT")
    assert source_actor in event["source_actor"]


def test_police_take_the_one_country_a_sentence_is_set_in() -> None:
    event = events_of("Riot police fired tear gas at students marching on parliament in Nairobi.")[0]
    assert (event["event_type"], event["source_country"], event["location_name"]) == ("ASSAULT", "KEN", None)


def test_what_is_discussed_is_not_a_partner() -> None:
    assert events_of("Putin discussed Syria on Monday.") == []
    (event,) = events_of("Putin discussed Syria with Erdogan.")
    assert event["target_country"] == "TUR"


def test_a_phone_call_on_a_day_is_not_a_call_on_someone() -> None:
    assert [e["event_type"] for e in events_of("In a phone call on Monday, Erdogan and Putin discussed Syria.")] == [
        "CONSULT",
        "CONSULT",
    ]


@pytest.mark.parametrize(
    ("sentence", "event_type", "source_actor"),
    [
        ("Rebels attacked a village on Sunday.", "ASSAULT", "rebels"),
        ("Soldiers raped dozens of women in villages over two nights.", "ASSAULT", "military"),
        ("Hundreds of police were deployed around the square.", "MOBILIZE", "police"),
        ("The rebels said they would attack the capital.", "ASSAULT", "rebels"),
    ],
)
def test_an_armed_force_with_no_nationality_is_a_source_without_a_country(
    sentence: str, event_type: str, source_actor: str
) -> None:
    event = next(e for e in events_of(sentence) if e["event_type"] == event_type)
    assert (event["source_actor"], event["source_country"]) == (source_actor, None)


def test_a_bare_government_or_a_force_away_from_its_verb_is_no_source() -> None:
    assert events_of("The government threatened to expel the ambassador.") == []
    assert events_of("Airbus flew its military transport for visiting Malaysian defence officials.") == []
    (event,) = events_of("The army urged the rebels to surrender.")
    assert event["target_actor"] is None


def test_coordinated_leaders_named_with_a_possessive_country() -> None:
    (event,) = events_of("Turkey's Recep Tayyip Erdogan and Russia's Vladimir Putin met in Sochi on Monday.")
    assert (event["source_country"], event["target_country"], event["location_name"]) == ("TUR", "RUS", "Sochi")


def test_a_capital_that_modifies_a_noun_is_not_its_government() -> None:
    (protest,) = events_of("Opposition supporters blocked a major Belgrade boulevard.")
    assert (protest["event_type"], protest["source_country"], protest["target_country"]) == ("PROTEST", None, None)
    (event,) = events_of("The Ankara government rejected the proposal.")
    assert event["source_country"] == "TUR"


def test_a_name_the_table_does_not_list_right_before_the_verb_is_its_source() -> None:
    (event,) = events_of("Juan Foo rejected the plan.")
    assert (event["source_actor"], event["source_country"], event["event_type"]) == ("Juan Foo", None, "REJECT")
    assert events_of("On Monday the ministry rejected the plan.") == []


def test_the_pope_appeals_to_a_country() -> None:
    (event,) = events_of("Pope Francis appealed on Sunday to Burundi's warring factions to spare civilians.")
    assert (event["source_country"], event["target_country"], event["event_type"]) == ("VAT", "BDI", "REQUEST")


def test_the_agent_of_a_passive_inside_the_trigger_is_its_source() -> None:
    (event,) = events_of("South Sudan was recognised by Sudan as an independent state.")
    assert (event["source_country"], event["target_country"]) == ("SDN", "SSD")


def test_a_country_owns_the_unlisted_name_after_its_possessive() -> None:
    (event,) = events_of("Tunisia's ruling Ennahda party agreed to replace the prime minister.")
    assert (event["source_actor"], event["source_country"]) == ("Ennahda party", "TUN")


@pytest.mark.parametrize(
    "sentence",
    [
        "Hurricane Katrina destroyed thousands of homes.",
        "Separately Jones condemned the decision.",
        "Fighting between rebels and soldiers killed 20 people.",
        "Three suspects were held by Kenyan police responsible for the area.",
        "Russian troops assembled to attack Kyiv.",
    ],
)
def test_no_event_from_a_storm_an_adverb_one_side_of_a_pair_or_a_purpose(sentence: str) -> None:
    assert events_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "source_country"),
    [
        ("Israel said a defiant Damascus had attacked its jets.", "SYR"),
        ("An isolated Pyongyang rejected the offer.", "PRK"),
        ("Syria's Muslim Brotherhood rejected the plan.", "SYR"),
    ],
)
def test_a_capital_before_a_verb_still_acts_and_a_possessive_country_owns_a_body(
    sentence: str, source_country: str
) -> None:
    (event,) = events_of(sentence)
    assert event["source_country"] == source_country


def test_a_boycott_by_a_state_is_a_sanction_and_by_a_crowd_a_protest() -> None:
    (state,) = events_of("Saudi Arabia boycotted Israeli goods.")
    assert (state["event_type"], state["cameo_code"], state["target_country"]) == ("SANCTION", "163", "ISR")
    (crowd,) = events_of("Teachers boycotted classes in Nairobi.")
    assert (crowd["event_type"], crowd["cameo_code"]) == ("PROTEST", "143")


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo_code"),
    [
        ("China protested the sale of arms to Taiwan.", "ACCUSE", "114"),
        ("Students protested against the new law in Dhaka.", "PROTEST", "141"),
        ("Palestinians protested against the settlements in Hebron.", "PROTEST", "141"),
    ],
)
def test_a_state_that_protests_complains_officially(sentence: str, event_type: str, cameo_code: str) -> None:
    (event,) = events_of(sentence)
    assert (event["event_type"], event["cameo_code"]) == (event_type, cameo_code)


def keys_of(events: list[dict[str, Any]]) -> list[str]:
    return sorted(f"{e['event_type']}:{e['source_country'] or ''}>{e['target_country'] or ''}" for e in events)


@pytest.mark.parametrize(
    ("sentence", "published", "keys"),
    [
        ("Kenya condemned the abduction of Ugandan diplomats.", dt.date(2009, 5, 2), ["ACCUSE:KEN>"]),
        ("Mubarak denounced the coup against Sudanese President Nimeiri.", dt.date(1985, 4, 7), ["ACCUSE:EGY>"]),
        (
            "Bosnian Croat forces attacked Bosnian government troops near Mostar.",
            dt.date(1993, 5, 10),
            ["ASSAULT:BIH>BIH"],
        ),
        ("Kenyan police arrested dozens of protesters on Friday.", dt.date(2008, 1, 18), ["COERCE:KEN>KEN"]),
        ("Indian troops fired on protesters in Srinagar.", dt.date(2010, 7, 6), ["ASSAULT:IND>IND"]),
        ("Israeli troops fired on protesters in Ramallah.", dt.date(2000, 10, 5), ["ASSAULT:ISR>"]),
        ("Iraqi forces invaded the emirate of Kuwait.", dt.date(1990, 8, 2), ["ASSAULT:IRQ>KWT"]),
        ("Arafat accused Israel of breaking the accord.", dt.date(1996, 9, 26), ["ACCUSE:PSE>ISR"]),
        ("Gadhafi's troops shelled rebel positions near Misrata.", dt.date(2011, 4, 20), ["ASSAULT:LBY>LBY"]),
    ],
)
def test_victims_of_a_condemned_act_same_class_targets_local_targets_and_leaders(
    sentence: str, published: dt.date, keys: list[str]
) -> None:
    assert keys_of(events_on(sentence, published)) == keys


def test_a_nationality_after_a_preposition_of_place_is_no_meeting_partner() -> None:
    assert events_on("Putin met aboard a Turkish yacht.", dt.date(2019, 5, 2)) == []


def test_an_ethnic_group_acts_without_a_state() -> None:
    (event,) = events_of("Ethnic Hungarians staged a rally in the town on Sunday.")
    assert (event["event_type"], event["source_actor"], event["source_country"]) == ("PROTEST", "ethnic group", None)


def event_keys(sentence: str, published: dt.date = PUBLISHED) -> list[str]:
    return keys_of(events_on(sentence, published))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tokyo demanded compensation from Beijing on Monday.", ["REQUEST:JPN>CHN"]),
        ("Syria fired several rockets at Jordan overnight.", ["ASSAULT:SYR>JOR"]),
        ("Peru withdrew its troops from Ecuador on Friday.", ["RETREAT:PER>ECU"]),
        ("Chile sent a note of protest to Lima over the fishing dispute.", ["ACCUSE:CHL>PER"]),
        ("North Korea vowed to hit back at Seoul.", ["THREATEN:PRK>KOR"]),
        ("Nigeria sent 2,000 peacekeeping troops to Liberia on Monday.", ["AID:NGA>LBR"]),
    ],
)
def test_a_country_in_the_target_slot_of_a_trigger_is_no_place(sentence: str, expected: list[str]) -> None:
    assert event_keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Jordan's King Hussein flew to Cairo on Monday for talks with Egyptian President Hosni Mubarak.",
            ["CONSULT:JOR>EGY"],
        ),
        ("Baghdad rejected demands for a withdrawal from Kuwait.", ["REJECT:IRQ>"]),
        ("Thousands of Americans marched to Washington on Sunday.", ["PROTEST:USA>"]),
        ("Thousands of Egyptians marched in downtown Cairo on Friday.", ["PROTEST:EGY>"]),
    ],
)
def test_a_destination_a_withdrawal_and_a_march_keep_their_place(sentence: str, expected: list[str]) -> None:
    assert event_keys(sentence, dt.date(1990, 6, 1)) == expected


def test_a_by_phrase_with_an_article_names_the_agent_of_a_passive() -> None:
    assert event_keys("The Iraqi frigate was torpedoed by an Iranian submarine on Monday.") == ["ASSAULT:IRN>IRQ"]


def test_two_parties_that_sign_a_treaty_or_restore_ties_do_it_to_each_other() -> None:
    assert event_keys("Ethiopia and Eritrea signed a peace agreement on Monday.") == ["SUPPORT:ETH>ERI"]
    assert event_keys("Britain and Iran restored diplomatic relations on Tuesday.") == ["SUPPORT:GBR>IRN"]
    assert event_keys("Spain and Portugal praised the agreement on Monday.") == ["SUPPORT:ESP>", "SUPPORT:PRT>"]


def test_a_dateline_agency_is_never_an_actor() -> None:
    assert event_keys("MANILA, March 3 (Reuters) - The Philippines demanded an apology from Beijing.") == [
        "REQUEST:PHL>CHN"
    ]


def test_the_released_are_never_the_source_of_their_release() -> None:
    assert event_keys("Three Italian engineers held in Lagos were released on Sunday.") == []
    assert event_keys("Two French journalists were set free by their captors on Friday.") == []


def test_a_nominal_attack_takes_its_by_agent_and_its_on_target() -> None:
    assert event_keys(
        "Tuesday's mortar attack by Hamas militants on the Israeli town of Sderot wounded two people."
    ) == ["ASSAULT:PSE>ISR"]


def test_the_second_verb_of_a_coordinated_predicate_keeps_the_first_subject() -> None:
    assert event_keys(
        "Chancellor Helmut Kohl telephoned French President Francois Mitterrand on Friday and thanked him for"
        " his support.",
        dt.date(1990, 6, 1),
    ) == ["CONSULT:DEU>FRA", "SUPPORT:DEU>FRA"]
    assert event_keys(
        "Haiti's President Jean-Claude Duvalier bowed to mass protests and left Haiti on Friday.", dt.date(1986, 2, 7)
    ) == ["CONCEDE:HTI>"]
    assert event_keys("Iraqi forces attacked and killed Iranian soldiers on Monday.") == ["ASSAULT:IRQ>IRN"]


def test_an_actor_coordinated_with_the_by_agent_is_no_target_but_a_second_source() -> None:
    events = event_keys("The town was shelled by Syrian and Russian forces on Monday.")
    assert events == ["ASSAULT:RUS>", "ASSAULT:SYR>"]


def test_the_subject_of_a_passive_is_acted_on_unless_forces_deploy() -> None:
    assert event_keys("Maria Corina Machado was detained on Friday.") == []
    assert event_keys("Riot police were attacked in Kampala on Friday.") == []
    assert event_keys("Riot police were deployed in Kampala on Friday.") == ["MOBILIZE:UGA>"]


def test_the_verb_of_a_relative_clause_never_takes_the_main_subject() -> None:
    events = events_of("Riot police shot dead a man who attacked officers in Lyon, French media reported.")
    assert [(e["event_type"], e["trigger_text"]) for e in events] == [("ASSAULT", "shot")]


@pytest.mark.parametrize(
    ("row", "sentence", "expected"),
    [
        ("t.boycott,!boycott/v,143,0.9,,0,,,,,,,", "Saudi Arabia boycotted Israeli goods.", ["PROTEST:SAU>ISR"]),
        ("t.boycott,!boycott/v,143,0.9,,0,,,,,,,163", "Saudi Arabia boycotted Israeli goods.", ["SANCTION:SAU>ISR"]),
        (
            "t.boycott,!boycott/v,143,0.9,,0,,,,,,,163",
            "Egyptian students boycotted Israeli goods.",
            ["PROTEST:EGY>ISR"],
        ),
        ("t.discuss,!discuss/v,040,0.9,,0,,,,,,,", "Turkey discussed Syria.", ["CONSULT:TUR>SYR"]),
        ("t.discuss,!discuss/v,040,0.9,,0,,,,,,topic-object,", "Turkey discussed Syria.", []),
        (
            "t.discuss,!discuss/v,040,0.9,,0,,,,,,topic-object,",
            "Turkey discussed Syria with Russia.",
            ["CONSULT:TUR>RUS"],
        ),
        (
            "t.ties,!restore/v ~3 relation/n,054,0.9,,0,,,,,,,",
            "Cuba and Chile restored relations.",
            ["SUPPORT:CHL>", "SUPPORT:CUB>"],
        ),
        (
            "t.ties,!restore/v ~3 relation/n,054,0.9,,0,,,,,,mutual,",
            "Cuba and Chile restored relations.",
            ["SUPPORT:CUB>CHL"],
        ),
    ],
)
def test_lexicon_roles_and_state_codes_guide_extraction(
    tmp_path: Path, row: str, sentence: str, expected: list[str]
) -> None:
    lexicon = tmp_path / "triggers.csv"
    lexicon.write_text(
        f"id,pattern,cameo,confidence,mode,embeds,unless_next,unless_prev,note,span,only_when,roles,by_state\n{row}\n",
        encoding="utf-8",
    )
    resources = replace(default_resources(), triggers=TriggerFinder(lexicon))
    document = english_text_document("doc", sentence, PUBLISHED)
    events = extract_document(document, RUN, resources, min_confidence=0.5).events
    assert (
        sorted(f"{e['event_type']}:{e['source_country'] or ''}>{e['target_country'] or ''}" for e in events) == expected
    )


def pairs_of(events: list[dict[str, Any]]) -> list[tuple[str | None, str | None]]:
    return [(e["source_country"], e["target_country"]) for e in events]


def test_coordinated_sources_and_targets_give_one_event_per_pair_with_one_trigger() -> None:
    events = events_of("Britain and France accused Russia and Syria of war crimes in Aleppo.")
    assert pairs_of(events) == [("GBR", "RUS"), ("GBR", "SYR"), ("FRA", "RUS"), ("FRA", "SYR")]
    assert len({(e["trigger_start"], e["trigger_end"], e["char_start"], e["char_end"]) for e in events}) == 1
    assert all(e["participants"] == ["France", "Russian Federation", "Syria", "United Kingdom"] for e in events)
    assert all("one of 4 events" in e["actor_detail"] for e in events)


def test_two_events_from_one_trigger_have_different_ids_and_the_same_ids_on_a_rerun() -> None:
    sentence = "The European Union imposed sanctions on Russia and Belarus on Monday."
    first, second = events_of(sentence), events_of(sentence)
    assert len(first) == 2 and first[0]["trigger_start"] == first[1]["trigger_start"]
    assert first[0]["event_id"] != first[1]["event_id"]
    assert [e["event_id"] for e in first] == [e["event_id"] for e in second]


def test_actors_beyond_the_cap_are_named_not_paired() -> None:
    events = events_of("Britain, France, Germany, Italy and Spain condemned Russia on Monday.")
    assert pairs_of(events) == [("GBR", "RUS"), ("FRA", "RUS"), ("DEU", "RUS"), ("ITA", "RUS")]
    assert all("not paired: Spain" in e["actor_detail"] for e in events)
    assert all("Spain" in e["participants"] for e in events)


COUNTRIES = ("France", "Germany", "Italy", "Spain", "Poland", "Japan", "Brazil", "Egypt", "Kenya", "Chile")


def listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


@settings(max_examples=25, deadline=None)
@given(st.permutations(COUNTRIES), st.integers(1, 6), st.integers(1, 4))
def test_every_listed_pair_up_to_the_cap_is_an_event_with_its_own_id(
    order: list[str], source_count: int, target_count: int
) -> None:
    sources, targets = list(order[:source_count]), list(order[source_count : source_count + target_count])
    events = events_of(f"{listed(sources)} condemned {listed(targets)} on Monday.")
    paired = [(s, t) for s in sources[:MAX_COORDINATED_ACTORS] for t in targets[:MAX_COORDINATED_ACTORS]]
    assert [(e["source_actor"], e["target_actor"]) for e in events] == paired
    assert len({e["event_id"] for e in events}) == len(events)
    assert all(("not paired" in (e["actor_detail"] or "")) == (source_count > MAX_COORDINATED_ACTORS) for e in events)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Turkey and Russia met in Sochi on Monday.", ["CONSULT:TUR>RUS"]),
        ("Putin met Erdogan and Rouhani in Tehran on Friday.", ["CONSULT:RUS>TUR"]),
        ("Israeli troops and Hezbollah guerrillas clashed in southern Lebanon.", ["ASSAULT:ISR>LBN"]),
        ("The war between Iran and Iraq has killed hundreds of thousands of people.", ["ASSAULT:IRN>IRQ"]),
    ],
)
def test_symmetric_acts_and_pairs_give_one_event_between_the_two(sentence: str, expected: list[str]) -> None:
    assert event_keys(sentence, dt.date(2019, 6, 1)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The United States accused Russia and its ally Syria of war crimes.", ["ACCUSE:USA>RUS"]),
        ("Britain, a member of NATO, condemned Russia on Tuesday.", ["ACCUSE:GBR>RUS"]),
        ("Iran's foreign minister, Javad Zarif, condemned the United States.", ["ACCUSE:IRN>USA"]),
        ("The European Union imposed sanctions on Russia and on companies that help it.", ["SANCTION:>RUS"]),
        ("Britain condemned Iran and Russia vetoed the resolution.", ["ACCUSE:GBR>IRN", "REJECT:RUS>"]),
        ("Iraq invaded Kuwait and Syria condemned the invasion.", ["ACCUSE:SYR>", "ASSAULT:IRQ>KWT"]),
        ("Croatia accused Bosnia and Herzegovina of failing to protect its border.", ["ACCUSE:HRV>BIH"]),
        ("Israel sealed off the West Bank and Gaza Strip on Tuesday.", ["COERCE:ISR>PSE"]),
    ],
)
def test_no_fan_out_without_a_real_list_of_distinct_parties(sentence: str, expected: list[str]) -> None:
    assert event_keys(sentence, dt.date(2019, 6, 1)) == expected


def test_a_list_that_a_governing_word_opens_is_no_list_of_subjects() -> None:
    assert event_keys("LONDON (Reuters) - Britain and France condemned Iran.") == ["ACCUSE:FRA>IRN", "ACCUSE:GBR>IRN"]
    assert event_keys("Officials said Britain and France would impose sanctions on Syria.") == [
        "SANCTION:FRA>SYR",
        "SANCTION:GBR>SYR",
    ]
    assert event_keys("The European Union imposed sanctions on Belarus, and Russia condemned the move.") == [
        "ACCUSE:RUS>",
        "SANCTION:>BLR",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ethiopian troops recaptured the town of Badme from Eritrea on Friday.", ["COERCE:ETH>ERI"]),
        ("Ukrainian forces retook the city of Kherson from Russian troops.", ["COERCE:UKR>RUS"]),
        ("Britain demanded the release of its 15 naval personnel from Iran.", ["REQUEST:GBR>IRN"]),
        ("Turkish troops captured the town of Afrin in northern Syria on Sunday.", ["COERCE:TUR>"]),
        ("Israel demanded the withdrawal of Syrian troops from Lebanon.", ["REQUEST:ISR>SYR"]),
    ],
)
def test_a_target_past_an_of_phrase_and_never_the_of_noun(sentence: str, expected: list[str]) -> None:
    assert event_keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "event_type", "target"),
    [
        ("Pakistan complained to the U.N. Security Council about India's shelling.", "ACCUSE", "India"),
        ("The United States filed a complaint with the World Trade Organization against China.", "ACCUSE", "China"),
        ("Ukraine appealed to the U.N. Security Council against Russia's attacks.", "ACCUSE", "Russian Federation"),
        ("Pakistan complained to the U.N. Security Council about the shelling.", "ACCUSE", "U.N. Security Council"),
        ("China complained to the United States about the visit.", "ACCUSE", "United States of America"),
        ("Iraq appealed to the U.N. Security Council against the war.", "REQUEST", "U.N. Security Council"),
    ],
)
def test_a_complaint_to_a_body_targets_the_party_complained_about(sentence: str, event_type: str, target: str) -> None:
    (event,) = events_of(sentence)
    assert (event["event_type"], event["target_actor"]) == (event_type, target)


def test_an_appeal_to_a_body_against_a_party_is_an_official_complaint() -> None:
    (event,) = events_of("Ukraine appealed to the U.N. Security Council against Russia's intervention.")
    assert (event["cameo_code"], event["target_country"]) == ("114", "RUS")
    assert "appeal to U.N. Security Council against the target" in event["rule"]


@pytest.mark.parametrize(
    ("sentence", "readings"),
    [
        ("Officials attacked the village on Sunday.", 1),
        ("Rebels attacked the village on Sunday.", 2),
    ],
)
def test_roles_are_read_again_only_when_a_bare_armed_agent_may_be_the_source(
    sentence: str, readings: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    read = extraction.assign_roles

    def counted(*args: Any, **kwargs: Any) -> extraction.Roles:
        calls.append(args[2])
        return read(*args, **kwargs)

    monkeypatch.setattr(extraction, "assign_roles", counted)
    events_of(sentence)
    assert len(calls) == readings


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israel agreed on Thursday to hold direct talks with Syria in Washington.", ["AGREE:ISR>SYR"]),
        ("The Soviet Union expressed willingness to cooperate with the United States.", ["AGREE:RUS>USA"]),
        ("Russia agreed to supply India with 40 fighter jets.", ["AGREE:RUS>IND"]),
        ("Israel agreed to release 26 Palestinian prisoners on Tuesday.", ["AGREE:ISR>PSE"]),
        ("Britain pledged to expel Russian diplomats.", ["AGREE:GBR>"]),
        ("The United States pledged to impose sanctions on Syria.", ["AGREE:USA>"]),
        ("The United States pledged to withdraw its troops from Afghanistan within 14 months.", ["AGREE:USA>"]),
        ("Israel agreed to a 24-hour ceasefire in Gaza on Saturday.", ["AGREE:ISR>"]),
    ],
)
def test_a_promise_takes_the_target_of_a_promised_act_of_cooperation_only(sentence: str, expected: list[str]) -> None:
    assert event_keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("France offered to send troops to Haiti as part of a peacekeeping force.", ["AGREE:FRA>HTI"]),
        ("Germany said it was prepared to send 4,000 troops to Bosnia.", ["AGREE:DEU>BIH"]),
        ("The Taliban offered to hand over Osama bin Laden to Pakistan for trial.", ["AGREE:AFG>PAK"]),
        ("The Taliban refused on Sunday to hand over Osama bin Laden to the United States.", ["REJECT:AFG>USA"]),
        ("Germany agreed to send troops to the border region next year.", ["AGREE:DEU>"]),
        ("Iraq agreed to send more troops to the Syrian border.", ["AGREE:IRQ>"]),
        ("Mexico promised to send more troops to the U.S. border.", ["AGREE:MEX>"]),
        ("Egypt agreed to send troops to Saudi Arabia's northern border.", ["AGREE:EGY>"]),
        ("Germany refused to send troops to Iraq.", ["REJECT:DEU>"]),
    ],
)
def test_a_promise_or_refusal_to_hand_something_over_targets_its_recipient(sentence: str, expected: list[str]) -> None:
    assert event_keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Germany scrapped talks with Turkey on Tuesday.", ["SANCTION:DEU>TUR"]),
        ("Brazil canceled a state visit to the United States over the spying row.", ["SANCTION:BRA>USA"]),
        ("Russia cancelled a meeting to discuss Syria.", ["SANCTION:RUS>"]),
        ("Japan cancelled a summit in Tokyo because of the pandemic.", ["SANCTION:JPN>"]),
    ],
)
def test_a_cancelled_meeting_is_denied_to_its_partner(sentence: str, expected: list[str]) -> None:
    assert event_keys(sentence) == expected


def test_a_cancelled_meeting_takes_the_prepositions_of_its_partner() -> None:
    (cancelled,) = default_resources().triggers.find("Germany scrapped talks with Turkey.")
    (refused,) = default_resources().triggers.find("Germany rejected the plan.")
    assert extraction.target_prepositions(cancelled) == extraction.MEETING_PARTNER_PREPOSITIONS
    assert extraction.target_prepositions(refused) == frozenset()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Turkey formally requested the extradition of cleric Fethullah Gulen from the United States.",
            ["REQUEST:TUR>USA"],
        ),
        ("Britain demanded the release of 15 British sailors from Iran.", ["REQUEST:GBR>IRN"]),
        ("Britain demanded the withdrawal of its diplomats from Libya.", ["REQUEST:GBR>"]),
        ("Turkey requested the evacuation of its nationals from Libya.", ["REQUEST:TUR>"]),
    ],
)
def test_who_holds_what_is_requested_is_the_target_past_an_of_phrase(sentence: str, expected: list[str]) -> None:
    assert event_keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hundreds of Pakistanis took to the streets of Karachi to protest against U.S. drone strikes.",
            ["PROTEST:PAK>USA"],
        ),
        ("Israel said it was prepared to use force to stop Iran from acquiring nuclear weapons.", ["THREATEN:ISR>IRN"]),
        ("The United States said it was prepared to use force to defend Saudi Arabia.", ["THREATEN:USA>"]),
        ("Thousands of Britons took to the streets of London to protest against the war in Iraq.", ["PROTEST:GBR>"]),
    ],
)
def test_a_protest_or_threat_is_aimed_at_whom_its_purpose_clause_opposes(sentence: str, expected: list[str]) -> None:
    assert event_keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The State Department said it was investigating reports that Israel had used cluster bombs.",
            ["ACCUSE:USA>ISR"],
        ),
        ("The U.N. launched an investigation into alleged abuses by Syrian government forces.", ["ACCUSE:>SYR"]),
        ("NATO is investigating reports that Afghan civilians were killed in an air strike.", ["ACCUSE:>"]),
        ("Spain is investigating claims that British tourists died after drinking tainted alcohol.", ["ACCUSE:ESP>"]),
        ("The Pentagon is investigating reports that a U.S. drone crashed in Iran.", ["ACCUSE:USA>"]),
    ],
)
def test_an_investigation_targets_the_party_of_the_wrong_it_looks_into(sentence: str, expected: list[str]) -> None:
    assert event_keys(sentence) == expected


@pytest.mark.parametrize(
    ("text", "travel"),
    [
        ("sailed to", True),
        ("will sail to", True),
        ("marched to", True),
        ("travelled to", True),
        ("the sailors' release from", False),
        ("its fleet to", False),
        ("the marchers from", False),
        ("a walkout from", False),
    ],
)
def test_travel_words_are_whole_words(text: str, travel: bool) -> None:
    assert bool(extraction._TRAVEL_WORD.search(text)) is travel


def test_sailors_released_from_a_country_are_no_travel() -> None:
    assert event_keys("Britain sought the sailors' release from Iran.") == ["REQUEST:GBR>IRN"]


def key_of(event: dict[str, Any]) -> str:
    return f"{event['event_type']}:{event['source_country'] or ''}>{event['target_country'] or ''}"


@pytest.mark.parametrize(
    ("sentence", "target_country"),
    [
        ("A Turkish diplomat was gunned down in a Paris street on Wednesday.", "TUR"),
        ("Two Iraqi policemen were shot dead at a checkpoint in Mosul on Sunday.", "IRQ"),
        ("Two Lebanese soldiers were abducted near the Syrian border on Tuesday.", "LBN"),
        ("A Mexican police chief was shot dead in Ciudad Juarez, the state prosecutor's office said.", "MEX"),
        ("Tunisian opposition leader Chokri Belaid was shot dead outside his home in Tunis.", "TUN"),
    ],
)
def test_a_deliberate_attack_on_a_political_victim_has_an_unidentified_perpetrator(
    sentence: str, target_country: str
) -> None:
    (event,) = events_of(sentence)
    assert (event["event_type"], event["source_actor"], event["target_country"]) == (
        "ASSAULT",
        "unidentified perpetrator",
        target_country,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "A Japanese tourist was stabbed in Paris on Sunday.",
        "Two Russian soldiers were killed in Grozny on Sunday.",
        "A Kenyan police officer was shot dead by a colleague in a dispute over money.",
        "A Brazilian police officer was shot during a robbery in Sao Paulo.",
        "A Thai soldier was shot in the leg during a training exercise on Tuesday.",
        "British troops were attacked in Basra on Saturday.",
        "Fifty years after a Turkish diplomat was gunned down in Paris, a plaque was unveiled.",
        "Two Iraqi policemen were shot dead by American troops at a checkpoint in Mosul.",
    ],
)
def test_no_unidentified_perpetrator_for_citizens_crime_mishaps_named_agents_or_background(sentence: str) -> None:
    assert all(event["source_actor"] != "unidentified perpetrator" for event in events_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Bosnian Serb opposition leader Momcilo Krajisnik was arrested in Pale on Monday.",
        "Former Iraqi President Saddam Hussein was executed in Baghdad on Saturday.",
        "A suspected drug dealer was shot dead by police in Rio de Janeiro on Monday.",
    ],
)
def test_arrests_executions_and_police_killings_get_no_unidentified_perpetrator(sentence: str) -> None:
    assert all(event["source_actor"] != "unidentified perpetrator" for event in events_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Egyptian President Hosni Mubarak escaped an assassination attempt in Addis Ababa.", "ASSAULT:>EGY"),
        ("British Prime Minister Theresa May survived a fierce attack on her Brexit plan.", "-"),
        ("Egyptian President Hosni Mubarak survived an attack of pneumonia.", "-"),
    ],
)
def test_the_subject_of_an_escaped_attempt_is_its_target_unless_the_attack_is_a_figure(
    sentence: str, expected: str
) -> None:
    assert (" ".join(sorted(key_of(event) for event in events_of(sentence))) or "-") == expected


@pytest.mark.parametrize(
    ("sentence", "target_country"),
    [
        ("A car bomb exploded outside the Israeli embassy in London on Tuesday.", "ISR"),
        ("A truck bomb ripped through the U.S. Embassy in Nairobi on Friday, killing 200 people.", "USA"),
        ("A suicide bomber blew himself up outside a Pakistani army training centre on Tuesday.", "PAK"),
    ],
)
def test_a_bomb_that_goes_off_at_a_states_premises_targets_that_state(sentence: str, target_country: str) -> None:
    (event,) = events_of(sentence)
    assert (event["source_actor"], event["target_country"]) == ("unidentified perpetrator", target_country)


@pytest.mark.parametrize(
    "sentence",
    [
        "A car bomb exploded in a crowded market in Baghdad on Sunday, killing 30 people.",
        "A truck bomb tore through the United Nations headquarters in Baghdad on Tuesday.",
        "A bomb exploded near the Indian border on Monday.",
        "Police defused a car bomb near the British embassy in Madrid on Tuesday.",
    ],
)
def test_a_bomb_with_no_political_victim_or_that_never_went_off_is_no_event(sentence: str) -> None:
    assert events_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israel's shelling of Gaza intensified on Sunday.", "ASSAULT:ISR>PSE"),
        ("The U.S. bombardment of Baghdad intensified on Friday.", "ASSAULT:USA>IRQ"),
        ("The kidnapping of an Israeli soldier by Palestinian militants left two soldiers dead.", "ASSAULT:PSE>ISR"),
        ("Israeli warplanes raided the headquarters of the Palestine Liberation Organization.", "ASSAULT:ISR>PSE"),
    ],
)
def test_the_agent_of_an_attack_noun_is_its_source_and_the_of_noun_or_premises_owner_its_target(
    sentence: str, expected: str
) -> None:
    (event,) = events_of(sentence)
    assert key_of(event) == expected


def test_the_of_noun_of_an_attack_noun_without_an_agent_is_no_target() -> None:
    (event,) = events_of("The United States condemned the bombing of the Israeli embassy.")
    assert key_of(event) == "ACCUSE:USA>"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A Palestinian suicide bomber blew himself up outside a disco on Friday, killing 17 Israelis.",
            "ASSAULT:PSE>ISR",
        ),
        ("Turkish troops clashed with Kurdish rebels on Saturday, killing two Turkish soldiers.", "ASSAULT:TUR>"),
        ("A car bomb exploded at a market in Baghdad on Sunday, killing 12 Iraqi policemen.", "ASSAULT:>IRQ"),
    ],
)
def test_the_victims_of_a_casualty_clause_are_the_target_unless_they_are_the_attackers_own(
    sentence: str, expected: str
) -> None:
    (event,) = events_of(sentence)
    assert key_of(event) == expected


def test_a_disaster_with_a_casualty_clause_has_no_source_in_a_place() -> None:
    assert (
        events_of("A gas explosion ripped through a mine in northern China on Tuesday, killing 12 Chinese miners.")
        == []
    )


def test_a_by_phrase_in_a_later_clause_is_not_the_agent_of_a_passive() -> None:
    sentence = "A Canadian soldier was shot dead at the war memorial in Ottawa, and the gunman was killed by police."
    assert [(event["target_actor"], event["source_actor"]) for event in events_of(sentence)] == [
        ("armed group", "police")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Egyptian President Anwar Sadat was assassinated during a military parade in Cairo.",
        "Armenian Prime Minister Vazgen Sarkisian was shot dead in parliament in Yerevan.",
        "Lebanese Industry Minister Pierre Gemayel was shot dead in a Christian suburb of Beirut.",
    ],
)
def test_an_occasion_or_place_named_by_an_actor_word_is_no_candidate_attacker(sentence: str) -> None:
    (event,) = events_of(sentence)
    assert event["source_actor"] == "unidentified perpetrator"


AGENT_NOUNS = ("police", "his son", "a bodyguard", "soldiers", "a colleague", "his wife", "an angry mob")


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(AGENT_NOUNS), st.sampled_from(("shot dead", "assassinated", "stabbed", "kidnapped")))
def test_a_named_lower_case_agent_is_never_an_unidentified_perpetrator(agent: str, act: str) -> None:
    events = events_of(f"A Turkish diplomat was {act} by {agent} in Paris on Wednesday.")
    assert all(event["source_actor"] != "unidentified perpetrator" for event in events)


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("The two countries fought wars in 1947, 1965 and 1971.", dt.date(2019, 8, 20)),
        ("In 1978, Jimmy Carter brokered the Camp David accords between Egypt and Israel.", dt.date(2018, 9, 17)),
        ("China and Vietnam clashed in the Paracel Islands in 1974 and again in 1988.", dt.date(2012, 5, 30)),
    ],
)
def test_an_act_dated_years_before_publication_is_background(sentence: str, published: dt.date) -> None:
    assert events_on(sentence, published) == []


def test_an_act_dated_the_year_before_publication_is_kept() -> None:
    (event,) = events_on("Israeli jets often struck the camp in 2002, residents said.", dt.date(2003, 1, 10))
    assert event["event_type"] == "ASSAULT"


@pytest.mark.parametrize(
    "sentence",
    [
        "A British man attacked a French tourist with a knife in a bar in Malaga.",
        "A Chinese student stabbed his flatmate in Sydney, police said.",
    ],
)
def test_one_private_person_attacking_private_persons_is_a_crime(sentence: str) -> None:
    assert events_of(sentence) == []


def test_a_private_person_attacking_soldiers_is_still_an_attack() -> None:
    (event,) = events_of("A Palestinian man stabbed two Israeli soldiers in Jerusalem.")
    assert (event["event_type"], event["target_country"]) == ("ASSAULT", "ISR")


def test_a_mob_is_no_single_private_person() -> None:
    (event,) = events_of("A mob beat a Christian couple to death in Punjab province, police said.")
    assert event["event_type"] == "ASSAULT"


def test_a_date_beyond_another_trigger_dates_that_one_not_the_act() -> None:
    sentence = "Libya agreed to hand over two men suspected of bombing a Pan Am jet in 1988."
    assert [e["event_type"] for e in events_on(sentence, dt.date(1999, 4, 5))] == ["AGREE"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Spanish prime minister visited a children's hospital in Madrid on Tuesday.",
        "The French president visited a school in Lyon on Monday.",
    ],
)
def test_a_visit_to_a_place_at_home_meets_no_party(sentence: str) -> None:
    assert events_of(sentence) == []


def test_a_visit_to_a_country_meets_it() -> None:
    (event,) = events_of("The Spanish prime minister visited Morocco on Thursday.")
    assert (event["event_type"], event["target_country"]) == ("CONSULT", "MAR")


def test_list_members_past_the_fourth_of_an_embedded_act_are_named_not_dropped() -> None:
    events = events_of(
        "The European Union threatened to impose sanctions on Russia, Belarus, Iran, Syria, Venezuela and Cuba."
    )
    assert [e["target_country"] for e in events] == ["RUS", "BLR", "IRN", "SYR"]
    assert all("not paired: Venezuela, Cuba" in e["actor_detail"] for e in events)


def test_a_nominal_with_a_by_agent_acts_on_the_actor_it_holds() -> None:
    assert dyads("The expulsion of two British diplomats by Moscow was announced on Friday.") == [
        ("SANCTION", "RUS", "GBR")
    ]


@pytest.mark.parametrize(
    ("sentence", "event_type", "source_country", "target_country"),
    [
        ("The Security Council issued an ultimatum to Iraq on Thursday.", "THREATEN", None, "IRQ"),
        ("Japan issued a warning to North Korea against carrying out a nuclear test.", "THREATEN", "JPN", "PRK"),
        ("Britain gave its full support to the United States on Monday.", "SUPPORT", "GBR", "USA"),
        ("Turkey launched a large-scale incursion into northern Iraq on Wednesday.", "ASSAULT", "TUR", "IRQ"),
        ("Israel issued a rejection of the Palestinian demand on Thursday.", "REJECT", "ISR", "PSE"),
        ("The United States extended a loan of $1 billion to Egypt on Thursday.", "AID", "USA", "EGY"),
        ("Tibetan exiles held a vigil outside the Chinese embassy in New Delhi.", "PROTEST", "IND", "CHN"),
    ],
)
def test_the_object_of_a_light_verb_noun_is_the_target(
    sentence: str, event_type: str, source_country: str | None, target_country: str
) -> None:
    assert dyads(sentence) == [(event_type, source_country, target_country)]


def test_harm_done_by_a_possessed_attack_is_not_done_by_the_object_s_owner() -> None:
    events = events_of("Israel's shelling of a U.N. base in Qana killed more than 100 refugees on Thursday.")
    assert [(e["event_type"], e["source_country"]) for e in events] == [("ASSAULT", "ISR")]


@pytest.mark.parametrize(
    ("sentence", "event_type", "source_country"),
    [
        ("A general strike called by Nepal's Maoist rebels paralysed Kathmandu on Monday.", "PROTEST", "NPL"),
        ("A crackdown ordered by President Hosni Mubarak left 300 dead.", "COERCE", "EGY"),
    ],
)
def test_a_participle_of_organizing_names_the_agent_of_a_nominal_act(
    sentence: str, event_type: str, source_country: str
) -> None:
    (event,) = events_of(sentence)
    assert (event["event_type"], event["source_country"]) == (event_type, source_country)


@pytest.mark.parametrize(
    ("country", "published", "foreign", "holder"),
    [
        ("IRQ", dt.date(2004, 11, 8), True, None),
        ("IRQ", dt.date(1988, 4, 8), False, None),
        ("KSV", dt.date(1998, 3, 2), True, "SRB"),
        ("KSV", dt.date(2003, 3, 2), True, None),
        ("KSV", dt.date(2012, 3, 2), False, None),
        ("PSE", dt.date(2002, 4, 3), True, None),
        ("LKA", None, False, None),
        ("IRQ", None, True, None),
    ],
)
def test_foreign_army_periods_withhold_or_hand_over_the_place_s_country(
    country: str, published: dt.date | None, foreign: bool, holder: str | None
) -> None:
    assert extraction.foreign_army_country(country, published) is foreign
    assert extraction.holding_state(country, published) == holder


def test_every_foreign_army_period_is_well_formed() -> None:
    periods = extraction.foreign_army_periods()
    assert periods
    for period in periods:
        assert len(period.country) == 3
        assert period.end is None or period.start <= period.end
        assert period.held_by is None or (len(period.held_by) == 3 and period.held_by != period.country)


@pytest.mark.parametrize(
    ("sentence", "published", "keys"),
    [
        ("The army shelled villages near Pristina in Kosovo on Sunday.", dt.date(1999, 3, 28), ["ASSAULT:SRB>"]),
        ("The military launched an assault on Falluja in Iraq.", dt.date(2004, 11, 8), ["ASSAULT:>"]),
        ("The military launched an assault on Faw in Iraq.", dt.date(1988, 4, 8), ["ASSAULT:IRQ>"]),
        (
            "ANKARA (Reuters) - The army attacked Kurdish rebel bases in northern Iraq.",
            dt.date(1995, 3, 20),
            ["ASSAULT:>"],
        ),
        (
            "COLOMBO (Reuters) - The army shelled rebel positions near Mullaittivu in Sri Lanka.",
            dt.date(2009, 5, 10),
            ["ASSAULT:LKA>LKA"],
        ),
    ],
)
def test_the_army_takes_the_place_s_country_only_where_no_other_army_fought(
    sentence: str, published: dt.date, keys: list[str]
) -> None:
    assert event_keys(sentence, published) == keys


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("Russian troops shelled Bamut and Chechen rebels fired back.", ["ASSAULT:RUS>"]),
        ("Talks between Iran and Syria resumed in Damascus on Monday.", ["CONSULT:IRN>SYR"]),
        ("Israeli tanks surrounded Arafat's compound and troops stormed the building.", ["COERCE:ISR>PSE"]),
        ("Israeli tanks and troops stormed the building.", ["ASSAULT:ISR>"]),
        ("Israeli troops backed by tanks and gunships stormed the building.", ["ASSAULT:ISR>"]),
        ("Powell met Sharon in Jerusalem and told him to withdraw troops.", []),
    ],
)
def test_an_actor_of_another_clause_joined_by_and_takes_no_role(sentence: str, keys: list[str]) -> None:
    assert event_keys(sentence, dt.date(2002, 3, 30)) == keys


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("Putin came under fire from the Chechen rebels' leaders for the crackdown.", []),
        ("The government came under attack from rebels over the peace talks.", []),
        ("Israeli troops came under fire from Hezbollah guerrillas for two hours.", ["ASSAULT:LBN>ISR"]),
        ("Israeli troops came under attack from Hezbollah's rocket batteries.", ["ASSAULT:LBN>ISR"]),
    ],
)
def test_fire_from_a_group_s_leaders_or_over_a_grievance_is_words(sentence: str, keys: list[str]) -> None:
    assert event_keys(sentence, dt.date(2006, 7, 20)) == keys


@pytest.mark.parametrize(
    ("sentence", "published", "keys"),
    [
        ("IAEA chief Mohamed ElBaradei urged Iran to suspend enrichment.", dt.date(2005, 6, 1), ["REQUEST:>IRN"]),
        (
            "Mohamed ElBaradei accused the Egyptian government of crushing dissent.",
            dt.date(2011, 1, 30),
            ["ACCUSE:EGY>EGY"],
        ),
        ("Jordan Peterson criticised the university.", dt.date(2007, 4, 10), []),
        ("Paris Hilton criticised the media.", dt.date(2008, 9, 10), []),
        ("Paris accused Washington of unilateralism.", dt.date(2001, 3, 10), ["ACCUSE:FRA>USA"]),
        ("Jordan accused Israel of violating the peace treaty.", dt.date(1998, 6, 10), ["ACCUSE:JOR>ISR"]),
    ],
)
def test_international_officials_and_people_named_like_states(
    sentence: str, published: dt.date, keys: list[str]
) -> None:
    assert event_keys(sentence, published) == keys
