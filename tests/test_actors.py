from __future__ import annotations

import csv
import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from eventlake.actors import ActorMention, ActorTable, find_actors, load_actor_table, mention_with_date
from eventlake.reference import REFERENCE_DIR
from eventlake.reference.build import build, names_the_state, parse_date, parse_date_spec
from eventlake.reference.normalize import fold_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "articles"


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return load_actor_table()


def only(mentions: list[ActorMention], actor_id: str) -> ActorMention:
    found = [mention for mention in mentions if mention.actor_id == actor_id]
    assert len(found) == 1, mentions
    return found[0]


def ids(mentions: list[ActorMention]) -> list[str]:
    return [mention.actor_id for mention in mentions]


def test_erdogan_was_prime_minister_before_2014_08_28_and_president_after(table: ActorTable) -> None:
    before = only(find_actors(table, "Erdogan said.", dt.date(2010, 5, 1)), "recep-tayyip-erdogan")
    after = only(find_actors(table, "Erdogan said.", dt.date(2018, 10, 16)), "recep-tayyip-erdogan")
    assert (before.role, before.role_checked, before.code) == ("prime minister", True, "TURGOV")
    assert (after.role, after.role_checked, after.sector) == ("president", True, "GOV")
    assert before.actor_name == "Recep Tayyip Erdogan"


def test_office_before_the_first_term_is_not_confirmed(table: ActorTable) -> None:
    mention = only(find_actors(table, "Recep Tayyip Erdogan spoke.", dt.date(2001, 1, 1)), "recep-tayyip-erdogan")
    assert not mention.role_checked
    assert mention.unresolved_reason is not None and "2003-03-14" in mention.unresolved_reason


def test_rouhani_is_no_longer_president_after_2021_08_03(table: ActorTable) -> None:
    during = only(find_actors(table, "Rouhani warned Washington.", dt.date(2019, 6, 1)), "hassan-rouhani")
    after = only(find_actors(table, "Rouhani warned Washington.", dt.date(2022, 1, 10)), "hassan-rouhani")
    assert (during.role, during.role_checked) == ("president", True)
    assert not after.role_checked and after.role is None
    assert after.unresolved_reason is not None and "ended 2021-08-03" in after.unresolved_reason
    assert after.country == "IRN"


@pytest.mark.parametrize(
    ("sentence", "actor_id", "day", "role"),
    [
        ("Sunak warned Moscow.", "rishi-sunak", dt.date(2021, 6, 1), "chancellor of the exchequer"),
        ("Sunak warned Moscow.", "rishi-sunak", dt.date(2023, 6, 1), "prime minister"),
        ("Starmer warned Moscow.", "keir-starmer", dt.date(2022, 6, 1), "leader of the opposition"),
        ("Kuleba warned Moscow.", "dmytro-kuleba", dt.date(2022, 6, 1), "foreign minister"),
        ("Kim Jong Un warned Seoul.", "kim-jong-un", dt.date(2018, 6, 1), "supreme leader"),
        ("Sisi warned Israel.", "abdel-fattah-el-sisi", dt.date(2013, 7, 3), "defense minister"),
    ],
)
def test_office_holders_after_the_dictionaries_have_dated_terms(
    table: ActorTable, sentence: str, actor_id: str, day: dt.date, role: str
) -> None:
    mention = only(find_actors(table, sentence, day), actor_id)
    assert (mention.role, mention.role_checked) == (role, True)


def test_open_ended_role_is_not_confirmed_past_its_as_of_date(table: ActorTable) -> None:
    mention = only(find_actors(table, "Lavrov said.", dt.date(2030, 1, 1)), "sergey-lavrov")
    assert not mention.role_checked
    assert mention.unresolved_reason is not None and "confirmed only until" in mention.unresolved_reason


def test_no_date_means_no_role_check(table: ActorTable) -> None:
    mention = only(find_actors(table, "Putin said.", None), "vladimir-putin")
    assert not mention.role_checked and mention.unresolved_reason == "no date given: office not checked"


def test_role_can_be_rechecked_for_another_date(table: ActorTable) -> None:
    mention = only(find_actors(table, "Erdogan said.", dt.date(2018, 1, 1)), "recep-tayyip-erdogan")
    assert mention_with_date(table, mention, dt.date(2010, 1, 1)).role == "prime minister"


def test_diacritics_are_ignored_and_offsets_keep_the_original_text(table: ActorTable) -> None:
    text = "President Recep Tayyip Erdoğan met Mevlüt Çavuşoğlu and İbrahim Kalın."
    mentions = find_actors(table, text, dt.date(2018, 9, 14))
    assert ids(mentions) == ["recep-tayyip-erdogan", "mevlut-cavusoglu", "ibrahim-kalin"]
    assert [m.surface for m in mentions] == ["President Recep Tayyip Erdoğan", "Mevlüt Çavuşoğlu", "İbrahim Kalın"]
    assert all(text[m.start : m.end] == m.surface for m in mentions)


def test_misspelt_given_name_is_taken_in(table: ActorTable) -> None:
    mention = only(
        find_actors(table, "Russian President Vladmir Putin arrived.", dt.date(2017, 9, 29)), "vladimir-putin"
    )
    assert mention.surface == "Russian President Vladmir Putin"
    assert "fuzzy-given-name" in mention.basis and mention.role == "president"


def test_another_given_name_before_a_surname_is_another_person(table: ActorTable) -> None:
    assert "hulusi-akar" not in ids(find_actors(table, "Ali Akar opened a shop.", dt.date(2020, 1, 1)))
    assert "hulusi-akar" in ids(find_actors(table, "Akar said the army was ready.", dt.date(2020, 1, 1)))


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("Putin said.", "vladimir-putin"),
        ("Erdogan said.", "recep-tayyip-erdogan"),
        ("Akar said.", "hulusi-akar"),
        ("Cavusoglu said.", "mevlut-cavusoglu"),
        ("Peskov said.", "dmitry-peskov"),
        ("Lavrov said.", "sergey-lavrov"),
        ("Shoigu said.", "sergei-shoigu"),
        ("Merkel said.", "angela-merkel"),
        ("Macron said.", "emmanuel-macron"),
        ("Netanyahu said.", "benjamin-netanyahu"),
        ("Trump said.", "donald-trump"),
        ("Fidan said.", "hakan-fidan"),
        ("Altun said.", "fahrettin-altun"),
        ("Staffan de Mistura said.", "staffan-de-mistura"),
        ("Andrey Buravov said.", "andrey-buravov"),
        ("Dimitri Peskov said.", "dmitry-peskov"),
    ],
)
def test_people_by_full_name_or_surname(table: ActorTable, text: str, actor_id: str) -> None:
    assert ids(find_actors(table, text, dt.date(2018, 10, 16))) == [actor_id]


