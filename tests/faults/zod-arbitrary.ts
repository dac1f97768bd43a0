import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Inputs for the malformed-payload test, read off each method's zod schema:
 * `lookalike` builds values shaped like what the schema asks for (most are
 * valid), `nearMiss` breaks one spot deep inside such a value. Only the
 * schema kinds the contract uses are known; anything else gets fc.anything().
 */

interface Def {
  type: string;
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  [key: string]: unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): CheckDef[] => ((def.checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((check) => check._zod.def);

/** Long limits (a 30 MB ZIP) are not reached by lookalikes: they stay small, near misses go past them. */
const SMALL = 12;

export function lookalike(schema: unknown): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return stringLike(def);
    case 'number':
      return numberLike(def);
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'nullable':
      return fc.oneof(fc.constant(null), lookalike(def.innerType));
    case 'optional':
    case 'default':
      return fc.option(lookalike(def.innerType), { nil: undefined });
    case 'pipe':
      return lookalike(def.in);
    case 'array': {
      const { min, max } = lengthBounds(def);
      return fc.array(lookalike(def.element), { minLength: min, maxLength: Math.min(max, min + 3) });
    }
    case 'record':
      return fc.dictionary(lookalike(def.keyType) as fc.Arbitrary<string>, lookalike(def.valueType), { maxKeys: 3 });
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const required = Object.keys(shape).filter((key) => !['optional', 'default'].includes(defOf(shape[key]).type));
      return fc.record(Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, lookalike(value)])), { requiredKeys: required });
    }
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(lookalike));
    default:
      return fc.anything();
  }
}

function lengthBounds(def: Def): { min: number; max: number } {
  let min = 0;
  let max = SMALL;
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') min = check.minimum as number;
    if (check.check === 'max_length') max = Math.min(max, check.maximum as number);
    if (check.check === 'length_equals') min = max = check.length as number;
  }
  return { min, max: Math.max(min, max) };
}

function stringLike(def: Def): fc.Arbitrary<string> {
  if (def.format === 'uuid') return fc.uuid();
  const pattern = (def.pattern as RegExp | undefined) ?? (checksOf(def).find((check) => check.pattern)?.pattern as RegExp | undefined);
  if (pattern) {
    // fast-check cannot generate from some regexes (flag i): their case-sensitive form matches too.
    const usable = new RegExp(pattern.source, pattern.flags.replace(/[^su]/g, ''));
    return fc.stringMatching(usable).filter((text) => text.length <= 200);
  }
  const { min, max } = lengthBounds(def);
  return fc.string({ minLength: min, maxLength: Math.max(min, max) });
}

function numberLike(def: Def): fc.Arbitrary<number> {
  let min = -1000;
  let max = 1000;
  for (const check of checksOf(def)) {
    if (check.check === 'greater_than') min = (check.value as number) + (check.inclusive ? 0 : 1);
    if (check.check === 'less_than') max = (check.value as number) - (check.inclusive ? 0 : 1);
  }
  return fc.integer({ min: Math.max(min, -1e9), max: Math.min(max, 1e9) });
}

type Path = (string | number)[];

/** Every spot in a value that a mutation can hit: the value itself, each key and each element, recursively. */
function pathsOf(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], into));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], into);
  return into;
}

const MUTATIONS = ['replace', 'remove', 'extraKey', 'wrongType', 'tooLong', 'oddNumber', 'null', 'emptied'] as const;
type Mutation = (typeof MUTATIONS)[number];

const ODD_NUMBERS = [Number.NaN, Infinity, -Infinity, -0, 0.5, -1, 2 ** 53, 1e308, -1e308];
/** Past the usual limits (80, 200, 4000, 200 000 characters); one in nine goes past the 2 MB ones. */
const LONG = [1, 90, 300, 1_000, 4_100, 5_000, 20_000, 250_000, 2_100_000];

function broken(value: unknown, mutation: Mutation, replacement: unknown, size: number): unknown {
  switch (mutation) {
    case 'replace':
      return replacement;
    case 'remove':
      return undefined;
    case 'extraKey':
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value, unexpected: replacement } : [value];
    case 'wrongType':
      if (typeof value === 'string') return value.length > 0 && Number.isFinite(Number(value)) ? Number(value) : 7;
      if (typeof value === 'number') return String(value);
      if (typeof value === 'boolean') return value ? 'true' : 0;
      if (Array.isArray(value)) return Object.fromEntries(value.entries());
      if (value !== null && typeof value === 'object') return [value];
      return { value };
    case 'tooLong':
      if (typeof value === 'string') return value + 'é'.repeat(LONG[size % LONG.length]!);
      return Array.isArray(value) ? [...value, ...Array<unknown>(LONG[size % 6]!).fill(value[0] ?? '')] : 'x'.repeat(LONG[size % LONG.length]!);
    case 'oddNumber':
      return ODD_NUMBERS[size % ODD_NUMBERS.length];
    case 'null':
      return null;
    case 'emptied':
      return Array.isArray(value) ? [] : typeof value === 'string' ? '   ' : {};
  }
}

function withAt(root: unknown, path: Path, make: (value: unknown) => unknown): unknown {
  if (path.length === 0) return make(root);
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<string | number, unknown>;
  const next = withAt(copy[head!], rest, make);
  if (next === undefined && !Array.isArray(copy)) delete copy[head!];
  else copy[head!] = next;
  return copy;
}

/** A lookalike with one spot broken: a field of the wrong type, missing, too long, an unknown key, an odd number… */
export function nearMiss(schema: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(lookalike(schema), fc.nat(), fc.constantFrom(...MUTATIONS), fc.anything({ maxDepth: 2 }), fc.nat())
    .map(([value, pick, mutation, replacement, size]) => {
      const paths = pathsOf(value);
      return withAt(value, paths[pick % paths.length]!, (spot) => broken(spot, mutation, replacement, size));
    });
}

/** Anything at all, including values JSON cannot carry (the IPC transport can carry some of them). */
export const anyValue = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Inputs the dispatcher must refuse (as it sees them: undefined stands for {}). */
export function malformedFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  return fc
    .oneof({ arbitrary: anyValue, weight: 1 }, { arbitrary: nearMiss(schema), weight: 3 })
    .filter((input) => !schema.safeParse(input === undefined ? {} : input).success);
}
