/** The part of jsdom the CLI uses: a DOMParser for the workbook's XML (Node has none). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    window: { DOMParser: typeof DOMParser };
  }
}
