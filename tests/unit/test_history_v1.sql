-- A history file as SMTP Doctor wrote it with schema version 1 (kept to prove upgrades).
-- Loaded by tests/unit/test_history_migrations.py; never edit, add a new fixture for a new version.
PRAGMA user_version = 1;
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    profile     TEXT NOT NULL DEFAULT '',
    started_at  TEXT NOT NULL,
    status      TEXT NOT NULL,
    verdict     TEXT NOT NULL,
    result_json TEXT NOT NULL
);
CREATE INDEX runs_profile ON runs (profile, id);
INSERT INTO runs (profile, started_at, status, verdict, result_json) VALUES
('Work', '2024-03-01T08:00:00+00:00', 'pass', 'Your settings work: connected in 40 ms.',
 '{"app_version":"0.0.9","started_at":"2024-03-01T08:00:00+00:00","target":{"host":"smtp.example.com","port":587,"security":"starttls","auth":"auto","username":"me@example.com","password_set":true},"status":"pass","verdict":"Your settings work: connected in 40 ms.","diagnosis":null,"cancelled":false,"total_ms":40.0,"steps":[{"id":"connect","title":"Connect to port 587","status":"pass","duration_ms":10.0,"summary":"Connected","facts":{},"diagnosis":null,"advice":null,"fixes":[],"transcript":[]},{"id":"auth","title":"Log in (AUTH)","status":"pass","duration_ms":20.0,"summary":"Logged in","facts":{},"diagnosis":null,"advice":null,"fixes":[],"transcript":[{"t_ms":30.0,"dir":"C","text":"AUTH PLAIN [credentials redacted]","tls":true}]}]}'),
('Work', '2024-03-02T08:00:00+00:00', 'fail', 'The username or password was refused',
 '{"app_version":"0.0.9","started_at":"2024-03-02T08:00:00+00:00","target":{"host":"smtp.example.com","port":587,"security":"starttls","auth":"auto","username":"me@example.com","password_set":true},"status":"fail","verdict":"The username or password was refused","diagnosis":"auth.failed","cancelled":false,"total_ms":900.0,"steps":[{"id":"connect","title":"Connect to port 587","status":"pass","duration_ms":300.0,"summary":"Connected","facts":{},"diagnosis":null,"advice":null,"fixes":[],"transcript":[]},{"id":"auth","title":"Log in (AUTH)","status":"fail","duration_ms":500.0,"summary":"Refused","facts":{},"diagnosis":"auth.failed","advice":{"id":"auth.failed","title":"The username or password was refused","cause":"No.","fixes":["Retype it."]},"fixes":["Retype it."],"transcript":[]}]}'),
('', '2024-03-03T08:00:00+00:00', 'fail', 'broken row', 'not json at all');
