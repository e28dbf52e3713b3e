-- The knowledge hub: events of the series, the resources that go with them, and the people registered for an event.

-- An event of the series, known by its number. A postponed event may have no date until a new one is set.
CREATE TABLE hub_events (
    number              INTEGER PRIMARY KEY CHECK (number > 0),
    title_en            TEXT NOT NULL CHECK (length(title_en) BETWEEN 1 AND 300),
    title_fr            TEXT NOT NULL CHECK (length(title_fr) BETWEEN 1 AND 300),
    description_en      TEXT NOT NULL DEFAULT '',
    description_fr      TEXT NOT NULL DEFAULT '',
    starts_at           TIMESTAMPTZ,
    time_zone           TEXT NOT NULL,
    duration_minutes    INTEGER NOT NULL DEFAULT 90 CHECK (duration_minutes BETWEEN 15 AND 600),
    status              TEXT NOT NULL CHECK (status IN ('SCHEDULED', 'POSTPONED', 'CANCELLED', 'HELD')),
    interpretation      BOOLEAN NOT NULL DEFAULT TRUE,
    how_to_join         TEXT NOT NULL DEFAULT '',
    speakers            TEXT NOT NULL DEFAULT '',
    partners            TEXT NOT NULL DEFAULT '',
    recording_link      TEXT CHECK (recording_link ~ '^https?://'),
    capacity            INTEGER CHECK (capacity > 0),
    -- Counts the changes of date or status, so that each change is told to registered people exactly once.
    revision            INTEGER NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- When an editor last saved it: a cancelled event without a date is purged counting from here.
    changed_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT scheduled_events_have_a_date CHECK (status <> 'SCHEDULED' OR starts_at IS NOT NULL)
);

CREATE TABLE hub_resources (
    id                  BIGSERIAL PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('JOURNAL_ARTICLE', 'ARTICLE', 'REPORT', 'NEWS', 'VIDEO',
                                                      'VIDEO_SERIES', 'TOOL', 'RECOMMENDATIONS')),
    title               TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    authors             TEXT NOT NULL DEFAULT '',
    -- A publication date is known to the day, the month or only the year; the precision says which.
    published_on        DATE,
    published_precision TEXT NOT NULL DEFAULT 'DAY' CHECK (published_precision IN ('DAY', 'MONTH', 'YEAR')),
    language            TEXT NOT NULL CHECK (language IN ('en', 'fr')),
    link                TEXT CHECK (link ~ '^https?://'),
    description_en      TEXT NOT NULL DEFAULT '',
    description_fr      TEXT NOT NULL DEFAULT '',
    tags                TEXT[] NOT NULL DEFAULT '{}',
    -- The editor's submission that added it, so that a form sent twice adds one resource.
    submission          UUID NOT NULL UNIQUE,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- Words in English and French stems, and as written, so that "checking" finds "drug checking".
    words               TSVECTOR GENERATED ALWAYS AS (
                            setweight(to_tsvector('english', title), 'A')
                            || setweight(to_tsvector('simple', title), 'A')
                            || to_tsvector('english', authors)
                            || to_tsvector('english', description_en)
                            || to_tsvector('french', description_fr)) STORED
);

CREATE INDEX hub_resources_words ON hub_resources USING gin (words);
CREATE INDEX hub_resources_tags ON hub_resources USING gin (tags);

-- The resources curated for an event, in the editor's order.
CREATE TABLE hub_event_resources (
    event_number        INTEGER NOT NULL REFERENCES hub_events (number) ON DELETE CASCADE,
    resource_id         BIGINT NOT NULL REFERENCES hub_resources (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    PRIMARY KEY (event_number, resource_id)
);

-- A person registered for an event: an email address only, sealed and hashed, deleted 30 days after the event.
CREATE TABLE hub_registrations (
    id                  UUID PRIMARY KEY,
    event_number        INTEGER NOT NULL REFERENCES hub_events (number) ON DELETE CASCADE,
    email_sealed        TEXT NOT NULL,
    email_hash          TEXT NOT NULL,
    language            TEXT NOT NULL CHECK (language IN ('en', 'fr')),
    unsubscribe_token   TEXT NOT NULL UNIQUE,
    -- The start the day-before reminder was sent for; a moved event gets a new reminder.
    reminded_for        TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (event_number, email_hash)
);

CREATE INDEX hub_registrations_event ON hub_registrations (event_number);
