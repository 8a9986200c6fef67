from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from eventlake.documents import english_text_document
from eventlake.extraction import default_resources, extract_document
from eventlake.records import RunContext
from eventlake.reference.petrarch_verbs import (
    EXCLUDED_PATH,
    LEXICON_COLUMNS,
    fallback_lexicon_text,
    fallback_rows,
    pattern_slots,
    read_dictionary,
    read_excluded,
)
from eventlake.settings import Settings
from eventlake.typing_rules import FALLBACK_LEXICON_PATH, LEXICON_PATH, TriggerFinder, default_finder
from flows.pipeline import settings_for
from tasks.extract import extract_batch_task

SHARED_DICTIONARY = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "phoenix" / "CAMEO.2.0.txt"
RUN = RunContext("run", dt.datetime(2000, 1, 1, tzinfo=dt.UTC), "test")
MINI_DICTIONARY = """\
# header comment
&MILITARY
+TROOPS
+ARMY

&CURRENCY
+DOLLAR
+CASH_

####### VERB PATTERNS #######

---  RUSH   [---]  ---
RUSH
SPEED {SPEEDING SPEEDS SPED }
- * {RELIEF ASSISTANCE}                               [073]         # RUSH
- &MILITARY * (TO BORDER)                             [154]         # RUSH
- * PLAN                                              [---]         # RUSH
- * (UNDER PRESSURE)                                  [:020]        # RUSH
- * AID                                               [070]         # HASTEN

---  SEEK   [---]  ---
SEEK
- * &CURRENCY                                         [0231]        # SEEK
- * LOAN                                              [0231]        # SEEK
- * LOAN                                              [071]         # SEEK
- * CASH                                              [---]         # SEEK
- * REFUGE                                            [---]         # SEEK

---  CALL_OFF   [---]---
+CALL_OFF {+CALLED_OFF +CALLING_OFF +CALLS_OFF}
- * TALKS                                             [161]         # CALLED_OFF
- * (BY $)                                            [111]         # CALL_OFF
- + * WARNING                                         [130]         # CALL_OFF
- * (TO)                                              [042]         # CALL_OFF
"""


def test_the_dictionary_is_read_into_synonym_sets_and_patterns() -> None:
    synsets, patterns = read_dictionary(MINI_DICTIONARY)
    assert synsets == {"&MILITARY": ("TROOPS", "ARMY"), "&CURRENCY": ("DOLLAR", "CASH_")}
    assert [(p.origin, p.code) for p in patterns] == [
        ("RUSH", "073"),
        ("RUSH", "154"),
        ("RUSH", "---"),
        ("RUSH", ":020"),
        ("HASTEN", "070"),
        ("SEEK", "0231"),
        ("SEEK", "0231"),
        ("SEEK", "071"),
        ("SEEK", "---"),
        ("SEEK", "---"),
        ("CALLED_OFF", "161"),
        ("CALL_OFF", "111"),
        ("CALL_OFF", "130"),
        ("CALL_OFF", "042"),
    ]
    assert [verb.lemma for verb in patterns[0].verbs] == ["RUSH", "SPEED"]
    assert patterns[0].verbs[1].forms == ("SPEEDING", "SPEEDS", "SPED")
    assert patterns[-1].verbs[0].forms == ("CALLED_OFF", "CALLING_OFF", "CALLS_OFF")


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("* {RELIEF ASSISTANCE}", ([], ["relief/n", "assistance/n"])),
        ("&MILITARY * (TO BORDER)", (["army/n|troops/n"], ["to", "~2", "border/n"])),
        ("* &CURRENCY", ([], ["cash|dollar/n"])),
        ("* (TO {BANNED PARTIES}) $", ([], ["to", "~2", "banned/n", "parties/n"])),
        ("* OFF (FROM ^)", ([], ["off", "~2", "from"])),
        ("* TANKS_AND INTO", ([], ["tanks/n", "and", "~2", "into"])),
    ],
)
def test_patterns_read_flat(text: str, slots: tuple[list[str], list[str]]) -> None:
    synsets, _ = read_dictionary(MINI_DICTIONARY)
    assert pattern_slots(text, synsets) == slots


