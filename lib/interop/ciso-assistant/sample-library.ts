/**
 * A small, valid CISO Assistant library for tests and fixtures: one section, two criteria
 * (the second refines the first). `version` makes each import unique, since slug+version is.
 */
export function sampleLibraryYaml(version: string | number, refId = "sample-lib"): string {
  return `urn: urn:test:risk:library:${refId}
locale: en
ref_id: ${refId}
name: Sample library
description: For tests
copyright: CC0
version: ${JSON.stringify(version)}
provider: Test provider
packager: tests
objects:
  framework:
    urn: urn:test:risk:framework:${refId}
    ref_id: ${refId}
    name: Sample framework
    min_score: 0
    max_score: 2
    scores_definition:
      - { score: 0, name: "No", description: "Not met" }
      - { score: 1, name: "Partly", description: "Partly met" }
      - { score: 2, name: "Yes", description: "Met" }
    requirement_nodes:
      - { urn: "urn:test:n:s1", assessable: false, depth: 1, ref_id: "S1", name: "Section one" }
      - { urn: "urn:test:n:r1", assessable: true, depth: 2, parent_urn: "urn:test:n:s1", ref_id: "R1", name: "Encrypt", description: "Encrypt data", annotation: "Look for TLS" }
      - { urn: "urn:test:n:r1a", assessable: true, depth: 3, parent_urn: "urn:test:n:r1", ref_id: "R1.a", name: "Mutual TLS" }
`;
}
