import { jsonError } from "@/lib/http/api";

// Any /api path without a handler: a JSON 404, not the HTML not-found page.
const notFound = async () => jsonError(404, "not_found", "No such API endpoint.");
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
