// How each decoder treats codes changed on the way and codes pasted the way people paste them.
// For every sample: every single-character substitution (the 64 base64url characters, "." and
// "#") and deletion, insertions of a few characters at every position, and every paste shape.
// Prints tried / accepted as the same / refused / accepted as different, per decoder.
// Exits non-zero when a current format reads a changed code as a different one, or refuses a
// paste shape (legacy v1 links are reported but not held to that: they carry no check).
// Usage: npm run bench:decoders
import { bytesToBase64url } from '../src/lib/base64url.ts';
import { deflate } from '../src/lib/deflate.ts';
import { generateRecipientKeys } from '../src/lib/hybrid-crypto.ts';
import { newPsiSecret } from '../src/lib/psi.ts';
import {
  decodePartnerCode,
  encodePartnerCode,
  type PartnerCodePayload,
} from '../src/questionnaire/partner-code.ts';
import {
  decodePartnerReply,
  encodePartnerReply,
  makePsiOffer,
} from '../src/questionnaire/partner-reply.ts';
import { emptyMarks, shareableAnswers } from '../src/questionnaire/privacy-marks.ts';
import {
  decodeTherapistLink,
  encodeTherapistLink,
  type TherapistLink,
} from '../src/questionnaire/therapist-link.ts';
import {
  envelopeToJson,
  envelopeToText,
  openSummary,
  readSealedSummary,
  sealSummary,
  SUMMARY_FORMAT,
  type SummaryPayload,
} from '../src/features/therapist/sealed-summary.ts';
import { typicalAnswers } from '../tests/support/couple-fixtures.ts';
import { minimalLink, typicalLink } from '../tests/support/therapist-link-fixtures.ts';
import {
  add,
  emptyTally,
  linkForms,
  mutationsOf,
  openedHash,
  outcomeOf,
  pasteShapes,
  type Reader,
  type Tally,
} from './decoder-harness.ts';

// Low PBKDF2 rounds so a run takes seconds; the rounds do not change what is accepted.
const ITERATIONS = 1_000;
const PASSPHRASE = 'blue kettle 42';

interface Sample {
  /** The whole text a person would paste. */
  text: string;
  /** The part that mutations change: the code itself, not the words around it. */
  code: string;
}
interface Decoder {
  name: string;
  legacy?: boolean;
  read: Reader;
  samples: Sample[];
  /** Paste shapes, as texts built from one sample. */
  pastes: (sample: Sample) => string[];
}

const codeOfLink = async (link: TherapistLink) => {
  const encoded = await encodeTherapistLink(link);
  if (!encoded.ok) throw new Error(`sample link did not encode: ${encoded.error}`);
  return encoded.code;
};
/** A link as the app made it before the check was added: "v1." + base64url(deflate(JSON)). */
const legacyCodeOf = async (link: TherapistLink) =>
  `v1.${bytesToBase64url(await deflate(new TextEncoder().encode(JSON.stringify(link))))}`;

const readLink: Reader = async (text) => {
  const result = await decodeTherapistLink(text);
  return result.ok ? JSON.stringify(result.link) : null;
};
const readPartner =
  (passphrase?: string): Reader =>
  async (text) => {
    const result = await decodePartnerCode(text, {
      ...(passphrase ? { passphrase } : {}),
      iterations: ITERATIONS,
    });
    return result.ok ? JSON.stringify([result.payload, result.sealed]) : null;
  };

const shaped = (text: string) => pasteShapes.map(({ shape }) => shape(text));
const linkPastes = ({ code }: Sample) => {
  const texts = linkForms.flatMap(({ form }) => shaped(form(code)));
  // Opened in a browser: what the /from page gets from the address, for shapes a browser opens.
  const opened = shaped(linkForms[0]!.form(code)).flatMap((text) => openedHash(text) ?? []);
  return [...texts, ...opened];
};

