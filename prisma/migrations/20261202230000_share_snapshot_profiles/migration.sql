-- Share snapshots made before issue 12 froze every weight profile of the workspace, private ones
-- included, reachable with ?profile=<id> on the share page and its PDF. Keep only the profile the
-- link shows (its profileId), or equal weights when that is not in the snapshot, as new links do.
UPDATE "ShareLink" AS l
SET "snapshot" = jsonb_set(
  l."snapshot",
  '{profiles}',
  COALESCE(
    (SELECT jsonb_agg(p) FROM jsonb_array_elements(l."snapshot"->'profiles') AS p WHERE p->>'id' = l."profileId"),
    (SELECT jsonb_agg(p) FROM jsonb_array_elements(l."snapshot"->'profiles') AS p WHERE p->>'id' = 'equal'),
    '[]'::jsonb
  )
)
WHERE jsonb_typeof(l."snapshot"->'profiles') = 'array'
  AND jsonb_array_length(l."snapshot"->'profiles') > 1;
