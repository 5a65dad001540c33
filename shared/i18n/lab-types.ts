// The what-if lab's words on the review page (forks, reference curves, the mechanism chart): one interface,
// one file per language (lab-en.ts, lab-ko.ts), joined into each Catalogue as `lab`.
export interface LabText {
  secWhatIf: string;
  secMechanism: string;
  intro: string;
  round: string;
  delegation: string;
  move: string;
  target: string;
  add: string;
  run: string;
  clear: string;
  choices: string;
  noChoices: string;
  choiceLine: string;
  remove: string;
  running: string;
  failed: string;
  loading: string;
  unavailable: string;
  forkName: string;
  exportJson: string;
  compareTitle: string;
  compareDesc: string;
  recorded: string;
  roundHeading: string;
  tensionAfter: string;
  movesRecorded: string;
  movesFork: string;
  causesRecorded: string;
  causesFork: string;
  noDiff: string;
  sourceChosen: string;
  sourceRecorded: string;
  sourceBot: string;
  sourcePolicy: string;
  hidden: string;
  skipped: string;
  refLegend: string;
  refAllHold: string;
  refPowerForPower: string;
  refWayForward: string;
  mechTitle: string;
  mechDesc: string;
  mechNews: string;
  mechMoves: string;
  mechSpillover: string;
  mechReciprocity: string;
  mechHostility: string;
  mechCooling: string;
  mechOther: string;
  mechChange: string;
  mechCaption: string;
  asTable: string;
}

export type LabKey = keyof LabText;
