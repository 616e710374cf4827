import { describe, expect, it } from 'vitest';
import { afterCommit, type CrossDelivery } from '@/bench/fleet';

const delivery = (client: number, clock: number, at: number): CrossDelivery => ({ ms: 0, client, clock, at });

describe('bench (f): how long after its commit an edit reached another instance', () => {
  it('matches each delivery to the first commit of its writer that covers its clock', () => {
    const commits: [number, number, number][] = [
      [7, 2, 1000], // client 7 up to clock 2 at t=1000
      [9, 5, 1010],
      [7, 4, 1100],
    ];
    expect(afterCommit([delivery(7, 1, 1020), delivery(7, 2, 1030), delivery(7, 3, 1130), delivery(9, 5, 1011)], commits)).toEqual([
      20, 30, 30, 1,
    ]);
  });

  it('leaves out deliveries whose commit was not reported, and reports commits out of order correctly', () => {
    expect(afterCommit([delivery(7, 5, 2000), delivery(8, 1, 2000)], [[7, 4, 1500]])).toEqual([]);
    expect(
      afterCommit(
        [delivery(7, 1, 1200)],
        [
          [7, 3, 1100],
          [7, 1, 1000],
        ],
      ),
    ).toEqual([200]);
  });
});
