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
import { adviceDa } from "./advice/da";
import { paneDe } from "./pane/de";
import { adviceDe } from "./advice/de";
import { paneEs } from "./pane/es";
import { adviceEs } from "./advice/es";
import { paneFr } from "./pane/fr";
import { adviceFr } from "./advice/fr";
import { paneNl } from "./pane/nl";
import { adviceNl } from "./advice/nl";
import { paneSv } from "./pane/sv";
import { adviceSv } from "./advice/sv";

export const TRANSLATIONS: Record<Lang, Translations<Catalogue>> = {
  en: {},
  sv: { ...commonSv, ...cliSv, ...paneSv, ...adviceSv },
  de: { ...commonDe, ...cliDe, ...paneDe, ...adviceDe },
  da: { ...commonDa, ...cliDa, ...paneDa, ...adviceDa },
  nl: { ...commonNl, ...cliNl, ...paneNl, ...adviceNl },
  fr: { ...commonFr, ...cliFr, ...paneFr, ...adviceFr },
  es: { ...commonEs, ...cliEs, ...paneEs, ...adviceEs },
};
