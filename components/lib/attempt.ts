// Runs a computation that may throw (invalid data, unknown id) and keeps the message, so a component
// can show a visible error box in the dev server instead of a blank or broken chart.
export type Attempt<T> = { ok: true, value: T } | { ok: false, message: string }

export function attempt<T>(compute: () => T): Attempt<T> {
  try {
    return {
      ok: true,
      value: compute(),
    }
  }
  catch (error) {
    const message = error instanceof Error
      ? error.message
      : String(error)
    // Also in the browser console, where a developer looks first.
    console.error(message)
    return { ok: false, message }
  }
}
