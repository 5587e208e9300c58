import type { Translations } from "../msg";
import type { en as EnglishCatalogue } from "./en";

export const es: Translations<typeof EnglishCatalogue> = {};
