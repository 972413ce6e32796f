import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ChoiceGroup, ChoiceList } from '../../../src/components/ui/choice-group.tsx';
import { labelled } from '../../../src/components/ui/choice-items.ts';

const fruit = ['apple', 'pear', 'plum'] as const;
const fruitLabels = { apple: 'Apple', pear: 'Pear', plum: 'Plum' };

function Controlled({ type }: { type: 'radio' | 'checkbox' }) {
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <>
      <ChoiceGroup
        type={type}
        id="fruit"
        legend="Which fruit?"
        items={labelled(fruit, fruitLabels)}
        field={{ name: 'fruit' }}
        value={type === 'radio' ? (chosen[0] ?? null) : chosen}
        onChange={(value, checked) =>
          setChosen((list) =>
            type === 'radio'
              ? [value]
              : checked
                ? [...list, value]
                : list.filter((item) => item !== value),
          )
        }
      />
      <p>Chosen: {chosen.join(', ')}</p>
    </>
  );
}

function Registered({ onSave }: { onSave: (values: unknown) => void }) {
  const { register, handleSubmit } = useForm({
    defaultValues: { fruit: ['pear'], none: false, preferNot: false },
  });
  return (
    <form onSubmit={handleSubmit(onSave)}>
      <ChoiceGroup
        type="checkbox"
        id="fruit"
        legend="Which fruit?"
        items={[
          ...labelled(fruit, fruitLabels),
          { value: 'none', label: 'None of these', divider: 'or', field: register('none') },
        ]}
        preferNot={{
          value: 'prefer-not',
          label: 'I’d rather not say',
          field: register('preferNot'),
        }}
        field={register('fruit')}
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe('ChoiceGroup', () => {
  it('names the group by its legend and each choice by its label, with ids from the prefix', () => {
    render(
      <ChoiceGroup
        type="radio"
        id="fruit"
        idPrefix="f"
        legend="Which fruit?"
        items={labelled(fruit, fruitLabels)}
      />,
    );
    const group = screen.getByRole('group', { name: 'Which fruit?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.id)).toEqual(['f-apple', 'f-pear', 'f-plum']);
    expect(within(group).getByRole('radio', { name: 'Pear' })).toHaveAttribute('value', 'pear');
    expect(group).not.toHaveAttribute('aria-describedby');
  });

  it('wires the hint and the error to the fieldset, hint first, GOV.UK style', () => {
    render(
      <ChoiceGroup
        type="radio"
        id="fruit"
        legend="Which fruit?"
        hint="Pick one."
        error="Choose a fruit"
        errorPrefix="Error:"
        items={labelled(fruit, fruitLabels)}
      />,
    );
    const group = screen.getByRole('group', { name: 'Which fruit?' });
    expect(group).toHaveAttribute('aria-describedby', 'fruit-hint fruit-error');
    expect(group).toHaveAccessibleDescription('Pick one. Error: Choose a fruit');
  });

  it('gives a choice its own hint', () => {
    render(
      <ChoiceGroup
        type="checkbox"
        id="fruit"
        legend="Which fruit?"
        items={labelled(fruit, fruitLabels, { plum: 'Sour when green' })}
      />,
    );
    expect(screen.getByRole('checkbox', { name: 'Plum' })).toHaveAccessibleDescription(
      'Sour when green',
    );
    expect(screen.getByRole('checkbox', { name: 'Apple' })).not.toHaveAttribute('aria-describedby');
  });

  it('works controlled as radios: one choice at a time', async () => {
    const user = userEvent.setup();
    render(<Controlled type="radio" />);
    await user.click(screen.getByRole('radio', { name: 'Apple' }));
    await user.click(screen.getByRole('radio', { name: 'Plum' }));
    expect(screen.getByRole('radio', { name: 'Plum' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Apple' })).not.toBeChecked();
    expect(screen.getByText('Chosen: plum')).toBeInTheDocument();
  });

  it('works controlled as checkboxes: each one on and off', async () => {
    const user = userEvent.setup();
    render(<Controlled type="checkbox" />);
    await user.click(screen.getByRole('checkbox', { name: 'Apple' }));
    await user.click(screen.getByRole('checkbox', { name: 'Plum' }));
    await user.click(screen.getByRole('checkbox', { name: 'Apple' }));
    expect(screen.getByRole('checkbox', { name: 'Apple' })).not.toBeChecked();
    expect(screen.getByText('Chosen: plum')).toBeInTheDocument();
  });

  it('works with react-hook-form: values, a divider, and yes/no boxes with fields of their own', async () => {
    const user = userEvent.setup();
    const saved: unknown[] = [];
    render(<Registered onSave={(values) => saved.push(values)} />);
    const group = screen.getByRole('group', { name: 'Which fruit?' });
    expect(within(group).getByRole('checkbox', { name: 'Pear' })).toBeChecked();
    const boxes = within(group).getAllByRole('checkbox');
    // The divider stands just before "None of these"; "prefer not to say" comes last.
    expect(boxes.map((box) => box.id)).toEqual([
      'fruit-apple',
      'fruit-pear',
      'fruit-plum',
      'fruit-none',
      'fruit-prefer-not',
    ]);
    expect(within(group).getByText('or').nextElementSibling).toContainElement(boxes[3] ?? null);
    await user.click(within(group).getByRole('checkbox', { name: 'Plum' }));
    await user.click(within(group).getByRole('checkbox', { name: 'I’d rather not say' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(saved).toEqual([{ fruit: ['pear', 'plum'], none: false, preferNot: true }]);
  });

  it('starts an uncontrolled radio group on its default value', () => {
    render(
      <form>
        <ChoiceList
          type="radio"
          idPrefix="fruit"
          items={labelled(fruit, fruitLabels)}
          field={{ name: 'fruit' }}
          defaultValue="pear"
        />
      </form>,
    );
    expect(screen.getByRole('radio', { name: 'Pear' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Apple' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Apple' })).toHaveAttribute('name', 'fruit');
  });

  it('shows what it holds under the choices, and the reveal given with an item', () => {
    render(
      <ChoiceGroup
        type="radio"
        id="fruit"
        legend="Which fruit?"
        items={[
          { value: 'apple', label: 'Apple', reveal: <p>Which kind of apple?</p> },
          { value: 'pear', label: 'Pear' },
        ]}
      >
        <p>Support text</p>
      </ChoiceGroup>,
    );
    const group = screen.getByRole('group', { name: 'Which fruit?' });
    expect(within(group).getByText('Which kind of apple?')).toBeInTheDocument();
    expect(within(group).getByText('Support text')).toBeInTheDocument();
  });
});
