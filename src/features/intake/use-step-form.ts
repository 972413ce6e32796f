import { useState, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type SubmitHandler } from 'react-hook-form';
import { zodMiniResolver } from './zod-mini-resolver.ts';
import type { z } from 'zod/mini';

/**
 * react-hook-form wired to a zod schema, GOV.UK style: validate on submit, keep our own
 * error summary in charge of focus, and count submits so the summary can take focus again.
 */
export function useStepForm<Values extends FieldValues>(
  schema: z.ZodMiniType<Values, Values>,
  defaultValues: DefaultValues<Values>,
) {
  const form = useForm<Values>({
    resolver: zodMiniResolver(schema),
    defaultValues,
    shouldFocusError: false,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  // Counts failed submits only: the error summary takes focus once the errors are known.
  const [submitCount, setSubmitCount] = useState(0);
  const submitWith = (onValid: SubmitHandler<Values>) => (event: FormEvent<HTMLFormElement>) => {
    void form.handleSubmit(onValid, () => setSubmitCount((count) => count + 1))(event);
  };
  return { form, submitCount, submitWith };
}
