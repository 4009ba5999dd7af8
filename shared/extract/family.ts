// Whose figure is it? The family (低保, 特困 ...) a figure belongs to: the noun right after it,
// the nearest mention to its left in the clause, the programme named after 为/对 X人, or a family
// carried from earlier clauses of the sentence when nothing in its own clause says otherwise.
import { familyById, metricRules, OTHER_MONEY_FOR_THEM, type Family, type Measure, type Scope } from './lexicon.ts';
import { clauseOutsideBefore, COUNT_IN_PARENS, type Clause, type Sentence } from './structure.ts';
import { isCountMeasure, type Figure } from './figures.ts';
import { ONE_TO_TEN, raw } from './charClass.ts';
import type { Mention } from './mentions.ts';
import {
  ITEM_OPENER,
  endsOnBeneficiary,
  COMBINED,
  COMPARISON_OPENING,
  distinctFamilies,
  FOREIGN_INSTITUTIONS,
  FOREIGN_PERSONS,
  GENERIC_MONEY,
  INCLUSION_VERB,
  JOINER,
  MONEY_NOUN,
  ONE_OFF_MONEY,
  PARTS_OF_COMBINED,
  POPULATIONS,
  SERVICE_VERB,
  SUBSET_OPENING,
  VERB_IN_RIGHT_NOUN,
  WHOLE_AREA,
} from './markers.ts';

export interface SentenceState {
  produced: Set<string>;
  /** What the sentence before gave when it ended on a fact (else empty): 其中 may open this one on its total. */
  producedBefore: ReadonlySet<string>;
  /** Whether the clause before a 其中 or a parenthesis yielded a catalogued fact. */
  lastClauseHadFact: boolean;
  childMode: 'none' | 'allowed' | 'blocked';
  cumulative: boolean;
  /**
   * Families named before this point are not carried further: a clause in between whose figures
   * belonged to something else (发放价格临时补贴5566.9万元) broke the thread.
   */
  carryFloor: number;
  /** Starts of the clauses that yielded a fact. */
  factClauses: Set<number>;
  /** The clause a 其中 or parenthesis breaks down, for telling whose people it counted. */
  parentText: string;
  /** 全市低保对象中，…: the family of the population the following counts are among, if a clause said so. */
  among?: string;
  /**
   * The urban or rural scope of each family's people counted so far in the sentence ('mixed' once
   * both were), and the family the clause just before counted: 保障城市低保对象2790人，发放低保金
   * 1456万元 pays the urban ones, 城市…2790人，农村…14567人，发放低保金 pays both.
   */
  countScopes: Map<string, Scope | 'mixed'>;
  lastCountFamily: string | null;
  /** A family the sentence gave figures of for one group (对脱贫人口…实施临时救助…): its later clauses' figures of it are that group's too. */
  forGroup?: string;
  /** The clause that last counted institutions (敬老院22所), whose beds a bare 床位2150张 after it gives. */
  ownersCounted: string;
  /** The families the last clause outside a parenthesis gave facts of, and those a 其中 or parenthesis breaks down. */
  lastFactFamilies: ReadonlySet<string>;
  /** The last clause outside a parenthesis had figures and gave no fact (发放价格临时补贴1200万元). */
  lastClauseGaveNothing: boolean;
  /** The sentence opened on one home (县社会福利中心现有床位420张，…) and no clause has gone back to the whole since. */
  oneHome: boolean;
  /** A clause opened on a town or zone (三河镇共有…, 经开区现有…): what follows is that part's, until a new total. */
  subArea: boolean;
  /** The clause before only named a span of years (十三五期间，): the total after it is over them. */
  cumulativeLead: boolean;
  parentFamilies: ReadonlySet<string>;
}

export interface FamilyFinding {
  family: string;
  /** The mention the family came from, when there is one. */
  mention: Mention | null;
  /** Where the figure's evidence starts (the mention, or the clause). */
  anchor: number;
  /**
   * total: carried, and said to add up what the thread counts (七、婚姻登记 … 合计：528对), or the figures of
   * two families just given (结婚登记386对，离婚登记142对，合计528对).
   */
  how: 'rightNoun' | 'left' | 'beneficiary' | 'carried' | 'ahead' | 'total';
  carried: boolean;
  /** Clauses between the mention and the figure, for carried families. */
  distance: number;
  clauseStart: number;
  clauseEnd: number;
  /** For a carried family, where the clause that named it starts: what that clause said of it. */
  namedFrom?: number;
}

