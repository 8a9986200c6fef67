from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from eventlake.sentences import split_sentences


def test_abbreviations_and_quotes() -> None:
    text = (
        'Erdogan will meet Putin in Sochi on Sept. 29. The U.N. investigators said so. "We cannot bring peace that '
        'way." The U.S. imposed sanctions. He met Mr. Putin at 3 p.m. on Monday.'
    )
    assert [s.text for s in split_sentences(text)] == [
        "Erdogan will meet Putin in Sochi on Sept. 29.",
        "The U.N. investigators said so.",
        '"We cannot bring peace that way."',
        "The U.S. imposed sanctions.",
        "He met Mr. Putin at 3 p.m. on Monday.",
    ]


@given(
    st.lists(st.sampled_from(["Putin met Erdogan.", "Sept. 29 came.", " ", "\n", "It rained!", "A. B. C"]), max_size=12)
)
def test_spans_slice_the_text_and_do_not_overlap(parts: list[str]) -> None:
    text = " ".join(parts)
    spans = split_sentences(text)
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.text == span.text.strip() and span.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
