import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { blocksOf, type AgreementDocumentInput, type Block } from './agreement-document.js';

// The two formats an agreement version is exported in, both rendering the same blocks.

// — Markdown —

/** Escapes what Markdown would read as inline markup or HTML, so a clause's text stays text. */
const escapeInline = (text: string) => text.replace(/[\\`*_[\]<>]/g, '\\$&');
/** Titles, facts and list items are one line. */
const oneLine = (text: string) => escapeInline(text.replace(/\s*\n\s*/g, ' '));
/** A paragraph also must not start a heading, list or quote. */
const escapeParagraph = (text: string) =>
  escapeInline(text)
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');

const paragraphsOf = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);

export function renderAgreementMarkdown(input: AgreementDocumentInput): string {
  const out: string[] = [];
  for (const block of blocksOf(input)) {
    switch (block.kind) {
      case 'title':
        out.push(`# ${oneLine(block.text)}`);
        break;
      case 'heading':
        out.push(`${'#'.repeat(block.level + 1)} ${oneLine(block.text)}`);
        break;
      case 'text':
        for (const paragraph of paragraphsOf(block.text))
          out.push(block.italic ? `*${escapeParagraph(paragraph)}*` : escapeParagraph(paragraph));
        break;
      case 'facts':
        out.push(block.items.map((item) => `- **${oneLine(item.label)}:** ${oneLine(item.value)}`).join('\n'));
        break;
      case 'list':
        out.push(
          block.items
            .map((item) => `- ${item.label ? `**${oneLine(item.label)}:** ` : ''}${oneLine(item.text)}`)
            .join('\n'),
        );
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}

// — Word —

/** Characters XML 1.0 does not allow; Word refuses a document that has them. */
// eslint-disable-next-line no-control-regex -- these are the characters XML forbids; matching them is the point
const xmlText = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

function runsOf(text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return xmlText(text)
    .split('\n')
    .map((line, index) => new TextRun({ text: line, ...options, ...(index > 0 ? { break: 1 } : {}) }));
}

function paragraphsOfBlock(block: Block): Paragraph[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: runsOf(block.text) })];
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: runsOf(block.text),
        }),
      ];
    case 'text':
      return paragraphsOf(block.text).map(
        (paragraph) => new Paragraph({ children: runsOf(paragraph, block.italic ? { italics: true } : {}) }),
      );
    case 'facts':
      return block.items.map(
        (item) => new Paragraph({ children: [...runsOf(`${item.label}: `, { bold: true }), ...runsOf(item.value)] }),
      );
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            bullet: { level: 0 },
            children: [...(item.label ? runsOf(`${item.label}: `, { bold: true }) : []), ...runsOf(item.text)],
          }),
      );
  }
}

export async function renderAgreementDocx(input: AgreementDocumentInput): Promise<Buffer> {
  const document = new Document({
    creator: 'Leerkring',
    title: xmlText(`${input.agreement.title} ${input.version.number}`),
    description: 'Samenwerkingsafspraak, geëxporteerd uit Leerkring',
    styles: { default: { document: { run: { language: { value: 'nl-NL' } } } } },
    sections: [{ children: blocksOf(input).flatMap(paragraphsOfBlock) }],
  });
  return Packer.toBuffer(document);
}
