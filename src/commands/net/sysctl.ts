/** `sysctl` (procps-ng 4.0.2) over the namespace's sysctls. */
import { sysctlGet, sysctlKeys, sysctlSet } from '../../model/sysctl.js';
import type { CommandDef, Proc } from '../../shell/types.js';

const USAGE = `
Usage:
 sysctl [options] [variable[=value] ...]

Options:
  -a, --all            display all variables
  -A                   alias of -a
  -X                   alias of -a
      --deprecated     include deprecated parameters to listing
      --dry-run        Print the key and values but do not write
  -b, --binary         print value without new line
  -e, --ignore         ignore unknown variables errors
  -N, --names          print variable names without values
  -n, --values         print only values of the given variable(s)
  -p, --load[=<file>]  read values from file
  -f                   alias of -p
      --system         read values from all system directories
  -r, --pattern <expression>
                       select setting that match expression
  -q, --quiet          do not echo variable set
  -w, --write          enable writing a value to variable
  -o                   does nothing
  -x                   does nothing
  -d                   alias of -h

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see sysctl(8).
`;

interface Opts {
  all: boolean;
  names: boolean;
  values: boolean;
  quiet: boolean;
  write: boolean;
  ignore: boolean;
  binary: boolean;
  dryRun: boolean;
  load?: string[];
  system: boolean;
  pattern?: RegExp;
  vars: string[];
}

function normKey(k: string): string {
  return k.replace(/\//g, '.').replace(/^\.+/, '');
}

function show(p: Proc, o: Opts, key: string, value: string): void {
  if (o.names) p.out(`${key}\n`);
  else if (o.values) p.out(o.binary ? value : `${value}\n`);
  else p.out(`${key} = ${value}\n`);
}

/** Print one key, or every key below a directory key. Returns false when nothing exists. */
function read(p: Proc, o: Opts, raw: string): boolean {
  const key = normKey(raw);
  const v = sysctlGet(p.ctx.world, p.ctx.ns, key);
  if (v !== undefined) {
    if (!o.pattern || o.pattern.test(key)) show(p, o, key, v);
    return true;
  }
  const under = sysctlKeys(p.ctx.world, p.ctx.ns).filter((k) => k.startsWith(`${key}.`));
  if (!under.length) {
    if (!o.ignore)
      p.err(`sysctl: cannot stat /proc/sys/${key.replace(/\./g, '/')}: No such file or directory\n`);
    return o.ignore;
  }
  for (const k of under)
    if (!o.pattern || o.pattern.test(k)) show(p, o, k, sysctlGet(p.ctx.world, p.ctx.ns, k) ?? '');
  return true;
}

function write(p: Proc, o: Opts, assignment: string, where: string): boolean {
  const eq = assignment.indexOf('=');
  if (eq <= 0) {
    p.err(`sysctl: ${where}: invalid syntax, continuing...\n`);
    return false;
  }
  const key = normKey(assignment.slice(0, eq).trim());
  const value = assignment.slice(eq + 1).trim();
  if (sysctlGet(p.ctx.world, p.ctx.ns, key) === undefined) {
    if (!o.ignore)
      p.err(`sysctl: cannot stat /proc/sys/${key.replace(/\./g, '/')}: No such file or directory\n`);
    return o.ignore;
  }
  if (!o.dryRun) {
    const e = sysctlSet(p.ctx.world, p.ctx.ns, key, value);
    if (e) {
      p.err(
        `sysctl: setting key "${key}": ${e === 'EINVAL' ? 'Invalid argument' : 'No such file or directory'}\n`,
      );
      return false;
    }
  }
  if (!o.quiet) show(p, o, key, value);
  return true;
}

function loadFile(p: Proc, o: Opts, file: string): boolean {
  let text: string;
  // fopen() works on a directory; reading it gives no lines
  if (p.ctx.fs.isDir(file, p.ctx.cwd)) return true;
  try {
    text = p.ctx.fs.readFile(file, p.ctx.cwd);
  } catch {
    p.err(`sysctl: cannot open "${file}": No such file or directory\n`);
    return false;
  }
  let ok = true;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) return;
    const entry = line.startsWith('-') ? line.slice(1) : line;
    if (!write(p, o, entry, `${file}(${i + 1})`) && !line.startsWith('-')) ok = false;
  });
  return ok;
}

/** The directories --system reads, in procps 4's order; the first of two same-named files wins. */
const SYSTEM_DIRS = [
  '/etc/sysctl.d',
  '/run/sysctl.d',
  '/usr/local/lib/sysctl.d',
  '/usr/lib/sysctl.d',
  '/lib/sysctl.d',
];

/**
 * PreloadSystem(): every *.conf of the system directories sorted by file
 * name, then /etc/sysctl.conf, each announced first; the settings are
 * written afterwards, and keys that do not exist are passed over in silence.
 */
