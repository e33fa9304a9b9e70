-- Persistent remote variables (VSCP REST API 3.8 and 9).
-- Only SQL that H2 2.x and PostgreSQL both run unchanged: no TEXT, CLOB or SERIAL,
-- and no column named after a reserved word.
-- Names are stored in upper case, as the server reports them.
-- value_text and note_text hold the decoded UTF-8 text, not BASE64.
CREATE TABLE vscp_variable (
    name          VARCHAR(200) NOT NULL,
    type_code     INTEGER NOT NULL,
    owner_name    VARCHAR(200) NOT NULL,
    access_rights INTEGER NOT NULL,
    last_change   TIMESTAMP WITH TIME ZONE NOT NULL,
    value_text    VARCHAR NOT NULL,
    note_text     VARCHAR NOT NULL,
    CONSTRAINT pk_vscp_variable PRIMARY KEY (name)
);
