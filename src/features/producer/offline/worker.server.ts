import { isLotPage, keptPageKey, PAGE_CACHE, SCRIPT_CACHE } from "./offline.ts";
import source from "./service-worker.js?raw";

/**
 * The service worker's script: its own text after the names it shares with
 * the page (written from offline.ts here, so each has one source).
 */
export const WORKER_SCRIPT = `"use strict";\nconst PAGE_CACHE = ${JSON.stringify(PAGE_CACHE)};\nconst SCRIPT_CACHE = ${JSON.stringify(SCRIPT_CACHE)};\nconst isLotPage = ${isLotPage.toString()};\nconst keptPageKey = ${keptPageKey.toString()};\n${source}`;
