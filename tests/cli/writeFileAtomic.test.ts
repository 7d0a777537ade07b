import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputIsNotInput, writeFileAtomic } from '../../cli/writeFileAtomic';

describe('writeFileAtomic(path, data)', () => {
  it('writeFileAtomic(path, text) replaces an existing file and leaves only it in the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gaitlens-atomic-'));
    const path = join(dir, 'out.txt');
    writeFileSync(path, 'old');
    writeFileAtomic(path, 'new ✓');
    expect(readFileSync(path, 'utf8')).toBe('new ✓');
    writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('writeFileAtomic(path, data) that cannot rename (path is a folder) throws and leaves no temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gaitlens-atomic-'));
    const target = join(dir, 'folder');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'kept');
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['folder']);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('kept');
  });
});

describe('checkOutputIsNotInput(out, inputs)', () => {
  it('checkOutputIsNotInput(out, inputs) accepts a new file and refuses the input itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gaitlens-atomic-'));
    const input = join(dir, 'in.json');
    writeFileSync(input, '{}');
    expect(() => checkOutputIsNotInput(join(dir, 'out.json'), [input])).not.toThrow();
    expect(() => checkOutputIsNotInput(input, [input])).toThrow(
      expect.objectContaining({ name: 'UsageError' }) as Error,
    );
  });
});