def test_shared_surname_is_settled_by_the_date(table: ActorTable) -> None:
    assert ids(find_actors(table, "Assad spoke.", dt.date(1995, 1, 1))) == ["hafez-al-assad"]
    assert ids(find_actors(table, "Assad spoke.", dt.date(2015, 1, 1))) == ["bashar-al-assad"]


def test_person_without_dated_office_says_so(table: ActorTable) -> None:
    mention = only(find_actors(table, "Andrey Buravov said.", dt.date(2018, 10, 16)), "andrey-buravov")
    assert mention.sector == "GOV" and not mention.role_checked
    assert mention.unresolved_reason == "no dated office in the reference"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Turkish officials declined.", "Turkish officials", "TUR"),
        ("The Iranian delegation left.", "Iranian delegation", "IRN"),
        ("Turkey's position is firm.", "Turkey", "TUR"),
        ("Russia's claims were denied.", "Russia", "RUS"),
        ("Syrian refugees fled.", "Syrian refugees", "SYR"),
        ("The Palestinians rejected it.", "Palestinians", "PSE"),
        ("Iraqis voted.", "Iraqis", "IRQ"),
        ("The Afghans agreed.", "Afghans", "AFG"),
        ("Guinea closed its border.", "Guinea", "GIN"),
        ("Guinea-Bissau closed its border.", "Guinea-Bissau", "GNB"),
        ("The Serbian delegation left.", "Serbian delegation", "SRB"),
        ("The Montenegrin delegation left.", "Montenegrin delegation", "MNE"),
        ("The PRC protested.", "PRC", "CHN"),
        ("The Swedish delegation left.", "Swedish delegation", "SWE"),
        ("Turks protested.", "Turks", "TUR"),
        ("Two Britons were freed.", "Britons", "GBR"),
        ("The Turks and Caicos Islands voted.", "Turks and Caicos Islands", "TCA"),
        ("The Holy See protested.", "The Holy See", "VAT"),
        ("Soviet troops withdrew.", "Soviet troops", "RUS"),
        ("The USSR protested.", "The USSR", "RUS"),
        ("Yugoslavia protested.", "Yugoslavia", "SRB"),
        ("Northern Rhodesia protested.", "Northern Rhodesia", "ZMB"),
        ("West German police left.", "West German police", "DEU"),
    ],
)
def test_country_names_adjectives_and_possessives(table: ActorTable, text: str, surface: str, country: str) -> None:
    (mention,) = find_actors(table, text, dt.date(2018, 1, 1))
    assert (mention.surface, mention.country) == (surface, country)


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Turkish troops entered the town.", "Turkish troops", "TURMIL"),
        ("Russian warplanes struck the town.", "Russian warplanes", "RUSMIL"),
        ("Syrian government forces advanced.", "Syrian government forces", "SYRMIL"),
        ("Russian-backed Syrian government forces advanced.", "Russian-backed Syrian government forces", "SYRMIL"),
        ("A Syrian rebel group said.", "Syrian rebel group", "SYRREB"),
        ("The opposition groups refused.", "opposition groups", "REB"),
        ("The rebel groups refused.", "rebel groups", "REB"),
        ("Attacks killed civilians.", "civilians", "CVL"),
        ("The Russian foreign ministry said.", "Russian foreign ministry", "RUSGOV"),
    ],
)
def test_agent_phrases_get_country_and_sector(table: ActorTable, text: str, surface: str, code: str) -> None:
    mentions = [m for m in find_actors(table, text, dt.date(2018, 1, 1)) if m.kind == "agent-phrase"]
    assert [(m.surface, m.code) for m in mentions] == [(surface, code)]


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Security forces in Uganda opened fire.", "Security forces in Uganda", "UGACOP"),
        ("Rebels in the Ivory Coast refused.", "Rebels in the Ivory Coast", "CIVREB"),
        ("Foreign rebels in Syria refused.", "rebels", "REB"),
        ("Refugees in Hungary protested.", "Refugees", "REF"),
        ("The troops in Syria withdrew.", "troops", "MIL"),
    ],
)
def test_agent_in_a_country_takes_its_country_unless_often_foreign(
    table: ActorTable, text: str, surface: str, code: str
) -> None:
    mentions = [m for m in find_actors(table, text, dt.date(2018, 1, 1)) if m.kind == "agent-phrase"]
    assert [(m.surface, m.code) for m in mentions] == [(surface, code)]


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("The president of the Central African Republic spoke.", "president of the Central African Republic", "CAFGOV"),
        ("Thousands of Syrians marched.", "Thousands of Syrians", "SYRPPL"),
        ("Thousands of Hong Kong residents marched.", "Hong Kong residents", "HKGCVL"),
        ("People of Eritrean origin were deported.", "People", "PPL"),
    ],
)
def test_agent_of_a_country_but_not_of_an_origin(table: ActorTable, text: str, surface: str, code: str) -> None:
    mentions = [m for m in find_actors(table, text, dt.date(2018, 1, 1)) if m.kind == "agent-phrase"]
    assert (mentions[-1].surface, mentions[-1].code) == (surface, code)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "code", "role"),
    [
        ("Judge Alejandro Rivera opened an inquiry.", "Judge Alejandro Rivera", "person", "JUD", "judge"),
        ("Chilean President Foo Bar resigned.", "Chilean President Foo Bar", "person", "CHLGOV", "president"),
        (
            "Iraqi Prime Minister Foo Bar resigned.",
            "Iraqi Prime Minister Foo Bar",
            "person",
            "IRQGOV",
            "prime minister",
        ),
        (
            "The Nigerian Union of Teachers called off the strike.",
            "Nigerian Union of Teachers",
            "organization",
            "NGAEDU",
            None,
        ),
        ("The Homeland Union collected signatures.", "Homeland Union", "organization", "", None),
        ("The Future Forward Party was dissolved.", "Future Forward Party", "organization", "PTY", None),
        (
            "The fundamentalist Umma (Nation) party boycotted the vote.",
            "Umma (Nation) party",
            "organization",
            "PTY",
            None,
        ),
        (
            "Ousted president Jean-Bertrand Foo was charged.",
            "president Jean-Bertrand Foo",
            "person",
            "GOV",
            "president",
        ),
    ],
)
def test_unlisted_people_and_organizations_are_kept_with_what_the_text_gives(
    table: ActorTable, text: str, surface: str, kind: str, code: str, role: str | None
) -> None:
    (mention,) = find_actors(table, text, dt.date(2018, 1, 1))
    assert (mention.surface, mention.kind, mention.code, mention.role) == (surface, kind, code, role)
    assert mention.actor_id.startswith("unlisted:")
    assert mention.unresolved_reason is not None


