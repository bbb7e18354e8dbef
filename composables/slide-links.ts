// Links from one slide to another, as a component needs them: which slides hold the backup register, and the
// address of a slide. Slidev's state gives them (setup/main.ts provides `slidevSlideLinks`); a component test
// provides its own, and without any a component shows plain text, no link.
//   const links = useSlideLinks()   in setup; links?.href(17), links?.go(17), links?.register()
import type { InjectionKey } from 'vue'
import type { RegisterSlide } from '../components/lib/register-mark.ts'
import { inject } from 'vue'

export interface SlideLinks {
  /** The slides showing the backup register (components/lib/register-mark.ts). */
  register: () => RegisterSlide[]
  /** The address of slide `no` in this window: its route (`/base/17`, `#/17`), or in the print view its page. */
  href: (no: number) => string
  /** Goes to slide `no` (the presenter view stays the presenter view); absent where there is nowhere to go (print). */
  go?: (no: number) => void
}

/** A factory, called in the component's setup, so it may read Slidev's composables there. */
export const slideLinksKey: InjectionKey<() => SlideLinks> = Symbol('slide links')

export function useSlideLinks(): SlideLinks | undefined {
  return inject(slideLinksKey, undefined)?.()
}

/** The id Slidev's print view gives a slide's first page (internals/PrintSlideClick.vue: "017-01"). */
export function printPageId(no: number): string {
  return `${String(no).padStart(3, '0')}-01`
}
