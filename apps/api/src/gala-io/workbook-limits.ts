import { inflateRawSync } from 'node:zlib';

/** Thrown for a workbook that unpacks to more than allowed (a "zip bomb"), or holds too many rows. */
export class WorkbookTooLargeError extends Error {
  override name = 'WorkbookTooLargeError';
}

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
/** Comments may follow the end-of-directory record: at most 64 kB. */
const endOfDirectorySearch = 22 + 0xffff;

interface Entry {
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** The entries the zip's central directory lists, or null for bytes that are no zip (the reader refuses those). */
function zipEntries(bytes: Buffer): Entry[] | null {
  const lowest = Math.max(0, bytes.length - endOfDirectorySearch);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= lowest; offset -= 1) {
    if (bytes.readUInt32LE(offset) === endOfDirectorySignature) {
      end = offset;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== directoryEntrySignature) return null;
    entries.push({
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return entries;
}

/**
 * Refuses a workbook whose files together unpack to more than `maxBytes`, before any XML is parsed. The sizes a zip
 * declares can lie, so every entry is really inflated, with zlib stopping at what is left of the allowance. Bytes that
 * are no zip, or entries that do not inflate, are left to the reader to refuse as unreadable.
 */
export function refuseOversizedZip(input: Uint8Array, maxBytes: number): void {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const entries = zipEntries(bytes);
  if (!entries) return;
  let left = maxBytes;
  for (const { method, compressedSize, localHeaderOffset } of entries) {
    if (localHeaderOffset + 30 > bytes.length || bytes.readUInt32LE(localHeaderOffset) !== localHeaderSignature) return;
    const start =
      localHeaderOffset + 30 + bytes.readUInt16LE(localHeaderOffset + 26) + bytes.readUInt16LE(localHeaderOffset + 28);
    const data = bytes.subarray(start, start + compressedSize);
    let size: number;
    if (method === 0) size = data.length;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: left + 1 }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') size = left + 1;
        else return;
      }
    } else return;
    left -= size;
    if (left < 0) throw new WorkbookTooLargeError('Dit bestand pakt uit tot meer dan toegestaan.');
  }
}