export function familyFor(
  text: string,
  clause: Clause,
  fig: Figure,
  clauseMentions: Mention[],
  allMentions: Mention[],
  sentence: Sentence,
  state: SentenceState,
  respectivelyAt: number | null,
): FamilyFinding | null {
  const isCount = isCountMeasure(fig.measure);
  // Only people are what something was done for (保障金分别为2.3亿元 is a copula), and something
  // is said of them after the count (为2.86万对。 ends on it).
  const beneficiary = isCount && HAN_AFTER.test(text.slice(fig.end, clause.end)) && endsOnBeneficiary(text, Math.max(clause.start, fig.start - 14), fig.start);

  // 0. Households are described at length, with the programmes they belong to, before what they
  // got (210户分散供养特困人员、低保家庭中失能老年人家庭适老化改造): the first programme after
  // them that counts households is theirs.
  if (fig.measure === 'households') {
    const own = clauseMentions.find((m) => m.start >= fig.end && m.start - fig.end <= 30 && COUNTED_IN_HOUSEHOLDS.has(m.family));
    if (own && !/\d/.test(text.slice(fig.end, own.start))) return foundIn(clause, own, fig.start, 'rightNoun');
  }
  // 1. The noun right after a count: 766名孤儿, 3.14万名留守儿童.
  if (isCount) {
    // 23.62万名城乡困难群众纳入低保保障范围, 80周岁以上老年人2.96万人全部纳入高龄津贴发放范围: all of them
    // brought within the programme named after the verb (将…纳入低保 is an act: some of them).
    const covered = COVERED_AFTER.exec(text.slice(fig.end, clause.end));
    if (covered && !/将|把/.test(text.slice(clause.start, fig.start))) {
      const into = clauseMentions.find((m) => m.start === fig.end + covered[0].length);
      if (into) return foundIn(clause, into, fig.start, 'rightNoun');
    }
    const right = clauseMentions.find((m) => m.start >= fig.end && m.start - fig.end <= 8);
    if (right) {
      const between = text.slice(fig.end, right.start);
      if (VERB_IN_RIGHT_NOUN.test(between) || /\d/.test(between) || /^\s?(?:、|和|及|与|以及)/.test(between)) {
        // the noun phrase ended before the mention
      } else if (JOINER.test(between) || joinedToNext(text, right, clauseMentions)) {
        return null; // 9万余名留守和困境儿童, 13万名低保、特困供养对象: a combined count
      } else {
        if (beneficiary || SERVICE_VERB.test(text.slice(right.end, clause.end))) {
          // 为126名超龄在校孤儿发放助学基金, 将12名孤儿纳入“明天计划”: counts only if they got the programme itself.
          const family = familyById.get(right.family)!;
          const got = text.slice(right.end, clause.end);
          // …and not a one-off payment under its name (为3200名困难残疾人发放一次性生活补贴).
          if (!family.support.test(got) || ONE_OFF_MONEY.test(got)) return null;
        }
        // 资助37名就读大中专院校的孤儿…: those an act was done for, unless the act is how the programme
        // counts its people (排查留守儿童).
        const act = ACTIVITY_ENDS_LEAD.exec(text.slice(Math.max(clause.start, fig.start - 6), fig.start));
        if (act && !familyById.get(right.family)!.support.test(act[1])) return null;
        return foundIn(clause, right, fig.start, 'rightNoun');
      }
    }
  }
  // 1.73亿元特困供养资金足额兑现: money that opens its clause, named by the programme's money right after it.
  if (fig.measure === 'money' && text.slice(clause.start, fig.start).trim() === '') {
    const right = clauseMentions.find((m) => m.start === fig.end);
    if (right && PROGRAMME_MONEY_AT.test(text.slice(right.end, right.end + 6))) return foundIn(clause, right, fig.start, 'rightNoun');
  }
  // 2. The nearest mention to the left in the clause.
  let leftAt = clauseMentions.length - 1;
  while (leftAt >= 0 && clauseMentions[leftAt].end > fig.start) leftAt--;
  const left = leftAt >= 0 ? clauseMentions[leftAt] : undefined;
  if (left) {
    const prev = clauseMentions[leftAt - 1];
    // 分别 after the names (…特困供养对象分别为…) or before them (分别发放城市低保金、…、特困供养金…).
    const distributed = respectivelyAt !== null && (respectivelyAt >= left.end || (prev !== undefined && respectivelyAt < prev.start)) && respectivelyAt <= fig.start;
    // 低保、特困供养对象共X人: two populations counted together, which the catalogue may name.
    if (!distributed && prev && prev.family !== left.family && JOINED.test(text.slice(prev.end, left.start))) {
      return together(prev, left, clause);
    }
    // The text before the mention and between it and the figure, each cut once for the checks below.
    const leading = text.slice(clause.start, left.start);
    const between = text.slice(left.end, fig.start);
    if (isCount && INCLUSION_VERB.test(between) && /将|把/.test(leading)) return null;
    // 将符合条件的1.26万名老年人纳入低保: those put into it (not 将全县孤儿186名全部纳入…, all of them).
    const put = isCount ? PUT_BEFORE.exec(text.slice(clause.start, fig.start)) : null;
    if (put && clause.start + put.index >= left.end && PUT_INTO_AFTER.test(text.slice(fig.end, clause.end))) return null;
    // 实施临时救助和医疗救助共计9.8万人次, 发放高龄津贴和养老服务补贴共计1.3亿元: with another programme, not this one's.
    if (WITH_ANOTHER_PROGRAMME.test(between)) return null;
    // 为困难退役军人实施临时救助1632人次、资金326万元: the programme's share for one group, not its total.
    const forGroup = GROUP_FOR.exec(leading);
    if (forGroup && !familyById.get(left.family)!.people?.test(forGroup[1])) {
      state.forGroup = left.family;
      return null;
    }
    // …，发放临时救助资金1985万元 after 对脱贫人口…实施临时救助…: the same group's, unless the clause opens on the whole again.
    if (state.forGroup === left.family && !WHOLE_AREA.test(leading)) return null;
    // 低保对象中老年人1.2万人: people among the programme's, not its head count; 纳入低保的脱贫
    // 人口3.2万人: another population, counted where it meets the programme.
    if (isCount) {
      if (AMONG.test(between)) return null;
      // 低保、低收入困难群众3.2万余人, 孤儿、事实无人抚养儿童和艾滋病病毒感染儿童三类对象共计1543名: the
      // programme's people with another group joined after them, counted together.
      if (!distributed && ANOTHER_GROUP_JOINED.test(between)) return null;
      // 512家养老机构、5家儿童福利机构: a count opening the next item of a list counts the noun after it.
      if (/^\s?[、和及与]/.test(between) && nounAfter(text, fig, clause).trim() !== '') return null;
      // 全市低保对象中60周岁以上老年人3.2万人: the population named is among another one; 贫困人口中
      // 纳入低保兜底保障8.6万人: those of another population put into the programme.
      if (AMONG_BEFORE.test(leading)) return null;
      if (AMONG_INCLUDED.test(leading)) return null;
      // …贫困户中纳入农村低保7986户24350人、纳入特困供养712人: the list's next item is of the same people.
      if (INCLUDED_AGAIN.test(leading) && AMONG_INCLUDED_ANYWHERE.test(leading)) return null;
      // 单独纳入低保的重残、重病人员共有1.13万人: a group of those put into the programme, not its head count.
      if (INCLUDED_INTO.test(leading) && GROUP_OF_THEM.test(between)) return null;
      // 156名纳入特困供养: a count put into a programme named after it, not the one before (困境儿童836名
      // 纳入分类保障 names none).
      if (INCLUDED_AFTER.test(text.slice(fig.end, Math.min(clause.end, fig.end + 6))) && clauseMentions.some((m) => m.start > fig.end && m.family !== left.family)) return null;
      // 入户核查城乡低保对象8.6万人, 走访慰问特困人员6800人, 低保对象子女就学资助860人, 救助站护送
      // 返乡受助人员320人次: those the clause did something to, unless that is how the programme
      // counts its people (排查留守儿童).
      const support = familyById.get(left.family)!.support;
      // 经排查认定事实无人抚养儿童138名: a search that ends in recognising them counts them.
      const act = ACTIVITY_ON_PEOPLE.exec(leading);
      // 走访摸排农村留守儿童9734名: one of the acts (摸排) is how the programme counts them.
      // Under 分别 the items after the mention are other figures' (救助流浪乞讨人员、护送返乡、寻亲成功分别为…).
      const ownBetween = distributed && respectivelyAt >= left.end ? between.slice(0, between.indexOf('、') + 1 || undefined) : between;
      if ((act && !support.test(leading.slice(act.index, act.index + act[0].length + 2)) && !RECOGNISED_AFTER.test(leading.slice(act.index + act[0].length))) || ACTIVITY_ON_PEOPLE.test(ownBetween)) return null;
      // 为低保对象发放一次性生活补贴632人次, 发放价格临时补贴惠及低保对象3.2万人次: those who got a
      // one-off payment, not the programme's count.
      if (ONE_OFF_MONEY.test(between) || ONE_OFF_MONEY.test(leading)) return null;
      const of = between.lastIndexOf('的');
      if (of >= 0) {
        const people = familyById.get(left.family)!.people;
        for (const m of between.slice(of + 1).matchAll(POPULATIONS)) if (!people?.test(m[0])) return null;
      }
    }
    // 发放低保金、特困供养金等各类救助资金3.2亿元: the programmes listed together, not the last one;
    // an item the catalogue has no family for may stand between (低保金、低保边缘补助金、特困供养金等).
    if (
      prev &&
      prev.family !== left.family &&
      left.start - prev.end <= 12 &&
      /[、和及与]/.test(text.slice(prev.end, left.start)) &&
      !figureBetween(text, prev.end, left.start) &&
      TOGETHER.test(text.slice(left.end, fig.start))
    ) {
      return together(prev, left, clause);
    }
    // 为9847名困难残疾人、12563名重度残疾人发放补贴1268.4万元: money paid to the two populations just
    // counted, which the catalogue names together, is the pair's.
    if (fig.measure === 'money' && prev && COMBINED[`${prev.family}+${left.family}`] && COUNT_BETWEEN_PARTS.test(text.slice(prev.end, left.start))) {
      return together(prev, left, clause);
    }
    return foundIn(clause, left, left.start, 'left');
  }
  // 3. 为/对/向 X人次 ... 发放临时救助资金: the programme named after them, unless what they got
  // is other money for them (为23名考入高校的孤儿每人发放助学金) or a one-off.
  if (beneficiary && isCount) {
    // 为2.18万名80周岁以上低保老年人发放高龄津贴: the programme given them, not the one they are on.
    const after = clauseMentions.filter((m) => m.start >= fig.end);
    const right = after.find((m) => GIVEN_BEFORE.test(text.slice(Math.max(fig.end, m.start - 4), m.start))) ?? after[0];
    const got = right ? text.slice(right.end, clause.end) : '';
    if (right && !INCLUSION_VERB.test(text.slice(fig.end, right.start)) && !ONE_OFF_MONEY.test(got) && !OTHER_MONEY_FOR_THEM.test(got) && !LEAVING.test(got)) {
      return foundIn(clause, right, fig.start, 'beneficiary');
    }
    // 为425户家庭完成改造: households a thread's work was done for, naming no programme after them, are the thread's.
    if (right || fig.measure !== 'households') return null;
  }
  // Read only by figures not settled above.
  const clauseRest = text.slice(fig.end, clause.end);
  // 3b. 高龄老人9346人享受尊老金, 1.2万名老年人享受高龄津贴: the count receives the programme named
  // right after it, when the people between are its own or anyone (群众), not another population.
  if (isCount) {
    const receive = RECEIVE.exec(clauseRest);
    const right = receive && clauseMentions.find((m) => m.start >= fig.end && m.start - fig.end <= receive[0].length + 2);
    if (right && receiversMayBe(receive[1], right.family)) {
      return foundIn(clause, right, fig.start, 'beneficiary');
    }
  }
  if (INCLUSION_VERB.test(clauseRest) && isCount) return null;
  // 4. 按照集中养育每人每月1900元、社会散居每人每月1460元标准，发放孤儿…基本生活费: standards the
  // sentence goes on to apply to the programme its next clause names, before any family carried to them.
  if (fig.measure === 'monthlyStandard' && clauseMentions.length === 0 && STANDARD_NAMED_AFTER.test(clauseRest)) {
    // The next clause, past a short interjection (，二季度，, ，截至2022年11月底，).
    let k = sentence.clauses.indexOf(clause) + 1;
    const namesAny = (c: Clause) => allMentions.some((m) => m.start >= c.start && m.end <= c.end);
    while (k < sentence.clauses.length && sentence.clauses[k].end - sentence.clauses[k].start <= 12 && !namesAny(sentence.clauses[k])) k++;
    const next = sentence.clauses[k];
    const named = next && allMentions.find((m) => m.start >= next.start && m.end <= next.end);
    // Its scope and specifiers stand before each figure in its own clause (城市每人每月800元、农村…).
    if (named) return foundIn(clause, named, clause.start, 'ahead');
  }
  // 4b. 投入资金312万元，用于发放孤儿…基本生活费: money whose clause names nothing, paid for what the next clause names.
  if (fig.measure === 'money' && clauseMentions.length === 0) {
    const next = sentence.clauses[sentence.clauses.indexOf(clause) + 1];
    if (next && PAID_FOR_AT.test(text.slice(next.start, next.start + 8))) {
      const named = allMentions.find((m) => m.start >= next.start && m.end <= next.end);
      // What it was paid for is read with it (…照料护理补贴 says which of the programme's money).
      if (named) return { ...foundIn(clause, named, clause.start, 'ahead'), clauseEnd: next.end };
    }
  }
  // 5. Carried from earlier clauses of the same sentence.
  // A parenthesis is an aside: what it names (（其中低保对象632人次）) is not carried past it; nor,
  // once the breakdown is over, is what a 其中 part named (其中急难救助312人次，支出资金…).
  const earlier = allMentions.filter(
    (m) =>
      m.end <= clause.start &&
      m.start >= state.carryFloor &&
      (clause.inParen || !insideParenthesis(sentence, m.start)) &&
      (state.childMode !== 'none' || !insideSubsetPart(text, sentence, m.start)),
  );
  // A clause that names its own programme after the figure (专项资金用于…适老化改造) is about that one.
  // The thread's own programme named again later (…实施9874人次、支出临时救助资金…) is no other.
  // A name after a 、 is the next item's (…19家、养老床位1046张).
  const itemEnd = text.indexOf('、', fig.end);
  const ownUpTo = itemEnd >= 0 && itemEnd < clause.end ? itemEnd : clause.end;
  const ownLater = clauseMentions.some((m) => m.start >= fig.end && m.start < ownUpTo && m.family !== earlier[earlier.length - 1]?.family);
  // 惠及残疾人8965名，其中享受生活补贴3412人…: the parts of a count of the thread's own people, which
  // the catalogue does not count as a whole, are still that programme's.
  const partOfOwnPeople =
    state.childMode === 'blocked' && earlier.length > 0 && parentIsOwnPeople(earlier[earlier.length - 1].family, state.parentText, text.slice(clause.start, clause.end));
  if (earlier.length && (state.childMode !== 'blocked' || partOfOwnPeople) && !ownLater) {
    let m = earlier[earlier.length - 1];
    if (beneficiary && fig.measure !== 'households') return null;
    // 28人办理了落户安置: a count that opens its own clause is the subject of a new statement,
    // unless a parenthesis only interrupted its clause (老年人口（60岁及以上）144万人).
    const ci = sentence.clauses.indexOf(clause);
    const afterParen = ci > 0 && sentence.clauses[ci - 1].inParen && !clause.inParen;
    // 全市养老床位比上年增加1860张，达到3.45万张 / …，突破95万人: the level the clause before changed to.
    const lead = text.slice(clause.start, fig.start);
    // 突破 and 超过 are read as the figure's qualifier: with nothing before it, they are its lead.
    const levelAfter = ci > 0 && !clause.inParen && LEVEL_AT.test(lead.trim() === '' && fig.reading.qualifier ? text.slice(fig.start, fig.start + 2) : lead);
    if (isCount && !afterParen && !levelAfter && !/[一-龥]/.test(text.slice(clause.start, fig.start).replace(ITEM_OPENER_AT, ''))) {
      return null;
    }
    // 为特困人员购买意外伤害保险，参保4560人: those the clause did something for, not the programme's people.
    if (isCount && ACTIVITY_ON_PEOPLE.test(text.slice(clause.start, fig.start))) return null;
    // Inside a parenthesis the clause it breaks down (支出低保资金4.21亿元（城市1.18亿元、…）) says
    // what was done with the money…
    // …and so does the clause a parenthesis interrupted (发放低保金(含提标资金)702.6万元), and the
    // one whose change a level follows.
    const parent = clause.inParen || afterParen || levelAfter ? clauseOutsideBefore(sentence, ci) : undefined;
    const parentText = parent ? text.slice(parent.start, parent.end) : '';
    // 困难残疾人生活补贴6.12万人，3671万元: an amount alone in its clause after a fact is that item's money.
    const bareAmount = fig.measure === 'money' && state.lastClauseHadFact && lead.trim() === '' && text.slice(fig.end, clause.end).trim() === '';
    // A part of the total the clause before gave (…发放城乡低保资金3.67亿元，其中城市1.02亿元) is read with that clause.
    const wholeText = parentText || (state.childMode === 'allowed' ? state.parentText : '');
    // 七、婚姻登记 … 合计：528对: a total says it is the whole of what the thread counts, whatever it names.
    const totalLead = TOTAL_LEAD.test(lead);
    if (!bareAmount && !totalLead && foreignHead(text.slice(clause.start, fig.start) + nounAfter(text, fig, clause), fig.measure, familyById.get(m.family)!, wholeText)) {
      return null;
    }
    let family = m.family;
    const prev = earlier[earlier.length - 2];
    // 结婚登记386对，离婚登记142对，合计528对: a total after the figures of two families is the two together's.
    const pairTotal = prev && prev.family !== m.family && totalLead ? COMBINED[`${prev.family}+${m.family}`] : undefined;
    if (pairTotal) {
      family = pairTotal;
      m = prev;
    } else if (respectivelyAt !== null && respectivelyAt >= m.end && respectivelyAt <= fig.start) {
      // 建立农村留守儿童及困境儿童关爱台账，分别登记1.36万人和1254人: the names a later 分别 hands out one each
      // are not counted together; which figure is whose is the list's to say.
    } else if (prev && prev.family !== m.family && JOINED.test(text.slice(prev.end, m.start))) {
      const combined = COMBINED[`${prev.family}+${m.family}`];
      if (!combined) return null;
      family = combined;
      m = prev;
    } else {
      // 发放困难残疾人生活补贴412万元、重度残疾人护理补贴487万元，惠及6300人次: a clause that gave
      // figures of two populations hands on both, which the catalogue may name together or not.
      const mIndex = sentence.clauses.findIndex((c) => m.start >= c.start && m.start < c.end);
      const mClause = sentence.clauses[mIndex];
      const namedFrom = (from: number) => earlier.filter((x) => x.start >= from && x.end <= mClause.end);
      const named = mClause ? distinctFamilies(namedFrom(mClause.start).map((x) => x.family)) : [];
      if (named.length > 2) return null;
      if (named.length === 2) {
        // 集中养育孤儿…、社会散居孤儿和事实无人抚养儿童…: one of them and the two together are the two together.
        const combined = COMBINED[`${named[0]}+${named[1]}`] ?? named.find((f) => named.some((part) => PARTS_OF_COMBINED.get(f)?.includes(part)));
        // 孤儿51人、事实无人抚养儿童213人，其中集中养育12人: a part of one of them or both, not the pair.
        if (!combined || state.childMode !== 'none') return null;
        family = combined;
      } else if (mIndex > 0 && state.childMode === 'none' && state.factClauses.has(sentence.clauses[mIndex - 1].start)) {
        // 困难残疾人生活补贴5312人，重度残疾人护理补贴6874人，全年发放资金…: the clause before gave the other of a pair.
        const pair = namedFrom(sentence.clauses[mIndex - 1].start);
        const combined = COMBINED[distinctFamilies(pair.map((x) => x.family)).join('+')];
        if (combined) {
          family = combined;
          m = pair[0];
        }
      }
    }
    // Clauses crossed on the way, not counting short interjections (目前, 今年以来), parentheticals and
    // comparisons (，比上年增长11.2%，). Clauses that gave facts of their own carry the thread on
    // (其中集中供养…，分散供养…).
    const distance = sentence.clauses.filter(
      (c) =>
        c.start > m.start &&
        c.start <= clause.start &&
        !c.inParen &&
        c.end - c.start > 4 &&
        !state.factClauses.has(c.start) &&
        !COMPARISON_OPENING.test(text.slice(c.start, c.start + 6)) &&
        !BREAKDOWN_LEAD.test(text.slice(c.start, c.end)) &&
        !ONLY_SUBSET_WORD.test(text.slice(c.start, c.end)) &&
        !SHARE_ONLY.test(text.slice(c.start, c.end)) &&
        !SHARE_IN_WORDS.test(text.slice(c.start, c.end)) &&
        !AS_OF_ONLY.test(text.slice(c.start, c.end)),
    ).length;
    // A head count leans on at most the clause before it: 惠及5.2万人 after 发放尊老金3182万元. A part
    // leans on its parent, which leans on the clause before that.
    if ((fig.measure === 'persons' || fig.measure === 'personTimes') && distance > (partOfOwnPeople ? 2 : 1)) return null;
    // After a parenthesis that only interrupted the clause, a change the level follows, or the item
    // a bare amount belongs to, its evidence starts where that clause did.
    // What the thread's money is (…共153人，按月发放基本生活费，…标准…，全年共发放258万元) may be
    // said where the sentence first named its people, before the clause that named them last.
    const first = fig.measure === 'money' ? (earlier.find((x) => x.family === m.family) ?? m) : m;
    const namedIn = sentence.clauses.find((c) => first.start >= c.start && first.start < c.end);
    return {
      family,
      mention: m,
      anchor: parent && (afterParen || levelAfter) ? parent.start : bareAmount ? (clauseOutsideBefore(sentence, ci)?.start ?? clause.start) : clause.start,
      how: totalLead ? 'total' : 'carried',
      carried: true,
      distance,
      clauseStart: clause.start,
      clauseEnd: clause.end,
      namedFrom: namedIn ? namedIn.start : m.start,
    };
  }
  return null;
}

