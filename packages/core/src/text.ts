/**
 * Control characters (Unicode Cc: U+0000–U+001F, U+007F–U+009F) are never part
 * of a name, note or address someone types: both sides refuse or drop them.
 */
const CONTROL = /\p{Cc}/u;
const CONTROLS = /\p{Cc}/gu;
/** Control characters other than tab and line breaks, which multi-line text keeps. */
const CONTROLS_BUT_LINES = /(?![\t\n\r])\p{Cc}/gu;

/** Whether `value` holds a control character. */
export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value);
}

/** `value` without control characters; `keepLines` keeps tabs and line breaks. */
export function withoutControlCharacters(value: string, keepLines = false): string {
  return value.replace(keepLines ? CONTROLS_BUT_LINES : CONTROLS, "");
}