def test_a_row_per_verb_of_the_block_and_only_codes_the_table_knows() -> None:
    rows = fallback_rows(MINI_DICTIONARY, {"073", "154", "070", "0231", "071", "161", "111", "130", "042"})
    assert [(row["pattern"], row["cameo"]) for row in rows] == [
        ("!rush/v ~4 relief/n assistance/n", "073"),
        ("!speed/v|sped|speeding|speeds ~4 relief/n assistance/n", "073"),
        ("army/n|troops/n ~4 !rush/v ~4 to ~2 border/n", "154"),
        ("army/n|troops/n ~4 !speed/v|sped|speeding|speeds ~4 to ~2 border/n", "154"),
        ("!seek/v ~4 cash|dollar/n", "0231"),
        ("!call/v|called|calling|calls off ~4 talks/n", "161"),
    ]
    assert {row["confidence"] for row in rows} == {"0.45"}
    assert set(rows[0]) == set(LEXICON_COLUMNS)


def test_rows_a_flat_reading_cannot_keep_are_left_out() -> None:
    notes = {row["note"] for row in fallback_rows(MINI_DICTIONARY, {"0231", "071", "111", "130", "042", "020"})}
    assert not any("LOAN" in note for note in notes), "a pattern given two codes"
    assert not any("$" in note for note in notes), "a marked source ('BY $') inverts the roles"
    assert not any("WARNING" in note for note in notes), "a marked target before the verb"
    assert not any("(TO)" in note for note in notes), "only a preposition after the verb"
    assert not any("PRESSURE" in note for note in notes), "a code given only to the target"


def test_the_objects_of_no_event_patterns_cancel_their_block() -> None:
    rows = {row["pattern"]: row for row in fallback_rows(MINI_DICTIONARY, {"073", "0231"})}
    # 'RUSH * PLAN [---]': rushing a plan is no event, whatever else the block's patterns say
    assert rows["!rush/v ~4 relief/n assistance/n"]["unless_next"] == "plan|plans"
    # 'SEEK * CASH [---]' does not cancel the block's own coded object 'cash'
    assert rows["!seek/v ~4 cash|dollar/n"]["unless_next"] == "cashes|refuge|refuges"


def test_excluded_rows_are_left_out_and_the_others_keep_their_ids() -> None:
    codes = {"073", "154", "0231"}
    every = fallback_rows(MINI_DICTIONARY, codes)
    kept = fallback_rows(MINI_DICTIONARY, codes, excluded=[every[1]["note"]])
    assert [row["id"] for row in kept] == [row["id"] for row in every if row is not every[1]]


def write_rows(path: Path, *rows: str) -> Path:
    path.write_text(",".join(LEXICON_COLUMNS) + "\n" + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


def test_the_fallback_is_read_only_where_the_curated_lexicon_finds_nothing(tmp_path: Path) -> None:
    curated = write_rows(tmp_path / "curated.csv", "aid.send,!send/v ~3 aid/n,070,0.8,,0,,,,,,,")
    fallback = write_rows(tmp_path / "fallback.csv", "petrarch.send.00001,!send/v ~4 aid/n|troops/n,154,0.45,,0,,,,,,,")
    finder = TriggerFinder(curated, fallback_path=fallback)
    assert [t.cue.split("[")[0] for t in finder.find("Japan sent aid to Haiti.")] == ["aid.send"]
    assert [t.cue.split("[")[0] for t in finder.find("Japan sent troops to Haiti.")] == ["petrarch.send.00001"]
    assert TriggerFinder(curated, fallback_path=None).find("Japan sent troops to Haiti.") == []


def fallback_events(sentence: str, published: dt.date, fallback: bool = True) -> list[str]:
    document = english_text_document("doc", sentence, published)
    found = extract_document(document, RUN, default_resources(fallback), min_confidence=0.5).events
    return [f"{e['event_type']}:{e['source_country'] or ''}>{e['target_country'] or ''}" for e in found]


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        (dt.date(2001, 5, 14), "Israel shared evidence with Egypt on Monday.", ["COOPERATE:ISR>EGY"]),
        (dt.date(2009, 8, 6), "Russia and Turkey started a gas pipeline project.", ["COOPERATE:RUS>TUR"]),
        (dt.date(2001, 5, 14), "Israel shared the evidence on Monday.", []),
        (dt.date(2009, 8, 6), "Gazprom started a gas pipeline project.", []),
    ],
)
def test_fallback_events_need_a_named_target(published: dt.date, sentence: str, expected: list[str]) -> None:
    assert fallback_events(sentence, published) == expected
    assert fallback_events(sentence, published, fallback=False) == []


