import { z } from 'zod';

/** Where a record was read from: provenance carried through the pipeline. */
export const SourcePositionSchema = z.strictObject({
  topic: z.string(),
  partition: z.number().int().nonnegative(),
  offset: z.string().regex(/^\d+$/),
});

export type SourcePosition = z.infer<typeof SourcePositionSchema>;
