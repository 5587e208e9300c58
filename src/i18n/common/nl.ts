import type { Translations } from "../msg";
import type { en as EnglishCatalogue } from "./en";

export const nl: Translations<typeof EnglishCatalogue> = {};
