-- A tag merged into another stays only as an alias: its key still finds the other tag's resources, so links shared
-- before the merge keep working, but it is no longer shown, chosen or held by any resource.
ALTER TABLE hub_tags ADD COLUMN merged_into TEXT REFERENCES hub_tags (key) ON DELETE CASCADE;
ALTER TABLE hub_tags ADD CONSTRAINT hub_tags_not_merged_into_itself CHECK (merged_into IS NULL OR merged_into <> key);
