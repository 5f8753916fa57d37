import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "./cn";

const headingVariants = cva("", {
  variants: {
    size: {
      page: "text-2xl font-semibold",
      section: "text-lg font-semibold",
      card: "font-semibold",
      item: "font-medium",
    },
  },
});

type Size = NonNullable<VariantProps<typeof headingVariants>["size"]>;
// The level is the document outline; the size follows it unless a page asks otherwise.
const SIZE_OF_LEVEL: Record<1 | 2 | 3, Size> = { 1: "page", 2: "card", 3: "item" };

export function Heading({
  level,
  size,
  className,
  ...props
}: ComponentProps<"h2"> & { level: 1 | 2 | 3; size?: Size }) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={cn(headingVariants({ size: size ?? SIZE_OF_LEVEL[level] }), className)} {...props} />
  );
}
