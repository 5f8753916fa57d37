import { NotFoundContent } from "@/components/layout/not-found-content";

export const metadata = { title: "Not found" };

export default function NotFound() {
  return <NotFoundContent />;
}
