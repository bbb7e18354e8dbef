// A slide's speaker notes as PowerPoint's notes pane shows them, from the notes as written (in the slide's language,
// tokens filled: scripts/lib/deck.ts), taken apart by components/lib/slide-markdown.ts: plain text, a blank line
// between paragraphs, and "[click]" before the words of each click step, where the presenter view puts its mark.
//   pptxNotes(parseSlide(content, 'Time 1:00\n\nSay **it**. [click] Then this.').notes)
//     -> 'Time 1:00\n\nSay it.\n\n[click] Then this.'
import type { NoteParagraph } from '../../components/lib/slide-markdown.ts'

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: '\'',
  nbsp: '\u00A0',
}

/** A paragraph's Markdown as its rendered text reads: one line, without quote marks, emphasis, code ticks or tags. */
function plainParagraph(markdown: string): string {
  return markdown
    .split('\n')
    .map(line => line.replace(/^\s*(?:>\s?)+/, ''))
    .join(' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/** The notes PowerPoint gets for a slide whose notes' paragraphs are `notes` ('' for none). */
export function pptxNotes(notes: readonly NoteParagraph[]): string {
  let click = 0
  return notes.map((paragraph) => {
    const cue = paragraph.click > click
      ? '[click] '
      : ''
    click = paragraph.click
    return `${cue}${plainParagraph(paragraph.text)}`
  }).join('\n\n')
}
