import * as R from "../../schemas/resource-responses";
import { error, errors, pageParameters, schema } from "./components";

const filter = (name: string, description: string, format?: string) => ({
  name,
  in: "query",
  required: false,
  schema: { type: "string", ...(format ? { format } : {}) },
  description,
});

export const auditPaths = () => ({
  "/api/v1/audit-events": {
    get: {
      summary:
        "The workspace's audit events (owner/admin; a read token suffices), filtered; JSON pages newest first, or every match as JSON lines oldest first (`?format=jsonl` or `Accept: application/x-ndjson`), streamed a page at a time. Score values are withheld by the blind rule (`redacted`)",
      parameters: [
        filter("action", "Actions starting with this, e.g. `auth.` or `score.saved`"),
        filter("actor", "Actors whose email contains this"),
        filter("targetType", "Exactly this target type, e.g. `evaluation`, `framework`, `weight_profile`"),
        filter("targetId", "Exactly this target id"),
        filter("from", "Events on or after this UTC day", "date"),
        filter("to", "Events on or before this UTC day", "date"),
        {
          name: "format",
          in: "query",
          required: false,
          schema: { type: "string", enum: ["json", "jsonl"] },
          description: "`jsonl`: every matching event as JSON lines (the Accept header may ask for it too)",
        },
        ...pageParameters(),
      ],
      responses: {
        200: {
          description: "A page of events, or (JSON lines) one event per line",
          content: {
            "application/json": { schema: schema(R.auditEventListResponse) },
            "application/x-ndjson": {
              schema: { type: "string", description: "One event per line, as in `events`" },
            },
          },
        },
        429: error("Too many exports; retry after `Retry-After` seconds (JSON lines only)"),
        ...errors,
      },
    },
  },
});