def test_the_shipped_fallback_holds_no_excluded_row_and_no_curated_id() -> None:
    with FALLBACK_LEXICON_PATH.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert not {row["note"] for row in rows} & set(read_excluded(EXCLUDED_PATH))
    assert all(row["id"].startswith("petrarch.") for row in rows)
    with LEXICON_PATH.open(encoding="utf-8", newline="") as handle:
        assert not any(row["id"].startswith("petrarch.") for row in csv.DictReader(handle))


@pytest.mark.skipif(not SHARED_DICTIONARY.exists(), reason="shared CAMEO.2.0.txt not present")
def test_the_shipped_fallback_is_the_regenerated_one() -> None:
    text, _ = fallback_lexicon_text(SHARED_DICTIONARY)
    assert FALLBACK_LEXICON_PATH.read_text(encoding="utf-8") == text


def test_the_fallback_is_off_unless_settings_or_the_run_turn_it_on(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().trigger_fallback is False
    assert settings_for(None, None, None, trigger_fallback=True).trigger_fallback is True
    monkeypatch.setenv("EVENTLAKE_TRIGGER_FALLBACK", "true")
    assert Settings().trigger_fallback is True
    assert settings_for(None, None, None, trigger_fallback=False).trigger_fallback is False


def test_the_extract_task_passes_the_setting_on() -> None:
    document = english_text_document("doc", "Israel shared evidence with Egypt on Monday.", dt.date(2001, 5, 14))
    assert extract_batch_task.fn([document], RUN, 0.5, False).events == []
    (event,) = extract_batch_task.fn([document], RUN, 0.5, True).events
    assert event["rule"].startswith("petrarch.share.")


def example_sentences(step: int) -> list[str]:
    sentences: list[str] = []
    for path in sorted((Path(__file__).parent / "data" / "event_examples").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            sentences += [row[2] for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]
    return sentences[::step]


def test_the_fallback_never_changes_a_reading_of_the_curated_lexicon() -> None:
    curated, with_fallback = default_finder(), default_finder(fallback=True)
    for sentence in example_sentences(step=7):
        if found := curated.find(sentence):
            assert with_fallback.find(sentence) == found, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Jet fuel prices hit a record high on Friday.",
        "A SpaceX rocket crashed into the Atlantic shortly after launch.",
        "Riot police stood by as the press conference ended.",
        "Britain closed its airspace for a fourth day because of the volcanic ash cloud.",
        "Mongolia closed its border with China for a month amid fears of the coronavirus.",
        "Italy closed its airspace over Rome on Friday for the Pope's funeral.",
        "Police issued an appeal for witnesses to the shooting.",
        "Soldiers were captured by television cameras beating prisoners.",
    ],
)
def test_sentences_the_curated_tests_keep_eventless_stay_so_with_the_fallback(sentence: str) -> None:
    assert default_finder(fallback=True).find(sentence) == []


def test_an_object_row_wins_over_a_bare_preposition() -> None:
    (trigger,) = default_finder(fallback=True).find("Japan hurried relief supplies to Haiti on Monday.")
    assert (trigger.event_type, trigger.cameo_code, trigger.text) == ("AID", "073", "hurried relief")