/** Another group joined to a programme's people, right after their name (、低收入困难群众, 和艾滋病病毒感染儿童). */
const GROUP_JOINED = raw`^\s?(?:对象|家庭|人员)?[、和及与][^，,；;。\d]{0,12}(?:儿童|人员|对象|老人|群众|人口|家庭)`;
const GROUP_JOINED_AT = new RegExp(GROUP_JOINED);
/** …and nothing else before their count (…三类对象共计; households may come first): both counted together. */
const ANOTHER_GROUP_JOINED = new RegExp(raw`${GROUP_JOINED}(?:[两二三四五]类对象)?(?:共计?|合计|总计|达)?\s?(?:[\d.]+\s?[万千]?[余多]?户、?)?$`);

/** Whether `parentText` counts the people of `mention`'s programme together with another group (低保、低收入困难群众…). */
export function countedWithAnotherGroup(mention: Mention, parentText: string): boolean {
  for (const m of parentText.matchAll(familyById.get(mention.family)!.keywords)) {
    if (GROUP_JOINED_AT.test(parentText.slice(m.index! + m[0].length))) return true;
  }
  return false;
}

/** What money was paid for, opening the clause after it: 用于发放…, 用于保障…. */
const PAID_FOR_AT = /^\s*(?:主要)?用于(?:发放|保障|支付|资助)/;

