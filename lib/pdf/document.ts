import { drawMethodology, drawReviewers } from "./appendix";
import { drawCriterionDetails } from "./criteria";
import { drawSectionTables } from "./details";
import { drawCharts, drawContents, drawCover, drawSummary } from "./front";
import type { ReportModel } from "./model";
import { drawReadiness } from "./readiness";
import { CONTENT_WIDTH, MUTED, PAGE, RULE, SIZE } from "./styles";
import { clip, createDocument, Writer, yieldToEventLoop } from "./writer";

/**
 * The PDF bytes of a report, drawn with pdfkit directly: cover and contents, then each part
 * from a new page, then — once every page exists — the running header, the footer with
 * "Page n of N" and the contents' page numbers. (react-pdf did the same in 3–4 s for a
 * 10-vendor comparison: its flexbox layout and per-node text shaping ran again on every page
 * split; pdfkit lays out each word once per document.)
 */
export async function renderReport(model: ReportModel): Promise<Buffer> {
  const creator = `IoT Framework Security Scorecard ${model.appVersion}`;
  const w = new Writer(
    createDocument({
      title: model.title,
      author: model.workspaceName ?? "IoT Framework Security Scorecard",
      subject: "IoT Framework Security Scorecard report",
      creator,
    }),
  );
  const { contentsY, contentsPage } = drawCover(w, model);
  const parts = [
    () => {
      drawSummary(w, model);
      drawCharts(w, model);
    },
    () => drawSectionTables(w, model),
    ...(model.readiness ? [() => drawReadiness(w, model)] : []),
    () => drawCriterionDetails(w, model),
    () => drawMethodology(w, model),
    () => drawReviewers(w, model),
  ];
  for (const draw of parts) {
    await yieldToEventLoop();
    w.newPage();
    await draw();
  }
  w.doc.switchToPage(contentsPage);
  drawContents(w, model, contentsY, w.destinations);

  const stamp = `Generated ${model.generatedAt.toISOString().replace("T", " ").slice(0, 19)} UTC · ${creator}`;
  const running = `${model.catalogue.title} ${model.catalogue.version} · ${model.profile.name}`;
  w.eachPage(0, (i, count) => {
    if (i > 0) {
      w.text(clip(model.title, 80), {
        x: PAGE.left,
        y: 18,
        width: CONTENT_WIDTH * 0.55,
        size: SIZE.header,
        color: MUTED,
      });
      w.text(clip(running, 90), {
        x: PAGE.left + CONTENT_WIDTH * 0.55,
        y: 18,
        width: CONTENT_WIDTH * 0.45,
        size: SIZE.header,
        color: MUTED,
        align: "right",
      });
    }
    w.rule({ y: 802, color: RULE });
    w.text(stamp, { x: PAGE.left, y: 806, width: CONTENT_WIDTH - 80, size: SIZE.header, color: MUTED });
    w.text(`Page ${i + 1} of ${count}`, {
      x: PAGE.left + CONTENT_WIDTH - 80,
      y: 806,
      width: 80,
      size: SIZE.header,
      color: MUTED,
      align: "right",
    });
  });
  return w.finish();
}
