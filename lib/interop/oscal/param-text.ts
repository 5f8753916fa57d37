import type { z } from "zod";
import { AppError } from "../../errors/app-error";
import { limitExceeded, OSCAL_EXPANSION_LIMITS } from "../limits";
import type { oscalParamSchema } from "./catalog-schema";

type Param = z.infer<typeof oscalParamSchema>;

const INSERT = /\{\{\s*insert:\s*param,\s*([\w.-]+)\s*\}\}/g;

/**
 * Resolves `{{ insert: param, id }}` in prose: "[Assignment: <label>]", or for a choice
 * "[Selection: a; b]" with inserts inside the choices resolved too (800-53 nests them).
 *
 * Nesting makes this exponential in the worst case (a parameter whose choices insert the next
 * one five times, and so on), so: each parameter's text is built once (cached), every string
 * built counts against a budget for the catalogue, a field may not expand past its own limit,
 * and a parameter reached again while building itself is refused — all before the string that
 * would break a limit is joined.
 */
export class ParamText {
  private readonly params = new Map<string, Param>();
  private readonly cache = new Map<string, string>();
  /** Ids looked up before they were declared: declaring one later invalidates the cache. */
  private readonly missing = new Set<string>();
  private built = 0;

  constructor(
    private readonly source: string,
    private readonly limits = OSCAL_EXPANSION_LIMITS,
  ) {}

  declare(param: Param) {
    if (this.params.has(param.id) || this.missing.has(param.id)) this.cache.clear();
    this.params.set(param.id, param);
  }

  /** `prose` with its inserts resolved; `path` (JSON path of the prose) names it in errors. */
  expand(prose: string, path: string): string {
    return this.resolve(prose, path, []);
  }

  private resolve(text: string, path: string, chain: string[]): string {
    if (!text.includes("{{")) return text;
    const pieces: string[] = [];
    let length = 0;
    let last = 0;
    for (const m of text.matchAll(INSERT)) {
      const value = this.param(m[1], path, chain);
      pieces.push(text.slice(last, m.index), value);
      length += m.index - last + value.length;
      last = m.index + m[0].length;
      this.check(length, path, chain);
    }
    pieces.push(text.slice(last));
    length += text.length - last;
    this.check(length, path, chain);
    this.count(length, path);
    return pieces.join("");
  }

  /** Every string built counts, cached parameter texts included: the work is bounded, not only the result. */
  private count(length: number, path: string) {
    this.built += length;
    if (this.built > this.limits.catalogueChars) {
      throw limitExceeded(
        this.source,
        { path },
        "expanded text",
        this.limits.catalogueChars,
        " in the whole catalogue",
      );
    }
  }

  private check(length: number, path: string, chain: string[]) {
    if (length > this.limits.fieldChars) {
      throw limitExceeded(
        this.source,
        { path },
        "expanded text",
        this.limits.fieldChars,
        chain.length ? ` (inserting parameter ${chain.join(" → ")})` : "",
      );
    }
  }

  private param(id: string, path: string, chain: string[]): string {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    const p = this.params.get(id);
    if (!p) this.missing.add(id);
    let text = `[${id}]`;
    if (p?.label) {
      text = `[Assignment: ${p.label}]`;
    } else if (p?.select?.choice?.length) {
      if (chain.includes(id)) {
        const cycle = [...chain, id].join(" → ");
        throw new AppError(
          "validation_failed",
          `${this.source}: ${path}: parameter ${id} inserts itself (${cycle}), so its expanded text has no end`,
          [{ field: path.replace(/^\$\.?/, ""), message: `parameter ${id} inserts itself (${cycle})` }],
          { limit: "expanded text" },
        );
      }
      chain.push(id);
      const choices = p.select.choice.map((c) => this.resolve(c, path, chain));
      this.check(
        choices.reduce((n, c) => n + c.length + 2, 12),
        path,
        chain,
      );
      chain.pop();
      text = `[Selection: ${choices.join("; ")}]`;
      this.count(text.length, path);
    }
    if (p) this.cache.set(id, text);
    return text;
  }
}
