// The text a source file's code holds, its comments left out: in TypeScript (a .ts file, a .vue file's scripts) the
// string and template literals, regular expressions and names, read with TypeScript's own parser, so a "//" inside a
// string is no comment; in a .vue file its template (without <!-- -->) and its styles (without /* */) besides.
//   codeTexts('a.ts', "// 注释\nconst word = '来源'") -> ["word", "'来源'"]
import ts from 'typescript'

const TEXT_KINDS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.JsxText,
])

function scriptTexts(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const texts: string[] = []
  const visit = (node: ts.Node): void => {
    if (TEXT_KINDS.has(node.kind))
      texts.push(node.getText(source))
    ts.forEachChild(node, visit)
  }
  visit(source)
  return texts
}

export function codeTexts(file: string, source: string): string[] {
  if (!file.endsWith('.vue'))
    return scriptTexts(file, source)
  const scripts = [
    ...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g),
  ].map(match => match[1]!)
  const styles = [
    ...source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g),
  ].map(match => match[1]!.replace(/\/\*[\s\S]*?\*\//g, ''))
  const template = source
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
  return [
    ...scripts.flatMap(code => scriptTexts(file, code)),
    ...styles,
    template,
  ]
}