/** A clause that only says when the figures after it stand (截至3月底, 截至2023年12月31日): an interjection. */
const AS_OF_ONLY = /^\s*(?:截至|截止到?)[^，,；;。\d]{0,2}[\d年月底末日\s]{1,12}$/;

/** A programme's money by name right after its mention (低保资金, 特困供养金, 两项补贴资金), not money given to its people (为…). */
export const PROGRAMME_MONEY = '^[^，,；;。为对向给\\d]{0,4}(?:资金|金|经费)';
const PROGRAMME_MONEY_AT = new RegExp(PROGRAMME_MONEY);

/** What stands before a total of the figures just given: 合计1099人, 以上合计528对, 合计：528对. */
export const TOTAL_LEAD = /^\s*(?:以上)?(?:合计|共计|总计)\s?[：:]?\s?$/;

/** The next population's count between two named ones: 、12563名. */
const COUNT_BETWEEN_PARTS = /^\s?[、和及与]\s?\d[\d.,]*\s?万?\s?[名人户]?$/;

/** A clause that only says how the figures after it break the total down: 按供养方式分, 从城乡分布看, 分城乡看. */
export const BREAKDOWN_LEAD = /^\s*(?:(?:按照?|从)[^，,；;。\d]{1,10}?(?:划分|分类|分布看|来看|看|分)|分(?:城乡|类别|类型)来?看)\s*$/;

