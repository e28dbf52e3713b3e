-- The words peer workers text for catalogue items (D 10 KIT 5 PIPE 2 NAL), in English and French, in the order the
-- coordinator gave them: the first word of an item is the one shown in the SMS help. Words are stored in capitals
-- without accents, as they are compared. A word names one item only; the same word may stand in both languages of
-- that item (PIPE). Any item code works by SMS too, without a row here.
CREATE TABLE item_sms_words (
    item_code  TEXT NOT NULL REFERENCES items (code),
    language   TEXT NOT NULL CHECK (language IN ('en', 'fr')),
    word       TEXT NOT NULL CHECK (word ~ '^[A-Z][A-Z0-9-]{1,23}$'),
    position   INTEGER NOT NULL,
    PRIMARY KEY (language, word)
);

CREATE INDEX item_sms_words_item ON item_sms_words (item_code, language, position);

INSERT INTO item_sms_words (item_code, language, word, position) VALUES
 ('KIT-INJ',    'en', 'KIT', 1),        ('KIT-INJ',    'en', 'KITS', 2),
 ('KIT-INJ',    'fr', 'TROUSSE', 1),    ('KIT-INJ',    'fr', 'TROUSSES', 2),
 ('KIT-INH',    'en', 'PIPE', 1),       ('KIT-INH',    'en', 'PIPES', 2),
 ('KIT-INH',    'fr', 'PIPE', 1),       ('KIT-INH',    'fr', 'PIPES', 2),
 ('NAL-NASAL',  'en', 'NAL', 1),        ('NAL-NASAL',  'en', 'NALOXONE', 2),
 ('NAL-NASAL',  'fr', 'NAL', 1),        ('NAL-NASAL',  'fr', 'NALOXONE', 2),
 ('NDL-1',      'en', 'NEEDLE', 1),     ('NDL-1',      'en', 'NEEDLES', 2),     ('NDL-1', 'en', 'NDL', 3),
 ('NDL-1',      'fr', 'SERINGUE', 1),   ('NDL-1',      'fr', 'SERINGUES', 2),
 ('STRIP-FENT', 'en', 'STRIP', 1),      ('STRIP-FENT', 'en', 'STRIPS', 2),
 ('STRIP-FENT', 'fr', 'BANDELETTE', 1), ('STRIP-FENT', 'fr', 'BANDELETTES', 2),
 ('CONDOM',     'en', 'CONDOM', 1),     ('CONDOM',     'en', 'CONDOMS', 2),
 ('CONDOM',     'fr', 'CONDOM', 1),     ('CONDOM',     'fr', 'CONDOMS', 2);
