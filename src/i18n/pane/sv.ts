import type { Translations } from "../msg";
import type { paneEn as EnglishCatalogue } from "./en";

export const paneSv: Translations<typeof EnglishCatalogue> = {};
