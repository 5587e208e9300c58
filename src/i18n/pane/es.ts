import type { Translations } from "../msg";
import type { paneEn as EnglishCatalogue } from "./en";

export const paneEs: Translations<typeof EnglishCatalogue> = {};
