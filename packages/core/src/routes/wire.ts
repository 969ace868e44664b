/**
 * A time in a response: the backend hands over a Date (or its ISO string) and
 * JSON carries the string. Read it with `new Date(value)`.
 */
export type Instant = Date | string;

/** A response as the storefront receives it: every Instant has become its ISO string. */
export type Wire<T> = T extends Date ? string : T extends readonly (infer U)[] ? Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;
