import "server-only";
import { Document, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { Methodology, Reviewers } from "./appendix";
import { CriterionDetails, detailChunks } from "./criteria";
import { SectionTables } from "./details";
import { registerFonts } from "./fonts";
import { Charts, Cover, Summary } from "./front";
import type { ReportModel } from "./model";
import { s } from "./styles";

// Each part starts a page element of its own (rather than `break` inside one long page):
// a forced break inside one long page crashed react-pdf 4.9's border drawing, and pagination
// time grows with the square of a page element's content.
type Part = (props: { model: ReportModel }) => React.ReactElement;
const partsOf = (model: ReportModel): Part[] => [
  SummaryAndCharts, SectionTables,
  ...detailChunks(model).map((chunk) => function Details({ model: m }: { model: ReportModel }) { return <CriterionDetails model={m} chunk={chunk} />; }),
  Methodology, Reviewers,
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
        <Cover model={model} />
      </Page>
      {partsOf(model).map((Part, i) => (
        <Page key={i} size="A4" style={s.page}>
          <View style={s.header} fixed><Text>{model.title}</Text><Text>{model.catalogue.title} {model.catalogue.version} · {model.profile.name}</Text></View>
          <Footer stamp={stamp} />
          <Part model={model} />
        </Page>
      ))}
    </Document>
  );
}

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
  registerFonts();
  return renderToBuffer(<ReportDocument model={model} />);
}
