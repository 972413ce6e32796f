import { parseViewMark } from './exit-mark-reader.ts';
import { parseSealedState } from './sealed-state-reader.ts';
import { parseDeviceSettings, parseNoSaveMarker } from './storage-settings-reader.ts';
import { parseStoredState } from './stored-state-reader.ts';
import { installStoredReaders } from './stored-readers.ts';

// Importing this module hands the zod readers to stored-readers.ts (see there for why).
installStoredReaders({
  storedState: (raw) => parseStoredState(raw),
  deviceSettings: parseDeviceSettings,
  noSaveMarker: parseNoSaveMarker,
  sealedState: parseSealedState,
  viewMark: parseViewMark,
});
