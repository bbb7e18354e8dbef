import type { PDFObject } from 'pdf-lib'
import type { DeckLang } from '../../components/lib/deck-lang.ts'
// What Chromium's PDF lacks for a reader who gets the file alone: a bookmark per slide (the outline a
// viewer shows in its sidebar) and the document's title, author and a plain-text subject. Chromium's own
// tagging (the structure tree a screen reader follows) is kept: pdf-lib rewrites the file with every object.
import { createHash } from 'node:crypto'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib'
import { uiText } from '../../components/lib/ui-text.ts'

export interface Bookmark { title: string, /** 1-based */ page: number }
export interface PdfInfo {
  title: string
  author: string
  subject: string
  /** Words a viewer lists as the document's keywords (the date the deck's hindsight is true as of). */
  keywords?: string[]
  /** The file's creation and modification date (lib/export-date.ts): the same commit gives the same bytes. */
  date: Date
  /** The language its text is in, as a tag ("en", "zh-CN"); English when absent. */
  lang?: string
}

/** "as of Dec 2026" / "截至2026年12月": the keyword a viewer lists, in the file's language. */
export function asOfKeyword(asOf: string, lang: DeckLang = 'en'): string {
  return uiText(lang, 'asOf')(asOf)
}

/** The subject with the date the deck's hindsight is true as of, so a reader of the file alone knows when "today" is. */
export function subjectAsOf(subject: string, asOf: string | undefined, lang: DeckLang = 'en'): string {
  return asOf
    ? uiText(lang, 'subjectAsOf')(subject, asOf).trim()
    : subject
}

