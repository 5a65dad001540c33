// Rules engine 4, frozen from commit 836a2fc79575822c4524dad2f42f6ba3659fa9b2 by scripts/freeze-engine.ts. Generated: do not edit.
// Replays, reviews and continues sessions recorded under RULES_VERSION 4; see docs/transcripts-across-rule-changes.md.

// shared/rules/commands.ts
var LIMITS = {
  nameMin: 1,
  nameMax: 24,
  messageMax: 500,
  rationaleMax: 140,
  reflectionMax: 280,
  headlineMax: 120,
  newsBodyMax: 400,
  roundsMin: 1,
  roundsMax: 12,
  phaseSecondsMin: 5,
  phaseSecondsMax: 1800,
  extendSecondsMax: 600,
  /** Extra time for one student, in percent of a phase's set length (double time is 100). */
  extraTimePercentMax: 200,
  seatsMax: 60
};

// shared/rules/seats.ts
function normalizeName(name) {
  if (typeof name !== "string") return "";
  return name.normalize("NFC").replace(/\s+/g, " ").trim();
}
function checkName(state, name, exceptSeat) {
  const length = [...name].length;
  if (length < LIMITS.nameMin || length > LIMITS.nameMax || !/^[^\p{C}]+$/u.test(name)) return "rule/name-invalid";
  const folded = name.toLowerCase();
  const taken = activeSeats(state).some((s) => s.id !== exceptSeat && s.name.toLowerCase() === folded);
  return taken ? "rule/name-taken" : null;
}
function activeSeats(state) {
  return Object.values(state.seats).filter((s) => !s.removed);
}
function seatCounts(scenario, state) {
  const counts = Object.fromEntries(scenario.delegations.map((d) => [d.id, 0]));
  for (const seat of activeSeats(state)) counts[seat.delegation] = (counts[seat.delegation] ?? 0) + 1;
  return counts;
}
function balancedDelegation(scenario, state) {
  const counts = seatCounts(scenario, state);
  let best = null;
  for (const d of scenario.delegations) {
    if (best === null || (counts[d.id] ?? 0) < (counts[best] ?? 0)) best = d.id;
  }
  if (best === null) throw new Error("Scenario has no delegations");
  return best;
}
function actingSeat(state, seatId) {
  const seat = state.seats[seatId];
  if (!seat) return { error: "rule/seat-unknown" };
  if (seat.removed) return { error: "rule/seat-removed" };
  return { seat };
}

// shared/rules/extra-time.ts
function extraReflectionMs(state, percent) {
  return Math.round(state.settings.phaseSeconds.reflection * 1e3 * percent / 100);
}
var setExtraTime = (_scenario, state, cmd) => {
  if (!Number.isInteger(cmd.percent) || cmd.percent < 0 || cmd.percent > LIMITS.extraTimePercentMax)
    return { error: "rule/extra-time-invalid" };
  const found = actingSeat(state, cmd.seatId);
  if ("error" in found) return found;
  const extraTime = { ...state.extraTime };
  if (cmd.percent === 0) delete extraTime[cmd.seatId];
  else extraTime[cmd.seatId] = cmd.percent;
  return {
    state: { ...state, extraTime },
    events: [
      {
        type: "extraTimeSet",
        seatId: cmd.seatId,
        percent: cmd.percent,
        reflectionMs: extraReflectionMs(state, cmd.percent)
      }
    ]
  };
};
function openPersonalDeadlines(state, at) {
  if (state.phase !== "reflection") return { state, events: [] };
  const opened = [];
  for (const [seatId, percent] of Object.entries(state.extraTime)) {
    const seat = state.seats[seatId];
    if (!seat || seat.removed || percent <= 0) continue;
    if (state.reflections.some((r) => r.round === state.round && r.seatId === seatId)) continue;
    opened.push({ seatId, round: state.round, until: at + extraReflectionMs(state, percent) });
  }
  if (opened.length === 0) return { state, events: [] };
  const kept = state.personalDeadlines.filter((d) => !opened.some((o) => o.seatId === d.seatId));
  const events = opened.map((deadline) => ({ type: "personalDeadlineSet", deadline }));
  return { state: { ...state, personalDeadlines: kept.concat(opened) }, events };
}
function lateReflectionRound(state, seatId, at) {
  const deadline = state.personalDeadlines.find((d) => d.seatId === seatId);
  if (!deadline || at > deadline.until) return null;
  if (state.phase === "reflection" && !state.reflections.some((r) => r.round === state.round && r.seatId === seatId))
    return null;
  return deadline.round;
}
function closePersonalDeadline(state, seatId, round) {
  const personalDeadlines = state.personalDeadlines.filter((d) => !(d.seatId === seatId && d.round === round));
  return personalDeadlines.length === state.personalDeadlines.length ? state : { ...state, personalDeadlines };
}

// shared/rules/handler.ts
function append(list, item) {
  return list.concat([item]);
}
function checkText(raw, max) {
  const text = typeof raw === "string" ? raw.trim() : "";
  if (text.length === 0) return { error: "rule/text-empty" };
  if (text.length > max) return { error: "rule/text-too-long" };
  return { text };
}

// shared/rules/ids.ts
function messageId(state, channel, from, to) {
  if (channel === "public") return `s_${count(state, (m) => m.channel === "public") + 1}`;
  if (channel === "team") return `t_${from}_${count(state, (m) => m.channel === "team" && m.from === from) + 1}`;
  const [a, b] = [from, to ?? ""].sort();
  const n = count(state, (m) => m.channel === "diplomatic" && samePair(m.from, m.to ?? "", a, b)) + 1;
  return `d_${a}_${b}_${n}`;
}
function proposalId(state, delegation) {
  let n = 0;
  for (const p of state.proposals) if (p.delegation === delegation) n++;
  return `p_${delegation}_${n + 1}`;
}
function teacherNewsId(state) {
  let n = 0;
  for (const item of state.news) if (item.source === "teacher") n++;
  return `teacher-${n + 1}`;
}
function count(state, match) {
  let n = 0;
  for (const m of state.messages) if (match(m)) n++;
  return n;
}
function samePair(x, y, a, b) {
  return x === a && y === b || x === b && y === a;
}

// shared/rules/moves.ts
var HOLD_MOVE_ID = "hold";
var HOLD_MOVE = {
  id: HOLD_MOVE_ID,
  label: "Hold",
  category: "diplomatic",
  visibility: "public",
  target: { kind: "none" },
  goldstein: 0,
  effects: {},
  why: "Make no move this round: wait and see what the others do."
};
function movesOf(scenario, delegation) {
  const listed = scenario.moves[delegation] ?? [];
  return listed.some((m) => m.id === HOLD_MOVE_ID) ? listed : [...listed, HOLD_MOVE];
}
function findMove(scenario, delegation, moveId) {
  return movesOf(scenario, delegation).find((m) => m.id === moveId);
}
function isDelegation(scenario, id) {
  return scenario.delegations.some((d) => d.id === id);
}
function resolveTarget(scenario, delegation, move, requested) {
  switch (move.target.kind) {
    case "none":
      return requested === null ? { ok: true, target: null } : { ok: false, error: "rule/target-invalid" };
    case "fixed":
      return requested === null || requested === move.target.delegation ? { ok: true, target: move.target.delegation } : { ok: false, error: "rule/target-invalid" };
    case "choose":
      if (requested === null) return { ok: false, error: "rule/target-required" };
      if (!isDelegation(scenario, requested) || requested === delegation)
        return { ok: false, error: "rule/target-invalid" };
      return { ok: true, target: requested };
  }
}

// shared/rules/model/acts.ts
function actsOf(t, moves) {
  return moves.map((move) => {
    const spec = t.moves.get(move.delegation)?.get(move.moveId) ?? HOLD_MOVE;
    const required = spec.requires;
    const effective = !required || moves.some((m) => m.delegation === required.delegation && m.moveId === required.moveId);
    const aimed = move.target ?? (spec.target.kind === "fixed" ? spec.target.delegation : null);
    return {
      move,
      spec,
      d: t.index.get(move.delegation) ?? -1,
      target: aimed === null ? -1 : t.index.get(aimed) ?? -1,
      effective
    };
  });
}
function credibilityMultiplier(credibility) {
  return 0.5 + credibility / 100;
}
var isCooperative = (spec) => spec.goldstein > 0;
var isHostile = (spec) => spec.goldstein < 0;
function withRepeats(acts, past, decay) {
  if (decay >= 1) return [...acts];
  return acts.map((a) => {
    if (!isCooperative(a.spec)) return a;
    const k = past.filter(
      (m) => m.delegation === a.move.delegation && m.moveId === a.move.moveId && m.target === a.move.target && m.round < a.move.round
    ).length;
    return k === 0 ? a : { ...a, scale: decay ** k };
  });
}

// shared/rules/causes.ts
var INCIDENTS = ["borderClash", "nearMiss"];
function driverKey(c) {
  switch (c.code) {
    case "move":
    case "spill":
    case "offerOnly":
    case "revealed":
    case "agreementCollapsed":
    case "stoodFirm":
    case "cededGround":
      return `move|${c.who ?? ""}|${c.move ?? ""}`;
    case "news":
      return `news|${c.news ?? c.text ?? ""}`;
    case "reciprocity":
    case "agreementHolds":
      return `${c.code}|${[c.who, c.other].sort().join("|")}`;
    case "answering":
    case "cooling":
    case "grievance":
    case "armsRace":
      return `${c.code}|${c.other ?? ""}`;
    default:
      return c.code;
  }
}

// shared/rules/types.ts
var RULES_VERSION = 4;
var WORLD_METERS = ["armsRace", "humanitarian", "sanctions", "polarization"];
var TALKS_LADDER = ["frozen", "contacts", "talks", "firstPhaseAgreement", "roadmap"];
var BANDS = ["calm", "posturing", "crisis", "intenseCrisis", "brink"];

// shared/rules/model/numbers.ts
function round1(x) {
  return Math.round(x * 10) / 10;
}
function clamp(lo, hi, x) {
  return x < lo ? lo : x > hi ? hi : x;
}
function step100(value, delta) {
  return round1(clamp(0, 100, value + delta));
}

// shared/rules/model/tables.ts
var cache = /* @__PURE__ */ new WeakMap();
function tablesOf(scenario) {
  let tables = cache.get(scenario);
  if (!tables) {
    tables = build(scenario);
    cache.set(scenario, tables);
  }
  return tables;
}
function build(scenario) {
  const { params } = scenario;
  const ids = scenario.delegations.map((d) => d.id);
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const reaction = new Float64Array(n * n);
  const baseline = new Float64Array(n * n);
  const weight = new Float64Array(n * n);
  const restraint = new Float64Array(n);
  const spillTo = ids.map(() => []);
  const allied2 = new Uint8Array(n * n);
  let weightSum = 0;
  let rivalWeightSum = 0;
  ids.forEach((i, a) => {
    restraint[a] = params.restraint[i] ?? 0;
    ids.forEach((j, b) => {
      if (a === b) return;
      reaction[a * n + b] = params.reaction[i]?.[j] ?? 0;
      baseline[a * n + b] = params.baseline[i]?.[j] ?? 0;
      const w = params.tensionWeights[i]?.[j] ?? 1;
      weight[a * n + b] = w;
      weightSum += w;
      const gamma = params.allies[i]?.[j] ?? 0;
      if (gamma > 0) spillTo[b]?.push([a, gamma]);
      if (gamma > 0 || (params.allies[j]?.[i] ?? 0) > 0) allied2[a * n + b] = 1;
      else rivalWeightSum += w;
    });
  });
  const moves = /* @__PURE__ */ new Map();
  for (const id of ids) {
    const own = new Map((scenario.moves[id] ?? []).map((m) => [m.id, m]));
    if (!own.has(HOLD_MOVE_ID)) own.set(HOLD_MOVE_ID, HOLD_MOVE);
    moves.set(id, own);
  }
  return {
    ids,
    names: scenario.delegations.map((d) => d.name),
    n,
    index,
    reaction,
    restraint,
    baseline,
    weight,
    weightSum,
    spillTo,
    allied: allied2,
    rivalWeightSum,
    moves
  };
}

// shared/rules/model/tension.ts
function tensionOf(t, threat) {
  if (t.weightSum <= 0) return 0;
  let sum = 0;
  for (let p = 0; p < threat.length; p++) sum += (t.weight[p] ?? 0) * (threat[p] ?? 0);
  return round1(sum / t.weightSum);
}
function nextBand(thresholds, hysteresis, band, tension) {
  let reached = 0;
  thresholds.forEach((threshold, index) => {
    if (tension >= threshold) reached = index + 1;
  });
  if (reached >= band) return reached;
  let next = band;
  while (next > reached && tension < (thresholds[next - 1] ?? 0) - hysteresis) next--;
  return next;
}
function tensionStep(scenario, t, threat, before, cause) {
  const tension = tensionOf(t, threat);
  const { bandThresholds, hysteresis } = scenario.params;
  const band = nextBand(bandThresholds, hysteresis, before.band, tension);
  const events = [];
  if (tension !== before.tension) {
    events.push({ type: "meterChanged", meter: { kind: "tension" }, from: before.tension, to: tension, cause });
  }
  if (band !== before.band) events.push({ type: "bandChanged", from: before.band, to: band });
  const top = BANDS.length - 1;
  return { tension, band, events, enteredTopBand: band === top && before.band < top };
}
function initialTension(scenario, threat) {
  const t = tablesOf(scenario);
  const flat = new Float64Array(t.n * t.n);
  t.ids.forEach(
    (i, a) => t.ids.forEach((j, b) => {
      if (a !== b) flat[a * t.n + b] = threat[i]?.[j] ?? 0;
    })
  );
  const tension = tensionOf(t, flat);
  return { tension, band: nextBand(scenario.params.bandThresholds, scenario.params.hysteresis, 0, tension) };
}

// shared/rules/model/work.ts
function startWork(scenario, state) {
  const t = tablesOf(scenario);
  const { n, ids } = t;
  const threat = new Float64Array(n * n);
  const credibility = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = state.meters.threat[ids[i] ?? ""];
    for (let j = 0; j < n; j++) if (i !== j) threat[i * n + j] = row?.[ids[j] ?? ""] ?? 0;
    credibility[i] = state.meters.credibility[ids[i] ?? ""] ?? 50;
  }
  return {
    scenario,
    t,
    threat,
    start: threat.slice(),
    world: { ...state.meters.world },
    talks: state.meters.talks,
    climbed: 0,
    credibility,
    events: [],
    rng: state.rng,
    parts: /* @__PURE__ */ new Map()
  };
}
function partCause(c) {
  switch (c.code) {
    case "answering":
    case "cooling":
    case "grievance":
    case "armsRace":
    case "incident":
      return c.incident ? { code: c.code, mechanism: c.mechanism, incident: c.incident } : { code: c.code, mechanism: c.mechanism };
    default:
      return c;
  }
}
function changeThreat(w, i, j, delta, cause) {
  const p = i * w.t.n + j;
  const from = w.threat[p] ?? 0;
  const to = step100(from, delta);
  if (to === from) return;
  w.threat[p] = to;
  w.events.push({
    type: "meterChanged",
    meter: { kind: "threat", from: w.t.ids[i] ?? "", to: w.t.ids[j] ?? "" },
    from,
    to,
    cause
  });
  const part = partCause(cause);
  const key = `${part.mechanism}|${driverKey(part)}`;
  const share = (w.t.weight[p] ?? 0) * (to - from) / w.t.weightSum;
  const entry = w.parts.get(key);
  if (entry) entry.amount += share;
  else w.parts.set(key, { cause: part, amount: share });
}
function changeWorld(w, meter, delta, cause) {
  const from = w.world[meter];
  const to = step100(from, delta);
  if (to === from) return;
  w.world[meter] = to;
  w.events.push({ type: "meterChanged", meter: { kind: "world", meter }, from, to, cause });
}
function changeCredibility(w, d, delta, cause) {
  const from = w.credibility[d] ?? 0;
  const to = step100(from, delta);
  if (to === from) return;
  w.credibility[d] = to;
  const delegation = w.t.ids[d] ?? "";
  w.events.push({ type: "meterChanged", meter: { kind: "credibility", delegation }, from, to, cause });
}
function changeTalks(w, delta, ceiling, cause) {
  const from = w.talks;
  let to;
  if (delta > 0) {
    if (w.climbed >= 1) return;
    const top = Math.max(from, Math.min(ceiling, TALKS_LADDER.length - 1));
    to = clamp(0, top, from + 1);
  } else {
    to = clamp(0, TALKS_LADDER.length - 1, from + delta);
  }
  if (to === from) return;
  if (to > from) w.climbed += to - from;
  w.talks = to;
  w.events.push({ type: "meterChanged", meter: { kind: "talks" }, from, to, cause });
}
function tensionCause(w) {
  const parts = [...w.parts.values()].map((p) => ({ cause: p.cause, amount: Math.round(p.amount * 100) / 100 })).filter((p) => Math.abs(p.amount) >= 0.05).sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
  return { code: "tension", mechanism: "sum", parts };
}
function finishWork(w, before) {
  const { n, ids } = w.t;
  const threat = {};
  for (let i = 0; i < n; i++) {
    const row = {};
    for (let j = 0; j < n; j++) if (i !== j) row[ids[j] ?? ""] = w.threat[i * n + j] ?? 0;
    threat[ids[i] ?? ""] = row;
  }
  const credibility = {};
  for (let i = 0; i < n; i++) credibility[ids[i] ?? ""] = w.credibility[i] ?? 0;
  const world = {};
  for (const m of WORLD_METERS) world[m] = w.world[m];
  const tension = tensionStep(w.scenario, w.t, w.threat, before, tensionCause(w));
  w.events.push(...tension.events);
  return {
    meters: { tension: tension.tension, band: tension.band, threat, world, talks: w.talks, credibility },
    enteredTopBand: tension.enteredTopBand
  };
}

// shared/rules/model/commitments.ts
function breakCommitment(w, c, round, by, brokenIn = round) {
  const d = w.t.index.get(c.delegation) ?? -1;
  const age = Math.max(0, brokenIn - c.round);
  const { brokenBase, perRound } = w.scenario.params.credibility;
  const settled = { ...c, status: "broken", settledRound: round };
  const cause = {
    code: "brokenWord",
    mechanism: "audience",
    who: c.delegation,
    kind: c.terms.kind,
    round: c.round,
    count: age,
    ...by
  };
  w.events.push({ type: "commitmentSettled", commitment: settled, cause });
  changeCredibility(w, d, -(brokenBase + perRound * age), cause);
  if (c.terms.kind === "agreement") {
    const rungs = w.scenario.params.agreement?.collapseRungs ?? 2;
    const collapse = {
      code: "agreementCollapsed",
      mechanism: "direct",
      who: c.delegation,
      other: c.terms.target,
      ...by.move ? { move: by.move } : {}
    };
    changeTalks(w, -rungs, 0, collapse);
  }
  return settled;
}
function pledgeBreaker(c, act, targetIndex) {
  if (act.move.delegation !== c.delegation || !isHostile(act.spec)) return false;
  if (c.terms.kind === "pledge") return c.terms.target === null || act.target === targetIndex;
  return c.terms.kind === "agreement" && act.target === targetIndex;
}
function pledgeTarget(w, c) {
  return c.terms.kind !== "warning" && c.terms.target !== null ? w.t.index.get(c.terms.target) ?? -1 : -1;
}
function settleCommitments(w, commitments, round, now, prev) {
  const { index } = w.t;
  const out = commitments.map((c) => {
    if (c.status !== "standing" || c.round > round) return c;
    const d = index.get(c.delegation) ?? -1;
    if (c.terms.kind === "warning") {
      const t = index.get(c.terms.target) ?? -1;
      const provocation = round - 1 >= c.round ? prev.find((p) => p.d === t && p.target === d && isHostile(p.spec)) : void 0;
      if (provocation) {
        const answered = now.some((a) => !a.move.covert && a.d === d && a.target === t && isHostile(a.spec));
        if (!answered) return breakCommitment(w, c, round, { other: c.terms.target, otherMove: provocation.spec.id });
      }
      return c;
    }
    const target = pledgeTarget(w, c);
    const breaker = now.find((a) => !a.move.covert && pledgeBreaker(c, a, target));
    return breaker ? breakCommitment(w, c, round, { move: breaker.spec.id }) : c;
  });
  return releasePartners(w.events, out, round);
}
function releasePartners(events, commitments, round) {
  const broken = commitments.filter((c) => c.terms.kind === "agreement" && c.status === "broken");
  if (broken.length === 0) return commitments;
  return commitments.map((c) => {
    if (c.terms.kind !== "agreement" || c.status !== "standing") return c;
    const partner = broken.find(
      (b) => b.delegation === c.terms.target && b.terms.target === c.delegation && b.round === c.round
    );
    return partner ? keep(c, round, events) : c;
  });
}
function keep(c, round, events) {
  const kept = { ...c, status: "kept", settledRound: round };
  events.push({
    type: "commitmentSettled",
    commitment: kept,
    cause: { code: "keptWord", mechanism: "audience", who: c.delegation, kind: c.terms.kind, round: c.round }
  });
  return kept;
}
function keepStandingCommitments(_scenario, state) {
  if (!state.commitments.some((c) => c.status === "standing")) return { state, events: [] };
  const events = [];
  const commitments = state.commitments.map((c) => c.status === "standing" ? keep(c, state.round, events) : c);
  return { state: { ...state, commitments }, events };
}

// shared/rules/rng.ts
function nextRandom(rng) {
  const next = rng + 1831565813 >>> 0;
  let t = next;
  t = Math.imul(t ^ t >>> 15, t | 1);
  t ^= t + Math.imul(t ^ t >>> 7, t | 61);
  const value = ((t ^ t >>> 14) >>> 0) / 4294967296;
  return { value, rng: next };
}

// shared/rules/model/threat.ts
function applyImpulse(w, act, multiplier, cause) {
  const { target, d: j, spec } = act;
  if (j < 0) return;
  const scale = act.scale ?? 1;
  if (target >= 0 && spec.goldstein !== 0) {
    const base = -w.scenario.params.impulse * spec.goldstein * multiplier * scale;
    changeThreat(w, target, j, base, { ...cause, mechanism: "direct" });
    for (const [i, gamma] of w.t.spillTo[target] ?? []) {
      if (i !== j)
        changeThreat(w, i, j, base * gamma, {
          ...cause,
          code: cause.code === "move" ? "spill" : cause.code,
          mechanism: "spillover",
          other: w.t.ids[i] ?? ""
        });
    }
  }
  if (!act.effective) return;
  for (const pair of spec.pairs ?? []) {
    const a = w.t.index.get(pair.from);
    const b = w.t.index.get(pair.to);
    if (a === void 0 || b === void 0 || a === b) continue;
    changeThreat(w, a, b, pair.delta * scale, { ...cause, mechanism: "direct" });
  }
}
function moveCause(w, act) {
  const who = w.t.ids[act.d] ?? act.move.delegation;
  const base = { code: "move", mechanism: "direct", who, move: act.spec.id };
  if (act.move.target) base.toward = act.move.target;
  if (!act.effective && act.spec.requires) return { ...base, code: "offerOnly", other: act.spec.requires.delegation };
  return base;
}
function applyImpulses(w, acts, multipliers) {
  for (const act of acts) {
    if (act.move.covert) continue;
    applyImpulse(w, act, multipliers[act.d] ?? 1, moveCause(w, act));
  }
}
function applyReciprocity(w, coopPairs) {
  const { n, ids } = w.t;
  const rho = w.scenario.params.reciprocity;
  if (rho === 0) return;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (!coopPairs.has(i * n + j) || !coopPairs.has(j * n + i)) continue;
      const cause = { code: "reciprocity", mechanism: "reciprocity", who: ids[i] ?? "", other: ids[j] ?? "" };
      changeThreat(w, i, j, -rho, cause);
      changeThreat(w, j, i, -rho, cause);
    }
  }
}
function applyArmsRace(w) {
  const arms = w.scenario.params.armsRace;
  if (!arms || arms.feed === 0) return;
  const pressure = arms.feed * (w.world.armsRace - arms.neutral) / 50;
  if (pressure <= 0) return;
  const { n, ids, baseline } = w.t;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const delta = pressure * (baseline[i * n + j] ?? 0) / 50;
      if (delta >= 0.05)
        changeThreat(w, i, j, delta, {
          code: "armsRace",
          mechanism: "armsRace",
          who: ids[i] ?? "",
          other: ids[j] ?? ""
        });
    }
  }
}
function misperceiving(w, state) {
  return state.settings.misperception || w.scenario.params.misperception.enabled;
}
function applyLinear(w, state) {
  const { n, ids, reaction, restraint, baseline } = w.t;
  const { misperception } = w.scenario.params;
  const noisy = misperceiving(w, state);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const p = i * n + j;
      let seen = w.start[j * n + i] ?? 0;
      if (noisy) {
        const draw = nextRandom(w.rng);
        w.rng = draw.rng;
        seen = Math.min(
          100,
          Math.max(0, seen + (misperception.bias[ids[i] ?? ""] ?? 0) + misperception.noise * (2 * draw.value - 1))
        );
      }
      const who = ids[i] ?? "";
      const other = ids[j] ?? "";
      const react = (reaction[p] ?? 0) * (seen - (baseline[j * n + i] ?? 0));
      const relax = -(restraint[i] ?? 0) * ((w.start[p] ?? 0) - (baseline[p] ?? 0));
      if (react !== 0) changeThreat(w, i, j, react, { code: "answering", mechanism: "answering", who, other });
      if (relax !== 0)
        changeThreat(
          w,
          i,
          j,
          relax,
          relax < 0 ? { code: "cooling", mechanism: "cooling", who, other } : { code: "grievance", mechanism: "grievance", who, other }
        );
    }
  }
}
function multipliersOf(w) {
  return w.credibility.map(credibilityMultiplier);
}

// shared/rules/model/world.ts
var TALKS_CEILING = TALKS_LADDER.indexOf("talks");
var ALONE_CEILING = TALKS_LADDER.indexOf("contacts");
function applyEffects(w, act, matched, cause = moveCause(w, act), mutual = true) {
  if (!act.effective) return;
  const { effects } = act.spec;
  const scale = act.scale ?? 1;
  for (const meter of WORLD_METERS) {
    const delta = effects[meter];
    if (delta) changeWorld(w, meter, delta * scale, cause);
  }
  if (effects.talks)
    changeTalks(w, effects.talks, matched ? TALKS_LADDER.length - 1 : mutual ? TALKS_CEILING : ALONE_CEILING, cause);
}
function applyWorldEffects(w, acts, cooperation) {
  const matched = acts.some((a) => a.effective && a.spec.requires !== void 0 && (a.spec.effects.talks ?? 0) > 0);
  const { n } = w.t;
  for (const act of acts) {
    if (act.move.covert) continue;
    const mutual = act.target < 0 || cooperation.has(act.target * n + act.d);
    applyEffects(w, act, matched, moveCause(w, act), mutual);
  }
  for (const meter of WORLD_METERS) {
    const delta = w.scenario.params.drift?.[meter];
    if (delta) changeWorld(w, meter, delta, { code: "background", mechanism: "drift" });
  }
}

// shared/rules/model/covert.ts
function revealMoves(w, moves, commitments, reveal, round, why) {
  const newly = [];
  const all = moves.map((m) => {
    if (!m.covert || m.revealedRound !== null || !reveal(m)) return m;
    const shown = { ...m, revealedRound: round };
    newly.push(shown);
    return shown;
  });
  let settled = [...commitments];
  if (newly.length === 0) return { moves: all, commitments: settled };
  const multipliers = multipliersOf(w);
  for (const act of withRepeats(actsOf(w.t, newly), moves, w.scenario.params.repeatDecay ?? 1)) {
    w.events.push({ type: "covertRevealed", move: act.move, cause: why });
    const cause = {
      code: "revealed",
      mechanism: "direct",
      who: act.move.delegation,
      move: act.spec.id,
      round: act.move.round
    };
    if (act.move.target) cause.toward = act.move.target;
    applyImpulse(w, act, multipliers[act.d] ?? 1, cause);
    applyEffects(w, act, false, cause);
    settled = settled.map((c) => {
      if (c.status !== "standing" || c.round > act.move.round || c.terms.kind === "warning") return c;
      return pledgeBreaker(c, act, pledgeTarget(w, c)) ? breakCommitment(w, c, round, { move: act.spec.id }, act.move.round) : c;
    });
  }
  return { moves: all, commitments: releasePartners(w.events, settled, round) };
}
function detectCovert(w, moves, commitments, round) {
  const chance = w.scenario.params.covertDetection ?? 0;
  if (chance <= 0 || !moves.some((m) => m.covert && m.revealedRound === null))
    return { moves: [...moves], commitments: [...commitments] };
  const found = /* @__PURE__ */ new Set();
  for (const m of moves) {
    if (!m.covert || m.revealedRound !== null) continue;
    const draw = nextRandom(w.rng);
    w.rng = draw.rng;
    if (draw.value < chance) found.add(m);
  }
  return revealMoves(w, moves, commitments, (m) => found.has(m), round, { code: "detected", mechanism: "direct" });
}
function revealAtEnd(scenario, state) {
  if (!state.moves.some((m) => m.covert && m.revealedRound === null)) return { state, events: [] };
  const w = startWork(scenario, state);
  const revealed = revealMoves(w, state.moves, state.commitments, () => true, state.round, {
    code: "revealedAtEnd",
    mechanism: "direct"
  });
  return finish(w, state, revealed, false);
}

// shared/rules/model/history.ts
function movesInRounds(moves, from, to) {
  const out = [];
  for (let k = moves.length - 1; k >= 0; k--) {
    const m = moves[k];
    if (!m || m.round < from) break;
    if (m.round <= to) out.push(m);
  }
  return out;
}
function isVisible(move) {
  return !move.covert || move.revealedRound !== null;
}

// shared/rules/model/incidents.ts
function maybeIncident(w, band) {
  const spec = w.scenario.params.incidents;
  if (!spec) return;
  const chance = band >= BANDS.length - 1 ? spec.brink : band === BANDS.length - 2 ? spec.intenseCrisis : 0;
  if (chance <= 0) return;
  const draw = nextRandom(w.rng);
  w.rng = draw.rng;
  if (draw.value >= chance) return;
  const pick = nextRandom(w.rng);
  w.rng = pick.rng;
  const incident = INCIDENTS[Math.floor(pick.value * INCIDENTS.length)] ?? "borderClash";
  const cause = { code: "incident", mechanism: "incident", incident };
  const { n } = w.t;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (i !== j && (w.t.weight[i * n + j] ?? 0) >= 1) changeThreat(w, i, j, spec.threat, cause);
  for (let d = 0; d < n; d++) changeCredibility(w, d, -spec.credibility, cause);
}

// shared/rules/model/offers.ts
var ANSWER_WINDOW_ROUNDS = 2;
function walkOffers(moves, lastRound) {
  const offers = [];
  const sorted = [...moves].sort((a, b) => a.round - b.round);
  for (const move of sorted) {
    if (move.goldstein <= 0 || move.target === null) continue;
    const open = offers.find(
      (o) => o.status === "open" && o.offer.delegation === move.target && o.offer.target === move.delegation && move.round - o.offer.round <= ANSWER_WINDOW_ROUNDS
    );
    if (open) {
      open.status = "answered";
      open.answer = move;
      continue;
    }
    offers.push({ offer: move, answer: null, status: "open" });
  }
  for (const o of offers)
    if (o.status === "open" && lastRound - o.offer.round >= ANSWER_WINDOW_ROUNDS) o.status = "ignored";
  return offers;
}

// shared/rules/model/social.ts
function cooperationOf(n, acts) {
  const out = /* @__PURE__ */ new Set();
  for (const a of acts) if (a.target >= 0 && a.d >= 0 && isCooperative(a.spec)) out.add(a.d * n + a.target);
  return out;
}
function answerOffers(w, round, past, now) {
  const gold = (m) => w.t.moves.get(m.delegation)?.get(m.moveId)?.goldstein ?? 0;
  const moves = [...past.filter((m) => !m.covert), ...now.filter((a) => !a.move.covert).map((a) => a.move)].map(
    (m) => ({ ...m, goldstein: gold(m) })
  );
  const bonus = w.scenario.params.credibility.answeredBonus;
  for (const o of walkOffers(moves, round)) {
    if (o.status !== "answered" || o.answer?.round !== round) continue;
    const cause = {
      code: "answeredOffer",
      mechanism: "audience",
      who: o.offer.delegation,
      move: o.offer.moveId,
      round: o.offer.round,
      other: o.answer.delegation,
      otherMove: o.answer.moveId
    };
    w.events.push({
      type: "offerAnswered",
      round,
      offeredBy: o.offer.delegation,
      answeredBy: o.answer.delegation,
      cause
    });
    changeCredibility(w, w.t.index.get(o.offer.delegation) ?? -1, bonus, cause);
  }
}
function allied(w, d, ally) {
  return ally >= 0 && (w.t.spillTo[ally] ?? []).some(([i]) => i === d);
}
function audienceAtHome(w, acts) {
  const { ids } = w.t;
  const { cedingGround: cost, firmness = 0 } = w.scenario.params.credibility;
  for (const act of acts.now) {
    if (act.target < 0 || act.spec.goldstein === 0) continue;
    const hit = acts.prev.find(
      (p) => p.d === act.target && isHostile(p.spec) && (p.target === act.d || allied(w, act.d, p.target))
    );
    if (!hit) continue;
    const base = { who: ids[act.d] ?? "", move: act.spec.id, other: ids[act.target] ?? "", otherMove: hit.spec.id };
    if (isHostile(act.spec)) {
      if (firmness > 0) changeCredibility(w, act.d, firmness, { code: "stoodFirm", mechanism: "audience", ...base });
      continue;
    }
    const returned = acts.now.some((x) => x.d === act.target && x.target === act.d && isCooperative(x.spec));
    if (!returned && cost > 0)
      changeCredibility(w, act.d, -cost, { code: "cededGround", mechanism: "audience", ...base });
  }
}

// shared/rules/model/resolve.ts
function resolveRound(scenario, state) {
  const round = state.round;
  const w = startWork(scenario, state);
  const { n } = w.t;
  const resolved = state.pendingMoves.map((m) => m.covert ? m : { ...m, revealedRound: round });
  w.events.push({ type: "movesRevealed", round, moves: resolved });
  const now = withRepeats(actsOf(w.t, resolved), state.moves, scenario.params.repeatDecay ?? 1);
  const visibleNow = now.filter((a) => !a.move.covert);
  const past = movesInRounds(state.moves, round - 2, round - 1).filter(isVisible);
  const prev = actsOf(
    w.t,
    past.filter((m) => m.round === round - 1)
  );
  const multipliers = multipliersOf(w);
  applyImpulses(w, now, multipliers);
  const cooperation = cooperationOf(n, visibleNow);
  for (const key of cooperationOf(n, prev)) cooperation.add(key);
  applyReciprocity(w, cooperation);
  applyAgreements(w, state.commitments);
  applyArmsRace(w);
  applyLinear(w, state);
  applyWorldEffects(w, now, cooperation);
  let commitments = settleCommitments(w, state.commitments, round, now, prev);
  commitments = [...commitments, ...signAgreements(w, visibleNow, round)];
  answerOffers(w, round, state.moves, now);
  audienceAtHome(w, { now: visibleNow, prev });
  const detected = detectCovert(w, [...state.moves, ...resolved], commitments, round);
  maybeIncident(w, state.meters.band);
  return finish(w, state, { moves: detected.moves, pendingMoves: [], commitments: detected.commitments }, true);
}
function signAgreements(w, acts, round) {
  const out = [];
  for (const a of acts) {
    const partner = a.spec.requires?.delegation;
    if (!a.effective || !partner) continue;
    out.push({
      id: `agreement-${round}-${a.move.delegation}`,
      delegation: a.move.delegation,
      terms: { kind: "agreement", target: partner },
      round,
      status: "standing",
      settledRound: null
    });
  }
  for (const c of out) w.events.push({ type: "commitmentMade", commitment: c });
  return out;
}
function applyAgreements(w, commitments) {
  const relief = w.scenario.params.agreement?.relief ?? 0;
  if (relief === 0) return;
  for (const c of commitments) {
    if (c.status !== "standing" || c.terms.kind !== "agreement") continue;
    const i = w.t.index.get(c.delegation);
    const j = w.t.index.get(c.terms.target);
    if (i === void 0 || j === void 0) continue;
    const cause = { code: "agreementHolds", mechanism: "reciprocity", who: c.delegation, other: c.terms.target };
    changeThreat(w, i, j, -relief, cause);
  }
}
function finish(w, state, changes, recordHistory) {
  const { meters, enteredTopBand } = finishWork(w, state.meters);
  const crisis = enteredTopBand && !state.crisisHold;
  if (crisis) w.events.push({ type: "crisisHoldStarted", tension: meters.tension });
  const history = recordHistory ? [...state.history, meters] : state.history;
  return {
    state: { ...state, ...changes, meters, history, rng: w.rng, crisisHold: state.crisisHold || crisis },
    events: w.events
  };
}

// shared/rules/model/news.ts
function isDue(spec, state) {
  const { trigger } = spec;
  if (state.firedNews.includes(spec.id)) return false;
  if (trigger.kind === "scheduled") return trigger.round === state.round;
  if (trigger.kind === "injectable") return false;
  const value = trigger.meter === "tension" ? state.meters.tension : state.meters.world[trigger.meter];
  return trigger.op === "atLeast" ? value >= trigger.value : value <= trigger.value;
}
function dueNews(scenario, state) {
  let current = state;
  const events = [];
  for (const spec of scenario.news) {
    if (!isDue(spec, current)) continue;
    const step = publishNews(scenario, current, spec.id, spec.trigger.kind === "scheduled" ? "scheduled" : "threshold");
    current = step.state;
    events.push(...step.events);
  }
  return { state: current, events };
}
function publishNews(scenario, state, newsId, source) {
  const spec = scenario.news.find((n) => n.id === newsId);
  if (!spec) return { state, events: [] };
  const id = state.news.some((n) => n.id === spec.id) ? `${spec.id}-${state.round}-${state.news.length}` : spec.id;
  const item = { id, round: state.round, headline: spec.headline, body: spec.body, source };
  const w = startWork(scenario, state);
  w.events.push({ type: "newsPublished", news: item });
  const of = spec.revealsCovertOf ?? [];
  const revealed = of.length === 0 ? {} : revealMoves(w, state.moves, state.commitments, (m) => of.includes(m.delegation), state.round, {
    code: "revealedByNews",
    mechanism: "news",
    news: spec.id
  });
  const cause = { code: "news", mechanism: "news", news: spec.id };
  const effects = spec.effects ?? {};
  const nudge = effects.tension;
  if (nudge) {
    const { t } = w;
    const rivals = t.rivalWeightSum > 0;
    const delta = rivals ? nudge * t.weightSum / t.rivalWeightSum : nudge;
    for (let i = 0; i < t.n; i++)
      for (let j = 0; j < t.n; j++)
        if (i !== j && !(rivals && t.allied[i * t.n + j])) changeThreat(w, i, j, delta, cause);
  }
  for (const meter of WORLD_METERS) {
    const delta = effects[meter];
    if (delta) changeWorld(w, meter, delta, cause);
  }
  const fired = spec.trigger.kind === "injectable" || state.firedNews.includes(spec.id) ? state.firedNews : [...state.firedNews, spec.id];
  return finish(w, state, { news: [...state.news, item], firedNews: fired, ...revealed }, false);
}

// shared/rules/model/bot.ts
function botMove(scenario, state, delegation) {
  const fallback = { moveId: scenario.botDefaultMove[delegation] ?? "hold", target: null };
  const t = tablesOf(scenario);
  const last = state.round - 1;
  let received = null;
  for (const m of movesInRounds(state.moves, last, last)) {
    if (m.target !== delegation || !isVisible(m)) continue;
    const spec = t.moves.get(m.delegation)?.get(m.moveId);
    if (!spec || spec.goldstein === 0) continue;
    if (!received || rank(spec) < rank(received.spec) || rank(spec) === rank(received.spec) && earlier(t.index, m.delegation, received.from)) {
      received = { from: m.delegation, spec };
    }
  }
  if (!received) return fallback;
  const from = received.from;
  const wanted = received.spec.goldstein;
  let best = null;
  for (const spec of t.moves.get(delegation)?.values() ?? []) {
    if (spec.visibility !== "public" || spec.requires || Math.sign(spec.goldstein) !== Math.sign(wanted)) continue;
    const aimable = spec.target.kind === "choose" || spec.target.kind === "fixed" && spec.target.delegation === from;
    if (!aimable) continue;
    if (!best || Math.abs(spec.goldstein - wanted) < Math.abs(best.goldstein - wanted)) best = spec;
  }
  return best ? { moveId: best.id, target: from } : fallback;
}
function rank(spec) {
  return spec.goldstein < 0 ? spec.goldstein - 100 : -spec.goldstein;
}
function earlier(index, a, b) {
  return (index.get(a) ?? 0) < (index.get(b) ?? 0);
}

// shared/rules/model/scores.ts
function objectiveValue(objective, meters, delegation) {
  const m = objective.meter;
  switch (m.kind) {
    case "tension":
      return meters.tension;
    case "world":
      return meters.world[m.meter];
    case "talks":
      return meters.talks;
    case "credibility":
      return meters.credibility[delegation] ?? 0;
    case "threat":
      return meters.threat[m.from]?.[m.to] ?? 0;
  }
}
function objectiveMet(objective, meters, delegation) {
  const value = objectiveValue(objective, meters, delegation);
  return objective.op === "atMost" ? value <= objective.threshold : value >= objective.threshold;
}
function finalScores(scenario, state) {
  const scores = {};
  for (const d of scenario.delegations) {
    scores[d.id] = d.objectives.reduce((sum, o) => sum + (objectiveMet(o, state.meters, d.id) ? o.points : 0), 0);
  }
  return scores;
}

// shared/rules/phases.ts
function runningClock(state, phase, at) {
  return { endsAt: at + state.settings.phaseSeconds[phase] * 1e3, remainingMs: null, paused: false };
}
var STOPPED = { endsAt: null, remainingMs: null, paused: false };
function enter(state, phase, round, at) {
  const clock = runningClock(state, phase, at);
  return {
    state: { ...state, phase, round, clock },
    events: [{ type: "phaseChanged", phase, round, endsAt: clock.endsAt }]
  };
}
function chain(first, next) {
  const second = next(first.state);
  return { state: second.state, events: [...first.events, ...second.events] };
}
function advance(scenario, state, at) {
  switch (state.phase) {
    case "lobby":
      return enter(state, "briefing", 0, at);
    case "briefing":
      return startRound(scenario, state, at);
    case "news":
      return enter(state, "deliberation", state.round, at);
    case "deliberation":
      return enter(state, "decision", state.round, at);
    case "decision":
      return chain(
        lockMoves(scenario, state),
        (s) => chain(enter(s, "resolution", s.round, at), (r) => resolveRound(scenario, r))
      );
    case "resolution":
      return state.settings.reflection ? enter(state, "reflection", state.round, at) : nextRoundOrEnd(scenario, state, at);
    case "reflection":
      return chain(openPersonalDeadlines(state, at), (s) => nextRoundOrEnd(scenario, s, at));
    case "ended":
      return { state, events: [] };
  }
}
function nextRoundOrEnd(scenario, state, at) {
  return state.round < state.settings.rounds ? startRound(scenario, state, at) : endSession(scenario, state);
}
function startRound(scenario, state, at) {
  return chain(enter(state, "news", state.round + 1, at), (s) => dueNews(scenario, s));
}
function winningProposal(proposals, round, delegation) {
  let best = null;
  for (const p of proposals) {
    if (p.round !== round || p.delegation !== delegation) continue;
    if (best === null || p.approvals.length > best.approvals.length) best = p;
  }
  return best;
}
function lockMoves(scenario, state) {
  const counts = seatCounts(scenario, state);
  const pending = [];
  for (const { id: delegation } of scenario.delegations) {
    const chosen = (counts[delegation] ?? 0) > 0 ? teamChoice(state, delegation) : botChoice(scenario, state, delegation);
    const spec = findMove(scenario, delegation, chosen.moveId) ?? findMove(scenario, delegation, HOLD_MOVE_ID);
    pending.push({
      round: state.round,
      delegation,
      moveId: spec?.id ?? HOLD_MOVE_ID,
      target: spec?.id === chosen.moveId ? chosen.target : null,
      proposalId: chosen.proposalId,
      byBot: chosen.byBot,
      covert: spec?.visibility === "covert",
      revealedRound: null
    });
  }
  return {
    state: { ...state, pendingMoves: pending },
    events: pending.map((move) => ({ type: "moveLocked", move }))
  };
}
function teamChoice(state, delegation) {
  const win = winningProposal(state.proposals, state.round, delegation);
  return win ? { moveId: win.moveId, target: win.target, proposalId: win.id, byBot: false } : { moveId: HOLD_MOVE_ID, target: null, proposalId: null, byBot: false };
}
function botChoice(scenario, state, delegation) {
  const bot = botMove(scenario, state, delegation);
  const spec = findMove(scenario, delegation, bot.moveId);
  let target = null;
  if (spec?.target.kind === "fixed") target = spec.target.delegation;
  else if (spec?.target.kind === "choose") {
    target = bot.target !== delegation && scenario.delegations.some((d) => d.id === bot.target) ? bot.target : null;
    if (target === null) return { moveId: HOLD_MOVE_ID, target: null, proposalId: null, byBot: true };
  }
  return { moveId: bot.moveId, target, proposalId: null, byBot: true };
}
function endSession(scenario, state) {
  const revealed = revealAtEnd(scenario, state);
  const settled = keepStandingCommitments(scenario, revealed.state);
  const events = [...revealed.events, ...settled.events];
  const ended = { ...settled.state, pendingMoves: [], phase: "ended", clock: STOPPED };
  const scores = finalScores(scenario, ended);
  events.push({ type: "phaseChanged", phase: "ended", round: state.round, endsAt: null });
  events.push({ type: "sessionEnded", scores });
  return { state: { ...ended, scores }, events };
}
function reflectionPrompt(scenario, round) {
  const prompts = scenario.reflectionPrompts ?? [];
  return prompts.length === 0 ? "" : prompts[(Math.max(1, round) - 1) % prompts.length] ?? "";
}

// shared/rules/flow.ts
var startSession = (scenario, state, cmd) => {
  if (state.phase !== "lobby") return { error: "rule/session-started" };
  return advance(scenario, state, cmd.at);
};
var phaseTimeUp = (scenario, state, cmd) => {
  if (cmd.phase !== state.phase || cmd.round !== state.round) return { error: "rule/stale-timer" };
  if (state.phase === "lobby") return { error: "rule/wrong-phase" };
  if (state.crisisHold) return { error: "rule/crisis-hold" };
  if (state.clock.paused) return { error: "rule/paused" };
  return advance(scenario, state, cmd.at);
};
var skipPhase = (scenario, state, cmd) => {
  if (state.phase === "lobby") return { error: "rule/wrong-phase", detail: "Start the session instead." };
  if (state.crisisHold) return { error: "rule/crisis-hold" };
  return advance(scenario, state, cmd.at);
};
var pauseClock = (_scenario, state, cmd) => {
  if (state.crisisHold) return { error: "rule/crisis-hold" };
  if (state.clock.paused) return { error: "rule/already-paused" };
  if (state.clock.endsAt === null) return { error: "rule/wrong-phase" };
  const remainingMs = Math.max(0, state.clock.endsAt - cmd.at);
  return {
    state: { ...state, clock: { endsAt: null, remainingMs, paused: true } },
    events: [{ type: "clockPaused", remainingMs }]
  };
};
var resumeClock = (_scenario, state, cmd) => {
  if (state.crisisHold) return { error: "rule/crisis-hold" };
  if (!state.clock.paused) return { error: "rule/not-paused" };
  const endsAt = cmd.at + (state.clock.remainingMs ?? 0);
  return {
    state: { ...state, clock: { endsAt, remainingMs: null, paused: false } },
    events: [{ type: "clockResumed", endsAt }]
  };
};
var extendPhase = (_scenario, state, cmd) => {
  if (!Number.isInteger(cmd.seconds) || cmd.seconds < 1 || cmd.seconds > LIMITS.extendSecondsMax) {
    return { error: "rule/extend-invalid" };
  }
  const ms = cmd.seconds * 1e3;
  const { clock } = state;
  if (!clock.paused && clock.endsAt === null) return { error: "rule/wrong-phase" };
  const extended = clock.paused ? { ...clock, remainingMs: (clock.remainingMs ?? 0) + ms } : { ...clock, endsAt: (clock.endsAt ?? 0) + ms };
  return {
    state: { ...state, clock: extended },
    events: [
      { type: "phaseExtended", endsAt: extended.endsAt, remainingMs: extended.remainingMs, seconds: cmd.seconds }
    ]
  };
};
var injectNews = (scenario, state, cmd) => {
  if (state.phase === "lobby") return { error: "rule/wrong-phase" };
  if (cmd.newsId !== void 0) {
    if (!scenario.news.some((n) => n.id === cmd.newsId)) return { error: "rule/news-unknown" };
    return publishNews(scenario, state, cmd.newsId, "teacher");
  }
  const headline = checkText(cmd.headline ?? "", LIMITS.headlineMax);
  if ("error" in headline) return headline;
  const body = (cmd.body ?? "").trim();
  if (body.length > LIMITS.newsBodyMax) return { error: "rule/text-too-long" };
  const news = {
    id: teacherNewsId(state),
    round: state.round,
    headline: headline.text,
    body,
    source: "teacher"
  };
  return { state: { ...state, news: append(state.news, news) }, events: [{ type: "newsPublished", news }] };
};
var resolveCrisisHold = (scenario, state, cmd) => {
  if (!state.crisisHold) return { error: "rule/no-crisis-hold" };
  return leaveCrisisHold(scenario, state, cmd.outcome, cmd.at);
};
function leaveCrisisHold(scenario, state, outcome, at) {
  const released = { ...state, crisisHold: false, holdPausedClock: false };
  const ended = { type: "crisisHoldEnded", outcome };
  if (outcome === "end") {
    const step = endSession(scenario, released);
    return { state: step.state, events: [ended, ...step.events] };
  }
  if (!released.clock.paused || !state.holdPausedClock) return { state: released, events: [ended] };
  const endsAt = at + (released.clock.remainingMs ?? 0);
  return {
    state: { ...released, clock: { endsAt, remainingMs: null, paused: false } },
    events: [ended, { type: "clockResumed", endsAt }]
  };
}
var endSessionCommand = (scenario, state, cmd) => {
  if (state.crisisHold) return leaveCrisisHold(scenario, state, "end", cmd.at);
  const open = openPersonalDeadlines(state, cmd.at);
  const ended = endSession(scenario, open.state);
  return { state: ended.state, events: [...open.events, ...ended.events] };
};

// shared/rules/pairs.ts
function pairKey(a, b) {
  return `${a}|${b}`;
}
function pairsOf(scenario, threat) {
  const pairs = {};
  const ids = scenario.delegations.map((d) => d.id);
  ids.forEach((a, index) => {
    for (const b of ids.slice(index + 1)) {
      pairs[pairKey(a, b)] = Math.max(threat[a]?.[b] ?? 0, threat[b]?.[a] ?? 0);
    }
  });
  return pairs;
}
function changedPairs(prev, next) {
  const changed = {};
  for (const [key, value] of Object.entries(next)) if (prev[key] !== value) changed[key] = value;
  return changed;
}

// shared/rules/people.ts
var joinSeat = (scenario, state, cmd) => {
  if (state.seats[cmd.seatId]) return { error: "rule/seat-exists" };
  if (state.joinsLocked && cmd.by.kind !== "host") return { error: "rule/joins-locked" };
  if (activeSeats(state).length >= LIMITS.seatsMax) return { error: "rule/session-full" };
  const name = normalizeName(cmd.name);
  const nameError = checkName(state, name, null);
  if (nameError) return { error: nameError };
  if (cmd.delegation !== void 0 && !isDelegation(scenario, cmd.delegation))
    return { error: "rule/delegation-unknown" };
  const seat = {
    id: cmd.seatId,
    name,
    delegation: cmd.delegation ?? balancedDelegation(scenario, state),
    removed: false
  };
  return { state: { ...state, seats: { ...state.seats, [seat.id]: seat } }, events: [{ type: "seatJoined", seat }] };
};
var renameSeat = (_scenario, state, cmd) => {
  const found = actingSeat(state, cmd.seatId);
  if ("error" in found) return found;
  const name = normalizeName(cmd.name);
  const nameError = checkName(state, name, cmd.seatId);
  if (nameError) return { error: nameError };
  const seat = { ...found.seat, name };
  return {
    state: { ...state, seats: { ...state.seats, [seat.id]: seat } },
    events: [{ type: "seatRenamed", seatId: seat.id, name }]
  };
};
var removeSeat = (_scenario, state, cmd) => {
  const found = actingSeat(state, cmd.seatId);
  if ("error" in found) return found;
  const seat = { ...found.seat, removed: true };
  const seated = { ...state, seats: { ...state.seats, [seat.id]: seat } };
  const stripped = withoutLiveApprovals(seated, found.seat);
  return {
    state: stripped.state,
    events: [{ type: "seatRemoved", seatId: seat.id, delegation: seat.delegation }, ...stripped.events]
  };
};
var reassignSeat = (scenario, state, cmd) => {
  const found = actingSeat(state, cmd.seatId);
  if ("error" in found) return found;
  if (!isDelegation(scenario, cmd.delegation)) return { error: "rule/delegation-unknown" };
  if (found.seat.delegation === cmd.delegation) return { error: "rule/same-delegation" };
  const seat = { ...found.seat, delegation: cmd.delegation };
  const seated = { ...state, seats: { ...state.seats, [seat.id]: seat } };
  const stripped = withoutLiveApprovals(seated, found.seat);
  return {
    state: stripped.state,
    events: [
      ...stripped.events,
      { type: "seatReassigned", seatId: seat.id, from: found.seat.delegation, to: cmd.delegation }
    ]
  };
};
function withoutLiveApprovals(state, seat) {
  if (state.phase !== "deliberation" && state.phase !== "decision") return { state, events: [] };
  const events = [];
  const proposals = state.proposals.map((p) => {
    if (p.round !== state.round || p.delegation !== seat.delegation || !p.approvals.includes(seat.id)) return p;
    const approvals = p.approvals.filter((id) => id !== seat.id);
    events.push({ type: "approvalChanged", proposalId: p.id, delegation: p.delegation, approvals });
    return { ...p, approvals };
  });
  return { state: events.length > 0 ? { ...state, proposals } : state, events };
}
var lockJoins = (_scenario, state, cmd) => ({
  state: { ...state, joinsLocked: cmd.locked },
  events: [{ type: "joinsLocked", locked: cmd.locked }]
});

// shared/rules/students.ts
var STUDENT_PHASES = {
  sendTeamMessage: ["briefing", "news", "deliberation", "decision", "resolution", "reflection"],
  sendDiplomaticMessage: ["deliberation", "decision"],
  makeStatement: ["deliberation", "decision"],
  proposeMove: ["deliberation", "decision"],
  approveProposal: ["deliberation", "decision"],
  withdrawApproval: ["deliberation", "decision"],
  submitReflection: ["reflection"]
};
function studentCommand(scenario, state, cmd) {
  if (cmd.by.kind !== "seat") return { error: "rule/not-allowed" };
  const found = actingSeat(state, cmd.by.seatId);
  if ("error" in found) return found;
  if (cmd.type === "submitReflection") {
    const lateRound = lateReflectionRound(state, found.seat.id, cmd.at);
    if (lateRound !== null) return submitReflection(scenario, state, found.seat, cmd.text, lateRound);
  }
  if (state.crisisHold) return { error: "rule/crisis-hold" };
  if (state.clock.paused) return { error: "rule/paused" };
  if (!STUDENT_PHASES[cmd.type].includes(state.phase)) return { error: "rule/wrong-phase" };
  const seat = found.seat;
  switch (cmd.type) {
    case "sendTeamMessage":
      return sendMessage(state, seat, cmd.at, cmd.text, "team", null, null);
    case "sendDiplomaticMessage":
      if (!isDelegation(scenario, cmd.to)) return { error: "rule/delegation-unknown" };
      if (cmd.to === seat.delegation) return { error: "rule/recipient-invalid" };
      return sendMessage(state, seat, cmd.at, cmd.text, "diplomatic", cmd.to, null);
    case "makeStatement":
      if (cmd.commitment !== null && !validCommitment(scenario, seat, cmd.commitment))
        return { error: "rule/commitment-invalid" };
      return sendMessage(state, seat, cmd.at, cmd.text, "public", null, cmd.commitment);
    case "proposeMove":
      return proposeMove(scenario, state, seat, cmd);
    case "approveProposal":
      return changeApproval(state, seat, cmd.proposalId, true);
    case "withdrawApproval":
      return changeApproval(state, seat, cmd.proposalId, false);
    case "submitReflection":
      return submitReflection(scenario, state, seat, cmd.text, state.round);
  }
}
function validCommitment(scenario, seat, terms) {
  if (terms.kind === "pledge" && terms.target === null) return true;
  const target = terms.target;
  return typeof target === "string" && target !== seat.delegation && isDelegation(scenario, target);
}
function sendMessage(state, seat, at, raw, channel, to, commitment) {
  const checked = checkText(raw, LIMITS.messageMax);
  if ("error" in checked) return checked;
  const message = {
    id: messageId(state, channel, seat.delegation, to),
    round: state.round,
    channel,
    seatId: seat.id,
    from: seat.delegation,
    to,
    text: checked.text,
    commitment,
    at
  };
  const events = [{ type: "messageSent", message }];
  let next = { ...state, messages: append(state.messages, message) };
  if (commitment !== null) {
    const made = {
      id: message.id,
      delegation: seat.delegation,
      terms: commitment,
      round: state.round,
      status: "standing",
      settledRound: null
    };
    next = { ...next, commitments: append(next.commitments, made) };
    events.push({ type: "commitmentMade", commitment: made });
  }
  return { state: next, events };
}
function proposeMove(scenario, state, seat, cmd) {
  const move = findMove(scenario, seat.delegation, cmd.moveId);
  if (!move) return { error: "rule/move-unknown" };
  const target = resolveTarget(scenario, seat.delegation, move, cmd.target);
  if (!target.ok) return { error: target.error };
  const rationale = checkText(cmd.rationale, LIMITS.rationaleMax);
  if ("error" in rationale) return rationale;
  const proposal = {
    id: proposalId(state, seat.delegation),
    round: state.round,
    delegation: seat.delegation,
    seatId: seat.id,
    moveId: move.id,
    target: target.target,
    rationale: rationale.text,
    approvals: []
  };
  return {
    state: { ...state, proposals: append(state.proposals, proposal) },
    events: [{ type: "moveProposed", proposal }]
  };
}
function changeApproval(state, seat, proposalId2, approve) {
  const index = state.proposals.findIndex(
    (p) => p.id === proposalId2 && p.round === state.round && p.delegation === seat.delegation
  );
  const proposal = state.proposals[index];
  if (!proposal) return { error: "rule/proposal-unknown" };
  const has = proposal.approvals.includes(seat.id);
  if (approve && has) return { error: "rule/already-approved" };
  if (!approve && !has) return { error: "rule/not-approved" };
  const approvals = approve ? [...proposal.approvals, seat.id] : proposal.approvals.filter((id) => id !== seat.id);
  const proposals = state.proposals.slice();
  proposals[index] = { ...proposal, approvals };
  return {
    state: { ...state, proposals },
    events: [{ type: "approvalChanged", proposalId: proposalId2, delegation: proposal.delegation, approvals }]
  };
}
function submitReflection(scenario, state, seat, raw, round) {
  if (state.reflections.some((r) => r.round === round && r.seatId === seat.id))
    return { error: "rule/already-reflected" };
  const checked = checkText(raw, LIMITS.reflectionMax);
  if ("error" in checked) return checked;
  const reflection = {
    round,
    seatId: seat.id,
    delegation: seat.delegation,
    prompt: reflectionPrompt(scenario, round),
    text: checked.text
  };
  const closed = closePersonalDeadline(state, seat.id, round);
  return {
    state: { ...closed, reflections: append(closed.reflections, reflection) },
    events: [{ type: "reflectionSubmitted", reflection }]
  };
}

// shared/rules/apply.ts
var SENDERS = {
  joinSeat: ["system", "host"],
  renameSeat: ["host"],
  // The server releases a seat whose join never completed (its token never reached anyone).
  removeSeat: ["host", "system"],
  reassignSeat: ["host"],
  setExtraTime: ["host"],
  lockJoins: ["host"],
  startSession: ["host"],
  phaseTimeUp: ["system"],
  skipPhase: ["host"],
  // The server pauses an overdue session it rebuilt after a restart, so the class does not lose a phase.
  pauseClock: ["host", "system"],
  resumeClock: ["host"],
  extendPhase: ["host"],
  injectNews: ["host"],
  resolveCrisisHold: ["host"],
  endSession: ["host"],
  sendTeamMessage: ["seat"],
  sendDiplomaticMessage: ["seat"],
  makeStatement: ["seat"],
  proposeMove: ["seat"],
  approveProposal: ["seat"],
  withdrawApproval: ["seat"],
  submitReflection: ["seat"]
};
function applyCommand(scenario, state, command) {
  const senders = SENDERS[command?.type];
  if (!senders || typeof command.by?.kind !== "string") return refuse(state, { error: "protocol/invalid" });
  if (!senders.includes(command.by.kind)) return refuse(state, { error: "rule/not-allowed" });
  if (state.phase === "ended" && !lateReflection(state, command)) return refuse(state, { error: "rule/session-ended" });
  const next = { ...state, seq: state.seq + 1 };
  const outcome = dispatch(scenario, next, command);
  if ("error" in outcome) return refuse(state, outcome);
  return { ok: true, ...withDerivedEvents(scenario, state, outcome, command.at) };
}
function lateReflection(state, command) {
  return command.type === "submitReflection" && command.by.kind === "seat" && lateReflectionRound(state, command.by.seatId, command.at) !== null;
}
function refuse(state, refusal) {
  return refusal.detail === void 0 ? { ok: false, state, error: refusal.error } : { ok: false, state, error: refusal.error, detail: refusal.detail };
}
function dispatch(scenario, state, command) {
  switch (command.type) {
    case "joinSeat":
      return joinSeat(scenario, state, command);
    case "renameSeat":
      return renameSeat(scenario, state, command);
    case "removeSeat":
      return removeSeat(scenario, state, command);
    case "reassignSeat":
      return reassignSeat(scenario, state, command);
    case "lockJoins":
      return lockJoins(scenario, state, command);
    case "setExtraTime":
      return setExtraTime(scenario, state, command);
    case "startSession":
      return startSession(scenario, state, command);
    case "phaseTimeUp":
      return phaseTimeUp(scenario, state, command);
    case "skipPhase":
      return skipPhase(scenario, state, command);
    case "pauseClock":
      return pauseClock(scenario, state, command);
    case "resumeClock":
      return resumeClock(scenario, state, command);
    case "extendPhase":
      return extendPhase(scenario, state, command);
    case "injectNews":
      return injectNews(scenario, state, command);
    case "resolveCrisisHold":
      return resolveCrisisHold(scenario, state, command);
    case "endSession":
      return endSessionCommand(scenario, state, command);
    default:
      return studentCommand(scenario, state, command);
  }
}
function withDerivedEvents(scenario, before, step, at) {
  const crisisStarted = !before.crisisHold && step.state.crisisHold && !step.state.clock.paused && step.state.clock.endsAt !== null;
  const threatChanged = step.state.meters.threat !== before.meters.threat;
  const historyGrew = step.state.history.length > before.history.length;
  if (!crisisStarted && !threatChanged && !historyGrew) return step;
  let { state } = step;
  const events = step.events.slice();
  if (crisisStarted && state.clock.endsAt !== null) {
    const remainingMs = Math.max(0, state.clock.endsAt - at);
    state = { ...state, clock: { endsAt: null, remainingMs, paused: true }, holdPausedClock: true };
    events.push({ type: "clockPaused", remainingMs });
  }
  if (threatChanged) {
    const pairs = changedPairs(pairsOf(scenario, before.meters.threat), pairsOf(scenario, state.meters.threat));
    if (Object.keys(pairs).length > 0) events.push({ type: "pairsChanged", pairs });
  }
  if (historyGrew)
    for (const meters of state.history.slice(before.history.length)) events.push({ type: "historyRecorded", meters });
  return { state, events };
}

// shared/rules/setup.ts
function createInitialState(setup) {
  const { scenario, settings } = setup;
  const meters = initialMeters(scenario);
  return {
    rulesVersion: RULES_VERSION,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seq: 0,
    rng: setup.seed >>> 0,
    settings: structuredCopy(settings),
    phase: "lobby",
    round: 0,
    clock: { endsAt: null, remainingMs: null, paused: false },
    joinsLocked: false,
    crisisHold: false,
    holdPausedClock: false,
    seats: {},
    proposals: [],
    pendingMoves: [],
    moves: [],
    messages: [],
    commitments: [],
    news: [],
    firedNews: [],
    reflections: [],
    extraTime: {},
    personalDeadlines: [],
    meters,
    history: [meters],
    scores: null
  };
}
function initialMeters(scenario) {
  const ids = scenario.delegations.map((d) => d.id);
  const threat = {};
  for (const i of ids) {
    const row = {};
    for (const j of ids) {
      if (i === j) continue;
      const value = scenario.initial.threat[i]?.[j] ?? scenario.params.baseline[i]?.[j] ?? 0;
      row[j] = value;
    }
    threat[i] = row;
  }
  const { tension, band } = initialTension(scenario, threat);
  return {
    tension,
    band,
    threat,
    world: { ...scenario.initial.world },
    talks: scenario.initial.talks,
    credibility: Object.fromEntries(ids.map((id) => [id, scenario.initial.credibility[id] ?? 50]))
  };
}
function structuredCopy(settings) {
  return { ...settings, phaseSeconds: { ...settings.phaseSeconds } };
}

// shared/rules/views.ts
function scopeOf(state, viewer) {
  if (viewer.kind === "host") return { kind: "host" };
  if (viewer.kind === "projector") return { kind: "public" };
  const seat = state.seats[viewer.seatId];
  return seat && !seat.removed ? { kind: "seat", seatId: seat.id, delegation: seat.delegation } : { kind: "public" };
}
function canSeeMove(scope, move) {
  if (scope.kind === "host") return true;
  if (scope.kind === "seat" && scope.delegation === move.delegation) return true;
  return !move.covert || move.revealedRound !== null;
}
function moveAsSeen(scope, move) {
  if (!canSeeMove(scope, move))
    return { ...move, moveId: HOLD_MOVE_ID, target: null, proposalId: null, covert: false, revealedRound: move.round };
  const own = scope.kind === "host" || scope.kind === "seat" && scope.delegation === move.delegation;
  return own || move.proposalId === null ? move : { ...move, proposalId: null };
}
function canSeeMessage(scope, message) {
  if (scope.kind === "host" || message.channel === "public") return true;
  if (scope.kind !== "seat") return false;
  return message.from === scope.delegation || message.channel === "diplomatic" && message.to === scope.delegation;
}
function metersFor(scope, meters) {
  if (scope.kind === "host") return meters;
  const threat = {};
  if (scope.kind === "seat") {
    const row = meters.threat[scope.delegation];
    if (row) threat[scope.delegation] = row;
  }
  return { ...meters, threat };
}
function sortMoves(scenario, moves) {
  const order = new Map(scenario.delegations.map((d, index) => [d.id, index]));
  return [...moves].sort(
    (a, b) => a.round - b.round || (order.get(a.delegation) ?? 0) - (order.get(b.delegation) ?? 0)
  );
}
function sortSeats(seats) {
  return [...seats].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function viewFor(scenario, state, viewer) {
  const scope = scopeOf(state, viewer);
  const host = scope.kind === "host";
  const own = scope.kind === "seat" ? scope.delegation : null;
  const seat = scope.kind === "seat" ? state.seats[scope.seatId] : void 0;
  return {
    viewer,
    scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion,
    // The transcript's count of every command: the teacher's alone (anyone else could count hidden actions with it).
    ...host ? { seq: state.seq } : {},
    phase: state.phase,
    round: state.round,
    rounds: host ? state.settings.rounds : null,
    clock: state.clock,
    joinsLocked: state.joinsLocked,
    crisisHold: state.crisisHold,
    seats: scope.kind === "public" ? [] : sortSeats(activeSeats(state).map((s) => ({ id: s.id, name: s.name, delegation: s.delegation }))),
    seatCounts: seatCounts(scenario, state),
    you: seat ? { seatId: seat.id, name: seat.name, delegation: seat.delegation } : null,
    privateOf: host ? scenario.delegations.map((d) => d.id) : own ? [own] : [],
    meters: metersFor(scope, state.meters),
    pairs: pairsOf(scenario, state.meters.threat),
    history: state.history.map((m) => metersFor(scope, m)),
    proposals: state.proposals.filter((p) => host || p.delegation === own),
    pendingMoves: state.pendingMoves.filter((m) => host || m.delegation === own),
    moves: sortMoves(
      scenario,
      state.moves.map((m) => moveAsSeen(scope, m))
    ),
    messages: state.messages.filter((m) => canSeeMessage(scope, m)),
    commitments: state.commitments,
    news: state.news,
    reflections: state.reflections.filter((r) => host || scope.kind === "seat" && r.seatId === scope.seatId),
    reflectionPrompt: state.phase === "reflection" ? reflectionPrompt(scenario, state.round) : null,
    scores: state.scores,
    extraTime: extraTimeFor(scope, state),
    personalDeadlines: state.personalDeadlines.filter((d) => host || d.seatId === seat?.id)
  };
}
function extraTimeFor(scope, state) {
  const out = {};
  for (const [seatId, percent] of Object.entries(state.extraTime)) {
    if (scope.kind === "public" || scope.kind === "seat" && scope.seatId !== seatId) continue;
    out[seatId] = { percent, reflectionMs: extraReflectionMs(state, percent) };
  }
  return out;
}
function scenarioFor(scenario, viewer, state) {
  const scope = scopeOf(state, viewer);
  const readable = (id) => scope.kind === "host" || scope.kind === "seat" && scope.delegation === id;
  return {
    id: scenario.id,
    version: scenario.version,
    title: scenario.title,
    summary: scenario.summary,
    delegations: scenario.delegations.map((d) => ({
      ...d,
      privateBrief: readable(d.id) ? d.privateBrief : null,
      objectives: readable(d.id) ? d.objectives : null
    })),
    moves: Object.fromEntries(scenario.delegations.map((d) => [d.id, movesOf(scenario, d.id)])),
    injectableNews: scope.kind === "host" ? scenario.news.filter((n) => n.trigger.kind === "injectable").map((n) => ({ id: n.id, headline: n.headline })) : [],
    reflectionPrompts: scenario.reflectionPrompts,
    bandThresholds: [...scenario.params.bandThresholds]
  };
}
var ALL = { kind: "all" };
var STUDENTS = { kind: "students" };
var team = (delegation) => ({ kind: "delegations", delegations: [delegation] });
var POLICY = {
  // Roster changes go to all so the projector can count; it gets no names.
  seatJoined: {
    audience: () => ALL,
    fields: { seat: (seat, reader) => reader.kind === "public" ? { ...seat, name: "" } : seat }
  },
  seatRenamed: { audience: () => STUDENTS, fields: { seatId: "keep", name: "keep" } },
  seatRemoved: { audience: () => ALL, fields: { seatId: "keep", delegation: "keep" } },
  seatReassigned: { audience: () => ALL, fields: { seatId: "keep", from: "keep", to: "keep" } },
  joinsLocked: { audience: () => ALL, fields: { locked: "keep" } },
  // Accommodations are the student's and the teacher's business only: never teammates, never the projector.
  extraTimeSet: {
    audience: (e) => ({ kind: "seat", seatId: e.seatId }),
    fields: { seatId: "keep", percent: "keep", reflectionMs: "keep" }
  },
  personalDeadlineSet: { audience: (e) => ({ kind: "seat", seatId: e.deadline.seatId }), fields: { deadline: "keep" } },
  phaseChanged: { audience: () => ALL, fields: { phase: "keep", round: "keep", endsAt: "keep" } },
  clockPaused: { audience: () => ALL, fields: { remainingMs: "keep" } },
  clockResumed: { audience: () => ALL, fields: { endsAt: "keep" } },
  phaseExtended: { audience: () => ALL, fields: { endsAt: "keep", remainingMs: "keep", seconds: "keep" } },
  newsPublished: { audience: () => ALL, fields: { news: "keep" } },
  messageSent: {
    audience: ({ message: m }) => {
      if (m.channel === "public") return ALL;
      if (m.channel === "team") return team(m.from);
      return { kind: "delegations", delegations: m.to === null ? [m.from] : [m.from, m.to] };
    },
    fields: { message: "keep" }
  },
  commitmentMade: { audience: () => ALL, fields: { commitment: "keep" } },
  commitmentSettled: { audience: () => ALL, fields: { commitment: "keep", cause: "keep" } },
  moveProposed: { audience: (e) => team(e.proposal.delegation), fields: { proposal: "keep" } },
  approvalChanged: {
    audience: (e) => team(e.delegation),
    fields: { proposalId: "keep", delegation: "keep", approvals: "keep" }
  },
  moveLocked: { audience: (e) => team(e.move.delegation), fields: { move: "keep" } },
  movesRevealed: {
    audience: () => ALL,
    fields: { round: "keep", moves: (moves, reader) => moves.map((m) => moveAsSeen(reader, m)) }
  },
  covertRevealed: { audience: () => ALL, fields: { move: (move, reader) => moveAsSeen(reader, move), cause: "keep" } },
  meterChanged: {
    audience: (e) => e.meter.kind === "threat" ? team(e.meter.from) : ALL,
    fields: { meter: "keep", from: "keep", to: "keep", cause: "keep" }
  },
  bandChanged: { audience: () => ALL, fields: { from: "keep", to: "keep" } },
  pairsChanged: { audience: () => ALL, fields: { pairs: "keep" } },
  historyRecorded: { audience: () => ALL, fields: { meters: (meters, reader) => metersFor(reader, meters) } },
  offerAnswered: {
    audience: () => ALL,
    fields: { round: "keep", offeredBy: "keep", answeredBy: "keep", cause: "keep" }
  },
  crisisHoldStarted: { audience: () => ALL, fields: { tension: "keep" } },
  crisisHoldEnded: { audience: () => ALL, fields: { outcome: "keep" } },
  reflectionSubmitted: {
    audience: (e) => ({ kind: "seat", seatId: e.reflection.seatId }),
    fields: { reflection: "keep" }
  },
  sessionEnded: { audience: () => ALL, fields: { scores: "keep" } }
};
function policyOf(type) {
  return Object.hasOwn(POLICY, type) ? POLICY[type] : void 0;
}
function eventAudience(_state, event) {
  const policy = policyOf(event.type);
  return policy ? policy.audience(event) : { kind: "host" };
}
function canSee(state, viewer, audience) {
  const scope = scopeOf(state, viewer);
  if (scope.kind === "host") return true;
  if (audience.kind === "all") return true;
  if (scope.kind !== "seat") return false;
  switch (audience.kind) {
    case "students":
      return true;
    case "delegations":
      return audience.delegations.includes(scope.delegation);
    case "seat":
      return audience.seatId === scope.seatId;
    case "host":
      return false;
  }
}
function needsSnapshot(viewer, events) {
  if (viewer.kind !== "seat") return false;
  return events.some(
    (e) => e.type === "seatJoined" && e.seat.id === viewer.seatId || e.type === "seatReassigned" && e.seatId === viewer.seatId
  );
}
function redactEvents(state, viewer, events) {
  const scope = scopeOf(state, viewer);
  const out = [];
  for (const event of events) {
    if (!canSee(state, viewer, eventAudience(state, event))) continue;
    out.push(trimEvent(scope, event));
  }
  return out;
}
function trimEvent(scope, event) {
  if (scope.kind === "host") return event;
  const policy = policyOf(event.type);
  if (!policy) return event;
  const fields = policy.fields;
  const source = event;
  let trimmed = false;
  const out = { type: event.type };
  for (const [name, rule] of Object.entries(fields)) {
    if (!(name in source)) continue;
    const value = source[name];
    const sent = rule === "keep" ? value : rule(value, scope);
    if (sent !== value) trimmed = true;
    out[name] = sent;
  }
  if (!trimmed && Object.keys(out).length === Object.keys(source).length) return event;
  return out;
}

// frozen:catalog
var SCENARIOS = Object.freeze({ "korea": { "formatVersion": 1, "id": "korea", "version": 3, "title": "Korean Peninsula crisis", "summary": "Talks are frozen and drills answer drills. Five capitals must decide: keep matching strength with strength, or find a way back to the table.", "source": 'Drawn from Jason Sibert, "A Way Forward On North Korea" (summarising Jenny Town, "Has Conflict on the Korean Peninsula Become Inevitable?"). All content rewritten for the classroom; the meters are a teaching model, not a forecast.', "delegations": [{ "id": "washington", "name": "Washington", "actor": "The United States government", "color": "#2f5fa7", "publicBrief": "You lead the alliance with Seoul. For years Pyongyang has not answered your offers of nuclear talks. So you and Seoul have leaned on joint drills, nuclear planning and stern warnings. In 2017 you threatened 'fire and fury' after its long-range missile tests, and Pyongyang still remembers. You also have softer tools: a full-time envoy, an end to the travel ban, aid, calmer words about deterrence, and some export relief.", "privateBrief": "Your experts do not agree. Some think Pyongyang has already chosen a fight. Others expect only small clashes. The last try at a first-phase deal failed, and Kim has since made his nuclear weapons part of the law. You think Pyongyang earns money by cyber theft and crypto fraud, and that Moscow sends it military know-how. You cannot prove either in public yet. A first-phase deal works only if Pyongyang signs in the same round that you propose it. Seoul wants you to consult it. You wonder if common ground with Beijing is the real first step.", "objectives": [{ "id": "w-tension", "text": "Bring peninsula tension down to 40 or below.", "points": 20, "meter": { "kind": "tension" }, "op": "atMost", "threshold": 40 }, { "id": "w-arms", "text": "Bring nuclear and missile momentum down to 55 or below.", "points": 15, "meter": { "kind": "world", "meter": "armsRace" }, "op": "atMost", "threshold": 55 }, { "id": "w-talks", "text": "Get real talks going (the talks rung or higher).", "points": 20, "meter": { "kind": "talks" }, "op": "atLeast", "threshold": 2 }, { "id": "w-cred", "text": "End with credibility of 60 or more.", "points": 15, "meter": { "kind": "credibility" }, "op": "atLeast", "threshold": 60 }, { "id": "w-ally", "text": "Keep Seoul's fear of Pyongyang at 60 or below.", "points": 10, "meter": { "kind": "threat", "from": "seoul", "to": "pyongyang" }, "op": "atMost", "threshold": 60 }], "redLines": ["No nuclear or missile attack on the United States or its allies.", "The alliance with Seoul is not for sale."] }, { "id": "seoul", "name": "Seoul", "actor": "The government of the Republic of Korea", "color": "#3f9b8f", "publicBrief": "You live within range of the North's guns. With Washington you have built up your forces and now plan nuclear defense together. You have matched the North's talk of war with your own. You can also hold back: pause the drills you hold in reply, open aid channels, or offer talks between the two Koreas. You hope for one Korea one day, but the North often hears that hope as a threat.", "privateBrief": "Your public expects strength. Backing down after a provocation would look weak. Yet each round of drills answered with drills makes an accident near your border more likely. You want Washington to consult you before it raises the stakes, and you want Beijing to press Pyongyang. Aid to the North costs you little and could open a door.", "objectives": [{ "id": "s-tension", "text": "Keep peninsula tension at 40 or below.", "points": 20, "meter": { "kind": "tension" }, "op": "atMost", "threshold": 40 }, { "id": "s-threat", "text": "Feel no more than 55 threatened by Pyongyang.", "points": 20, "meter": { "kind": "threat", "from": "seoul", "to": "pyongyang" }, "op": "atMost", "threshold": 55 }, { "id": "s-hum", "text": "Keep conditions in the North at 30 or better.", "points": 10, "meter": { "kind": "world", "meter": "humanitarian" }, "op": "atLeast", "threshold": 30 }, { "id": "s-talks", "text": "Open at least contacts with the North.", "points": 15, "meter": { "kind": "talks" }, "op": "atLeast", "threshold": 1 }, { "id": "s-cred", "text": "End with credibility of 60 or more.", "points": 10, "meter": { "kind": "credibility" }, "op": "atLeast", "threshold": 60 }], "redLines": ["No attack on South Korean territory, ships or people.", "No deal about the peninsula made over your head."] }, { "id": "pyongyang", "name": "Pyongyang", "actor": "The government of the Democratic People's Republic of Korea", "color": "#b5473a", "publicBrief": "You answer strength with strength. Every drill by Washington and Seoul meets drills and tests of your own. Your nuclear weapons are now part of your law, and you will not trade them away cheaply. You welcome a 'new Cold War', since it brings Beijing and above all Moscow closer to you. Sanctions cut you off from trade. Relief for your textiles or seafood would put people back to work.", "privateBrief": "Moscow is now your top partner. It offers military help, technology and trade deals. Money also comes in through cyber theft and crypto schemes that nobody has pinned on you yet. If you back down and get nothing back, you look weak at home. A testing freeze or a first-phase deal are cards you can play, but only if Washington pays for them. A deal needs Washington to propose it in the same round that you sign.", "objectives": [{ "id": "p-deterrent", "text": "Keep your deterrent: nuclear and missile momentum of 50 or more.", "points": 15, "meter": { "kind": "world", "meter": "armsRace" }, "op": "atLeast", "threshold": 50 }, { "id": "p-security", "text": "Feel no more than 55 threatened by Washington.", "points": 20, "meter": { "kind": "threat", "from": "pyongyang", "to": "washington" }, "op": "atMost", "threshold": 55 }, { "id": "p-sanctions", "text": "Bring sanctions pressure down to 65 or below.", "points": 20, "meter": { "kind": "world", "meter": "sanctions" }, "op": "atMost", "threshold": 65 }, { "id": "p-cred", "text": "End with credibility of 50 or more.", "points": 15, "meter": { "kind": "credibility" }, "op": "atLeast", "threshold": 50 }, { "id": "p-hum", "text": "Keep conditions for your people at 30 or better.", "points": 10, "meter": { "kind": "world", "meter": "humanitarian" }, "op": "atLeast", "threshold": 30 }], "redLines": ["No surrender of the nuclear programme as a precondition for talks.", "No attempt to topple the government."] }, { "id": "beijing", "name": "Beijing", "actor": "The government of the People's Republic of China", "color": "#c9962b", "publicBrief": "You are Pyongyang's neighbor and its main trading partner. You want no war and no collapse on your border. With Moscow, you have tried before to get sanctions eased so that people in the North can eat. You can host talks, open or close border trade, enforce sanctions or block new ones at the UN. You can show strength when Washington's drills come close.", "privateBrief": "Working with Washington would make you the broker that everyone needs. A closer bloc with Moscow also has its uses. You dislike surprises from Pyongyang: a test at the wrong time embarrasses you. You can meet Washington halfway on relief, but only if it makes the same move in the same round. Your pull is real but has limits. If you press too hard, Pyongyang may move closer to Moscow.", "objectives": [{ "id": "b-tension", "text": "Keep peninsula tension at 45 or below.", "points": 20, "meter": { "kind": "tension" }, "op": "atMost", "threshold": 45 }, { "id": "b-bloc", "text": "Keep bloc polarization at 60 or below.", "points": 15, "meter": { "kind": "world", "meter": "polarization" }, "op": "atMost", "threshold": 60 }, { "id": "b-talks", "text": "Get real talks going (the talks rung or higher).", "points": 20, "meter": { "kind": "talks" }, "op": "atLeast", "threshold": 2 }, { "id": "b-hum", "text": "Keep conditions in the North at 30 or better.", "points": 10, "meter": { "kind": "world", "meter": "humanitarian" }, "op": "atLeast", "threshold": 30 }], "redLines": ["No war on your border.", "No regime collapse that sends refugees north or troops to the Yalu."] }, { "id": "moscow", "name": "Moscow", "actor": "The government of the Russian Federation", "color": "#7a5aa6", "publicBrief": "You see Korea as one part of your wider fight with the West. You are Pyongyang's most willing partner. You offer military help, technology and trade. At the UN you can shield Pyongyang. Together with Beijing you have asked for sanctions relief so that people in the North get food and medicine.", "privateBrief": "Pyongyang's shells and goodwill are worth a lot to you now. Quiet transfers of technology are the price. If they come to light, you pay for it, and a war in Korea would help nobody. A seat at any big talks is worth having. If you make an offer to Washington or Beijing and they answer it, your word counts for more.", "objectives": [{ "id": "m-sanctions", "text": "Bring sanctions pressure down to 65 or below.", "points": 20, "meter": { "kind": "world", "meter": "sanctions" }, "op": "atMost", "threshold": 65 }, { "id": "m-cred", "text": "End with credibility of 55 or more.", "points": 15, "meter": { "kind": "credibility" }, "op": "atLeast", "threshold": 55 }, { "id": "m-us", "text": "Feel no more than 45 threatened by Washington.", "points": 10, "meter": { "kind": "threat", "from": "moscow", "to": "washington" }, "op": "atMost", "threshold": 45 }, { "id": "m-war", "text": "Keep peninsula tension at 60 or below.", "points": 15, "meter": { "kind": "tension" }, "op": "atMost", "threshold": 60 }, { "id": "m-bloc", "text": "Push bloc polarization up to 68 or more.", "points": 10, "meter": { "kind": "world", "meter": "polarization" }, "op": "atLeast", "threshold": 68 }], "redLines": ["No Western military build-up on your far eastern border.", "Your partnership with Pyongyang is not up for negotiation."] }], "moves": { "washington": [{ "id": "jointDrills", "label": "Joint drills with Seoul", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": -7.2, "effects": { "armsRace": 3, "polarization": 2 }, "why": "Hold big drills with Seoul to show your joint firepower. Seoul feels safer. Pyongyang usually answers in kind." }, { "id": "nuclearConsultation", "label": "Nuclear consultation with Seoul", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": -4, "effects": { "armsRace": 2, "polarization": 1 }, "why": "Joint nuclear planning tells Pyongyang the US umbrella is real. It deepens the alliance and the divide at the same time." }, { "id": "fireAndFury", "label": "'Fire and fury' warnings", "category": "information", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": -7, "effects": { "armsRace": 1, "polarization": 2 }, "why": "Blunt threats of overwhelming force, as in 2017. They can deter, but they also make it hard for Pyongyang to step back." }, { "id": "calmDeterrence", "label": "Modernized deterrence messaging", "category": "information", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 3, "effects": { "polarization": -1 }, "why": "Keep your deterrent but drop the rude and extreme words. You look firm without shaming the other side." }, { "id": "tighterSanctions", "label": "Tighter sanctions", "category": "economic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": -8, "effects": { "humanitarian": -3, "sanctions": 8, "polarization": 1 }, "why": "Cut off more of Pyongyang's sources of money. Pressure rises, and so does hardship for ordinary people." }, { "id": "exportRelief", "label": "Restore textile and seafood exports", "category": "economic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 6, "effects": { "humanitarian": 4, "sanctions": -5, "polarization": -1 }, "why": "Allow some trade that puts North Korean people to work. A pathway back to normal commerce, and an incentive." }, { "id": "specialRepresentative", "label": "Full-time special representative", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 4, "effects": { "talks": 1 }, "why": "Make the envoy for North Korea a full-time job again. The envoy can plan new ideas and look for openings." }, { "id": "liftTravelBan", "label": "Lift the travel ban", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 5, "effects": { "humanitarian": 1, "polarization": -1 }, "why": "Let US citizens visit the North again. It opens room for aid workers and informal contacts." }, { "id": "humanitarianAid", "label": "Humanitarian aid", "category": "humanitarian", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 7, "effects": { "humanitarian": 6 }, "why": "Clear the obstacles to food and medical aid and send some. Helps people directly; costs little." }, { "id": "refrainFromDrills", "label": "Refrain from reactive drills", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 9, "effects": { "armsRace": -3, "polarization": -1 }, "why": "Skip the drill you would normally hold in answer to a provocation. Military de-escalation, but it may look like ceding ground." }, { "id": "proposeFirstPhase", "label": "Propose a first-phase agreement", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 7, "effects": { "armsRace": -3, "talks": 1 }, "requires": { "delegation": "pyongyang", "moveId": "firstPhaseAgreement" }, "why": "Offer the deal that would start denuclearization step by step. It only takes effect if Pyongyang signs in the same round." }, { "id": "commonGroundBeijing", "label": "Seek common ground with Beijing", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "beijing" }, "goldstein": 6, "effects": { "polarization": -3 }, "why": "Look for a coordinated strategy with Beijing on the North. Could split the blocs and make Beijing a broker." }, { "id": "consultSeoul", "label": "Consult Seoul on deterrence", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "seoul" }, "goldstein": 3, "effects": { "armsRace": 1, "polarization": 1 }, "pairs": [{ "from": "seoul", "to": "pyongyang", "delta": -4 }, { "from": "pyongyang", "to": "washington", "delta": 2 }, { "from": "pyongyang", "to": "seoul", "delta": 2 }], "why": "Sit down with Seoul and plan how you would defend it. Seoul feels safer. Pyongyang sees the two of you closing ranks." }, { "id": "engageMoscow", "label": "Open a channel to Moscow", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "moscow" }, "goldstein": 5, "effects": { "polarization": -2 }, "why": "Talk to Moscow about the North, even while you disagree on much else. It can answer an offer from Moscow and ease the split into blocs." }, { "id": "reliefWithBeijing", "label": "Meet Beijing halfway on relief", "category": "humanitarian", "visibility": "public", "target": { "kind": "fixed", "delegation": "beijing" }, "goldstein": 6, "effects": { "humanitarian": 6, "sanctions": -6, "polarization": -3 }, "requires": { "delegation": "beijing", "moveId": "reliefWithWashington" }, "pairs": [{ "from": "washington", "to": "pyongyang", "delta": -2.5 }, { "from": "pyongyang", "to": "washington", "delta": -2.5 }, { "from": "seoul", "to": "pyongyang", "delta": -2.5 }, { "from": "pyongyang", "to": "seoul", "delta": -2.5 }], "why": "Agree with Beijing on aid and trade that help ordinary people in the North. It only works if Beijing makes the same move in the same round." }], "seoul": [{ "id": "jointDrills", "label": "Joint drills with Washington", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": -7.2, "effects": { "armsRace": 3, "polarization": 2 }, "why": "Hold drills together to show you are ready. They calm your own public and alarm Pyongyang." }, { "id": "nuclearPlanning", "label": "Demand a bigger nuclear planning role", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": -4, "effects": { "armsRace": 2, "polarization": 1 }, "why": "Press Washington for a bigger say over its nuclear umbrella. Strengthens deterrence; Pyongyang sees a nuclear threat." }, { "id": "readyForWar", "label": "'Ready for war' statements", "category": "information", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": -5, "effects": { "polarization": 1 }, "why": "Tell the North you are ready to fight tonight. It matches their rhetoric, and feeds it." }, { "id": "conventionalBuildup", "label": "Expand conventional strike forces", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": -5, "effects": { "armsRace": 4 }, "why": "Buy and deploy more precision missiles and strike forces. Deterrence without nuclear weapons, but still an arms race." }, { "id": "enforceSanctionsAtSea", "label": "Enforce sanctions at sea", "category": "economic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": -6, "effects": { "humanitarian": -1, "sanctions": 4 }, "why": "Inspect and stop ships that smuggle for the North. Tightens the squeeze." }, { "id": "humanitarianAid", "label": "Humanitarian aid to the North", "category": "humanitarian", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 7, "effects": { "humanitarian": 6 }, "why": "Send food, fertilizer and medicine across the border. Direct help that asks nothing in return." }, { "id": "refrainFromDrills", "label": "Pause reactive drills", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 9, "effects": { "armsRace": -3, "polarization": -1 }, "why": "Do not answer the next provocation with an exercise. Military de-escalation; at home some will call it weakness." }, { "id": "informalEngagement", "label": "Open informal channels", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 5, "effects": { "humanitarian": 1, "talks": 1 }, "why": "Allow civic groups, churches and aid workers to meet their counterparts. Low-cost contact that can grow." }, { "id": "interKoreanTalks", "label": "Offer inter-Korean talks", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 7, "effects": { "talks": 1 }, "why": "Propose a meeting between the two Koreas, with no conditions first." }, { "id": "unificationVision", "label": "Present a peaceful unification vision", "category": "information", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 2, "effects": { "polarization": -1 }, "why": "Describe a distant, gradual path to one Korea. Inspires at home; Pyongyang may hear a plan to absorb it." }, { "id": "reassureBeijing", "label": "Reassure Beijing", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "beijing" }, "goldstein": 5, "effects": { "polarization": -2 }, "why": "Explain to Beijing that the alliance is not aimed at it. Could win its help with Pyongyang." }, { "id": "returnFire", "label": "Return fire at the border", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": -6, "effects": { "armsRace": 1 }, "pairs": [{ "from": "pyongyang", "to": "seoul", "delta": 2 }], "why": "Answer a shot at the border with a shot of your own. It shows you will not be pushed, and the fight can grow." }, { "id": "consultWashington", "label": "Ask Washington to consult", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": 4, "effects": {}, "pairs": [{ "from": "seoul", "to": "pyongyang", "delta": -2 }], "why": "Ask Washington for a real say in how the alliance would fight. It calms your public, and Washington can answer by consulting you." }], "pyongyang": [{ "id": "missileTest", "label": "Missile test", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": -8, "effects": { "armsRace": 6, "polarization": 1 }, "why": "Fire a ballistic missile to show your reach. Power-for-power: it answers pressure and invites more of it." }, { "id": "reciprocalDrills", "label": "Answer drills with drills", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "seoul" }, "goldstein": -7.2, "effects": { "armsRace": 3, "polarization": 1 }, "why": "Stage your own exercises and artillery firing near the border. Shows you will not be outgunned." }, { "id": "nuclearLaw", "label": "Restate the nuclear doctrine", "category": "information", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": -5, "effects": { "armsRace": 2, "talks": -1 }, "why": "Remind the world that your nuclear status is law and not negotiable. Closes doors on purpose." }, { "id": "cyberTheft", "label": "Cyber theft and crypto schemes", "category": "economic", "visibility": "covert", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": -4, "effects": { "sanctions": -2 }, "why": "Steal cryptocurrency and break into banks to earn hard currency. Covert: nobody knows unless it leaks." }, { "id": "seekRussianTech", "label": "Seek Russian military technology", "category": "deterrent", "visibility": "covert", "target": { "kind": "fixed", "delegation": "moscow" }, "goldstein": 4, "effects": { "armsRace": 5, "polarization": 2 }, "pairs": [{ "from": "washington", "to": "pyongyang", "delta": 3 }, { "from": "seoul", "to": "pyongyang", "delta": 3 }], "why": "Trade goodwill and munitions for Russian know-how. Covert, and it brings you deeper into Moscow's camp." }, { "id": "acceptTalks", "label": "Accept talks", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": 7, "effects": { "talks": 1 }, "why": "Finally answer the US proposals for talks. A first step that costs face only if it is not returned." }, { "id": "testingFreeze", "label": "Announce a testing freeze", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": 9, "effects": { "armsRace": -5 }, "why": "Stop missile and nuclear tests for now. Military de-escalation that invites an answer in kind." }, { "id": "firstPhaseAgreement", "label": "Sign a first-phase agreement", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": 8, "effects": { "armsRace": -6, "sanctions": -6, "talks": 1 }, "requires": { "delegation": "washington", "moveId": "proposeFirstPhase" }, "why": "Agree to the first steps of denuclearization in exchange for relief. Only works if Washington proposes it in the same round." }, { "id": "askBeijingLifeline", "label": "Ask Beijing for an economic lifeline", "category": "economic", "visibility": "public", "target": { "kind": "fixed", "delegation": "beijing" }, "goldstein": 5, "effects": { "humanitarian": 2, "sanctions": -2 }, "why": "Ask your neighbour for trade and aid. Keeps the economy going and Beijing engaged." }, { "id": "allowAidMonitors", "label": "Let aid workers in", "category": "humanitarian", "visibility": "public", "target": { "kind": "fixed", "delegation": "seoul" }, "goldstein": 6, "effects": { "humanitarian": 4 }, "why": "Accept aid with monitors from the South and agencies. Helps your people; opens the door a crack." }, { "id": "borderClash", "label": "Provoke a clash at the border", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "seoul" }, "goldstein": -6.5, "effects": { "armsRace": 1 }, "pairs": [{ "from": "seoul", "to": "pyongyang", "delta": 3 }, { "from": "washington", "to": "pyongyang", "delta": 2 }], "why": "Send soldiers or boats across the line, or fire at a border post. A small fight that tests Seoul's nerve and can grow." }, { "id": "walkOut", "label": "Walk out of talks", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": -3, "effects": { "talks": -1 }, "why": "Leave the table and say the other side is not serious. Talks slip back a step." }, { "id": "embraceNewColdWar", "label": "Embrace the new Cold War", "category": "information", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": -4, "effects": { "polarization": 5 }, "why": "Say the world is split into two camps and you stand with Moscow and Beijing. It wins you friends and deepens the divide." }], "beijing": [{ "id": "brokerRelief", "label": "Broker humanitarian sanctions relief", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 6, "effects": { "humanitarian": 4, "sanctions": -4, "polarization": -1 }, "pairs": [{ "from": "pyongyang", "to": "washington", "delta": -4 }, { "from": "pyongyang", "to": "seoul", "delta": -4 }, { "from": "washington", "to": "pyongyang", "delta": -3 }, { "from": "seoul", "to": "pyongyang", "delta": -3 }], "why": "Propose a UN exemption for humanitarian trade. Washington meeting you halfway would make this a shared step." }, { "id": "hostTalks", "label": "Host talks", "category": "diplomatic", "visibility": "public", "target": { "kind": "choose" }, "goldstein": 7, "effects": { "polarization": -1, "talks": 1 }, "pairs": [{ "from": "washington", "to": "pyongyang", "delta": -4 }, { "from": "pyongyang", "to": "washington", "delta": -4 }, { "from": "seoul", "to": "pyongyang", "delta": -4 }, { "from": "pyongyang", "to": "seoul", "delta": -4 }], "why": "Invite a delegation to talks in Beijing. You become the broker everyone needs." }, { "id": "borderTrade", "label": "Open border trade", "category": "economic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 5, "effects": { "humanitarian": 3, "sanctions": -5 }, "why": "Let more goods cross the Yalu. Eases hardship and sanctions alike." }, { "id": "enforceSanctions", "label": "Enforce sanctions strictly", "category": "economic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": -6, "effects": { "humanitarian": -2, "sanctions": 6 }, "why": "Close the border to smuggling and banned goods. Strong leverage over Pyongyang, resented by it." }, { "id": "unVeto", "label": "Veto new UN sanctions", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": -5, "effects": { "sanctions": -3, "polarization": 3 }, "why": "Block a new UN sanctions vote. It shields Pyongyang and widens the split with Washington." }, { "id": "navalDrills", "label": "Air and naval drills near the peninsula", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": -6, "effects": { "armsRace": 2, "polarization": 2 }, "pairs": [{ "from": "washington", "to": "pyongyang", "delta": 3.5 }, { "from": "seoul", "to": "pyongyang", "delta": 3.5 }, { "from": "seoul", "to": "beijing", "delta": 3 }], "why": "Send ships and aircraft to signal that the region is not Washington's alone." }, { "id": "pressPyongyang", "label": "Press Pyongyang in private", "category": "diplomatic", "visibility": "covert", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": -2, "effects": { "armsRace": -2 }, "why": "Tell Pyongyang quietly that a test now would cost it your support. Covert: a back-channel squeeze." }, { "id": "commonGroundWashington", "label": "Seek common ground with Washington", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": 6, "effects": { "polarization": -3 }, "why": "Work toward a shared strategy on the North. Could break the bloc logic." }, { "id": "blocWithMoscow", "label": "Coordinate a bloc position with Moscow", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "moscow" }, "goldstein": 5, "effects": { "polarization": 3 }, "why": "Agree a joint line with Moscow. Strength in numbers, and a new Cold War a little closer." }, { "id": "foodAid", "label": "Food and fertilizer aid", "category": "humanitarian", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 7, "effects": { "humanitarian": 5 }, "why": "Ship food and fertilizer across the border. Prevents hunger and refugees." }, { "id": "reliefWithWashington", "label": "Meet Washington halfway on relief", "category": "humanitarian", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": 6, "effects": { "humanitarian": 6, "sanctions": -6, "polarization": -3 }, "requires": { "delegation": "washington", "moveId": "reliefWithBeijing" }, "pairs": [{ "from": "washington", "to": "pyongyang", "delta": -2.5 }, { "from": "pyongyang", "to": "washington", "delta": -2.5 }, { "from": "seoul", "to": "pyongyang", "delta": -2.5 }, { "from": "pyongyang", "to": "seoul", "delta": -2.5 }], "why": "Agree with Washington on aid and trade that help ordinary people in the North. It only works if Washington makes the same move in the same round." }, { "id": "pressPyongyangOpenly", "label": "Tell Pyongyang to stop testing", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": -2, "effects": { "armsRace": -2 }, "pairs": [{ "from": "washington", "to": "pyongyang", "delta": -5.5 }, { "from": "seoul", "to": "pyongyang", "delta": -5.5 }, { "from": "pyongyang", "to": "washington", "delta": -1.5 }, { "from": "pyongyang", "to": "seoul", "delta": -1.5 }], "why": "Say in public that Pyongyang should stop its tests. Washington and Seoul relax a little. Pyongyang does not like it." }], "moscow": [{ "id": "militaryCooperation", "label": "Military cooperation with Pyongyang", "category": "deterrent", "visibility": "covert", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 5, "effects": { "armsRace": 5, "polarization": 3 }, "pairs": [{ "from": "washington", "to": "pyongyang", "delta": 5 }, { "from": "seoul", "to": "pyongyang", "delta": 5 }, { "from": "washington", "to": "moscow", "delta": 5 }, { "from": "seoul", "to": "moscow", "delta": 3 }], "why": "Joint planning, visits and arms deals. Covert in its details; the partnership grows." }, { "id": "techTransfer", "label": "Transfer military technology", "category": "deterrent", "visibility": "covert", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 6, "effects": { "armsRace": 7, "polarization": 2 }, "pairs": [{ "from": "washington", "to": "pyongyang", "delta": 5 }, { "from": "seoul", "to": "pyongyang", "delta": 5 }, { "from": "washington", "to": "moscow", "delta": 5 }, { "from": "seoul", "to": "moscow", "delta": 3 }], "why": "Pass satellite, missile or submarine know-how to Pyongyang. It is secret, and it will cause an uproar if it leaks." }, { "id": "unVeto", "label": "Veto new UN sanctions", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": -5, "effects": { "sanctions": -3, "polarization": 3 }, "why": "Block a UN vote on new sanctions against Pyongyang." }, { "id": "brokerRelief", "label": "Broker humanitarian sanctions relief", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 6, "effects": { "humanitarian": 4, "sanctions": -4 }, "pairs": [{ "from": "pyongyang", "to": "washington", "delta": -4.5 }, { "from": "pyongyang", "to": "seoul", "delta": -4.5 }, { "from": "washington", "to": "pyongyang", "delta": -2.5 }, { "from": "seoul", "to": "pyongyang", "delta": -2.5 }], "why": "Join Beijing in asking for sanctions to be eased for food and medicine." }, { "id": "energyDeal", "label": "Energy and economic deals", "category": "economic", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 5, "effects": { "humanitarian": 2, "sanctions": -4, "polarization": 2 }, "why": "Supply oil and open trade and labour deals. Keeps Pyongyang afloat and tied to you." }, { "id": "bomberPatrol", "label": "Long-range bomber patrols", "category": "deterrent", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": -6, "effects": { "armsRace": 2, "polarization": 3 }, "pairs": [{ "from": "washington", "to": "pyongyang", "delta": 4.5 }, { "from": "seoul", "to": "pyongyang", "delta": 4.5 }, { "from": "seoul", "to": "moscow", "delta": 3 }], "why": "Fly bombers near the region with Chinese partners. A message to Washington." }, { "id": "newColdWar", "label": "Frame it as a new Cold War", "category": "information", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": -4, "effects": { "polarization": 4 }, "pairs": [{ "from": "washington", "to": "moscow", "delta": 2 }], "why": "Tell the world this is a struggle between blocs. Rallies partners and hardens the divide." }, { "id": "joinTalks", "label": "Offer to join multilateral talks", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": 5, "effects": { "polarization": -2, "talks": 1 }, "pairs": [{ "from": "washington", "to": "pyongyang", "delta": -3.5 }, { "from": "pyongyang", "to": "washington", "delta": -3.5 }, { "from": "seoul", "to": "pyongyang", "delta": -3.5 }, { "from": "pyongyang", "to": "seoul", "delta": -3.5 }], "why": "Ask for a seat at any negotiation. Shows you can help, not only block." }, { "id": "wheatShipments", "label": "Wheat shipments", "category": "humanitarian", "visibility": "public", "target": { "kind": "fixed", "delegation": "pyongyang" }, "goldstein": 7, "effects": { "humanitarian": 4 }, "why": "Send grain to the North. Help that also buys goodwill." }, { "id": "armsControlOffer", "label": "Offer arms control talks to Washington", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "washington" }, "goldstein": 5, "effects": { "armsRace": -2, "polarization": -2 }, "why": "Propose talks with Washington on limits for missiles in the region. If Washington answers, you look like a power that can make peace." }, { "id": "askBeijingBloc", "label": "Ask Beijing to stand with you", "category": "diplomatic", "visibility": "public", "target": { "kind": "fixed", "delegation": "beijing" }, "goldstein": 4, "effects": { "polarization": 2 }, "why": "Ask Beijing for a shared line against Washington. If Beijing agrees, your partnership grows." }] }, "news": [{ "id": "testPreparations", "headline": "Satellite images show test preparations", "body": "Commercial satellite pictures show vehicles and new activity at a launch site in the North. Analysts expect a test within weeks unless something changes.", "trigger": { "kind": "scheduled", "round": 1 }, "effects": { "tension": 2, "armsRace": 2 } }, { "id": "floods", "headline": "Floods in the North", "body": "Heavy rains have swept away homes and crops in several northern provinces. Aid agencies ask for access; the harvest is in danger.", "trigger": { "kind": "scheduled", "round": 3 }, "effects": { "humanitarian": -10 } }, { "id": "unscEmergency", "headline": "UN Security Council emergency session", "body": "With tension rising fast, the Security Council meets in emergency session. Members trade accusations; the vote on any resolution is uncertain.", "trigger": { "kind": "threshold", "meter": "tension", "op": "atLeast", "value": 60 }, "effects": { "polarization": 3 } }, { "id": "armsRaceAlarm", "headline": "Experts warn of a regional arms race", "body": "A think-tank report counts record missile launches and new weapons programmes around the peninsula and warns that neighbours may follow.", "trigger": { "kind": "threshold", "meter": "armsRace", "op": "atLeast", "value": 85 }, "effects": { "polarization": 2 } }, { "id": "hungerWarning", "headline": "Aid agencies warn of hunger in the North", "body": "Food stocks are running out in rural areas. Agencies urge all sides to let aid through whatever the politics.", "trigger": { "kind": "threshold", "meter": "humanitarian", "op": "atMost", "value": 15 } }, { "id": "leakedCable", "headline": "A leaked cable reveals a covert deal", "body": "A diplomatic cable published by journalists describes secret arrangements between Moscow and Pyongyang.", "trigger": { "kind": "injectable" }, "effects": { "polarization": 2 }, "revealsCovertOf": ["moscow", "pyongyang"] }, { "id": "cryptoHeist", "headline": "Investigators trace a crypto heist to Pyongyang", "body": "Blockchain analysts follow stolen cryptocurrency through a chain of wallets to hackers working for the North.", "trigger": { "kind": "injectable" }, "revealsCovertOf": ["pyongyang"] }, { "id": "beijingBackChannel", "headline": "Reports of a quiet message from Beijing", "body": "Diplomats say Beijing has privately warned Pyongyang against new tests.", "trigger": { "kind": "injectable" }, "revealsCovertOf": ["beijing"] }, { "id": "summitMemory", "headline": "Archives recall the failed summit", "body": "Newly released notes from the last summit show how close both sides came to a first-phase deal before talks collapsed.", "trigger": { "kind": "injectable" } }], "params": { "reaction": { "washington": { "seoul": 0.02, "pyongyang": 0.15, "beijing": 0.05, "moscow": 0.06 }, "seoul": { "washington": 0.02, "pyongyang": 0.15, "beijing": 0.04, "moscow": 0.04 }, "pyongyang": { "washington": 0.15, "seoul": 0.15, "beijing": 0.02, "moscow": 0.02 }, "beijing": { "washington": 0.05, "seoul": 0.04, "pyongyang": 0.02, "moscow": 0.02 }, "moscow": { "washington": 0.06, "seoul": 0.04, "pyongyang": 0.02, "beijing": 0.02 } }, "restraint": { "washington": 0.2, "seoul": 0.2, "pyongyang": 0.18, "beijing": 0.3, "moscow": 0.25 }, "baseline": { "washington": { "seoul": 5, "pyongyang": 52, "beijing": 26, "moscow": 30 }, "seoul": { "washington": 5, "pyongyang": 54, "beijing": 18, "moscow": 20 }, "pyongyang": { "washington": 58, "seoul": 52, "beijing": 10, "moscow": 5 }, "beijing": { "washington": 28, "seoul": 16, "pyongyang": 12, "moscow": 8 }, "moscow": { "washington": 32, "seoul": 16, "pyongyang": 5, "beijing": 10 } }, "neutral": 50, "impulse": 1.6, "allies": { "washington": { "seoul": 0.5 }, "seoul": { "washington": 0.5 }, "pyongyang": { "beijing": 0.3, "moscow": 0.3 }, "beijing": { "pyongyang": 0.3, "moscow": 0.2 }, "moscow": { "pyongyang": 0.3, "beijing": 0.2 } }, "reciprocity": 3, "tensionWeights": { "washington": { "seoul": 0.25, "pyongyang": 4, "beijing": 1, "moscow": 1 }, "seoul": { "washington": 0.25, "pyongyang": 4, "beijing": 1, "moscow": 1 }, "pyongyang": { "washington": 4, "seoul": 4, "beijing": 0.25, "moscow": 0.25 }, "beijing": { "washington": 1, "seoul": 1, "pyongyang": 0.25, "moscow": 0.25 }, "moscow": { "washington": 1, "seoul": 1, "pyongyang": 0.25, "beijing": 0.25 } }, "bandThresholds": [20, 40, 55, 65], "hysteresis": 10, "credibility": { "brokenBase": 6, "perRound": 3, "cedingGround": 7, "answeredBonus": 5, "firmness": 3 }, "misperception": { "enabled": false, "noise": 6, "bias": { "washington": 2, "seoul": 3, "pyongyang": 8, "beijing": 0, "moscow": 4 } }, "drift": { "humanitarian": -1, "sanctions": -1 }, "covertDetection": 0.3, "armsRace": { "feed": 1.5, "neutral": 60 }, "incidents": { "intenseCrisis": 0.25, "brink": 0.5, "threat": 4, "credibility": 3 }, "repeatDecay": 0.6, "agreement": { "relief": 2, "collapseRungs": 2 } }, "initial": { "threat": { "washington": { "seoul": 5, "pyongyang": 52, "beijing": 26, "moscow": 30 }, "seoul": { "washington": 5, "pyongyang": 54, "beijing": 18, "moscow": 20 }, "pyongyang": { "washington": 58, "seoul": 52, "beijing": 10, "moscow": 5 }, "beijing": { "washington": 28, "seoul": 16, "pyongyang": 12, "moscow": 8 }, "moscow": { "washington": 32, "seoul": 16, "pyongyang": 5, "beijing": 10 } }, "world": { "armsRace": 60, "humanitarian": 30, "sanctions": 75, "polarization": 65 }, "talks": 0, "credibility": { "washington": 60, "seoul": 60, "pyongyang": 50, "beijing": 60, "moscow": 50 } }, "reflectionPrompts": ["What did your delegation expect the others to do this round, and were you right?", "Which move this round changed the most, and why do you think it did?", "Did anyone back down this round? Did it cost them, or did someone answer in kind?", "Which commitment (a pledge or a warning) mattered most so far?", "If you could take back one move, which would it be?", "What would make the other side trust you a little more next round?"], "debriefPrompts": [{ "stage": "describe", "text": "Walk through the tension curve: where did it rise and where did it fall?" }, { "stage": "describe", "text": "Which offers were answered, and which were ignored?" }, { "stage": "analyze", "text": "Why was it hard for either side to ease off without looking as if it had ceded ground?" }, { "stage": "analyze", "text": "Which commitments were kept and which were broken? What did breaking one cost?" }, { "stage": "transfer", "text": "How does the 'power-for-power' pattern resemble other rivalries you know of?" }, { "stage": "apply", "text": "If you advised a real government, which first step would you recommend, and how would you make it safe to take?" }], "botDefaultMove": { "washington": "specialRepresentative", "seoul": "informalEngagement", "pyongyang": "askBeijingLifeline", "beijing": "borderTrade", "moscow": "energyDeal" }, "languages": ["en", "ko"], "translations": { "ko": { "title": "\uD55C\uBC18\uB3C4 \uC704\uAE30", "summary": "\uB300\uD654\uB294 \uBA48\uCDC4\uACE0 \uD6C8\uB828\uC5D0\uB294 \uD6C8\uB828\uC73C\uB85C \uB9DE\uC11C\uACE0 \uC788\uC2B5\uB2C8\uB2E4. \uB2E4\uC12F \uB098\uB77C\uC758 \uC218\uB3C4\uB294 \uD798\uC5D0\uB294 \uD798\uC73C\uB85C \uACC4\uC18D \uB9DE\uC124\uC9C0, \uC544\uB2C8\uBA74 \uB2E4\uC2DC \uD611\uC0C1 \uD14C\uC774\uBE14\uB85C \uB3CC\uC544\uAC08 \uAE38\uC744 \uCC3E\uC744\uC9C0 \uC815\uD574\uC57C \uD569\uB2C8\uB2E4.", "delegations": { "washington": { "name": "\uC6CC\uC2F1\uD134", "actor": "\uBBF8\uAD6D \uC815\uBD80", "publicBrief": "\uC5EC\uB7EC\uBD84\uC740 \uC11C\uC6B8\uACFC\uC758 \uB3D9\uB9F9\uC744 \uC774\uB04C\uACE0 \uC788\uC2B5\uB2C8\uB2E4. \uD575 \uD611\uC0C1\uC744 \uB2E4\uC2DC \uD558\uC790\uB294 \uC5EC\uB7EC\uBD84\uC758 \uC81C\uC548\uC5D0 \uD3C9\uC591\uC740 \uBA87 \uB144\uC9F8 \uB2F5\uD558\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4. \uADF8\uB798\uC11C \uC5EC\uB7EC\uBD84\uACFC \uC11C\uC6B8\uC740 \uC5F0\uD569 \uD6C8\uB828, \uD575 \uACF5\uB3D9 \uAE30\uD68D, \uAC15\uD55C \uACBD\uACE0\uC5D0 \uAE30\uB300 \uC654\uC2B5\uB2C8\uB2E4. 2017\uB144 \uD3C9\uC591\uC758 \uC7A5\uAC70\uB9AC \uBBF8\uC0AC\uC77C \uC2DC\uD5D8 \uB4A4 \uC5EC\uB7EC\uBD84\uC774 '\uD654\uC5FC\uACFC \uBD84\uB178'\uB85C \uC704\uD611\uD588\uB358 \uC77C\uC744 \uD3C9\uC591\uC740 \uC544\uC9C1 \uAE30\uC5B5\uD569\uB2C8\uB2E4. \uBD80\uB4DC\uB7EC\uC6B4 \uC218\uB2E8\uB3C4 \uC788\uC2B5\uB2C8\uB2E4. \uC804\uB2F4 \uD2B9\uBCC4\uB300\uD45C, \uC5EC\uD589 \uAE08\uC9C0 \uD574\uC81C, \uC778\uB3C4\uC801 \uC9C0\uC6D0, \uC808\uC81C\uB41C \uC5B5\uC9C0 \uBA54\uC2DC\uC9C0, \uC77C\uBD80 \uC218\uCD9C \uD5C8\uC6A9\uC785\uB2C8\uB2E4.", "privateBrief": "\uC5EC\uB7EC\uBD84\uC758 \uC804\uBB38\uAC00\uB4E4\uC740 \uC758\uACAC\uC774 \uAC08\uB9BD\uB2C8\uB2E4. \uD3C9\uC591\uC774 \uC774\uBBF8 \uCDA9\uB3CC\uC744 \uC120\uD0DD\uD588\uB2E4\uACE0 \uBCF4\uB294 \uC0AC\uB78C\uB3C4 \uC788\uACE0, \uC791\uC740 \uCDA9\uB3CC \uC815\uB3C4\uB9CC \uC608\uC0C1\uD558\uB294 \uC0AC\uB78C\uB3C4 \uC788\uC2B5\uB2C8\uB2E4. \uC9C0\uB09C\uBC88 1\uB2E8\uACC4 \uD569\uC758 \uC2DC\uB3C4\uB294 \uC2E4\uD328\uD588\uACE0, \uADF8 \uB4A4 \uAE40\uC815\uC740\uC740 \uD575\uBB34\uAE30\uB97C \uBC95\uC5D0 \uC0C8\uACBC\uC2B5\uB2C8\uB2E4. \uC5EC\uB7EC\uBD84\uC740 \uD3C9\uC591\uC774 \uC0AC\uC774\uBC84 \uC808\uB3C4\uC640 \uC554\uD638\uD654\uD3D0 \uC0AC\uAE30\uB85C \uB3C8\uC744 \uBC8C\uACE0, \uBAA8\uC2A4\uD06C\uBC14\uAC00 \uAD70\uC0AC \uAE30\uC220\uC744 \uB118\uACA8\uC900\uB2E4\uACE0 \uC758\uC2EC\uD558\uC9C0\uB9CC \uC544\uC9C1 \uACF5\uAC1C\uC801\uC73C\uB85C \uC99D\uBA85\uD560 \uC218\uB294 \uC5C6\uC2B5\uB2C8\uB2E4. 1\uB2E8\uACC4 \uD569\uC758\uB294 \uC5EC\uB7EC\uBD84\uC774 \uC81C\uC548\uD55C \uBC14\uB85C \uADF8 \uB77C\uC6B4\uB4DC\uC5D0 \uD3C9\uC591\uC774 \uC11C\uBA85\uD574\uC57C\uB9CC \uC774\uB8E8\uC5B4\uC9D1\uB2C8\uB2E4. \uC11C\uC6B8\uC740 \uBA3C\uC800 \uC0C1\uC758\uD574 \uC8FC\uAE30\uB97C \uBC14\uB78D\uB2C8\uB2E4. \uC5B4\uCA4C\uBA74 \uBCA0\uC774\uC9D5\uACFC \uACF5\uD1B5\uC810\uC744 \uCC3E\uB294 \uAC83\uC774 \uC9C4\uC9DC \uCCAB\uAC78\uC74C\uC77C\uC9C0\uB3C4 \uBAA8\uB985\uB2C8\uB2E4.", "objectives": { "w-tension": "\uD55C\uBC18\uB3C4 \uAE34\uC7A5\uC744 40 \uC774\uD558\uB85C \uB0AE\uCD94\uC138\uC694.", "w-arms": "\uD575\xB7\uBBF8\uC0AC\uC77C \uACBD\uC7C1\uC744 55 \uC774\uD558\uB85C \uB0AE\uCD94\uC138\uC694.", "w-talks": "\uC2E4\uC81C \uD68C\uB2F4\uC744 \uC5F4\uC5B4 \uB0B4\uC138\uC694(\uD68C\uB2F4 \uB2E8\uACC4 \uC774\uC0C1).", "w-cred": "\uC2E0\uB8B0\uB3C4 60 \uC774\uC0C1\uC73C\uB85C \uB05D\uB0B4\uC138\uC694.", "w-ally": "\uC11C\uC6B8\uC774 \uD3C9\uC591\uC5D0\uAC8C \uB290\uB07C\uB294 \uC704\uD611\uC744 60 \uC774\uD558\uB85C \uC720\uC9C0\uD558\uC138\uC694." }, "redLines": ["\uBBF8\uAD6D\uC774\uB098 \uB3D9\uB9F9\uAD6D\uC5D0 \uB300\uD55C \uD575\xB7\uBBF8\uC0AC\uC77C \uACF5\uACA9\uC740 \uC548 \uB41C\uB2E4.", "\uC11C\uC6B8\uACFC\uC758 \uB3D9\uB9F9\uC740 \uAC70\uB798 \uB300\uC0C1\uC774 \uC544\uB2C8\uB2E4."] }, "seoul": { "name": "\uC11C\uC6B8", "actor": "\uB300\uD55C\uBBFC\uAD6D \uC815\uBD80", "publicBrief": "\uC5EC\uB7EC\uBD84\uC740 \uBD81\uD55C\uC758 \uD3EC\uAC00 \uB2FF\uB294 \uAC70\uB9AC \uC548\uC5D0 \uC0B4\uACE0 \uC788\uC2B5\uB2C8\uB2E4. \uC6CC\uC2F1\uD134\uACFC \uD568\uAED8 \uAD70\uC0AC\uB825\uC744 \uD0A4\uC6E0\uACE0, \uC774\uC81C \uD575 \uBC29\uC5B4\uB3C4 \uD568\uAED8 \uACC4\uD68D\uD569\uB2C8\uB2E4. \uBD81\uD55C\uC758 \uC804\uC7C1 \uBC1C\uC5B8\uC5D0\uB294 \uC5EC\uB7EC\uBD84\uB3C4 \uAC19\uC740 \uB9D0\uB85C \uB9DE\uC11C \uC654\uC2B5\uB2C8\uB2E4. \uBB3C\uB7EC\uC124 \uC218\uB3C4 \uC788\uC2B5\uB2C8\uB2E4. \uB9DE\uB300\uC751 \uD6C8\uB828\uC744 \uBA48\uCD94\uAC70\uB098, \uC778\uB3C4\uC801 \uC9C0\uC6D0 \uD1B5\uB85C\uB97C \uC5F4\uAC70\uB098, \uB0A8\uBD81 \uB300\uD654\uB97C \uC81C\uC548\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uC5B8\uC820\uAC00 \uD558\uB098\uC758 \uD55C\uAD6D\uC744 \uBC14\uB77C\uC9C0\uB9CC, \uBD81\uD55C\uC740 \uADF8 \uBC14\uB78C\uC744 \uC704\uD611\uC73C\uB85C \uB4E3\uACE4 \uD569\uB2C8\uB2E4.", "privateBrief": "\uAD6D\uBBFC\uC740 \uAC15\uD55C \uBAA8\uC2B5\uC744 \uAE30\uB300\uD569\uB2C8\uB2E4. \uB3C4\uBC1C \uB4A4\uC5D0 \uBB3C\uB7EC\uC11C\uBA74 \uC57D\uD574 \uBCF4\uC77C \uAC83\uC785\uB2C8\uB2E4. \uD558\uC9C0\uB9CC \uD6C8\uB828\uC5D0 \uD6C8\uB828\uC73C\uB85C \uB9DE\uC124\uC218\uB85D \uC5EC\uB7EC\uBD84 \uCF54\uC55E\uC5D0\uC11C \uC0AC\uACE0\uAC00 \uB0A0 \uC704\uD5D8\uB3C4 \uCEE4\uC9D1\uB2C8\uB2E4. \uC5EC\uB7EC\uBD84\uC740 \uC6CC\uC2F1\uD134\uC774 \uD310\uC744 \uD0A4\uC6B0\uAE30 \uC804\uC5D0 \uBA3C\uC800 \uC0C1\uC758\uD574 \uC8FC\uAE30\uB97C \uBC14\uB77C\uACE0, \uBCA0\uC774\uC9D5\uC774 \uD3C9\uC591\uC744 \uB20C\uB7EC \uC8FC\uAE30\uB97C \uBC14\uB78D\uB2C8\uB2E4. \uBD81\uD55C\uC5D0 \uB300\uD55C \uC9C0\uC6D0\uC740 \uBE44\uC6A9\uC774 \uC801\uACE0 \uBB38\uC744 \uC5F4 \uC218\uB3C4 \uC788\uC2B5\uB2C8\uB2E4.", "objectives": { "s-tension": "\uD55C\uBC18\uB3C4 \uAE34\uC7A5\uC744 40 \uC774\uD558\uB85C \uC720\uC9C0\uD558\uC138\uC694.", "s-threat": "\uD3C9\uC591\uC5D0\uAC8C \uB290\uB07C\uB294 \uC704\uD611\uC744 55 \uC774\uD558\uB85C \uC720\uC9C0\uD558\uC138\uC694.", "s-hum": "\uBD81\uD55C\uC758 \uC778\uB3C4\uC801 \uC0C1\uD669\uC744 30 \uC774\uC0C1\uC73C\uB85C \uC9C0\uD0A4\uC138\uC694.", "s-talks": "\uC801\uC5B4\uB3C4 \uBD81\uD55C\uACFC \uC811\uCD09\uC744 \uC5EC\uC138\uC694.", "s-cred": "\uC2E0\uB8B0\uB3C4 60 \uC774\uC0C1\uC73C\uB85C \uB05D\uB0B4\uC138\uC694." }, "redLines": ["\uB300\uD55C\uBBFC\uAD6D \uC601\uD1A0, \uC120\uBC15, \uAD6D\uBBFC\uC5D0 \uB300\uD55C \uACF5\uACA9\uC740 \uC548 \uB41C\uB2E4.", "\uC6B0\uB9AC\uB97C \uBE7C\uACE0 \uD55C\uBC18\uB3C4 \uBB38\uC81C\uB97C \uACB0\uC815\uD574\uC11C\uB294 \uC548 \uB41C\uB2E4."] }, "pyongyang": { "name": "\uD3C9\uC591", "actor": "\uC870\uC120\uBBFC\uC8FC\uC8FC\uC758\uC778\uBBFC\uACF5\uD654\uAD6D \uC815\uBD80", "publicBrief": "\uC5EC\uB7EC\uBD84\uC740 \uD798\uC5D0\uB294 \uD798\uC73C\uB85C \uB2F5\uD569\uB2C8\uB2E4. \uC6CC\uC2F1\uD134\uACFC \uC11C\uC6B8\uC774 \uD6C8\uB828\uC744 \uD560 \uB54C\uB9C8\uB2E4 \uC5EC\uB7EC\uBD84\uB3C4 \uD6C8\uB828\uACFC \uC2DC\uD5D8\uC73C\uB85C \uB9DE\uC12D\uB2C8\uB2E4. \uD575\uBB34\uAE30\uB294 \uC774\uC81C \uBC95\uC5D0 \uB4E4\uC5B4\uAC00 \uC788\uACE0, \uC2F8\uAC8C \uB118\uAE38 \uC0DD\uAC01\uC740 \uC5C6\uC2B5\uB2C8\uB2E4. \uC5EC\uB7EC\uBD84\uC740 '\uC2E0\uB0C9\uC804'\uC744 \uBC18\uAE41\uB2C8\uB2E4. \uBCA0\uC774\uC9D5, \uD2B9\uD788 \uBAA8\uC2A4\uD06C\uBC14\uC640 \uB354 \uAC00\uAE4C\uC6CC\uC9C0\uAE30 \uB54C\uBB38\uC785\uB2C8\uB2E4. \uC81C\uC7AC \uB54C\uBB38\uC5D0 \uC5EC\uB7EC\uBD84\uC758 \uB098\uB77C\uB294 \uBB34\uC5ED\uC5D0\uC11C \uB530\uB3CC\uB9BC\uC744 \uB2F9\uD569\uB2C8\uB2E4. \uC12C\uC720\uB098 \uC218\uC0B0\uBB3C \uC218\uCD9C\uC774 \uD480\uB9AC\uBA74 \uC0AC\uB78C\uB4E4\uC774 \uB2E4\uC2DC \uC77C\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4.", "privateBrief": "\uC774\uC81C \uBAA8\uC2A4\uD06C\uBC14\uAC00 \uAC00\uC7A5 \uC911\uC694\uD55C \uB3D9\uBC18\uC790\uC785\uB2C8\uB2E4. \uAD70\uC0AC \uD611\uB825, \uAE30\uC220, \uACBD\uC81C \uAC70\uB798\uB97C \uB0B4\uB193\uC2B5\uB2C8\uB2E4. \uC544\uC9C1 \uC544\uBB34\uB3C4 \uC5EC\uB7EC\uBD84 \uC9D3\uC774\uB77C\uACE0 \uBC1D\uD788\uC9C0 \uBABB\uD55C \uC0AC\uC774\uBC84 \uC808\uB3C4\uC640 \uC554\uD638\uD654\uD3D0 \uC0AC\uAE30\uB85C\uB3C4 \uC678\uD654\uAC00 \uB4E4\uC5B4\uC635\uB2C8\uB2E4. \uC544\uBB34\uAC83\uB3C4 \uC5BB\uC9C0 \uBABB\uD558\uACE0 \uBB3C\uB7EC\uC11C\uB294 \uBAA8\uC2B5\uC744 \uBCF4\uC774\uBA74 \uAD6D\uB0B4\uC5D0\uC11C \uC57D\uD574\uC9D1\uB2C8\uB2E4. \uC2DC\uD5D8 \uC911\uB2E8\uC774\uB098 1\uB2E8\uACC4 \uD569\uC758\uB294 \uC4F8 \uC218 \uC788\uB294 \uCE74\uB4DC\uC774\uC9C0\uB9CC, \uC6CC\uC2F1\uD134\uC774 \uB300\uAC00\uB97C \uCE58\uB97C \uB54C\uB9CC \uC368\uC57C \uD569\uB2C8\uB2E4. \uD569\uC758\uB294 \uC5EC\uB7EC\uBD84\uC774 \uC11C\uBA85\uD558\uB294 \uBC14\uB85C \uADF8 \uB77C\uC6B4\uB4DC\uC5D0 \uC6CC\uC2F1\uD134\uC774 \uC81C\uC548\uD574\uC57C \uC774\uB8E8\uC5B4\uC9D1\uB2C8\uB2E4.", "objectives": { "p-deterrent": "\uC5B5\uC9C0\uB825\uC744 \uC9C0\uD0A4\uC138\uC694: \uD575\xB7\uBBF8\uC0AC\uC77C \uACBD\uC7C1 50 \uC774\uC0C1.", "p-security": "\uC6CC\uC2F1\uD134\uC5D0\uAC8C \uB290\uB07C\uB294 \uC704\uD611\uC744 55 \uC774\uD558\uB85C \uB0AE\uCD94\uC138\uC694.", "p-sanctions": "\uC81C\uC7AC \uC555\uBC15\uC744 65 \uC774\uD558\uB85C \uB0AE\uCD94\uC138\uC694.", "p-cred": "\uC2E0\uB8B0\uB3C4 50 \uC774\uC0C1\uC73C\uB85C \uB05D\uB0B4\uC138\uC694.", "p-hum": "\uC8FC\uBBFC\uB4E4\uC758 \uC778\uB3C4\uC801 \uC0C1\uD669\uC744 30 \uC774\uC0C1\uC73C\uB85C \uC9C0\uD0A4\uC138\uC694." }, "redLines": ["\uD68C\uB2F4\uC758 \uC804\uC81C \uC870\uAC74\uC73C\uB85C \uD575\uC744 \uD3EC\uAE30\uD558\uB77C\uB294 \uC694\uAD6C\uB294 \uBC1B\uC544\uB4E4\uC774\uC9C0 \uC54A\uB294\uB2E4.", "\uC815\uAD8C\uC744 \uBB34\uB108\uB728\uB9AC\uB824\uB294 \uC2DC\uB3C4\uB294 \uC548 \uB41C\uB2E4."] }, "beijing": { "name": "\uBCA0\uC774\uC9D5", "actor": "\uC911\uD654\uC778\uBBFC\uACF5\uD654\uAD6D \uC815\uBD80", "publicBrief": "\uC5EC\uB7EC\uBD84\uC740 \uD3C9\uC591\uC758 \uC774\uC6C3\uC774\uC790 \uAC00\uC7A5 \uD070 \uBB34\uC5ED \uC0C1\uB300\uC785\uB2C8\uB2E4. \uAD6D\uACBD\uC5D0\uC11C \uC804\uC7C1\uB3C4, \uBD95\uAD34\uB3C4 \uC6D0\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uC608\uC804\uC5D0 \uBAA8\uC2A4\uD06C\uBC14\uC640 \uD568\uAED8, \uBD81\uD55C \uC8FC\uBBFC\uC774 \uBA39\uACE0\uC0B4 \uC218 \uC788\uB3C4\uB85D \uC81C\uC7AC\uB97C \uD480\uC5B4 \uB2EC\uB77C\uACE0 \uC694\uAD6C\uD55C \uC801\uC774 \uC788\uC2B5\uB2C8\uB2E4. \uC5EC\uB7EC\uBD84\uC740 \uD68C\uB2F4\uC744 \uC8FC\uCD5C\uD558\uACE0, \uAD6D\uACBD \uBB34\uC5ED\uC744 \uC5F4\uAC70\uB098 \uB2EB\uACE0, \uC81C\uC7AC\uB97C \uC9D1\uD589\uD558\uAC70\uB098 \uC720\uC5D4\uC5D0\uC11C \uC0C8 \uC81C\uC7AC\uB97C \uB9C9\uC744 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uC6CC\uC2F1\uD134\uC758 \uD6C8\uB828\uC774 \uAC00\uAE4C\uC774 \uC624\uBA74 \uD798\uC744 \uBCF4\uC5EC \uC904 \uC218\uB3C4 \uC788\uC2B5\uB2C8\uB2E4.", "privateBrief": "\uC6CC\uC2F1\uD134\uACFC \uC190\uC744 \uC7A1\uC73C\uBA74 \uBAA8\uB450\uAC00 \uD544\uC694\uB85C \uD558\uB294 \uC911\uC7AC\uC790\uAC00 \uB429\uB2C8\uB2E4. \uBAA8\uC2A4\uD06C\uBC14\uC640 \uC9C4\uC601\uC744 \uB2E4\uC9C0\uB294 \uAC83\uB3C4 \uC4F8\uBAA8\uAC00 \uC788\uC2B5\uB2C8\uB2E4. \uD3C9\uC591\uC774 \uB73B\uBC16\uC758 \uC77C\uC744 \uBC8C\uC774\uB294 \uAC83\uC740 \uC2EB\uC2B5\uB2C8\uB2E4. \uB54C\uB97C \uC798\uBABB \uACE0\uB978 \uC2DC\uD5D8\uC740 \uC5EC\uB7EC\uBD84\uC744 \uACE4\uB780\uD558\uAC8C \uD569\uB2C8\uB2E4. \uC9C0\uC6D0 \uBB38\uC81C\uC5D0\uC11C \uC6CC\uC2F1\uD134\uACFC \uC808\uBC18\uC529 \uC591\uBCF4\uD560 \uC218 \uC788\uC9C0\uB9CC, \uC6CC\uC2F1\uD134\uC774 \uAC19\uC740 \uB77C\uC6B4\uB4DC\uC5D0 \uAC19\uC740 \uC218\uB97C \uB458 \uB54C\uB9CC \uB429\uB2C8\uB2E4. \uC5EC\uB7EC\uBD84\uC758 \uC601\uD5A5\uB825\uC740 \uC9C4\uC9DC\uC9C0\uB9CC \uD55C\uACC4\uAC00 \uC788\uC2B5\uB2C8\uB2E4. \uB108\uBB34 \uC138\uAC8C \uB204\uB974\uBA74 \uD3C9\uC591\uC774 \uBAA8\uC2A4\uD06C\uBC14 \uCABD\uC73C\uB85C \uB354 \uAE30\uC6B8 \uC218 \uC788\uC2B5\uB2C8\uB2E4.", "objectives": { "b-tension": "\uD55C\uBC18\uB3C4 \uAE34\uC7A5\uC744 45 \uC774\uD558\uB85C \uC720\uC9C0\uD558\uC138\uC694.", "b-bloc": "\uC9C4\uC601 \uB300\uB9BD\uC744 60 \uC774\uD558\uB85C \uC720\uC9C0\uD558\uC138\uC694.", "b-talks": "\uC2E4\uC81C \uD68C\uB2F4\uC744 \uC5F4\uC5B4 \uB0B4\uC138\uC694(\uD68C\uB2F4 \uB2E8\uACC4 \uC774\uC0C1).", "b-hum": "\uBD81\uD55C\uC758 \uC778\uB3C4\uC801 \uC0C1\uD669\uC744 30 \uC774\uC0C1\uC73C\uB85C \uC9C0\uD0A4\uC138\uC694." }, "redLines": ["\uAD6D\uACBD\uC5D0\uC11C \uC804\uC7C1\uC740 \uC548 \uB41C\uB2E4.", "\uB09C\uBBFC\uC774 \uBC00\uB824\uC624\uAC70\uB098 \uAD70\uB300\uAC00 \uC555\uB85D\uAC15\uAE4C\uC9C0 \uC624\uB294 \uC815\uAD8C \uBD95\uAD34\uB294 \uC548 \uB41C\uB2E4."] }, "moscow": { "name": "\uBAA8\uC2A4\uD06C\uBC14", "actor": "\uB7EC\uC2DC\uC544 \uC5F0\uBC29 \uC815\uBD80", "publicBrief": "\uC5EC\uB7EC\uBD84\uC740 \uD55C\uBC18\uB3C4\uB97C \uC11C\uBC29\uACFC\uC758 \uB354 \uD070 \uB300\uACB0\uC758 \uC77C\uBD80\uB85C \uBD05\uB2C8\uB2E4. \uC5EC\uB7EC\uBD84\uC740 \uD3C9\uC591\uC758 \uAC00\uC7A5 \uC801\uADF9\uC801\uC778 \uB3D9\uBC18\uC790\uB85C\uC11C \uAD70\uC0AC \uD611\uB825, \uAE30\uC220, \uACBD\uC81C \uAC70\uB798\uB97C \uB0B4\uB193\uC2B5\uB2C8\uB2E4. \uC720\uC5D4\uC5D0\uC11C\uB294 \uD3C9\uC591\uC744 \uAC10\uC2F8 \uC904 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uBCA0\uC774\uC9D5\uACFC \uD568\uAED8 \uBD81\uD55C \uC8FC\uBBFC\uC774 \uC2DD\uB7C9\uACFC \uC758\uC57D\uD488\uC744 \uBC1B\uB3C4\uB85D \uC81C\uC7AC\uB97C \uD480\uC790\uACE0 \uC8FC\uC7A5\uD574 \uC654\uC2B5\uB2C8\uB2E4.", "privateBrief": "\uC9C0\uAE08 \uD3C9\uC591\uC758 \uD3EC\uD0C4\uACFC \uD638\uC758\uB294 \uC5EC\uB7EC\uBD84\uC5D0\uAC8C \uD070 \uAC00\uCE58\uAC00 \uC788\uC2B5\uB2C8\uB2E4. \uC870\uC6A9\uD55C \uAE30\uC220 \uC774\uC804\uC774 \uADF8 \uB300\uAC00\uC785\uB2C8\uB2E4. \uADF8\uAC83\uC774 \uB4DC\uB7EC\uB098\uBA74 \uB300\uAC00\uB97C \uCE58\uB974\uACE0, \uD55C\uBC18\uB3C4\uC758 \uC804\uC7C1\uC740 \uB204\uAD6C\uC5D0\uAC8C\uB3C4 \uB3C4\uC6C0\uC774 \uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uD070 \uD611\uC0C1\uC774 \uC5F4\uB9AC\uBA74 \uC790\uB9AC\uB97C \uC5BB\uC5B4 \uB450\uB294 \uAC83\uC774 \uC88B\uC2B5\uB2C8\uB2E4. \uC6CC\uC2F1\uD134\uC774\uB098 \uBCA0\uC774\uC9D5\uC5D0 \uC81C\uC548\uC744 \uD558\uACE0 \uC0C1\uB300\uAC00 \uC751\uB2F5\uD558\uBA74 \uC5EC\uB7EC\uBD84\uC758 \uB9D0\uC5D0 \uB354 \uBB34\uAC8C\uAC00 \uC2E4\uB9BD\uB2C8\uB2E4.", "objectives": { "m-sanctions": "\uC81C\uC7AC \uC555\uBC15\uC744 65 \uC774\uD558\uB85C \uB0AE\uCD94\uC138\uC694.", "m-cred": "\uC2E0\uB8B0\uB3C4 55 \uC774\uC0C1\uC73C\uB85C \uB05D\uB0B4\uC138\uC694.", "m-us": "\uC6CC\uC2F1\uD134\uC5D0\uAC8C \uB290\uB07C\uB294 \uC704\uD611\uC744 45 \uC774\uD558\uB85C \uC720\uC9C0\uD558\uC138\uC694.", "m-war": "\uD55C\uBC18\uB3C4 \uAE34\uC7A5\uC744 60 \uC774\uD558\uB85C \uC720\uC9C0\uD558\uC138\uC694.", "m-bloc": "\uC9C4\uC601 \uB300\uB9BD\uC744 68 \uC774\uC0C1\uC73C\uB85C \uB04C\uC5B4\uC62C\uB9AC\uC138\uC694." }, "redLines": ["\uADF9\uB3D9 \uAD6D\uACBD \uADFC\uCC98\uC5D0 \uC11C\uBC29\uC758 \uAD70\uC0AC\uB825\uC774 \uC313\uC5EC\uC11C\uB294 \uC548 \uB41C\uB2E4.", "\uD3C9\uC591\uACFC\uC758 \uB3D9\uBC18\uC790 \uAD00\uACC4\uB294 \uD611\uC0C1 \uB300\uC0C1\uC774 \uC544\uB2C8\uB2E4."] } }, "moves": { "washington": { "jointDrills": { "label": "\uC11C\uC6B8\uACFC \uC5F0\uD569 \uD6C8\uB828", "why": "\uC11C\uC6B8\uACFC \uD070 \uD6C8\uB828\uC744 \uC5F4\uC5B4 \uD568\uAED8\uD558\uB294 \uD654\uB825\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4. \uC11C\uC6B8\uC740 \uC548\uC2EC\uD558\uC9C0\uB9CC \uD3C9\uC591\uC740 \uB300\uAC1C \uB611\uAC19\uC774 \uB9DE\uC12D\uB2C8\uB2E4." }, "nuclearConsultation": { "label": "\uC11C\uC6B8\uACFC \uD575 \uD611\uC758", "why": "\uD575 \uACF5\uB3D9 \uAE30\uD68D\uC73C\uB85C \uBBF8\uAD6D\uC758 \uD575\uC6B0\uC0B0\uC774 \uC9C4\uC9DC\uB77C\uACE0 \uD3C9\uC591\uC5D0 \uC54C\uB9BD\uB2C8\uB2E4. \uB3D9\uB9F9\uC740 \uAE4A\uC5B4\uC9C0\uACE0 \uB300\uB9BD\uB3C4 \uAE4A\uC5B4\uC9D1\uB2C8\uB2E4." }, "fireAndFury": { "label": "'\uD654\uC5FC\uACFC \uBD84\uB178' \uACBD\uACE0", "why": "\uC555\uB3C4\uC801\uC778 \uD798\uC744 \uC4F0\uACA0\uB2E4\uACE0 \uAC70\uCE60\uAC8C \uC704\uD611\uD569\uB2C8\uB2E4. 2017\uB144\uCC98\uB7FC\uC694. \uC5B5\uC9C0\uAC00 \uB420 \uC218\uB3C4 \uC788\uC9C0\uB9CC \uD3C9\uC591\uC774 \uBB3C\uB7EC\uC11C\uAE30 \uC5B4\uB835\uAC8C \uB9CC\uB4ED\uB2C8\uB2E4." }, "calmDeterrence": { "label": "\uC808\uC81C\uB41C \uC5B5\uC9C0 \uBA54\uC2DC\uC9C0", "why": "\uC5B5\uC9C0\uB825\uC740 \uC720\uC9C0\uD558\uB418 \uAC70\uCE60\uACE0 \uC9C0\uB098\uCE5C \uB9D0\uC740 \uBE8D\uB2C8\uB2E4. \uC0C1\uB300\uC5D0\uAC8C \uBAA8\uC695\uC744 \uC8FC\uC9C0 \uC54A\uACE0\uB3C4 \uB2E8\uD638\uD574 \uBCF4\uC785\uB2C8\uB2E4." }, "tighterSanctions": { "label": "\uC81C\uC7AC \uAC15\uD654", "why": "\uD3C9\uC591\uC758 \uB3C8\uC904\uC744 \uB354 \uB9C9\uC2B5\uB2C8\uB2E4. \uC555\uBC15\uC774 \uCEE4\uC9C0\uACE0 \uBCF4\uD1B5 \uC0AC\uB78C\uB4E4\uC758 \uACE0\uD1B5\uB3C4 \uCEE4\uC9D1\uB2C8\uB2E4." }, "exportRelief": { "label": "\uC12C\uC720\xB7\uC218\uC0B0\uBB3C \uC218\uCD9C \uD5C8\uC6A9", "why": "\uBD81\uD55C \uC8FC\uBBFC\uC774 \uC77C\uD560 \uC218 \uC788\uB294 \uBB34\uC5ED\uC744 \uC77C\uBD80 \uD5C8\uC6A9\uD569\uB2C8\uB2E4. \uC815\uC0C1\uC801\uC778 \uAC70\uB798\uB85C \uB3CC\uC544\uAC00\uB294 \uAE38\uC774\uC790 \uC720\uC778\uCC45\uC785\uB2C8\uB2E4." }, "specialRepresentative": { "label": "\uC804\uB2F4 \uD2B9\uBCC4\uB300\uD45C \uC784\uBA85", "why": "\uB300\uBD81 \uD2B9\uBCC4\uB300\uD45C\uB97C \uB2E4\uC2DC \uC804\uB2F4\uC9C1\uC73C\uB85C \uB9CC\uB4ED\uB2C8\uB2E4. \uD2B9\uBCC4\uB300\uD45C\uB294 \uC0C8 \uBC29\uBC95\uC744 \uAD6C\uC0C1\uD558\uACE0 \uAE30\uD68C\uB97C \uCC3E\uC2B5\uB2C8\uB2E4." }, "liftTravelBan": { "label": "\uC5EC\uD589 \uAE08\uC9C0 \uD574\uC81C", "why": "\uBBF8\uAD6D \uC2DC\uBBFC\uC774 \uB2E4\uC2DC \uBD81\uD55C\uC744 \uBC29\uBB38\uD560 \uC218 \uC788\uAC8C \uD569\uB2C8\uB2E4. \uAD6C\uD638 \uD65C\uB3D9\uACFC \uBE44\uACF5\uC2DD \uC811\uCD09\uC758 \uC5EC\uC9C0\uAC00 \uC0DD\uAE41\uB2C8\uB2E4." }, "humanitarianAid": { "label": "\uC778\uB3C4\uC801 \uC9C0\uC6D0", "why": "\uC2DD\uB7C9\uACFC \uC758\uC57D\uD488 \uC9C0\uC6D0\uC744 \uB9C9\uB294 \uAC78\uB9BC\uB3CC\uC744 \uCE58\uC6B0\uACE0 \uC9C0\uC6D0\uC744 \uBCF4\uB0C5\uB2C8\uB2E4. \uC0AC\uB78C\uB4E4\uC744 \uC9C1\uC811 \uB3D5\uACE0 \uBE44\uC6A9\uC740 \uC801\uC2B5\uB2C8\uB2E4." }, "refrainFromDrills": { "label": "\uB9DE\uB300\uC751 \uD6C8\uB828 \uC790\uC81C", "why": "\uB3C4\uBC1C\uC5D0 \uB2F5\uD558\uB358 \uD6C8\uB828\uC744 \uC774\uBC88\uC5D0\uB294 \uAC74\uB108\uB701\uB2C8\uB2E4. \uAD70\uC0AC\uC801 \uAE34\uC7A5 \uC644\uD654\uC774\uC9C0\uB9CC \uBB3C\uB7EC\uC11C\uB294 \uAC83\uCC98\uB7FC \uBCF4\uC77C \uC218 \uC788\uC2B5\uB2C8\uB2E4." }, "proposeFirstPhase": { "label": "1\uB2E8\uACC4 \uD569\uC758 \uC81C\uC548", "why": "\uBE44\uD575\uD654\uB97C \uD55C \uAC78\uC74C\uC529 \uC2DC\uC791\uD558\uB294 \uD569\uC758\uB97C \uC81C\uC548\uD569\uB2C8\uB2E4. \uD3C9\uC591\uC774 \uAC19\uC740 \uB77C\uC6B4\uB4DC\uC5D0 \uC11C\uBA85\uD574\uC57C\uB9CC \uD6A8\uB825\uC774 \uC0DD\uAE41\uB2C8\uB2E4." }, "commonGroundBeijing": { "label": "\uBCA0\uC774\uC9D5\uACFC \uACF5\uD1B5\uC810 \uCC3E\uAE30", "why": "\uBD81\uD55C \uBB38\uC81C\uC5D0\uC11C \uBCA0\uC774\uC9D5\uACFC \uD568\uAED8\uD560 \uC804\uB7B5\uC744 \uCC3E\uC2B5\uB2C8\uB2E4. \uC9C4\uC601\uC744 \uB098\uB204\uB294 \uBCBD\uC744 \uD5C8\uBB3C\uACE0 \uBCA0\uC774\uC9D5\uC744 \uC911\uC7AC\uC790\uB85C \uB9CC\uB4E4 \uC218 \uC788\uC2B5\uB2C8\uB2E4." }, "consultSeoul": { "label": "\uC11C\uC6B8\uACFC \uC5B5\uC9C0 \uC804\uB7B5 \uD611\uC758", "why": "\uC11C\uC6B8\uACFC \uB9C8\uC8FC \uC549\uC544 \uC5B4\uB5BB\uAC8C \uC9C0\uD0AC\uC9C0 \uD568\uAED8 \uACC4\uD68D\uD569\uB2C8\uB2E4. \uC11C\uC6B8\uC740 \uB354 \uC548\uC804\uD558\uB2E4\uACE0 \uB290\uB07C\uACE0, \uD3C9\uC591\uC740 \uB450 \uB098\uB77C\uAC00 \uB618\uB618 \uBB49\uCE5C\uB2E4\uACE0 \uBD05\uB2C8\uB2E4." }, "engageMoscow": { "label": "\uBAA8\uC2A4\uD06C\uBC14\uC640 \uB300\uD654 \uD1B5\uB85C \uC5F4\uAE30", "why": "\uB2E4\uB978 \uBB38\uC81C\uB85C\uB294 \uB2E4\uD22C\uB354\uB77C\uB3C4 \uBD81\uD55C \uBB38\uC81C\uB85C \uBAA8\uC2A4\uD06C\uBC14\uC640 \uC774\uC57C\uAE30\uD569\uB2C8\uB2E4. \uBAA8\uC2A4\uD06C\uBC14\uC758 \uC81C\uC548\uC5D0 \uC751\uB2F5\uD560 \uC218 \uC788\uACE0 \uC9C4\uC601 \uB300\uB9BD\uC744 \uB204\uADF8\uB7EC\uB728\uB9BD\uB2C8\uB2E4." }, "reliefWithBeijing": { "label": "\uBCA0\uC774\uC9D5\uACFC \uC9C0\uC6D0\uC5D0\uC11C \uC808\uBC18\uC529 \uC591\uBCF4", "why": "\uBD81\uD55C\uC758 \uBCF4\uD1B5 \uC0AC\uB78C\uB4E4\uC744 \uB3D5\uB294 \uC9C0\uC6D0\uACFC \uBB34\uC5ED\uC744 \uBCA0\uC774\uC9D5\uACFC \uD569\uC758\uD569\uB2C8\uB2E4. \uBCA0\uC774\uC9D5\uC774 \uAC19\uC740 \uB77C\uC6B4\uB4DC\uC5D0 \uAC19\uC740 \uC218\uB97C \uB458 \uB54C\uB9CC \uD6A8\uB825\uC774 \uC0DD\uAE41\uB2C8\uB2E4." } }, "seoul": { "jointDrills": { "label": "\uC6CC\uC2F1\uD134\uACFC \uC5F0\uD569 \uD6C8\uB828", "why": "\uD568\uAED8 \uD6C8\uB828\uD558\uBA70 \uC900\uBE44\uAC00 \uB418\uC5B4 \uC788\uC74C\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4. \uAD6D\uBBFC\uC740 \uC548\uC2EC\uD558\uACE0 \uD3C9\uC591\uC740 \uAE34\uC7A5\uD569\uB2C8\uB2E4." }, "nuclearPlanning": { "label": "\uD575 \uAE30\uD68D\uC5D0\uC11C \uB354 \uD070 \uC5ED\uD560 \uC694\uAD6C", "why": "\uBBF8\uAD6D\uC758 \uD575\uC6B0\uC0B0\uC5D0 \uB300\uD574 \uB354 \uD070 \uBC1C\uC5B8\uAD8C\uC744 \uC694\uAD6C\uD569\uB2C8\uB2E4. \uC5B5\uC9C0\uB825\uC740 \uAC15\uD574\uC9C0\uC9C0\uB9CC \uD3C9\uC591\uC740 \uD575 \uC704\uD611\uC73C\uB85C \uBD05\uB2C8\uB2E4." }, "readyForWar": { "label": "'\uC804\uC7C1 \uC900\uBE44 \uC644\uB8CC' \uBC1C\uC5B8", "why": "\uC624\uB298 \uBC24\uC774\uB77C\uB3C4 \uC2F8\uC6B8 \uC900\uBE44\uAC00 \uB418\uC5B4 \uC788\uB2E4\uACE0 \uBD81\uD55C\uC5D0 \uB9D0\uD569\uB2C8\uB2E4. \uC0C1\uB300\uC758 \uB9D0\uC5D0 \uB9DE\uC11C\uC9C0\uB9CC \uADF8 \uB9D0\uC744 \uB354 \uBD80\uCD94\uAE41\uB2C8\uB2E4." }, "conventionalBuildup": { "label": "\uC7AC\uB798\uC2DD \uD0C0\uACA9 \uC804\uB825 \uD655\uCDA9", "why": "\uC815\uBC00 \uBBF8\uC0AC\uC77C\uACFC \uD0C0\uACA9 \uC804\uB825\uC744 \uB354 \uC0AC\uC11C \uBC30\uCE58\uD569\uB2C8\uB2E4. \uD575 \uC5C6\uB294 \uC5B5\uC9C0\uB825\uC774\uC9C0\uB9CC \uC5EC\uC804\uD788 \uAD70\uBE44 \uACBD\uC7C1\uC785\uB2C8\uB2E4." }, "enforceSanctionsAtSea": { "label": "\uD574\uC0C1 \uC81C\uC7AC \uB2E8\uC18D", "why": "\uBD81\uD55C\uC744 \uC704\uD574 \uBC00\uC218\uD558\uB294 \uBC30\uB97C \uAC80\uC0C9\uD558\uACE0 \uBA48\uCDB0 \uC138\uC6C1\uB2C8\uB2E4. \uC555\uBC15\uC774 \uB354 \uC870\uC5EC\uC9D1\uB2C8\uB2E4." }, "humanitarianAid": { "label": "\uBD81\uD55C\uC5D0 \uC778\uB3C4\uC801 \uC9C0\uC6D0", "why": "\uC2DD\uB7C9, \uBE44\uB8CC, \uC758\uC57D\uD488\uC744 \uBCF4\uB0C5\uB2C8\uB2E4. \uB300\uAC00\uB97C \uBC14\uB77C\uC9C0 \uC54A\uB294 \uC9C1\uC811\uC801\uC778 \uB3C4\uC6C0\uC785\uB2C8\uB2E4." }, "refrainFromDrills": { "label": "\uB9DE\uB300\uC751 \uD6C8\uB828 \uC911\uB2E8", "why": "\uB2E4\uC74C \uB3C4\uBC1C\uC5D0 \uD6C8\uB828\uC73C\uB85C \uB2F5\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uAD70\uC0AC\uC801 \uAE34\uC7A5 \uC644\uD654\uC774\uC9C0\uB9CC \uAD6D\uB0B4\uC5D0\uC11C\uB294 \uC57D\uD558\uB2E4\uB294 \uB9D0\uC774 \uB098\uC62C \uC218 \uC788\uC2B5\uB2C8\uB2E4." }, "informalEngagement": { "label": "\uBE44\uACF5\uC2DD \uD1B5\uB85C \uC5F4\uAE30", "why": "\uC2DC\uBBFC \uB2E8\uCCB4, \uC885\uAD50 \uB2E8\uCCB4, \uAD6C\uD638 \uC694\uC6D0\uC774 \uBD81\uD55C \uC0AC\uB78C\uB4E4\uC744 \uB9CC\uB098\uAC8C \uD569\uB2C8\uB2E4. \uBE44\uC6A9\uC774 \uC801\uACE0 \uB354 \uCEE4\uC9C8 \uC218 \uC788\uB294 \uC811\uCD09\uC785\uB2C8\uB2E4." }, "interKoreanTalks": { "label": "\uB0A8\uBD81 \uB300\uD654 \uC81C\uC548", "why": "\uC544\uBB34 \uC870\uAC74 \uC5C6\uC774 \uB0A8\uBD81\uC774 \uB9CC\uB098\uC790\uACE0 \uC81C\uC548\uD569\uB2C8\uB2E4." }, "unificationVision": { "label": "\uD3C9\uD654 \uD1B5\uC77C \uAD6C\uC0C1 \uBC1C\uD45C", "why": "\uBA3C \uBBF8\uB798\uC5D0 \uCC9C\uCC9C\uD788 \uD558\uB098\uAC00 \uB418\uB294 \uAE38\uC744 \uC124\uBA85\uD569\uB2C8\uB2E4. \uAD6D\uB0B4\uC5D0\uC11C\uB294 \uD76C\uB9DD\uC744 \uC8FC\uC9C0\uB9CC \uD3C9\uC591\uC740 \uD761\uC218\uD558\uB824\uB294 \uACC4\uD68D\uC73C\uB85C \uB4E4\uC744 \uC218 \uC788\uC2B5\uB2C8\uB2E4." }, "reassureBeijing": { "label": "\uBCA0\uC774\uC9D5 \uC548\uC2EC\uC2DC\uD0A4\uAE30", "why": "\uB3D9\uB9F9\uC774 \uBCA0\uC774\uC9D5\uC744 \uACA8\uB0E5\uD55C \uAC83\uC774 \uC544\uB2C8\uB77C\uACE0 \uC124\uBA85\uD569\uB2C8\uB2E4. \uD3C9\uC591 \uBB38\uC81C\uC5D0\uC11C \uBCA0\uC774\uC9D5\uC758 \uB3C4\uC6C0\uC744 \uC5BB\uC744 \uC218\uB3C4 \uC788\uC2B5\uB2C8\uB2E4." }, "returnFire": { "label": "\uAD6D\uACBD\uC5D0\uC11C \uB9DE\uC0AC\uACA9", "why": "\uAD6D\uACBD\uC5D0\uC11C \uB0A0\uC544\uC628 \uCD1D\uACA9\uC5D0 \uCD1D\uACA9\uC73C\uB85C \uB2F5\uD569\uB2C8\uB2E4. \uBC00\uB9AC\uC9C0 \uC54A\uB294\uB2E4\uB294 \uAC83\uC744 \uBCF4\uC5EC \uC8FC\uC9C0\uB9CC \uC2F8\uC6C0\uC774 \uCEE4\uC9C8 \uC218 \uC788\uC2B5\uB2C8\uB2E4." }, "consultWashington": { "label": "\uC6CC\uC2F1\uD134\uC5D0 \uD611\uC758 \uC694\uCCAD", "why": "\uB3D9\uB9F9\uC774 \uC5B4\uB5BB\uAC8C \uC2F8\uC6B8\uC9C0\uC5D0 \uB300\uD574 \uC9C4\uC9DC \uBC1C\uC5B8\uAD8C\uC744 \uB2EC\uB77C\uACE0 \uC6CC\uC2F1\uD134\uC5D0 \uC694\uCCAD\uD569\uB2C8\uB2E4. \uAD6D\uBBFC\uC774 \uC548\uC2EC\uD558\uACE0, \uC6CC\uC2F1\uD134\uC740 \uD611\uC758\uB85C \uB2F5\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4." } }, "pyongyang": { "missileTest": { "label": "\uBBF8\uC0AC\uC77C \uC2DC\uD5D8", "why": "\uD0C4\uB3C4 \uBBF8\uC0AC\uC77C\uC744 \uC3D8\uC544 \uC0AC\uAC70\uB9AC\uB97C \uBCF4\uC5EC \uC90D\uB2C8\uB2E4. \uD798\uC5D0\uB294 \uD798\uC73C\uB85C: \uC555\uBC15\uC5D0 \uB2F5\uD558\uC9C0\uB9CC \uB354 \uD070 \uC555\uBC15\uC744 \uBD80\uB985\uB2C8\uB2E4." }, "reciprocalDrills": { "label": "\uD6C8\uB828\uC5D0\uB294 \uD6C8\uB828\uC73C\uB85C", "why": "\uAD6D\uACBD \uAC00\uAE4C\uC774\uC5D0\uC11C \uC5EC\uB7EC\uBD84\uB9CC\uC758 \uD6C8\uB828\uACFC \uD3EC \uC0AC\uACA9\uC744 \uD569\uB2C8\uB2E4. \uD654\uB825\uC5D0\uC11C \uBC00\uB9AC\uC9C0 \uC54A\uB294\uB2E4\uB294 \uAC83\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4." }, "nuclearLaw": { "label": "\uD575 \uAD50\uB9AC \uC7AC\uD655\uC778", "why": "\uD575 \uBCF4\uC720\uB294 \uBC95\uC774\uACE0 \uD611\uC0C1 \uB300\uC0C1\uC774 \uC544\uB2C8\uB77C\uACE0 \uC138\uACC4\uC5D0 \uB2E4\uC2DC \uB9D0\uD569\uB2C8\uB2E4. \uC77C\uBD80\uB7EC \uBB38\uC744 \uB2EB\uB294 \uAC83\uC785\uB2C8\uB2E4." }, "cyberTheft": { "label": "\uC0AC\uC774\uBC84 \uC808\uB3C4\uC640 \uC554\uD638\uD654\uD3D0 \uC0AC\uAE30", "why": "\uC554\uD638\uD654\uD3D0\uB97C \uD6D4\uCE58\uACE0 \uC740\uD589\uC5D0 \uCE68\uC785\uD574 \uC678\uD654\uB97C \uBC95\uB2C8\uB2E4. \uBE44\uBC00 \uC791\uC804\uC774\uB77C \uC0C8\uC5B4 \uB098\uAC00\uC9C0 \uC54A\uC73C\uBA74 \uC544\uBB34\uB3C4 \uBAA8\uB985\uB2C8\uB2E4." }, "seekRussianTech": { "label": "\uB7EC\uC2DC\uC544 \uAD70\uC0AC \uAE30\uC220 \uC5BB\uAE30", "why": "\uD638\uC758\uC640 \uD3EC\uD0C4\uC744 \uB7EC\uC2DC\uC544\uC758 \uAE30\uC220\uACFC \uB9DE\uBC14\uAFC9\uB2C8\uB2E4. \uBE44\uBC00 \uC791\uC804\uC774\uBA70 \uC5EC\uB7EC\uBD84\uC744 \uBAA8\uC2A4\uD06C\uBC14 \uCABD\uC73C\uB85C \uB354 \uAE4A\uC774 \uB04C\uC5B4\uB2F9\uAE41\uB2C8\uB2E4." }, "acceptTalks": { "label": "\uB300\uD654 \uC218\uB77D", "why": "\uB9C8\uCE68\uB0B4 \uBBF8\uAD6D\uC758 \uB300\uD654 \uC81C\uC548\uC5D0 \uB2F5\uD569\uB2C8\uB2E4. \uCCAB\uAC78\uC74C\uC774\uBA70, \uC0C1\uB300\uAC00 \uB2F5\uD558\uC9C0 \uC54A\uC744 \uB54C\uB9CC \uCCB4\uBA74\uC744 \uC783\uC2B5\uB2C8\uB2E4." }, "testingFreeze": { "label": "\uC2DC\uD5D8 \uC911\uB2E8 \uBC1C\uD45C", "why": "\uB2F9\uBD84\uAC04 \uBBF8\uC0AC\uC77C\uACFC \uD575 \uC2DC\uD5D8\uC744 \uBA48\uCDA5\uB2C8\uB2E4. \uAD70\uC0AC\uC801 \uAE34\uC7A5 \uC644\uD654\uB85C, \uC0C1\uB300\uB3C4 \uB611\uAC19\uC774 \uB2F5\uD558\uB3C4\uB85D \uC774\uB055\uB2C8\uB2E4." }, "firstPhaseAgreement": { "label": "1\uB2E8\uACC4 \uD569\uC758 \uC11C\uBA85", "why": "\uC81C\uC7AC \uC644\uD654\uB97C \uBC1B\uB294 \uB300\uC2E0 \uBE44\uD575\uD654\uC758 \uCCAB \uB2E8\uACC4\uC5D0 \uB3D9\uC758\uD569\uB2C8\uB2E4. \uC6CC\uC2F1\uD134\uC774 \uAC19\uC740 \uB77C\uC6B4\uB4DC\uC5D0 \uC81C\uC548\uD574\uC57C\uB9CC \uD6A8\uB825\uC774 \uC0DD\uAE41\uB2C8\uB2E4. \uC5B5\uC9C0\uB825\uC744 \uC77C\uBD80 \uB0B4\uC8FC\uB294 \uC77C\uC785\uB2C8\uB2E4." }, "askBeijingLifeline": { "label": "\uBCA0\uC774\uC9D5\uC5D0 \uACBD\uC81C \uC9C0\uC6D0 \uC694\uCCAD", "why": "\uC774\uC6C3\uC5D0\uAC8C \uBB34\uC5ED\uACFC \uC9C0\uC6D0\uC744 \uC694\uCCAD\uD569\uB2C8\uB2E4. \uACBD\uC81C\uB97C \uBC84\uD2F0\uAC8C \uD558\uACE0 \uBCA0\uC774\uC9D5\uC744 \uACC4\uC18D \uBD99\uC7A1\uC544 \uB461\uB2C8\uB2E4." }, "allowAidMonitors": { "label": "\uAD6C\uD638 \uC694\uC6D0 \uBC1B\uC544\uB4E4\uC774\uAE30", "why": "\uB0A8\uCE21\uACFC \uAD6D\uC81C\uAE30\uAD6C\uC758 \uAC10\uC2DC \uC694\uC6D0\uACFC \uD568\uAED8 \uC9C0\uC6D0\uC744 \uBC1B\uC2B5\uB2C8\uB2E4. \uC8FC\uBBFC\uC744 \uB3D5\uACE0 \uBB38\uC744 \uC870\uAE08 \uC5FD\uB2C8\uB2E4." }, "borderClash": { "label": "\uAD6D\uACBD\uC5D0\uC11C \uCDA9\uB3CC \uC77C\uC73C\uD0A4\uAE30", "why": "\uAD70\uC778\uC774\uB098 \uBC30\uB97C \uACBD\uACC4\uC120 \uB108\uBA38\uB85C \uBCF4\uB0B4\uAC70\uB098 \uAD6D\uACBD \uCD08\uC18C\uC5D0 \uC0AC\uACA9\uD569\uB2C8\uB2E4. \uC11C\uC6B8\uC758 \uB2F4\uB825\uC744 \uC2DC\uD5D8\uD558\uB294 \uC791\uC740 \uC2F8\uC6C0\uC774\uC9C0\uB9CC \uCEE4\uC9C8 \uC218 \uC788\uC2B5\uB2C8\uB2E4." }, "walkOut": { "label": "\uD68C\uB2F4\uC7A5 \uB5A0\uB098\uAE30", "why": "\uC0C1\uB300\uAC00 \uC9C4\uC9C0\uD558\uC9C0 \uC54A\uB2E4\uBA70 \uD611\uC0C1 \uC790\uB9AC\uB97C \uB5A0\uB0A9\uB2C8\uB2E4. \uB300\uD654\uAC00 \uD55C \uB2E8\uACC4 \uB4A4\uB85C \uBB3C\uB7EC\uB0A9\uB2C8\uB2E4." }, "embraceNewColdWar": { "label": "\uC2E0\uB0C9\uC804 \uBC1B\uC544\uB4E4\uC774\uAE30", "why": "\uC138\uACC4\uAC00 \uB450 \uC9C4\uC601\uC73C\uB85C \uB098\uB258\uC5C8\uACE0 \uC5EC\uB7EC\uBD84\uC740 \uBAA8\uC2A4\uD06C\uBC14, \uBCA0\uC774\uC9D5 \uD3B8\uC774\uB77C\uACE0 \uB9D0\uD569\uB2C8\uB2E4. \uCE5C\uAD6C\uB97C \uC5BB\uC9C0\uB9CC \uB300\uB9BD\uC740 \uAE4A\uC5B4\uC9D1\uB2C8\uB2E4." } }, "beijing": { "brokerRelief": { "label": "\uC778\uB3C4\uC801 \uC81C\uC7AC \uC644\uD654 \uC911\uC7AC", "why": "\uC778\uB3C4\uC801 \uAD50\uC5ED\uC740 \uC81C\uC7AC\uC5D0\uC11C \uBE7C \uC8FC\uC790\uACE0 \uC720\uC5D4\uC5D0 \uC81C\uC548\uD569\uB2C8\uB2E4. \uC6CC\uC2F1\uD134\uC774 \uC808\uBC18\uC744 \uC591\uBCF4\uD574 \uC624\uBA74 \uD568\uAED8\uD558\uB294 \uD55C \uAC78\uC74C\uC774 \uB429\uB2C8\uB2E4." }, "hostTalks": { "label": "\uD68C\uB2F4 \uC8FC\uCD5C", "why": "\uD55C \uB098\uB77C\uC758 \uB300\uD45C\uB2E8\uC744 \uBCA0\uC774\uC9D5\uC73C\uB85C \uBD88\uB7EC \uD68C\uB2F4\uC744 \uC5FD\uB2C8\uB2E4. \uC5EC\uB7EC\uBD84\uC740 \uBAA8\uB450\uAC00 \uD544\uC694\uB85C \uD558\uB294 \uC911\uC7AC\uC790\uAC00 \uB429\uB2C8\uB2E4." }, "borderTrade": { "label": "\uAD6D\uACBD \uBB34\uC5ED \uC5F4\uAE30", "why": "\uC555\uB85D\uAC15\uC744 \uAC74\uB108\uB294 \uBB3C\uAC74\uC744 \uB298\uB9BD\uB2C8\uB2E4. \uC5B4\uB824\uC6C0\uACFC \uC81C\uC7AC\uB97C \uD568\uAED8 \uB35C\uC5B4 \uC90D\uB2C8\uB2E4." }, "enforceSanctions": { "label": "\uC81C\uC7AC \uC5C4\uACA9 \uC9D1\uD589", "why": "\uBC00\uC218\uC640 \uAE08\uC9C0 \uBB3C\uD488\uC774 \uC624\uAC00\uC9C0 \uBABB\uD558\uAC8C \uAD6D\uACBD\uC744 \uB2EB\uC2B5\uB2C8\uB2E4. \uD3C9\uC591\uC5D0 \uB300\uD55C \uD070 \uC9C0\uB81B\uB300\uC9C0\uB9CC \uD3C9\uC591\uC740 \uBC18\uBC1C\uD569\uB2C8\uB2E4." }, "unVeto": { "label": "\uC0C8 \uC720\uC5D4 \uC81C\uC7AC\uC5D0 \uAC70\uBD80\uAD8C", "why": "\uC720\uC5D4\uC758 \uC0C8 \uC81C\uC7AC \uD45C\uACB0\uC744 \uB9C9\uC2B5\uB2C8\uB2E4. \uD3C9\uC591\uC744 \uAC10\uC2F8 \uC8FC\uACE0 \uC6CC\uC2F1\uD134\uACFC\uC758 \uACE8\uC740 \uAE4A\uC5B4\uC9D1\uB2C8\uB2E4." }, "navalDrills": { "label": "\uD55C\uBC18\uB3C4 \uADFC\uCC98 \uD574\xB7\uACF5\uAD70 \uD6C8\uB828", "why": "\uBC30\uC640 \uD56D\uACF5\uAE30\uB97C \uBCF4\uB0B4 \uC774 \uC9C0\uC5ED\uC774 \uC6CC\uC2F1\uD134\uB9CC\uC758 \uAC83\uC774 \uC544\uB2C8\uB77C\uB294 \uC2E0\uD638\uB97C \uBCF4\uB0C5\uB2C8\uB2E4." }, "pressPyongyang": { "label": "\uD3C9\uC591\uC5D0 \uC740\uBC00\uD55C \uC555\uBC15", "why": "\uC9C0\uAE08 \uC2DC\uD5D8\uC744 \uD558\uBA74 \uC9C0\uC9C0\uB97C \uC783\uC744 \uAC70\uB77C\uACE0 \uD3C9\uC591\uC5D0 \uC870\uC6A9\uD788 \uB9D0\uD569\uB2C8\uB2E4. \uBE44\uBC00 \uD1B5\uB85C\uB85C \uD558\uB294 \uC555\uBC15\uC785\uB2C8\uB2E4." }, "commonGroundWashington": { "label": "\uC6CC\uC2F1\uD134\uACFC \uACF5\uD1B5\uC810 \uCC3E\uAE30", "why": "\uBD81\uD55C \uBB38\uC81C\uC5D0\uC11C \uD568\uAED8\uD560 \uC804\uB7B5\uC744 \uB9CC\uB4E4\uC5B4 \uAC11\uB2C8\uB2E4. \uC9C4\uC601 \uB17C\uB9AC\uB97C \uAE70 \uC218 \uC788\uC2B5\uB2C8\uB2E4." }, "blocWithMoscow": { "label": "\uBAA8\uC2A4\uD06C\uBC14\uC640 \uC9C4\uC601 \uC785\uC7A5 \uC870\uC728", "why": "\uBAA8\uC2A4\uD06C\uBC14\uC640 \uACF5\uB3D9 \uB178\uC120\uC744 \uC815\uD569\uB2C8\uB2E4. \uBB49\uCE58\uBA74 \uAC15\uD574\uC9C0\uC9C0\uB9CC \uC2E0\uB0C9\uC804\uC5D0 \uC870\uAE08 \uB354 \uB2E4\uAC00\uAC11\uB2C8\uB2E4." }, "foodAid": { "label": "\uC2DD\uB7C9\uACFC \uBE44\uB8CC \uC9C0\uC6D0", "why": "\uAD6D\uACBD \uB108\uBA38\uB85C \uC2DD\uB7C9\uACFC \uBE44\uB8CC\uB97C \uBCF4\uB0C5\uB2C8\uB2E4. \uAD76\uC8FC\uB9BC\uACFC \uB09C\uBBFC\uC744 \uB9C9\uC2B5\uB2C8\uB2E4." }, "reliefWithWashington": { "label": "\uC6CC\uC2F1\uD134\uACFC \uC9C0\uC6D0\uC5D0\uC11C \uC808\uBC18\uC529 \uC591\uBCF4", "why": "\uBD81\uD55C\uC758 \uBCF4\uD1B5 \uC0AC\uB78C\uB4E4\uC744 \uB3D5\uB294 \uC9C0\uC6D0\uACFC \uBB34\uC5ED\uC744 \uC6CC\uC2F1\uD134\uACFC \uD569\uC758\uD569\uB2C8\uB2E4. \uC6CC\uC2F1\uD134\uC774 \uAC19\uC740 \uB77C\uC6B4\uB4DC\uC5D0 \uAC19\uC740 \uC218\uB97C \uB458 \uB54C\uB9CC \uD6A8\uB825\uC774 \uC0DD\uAE41\uB2C8\uB2E4." }, "pressPyongyangOpenly": { "label": "\uD3C9\uC591\uC5D0 \uC2DC\uD5D8 \uC911\uB2E8 \uACF5\uAC1C \uC694\uAD6C", "why": "\uD3C9\uC591\uC774 \uC2DC\uD5D8\uC744 \uBA48\uCDB0\uC57C \uD55C\uB2E4\uACE0 \uACF5\uAC1C\uC801\uC73C\uB85C \uB9D0\uD569\uB2C8\uB2E4. \uC6CC\uC2F1\uD134\uACFC \uC11C\uC6B8\uC740 \uC870\uAE08 \uC548\uC2EC\uD558\uACE0, \uD3C9\uC591\uC740 \uBD88\uCF8C\uD574\uD569\uB2C8\uB2E4." } }, "moscow": { "militaryCooperation": { "label": "\uD3C9\uC591\uACFC \uAD70\uC0AC \uD611\uB825", "why": "\uACF5\uB3D9 \uAE30\uD68D, \uBC29\uBB38, \uBB34\uAE30 \uAC70\uB798\uB97C \uD569\uB2C8\uB2E4. \uC138\uBD80 \uB0B4\uC6A9\uC740 \uBE44\uBC00\uC774\uBA70 \uB3D9\uBC18\uC790 \uAD00\uACC4\uAC00 \uCEE4\uC9D1\uB2C8\uB2E4." }, "techTransfer": { "label": "\uAD70\uC0AC \uAE30\uC220 \uC774\uC804", "why": "\uC704\uC131, \uBBF8\uC0AC\uC77C, \uC7A0\uC218\uD568 \uAE30\uC220\uC744 \uD3C9\uC591\uC5D0 \uB118\uAE41\uB2C8\uB2E4. \uBE44\uBC00\uC774\uBA70 \uC0C8\uC5B4 \uB098\uAC00\uBA74 \uD070 \uD30C\uBB38\uC774 \uC77C\uC5B4\uB0A9\uB2C8\uB2E4." }, "unVeto": { "label": "\uC0C8 \uC720\uC5D4 \uC81C\uC7AC\uC5D0 \uAC70\uBD80\uAD8C", "why": "\uD3C9\uC591\uC5D0 \uB300\uD55C \uC0C8 \uC81C\uC7AC\uB97C \uC720\uC5D4 \uD45C\uACB0\uC5D0\uC11C \uB9C9\uC2B5\uB2C8\uB2E4." }, "brokerRelief": { "label": "\uC778\uB3C4\uC801 \uC81C\uC7AC \uC644\uD654 \uC911\uC7AC", "why": "\uC2DD\uB7C9\uACFC \uC758\uC57D\uD488\uC744 \uC704\uD574 \uC81C\uC7AC\uB97C \uD480\uC790\uACE0 \uBCA0\uC774\uC9D5\uACFC \uD568\uAED8 \uC694\uAD6C\uD569\uB2C8\uB2E4." }, "energyDeal": { "label": "\uC5D0\uB108\uC9C0\xB7\uACBD\uC81C \uAC70\uB798", "why": "\uC11D\uC720\uB97C \uACF5\uAE09\uD558\uACE0 \uBB34\uC5ED\uACFC \uB178\uB3D9 \uAC70\uB798\uB97C \uC5FD\uB2C8\uB2E4. \uD3C9\uC591\uC744 \uBC84\uD2F0\uAC8C \uD558\uACE0 \uC5EC\uB7EC\uBD84\uC5D0\uAC8C \uBB36\uC5B4 \uB461\uB2C8\uB2E4." }, "bomberPatrol": { "label": "\uC7A5\uAC70\uB9AC \uD3ED\uACA9\uAE30 \uBE44\uD589", "why": "\uC911\uAD6D \uB3D9\uBC18\uC790\uC640 \uD568\uAED8 \uC774 \uC9C0\uC5ED \uADFC\uCC98\uB85C \uD3ED\uACA9\uAE30\uB97C \uB744\uC6C1\uB2C8\uB2E4. \uC6CC\uC2F1\uD134\uC5D0 \uBCF4\uB0B4\uB294 \uBA54\uC2DC\uC9C0\uC785\uB2C8\uB2E4." }, "newColdWar": { "label": "\uC2E0\uB0C9\uC804\uC73C\uB85C \uADDC\uC815\uD558\uAE30", "why": "\uC774\uAC83\uC774 \uC9C4\uC601 \uC0AC\uC774\uC758 \uC2F8\uC6C0\uC774\uB77C\uACE0 \uC138\uACC4\uC5D0 \uB9D0\uD569\uB2C8\uB2E4. \uB3D9\uBC18\uC790\uB97C \uBAA8\uC73C\uC9C0\uB9CC \uB300\uB9BD\uC740 \uAD73\uC5B4\uC9D1\uB2C8\uB2E4." }, "joinTalks": { "label": "\uB2E4\uC790 \uD68C\uB2F4 \uCC38\uC5EC \uC81C\uC548", "why": "\uC5B4\uB5A4 \uD611\uC0C1\uC5D0\uB4E0 \uC790\uB9AC\uB97C \uB2EC\uB77C\uACE0 \uC694\uCCAD\uD569\uB2C8\uB2E4. \uB9C9\uAE30\uB9CC \uD558\uB294 \uAC83\uC774 \uC544\uB2C8\uB77C \uB3C4\uC6B8 \uC218\uB3C4 \uC788\uB2E4\uB294 \uAC83\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4." }, "wheatShipments": { "label": "\uBC00 \uBCF4\uB0B4\uAE30", "why": "\uBD81\uD55C\uC5D0 \uACE1\uBB3C\uC744 \uBCF4\uB0C5\uB2C8\uB2E4. \uB3C4\uC6C0\uC774\uBA74\uC11C \uD638\uC758\uB3C4 \uC0BD\uB2C8\uB2E4." }, "armsControlOffer": { "label": "\uC6CC\uC2F1\uD134\uC5D0 \uAD70\uBE44 \uD1B5\uC81C \uD68C\uB2F4 \uC81C\uC548", "why": "\uC774 \uC9C0\uC5ED\uC758 \uBBF8\uC0AC\uC77C\uC744 \uC81C\uD55C\uD558\uB294 \uD68C\uB2F4\uC744 \uC6CC\uC2F1\uD134\uC5D0 \uC81C\uC548\uD569\uB2C8\uB2E4. \uC6CC\uC2F1\uD134\uC774 \uB2F5\uD558\uBA74 \uD3C9\uD654\uB97C \uB9CC\uB4E4 \uC218 \uC788\uB294 \uAC15\uB300\uAD6D\uC73C\uB85C \uBCF4\uC785\uB2C8\uB2E4." }, "askBeijingBloc": { "label": "\uBCA0\uC774\uC9D5\uC5D0 \uD568\uAED8\uD558\uC790\uACE0 \uC694\uCCAD", "why": "\uC6CC\uC2F1\uD134\uC5D0 \uB9DE\uC11C \uAC19\uC740 \uB178\uC120\uC744 \uAC77\uC790\uACE0 \uBCA0\uC774\uC9D5\uC5D0 \uC694\uCCAD\uD569\uB2C8\uB2E4. \uBCA0\uC774\uC9D5\uC774 \uC751\uD558\uBA74 \uB3D9\uBC18\uC790 \uAD00\uACC4\uAC00 \uCEE4\uC9D1\uB2C8\uB2E4." } } }, "news": { "testPreparations": { "headline": "\uC704\uC131 \uC0AC\uC9C4\uC5D0 \uC2DC\uD5D8 \uC900\uBE44 \uD3EC\uCC29", "body": "\uBBFC\uAC04 \uC704\uC131 \uC0AC\uC9C4\uC5D0 \uBD81\uD55C\uC758 \uBC1C\uC0AC\uC7A5\uC5D0\uC11C \uCC28\uB7C9\uACFC \uC0C8\uB85C\uC6B4 \uC6C0\uC9C1\uC784\uC774 \uCC0D\uD614\uC2B5\uB2C8\uB2E4. \uC804\uBB38\uAC00\uB4E4\uC740 \uC0C1\uD669\uC774 \uBC14\uB00C\uC9C0 \uC54A\uC73C\uBA74 \uBA87 \uC8FC \uC548\uC5D0 \uC2DC\uD5D8\uC774 \uC788\uC744 \uAC83\uC73C\uB85C \uBD05\uB2C8\uB2E4." }, "floods": { "headline": "\uBD81\uD55C\uC5D0 \uD64D\uC218", "body": "\uD3ED\uC6B0\uB85C \uBD81\uBD80 \uC5EC\uB7EC \uC9C0\uC5ED\uC758 \uC9D1\uACFC \uB18D\uC791\uBB3C\uC774 \uC4F8\uB824 \uAC14\uC2B5\uB2C8\uB2E4. \uAD6C\uD638 \uB2E8\uCCB4\uB4E4\uC740 \uD604\uC7A5 \uC811\uADFC\uC744 \uC694\uCCAD\uD558\uACE0 \uC788\uACE0, \uC62C\uD574 \uC218\uD655\uC774 \uC704\uD5D8\uD569\uB2C8\uB2E4." }, "unscEmergency": { "headline": "\uC720\uC5D4 \uC548\uC804\uBCF4\uC7A5\uC774\uC0AC\uD68C \uAE34\uAE09\uD68C\uC758", "body": "\uAE34\uC7A5\uC774 \uBE60\uB974\uAC8C \uB192\uC544\uC9C0\uC790 \uC548\uBCF4\uB9AC\uAC00 \uAE34\uAE09\uD68C\uC758\uB97C \uC5FD\uB2C8\uB2E4. \uD68C\uC6D0\uAD6D\uB4E4\uC740 \uC11C\uB85C\uB97C \uBE44\uB09C\uD558\uACE0, \uC5B4\uB5A4 \uACB0\uC758\uC548\uC774\uB4E0 \uD45C\uACB0 \uACB0\uACFC\uB294 \uC54C \uC218 \uC5C6\uC2B5\uB2C8\uB2E4." }, "armsRaceAlarm": { "headline": "\uC804\uBB38\uAC00\uB4E4, \uC9C0\uC5ED \uAD70\uBE44 \uACBD\uC7C1 \uACBD\uACE0", "body": "\uD55C \uC5F0\uAD6C\uC18C \uBCF4\uACE0\uC11C\uAC00 \uD55C\uBC18\uB3C4 \uC8FC\uBCC0\uC758 \uBBF8\uC0AC\uC77C \uBC1C\uC0AC\uC640 \uC0C8 \uBB34\uAE30 \uACC4\uD68D\uC774 \uC5ED\uB300 \uCD5C\uACE0\uB77C\uACE0 \uBC1D\uD788\uBA70, \uC774\uC6C3 \uB098\uB77C\uB4E4\uB3C4 \uB4A4\uB530\uB97C \uC218 \uC788\uB2E4\uACE0 \uACBD\uACE0\uD569\uB2C8\uB2E4." }, "hungerWarning": { "headline": "\uAD6C\uD638 \uB2E8\uCCB4\uB4E4, \uBD81\uD55C\uC758 \uAD76\uC8FC\uB9BC \uACBD\uACE0", "body": "\uB18D\uCD0C \uC9C0\uC5ED\uC758 \uC2DD\uB7C9\uC774 \uBC14\uB2E5\uB098\uACE0 \uC788\uC2B5\uB2C8\uB2E4. \uAD6C\uD638 \uB2E8\uCCB4\uB4E4\uC740 \uC815\uCE58\uC640 \uC0C1\uAD00\uC5C6\uC774 \uC9C0\uC6D0\uC774 \uB4E4\uC5B4\uAC08 \uC218 \uC788\uAC8C \uD574 \uB2EC\uB77C\uACE0 \uBAA8\uB4E0 \uCABD\uC5D0 \uD638\uC18C\uD569\uB2C8\uB2E4." }, "leakedCable": { "headline": "\uC720\uCD9C\uB41C \uC678\uAD50 \uC804\uBB38, \uBE44\uBC00 \uAC70\uB798 \uB4DC\uB7EC\uB0B4", "body": "\uAE30\uC790\uB4E4\uC774 \uACF5\uAC1C\uD55C \uC678\uAD50 \uC804\uBB38\uC5D0 \uBAA8\uC2A4\uD06C\uBC14\uC640 \uD3C9\uC591 \uC0AC\uC774\uC758 \uBE44\uBC00 \uC57D\uC18D\uC774 \uC801\uD600 \uC788\uC2B5\uB2C8\uB2E4." }, "cryptoHeist": { "headline": "\uC218\uC0AC\uAD00\uB4E4, \uC554\uD638\uD654\uD3D0 \uD0C8\uCDE8\uB97C \uD3C9\uC591 \uC18C\uD589\uC73C\uB85C \uCD94\uC801", "body": "\uBE14\uB85D\uCCB4\uC778 \uBD84\uC11D\uAC00\uB4E4\uC774 \uD6D4\uCE5C \uC554\uD638\uD654\uD3D0\uB97C \uC5EC\uB7EC \uC9C0\uAC11\uC744 \uAC70\uCCD0 \uBD81\uD55C\uC744 \uC704\uD574 \uC77C\uD558\uB294 \uD574\uCEE4\uB4E4\uAE4C\uC9C0 \uCD94\uC801\uD588\uC2B5\uB2C8\uB2E4." }, "beijingBackChannel": { "headline": "\uBCA0\uC774\uC9D5\uC758 \uC870\uC6A9\uD55C \uBA54\uC2DC\uC9C0 \uBCF4\uB3C4", "body": "\uC678\uAD50\uAD00\uB4E4\uC740 \uBCA0\uC774\uC9D5\uC774 \uD3C9\uC591\uC5D0 \uC0C8 \uC2DC\uD5D8\uC744 \uD558\uC9C0 \uB9D0\uB77C\uACE0 \uC740\uBC00\uD788 \uACBD\uACE0\uD588\uB2E4\uACE0 \uC804\uD569\uB2C8\uB2E4." }, "summitMemory": { "headline": "\uAE30\uB85D\uC73C\uB85C \uB2E4\uC2DC \uBCF4\uB294 \uC2E4\uD328\uD55C \uC815\uC0C1\uD68C\uB2F4", "body": "\uC0C8\uB85C \uACF5\uAC1C\uB41C \uC9C0\uB09C \uC815\uC0C1\uD68C\uB2F4 \uAE30\uB85D\uC740 \uC591\uCABD\uC774 \uD68C\uB2F4\uC774 \uBB34\uB108\uC9C0\uAE30 \uC804\uC5D0 1\uB2E8\uACC4 \uD569\uC758\uC5D0 \uC5BC\uB9C8\uB098 \uAC00\uAE4C\uC774 \uAC14\uC5C8\uB294\uC9C0 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4." } }, "reflectionPrompts": ["\uC774\uBC88 \uB77C\uC6B4\uB4DC\uC5D0 \uC6B0\uB9AC \uB300\uD45C\uB2E8\uC740 \uB2E4\uB978 \uB098\uB77C\uB4E4\uC774 \uBB34\uC5C7\uC744 \uD560 \uAC70\uB77C\uACE0 \uC608\uC0C1\uD588\uB098\uC694? \uADF8 \uC608\uC0C1\uC740 \uB9DE\uC558\uB098\uC694?", "\uC774\uBC88 \uB77C\uC6B4\uB4DC\uC5D0 \uAC00\uC7A5 \uD070 \uBCC0\uD654\uB97C \uB9CC\uB4E0 \uC218\uB294 \uBB34\uC5C7\uC774\uC5C8\uACE0, \uC65C \uADF8\uB7AC\uB2E4\uACE0 \uC0DD\uAC01\uD558\uB098\uC694?", "\uC774\uBC88 \uB77C\uC6B4\uB4DC\uC5D0 \uBB3C\uB7EC\uC120 \uB098\uB77C\uAC00 \uC788\uC5C8\uB098\uC694? \uADF8 \uB098\uB77C\uB294 \uB300\uAC00\uB97C \uCE58\uB800\uB098\uC694, \uC544\uB2C8\uBA74 \uB204\uAD70\uAC00 \uB611\uAC19\uC774 \uB2F5\uD574 \uC8FC\uC5C8\uB098\uC694?", "\uC9C0\uAE08\uAE4C\uC9C0 \uAC00\uC7A5 \uC911\uC694\uD588\uB358 \uC57D\uC18D(\uACF5\uAC1C \uC57D\uC18D\uC774\uB098 \uACBD\uACE0)\uC740 \uBB34\uC5C7\uC774\uC5C8\uB098\uC694?", "\uD55C \uAC00\uC9C0 \uC218\uB97C \uB418\uB3CC\uB9B4 \uC218 \uC788\uB2E4\uBA74 \uBB34\uC5C7\uC744 \uACE0\uB974\uACA0\uC5B4\uC694?", "\uB2E4\uC74C \uB77C\uC6B4\uB4DC\uC5D0 \uC0C1\uB300\uAC00 \uC5EC\uB7EC\uBD84\uC744 \uC870\uAE08 \uB354 \uBBFF\uAC8C \uD558\uB824\uBA74 \uBB34\uC5C7\uC774 \uD544\uC694\uD560\uAE4C\uC694?"], "debriefPrompts": ["\uAE34\uC7A5 \uACE1\uC120\uC744 \uB530\uB77C\uAC00 \uBD05\uC2DC\uB2E4. \uC5B4\uB514\uC11C \uC62C\uB77C\uAC14\uACE0 \uC5B4\uB514\uC11C \uB0B4\uB824\uAC14\uB098\uC694?", "\uC5B4\uB5A4 \uC81C\uC548\uC774 \uC751\uB2F5\uC744 \uBC1B\uC558\uACE0, \uC5B4\uB5A4 \uC81C\uC548\uC774 \uBB34\uC2DC\uB418\uC5C8\uB098\uC694?", "\uC65C \uC5B4\uB290 \uCABD\uB3C4 \uBB3C\uB7EC\uC120 \uAC83\uCC98\uB7FC \uBCF4\uC774\uC9C0 \uC54A\uC73C\uBA74\uC11C \uAE34\uC7A5\uC744 \uB0AE\uCD94\uAE30\uAC00 \uC5B4\uB824\uC6E0\uC744\uAE4C\uC694?", "\uC5B4\uB5A4 \uC57D\uC18D\uC774 \uC9C0\uCF1C\uC84C\uACE0 \uC5B4\uB5A4 \uC57D\uC18D\uC774 \uAE68\uC84C\uB098\uC694? \uC57D\uC18D\uC744 \uAE68\uBA74 \uC5B4\uB5A4 \uB300\uAC00\uB97C \uCE58\uB800\uB098\uC694?", "'\uD798\uC5D0\uB294 \uD798\uC73C\uB85C' \uD328\uD134\uC740 \uC5EC\uB7EC\uBD84\uC774 \uC544\uB294 \uB2E4\uB978 \uACBD\uC7C1 \uAD00\uACC4\uC640 \uC5B4\uB5BB\uAC8C \uB2EE\uC558\uB098\uC694?", "\uC2E4\uC81C \uC815\uBD80\uC5D0 \uC870\uC5B8\uD55C\uB2E4\uBA74 \uC5B4\uB5A4 \uCCAB\uAC78\uC74C\uC744 \uCD94\uCC9C\uD558\uACA0\uC5B4\uC694? \uADF8\uB9AC\uACE0 \uADF8 \uAC78\uC74C\uC744 \uC548\uC804\uD558\uAC8C \uB0B4\uB51B\uAC8C \uD558\uB824\uBA74 \uC5B4\uB5BB\uAC8C \uD558\uACA0\uC5B4\uC694?"] } } } });

// shared/rules/errors.ts
var ERROR_MESSAGES = {
  "rule/not-allowed": "You are not allowed to do that.",
  "rule/wrong-phase": "That cannot be done in this phase of the round.",
  "rule/paused": "The game is paused by the teacher.",
  "rule/crisis-hold": "The game is on hold for a class discussion.",
  "rule/session-ended": "The session has ended.",
  "rule/session-started": "The session has already started.",
  "rule/joins-locked": "The teacher has locked this session: no new students can join.",
  "rule/session-full": "This session is full.",
  "rule/name-invalid": "Names are 1 to 24 letters, digits, spaces or punctuation.",
  "rule/name-taken": "Someone already uses that name. Pick another.",
  "rule/seat-unknown": "That student is not in this session.",
  "rule/seat-exists": "That seat already exists.",
  "rule/seat-removed": "This seat was removed by the teacher.",
  "rule/delegation-unknown": "There is no such delegation in this scenario.",
  "rule/move-unknown": "Your delegation has no such move.",
  "rule/target-required": "Choose which delegation this move is aimed at.",
  "rule/target-invalid": "That move cannot be aimed at that delegation.",
  "rule/proposal-unknown": "That proposal does not exist (or is not your team\u2019s).",
  "rule/already-approved": "You already approved that proposal.",
  "rule/not-approved": "You have not approved that proposal.",
  "rule/already-reflected": "You already answered this round\u2019s reflection.",
  "rule/text-empty": "Write something first.",
  "rule/text-too-long": "That text is too long.",
  "rule/news-unknown": "There is no such news item in this scenario.",
  "rule/stale-timer": "That timer belongs to a phase that is already over.",
  "rule/not-paused": "The clock is not paused.",
  "rule/already-paused": "The clock is already paused.",
  "rule/no-crisis-hold": "There is no crisis discussion to end.",
  "rule/commitment-invalid": "A pledge or warning must name a real other delegation.",
  "rule/extend-invalid": "Extend by 1 to 600 seconds.",
  "rule/extra-time-invalid": "Extra time is a whole percentage from 0 to 200.",
  "rule/recipient-invalid": "Diplomatic messages go to another delegation.",
  "rule/same-delegation": "That student is already in that delegation.",
  "protocol/invalid": "The message was not understood.",
  "protocol/version": "This page is out of date. Reload it.",
  "protocol/rate-limited": "Too many messages at once. Wait a moment.",
  "protocol/unauthorized": "That needs the teacher\u2019s key.",
  "protocol/unknown-session": "No session has that code. Check the code with your teacher.",
  "protocol/server-error": "Something went wrong on the server. Try again."
};
function errorMessage(code) {
  return ERROR_MESSAGES[code] ?? "Something went wrong.";
}

// shared/i18n/lab-en.ts
var labEn = {
  secWhatIf: "What if\u2026?",
  secMechanism: "Why tension moved",
  intro: "Pick a round and a delegation, choose another move, and see the rest of the session replayed through the same rules. The other delegations keep their recorded moves while the rules allow them; scripted bots take over where they do not. Nothing here changes the session\u2019s record.",
  round: "Round",
  delegation: "Delegation",
  move: "Move",
  target: "Aimed at",
  add: "Add this move",
  run: "Run the what-if",
  clear: "Start over",
  choices: "Other moves in this what-if",
  noChoices: "No move chosen yet.",
  choiceLine: "Round {round}: {delegation} plays \u201C{move}\u201D",
  remove: "Remove",
  running: "Replaying the session\u2026",
  failed: "The what-if could not be computed: {message}",
  loading: "Loading the what-if lab\u2026",
  unavailable: "The what-if lab is not available for this session: {message}",
  forkName: "What-if {n}",
  exportJson: "Export this what-if (JSON)",
  compareTitle: "Tension: the session and its what-ifs",
  compareDesc: "Tension after each round, as recorded and in {n} what-if runs.",
  recorded: "Recorded",
  roundHeading: "Round {round}",
  tensionAfter: "Tension after the round: {recorded} recorded, {fork} in the what-if.",
  movesRecorded: "Recorded moves",
  movesFork: "Moves in the what-if",
  causesRecorded: "Causes only in the recorded session",
  causesFork: "Causes only in the what-if",
  noDiff: "No difference.",
  sourceChosen: "chosen",
  sourceRecorded: "as recorded",
  sourceBot: "scripted bot",
  sourcePolicy: "policy",
  hidden: "a covert move",
  skipped: "{n} recorded actions no longer applied after the change.",
  refLegend: "Reference curves from this session\u2019s start, through the same rules:",
  refAllHold: "everyone holds",
  refPowerForPower: "power for power",
  refWayForward: "the source text\u2019s way forward",
  mechTitle: "Change in tension each round, by mechanism",
  mechDesc: "For each round, bars above the line pushed tension up and bars below pulled it down; the mark is the net change.",
  mechNews: "news",
  mechMoves: "direct moves",
  mechSpillover: "spillover to allies",
  mechReciprocity: "reciprocity",
  mechHostility: "answering hostility",
  mechCooling: "tempers cooling",
  mechOther: "other (credibility, offers, rounding)",
  mechChange: "net change",
  mechCaption: "Change in tension each round by mechanism, in points",
  asTable: "Show as a table"
};

// shared/i18n/causes-en.ts
var causesEn = {
  code: {
    move: (w) => w.toward ? `${w.who}: ${w.move} (toward ${w.toward})` : `${w.who}: ${w.move}`,
    spill: (w) => `${w.who}: ${w.move} (toward ${w.toward}, ally of ${w.other})`,
    offerOnly: (w) => `${w.who}: ${w.move}, only an offer, since ${w.other} did not match it`,
    revealed: (w) => `Now known: ${w.who} made a secret move in round ${w.round}, ${w.move}`,
    news: (w) => `News: ${w.news}`,
    reciprocity: (w) => `${w.who} and ${w.other} both made friendly moves toward each other`,
    agreementHolds: (w) => `The deal between ${w.who} and ${w.other} still holds`,
    agreementCollapsed: (w) => w.move ? `${w.who} broke its deal with ${w.other}: ${w.move}` : `The deal between ${w.who} and ${w.other} fell apart`,
    answering: (w, up) => up ? `Answering hostility: ${w.who} meets the hostility of ${w.other}` : `${w.other} seems calm, so ${w.who} eases too`,
    cooling: (w) => `Tempers cooling with time: ${w.who} calms down about ${w.other}`,
    grievance: (w) => `Old grievances returning: ${w.who} goes back to its usual distrust of ${w.other}`,
    armsRace: (w) => `The arms race feeds fear: ${w.who} fears ${w.other} more`,
    incident: (w) => `Accident near the brink: ${w.incident}`,
    background: () => "Slow change with nobody acting",
    brokenWord: (w) => w.otherMove ? `${w.who} broke its ${w.kind} of round ${w.round}: it let ${w.other}'s ${w.otherMove} go unanswered` : `${w.who} broke its ${w.kind} of round ${w.round}: ${w.move}`,
    keptWord: (w) => `${w.who} kept its ${w.kind} of round ${w.round} to the end`,
    cededGround: (w) => `Seen at home as backing down: ${w.who} chose ${w.move} right after ${w.other}'s ${w.otherMove}, and got nothing back`,
    stoodFirm: (w) => `Seen at home as standing firm: ${w.who} answered ${w.other}'s ${w.otherMove} with ${w.move}`,
    answeredOffer: (w) => `Offer answered: ${w.who}'s ${w.move} (round ${w.round}) got ${w.other}'s ${w.otherMove} in return`,
    revealedByNews: (w) => `Brought to light by the news: ${w.news}`,
    detected: () => "Found out by spies and satellites",
    revealedAtEnd: () => "Shown at the end of the game",
    tension: () => "All the threat values together"
  },
  threat: (who, by, amount, up) => up ? `${who} feels ${amount} more threatened by ${by}` : `${who} feels ${amount} less threatened by ${by}`,
  meter: (name, signed2) => `${name} ${signed2}`,
  credibility: (who, signed2) => `${who}'s credibility ${signed2}`,
  talks: (from, to) => `talks ladder: ${from} \u2192 ${to}`,
  arrow: " \u2192 ",
  tension: "Peninsula tension",
  kinds: { pledge: "public pledge", warning: "public warning", agreement: "signed deal" },
  incidents: { borderClash: "soldiers trade fire at the border", nearMiss: "a jet and a ship almost collide" },
  others: (count2) => count2 === 1 ? "1 other small change" : `${count2} other small changes`,
  someone: "someone"
};

// shared/i18n/en.ts
var en = {
  name: "English",
  tag: "en",
  text: {
    appTitle: "Peninsula",
    tagline: "A crisis-diplomacy game about the Korean Peninsula",
    language: "Language",
    joinHeading: "Join your class",
    codeLabel: "Session code",
    codeHint: "Six characters, from the board or the QR code",
    nameLabel: "Nickname",
    nameHint: "No real names needed",
    nameGenerate: "Suggest a nickname",
    joinButton: "Join",
    joining: "Joining\u2026",
    loadingGame: "Loading the game\u2026",
    statusOnline: "Connected",
    statusConnecting: "Connecting\u2026",
    statusReconnecting: "Connection lost, reconnecting\u2026",
    statusOffline: "Connection lost. Reload the page to rejoin your seat.",
    statusRemoved: "The teacher removed you from this session.",
    savingSlow: "Saving is slow, hold on: nothing is lost, your moves will go through.",
    you: "You",
    delegation: "Delegation",
    round: "Round",
    phase: "Phase",
    timeLeft: "Time left",
    paused: "paused",
    noClock: "no timer",
    crisisHold: "Play is on hold for a class discussion.",
    briefing: "Briefing",
    publicBrief: "Public brief",
    privateBrief: "Private brief (your team only)",
    objectives: "Objectives",
    points: "points",
    redLines: "Red lines",
    board: "Situation board",
    boardAlt: "The situation board. Every meter is also listed as text below.",
    metersHeading: "Meters in words",
    causesHeading: "What changed and why",
    news: "News",
    noNews: "No news yet.",
    teamChat: "Team chat",
    teamChatHint: "Only your own delegation reads this.",
    diplomacy: "Diplomatic messages",
    diplomacyHint: "Only your delegation and the one you write to read these.",
    diplomacyTo: "To",
    statements: "Public statements",
    statementsHint: "Everyone reads these, the projector too.",
    commitment: "Commitment",
    commitmentNone: "None",
    pledge: "Pledge: no hostile move",
    warning: "Warning: hostility will be answered",
    commitmentTarget: "Toward",
    anyone: "anyone",
    message: "Message",
    send: "Send",
    proposals: "Proposals",
    proposalsHint: "Propose a move with a one-line reason; the most-approved proposal becomes your move.",
    move: "Move",
    target: "Target",
    rationale: "Why (one line)",
    propose: "Propose",
    approve: "Approve",
    withdraw: "Withdraw approval",
    approvals: "approvals",
    leading: "leading",
    noProposals: "No proposals this round yet.",
    proposedBy: "proposed by",
    moves: "Moves your delegation can make",
    category: "Category",
    lockedMove: "Your delegation\u2019s move this round",
    revealedMoves: "Moves revealed this round",
    noMovesYet: "Moves are revealed together at resolution.",
    covert: "covert",
    byBot: "played by a bot",
    reflection: "Reflection",
    reflectionSubmit: "Submit reflection",
    reflectionDone: "Thank you, your reflection is saved.",
    sent: "Sent.",
    empty: "Nothing yet.",
    tension: "Peninsula tension",
    pairs: "Tension between delegations",
    threatRow: "How threatened your delegation feels",
    world: "World meters",
    talksLadder: "Talks ladder",
    credibility: "Credibility",
    rising: "rising",
    falling: "falling",
    steady: "steady",
    threatLine: "{from} feels threatened by {to}:",
    scores: "Final scores",
    ended: "The session has ended. Thank you for playing.",
    hold: "Hold",
    holdWhy: "Make no move this round: wait and see what the others do.",
    // host
    hostHeading: "Teacher dashboard",
    createSession: "Create a session",
    scenario: "Scenario",
    rounds: "Rounds (never shown to students)",
    phaseSeconds: "Seconds per phase",
    reflectionToggle: "Reflection prompt each round",
    create: "Create",
    yourSessions: "Your sessions on this browser",
    open: "Open",
    forget: "Forget",
    joinAt: "Students join at",
    qrAlt: "QR code that opens the join page with this session\u2019s code",
    roster: "Roster",
    connected: "connected",
    disconnected: "not connected",
    noStudents: "No students yet.",
    controls: "Controls",
    start: "Start",
    pause: "Pause",
    resume: "Resume",
    extend: "Extend 60 s",
    skip: "Skip phase",
    end: "End session",
    lock: "Lock joins",
    unlock: "Unlock joins",
    resumeCrisis: "Resume play",
    endCrisis: "Declare the crisis over",
    injectNews: "Inject news",
    headline: "Headline",
    orHeadline: "or write a headline",
    inject: "Inject",
    rename: "Rename",
    remove: "Remove",
    reassign: "Move to",
    newName: "New name",
    channels: "All channels (read-only)",
    confirmEnd: "End the session for everyone?",
    confirmRemove: "Remove this student?",
    extraTime: "Extra time",
    extraTimeNone: "None",
    extraTimePercent: "+{n}%",
    extraTimeHint: "For this student\u2019s own reflection. Only this student and you see it.",
    extraTimeSave: "Set extra time",
    hostDoneExtraTime: "Saved. Only this student and you see it.",
    seatExtraTime: "extra time +{n}%",
    hostKeyMissing: "This browser does not hold the teacher key for that session.",
    projectorLink: "Projector view",
    reviewLink: "Review",
    // projector
    projectorHeading: "Projector",
    headlines: "Headlines",
    studentsPerDelegation: "Students",
    // phase-led screens, the teacher's key card, the projector
    nowLobby: "Wait for your teacher to start the game.",
    nowBriefing: "Read your delegation\u2019s briefing: who you are and what you want.",
    nowNews: "Read the news. What does it change for your delegation?",
    nowDeliberation: "Talk with your team and the other delegations, then propose a move with a reason.",
    nowDecision: "Approve the proposal your team should play. The most approved one becomes your move.",
    nowResolution: "Every move is revealed. See what each delegation did and why the meters moved.",
    nowReflection: "Answer the reflection question.",
    nowEnded: "The game is over. Thank you for playing! Here are the final scores.",
    nowPaused: "The teacher paused the clock. Wait for the game to resume.",
    nowHold: "Stop: the class discusses the crisis now.",
    nowRemoved: "The teacher removed you from this session. Ask your teacher if this is a mistake.",
    hostNowLobby: "Students join with the code. Press Start when everyone is seated.",
    hostNowPlay: "Students: {task} Skip the phase when they are ready, or extend it.",
    hostNowEnded: "The session is over. Open the review to debrief with the class.",
    projectorNowLobby: "Join on your phone or laptop with this code.",
    timeLeftShort: "{time} left",
    timeLeftYours: "{time} left for your reflection",
    reflectionOpenYours: "Your reflection for round {round} is still open: {time} left.",
    reflectionExtraNote: "You have extra time: {length} more than the class.",
    gateTalks: "Open in the deliberation and decision phases.",
    gateReflection: "Open during the reflection phase.",
    gateLobby: "Opens when the game starts.",
    gateEnded: "The game is over.",
    gatePaused: "Paused by the teacher.",
    gateHold: "On hold for the class discussion.",
    keyCardTitle: "Keep this teacher key",
    keyCardIntro: "It is shown only now. With it you can open this dashboard and the review from any browser. Never show it on the projector.",
    keyCardKey: "Teacher key",
    keyCardReview: "Review link",
    keyCardLink: "Private teacher link (opens this dashboard with the key; keep it to yourself)",
    keyCardCopy: "Copy the card",
    keyCardDownload: "Download as a file",
    keyCardDone: "I have saved it",
    keyCardCopied: "Copied.",
    keyEnterHint: "Paste the teacher key from the card you saved when you created the session.",
    keyEnterSubmit: "Open the dashboard",
    projectorOpen: "Open the projector view",
    channelsShow: "Private channels: every team\u2019s chat and diplomatic message (not for the projector)",
    openReview: "Open the review",
    seatedPerDelegation: "Seated per delegation",
    topReasons: "Why the meters moved",
    thankYou: "Thank you for playing!",
    easing: "easing",
    allCauses: "Every cause this round",
    hostDone: "Done.",
    hostDoneStart: "Started: the briefing is on.",
    hostDonePause: "Paused.",
    hostDoneResume: "Resumed.",
    hostDoneExtend: "Extended by 60 seconds.",
    hostDoneSkip: "Moved on to the next phase.",
    hostDoneEnd: "The session has ended.",
    hostDoneLock: "Joins locked.",
    hostDoneUnlock: "Joins open.",
    // the announcer, skip links, page titles
    minutes: "{n} minutes",
    seconds: "{n} seconds",
    annJoined: "You joined {delegation}.",
    annMoved: "The teacher moved you to {delegation}.",
    annEnded: "The game is over. Thank you for playing!",
    annPhaseTimed: "{phase} started: {length}.",
    annPhase: "{phase} started.",
    annReflection: "Reflection question: {prompt}",
    annPaused: "The teacher paused the clock.",
    annResumed: "The clock is running again.",
    annResolved: "Round {round} resolved: {moves} moves revealed. Tension {tension}, {change}, {band}.",
    annSteady: "unchanged",
    annUp: "up {n}",
    annDown: "down {n}",
    annOneMinute: "One minute left.",
    annTenSeconds: "Ten seconds left.",
    annPhaseYours: "{phase} started: {length} for you, with your extra time.",
    annPersonalOpen: "Your reflection stays open for {length} more.",
    annExtraTimeGiven: "Your teacher gave you extra time for your reflection: {percent}% more.",
    annExtraTimeRemoved: "Your extra time was removed.",
    annOneMinuteYours: "One minute left for your reflection.",
    annTenSecondsYours: "Ten seconds left for your reflection.",
    skipTask: "Skip to your task",
    skipMain: "Skip to the main content",
    skipControls: "Skip to the controls",
    skipRoster: "Skip to the roster",
    pageTitleRound: "{phase} \xB7 Round {round}"
  },
  errors: {
    ...ERROR_MESSAGES,
    "net/offline": "Cannot reach the server. Check the network and try again.",
    "net/reconnecting": "Connection lost, reconnecting\u2026",
    "net/lost": "Connection lost. Reload the page to rejoin your seat.",
    "net/timeout": "The server did not answer in time. Try again.",
    "form/code": "The code has six letters and digits, like 7KX4QD.",
    "form/name": "Pick a nickname (1 to 24 characters)."
  },
  terms: {
    phase: {
      lobby: "Lobby",
      briefing: "Briefing",
      news: "News",
      deliberation: "Deliberation",
      decision: "Decision",
      resolution: "Resolution",
      reflection: "Reflection",
      ended: "Ended"
    },
    band: { calm: "calm", posturing: "posturing", crisis: "crisis", intenseCrisis: "intense crisis", brink: "brink" },
    category: {
      diplomatic: "diplomatic",
      deterrent: "deterrent",
      economic: "economic",
      humanitarian: "humanitarian",
      information: "information"
    },
    world: {
      armsRace: "Arms race",
      humanitarian: "Humanitarian conditions",
      sanctions: "Sanctions pressure",
      polarization: "Bloc polarization"
    },
    talks: {
      frozen: "frozen",
      contacts: "contacts",
      talks: "talks",
      firstPhaseAgreement: "first-phase agreement",
      roadmap: "roadmap"
    },
    stage: { describe: "Describe", analyze: "Analyze", transfer: "Transfer", apply: "Apply" },
    timeline: {
      move: "Moves",
      message: "Messages",
      news: "News",
      teacher: "Teacher actions",
      meter: "Meter changes",
      proposal: "Proposals",
      commitment: "Commitments",
      offer: "Offers answered",
      reflection: "Reflections",
      phase: "Phases"
    },
    channel: { public: "Public statements", diplomatic: "Diplomatic messages", team: "Team chat" },
    commitment: { pledge: "Pledge", warning: "Warning" },
    commitmentStatus: { standing: "Never tested", kept: "Kept", broken: "Broken" }
  },
  review: {
    // the page
    heading: "Session review",
    headingOf: "Review of session {code}",
    title: "{title}: session review",
    keyLabel: "Teacher key for this session",
    keyHint: "This browser does not remember a teacher key for this session. Paste the key you were given when you created it.",
    openReview: "Open the review",
    loading: "Loading the review\u2026",
    wrongKey: "That key does not open this session.",
    noSession: "There is no session {code} (it may have been deleted).",
    noRoute: "This address does not name a review. Open /review/CODE as the teacher, or the link your teacher shared.",
    notShared: "This review is not shared (or the link was withdrawn). Ask your teacher for the current link.",
    serverAnswered: "The server answered {status}.",
    exportFailed: "The export failed ({status}).",
    levelHost: "Teacher view: everything, including private channels.",
    levelShared: "Shared with the class: {what}{pseudonyms}. Read-only.",
    withPseudonyms: ", with pseudonyms",
    skipLink: "Skip to the review",
    sessionBadge: "Session {code}",
    sectionsNav: "Sections",
    deleted: "Session {code} was deleted.",
    roundsPlayed: "Rounds played: {n}.",
    notEnded: " (The session had not ended.)",
    tensionStartEnd: "Tension was {start} at the start and {end} at the end.",
    secOverview: "Overview",
    secChart: "Tension and world meters",
    secReplay: "Replay",
    secRounds: "Round by round",
    secPromises: "Promise against action",
    secOffers: "Offers answered and ignored",
    secParticipation: "Participation",
    secReflections: "Reflections",
    secPrompts: "Debrief prompts",
    secDelegations: "Delegations and their briefs",
    secTimeline: "Timeline",
    secExports: "Exports",
    secShare: "Share with the class",
    secDelete: "Delete",
    // round by round and the tables
    aStudent: "a student",
    everyone: "everyone",
    noRounds: "No round was played.",
    roundN: "Round {n}",
    roundTension: "tension {before} \u2192 {after}",
    beforeFirstRound: "Before the first round",
    listNews: "News",
    listMoves: "Moves revealed",
    listMeters: "Meter changes and their causes",
    listSettled: "Commitments judged",
    nothingChanged: "Nothing visible changed this round.",
    noCommitments: "Nobody made a public pledge or warning.",
    commitmentsCaption: "Public pledges and warnings, and whether actions matched them",
    colRound: "Round",
    colDelegation: "Delegation",
    colWho: "Who",
    colPromise: "Promise",
    colOutcome: "Outcome",
    colWhy: "Why",
    noOffers: "No delegation made a friendly move aimed at another.",
    offersCaption: "Friendly offers and the answers they got",
    offerAnswered: "Answered in round {round} ({label})",
    colOffer: "Offer",
    colTo: "To",
    colMove: "Move",
    colNote: "Rules\u2019 note",
    participationCaption: "Participation per student",
    colStudent: "Student",
    colTeam: "Team messages",
    colDiplomatic: "Diplomatic",
    colPublic: "Public",
    colProposals: "Proposals",
    colApprovals: "Approvals",
    colReflections: "Reflections",
    reflectionBy: "Round {round}, {name} ({delegation}): ",
    noPrompts: "This scenario has no debrief prompts.",
    privateBrief: "Private brief: ",
    // the chart
    chartTitle: "Tension and world meters by round",
    chartDesc: "Peninsula tension went from {first} at the start to {last} after round {rounds}. {marks} moves are marked above the rounds they were revealed in. The same numbers are in the table below the chart.",
    axisStart: "start",
    roundShort: "R{n}",
    markTitle: "Round {round}: {who} \u2014 {label}",
    legendMarks: "\u25B2 friendly move, \u25BC hostile move (hover or see the timeline)",
    chartTableCaption: "Meters after each round",
    colTension: "Tension",
    colTalks: "Talks",
    colMovesRevealed: "Moves revealed",
    rowStart: "Start",
    chartAsTable: "The chart as a table",
    // the replay
    scrubExact: "Replay: move to any step of the session",
    scrubRounds: "Replay: move to any round",
    stepStatus: "Step {step} of {max}: {when}, {phase}.",
    beforeFirstRoundLower: "before the first round",
    roundLower: "round {n}",
    startOfSession: "The start of the session.",
    afterRound: "After round {n}.",
    boardAria: "Situation board at the chosen moment; the same values are listed in words beside it.",
    showBoard: "Show the situation board",
    stepBack: "One step back",
    stepForward: "One step forward",
    roundBack: "One round back",
    roundForward: "One round forward",
    pairsLine: "Pairs: {pairs}",
    // the timeline
    tlRound: "Round",
    tlDelegation: "Delegation",
    tlChannel: "Channel",
    tlKind: "Kind",
    allRounds: "All rounds",
    allDelegations: "All delegations",
    allChannels: "All channels",
    notMessage: "Not a message",
    allKinds: "All kinds",
    timeline: "Timeline",
    showMore: "Show more",
    beforeR1: "Before R1",
    goToReplay: "Show this moment in the replay (step {seq})",
    goToReplayTitle: "Show this moment in the replay",
    tlRoundGroup: "{round} \xB7 {n} entries",
    tlKeysHint: "One Tab stop: arrow keys move between moments, Enter shows one in the replay.",
    tlCount: "{hits} of {total} entries shown.",
    tlCountMore: "{hits} of {total} entries shown (the first {shown}; use Show more).",
    filterGroup: "Filter the timeline",
    // exports, release, delete
    preparing: "Preparing\u2026",
    savedFile: "{label} saved.",
    exportJson: "JSON (complete, replayable)",
    exportCsv: "CSV (one row per event)",
    exportMd: "Markdown transcript",
    exportLang: "Language of the exports",
    print: "Print or save as PDF",
    levelNone: "Not shared",
    levelNoneHint: "Only you can see this review.",
    levelPublic: "Public statements",
    levelPublicHint: "Statements, news, moves revealed, meters and their causes.",
    levelDiplomatic: "Plus diplomatic messages",
    levelDiplomaticHint: "Also the messages delegations sent each other.",
    levelTeam: "Plus team channels",
    levelTeamHint: "Also team chat, proposals, private briefs and reflections.",
    sharedPublic: "public statements",
    sharedDiplomatic: "public and diplomatic messages",
    sharedTeam: "public, diplomatic and team channels",
    saveRelease: "Save what the class may see",
    nothingShared: "Nothing is shared with the class.",
    copyLink: "Copy link",
    linkCopied: "Link copied.",
    readOnlyLink: "Read-only link for the class: ",
    whatMaySee: "What may the class see?",
    pseudonymsLabel: "Replace nicknames with pseudonyms (\u201CSeoul delegate 2\u201D)",
    sharedStatus: "Shared: {level}{pseudonyms}.",
    withdrawn: "The class link is withdrawn.",
    deleteStart: "Delete this session\u2026",
    deleteYes: "Yes, delete it for good",
    cancel: "Cancel",
    deleteWarning: "Session {code}, its transcript, its shared link and every student\u2019s seat will be deleted. This cannot be undone.",
    // words the review model and the exports build
    meterTension: "Peninsula tension",
    meterBand: "Tension band",
    meterTalks: "Talks ladder",
    meterCredibility: "{delegation} credibility",
    meterThreat: "{from} feels threatened by {to}",
    pledgeAll: "pledge: no hostile move",
    pledgeToward: "pledge: no hostile move toward {target}",
    warningTo: "warning to {target}: a hostile move will be answered",
    proposedMove: "Proposed {move}",
    proposedMoveToward: "Proposed {move} toward {target}",
    covertRevealed: "Revealed: in round {round}, {delegation} made a secret move: {move}",
    moveLine: "{delegation}: {move}",
    moveLineToward: "{delegation}: {move} \u2192 {target}",
    byBot: " (bot)",
    bandRose: "Tension rose past the band\u2019s threshold.",
    bandFell: "Tension fell far enough below the threshold to leave the band (bands are harder to leave than to enter).",
    kept: "{delegation} kept its {commitment}",
    broke: "{delegation} broke its {commitment}",
    offerAnsweredBy: "{by} answered {to}\u2019s offer",
    sessionEnded: "The session ended.",
    phaseLine: "Phase: {phase}",
    roundPhase: "Round {round}: {phase}",
    crisisHold: "Tension reached {tension}: play paused for a class discussion.",
    teacherStart: "The teacher started the session.",
    teacherSkip: "The teacher skipped to the next phase.",
    teacherPause: "The teacher paused the clock.",
    teacherResume: "The teacher resumed the clock.",
    teacherExtend: "The teacher added {seconds} seconds to the phase.",
    teacherNews: "The teacher added a news item.",
    teacherResumeCrisis: "After the crisis discussion, the teacher resumed play.",
    teacherEndCrisis: "The teacher declared the crisis over.",
    teacherEnd: "The teacher ended the session.",
    teacherLock: "The teacher locked joins.",
    teacherUnlock: "The teacher reopened joins.",
    teacherRemove: "The teacher removed a student.",
    teacherRename: "The teacher renamed a student.",
    teacherReassign: "The teacher moved a student to {delegation}.",
    teacherSeat: "The teacher seated a student.",
    teacherExtraTime: "The teacher gave a student {percent}% extra time for their own work.",
    teacherExtraTimeOff: "The teacher took a student\u2019s extra time away.",
    // the Markdown transcript
    mdSession: "Session {code}.",
    mdShownHost: "Shown: everything (teacher copy)",
    mdShownLevel: "Shown: released to the class at the level \u201C{level}\u201D",
    mdDelegations: "Delegations: {list}.",
    mdTension: "Tension {before} \u2192 {after}.",
    mdOffers: "Friendly offers",
    mdOfferAnswered: "answered in round {round} with {label}",
    mdOfferIgnored: "ignored",
    mdOfferOpen: "still open when the session ended",
    mdOfferLine: "Round {round}: {from} \u2192 {to}, {label}: {fate}",
    mdPromiseLine: "Round {round}, {delegation}: \u201C{text}\u201D \u2014 {status}",
    scores: "Final scores",
    secMdTeacher: "Teacher",
    secMdProposals: "Proposals",
    secMdMoves: "Moves",
    secMdMeters: "Meter changes",
    secMdCommitments: "Commitments and offers",
    pseudonym: "{delegation} delegate {n}",
    offerIgnored: "Ignored",
    offerOpen: "Still open at the end"
  },
  causes: causesEn,
  lab: labEn
};

// shared/i18n/lab-ko.ts
var labKo = {
  secWhatIf: "\uB9CC\uC57D\uC5D0\u2026?",
  secMechanism: "\uAE34\uC7A5\uB3C4\uAC00 \uC6C0\uC9C1\uC778 \uC774\uC720",
  intro: "\uB77C\uC6B4\uB4DC\uC640 \uB300\uD45C\uB2E8\uC744 \uACE0\uB974\uACE0 \uB2E4\uB978 \uD589\uB3D9\uC744 \uC120\uD0DD\uD558\uBA74, \uC138\uC158\uC758 \uB098\uBA38\uC9C0\uAC00 \uAC19\uC740 \uADDC\uCE59\uC73C\uB85C \uB2E4\uC2DC \uC9C4\uD589\uB429\uB2C8\uB2E4. \uB2E4\uB978 \uB300\uD45C\uB2E8\uC740 \uADDC\uCE59\uC774 \uD5C8\uB77D\uD558\uB294 \uD55C \uAE30\uB85D\uB41C \uD589\uB3D9\uC744 \uADF8\uB300\uB85C \uD558\uACE0, \uADF8\uB807\uC9C0 \uC54A\uC73C\uBA74 \uC790\uB3D9 \uBD07\uC774 \uB300\uC2E0\uD569\uB2C8\uB2E4. \uC5EC\uAE30\uC11C \uD558\uB294 \uC5B4\uB5A4 \uAC83\uB3C4 \uC138\uC158 \uAE30\uB85D\uC744 \uBC14\uAFB8\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
  round: "\uB77C\uC6B4\uB4DC",
  delegation: "\uB300\uD45C\uB2E8",
  move: "\uD589\uB3D9",
  target: "\uB300\uC0C1",
  add: "\uC774 \uD589\uB3D9 \uCD94\uAC00",
  run: "\uAC00\uC815 \uC2E4\uD589",
  clear: "\uCC98\uC74C\uBD80\uD130",
  choices: "\uC774 \uAC00\uC815\uC5D0\uC11C \uBC14\uAFBC \uD589\uB3D9",
  noChoices: "\uC544\uC9C1 \uACE0\uB978 \uD589\uB3D9\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
  choiceLine: "{round}\uB77C\uC6B4\uB4DC: {delegation|\uC774/\uAC00} \u201C{move}\u201D \uC2E4\uD589",
  remove: "\uBE7C\uAE30",
  running: "\uC138\uC158\uC744 \uB2E4\uC2DC \uC9C4\uD589\uD558\uB294 \uC911\u2026",
  failed: "\uAC00\uC815\uC744 \uACC4\uC0B0\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4: {message}",
  loading: "\uAC00\uC815 \uC2E4\uD5D8\uC2E4\uC744 \uBD88\uB7EC\uC624\uB294 \uC911\u2026",
  unavailable: "\uC774 \uC138\uC158\uC5D0\uC11C\uB294 \uAC00\uC815 \uC2E4\uD5D8\uC2E4\uC744 \uC4F8 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {message}",
  forkName: "\uAC00\uC815 {n}",
  exportJson: "\uC774 \uAC00\uC815 \uB0B4\uBCF4\uB0B4\uAE30 (JSON)",
  compareTitle: "\uAE34\uC7A5\uB3C4: \uC2E4\uC81C \uC138\uC158\uACFC \uAC00\uC815\uB4E4",
  compareDesc: "\uAC01 \uB77C\uC6B4\uB4DC \uB4A4\uC758 \uAE34\uC7A5\uB3C4, \uC2E4\uC81C \uAE30\uB85D\uACFC \uAC00\uC815 {n}\uAC1C.",
  recorded: "\uC2E4\uC81C \uAE30\uB85D",
  roundHeading: "{round}\uB77C\uC6B4\uB4DC",
  tensionAfter: "\uB77C\uC6B4\uB4DC \uB4A4 \uAE34\uC7A5\uB3C4: \uC2E4\uC81C {recorded}, \uAC00\uC815 {fork}.",
  movesRecorded: "\uC2E4\uC81C \uD589\uB3D9",
  movesFork: "\uAC00\uC815\uC758 \uD589\uB3D9",
  causesRecorded: "\uC2E4\uC81C \uC138\uC158\uC5D0\uB9CC \uC788\uB294 \uC6D0\uC778",
  causesFork: "\uAC00\uC815\uC5D0\uB9CC \uC788\uB294 \uC6D0\uC778",
  noDiff: "\uCC28\uC774 \uC5C6\uC74C.",
  sourceChosen: "\uC120\uD0DD\uD568",
  sourceRecorded: "\uAE30\uB85D\uB300\uB85C",
  sourceBot: "\uC790\uB3D9 \uBD07",
  sourcePolicy: "\uC815\uCC45",
  hidden: "\uBE44\uBC00 \uD589\uB3D9",
  skipped: "\uBC14\uB010 \uB4A4\uB85C \uB354 \uC774\uC0C1 \uC801\uC6A9\uB418\uC9C0 \uC54A\uC740 \uAE30\uB85D\uB41C \uD589\uB3D9 {n}\uAC1C.",
  refLegend: "\uC774 \uC138\uC158\uC758 \uC2DC\uC791\uC5D0\uC11C \uAC19\uC740 \uADDC\uCE59\uC73C\uB85C \uACC4\uC0B0\uD55C \uAE30\uC900 \uACE1\uC120:",
  refAllHold: "\uBAA8\uB450 \uB300\uAE30",
  refPowerForPower: "\uD798\uC5D0\uB294 \uD798",
  refWayForward: "\uC6D0\uBB38\uC774 \uC81C\uC2DC\uD55C \uD574\uBC95",
  mechTitle: "\uB77C\uC6B4\uB4DC\uBCC4 \uAE34\uC7A5\uB3C4 \uBCC0\uD654\uC640 \uADF8 \uC6D0\uB9AC",
  mechDesc: "\uB77C\uC6B4\uB4DC\uB9C8\uB2E4 \uC120 \uC704\uC758 \uB9C9\uB300\uB294 \uAE34\uC7A5\uB3C4\uB97C \uC62C\uB838\uACE0 \uC120 \uC544\uB798 \uB9C9\uB300\uB294 \uB0B4\uB838\uC2B5\uB2C8\uB2E4. \uD45C\uC2DC\uB294 \uC21C\uBCC0\uD654\uC785\uB2C8\uB2E4.",
  mechNews: "\uB274\uC2A4",
  mechMoves: "\uC9C1\uC811 \uD589\uB3D9",
  mechSpillover: "\uB3D9\uB9F9\uC73C\uB85C \uBC88\uC9D0",
  mechReciprocity: "\uC0C1\uD638 \uD638\uC751",
  mechHostility: "\uC801\uB300\uC5D0 \uB300\uD55C \uC751\uC218",
  mechCooling: "\uC9C4\uC815",
  mechOther: "\uAE30\uD0C0 (\uC2E0\uB8B0\uB3C4, \uC81C\uC548, \uBC18\uC62C\uB9BC)",
  mechChange: "\uC21C\uBCC0\uD654",
  mechCaption: "\uB77C\uC6B4\uB4DC\uBCC4 \uC6D0\uB9AC\uC5D0 \uB530\uB978 \uAE34\uC7A5\uB3C4 \uBCC0\uD654 (\uC810)",
  asTable: "\uD45C\uB85C \uBCF4\uAE30"
};

// shared/i18n/causes-ko.ts
var causesKo = {
  code: {
    move: (w) => w.toward ? `${w.who}: ${w.move} (${w.toward} \uC0C1\uB300)` : `${w.who}: ${w.move}`,
    spill: (w) => `${w.who}: ${w.move} (${w.other}\uC758 \uB3D9\uB9F9 ${w.toward} \uC0C1\uB300)`,
    offerOnly: (w) => `${w.who}: ${w.move} \u2014 ${w.other}\uC774(\uAC00) \uD638\uC751\uD558\uC9C0 \uC54A\uC544 \uC81C\uC548\uC5D0 \uADF8\uCE68`,
    revealed: (w) => `\uB4DC\uB7EC\uB0A8: ${w.who}\uC774(\uAC00) ${w.round}\uB77C\uC6B4\uB4DC\uC5D0 \uBAB0\uB798 \uD55C \uC77C, ${w.move}`,
    news: (w) => `\uB274\uC2A4: ${w.news}`,
    reciprocity: (w) => `${w.who}\uC640(\uACFC) ${w.other}\uC774(\uAC00) \uC11C\uB85C \uC6B0\uD638\uC801\uC778 \uC218\uB97C \uC8FC\uACE0\uBC1B\uC74C`,
    agreementHolds: (w) => `${w.who}\uC640(\uACFC) ${w.other}\uC758 \uD569\uC758\uAC00 \uC544\uC9C1 \uC9C0\uCF1C\uC9C0\uACE0 \uC788\uC74C`,
    agreementCollapsed: (w) => w.move ? `${w.who}\uC774(\uAC00) ${w.other}\uC640(\uACFC)\uC758 \uD569\uC758\uB97C \uAE78: ${w.move}` : `${w.who}\uC640(\uACFC) ${w.other}\uC758 \uD569\uC758\uAC00 \uBB34\uB108\uC9D0`,
    answering: (w, up) => up ? `\uC801\uB300\uC5D0 \uB9DE\uB300\uC751: ${w.who}\uC774(\uAC00) ${w.other}\uC758 \uC801\uB300\uC5D0 \uB9DE\uC12C` : `${w.other}\uC774(\uAC00) \uCC28\uBD84\uD574 \uBCF4\uC5EC ${w.who}\uB3C4 \uAE34\uC7A5\uC744 \uD482`,
    cooling: (w) => `\uC2DC\uAC04\uC774 \uC9C0\uB098 \uD654\uAC00 \uAC00\uB77C\uC549\uC74C: ${w.who}\uC774(\uAC00) ${w.other}\uC5D0 \uB300\uD574 \uB204\uADF8\uB7EC\uC9D0`,
    grievance: (w) => `\uBB35\uC740 \uBD88\uC2E0\uC774 \uB3CC\uC544\uC634: ${w.who}\uC774(\uAC00) ${w.other}\uC744(\uB97C) \uB2E4\uC2DC \uD3C9\uC18C\uCC98\uB7FC \uACBD\uACC4\uD568`,
    armsRace: (w) => `\uAD70\uBE44 \uACBD\uC7C1\uC774 \uB450\uB824\uC6C0\uC744 \uD0A4\uC6C0: ${w.who}\uC774(\uAC00) ${w.other}\uC744(\uB97C) \uB354 \uB450\uB824\uC6CC\uD568`,
    incident: (w) => `\uC77C\uCD09\uC989\uBC1C \uC0C1\uD669\uC758 \uC0AC\uACE0: ${w.incident}`,
    background: () => "\uC544\uBB34\uB3C4 \uC6C0\uC9C1\uC774\uC9C0 \uC54A\uC544\uB3C4 \uC0DD\uAE30\uB294 \uB290\uB9B0 \uBCC0\uD654",
    brokenWord: (w) => w.otherMove ? `${w.who}\uC774(\uAC00) ${w.round}\uB77C\uC6B4\uB4DC\uC758 ${w.kind}\uC744(\uB97C) \uC5B4\uAE40: ${w.other}\uC758 ${w.otherMove}\uC5D0 \uB300\uC751\uD558\uC9C0 \uC54A\uC74C` : `${w.who}\uC774(\uAC00) ${w.round}\uB77C\uC6B4\uB4DC\uC758 ${w.kind}\uC744(\uB97C) \uC5B4\uAE40: ${w.move}`,
    keptWord: (w) => `${w.who}\uC774(\uAC00) ${w.round}\uB77C\uC6B4\uB4DC\uC758 ${w.kind}\uC744(\uB97C) \uB05D\uAE4C\uC9C0 \uC9C0\uD0B4`,
    cededGround: (w) => `\uAD6D\uB0B4\uC5D0\uC11C\uB294 \uBB3C\uB7EC\uC120 \uAC83\uC73C\uB85C \uBCF4\uC784: ${w.who}\uC774(\uAC00) ${w.other}\uC758 ${w.otherMove} \uC9C1\uD6C4 ${w.move}\uC744(\uB97C) \uD0DD\uD588\uC9C0\uB9CC \uB3CC\uC544\uC628 \uAC83\uC774 \uC5C6\uC74C`,
    stoodFirm: (w) => `\uAD6D\uB0B4\uC5D0\uC11C\uB294 \uB2E8\uD638\uD558\uAC8C \uBC84\uD2F4 \uAC83\uC73C\uB85C \uBCF4\uC784: ${w.who}\uC774(\uAC00) ${w.other}\uC758 ${w.otherMove}\uC5D0 ${w.move}(\uC73C)\uB85C \uB9DE\uC12C`,
    answeredOffer: (w) => `\uC81C\uC548\uC774 \uC751\uB2F5\uBC1B\uC74C: ${w.who}\uC758 ${w.move}(${w.round}\uB77C\uC6B4\uB4DC)\uC5D0 ${w.other}\uC774(\uAC00) ${w.otherMove}(\uC73C)\uB85C \uD654\uB2F5\uD568`,
    revealedByNews: (w) => `\uB274\uC2A4\uB85C \uB4DC\uB7EC\uB0A8: ${w.news}`,
    detected: () => "\uC815\uBCF4\uAE30\uAD00\uACFC \uC704\uC131\uC5D0 \uBC1C\uAC01\uB428",
    revealedAtEnd: () => "\uAC8C\uC784\uC774 \uB05D\uB098\uBA70 \uACF5\uAC1C\uB428",
    tension: () => "\uBAA8\uB4E0 \uC704\uD611 \uAC12\uC744 \uD569\uCE5C \uACB0\uACFC"
  },
  threat: (who, by, amount, up) => up ? `${who}\uC774(\uAC00) ${by}\uC5D0\uAC8C \uB290\uB07C\uB294 \uC704\uD611 +${amount}` : `${who}\uC774(\uAC00) ${by}\uC5D0\uAC8C \uB290\uB07C\uB294 \uC704\uD611 \u2212${amount}`,
  meter: (name, signed2) => `${name} ${signed2}`,
  credibility: (who, signed2) => `${who}\uC758 \uC2E0\uB8B0\uB3C4 ${signed2}`,
  talks: (from, to) => `\uB300\uD654 \uB2E8\uACC4: ${from} \u2192 ${to}`,
  arrow: " \u2192 ",
  tension: "\uD55C\uBC18\uB3C4 \uAE34\uC7A5",
  kinds: { pledge: "\uACF5\uAC1C \uC57D\uC18D", warning: "\uACF5\uAC1C \uACBD\uACE0", agreement: "\uC11C\uBA85\uD55C \uD569\uC758" },
  incidents: { borderClash: "\uAD6D\uACBD\uC5D0\uC11C \uAD70\uC778\uB4E4\uC774 \uCD1D\uACA9\uC744 \uC8FC\uACE0\uBC1B\uC74C", nearMiss: "\uC804\uD22C\uAE30\uC640 \uD568\uC815\uC774 \uCDA9\uB3CC\uD560 \uBED4\uD568" },
  others: (count2) => `\uADF8 \uBC16\uC758 \uC791\uC740 \uBCC0\uD654 ${count2}\uAC74`,
  someone: "\uB204\uAD70\uAC00"
};

// shared/i18n/ko.ts
var ko = {
  name: "\uD55C\uAD6D\uC5B4",
  tag: "ko",
  text: {
    appTitle: "\uD398\uB2CC\uC290\uB77C",
    tagline: "\uD55C\uBC18\uB3C4 \uC704\uAE30 \uC678\uAD50 \uAC8C\uC784",
    language: "\uC5B8\uC5B4",
    joinHeading: "\uC218\uC5C5\uC5D0 \uCC38\uC5EC\uD558\uAE30",
    codeLabel: "\uC138\uC158 \uCF54\uB4DC",
    codeHint: "\uD654\uBA74\uC774\uB098 QR \uCF54\uB4DC\uC5D0 \uC788\uB294 \uC5EC\uC12F \uAE00\uC790",
    nameLabel: "\uB2C9\uB124\uC784",
    nameHint: "\uC2E4\uBA85\uC740 \uD544\uC694 \uC5C6\uC2B5\uB2C8\uB2E4",
    nameGenerate: "\uB2C9\uB124\uC784 \uCD94\uCC9C",
    joinButton: "\uCC38\uC5EC",
    joining: "\uCC38\uC5EC\uD558\uB294 \uC911\u2026",
    loadingGame: "\uAC8C\uC784\uC744 \uBD88\uB7EC\uC624\uB294 \uC911\u2026",
    statusOnline: "\uC5F0\uACB0\uB428",
    statusConnecting: "\uC5F0\uACB0\uD558\uB294 \uC911\u2026",
    statusReconnecting: "\uC5F0\uACB0\uC774 \uB04A\uACBC\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC5F0\uACB0\uD558\uB294 \uC911\u2026",
    statusOffline: "\uC5F0\uACB0\uC774 \uB04A\uACBC\uC2B5\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C \uACE0\uCE58\uBA74 \uC790\uB9AC\uB85C \uB3CC\uC544\uAC11\uB2C8\uB2E4.",
    statusRemoved: "\uC120\uC0DD\uB2D8\uC774 \uC774 \uC138\uC158\uC5D0\uC11C \uB0B4\uBCF4\uB0C8\uC2B5\uB2C8\uB2E4.",
    savingSlow: "\uC800\uC7A5\uC774 \uB290\uB824\uC9C0\uACE0 \uC788\uC2B5\uB2C8\uB2E4. \uC7A0\uC2DC \uAE30\uB2E4\uB824 \uC8FC\uC138\uC694. \uC783\uC5B4\uBC84\uB9AC\uB294 \uAC83\uC740 \uC5C6\uACE0, \uBCF4\uB0B8 \uD589\uB3D9\uC740 \uCC98\uB9AC\uB429\uB2C8\uB2E4.",
    you: "\uB098",
    delegation: "\uB300\uD45C\uB2E8",
    round: "\uB77C\uC6B4\uB4DC",
    phase: "\uB2E8\uACC4",
    timeLeft: "\uB0A8\uC740 \uC2DC\uAC04",
    paused: "\uC77C\uC2DC \uC815\uC9C0",
    noClock: "\uD0C0\uC774\uBA38 \uC5C6\uC74C",
    crisisHold: "\uD559\uAE09 \uD1A0\uB860\uC744 \uC704\uD574 \uAC8C\uC784\uC774 \uBA48\uCDC4\uC2B5\uB2C8\uB2E4.",
    briefing: "\uBE0C\uB9AC\uD551",
    publicBrief: "\uACF5\uAC1C \uBE0C\uB9AC\uD551",
    privateBrief: "\uBE44\uACF5\uAC1C \uBE0C\uB9AC\uD551 (\uC6B0\uB9AC \uD300\uB9CC)",
    objectives: "\uBAA9\uD45C",
    points: "\uC810",
    redLines: "\uB808\uB4DC\uB77C\uC778",
    board: "\uC0C1\uD669\uD310",
    boardAlt: "\uC0C1\uD669\uD310\uC785\uB2C8\uB2E4. \uBAA8\uB4E0 \uC9C0\uD45C\uB294 \uC544\uB798\uC5D0 \uAE00\uB85C\uB3C4 \uB098\uC635\uB2C8\uB2E4.",
    metersHeading: "\uAE00\uB85C \uBCF4\uB294 \uC9C0\uD45C",
    causesHeading: "\uBB34\uC5C7\uC774 \uC65C \uBC14\uB00C\uC5C8\uB098",
    news: "\uB274\uC2A4",
    noNews: "\uC544\uC9C1 \uB274\uC2A4\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.",
    teamChat: "\uD300 \uCC44\uD305",
    teamChatHint: "\uC6B0\uB9AC \uB300\uD45C\uB2E8\uB9CC \uC77D\uC2B5\uB2C8\uB2E4.",
    diplomacy: "\uC678\uAD50 \uBA54\uC2DC\uC9C0",
    diplomacyHint: "\uC6B0\uB9AC \uB300\uD45C\uB2E8\uACFC \uBC1B\uB294 \uB300\uD45C\uB2E8\uB9CC \uC77D\uC2B5\uB2C8\uB2E4.",
    diplomacyTo: "\uBC1B\uB294 \uACF3",
    statements: "\uACF5\uAC1C \uC131\uBA85",
    statementsHint: "\uBAA8\uB450\uAC00 \uC77D\uC2B5\uB2C8\uB2E4. \uD504\uB85C\uC81D\uD130\uC5D0\uB3C4 \uB098\uC635\uB2C8\uB2E4.",
    commitment: "\uC57D\uC18D",
    commitmentNone: "\uC5C6\uC74C",
    pledge: "\uC11C\uC57D: \uC801\uB300 \uD589\uB3D9\uC744 \uD558\uC9C0 \uC54A\uC74C",
    warning: "\uACBD\uACE0: \uC801\uB300 \uD589\uB3D9\uC5D0\uB294 \uB300\uC751\uD568",
    commitmentTarget: "\uB300\uC0C1",
    anyone: "\uBAA8\uB450",
    message: "\uBA54\uC2DC\uC9C0",
    send: "\uBCF4\uB0B4\uAE30",
    proposals: "\uC81C\uC548",
    proposalsHint: "\uD55C \uC904 \uC774\uC720\uC640 \uD568\uAED8 \uD589\uB3D9\uC744 \uC81C\uC548\uD558\uC138\uC694. \uAC00\uC7A5 \uB9CE\uC774 \uCC2C\uC131\uBC1B\uC740 \uC81C\uC548\uC774 \uC6B0\uB9AC \uD589\uB3D9\uC774 \uB429\uB2C8\uB2E4.",
    move: "\uD589\uB3D9",
    target: "\uB300\uC0C1",
    rationale: "\uC774\uC720 (\uD55C \uC904)",
    propose: "\uC81C\uC548\uD558\uAE30",
    approve: "\uCC2C\uC131",
    withdraw: "\uCC2C\uC131 \uCDE8\uC18C",
    approvals: "\uCC2C\uC131",
    leading: "\uC120\uB450",
    noProposals: "\uC774\uBC88 \uB77C\uC6B4\uB4DC\uC5D0\uB294 \uC544\uC9C1 \uC81C\uC548\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
    proposedBy: "\uC81C\uC548\uC790",
    moves: "\uC6B0\uB9AC \uB300\uD45C\uB2E8\uC774 \uD560 \uC218 \uC788\uB294 \uD589\uB3D9",
    category: "\uBD84\uB958",
    lockedMove: "\uC774\uBC88 \uB77C\uC6B4\uB4DC \uC6B0\uB9AC \uB300\uD45C\uB2E8\uC758 \uD589\uB3D9",
    revealedMoves: "\uC774\uBC88 \uB77C\uC6B4\uB4DC\uC5D0 \uACF5\uAC1C\uB41C \uD589\uB3D9",
    noMovesYet: "\uD589\uB3D9\uC740 \uACB0\uACFC \uB2E8\uACC4\uC5D0\uC11C \uD55C\uAEBC\uBC88\uC5D0 \uACF5\uAC1C\uB429\uB2C8\uB2E4.",
    covert: "\uBE44\uBC00",
    byBot: "\uBD07\uC774 \uB460",
    reflection: "\uC131\uCC30",
    reflectionSubmit: "\uC131\uCC30 \uC81C\uCD9C",
    reflectionDone: "\uACE0\uB9D9\uC2B5\uB2C8\uB2E4. \uC131\uCC30\uC774 \uC800\uC7A5\uB418\uC5C8\uC2B5\uB2C8\uB2E4.",
    sent: "\uBCF4\uB0C8\uC2B5\uB2C8\uB2E4.",
    empty: "\uC544\uC9C1 \uC5C6\uC2B5\uB2C8\uB2E4.",
    tension: "\uD55C\uBC18\uB3C4 \uAE34\uC7A5\uB3C4",
    pairs: "\uB300\uD45C\uB2E8 \uC0AC\uC774\uC758 \uAE34\uC7A5",
    threatRow: "\uC6B0\uB9AC \uB300\uD45C\uB2E8\uC774 \uB290\uB07C\uB294 \uC704\uD611",
    world: "\uC138\uACC4 \uC9C0\uD45C",
    talksLadder: "\uB300\uD654 \uC0AC\uB2E4\uB9AC",
    credibility: "\uC2E0\uB8B0\uB3C4",
    rising: "\uC0C1\uC2B9",
    falling: "\uD558\uB77D",
    steady: "\uBCC0\uD654 \uC5C6\uC74C",
    threatLine: "{from|\uC774/\uAC00} {to}\uC5D0\uAC8C \uB290\uB07C\uB294 \uC704\uD611:",
    scores: "\uCD5C\uC885 \uC810\uC218",
    ended: "\uC138\uC158\uC774 \uB05D\uB0AC\uC2B5\uB2C8\uB2E4. \uCC38\uC5EC\uD574 \uC8FC\uC154\uC11C \uACE0\uB9D9\uC2B5\uB2C8\uB2E4.",
    hold: "\uB300\uAE30",
    holdWhy: "\uC774\uBC88 \uB77C\uC6B4\uB4DC\uC5D0\uB294 \uD589\uB3D9\uD558\uC9C0 \uC54A\uACE0 \uB2E4\uB978 \uB300\uD45C\uB2E8\uC774 \uC5B4\uB5BB\uAC8C \uD558\uB294\uC9C0 \uC9C0\uCF1C\uBD05\uB2C8\uB2E4.",
    hostHeading: "\uAD50\uC0AC \uB300\uC2DC\uBCF4\uB4DC",
    createSession: "\uC138\uC158 \uB9CC\uB4E4\uAE30",
    scenario: "\uC2DC\uB098\uB9AC\uC624",
    rounds: "\uB77C\uC6B4\uB4DC \uC218 (\uD559\uC0DD\uC5D0\uAC8C\uB294 \uBCF4\uC774\uC9C0 \uC54A\uC74C)",
    phaseSeconds: "\uB2E8\uACC4\uBCC4 \uCD08",
    reflectionToggle: "\uB77C\uC6B4\uB4DC\uB9C8\uB2E4 \uC131\uCC30 \uC9C8\uBB38",
    create: "\uB9CC\uB4E4\uAE30",
    yourSessions: "\uC774 \uBE0C\uB77C\uC6B0\uC800\uC758 \uC138\uC158",
    open: "\uC5F4\uAE30",
    forget: "\uBAA9\uB85D\uC5D0\uC11C \uC9C0\uC6B0\uAE30",
    joinAt: "\uD559\uC0DD \uCC38\uC5EC \uC8FC\uC18C",
    qrAlt: "\uC774 \uC138\uC158 \uCF54\uB4DC\uB85C \uCC38\uC5EC \uD398\uC774\uC9C0\uB97C \uC5EC\uB294 QR \uCF54\uB4DC",
    roster: "\uBA85\uB2E8",
    connected: "\uC5F0\uACB0\uB428",
    disconnected: "\uC5F0\uACB0 \uC548 \uB428",
    noStudents: "\uC544\uC9C1 \uD559\uC0DD\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
    controls: "\uC9C4\uD589",
    start: "\uC2DC\uC791",
    pause: "\uC77C\uC2DC \uC815\uC9C0",
    resume: "\uACC4\uC18D",
    extend: "60\uCD08 \uC5F0\uC7A5",
    skip: "\uB2E8\uACC4 \uAC74\uB108\uB6F0\uAE30",
    end: "\uC138\uC158 \uB05D\uB0B4\uAE30",
    lock: "\uCC38\uC5EC \uC7A0\uADF8\uAE30",
    unlock: "\uCC38\uC5EC \uC5F4\uAE30",
    resumeCrisis: "\uAC8C\uC784 \uACC4\uC18D",
    endCrisis: "\uC704\uAE30 \uC885\uB8CC \uC120\uC5B8",
    injectNews: "\uB274\uC2A4 \uB123\uAE30",
    headline: "\uD5E4\uB4DC\uB77C\uC778",
    orHeadline: "\uB610\uB294 \uD5E4\uB4DC\uB77C\uC778 \uC9C1\uC811 \uC4F0\uAE30",
    inject: "\uB123\uAE30",
    rename: "\uC774\uB984 \uBC14\uAFB8\uAE30",
    remove: "\uB0B4\uBCF4\uB0B4\uAE30",
    reassign: "\uC62E\uAE30\uAE30",
    newName: "\uC0C8 \uC774\uB984",
    channels: "\uBAA8\uB4E0 \uCC44\uB110 (\uC77D\uAE30 \uC804\uC6A9)",
    confirmEnd: "\uBAA8\uB450\uC5D0\uAC8C \uC138\uC158\uC744 \uB05D\uB0BC\uAE4C\uC694?",
    confirmRemove: "\uC774 \uD559\uC0DD\uC744 \uB0B4\uBCF4\uB0BC\uAE4C\uC694?",
    extraTime: "\uCD94\uAC00 \uC2DC\uAC04",
    extraTimeNone: "\uC5C6\uC74C",
    extraTimePercent: "{n}% \uCD94\uAC00",
    extraTimeHint: "\uC774 \uD559\uC0DD\uC758 \uC131\uCC30\uC5D0\uB9CC \uC801\uC6A9\uB429\uB2C8\uB2E4. \uC774 \uD559\uC0DD\uACFC \uC120\uC0DD\uB2D8\uB9CC \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
    extraTimeSave: "\uCD94\uAC00 \uC2DC\uAC04 \uC815\uD558\uAE30",
    hostDoneExtraTime: "\uC800\uC7A5\uD588\uC2B5\uB2C8\uB2E4. \uC774 \uD559\uC0DD\uACFC \uC120\uC0DD\uB2D8\uB9CC \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
    seatExtraTime: "\uCD94\uAC00 \uC2DC\uAC04 +{n}%",
    hostKeyMissing: "\uC774 \uBE0C\uB77C\uC6B0\uC800\uC5D0\uB294 \uADF8 \uC138\uC158\uC758 \uAD50\uC0AC \uD0A4\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.",
    projectorLink: "\uD504\uB85C\uC81D\uD130 \uD654\uBA74",
    reviewLink: "\uB3CC\uC544\uBCF4\uAE30",
    projectorHeading: "\uD504\uB85C\uC81D\uD130",
    headlines: "\uD5E4\uB4DC\uB77C\uC778",
    studentsPerDelegation: "\uD559\uC0DD \uC218",
    // phase-led screens, the teacher's key card, the projector
    nowLobby: "\uC120\uC0DD\uB2D8\uC774 \uAC8C\uC784\uC744 \uC2DC\uC791\uD560 \uB54C\uAE4C\uC9C0 \uAE30\uB2E4\uB9AC\uC138\uC694.",
    nowBriefing: "\uC6B0\uB9AC \uB300\uD45C\uB2E8 \uBE0C\uB9AC\uD551\uC744 \uC77D\uC73C\uC138\uC694: \uC6B0\uB9AC\uB294 \uB204\uAD6C\uC774\uACE0 \uBB34\uC5C7\uC744 \uC6D0\uD558\uB098\uC694?",
    nowNews: "\uB274\uC2A4\uB97C \uC77D\uC73C\uC138\uC694. \uC6B0\uB9AC \uB300\uD45C\uB2E8\uC5D0\uAC8C \uBB34\uC5C7\uC774 \uB2EC\uB77C\uC9C0\uB098\uC694?",
    nowDeliberation: "\uC6B0\uB9AC \uD300, \uB2E4\uB978 \uB300\uD45C\uB2E8\uACFC \uC774\uC57C\uAE30\uD55C \uB4A4 \uC774\uC720\uB97C \uBD99\uC5EC \uD589\uB3D9\uC744 \uC81C\uC548\uD558\uC138\uC694.",
    nowDecision: "\uC6B0\uB9AC \uD300\uC774 \uD560 \uC81C\uC548\uC5D0 \uCC2C\uC131\uD558\uC138\uC694. \uCC2C\uC131\uC774 \uAC00\uC7A5 \uB9CE\uC740 \uC81C\uC548\uC774 \uC6B0\uB9AC \uD589\uB3D9\uC774 \uB429\uB2C8\uB2E4.",
    nowResolution: "\uBAA8\uB4E0 \uD589\uB3D9\uC774 \uACF5\uAC1C\uB410\uC2B5\uB2C8\uB2E4. \uAC01 \uB300\uD45C\uB2E8\uC774 \uBB34\uC5C7\uC744 \uD588\uACE0 \uC9C0\uD45C\uAC00 \uC65C \uC6C0\uC9C1\uC600\uB294\uC9C0 \uBCF4\uC138\uC694.",
    nowReflection: "\uC131\uCC30 \uC9C8\uBB38\uC5D0 \uB2F5\uD558\uC138\uC694.",
    nowEnded: "\uAC8C\uC784\uC774 \uB05D\uB0AC\uC2B5\uB2C8\uB2E4. \uCC38\uC5EC\uD574 \uC8FC\uC154\uC11C \uACE0\uB9D9\uC2B5\uB2C8\uB2E4! \uCD5C\uC885 \uC810\uC218\uC785\uB2C8\uB2E4.",
    nowPaused: "\uC120\uC0DD\uB2D8\uC774 \uC2DC\uACC4\uB97C \uBA48\uCDC4\uC2B5\uB2C8\uB2E4. \uAC8C\uC784\uC774 \uB2E4\uC2DC \uC2DC\uC791\uB420 \uB54C\uAE4C\uC9C0 \uAE30\uB2E4\uB9AC\uC138\uC694.",
    nowHold: "\uBA48\uCD94\uC138\uC694: \uC9C0\uAE08\uC740 \uD559\uAE09\uC774 \uC704\uAE30\uB97C \uD568\uAED8 \uD1A0\uB860\uD569\uB2C8\uB2E4.",
    nowRemoved: "\uC120\uC0DD\uB2D8\uC774 \uC774 \uC138\uC158\uC5D0\uC11C \uB098\uB97C \uB0B4\uBCF4\uB0C8\uC2B5\uB2C8\uB2E4. \uC798\uBABB\uB41C \uAC83 \uAC19\uC73C\uBA74 \uC120\uC0DD\uB2D8\uAED8 \uBB3C\uC5B4\uBCF4\uC138\uC694.",
    hostNowLobby: "\uD559\uC0DD\uB4E4\uC774 \uCF54\uB4DC\uB85C \uCC38\uC5EC\uD569\uB2C8\uB2E4. \uBAA8\uB450 \uC790\uB9AC\uC5D0 \uC549\uC73C\uBA74 \uC2DC\uC791\uC744 \uB204\uB974\uC138\uC694.",
    hostNowPlay: "\uD559\uC0DD: {task} \uC900\uBE44\uB418\uBA74 \uB2E8\uACC4\uB97C \uAC74\uB108\uB6F0\uAC70\uB098 \uC2DC\uAC04\uC744 \uB298\uB9AC\uC138\uC694.",
    hostNowEnded: "\uC138\uC158\uC774 \uB05D\uB0AC\uC2B5\uB2C8\uB2E4. \uB3CC\uC544\uBCF4\uAE30\uB97C \uC5F4\uC5B4 \uD559\uAE09\uACFC \uD568\uAED8 \uB418\uC9DA\uC5B4 \uBCF4\uC138\uC694.",
    projectorNowLobby: "\uD734\uB300\uD3F0\uC774\uB098 \uB178\uD2B8\uBD81\uC5D0\uC11C \uC774 \uCF54\uB4DC\uB85C \uCC38\uC5EC\uD558\uC138\uC694.",
    timeLeftShort: "{time} \uB0A8\uC74C",
    timeLeftYours: "\uB0B4 \uC131\uCC30 \uC2DC\uAC04 {time} \uB0A8\uC74C",
    reflectionOpenYours: "{round}\uB77C\uC6B4\uB4DC \uC131\uCC30\uC740 \uC544\uC9C1 \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4. {time} \uB0A8\uC558\uC2B5\uB2C8\uB2E4.",
    reflectionExtraNote: "\uCD94\uAC00 \uC2DC\uAC04\uC774 \uC788\uC2B5\uB2C8\uB2E4. \uBC18 \uCE5C\uAD6C\uB4E4\uBCF4\uB2E4 {length} \uB354 \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
    gateTalks: "\uB17C\uC758\uC640 \uACB0\uC815 \uB2E8\uACC4\uC5D0\uC11C \uC5F4\uB9BD\uB2C8\uB2E4.",
    gateReflection: "\uC131\uCC30 \uB2E8\uACC4\uC5D0\uC11C \uC5F4\uB9BD\uB2C8\uB2E4.",
    gateLobby: "\uAC8C\uC784\uC774 \uC2DC\uC791\uB418\uBA74 \uC5F4\uB9BD\uB2C8\uB2E4.",
    gateEnded: "\uAC8C\uC784\uC774 \uB05D\uB0AC\uC2B5\uB2C8\uB2E4.",
    gatePaused: "\uC120\uC0DD\uB2D8\uC774 \uC77C\uC2DC \uC815\uC9C0\uD588\uC2B5\uB2C8\uB2E4.",
    gateHold: "\uD559\uAE09 \uD1A0\uB860 \uC911\uC774\uB77C \uBA48\uCDC4\uC2B5\uB2C8\uB2E4.",
    keyCardTitle: "\uC774 \uAD50\uC0AC \uD0A4\uB97C \uBCF4\uAD00\uD558\uC138\uC694",
    keyCardIntro: "\uC9C0\uAE08 \uD55C \uBC88\uB9CC \uBCF4\uC785\uB2C8\uB2E4. \uC774 \uD0A4\uAC00 \uC788\uC73C\uBA74 \uC5B4\uB290 \uBE0C\uB77C\uC6B0\uC800\uC5D0\uC11C\uB4E0 \uB300\uC2DC\uBCF4\uB4DC\uC640 \uB3CC\uC544\uBCF4\uAE30\uB97C \uC5F4 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uD504\uB85C\uC81D\uD130\uC5D0\uB294 \uC808\uB300 \uB744\uC6B0\uC9C0 \uB9C8\uC138\uC694.",
    keyCardKey: "\uAD50\uC0AC \uD0A4",
    keyCardReview: "\uB3CC\uC544\uBCF4\uAE30 \uB9C1\uD06C",
    keyCardLink: "\uBE44\uACF5\uAC1C \uAD50\uC0AC \uB9C1\uD06C (\uD0A4\uAC00 \uB4E4\uC5B4 \uC788\uC5B4 \uC774 \uB300\uC2DC\uBCF4\uB4DC\uB97C \uC5FD\uB2C8\uB2E4. \uD63C\uC790\uB9CC \uBCF4\uAD00\uD558\uC138\uC694)",
    keyCardCopy: "\uCE74\uB4DC \uBCF5\uC0AC",
    keyCardDownload: "\uD30C\uC77C\uB85C \uB0B4\uB824\uBC1B\uAE30",
    keyCardDone: "\uBCF4\uAD00\uD588\uC2B5\uB2C8\uB2E4",
    keyCardCopied: "\uBCF5\uC0AC\uD588\uC2B5\uB2C8\uB2E4.",
    keyEnterHint: "\uC138\uC158\uC744 \uB9CC\uB4E4 \uB54C \uBCF4\uAD00\uD55C \uCE74\uB4DC\uC758 \uAD50\uC0AC \uD0A4\uB97C \uBD99\uC5EC \uB123\uC73C\uC138\uC694.",
    keyEnterSubmit: "\uB300\uC2DC\uBCF4\uB4DC \uC5F4\uAE30",
    projectorOpen: "\uD504\uB85C\uC81D\uD130 \uD654\uBA74 \uC5F4\uAE30",
    channelsShow: "\uBE44\uACF5\uAC1C \uCC44\uB110: \uBAA8\uB4E0 \uD300 \uB300\uD654\uC640 \uC678\uAD50 \uBA54\uC2DC\uC9C0 (\uD504\uB85C\uC81D\uD130\uC6A9 \uC544\uB2D8)",
    openReview: "\uB3CC\uC544\uBCF4\uAE30 \uC5F4\uAE30",
    seatedPerDelegation: "\uB300\uD45C\uB2E8\uBCC4 \uCC38\uC5EC \uD559\uC0DD",
    topReasons: "\uC9C0\uD45C\uAC00 \uC6C0\uC9C1\uC778 \uC774\uC720",
    thankYou: "\uCC38\uC5EC\uD574 \uC8FC\uC154\uC11C \uACE0\uB9D9\uC2B5\uB2C8\uB2E4!",
    easing: "\uC644\uD654 \uC911",
    allCauses: "\uC774\uBC88 \uB77C\uC6B4\uB4DC\uC758 \uBAA8\uB4E0 \uC6D0\uC778",
    hostDone: "\uC644\uB8CC\uD588\uC2B5\uB2C8\uB2E4.",
    hostDoneStart: "\uC2DC\uC791\uD588\uC2B5\uB2C8\uB2E4: \uBE0C\uB9AC\uD551 \uB2E8\uACC4\uC785\uB2C8\uB2E4.",
    hostDonePause: "\uC77C\uC2DC \uC815\uC9C0\uD588\uC2B5\uB2C8\uB2E4.",
    hostDoneResume: "\uB2E4\uC2DC \uC2DC\uC791\uD588\uC2B5\uB2C8\uB2E4.",
    hostDoneExtend: "60\uCD08 \uB298\uB838\uC2B5\uB2C8\uB2E4.",
    hostDoneSkip: "\uB2E4\uC74C \uB2E8\uACC4\uB85C \uB118\uC5B4\uAC14\uC2B5\uB2C8\uB2E4.",
    hostDoneEnd: "\uC138\uC158\uC744 \uB05D\uB0C8\uC2B5\uB2C8\uB2E4.",
    hostDoneLock: "\uCC38\uC5EC\uB97C \uC7A0\uAC14\uC2B5\uB2C8\uB2E4.",
    hostDoneUnlock: "\uCC38\uC5EC\uB97C \uC5F4\uC5C8\uC2B5\uB2C8\uB2E4.",
    // the announcer, skip links, page titles
    minutes: "{n}\uBD84",
    seconds: "{n}\uCD08",
    annJoined: "{delegation} \uB300\uD45C\uB2E8\uC5D0 \uB4E4\uC5B4\uC654\uC2B5\uB2C8\uB2E4.",
    annMoved: "\uC120\uC0DD\uB2D8\uC774 \uB098\uB97C {delegation} \uB300\uD45C\uB2E8\uC73C\uB85C \uC62E\uACBC\uC2B5\uB2C8\uB2E4.",
    annEnded: "\uAC8C\uC784\uC774 \uB05D\uB0AC\uC2B5\uB2C8\uB2E4. \uCC38\uC5EC\uD574 \uC8FC\uC154\uC11C \uACE0\uB9D9\uC2B5\uB2C8\uB2E4!",
    annPhaseTimed: "{phase} \uC2DC\uC791: {length}.",
    annPhase: "{phase} \uC2DC\uC791.",
    annReflection: "\uC131\uCC30 \uC9C8\uBB38: {prompt}",
    annPaused: "\uC120\uC0DD\uB2D8\uC774 \uC2DC\uACC4\uB97C \uBA48\uCDC4\uC2B5\uB2C8\uB2E4.",
    annResumed: "\uC2DC\uACC4\uAC00 \uB2E4\uC2DC \uAC11\uB2C8\uB2E4.",
    annResolved: "{round}\uB77C\uC6B4\uB4DC \uACB0\uACFC: \uD589\uB3D9 {moves}\uAC1C \uACF5\uAC1C. \uAE34\uC7A5\uB3C4 {tension}, {change}, {band}.",
    annSteady: "\uBCC0\uD654 \uC5C6\uC74C",
    annUp: "{n} \uC0C1\uC2B9",
    annDown: "{n} \uD558\uB77D",
    annOneMinute: "1\uBD84 \uB0A8\uC558\uC2B5\uB2C8\uB2E4.",
    annTenSeconds: "10\uCD08 \uB0A8\uC558\uC2B5\uB2C8\uB2E4.",
    annPhaseYours: "{phase} \uC2DC\uC791: \uCD94\uAC00 \uC2DC\uAC04\uC744 \uB354\uD574 {length} \uB3D9\uC548 \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
    annPersonalOpen: "\uB0B4 \uC131\uCC30\uC740 {length} \uB354 \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
    annExtraTimeGiven: "\uC120\uC0DD\uB2D8\uC774 \uC131\uCC30 \uC2DC\uAC04\uC744 {percent}% \uB354 \uC8FC\uC168\uC2B5\uB2C8\uB2E4.",
    annExtraTimeRemoved: "\uCD94\uAC00 \uC2DC\uAC04\uC774 \uC5C6\uC5B4\uC84C\uC2B5\uB2C8\uB2E4.",
    annOneMinuteYours: "\uC131\uCC30 \uC2DC\uAC04\uC774 1\uBD84 \uB0A8\uC558\uC2B5\uB2C8\uB2E4.",
    annTenSecondsYours: "\uC131\uCC30 \uC2DC\uAC04\uC774 10\uCD08 \uB0A8\uC558\uC2B5\uB2C8\uB2E4.",
    skipTask: "\uC9C0\uAE08 \uD560 \uC77C\uB85C \uAC74\uB108\uB6F0\uAE30",
    skipMain: "\uBCF8\uBB38\uC73C\uB85C \uAC74\uB108\uB6F0\uAE30",
    skipControls: "\uC9C4\uD589 \uBC84\uD2BC\uC73C\uB85C \uAC74\uB108\uB6F0\uAE30",
    skipRoster: "\uD559\uC0DD \uBA85\uB2E8\uC73C\uB85C \uAC74\uB108\uB6F0\uAE30",
    pageTitleRound: "{round}\uB77C\uC6B4\uB4DC \xB7 {phase}"
  },
  errors: {
    "rule/not-allowed": "\uADF8\uB807\uAC8C \uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
    "rule/wrong-phase": "\uC774 \uB2E8\uACC4\uC5D0\uC11C\uB294 \uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
    "rule/paused": "\uC120\uC0DD\uB2D8\uC774 \uAC8C\uC784\uC744 \uC77C\uC2DC \uC815\uC9C0\uD588\uC2B5\uB2C8\uB2E4.",
    "rule/crisis-hold": "\uD559\uAE09 \uD1A0\uB860\uC744 \uC704\uD574 \uAC8C\uC784\uC774 \uBA48\uCDC4\uC2B5\uB2C8\uB2E4.",
    "rule/session-ended": "\uC138\uC158\uC774 \uB05D\uB0AC\uC2B5\uB2C8\uB2E4.",
    "rule/session-started": "\uC138\uC158\uC774 \uC774\uBBF8 \uC2DC\uC791\uB418\uC5C8\uC2B5\uB2C8\uB2E4.",
    "rule/joins-locked": "\uC120\uC0DD\uB2D8\uC774 \uC138\uC158\uC744 \uC7A0\uAC14\uC2B5\uB2C8\uB2E4. \uC0C8 \uD559\uC0DD\uC740 \uCC38\uC5EC\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
    "rule/session-full": "\uC138\uC158 \uC815\uC6D0\uC774 \uCC3C\uC2B5\uB2C8\uB2E4.",
    "rule/name-invalid": "\uC774\uB984\uC740 1~24\uC790\uC758 \uAE00\uC790, \uC22B\uC790, \uACF5\uBC31, \uBB38\uC7A5 \uBD80\uD638\uC785\uB2C8\uB2E4.",
    "rule/name-taken": "\uB204\uAD70\uAC00 \uC774\uBBF8 \uADF8 \uC774\uB984\uC744 \uC501\uB2C8\uB2E4. \uB2E4\uB978 \uC774\uB984\uC744 \uACE0\uB974\uC138\uC694.",
    "rule/seat-unknown": "\uADF8 \uD559\uC0DD\uC740 \uC774 \uC138\uC158\uC5D0 \uC5C6\uC2B5\uB2C8\uB2E4.",
    "rule/seat-exists": "\uADF8 \uC790\uB9AC\uB294 \uC774\uBBF8 \uC788\uC2B5\uB2C8\uB2E4.",
    "rule/seat-removed": "\uC120\uC0DD\uB2D8\uC774 \uC774 \uC790\uB9AC\uB97C \uC5C6\uC574\uC2B5\uB2C8\uB2E4.",
    "rule/delegation-unknown": "\uC774 \uC2DC\uB098\uB9AC\uC624\uC5D0 \uADF8\uB7F0 \uB300\uD45C\uB2E8\uC740 \uC5C6\uC2B5\uB2C8\uB2E4.",
    "rule/move-unknown": "\uC6B0\uB9AC \uB300\uD45C\uB2E8\uC5D0\uB294 \uADF8\uB7F0 \uD589\uB3D9\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
    "rule/target-required": "\uC774 \uD589\uB3D9\uC758 \uB300\uC0C1 \uB300\uD45C\uB2E8\uC744 \uACE0\uB974\uC138\uC694.",
    "rule/target-invalid": "\uADF8 \uB300\uD45C\uB2E8\uC744 \uB300\uC0C1\uC73C\uB85C \uD560 \uC218 \uC5C6\uB294 \uD589\uB3D9\uC785\uB2C8\uB2E4.",
    "rule/proposal-unknown": "\uADF8 \uC81C\uC548\uC740 \uC5C6\uC2B5\uB2C8\uB2E4 (\uB610\uB294 \uC6B0\uB9AC \uD300 \uC81C\uC548\uC774 \uC544\uB2D9\uB2C8\uB2E4).",
    "rule/already-approved": "\uC774\uBBF8 \uCC2C\uC131\uD55C \uC81C\uC548\uC785\uB2C8\uB2E4.",
    "rule/not-approved": "\uCC2C\uC131\uD558\uC9C0 \uC54A\uC740 \uC81C\uC548\uC785\uB2C8\uB2E4.",
    "rule/already-reflected": "\uC774\uBC88 \uB77C\uC6B4\uB4DC \uC131\uCC30\uC740 \uC774\uBBF8 \uB0C8\uC2B5\uB2C8\uB2E4.",
    "rule/text-empty": "\uBA3C\uC800 \uB0B4\uC6A9\uC744 \uC4F0\uC138\uC694.",
    "rule/text-too-long": "\uAE00\uC774 \uB108\uBB34 \uAE41\uB2C8\uB2E4.",
    "rule/news-unknown": "\uC774 \uC2DC\uB098\uB9AC\uC624\uC5D0 \uADF8\uB7F0 \uB274\uC2A4\uB294 \uC5C6\uC2B5\uB2C8\uB2E4.",
    "rule/stale-timer": "\uC774\uBBF8 \uB05D\uB09C \uB2E8\uACC4\uC758 \uD0C0\uC774\uBA38\uC785\uB2C8\uB2E4.",
    "rule/not-paused": "\uC2DC\uACC4\uAC00 \uBA48\uCDB0 \uC788\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    "rule/already-paused": "\uC2DC\uACC4\uAC00 \uC774\uBBF8 \uBA48\uCDB0 \uC788\uC2B5\uB2C8\uB2E4.",
    "rule/no-crisis-hold": "\uB05D\uB0BC \uC704\uAE30 \uD1A0\uB860\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
    "rule/commitment-invalid": "\uC11C\uC57D\uC774\uB098 \uACBD\uACE0\uC5D0\uB294 \uC2E4\uC81C \uB2E4\uB978 \uB300\uD45C\uB2E8\uC744 \uC9C0\uC815\uD574\uC57C \uD569\uB2C8\uB2E4.",
    "rule/extend-invalid": "1~600\uCD08 \uC0AC\uC774\uB85C \uC5F0\uC7A5\uD558\uC138\uC694.",
    "rule/extra-time-invalid": "\uCD94\uAC00 \uC2DC\uAC04\uC740 0~200 \uC0AC\uC774\uC758 \uC815\uC218(%)\uB85C \uC815\uD558\uC138\uC694.",
    "rule/recipient-invalid": "\uC678\uAD50 \uBA54\uC2DC\uC9C0\uB294 \uB2E4\uB978 \uB300\uD45C\uB2E8\uC5D0\uAC8C \uBCF4\uB0C5\uB2C8\uB2E4.",
    "rule/same-delegation": "\uADF8 \uD559\uC0DD\uC740 \uC774\uBBF8 \uADF8 \uB300\uD45C\uB2E8\uC5D0 \uC788\uC2B5\uB2C8\uB2E4.",
    "protocol/invalid": "\uBA54\uC2DC\uC9C0\uB97C \uC774\uD574\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4.",
    "protocol/version": "\uD398\uC774\uC9C0\uAC00 \uC624\uB798\uB418\uC5C8\uC2B5\uB2C8\uB2E4. \uC0C8\uB85C \uACE0\uCE58\uC138\uC694.",
    "protocol/rate-limited": "\uBA54\uC2DC\uC9C0\uAC00 \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4. \uC7A0\uC2DC \uAE30\uB2E4\uB9AC\uC138\uC694.",
    "protocol/unauthorized": "\uAD50\uC0AC \uD0A4\uAC00 \uD544\uC694\uD569\uB2C8\uB2E4.",
    "protocol/unknown-session": "\uADF8 \uCF54\uB4DC\uC758 \uC138\uC158\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uC120\uC0DD\uB2D8\uAED8 \uCF54\uB4DC\uB97C \uD655\uC778\uD558\uC138\uC694.",
    "protocol/server-error": "\uC11C\uBC84\uC5D0 \uBB38\uC81C\uAC00 \uC0DD\uACBC\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uD574 \uBCF4\uC138\uC694.",
    "net/offline": "\uC11C\uBC84\uC5D0 \uC5F0\uACB0\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB124\uD2B8\uC6CC\uD06C\uB97C \uD655\uC778\uD558\uACE0 \uB2E4\uC2DC \uD574 \uBCF4\uC138\uC694.",
    "net/reconnecting": "\uC5F0\uACB0\uC774 \uB04A\uACBC\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC5F0\uACB0\uD558\uB294 \uC911\u2026",
    "net/lost": "\uC5F0\uACB0\uC774 \uB04A\uACBC\uC2B5\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C \uACE0\uCE58\uBA74 \uC790\uB9AC\uB85C \uB3CC\uC544\uAC11\uB2C8\uB2E4.",
    "net/timeout": "\uC11C\uBC84\uAC00 \uC81C\uB54C \uB2F5\uD558\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uD574 \uBCF4\uC138\uC694.",
    "form/code": "\uCF54\uB4DC\uB294 7KX4QD\uCC98\uB7FC \uAE00\uC790\uC640 \uC22B\uC790 \uC5EC\uC12F \uAC1C\uC785\uB2C8\uB2E4.",
    "form/name": "\uB2C9\uB124\uC784\uC744 \uACE0\uB974\uC138\uC694 (1~24\uC790)."
  },
  terms: {
    phase: {
      lobby: "\uB300\uAE30\uC2E4",
      briefing: "\uBE0C\uB9AC\uD551",
      news: "\uB274\uC2A4",
      deliberation: "\uB17C\uC758",
      decision: "\uACB0\uC815",
      resolution: "\uACB0\uACFC",
      reflection: "\uC131\uCC30",
      ended: "\uC885\uB8CC"
    },
    band: { calm: "\uD3C9\uC628", posturing: "\uAE30\uC2F8\uC6C0", crisis: "\uC704\uAE30", intenseCrisis: "\uC2EC\uAC01\uD55C \uC704\uAE30", brink: "\uC77C\uCD09\uC989\uBC1C" },
    category: {
      diplomatic: "\uC678\uAD50",
      deterrent: "\uC5B5\uC9C0",
      economic: "\uACBD\uC81C",
      humanitarian: "\uC778\uB3C4\uC8FC\uC758",
      information: "\uC815\uBCF4"
    },
    world: { armsRace: "\uAD70\uBE44 \uACBD\uC7C1", humanitarian: "\uC778\uB3C4\uC801 \uC0C1\uD669", sanctions: "\uC81C\uC7AC \uC555\uBC15", polarization: "\uC9C4\uC601 \uB300\uB9BD" },
    talks: { frozen: "\uB3D9\uACB0", contacts: "\uC811\uCD09", talks: "\uD68C\uB2F4", firstPhaseAgreement: "1\uB2E8\uACC4 \uD569\uC758", roadmap: "\uB85C\uB4DC\uB9F5" },
    stage: { describe: "\uBB18\uC0AC\uD558\uAE30", analyze: "\uBD84\uC11D\uD558\uAE30", transfer: "\uC5F0\uACB0\uD558\uAE30", apply: "\uC801\uC6A9\uD558\uAE30" },
    timeline: {
      move: "\uD589\uB3D9",
      message: "\uBA54\uC2DC\uC9C0",
      news: "\uB274\uC2A4",
      teacher: "\uC120\uC0DD\uB2D8\uC758 \uC870\uC791",
      meter: "\uC9C0\uD45C \uBCC0\uD654",
      proposal: "\uC81C\uC548",
      commitment: "\uC57D\uC18D",
      offer: "\uC751\uB2F5\uBC1B\uC740 \uC81C\uC548",
      reflection: "\uC131\uCC30",
      phase: "\uB2E8\uACC4"
    },
    channel: { public: "\uACF5\uAC1C \uC131\uBA85", diplomatic: "\uC678\uAD50 \uBA54\uC2DC\uC9C0", team: "\uD300 \uCC44\uD305" },
    commitment: { pledge: "\uC11C\uC57D", warning: "\uACBD\uACE0" },
    commitmentStatus: { standing: "\uC2DC\uD5D8\uBC1B\uC9C0 \uC54A\uC74C", kept: "\uC9C0\uD0B4", broken: "\uC5B4\uAE40" }
  },
  review: {
    // 페이지
    heading: "\uC138\uC158 \uB3CC\uC544\uBCF4\uAE30",
    headingOf: "\uC138\uC158 {code} \uB3CC\uC544\uBCF4\uAE30",
    title: "{title}: \uC138\uC158 \uB3CC\uC544\uBCF4\uAE30",
    keyLabel: "\uC774 \uC138\uC158\uC758 \uAD50\uC0AC \uD0A4",
    keyHint: "\uC774 \uBE0C\uB77C\uC6B0\uC800\uC5D0\uB294 \uC774 \uC138\uC158\uC758 \uAD50\uC0AC \uD0A4\uAC00 \uC800\uC7A5\uB418\uC5B4 \uC788\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uC138\uC158\uC744 \uB9CC\uB4E4 \uB54C \uBC1B\uC740 \uD0A4\uB97C \uBD99\uC5EC \uB123\uC73C\uC138\uC694.",
    openReview: "\uB3CC\uC544\uBCF4\uAE30 \uC5F4\uAE30",
    loading: "\uB3CC\uC544\uBCF4\uAE30\uB97C \uBD88\uB7EC\uC624\uB294 \uC911\u2026",
    wrongKey: "\uC774 \uD0A4\uB85C\uB294 \uC774 \uC138\uC158\uC744 \uC5F4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
    noSession: "\uC138\uC158 {code|\uC774/\uAC00} \uC5C6\uC2B5\uB2C8\uB2E4. \uC0AD\uC81C\uB418\uC5C8\uC744 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
    noRoute: "\uC774 \uC8FC\uC18C\uB85C\uB294 \uB3CC\uC544\uBCF4\uAE30\uB97C \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uAD50\uC0AC\uB294 /review/CODE \uC8FC\uC18C\uB97C, \uD559\uC0DD\uC740 \uC120\uC0DD\uB2D8\uC774 \uACF5\uC720\uD55C \uB9C1\uD06C\uB97C \uC5EC\uC138\uC694.",
    notShared: "\uC774 \uB3CC\uC544\uBCF4\uAE30\uB294 \uACF5\uC720\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4(\uB610\uB294 \uB9C1\uD06C\uAC00 \uCDE8\uC18C\uB418\uC5C8\uC2B5\uB2C8\uB2E4). \uC120\uC0DD\uB2D8\uAED8 \uC9C0\uAE08 \uC4F0\uB294 \uB9C1\uD06C\uB97C \uBB3C\uC5B4\uBCF4\uC138\uC694.",
    serverAnswered: "\uC11C\uBC84\uAC00 \uC694\uCCAD\uC744 \uAC70\uC808\uD588\uC2B5\uB2C8\uB2E4 (\uCF54\uB4DC {status}).",
    exportFailed: "\uB0B4\uBCF4\uB0B4\uAE30\uC5D0 \uC2E4\uD328\uD588\uC2B5\uB2C8\uB2E4 (\uCF54\uB4DC {status}).",
    levelHost: "\uAD50\uC0AC\uC6A9 \uD654\uBA74: \uBE44\uACF5\uAC1C \uCC44\uB110\uAE4C\uC9C0 \uBAA8\uB450 \uBCF4\uC785\uB2C8\uB2E4.",
    levelShared: "\uD559\uAE09\uC5D0 \uACF5\uAC1C\uB428: {what}{pseudonyms}. \uC77D\uAE30 \uC804\uC6A9\uC785\uB2C8\uB2E4.",
    withPseudonyms: ", \uAC00\uBA85\uC73C\uB85C \uD45C\uC2DC",
    skipLink: "\uB3CC\uC544\uBCF4\uAE30 \uBCF8\uBB38\uC73C\uB85C \uAC74\uB108\uB6F0\uAE30",
    sessionBadge: "\uC138\uC158 {code}",
    sectionsNav: "\uBAA9\uCC28",
    deleted: "\uC138\uC158 {code|\uC744/\uB97C} \uC0AD\uC81C\uD588\uC2B5\uB2C8\uB2E4.",
    roundsPlayed: "\uC9C4\uD589\uD55C \uB77C\uC6B4\uB4DC: {n}.",
    notEnded: " (\uC138\uC158\uC774 \uB05D\uB098\uC9C0 \uC54A\uC740 \uC0C1\uD0DC\uC600\uC2B5\uB2C8\uB2E4.)",
    tensionStartEnd: "\uAE34\uC7A5\uB3C4\uB294 \uCC98\uC74C\uC5D0 {start}, \uB9C8\uC9C0\uB9C9\uC5D0 {end}\uC600\uC2B5\uB2C8\uB2E4.",
    secOverview: "\uD55C\uB208\uC5D0 \uBCF4\uAE30",
    secChart: "\uAE34\uC7A5\uB3C4\uC640 \uC138\uACC4 \uC9C0\uD45C",
    secReplay: "\uB2E4\uC2DC \uBCF4\uAE30",
    secRounds: "\uB77C\uC6B4\uB4DC\uBCC4 \uC815\uB9AC",
    secPromises: "\uC57D\uC18D\uACFC \uC2E4\uC81C \uD589\uB3D9",
    secOffers: "\uC751\uB2F5\uBC1B\uC740 \uC81C\uC548\uACFC \uBB34\uC2DC\uB41C \uC81C\uC548",
    secParticipation: "\uCC38\uC5EC",
    secReflections: "\uC131\uCC30",
    secPrompts: "\uD1A0\uB860 \uC9C8\uBB38",
    secDelegations: "\uB300\uD45C\uB2E8\uACFC \uBE0C\uB9AC\uD551",
    secTimeline: "\uC2DC\uAC04\uC21C \uAE30\uB85D",
    secExports: "\uB0B4\uBCF4\uB0B4\uAE30",
    secShare: "\uD559\uAE09\uACFC \uACF5\uC720\uD558\uAE30",
    secDelete: "\uC0AD\uC81C",
    // 라운드별 정리와 표
    aStudent: "\uD55C \uD559\uC0DD",
    everyone: "\uBAA8\uB450",
    noRounds: "\uC9C4\uD589\uD55C \uB77C\uC6B4\uB4DC\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.",
    roundN: "{n}\uB77C\uC6B4\uB4DC",
    roundTension: "\uAE34\uC7A5\uB3C4 {before} \u2192 {after}",
    beforeFirstRound: "\uCCAB \uB77C\uC6B4\uB4DC \uC804",
    listNews: "\uB274\uC2A4",
    listMoves: "\uACF5\uAC1C\uB41C \uD589\uB3D9",
    listMeters: "\uC9C0\uD45C \uBCC0\uD654\uC640 \uADF8 \uC774\uC720",
    listSettled: "\uD310\uC815\uB41C \uC57D\uC18D",
    nothingChanged: "\uC774\uBC88 \uB77C\uC6B4\uB4DC\uC5D0\uB294 \uB208\uC5D0 \uBCF4\uC774\uB294 \uBCC0\uD654\uAC00 \uC5C6\uC5C8\uC2B5\uB2C8\uB2E4.",
    noCommitments: "\uACF5\uAC1C \uC11C\uC57D\uC774\uB098 \uACBD\uACE0\uB97C \uD55C \uB300\uD45C\uB2E8\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
    commitmentsCaption: "\uACF5\uAC1C \uC11C\uC57D\uACFC \uACBD\uACE0, \uADF8\uB9AC\uACE0 \uC2E4\uC81C \uD589\uB3D9\uC774 \uC57D\uC18D\uACFC \uB9DE\uC558\uB294\uC9C0",
    colRound: "\uB77C\uC6B4\uB4DC",
    colDelegation: "\uB300\uD45C\uB2E8",
    colWho: "\uB204\uAC00",
    colPromise: "\uC57D\uC18D",
    colOutcome: "\uACB0\uACFC",
    colWhy: "\uC774\uC720",
    noOffers: "\uB2E4\uB978 \uB300\uD45C\uB2E8\uC5D0\uAC8C \uC6B0\uD638\uC801\uC778 \uD589\uB3D9\uC744 \uD55C \uB300\uD45C\uB2E8\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
    offersCaption: "\uC6B0\uD638\uC801\uC778 \uC81C\uC548\uACFC \uADF8\uC5D0 \uB300\uD55C \uC751\uB2F5",
    offerAnswered: "{round}\uB77C\uC6B4\uB4DC\uC5D0 \uC751\uB2F5\uD568 ({label})",
    colOffer: "\uC81C\uC548\uD55C \uACF3",
    colTo: "\uBC1B\uC740 \uACF3",
    colMove: "\uD589\uB3D9",
    colNote: "\uADDC\uCE59\uC5D0 \uB530\uB978 \uC124\uBA85",
    participationCaption: "\uD559\uC0DD\uBCC4 \uCC38\uC5EC",
    colStudent: "\uD559\uC0DD",
    colTeam: "\uD300 \uBA54\uC2DC\uC9C0",
    colDiplomatic: "\uC678\uAD50 \uBA54\uC2DC\uC9C0",
    colPublic: "\uACF5\uAC1C \uC131\uBA85",
    colProposals: "\uC81C\uC548",
    colApprovals: "\uCC2C\uC131",
    colReflections: "\uC131\uCC30",
    reflectionBy: "{round}\uB77C\uC6B4\uB4DC, {name} ({delegation}): ",
    noPrompts: "\uC774 \uC2DC\uB098\uB9AC\uC624\uC5D0\uB294 \uD1A0\uB860 \uC9C8\uBB38\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
    privateBrief: "\uBE44\uACF5\uAC1C \uBE0C\uB9AC\uD551: ",
    // 그래프
    chartTitle: "\uB77C\uC6B4\uB4DC\uBCC4 \uAE34\uC7A5\uB3C4\uC640 \uC138\uACC4 \uC9C0\uD45C",
    chartDesc: "\uD55C\uBC18\uB3C4 \uAE34\uC7A5\uB3C4\uB294 \uCC98\uC74C {first}\uC5D0\uC11C {rounds}\uB77C\uC6B4\uB4DC \uB4A4 {last|\uC774/\uAC00} \uB418\uC5C8\uC2B5\uB2C8\uB2E4. \uD589\uB3D9 {marks}\uAC1C\uAC00 \uACF5\uAC1C\uB41C \uB77C\uC6B4\uB4DC \uC704\uC5D0 \uD45C\uC2DC\uB418\uC5B4 \uC788\uC2B5\uB2C8\uB2E4. \uAC19\uC740 \uC22B\uC790\uAC00 \uADF8\uB798\uD504 \uC544\uB798 \uD45C\uC5D0\uB3C4 \uC788\uC2B5\uB2C8\uB2E4.",
    axisStart: "\uC2DC\uC791",
    roundShort: "{n}R",
    markTitle: "{round}\uB77C\uC6B4\uB4DC: {who} \u2014 {label}",
    legendMarks: "\u25B2 \uC6B0\uD638\uC801\uC778 \uD589\uB3D9, \u25BC \uC801\uB300\uC801\uC778 \uD589\uB3D9 (\uB9C8\uC6B0\uC2A4\uB97C \uC62C\uB9AC\uAC70\uB098 \uC2DC\uAC04\uC21C \uAE30\uB85D\uC744 \uBCF4\uC138\uC694)",
    chartTableCaption: "\uB77C\uC6B4\uB4DC\uAC00 \uB05D\uB09C \uB4A4\uC758 \uC9C0\uD45C",
    colTension: "\uAE34\uC7A5\uB3C4",
    colTalks: "\uB300\uD654",
    colMovesRevealed: "\uACF5\uAC1C\uB41C \uD589\uB3D9",
    rowStart: "\uC2DC\uC791",
    chartAsTable: "\uADF8\uB798\uD504\uB97C \uD45C\uB85C \uBCF4\uAE30",
    // 다시 보기
    scrubExact: "\uB2E4\uC2DC \uBCF4\uAE30: \uC138\uC158\uC758 \uC6D0\uD558\uB294 \uB2E8\uACC4\uB85C \uC774\uB3D9\uD558\uC138\uC694",
    scrubRounds: "\uB2E4\uC2DC \uBCF4\uAE30: \uC6D0\uD558\uB294 \uB77C\uC6B4\uB4DC\uB85C \uC774\uB3D9\uD558\uC138\uC694",
    stepStatus: "{max}\uB2E8\uACC4 \uC911 {step}\uB2E8\uACC4: {when}, {phase}.",
    beforeFirstRoundLower: "\uCCAB \uB77C\uC6B4\uB4DC \uC804",
    roundLower: "{n}\uB77C\uC6B4\uB4DC",
    startOfSession: "\uC138\uC158\uC774 \uC2DC\uC791\uB41C \uB54C.",
    afterRound: "{n}\uB77C\uC6B4\uB4DC\uAC00 \uB05D\uB09C \uB4A4.",
    boardAria: "\uACE0\uB978 \uC21C\uAC04\uC758 \uC0C1\uD669\uD310\uC785\uB2C8\uB2E4. \uAC19\uC740 \uAC12\uC774 \uC606\uC5D0 \uAE00\uB85C\uB3C4 \uB098\uC635\uB2C8\uB2E4.",
    showBoard: "\uC0C1\uD669\uD310 \uBCF4\uAE30",
    stepBack: "\uD55C \uB2E8\uACC4 \uB4A4\uB85C",
    stepForward: "\uD55C \uB2E8\uACC4 \uC55E\uC73C\uB85C",
    roundBack: "\uD55C \uB77C\uC6B4\uB4DC \uB4A4\uB85C",
    roundForward: "\uD55C \uB77C\uC6B4\uB4DC \uC55E\uC73C\uB85C",
    pairsLine: "\uB300\uD45C\uB2E8 \uC0AC\uC774: {pairs}",
    // 시간순 기록
    tlRound: "\uB77C\uC6B4\uB4DC",
    tlDelegation: "\uB300\uD45C\uB2E8",
    tlChannel: "\uCC44\uB110",
    tlKind: "\uC885\uB958",
    allRounds: "\uBAA8\uB4E0 \uB77C\uC6B4\uB4DC",
    allDelegations: "\uBAA8\uB4E0 \uB300\uD45C\uB2E8",
    allChannels: "\uBAA8\uB4E0 \uCC44\uB110",
    notMessage: "\uBA54\uC2DC\uC9C0\uAC00 \uC544\uB2CC \uAC83",
    allKinds: "\uBAA8\uB4E0 \uC885\uB958",
    timeline: "\uC2DC\uAC04\uC21C \uAE30\uB85D",
    showMore: "\uB354 \uBCF4\uAE30",
    beforeR1: "1R \uC804",
    goToReplay: "\uB2E4\uC2DC \uBCF4\uAE30\uC5D0\uC11C \uC774 \uC21C\uAC04 \uBCF4\uAE30 ({seq}\uB2E8\uACC4)",
    goToReplayTitle: "\uB2E4\uC2DC \uBCF4\uAE30\uC5D0\uC11C \uC774 \uC21C\uAC04 \uBCF4\uAE30",
    tlRoundGroup: "{round} \xB7 {n}\uAC1C",
    tlKeysHint: "\uD0ED \uD55C \uBC88\uC73C\uB85C \uB4E4\uC5B4\uC640 \uD654\uC0B4\uD45C \uD0A4\uB85C \uC21C\uAC04 \uC0AC\uC774\uB97C \uC62E\uAE30\uACE0, \uC5D4\uD130 \uD0A4\uB85C \uB2E4\uC2DC \uBCF4\uAE30\uC5D0\uC11C \uBD05\uB2C8\uB2E4.",
    tlCount: "\uC804\uCCB4 {total}\uAC1C \uC911 {hits}\uAC1C\uB97C \uBCF4\uC5EC \uC90D\uB2C8\uB2E4.",
    tlCountMore: "\uC804\uCCB4 {total}\uAC1C \uC911 {hits}\uAC1C\uAC00 \uB9DE\uC2B5\uB2C8\uB2E4 (\uCC98\uC74C {shown}\uAC1C\uB9CC \uBCF4\uC785\uB2C8\uB2E4. \uB354 \uBCF4\uAE30\uB97C \uB204\uB974\uC138\uC694).",
    filterGroup: "\uC2DC\uAC04\uC21C \uAE30\uB85D \uAC70\uB974\uAE30",
    // 내보내기, 공유, 삭제
    preparing: "\uC900\uBE44\uD558\uB294 \uC911\u2026",
    savedFile: "{label} \uD30C\uC77C\uC744 \uC800\uC7A5\uD588\uC2B5\uB2C8\uB2E4.",
    exportJson: "JSON (\uC804\uCCB4 \uAE30\uB85D, \uB2E4\uC2DC \uC7AC\uC0DD \uAC00\uB2A5)",
    exportCsv: "CSV (\uC0AC\uAC74\uB9C8\uB2E4 \uD55C \uC904)",
    exportMd: "\uB9C8\uD06C\uB2E4\uC6B4 \uAE30\uB85D",
    exportLang: "\uB0B4\uBCF4\uB0BC \uD30C\uC77C\uC758 \uC5B8\uC5B4",
    print: "\uC778\uC1C4 \uB610\uB294 PDF\uB85C \uC800\uC7A5",
    levelNone: "\uACF5\uC720 \uC548 \uD568",
    levelNoneHint: "\uC9C0\uAE08\uC740 \uB098\uB9CC \uC774 \uB3CC\uC544\uBCF4\uAE30\uB97C \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
    levelPublic: "\uACF5\uAC1C \uC131\uBA85",
    levelPublicHint: "\uC131\uBA85, \uB274\uC2A4, \uACF5\uAC1C\uB41C \uD589\uB3D9, \uC9C0\uD45C\uC640 \uADF8 \uC774\uC720.",
    levelDiplomatic: "\uC678\uAD50 \uBA54\uC2DC\uC9C0\uAE4C\uC9C0",
    levelDiplomaticHint: "\uB300\uD45C\uB2E8\uB07C\uB9AC \uC8FC\uACE0\uBC1B\uC740 \uBA54\uC2DC\uC9C0\uB3C4 \uBCF4\uC785\uB2C8\uB2E4.",
    levelTeam: "\uD300 \uCC44\uB110\uAE4C\uC9C0",
    levelTeamHint: "\uD300 \uCC44\uD305, \uC81C\uC548, \uBE44\uACF5\uAC1C \uBE0C\uB9AC\uD551, \uC131\uCC30\uB3C4 \uBCF4\uC785\uB2C8\uB2E4.",
    sharedPublic: "\uACF5\uAC1C \uC131\uBA85",
    sharedDiplomatic: "\uACF5\uAC1C \uC131\uBA85\uACFC \uC678\uAD50 \uBA54\uC2DC\uC9C0",
    sharedTeam: "\uACF5\uAC1C \uC131\uBA85, \uC678\uAD50 \uBA54\uC2DC\uC9C0, \uD300 \uCC44\uB110",
    saveRelease: "\uD559\uAE09\uC5D0 \uBCF4\uC5EC \uC904 \uBC94\uC704 \uC800\uC7A5",
    nothingShared: "\uD559\uAE09\uACFC \uACF5\uC720\uD55C \uAC83\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
    copyLink: "\uB9C1\uD06C \uBCF5\uC0AC",
    linkCopied: "\uB9C1\uD06C\uB97C \uBCF5\uC0AC\uD588\uC2B5\uB2C8\uB2E4.",
    readOnlyLink: "\uD559\uAE09\uC6A9 \uC77D\uAE30 \uC804\uC6A9 \uB9C1\uD06C: ",
    whatMaySee: "\uD559\uAE09\uC774 \uBB34\uC5C7\uC744 \uBCFC \uC218 \uC788\uB098\uC694?",
    pseudonymsLabel: "\uB2C9\uB124\uC784 \uB300\uC2E0 \uAC00\uBA85\uC73C\uB85C \uD45C\uC2DC (\u201C\uC11C\uC6B8 \uB300\uD45C 2\u201D)",
    sharedStatus: "\uACF5\uC720\uD568: {level}{pseudonyms}.",
    withdrawn: "\uD559\uAE09\uC6A9 \uB9C1\uD06C\uB97C \uCDE8\uC18C\uD588\uC2B5\uB2C8\uB2E4.",
    deleteStart: "\uC774 \uC138\uC158 \uC0AD\uC81C\u2026",
    deleteYes: "\uB124, \uC644\uC804\uD788 \uC0AD\uC81C\uD569\uB2C8\uB2E4",
    cancel: "\uCDE8\uC18C",
    deleteWarning: "\uC138\uC158 {code}, \uADF8 \uAE30\uB85D, \uACF5\uC720 \uB9C1\uD06C, \uBAA8\uB4E0 \uD559\uC0DD\uC758 \uC790\uB9AC\uAC00 \uC0AD\uC81C\uB429\uB2C8\uB2E4. \uB418\uB3CC\uB9B4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
    // 돌아보기와 내보내기가 만드는 문장
    meterTension: "\uD55C\uBC18\uB3C4 \uAE34\uC7A5\uB3C4",
    meterBand: "\uAE34\uC7A5 \uB2E8\uACC4",
    meterTalks: "\uB300\uD654 \uC0AC\uB2E4\uB9AC",
    meterCredibility: "{delegation} \uC2E0\uB8B0\uB3C4",
    meterThreat: "{from|\uC774/\uAC00} {to}\uC5D0\uAC8C \uB290\uB07C\uB294 \uC704\uD611",
    pledgeAll: "\uC11C\uC57D: \uC801\uB300 \uD589\uB3D9\uC744 \uD558\uC9C0 \uC54A\uC74C",
    pledgeToward: "\uC11C\uC57D: {target}\uC5D0 \uC801\uB300 \uD589\uB3D9\uC744 \uD558\uC9C0 \uC54A\uC74C",
    warningTo: "{target}\uC5D0 \uB300\uD55C \uACBD\uACE0: \uC801\uB300 \uD589\uB3D9\uC5D0\uB294 \uB300\uC751\uD568",
    proposedMove: "\uC81C\uC548: {move}",
    proposedMoveToward: "\uC81C\uC548: {target}\uC5D0 {move}",
    covertRevealed: "\uB4DC\uB7EC\uB0A8: {round}\uB77C\uC6B4\uB4DC\uC5D0 {delegation|\uC774/\uAC00} \uBE44\uBC00 \uD589\uB3D9\uC744 \uD588\uC2B5\uB2C8\uB2E4: {move}",
    moveLine: "{delegation}: {move}",
    moveLineToward: "{delegation}: {move} \u2192 {target}",
    byBot: " (\uBD07)",
    bandRose: "\uAE34\uC7A5\uB3C4\uAC00 \uB2E8\uACC4\uC758 \uAE30\uC900\uC120\uC744 \uB118\uC5C8\uC2B5\uB2C8\uB2E4.",
    bandFell: "\uAE34\uC7A5\uB3C4\uAC00 \uAE30\uC900\uC120\uBCF4\uB2E4 \uCDA9\uBD84\uD788 \uB0B4\uB824\uAC00 \uB2E8\uACC4\uB97C \uBC97\uC5B4\uB0AC\uC2B5\uB2C8\uB2E4 (\uB2E8\uACC4\uB294 \uB4E4\uC5B4\uAC00\uAE30\uBCF4\uB2E4 \uBC97\uC5B4\uB098\uAE30\uAC00 \uC5B4\uB835\uC2B5\uB2C8\uB2E4).",
    kept: "{delegation|\uC774/\uAC00} \uC57D\uC18D\uC744 \uC9C0\uCF30\uC2B5\uB2C8\uB2E4 ({commitment})",
    broke: "{delegation|\uC774/\uAC00} \uC57D\uC18D\uC744 \uC5B4\uACBC\uC2B5\uB2C8\uB2E4 ({commitment})",
    offerAnsweredBy: "{by|\uC774/\uAC00} {to}\uC758 \uC81C\uC548\uC5D0 \uC751\uB2F5\uD588\uC2B5\uB2C8\uB2E4",
    sessionEnded: "\uC138\uC158\uC774 \uB05D\uB0AC\uC2B5\uB2C8\uB2E4.",
    phaseLine: "\uB2E8\uACC4: {phase}",
    roundPhase: "{round}\uB77C\uC6B4\uB4DC: {phase}",
    crisisHold: "\uAE34\uC7A5\uB3C4\uAC00 {tension}\uC5D0 \uC774\uB974\uB7EC \uD559\uAE09 \uD1A0\uB860\uC744 \uC704\uD574 \uAC8C\uC784\uC744 \uBA48\uCDC4\uC2B5\uB2C8\uB2E4.",
    teacherStart: "\uC120\uC0DD\uB2D8\uC774 \uC138\uC158\uC744 \uC2DC\uC791\uD588\uC2B5\uB2C8\uB2E4.",
    teacherSkip: "\uC120\uC0DD\uB2D8\uC774 \uB2E4\uC74C \uB2E8\uACC4\uB85C \uB118\uC5B4\uAC14\uC2B5\uB2C8\uB2E4.",
    teacherPause: "\uC120\uC0DD\uB2D8\uC774 \uC2DC\uACC4\uB97C \uBA48\uCDC4\uC2B5\uB2C8\uB2E4.",
    teacherResume: "\uC120\uC0DD\uB2D8\uC774 \uC2DC\uACC4\uB97C \uB2E4\uC2DC \uC6C0\uC9C1\uC600\uC2B5\uB2C8\uB2E4.",
    teacherExtend: "\uC120\uC0DD\uB2D8\uC774 \uC774 \uB2E8\uACC4\uC5D0 {seconds}\uCD08\uB97C \uB354\uD588\uC2B5\uB2C8\uB2E4.",
    teacherNews: "\uC120\uC0DD\uB2D8\uC774 \uB274\uC2A4\uB97C \uCD94\uAC00\uD588\uC2B5\uB2C8\uB2E4.",
    teacherResumeCrisis: "\uC704\uAE30 \uD1A0\uB860 \uB4A4 \uC120\uC0DD\uB2D8\uC774 \uAC8C\uC784\uC744 \uC774\uC5B4 \uAC14\uC2B5\uB2C8\uB2E4.",
    teacherEndCrisis: "\uC120\uC0DD\uB2D8\uC774 \uC704\uAE30\uAC00 \uB05D\uB0AC\uB2E4\uACE0 \uC120\uC5B8\uD588\uC2B5\uB2C8\uB2E4.",
    teacherEnd: "\uC120\uC0DD\uB2D8\uC774 \uC138\uC158\uC744 \uB05D\uB0C8\uC2B5\uB2C8\uB2E4.",
    teacherLock: "\uC120\uC0DD\uB2D8\uC774 \uCC38\uC5EC\uB97C \uC7A0\uAC14\uC2B5\uB2C8\uB2E4.",
    teacherUnlock: "\uC120\uC0DD\uB2D8\uC774 \uCC38\uC5EC\uB97C \uB2E4\uC2DC \uC5F4\uC5C8\uC2B5\uB2C8\uB2E4.",
    teacherRemove: "\uC120\uC0DD\uB2D8\uC774 \uD559\uC0DD \uD55C \uBA85\uC744 \uB0B4\uBCF4\uB0C8\uC2B5\uB2C8\uB2E4.",
    teacherRename: "\uC120\uC0DD\uB2D8\uC774 \uD559\uC0DD \uD55C \uBA85\uC758 \uC774\uB984\uC744 \uBC14\uAFE8\uC2B5\uB2C8\uB2E4.",
    teacherReassign: "\uC120\uC0DD\uB2D8\uC774 \uD559\uC0DD \uD55C \uBA85\uC744 {delegation} \uB300\uD45C\uB2E8\uC73C\uB85C \uC62E\uACBC\uC2B5\uB2C8\uB2E4.",
    teacherSeat: "\uC120\uC0DD\uB2D8\uC774 \uD559\uC0DD \uD55C \uBA85\uC744 \uC790\uB9AC\uC5D0 \uC549\uD614\uC2B5\uB2C8\uB2E4.",
    teacherExtraTime: "\uC120\uC0DD\uB2D8\uC774 \uD559\uC0DD \uD55C \uBA85\uC5D0\uAC8C \uAC1C\uC778 \uACFC\uC81C \uC2DC\uAC04\uC744 {percent}% \uB354 \uC8FC\uC5C8\uC2B5\uB2C8\uB2E4.",
    teacherExtraTimeOff: "\uC120\uC0DD\uB2D8\uC774 \uD559\uC0DD \uD55C \uBA85\uC758 \uCD94\uAC00 \uC2DC\uAC04\uC744 \uC5C6\uC574\uC2B5\uB2C8\uB2E4.",
    // 마크다운 기록
    mdSession: "\uC138\uC158 {code}.",
    mdShownHost: "\uBC94\uC704: \uC804\uCCB4 (\uAD50\uC0AC\uC6A9)",
    mdShownLevel: "\uBC94\uC704: \uD559\uAE09\uC5D0 \u201C{level}\u201D \uC218\uC900\uC73C\uB85C \uACF5\uAC1C\uD55C \uB0B4\uC6A9",
    mdDelegations: "\uB300\uD45C\uB2E8: {list}.",
    mdTension: "\uAE34\uC7A5\uB3C4 {before} \u2192 {after}.",
    mdOffers: "\uC6B0\uD638\uC801\uC778 \uC81C\uC548",
    mdOfferAnswered: "{round}\uB77C\uC6B4\uB4DC\uC5D0 {label|\uC73C\uB85C/\uB85C} \uC751\uB2F5\uD568",
    mdOfferIgnored: "\uBB34\uC2DC\uB428",
    mdOfferOpen: "\uC138\uC158\uC774 \uB05D\uB0A0 \uB54C\uAE4C\uC9C0 \uC751\uB2F5 \uC5C6\uC74C",
    mdOfferLine: "{round}\uB77C\uC6B4\uB4DC: {from} \u2192 {to}, {label}: {fate}",
    mdPromiseLine: "{round}\uB77C\uC6B4\uB4DC, {delegation}: \u201C{text}\u201D \u2014 {status}",
    scores: "\uCD5C\uC885 \uC810\uC218",
    secMdTeacher: "\uC120\uC0DD\uB2D8",
    secMdProposals: "\uC81C\uC548",
    secMdMoves: "\uD589\uB3D9",
    secMdMeters: "\uC9C0\uD45C \uBCC0\uD654",
    secMdCommitments: "\uC57D\uC18D\uACFC \uC81C\uC548",
    pseudonym: "{delegation} \uB300\uD45C {n}",
    offerIgnored: "\uBB34\uC2DC\uB428",
    offerOpen: "\uB05D\uB0A0 \uB54C\uAE4C\uC9C0 \uC751\uB2F5 \uC5C6\uC74C"
  },
  causes: causesKo,
  lab: labKo
};

// shared/i18n/index.ts
var CATALOGUES = { en, ko };
var LANGS = Object.keys(CATALOGUES);
var DEFAULT_LANG = "en";
function fill(template, values) {
  return template.replace(
    /\{(\w+)(?:\|([^}/]+)\/([^}]+))?\}/g,
    (whole, name, afterConsonant, afterVowel) => {
      if (!(name in values)) return whole;
      const value = String(values[name]);
      return afterConsonant && afterVowel ? value + particle(value, afterConsonant, afterVowel) : value;
    }
  );
}
var LETTER_NAME_FINAL = /[LMNR]$/;
var WORD_VOWEL_END = /[aeiouwy]$/i;
var DIGIT_FINAL = /[013678]$/;
function particle(word, afterConsonant, afterVowel) {
  const clean = word.trim().replace(/[\s"'”’)\]]+$/, "");
  const last = clean.slice(-1);
  const code = last.charCodeAt(0) - 44032;
  let final;
  if (code >= 0 && code <= 11171) final = code % 28;
  else if (/[0-9]/.test(last))
    final = /[178]/.test(last) ? 8 : DIGIT_FINAL.test(last) ? 1 : 0;
  else if (/[A-Z]{2}$|[^A-Za-z][A-Z]$|^[A-Z]$/.test(clean)) final = LETTER_NAME_FINAL.test(last) ? 1 : 0;
  else if (/[A-Za-z]/.test(last)) final = WORD_VOWEL_END.test(last) ? 0 : last.toLowerCase() === "l" ? 8 : 1;
  else final = 0;
  if (afterConsonant === "\uC73C\uB85C") return final === 0 || final === 8 ? afterVowel : afterConsonant;
  return final === 0 ? afterVowel : afterConsonant;
}
function reviewIn(lang, key, values = {}) {
  return fill(CATALOGUES[lang].review[key], values);
}
function termIn(lang, kind, id) {
  const table = CATALOGUES[lang].terms[kind];
  return table[id] ?? id;
}

// shared/transcript/debrief-text.ts
var WORLD_METER_LABELS = CATALOGUES.en.terms.world;
function namesFor(scenario, lang = DEFAULT_LANG) {
  const delegations = new Map(scenario.delegations.map((d) => [d.id, d.name]));
  const moves = /* @__PURE__ */ new Map();
  for (const [delegation, list] of Object.entries(scenario.moves)) {
    for (const move of list) moves.set(`${delegation}/${move.id}`, move);
  }
  const hold = {
    id: "hold",
    label: CATALOGUES[lang].text.hold,
    goldstein: 0,
    visibility: "public"
  };
  return {
    lang,
    delegation: (id) => id === null ? reviewIn(lang, "everyone") : delegations.get(id) ?? id,
    move: (delegation, moveId) => moves.get(`${delegation}/${moveId}`) ?? (moveId === "hold" ? hold : { ...hold, id: moveId, label: moveId }),
    say: (key, values) => reviewIn(lang, key, values)
  };
}
function meterName(names, ref) {
  switch (ref.kind) {
    case "tension":
      return { key: "tension", label: names.say("meterTension") };
    case "talks":
      return { key: "talks", label: names.say("meterTalks") };
    case "world":
      return { key: `world:${ref.meter}`, label: termIn(names.lang, "world", ref.meter) };
    case "credibility":
      return {
        key: `credibility:${ref.delegation}`,
        label: names.say("meterCredibility", { delegation: names.delegation(ref.delegation) })
      };
    case "threat":
      return {
        key: `threat:${ref.from}:${ref.to}`,
        label: names.say("meterThreat", { from: names.delegation(ref.from), to: names.delegation(ref.to) })
      };
  }
}
function commitmentText(names, terms) {
  if (terms.kind === "pledge")
    return terms.target === null ? names.say("pledgeAll") : names.say("pledgeToward", { target: names.delegation(terms.target) });
  if (terms.kind === "agreement")
    return `${CATALOGUES[names.lang].causes.kinds.agreement} (${names.delegation(terms.target)})`;
  return names.say("warningTo", { target: names.delegation(terms.target) });
}
function teacherActionText(names, command) {
  const say = names.say;
  switch (command.type) {
    case "startSession":
      return say("teacherStart");
    case "skipPhase":
      return say("teacherSkip");
    case "pauseClock":
      return say("teacherPause");
    case "resumeClock":
      return say("teacherResume");
    case "extendPhase":
      return say("teacherExtend", { seconds: command.seconds });
    case "injectNews":
      return say("teacherNews");
    case "resolveCrisisHold":
      return say(command.outcome === "resume" ? "teacherResumeCrisis" : "teacherEndCrisis");
    case "endSession":
      return say("teacherEnd");
    case "lockJoins":
      return say(command.locked ? "teacherLock" : "teacherUnlock");
    case "removeSeat":
      return say("teacherRemove");
    case "renameSeat":
      return say("teacherRename");
    case "reassignSeat":
      return say("teacherReassign", { delegation: names.delegation(command.delegation) });
    case "joinSeat":
      return command.by.kind === "host" ? say("teacherSeat") : null;
    case "setExtraTime":
      return command.percent > 0 ? say("teacherExtraTime", { percent: command.percent }) : say("teacherExtraTimeOff");
    default:
      return null;
  }
}

// shared/transcript/offers.ts
var SCOPE_RANK = { public: 0, diplomatic: 1, team: 2, host: 3 };
function narrower(a, b) {
  return SCOPE_RANK[a] >= SCOPE_RANK[b] ? a : b;
}
function reviewOffers(moves, lastRound, credited) {
  return walkOffers(
    moves.filter((m) => !m.covert),
    lastRound
  ).map(({ offer, answer, status }) => ({
    round: offer.round,
    offeredBy: offer.delegation,
    to: offer.target ?? "",
    label: offer.label,
    status,
    answeredRound: answer?.round ?? null,
    answerLabel: answer?.label ?? null,
    cause: answer ? credited.get(`${offer.delegation}>${offer.target}`) ?? null : null,
    scope: answer ? narrower(offer.scope, answer.scope) : offer.scope
  }));
}

// shared/transcript/types.ts
var TRANSCRIPT_VERSION = 1;

// shared/transcript/replay.ts
var ReplayError = class extends Error {
  name = "ReplayError";
};
function replay(scenario, transcript, untilSeq) {
  const events = [];
  const state = fold(scenario, transcript, untilSeq, (step) => {
    for (const e of step.events) events.push(e);
  });
  return { state, events };
}
function replaySteps(scenario, transcript, onStep) {
  return fold(scenario, transcript, void 0, onStep);
}
function fold(scenario, transcript, untilSeq, onStep) {
  checkHeader(scenario, transcript);
  const { header } = transcript;
  let state = createInitialState({ scenario, settings: header.settings, seed: header.seed });
  for (const entry of transcript.entries) {
    if (untilSeq !== void 0 && entry.seq > untilSeq) break;
    if (entry.seq !== state.seq + 1) {
      throw new ReplayError(`Transcript entry ${entry.seq} is out of order: expected seq ${state.seq + 1}.`);
    }
    const result = applyCommand(scenario, state, entry.command);
    if (!result.ok) {
      throw new ReplayError(
        `Transcript entry ${entry.seq} (${entry.command.type}) is refused by the rules: ${result.error} (${errorMessage(result.error)}).`
      );
    }
    state = result.state;
    onStep({ seq: entry.seq, state, events: result.events });
  }
  return state;
}
function checkHeader(scenario, transcript) {
  const { header } = transcript;
  if (header.transcriptVersion !== TRANSCRIPT_VERSION) {
    throw new ReplayError(
      `This transcript has format version ${header.transcriptVersion}; this build reads version ${TRANSCRIPT_VERSION}.`
    );
  }
  if (header.rulesVersion !== RULES_VERSION) {
    throw new ReplayError(
      `This transcript was recorded with rules version ${header.rulesVersion}; this build has rules version ${RULES_VERSION}, so replaying it could give different meters.`
    );
  }
  if (header.scenarioId !== scenario.id || header.scenarioVersion !== scenario.version) {
    throw new ReplayError(
      `This transcript is for scenario ${header.scenarioId} version ${header.scenarioVersion}, not ${scenario.id} version ${scenario.version}.`
    );
  }
}

// shared/causes/text.ts
function causeNamesFrom(names, news = []) {
  const headlines = new Map(news.map((n) => [n.id, n.headline]));
  return {
    delegation: (id) => names.delegation(id),
    move: (d, m) => names.move(d, m).label,
    news: (id) => headlines.get(id) ?? id
  };
}
function signed(change) {
  return change >= 0 ? `+${change.toFixed(1)}` : `\u2212${(-change).toFixed(1)}`;
}
function causeText(cause, lang, names, up = true) {
  const c = CATALOGUES[lang].causes;
  const d = (id) => id ? names.delegation(id) : c.someone;
  const words = {
    who: d(cause.who),
    move: cause.who && cause.move ? names.move(cause.who, cause.move) : "",
    toward: cause.toward ? d(cause.toward) : "",
    other: cause.other ? d(cause.other) : "",
    otherMove: cause.other && cause.otherMove ? names.move(cause.other, cause.otherMove) : "",
    news: cause.news ? names.news(cause.news) : cause.text ?? "",
    round: cause.round ?? 0,
    count: cause.count ?? 0,
    kind: cause.kind ? c.kinds[cause.kind] : "",
    incident: cause.incident ? c.incidents[cause.incident] : ""
  };
  return c.code[cause.code](words, up);
}
function changeText(meter, from, to, lang, names) {
  const cat = CATALOGUES[lang];
  const c = cat.causes;
  const delta = to - from;
  switch (meter.kind) {
    case "tension":
      return c.meter(c.tension, signed(delta));
    case "threat":
      return c.threat(names.delegation(meter.from), names.delegation(meter.to), Math.abs(delta).toFixed(1), delta > 0);
    case "world":
      return c.meter(cat.terms.world[meter.meter], signed(delta));
    case "credibility":
      return c.credibility(names.delegation(meter.delegation), signed(delta));
    case "talks": {
      const rung = (r) => {
        const id = TALKS_LADDER[r];
        return id ? cat.terms.talks[id] : String(r);
      };
      return c.talks(rung(from), rung(to));
    }
  }
}
function eventText(event, lang, names) {
  switch (event.type) {
    case "meterChanged":
      return `${causeText(event.cause, lang, names, event.to >= event.from)}${CATALOGUES[lang].causes.arrow}${changeText(event.meter, event.from, event.to, lang, names)}`;
    case "commitmentSettled":
    case "covertRevealed":
    case "offerAnswered":
      return causeText(event.cause, lang, names);
    default:
      return null;
  }
}

// shared/transcript/review-types.ts
var REVIEW_VERSION = 1;

// shared/transcript/debrief.ts
var STAGE_ORDER = { describe: 0, analyze: 1, transfer: 2, apply: 3 };
function orderedPrompts(scenario) {
  return scenario.debriefPrompts.map((p, index) => ({ p, index })).sort((a, b) => STAGE_ORDER[a.p.stage] - STAGE_ORDER[b.p.stage] || a.index - b.index).map(({ p }) => ({ stage: p.stage, text: p.text }));
}
function boardPairs(scenario, threat) {
  const pairs = {};
  const ids = scenario.delegations.map((d) => d.id);
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) pairs[`${a}|${b}`] = Math.max(threat[a]?.[b] ?? 0, threat[b]?.[a] ?? 0);
  });
  return pairs;
}
function buildReview(scenario, transcript, lang = DEFAULT_LANG) {
  return collectReview(scenario, transcript, (onStep) => replaySteps(scenario, transcript, onStep), lang);
}
function collectReview(scenario, transcript, run, lang = DEFAULT_LANG) {
  const collector = new ReviewCollector(scenario, transcript, lang);
  const final = run((step) => collector.step(step));
  return collector.finish(final);
}
var ReviewCollector = class {
  constructor(scenario, transcript, lang) {
    this.scenario = scenario;
    this.transcript = transcript;
    this.names = namesFor(scenario, lang);
    this.causeNames = causeNamesFrom(this.names, scenario.news);
    for (const entry of transcript.entries) this.commands.set(entry.seq, entry.command);
  }
  scenario;
  transcript;
  names;
  causeNames;
  commands = /* @__PURE__ */ new Map();
  timeline = [];
  moveItems = /* @__PURE__ */ new Map();
  moveFacts = /* @__PURE__ */ new Map();
  messageItems = /* @__PURE__ */ new Map();
  settledCauses = /* @__PURE__ */ new Map();
  credited = /* @__PURE__ */ new Map();
  tallies = /* @__PURE__ */ new Map();
  historySeqs = [0];
  roundSeqs = /* @__PURE__ */ new Map();
  movesSeen = 0;
  /** An event's cause in the review's language (`why` on meter items keeps the data). */
  causeOf(event) {
    return eventText(event, this.names.lang, this.causeNames) ?? "";
  }
  step({ seq, state, events }) {
    const command = this.commands.get(seq);
    if (!command) return;
    const at = command.at;
    let index = 0;
    const add = (item) => {
      const full = { id: `${seq}.${index++}`, seq, round: state.round, phase: state.phase, at, ...item };
      this.timeline.push(full);
      return full;
    };
    const span = this.roundSeqs.get(state.round);
    if (span) span.to = seq;
    else this.roundSeqs.set(state.round, { from: seq, to: seq });
    this.tally(command);
    const teacherText = teacherActionText(this.names, command);
    const accommodation = command.type === "setExtraTime" ? command.seatId : null;
    if (teacherText !== null)
      add({
        kind: "teacher",
        delegation: null,
        to: null,
        channel: null,
        seatId: accommodation,
        text: teacherText,
        cause: null,
        scope: accommodation === null ? "public" : "host"
      });
    for (const event of events) this.event(event, add);
    this.newMoves(state, add);
    if (state.history.length > this.historySeqs.length) {
      while (this.historySeqs.length < state.history.length) this.historySeqs.push(seq);
    }
  }
  tally(command) {
    if (command.by.kind !== "seat") return;
    const seatId = command.by.seatId;
    let t = this.tallies.get(seatId);
    if (!t) {
      t = { messages: { team: 0, diplomatic: 0, public: 0 }, proposals: 0, approvals: 0, reflections: 0 };
      this.tallies.set(seatId, t);
    }
    switch (command.type) {
      case "sendTeamMessage":
        t.messages.team++;
        break;
      case "sendDiplomaticMessage":
        t.messages.diplomatic++;
        break;
      case "makeStatement":
        t.messages.public++;
        break;
      case "proposeMove":
        t.proposals++;
        break;
      case "approveProposal":
        t.approvals++;
        break;
      case "submitReflection":
        t.reflections++;
        break;
      default:
        break;
    }
  }
  event(event, add) {
    const n = this.names;
    switch (event.type) {
      case "messageSent": {
        const m = event.message;
        const item = add({
          kind: "message",
          delegation: m.from,
          to: m.to,
          channel: m.channel,
          seatId: m.seatId,
          text: m.text,
          cause: m.commitment ? commitmentText(n, m.commitment) : null,
          scope: m.channel,
          ...m.commitment ? { commitment: m.commitment } : {}
        });
        this.messageItems.set(m.id, item);
        return;
      }
      case "newsPublished":
        add({
          kind: "news",
          delegation: null,
          to: null,
          channel: null,
          seatId: null,
          text: event.news.headline,
          cause: event.news.body || null,
          scope: "public"
        });
        return;
      case "moveProposed": {
        const p = event.proposal;
        const spec = n.move(p.delegation, p.moveId);
        add({
          kind: "proposal",
          delegation: p.delegation,
          to: p.target,
          channel: null,
          seatId: p.seatId,
          text: p.target ? n.say("proposedMoveToward", { move: spec.label, target: n.delegation(p.target) }) : n.say("proposedMove", { move: spec.label }),
          cause: p.rationale,
          scope: "team"
        });
        return;
      }
      case "movesRevealed":
        for (const move of event.moves) this.moveItem(move, add);
        return;
      case "covertRevealed": {
        const item = this.moveItem(event.move, add);
        item.scope = "public";
        if (item.move) item.move.revealedRound = event.move.revealedRound;
        add({
          kind: "move",
          delegation: event.move.delegation,
          to: event.move.target,
          channel: null,
          seatId: null,
          text: n.say("covertRevealed", {
            round: event.move.round,
            delegation: n.delegation(event.move.delegation),
            move: item.text
          }),
          cause: this.causeOf(event),
          scope: "public"
        });
        return;
      }
      case "meterChanged": {
        const { key, label } = meterName(n, event.meter);
        const ref = event.meter;
        add({
          kind: "meter",
          delegation: ref.kind === "threat" ? ref.from : ref.kind === "credibility" ? ref.delegation : null,
          to: ref.kind === "threat" ? ref.to : null,
          channel: null,
          seatId: null,
          text: `${label}: ${round12(event.from)} \u2192 ${round12(event.to)}`,
          cause: this.causeOf(event),
          why: event.cause,
          scope: "public",
          meter: { key, label, from: event.from, to: event.to }
        });
        return;
      }
      case "bandChanged":
        add({
          kind: "meter",
          delegation: null,
          to: null,
          channel: null,
          seatId: null,
          text: `${n.say("meterBand")}: ${termIn(n.lang, "band", BANDS[event.from] ?? String(event.from))} \u2192 ${termIn(n.lang, "band", BANDS[event.to] ?? String(event.to))}`,
          cause: n.say(event.to > event.from ? "bandRose" : "bandFell"),
          scope: "public",
          meter: { key: "band", label: n.say("meterBand"), from: event.from, to: event.to }
        });
        return;
      case "commitmentSettled": {
        const c = event.commitment;
        this.settledCauses.set(c.id, this.causeOf(event));
        add({
          kind: "commitment",
          delegation: c.delegation,
          to: c.terms.target,
          channel: null,
          seatId: null,
          text: n.say(c.status === "kept" ? "kept" : "broke", {
            delegation: n.delegation(c.delegation),
            commitment: commitmentText(n, c.terms)
          }),
          cause: this.causeOf(event),
          scope: "public",
          commitment: c.terms
        });
        return;
      }
      case "offerAnswered":
        this.credited.set(`${event.offeredBy}>${event.answeredBy}`, this.causeOf(event));
        add({
          kind: "offer",
          delegation: event.answeredBy,
          to: event.offeredBy,
          channel: null,
          seatId: null,
          text: n.say("offerAnsweredBy", { by: n.delegation(event.answeredBy), to: n.delegation(event.offeredBy) }),
          cause: this.causeOf(event),
          scope: "public"
        });
        return;
      case "reflectionSubmitted":
        add({
          kind: "reflection",
          delegation: event.reflection.delegation,
          to: null,
          channel: null,
          seatId: event.reflection.seatId,
          text: event.reflection.text,
          cause: event.reflection.prompt,
          scope: "team"
        });
        return;
      case "phaseChanged":
        add({
          kind: "phase",
          delegation: null,
          to: null,
          channel: null,
          seatId: null,
          text: event.phase === "ended" ? n.say("sessionEnded") : n.say(event.round === 0 ? "phaseLine" : "roundPhase", {
            round: event.round,
            phase: termIn(n.lang, "phase", event.phase)
          }),
          cause: null,
          scope: "public"
        });
        return;
      case "crisisHoldStarted":
        add({
          kind: "phase",
          delegation: null,
          to: null,
          channel: null,
          seatId: null,
          text: n.say("crisisHold", { tension: round12(event.tension) }),
          cause: null,
          scope: "public"
        });
        return;
      default:
        return;
    }
  }
  /** Moves that reached `state.moves` without a public reveal (covert ones) still belong on the timeline. */
  newMoves(state, add) {
    if (state.moves.length <= this.movesSeen) return;
    for (const move of state.moves.slice(this.movesSeen)) this.moveItem(move, add);
    this.movesSeen = state.moves.length;
  }
  moveItem(move, add) {
    const key = `${move.round}|${move.delegation}`;
    const known = this.moveItems.get(key);
    if (known) return known;
    const n = this.names;
    const spec = n.move(move.delegation, move.moveId);
    const hidden = move.covert && move.revealedRound === null;
    const item = add({
      kind: "move",
      delegation: move.delegation,
      to: move.target,
      channel: null,
      seatId: null,
      text: n.say(move.target ? "moveLineToward" : "moveLine", {
        delegation: n.delegation(move.delegation),
        move: spec.label,
        target: move.target ? n.delegation(move.target) : ""
      }) + (move.byBot ? n.say("byBot") : ""),
      cause: null,
      scope: hidden ? "team" : "public",
      move: { moveId: move.moveId, covert: move.covert, goldstein: spec.goldstein, revealedRound: move.revealedRound }
    });
    item.round = move.round;
    this.moveItems.set(key, item);
    this.moveFacts.set(key, {
      round: move.round,
      delegation: move.delegation,
      target: move.target,
      label: spec.label,
      goldstein: spec.goldstein,
      scope: item.scope,
      covert: move.covert,
      item
    });
    return item;
  }
  finish(final) {
    const { scenario, transcript } = this;
    this.hideCausesOfHiddenMoves();
    const lastRound = final.round;
    const series = this.series(final);
    const markers = this.markers(series);
    const facts = [...this.moveFacts.values()].map((f) => ({ ...f, scope: f.item.scope }));
    const commitments = this.commitments(final);
    const people = Object.values(final.seats).map((s) => ({
      seatId: s.id,
      name: s.name,
      delegation: s.delegation,
      removed: s.removed
    }));
    const participation = people.map((p) => {
      const t = this.tallies.get(p.seatId) ?? {
        messages: { team: 0, diplomatic: 0, public: 0 },
        proposals: 0,
        approvals: 0,
        reflections: 0
      };
      return { seatId: p.seatId, delegation: p.delegation, ...t };
    });
    return {
      reviewVersion: REVIEW_VERSION,
      code: transcript.header.code,
      scenario: { id: scenario.id, version: scenario.version, title: scenario.title },
      level: "host",
      pseudonyms: false,
      createdAt: transcript.header.createdAt,
      roundsPlayed: lastRound,
      ended: final.phase === "ended",
      lastSeq: final.seq,
      delegations: scenario.delegations.map((d) => ({
        id: d.id,
        name: d.name,
        color: d.color,
        publicBrief: d.publicBrief,
        privateBrief: d.privateBrief
      })),
      people,
      timeline: this.timeline,
      series,
      markers,
      rounds: this.rounds(series, lastRound),
      commitments,
      offers: reviewOffers(facts, lastRound, this.credited),
      participation,
      reflections: final.reflections.map((r) => ({
        round: r.round,
        seatId: r.seatId,
        delegation: r.delegation,
        prompt: r.prompt,
        text: r.text
      })),
      prompts: orderedPrompts(scenario),
      scores: final.scores,
      finalMeters: final.meters
    };
  }
  /**
   * A covert move never revealed stays the team's secret; a meter change whose cause names that move is
   * narrowed to the team level as well (a covert move's effects land only when revealed, so this is a guard).
   */
  hideCausesOfHiddenMoves() {
    const hidden = [...this.moveFacts.values()].filter((f) => f.item.scope !== "public");
    if (hidden.length === 0) return;
    for (const item of this.timeline) {
      if (item.kind !== "meter" || !item.why) continue;
      const why = item.why;
      for (const f of hidden) {
        if (why.who === f.delegation && why.move !== void 0 && f.item.move?.moveId === why.move)
          item.scope = narrower(item.scope, f.item.scope);
      }
    }
  }
  series(final) {
    return final.history.map((m, round) => ({
      round,
      seq: this.historySeqs[round] ?? final.seq,
      tension: m.tension,
      band: m.band,
      world: { ...m.world },
      talks: m.talks,
      credibility: { ...m.credibility },
      pairs: boardPairs(this.scenario, m.threat)
    }));
  }
  markers(series) {
    const markers = [];
    for (const f of this.moveFacts.values()) {
      if (f.item.move?.moveId === "hold") continue;
      markers.push({
        round: f.round,
        seq: series[f.round]?.seq ?? f.item.seq,
        delegation: f.delegation,
        to: f.target,
        label: f.label,
        goldstein: f.goldstein,
        covert: f.item.move?.covert ?? false,
        scope: f.item.scope
      });
    }
    return markers.sort((a, b) => a.round - b.round);
  }
  rounds(series, lastRound) {
    const summaries = [];
    const byRound = /* @__PURE__ */ new Map();
    for (let round = 1; round <= lastRound; round++) {
      const span = this.roundSeqs.get(round) ?? { from: 0, to: 0 };
      const before = series[round - 1] ?? series[series.length - 1];
      const after = series[round] ?? series[series.length - 1];
      const summary = {
        round,
        fromSeq: span.from,
        toSeq: span.to,
        news: [],
        moves: [],
        meterChanges: [],
        settled: [],
        tensionBefore: before?.tension ?? 0,
        tensionAfter: after?.tension ?? 0
      };
      summaries.push(summary);
      byRound.set(round, summary);
    }
    for (const item of this.timeline) {
      const summary = byRound.get(item.round);
      if (!summary) continue;
      if (item.kind === "news") summary.news.push(item);
      else if (item.kind === "move" && item.move) summary.moves.push(item);
      else if (item.kind === "meter") summary.meterChanges.push(item);
      else if (item.kind === "commitment") summary.settled.push(item);
    }
    return summaries;
  }
  commitments(final) {
    return final.commitments.map((c) => {
      const message = this.messageItems.get(c.id);
      return {
        id: c.id,
        delegation: c.delegation,
        seatId: message?.seatId ?? null,
        terms: c.terms,
        text: message?.text ?? "",
        round: c.round,
        status: c.status,
        settledRound: c.settledRound,
        cause: this.settledCauses.get(c.id) ?? null,
        scope: "public"
      };
    });
  }
};
function round12(value) {
  return Math.round(value * 10) / 10;
}

// shared/transcript/markdown.ts
function escapeMarkdown(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/([\\`*_[\]<>#|~!])/g, "\\$1");
}
var SECTIONS = [
  { title: { review: "listNews" }, pick: (i) => i.kind === "news" },
  { title: { channel: "public" }, pick: (i) => i.kind === "message" && i.channel === "public" },
  { title: { channel: "diplomatic" }, pick: (i) => i.kind === "message" && i.channel === "diplomatic" },
  { title: { channel: "team" }, pick: (i) => i.kind === "message" && i.channel === "team" },
  { title: { review: "secMdProposals" }, pick: (i) => i.kind === "proposal" },
  { title: { review: "secMdMoves" }, pick: (i) => i.kind === "move" },
  { title: { review: "secMdMeters" }, pick: (i) => i.kind === "meter" },
  { title: { review: "secMdCommitments" }, pick: (i) => i.kind === "commitment" || i.kind === "offer" },
  { title: { review: "secReflections" }, pick: (i) => i.kind === "reflection" },
  { title: { review: "secMdTeacher" }, pick: (i) => i.kind === "teacher" }
];
function renderMarkdown(review, lang = DEFAULT_LANG) {
  const say = (key, values) => reviewIn(lang, key, values);
  const heading = (title) => "review" in title ? say(title.review) : termIn(lang, "channel", title.channel);
  const out = [];
  const delegation = new Map(review.delegations.map((d) => [d.id, d.name]));
  const person = new Map(review.people.map((p) => [p.seatId, p.name]));
  const dName = (id) => id === null ? "" : delegation.get(id) ?? id;
  const who = (item) => {
    const name = item.seatId === null ? null : person.get(item.seatId) ?? say("aStudent");
    const from = dName(item.delegation);
    const route = item.to !== null && item.channel === "diplomatic" ? `${from} \u2192 ${dName(item.to)}` : from;
    return name === null ? route : `${escapeMarkdown(name)} (${route})`;
  };
  const line = (item) => {
    switch (item.kind) {
      case "news":
        return `- **${escapeMarkdown(item.text)}**${item.cause ? ` \u2014 ${escapeMarkdown(item.cause)}` : ""}`;
      case "message":
        return `- **${who(item)}**${item.cause ? ` _[${escapeMarkdown(item.cause)}]_` : ""}: ${escapeMarkdown(item.text)}`;
      case "proposal":
      case "reflection":
        return `- **${who(item)}**: ${escapeMarkdown(item.text)}${item.cause ? ` \u2014 ${escapeMarkdown(item.cause)}` : ""}`;
      default:
        return `- ${escapeMarkdown(item.text)}${item.cause ? ` \u2014 ${escapeMarkdown(item.cause)}` : ""}`;
    }
  };
  const levelName = { public: say("sharedPublic"), diplomatic: say("sharedDiplomatic"), team: say("sharedTeam") };
  out.push(`# ${escapeMarkdown(say("title", { title: review.scenario.title }))}`, "");
  if (review.code) out.push(say("mdSession", { code: review.code }));
  out.push(
    `${say("roundsPlayed", { n: review.roundsPlayed })}${review.ended ? "" : say("notEnded")} ${review.level === "host" ? say("mdShownHost") : say("mdShownLevel", { level: levelName[review.level] })}${review.pseudonyms ? say("withPseudonyms") : ""}.`,
    ""
  );
  out.push(say("mdDelegations", { list: review.delegations.map((d) => d.name).join(", ") }), "");
  const byRound = /* @__PURE__ */ new Map();
  for (const item of review.timeline) {
    const list = byRound.get(item.round);
    if (list) list.push(item);
    else byRound.set(item.round, [item]);
  }
  const rounds = [...byRound.keys()].sort((a, b) => a - b);
  for (const round of rounds) {
    const items2 = byRound.get(round) ?? [];
    const summary = review.rounds.find((r) => r.round === round);
    out.push(`## ${round === 0 ? say("beforeFirstRound") : say("roundN", { n: round })}`, "");
    if (summary) out.push(say("mdTension", { before: summary.tensionBefore, after: summary.tensionAfter }), "");
    for (const section of SECTIONS) {
      const picked = items2.filter(section.pick);
      if (picked.length === 0) continue;
      out.push(`### ${heading(section.title)}`, "", ...picked.map(line), "");
    }
  }
  if (review.commitments.length > 0) {
    out.push(`## ${say("secPromises")}`, "");
    for (const c of review.commitments) {
      const status = termIn(lang, "commitmentStatus", c.status);
      out.push(
        `- ${say("mdPromiseLine", { round: c.round, delegation: dName(c.delegation), text: escapeMarkdown(c.text), status })}${c.cause ? ` (${escapeMarkdown(c.cause)})` : ""}`
      );
    }
    out.push("");
  }
  if (review.offers.length > 0) {
    out.push(`## ${say("mdOffers")}`, "");
    for (const o of review.offers) {
      const fate = o.status === "answered" ? say("mdOfferAnswered", { round: o.answeredRound ?? "", label: escapeMarkdown(o.answerLabel ?? "") }) : say(o.status === "ignored" ? "mdOfferIgnored" : "mdOfferOpen");
      out.push(
        `- ${say("mdOfferLine", { round: o.round, from: dName(o.offeredBy), to: dName(o.to), label: escapeMarkdown(o.label), fate })}`
      );
    }
    out.push("");
  }
  if (review.scores) {
    out.push(
      `## ${say("scores")}`,
      "",
      ...review.delegations.map((d) => `- ${d.name}: ${review.scores?.[d.id] ?? 0}`),
      ""
    );
  }
  if (review.prompts.length > 0) {
    out.push(
      `## ${say("secPrompts")}`,
      "",
      ...review.prompts.map((p, i) => `${i + 1}. **${termIn(lang, "stage", p.stage)}**: ${escapeMarkdown(p.text)}`),
      ""
    );
  }
  return out.join("\n");
}

// shared/transcript/release.ts
var VISIBLE = {
  public: /* @__PURE__ */ new Set(["public"]),
  diplomatic: /* @__PURE__ */ new Set(["public", "diplomatic"]),
  team: /* @__PURE__ */ new Set(["public", "diplomatic", "team"])
};
function visibleAt(level, scope) {
  return VISIBLE[level].has(scope);
}
function pseudonymsFor(people, delegationName, lang = DEFAULT_LANG) {
  const counts = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  for (const person of people) {
    const n = (counts.get(person.delegation) ?? 0) + 1;
    counts.set(person.delegation, n);
    names.set(person.seatId, reviewIn(lang, "pseudonym", { delegation: delegationName(person.delegation), n }));
  }
  return names;
}
var keep2 = (value) => value;
function build2(rules, value, ctx) {
  const out = {};
  const source = value;
  for (const [key, rule] of Object.entries(rules)) {
    if (!(key in source)) continue;
    out[key] = rule(source[key], ctx);
  }
  return out;
}
var ITEM = {
  id: keep2,
  seq: keep2,
  round: keep2,
  phase: keep2,
  at: keep2,
  kind: keep2,
  delegation: keep2,
  to: keep2,
  channel: keep2,
  seatId: (id, ctx) => id === null ? null : ctx.seat(id),
  text: keep2,
  cause: keep2,
  // The cause as data: on the same item, under the same scope as its words.
  why: keep2,
  scope: keep2,
  move: keep2,
  meter: keep2,
  commitment: keep2
};
var itemVisible = (item, ctx) => visibleAt(ctx.level, item.scope) && (item.kind !== "reflection" || ctx.reflections);
var items = (list, ctx) => list.filter((i) => itemVisible(i, ctx)).map((i) => build2(ITEM, i, ctx));
var scoped = (list, ctx) => list.filter((x) => visibleAt(ctx.level, x.scope));
var DELEGATION = {
  id: keep2,
  name: keep2,
  color: keep2,
  publicBrief: keep2,
  privateBrief: (brief, ctx) => ctx.level === "team" && ctx.choice.briefs === true ? brief : null
};
var PERSON = {
  seatId: (id, ctx) => ctx.seat(id),
  name: keep2,
  // replaced below from the whole person
  delegation: keep2,
  removed: keep2
};
var ROUND = {
  round: keep2,
  fromSeq: keep2,
  toSeq: keep2,
  news: items,
  moves: items,
  meterChanges: items,
  settled: items,
  tensionBefore: keep2,
  tensionAfter: keep2
};
var COMMITMENT = {
  id: keep2,
  delegation: keep2,
  seatId: (id, ctx) => id === null ? null : ctx.seat(id),
  terms: keep2,
  text: keep2,
  round: keep2,
  status: keep2,
  settledRound: keep2,
  cause: keep2,
  scope: keep2
};
var REFLECTION = {
  round: keep2,
  seatId: (id, ctx) => ctx.seat(id),
  delegation: keep2,
  prompt: keep2,
  text: keep2
};
var MODEL = {
  reviewVersion: keep2,
  code: () => "",
  scenario: keep2,
  level: (_level, ctx) => ctx.level,
  pseudonyms: (_p, ctx) => ctx.choice.pseudonyms,
  createdAt: keep2,
  roundsPlayed: keep2,
  ended: keep2,
  lastSeq: keep2,
  delegations: (list, ctx) => list.map((d) => build2(DELEGATION, d, ctx)),
  people: (list, ctx) => list.map((p) => ({ ...build2(PERSON, p, ctx), name: ctx.name(p) })),
  timeline: items,
  series: keep2,
  markers: scoped,
  rounds: (list, ctx) => list.map((r) => build2(ROUND, r, ctx)),
  commitments: (list, ctx) => scoped(list, ctx).map((c) => build2(COMMITMENT, c, ctx)),
  offers: scoped,
  participation: () => null,
  reflections: (list, ctx) => ctx.reflections ? list.map((r) => build2(REFLECTION, r, ctx)) : [],
  prompts: keep2,
  scores: keep2,
  finalMeters: keep2
};
function releaseReview(model, choice, lang = DEFAULT_LANG) {
  const delegationName = (id) => model.delegations.find((d) => d.id === id)?.name ?? id;
  const pseudonyms = choice.pseudonyms ? pseudonymsFor(model.people, delegationName, lang) : null;
  const releaseIds = new Map(model.people.map((p, i) => [p.seatId, `student-${i + 1}`]));
  const ctx = {
    level: choice.level,
    choice,
    seat: (id) => pseudonyms ? releaseIds.get(id) ?? "student-?" : id,
    name: (person) => pseudonyms?.get(person.seatId) ?? person.name,
    reflections: choice.level === "team" && choice.reflections === true
  };
  return build2(MODEL, model, ctx);
}

// shared/transcript/export.ts
var CSV_COLUMNS = [
  "seq",
  "time",
  "round",
  "phase",
  "command",
  "actor",
  "seat",
  "name",
  "event",
  "delegation",
  "to",
  "channel",
  "text",
  "cause",
  "data"
];
function exportCsv(scenario, transcript, lang = DEFAULT_LANG) {
  const names = namesFor(scenario, lang);
  const causes = causeNamesFrom(names, scenario.news);
  const commands = new Map(transcript.entries.map((e) => [e.seq, e.command]));
  const lines = [CSV_COLUMNS.join(",")];
  replaySteps(scenario, transcript, ({ seq, state, events }) => {
    const command = commands.get(seq);
    if (!command) return;
    const seatId = command.by.kind === "seat" ? command.by.seatId : "";
    const name = seatId ? state.seats[seatId]?.name ?? "" : "";
    for (const event of events) {
      const f = eventFields(event, names, causes);
      lines.push(
        [
          seq,
          isoTime(command.at),
          state.round,
          state.phase,
          command.type,
          actorOf(command),
          seatId,
          name,
          event.type,
          f.delegation,
          f.to,
          f.channel,
          f.text,
          f.cause,
          JSON.stringify(event)
        ].map(csvField).join(",")
      );
    }
  });
  return lines.join("\r\n") + "\r\n";
}
function exportMarkdown(scenario, transcript, release, lang = DEFAULT_LANG) {
  const review = buildReview(scenario, transcript, lang);
  return renderMarkdown(release ? releaseReview(review, release, lang) : review, lang);
}
function csvField(value) {
  let text = value === null || value === void 0 ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function actorOf(command) {
  return command.by.kind;
}
function eventFields(event, names, causes) {
  const none = { delegation: "", to: "", channel: "", text: "", cause: "" };
  switch (event.type) {
    case "messageSent":
      return {
        delegation: event.message.from,
        to: event.message.to ?? "",
        channel: event.message.channel,
        text: event.message.text,
        cause: ""
      };
    case "newsPublished":
      return { ...none, text: event.news.headline, cause: event.news.body };
    case "moveProposed":
      return {
        ...none,
        delegation: event.proposal.delegation,
        to: event.proposal.target ?? "",
        text: names.move(event.proposal.delegation, event.proposal.moveId).label,
        cause: event.proposal.rationale
      };
    case "moveLocked":
    case "covertRevealed":
      return {
        ...none,
        delegation: event.move.delegation,
        to: event.move.target ?? "",
        text: names.move(event.move.delegation, event.move.moveId).label,
        cause: event.type === "covertRevealed" ? eventText(event, names.lang, causes) ?? "" : ""
      };
    case "meterChanged": {
      const m = event.meter;
      const delegation = m.kind === "threat" ? m.from : m.kind === "credibility" ? m.delegation : "";
      const to = m.kind === "threat" ? m.to : "";
      return {
        ...none,
        delegation,
        to,
        text: `${meterName(names, m).label}: ${event.from} -> ${event.to}`,
        cause: eventText(event, names.lang, causes) ?? ""
      };
    }
    case "commitmentMade":
    case "commitmentSettled":
      return {
        ...none,
        delegation: event.commitment.delegation,
        to: event.commitment.terms.target ?? "",
        text: `${commitmentText(names, event.commitment.terms)}: ${termIn(names.lang, "commitmentStatus", event.commitment.status)}`,
        cause: event.type === "commitmentSettled" ? eventText(event, names.lang, causes) ?? "" : ""
      };
    case "offerAnswered":
      return {
        ...none,
        delegation: event.answeredBy,
        to: event.offeredBy,
        cause: eventText(event, names.lang, causes) ?? ""
      };
    case "reflectionSubmitted":
      return {
        ...none,
        delegation: event.reflection.delegation,
        text: event.reflection.text,
        cause: event.reflection.prompt
      };
    case "seatJoined":
      return { ...none, delegation: event.seat.delegation, text: event.seat.name };
    case "phaseChanged":
      return {
        ...none,
        text: event.round === 0 ? termIn(names.lang, "phase", event.phase) : names.say("roundPhase", { round: event.round, phase: termIn(names.lang, "phase", event.phase) })
      };
    default:
      return none;
  }
}
function isoTime(ms) {
  if (!Number.isFinite(ms)) return "";
  const days = Math.floor(ms / 864e5);
  const rest = ms - days * 864e5;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const pad = (n, w = 2) => String(n).padStart(w, "0");
  const h = Math.floor(rest / 36e5);
  const min = Math.floor(rest % 36e5 / 6e4);
  const s = Math.floor(rest % 6e4 / 1e3);
  const msPart = Math.floor(rest % 1e3);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(min)}:${pad(s)}.${pad(msPart, 3)}Z`;
}

// shared/engines/entry.ts
var engine = {
  rulesVersion: RULES_VERSION,
  scenarios: SCENARIOS,
  createInitialState,
  applyCommand,
  viewFor,
  redactEvents,
  needsSnapshot,
  scenarioFor,
  botMove,
  replay,
  replaySteps,
  buildReview,
  exportCsv,
  exportMarkdown: (scenario, transcript, lang) => exportMarkdown(scenario, transcript, void 0, lang)
};
var entry_default = engine;
export {
  entry_default as default
};
