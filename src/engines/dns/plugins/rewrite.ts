/**
 * The `rewrite` plugin, name rules: `rewrite [continue|stop] name
 * [exact|prefix|suffix|substring|regex] FROM TO [answer auto|answer name FROM TO]`.
 * The question is rewritten on the way in and restored in the response;
 * answer names are rewritten back for exact rules and `answer` options.
 */
import { absolute, type DnsMessage, nameKey, type RR } from '../message.js';
import { argErr, type Plugin, type SetupInput, setupErr } from '../plugin.js';

type Kind = 'exact' | 'prefix' | 'suffix' | 'substring' | 'regex';

interface NameRule {
  kind: Kind;
  from: string;
  to: string;
  re: RegExp | null;
  answer: 'none' | 'auto' | { from: RegExp; to: string };
  stop: boolean;
}

const MAX_RULES = 64;

function applyRule(r: NameRule, name: string): string | null {
  const n = nameKey(name);
  switch (r.kind) {
    case 'exact':
      return n === nameKey(r.from) ? absolute(r.to) : null;
    case 'prefix':
      return n.startsWith(r.from.toLowerCase()) ? r.to + n.slice(r.from.length) : null;
    case 'suffix': {
      const f = r.from.toLowerCase().replace(/\.$/, '');
      const b = n.replace(/\.$/, '');
      return b.endsWith(f) ? absolute(b.slice(0, b.length - f.length) + r.to.replace(/\.$/, '')) : null;
    }
    case 'substring':
      return n.includes(r.from.toLowerCase())
        ? absolute(n.replace(r.from.toLowerCase(), r.to).replace(/\.$/, ''))
        : null;
    case 'regex': {
      const m = r.re?.exec(n);
      if (!m) return null;
      return absolute(r.to.replace(/\{(\d+)\}/g, (_x, i: string) => m[Number(i)] ?? ''));
    }
  }
}

function goRegex(input: SetupInput, text: string, line: number): RegExp {
  try {
    return new RegExp(text.replace(/\(\?P</g, '(?<'));
  } catch {
    throw setupErr(input, `invalid regex pattern in a name rule: ${text}`, line);
  }
}

export function setupRewrite(input: SetupInput): Plugin {
  const d = input.directive;
  let args = d.args.map((a) => a.text);
  let stop = true;
  if (args[0] === 'continue' || args[0] === 'stop') {
    stop = args[0] === 'stop';
    args = args.slice(1);
  }
  if (args.length < 3) throw argErr(input, d.args[d.args.length - 1]);
  if (args[0] !== 'name') throw setupErr(input, `invalid rule type "${args[0]}"`);
  let rest = args.slice(1);
  let kind: Kind = 'exact';
  if (['exact', 'prefix', 'suffix', 'substring', 'regex'].includes(rest[0] as string)) {
    kind = rest[0] as Kind;
    rest = rest.slice(1);
  }
  if (rest.length < 2) throw argErr(input, d.args[d.args.length - 1]);
  const [from, to] = rest as [string, string];
  let answer: NameRule['answer'] = kind === 'exact' ? 'auto' : 'none';
  const tail = rest.slice(2);
  if (tail[0] === 'answer' && tail[1] === 'auto') answer = 'auto';
  else if (tail[0] === 'answer' && tail[1] === 'name' && tail[2] && tail[3])
    answer = { from: goRegex(input, tail[2], d.line), to: tail[3] };
  else if (tail.length) throw setupErr(input, `invalid option: ${tail.join(' ')}`);
  const rule: NameRule = {
    kind,
    from,
    to,
    re: kind === 'regex' ? goRegex(input, from, d.line) : null,
    answer,
    stop,
  };
  return {
    name: 'rewrite',
    serve(ctx, q, next) {
      const question = q.question[0];
      if (!question) return next(ctx, q);
      const to = applyRule(rule, question.name);
      if (to === null) return next(ctx, q);
      const res = next(ctx, { ...q, question: [{ ...question, name: to }] });
      return restore(res, question.name, to, rule);
    },
  };
}

function restore(res: DnsMessage, original: string, rewritten: string, rule: NameRule): DnsMessage {
  const back = (r: RR): RR => {
    if (rule.answer === 'auto' && nameKey(r.name) === nameKey(rewritten)) return { ...r, name: original };
    if (typeof rule.answer === 'object') {
      const m = rule.answer.from.exec(nameKey(r.name));
      if (m)
        return {
          ...r,
          name: absolute(rule.answer.to.replace(/\{(\d+)\}/g, (_x, i: string) => m[Number(i)] ?? '')),
        };
    }
    return r;
  };
  return {
    ...res,
    question: res.question.map((x) => ({ ...x, name: original })),
    answer: res.answer.map(back),
  };
}

export const REWRITE_MAX_RULES = MAX_RULES;