/** The clause ends on the standard its figures are: …1460元标准, …元的标准. */
const STANDARD_NAMED_AFTER = /^[^，,；;。]{0,30}标准\s?$/;

const C_ZHONG = '中'.charCodeAt(0);

/** 「低保对象中，」 ending a clause: the counts after it are of people among that population. */
const AMONG_CLAUSE_END = /(?:对象|人员|家庭|群众)(?:之|当)?中\s?$/;

/** The family of the population a clause ending 「X中」 names, for the counts after it (SentenceState.among). */
export function amongPopulationOf(text: string, clause: Clause, clauseMentions: Mention[]): string | undefined {
  // Most clauses do not end in 中: look at the last characters before running the pattern.
  if (text.charCodeAt(clause.end - 1) !== C_ZHONG && text.charCodeAt(clause.end - 2) !== C_ZHONG) return undefined;
  if (clause.inParen || !AMONG_CLAUSE_END.test(text.slice(Math.max(clause.start, clause.end - 6), clause.end))) return undefined;
  const last = clauseMentions[clauseMentions.length - 1];
  if (last && clause.end - last.end <= 5) return last.family;
  // 在保对象中, 未消除风险的监测对象中: a group the catalogue names no family for; every count after it is some of them.
  return GROUP_AMONG_END.test(text.slice(Math.max(clause.start, clause.end - 4), clause.end)) ? UNCATALOGUED_GROUP : undefined;
}

