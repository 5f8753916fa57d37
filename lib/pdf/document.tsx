import "server-only";
import { Methodology, Reviewers } from "./appendix";
import { CriterionDetails, detailChunks } from "./criteria";
import { SectionTables } from "./details";
import { registerFonts, STACK } from "./fonts";
import { Charts, Cover, Summary } from "./front";
import type { ReportModel } from "./model";
import { Document, loadReactPdf, Page, Text, View } from "./primitives";
import { s } from "./styles";

// Each part starts a page element of its own (rather than `break` inside one long page):
// a forced break inside one long page crashed react-pdf 4.9's border drawing, and pagination
// time grows with the square of a page element's content.
type Part = (props: { model: ReportModel }) => React.ReactElement;
// `stack`: the part sets the CJK fallback chain on all its text (small parts); the bulky
// tables and details choose it per <Text> instead (see scriptFont).
const partsOf = (model: ReportModel): Array<{ Part: Part; stack: boolean }> => [
  { Part: SummaryAndCharts, stack: true }, { Part: SectionTables, stack: false },
  ...detailChunks(model).map((chunk) => ({ Part: function Details({ model: m }: { model: ReportModel }) { return <CriterionDetails model={m} chunk={chunk} />; }, stack: false })),
  { Part: Methodology, stack: true }, { Part: Reviewers, stack: true },
];

function SummaryAndCharts({ model }: { model: ReportModel }) {
  return <><Summary model={model} /><View style={{ height: 10 }} /><Charts model={model} /></>;
}

function ReportDocument({ model }: { model: ReportModel }) {
  const stamp = `Generated ${model.generatedAt.toISOString().replace("T", " ").slice(0, 19)} UTC · IoT Framework Security Scorecard ${model.appVersion}`;
  return (
    <Document title={model.title} author={model.workspaceName} subject="IoT Framework Security Scorecard report" creator={`IoT Framework Security Scorecard ${model.appVersion}`} producer="IoT Framework Security Scorecard">
      <Page size="A4" style={s.page}>
        <Footer stamp={stamp} />
        <View style={STACK}><Cover model={model} /></View>
      </Page>
      {partsOf(model).map(({ Part, stack }, i) => (
        <Page key={i} size="A4" style={s.page}>
          <View style={[s.header, STACK]} fixed><Text style={{ flex: 1, marginRight: 12 }}>{headerTitle(model.title)}</Text><Text>{model.catalogue.title} {model.catalogue.version} · {model.profile.name}</Text></View>
          <Footer stamp={stamp} />
          {stack ? <View style={STACK}><Part model={model} /></View> : <Part model={model} />}
        </Page>
      ))}
    </Document>
  );
}

// The running header stays one line: a long comparison title ("A vs B vs …") is cut there
// (the cover prints it whole).
const headerTitle = (t: string) => (Array.from(t).length > 80 ? `${Array.from(t).slice(0, 79).join("")}…` : t);

function Footer({ stamp }: { stamp: string }) {
  return (
    <View style={s.footer} fixed>
      <Text>{stamp}</Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

/** The PDF bytes of a report. Every user string reaches the document as a <Text> child only. */
export async function renderReport(model: ReportModel): Promise<Buffer> {
  const { Font, renderToBuffer } = await loadReactPdf();
  registerFonts(Font);
  return renderToBuffer(<ReportDocument model={model} />);
}
