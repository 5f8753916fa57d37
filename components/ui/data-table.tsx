import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { TableScroll } from "./table-scroll";

/**
 * The app's list tables: a labelled scroll region, an optional caption for screen readers and
 * one header row. Rows go in as children, built from `Cell` so every table pads alike.
 */
export function DataTable({
  label,
  caption,
  headings,
  headingClassName,
  children,
}: {
  label: string;
  caption?: ReactNode;
  headings: readonly string[];
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <TableScroll label={label}>
      <table className="w-full text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="bg-surface-2 text-left text-muted">
          <tr>
            {headings.map((h) => (
              <th key={h} scope="col" className={cn("px-3 py-2 font-medium", headingClassName)}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}

/** A body cell with the tables' padding. */
export function Cell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-3 py-2", className)} {...props} />;
}
