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
    (
        2,
        "extraction results: sentences (with full-text index), times, people, events, facts",
        """
        CREATE TABLE extractions (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version TEXT NOT NULL,
            extracted_at TEXT NOT NULL
        );
        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (article_id, idx)
        );
        CREATE VIRTUAL TABLE sentences_fts USING fts5(
            text, content='sentences', content_rowid='id', tokenize='porter unicode61'
        );
        CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
            INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
            INSERT INTO sentences_fts(sentences_fts, rowid, text)
                VALUES ('delete', old.id, old.text);
        END;
        CREATE TABLE time_expressions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            value TEXT,
            anchor TEXT,
            granularity TEXT NOT NULL,
            mod TEXT
        );
        CREATE INDEX time_expressions_article ON time_expressions(article_id);
        CREATE TABLE person_mentions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            country TEXT,
            role TEXT,
            title TEXT
        );
        CREATE INDEX person_mentions_article ON person_mentions(article_id);
        CREATE INDEX person_mentions_name ON person_mentions(name);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            mode TEXT,
            status TEXT NOT NULL,
            countries TEXT NOT NULL,
            people TEXT NOT NULL,
            date TEXT,
            date_reason TEXT NOT NULL,
            place TEXT,
            context TEXT,
            negated INTEGER NOT NULL DEFAULT 0,
            agreement TEXT,
            trigger TEXT NOT NULL DEFAULT '',
            confidence REAL NOT NULL,
            sentence TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_date ON events(date);
        CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            of_country TEXT,
            in_country TEXT,
            value REAL NOT NULL,
            unit TEXT NOT NULL,
            period TEXT,
            qualifier TEXT NOT NULL,
            status TEXT NOT NULL,
            period_reason TEXT NOT NULL DEFAULT '',
            sentence TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX facts_article ON facts(article_id);
        CREATE INDEX facts_indicator ON facts(indicator, of_country, in_country);
        """,
    ),
)

MIGRATIONS = (
    *MIGRATIONS,
    (
        3,
        "office terms imported by users (diplograph roles import)",
        """
        CREATE TABLE office_terms (
            id INTEGER PRIMARY KEY,
            country TEXT NOT NULL,
            role TEXT NOT NULL,
            person TEXT NOT NULL,
            start TEXT NOT NULL,
            "end" TEXT,
            source TEXT NOT NULL,
            UNIQUE (country, role, person, start)
        );
        """,
    ),
)

MIGRATIONS = (
    *MIGRATIONS,
    (
        4,
        "events keep where their place came from and the modal verb over them",
        """
        ALTER TABLE events ADD COLUMN place_reason TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN modality TEXT;
        """,
    ),
)

MIGRATIONS = (
    *MIGRATIONS,
    (
        5,
        "a log of extractions in the order they were written (what the kept view reads since)",
        """
        CREATE TABLE extraction_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE
        );
        INSERT INTO extraction_log (article_id) SELECT article_id FROM extractions ORDER BY rowid;
        """,
    ),
)

MIGRATIONS = (
    *MIGRATIONS,
    (
        6,
        "the resolved graph kept in the store: resolved events, their reports, the names they "
        "were resolved with, and the extraction-log mark they reflect",
        """
        CREATE TABLE resolution (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            mark INTEGER NOT NULL,
            extracted INTEGER NOT NULL,
            events INTEGER NOT NULL,
            resolver TEXT NOT NULL,
            batch TEXT NOT NULL
        );
        CREATE TABLE resolved_events (
            id INTEGER PRIMARY KEY,
            batch TEXT NOT NULL,
            block TEXT NOT NULL,
            countries TEXT NOT NULL,
            type TEXT NOT NULL,
            mode TEXT,
            status TEXT NOT NULL,
            negated INTEGER NOT NULL,
            listed TEXT NOT NULL,
            people TEXT NOT NULL,
            date TEXT,
            place TEXT,
            agreement TEXT,
            first_date TEXT NOT NULL,
            first_article TEXT NOT NULL,
            first_start INTEGER NOT NULL,
            first_position INTEGER NOT NULL,
            reports INTEGER NOT NULL
        );
        CREATE INDEX resolved_events_block ON resolved_events(block, batch);
        CREATE TABLE resolved_mentions (
            resolved_id INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            event_id INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (resolved_id, seq)
        );
        CREATE INDEX resolved_mentions_article ON resolved_mentions(article_id);
        CREATE TABLE resolved_names (
            batch TEXT NOT NULL,
            name TEXT NOT NULL,
            block TEXT NOT NULL,
            canonical TEXT NOT NULL,
            PRIMARY KEY (batch, name, block)
        );
        CREATE INDEX resolved_names_block ON resolved_names(batch, block);
        """,
    ),
)

