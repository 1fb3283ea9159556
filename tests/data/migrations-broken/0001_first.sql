CREATE TABLE first_table (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
INSERT INTO first_table (label) VALUES ('kept');
