import type { Translations } from "../msg";
import type { cliEn as EnglishCatalogue } from "./en";

export const cliDe: Translations<typeof EnglishCatalogue> = {};
