import type { z } from "zod";
import * as R from "../../schemas/resource-responses";
import { savedComparisonSchema, savedComparisonUpdateSchema } from "../../schemas/comparison";
import { weightProfileSchema, weightProfileUpdateSchema } from "../../schemas/weight-profile";
import { error, errors, id, idempotent, ifMatchTagged, json, pageParameters, tagged } from "./components";

interface Records {
  path: string;
  /** "weight profile", "saved comparison" */
  noun: string;
  list: z.ZodType;
  one: z.ZodType;
  input: z.ZodType;
  update: z.ZodType;
  /** Who may create, change and delete, and what is checked. */
  rules: { create: string; change: string; remove: string };
}

/**
 * A collection of the workspace's own records, each tagged by content (no version column):
 * a paged list, an idempotent create, GET and PATCH with ETag/If-Match, DELETE.
 */
function records(r: Records) {
  return {
    [r.path]: {
      get: {
        summary: `List the workspace's ${r.noun}s, newest first, a page at a time`,
        parameters: pageParameters(),
        responses: { 200: { description: `${r.noun}s`, content: json(r.list) }, ...errors },
      },
      post: {
        summary: `Create a ${r.noun}: ${r.rules.create}`,
        parameters: [idempotent.parameter],
        requestBody: { required: true, content: json(r.input, "input") },
        responses: {
          201: { description: "Created", content: json(r.one) },
          409: error("The name is taken (`issues` name `name`)"),
          422: idempotent[422],
          ...errors,
        },
      },
    },
    [`${r.path}/{id}`]: {
      get: {
        summary: `A ${r.noun}, with a hash of its content as ETag`,
        parameters: [id("id")],
        responses: { 200: tagged(r.noun, r.one), ...errors },
      },
      patch: {
        summary: `Change the fields sent: ${r.rules.change}`,
        parameters: [id("id"), ifMatchTagged.parameter],
        requestBody: { required: true, content: json(r.update, "input") },
        responses: { 200: tagged("Changed", r.one), 409: ifMatchTagged[409], ...errors },
      },
      delete: {
        summary: `Delete a ${r.noun} (${r.rules.remove})`,
        parameters: [id("id")],
        responses: { 204: { description: "Deleted" }, ...errors },
      },
    },
  };
}

export const weightProfilePaths = () =>
  records({
    path: "/api/v1/weight-profiles",
    noun: "weight profile",
    list: R.weightProfileListResponse,
    one: R.weightProfileResponse,
    input: weightProfileSchema,
    update: weightProfileUpdateSchema,
    rules: {
      create:
        "owner/admin; section and criterion keys must exist in some catalogue, knock-out thresholds lie on 0–4, preset names are taken. The built-in presets are not listed",
      change: "owner/admin, checked as on creation",
      remove: "owner/admin; comparisons fall back to equal weights",
    },
  });

export const savedComparisonPaths = () =>
  records({
    path: "/api/v1/saved-comparisons",
    noun: "saved comparison",
    list: R.savedComparisonListResponse,
    one: R.savedComparisonResponse,
    input: savedComparisonSchema,
    update: savedComparisonUpdateSchema,
    rules: {
      create:
        "reviewer and up; `query` is the compare page's query string and must name 2–20 evaluations of one catalogue version the caller may see",
      change: "reviewer and up; a new `query` is checked as on creation",
      remove: "reviewer and up",
    },
  });
