/**
 * The catalogue page against the raw SQL it needs, on the same database in the same run.
 */
import { Client } from "pg";
import { measure } from "./measure";

const PAGE = "/catalogues/owasp-iot-framework/2016-03-18";

const RAW_SQL = `SELECT c.slug, c.version, c.title, c.publisher, c."publishedOn", c."sourceUrl", c.licence, c.scale,
    s.key AS s_key, s.title AS s_title, s.description AS s_description,
    cr.key, cr.title AS cr_title, cr.description AS cr_description
  FROM "Catalogue" c JOIN "Section" s ON s."catalogueId" = c.id JOIN "Criterion" cr ON cr."sectionId" = s.id
  WHERE c.slug = $1 AND c.version = $2 AND c.status = 'published'
  ORDER BY s.position, cr.position`;

export async function benchCatalogue(databaseUrl: string, baseUrl: string) {
  const { getCatalogue } = await import("../../lib/services/catalogues/catalogues");
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  const rows = (await pg.query(RAW_SQL, ["owasp-iot-framework", "2016-03-18"])).rowCount;
  if (rows !== 58) throw new Error(`raw SQL returned ${rows} rows, expected 58`);
  const sql = await measure(() => pg.query(RAW_SQL, ["owasp-iot-framework", "2016-03-18"]));
  await pg.end();
  const service = await measure(() => getCatalogue("owasp-iot-framework", "2016-03-18"));
  let pageBytes = 0;
  const page = await measure(async () => {
    const res = await fetch(`${baseUrl}${PAGE}`);
    const html = await res.text();
    pageBytes = Buffer.byteLength(html);
    if (res.status !== 200 || !html.includes("EDGE-26")) throw new Error(`page answered ${res.status}`);
  });
  // The framework's floor: a small page with one tiny query, rendered the same way.
  const floor = await measure(async () => {
    await (await fetch(`${baseUrl}/catalogues`)).text();
  });
  return {
    sql: sql.median,
    service: service.median,
    page: page.median,
    pageBytes,
    floor: floor.median,
    path: PAGE,
  };
}
