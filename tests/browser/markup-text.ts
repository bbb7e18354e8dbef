// Text out of XML or XHTML (a PPTX part, pdftotext's -bbox pages): its five named entities and &#39; as characters.
const ENTITIES: Record<string, string> = {
  'amp': '&',
  'apos': '\'',
  '#39': '\'',
  'quot': '"',
  'lt': '<',
  'gt': '>',
}

export function unescapeMarkup(text: string): string {
  return text.replace(/&(amp|apos|#39|quot|lt|gt);/g, (_, name: string) => ENTITIES[name]!)
}
