"""The database schema as numbered migration steps, applied by ``PRAGMA user_version``.

Each step is a list of SQL statements (or functions of the connection, for a conversion
SQL cannot express) run in one transaction together with the bump of ``user_version``;
a file written by a newer program (higher version than we know) is refused rather than
guessed at.  Add a new step at the end; never edit a released one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from tracker.store import history_migration

#: One statement of a step: SQL, or a function run on the connection in the same
#: transaction.
Statement = str | Callable[[sqlite3.Connection], None]

#: Migration steps; step ``n`` (1-based) brings the file from version ``n-1`` to ``n``.
MIGRATIONS: list[list[Statement]] = [
    # 1: the balance list.
    [
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT
        )
        """,
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            path TEXT,
            sha256 TEXT NOT NULL UNIQUE,
            format TEXT,
            kind TEXT,
            pages INTEGER,
            imported_at TEXT NOT NULL,
            imported_by TEXT
        )
        """,
        """
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            body TEXT,
            organisation TEXT,
            date TEXT,
            time TEXT,
            place TEXT,
            next_meeting TEXT,
            present TEXT NOT NULL DEFAULT '[]',
            absent TEXT NOT NULL DEFAULT '[]',
            adjusters TEXT NOT NULL DEFAULT '[]',
            chair TEXT,
            document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX meetings_body_date ON meetings(body, date)",
        """
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'action',
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'done', 'struck')),
            owner TEXT,
            co_owners TEXT NOT NULL DEFAULT '[]',
            raised_by TEXT,
            due TEXT,
            due_text TEXT,
            due_precision TEXT,
            start TEXT,
            deviation TEXT,
            body TEXT,
            section TEXT,
            page INTEGER,
            line INTEGER,
            evidence TEXT,
            document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            last_note TEXT
        )
        """,
        # The list is nearly always read as "open items, by due date" – one index serves
        # both the filter and the sort.
        "CREATE INDEX items_status_due ON items(status, due)",
        "CREATE INDEX items_body_status ON items(body, status)",
        "CREATE INDEX items_owner ON items(owner)",
        "CREATE INDEX items_due ON items(due)",
        "CREATE INDEX items_document ON items(document_id)",
        "CREATE INDEX items_meeting ON items(meeting_id)",
        """
        CREATE TABLE item_events (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            user TEXT,
            field TEXT NOT NULL,
            old TEXT,
            new TEXT,
            note TEXT,
            document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL
        )
        """,
        "CREATE INDEX item_events_item ON item_events(item_id, id)",
        "CREATE INDEX item_events_document ON item_events(document_id)",
        """
        CREATE TABLE aliases (
            id INTEGER PRIMARY KEY,
            alias TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'owner',
            UNIQUE (alias, kind)
        )
        """,
        # Full-text search.  The trigram tokenizer finds parts of Swedish compounds
        # ("miljö" in "arbetsmiljöfrågan"), which a word tokenizer cannot.
        """
        CREATE VIRTUAL TABLE items_fts USING fts5(
            title, text, owner, evidence,
            content='items', content_rowid='id', tokenize='trigram'
        )
        """,
        """
        CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
            INSERT INTO items_fts(rowid, title, text, owner, evidence)
            VALUES (new.id, new.title, new.text, new.owner, new.evidence);
        END
        """,
        """
        CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
            INSERT INTO items_fts(items_fts, rowid, title, text, owner, evidence)
            VALUES ('delete', old.id, old.title, old.text, old.owner, old.evidence);
        END
        """,
        # Only the indexed columns matter: a due-date or status change must not pay for
        # re-indexing the text.
        """
        CREATE TRIGGER items_fts_update AFTER UPDATE OF title, text, owner, evidence ON items
        BEGIN
            INSERT INTO items_fts(items_fts, rowid, title, text, owner, evidence)
            VALUES ('delete', old.id, old.title, old.text, old.owner, old.evidence);
            INSERT INTO items_fts(rowid, title, text, owner, evidence)
            VALUES (new.id, new.title, new.text, new.owner, new.evidence);
        END
        """,
    ],
    # 2: status 'removed' for an item whose adding was undone (it was added by mistake).
    # Items are never deleted (their history stays), so such an item gets a status that
    # no list, count, export or import match shows.  SQLite cannot change a CHECK
    # constraint in place: the table is rebuilt with the same columns, indexes and
    # search triggers (``migrate`` runs steps with foreign keys off, so the history rows
    # that reference items survive the DROP; the rowids, and so the search index, stay).
    [
        """
        CREATE TABLE items_new (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'action',
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'done', 'struck', 'removed')),
            owner TEXT,
            co_owners TEXT NOT NULL DEFAULT '[]',
            raised_by TEXT,
            due TEXT,
            due_text TEXT,
            due_precision TEXT,
            start TEXT,
            deviation TEXT,
            body TEXT,
            section TEXT,
            page INTEGER,
            line INTEGER,
            evidence TEXT,
            document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            last_note TEXT
        )
        """,
        """
        INSERT INTO items_new (id, title, text, kind, status, owner, co_owners, raised_by,
            due, due_text, due_precision, start, deviation, body, section, page, line,
            evidence, document_id, meeting_id, created_at, updated_at, version, last_note)
        SELECT id, title, text, kind, status, owner, co_owners, raised_by,
            due, due_text, due_precision, start, deviation, body, section, page, line,
            evidence, document_id, meeting_id, created_at, updated_at, version, last_note
        FROM items
        """,
        "DROP TABLE items",
        "ALTER TABLE items_new RENAME TO items",
        "CREATE INDEX items_status_due ON items(status, due)",
        "CREATE INDEX items_body_status ON items(body, status)",
        "CREATE INDEX items_owner ON items(owner)",
        "CREATE INDEX items_due ON items(due)",
        "CREATE INDEX items_document ON items(document_id)",
        "CREATE INDEX items_meeting ON items(meeting_id)",
        """
        CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
            INSERT INTO items_fts(rowid, title, text, owner, evidence)
            VALUES (new.id, new.title, new.text, new.owner, new.evidence);
        END
        """,
        """
        CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
            INSERT INTO items_fts(items_fts, rowid, title, text, owner, evidence)
            VALUES ('delete', old.id, old.title, old.text, old.owner, old.evidence);
        END
        """,
        """
        CREATE TRIGGER items_fts_update AFTER UPDATE OF title, text, owner, evidence ON items
        BEGIN
            INSERT INTO items_fts(items_fts, rowid, title, text, owner, evidence)
            VALUES ('delete', old.id, old.title, old.text, old.owner, old.evidence);
            INSERT INTO items_fts(rowid, title, text, owner, evidence)
            VALUES (new.id, new.title, new.text, new.owner, new.evidence);
        END
        """,
    ],
    # 3: the whole list in due order without a sort, and short search words without
    # reading the rows.  The index starts with the due sort's ORDER BY (``due IS NULL,
    # due, id``), so listing all items walks it in order instead of sorting 100,000
    # ids; with status, title and owner in it, a word of one or two letters (too short
    # for the trigram index) is matched against title and owner while walking it – a
    # covering index: the rows, with their long text and source sentence, are not read.
    # ``items_status_due`` still serves the default view (open items).  (Status is in
    # the index because "all" leaves out removed items.)
    [
        "CREATE INDEX items_due_order ON items(due IS NULL, due, id, status, title, owner)",
    ],
    # 4: what identifies a matter when later minutes speak of it again: the case number
    # of the § it came from ("Dnr SN 2024/31") and its own number in an action or
    # balance list ("14"), both as written.  Older items have neither (NULL).
    [
        "ALTER TABLE items ADD COLUMN dnr TEXT",
        "ALTER TABLE items ADD COLUMN ref_no TEXT",
    ],
    # 5: history events as a code and parameters (JSON), rendered in the reader's
    # language by ``tracker.labels``, instead of the program's Swedish sentences in
    # ``note`` (which now holds only what a person wrote); old rows converted by parsing
    # those sentences (see ``history_migration``).
    [
        *history_migration.ADD_COLUMNS,
        history_migration.convert_events,
    ],
    # 6: the candidates an import did not take (possible items left unchecked, confident
    # ones the secretary unchecked), kept per forum with their sentence, document and
    # meeting date, so that later minutes that speak of one ("X: klart", "X kvarstår,
    # nytt datum …") have something to link to (``tracker.services.not_taken``).  A table
    # of its own, not a status of ``items``: every list, count, search, agenda and export
    # reads ``items``, and none of them may ever show a matter nobody took.  The columns
    # are an item's (what identifies a matter later: dnr, list number, section, words)
    # and the topic label the candidate stood under ("Cykelparkeringen:"),
    # plus the tier it was offered in and the item made of it when a later import took it
    # up (NULL until then).  A document's rows go with it (CASCADE; an undone import
    # deletes them itself, since documents are kept).
    [
        """
        CREATE TABLE not_taken (
            id INTEGER PRIMARY KEY,
            body TEXT,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            meeting_date TEXT,
            tier TEXT NOT NULL DEFAULT 'possible',
            title TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'action',
            owner TEXT,
            co_owners TEXT NOT NULL DEFAULT '[]',
            raised_by TEXT,
            due TEXT,
            due_text TEXT,
            due_precision TEXT,
            start TEXT,
            deviation TEXT,
            section TEXT,
            page INTEGER,
            line INTEGER,
            evidence TEXT,
            dnr TEXT,
            ref_no TEXT,
            label TEXT,
            taken_item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX not_taken_document ON not_taken(document_id)",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)
