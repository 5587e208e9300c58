// Every language's translations of the catalogue, by language (English is the catalogue itself).
import type { Lang } from "./locale";
import type { Translations } from "./msg";
import type { Catalogue } from "./catalogue";
import { da as commonDa } from "./common/da";
import { de as commonDe } from "./common/de";
import { es as commonEs } from "./common/es";
import { fr as commonFr } from "./common/fr";
import { nl as commonNl } from "./common/nl";
import { sv as commonSv } from "./common/sv";
import { cliDa } from "./cli/da";
import { cliDe } from "./cli/de";
import { cliEs } from "./cli/es";
import { cliFr } from "./cli/fr";
import { cliNl } from "./cli/nl";
import { cliSv } from "./cli/sv";
import { paneDa } from "./pane/da";
import { paneDe } from "./pane/de";
import { paneEs } from "./pane/es";
import { paneFr } from "./pane/fr";
import { paneNl } from "./pane/nl";
import { paneSv } from "./pane/sv";

export const TRANSLATIONS: Record<Lang, Translations<Catalogue>> = {
  en: {},
  sv: { ...commonSv, ...cliSv, ...paneSv },
  de: { ...commonDe, ...cliDe, ...paneDe },
  da: { ...commonDa, ...cliDa, ...paneDa },
  nl: { ...commonNl, ...cliNl, ...paneNl },
  fr: { ...commonFr, ...cliFr, ...paneFr },
  es: { ...commonEs, ...cliEs, ...paneEs },
};
