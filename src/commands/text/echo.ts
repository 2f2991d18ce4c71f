/** echo with bash builtin semantics: -n, -e, -E (only arguments made solely of those letters are options). */
import type { CommandDef, Proc } from '../../shell/types.js';
import { expandEscapes } from './escapes.js';

function echo(p: Proc): number {
  const args = p.argv.slice(1);
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (!/^-[neE]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (c === 'n') newline = false;
      else if (c === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = args.slice(i).join(' ');
  if (escapes) {
    const x = expandEscapes(text, 'echo');
    if (x.stop) {
      p.out(x.text);
      return 0;
    }
    text = x.text;
  }
  p.out(newline ? `${text}\n` : text);
  return 0;
}

export const ECHO: CommandDef = {
  name: 'echo',
  path: '/usr/bin/echo',
  run: echo,
  summary: 'display a line of text',
};
