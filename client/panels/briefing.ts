// DOM panels for reading: the delegation's briefing and objectives, news headlines, reflection prompt.
// Must not import Phaser or the SDK.
import { LIMITS } from '../../shared/rules/commands.ts';
import { reflectionPrompt } from '../../shared/rules/phases.ts';
import { fill, t } from '../i18n/index.ts';
import { ownReflection } from '../state/extra-time.ts';
import { formatClock } from '../state/view-models.ts';
import { durationWords } from './announcer.ts';
import { field, h, replace, section, setText, statusLine, syncList } from './dom.ts';
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

/**
 * The reflection prompt during the reflection phase, answered once per round. A student with extra time sees
 * their own time here, and after the class moves on keeps the panel (that round's prompt) until their deadline.
 */
export function reflectionPanel(
  ctx: PanelContext,
  now: () => number = () => Date.now() + ctx.source.get().clockOffsetMs,
): HTMLElement {
  const prompt = h('p', { class: 'prompt' });
  // Not a live region: the announcer says the deadline once; this line ticks quietly for reading.
  const own = h('p', { class: 'own-time hint', hidden: true });
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
    own,
    field(t('reflection'), text),
    h('button', { type: 'submit' }, t('reflectionSubmit')),
    status.el,
  );
  const recheck = gateForm(ctx, form, 'submitReflection');
  const wrap = section(t('reflection'), 'reflection', form);
  let lateRound: number | null = null;
  const render = () => {
    const s = ctx.source.get();
    const mine = ownReflection(s.view, now());
    const late = mine?.kind === 'late' ? mine.round : null;
    const p = late !== null ? reflectionPrompt(s.scenario ?? {}, late) : (s.view?.reflectionPrompt ?? null);
    wrap.hidden = !p;
    setText(prompt, p ?? '');
    own.hidden = mine === null;
    if (mine?.kind === 'phase') setText(own, fill(t('reflectionExtraNote'), { length: durationWords(mine.extraMs) }));
    else if (mine) setText(own, fill(t('reflectionOpenYours'), { round: mine.round, time: formatClock(mine.leftMs) }));
    // The personal deadline opened or passed with no change of state: the form's gate must follow.
    if (late !== lateRound) {
      lateRound = late;
      recheck();
    }
  };
  watch(
    ctx.source,
    (s) => [s.view?.reflectionPrompt, s.view?.phase, s.view?.personalDeadlines, s.view?.extraTime, s.view?.reflections],
    render,
  );
  setInterval(render, 1000);
  return wrap;
}
