"""Cleaning a pasted article, and carrying offsets in the cleaned text back to the text as given."""
from hypothesis import given, settings
from hypothesis import strategies as st

from chronoapp.core.extract import Cleaned, clean_text

PIECES = st.sampled_from(["On Friday", "rebels", "Aleppo", ".", ",", "é", "&amp;", "&#8217;", "&nbsp;", " ", "  ",
                          "\n", "\n\n\n", "\r\n", "\t", "\u00a0", "\u200b", "\ufeff", "\u2028", "\x01", "\u2011", "\u00ad"])


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


def test_unicode_hyphens_are_hyphens_and_soft_hyphens_go_so_words_and_places_read_whole():
    import datetime as dt

    from chronoapp.core.extract import extract
    raw = ("Warplanes struck a market in Za\u00adporizhzhia on Thursday, killing 12 civilians, the Z\u00fcrich\u2011based "
           "monitor said.")
    text = clean_text(raw)
    assert "Zaporizhzhia" in text and "Z\u00fcrich-based" in text
    # a monitor's seat is no place of the strike
    assert [e.locations for e in extract(text, dt.date(2019, 5, 10)).events] == [["Zaporizhzhia"]]


def test_bidi_controls_are_taken_out_so_a_quote_reads_as_written():
    # a right-to-left override in a pasted page would show "evil" reversed in every headline and export
    raw = "Officials said the \u202eevil\u202c report was false. \u2067Arabic\u2069 name."
    cleaned = Cleaned(raw)
    assert cleaned.text == "Officials said the evil report was false. Arabic name."
    start = cleaned.text.index("evil")
    a, b = cleaned.raw_span(start, start + 4)
    assert raw[a:b] == "evil"
    assert clean_text(raw) == cleaned.text


# A page saved from a browser: the story sits among a cookie banner, a menu, a box of related stories, a
# newsletter form and the site's footer, whose dates and "killed" headlines became candidates of their own
SAVED_PAGE = """<html><head><title>Shelling in Aleppo</title></head><body class="article-page has-sidebar">
<div id="cookie-consent" class="banner"><div class="inner"><p>We use cookies. Policy updated 25 May 2018.</p>
<button>Accept</button></div></div>
<header class="site-header"><a href="/">The Daily</a></header>
<nav><a href="/2017/09">September 2017</a></nav>
<main><article><h1>Shelling kills five in Aleppo</h1>
<p>ALEPPO \u2014 Shelling killed five civilians on Friday, rescuers said.</p>
<blockquote><p>We buried them at dawn.</p><footer>\u2014 a rescuer</footer></blockquote>
<aside class="pull-quote"><p>Read also: 12 soldiers killed in Homs on 3 March 2016</p></aside>
<div class="social-share"><a href="#">Share</a><div>Shared 1,204 times since 1 September</div></div>
<p>The army said it would respond.</p></article>
<section class="related-stories"><ul><li>Three killed in Idlib on 4 June 2017</li></ul></section>
<form class="newsletter"><label>Get our briefing every Monday</label></form></main>
<footer><p>\u00a9 2017 The Daily. Page updated 2 September 2017.</p></footer>
</body></html>"""


def test_a_saved_page_loses_its_furniture_and_keeps_its_story():
    cleaned = Cleaned(SAVED_PAGE)
    text = cleaned.text
    for junk in ("cookies", "September 2017", "Homs", "Shared", "Idlib", "briefing", "\u00a9", "Accept"):
        assert junk not in text, junk
    # the story, its headline, the quote's own attribution and the page's name all stay
    for kept in ("The Daily", "Shelling kills five in Aleppo", "Shelling killed five civilians on Friday",
                 "We buried them at dawn.", "\u2014 a rescuer", "The army said it would respond."):
        assert kept in text, kept
    start = text.index("The army")
    a, b = cleaned.raw_span(start, start + len("The army said it would respond."))
    assert SAVED_PAGE[a:b] == "The army said it would respond."
    assert clean_text(SAVED_PAGE) == text


def test_a_page_whose_story_is_marked_like_furniture_keeps_its_story():
    # a site that names its whole article 'share-enabled' must not lose it: furniture is never most of the page
    page = ('<div class="story share-enabled"><p>Shelling killed five civilians on Friday in Aleppo, rescuers '
            'said, and the army said it would respond.</p></div><p>Footer line.</p>')
    assert "Shelling killed five civilians on Friday" in clean_text(page)
