// The export advice in fr (English: ./en.ts).
import type { Translations } from "../msg";
import type { adviceEn } from "./en";

export const adviceFr: Translations<typeof adviceEn> = {};
