// One wording for screen, PDF and files: defined in lib/, where the reports can reach it.
export { COVERAGE_LABEL, readinessText } from "@/lib/compare/readiness-figures";
