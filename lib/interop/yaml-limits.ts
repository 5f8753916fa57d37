import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  type Document,
  type LineCounter,
  type Node,
  type Parser,
} from "yaml";
import { AppError } from "../errors/app-error";
import { limitExceeded, lineColumn, type ParseLimits } from "./limits";

/**
 * Pass 1, before any parsing: one run of the YAML lexer (cheap, linear, stops at the first
 * excess) counting what it can see exactly. Flow nesting (`[[[[…`), keys (`:` indicators),
 * scalars, flow collections, aliases and block indicators on one line (`- - - x`) are lower
 * bounds of the real counts, so a flood is refused at the limit, not after parsing all of it.
 */
export function scanYamlTokens(text: string, limits: ParseLimits, source: string) {
  let offset = 0;
  let flow = 0;
  let keys = 0;
  let nodes = 0;
  let aliases = 0;
  let compact = 0; // block indicators (`- `, `? `) on this line: `- - - x` nests one level per dash
  const at = () => lineColumn(text, offset);
  for (const token of new Lexer().lex(text)) {
    switch (token[0]) {
      case "[":
      case "{":
        if (token.length === 1 && ++flow > limits.depth)
          throw limitExceeded(source, at(), "depth", limits.depth);
        nodes++;
        break;
      case "]":
      case "}":
        if (token.length === 1) flow = Math.max(0, flow - 1);
        break;
      case "\u0018": // the lexer's "flow ended unexpectedly"
        flow = 0;
        break;
      case ":":
        if (token.length === 1 && ++keys > limits.keys)
          throw limitExceeded(source, at(), "keys", limits.keys);
        break;
      case "-":
      case "?":
        if (token.length === 1 && flow === 0 && ++compact > limits.depth)
          throw limitExceeded(source, at(), "depth", limits.depth);
        break;
      case "\n":
      case "\r":
        compact = 0;
        break;
      case "*":
        if (++aliases > limits.aliases) throw limitExceeded(source, at(), "aliases", limits.aliases);
        nodes++;
        break;
      case "\u001f":
      case "'":
      case '"': // a scalar follows (plain or block), or a quoted one
        nodes++;
        break;
    }
    if (nodes > limits.nodes) throw limitExceeded(source, at(), "nodes", limits.nodes);
    // The lexer's mode markers are not part of the source.
    if (token !== "\u0002" && token !== "\u001f" && token !== "\u0018") offset += token.length;
  }
}

/**
 * Pass 2: the parser, fed token by token, stops as soon as its stack of open nodes is deeper
 * than the limit (plus the document and a scalar in progress): `- - - - …` or deep indentation
 * costs no more than 64 levels of it. The exact depth is checked on the document afterwards.
 */
export function* cstWithin(
  text: string,
  parser: Parser,
  lines: LineCounter,
  limits: ParseLimits,
  source: string,
) {
  lines.addNewLine(0);
  for (const token of new Lexer().lex(text)) {
    yield* parser.next(token);
    if (parser.stack.length > limits.depth + 3)
      throw limitExceeded(source, lines.linePos(parser.offset), "depth", limits.depth);
  }
  yield* parser.end();
}

interface Frame {
  node: Node | null;
  depth: number;
  size: number;
  children: Array<Node | null>;
  next: number;
  keys?: Map<string, number>;
}

/**
 * Pass 3, on the composed document (uniqueKeys off: the yaml package compares each key with
 * every earlier one, which is quadratic): one iterative walk in document order that
 *  - detects duplicate keys with a Set per mapping, naming the line of the duplicate;
 *  - checks the exact depth, keys and string lengths;
 *  - counts nodes with every alias expanded to the size of its anchored node (known by then,
 *    as an anchor precedes its aliases), so "billion laughs" is refused without expanding it.
 */
export function checkYamlDocument(
  doc: Document.Parsed,
  lines: LineCounter,
  limits: ParseLimits,
  source: string,
) {
  const where = (node: Node | null | undefined, fallback: number) =>
    lines.linePos(node?.range?.[0] ?? fallback);
  const refuse = (node: Node | null | undefined, message: string, fallback: number) => {
    const { line, col } = where(node, fallback);
    return new AppError("validation_failed", `${source}: line ${line}, column ${col}: ${message}`, [
      { field: "(body)", message: `line ${line}: ${message}` },
    ]);
  };
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>(); // anchored nodes, once complete
  let expanded = 0;
  let keys = 0;
  const add = (n: number, node: Node | null) => {
    expanded += n;
    if (expanded > limits.nodes)
      throw limitExceeded(source, where(node, 0), "nodes", limits.nodes, " once aliases are expanded");
  };
  const stack: Frame[] = [];
  const enter = (node: Node | null, depth: number, parent: Frame | null) => {
    if (node && !isAlias(node) && node.anchor) anchors.set(node.anchor, node);
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) throw refuse(node, `unknown alias *${node.source}`, 0);
      const size = sizes.get(target);
      if (size === undefined)
        throw refuse(node, `the alias *${node.source} refers to a node that contains it`, 0);
      add(size, node);
      if (parent) parent.size += size;
      return;
    }
    add(1, node);
    if (isScalar(node) && typeof node.value === "string" && node.value.length > limits.string) {
      throw limitExceeded(source, where(node, 0), "string", limits.string);
    }
    if (!isMap(node) && !isSeq(node)) {
      if (node?.anchor) sizes.set(node, 1);
      if (parent) parent.size += 1;
      return;
    }
    if (depth > limits.depth) throw limitExceeded(source, where(node, 0), "depth", limits.depth);
    const children: Array<Node | null> = [];
    if (isMap(node)) {
      keys += node.items.length;
      if (keys > limits.keys) throw limitExceeded(source, where(node, 0), "keys", limits.keys);
      for (const pair of node.items) children.push(pair.key as Node | null, pair.value as Node | null);
    } else {
      for (const item of node.items) children.push(item as Node | null);
    }
    stack.push({ node, depth, size: 1, children, next: 0, keys: isMap(node) ? new Map() : undefined });
  };

  enter(doc.contents as Node | null, 1, null);
  while (stack.length) {
    const frame = stack[stack.length - 1];
    if (frame.next >= frame.children.length) {
      stack.pop();
      if (frame.node?.anchor) sizes.set(frame.node, frame.size);
      if (stack.length) stack[stack.length - 1].size += frame.size;
      continue;
    }
    const index = frame.next++;
    const child = frame.children[index];
    if (frame.keys && index % 2 === 0) checkKey(child, frame.keys, frame.node!);
    enter(child, frame.depth + 1, frame);
  }

  /** Keys are plain values (as JSON's are); equal once stringified means equal, as in the JS result. */
  function checkKey(key: Node | null, seen: Map<string, number>, map: Node) {
    if (key !== null && !isScalar(key))
      throw refuse(key, "a key must be a plain value, not a collection or an alias", map.range?.[0] ?? 0);
    const name = key?.value == null ? "" : String(key.value);
    const offset = key?.range?.[0] ?? map.range?.[0] ?? 0;
    const first = seen.get(name);
    if (first !== undefined) {
      throw refuse(
        key,
        `duplicate key "${name.slice(0, 80)}" (first at line ${lines.linePos(first).line})`,
        offset,
      );
    }
    seen.set(name, offset);
  }
}
