import { drawBars, drawLegend, drawRadar } from "./charts";
import { formatAlpha, formatCoverage, formatScore, NO_SCORE, STATUS_LABELS } from "./format";
import type { ReportModel } from "./model";
import { partHeading, partsOf, type PartId } from "./parts";
import { CONTENT_WIDTH, DANGER, INK, MUTED, PAGE, SIZE } from "./styles";
import { drawTable } from "./table";
import { clip, type Writer } from "./writer";

const KIND_LABEL = {
  evaluation: "Evaluation report",
  comparison: "Comparison report",
  share: "Comparison report (shared snapshot)",
} as const;

export const day = (d: Date) => d.toISOString().slice(0, 10);

/** The cover; returns where the contents go (filled in once the parts' pages are known). */
export function drawCover(w: Writer, model: ReportModel): { contentsY: number; contentsPage: number } {
  const facts: Array<[string, string]> = [
    ...(model.workspaceName === null ? [] : [["Workspace", model.workspaceName] as [string, string]]),
    ["Date", day(model.generatedAt)],
    ["Catalogue", `${model.catalogue.title} (${model.catalogue.slug}), version ${model.catalogue.version}`],
    ["Weight profile", model.profile.name],
    [model.vendors.length === 1 ? "Framework" : "Frameworks", model.vendors.map((v) => v.label).join(" · ")],
    [
      "Status",
      model.vendors
        .map((v) => `${model.vendors.length > 1 ? `${v.label}: ` : ""}${STATUS_LABELS[v.status]}`)
        .join(" · "),
    ],
  ];
  w.y = PAGE.top + 80;
  w.text(`IoT Framework Security Scorecard · ${KIND_LABEL[model.kind]}`, {
    size: 10,
    color: MUTED,
    after: 6,
  });
  // The cover stays one page whatever the names: long values are cut here (the summary and
  // the details print every name).
  w.text([{ text: clip(model.title, 120), weight: "bold" }], { size: SIZE.h1, lineGap: -3, after: 16 });
  for (const [k, v] of facts) {
    const top = w.y;
    w.text(k, { x: PAGE.left, y: top, width: 96, color: MUTED });
    w.text(clip(v, 400), { x: PAGE.left + 100, y: top, width: CONTENT_WIDTH - 100 });
    w.gap(4);
  }
  w.gap(24);
  // Very long names can fill the cover: the contents then start the next page.
  w.heading("Contents", 2, { keepWith: partsOf(model).length * 16 + 40 });
  const contentsY = w.y;
  const contentsPage = w.pageIndex;
  if (model.kind === "share") {
    w.text(
      "Built from the frozen snapshot behind a share link: the scores as its creator could see them when the link was made.",
      { y: contentsY + partsOf(model).length * 16 + 24, size: SIZE.small, color: MUTED },
    );
  }
  return { contentsY, contentsPage };
}

/** The contents on the cover: each part, linked to its page, with the page number. */
export function drawContents(
  w: Writer,
  model: ReportModel,
  y: number,
  pages: Partial<Record<PartId, number>>,
) {
  partsOf(model).forEach(([id, label], i) => {
    const top = y + i * 16;
    w.text([{ text: `${i + 1}. ${label}`, goTo: id }], { x: PAGE.left, y: top, width: 300 });
    if (pages[id] !== undefined)
      w.text([{ text: String(pages[id]! + 1), goTo: id }], {
        x: PAGE.left + 300,
        y: top,
        width: 60,
        align: "right",
      });
  });
}

export function drawSummary(w: Writer, model: ReportModel) {
  const leader = model.vendors[0];
  w.heading(partHeading(model, "summary"), 2, { destination: "summary" });
  w.text(
    model.vendors.length === 1
      ? `${leader.label} scores ${formatScore(leader.overall)} of 100 overall under the “${model.profile.name}” profile, with ${formatCoverage(leader.coverage)} of applicable criteria scored.`
      : `Under the “${model.profile.name}” profile, ${leader.label} ranks first with ${formatScore(leader.overall)} of 100 among ${model.vendors.length} frameworks.`,
    { after: 6 },
  );
  drawTable(
    w,
    [
      { header: "#", width: 18 },
      { header: "Framework" },
      { header: "Overall", width: 42, align: "right" },
      { header: "Coverage", width: 50, align: "right" },
      { header: "Knock-outs", width: 88 },
      { header: "Agreement (α)", width: 104 },
      { header: "Status", width: 46 },
    ],
    model.vendors.map((v) => ({
      cells: [
        String(v.rank),
        `${v.label}${v.maker ? ` (${v.maker})` : ""}${v.complete ? "" : " *"}`,
        { text: formatScore(v.overall), weight: "bold" },
        formatCoverage(v.coverage),
        v.disqualified
          ? {
              text: `knocked out: ${v.failedKnockouts.map((k) => k.title).join(", ")}`,
              weight: "bold",
              color: DANGER,
            }
          : model.profile.knockouts.length
            ? "none failed"
            : "none set",
        `${formatAlpha(v.alpha)} · ${v.alphaLabel}`,
        STATUS_LABELS[v.status],
      ],
    })),
    { size: 8 },
  );
  if (model.vendors.some((v) => !v.complete))
    w.text(
      "* Built from the sections visible to the reader; sections they have not yet submitted stay blind, so no overall score is claimed for them.",
      { size: SIZE.small, color: MUTED, after: 2 },
    );
  w.text(
    `Scores 0–100, rounded to whole numbers as on the dashboard. Disagreements flagged (spread ≥ 2): ${model.vendors.map((v) => `${v.label} ${v.disagreements}`).join(", ")}.`,
    { size: SIZE.small, color: MUTED, after: 10 },
  );
}

export function drawCharts(w: Writer, model: ReportModel) {
  // Both charts stay on one page with their legend.
  w.heading(partHeading(model, "charts"), 2, {
    destination: "charts",
    keepWith: 460 + 12 * Math.ceil(model.vendors.length / 6),
  });
  drawLegend(w, model.vendors);
  w.heading("Section scores (radar)", 3, { keepWith: 220 });
  drawRadar(w, model, 215);
  w.heading("Section scores, side by side", 3, { keepWith: 190 });
  drawBars(w, model, 185);
  w.text(
    `Scores 0–100, rounded. No bar or point: the section has no score (unscored, blind to the reader, or out of scope), shown as ${NO_SCORE} in the tables.`,
    { size: SIZE.small, color: MUTED, after: 6 },
  );
  w.doc.fillColor(INK);
}
