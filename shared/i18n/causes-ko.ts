// 모델이 내놓는 원인의 한국어 문장 (ko.ts의 `causes` 부분): 고등학생이 바로 읽을 수 있게 짧고 쉽게.
// Pure data and small functions; the rules' cause codes decide which entries exist.
import type { CauseText } from './types.ts';

export const causesKo: CauseText = {
  code: {
    move: (w) => (w.toward ? `${w.who}: ${w.move} (${w.toward} 상대)` : `${w.who}: ${w.move}`),
    spill: (w) => `${w.who}: ${w.move} (${w.other}의 동맹 ${w.toward} 상대)`,
    offerOnly: (w) => `${w.who}: ${w.move} — ${w.other}이(가) 호응하지 않아 제안에 그침`,
    revealed: (w) => `드러남: ${w.who}이(가) ${w.round}라운드에 몰래 한 일, ${w.move}`,
    news: (w) => `뉴스: ${w.news}`,
    reciprocity: (w) => `${w.who}와(과) ${w.other}이(가) 서로 우호적인 수를 주고받음`,
    agreementHolds: (w) => `${w.who}와(과) ${w.other}의 합의가 아직 지켜지고 있음`,
    agreementCollapsed: (w) =>
      w.move ? `${w.who}이(가) ${w.other}와(과)의 합의를 깸: ${w.move}` : `${w.who}와(과) ${w.other}의 합의가 무너짐`,
    answering: (w, up) =>
      up
        ? `적대에 맞대응: ${w.who}이(가) ${w.other}의 적대에 맞섬`
        : `${w.other}이(가) 차분해 보여 ${w.who}도 긴장을 풂`,
    cooling: (w) => `시간이 지나 화가 가라앉음: ${w.who}이(가) ${w.other}에 대해 누그러짐`,
    grievance: (w) => `묵은 불신이 돌아옴: ${w.who}이(가) ${w.other}을(를) 다시 평소처럼 경계함`,
    armsRace: (w) => `군비 경쟁이 두려움을 키움: ${w.who}이(가) ${w.other}을(를) 더 두려워함`,
    incident: (w) => `일촉즉발 상황의 사고: ${w.incident}`,
    background: () => '아무도 움직이지 않아도 생기는 느린 변화',
    brokenWord: (w) =>
      w.otherMove
        ? `${w.who}이(가) ${w.round}라운드의 ${w.kind}을(를) 어김: ${w.other}의 ${w.otherMove}에 대응하지 않음`
        : `${w.who}이(가) ${w.round}라운드의 ${w.kind}을(를) 어김: ${w.move}`,
    keptWord: (w) => `${w.who}이(가) ${w.round}라운드의 ${w.kind}을(를) 끝까지 지킴`,
    cededGround: (w) =>
      `국내에서는 물러선 것으로 보임: ${w.who}이(가) ${w.other}의 ${w.otherMove} 직후 ${w.move}을(를) 택했지만 돌아온 것이 없음`,
    stoodFirm: (w) =>
      `국내에서는 단호하게 버틴 것으로 보임: ${w.who}이(가) ${w.other}의 ${w.otherMove}에 ${w.move}(으)로 맞섬`,
    answeredOffer: (w) =>
      `제안이 응답받음: ${w.who}의 ${w.move}(${w.round}라운드)에 ${w.other}이(가) ${w.otherMove}(으)로 화답함`,
    revealedByNews: (w) => `뉴스로 드러남: ${w.news}`,
    detected: () => '정보기관과 위성에 발각됨',
    revealedAtEnd: () => '게임이 끝나며 공개됨',
    tension: () => '모든 위협 값을 합친 결과',
  },
  threat: (who, by, amount, up) =>
    up ? `${who}이(가) ${by}에게 느끼는 위협 +${amount}` : `${who}이(가) ${by}에게 느끼는 위협 −${amount}`,
  meter: (name, signed) => `${name} ${signed}`,
  credibility: (who, signed) => `${who}의 신뢰도 ${signed}`,
  talks: (from, to) => `대화 단계: ${from} → ${to}`,
  arrow: ' → ',
  tension: '한반도 긴장',
  kinds: { pledge: '공개 약속', warning: '공개 경고', agreement: '서명한 합의' },
  incidents: { borderClash: '국경에서 군인들이 총격을 주고받음', nearMiss: '전투기와 함정이 충돌할 뻔함' },
  others: (count) => `그 밖의 작은 변화 ${count}건`,
  someone: '누군가',
};
