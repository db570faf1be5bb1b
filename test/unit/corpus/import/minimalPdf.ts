// Writes small PDFs for the refusal tests: one page per content stream, with an optional image, or an
// encryption dictionary whose password checks fail for the empty password (as a protected article's do).
import { randomBytes } from 'node:crypto';

export interface MinimalPdf {
  /** Each page's content stream (`BT /F1 12 Tf 72 700 Td (text) Tj ET`, `q 200 0 0 200 72 500 cm /Im1 Do Q`). */
  pages: string[];
  encrypted?: boolean;
}

export function minimalPdf({ pages, encrypted = false }: MinimalPdf): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, written once its kids are known
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>');
  // A one-pixel grey image stands for a scanned page.
  const image = add('<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream');
  const kids = pages.map(content => {
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    return add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${stream} 0 R /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`);
  });
  objects[1] = `<< /Type /Pages /Kids [${kids.map(k => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const hex = () => `<${randomBytes(32).toString('hex')}>`;
  const encrypt = encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /O ${hex()} /U ${hex()} /P -4 >>`) : undefined;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map(o => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = randomBytes(16).toString('hex');
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [<${id}> <${id}>]${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
