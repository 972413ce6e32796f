import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { Choice } from './choice.tsx';
import { Fieldset } from './fieldset.tsx';

/** What a form library hands an input: react-hook-form's `register(name)` fits, as does `{ name }`. */
export type ChoiceField = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value'> & {
  ref?: Ref<HTMLInputElement>;
};

export interface ChoiceItem<T extends string = string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
  /** Words set apart before this item, such as "or" before "None of these". */
  divider?: string;
  /** Revealed under this item while it is chosen. */
  reveal?: ReactNode;
  /** The input's id when it is not `${idPrefix}-${value}`. */
  id?: string;
  /**
   * A yes/no box bound to a field of its own (e.g. `register('none')`). It sends no value,
   * so a form library reads it as true or false.
   */
  field?: ChoiceField;
}

interface ChoiceListProps<T extends string> {
  type: 'radio' | 'checkbox';
  /** Each input's id is `${idPrefix}-${value}`. */
  idPrefix: string;
  items: readonly ChoiceItem<T>[];
  /** "Prefer not to say", shown last. */
  preferNot?: ChoiceItem<T>;
  /** Spread onto every input: `register('field')`, or `{ name }` for a plain form. */
  field?: ChoiceField;
  /** Controlled use: the value (radio) or values (checkbox) chosen now. */
  value?: T | null | readonly T[];
  /** Controlled use: called with the item and whether it is now checked. */
  onChange?: (value: T, checked: boolean) => void;
  /** Uncontrolled use: the radio chosen when the page opens. */
  defaultValue?: T | null;
  inline?: boolean;
}

function isChosen<T extends string>(chosen: T | null | readonly T[], value: T): boolean {
  return typeof chosen === 'string' ? chosen === value : (chosen?.includes(value) ?? false);
}

/** The choices alone, for a fieldset that holds more than one list. */
export function ChoiceList<T extends string>({
  type,
  idPrefix,
  items,
  preferNot,
  field,
  value,
  onChange,
  defaultValue,
  inline = false,
}: ChoiceListProps<T>) {
  const all = preferNot ? [...items, preferNot] : items;
  return (
    <div className={inline ? 'choices choices--inline' : 'choices'}>
      {all.map((item) => {
        const id = item.id ?? `${idPrefix}-${item.value}`;
        const state =
          value === undefined
            ? {}
            : {
                checked: isChosen(value, item.value),
                onChange: (event: { currentTarget: HTMLInputElement }) =>
                  onChange?.(item.value, event.currentTarget.checked),
              };
        const initial =
          defaultValue === undefined ? {} : { defaultChecked: defaultValue === item.value };
        const input = item.field ?? { value: item.value, ...initial, ...state, ...field };
        return [
          item.divider ? (
            <p key={`${id}-divider`} className="choices__divider">
              {item.divider}
            </p>
          ) : null,
          <Choice
            key={id}
            type={type}
            id={id}
            label={item.label}
            hint={item.hint}
            reveal={item.reveal}
            {...input}
          />,
        ];
      })}
    </div>
  );
}

interface ChoiceGroupProps<T extends string> extends Omit<ChoiceListProps<T>, 'idPrefix'> {
  /** The fieldset's id; its hint and error ids are `${id}-hint` and `${id}-error`. */
  id: string;
  /** Defaults to `id`. */
  idPrefix?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  errorPrefix?: string;
  legendSize?: 'page' | 'section';
  /** Shown under the choices, inside the fieldset (e.g. support for a chosen answer). */
  children?: ReactNode;
}

/** A question answered by radios or checkboxes, GOV.UK style: the items come as data. */
export function ChoiceGroup<T extends string>({
  idPrefix,
  children,
  ...props
}: ChoiceGroupProps<T>) {
  // Each part takes only its own props from the one set.
  return (
    <Fieldset {...props}>
      <ChoiceList idPrefix={idPrefix ?? props.id} {...props} />
      {children}
    </Fieldset>
  );
}
