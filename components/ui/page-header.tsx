import { cva } from "class-variance-authority";
import type { ReactNode } from "react";
import { Heading } from "./heading";

// `lg` is the larger header of the public and account pages (home, catalogues, workspaces,
// account); workspace pages use the default. Both live here so either is one edit.
const titleVariants = cva("break-words", {
  variants: { size: { md: "", lg: "tracking-tight text-balance sm:text-3xl" } },
  defaultVariants: { size: "md" },
});
const descriptionVariants = cva("max-w-3xl text-muted", {
  variants: { size: { md: "mt-1 text-sm", lg: "mt-2" } },
  defaultVariants: { size: "md" },
});

/**
 * Every page's h1, with optional breadcrumbs, an eyebrow (context such as a back link or the
 * section), a description (children) and actions on the right from `sm` up. No outer margin:
 * pages space their sections with a grid gap; a page without one passes `className="mb-6"`.
 */
export function PageHeader({
  breadcrumbs,
  eyebrow,
  title,
  children,
  actions,
  size,
  className,
}: {
  breadcrumbs?: ReactNode;
  eyebrow?: ReactNode;
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  size?: "md" | "lg";
  className?: string;
}) {
  return (
    <div className={className}>
      {breadcrumbs && (
        <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
          {breadcrumbs}
        </nav>
      )}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          {eyebrow && <div className="mb-1 text-sm text-muted">{eyebrow}</div>}
          <Heading level={1} className={titleVariants({ size })}>
            {title}
          </Heading>
          {children && <div className={descriptionVariants({ size })}>{children}</div>}
        </div>
        {actions && <div className="flex shrink-0 gap-2">{actions}</div>}
      </div>
    </div>
  );
}