/** A headmatter `info:` (Markdown) as one line of plain text, for metadata fields that show no Markdown. */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      const heading = /^\s{0,3}#{1,6}\s+/.test(line)
      const text = line
        .replace(/<[^>]+>/g, ' ')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
        .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)/, '') // heading, quote and list marks
        .replace(/(\*\*|__|[*_`])(.+?)\1/g, '$2')
        .trim()
      // A heading ends its sentence; other lines run on into the next.
      return heading && text && !/[.!?:;]$/.test(text)
        ? `${text}.`
        : text
    })
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Adds one top-level bookmark per entry (fit to page) and the metadata; returns the new file's bytes. */
export async function finishPdf(bytes: Uint8Array, bookmarks: readonly Bookmark[], info: PdfInfo): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  const pages = pdf.getPages()
  const context = pdf.context
  const outlinesRef = context.nextRef()
  const refs = bookmarks.map(() => context.nextRef())
  bookmarks.forEach((bookmark, index) => {
    const page = pages[bookmark.page - 1]
    if (!page)
      throw new Error(`pdf: bookmark "${bookmark.title}" points at page ${bookmark.page}; the file has ${pages.length}`)
    const item = context.obj({
      Title: PDFHexString.fromText(bookmark.title),
      Parent: outlinesRef,
      Dest: context.obj([
        page.ref,
        PDFName.of('Fit'),
      ]),
    })
    const previous = refs[index - 1]
    const next = refs[index + 1]
    if (previous)
      item.set(PDFName.of('Prev'), previous)
    if (next)
      item.set(PDFName.of('Next'), next)
    context.assign(refs[index] as PDFRef, item)
  })
  const outlines = context.obj({ Type: 'Outlines' })
  if (refs.length) {
    outlines.set(PDFName.of('First'), refs[0] as PDFRef)
    outlines.set(PDFName.of('Last'), refs.at(-1) as PDFRef)
    outlines.set(PDFName.of('Count'), PDFNumber.of(refs.length))
  }
  context.assign(outlinesRef, outlines)
  pdf.catalog.set(PDFName.of('Outlines'), outlinesRef)
  // Open with the bookmarks showing, and the title (not the file name) in the window's title bar.
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  pdf.setTitle(info.title, { showInWindowTitleBar: true })
  pdf.setAuthor(info.author)
  pdf.setSubject(info.subject)
  if (info.keywords?.length)
    pdf.setKeywords(info.keywords)
  pdf.setCreator('equinix-aliyun-briefing export (Slidev, Chromium)')
  pdf.setLanguage(info.lang ?? 'en')
  pdf.setCreationDate(info.date)
  pdf.setModificationDate(info.date)
  withStableStructureIds(pdf)
  return withContentId(pdf)
}

/** Every dictionary and array inside `root`, depth first (direct objects only: references are not followed). */
function* nested(root: PDFObject): Generator<PDFDict | PDFArray> {
  if (root instanceof PDFDict) {
    yield root
    for (const [, value] of root.entries())
      yield* nested(value)
  }
  else if (root instanceof PDFArray) {
    yield root
    for (const value of root.asArray())
      yield* nested(value)
  }
}

/**
 * A tagged PDF names each structure element after Chromium's DOM node ("node00000724"), and a page's nodes are
 * not always numbered alike from one run to the next: the same slides, another id from some element on. The ids
 * are renamed by their order (node00000001, …), in the elements and in the structure tree's /IDTree, whose keys
 * keep their sorted order; so the same content gives the same file.
 */
function withStableStructureIds(pdf: PDFDocument): void {
  const containers = pdf.context.enumerateIndirectObjects().flatMap(([, object]) => [
    ...nested(object),
  ])
  const text = (value: PDFObject | undefined) => value instanceof PDFString || value instanceof PDFHexString
    ? value.decodeText()
    : undefined
  const ids = new Set<string>()
  for (const container of containers) {
    const id = container instanceof PDFDict && container.has(PDFName.of('S'))
      ? text(container.get(PDFName.of('ID')))
      : undefined
    if (id !== undefined)
      ids.add(id)
  }
  if (!ids.size)
    return
  const renamed = new Map([...ids].sort().map((id, index) => [id, `node${String(index + 1).padStart(8, '0')}`]))
  const stable = (value: PDFObject | undefined) => {
    const id = text(value)
    return id !== undefined && renamed.has(id)
      ? PDFString.of(renamed.get(id)!)
      : undefined
  }
  for (const container of containers) {
    if (container instanceof PDFDict) {
      const id = stable(container.get(PDFName.of('ID')))
      if (id && container.has(PDFName.of('S')))
        container.set(PDFName.of('ID'), id)
      continue
    }
    // A name tree's /Names [key value …] and /Limits [first last] hold the ids as strings.
    container.asArray().forEach((value, index) => {
      const id = stable(value)
      if (id)
        container.set(index, id)
    })
  }
}

/**
 * Chromium gives each PDF a random file identifier (the trailer's /ID); this one is a digest of the file
 * written without it, so the same content always has the same identifier and the same bytes.
 */
async function withContentId(pdf: PDFDocument): Promise<Uint8Array> {
  delete pdf.context.trailerInfo.ID
  const digest = createHash('sha256').update(await pdf.save()).digest('hex').slice(0, 32)
  pdf.context.trailerInfo.ID = pdf.context.obj([
    PDFHexString.of(digest),
    PDFHexString.of(digest),
  ])
  return pdf.save()
}

/** The outline Chromium wrote from the page's headings, flattened in order: each entry's title and page. */
export async function readOutline(bytes: Uint8Array): Promise<Bookmark[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  const pageNo = new Map(pdf.getPages().map((page, index) => [
    page.ref.toString(),
    index + 1,
  ]))
  const found: Bookmark[] = []
  const root = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const walk = (item: PDFDict | undefined) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const raw = node.lookup(PDFName.of('Title'))
      const title = raw instanceof PDFHexString || raw instanceof PDFString
        ? raw.decodeText()
        : ''
      let dest = node.lookupMaybe(PDFName.of('Dest'), PDFArray)
      const action = node.lookupMaybe(PDFName.of('A'), PDFDict)
      dest ??= action?.lookupMaybe(PDFName.of('D'), PDFArray)
      const target = dest?.get(0)
      const page = target instanceof PDFRef
        ? pageNo.get(target.toString())
        : undefined
      if (page)
        found.push({ title, page })
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict))
    }
  }
  walk(root?.lookupMaybe(PDFName.of('First'), PDFDict))
  return found
}
