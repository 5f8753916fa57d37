import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/v1/mappings/import/route";
import { GET as exportRoute } from "@/app/api/v1/mappings/[id]/export/route";
import { GET as listRoute } from "@/app/api/v1/mappings/route";
import { db } from "../../db";
import type { Actor } from "../../auth/actor";
import { createToken } from "../accounts/api-tokens";
import { createMember, owaspCatalogue, sessionActor } from "../../testing/fixtures";
import { oscalErrors } from "../../testing/oscal-schema";

let token: string;
let readToken: string;
let actor: Actor;
let slug: string;

const call = <P>(
  handler: (req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>,
  url: string,
  init: { method?: string; body?: string; type?: string; bearer?: string; id?: string } = {},
) =>
  handler(
    new NextRequest(`http://localhost${url}`, {
      method: init.method ?? "GET",
      body: init.body,
      headers: {
        authorization: `Bearer ${init.bearer ?? token}`,
        ...(init.type ? { "content-type": init.type } : {}),
      },
    }),
    { params: Promise.resolve({ id: init.id ?? "" } as P) },
  );

const listed = async () => {
  const res = await call(listRoute, "/api/v1/mappings");
  expect(res.status).toBe(200);
  return (await res.json()).mappingSets as Array<{
    id: string;
    slug: string;
    version: string;
    links: number;
  }>;
};
const exported = async (id: string, format: string) => {
  const res = await call(exportRoute, `/api/v1/mappings/${id}/export?format=${format}`, { id });
  expect(res.status).toBe(200);
  return res.text();
};

beforeAll(async () => {
  await owaspCatalogue();
  const owner = await createMember({ role: "owner" });
  slug = owner.slug;
  actor = await sessionActor(owner.userId);
  token = (await createToken(actor, slug, { name: "rw", scopes: ["read", "write"], expiresInDays: 1 })).token;
  readToken = (await createToken(actor, slug, { name: "r", scopes: ["read"], expiresInDays: 1 })).token;
});

describe("mapping sets over the API", () => {
  it("lists the built-in crosswalks with their catalogues and link counts", async () => {
    const sets = await listed();
    const cra = sets.find((s) => s.slug === "owasp-iot-to-eu-cra-annex-i");
    expect(cra).toMatchObject({
      builtIn: true,
      source: { slug: "owasp-iot-framework" },
      target: { slug: "eu-cra-annex-i" },
      notCovered: 5,
    });
    expect(cra!.links).toBeGreaterThan(50);
  });

  it("exports OSCAL 1.2 that the official schema accepts, and re-imports it to the same links", async () => {
    const cra = (await listed()).find((s) => s.slug === "owasp-iot-to-eu-cra-annex-i")!;
    const text = await exported(cra.id, "oscal");
    const doc = JSON.parse(text);
    // The official OSCAL 1.2.2 schema: every mapping-collection we write must validate against it.
    expect(oscalErrors(doc)).toEqual([]);
    doc["mapping-collection"].metadata.version = "1.0.0-copy";
    const res = await call(importRoute, "/api/v1/mappings/import", {
      method: "POST",
      body: JSON.stringify(doc),
      type: "application/json",
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const links = async (version: string) =>
      (
        await db().mappingLink.findMany({
          where: { mappingSet: { slug: cra.slug, version } },
          orderBy: { position: "asc" },
          select: { sourceKey: true, targetKey: true, relationship: true, rationale: true },
        })
      ).map((l) => ({ ...l }));
    expect(await links("1.0.0-copy")).toEqual(await links(cra.version));
    const copy = await db().mappingSet.findFirstOrThrow({
      where: { slug: cra.slug, version: "1.0.0-copy" },
      select: { notCovered: true, workspaceId: true },
    });
    const original = await db().mappingSet.findFirstOrThrow({
      where: { slug: cra.slug, version: cra.version },
      select: { notCovered: true },
    });
    expect(copy.notCovered).toEqual(original.notCovered);
    expect(copy.workspaceId).not.toBeNull();
  });

  it("exports a CISO Assistant mapping library that imports back to the same links", async () => {
    const nist = (await listed()).find((s) => s.slug === "owasp-iot-to-nist-ir-8425")!;
    const yaml = await exported(nist.id, "ciso-assistant");
    expect(yaml).toContain("requirement_mapping_sets:");
    const renamed = yaml
      .replace(/^ref_id: .*$/m, "ref_id: nist-copy")
      .replace(/ref_id: owasp-iot-to-nist-ir-8425$/m, "ref_id: nist-copy");
    const res = await call(importRoute, "/api/v1/mappings/import", {
      method: "POST",
      body: renamed,
      type: "application/yaml",
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const [copy, original] = await Promise.all(
      ["nist-copy", nist.slug].map((s) => db().mappingLink.count({ where: { mappingSet: { slug: s } } })),
    );
    expect(copy).toBe(original);
  });

  it("refuses bad files by path and stores nothing; a read token cannot import", async () => {
    const before = await db().mappingSet.count();
    const broken = await call(importRoute, "/api/v1/mappings/import", {
      method: "POST",
      body: JSON.stringify({ "mapping-collection": { uuid: "x" } }),
      type: "application/json",
    });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.message).toMatch(/mapping-collection/);
    const readOnly = await call(importRoute, "/api/v1/mappings/import", {
      method: "POST",
      body: "{}",
      type: "application/json",
      bearer: readToken,
    });
    expect(readOnly.status).toBe(403);
    expect(await db().mappingSet.count()).toBe(before);
  });

  it("answers 404 for an unknown or malformed mapping set id", async () => {
    for (const id of ["0190c6a0-0000-7000-8000-00000000dead", "nope"]) {
      const res = await call(exportRoute, `/api/v1/mappings/${id}/export?format=oscal`, { id });
      expect(res.status).toBe(404);
    }
  });
});