async function decoders(): Promise<Decoder[]> {
  const keys = await generateRecipientKeys();
  const links = [
    typicalLink(),
    minimalLink(),
    { ...minimalLink(), practice: 'Harborlight', website: 'https://harborlight.example.org' },
    typicalLink(keys.publicJwk),
  ];
  const linkSamples = async (encode: (link: TherapistLink) => Promise<string>) =>
    Promise.all(
      links.map(async (link) => ({ text: await encode(link), code: await encode(link) })),
    );

  const payloads = [
    { v: 1 as const, id: 'device-id-123', name: 'Alex', answers: shareableAnswers(typicalAnswers(), emptyMarks()) }, // prettier-ignore
    { v: 1 as const, id: 'AbCdEfGh12', answers: shareableAnswers({ ...typicalAnswers(), concerns: ['communication'], primaryConcern: 'communication', concernDetails: {} }, emptyMarks()) }, // prettier-ignore
  ];
  // Version 2: the same payloads with a match offer (one item kept "only if we both").
  const alexSecret = newPsiSecret();
  const alexOffer = makePsiOffer(alexSecret, ['concern:shame']);
  const payloadsV2 = payloads.map((payload) => ({ ...payload, v: 2 as const, psi: alexOffer }));
  const partnerSamples = (passphrase?: string, list: PartnerCodePayload[] = payloads) =>
    Promise.all(
      list.map(async (payload) => {
        const code = await encodePartnerCode(payload, {
          ...(passphrase ? { passphrase } : {}),
          iterations: ITERATIONS,
        });
        return { text: code, code };
      }),
    );

  // A reply from Alex to Sam, read on Sam's device.
  const samSecret = newPsiSecret();
  const samItems = ['concern:shame', 'goal:feel-closer'];
  const samOffer = makePsiOffer(samSecret, samItems);
  const reply = await encodePartnerReply({
    secret: alexSecret,
    ownOffer: alexOffer,
    partnerOffer: samOffer,
    id: 'device-id-123',
    revealed: ['concern:shame'],
  });
  const readReply: Reader = async (text) => {
    const result = await decodePartnerReply(text, {
      secret: samSecret,
      ownOffer: samOffer,
      partnerOffer: alexOffer,
      ownCodeId: 'sam-device-22',
      ownItems: samItems,
    });
    return result.ok ? JSON.stringify(result) : null;
  };

  const summary: SummaryPayload = {
    format: SUMMARY_FORMAT,
    version: 1,
    therapistName: 'Dr. Maya Thompson',
    created: '2026-11-27',
    sections: [
      {
        heading: 'Topics',
        rows: [{ label: 'What you would like help with', value: 'Low desire' }],
      },
    ],
  };
  const envelope = await sealSummary(summary, keys.publicJwk);
  const readSummary: Reader = async (text) => {
    const read = readSealedSummary(text);
    if (!read.ok) return null;
    const opened = await openSummary(read.envelope, [keys]);
    return opened.ok ? JSON.stringify(opened.summary) : null;
  };
  const block = envelopeToText(envelope, 'A private summary for Dr. Maya Thompson.');
  const body = block
    .split('\n')
    .filter((line) => /^[A-Za-z0-9_-]+$/.test(line))
    .join('\n');

  return [
    {
      name: 'therapist link v2',
      read: readLink,
      samples: await linkSamples(codeOfLink),
      pastes: linkPastes,
    },
    {
      name: 'therapist link v1 (legacy)',
      legacy: true,
      read: readLink,
      samples: await linkSamples(legacyCodeOf),
      pastes: linkPastes,
    },
    {
      name: 'partner code, plain',
      read: readPartner(),
      samples: await partnerSamples(),
      pastes: ({ text }) => shaped(text),
    },
    {
      name: 'partner code, passphrase',
      read: readPartner(PASSPHRASE),
      samples: await partnerSamples(PASSPHRASE),
      pastes: ({ text }) => shaped(text),
    },
    {
      name: 'partner code v2, plain',
      read: readPartner(),
      samples: await partnerSamples(undefined, payloadsV2),
      pastes: ({ text }) => shaped(text),
    },
    {
      name: 'partner code v2, passphrase',
      read: readPartner(PASSPHRASE),
      samples: await partnerSamples(PASSPHRASE, payloadsV2),
      pastes: ({ text }) => shaped(text),
    },
    {
      name: 'partner reply',
      read: readReply,
      samples: [{ text: reply, code: reply }],
      pastes: ({ text }) => shaped(text),
    },
    {
      name: 'sealed summary, text block',
      read: readSummary,
      samples: [{ text: block, code: body }],
      pastes: ({ text }) => shaped(text),
    },
    {
      name: 'sealed summary, .json file',
      read: readSummary,
      samples: [{ text: envelopeToJson(envelope), code: envelopeToJson(envelope) }],
      pastes: () => [],
    },
  ];
}

interface Row {
  decoder: Decoder;
  mutations: Tally;
  pastes: Tally;
  seconds: number;
}

async function measure(decoder: Decoder): Promise<Row> {
  const started = performance.now();
  const row = { decoder, mutations: emptyTally(), pastes: emptyTally(), seconds: 0 };
  for (const sample of decoder.samples) {
    const original = await decoder.read(sample.text);
    if (original === null) throw new Error(`${decoder.name}: a valid sample was refused`);
    const at = sample.text.indexOf(sample.code);
    for (const { text } of mutationsOf(sample.code)) {
      const whole = sample.text.slice(0, at) + text + sample.text.slice(at + sample.code.length);
      add(row.mutations, await outcomeOf(decoder.read, whole, original));
    }
    for (const text of decoder.pastes(sample)) {
      add(row.pastes, await outcomeOf(decoder.read, text, original));
    }
  }
  row.seconds = (performance.now() - started) / 1000;
  return row;
}

const figures = (t: Tally) =>
  [t.tried, t.same, t.refused, t.different].map((n) => n.toLocaleString('en-US'));

async function main(): Promise<void> {
  const started = performance.now();
  const rows: Row[] = [];
  for (const decoder of await decoders()) rows.push(await measure(decoder));

  const header = ['decoder', 'what', 'tried', 'same', 'refused', 'different'];
  const lines = rows.flatMap(({ decoder, mutations, pastes, seconds }) => [
    [`${decoder.name} (${seconds.toFixed(0)} s)`, 'changed by 1 character', ...figures(mutations)],
    ...(pastes.tried > 0 ? [[decoder.name, 'paste shapes', ...figures(pastes)]] : []),
  ]);
  const table = [header, header.map(() => '---'), ...lines].map(
    (cells) => `| ${cells.join(' | ')} |`,
  );
  console.log(table.join('\n'));
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const failures = rows.flatMap(({ decoder, mutations, pastes }) => [
    ...(!decoder.legacy && mutations.different > 0
      ? [`${decoder.name}: ${mutations.different} changed codes read as a different code`]
      : []),
    ...(pastes.tried !== pastes.same
      ? [`${decoder.name}: ${pastes.tried - pastes.same} paste shapes not read as the same`]
      : []),
  ]);
  for (const failure of failures) console.error(`FAIL ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