def test_a_social_party_is_no_organization(table: ActorTable) -> None:
    assert [m.surface for m in find_actors(table, "Police raided a Christmas party.", dt.date(2018, 1, 1))] == [
        "Police"
    ]


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("The Russian Foreign Ministry said.", "agent:RUSGOV"),
        ("The European Union warned.", "european-union"),
        ("The Prime Minister Monday said.", "agent:GOV"),
        ("The president Foo said.", "agent:GOV"),
    ],
)
def test_known_names_are_not_taken_for_unlisted_ones(table: ActorTable, text: str, actor_id: str) -> None:
    assert [m.actor_id for m in find_actors(table, text, dt.date(2018, 1, 1))] == [actor_id]


def test_coordinated_countries_share_the_agent(table: ActorTable) -> None:
    mentions = find_actors(table, "Russian and Syrian forces shelled Idlib.", dt.date(2021, 1, 1))
    assert [(m.surface, m.code) for m in mentions] == [("Russian", "RUSMIL"), ("Syrian forces", "SYRMIL")]


@pytest.mark.parametrize(
    ("text", "actor_id", "code"),
    [
        ("Hayat Tahrir al-Sham refused.", "hayat-tahrir-al-sham", "SYRREB"),
        ("Tahrir al-Sham refused.", "hayat-tahrir-al-sham", "SYRREB"),
        ("HTS refused.", "hayat-tahrir-al-sham", "SYRREB"),
        ("Unita rebels refused.", "unita", "AGOREB"),
        ("The Provisional IRA refused.", "irish-republican-army", "GBRREB"),
        ("The Houthis refused.", "houthis", "YEMREB"),
        ("The LTTE refused.", "liberation-tigers-of-tamil-eelam", "LKAREB"),
        ("The YPG refused.", "ypg", "SYRREB"),
        ("The PKK refused.", "pkk", "TURREB"),
        ("The Kurdistan Workers' Party refused.", "pkk", "TURREB"),
        ("Islamic State claimed it.", "islamic-state", "IMGMUS"),
        ("ISIS claimed it.", "islamic-state", "IMGMUS"),
        ("ISIL claimed it.", "islamic-state", "IMGMUS"),
        ("The UN warned.", "united-nations", "IGOUNO"),
        ("The United Nations warned.", "united-nations", "IGOUNO"),
        ("NATO warned.", "nato", "IGOWSTNAT"),
        ("The EU warned.", "european-union", "IGOEUREEC"),
        ("Ahrar al-Sham fighters left.", "ahrar-al-sham", "SYRREB"),
        ("Al-Qaeda claimed it.", "al-qaeda", "IMGMUSALQ"),
        ("The Syrian Observatory for Human Rights said.", "syrian-observatory-for-human-rights", "SYRHRI"),
        ("The Anadolu Agency reported.", "anadolu-agency", "TURMED"),
        ("Reuters reported.", "reuters", "MED"),
        ("AFP reported.", "agence-france-presse", "FRAMED"),
    ],
)
def test_organizations(table: ActorTable, text: str, actor_id: str, code: str) -> None:
    mention = find_actors(table, text, dt.date(2018, 10, 16))[0]
    assert (mention.actor_id, mention.code) == (actor_id, code)
    assert mention.kind in ("organization", "group")


def test_taliban_role_follows_the_date(table: ActorTable) -> None:
    before = only(find_actors(table, "The Taliban attacked.", dt.date(2015, 1, 1)), "taliban")
    after = only(find_actors(table, "The Taliban decreed.", dt.date(2022, 1, 1)), "taliban")
    assert (before.sector, after.sector) == ("REB", "GOV")


@pytest.mark.parametrize(
    ("word", "country"),
    [("Kremlin", "RUS"), ("Ankara", "TUR"), ("Moscow", "RUS"), ("Washington", "USA"), ("Damascus", "SYR")],
)
def test_capitals_and_kremlin_stand_for_the_government(table: ActorTable, word: str, country: str) -> None:
    (mention,) = find_actors(table, f"{word} rejected the plan.", dt.date(2018, 1, 1))
    assert (mention.kind, mention.country, mention.sector, mention.code) == ("country", country, "GOV", f"{country}GOV")
    assert mention.actor_id == f"country:{country}"


@pytest.mark.parametrize(
    ("text", "day", "actor_id", "role"),
    [
        ("Pope John Paul II appealed for peace.", dt.date(2000, 1, 1), "pope-john-paul-ii", "pope"),
        ("Pope Francis met the president.", dt.date(2019, 1, 1), "pope-francis", "pope"),
        ("The Vatican criticized the law.", dt.date(2019, 1, 1), "country:VAT", "government"),
    ],
)
def test_the_pope_and_the_holy_see(table: ActorTable, text: str, day: dt.date, actor_id: str, role: str | None) -> None:
    mention = find_actors(table, text, day)[0]
    assert (mention.actor_id, mention.country, mention.role) == (actor_id, "VAT", role)


def test_short_acronyms_need_capitals(table: ActorTable) -> None:
    assert ids(find_actors(table, "Tell us more.", None)) == []
    assert ids(find_actors(table, "The US said.", None)) == ["country:USA"]


def test_acronym_defined_in_the_text(table: ActorTable) -> None:
    text = "the state-run Anadolu Agency (AA) reported Tuesday. Later AA noted the talks."
    mentions = find_actors(table, text, dt.date(2018, 10, 16))
    assert [(m.surface, m.actor_id) for m in mentions] == [
        ("Anadolu Agency", "anadolu-agency"),
        ("AA", "anadolu-agency"),
    ]
    assert mentions[1].start == text.rindex("AA")


def test_longest_match_wins_and_mentions_do_not_overlap(table: ActorTable) -> None:
    text = "Citing the U.K.-based Syrian Observatory for Human Rights, Hayat Tahrir al-Sham (HTS) said."
    mentions = find_actors(table, text, dt.date(2018, 10, 16))
    assert ids(mentions) == ["syrian-observatory-for-human-rights", "hayat-tahrir-al-sham"]
    assert mentions[1].surface == "Hayat Tahrir al-Sham"


def test_titles_are_absorbed_into_the_person(table: ActorTable) -> None:
    text = "Turkey's Foreign Minister Mevlut Cavusoglu and German Chancellor Angela Merkel met."
    mentions = find_actors(table, text, dt.date(2018, 9, 14))
    assert [m.surface for m in mentions] == [
        "Turkey's Foreign Minister Mevlut Cavusoglu",
        "German Chancellor Angela Merkel",
    ]


def test_seed_articles_have_ordered_non_overlapping_mentions(table: ActorTable) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions = find_actors(table, text, dt.date(2018, 10, 16))
        assert mentions
        for left, right in itertools.pairwise(mentions):
            assert left.end <= right.start
        assert all(text[m.start : m.end] == m.surface for m in mentions)


