// The programs the tests start that npm does not install, and one message naming those this machine lacks,
// with the one apt-get line that installs them: npm test says so in a second instead of failing a screen of
// tests. The browsers are found as the tests find them (chromium.ts, firefox.ts); the rest on PATH.
import type { ChromiumLookup } from './chromium.ts'
import { delimiter, join } from 'node:path'
import { findChromium, realLookup } from './chromium.ts'
import { findFirefox } from './firefox.ts'

export interface SystemTool {
  /** What the message calls it. */
  name: string
  /** What the tests do with it, for the message. */
  usedFor: string
  /** The Debian/Ubuntu package that brings it. */
  debianPackage: string
  /** The commands the tests run by name, looked up on PATH. */
  commands: readonly string[]
  /** A browser's own lookup instead (it throws, saying why, when none is found). */
  find?: (machine: ChromiumLookup) => string
}

/** Every program started by name in tests/ and scripts/ (tests/unit/system-tools.test.ts keeps this list whole). */
export const SYSTEM_TOOLS: readonly SystemTool[] = [
  {
    name: 'Chromium',
    usedFor: 'browser tests, exports',
    debianPackage: 'chromium',
    commands: [],
    find: findChromium,
  },
  {
    name: 'Firefox ESR',
    usedFor: 'the second engine\'s tests',
    debianPackage: 'firefox-esr',
    commands: [],
    find: machine => findFirefox(machine.env, machine.exists),
  },
  {
    name: 'poppler',
    usedFor: 'reading the PDFs',
    debianPackage: 'poppler-utils',
    commands: [
      'pdfinfo',
      'pdftotext',
      'pdftoppm',
      'pdffonts',
      'pdfimages',
    ],
  },
  {
    name: 'mupdf',
    usedFor: 'the PDF\'s outline',
    debianPackage: 'mupdf-tools',
    commands: ['mutool'],
  },
  {
    name: 'LibreOffice Impress',
    usedFor: 'opening the PPTX',
    debianPackage: 'libreoffice-impress',
    commands: ['soffice'],
  },
  {
    name: 'git',
    usedFor: 'export dates',
    debianPackage: 'git',
    commands: ['git'],
  },
  {
    name: 'ps',
    usedFor: 'the interrupted-export tests',
    debianPackage: 'procps',
    commands: ['ps'],
  },
]

export interface MissingTool {
  tool: SystemTool
  /** What was looked for and not found. */
  why: string
}

function onPath(command: string, machine: ChromiumLookup): boolean {
  return (machine.env.PATH ?? '').split(delimiter).some(dir => dir !== '' && machine.exists(join(dir, command)))
}

/** Why `machine` lacks `tool`: a browser's lookup says why; else the commands not on PATH. */
function lacking(tool: SystemTool, machine: ChromiumLookup): string | undefined {
  if (tool.find) {
    try {
      tool.find(machine)
      return undefined
    }
    catch (error) {
      // The lookup's first sentence: "No Firefox was found", or which *_PATH names no file.
      return (error as Error).message.split('\n')[0]!.replace(/\.(?: .*)?$/, '')
    }
  }
  const absent = tool.commands.filter(command => !onPath(command, machine))
  return absent.length
    ? `${absent.join(', ')} not on PATH`
    : undefined
}

/** The tools `machine` lacks, and why. */
export function missingTools(machine: ChromiumLookup = realLookup, tools = SYSTEM_TOOLS): MissingTool[] {
  return tools.map(tool => ({
    tool,
    why: lacking(tool, machine),
  })).filter((missing): missing is MissingTool => missing.why !== undefined)
}

/** The message npm test stops with, or undefined when nothing is missing. */
export function missingToolsMessage(missing: readonly MissingTool[]): string | undefined {
  if (!missing.length)
    return undefined
  const browserMissing = missing.some(({ tool }) => tool.find)
  return [
    'npm test stops before testing: this machine lacks programs the tests run.',
    ...missing.map(({ tool, why }) => `  ${tool.name} (${tool.usedFor}): ${why}`),
    'Install them on Debian/Ubuntu with:',
    `  sudo apt-get update && sudo apt-get install -y ${missing.map(({ tool }) => tool.debianPackage).join(' ')}`,
    ...(browserMissing
      ? ['or point CHROMIUM_PATH or FIREFOX_PATH at a browser you already have.']
      : []),
  ].join('\n')
}
