// The phone remote (`npm run dev -- --remote` prints its address) takes the place of Slidev's own notes viewer for a
// second device: a page of its own at PHONE_REMOTE_PATH (Slidev's /notes still reaches it), loaded only when opened.
// It takes that route's name because Slidev's windows never write their position into the talk's shared state from a
// route of that name (setup/root.ts in @slidev/client): any other page opened on the laptop (a trusted origin) would
// send slide 1 as where the talk is, and move the audience there. tests/unit/slidev-adapter.test.ts checks it.
import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
import { NOTES_VIEWER_ROUTE, PHONE_REMOTE_PATH } from '../components/lib/remote-protocol.ts'

function phoneRemote(): RouteRecordRaw {
  return {
    name: NOTES_VIEWER_ROUTE,
    path: PHONE_REMOTE_PATH,
    alias: '/notes',
    component: () => import('../pages/phone-remote.vue'),
  }
}

export default defineRoutesSetup(routes => [
  ...routes.filter(route => route.name !== NOTES_VIEWER_ROUTE),
  phoneRemote(),
])
