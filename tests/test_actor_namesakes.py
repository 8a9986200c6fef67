from __future__ import annotations

import datetime as dt

import pytest

from eventlake.actors import ActorTable, find_actors, load_actor_table

DAY = dt.date(2005, 6, 1)


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return load_actor_table()


def actor_ids(table: ActorTable, text: str) -> list[str]:
    return [mention.actor_id for mention in find_actors(table, text, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Ethan Hawke praised the jury.",
        "Paul Rudd praised the director.",
        "Colom, a Barcelona architect, praised the museum.",
        "Soro, the striker, accused the club.",
        "Havel, the Prague brewery, raised prices.",
        "Craxi's daughter criticized the ruling.",
        "The Palme d'Or went to a French film.",
        "Calderon de la Barca's play opened.",
        "Abdul Sattar Edhi appealed for donations.",
        "Tony Blair Institute researchers criticized the plan.",
    ],
)
def test_namesakes_are_not_the_listed_leader(table: ActorTable, text: str) -> None:
    listed_people = [
        mention.actor_id
        for mention in find_actors(table, text, DAY)
        if mention.kind == "person" and not mention.actor_id.startswith("unlisted:")
    ]
    assert not listed_people


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("Taoiseach Ahern criticized the plan.", "bertie-ahern"),
        ("Later Hawke criticized the union.", "bob-hawke"),
        ("Esko Aho, a former prime minister, criticized the plan.", "esko-aho"),
        ("Kohl, the chancellor, criticized the plan.", "helmut-kohl"),
        ("Andreotti, a veteran Christian Democrat, criticized the plan.", "giulio-andreotti"),
    ],
)
def test_titles_adverbs_and_office_appositions_keep_the_leader(table: ActorTable, text: str, actor_id: str) -> None:
    assert actor_id in actor_ids(table, text)
