import { describe, expect, it } from 'vitest';
import { checkPersona } from './persona-check.ts';
import { benefitPersonas } from './personas-benefits.ts';
import { helpWithPersonas } from './personas-help-with.ts';

// People the product is for: a table of answers and the ids that must be present or absent,
// covering every bullet of the seed article's two lists.

describe('personas', () => {
  it('covers at least 25 people across both lists', () => {
    expect(helpWithPersonas.length + benefitPersonas.length).toBeGreaterThanOrEqual(25);
  });

  it.each(helpWithPersonas)('can help with: $name', checkPersona);

  it.each(benefitPersonas)('benefit: $name', checkPersona);
});
