// Finds the backup register on a slide as written: each <FactCheck part="…" :page="N" :of="M" /> tag, so the
// preparser can mark the slide (components/lib/register-mark.ts reads the mark) and a source line on any other
// slide can link to it. `page` and `of` default to 1, `part` to "all", as FactCheck's props do.
import type { RegisterSlide } from '../components/lib/register-mark.ts'
import { REGISTER_PARTS } from '../components/lib/register-mark.ts'

const FACT_CHECK = /<FactCheck\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const ATTR = /:?([a-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi

/** The register parts a slide's Markdown shows; throws naming `where` and the value for a part or page FactCheck has not. */
export function registerPartsIn(markdown: string, where: string): Omit<RegisterSlide, 'no'>[] {
  return [
    ...markdown.matchAll(FACT_CHECK),
  ].map((tag) => {
    const attrs = new Map([
      ...tag[1]!.matchAll(ATTR),
    ].map(a => [
      a[1]!,
      (a[2] ?? a[3] ?? '').trim(),
    ]))
    const part = attrs.get('part') ?? 'all'
    if (!(REGISTER_PARTS as readonly string[]).includes(part))
      throw new Error(`${where}: <FactCheck part="${part}">: part must be one of ${REGISTER_PARTS.join(', ')}`)
    const number = (name: 'page' | 'of') => {
      const value = attrs.get(name) ?? '1'
      if (!/^[1-9]\d*$/.test(value))
        throw new Error(`${where}: <FactCheck :${name}="${value}">: ${name} must be a whole number from 1`)
      return Number(value)
    }
    return {
      part: part as RegisterSlide['part'],
      page: number('page'),
      of: number('of'),
    }
  })
}
