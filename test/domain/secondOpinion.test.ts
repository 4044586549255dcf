import { Classification, combineOpinions, SecondOpinion } from '../../src/domain/moderation';

/** A local verdict of `kind`, with the flags the local classifier sets for that kind. */
function local(kind: Classification['kind'], over: Partial<Classification> = {}): Classification {
  const removable = ['threat', 'hate', 'harassment', 'spam', 'personal_data', 'misinformation'].includes(kind);
  return {
    kind,
    question: kind === 'question',
    threat: kind === 'threat',
    remove: removable,
    needsLook: false,
    language: 'sv',
    reasons: removable ? ['lokalt skäl'] : [],
    version: '6.0.0+abc',
    ...over,
  };
}

const opinion = (hate: SecondOpinion['hate'], violence: SecondOpinion['violence']): SecondOpinion => ({ hate, violence });

describe('joining the local classification with a second opinion', () => {
  test('without a second opinion the local verdict is returned as it is, the same object', () => {
    const c = local('question');
    expect(combineOpinions(c, null)).toBe(c);
  });

  test('a second opinion that flags nothing changes only the version, which shows it was consulted', () => {
    const c = local('question');
    expect(combineOpinions(c, opinion(2, 2))).toEqual({ ...c, version: '6.0.0+abc+cs' });
  });

  test('violence 4 on a comment the local classifier passed makes it a threat proposed for removal, with the reason', () => {
    const combined = combineOpinions(local('question'), opinion(0, 4));
    expect(combined).toMatchObject({ kind: 'threat', threat: true, remove: true, question: false, version: '6.0.0+abc+cs' });
    expect(combined.reasons).toEqual(['andra bedömning (Azure Content Safety): våld, nivå 4']);
  });

  test('violence 2 flags nothing', () => {
    expect(combineOpinions(local('opinion'), opinion(0, 2))).toMatchObject({ kind: 'opinion', threat: false, remove: false });
  });

  test('violence on a comment already proposed for another removal upgrades it to a threat and keeps the local grounds', () => {
    const combined = combineOpinions(local('harassment'), opinion(0, 6));
    expect(combined).toMatchObject({ kind: 'threat', threat: true, remove: true });
    expect(combined.reasons).toEqual(['lokalt skäl', 'andra bedömning (Azure Content Safety): våld, nivå 6']);
  });

  test('a local threat stays exactly the local threat, whatever the second opinion says', () => {
    const c = local('threat');
    expect(combineOpinions(c, opinion(6, 6))).toEqual({ ...c, version: '6.0.0+abc+cs' });
    expect(combineOpinions(c, opinion(0, 0))).toEqual({ ...c, version: '6.0.0+abc+cs' });
  });

  test('criticism becomes a threat only at violence 6: it is never removed on a lesser signal', () => {
    const c = local('criticism', { question: true });
    expect(combineOpinions(c, opinion(0, 4))).toEqual({ ...c, version: '6.0.0+abc+cs' });
    const combined = combineOpinions(c, opinion(0, 6));
    expect(combined).toMatchObject({ kind: 'threat', threat: true, remove: true, question: false });
    expect(combined.reasons).toEqual(['andra bedömning (Azure Content Safety): våld, nivå 6']);
  });

  test('hate never flags criticism, at any level', () => {
    const c = local('criticism');
    expect(combineOpinions(c, opinion(4, 0))).toEqual({ ...c, version: '6.0.0+abc+cs' });
    expect(combineOpinions(c, opinion(6, 2))).toEqual({ ...c, version: '6.0.0+abc+cs' });
  });

  test('hate 4 on a comment the local classifier passed makes it hate proposed for removal; the question flag is kept', () => {
    const combined = combineOpinions(local('question'), opinion(4, 0));
    expect(combined).toMatchObject({ kind: 'hate', remove: true, threat: false, question: true, version: '6.0.0+abc+cs' });
    expect(combined.reasons).toEqual(['andra bedömning (Azure Content Safety): hat, nivå 4']);
  });

  test('hate 2 flags nothing', () => {
    expect(combineOpinions(local('opinion'), opinion(2, 0))).toMatchObject({ kind: 'opinion', remove: false });
  });

  test('hate does not relabel a comment the local classifier already proposed for removal', () => {
    const c = local('spam');
    expect(combineOpinions(c, opinion(6, 0))).toEqual({ ...c, version: '6.0.0+abc+cs' });
  });

  test('violence and hate together make a threat with both grounds', () => {
    const combined = combineOpinions(local('opinion'), opinion(6, 4));
    expect(combined).toMatchObject({ kind: 'threat', threat: true, remove: true });
    expect(combined.reasons).toEqual(['andra bedömning (Azure Content Safety): våld, nivå 4', 'andra bedömning (Azure Content Safety): hat, nivå 6']);
  });

  test('no flag the local classifier made is ever cleared, over every kind and every pair of levels', () => {
    const levels = [0, 2, 4, 6] as const;
    const kinds = ['question', 'criticism', 'opinion', 'praise', 'threat', 'hate', 'harassment', 'spam', 'personal_data', 'misinformation'] as const;
    for (const kind of kinds) {
      for (const hate of levels) {
        for (const violence of levels) {
          const c = local(kind);
          const combined = combineOpinions(c, { hate, violence });
          expect(combined.threat || !c.threat).toBe(true);
          expect(combined.remove || !c.remove).toBe(true);
          for (const r of c.reasons) expect(combined.reasons).toContain(r);
          if (kind === 'criticism') expect(combined.remove).toBe(violence === 6);
        }
      }
    }
  });
});
