/**
 * A JSON-lines download from an async generator of lines (the audit export). The first line is
 * awaited before answering, so authorisation, validation and a lost database are still an error
 * answer rather than a 200 cut short. The rest is pulled as the client reads (the generator
 * queries a page at a time), and a client that hangs up stops the generator.
 */
export async function ndjsonResponse(lines: AsyncGenerator<string>, filename: string): Promise<Response> {
  const first = await lines.next();
  const encoder = new TextEncoder();
  let pending = first.done ? null : first.value;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (pending !== null) {
        controller.enqueue(encoder.encode(pending));
        pending = null;
        return;
      }
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}-${new Date().toISOString().slice(0, 10)}.jsonl"`,
      "Cache-Control": "no-store",
    },
  });
}
