/** A CSS string literal that cannot break out of its quotes or its <style> element: every character but letters, digits and spaces is hex-escaped. */
export function cssString(value: string): string {
  return `"${[...value].map((ch) => (/^[A-Za-z0-9 ]$/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/**
 * The printed page's margin boxes (Chromium ≥ 131): header with negotiation, document and
 * version; the package state; "Draft — not agreed" while provisional; page x of y.
 */
export function printPageCss(input: { header: string; packageLine: string; draft: boolean }): string {
  const foot = input.draft
    ? `${cssString('Draft — not agreed · Page ')} counter(page) ${cssString(' of ')} counter(pages)`
    : `${cssString('Page ')} counter(page) ${cssString(' of ')} counter(pages)`;
  return [
    '@page {',
    '  margin: 22mm 16mm 20mm;',
    `  @top-left { content: ${cssString(input.header)}; font-size: 8pt; color: #444; }`,
    `  @top-right { content: ${cssString(input.packageLine)}; font-size: 8pt; color: ${input.draft ? '#991b1b' : '#166534'}; }`,
    `  @bottom-center { content: ${foot}; font-size: 8pt; color: #444; }`,
    '}',
  ].join('\n');
}
