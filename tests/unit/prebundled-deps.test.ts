// The deck's own browser code: a package it imports at run time that the dev server did not pre-bundle as it started
// would be found on the first slide that needs it, mid-talk: Vite re-bundles, answers "504 Outdated Optimize Dep" and
// reloads the page (the tests' servers are not warmed either). vue and vue-router Slidev pre-bundles itself, and its
// own packages (@slidev/client, @slidev/types) it serves as source, which no re-bundle touches.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'

const FROM_SLIDEV = /^(?:vue|vue-router|@slidev\/.*)$/
/** setup/ files Slidev runs in Node (the Vite plugins, the Markdown preparser), not in the page. */
const NODE_SETUP = new Set(['vite-plugins.ts', 'preparser.ts'])

/** The files Slidev loads into the page, by its conventions: these folders, setup/ but its Node files, top-level .vue. */
function browserFiles(): string[] {
  const below = (folder: string) => readdirSync(join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter(file => /\.(?:ts|vue)$/.test(file))
    .map(file => join(folder, file))
  return [
    ...[
      'components',
      'layouts',
      'pages',
      'composables',
    ].flatMap(below),
    ...below('setup').filter(file => !NODE_SETUP.has(file.slice('setup/'.length))),
    ...readdirSync(PROJECT_ROOT).filter(file => file.endsWith('.vue')),
  ]
}

/** The packages a file loads at run time: imports (not `import type`), re-exports and `import()`, without Node's own, virtual modules or stylesheets. */
function packagesLoaded(file: string): string[] {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8')
  const code = file.endsWith('.vue')
    ? [
        ...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g),
      ].map(match => match[1]).join('\n')
    : text
  const names: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly)
      names.push((node.moduleSpecifier as ts.StringLiteral).text)
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly)
      names.push((node.moduleSpecifier as ts.StringLiteral).text)
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0]))
      names.push(node.arguments[0].text)
    ts.forEachChild(node, visit)
  }
  visit(ts.createSourceFile(file, code, ts.ScriptTarget.Latest))
  return names.filter(name => !/^(?:\.|\/|node:|virtual:)/.test(name) && !name.endsWith('.css'))
}

describe('the deck\'s browser code', () => {
  it('loads only packages the dev server pre-bundles as it starts (vite.config.ts optimizeDeps.include) or Slidev brings', async () => {
    const include = (await import('../../vite.config.ts')).default.optimizeDeps?.include ?? []
    const loaded = [
      ...new Set(browserFiles().flatMap(packagesLoaded)),
    ]
    expect(loaded).toContain('d3-geo')
    expect(loaded.filter(name => !FROM_SLIDEV.test(name) && !include.includes(name))).toEqual([])
  })
})
