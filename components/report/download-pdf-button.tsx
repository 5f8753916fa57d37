"use client";

import { FileDown, LoaderCircle } from "lucide-react";
import { useRef, useState } from "react";
import { downloadPdf, type PdfProgress } from "./download-pdf";
import { Button } from "../ui/button";

const LABEL: Record<PdfProgress["state"], string> = {
  idle: "Download PDF",
  generating: "Generating PDF…",
  downloading: "Downloading…",
  done: "Download PDF",
  error: "Download PDF",
};

/**
 * "Download PDF" with visible progress (generating, then a percentage) and the server's error
 * message when it fails; a second click while busy does nothing.
 */
export function DownloadPdfButton({ href, label = "Download PDF" }: { href: string; label?: string }) {
  const [progress, setProgress] = useState<PdfProgress>({ state: "idle" });
  const busy = useRef(false);
  const working = progress.state === "generating" || progress.state === "downloading";
  async function start() {
    if (busy.current) return;
    busy.current = true;
    try {
      await downloadPdf(href, setProgress);
    } catch (err) {
      setProgress({
        state: "error",
        message: err instanceof Error ? err.message : "The report could not be generated.",
      });
    } finally {
      busy.current = false;
    }
  }
  const text =
    progress.state === "downloading" && progress.percent !== null
      ? `Downloading… ${progress.percent} %`
      : working
        ? LABEL[progress.state]
        : label;
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        type="button"
        onClick={start}
        aria-busy={working}
        disabled={working}
        data-testid="download-pdf"
        variant="secondary"
        size="sm"
      >
        {working ? (
          <LoaderCircle aria-hidden className="h-4 w-4 animate-spin" />
        ) : (
          <FileDown aria-hidden className="h-4 w-4" />
        )}
        {text}
      </Button>
      <span role="status" aria-live="polite" className="sr-only">
        {progress.state === "done" ? "PDF downloaded." : working ? text : ""}
      </span>
      {progress.state === "error" && (
        <span role="alert" className="text-xs text-danger">
          {progress.message}
        </span>
      )}
    </span>
  );
}
