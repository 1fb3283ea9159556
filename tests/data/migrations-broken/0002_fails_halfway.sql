CREATE TABLE second_table (id INTEGER PRIMARY KEY);
INSERT INTO second_table (id) VALUES (1);
-- fails: the column does not exist; the whole step must roll back
INSERT INTO first_table (no_such_column) VALUES ('x');
