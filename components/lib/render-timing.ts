// Marks how long a chart takes from setup to mounted (geometry computed, SVG in the DOM) as a
// performance measure named "chart:<Name>", which `npm run bench` reads in Chromium. Costs two marks.
import { onMounted } from 'vue'

let instances = 0

export function useRenderTiming(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function')
    return
  const start = `chart:${name}:start:${++instances}`
  performance.mark(start)
  onMounted(() => {
    performance.measure(`chart:${name}`, start)
    performance.clearMarks(start)
  })
}
