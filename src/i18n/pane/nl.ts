import type { Translations } from "../msg";
import type { paneEn as EnglishCatalogue } from "./en";

export const paneNl: Translations<typeof EnglishCatalogue> = {};