function loadSystem(p: Proc, o: Opts): number {
  const fs = p.ctx.fs;
  const byName = new Map<string, string>();
  for (const dir of SYSTEM_DIRS) {
    let names: string[] = [];
    try {
      names = fs.readdir(dir);
    } catch {
      continue;
    }
    for (const n of names)
      if (n.endsWith('.conf') && !byName.has(n) && !fs.isDir(`${dir}/${n}`)) byName.set(n, `${dir}/${n}`);
  }
  const files = [...byName.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((n) => byName.get(n) as string);
  if (fs.exists('/etc/sysctl.conf') && !fs.isDir('/etc/sysctl.conf')) files.push('/etc/sysctl.conf');
  const settings: Array<[string, string]> = [];
  for (const f of files) {
    if (!o.quiet) p.out(`* Applying ${f} ...\n`);
    let text = '';
    try {
      text = fs.readFile(f);
    } catch {
      continue;
    }
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (!line || line.startsWith('#') || line.startsWith(';')) continue;
      const entry = line.startsWith('-') ? line.slice(1) : line;
      settings.push([entry, f]);
    }
  }
  const quietErrors: Opts = { ...o, ignore: true };
  for (const [entry, f] of settings) write(p, quietErrors, entry, f);
  return 0;
}

export function runSysctl(p: Proc): number {
  const o: Opts = {
    all: false,
    names: false,
    values: false,
    quiet: false,
    write: false,
    ignore: false,
    binary: false,
    dryRun: false,
    system: false,
    vars: [],
  };
  const args = p.argv.slice(1);
  let sawOption = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith('--')) {
      const [name, val] = a.slice(2).split('=', 2);
      if (name === 'all') o.all = true;
      else if (name === 'names') o.names = true;
      else if (name === 'values') o.values = true;
      else if (name === 'quiet') o.quiet = true;
      else if (name === 'write') o.write = true;
      else if (name === 'ignore') o.ignore = true;
      else if (name === 'binary') o.binary = true;
      else if (name === 'dry-run') o.dryRun = true;
      // --system runs as soon as it is parsed: later options and arguments are never seen
      else if (name === 'system') return loadSystem(p, o);
      else if (name === 'load') (o.load ??= []).push(val ?? '/etc/sysctl.conf');
      else if (name === 'help') {
        p.out(USAGE);
        return 0;
      } else if (name === 'version') {
        p.out('sysctl from procps-ng 4.0.2\n');
        return 0;
      } else {
        p.err(`sysctl: unrecognized option '${a}'\n`);
        p.out(USAGE);
        return 0;
      }
      sawOption = true;
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      o.vars.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      sawOption = true;
      if (c === 'a' || c === 'A' || c === 'X') o.all = true;
      else if (c === 'N') o.names = true;
      else if (c === 'n') o.values = true;
      else if (c === 'q') o.quiet = true;
      else if (c === 'w') o.write = true;
      else if (c === 'e') o.ignore = true;
      else if (c === 'b') o.binary = true;
      else if (c === 'o' || c === 'x') {
        // does nothing
      } else if (c === 'p' || c === 'f') {
        const rest = a.slice(j + 1);
        if (rest) (o.load ??= []).push(rest);
        else if (args[i + 1] !== undefined && !args[i + 1]?.startsWith('-'))
          (o.load ??= []).push(args[++i] as string);
        else (o.load ??= []).push('/etc/sysctl.conf');
        break;
      } else if (c === 'r') {
        const v = a.slice(j + 1) || args[++i] || '';
        try {
          o.pattern = new RegExp(v);
        } catch {
          p.err(`sysctl: invalid pattern "${v}"\n`);
          return 1;
        }
        break;
      } else if (c === 'h' || c === 'd') {
        p.out(USAGE);
        return 0;
      } else if (c === 'V') {
        p.out('sysctl from procps-ng 4.0.2\n');
        return 0;
      } else {
        p.err(`sysctl: invalid option -- '${c}'\n`);
        p.out(USAGE);
        return 0;
      }
    }
  }
  if (o.load) {
    let ok = true;
    for (const f of o.load) ok = loadFile(p, o, f) && ok;
    return ok ? 0 : 1;
  }
  if (o.all) {
    for (const k of sysctlKeys(p.ctx.world, p.ctx.ns))
      if (!o.pattern || o.pattern.test(k)) show(p, o, k, sysctlGet(p.ctx.world, p.ctx.ns, k) ?? '');
    return 0;
  }
  if (o.vars.length === 0) {
    p.err(USAGE);
    return sawOption ? 1 : 1;
  }
  let ok = true;
  o.vars.forEach((v, i) => {
    if (o.write || v.includes('=')) {
      if (!v.includes('=')) {
        p.err(`sysctl: command line(${i}): invalid syntax, continuing...\n`);
        ok = false;
        return;
      }
      ok = write(p, o, v, `command line(${i})`) && ok;
    } else ok = read(p, o, v) && ok;
  });
  return ok ? 0 : 1;
}

export const SYSCTL_COMMAND: CommandDef = { name: 'sysctl', path: '/usr/sbin/sysctl', run: runSysctl };