MIGRATIONS = (
    *MIGRATIONS,
    (
        7,
        "pairs of countries of the stored resolution: one row per resolved event and pair of its "
        "countries, in timeline order, so that a page of a pair's timeline is read alone; each "
        "resolved event's first publication date",
        """
        ALTER TABLE resolved_events ADD COLUMN first_reported TEXT;
        CREATE TABLE resolved_pairs (
            batch TEXT NOT NULL,
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            status TEXT NOT NULL,
            sort_day TEXT NOT NULL,
            sort_type TEXT NOT NULL,
            date TEXT,
            first_date TEXT NOT NULL,
            first_article TEXT NOT NULL,
            first_start INTEGER NOT NULL,
            first_position INTEGER NOT NULL,
            resolved_id INTEGER NOT NULL,
            PRIMARY KEY (batch, a, b, status, sort_day, sort_type, first_date, first_article,
                first_start, first_position, resolved_id)
        ) WITHOUT ROWID;
        CREATE INDEX resolved_pairs_event ON resolved_pairs(resolved_id);
        """,
    ),
)

MIGRATIONS = (
    *MIGRATIONS,
    (
        8,
        "full-text search over distinct sentence texts: each text indexed and ranked once, its "
        "uses (the sentences that say it) listed newest article first; the index of every "
        "sentence dropped",
        """
        CREATE TABLE sentence_texts (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL UNIQUE
        );
        INSERT OR IGNORE INTO sentence_texts (text) SELECT text FROM sentences ORDER BY id;
        CREATE TABLE sentence_uses (
            sentence_id INTEGER PRIMARY KEY,
            text_id INTEGER NOT NULL,
            published_on TEXT NOT NULL
        );
        INSERT INTO sentence_uses (sentence_id, text_id, published_on)
            SELECT s.id, t.id, coalesce(a.published_on, '') FROM sentences s
            JOIN sentence_texts t ON t.text = s.text
            LEFT JOIN articles a ON a.id = s.article_id ORDER BY s.id;
        CREATE INDEX sentence_uses_text ON sentence_uses(text_id, published_on);
        CREATE VIRTUAL TABLE sentence_texts_fts USING fts5(
            text, content='sentence_texts', content_rowid='id', tokenize='porter unicode61'
        );
        INSERT INTO sentence_texts_fts(sentence_texts_fts) VALUES ('rebuild');
        CREATE TRIGGER sentence_texts_fts_insert AFTER INSERT ON sentence_texts BEGIN
            INSERT INTO sentence_texts_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER sentence_texts_fts_delete AFTER DELETE ON sentence_texts BEGIN
            INSERT INTO sentence_texts_fts(sentence_texts_fts, rowid, text)
                VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER sentence_uses_insert AFTER INSERT ON sentences BEGIN
            INSERT INTO sentence_texts (text) SELECT new.text
                WHERE NOT EXISTS (SELECT 1 FROM sentence_texts WHERE text = new.text);
            INSERT INTO sentence_uses (sentence_id, text_id, published_on)
                SELECT new.id, t.id, coalesce(
                    (SELECT published_on FROM articles WHERE id = new.article_id), '')
                FROM sentence_texts t WHERE t.text = new.text;
        END;
        CREATE TRIGGER sentence_uses_delete AFTER DELETE ON sentences BEGIN
            DELETE FROM sentence_uses WHERE sentence_id = old.id;
            DELETE FROM sentence_texts WHERE text = old.text AND NOT EXISTS
                (SELECT 1 FROM sentence_uses u WHERE u.text_id = sentence_texts.id);
        END;
        DROP TRIGGER sentences_fts_insert;
        DROP TRIGGER sentences_fts_delete;
        DROP TABLE sentences_fts;
        """,
    ),
)

MIGRATIONS = (
    *MIGRATIONS,
    (
        9,
        "a tally of deleted articles and extractions, kept by triggers, so that a connection's "
        "first look at the store's generation reads no count of rows",
        """
        CREATE TABLE store_deletions (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            n INTEGER NOT NULL
        );
        INSERT INTO store_deletions (id, n) VALUES (1, 0);
        CREATE TRIGGER articles_deleted AFTER DELETE ON articles BEGIN
            UPDATE store_deletions SET n = n + 1 WHERE id = 1;
        END;
        CREATE TRIGGER extractions_deleted AFTER DELETE ON extractions BEGIN
            UPDATE store_deletions SET n = n + 1 WHERE id = 1;
        END;
        """,
    ),
)

LATEST_VERSION = MIGRATIONS[-1][0]
