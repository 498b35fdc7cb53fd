-- Alias groups the user (or the demo) added to the default table. Kept in
-- the database so that every process relating this corpus, on any machine,
-- folds the same spellings together.
CREATE TABLE alias_groups (
    id       INTEGER PRIMARY KEY,
    variants TEXT NOT NULL UNIQUE   -- the group's words, lower-cased, sorted, joined by " = "
);
