/**
 * Turns an uploaded file into CSV text, or explains in plain words why it isn't one.
 * Checks run cheapest-first so a huge or binary upload is refused before any parsing.
 */

export const DEFAULT_MAX_CSV_BYTES = 10 * 1024 * 1024;

export type CsvTextResult = { ok: true; text: string } | { ok: false; error: string };

export type ReadCsvTextOptions = {
  fileName?: string;
  contentType?: string;
  maxBytes?: number;
};

// Browsers report CSV uploads inconsistently (Windows with Excel installed sends
// application/vnd.ms-excel, others send text/plain or application/octet-stream), so only
// types that are clearly something else are refused; the bytes themselves are the real test.
const NON_CSV_TYPE = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-gzip|x-zip-compressed|json|vnd\.openxmlformats|vnd\.oasis\.opendocument)/i;

const ALLOWED_EXTENSION = /\.(csv|txt)$/i;

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true });

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

export function readCsvText(bytes: Uint8Array, options: ReadCsvTextOptions = {}): CsvTextResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_CSV_BYTES;
  if (bytes.byteLength > maxBytes) {
    return {
      ok: false,
      error: `The file is larger than ${formatMegabytes(maxBytes)}. Split it into smaller files and import them one at a time.`,
    };
  }

  const { fileName, contentType } = options;
  if (fileName !== undefined && !ALLOWED_EXTENSION.test(fileName.trim())) {
    const hint = /\.(xlsx?|ods|numbers)$/i.test(fileName.trim())
      ? " Spreadsheet files must be saved as CSV first (File → Save As → CSV UTF-8)."
      : "";
    return { ok: false, error: `"${fileName}" is not a CSV file. Upload a file ending in .csv or .txt.${hint}` };
  }
  if (contentType && NON_CSV_TYPE.test(contentType.trim())) {
    return { ok: false, error: `This file (${contentType}) is not a CSV file. Upload a .csv file.` };
  }

  if (bytes.byteLength === 0) return { ok: false, error: "The file is empty." };

  // UTF-16 is what Excel's "Unicode Text" produces; name it so the fix is obvious.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: "The file is saved as UTF-16 text. Save it as CSV UTF-8 and try again." };
  }
  // Text files never contain NUL bytes; images, archives and xlsx files almost always do.
  if (bytes.indexOf(0) !== -1) {
    return { ok: false, error: "The file looks like a binary file, not CSV text. Upload a .csv file." };
  }

  let text: string;
  try {
    text = fatalUtf8.decode(bytes);
  } catch {
    return {
      ok: false,
      error:
        "The file is not UTF-8 text, so it isn't a readable CSV file. If it came from Excel, save it as \"CSV UTF-8 (Comma delimited)\" and try again.",
    };
  }
  // TextDecoder already drops a leading BOM; keep the explicit strip so the contract doesn't depend on that default.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  if (text.trim() === "") return { ok: false, error: "The file is empty." };
  return { ok: true, text };
}
