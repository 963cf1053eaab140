import { packSchema, type Pack } from './schema';
import { checkPack } from './check';
import { describeJsonError } from './json-position';
import { formatPath, type PackProblem } from './problems';

export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

/** Validates an already-parsed value as a pack: schema first, then the cross-reference checks. */
export function validatePack(value: unknown, base: readonly Pack[] = []): PackResult {
  const parsed = packSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) })),
    };
  }
  const problems = checkPack(parsed.data, base);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack: parsed.data };
}

/** Parses the text of a pack file. Never throws: a pack from a lead or the network may be anything. */
export function parsePack(text: string, base: readonly Pack[] = []): PackResult {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: describeJsonError(text, error) }] };
  }
  return validatePack(value, base);
}

function describeIssue(issue: { code: string; message: string; keys?: string[] }): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  }
  return issue.message;
}
