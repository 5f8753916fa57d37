type ReactPdf = typeof import("@react-pdf/renderer");
type Styles = Parameters<ReactPdf["StyleSheet"]["create"]>[0];

/*
 * react-pdf's element types, without loading react-pdf. Its components are plain strings
 * (@react-pdf/primitives: View = "VIEW", …) that its reconciler reads, so the report's
 * components can name them statically. react-pdf itself is ESM-only and its own imports only
 * resolve under "import" conditions: loaded through require() — as tsx compiles this
 * repository's files for scripts such as the bench — it fails. So the one module that needs
 * react-pdf's code (rendering, font registration) loads it with import(), once, in
 * loadReactPdf; everything else uses these names and types only.
 */
export const Document = "DOCUMENT" as unknown as ReactPdf["Document"];
export const Page = "PAGE" as unknown as ReactPdf["Page"];
export const View = "VIEW" as unknown as ReactPdf["View"];
export const Text = "TEXT" as unknown as ReactPdf["Text"];
export const Link = "LINK" as unknown as ReactPdf["Link"];
export const Svg = "SVG" as unknown as ReactPdf["Svg"];
export const G = "G" as unknown as ReactPdf["G"];
export const Line = "LINE" as unknown as ReactPdf["Line"];
export const Path = "PATH" as unknown as ReactPdf["Path"];
export const Polygon = "POLYGON" as unknown as ReactPdf["Polygon"];
export const Rect = "RECT" as unknown as ReactPdf["Rect"];

/** Styles are plain objects (react-pdf's StyleSheet.create is the identity); typed like it. */
export const styleSheet = <T extends Styles>(styles: T): T => styles;

let loaded: Promise<ReactPdf> | undefined;

/** react-pdf's code (renderToBuffer, Font), imported once per process. */
export function loadReactPdf(): Promise<ReactPdf> {
  loaded ??= import("@react-pdf/renderer");
  return loaded;
}
