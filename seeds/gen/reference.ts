/** Districts and research fields: reference data, all from the data files (none generated). */
import { District } from '../../src/modules/reference/district.entity';
import { ResearchField } from '../../src/modules/reference/research-field.entity';
import { article } from '../article';
import type { DistrictPlan, FieldPlan, GenContext } from './context';

export function generateReference(ctx: GenContext): { districts: Map<string, DistrictPlan>; fields: Map<string, FieldPlan> } {
  const districts = new Map<string, DistrictPlan>();
  for (const d of article.districts) {
    const ref = ctx.set.add(District, `district:${d.code}`, false, { code: d.code, nameZh: d.nameZh, nameEn: d.nameEn, kind: d.kind });
    districts.set(d.code, { code: d.code, ref, nameZh: d.nameZh });
  }
  const fields = new Map<string, FieldPlan>();
  for (const f of article.fields) {
    const ref = ctx.set.add(ResearchField, `field:${f.code}`, false, { code: f.code, nameZh: f.nameZh, nameEn: f.nameEn });
    fields.set(f.code, { code: f.code, ref, nameZh: f.nameZh, nameEn: f.nameEn });
  }
  return { districts, fields };
}
