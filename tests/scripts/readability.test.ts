import { describe, expect, it } from 'vitest';
import { collectStrings, countText, fleschKincaidGrade } from '../../scripts/readability.ts';
import {
  countSpanishText,
  fernandezHuerta,
  inflesz,
  szigrisztPazos,
} from '../../scripts/readability-es.ts';

describe('the readability check', () => {
  it('counts words, sentences and syllables', () => {
    expect(countText('The cat sat. It was happy!')).toEqual({
      words: 6,
      sentences: 2,
      syllables: 7,
    });
    // A label with no full stop is one sentence; a placeholder reads as words.
    expect(countText('Pain during sex')).toEqual({ words: 3, sentences: 1, syllables: 4 });
    expect(countText('How often do you help with {concern}?').words).toBe(8);
    expect(countText('1-800-799-7233')).toEqual({ words: 0, sentences: 0, syllables: 0 });
  });

  it('grades long words and long sentences higher than short ones', () => {
    const plain = fleschKincaidGrade(countText('You can stop at any time. It is fine to ask.'));
    const hard = fleschKincaidGrade(
      countText(
        'Comprehensive psychotherapeutic interventions necessitate considerable interdisciplinary collaboration between practitioners.',
      ),
    );
    expect(plain).toBeLessThan(3);
    expect(hard).toBeGreaterThan(12);
    expect(fleschKincaidGrade({ words: 0, sentences: 0, syllables: 0 })).toBe(0);
  });

  it('walks catalogues, calls copy functions with samples, and skips ids and links', () => {
    const strings = collectStrings({
      title: 'Hello',
      nested: { lines: ['One.', 'Two.'] },
      count: (n: number) => `${n} items`,
      needsObject: (item: { id: string }) => item.id.toUpperCase(),
      contact: { href: 'tel:988', value: '988', label: 'Call 988' },
      searchWords: ['Sex Therapy'],
    });
    expect(strings).toEqual(['Hello', 'One.', 'Two.', 'Sam items', 'Call 988']);
  });
});

describe('the Spanish readability check', () => {
  it('counts Spanish syllables, with diphthongs and hiatus', () => {
    expect(countSpanishText('El gato se sentó. Estaba feliz.')).toEqual({
      words: 6,
      sentences: 2,
      syllables: 11,
    });
    // "guía" and "día" are two syllables each (hiatus); "quieres" two (diphthong).
    expect(countSpanishText('¿Quieres una guía para el día?')).toEqual({
      words: 6,
      sentences: 1,
      syllables: 11,
    });
    // The u of "gue" is silent; the one of "güi" is not.
    expect(countSpanishText('Sigue con la guerra y el pingüino.').syllables).toBe(11);
    expect(countSpanishText('Dolor durante el sexo {concern}').words).toBe(6);
    expect(countSpanishText('1-800-799-7233')).toEqual({ words: 0, sentences: 0, syllables: 0 });
  });

  it('scores short words and short sentences as easier than long ones', () => {
    const plain = countSpanishText('Puedes parar cuando quieras. Está bien preguntar.');
    const hard = countSpanishText(
      'Las intervenciones psicoterapéuticas integrales requieren una considerable colaboración interdisciplinaria entre profesionales especializados.',
    );
    expect(fernandezHuerta(plain)).toBeGreaterThan(80);
    expect(fernandezHuerta(hard)).toBeLessThan(20);
    expect(szigrisztPazos(plain)).toBeGreaterThan(szigrisztPazos(hard));
    expect(inflesz(szigrisztPazos(plain))).toBe('bastante fácil');
    expect(inflesz(szigrisztPazos(hard))).toBe('muy difícil');
    expect(inflesz(60)).toBe('normal');
    expect(fernandezHuerta({ words: 0, sentences: 0, syllables: 0 })).toBe(0);
  });
});
