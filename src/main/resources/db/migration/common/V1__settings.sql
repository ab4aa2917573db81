-- Instance-wide values that must be the same on every app instance (e.g. signing secrets).
CREATE TABLE app_setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
