-- The language a phone number asked for (FR / EN), by keyed hash only, for replies to people who are not
-- subscribers, such as peer workers logging by SMS. Deleted on STOP with everything else about the number.
CREATE TABLE sms_languages (
    phone_hash  TEXT PRIMARY KEY,
    language    TEXT NOT NULL CHECK (language IN ('en', 'fr'))
);