/** The `among` of a group no family names: no family's count is all of it. */
const UNCATALOGUED_GROUP = '*';
/** …对象中, …人员中, …家庭中: a group of people, not everyone (群众中 may be all of them). */
const GROUP_AMONG_END = /(?:对象|人员|家庭)(?:之|当)?中\s?$/;

/**
 * 低保对象中老年人…, 特困人员中失能半失能人员…, 留守儿童中由祖父母监护的…: some of the people named before 中;
 * their own kinds (特困供养人员中集中供养1126人) are the breakdown.
 */
const AMONG = new RegExp(`^(?:对象|人员|家庭|儿童|群众)?(?:之|当)?中(?!心|(?:集中|分散|城市|农村)[^，,；;。\\d]{0,6}$)(?:[^，,；;。]{0,4}(?:${FOREIGN_PERSONS.source})|[^，,；;。\\d]{1,12}$)`);
/** The clause before a mention ends on 「X中」: 城乡低保对象中重度残疾人…. */
const AMONG_BEFORE = /(?:对象|人员|家庭|儿童|群众|老人|老年人)(?:之|当)?中$/;
/** A count, the people it counts, and a verb of receiving: 1.2万名老年人享受…, 220户老年人家庭完成了适老化改造. */
const RECEIVE = /^\s?(?:名|位)?([^，,；;。、]{0,12}?)(?:按规定|按标准|按月|按时|足额|及时|全部|均|都)*(?:享受|领取|领到|获得|享有|完成了?)/;
/** People who may receive any programme: the count is of its recipients. */
const ANYONE = /^(?:困难)?(?:群众|居民|人员)$/;

function receiversMayBe(people: string, family: string): boolean {
  if (people === '') return true;
  if (ANYONE.test(people)) return true;
  const own = familyById.get(family)?.people;
  return own !== undefined && own.test(people.replace(/^[^老儿孩残]*(?=(?:老年人|老人|儿童|孩子|残疾人)(?:家庭)?$)/, ''));
}

