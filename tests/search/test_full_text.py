"""The database search backend: PostgreSQL full-text search with stemming on
PostgreSQL, SQLite's FTS5 (whole words, no stemming) on SQLite."""

import pytest

from django.db import connection

from wagtail.search.backends import get_search_backend

from tests.factories import EventPageFactory, NewsPageFactory

from .conftest import result_titles

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search only")
on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite FTS5 only")


@on_postgresql
def test_postgresql_full_text_search_is_used(db):
    assert type(get_search_backend()).__name__ == "PostgresSearchBackend"
    assert get_search_backend().config == "english"


@on_postgresql
def test_postgresql_search_finds_other_forms_of_a_word(sections, client):
    EventPageFactory(parent=sections.events, title="Seminar on housing")
    NewsPageFactory(parent=sections.news, title="Mayors meet", teaser="The mayors discussed educational projects.")

    assert result_titles(client.get("/en/search/", {"q": "seminars"})) == ["Seminar on housing"]
    assert result_titles(client.get("/en/search/", {"q": "houses"})) == ["Seminar on housing"]
    assert result_titles(client.get("/en/search/", {"q": "mayor project"})) == ["Mayors meet"]


@on_sqlite
def test_sqlite_uses_fts5_which_matches_whole_words_only(sections, client):
    assert type(get_search_backend()).__name__ == "SQLiteSearchBackend"
    EventPageFactory(parent=sections.events, title="Seminar on housing")

    assert result_titles(client.get("/en/search/", {"q": "seminar"})) == ["Seminar on housing"]
    assert result_titles(client.get("/en/search/", {"q": "seminars"})) == []


def test_every_word_must_match(sections, client):
    NewsPageFactory(parent=sections.news, title="Roma housing in Tirana")
    NewsPageFactory(parent=sections.news, title="Roma pupils in Athens")

    assert result_titles(client.get("/en/search/", {"q": "Roma Tirana"})) == ["Roma housing in Tirana"]


def test_title_matches_rank_above_teaser_matches(sections, client):
    NewsPageFactory(parent=sections.news, title="Mayors meet", teaser="Talks on desegregation and funding.")
    NewsPageFactory(parent=sections.news, title="Desegregation", teaser="Mayors meet in Strasbourg.")

    assert result_titles(client.get("/en/search/", {"q": "desegregation"})) == ["Desegregation", "Mayors meet"]


def test_equally_relevant_results_come_newest_first(sections, client):
    for title in ("Forum on Roma inclusion, first", "Forum on Roma inclusion, second"):
        NewsPageFactory(parent=sections.news, title=title)

    assert result_titles(client.get("/en/search/", {"q": "forum"})) == [
        "Forum on Roma inclusion, second",
        "Forum on Roma inclusion, first",
    ]
