import { describe, expect, test } from 'vitest';
import type { ChangeSet } from '../../lib/api';
import { REPORTS } from './reports';
import { reportChanged } from './reportKinds';

describe('reportChanged', () => {
  const change = (extra: Partial<ChangeSet>): ChangeSet => ({
    customers: ['u1'],
    cases: ['k1'],
    kinds: [],
    staff: false,
    settings: false,
    everything: false,
    request: null,
    ...extra,
  });

  test('a pin, a note or an expectation alone never reruns a report', () => {
    for (const name of REPORTS.map((r) => r.name)) {
      for (const kind of ['fact_pinned', 'fact_unpinned', 'note', 'expectations_changed'] as const) {
        expect(reportChanged(name, change({ kinds: [kind] })), `${kind} leaves the ${name} report alone`).toBe(false);
      }
    }
  });

  test('the events a report counts rerun it, and only that report', () => {
    expect(reportChanged('fairness', change({ kinds: ['reply'] })), 'a reply is a first response').toBe(true);
    expect(reportChanged('complaints', change({ kinds: ['reply'] })), 'a reply is not a complaint').toBe(false);
    expect(reportChanged('promises', change({ kinds: ['promise_kept'] })), 'a kept promise counts').toBe(true);
    expect(reportChanged('satisfaction', change({ kinds: ['satisfaction_recorded'] })), 'a score counts').toBe(true);
  });

  test('new targets rerun the time reports; a restore reruns every report', () => {
    const settings = change({ customers: [], cases: [], settings: true, kinds: ['targets_changed'] });
    expect(reportChanged('attainment', settings), 'targets decide what is within target').toBe(true);
    expect(reportChanged('complaints', settings), 'but not how many complaints there are').toBe(false);
    expect(reportChanged('complaints', change({ everything: true })), 'everything changed after a restore').toBe(true);
  });
});