const HAN_AFTER = /[一-龥]{2}/;
const ITEM_OPENER_AT = new RegExp(ITEM_OPENER);
/** Whom, before a programme's name, the clause did it for: one group (退役军人, 外来务工人员, 受疫情影响的…, 外省户籍当事人). */
const GROUP_FOR = new RegExp(`(?:为|对|向|给)[^，,；;。]{0,12}?(${POPULATIONS.source}|外来务工人员|务工人员|流动人口|受[^，,；;。]{1,8}影响|边缘[^，,；;。]{0,6}户|易致贫|监测对象|低收入(?:人口|家庭)|(?:外省|外地|省外|异地|涉外|港澳台)[^，,；;。]{0,6}(?:当事人|居民|群众))`);
/** A programme outside the catalogue joined after the one named: 和医疗救助, 、养老服务补贴. */
const WITH_ANOTHER_PROGRAMME = /^(?:金|资金)?(?:和|及|与|、|以及)[^，,；;。\d]{1,10}(?:救助|补贴|津贴|补助)/;
/** 贫困人口中纳入…, 监测对象中纳入…: some of another population put into the programme. */
const AMONG_INCLUDED_WORDS = '中(?:共|累计)?(?:纳入|列入)';
const AMONG_INCLUDED = new RegExp(`${AMONG_INCLUDED_WORDS}[^，,；;。]{0,6}$`);
/** …中纳入农村低保…、纳入特困供养: the next item of a list of what some of another population were put into. */
const INCLUDED_AGAIN = /、(?:纳入|列入)[^，,；;。]{0,6}$/;
const AMONG_INCLUDED_ANYWHERE = new RegExp(AMONG_INCLUDED_WORDS);
/** What is done for people on their way off a programme (为4120名…低保对象设置渐退期): not its head count. */
const LEAVING = /渐退|退出|停发|停保|注销|清退|核减/;
/** A clause that only gives the share of what was just counted (，集中供养率达到35.1%，, ，占比62%，): no new subject. */
/** A share in words: 四分之一, 三成以上. */
const SHARE_WORDS = raw`${ONE_TO_TEN}+分之${ONE_TO_TEN}+|[一二三四五六七八九]成(?:多|以上|左右)?`;
export const SHARE_ONLY = new RegExp(raw`^[^，,；;。\d]{0,10}(?:(?:率|比例|比重|占比)\s?(?:达到|达|为)?|占[^，,；;。\d]{0,12})\s?(?:\d+(?:\.\d+)?\s?%|${SHARE_WORDS})\s*$`);
/** 其中约三分之一在乡镇敬老院集中供养, 九成以上在家分散供养: a share of them said in words, no count of its own. */
const SHARE_IN_WORDS = new RegExp(raw`(?:${SHARE_WORDS})(?:[的在]|$)`);
/** A clause of nothing but 其中 before its colon, after a table row's number (8\t  其中：集中供养…). */
const ONLY_SUBSET_WORD = /^\s*(?:\d{1,3}\s+)?(?:其中|内含|含)\s*$/;
/** Put into the programme named next (纳入低保的…), with people of its own named after it (的重残、重病人员). */
const INCLUDED_INTO = /(?:纳入|列入|转入)\s?$/;
const GROUP_OF_THEM = /的[^，,；;。\d]{0,10}(?:人员|人口|儿童|老人|老年人|残疾人|患者)/;
/** A count brought within a programme's range (纳入…保障范围, 全部纳入…发放范围), up to the programme's name. */
const COVERED_AFTER = /^[名人户]?(?:[一-龥]{0,6}?(?:群众|对象|人员|居民))?(?:全部|均)?(?:纳入|列入)(?=[^，,；;。]{2,14}?范围)/;
/** 156名纳入特困供养: the count is of those put into what follows (not 纳入保障, the programme just named). */
const INCLUDED_AFTER = /^\s?(?:名|人|户)?(?:纳入|列入|转入)(?!(?:保障|救助|供养)?范围|保障)/;
/** A clause that gives only a level: 达到3.45万张, 为2.86万对, 总数为8.67万人, 突破95万人. */
const LEVEL_AT = /^\s*(?:总数|总量|共计|合计)?(?:达到?|为|增至|升至|降至|突破|超过)\s?$/;

/** The verb before the programme a count was given: 为…老年人发放高龄津贴. */
const GIVEN_BEFORE = /(?:发放|给予|提供|落实)$/;
/** The families the catalogue counts in households (适老化改造). */
const COUNTED_IN_HOUSEHOLDS = new Set(metricRules.filter((r) => r.measures.includes('households')).map((r) => r.family));
/** After a search, recognition right before the people: 经排查认定事实无人抚养儿童. */
const RECOGNISED_AFTER = /^[^，,；;。]{0,3}认定[^，,；;。]{0,4}$/;
/** Things done for some of a programme's people, whose counts are not its head count. */
const ACTIVITY_ON_PEOPLE = /参保|投保|承保|培训|走访|慰问|探访|巡访|核查|核对|比对|排查|体检|签约|签订|安置|寻亲|护送|返乡|评估|资助|就学|助学|接待|来访|监护|措施|抽查|抽检|就业援助|就业帮扶|购买服务/;
/** An act done for the people whose count follows it: 资助37名…, 慰问860名…. */
const ACTIVITY_ENDS_LEAD = new RegExp(`(${ACTIVITY_ON_PEOPLE.source})\\s?$`);

/** 将/把 before a count in its clause: the count is the object of a verb after it. */
const PUT_BEFORE = /[将把][^，,；;。]{0,10}$/;
const PUT_INTO_AFTER = /^(?:(?!全部|全面)[^，,；;。])*?(?:纳入|列入|转入)/;

/** Two populations joined, each with its head noun or not: 低保、特困, 临时遇困人员和流浪乞讨人员. */
const JOINED = /^(?:人员|对象|群众|家庭|儿童|老人|金|资金|补贴|登记)?(?:和|及|与|、|以及)$/;
/** A list closed as an aggregate: 低保金、特困供养金等各类救助资金. */
const TOGETHER = /等|各类|各项/;
const FOREIGN_PERSONS_ALL = new RegExp(FOREIGN_PERSONS.source, 'g');
/** What may stand between a count's head noun and the figure. */
const NOTHING_MORE = /^(?:共|共计|达到?|计|为|约|近|超过?|逾)?\s?$/;
const HOUSEHOLDS_BEFORE = /[\d.,〇零一二两三四五六七八九十百千万]+[\s余多]{0,2}户、?$/;
/** A count said again in another unit (407人（户）, 1536户（2137人次）): no other people. */
const COUNT_SAID_AGAIN = new RegExp(raw`(?:[\d.,]+\s?万?户)?${COUNT_IN_PARENS}`, 'g');
const PAYING = /发放|支出|支付|执行|救助|拨付|下达|安排|投入|筹集|募集|接收|接受|资金|金|费|补贴|共计|合计|累计|用于/;

/** A family the figure's own clause names. */
function foundIn(clause: Clause, mention: Mention, anchor: number, how: FamilyFinding['how']): FamilyFinding {
  return { family: mention.family, mention, anchor, how, carried: false, distance: 0, clauseStart: clause.start, clauseEnd: clause.end };
}

/** Two populations named together in a clause: the family the catalogue has for both, if any. */
function together(first: Mention, second: Mention, clause: Clause): FamilyFinding | null {
  const combined = COMBINED[`${first.family}+${second.family}`];
  if (!combined) return null;
  return { ...foundIn(clause, first, first.start, 'left'), family: combined };
}