NAME_PIECES = [
    "Erdoğan",
    "Putin",
    "Vladmir",
    "Turkish",
    "troops",
    "Russia's",
    "Kremlin",
    "HTS",
    "(AA)",
    "Anadolu Agency",
    "al-Qaeda-linked",
    "Hayat Tahrir al-Sham",
    "Syrian",
    "government",
    "forces",
    "and",
    "pro-",
    "İ",
    "ß",
    "’s",
    "U.S.",
    "us",
    "Ankara",
    "-backed",
    "Mr",
    "Akar",
    "Ali",
    ",",
    ".",
    "\n",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(NAME_PIECES), st.text(max_size=6)), max_size=25),
    st.sampled_from([" ", "", "  "]),
)
@example(["troops", "\n", "Erdoğan", "al-Qaeda-linked", "Erdoğan"], "")
def test_offsets_always_slice_the_surface(pieces: list[str], joiner: str) -> None:
    table = load_actor_table()
    text = joiner.join(pieces)
    mentions = find_actors(table, text, dt.date(2018, 10, 16))
    previous_end = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.surface
        assert previous_end <= mention.start < mention.end
        previous_end = mention.end


@given(st.text())
def test_folding_keeps_length(text: str) -> None:
    assert len(fold_text(text)) == len(text)


def test_fold_text_strips_case_and_diacritics() -> None:
    assert fold_text("Erdoğan İbrahim Kalın Çavuşoğlu’s") == "erdogan ibrahim kalin cavusoglu's"


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("030314", dt.date(2003, 3, 14)),
        ("720101", dt.date(1972, 1, 1)),
        ("20140828", dt.date(2014, 8, 28)),
        ("20040931", dt.date(2004, 9, 30)),
        ("2004017", None),
        ("20041301", None),
    ],
)
def test_parse_date(digits: str, expected: dt.date | None) -> None:
    assert parse_date(digits) == expected


def test_parse_date_spec() -> None:
    assert parse_date_spec("") == (None, None, False)
    assert parse_date_spec(">030314") == (dt.date(2003, 3, 14), None, True)
    assert parse_date_spec("<20041231") == (None, dt.date(2004, 12, 31), False)
    assert parse_date_spec("20050101 - 20050331") == (dt.date(2005, 1, 1), dt.date(2005, 3, 31), False)
    assert parse_date_spec("2004017-20061201") is None


COUNTRIES_ACTORS = """# Generated at: Thu Jan 30 16:06:18 2014
TURKEY_ [TUR]
+ISTANBUL_

JANE_DOE_  # CountryInfo.txt
+J._DOE_
\t[TURELI]
\t[TURGOV 100101-120101]
\t[TURGOV >120102]
"""
INTERNATIONAL_ACTORS = "EXAMPLE_ORGANIZATION_ [IGOXYZ]\n+EXORG_\nEXAMPLE_CORP_ [MNCUSA]\n"
MILNONSTATE_ACTORS = "EXAMPLE_FRONT_ [TURREB] # test\n+THE_EXAMPLE_FRONT_\n"
AGENTS = "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\nSOLDIER [~MIL]\nSPOKES!PERSON! [~GOV]\nPOLICE {} [~COP]\n"
COUNTRYINFO = """<!-- doc -->
<Country>
<CountryCode>TUR</CountryCode>
<CountryName>TURKEY</CountryName>
<ISO3166-alpha2>TR</ISO3166-alpha2>
<ISO3166-alpha3>TUR</ISO3166-alpha3>
<Nationality>
\tTURKISH_
</Nationality>
<Capital>
\tANKARA_
</Capital>
<Leaders>
\t<Presidents>
\t\tJANE_DOE_\t\t[20100101 - 20120101]  [B:19500101]
\t</Presidents>
</Leaders>
<Government>
\tJANE_DOE_\t[TURGOV >20120102]\t# Minister of Foreign Affairs
</Government>
</Country>
"""
CURATED = """# note
actor_id,name,kind,country,code,title,start_date,end_date,as_of,aliases,source
john-roeder,John Roeder,person,TUR,TURGOV,interior minister,2015-01-01,,2016-01-01,Roeder,test source
country:TUR,Turkey,country,TUR,TURGOV,,,,,Presidential Complex,test source
"""
CURATED_AGENTS = "phrase,plural,code\nwarplane,,MIL\npolice,-,-\n"
CURATED_COUNTRIES = """# note
iso3,iso2,cameo,name,nationality_forms,capitals,source
VAT,VA,VAT,Holy See,papal,vatican city,test source
TUR,TR,TUR,Not Turkey,,,test source
"""


def write_reference(root: Path) -> Path:
    phoenix = root / "phoenix"
    countryinfo = root / "countryinfo"
    phoenix.mkdir(parents=True)
    countryinfo.mkdir()
    (phoenix / "Phoenix.Countries.actors.txt").write_text(COUNTRIES_ACTORS, encoding="utf-8")
    (phoenix / "Phoenix.International.actors.txt").write_text(INTERNATIONAL_ACTORS, encoding="utf-8")
    (phoenix / "Phoenix.MilNonState.actors.txt").write_text(MILNONSTATE_ACTORS, encoding="utf-8")
    (phoenix / "Phoenix.agents.txt").write_text(AGENTS, encoding="utf-8")
    (countryinfo / "CountryInfo.120116.txt").write_text(COUNTRYINFO, encoding="utf-8")
    return root


def built(reference: Path, out: Path) -> dict[str, bytes]:
    out.mkdir()
    (out / "actors_curated.csv").write_text(CURATED, encoding="utf-8")
    (out / "agents_curated.csv").write_text(CURATED_AGENTS, encoding="utf-8")
    (out / "countries_curated.csv").write_text(CURATED_COUNTRIES, encoding="utf-8")
    build(reference, out)
    return {path.name: path.read_bytes() for path in sorted(out.glob("*.csv"))}


def test_build_is_deterministic(tmp_path: Path) -> None:
    reference = write_reference(tmp_path / "reference")
    first = built(reference, tmp_path / "first")
    second = built(reference, tmp_path / "second")
    assert first == second
    build(reference, tmp_path / "first")
    assert {p.name: p.read_bytes() for p in sorted((tmp_path / "first").glob("*.csv"))} == first


