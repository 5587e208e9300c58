// The export advice in es (English: ./en.ts).
import type { Translations } from "../msg";
import type { adviceEn } from "./en";

export const adviceEs: Translations<typeof adviceEn> = {};
