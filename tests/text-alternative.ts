// A chart's text alternative as a screen reader gets it: the accessible name and description of its
// svg[role="img"], followed through aria-labelledby and aria-describedby (ChartFrame's <title> and <desc>).
import type { VueWrapper } from '@vue/test-utils'

export function textAlternative(wrapper: VueWrapper): { name: string, description: string } {
  const svg = wrapper.get('svg[role="img"]')
  return {
    name: wrapper.get(`[id="${svg.attributes('aria-labelledby')}"]`).text(),
    description: wrapper.get(`[id="${svg.attributes('aria-describedby')}"]`).text(),
  }
}