def test_built_tables_load_and_match(tmp_path: Path) -> None:
    reference = write_reference(tmp_path / "reference")
    built(reference, tmp_path / "out")
    roles = (tmp_path / "out" / "actor_roles.csv").read_text(encoding="utf-8")
    assert "jane-doe,TURGOV,president,2010-01-01,2012-01-01,,phx-ctry" in roles
    assert "jane-doe,TURGOV,foreign minister,2012-01-02,,2014-01-30,phx-ctry" in roles
    actors = (tmp_path / "out" / "actors.csv").read_text(encoding="utf-8")
    assert "example-corp" not in actors and "istanbul" not in actors.lower()
    countries = (tmp_path / "out" / "countries.csv").read_text(encoding="utf-8")
    assert "VAT,VA,VAT,Holy See,papal|vatican,vatican city" in countries and "Not Turkey" not in countries
    agents = (tmp_path / "out" / "agents.csv").read_text(encoding="utf-8")
    assert "spokeswomen,GOV,phx-agents" in agents and "warplanes,MIL,curated" in agents and "police" not in agents

    table = load_actor_table(tmp_path / "out")
    text = "Turkish soldiers and Jane Doe met Roeder in Ankara; J. Doe and the Presidential Complex agreed with EXORG."
    mentions = find_actors(table, text, dt.date(2011, 6, 1))
    assert [(m.surface, m.actor_id) for m in mentions] == [
        ("Turkish soldiers", "agent:TURMIL"),
        ("Jane Doe", "jane-doe"),
        ("Roeder", "john-roeder"),
        ("Ankara", "country:TUR"),
        ("J. Doe", "jane-doe"),
        ("Presidential Complex", "country:TUR"),
        ("EXORG", "example-organization"),
    ]
    jane = mentions[1]
    assert (jane.role, jane.role_checked) == ("president", True)
    roe = mentions[2]
    assert not roe.role_checked and roe.unresolved_reason is not None and "began 2015-01-01" in roe.unresolved_reason


def test_shipped_tables_are_present_and_sorted() -> None:
    for name in ("actors.csv", "actor_aliases.csv", "actor_roles.csv", "countries.csv", "agents.csv"):
        with (REFERENCE_DIR / name).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))[1:]
        assert len(rows) > 100
        assert rows == sorted(rows)


@pytest.mark.parametrize(
    "text",
    [
        "Ethnic Turks protested on Sunday.",
        "A boxer named Jordan won the fight.",
        "Latin American leaders gathered for the summit.",
    ],
)
def test_descent_a_personal_name_or_a_region_is_no_state(table: ActorTable, text: str) -> None:
    assert [mention.country for mention in find_actors(table, text, dt.date(2010, 1, 1)) if mention.country] == []


def test_a_people_named_by_descent_is_an_ethnic_group_without_a_state(table: ActorTable) -> None:
    mentions = find_actors(table, "Ethnic Serbs blocked the road.", dt.date(2011, 7, 1))
    assert [(m.surface, m.code, m.country) for m in mentions] == [("Ethnic Serbs", "ETH", None)]


def test_a_one_word_name_followed_by_another_name_is_someone_else(table: ActorTable) -> None:
    assert ids(find_actors(table, "Police detained Abdullah Kaya on Monday.", dt.date(2012, 1, 1))) == ["agent:COP"]


def test_a_leaders_forces_take_the_leaders_country(table: ActorTable) -> None:
    mentions = find_actors(table, "Mugabe's police raided the newspaper.", dt.date(2005, 3, 1))
    assert [(m.surface, m.code) for m in mentions] == [("Mugabe's police", "ZWECOP"), ("newspaper", "MED")]


def test_an_agent_word_describing_a_named_person_is_no_actor(table: ActorTable) -> None:
    mentions = find_actors(table, "Troops detained civilian leader Aung San Suu Kyi.", dt.date(2021, 2, 1))
    assert [(m.actor_id, m.country) for m in mentions] == [("agent:MIL", None), ("aung-san-suu-kyi", "MMR")]


@pytest.mark.parametrize(
    ("text", "day", "actor_id", "country"),
    [
        ("Karadzic walked out of the talks.", dt.date(1994, 3, 1), "radovan-karadzic", "BIH"),
        ("Milosevic walked out of the talks.", dt.date(1998, 3, 1), "slobodan-milosevic", "SRB"),
        ("Kabila flew to Luanda.", dt.date(1998, 8, 20), "laurent-desire-kabila", "COD"),
        ("Kabila flew to Luanda.", dt.date(2006, 8, 20), "joseph-kabila-kabange", "COD"),
        ("Bush flew to Moscow.", dt.date(1991, 7, 29), "george-bush", "USA"),
        ("Bush flew to Moscow.", dt.date(2002, 5, 23), "george-w-bush", "USA"),
        ("Pinochet flew to London.", dt.date(1998, 9, 22), "augusto-pinochet", "CHL"),
    ],
)
def test_historical_leaders_by_surname_and_date(
    table: ActorTable, text: str, day: dt.date, actor_id: str, country: str
) -> None:
    mention = only(find_actors(table, text, day), actor_id)
    assert mention.country == country


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Bosnian Serbs shelled the town.", "Bosnian Serbs", "BIH"),
        ("The Greek Cypriot delegation left.", "Greek Cypriot delegation", "CYP"),
        ("Chechen fighters withdrew.", "Chechen fighters", "RUS"),
        ("Contra rebels crossed the border.", "Contra rebels", "NIC"),
    ],
)
def test_compound_demonyms_and_group_modifiers(table: ActorTable, text: str, surface: str, country: str) -> None:
    (mention,) = find_actors(table, text, dt.date(1995, 6, 1))
    assert (mention.surface, mention.country) == (surface, country)


@pytest.mark.parametrize(
    ("text", "day", "actor_id", "country", "role_checked"),
    [
        ("Students marched against the Shah in Tabriz.", dt.date(1978, 5, 10), "mohammad-reza-pahlavi", "IRN", True),
        ("Police detained Anwar Ibrahim at his home.", dt.date(1998, 9, 20), "anwar-ibrahim", "MYS", False),
        ("Prosecutors questioned Alexei Navalny.", dt.date(2012, 12, 20), "alexei-navalny", "RUS", True),
        ("Ferdinand Marcos addressed the nation.", dt.date(1983, 8, 22), "ferdinand-marcos", "PHL", True),
        ("Ferdinand Marcos addressed the nation.", dt.date(2023, 8, 22), "ferdinand-marcos-jr", "PHL", True),
        ("General Zia ul-Haq addressed the nation.", dt.date(1980, 1, 4), "zia-ul-haq", "PAK", True),
        ("Eric Holder testified before Congress.", dt.date(2011, 6, 1), "eric-holder", "USA", True),
        (
            "The Justice Department sued the state.",
            dt.date(2011, 6, 1),
            "united-states-department-of-justice",
            "USA",
            False,
        ),
    ],
)
def test_curated_office_holders_and_bodies(
    table: ActorTable, text: str, day: dt.date, actor_id: str, country: str, role_checked: bool
) -> None:
    mention = only(find_actors(table, text, day), actor_id)
    assert (mention.country, mention.role_checked) == (country, role_checked)


def test_a_hyphenated_given_name_matches_a_listed_name_without_the_hyphen(table: ActorTable) -> None:
    (mention,) = find_actors(table, "Chun Doo-hwan was sentenced to death.", dt.date(1996, 8, 26))
    assert (mention.actor_id, mention.surface, mention.country) == ("chun-doo-hwan", "Chun Doo-hwan", "KOR")


