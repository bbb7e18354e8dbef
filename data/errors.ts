// The error every data problem is reported with: one line per problem, each naming the record, the field
// and the offending value. Kept apart from validate.ts (and zod) because the deck's pages use it too.
export class DeckDataError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(`The deck's data is invalid (${problems.length} ${problems.length === 1
      ? 'problem'
      : 'problems'}):\n- ${problems.join('\n- ')}`)
    this.name = 'DeckDataError'
    this.problems = problems
  }
}
