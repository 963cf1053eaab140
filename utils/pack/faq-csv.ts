import { faqEntrySchema, type FaqEntry } from './schema';
import { formatPath, type PackProblem } from './problems';

/** Reads help-centre spreadsheet rows (already split into records by a CSV parser) into FAQ entries. */
export function faqEntriesFromRows(rows: readonly Record<string, string>[], locale?: string) {
  const entries: FaqEntry[] = [];
  const problems: PackProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = `row ${index + 2}`; // the header is row 1, as a spreadsheet numbers them
    const cell = (name: string) => row[name]?.trim() ?? '';
    const tags = splitTags(cell('tags'));
    const candidate: Record<string, unknown> = { id: cell('id'), question: cell('question'), answer: cell('answer') };
    if (tags.length > 0) candidate.tags = tags;
    if (cell('url')) candidate.url = cell('url');
    if (locale) candidate.locale = locale;
    const parsed = faqEntrySchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ path: `${line}.${formatPath(issue.path)}`, message: issue.message });
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      problems.push({ path: `${line}.id`, message: `duplicate id "${parsed.data.id}" (first used in row ${first + 2})` });
      return;
    }
    seen.set(parsed.data.id, index);
    entries.push(parsed.data);
  });
  return { entries, problems };
}

/** Tags arrive as "returns; refunds", "returns|refunds" or "returns, refunds". */
function splitTags(cell: string): string[] {
  if (!cell) return [];
  const separator = /[;|]/.test(cell) ? /[;|]/ : /[,、]/;
  return [...new Set(cell.split(separator).map((tag) => tag.trim()).filter(Boolean))];
}
