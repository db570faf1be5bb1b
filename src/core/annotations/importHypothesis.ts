// Reads a Hypothesis JSON export (the client's export file, an API search result, or a bare list). Its
// annotations use the same W3C selectors; they are attached to one workspace file given by the caller.
import { DEFAULT_CATEGORY, type Annotation, type Reply } from './model';
import { duplicateId } from './duplicateIds';
import { defined } from './w3c';

export interface HypothesisImport {
  annotations: Annotation[];
  /** One line per entry that could not be imported, or was imported under a new id, saying why. */
  skipped: string[];
}

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function rowsOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (isJson(data)) return Array.isArray(data.annotations) ? data.annotations : Array.isArray(data.rows) ? data.rows : undefined;
  return undefined;
}

/** `acct:name@host` → `name`. */
function userName(user: unknown): string | undefined {
  const s = str(user);
  return s?.replace(/^acct:/, '').replace(/@.*$/, '') || undefined;
}

function validPosition(selector: Json | undefined): { start: number; end: number } | undefined {
  const { start, end } = selector ?? {};
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) >= (start as number) ? { start: start as number, end: end as number } : undefined;
}

const idFor = (hypothesisId: string) => `urn:x-hypothesis:${hypothesisId}`;

export function importHypothesis(data: unknown, source: string): HypothesisImport {
  const rows = rowsOf(data);
  if (!rows) return { annotations: [], skipped: ['not a Hypothesis export: expected a list of annotations, or an object with "annotations" or "rows"'] };
  const annotations: Annotation[] = [];
  const replies: { parent: string; reply: Reply; label: string }[] = [];
  const skipped: string[] = [];
  for (const [i, row] of rows.entries()) {
    const label = `annotation ${i + 1}${isJson(row) && str(row.id) ? ` (${String(row.id)})` : ''}`;
    if (!isJson(row) || !str(row.id)) {
      skipped.push(`${label}: no id`);
      continue;
    }
    const created = str(row.created) ?? '';
    const base = defined({ id: idFor(String(row.id)), note: str(row.text) ?? '', created, modified: str(row.updated) ?? created, creator: userName(row.user) });
    const references = Array.isArray(row.references) ? row.references.filter((r): r is string => typeof r === 'string') : [];
    if (references.length) {
      replies.push({ parent: idFor(references[references.length - 1]), reply: base, label });
      continue;
    }
    const target = (Array.isArray(row.target) ? row.target : []).find(isJson);
    const selectors = (target && Array.isArray(target.selector) ? target.selector : []).filter(isJson);
    const quote = selectors.find(s => s.type === 'TextQuoteSelector');
    const position = selectors.find(s => s.type === 'TextPositionSelector');
    if (!quote || typeof quote.exact !== 'string' || !quote.exact) {
      skipped.push(`${label}: a page note with no quoted passage`);
      continue;
    }
    annotations.push({
      ...base,
      source,
      quote: { exact: quote.exact, prefix: str(quote.prefix) ?? '', suffix: str(quote.suffix) ?? '' },
      // -1: no position (the quote alone finds the passage); never written as a selector.
      position: validPosition(position) ?? { start: -1, end: -1 },
      tags: Array.isArray(row.tags) ? row.tags.filter((t): t is string => typeof t === 'string') : [],
      category: DEFAULT_CATEGORY,
      replies: [],
    });
  }
  // Two rows with one id are two annotations: the second is kept under a new id and reported.
  const byId = new Map<string, Annotation>();
  for (const a of annotations) {
    if (byId.has(a.id)) {
      const id = duplicateId(a.id, a);
      skipped.push(`annotation ${a.id.replace('urn:x-hypothesis:', '')}: its id is used twice; imported the second as ${id}`);
      a.id = id;
    }
    byId.set(a.id, a);
  }
  for (const { parent, reply, label } of replies) {
    const annotation = byId.get(parent);
    if (annotation) annotation.replies.push(reply);
    else skipped.push(`${label}: a reply to an annotation that is not in the export`);
  }
  return { annotations, skipped };
}
