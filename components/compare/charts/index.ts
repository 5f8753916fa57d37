export { SectionRadarChart, type SectionRadarChartProps } from "./section-radar";
export { SectionBarsChart, type SectionBarsChartProps } from "./section-bars";
export { RankingChart, type RankingChartProps } from "./ranking-chart";
export { ConsensusHeatmap, type ConsensusHeatmapProps } from "./heatmap";
export { ChartFigure, VendorLegend, type ChartFigureProps } from "./chart-figure";
export {
  MAX_VENDORS,
  NEUTRAL_CELLS,
  SEQUENTIAL_GRADIENT,
  SEQUENTIAL_STOPS,
  VENDOR_COLORS,
  VENDOR_DASHES,
  colorIndexById,
  sequentialColor,
  vendorStyle,
  type CellColors,
  type NeutralCell,
  type NeutralState,
  type VendorStyle,
} from "@/lib/compare/vendor-colors";
export { formatConsensus, formatScore, roundScore } from "./format";
