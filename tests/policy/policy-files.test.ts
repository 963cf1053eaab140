import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RETURN_OPTIONS, ROLES, returnPolicySchema } from '../../utils/pack/schema';
import { POLICY_FILES } from './policies';

// Checks the standalone policy files; drop this file once the policies live inside the bundled packs
// (tests/pack/bundled.test.ts checks them there).
describe.each(Object.entries(POLICY_FILES))('policy file %s', (_name, file) => {
  const text = readFileSync(file, 'utf8');
  const policy = returnPolicySchema.parse(JSON.parse(text));

  it('is formatted as JSON.stringify(parsed, null, 2) with keys in schema order', () => {
    expect(JSON.stringify(policy, null, 2) + '\n').toBe(text);
  });

  it('has unique rule and fee ids', () => {
    const ids = policy.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const feeIds = (policy.fees ?? []).map((f) => f.id);
    expect(new Set(feeIds).size).toBe(feeIds.length);
  });

  it('lists options and roles in their canonical order', () => {
    const ordered = (keys: string[], order: readonly string[]) => [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const rule of policy.rules) expect(Object.keys(rule.set)).toEqual(ordered(Object.keys(rule.set), RETURN_OPTIONS));
    for (const fee of policy.fees ?? []) expect(fee.options).toEqual(ordered(fee.options, RETURN_OPTIONS));
    const roles = Object.keys(policy.goodwill?.limits ?? {});
    expect(roles).toEqual(ordered(roles, ROLES));
  });
});
