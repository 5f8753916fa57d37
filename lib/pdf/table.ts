import type { Weight } from "./fonts";
import { CONTENT_WIDTH, PAGE, RULE, SIZE, SOFT } from "./styles";
import { clip, type Writer } from "./writer";

export interface Column {
  header: string;
  width?: number;
  align?: "left" | "right";
}
export type Cell = string | { text: string; weight?: Weight; color?: string };
export interface Row {
  cells: Cell[];
  shade?: string;
  weight?: Weight;
}

const PAD_X = 3;
const PAD_Y = 2.5;
// A table cell holds a name, a title or a number; anything longer is cut, so no row can
// outgrow a page (a whole paragraph belongs in the details, which flow).
const CELL_CHARS = 400;

const cellOf = (c: Cell) =>
  typeof c === "string" ? { text: clip(c, CELL_CHARS) } : { ...c, text: clip(c.text, CELL_CHARS) };

/**
 * A table with hairline rules: the column without a width takes the rest; the header row
 * repeats at the top of every page the table continues on, and no row is split.
 */
export function drawTable(
  w: Writer,
  columns: Column[],
  rows: Row[],
  o: { size?: number; header?: boolean } = {},
) {
  const size = o.size ?? SIZE.body;
  const fixed = columns.reduce((n, c) => n + (c.width ?? 0), 0);
  const flex = Math.max(40, CONTENT_WIDTH - fixed);
  const widths = columns.map((c) => c.width ?? flex);
  const header: Row = { cells: columns.map((c) => c.header), shade: SOFT, weight: "bold" };
  const heightOf = (row: Row) =>
    PAD_Y * 2 +
    Math.max(
      ...row.cells.map((c, i) => {
        const cell = cellOf(c);
        return w.measure(cell.text, {
          width: widths[i] - PAD_X * 2,
          size,
          weight: cell.weight ?? row.weight,
        });
      }),
      size * 1.2,
    );

  const draw = (row: Row, height: number) => {
    const top = w.y;
    if (row.shade) w.doc.save().rect(PAGE.left, top, CONTENT_WIDTH, height).fill(row.shade).restore();
    let x = PAGE.left;
    row.cells.forEach((c, i) => {
      const cell = cellOf(c);
      // Bounded by the measured height: a cell never runs into the next row or off the page.
      w.text([{ text: cell.text, weight: cell.weight ?? row.weight, color: cell.color }], {
        x: x + PAD_X,
        y: top + PAD_Y,
        width: widths[i] - PAD_X * 2,
        size,
        align: columns[i].align,
        maxHeight: height - PAD_Y * 2 + 1,
      });
      x += widths[i];
    });
    w.y = top + height;
    w.rule({ y: w.y, color: RULE });
  };

  const showHeader = o.header !== false;
  const headerHeight = showHeader ? heightOf(header) : 0;
  const begin = (first: Row | undefined) => {
    // The header never stands alone at the foot of a page.
    w.ensure(headerHeight + (first ? heightOf(first) : 0));
    w.rule({ y: w.y, color: RULE });
    if (showHeader) draw(header, headerHeight);
  };
  begin(rows[0]);
  for (const row of rows) {
    const h = heightOf(row);
    if (w.y + h > w.bottom) {
      w.newPage();
      begin(undefined);
    }
    draw(row, h);
  }
  w.gap(8);
}
