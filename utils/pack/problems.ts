/** One thing wrong with a pack, located by a JSON path such as `emotions[2].terms[5].frame`. */
export interface PackProblem {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

export function describeProblem(problem: PackProblem, source?: string): string {
  return `${source ? `${source}: ` : ''}${problem.path}: ${problem.message}`;
}
