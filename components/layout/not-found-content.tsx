import Link from "next/link";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";
import { buttonVariants } from "../ui/button";

export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <Muted className="font-mono">404</Muted>
      <Heading level={1} className="mt-2">
        This page does not exist
      </Heading>
      <p className="mt-2 text-muted">
        The catalogue, version or criterion in the address was not found. It may have been mistyped.
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <Link href="/catalogues" className={buttonVariants()}>
          Browse catalogues
        </Link>
        <Link href="/" className={buttonVariants({ variant: "secondary" })}>
          Home
        </Link>
      </div>
    </div>
  );
}
