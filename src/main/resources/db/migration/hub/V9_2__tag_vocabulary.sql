-- The library's tags as a small vocabulary: a stable key that resources and links refer to, and a label in English
-- and in French. A tag without a French label yet is shown in English (marked as English) to French readers.
CREATE TABLE hub_tags (
    key                 TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 40),
    label_en            TEXT NOT NULL CHECK (length(label_en) BETWEEN 1 AND 40),
    label_fr            TEXT CHECK (label_fr IS NULL OR length(label_fr) BETWEEN 1 AND 40),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every tag already in use becomes a key, its text the English label, with no French label yet.
INSERT INTO hub_tags (key, label_en)
SELECT DISTINCT tag, left(tag, 40) FROM hub_resources, unnest(tags) AS tag
WHERE length(tag) BETWEEN 1 AND 40
ON CONFLICT DO NOTHING;
