// Wires the what-if lab into the review page: placeholders at once, then (from the server) the reference curves on
// the tension chart, the mechanism chart and the lab itself. A shared link gets them only while released.
import './whatif.css';
import { h, replace } from '../panels/dom.ts';
import type { Chart } from './chart.ts';
import { lt } from './lab-text.ts';
import { mechanismChart } from './mechanism-chart.ts';
import { whatIfLab } from './whatif.ts';
import { labApi, type LabSource } from './whatif-api.ts';

const REFERENCE_DASH: Record<string, string> = { allHold: '3 3', powerForPower: '9 3', wayForward: '1 3' };
const REFERENCE_LABEL = {
  allHold: 'refAllHold',
  powerForPower: 'refPowerForPower',
  wayForward: 'refWayForward',
} as const;

export function whatIfSections(
  source: LabSource | null,
  chart: Chart,
): { mechanism: HTMLElement | null; whatIf: HTMLElement | null } {
  if (!source) return { mechanism: null, whatIf: null };
  const mechanism = h('div', {}, h('p', { role: 'status' }, lt('loading')));
  const whatIf = h('div', {}, h('p', { role: 'status' }, lt('loading')));
  labApi
    .info(source)
    .then((info) => {
      chart.references(
        info.references.map((r) => ({
          label: lt(REFERENCE_LABEL[r.id]),
          tension: r.tension,
          dash: REFERENCE_DASH[r.id] ?? '2 2',
        })),
        lt('refLegend'),
      );
      replace(mechanism, mechanismChart(info.mechanism));
      replace(whatIf, whatIfLab(source, info));
    })
    .catch((error: Error) => {
      const text = lt('unavailable', { message: error.message });
      replace(mechanism, h('p', {}, text));
      replace(whatIf, h('p', {}, text));
    });
  return { mechanism, whatIf };
}
