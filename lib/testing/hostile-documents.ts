/**
 * The hostile uploads of the penetration test (issue 12), built in code so tests and the bench
 * send exactly the same bytes: each is a few kB to a few MB that once cost seconds to minutes
 * of CPU or gigabytes of memory.
 */

/** `k0: 1` … one mapping of `n` keys (60,000 keys: 589 kB, 97 s of CPU with the quadratic check). */
export const manyKeysYaml = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: 1`).join("\n");

/** `[[[[…` (or `{{{{…`): 2 MB of it blocked the server 11 s before it was refused. */
export const deepFlowYaml = (bytes: number, open = "[") => open.repeat(bytes);

/** "Billion laughs": 9 anchors, each a list of 9 aliases of the one before, 9⁹ leaves once expanded. */
export function billionLaughsYaml(): string {
  const name = (i: number) => String.fromCharCode(97 + i);
  return [
    "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
    ...Array.from(
      { length: 8 },
      (_, i) =>
        `${name(i + 1)}: &${name(i + 1)} [${Array(9)
          .fill(`*${name(i)}`)
          .join(", ")}]`,
    ),
  ].join("\n");
}

type Param = { id: string; select: { choice: string[] } };
const insert = (id: string, times: number) => Array(times).fill(`{{ insert: param, ${id} }}`).join(" and ");

/** A parameter with 5 choices, each inserting the same parameter 5 times. */
export const selfInsertingParams = (): Param[] => [
  { id: "self", select: { choice: Array.from({ length: 5 }, () => insert("self", 5)) } },
];

/** `length` parameters, each with 5 choices inserting the next one 5 times: 25ⁿ copies of the last. */
export const paramChain = (length: number): Param[] =>
  Array.from({ length }, (_, i) => ({
    id: `p${i}`,
    select: {
      choice:
        i === length - 1 ? ["the end of the chain"] : Array.from({ length: 5 }, () => insert(`p${i + 1}`, 5)),
    },
  }));

/**
 * A valid OSCAL catalog of one group whose controls insert the given parameters: a few kB. The
 * prose of control `n` is at `$.catalog.groups[0].controls[n].parts[0].prose`.
 */
export function expansionCatalog(
  controls: Array<{ params: Param[]; prose: string }>,
  title = "Expansion test",
): string {
  return JSON.stringify({
    catalog: {
      uuid: "5b1e1b6a-32c4-4b0f-9c8e-0d2a1f4b7c11",
      metadata: { title, version: "1.0", "last-modified": "2026-01-01T00:00:00Z", "oscal-version": "1.1.2" },
      groups: [
        {
          id: "g1",
          title: "Group",
          controls: controls.map((c, i) => ({
            id: `c-${i + 1}`,
            title: `Control ${i + 1}`,
            params: c.params,
            parts: [{ id: `c-${i + 1}_smt`, name: "statement", prose: c.prose }],
          })),
        },
      ],
    },
  });
}

/** The penetration test's document: a self-inserting parameter and a chain of ten, each inserted five times. */
export const expansionBombCatalog = () =>
  expansionCatalog([
    { params: paramChain(10), prose: `Do ${insert("p0", 5)}.` },
    { params: selfInsertingParams(), prose: `Do ${insert("self", 5)}.` },
  ]);