/**
 * Whether the clause names its own subject before the figure, so a family carried from an
 * earlier clause does not apply: 发现隐患问题307个, 1-4月发放价格临时补贴1496万元, 贫困人口中…共4700人.
 */
function foreignHead(before: string, measure: Measure, family: Family, parentText: string): boolean {
  const { support, people } = family;
  if (measure === 'persons' || measure === 'personTimes') {
    // 惠及困难群众486户752人: the household count just before is of the same people.
    const head = before.replace(HOUSEHOLDS_BEFORE, '').replace(COUNT_SAID_AGAIN, '');
    for (const m of head.matchAll(FOREIGN_PERSONS_ALL)) {
      // The programme's own people only as the head of the count (惠及老人7956人), not as the
      // owner of something else counted (老年人意外伤害保险参保4.03万人).
      const own = people?.test(m[0]) && NOTHING_MORE.test(head.slice(m.index! + m[0].length));
      if (!own) return true;
    }
    return false;
  }
  // Their head may stand before a parenthesis that interrupted it (养老机构（含敬老院）120家).
  if (measure === 'institutions') return FOREIGN_INSTITUTIONS.test(parentText + before);
  if (measure === 'beds') return !/床/.test(parentText + before);
  // 对重度残疾儿童发放护理补贴每人每月80元: a monthly amount of money the clause names as its own
  // (a subsidy of no catalogue family) is that money's, not the standard carried from before.
  if (measure === 'monthlyStandard') return ownMoneyNamed(before, support);
  if (measure === 'money') {
    // 销售福利彩票31376.93万元: an amount carried over needs a word of paying or raising money.
    if (!PAYING.test(before) && !PAYING.test(parentText)) return true;
    return ownMoneyNamed(before, support);
  }
  return false;
}

/**
 * Whether a stretch names money of its own: one-off money (慰问金, 取暖补贴), or money that is neither
 * the family's (its support) nor named by nothing but how it was paid (发放资金).
 */
function ownMoneyNamed(before: string, support: RegExp): boolean {
  for (const m of before.matchAll(MONEY_NOUN)) {
    if (ONE_OFF_MONEY.test(m[0])) return true;
    if (!GENERIC_MONEY.test(m[0]) && !support.test(m[0])) return true;
  }
  return false;
}

/** The noun phrase right after a figure (1.13万名未脱贫建档立卡贫困人口), up to a verb or a break. */
export function nounAfter(text: string, fig: Figure, clause: Clause): string {
  const rest = text.slice(fig.end, Math.min(clause.end, fig.end + 14));
  const cut = rest.search(/[、]|纳入|列入|办理|进行|实施|开展|享受|获得|得到|领取|参加|入住|提供|发放|受益|吃饭|解决|按月|按季|按时|足额|及时/);
  return cut >= 0 ? rest.slice(0, cut) : rest;
}

function joinedToNext(text: string, m: Mention, mentions: Mention[]): boolean {
  const next = mentions.find((x) => x.start >= m.end);
  return !!next && next.family !== m.family && JOINED.test(text.slice(m.end, next.start));
}

function figureBetween(text: string, from: number, to: number): boolean {
  return /\d/.test(text.slice(from, to));
}

/** Whether a subset clause names its own population or specifier (其中集中供养7039人) rather than leaning on the parent. */
export function ownSpecifier(text: string, clause: { start: number }, fig: Figure, partText: string): boolean {
  const own = text.slice(clause.start, fig.end) + partText;
  return /集中|分散|城市|城镇|农村|护理|标准|资金|补贴|生活费|保障金/.test(own);
}


/**
 * The scope the clause before counted this family's people in, when the sentence has given them no
 * other: their money (城市低保对象5148人，发放低保金…) and their rate (…，保障面为0.78%) are of the same people.
 */
export function scopeCarriedTo(state: SentenceState, family: string, fig: Figure): Scope | undefined {
  if ((fig.measure !== 'money' && fig.measure !== 'percent') || state.lastCountFamily !== family) return undefined;
  const scope = state.countScopes.get(family);
  return scope === 'mixed' ? undefined : scope;
}

/** Records a count the clause gave, with its metric's scope. */
export function noteCountScope(state: SentenceState, family: string, scope: Scope | undefined): void {
  if (scope !== 'urban' && scope !== 'rural') return;
  const seen = state.countScopes.get(family);
  state.countScopes.set(family, seen === undefined || seen === scope ? scope : 'mixed');
}

/** Whether `at` lies in a clause of the sentence inside a parenthesis. */
function insideParenthesis(sentence: Sentence, at: number): boolean {
  for (const c of sentence.clauses) if (c.inParen && at >= c.start && at < c.end) return true;
  return false;
}

/** Whether `at` lies in a clause of the sentence that opens a 其中 part (found once per sentence). */
function insideSubsetPart(text: string, sentence: Sentence, at: number): boolean {
  let opens = subsetParts.get(sentence);
  if (!opens) subsetParts.set(sentence, (opens = sentence.clauses.map((c) => SUBSET_OPENING.test(text.slice(c.start, Math.min(c.end, c.start + 4))))));
  for (let i = 0; i < sentence.clauses.length; i++) {
    const c = sentence.clauses[i];
    if (at >= c.start && at < c.end) return opens[i];
  }
  return false;
}
const subsetParts = new WeakMap<Sentence, boolean[]>();

/** Whether the parent of a 其中 counts the family's own people (惠及残疾人8965名 for the two disability subsidies). */
export function parentIsOwnPeople(family: string, parentText: string, clauseText: string): boolean {
  const { people, peopleCountNeeds } = familyById.get(family) ?? {};
  if (!people || !parentText || (peopleCountNeeds && !peopleCountNeeds.test(clauseText))) return false;
  for (const m of parentText.matchAll(POPULATIONS)) if (people.test(m[0])) return true;
  return false;
}
