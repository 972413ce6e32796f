import {
  searchCopy as searchCopyEn,
  specialtyCopy as specialtyCopyEn,
  specialtyLineAudiences as specialtyLineAudiencesEn,
} from './en/specialties.ts';
import { localised } from './locale.ts';

export const specialtyCopy = /* @__PURE__ */ localised(
  'specialties',
  'specialtyCopy',
  specialtyCopyEn,
);
export const specialtyLineAudiences = /* @__PURE__ */ localised(
  'specialties',
  'specialtyLineAudiences',
  specialtyLineAudiencesEn,
);
export const searchCopy = /* @__PURE__ */ localised('specialties', 'searchCopy', searchCopyEn);
