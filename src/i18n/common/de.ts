import type { Translations } from "../msg";
import type { en as EnglishCatalogue } from "./en";

export const de: Translations<typeof EnglishCatalogue> = {};
