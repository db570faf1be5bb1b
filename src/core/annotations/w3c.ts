// Conversion between Opis annotations and W3C Web Annotation Data Model items. An annotation's note,
// tags and category are TextualBody bodies with the purposes `commenting`, `tagging` and `classifying`;
// replies are annotations of their own with motivation `replying` whose target is the parent's id.
import { DEFAULT_CATEGORY, type Annotation, type AnnotationSet, type Reply } from './model';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const MARKDOWN = 'text/markdown';
type Json = Record<string, unknown>;

/** Keys an annotation item may have that Opis interprets; any other key is kept in `extra`. */
const KNOWN_KEYS = new Set(['@context', 'id', 'type', 'motivation', 'created', 'modified', 'creator', 'body', 'target']);

/** A W3C Person; an email address as the `mailto:` IRI the model specifies. */
function creatorJson(name: string | undefined, email: string | undefined): Json | undefined {
  return name === undefined ? undefined : defined({ type: 'Person', name, email: email === undefined ? undefined : `mailto:${email}` });
}

export function annotationToW3c(a: Annotation): Json {
  const body: Json[] = [];
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', format: MARKDOWN, value: a.note });
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  body.push({ type: 'TextualBody', purpose: 'classifying', value: a.category });
  return {
    ...a.extra,
    id: a.id,
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.modified,
    creator: creatorJson(a.creator, a.creatorEmail),
    body,
    target: {
      source: a.source,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        // A position of -1 means "not known" (an import without one): the quote alone then finds the passage.
        ...(a.position.start < 0 || a.position.end < 0 ? [] : [{ type: 'TextPositionSelector', start: a.position.start, end: a.position.end }]),
      ],
    },
  };
}

export function replyToW3c(r: Reply, parentId: string): Json {
  return {
    ...r.extra,
    id: r.id,
    type: 'Annotation',
    motivation: 'replying',
    created: r.created,
    modified: r.modified,
    creator: creatorJson(r.creator, r.creatorEmail),
    body: [{ type: 'TextualBody', purpose: 'replying', format: MARKDOWN, value: r.note }],
    target: parentId,
  };
}

/** Every item of the set, annotations each followed by their replies, then the foreign items. */
export function setToItems(set: AnnotationSet): Json[] {
  const items: Json[] = [];
  for (const a of set.annotations) {
    items.push(annotationToW3c(a));
    for (const r of a.replies) items.push(replyToW3c(r, a.id));
  }
  return [...items, ...set.foreign];
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function creatorName(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  const first = asArray(v).find(isJson);
  return first ? (str(first.name) ?? str(first.nickname) ?? str(first.id)) : undefined;
}

function creatorEmail(v: unknown): string | undefined {
  const email = asArray(v).find(isJson)?.email;
  return typeof email === 'string' ? email.replace(/^mailto:/i, '') : undefined;
}

function extraOf(item: Json): Json | undefined {
  let extra: Json | undefined;
  for (const key in item) if (!KNOWN_KEYS.has(key)) (extra ??= {})[key] = item[key];
  return extra;
}

/** Sets the optional fields only when present: absent fields stay absent (no `undefined` keys to compare). */
function withOptional<T extends { creator?: string; creatorEmail?: string; extra?: Json }>(value: T, item: Json): T {
  const creator = creatorName(item.creator);
  const email = creatorEmail(item.creator);
  const extra = extraOf(item);
  if (creator !== undefined) value.creator = creator;
  if (creator !== undefined && email !== undefined) value.creatorEmail = email;
  if (extra !== undefined) value.extra = extra;
  return value;
}

function bodies(item: Json): Json[] {
  return asArray(item.body).map(b => (typeof b === 'string' ? { type: 'TextualBody', value: b } : b)).filter(isJson);
}

/** The parent id if the item is a reply. */
function replyParent(item: Json): string | undefined {
  if (item.motivation !== 'replying') return undefined;
  const target = asArray(item.target)[0];
  return typeof target === 'string' ? target : isJson(target) ? str(target.id) ?? str(target.source) : undefined;
}

function toReply(item: Json): Reply | undefined {
  const id = str(item.id);
  if (!id) return undefined;
  const note = bodies(item).map(b => str(b.value) ?? '').join('\n\n');
  const created = str(item.created) ?? '';
  return withOptional<Reply>({ id, note, created, modified: str(item.modified) ?? created }, item);
}

function toAnnotation(item: Json): Annotation | undefined {
  const id = str(item.id);
  const target = asArray(item.target).find(isJson);
  const source = target && str(target.source);
  if (!id || !target || !source) return undefined;
  const selectors = asArray(target.selector).filter(isJson);
  const quote = selectors.find(s => s.type === 'TextQuoteSelector');
  const position = selectors.find(s => s.type === 'TextPositionSelector');
  if (!quote || typeof quote.exact !== 'string') return undefined;
  const all = bodies(item);
  const withPurpose = (purpose: string) => all.filter(b => b.purpose === purpose).map(b => str(b.value) ?? '');
  const notes = all.filter(b => b.purpose === undefined || b.purpose === 'commenting' || b.purpose === 'describing');
  const created = str(item.created) ?? '';
  const annotation: Annotation = {
    id,
    source,
    quote: { exact: quote.exact, prefix: str(quote.prefix) ?? '', suffix: str(quote.suffix) ?? '' },
    position: {
      start: typeof position?.start === 'number' ? position.start : -1,
      end: typeof position?.end === 'number' ? position.end : -1,
    },
    note: notes.map(b => str(b.value) ?? '').join('\n\n'),
    tags: withPurpose('tagging'),
    category: withPurpose('classifying')[0] ?? DEFAULT_CATEGORY,
    created,
    modified: str(item.modified) ?? created,
    replies: [],
  };
  return withOptional(annotation, item);
}

/** One item read alone: a reply (its parent not needed), an annotation, or undefined for neither. */
export function readItem(item: Json): Reply | Annotation | undefined {
  return replyParent(item) !== undefined ? toReply(item) : toAnnotation(item);
}

/** Drops optional fields that are absent, so equal annotations compare equal however they were made. */
export function defined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/**
 * Builds the set from W3C items. Items Opis cannot read as a quoted annotation or as a reply to one (no
 * TextQuoteSelector, a reply whose parent is missing, …) are kept in `foreign`, untouched.
 */
export function itemsToSet(items: unknown[]): AnnotationSet {
  const annotations: Annotation[] = [];
  const byId = new Map<string, Annotation>();
  const pendingReplies: Json[] = [];
  const foreign: Json[] = [];
  for (const item of items) {
    if (!isJson(item)) continue;
    if (replyParent(item) !== undefined) {
      pendingReplies.push(item);
      continue;
    }
    const a = toAnnotation(item);
    if (a && !byId.has(a.id)) {
      annotations.push(a);
      byId.set(a.id, a);
    } else foreign.push(item);
  }
  for (const item of pendingReplies) {
    const parent = byId.get(replyParent(item) ?? '');
    const reply = toReply(item);
    if (parent && reply) parent.replies.push(reply);
    else foreign.push(item);
  }
  // A conversation reads in the order it was written, whichever order its items were stored in.
  for (const a of annotations) a.replies.sort((x, y) => (x.created < y.created ? -1 : x.created > y.created ? 1 : 0));
  return { annotations, foreign };
}
