-- migration 1: codebook, codings, notes, links, corrections, anchors, undo journal
CREATE TABLE schema_history (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at TEXT NOT NULL);
CREATE TABLE tag (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND instr(name, '/') = 0),
    parent_id INTEGER REFERENCES tag(id),
    colour TEXT NOT NULL CHECK (colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
    description TEXT,
    creator TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL);
CREATE UNIQUE INDEX tag_sibling_name ON tag (ifnull(parent_id, 0), name COLLATE NOCASE);
CREATE INDEX tag_parent ON tag (parent_id);
CREATE TABLE anchor (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id TEXT NOT NULL,
    claim_id TEXT,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    start_pos INTEGER NOT NULL CHECK (start_pos >= 0),
    end_pos INTEGER NOT NULL CHECK (end_pos >= start_pos),
    status TEXT NOT NULL CHECK (status IN ('ANCHORED', 'FUZZY', 'ORPHAN')),
    method TEXT NOT NULL,
    score REAL NOT NULL,
    anchored_at TEXT NOT NULL);
CREATE INDEX anchor_report ON anchor (report_id);
CREATE INDEX anchor_claim ON anchor (claim_id);
CREATE INDEX anchor_status ON anchor (status);
CREATE TABLE coding (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tag_id INTEGER NOT NULL REFERENCES tag(id),
    anchor_id INTEGER NOT NULL UNIQUE REFERENCES anchor(id),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('CLAIM', 'SELECTION')),
    creator TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL);
CREATE INDEX coding_tag ON coding (tag_id);
CREATE TABLE note (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('CLAIM', 'SELECTION', 'REPORT', 'PERSON', 'TAG')),
    anchor_id INTEGER UNIQUE REFERENCES anchor(id),
    report_id TEXT,
    person TEXT,
    tag_id INTEGER REFERENCES tag(id),
    text TEXT NOT NULL,
    creator TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL);
CREATE INDEX note_tag ON note (tag_id);
CREATE INDEX note_report ON note (report_id);
CREATE TABLE link (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    source_anchor_id INTEGER NOT NULL UNIQUE REFERENCES anchor(id),
    target_anchor_id INTEGER NOT NULL UNIQUE REFERENCES anchor(id),
    note TEXT,
    creator TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL);
CREATE TABLE correction (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    anchor_id INTEGER UNIQUE REFERENCES anchor(id),
    report_id TEXT,
    subject TEXT,
    value TEXT,
    role TEXT,
    affiliation TEXT,
    country TEXT,
    split_offset INTEGER,
    creator TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL);
CREATE INDEX correction_report ON correction (report_id);
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    change_json TEXT NOT NULL,
    summary TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('DONE', 'UNDONE', 'DISCARDED')),
    creator TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE INDEX change_log_state ON change_log (state, id);
CREATE TABLE change_row (
    change_id INTEGER NOT NULL REFERENCES change_log(id),
    ord INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    before_json TEXT,
    after_json TEXT,
    PRIMARY KEY (change_id, ord));
CREATE TABLE change_event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    type TEXT NOT NULL,
    summary TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    claim_ids TEXT NOT NULL,
    report_ids TEXT NOT NULL,
    codebook_changed INTEGER NOT NULL,
    creator TEXT NOT NULL,
    at TEXT NOT NULL);
-- migration 2: report id aliases after re-ingest
CREATE TABLE report_alias (
    from_id TEXT PRIMARY KEY,
    to_id TEXT NOT NULL,
    at TEXT NOT NULL);
CREATE INDEX report_alias_to ON report_alias (to_id);
-- migration 3: the origin of each change and event
ALTER TABLE change_log ADD COLUMN origin TEXT;
ALTER TABLE change_event ADD COLUMN origin TEXT;
-- migration 4: people merged and split by the analyst
CREATE TABLE person_decision (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('MERGE', 'SPLIT')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    other TEXT NOT NULL CHECK (length(trim(other)) > 0),
    creator TEXT NOT NULL,
    created_at TEXT NOT NULL);
-- migration 5: codings accepted from suggestions, and rejected suggestions
ALTER TABLE coding ADD COLUMN suggested INTEGER NOT NULL DEFAULT 0 CHECK (suggested IN (0, 1));
ALTER TABLE coding ADD COLUMN suggestion_confidence REAL;
CREATE TABLE suggestion_rejection (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    claim_id TEXT NOT NULL,
    tag_id INTEGER NOT NULL REFERENCES tag(id),
    confidence REAL,
    creator TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE UNIQUE INDEX suggestion_rejection_pair ON suggestion_rejection (claim_id, tag_id);
CREATE INDEX suggestion_rejection_tag ON suggestion_rejection (tag_id);
-- migration 6: the team's corpus manifest and shared settings
CREATE TABLE corpus_manifest (
    path TEXT PRIMARY KEY CHECK (length(path) > 0 AND substr(path, 1, 1) <> '/'),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    removed_by TEXT,
    removed_at TEXT);
CREATE TABLE shared_setting (
    key TEXT PRIMARY KEY CHECK (length(trim(key)) > 0),
    value_json TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    modified_at TEXT NOT NULL);
-- migration 7: who last edited tags and notes, overwritten edits, keys of changes kept offline
ALTER TABLE tag ADD COLUMN modified_by TEXT;
ALTER TABLE note ADD COLUMN modified_by TEXT;
ALTER TABLE change_log ADD COLUMN overwrote TEXT;
ALTER TABLE change_log ADD COLUMN client_key TEXT;
CREATE UNIQUE INDEX change_log_client_key ON change_log (client_key);
ALTER TABLE change_event ADD COLUMN overwrote TEXT;
