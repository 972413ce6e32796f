import {
  keptSummariesStore,
  type EnvelopeCodec,
  type KeptSummaries,
} from '../../storage/kept-summaries.ts';
import { sealedEnvelopeSchema, type SealedEnvelope } from './sealed-summary.ts';

// The summaries kept in this browser, read with the same strict check as a file from a client.
// Two envelopes with one ciphertext are one summary, however its file was laid out.

export const envelopeCodec: EnvelopeCodec<SealedEnvelope> = {
  check: (value) => {
    const parsed = sealedEnvelopeSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  },
  identity: (envelope) => envelope.ct,
};

export const keptSummaries: KeptSummaries<SealedEnvelope> = keptSummariesStore(envelopeCodec);
