/**
 * One message from the view-model: the template for vm.kind in vm.language (an admin's override for
 * the kind if given), rendered as subject, plain text and HTML. The HTML is built only from escaped
 * text plus our own paragraph and list markup, so no value can inject markup.
 */
import type { LetterViewModel } from '../view-model.ts';
import { DEFAULT_TEMPLATES } from './defaults/index.ts';
import { render } from './render.ts';
import type { RenderedMessage, TemplateOverrides } from './types.ts';

export function renderMessage(vm: LetterViewModel, overrides?: TemplateOverrides): RenderedMessage {
  const template = overrides?.[vm.kind] ?? DEFAULT_TEMPLATES[vm.language][vm.kind];
  const subject = render(template.subject, vm, 'text').replace(/\s+/gu, ' ').trim();
  const text = tidy(render(template.body, vm, 'text'));
  const escapedBody = tidy(render(template.body, vm, 'html'));
  const escapedSubject = render(template.subject, vm, 'html').replace(/\s+/gu, ' ').trim();
  return { subject, text, html: htmlDocument(escapedSubject, escapedBody, vm.language) };
}

/** No trailing spaces, at most one blank line in a row (optional blocks can leave two), one final newline. */
function tidy(text: string): string {
  return `${text.replace(/[ \t]+$/gmu, '').replace(/\n{3,}/gu, '\n\n').trim()}\n`;
}

/**
 * Already-escaped text to HTML: blank lines separate paragraphs, lines starting with "- " become a
 * list, other lines within a paragraph are joined by <br>.
 */
export function paragraphsToHtml(escaped: string): string {
  return escaped
    .trim()
    .split(/\n{2,}/u)
    .map((paragraph) => {
      const parts: string[] = [];
      let lines: string[] = [];
      let items: string[] = [];
      const flushLines = () => {
        if (lines.length) parts.push(`<p>${lines.join('<br>\n')}</p>`);
        lines = [];
      };
      const flushItems = () => {
        if (items.length) parts.push(`<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`);
        items = [];
      };
      for (const line of paragraph.split('\n')) {
        if (line.startsWith('- ')) {
          flushLines();
          items.push(line.slice(2));
        } else {
          flushItems();
          lines.push(line);
        }
      }
      flushLines();
      flushItems();
      return parts.join('\n');
    })
    .join('\n');
}

function htmlDocument(escapedSubject: string, escapedBody: string, language: string): string {
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<title>${escapedSubject}</title>
</head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.5; color: #1a1a1a;">
${paragraphsToHtml(escapedBody)}
</body>
</html>
`;
}
