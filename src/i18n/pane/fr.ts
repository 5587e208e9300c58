import type { Translations } from "../msg";
import type { paneEn as EnglishCatalogue } from "./en";

export const paneFr: Translations<typeof EnglishCatalogue> = {};
