"""Cleaning a pasted article, and carrying offsets in the cleaned text back to the text as given."""
from hypothesis import given, settings
from hypothesis import strategies as st

from chronoapp.core.extract import Cleaned, clean_text

PIECES = st.sampled_from(["On Friday", "rebels", "Aleppo", ".", ",", "é", "&amp;", "&#8217;", "&nbsp;", " ", "  ",
                          "\n", "\n\n\n", "\r\n", "\t", "\u00a0", "\u200b", "\ufeff", "\u2028", "\x01"])


def _letters(s: str) -> str:
    return "".join(ch for ch in clean_text(s) if not ch.isspace())


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.data())
def test_every_cleaned_span_comes_from_the_same_letters(raw, data):
    cleaned = Cleaned(raw)
    assert cleaned.text == clean_text(raw)
    n = len(cleaned.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    a, b = cleaned.raw_span(start, end)
    assert 0 <= a <= b <= len(raw)
    # the raw span holds exactly the characters the cleaned span shows, give or take whitespace
    # and entities split at the span's edges
    if "&" not in raw:
        assert _letters(raw[a:b]) == _letters(cleaned.text[start:end])


def test_cleaning_a_paste():
    raw = "\ufeff  <p>On Friday,&nbsp;rebels</p><p>shelled\u200b Aleppo.</p>\r\n\r\n\r\n\r\nThe  end. "
    cleaned = Cleaned(raw)
    assert cleaned.text == "On Friday, rebels\n\nshelled Aleppo.\n\nThe end."
    start = cleaned.text.index("shelled")
    a, b = cleaned.raw_span(start, start + len("shelled Aleppo."))
    assert raw[a:b] == "shelled\u200b Aleppo."


def test_bidi_controls_are_taken_out_so_a_quote_reads_as_written():
    # a right-to-left override in a pasted page would show "evil" reversed in every headline and export
    raw = "Officials said the \u202eevil\u202c report was false. \u2067Arabic\u2069 name."
    cleaned = Cleaned(raw)
    assert cleaned.text == "Officials said the evil report was false. Arabic name."
    start = cleaned.text.index("evil")
    a, b = cleaned.raw_span(start, start + 4)
    assert raw[a:b] == "evil"
    assert clean_text(raw) == cleaned.text
