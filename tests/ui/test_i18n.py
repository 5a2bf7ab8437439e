"""The dashboard's own strings: both languages complete, placeholders consistent, lookups safe."""

import re
import string

import pytest

from ui.i18n import DEFAULT_LANG, LANGS, STRINGS, normalise_lang, t


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_string_has_both_languages_with_the_same_placeholders(key):
    vi, en = STRINGS[key]
    assert vi.strip() and en.strip()
    assert _fields(vi) == _fields(en)


@pytest.mark.parametrize(
    ("key", "lang", "values", "expected"),
    [
        ("page_overview", "vi", {}, "Tổng quan"),
        ("page_overview", "en", {}, "Overview"),
        ("status_documents", "vi", {"documents": 5}, "Tổng hợp từ 5 văn bản"),
        ("status_documents", "en", {"documents": 5}, "Built from 5 documents"),
        ("vs_period", "en", {"period": "2015–2020"}, "vs 2015–2020"),
        # An unknown language falls back to Vietnamese rather than failing a page.
        ("page_data", "fr", {}, "Dữ liệu"),
    ],
)
def test_t(key, lang, values, expected):
    assert t(key, lang, **values) == expected


def test_unknown_key_is_an_error():
    with pytest.raises(KeyError):
        t("no_such_key", "vi")


@pytest.mark.parametrize("key", ["no_data", "bad_data"])
@pytest.mark.parametrize("lang", LANGS)
def test_data_messages_name_the_command_that_builds_the_dataset(key, lang):
    text = t(key, lang, path="/x")
    assert "make data" in text and "python -m etl" in text


def test_page_titles_differ_between_languages():
    pages = [k for k in STRINGS if k.startswith("page_")]
    assert len(pages) == 9  # eight views (Fact check among them) and Add documents
    for key in pages:
        assert t(key, "vi") != t(key, "en")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("vi", "vi"), ("en", "en"), (" EN ", "en"), ("fr", None), ("", None), (None, None), (["en"], None),
     ("<script>", None)],
)  # fmt: skip
def test_normalise_lang(raw, expected):
    assert normalise_lang(raw) == expected


def test_default_language_is_vietnamese():
    assert DEFAULT_LANG == "vi"
    assert re.search(r"[ạếờổ]", t("app_tagline", DEFAULT_LANG))


def test_every_reason_a_number_is_held_has_words_in_both_languages():
    from etl.schema import REVIEW_REASONS

    missing = [r for r in REVIEW_REASONS if f"review_reason_{r}" not in STRINGS]
    assert not missing, f"review reasons without words on the review list: {missing}"


@pytest.mark.parametrize(("lang", "says"), [("vi", "so với kỳ trước"), ("en", "against the period before")])
def test_the_overview_intro_opens_with_a_sentence_saying_what_the_page_shows(lang, says):
    # ("Những con số chính." / "The headline figures." read as a fragment)
    first = t("overview_intro", lang).split(". ")[0]
    assert says in first and len(first.split()) > 6
