import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../utils/analyze';
import { engine, flagged, intensities, negated } from './helpers';

describe('English negation', () => {
  it('negates within the clause and not past it', () => {
    expect(flagged("I'm not angry, just confused")).toEqual(['confused:confusion']);
    expect(negated("I'm not angry, just confused")).toEqual(['angry']);
    expect(flagged("I'm not angry just confused")).toEqual(['confused:confusion']);
    expect(flagged("I'm not angry but I am worried")).toEqual(['worried:anxiety']);
  });

  it('handles contractions and a few words in between', () => {
    expect(negated("I don't feel angry at all")).toEqual(['angry']);
    expect(negated("I'm not at all worried")).toEqual(['worried']);
    expect(negated('No longer frustrated, thanks')).toEqual(['frustrated']);
    expect(negated('I am not really angry')).toEqual(['angry']);
  });

  it('does not reach across a new subject or too many words', () => {
    expect(flagged("It didn't work I'm frustrated")).toEqual(['frustrated:frustration']);
    expect(flagged("I haven't heard from anyone for days and honestly frustrated")).toEqual(['frustrated:frustration']);
  });

  it('treats "never been so …" and "couldn\'t be more …" as emphasis, not negation', () => {
    expect(flagged("I've never been so frustrated")).toEqual(['frustrated:frustration']);
    expect(intensities("I've never been so frustrated")).toEqual([3]);
    expect(flagged("I couldn't be more frustrated")).toEqual(['frustrated:frustration']);
    expect(flagged("I can't tell you how frustrated I am")).toEqual(['frustrated:frustration']);
  });

  it('treats "not only … but" as no negation', () => {
    expect(flagged("I'm not only frustrated but angry")).toEqual(['frustrated:frustration', 'angry:anger']);
    expect(flagged('not just worried, furious')).toEqual(['worried:anxiety', 'furious:anger']);
  });

  it('reads a question the customer answers with no as negated', () => {
    expect(negated('Worried? Not at all, just curious')).toEqual(['Worried']);
    expect(flagged("Angry? No, I'm furious")).toEqual(['furious:anger']);
    expect(flagged("I'm frustrated, not angry")).toEqual(['frustrated:frustration']);
  });

  it('gives negated flags no mirror line', () => {
    const analysis = analyzeMessage(engine, "I'm not angry, just confused");
    expect(analysis.emotions.find((f) => f.negated)?.mirrorLine).toBeNull();
    expect(analysis.mirrorLines).toEqual(["It's completely understandable to feel confused."]);
  });
});

describe('Japanese negation', () => {
  it('negates with a negator after the word in its clause', () => {
    expect(negated('怒ってはいません')).toEqual(['怒っ']);
    expect(negated('不安はありません')).toEqual(['不安']);
    expect(negated('心配していません')).toEqual(['心配']);
    expect(flagged('怒ってはいません')).toEqual([]);
  });

  it('stops at the end of the clause', () => {
    expect(flagged('不安です。返事がありません')).toEqual(['不安:anxiety']);
    expect(flagged('不安なので、返事がないと困ります')).toEqual(['不安:anxiety', '困り:frustration'].slice(0, 1));
    expect(flagged('怒ってないけど困ってます')).toEqual(['困っ:frustration']);
    expect(flagged('不安で夜も眠れません')).toEqual(['不安:anxiety']);
  });

  it('reads 〜で仕方ない and 〜てたまらない as stronger, not negated', () => {
    expect(flagged('不安で仕方ありません')).toEqual(['不安:anxiety']);
    expect(intensities('不安で仕方ありません')).toEqual([3]);
    expect(flagged('イライラしてたまらない')).toEqual(['イライラ:frustration']);
    expect(intensities('困ってしょうがないです')).toEqual([3]);
  });

  it("uses the pack's intensifiers after the word only through て/で/い", () => {
    expect(intensities('心配でなりません')).toEqual([3]);
    expect(flagged('心配でなりません')).toEqual(['心配:anxiety']);
    expect(negated('不安にはなりません')).toEqual(['不安']);
  });

  it('reads 〜だけでなく as "not only"', () => {
    expect(flagged('不安だけでなく怒っています')).toEqual(['不安:anxiety', '怒っ:anger']);
  });

  it('reads a request in negative form (〜てもらえませんか) as no negation', () => {
    expect(flagged('急いでもらえませんか')).toEqual(['急いで:urgency']);
    expect(negated('急いでいません')).toEqual(['急いで']);
  });
});

describe('intensity', () => {
  it('starts from the term (2 when absent) and stays within 1–3', () => {
    expect(intensities('I am angry')).toEqual([2]);
    expect(intensities('I am furious')).toEqual([3]);
    expect(intensities('I am really furious!!!')).toEqual([3]);
  });

  it('raises with intensifiers, ALL CAPS and "!!"', () => {
    expect(intensities('I am really angry')).toEqual([3]);
    expect(intensities('I am extremely worried')).toEqual([3]);
    expect(intensities('I am ANGRY')).toEqual([3]);
    expect(intensities('I am SO angry')).toEqual([3]);
    expect(intensities('I am angry!!!')).toEqual([3]);
    expect(intensities('I am angry!')).toEqual([2]);
    expect(intensities('frustrated beyond belief')).toEqual([3]);
  });

  it('lowers with downtoners', () => {
    expect(intensities('I am a bit worried')).toEqual([1]);
    expect(intensities('slightly confused')).toEqual([1]);
    expect(intensities('ちょっとイライラしました')).toEqual([1]);
  });

  it('raises Japanese with intensifiers and full-width exclamations', () => {
    expect(intensities('すごく不安です')).toEqual([3]);
    expect(intensities('不安です！！')).toEqual([3]);
  });

  it('explains itself', () => {
    const [flag] = analyzeMessage(engine, 'I am REALLY angry!!').emotions;
    expect(flag?.reasons).toEqual(['intensifier "really"', 'ALL CAPS', '"!!"']);
  });
});
