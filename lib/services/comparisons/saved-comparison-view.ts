import { contentTag } from "../../http/content-tag";

export const SAVED_SELECT = {
  id: true,
  name: true,
  description: true,
  query: true,
  createdAt: true,
} as const;

/**
 * A saved comparison as the API shows it. There is no version column, so its ETag is a hash of
 * what a change may touch (lib/http/content-tag.ts).
 */
export function savedComparisonView(row: {
  id: string;
  name: string;
  description: string;
  query: string;
  createdAt: Date;
}) {
  return { ...row, etag: contentTag({ name: row.name, description: row.description, query: row.query }) };
}
export type SavedComparisonView = ReturnType<typeof savedComparisonView>;
