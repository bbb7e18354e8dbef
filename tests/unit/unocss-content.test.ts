import type { UserConfig } from 'unocss'
// uno.config.ts keeps UnoCSS from reading components/ and pages/ (most of the words it tried, bench/RESULTS.md): a
// utility class written there is built only because the config lists it, or Slidev's client happens to use it too.
// So every class they write that UnoCSS would build is either listed or styled by the deck itself, and none of
// their styles asks UnoCSS for anything (its directives are applied only to the files it reads).
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { createGenerator, mergeConfigs } from 'unocss'
import { describe, expect, it } from 'vitest'
import deckUno, { COMPONENT_UTILITIES } from '../../uno.config.ts'

const ROOT = join(import.meta.dirname, '..', '..')
const NOT_SCANNED = ['components', 'pages']
const files = NOT_SCANNED.flatMap(dir => readdirSync(join(ROOT, dir)).filter(file => file.endsWith('.vue')).map(file => ({
  name: `${dir}/${file}`,
  text: readFileSync(join(ROOT, dir, file), 'utf8'),
})))
/** The deck's own stylesheets: a class styled there (or in the file's own <style>) is the deck's, not UnoCSS's. */
const deckCss = readdirSync(join(ROOT, 'styles')).filter(file => file.endsWith('.css')).map(file => readFileSync(join(ROOT, 'styles', file), 'utf8')).join('\n')

/** Class names a .vue file writes: static `class` attributes and the quoted names in `:class` bindings. */
function classNames(vue: string): string[] {
  const template = vue.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
  const names = [
    ...template.matchAll(/\sclass="([^"]*)"/g),
  ].flatMap(match => match[1]!.split(/\s+/))
  const bound = [
    ...template.matchAll(/\s:class="([^"]*)"/g),
  ].flatMap(match => [
    ...match[1]!.matchAll(/'([\w-]+)'/g),
  ].map(quoted => quoted[1]!))
  return [
    ...new Set([
      ...names,
      ...bound,
    ].filter(Boolean)),
  ]
}

/** Slidev's UnoCSS config (its presets, rules and shortcuts) with the deck's, as Slidev merges them. */
async function generator() {
  const path = createRequire(import.meta.url).resolve('@slidev/client/uno.config.ts')
  const slidev = (await import(path) as { default: UserConfig }).default
  return createGenerator(mergeConfigs([slidev, deckUno]))
}

describe('classNames', () => {
  it('reads static classes and the quoted names of class bindings, not scripts or styles', () => {
    const vue = `<template><p class="a b"><span :class="{ 'c-d': on }" /></p></template><script>const x = '<i class="no">'</script><style>.e {}</style>`
    expect(classNames(vue)).toEqual(['a', 'b', 'c-d'])
  })
})

describe('the files UnoCSS does not read (components/, pages/)', () => {
  it('use no utility class the config does not list, unless the deck styles that class itself', async () => {
    const uno = await generator()
    const unlisted: string[] = []
    for (const file of files) {
      const { matched } = await uno.generate(new Set(classNames(file.text)), { preflights: false, safelist: false })
      const ownCss = `${[
        ...file.text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g),
      ].map(match => match[1]).join('\n')}\n${deckCss}`
      for (const name of matched) {
        if (!COMPONENT_UTILITIES.includes(name) && !new RegExp(`\\.${name}(?![\\w-])`).test(ownCss))
          unlisted.push(`${file.name}: ${name}`)
      }
    }
    expect(unlisted).toEqual([])
  }, 30_000)

  it('list only utilities that some component or page uses', () => {
    const used = new Set(files.flatMap(file => classNames(file.text)))
    expect(COMPONENT_UTILITIES.filter(name => !used.has(name))).toEqual([])
  })

  it('ask UnoCSS for nothing in their styles (@apply, --at-apply, --uno, theme(), @screen)', () => {
    const asking = files.filter(file => /@apply|--at-apply|--uno:|theme\(|@screen/.test(file.text)).map(file => file.name)
    expect(asking).toEqual([])
  })
})
