// The lines a browser set a slide's text in, measured: each block of text (a paragraph, a heading, a card's title,
// a table cell, a source line) as its lines, read character by character with Range.getClientRects, so a test can
// hold them to components/lib/cjk-lines.ts (lineProblems). Text a screen reader alone gets (clipped to a pixel)
// and the charts' SVG are left out: the SVG's lines are wrapped by code, with its own tests.
import type { Page } from 'playwright-core'

export interface RenderedBlock { where: string, lines: string[] }

/** Every block of text inside `scope` (a CSS selector) with its lines, in document order. */
export function renderedBlocks(page: Page, scope: string): Promise<RenderedBlock[]> {
  return page.evaluate((scope) => {
    const BLOCK = new Set([
      'block',
      'list-item',
      'table-cell',
      'table-caption',
      'flex',
      'grid',
      'flow-root',
    ])
    const isBlock = (element: Element) => BLOCK.has(getComputedStyle(element).display)
    const root = document.querySelector(scope)
    if (!root)
      return []
    const blocks: { where: string, lines: string[] }[] = []
    for (const element of [
      root,
      ...root.querySelectorAll('*'),
    ]) {
      if (!isBlock(element) || element.closest('svg') || element.getBoundingClientRect().width < 20)
        continue
      // The element's own text: text nodes whose nearest block is this element.
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      const rows: { top: number, bottom: number, text: string }[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let parent = node.parentElement
        while (parent && parent !== element && !isBlock(parent))
          parent = parent.parentElement
        if (parent !== element)
          continue
        const text = node.textContent ?? ''
        for (let at = 0; at < text.length; at++) {
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + 1)
          const rect = range.getClientRects()[0]
          if (!rect || !rect.width || !rect.height)
            continue
          const row = rows.at(-1)
          // A character well below the row before it starts a line.
          if (!row || rect.top >= row.bottom - rect.height / 2)
            rows.push({ top: rect.top, bottom: rect.bottom, text: text[at]! })
          else
            row.text += text[at]
        }
      }
      if (rows.some(row => row.text.trim())) {
        blocks.push({
          where: `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string'
            ? `.${element.className.trim().split(/\s+/).join('.')}`
            : ''}`,
          lines: rows.map(row => row.text.replace(/\s+/g, ' ').trim()),
        })
      }
    }
    return blocks
  }, scope)
}

/** Each kept stretch (`.zh-keep`, white-space: nowrap) inside `scope` that runs past its block's right edge. */
export function keptOverflow(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const found: string[] = []
    for (const kept of document.querySelectorAll(`${scope} .zh-keep`)) {
      let block = kept.parentElement
      while (block && ![
        'block',
        'list-item',
        'table-cell',
        'flex',
        'grid',
      ].includes(getComputedStyle(block).display)) {
        block = block.parentElement
      }
      if (!block || !kept.getClientRects().length)
        continue
      const box = block.getBoundingClientRect()
      const right = box.right - Number.parseFloat(getComputedStyle(block).paddingRight) * box.width / (block as HTMLElement).offsetWidth
      const over = Math.max(...[
        ...kept.getClientRects(),
      ].map(rect => rect.right)) - right
      if (over > 1)
        found.push(`"${kept.textContent}" runs ${Math.round(over)} px past the right edge of its ${block.tagName.toLowerCase()}`)
    }
    return found
  }, scope)
}
