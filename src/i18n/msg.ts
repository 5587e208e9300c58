// How the English catalogue declares a message's parameters: msg<"count" | "item">("...") gives the message
// its parameter names as a type, so every call names them all; a message without parameters is a plain
// string. The other languages are plain strings (a test checks they have the same parameters).
declare const PARAMS: unique symbol;

/** A message template whose parameters are named N. */
export type Msg<N extends string> = string & { readonly [PARAMS]?: N };

export const msg = <N extends string>(template: string): Msg<N> => template as Msg<N>;

/** The parameter names of a catalogue entry: N for a Msg<N>, never for a plain string. */
export type ParamsOf<T> = T extends { readonly [PARAMS]?: infer N } ? (string extends N ? never : N) : never;

/** A language's translations of a catalogue: any message may be missing (it is then English, whole). */
export type Translations<T> = { readonly [K in keyof T]?: string };
