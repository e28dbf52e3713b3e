-- Imports from any service (issue 11): mappings saved under a name per source, what each import sent to the review
-- queue, and keys of imported samples made of the facts they state rather than of the file's layout.

-- A mapping saved under a name (the source it is for), so the next file from that source imports in one click.
CREATE TABLE checking_import_mappings (
    name        TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 80),
    mapping     TEXT NOT NULL,
    saved_by    TEXT NOT NULL,
    saved_at    TIMESTAMPTZ NOT NULL DEFAULT program_now()
);

ALTER TABLE checking_imports ADD COLUMN separator TEXT;
ALTER TABLE checking_imports ADD COLUMN new_names INTEGER NOT NULL DEFAULT 0;
ALTER TABLE checking_imports ADD COLUMN mapping_name TEXT;

-- Imported samples were keyed by a hash of their row as written, so the same sample in another layout was a new
-- row. Their key becomes the fingerprint of their facts and its occurrence, exactly as SampleRows.fingerprint
-- computes it in Java (the two must change together): SHA-256 of day, site, city and expected substance (lower case,
-- spaces collapsed), the component keys sorted, and the strips sorted, joined by unit separators.
WITH facts AS (
    SELECT s.code, s.recorded_at,
           'f:' || substr(encode(sha256(convert_to(concat_ws(E'\x1f',
               s.collected_on::text,
               coalesce(lower(regexp_replace(btrim(s.source_site), '\s+', ' ', 'g')), ''),
               coalesce(lower(regexp_replace(btrim(s.city), '\s+', ' ', 'g')), ''),
               coalesce(s.expected_key, ''),
               coalesce((SELECT string_agg(c.name_key, E'\x1e' ORDER BY c.name_key COLLATE "C")
                         FROM sample_components c WHERE c.sample_code = s.code), ''),
               coalesce((SELECT string_agg(t.strip || '=' || t.result, ',' ORDER BY t.strip COLLATE "C")
                         FROM sample_strips t WHERE t.sample_code = s.code), '')), 'UTF8')), 'hex'), 1, 32) AS fingerprint
    FROM samples s
    WHERE s.row_key IS NOT NULL
), numbered AS (
    SELECT code, fingerprint || '#' || row_number() OVER (PARTITION BY fingerprint ORDER BY recorded_at, code) AS row_key
    FROM facts
)
UPDATE samples s SET row_key = n.row_key FROM numbered n WHERE s.code = n.code;
