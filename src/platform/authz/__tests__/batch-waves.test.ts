import DataLoader from 'dataloader';
import { BatchWaves } from '../batch-waves.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('BatchWaves', () => {
  it('dispatches the keys woken by every batch of a wave together, however late each batch answers', async () => {
    const waves = new BatchWaves();
    const batches: string[][] = [];
    const loader = (name: string, delay: (k: string) => number) =>
      new DataLoader<string, string>((keys) => waves.track(async () => {
        batches.push([name, ...keys]);
        await sleep(Math.max(...keys.map(delay)));
        return keys.map((k) => `${name}:${k}`);
      }), { batchScheduleFn: waves.schedule });
    const fast = loader('fast', () => 1);
    const slow = loader('slow', () => 30);
    const units = loader('units', () => 1);
    // Wave 1: a fast and a slow batch; each result wakes a unit load (wave 2).
    await Promise.all([
      fast.load('a').then(() => units.load('u1')),
      slow.load('b').then(() => units.load('u2')),
      fast.load('c').then(() => units.load('u3')),
    ]);
    expect(batches).toEqual([['fast', 'a', 'c'], ['slow', 'b'], ['units', 'u1', 'u3', 'u2']]); // one unit batch, in arrival order
  });

  it('still lets one wave’s batches run concurrently', async () => {
    const waves = new BatchWaves();
    let running = 0;
    let peak = 0;
    const loader = () => new DataLoader<number, number>((keys) => waves.track(async () => {
      running++;
      peak = Math.max(peak, running);
      await sleep(10);
      running--;
      return keys;
    }), { batchScheduleFn: waves.schedule });
    const [a, b] = [loader(), loader()];
    await Promise.all([a.load(1), b.load(2)]);
    expect(peak).toBe(2);
  });
});
