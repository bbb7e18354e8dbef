// The mark the build (node/register-slides.ts, through the preparser) writes in a backup register slide's
// frontmatter, and the pages' reading of it back from Slidev's routes. Apart from register-links.ts, which finds the
// slide a citation leads to from the data: every window reads the mark at start (setup/main.ts), and only a source
// line needs the data, so the rows and their texts load with the first slide that shows one, not with the app.
//   registerSlidesOf([{ no: 17, frontmatter: { deckRegister: [{ part: 'sources', page: 1, of: 2 }] } }])
//     -> [{ no: 17, part: 'sources', page: 1, of: 2 }]
/** The frontmatter field the build writes on a register slide: `[{ part, page, of }]`, a FactCheck each. */
export const REGISTER_MARK = 'deckRegister'
export const REGISTER_PARTS = ['caveats', 'sources', 'claims', 'all'] as const
export type RegisterPart = typeof REGISTER_PARTS[number]
/** A slide showing a part of the register: its 1-based number and what FactCheck shows there. */
export interface RegisterSlide { no: number, part: RegisterPart, page: number, of: number }

/** The register slides among a deck's slides, from the mark the build puts in their frontmatter. */
export function registerSlidesOf(slides: readonly { no: number, frontmatter?: Record<string, unknown> }[]): RegisterSlide[] {
  return slides.flatMap(({ no, frontmatter }) => {
    const parts = (frontmatter?.[REGISTER_MARK] ?? []) as Omit<RegisterSlide, 'no'>[]
    return parts.map(part => ({ no, ...part }))
  })
}
