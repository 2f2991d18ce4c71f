/**
 * Terminal-dependent output. The expectation is what GNU ls 9.1 printed for
 * `ls -C -w 80 many` (the layout ls uses on an 80-column terminal).
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = Object.fromEntries(
  Array.from({ length: 30 }, (_, i) => [`/w/many/file_number_${i + 1}`, '']),
);

describe('ls on a terminal', () => {
  it('uses the column layout for the terminal width', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['ls', 'many'], { cwd: '/w', tty: { cols: 80, rows: 24 } })).toEqual({
      stdout:
        'file_number_1\tfile_number_15\tfile_number_20\tfile_number_26\tfile_number_4\nfile_number_10\tfile_number_16\tfile_number_21\tfile_number_27\tfile_number_5\nfile_number_11\tfile_number_17\tfile_number_22\tfile_number_28\tfile_number_6\nfile_number_12\tfile_number_18\tfile_number_23\tfile_number_29\tfile_number_7\nfile_number_13\tfile_number_19\tfile_number_24\tfile_number_3\tfile_number_8\nfile_number_14\tfile_number_2\tfile_number_25\tfile_number_30\tfile_number_9\n',
      stderr: '',
      exit: 0,
    });
  });

  it('prints one name per line when stdout is not a terminal', () => {
    const sb = new Sandbox({ '/w/b': '', '/w/a': '' });
    expect(sb.run(['ls'], { cwd: '/w' }).stdout).toBe('a\nb\n');
  });
});
