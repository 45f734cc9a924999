// Thai names for what the API returns as codes: document types, PMQA categories, dates in the Buddhist era.

/** Document types (the API's "type" values) with their Thai names. */
export const TYPE_NAMES = {
  'study-visit': { th: 'รายงานการศึกษาดูงาน', en: 'Study visit' },
  'sop-manual': { th: 'คู่มือ/SOP', en: 'Manual / SOP' },
  'km-plan': { th: 'แผนการจัดการความรู้', en: 'KM plan' },
  'meeting-news': { th: 'ข่าวการประชุม/อบรม', en: 'Meeting / training news' },
  'award-report': { th: 'รายงานรางวัล', en: 'Award report' },
  'other': { th: 'อื่น ๆ', en: 'Other' },
};

export function typeName(type) {
  return TYPE_NAMES[type]?.th ?? type ?? '';
}

/**
 * The seven PMQA categories (หมวด), used until /api/taxonomy answers. Activity-code prefixes per category
 * (LD, SP, CS, IT, HR, PM) let codes seen in results be placed under their หมวด when the taxonomy is missing.
 */
export const FALLBACK_TAXONOMY = {
  categories: [
    { number: 1, nameTh: 'การนำองค์การ', nameEn: 'Leadership', prefix: 'LD' },
    { number: 2, nameTh: 'การวางแผนเชิงยุทธศาสตร์', nameEn: 'Strategic planning', prefix: 'SP' },
    { number: 3, nameTh: 'การให้ความสำคัญกับผู้รับบริการและผู้มีส่วนได้ส่วนเสีย', nameEn: 'Customer and stakeholder focus', prefix: 'CS' },
    { number: 4, nameTh: 'การวัด การวิเคราะห์ และการจัดการความรู้', nameEn: 'Measurement, analysis and knowledge management', prefix: 'IT' },
    { number: 5, nameTh: 'การมุ่งเน้นบุคลากร', nameEn: 'Workforce focus', prefix: 'HR' },
    { number: 6, nameTh: 'การมุ่งเน้นระบบปฏิบัติการ', nameEn: 'Operations focus', prefix: 'PM' },
    { number: 7, nameTh: 'ผลลัพธ์การดำเนินการ', nameEn: 'Results', prefix: null },
  ],
  codes: [],
  fallback: true,
};

const PREFIX_CATEGORY = { LD: 1, SP: 2, CS: 3, IT: 4, HR: 5, PM: 6 };

let taxonomy = FALLBACK_TAXONOMY;

/** Replaces the built-in taxonomy with the server's, keeping built-in names where the server has none. */
export function setTaxonomy(t) {
  if (!t || !Array.isArray(t.categories) || t.categories.length === 0) {
    return;
  }
  const categories = t.categories.map((c) => {
    const builtIn = FALLBACK_TAXONOMY.categories.find((b) => b.number === Number(c.number)) ?? {};
    return {
      number: Number(c.number),
      nameTh: c.nameTh || c.name_th || builtIn.nameTh || '',
      nameEn: c.nameEn || c.name_en || builtIn.nameEn || '',
      prefix: c.prefix ?? builtIn.prefix ?? null,
    };
  }).filter((c) => c.number >= 1 && c.number <= 7).sort((a, b) => a.number - b.number);
  const codes = (Array.isArray(t.codes) ? t.codes : []).map((c) => ({
    code: String(c.code),
    category: Number(c.category) || categoryOfCode(String(c.code)),
    titleTh: c.titleTh || c.title_th || '',
    edition: c.edition || '',
    verified: Boolean(c.verified),
  }));
  taxonomy = { categories, codes, fallback: false };
}

export function getTaxonomy() {
  return taxonomy;
}

export function category(number) {
  return taxonomy.categories.find((c) => c.number === Number(number));
}

export function categoryName(number) {
  return category(number)?.nameTh ?? '';
}

/** "หมวด 4 การวัด การวิเคราะห์ และการจัดการความรู้" */
export function categoryLabel(number) {
  const name = categoryName(number);
  return name ? `หมวด ${number} ${name}` : `หมวด ${number}`;
}

export function categoryOfCode(code) {
  const known = taxonomy.codes.find((c) => c.code === code);
  if (known && known.category) {
    return known.category;
  }
  return PREFIX_CATEGORY[String(code).slice(0, 2).toUpperCase()] ?? null;
}

export function codeTitle(code) {
  return taxonomy.codes.find((c) => c.code === code)?.titleTh ?? '';
}

/** Codes for one category: the taxonomy's, plus any seen in results (so the tree works before /api/taxonomy). */
export function codesOf(number, seen = []) {
  const out = new Map();
  for (const c of taxonomy.codes) {
    if (c.category === Number(number)) {
      out.set(c.code, c);
    }
  }
  for (const code of seen) {
    if (!out.has(code) && categoryOfCode(code) === Number(number)) {
      out.set(code, { code, category: Number(number), titleTh: '' });
    }
  }
  return [...out.values()].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}

const THAI_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

/** "2023-03-15" -> "15 มี.ค. 2566" (Buddhist era); null or unreadable -> "". */
export function thaiDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) {
    return '';
  }
  const month = THAI_MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${Number(m[1]) + 543}` : '';
}

/** Plain number with Thai grouping ("1,234"). */
export function num(n) {
  return Number(n ?? 0).toLocaleString('th-TH');
}