def test_an_unlisted_name_keeps_its_hyphenated_and_particle_parts(table: ActorTable) -> None:
    (judge,) = find_actors(table, "Judge Oh Se-hun ruled.", dt.date(2001, 1, 1))
    (general,) = find_actors(table, "Gen. Nadir ul-Mulk resigned.", dt.date(2001, 1, 1))
    assert (judge.actor_name, general.actor_name) == ("Oh Se-hun", "Nadir ul-Mulk")


@pytest.mark.parametrize(
    ("text", "day", "actor_id", "country"),
    [
        ("Saudi King Abdullah received the envoy.", dt.date(2008, 1, 5), "abdullah-bin-abdulaziz", "SAU"),
        ("Jordan's King Abdullah received the envoy.", dt.date(2008, 1, 5), "abdullah-ii", "JOR"),
        ("King Abdullah received the envoy.", dt.date(2001, 1, 5), "abdullah-ii", "JOR"),
    ],
)
def test_a_country_before_a_title_picks_the_office_holder_of_that_country(
    table: ActorTable, text: str, day: dt.date, actor_id: str, country: str
) -> None:
    mention = only(find_actors(table, text, day), actor_id)
    assert mention.country == country


def test_two_namesakes_in_office_stay_unresolved_without_a_country(table: ActorTable) -> None:
    king = find_actors(table, "King Abdullah received the envoy.", dt.date(2008, 1, 5))[0]
    assert (king.actor_id, king.country) == ("unlisted:abdullah", None)


def test_begin_opening_a_sentence_before_a_determiner_is_a_verb(table: ActorTable) -> None:
    day = dt.date(1979, 3, 1)
    assert find_actors(table, "Begin the talks at once.", day) == []
    assert ids(find_actors(table, "Begin told the Knesset.", day)) == ["menachem-begin"]


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        ("Pakistani Taliban attacked the convoy.", "Pakistani Taliban", "PAK", "REB"),
        ("Syria's Muslim Brotherhood denied it.", "Syria's Muslim Brotherhood", "SYR", "OPP"),
        ("Lebanese Muslim militiamen fired.", "Lebanese Muslim militiamen", "LBN", "UAF"),
        ("Islamist militants fired.", "Islamist militants", None, "UAF"),
        ("A Soviet submarine surfaced.", "Soviet submarine", "RUS", "MIL"),
        ("Many Okinawans oppose the base.", "Okinawans", "JPN", None),
        ("South Vietnamese troops withdrew.", "South Vietnamese troops", "VNM", "MIL"),
        ("The IRA declared a ceasefire.", "The IRA", "GBR", "REB"),
        ("The Thai Rak Thai party won.", "Thai Rak Thai party", "THA", "PTY"),
    ],
)
def test_groups_agents_and_regional_demonyms(
    table: ActorTable, text: str, surface: str, country: str | None, sector: str | None
) -> None:
    mention = find_actors(table, text, dt.date(2009, 6, 1))[0]
    assert (mention.surface, mention.country, mention.sector) == (surface, country, sector)


def test_an_agent_word_before_rule_names_no_actor(table: ActorTable) -> None:
    assert ids(find_actors(table, "Ghana returned to civilian rule.", dt.date(1979, 9, 24))) == ["country:GHA"]


@pytest.mark.parametrize("text", ["President Foo-", "Judge Ali bin", "Judge Ali -", "President Ali al"])
def test_an_unlisted_name_cut_by_the_end_of_the_text_is_kept(table: ActorTable, text: str) -> None:
    assert [m.kind for m in find_actors(table, text, dt.date(2000, 1, 1))] == ["person"]


@pytest.mark.parametrize(
    ("day", "code", "role"),
    [
        (dt.date(2005, 11, 20), "EGYOPP", "Islamist opposition movement"),
        (dt.date(2013, 1, 15), "EGYPTY", "political movement in power (Freedom and Justice Party)"),
        (dt.date(2013, 9, 24), "EGYOPP", "banned Islamist opposition movement"),
    ],
)
def test_the_muslim_brotherhood_is_egyptian_and_its_role_follows_the_date(
    table: ActorTable, day: dt.date, code: str, role: str
) -> None:
    mention = only(find_actors(table, "The Muslim Brotherhood said.", day), "muslim-brotherhood")
    assert (mention.country, mention.code, mention.role) == ("EGY", code, role)


def test_a_branch_of_the_muslim_brotherhood_named_with_its_country_takes_that_country(table: ActorTable) -> None:
    mention = only(
        find_actors(table, "Jordan's Muslim Brotherhood boycotted it.", dt.date(2010, 11, 9)), "muslim-brotherhood"
    )
    assert (mention.surface, mention.country, mention.code) == ("Jordan's Muslim Brotherhood", "JOR", "JOROPP")


@pytest.mark.parametrize(
    ("text", "day", "actor_id", "code"),
    [
        ("Pakistani Taliban attacked the convoy.", dt.date(2022, 6, 1), "tehrik-i-taliban-pakistan", "PAKREB"),
        ("The Tehreek-e-Taliban Pakistan claimed it.", dt.date(2014, 6, 9), "tehrik-i-taliban-pakistan", "PAKREB"),
        ("The TTP claimed it.", dt.date(2014, 6, 9), "tehrik-i-taliban-pakistan", "PAKREB"),
        ("The Taliban attacked the convoy.", dt.date(2009, 5, 1), "taliban", "AFGREB"),
        ("Afghan Taliban attacked the convoy.", dt.date(2009, 5, 1), "taliban", "AFGREB"),
    ],
)
def test_only_the_pakistani_taliban_named_as_such_are_pakistani(
    table: ActorTable, text: str, day: dt.date, actor_id: str, code: str
) -> None:
    mention = only(find_actors(table, text, day), actor_id)
    assert mention.code == code


@pytest.mark.parametrize(
    ("text", "actor_id", "sector"),
    [
        ("The Paris Club agreed.", "paris-club", "IGO"),
        ("The London Club agreed.", "london-club", "BUS"),
        ("The G7 condemned it.", "group-of-seven", "IGO"),
        ("The G-7 condemned it.", "group-of-seven", "IGO"),
        ("The G8 condemned it.", "group-of-eight", "IGO"),
        ("The G20 condemned it.", "group-of-twenty", "IGO"),
        ("The Group of 20 condemned it.", "group-of-twenty", "IGO"),
        ("The Quartet urged restraint.", "quartet-on-the-middle-east", "IGO"),
        ("The Middle East Quartet urged restraint.", "quartet-on-the-middle-east", "IGO"),
        ("The Contact Group urged restraint.", "contact-group", "IGO"),
        ("OPEC agreed.", "organization-of-petroleum-exporting-countries", "IGO"),
    ],
)
def test_groupings_of_states_and_creditor_clubs_have_no_country(
    table: ActorTable, text: str, actor_id: str, sector: str
) -> None:
    (mention,) = find_actors(table, text, dt.date(2010, 1, 1))
    assert (mention.actor_id, mention.country, mention.sector) == (actor_id, None, sector)


