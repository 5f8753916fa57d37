import { contentTag } from "../../http/content-tag";

export const PROFILE_COLUMNS = {
  id: true,
  name: true,
  sectionWeights: true,
  criterionWeights: true,
  knockouts: true,
  createdAt: true,
} as const;

interface ProfileRow {
  id: string;
  name: string;
  sectionWeights: unknown;
  criterionWeights: unknown;
  knockouts: unknown;
  createdAt: Date;
}

/**
 * A profile as the API shows it. There is no version column, so its ETag is a hash of what
 * a change may touch (lib/http/content-tag.ts).
 */
export function profileView({ id, createdAt, ...content }: ProfileRow) {
  return {
    id,
    ...content,
    sectionWeights: content.sectionWeights as Record<string, number>,
    criterionWeights: content.criterionWeights as Record<string, number>,
    knockouts: content.knockouts as Array<{ criterionKey: string; threshold: number }>,
    createdAt,
    etag: contentTag(content),
  };
}

export type ProfileView = ReturnType<typeof profileView>;
