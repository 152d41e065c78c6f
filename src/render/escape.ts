/**
 * Escaping for every medium a name is rendered in. Secret names are not
 * validated by older Infisical servers (fixture 20: `WEIRD|PIPE_KEY`,
 * backticks, spaces, `/`, unicode all accepted), so every name is hostile.
 */
import { isRealDay } from '../audit/expiry.js'

// Controls, and invisible, bidi and look-alike-blank characters that could disguise a name: C0/C1
// controls, soft hyphen, Arabic letter mark, Hangul fillers, Khmer and Mongolian blanks, zero-width
// and bidi marks, line/paragraph separators, word joiners and invisible operators, variation
// selectors, the BOM, and Unicode tag characters.
// Control and combining characters are what this class is for.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/gu

const showCodePoint = (c: string): string => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u{${c.codePointAt(0)!.toString(16)}}`)

/** Make control and invisible characters visible as escapes (`\n`, `\u{202e}`); `keepLineBreaks` spares CR and LF. */
export function visible(text: string, keepLineBreaks = false): string {
  return text.replace(INVISIBLE, (c) => (keepLineBreaks && (c === '\n' || c === '\r') ? c : showCodePoint(c)))
}

/**
 * Plain text (a reason, an environment slug) in GitHub-flavoured markdown:
 * no emphasis, link, code or table break; `<`, `>` and `&` become entities so
 * no tag or autolink survives.
 */
export function md(text: string): string {
  return inert(
    visible(text)
      .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;'),
  )
}

/**
 * An empty HTML comment after `@` and inside `://` and `www.`: GitHub then sees
 * no @mention (no team is pinged by a reason or an owner) and no bare URL to
 * autolink, while the rendered text reads the same.
 */
const inert = (text: string): string =>
  text
    .replace(/@/g, '@<!-- -->')
    .replace(/:\/\//g, ':<!-- -->//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}<!-- -->.`)

/**
 * A name as a markdown code span: nothing inside is interpreted, and it stays
 * readable in a raw diff. The fence is one backtick longer than any run in the
 * name; `inTable` escapes `|`, which GFM honours even inside code spans.
 */
export function mdCode(text: string, inTable = true): string {
  const shown = visible(text)
  const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = /^[`\s]|[`\s]$/.test(shown) || shown === '' ? ' ' : ''
  // cmark-gfm splits cells before inline parsing and reads `\\` as an escaped
  // pair, so a backslash right before a pipe is shown as an escape too.
  const body = inTable ? shown.replace(/\\(?=\|)/g, '\\u{5c}').replace(/\|/g, '\\|') : shown
  return `${fence}${pad}${body}${pad}${fence}`
}

/** RFC 4180 field, with the spreadsheet formula-injection guard (OWASP). */
export function csvField(value: string | number): string {
  // No raw control, bidi or invisible character reaches a spreadsheet: each is shown as an escape.
  // Line breaks stay: RFC 4180 quotes them.
  let text = typeof value === 'string' ? visible(value, true) : String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * A log line for the runner: any line of stdout that starts with `::` is a
 * workflow command, so outside text (an environment slug, a prefix, a date)
 * must not bring one. Line breaks are shown as `\n`; a leading `::` is defused.
 */
export function logLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\\n').replace(/^::/, ' ::')
}

/** Slack mrkdwn: the three control characters, so `<!channel>` or `<@U1>` pings no one. */
/** The UTC day of an ISO 8601 date from outside (a server, a previous snapshot); never the raw text when it is not one. */
export function isoDay(text: string | undefined): string {
  if (!text || !/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return '(invalid date)'
  const day = text.slice(0, 10)
  return isRealDay(day) ? day : '(invalid date)'
}

export function slack(text: string): string {
  return visible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
