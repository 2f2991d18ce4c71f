/**
 * `-o yaml` as kubectl prints it: sigs.k8s.io/yaml turns the object's JSON
 * into go-yaml v2 output. The `yaml` package lays out the document (sorted
 * maps, unindented sequences); a custom string tag writes scalars with
 * go-yaml's quoting and folding rules.
 */
import { Document, isScalar, type Pair, type Scalar } from 'yaml';
import { goYamlKeyLess, goYamlString } from './go-yaml-scalar.js';

interface StrCtx {
  indent: string;
  implicitKey?: boolean;
  indentAtStart?: number;
}

const STR_TAG = {
  identify: (v: unknown) => typeof v === 'string',
  default: true,
  tag: 'tag:yaml.org,2002:str',
  resolve: (s: string) => s,
  stringify(item: Scalar, ctx: StrCtx): string {
    const value = String(item.value);
    if (ctx.implicitKey) return goYamlString(value, { column: 0, indent: ctx.indent, key: true });
    const column =
      ctx.indentAtStart !== undefined ? ctx.indent.length - 2 + ctx.indentAtStart : ctx.indent.length;
    return goYamlString(value, { column, indent: ctx.indent, key: false });
  },
};

function keyText(p: Pair): string {
  return String(isScalar(p.key) ? p.key.value : p.key);
}

function sortPairs(a: Pair, b: Pair): number {
  const x = keyText(a);
  const y = keyText(b);
  return goYamlKeyLess(x, y) ? -1 : goYamlKeyLess(y, x) ? 1 : 0;
}

/** The YAML text of a JSON value, as `kubectl ... -o yaml` prints it. */
export function toGoYaml(value: unknown): string {
  const doc = new Document(value, {
    sortMapEntries: sortPairs,
    aliasDuplicateObjects: false,
    customTags: (tags) => [STR_TAG, ...tags.filter((t) => (t as { tag?: string }).tag !== STR_TAG.tag)],
  });
  return doc.toString({ indentSeq: false, lineWidth: 0, simpleKeys: true });
}
