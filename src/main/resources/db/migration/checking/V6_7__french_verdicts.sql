-- FTIR verdicts as French-speaking services write them (issue 11): recognised by default like the English ones, so a
-- French file's "Correspondance incertaine" is a verdict, not a new name in the review queue. Keys are lower case
-- with accents kept (Vocabulary.keyOf), hence both spellings where people often drop the accent. A name already
-- waiting in the queue is mapped; a name an admin already mapped is left as it is.
INSERT INTO substance_names (name_key, written, verdict, mapped_by) VALUES
    ('correspondance incertaine', 'Correspondance incertaine', 'UNCERTAIN_MATCH', 'vocabulary'),
    ('aucune correspondance', 'Aucune correspondance', 'NO_LIBRARY_MATCH', 'vocabulary'),
    ('pas de correspondance', 'Pas de correspondance', 'NO_LIBRARY_MATCH', 'vocabulary'),
    ('aucune correspondance dans la bibliothèque', 'Aucune correspondance dans la bibliothèque', 'NO_LIBRARY_MATCH', 'vocabulary'),
    ('aucune correspondance dans la bibliotheque', 'Aucune correspondance dans la bibliotheque', 'NO_LIBRARY_MATCH', 'vocabulary'),
    ('huile incertaine', 'Huile incertaine', 'UNCERTAIN_OIL', 'vocabulary'),
    ('glucide incertain', 'Glucide incertain', 'UNCERTAIN_CARBOHYDRATE', 'vocabulary'),
    ('sucre incertain', 'Sucre incertain', 'UNCERTAIN_CARBOHYDRATE', 'vocabulary'),
    ('sel incertain', 'Sel incertain', 'UNCERTAIN_SALT', 'vocabulary'),
    ('aucun signal', 'Aucun signal', 'NO_SIGNAL', 'vocabulary'),
    ('pas de signal', 'Pas de signal', 'NO_SIGNAL', 'vocabulary'),
    ('négatif', 'Négatif', 'NEGATIVE', 'vocabulary'),
    ('negatif', 'Negatif', 'NEGATIVE', 'vocabulary')
ON CONFLICT (name_key) DO UPDATE SET verdict = excluded.verdict, mapped_by = excluded.mapped_by
WHERE substance_names.substance_id IS NULL AND substance_names.verdict IS NULL;
