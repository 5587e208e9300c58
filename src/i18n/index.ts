// The user's language: the message catalogue (keyed, parameterised whole sentences in seven languages), the
// locale it is chosen from, and numbers and dates formatted for it. Pure: no Node or Office API. The engine
// does not use it (its messages stay English); the use cases, the command line, the task pane and the
// COSTING functions do.
export {
  EN,
  ENGLISH_MESSAGES,
  ENGLISH_ONLY,
  messages,
  say,
  templateOf,
  type AdviceKey,
  type Catalogue,
  type MessageKey,
  type MessageParams,
  type Messages,
  type Said,
} from "./catalogue";
export {
  ENGLISH,
  LANGS,
  LOCALE_VARIABLES,
  cliLocale,
  isLang,
  langOf,
  localeOf,
  localeTag,
  officeLocale,
  type Lang,
  type Locale,
} from "./locale";
export { formatCount, formatDate, formatDecimal } from "./numbers";
export { fitsParameters, parameterNames, pluralBranches, shownParameterNames } from "./template";
