// A message template: a whole sentence with named parameters, in a small subset of ICU MessageFormat that a
// translator can reorder freely:
//   {name}                                        the parameter's value (a number formatted for the locale)
//   {name, plural, one {# line} other {# lines}}  Intl.PluralRules picks the branch ("=0 {none}" for an exact
//                                                 number); # is the number, formatted for the locale
// A branch may hold parameters and plurals of its own. No other syntax: braces are always syntax.

export type Part =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "param"; readonly name: string }
  | { readonly kind: "count" }
  | { readonly kind: "plural"; readonly name: string; readonly branches: ReadonlyMap<string, readonly Part[]> };

export class TemplateError extends Error {}

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

function parseParts(src: string, start: number, inBranch: boolean): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let text = "";
  let i = start;
  const flush = () => {
    if (text !== "") parts.push({ kind: "text", text });
    text = "";
  };
  while (i < src.length) {
    const c = src[i];
    if (c === "}") {
      if (!inBranch) throw new TemplateError(`"}" without "{" at ${i} in: ${src}`);
      break;
    }
    if (c === "#" && inBranch) {
      flush();
      parts.push({ kind: "count" });
      i++;
      continue;
    }
    if (c !== "{") {
      text += c;
      i++;
      continue;
    }
    flush();
    const close = src.indexOf("}", i);
    const comma = src.indexOf(",", i);
    if (close < 0) throw new TemplateError(`"{" without "}" at ${i} in: ${src}`);
    if (comma < 0 || comma > close) {
      const name = src.slice(i + 1, close).trim();
      if (!NAME.test(name)) throw new TemplateError(`"{${name}}" is not a parameter name in: ${src}`);
      parts.push({ kind: "param", name });
      i = close + 1;
      continue;
    }
    const name = src.slice(i + 1, comma).trim();
    const rest = /^\s*plural\s*,/.exec(src.slice(comma + 1));
    if (!NAME.test(name) || !rest) throw new TemplateError(`"{${name}, ..." is not a plural in: ${src}`);
    i = comma + 1 + rest[0].length;
    const branches = new Map<string, readonly Part[]>();
    for (;;) {
      const key = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(src.slice(i));
      if (!key) break;
      const branch = parseParts(src, i + key[0].length, true);
      branches.set(key[1], branch.parts);
      i = branch.end + 1;
    }
    const end = /^\s*\}/.exec(src.slice(i));
    if (!end || !branches.has("other"))
      throw new TemplateError(`the plural {${name}, ...} needs an "other" branch and a closing "}" in: ${src}`);
    parts.push({ kind: "plural", name, branches });
    i += end[0].length;
  }
  flush();
  return { parts, end: i };
}

const parsed = new Map<string, readonly Part[]>();

export function parseTemplate(src: string): readonly Part[] {
  let parts = parsed.get(src);
  if (!parts) {
    parts = parseParts(src, 0, false).parts;
    parsed.set(src, parts);
  }
  return parts;
}

/** The names of a template's parameters (plural selectors included), sorted. */
export function parameterNames(src: string): string[] {
  const names = new Set<string>();
  const walk = (parts: readonly Part[]) => {
    for (const p of parts) {
      if (p.kind === "param") names.add(p.name);
      if (p.kind === "plural") {
        names.add(p.name);
        for (const b of p.branches.values()) walk(b);
      }
    }
  };
  walk(parseTemplate(src));
  return [...names].sort();
}

/**
 * The parameters whose value a template shows: {name}, or a plural with # in a branch. A parameter that only
 * chooses a plural form ("{count, plural, one {says} other {say}}") is not shown.
 */
export function shownParameterNames(src: string): string[] {
  const names = new Set<string>();
  const walk = (parts: readonly Part[], plural?: string) => {
    for (const p of parts) {
      if (p.kind === "param") names.add(p.name);
      if (p.kind === "count" && plural) names.add(plural);
      if (p.kind === "plural") for (const b of p.branches.values()) walk(b, p.name);
    }
  };
  walk(parseTemplate(src));
  return [...names].sort();
}

/**
 * Whether a translation fits the English message: it shows every parameter the English one shows, and uses
 * no parameter the English one lacks (it may leave out one that only chose an English plural form).
 */
export function fitsParameters(translated: string, english: string): boolean {
  const all = new Set(parameterNames(english));
  const shown = shownParameterNames(translated);
  return (
    parameterNames(translated).every((n) => all.has(n)) && shownParameterNames(english).every((n) => shown.includes(n))
  );
}

/** The plural categories a template's plurals offer, per parameter ("count" -> ["one", "other"]). */
export function pluralBranches(src: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (parts: readonly Part[]) => {
    for (const p of parts) {
      if (p.kind !== "plural") continue;
      out.set(p.name, [...p.branches.keys()]);
      for (const b of p.branches.values()) walk(b);
    }
  };
  walk(parseTemplate(src));
  return out;
}

export type Value = string | number;

export interface Formatting {
  readonly plural: (n: number) => string;
  readonly number: (n: number) => string;
}

/** The template with its parameters filled in. */
export function fillTemplate(src: string, params: Readonly<Record<string, Value>>, f: Formatting): string {
  const render = (parts: readonly Part[], count: number | undefined): string => {
    let out = "";
    for (const p of parts) {
      if (p.kind === "text") out += p.text;
      else if (p.kind === "count") out += count === undefined ? "#" : f.number(count);
      else if (p.kind === "param") {
        const v = params[p.name];
        out += typeof v === "number" ? f.number(v) : (v ?? `{${p.name}}`);
      } else {
        const v = params[p.name];
        const n = typeof v === "number" ? v : Number(v);
        const branch = p.branches.get(`=${n}`) ?? p.branches.get(f.plural(n)) ?? p.branches.get("other")!;
        out += render(branch, n);
      }
    }
    return out;
  };
  return render(parseTemplate(src), undefined);
}
