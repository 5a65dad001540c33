// DOM panels for reading: the delegation's briefing and objectives, news headlines, reflection prompt.
// Must not import Phaser or the SDK.
import { LIMITS } from '../../shared/rules/commands.ts';
import { t } from '../i18n/index.ts';
import { field, h, replace, section, statusLine, syncList } from './dom.ts';
import { gateForm } from './now.ts';
import { sendWithStatus, watch, type PanelContext } from './context.ts';

/** Public and private brief, objectives and red lines of every delegation the viewer may read. */
export function briefingPanel(ctx: PanelContext): HTMLElement {
  const body = h('div', { class: 'briefing-body' });
  watch(
    ctx.source,
    (s) => [s.scenario, s.view?.you?.delegation],
    (s) => {
      const own = s.view?.you?.delegation;
      const delegations = (s.scenario?.delegations ?? []).filter((d) => !own || d.id === own);
      replace(
        body,
        ...delegations.map((d) =>
          h(
            'article',
            { class: 'brief', style: `border-left-color:${d.color}` },
            h('h3', {}, `${d.name} — ${d.actor}`),
            h('h4', {}, t('publicBrief')),
            h('p', {}, d.publicBrief),
            d.privateBrief ? h('h4', {}, t('privateBrief')) : null,
            d.privateBrief ? h('p', { class: 'private' }, d.privateBrief) : null,
            d.objectives?.length ? h('h4', {}, t('objectives')) : null,
            d.objectives?.length
              ? h('ul', {}, ...d.objectives.map((o) => h('li', {}, `${o.text} (${o.points} ${t('points')})`)))
              : null,
            d.redLines.length ? h('h4', {}, t('redLines')) : null,
            d.redLines.length ? h('ul', {}, ...d.redLines.map((r) => h('li', {}, r))) : null,
          ),
        ),
      );
    },
  );
  return section(t('briefing'), 'briefing', body);
}

/** Headlines, newest first. */
export function newsPanel(ctx: PanelContext, title = t('news')): HTMLElement {
  const list = h('ol', { class: 'news' });
  watch(
    ctx.source,
    (s) => [s.view?.news],
    (s) => {
      const news = [...(s.view?.news ?? [])].reverse();
      syncList(
        list,
        news,
        (n) => `${n.round}:${n.id}`,
        (n) =>
          h(
            'li',
            {},
            h('strong', { class: 'headline' }, n.headline),
            n.body ? h('p', {}, n.body) : null,
            h('small', { class: 'news-round' }, `${t('round')} ${n.round}`),
          ),
        undefined,
        () => h('li', { class: 'empty' }, t('noNews')),
      );
    },
  );
  return section(title, 'news-panel', list);
}

/** The reflection prompt during the reflection phase, answered once per round. */
export function reflectionPanel(ctx: PanelContext): HTMLElement {
  const prompt = h('p', { class: 'prompt' });
  const text = h('textarea', { rows: 2, maxlength: LIMITS.reflectionMax, required: true });
  const status = statusLine();
  const form = h(
    'form',
    {
      class: 'compose',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        if (
          await sendWithStatus(ctx, { type: 'submitReflection', text: text.value.trim() }, status, t('reflectionDone'))
        )
          text.value = '';
      },
    },
    prompt,
    field(t('reflection'), text),
    h('button', { type: 'submit' }, t('reflectionSubmit')),
    status.el,
  );
  gateForm(ctx, form, 'submitReflection');
  const wrap = section(t('reflection'), 'reflection', form);
  watch(
    ctx.source,
    (s) => [s.view?.reflectionPrompt, s.view?.phase],
    (s) => {
      const p = s.view?.reflectionPrompt ?? null;
      wrap.hidden = !p;
      replace(prompt, p ?? '');
    },
  );
  return wrap;
}
