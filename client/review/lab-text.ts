// The what-if lab's words in the page's language (shared/i18n/lab-*.ts), `{slots}` filled.
import { fill } from '../../shared/i18n/index.ts';
import type { LabKey } from '../../shared/i18n/lab-types.ts';
import { CATALOGUES, lang } from '../i18n/index.ts';

export function lt(key: LabKey, values: Record<string, string | number> = {}): string {
  return fill(CATALOGUES[lang()].lab[key], values);
}
