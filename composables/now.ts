// The time now, in milliseconds, ticking once a second while the component that asked lives: the presenter's pace
// line and the phone remote's clock read it.
import type { Ref } from 'vue'
import { onBeforeUnmount, ref } from 'vue'

export function useNow(intervalMs = 1000): Ref<number> {
  const now = ref(Date.now())
  const tick = setInterval(() => {
    now.value = Date.now()
  }, intervalMs)
  onBeforeUnmount(() => clearInterval(tick))
  return now
}
