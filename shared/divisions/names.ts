// Short names: how reports name a unit without its suffix (淮南 for 淮南市, 恩施 for
// 恩施土家族苗族自治州, 广西 for 广西壮族自治区).

// Longest first, so 自治县 is stripped before 县 and 新区 before 区.
const unitSuffixes = [
  '特别行政区', '自治州', '自治县', '自治旗', '自治区', '新区', '林区', '特区', '地区', '省', '市', '区', '县', '盟', '旗',
];

// The peoples named in autonomous units' names. Names of two or more characters also appear
// without 族 (克孜勒苏柯尔克孜自治州, 伊犁哈萨克自治州); one-character names only with 族, so
// 长白朝鲜族自治县 stops at 长白 instead of losing its 白.
const peoples = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克',
  '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬',
  '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克',
  '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
].sort((a, b) => b.length - a.length);

const people = peoples.map((p) => (p.length > 1 ? `${p}(?:族)?` : `${p}族`)).join('|');
const trailingPeoples = new RegExp(`(?:${people})+$`);

/** A stem shorter than this is too common a word to stand for a unit (城区 → 城, 矿区 → 矿). */
const minimumStemLength = 2;

/**
 * The short name a full name is known by, or null when it has none worth indexing.
 * One suffix is stripped: 沙县区 → 沙县, not 沙.
 */
export function shortName(fullName: string): string | null {
  const suffix = unitSuffixes.find((s) => fullName.endsWith(s) && fullName.length > s.length);
  if (!suffix) return null;
  let stem = fullName.slice(0, -suffix.length);
  if (suffix.startsWith('自治')) {
    // 内蒙古自治区 names a place, not a people: keep a stem that stripping would gut.
    const withoutPeoples = stem.replace(trailingPeoples, '');
    if (withoutPeoples.length >= minimumStemLength) stem = withoutPeoples;
  }
  return stem.length >= minimumStemLength && stem !== fullName ? stem : null;
}

/** The generic word each autonomous suffix is shortened to: 凉山彝族自治州 → 凉山州. */
const abbreviatedSuffixes: Record<string, string> = { 自治州: '州', 自治县: '县', 自治旗: '旗' };

/**
 * How an autonomous unit is commonly written in its own documents: the short name with the
 * plain suffix (凉山州, 恩施州, 湘西州, 峨边县), or null for other units.
 */
export function abbreviatedName(fullName: string): string | null {
  const suffix = Object.keys(abbreviatedSuffixes).find((s) => fullName.endsWith(s));
  if (!suffix) return null;
  const short = shortName(fullName);
  return short ? short + abbreviatedSuffixes[suffix] : null;
}

/** Trims the spaces and full-width spaces a name picks up in documents. */
export const cleanName = (text: string): string => text.replace(/[\s\u3000]+/g, '');
