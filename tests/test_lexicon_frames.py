from __future__ import annotations

import datetime as dt

import pytest

from eventlake.typing_rules import find_triggers, noun_forms, verb_forms
from tests.sentence_events import dyads

PUBLISHED = dt.date(2000, 1, 1)


@pytest.mark.parametrize(
    ("lemma", "past", "participle", "ing"),
    [
        ("cast", "cast", "cast", "casting"),
        ("tear", "tore", "torn", "tearing"),
        ("annul", "annulled", "annulled", "annulling"),
        ("repel", "repelled", "repelled", "repelling"),
        ("feed", "fed", "fed", "feeding"),
        ("get", "got", "gotten", "getting"),
        ("spring", "sprang", "sprung", "springing"),
        ("oversee", "oversaw", "overseen", "overseeing"),
        ("bend", "bent", "bent", "bending"),
        ("quit", "quit", "quit", "quitting"),
        ("overrun", "overran", "overrun", "overrunning"),
    ],
)
def test_verb_forms_of_irregular_and_doubling_lexicon_verbs(lemma: str, past: str, participle: str, ing: str) -> None:
    forms = verb_forms(lemma)
    assert past in forms["past"] and participle in forms["pp"] and ing in forms["ing"]


@pytest.mark.parametrize(("lemma", "plural"), [("embargo", "embargoes"), ("veto", "vetoes"), ("man", "men")])
def test_noun_forms_of_irregular_plurals(lemma: str, plural: str) -> None:
    assert plural in noun_forms(lemma)


def test_a_cancelling_word_past_a_comma_belongs_to_the_next_clause() -> None:
    assert [t.event_type for t in find_triggers("Syria funded Lebanon, officials said.")] == ["AID"]
    assert find_triggers("Syria funded the health ministry, officials said.") == []


def test_a_weekday_past_the_first_word_dates_the_act() -> None:
    assert [t.event_type for t in find_triggers("Iraq fired at Iran on Tuesday.")] == ["ASSAULT"]
    assert find_triggers("The coach was fired on Monday.") == []
    assert find_triggers("Iran insisted on Tuesday that its nuclear programme was peaceful.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Iraq dismissed an appeal from Iran on Tuesday.", [("REJECT", "IRQ", "IRN")]),
        ("North Korea declined an invitation from China to attend the talks.", [("REJECT", "PRK", "CHN")]),
        ("Belgrade said it would not withdraw its troops from Kosovo.", [("REJECT", "SRB", None)]),
    ],
)
def test_a_refused_request_or_offer_is_refused_to_whoever_made_it(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Iraq and Syria held talks with Iran on Tuesday.", [("CONSULT", "IRQ", "IRN"), ("CONSULT", "SYR", "IRN")]),
        (
            "Egypt and Jordan signed a trade agreement with Israel.",
            [("SUPPORT", "EGY", "ISR"), ("SUPPORT", "JOR", "ISR")],
        ),
        ("Britain and France sold weapons to Iran.", [("COOPERATE", "GBR", "IRN"), ("COOPERATE", "FRA", "IRN")]),
        ("Serbia and Kosovo reached an agreement with EU mediation.", [("AGREE", "SRB", "KSV")]),
        ("Russian and Turkish troops jointly patrolled northeast Syria.", [("COOPERATE", "RUS", "TUR")]),
    ],
)
def test_coordinated_subjects_act_together_toward_a_partner_named_by_with(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(sentence, PUBLISHED) == expected
