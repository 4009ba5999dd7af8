// Bytes as bureaus' machines write them: UTF-8 (with or without the BOM Windows adds),
// GB18030 from older Chinese systems, UTF-16 from "Unicode" text saves (with its BOM).
import iconv from 'iconv-lite';

export type ReportEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export const reportEncodings: readonly ReportEncoding[] = ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'];

export function encodeReport(text: string, encoding: ReportEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode('\ufeff' + text);
    case 'gb18030':
      return new Uint8Array(iconv.encode(text, 'gb18030'));
    case 'utf-16le':
    case 'utf-16be': {
      const out = new Uint8Array(2 + text.length * 2);
      const view = new DataView(out.buffer);
      const little = encoding === 'utf-16le';
      view.setUint16(0, 0xfeff, little);
      for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), little);
      return out;
    }
  }
}

/** The label TextDecoder takes for these bytes (the scorer decodes with it; BOMs are stripped). */
export function decoderLabel(encoding: ReportEncoding): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}
