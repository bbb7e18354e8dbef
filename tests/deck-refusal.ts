// What validateDeckData says when it refuses data: the DeckDataError, its problems one a line, each naming
// record, field and value. A test that expects a refusal fails here if the data is accepted.
//   expect(refusal(withValue('south-cloud', 144)).problems).toEqual([...])
import { expect } from 'vitest'
import { DeckDataError, validateDeckData } from '../data/validate.ts'

export function refusal(input: unknown): DeckDataError {
  try {
    validateDeckData(input)
  }
  catch (error) {
    expect(error).toBeInstanceOf(DeckDataError)
    return error as DeckDataError
  }
  throw new Error('the data was accepted')
}