@pytest.mark.parametrize(
    "text",
    [
        "The quartet denied the charges.",
        "The Paris club signed the striker.",
        "A London club sold its goalkeeper.",
    ],
)
def test_a_leading_article_or_a_place_before_a_common_noun_is_no_name(table: ActorTable, text: str) -> None:
    assert not [m for m in find_actors(table, text, dt.date(2015, 1, 1)) if m.kind in ("organization", "group")]


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Iraq's main Sunni Arab parties boycotted it.", "Iraq's main Sunni Arab parties", "IRQMUSPTY"),
        ("Iraqi Kurdish parties rejected it.", "Iraqi Kurdish parties", "IRQPTY"),
        ("Lebanon's Christian parties rejected it.", "Lebanon's Christian parties", "LBNCHRPTY"),
        ("Turkey's main opposition party rejected it.", "Turkey's main opposition party", "TUROPP"),
        ("Turkey's pro-Kurdish party rejected it.", "Turkey's pro-Kurdish party", "TURPTY"),
        ("Iraq's pro-Iranian Shiite parties won.", "Iraq's pro-Iranian Shiite parties", "IRQMUSPTY"),
        ("Israel's ultra-Orthodox parties quit.", "Israel's ultra-Orthodox parties", "ISRPTY"),
        ("Zambia's ruling party won.", "Zambia's ruling party", "ZMBGOV"),
    ],
)
def test_a_party_named_with_its_country_is_a_party_not_the_state(
    table: ActorTable, text: str, surface: str, code: str
) -> None:
    (mention,) = find_actors(table, text, dt.date(2005, 1, 31))
    assert (mention.surface, mention.kind, mention.code) == (surface, "agent-phrase", code)


@pytest.mark.parametrize(
    "text", ["The Syrian parties met in Geneva.", "The Kenyan party arrived in London.", "Both parties agreed."]
)
def test_a_bare_party_word_after_a_nationality_is_no_party(table: ActorTable, text: str) -> None:
    assert all(m.kind == "country" for m in find_actors(table, text, dt.date(2005, 1, 31)))


def test_a_party_with_a_name_of_its_own_keeps_the_name(table: ActorTable) -> None:
    mentions = find_actors(table, "Tunisia's ruling Ennahda party agreed.", dt.date(2013, 9, 28))
    assert [m.actor_id for m in mentions] == ["country:TUN", "unlisted:ennahda-party"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Supporters of the Muslim Brotherhood marched.", "EGY"),
        ("Supporters of ousted President Mohamed Morsi marched.", "EGY"),
        ("Followers of Hezbollah marched.", "LBN"),
        ("Supporters of the Islamic State marched.", None),
        ("Supporters of peace with Israel marched.", None),
    ],
)
def test_supporters_take_the_country_of_whom_they_follow(table: ActorTable, text: str, country: str | None) -> None:
    first = find_actors(table, text, dt.date(2013, 8, 16))[0]
    assert (first.surface.split()[0], first.sector, first.country) == (text.split()[0], "PPL", country)


def test_a_country_and_a_title_head_before_a_name_are_the_persons(table: ActorTable) -> None:
    text = "South Korean President Kim Dae-jung and North Korean leader Kim Jong Il met."
    mentions = find_actors(table, text, dt.date(2000, 6, 14))
    assert [(m.surface, m.country) for m in mentions] == [
        ("South Korean President Kim Dae-jung", "KOR"),
        ("North Korean leader Kim Jong Il", "PRK"),
    ]


@pytest.mark.parametrize(
    "text", ["The Sino-British declaration was signed.", "The Indo-Pakistani war ended.", "Franco-German ties grew."]
)
def test_a_demonym_after_a_combining_form_names_no_state(table: ActorTable, text: str) -> None:
    assert find_actors(table, text, dt.date(1984, 12, 19)) == []


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Prisoners in Israeli jails began a hunger strike.", "Prisoners", None),
        ("Detainees in Cuba protested.", "Detainees", None),
        ("Palestinian prisoners began a hunger strike.", "Palestinian prisoners", "PSE"),
        ("Security forces in Uganda opened fire.", "Security forces in Uganda", "UGA"),
    ],
)
def test_people_held_somewhere_take_no_country_from_the_place(
    table: ActorTable, text: str, surface: str, country: str | None
) -> None:
    first = find_actors(table, text, dt.date(2017, 4, 17))[0]
    assert (first.surface, first.country) == (surface, country)


@pytest.mark.parametrize(
    ("text", "code"), [("Missiles hit the USS Stark.", "USAMIL"), ("Jets hit HMS Sheffield.", "GBRMIL")]
)
def test_a_ship_prefix_names_the_navy_of_its_state(table: ActorTable, text: str, code: str) -> None:
    (ship,) = [m for m in find_actors(table, text, dt.date(1987, 5, 18)) if m.kind == "country"]
    assert ship.code == code


@pytest.mark.parametrize(
    ("day", "role_checked"), [(dt.date(2002, 4, 15), False), (dt.date(2008, 3, 1), True), (dt.date(2012, 1, 1), False)]
)
def test_uribe_was_president_from_2002_to_2010(table: ActorTable, day: dt.date, role_checked: bool) -> None:
    mention = only(find_actors(table, "Alvaro Uribe said.", day), "alvaro-uribe-velez")
    assert (mention.country, mention.role_checked) == ("COL", role_checked)


@given(st.sampled_from(["Iraq's", "Iraqi", "Lebanon's", "Turkish"]), st.sampled_from(["Sunni", "main", "opposition"]))
def test_a_party_phrase_never_names_the_state(country: str, qualifier: str) -> None:
    mentions = find_actors(
        load_actor_table(), f"{country} {qualifier} parties boycotted the vote.", dt.date(2005, 1, 1)
    )
    assert [m.kind for m in mentions] == ["agent-phrase"]


@pytest.mark.parametrize(
    ("form", "is_name"),
    [
        ("russia", True),
        ("britain", True),
        ("the netherlands", True),
        ("soviet union", True),
        ("u.k.", True),
        ("usa", True),
        ("russian", False),
        ("britons", False),
        ("dutch", False),
        ("the land of the rising sun", False),
        ("the beloved country", False),
    ],
)
def test_a_country_name_among_nationality_forms_names_the_state(form: str, is_name: bool) -> None:
    assert names_the_state(form, {"russia"}) is is_name


