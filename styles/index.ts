// Fonts ship with the deck (no web-font provider): the room may have no internet.
import '@fontsource/inter/latin-400.css'
import '@fontsource/inter/latin-600.css'
import '@fontsource/inter/latin-700.css'
import '@fontsource/jetbrains-mono/latin-400.css'
// Noto Sans SC for the Chinese deck, cut to the characters it shows (node/cjk-font.ts); empty in English.
import 'virtual:cjk-font.css'
import './deck.css'
import './notes.css'
import './presenter.css'
