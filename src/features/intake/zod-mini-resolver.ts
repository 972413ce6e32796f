import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod/mini';

// react-hook-form's resolver for a zod/mini schema. @hookform/resolvers/zod also carries the
// zod 3 and async paths, which these forms never use; this keeps only the synchronous zod 4
// path and leaves the nesting of errors to the library's own toNestErrors.

export function zodMiniResolver<Values extends FieldValues>(
  schema: z.ZodMiniType<Values, Values>,
): Resolver<Values> {
  return (values, _context, options) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    // The first problem with each field is the one the person sees.
    const byPath: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      byPath[path] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: toNestErrors(byPath, options) };
  };
}
