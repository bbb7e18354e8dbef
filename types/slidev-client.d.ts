// The part of Slidev's public client API (@slidev/client's index.ts) the deck's pages use, typed for the type check.
// tsconfig.json maps '@slidev/client' here because Slidev ships its client as TypeScript source written for looser
// settings than this project's strict ones; Vite still loads the real package. Slidev 53.0.0.
import type { ComputedRef, Ref } from 'vue'

export interface SlideRouteLike {
  no: number
  meta?: {
    slide?: {
      title?: string
      /** The speaker notes as Slidev rendered them. */
      noteHTML?: string
      frontmatter?: Record<string, unknown>
    }
  }
}

/** Slidev's state shared by every window of a talk through the dev server (state/shared.ts). */
export interface SharedState {
  page: number
  clicks: number
  clicksTotal: number
  timer: {
    status: 'stopped' | 'running' | 'paused'
    slides: Record<number, { start?: number, end?: number }>
    startedAt: number
    pausedAt: number
  }
  lastUpdate?: {
    id: string
    type: 'presenter' | 'viewer'
    time: number
  }
}

export declare const sharedState: SharedState

export declare function useNav(): {
  slides: Ref<SlideRouteLike[]>
  total: ComputedRef<number>
  currentSlideNo: ComputedRef<number>
  isPresenter: ComputedRef<boolean>
  isPrintMode: ComputedRef<boolean>
  go: (no: number | string, clicks?: number) => Promise<void>
}

/** Inside a slide (its layers too): the slide's number and frontmatter (context.ts). */
export declare function useSlideContext(): {
  $page: Ref<number>
  $frontmatter: Record<string, unknown>
}