@pytest.mark.parametrize(
    ("text", "day", "actor_id", "country", "role"),
    [
        ("Bhutto addressed parliament.", dt.date(1989, 3, 1), "benazir-bhutto", "PAK", "prime minister"),
        ("Bhutto addressed parliament.", dt.date(1975, 3, 1), "zulfikar-ali-bhutto", "PAK", "prime minister"),
        ("President Aquino addressed the nation.", dt.date(1987, 3, 1), "corazon-aquino", "PHL", "president"),
        ("President Aquino addressed the nation.", dt.date(2012, 3, 1), "benigno-aquino-iii", "PHL", "president"),
        ("Hariri flew to Damascus.", dt.date(1995, 3, 1), "rafik-hariri", "LBN", "prime minister"),
        ("Hariri flew to Damascus.", dt.date(2010, 3, 1), "saad-hariri", "LBN", "prime minister"),
        ("Botha flew to London.", dt.date(1991, 3, 1), "pik-botha", "ZAF", "foreign minister"),
        ("Aidid flew to Nairobi.", dt.date(1993, 6, 1), "mohamed-farah-aidid", "SOM", None),
        ("Aidid flew to Nairobi.", dt.date(1997, 6, 1), "hussein-aidid", "SOM", None),
        ("Izetbegovic flew to Zagreb.", dt.date(1994, 3, 1), "alija-izetbegovic", "BIH", None),
        ("Izetbegovic flew to Zagreb.", dt.date(2012, 3, 1), "bakir-izetbegovic", "BIH", None),
        ("Ibrahim Rugova spoke in Pristina.", dt.date(1998, 3, 1), "ibrahim-rugova", "SRB", None),
        ("Ibrahim Rugova spoke in Pristina.", dt.date(2004, 3, 1), "ibrahim-rugova", "KSV", "president of Kosovo"),
        ("Egon Krenz spoke in Leipzig.", dt.date(1989, 11, 1), "egon-krenz", "DDR", None),
        ("Eduard Shevardnadze flew to Geneva.", dt.date(1987, 9, 1), "eduard-shevardnadze", "RUS", None),
        ("Eduard Shevardnadze flew to Geneva.", dt.date(1995, 9, 1), "eduard-shevardnadze", "GEO", None),
        ("Charles Taylor spoke in Monrovia.", dt.date(1991, 3, 1), "charles-taylor", "LBR", None),
        ("Uday Hussein spoke in Baghdad.", dt.date(1998, 3, 1), "uday-hussein", "IRQ", None),
        ("King Hassan received the envoy.", dt.date(1996, 3, 1), "hassan-ii", "MAR", None),
    ],
)
def test_office_holders_of_1985_2010_by_date(
    table: ActorTable, text: str, day: dt.date, actor_id: str, country: str, role: str | None
) -> None:
    mention = only(find_actors(table, text, day), actor_id)
    assert mention.country == country
    if role is not None:
        assert (mention.role, mention.role_checked) == (role, True)


@pytest.mark.parametrize(
    ("text", "day", "country"),
    [
        ("Botha flew to London.", dt.date(1996, 3, 1), "ZAF"),
        ("Izetbegovic flew to Zagreb.", dt.date(2005, 3, 1), "BIH"),
        ("Hariri flew to Damascus.", dt.date(2006, 3, 1), "LBN"),
    ],
)
def test_a_shared_surname_with_no_holder_on_the_date_keeps_only_the_bearers_country(
    table: ActorTable, text: str, day: dt.date, country: str
) -> None:
    (person,) = [mention for mention in find_actors(table, text, day) if mention.kind == "person"]
    assert person.actor_id.startswith("namesakes:")
    assert (person.country, person.role, person.role_checked) == (country, None, False)
    assert person.unresolved_reason


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Calderon visited Madrid on Sunday.", dt.date(2002, 6, 1)),
        ("Portillo criticised the budget on Tuesday.", dt.date(1998, 6, 1)),
    ],
)
def test_a_shared_surname_of_several_countries_names_no_one(table: ActorTable, text: str, day: dt.date) -> None:
    assert all(mention.country is None for mention in find_actors(table, text, day) if mention.kind == "person")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Zairean troops withdrew.", "Zairean troops", "COD"),
        ("Kampuchean troops withdrew.", "Kampuchean troops", "KHM"),
        ("East German border guards withdrew.", "East German border guards", "DDR"),
        ("East Berlin protested.", "East Berlin", "DDR"),
        ("Tigrean rebels withdrew.", "Tigrean rebels", "ETH"),
    ],
)
def test_old_country_names_and_spellings(table: ActorTable, text: str, surface: str, country: str) -> None:
    mention = find_actors(table, text, dt.date(1989, 6, 1))[0]
    assert (mention.surface, mention.country) == (surface, country)


@pytest.mark.parametrize(
    ("text", "day", "actor_id", "country", "code"),
    [
        ("The Lebanese Forces shelled the camp.", dt.date(1987, 5, 1), "lebanese-forces", "LBN", "LBNUAF"),
        ("Lebanese forces shelled the camp.", dt.date(1987, 5, 1), "agent:LBNMIL", "LBN", "LBNMIL"),
        ("The KGB arrested him.", dt.date(1988, 5, 1), "kgb", "RUS", "RUSSPY"),
        ("The KGB arrested him.", dt.date(2008, 5, 1), "kgb", None, None),
        ("Republican Guard units withdrew.", dt.date(1991, 2, 1), "iraqi-republican-guard", "IRQ", "IRQMIL"),
        ("Republican Guard units withdrew.", dt.date(2012, 2, 1), "iraqi-republican-guard", None, None),
        ("The Congress party won.", dt.date(1995, 5, 1), "indian-national-congress", "IND", "INDPTY"),
        ("Sudan's National Congress party won.", dt.date(2005, 5, 1), "national-congress-party", "SDN", "SDNGOV"),
        ("The PRI won.", dt.date(1994, 8, 1), "institutional-revolutionary-party", "MEX", "MEXGOV"),
        ("The PRI won.", dt.date(2006, 8, 1), "institutional-revolutionary-party", "MEX", "MEXOPP"),
        ("The LDK won.", dt.date(1998, 5, 1), "democratic-league-of-kosovo", "SRB", "SRBOPP"),
    ],
)
def test_parties_juntas_and_security_services_by_date(
    table: ActorTable, text: str, day: dt.date, actor_id: str, country: str | None, code: str | None
) -> None:
    mention = only(find_actors(table, text, day), actor_id)
    assert mention.country == country
    if code is not None:
        assert mention.code == code


@pytest.mark.parametrize(
    ("day", "actor_id"),
    [
        (dt.date(1975, 6, 1), "hussein-bin-talal"),
        (dt.date(1990, 6, 1), None),
        (dt.date(2002, 6, 1), "saddam-hussein"),
    ],
)
def test_a_bare_hussein_is_the_one_in_office(table: ActorTable, day: dt.date, actor_id: str | None) -> None:
    people = [mention for mention in find_actors(table, "Hussein flew to Cairo.", day) if mention.surface == "Hussein"]
    assert [mention.actor_id for mention in people] == ([actor_id] if actor_id else [])


def test_military_rulers_are_the_government(table: ActorTable) -> None:
    (mention,) = find_actors(table, "Burma's military rulers resigned.", dt.date(1995, 7, 1))
    assert (mention.surface, mention.code) == ("Burma's military rulers", "MMRGOV")
