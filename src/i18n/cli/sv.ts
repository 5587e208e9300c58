import type { Translations } from "../msg";
import type { cliEn as EnglishCatalogue } from "./en";

export const cliSv: Translations<typeof EnglishCatalogue> = {};
