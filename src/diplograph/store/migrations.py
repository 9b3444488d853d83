"""Numbered schema migrations. The schema is only ever changed by appending one here."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "articles, near-duplicate fingerprints, problems, full-text index",
        """
        CREATE TABLE articles (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            story_id TEXT REFERENCES articles(id) ON DELETE SET NULL,
            similarity REAL,
            published_on TEXT,
            title TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            source TEXT,
            url TEXT,
            origin TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT '',
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_content_hash ON articles(content_hash);
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX articles_published ON articles(published_on);

        CREATE TABLE fingerprints (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            signature BLOB NOT NULL
        );
        CREATE TABLE fingerprint_bands (
            band INTEGER NOT NULL,
            hash INTEGER NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        );
        CREATE INDEX fingerprint_bands_lookup ON fingerprint_bands(hash);
        CREATE INDEX fingerprint_bands_article ON fingerprint_bands(article_id);

        CREATE TABLE problems (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL,
            line INTEGER,
            reason TEXT NOT NULL,
            article_id TEXT,
            recorded_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX problems_key ON problems(origin, coalesce(line, -1), reason);

        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        END;
        """,
    ),
)

LATEST_VERSION = MIGRATIONS[-1][0]
