/**
 * The worker pool's entry point, bundled to .workers/heavy-worker.cjs by
 * scripts/build-worker.ts (Next bundles server code, so the worker needs a file of its own).
 * Piscina calls the export named by each job.
 */
import { handler } from "./handler";
import * as tasks from "./tasks";

export const renderPdf = handler(tasks.renderPdf);
export const parseCatalogue = handler(tasks.parseCatalogue);
export const parseMapping = handler(tasks.parseMapping);
export const parseBackup = handler(tasks.parseBackup);
export const buildExport = handler(tasks.buildExport);
